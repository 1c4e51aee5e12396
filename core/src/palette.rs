//! The powers' colours: each `[[power]]` in the data carries its own (`colour = "#0072b2"`), and this is the one
//! place that turns them into styles. The build writes [`palette_css`] as a stylesheet of its own (`build.rs`
//! writes `palette-<hash>.css`, `scripts/texts-hook.mjs` links it from the page): no style is written at run time,
//! so the page runs under a Content Security Policy with `style-src 'self'`. The map regions, the legend swatches
//! and the status table's swatches take their colour from it (`.power--<id>` and `data-controller` set `--power`),
//! and claim outlines from `data-claimant` (`--claimant`). The export writes the same colours into its file.

use crate::timeline::Atlas;
use std::fmt::{self, Write};
use std::str::FromStr;

/// A colour in sRGB, written `#rrggbb`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Default)]
pub struct Colour {
    pub r: u8,
    pub g: u8,
    pub b: u8,
}

/// The fill of a region nobody is recorded as holding, and of an unknown power (the `--unknown` of the stylesheet).
pub const UNKNOWN: Colour = Colour::rgb(0xec, 0xeb, 0xe6);

impl Colour {
    pub const fn rgb(r: u8, g: u8, b: u8) -> Colour {
        Colour { r, g, b }
    }
}

impl fmt::Display for Colour {
    /// `#rrggbb`, lower case.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        f.write_char('#')?;
        for byte in [self.r, self.g, self.b] {
            f.write_char(char::from(HEX[usize::from(byte >> 4)]))?;
            f.write_char(char::from(HEX[usize::from(byte & 0xf)]))?;
        }
        Ok(())
    }
}

/// A text that is not `#rrggbb`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct ColourError;

impl fmt::Display for ColourError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not a colour: write it as `#rrggbb` (six hexadecimal digits)")
    }
}

impl std::error::Error for ColourError {}

impl FromStr for Colour {
    type Err = ColourError;

    /// `#rrggbb`, hexadecimal digits in either case.
    ///
    /// # Errors
    ///
    /// [`ColourError`] for anything else: no `#`, another length, a non-hexadecimal digit, a colour name.
    fn from_str(s: &str) -> Result<Colour, ColourError> {
        let hex = s.strip_prefix('#').filter(|h| h.len() == 6).ok_or(ColourError)?;
        let byte = |i: usize| hex.get(i..i + 2).and_then(|h| u8::from_str_radix(h, 16).ok()).ok_or(ColourError);
        // `from_str_radix` accepts a leading `+`: only digits are a colour.
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(ColourError);
        }
        Ok(Colour { r: byte(0)?, g: byte(2)?, b: byte(4)? })
    }
}

/// The stylesheet of the powers' colours: `:root{--power-japan:#0072b2;…}` (claim outlines name the claimant's
/// colour) and `.power--japan,.region[data-controller="japan"]{--power:#0072b2}` for each power (legend and table
/// swatches by class; the map's regions by their `data-controller`, so that a step that changes a region's holder
/// writes that one attribute and not its class as well).
pub fn palette_css(atlas: &Atlas) -> String {
    let mut css = String::with_capacity(atlas.powers.len() * 64 + 8);
    css.push_str(":root{");
    for p in &atlas.powers {
        let _ = write!(css, "--power-{}:{};", p.id, p.colour);
    }
    css.push('}');
    for p in &atlas.powers {
        let _ = write!(css, ".power--{id},.region[data-controller=\"{id}\"]{{--power:{}}}", p.colour, id = p.id);
        let _ = write!(css, ".region[data-claimant=\"{id}\"]{{--claimant:{}}}", p.colour, id = p.id);
    }
    css
}

/// The colour of a power (by its id as written), [`UNKNOWN`] for an id that is none.
pub fn colour_of(atlas: &Atlas, power: &str) -> Colour {
    atlas.power_id(power).map_or(UNKNOWN, |p| atlas.power(p).colour)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Power, Text};

    fn power(id: &str, colour: &str) -> Power {
        Power { id: id.into(), name: Text { zh: "甲".into(), en: "A".into() }, colour: colour.parse().unwrap() }
    }

    #[test]
    fn colours_read_and_write_as_rrggbb() {
        assert_eq!("#0072b2".parse(), Ok(Colour::rgb(0x00, 0x72, 0xb2)));
        assert_eq!("#D55E00".parse::<Colour>().map(|c| c.to_string()), Ok("#d55e00".to_string()));
        for bad in
            ["", "#", "0072b2", "#0072b", "#0072b2f", "#00 2b2", "#+072b2", "#gg72b2", "red", "#0072b2 ", "#é072b"]
        {
            assert_eq!(bad.parse::<Colour>(), Err(ColourError), "{bad:?}");
        }
    }

    #[test]
    fn the_palette_gives_every_power_its_colour_and_nothing_else() {
        let atlas =
            Atlas { powers: vec![power("japan", "#0072b2"), power("new-power", "#123ABC")], ..Atlas::default() };
        assert_eq!(
            palette_css(&atlas),
            ":root{--power-japan:#0072b2;--power-new-power:#123abc;}\
             .power--japan,.region[data-controller=\"japan\"]{--power:#0072b2}\
             .region[data-claimant=\"japan\"]{--claimant:#0072b2}\
             .power--new-power,.region[data-controller=\"new-power\"]{--power:#123abc}\
             .region[data-claimant=\"new-power\"]{--claimant:#123abc}"
        );
        assert_eq!(colour_of(&atlas, "new-power"), Colour::rgb(0x12, 0x3a, 0xbc));
        assert_eq!(colour_of(&atlas, "atlantis"), UNKNOWN);
        assert_eq!(palette_css(&Atlas::default()), ":root{}");
    }
}
