//! A stand-alone SVG of the map at a date: regions filled by controller with the status patterns, claims dashed,
//! the title, the date, a legend and the attribution, with every colour written out so the file needs no
//! stylesheet. The app offers it for download as SVG and, rendered to a canvas, as PNG.

use crate::date::Day;
use crate::embed::escape_attr as esc;
use crate::geo::{self, PROJECTION};
use crate::i18n::{self, Msg};
use crate::model::{Lang, Status};
use crate::num::fixed;
use crate::timeline::{Atlas, Selection};

/// Fill colours of the powers (the same values as the `--<power>` custom properties in `style/main.css`; a test
/// keeps the two in step).
pub const POWER_COLOURS: &[(&str, &str)] = &[
    ("russia", "#8c2d04"),
    ("soviet-russia", "#e6550d"),
    ("ussr", "#d55e00"),
    ("white-russia", "#9e9e9e"),
    ("far-eastern-republic", "#f4a582"),
    ("japan", "#0072b2"),
    ("manchukuo", "#56b4e9"),
    ("mengjiang", "#a6d1ee"),
    ("roc", "#f0e442"),
    ("prc", "#cc79a7"),
    ("mongolia", "#009e73"),
    ("dprk", "#882255"),
    ("rok", "#44aa99"),
    ("us", "#332288"),
];

/// Colour of a power, grey when unknown.
pub fn power_colour(id: &str) -> &'static str {
    POWER_COLOURS.iter().find(|(p, _)| *p == id).map_or("#ecebe6", |(_, c)| c)
}

/// The pattern definitions shared by the map and the export (ids `pat-<status>`).
pub const PATTERN_DEFS: &str = concat!(
    r#"<pattern id="pat-occupied" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="2" height="6" fill="rgba(0,0,0,0.45)"/></pattern>"#,
    r#"<pattern id="pat-puppet" width="6" height="6" patternUnits="userSpaceOnUse"><circle cx="3" cy="3" r="1.2" fill="rgba(0,0,0,0.45)"/></pattern>"#,
    r#"<pattern id="pat-leased" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="1.2" fill="rgba(0,0,0,0.45)"/><rect width="1.2" height="6" fill="rgba(0,0,0,0.45)"/></pattern>"#,
    r#"<pattern id="pat-contested" width="8" height="8" patternUnits="userSpaceOnUse"><path d="M0 4 L2 1 L4 4 L6 1 L8 4 M0 8 L2 5 L4 8 L6 5 L8 8" fill="none" stroke="rgba(0,0,0,0.6)" stroke-width="1.2"/></pattern>"#,
    r#"<pattern id="pat-annexed" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="1.4" fill="rgba(0,0,0,0.45)"/></pattern>"#,
);

fn pattern_fill(status: Status) -> Option<&'static str> {
    match status {
        Status::Sovereign => None,
        Status::Occupied => Some("url(#pat-occupied)"),
        Status::Leased => Some("url(#pat-leased)"),
        Status::Puppet => Some("url(#pat-puppet)"),
        Status::Contested => Some("url(#pat-contested)"),
        Status::Annexed => Some("url(#pat-annexed)"),
    }
}

/// Height added under the map for the legend and attribution, and above it for the title.
const HEADER: f64 = 70.0;
const FOOTER: f64 = 150.0;

/// The export's user-space box: min-x, min-y, width, height.
pub fn size() -> [f64; 4] {
    let [vx, vy, vw, vh] = geo::VIEW_BOX;
    [vx, vy - HEADER, vw, vh + HEADER + FOOTER]
}

/// The whole export as an SVG document.
pub fn map_svg(atlas: &Atlas, selection: Selection, lang: Lang) -> String {
    map_svg_compared(atlas, selection, None, lang)
}

/// The export of a comparison: the map at `selection`, the regions held by another power at `compare` outlined
/// twice (dark, with a white line inside), the comparison named under the date and in the legend.
pub fn map_svg_compared(atlas: &Atlas, selection: Selection, compare: Option<Selection>, lang: Lang) -> String {
    let day: Day = selection.state_day();
    let other_day = compare.map(Selection::state_day);
    let [vx, vy, vw, vh] = geo::VIEW_BOX;
    let total_h = fixed(vh + HEADER + FOOTER, 1);
    let (fx, fw) = (fixed(vx, 1), fixed(vw, 1));
    let mut s = String::with_capacity(64 * 1024);
    s.push_str(&format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="{fx} {} {fw} {total_h}" width="{fw}" height="{total_h}" font-family="system-ui, 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', sans-serif">"#,
        fixed(vy - HEADER, 1)
    ));
    s.push_str(&format!("<title>{}</title>", esc(i18n::tr(lang, Msg::AppTitle))));
    s.push_str("<defs>");
    s.push_str(PATTERN_DEFS);
    s.push_str("</defs>");
    s.push_str(&format!(
        r##"<rect x="{fx}" y="{}" width="{fw}" height="{total_h}" fill="#ffffff"/>"##,
        fixed(vy - HEADER, 1)
    ));
    s.push_str(&format!(
        r##"<rect x="{fx}" y="{}" width="{fw}" height="{}" fill="#e3edf5"/>"##,
        fixed(vy, 1),
        fixed(vh, 1)
    ));
    s.push_str(&format!(r##"<path d="{}" fill="none" stroke="#b9cadb" stroke-width="0.5"/>"##, geo::GRATICULE));
    if !geo::COAST_OUTSIDE.is_empty() {
        s.push_str(&format!(
            r##"<path d="{}" fill="#ecebe6" stroke="#9a968c" stroke-width="0.5"/>"##,
            geo::COAST_OUTSIDE
        ));
    }
    let mut present: Vec<&str> = Vec::new();
    for shape in geo::REGIONS {
        let control = atlas.control_at(shape.id, day);
        let power = control.map_or("", |p| p.power.as_str());
        if !power.is_empty() && !present.contains(&power) {
            present.push(power);
        }
        let name = atlas.region(shape.id).map_or(shape.id, |r| r.name.get(lang));
        s.push_str(&format!(
            r##"<g data-region="{}" data-controller="{}"><title>{}</title><path d="{}" fill="{}" stroke="#ffffff" stroke-width="0.8"/>"##,
            shape.id,
            power,
            esc(name),
            shape.d,
            power_colour(power)
        ));
        if let Some(fill) = control.and_then(|p| pattern_fill(p.status)) {
            s.push_str(&format!(r#"<path d="{}" fill="{fill}"/>"#, shape.d));
        }
        if other_day.is_some_and(|d| atlas.controller_differs(shape.id, d, day)) {
            s.push_str(&format!(
                r##"<path d="{}" fill="none" stroke="#111111" stroke-width="4" stroke-linejoin="round" data-changed="true"/><path d="{}" fill="none" stroke="#ffffff" stroke-width="1.2" stroke-linejoin="round"/>"##,
                shape.d, shape.d
            ));
        }
        if let Some(claim) = atlas.claims_at(shape.id, day).first() {
            s.push_str(&format!(
                r#"<path d="{}" fill="none" stroke="{}" stroke-width="2.5" stroke-dasharray="5 3"/>"#,
                shape.d,
                power_colour(&claim.power)
            ));
        }
        s.push_str("</g>");
    }
    s.push_str(&format!(r##"<path d="{}" fill="#e3edf5" stroke="#7a9cc0" stroke-width="0.5"/>"##, geo::LAKES));
    s.push_str(&format!(r##"<path d="{}" fill="none" stroke="#6f95c4" stroke-width="0.8"/>"##, geo::RIVERS));
    for p in &atlas.points {
        if p.region.is_none() {
            continue;
        }
        let [x, y] = PROJECTION.project(p.lon, p.lat);
        if !geo::in_view([x, y]) {
            continue;
        }
        s.push_str(&format!(
            r##"<circle cx="{}" cy="{}" r="2.5" fill="#111111" stroke="#ffffff"/><text x="{}" y="{}" font-size="11" fill="#111111" stroke="#ffffff" stroke-width="3" paint-order="stroke">{}</text>"##,
            fixed(x, 1),
            fixed(y, 1),
            fixed(x + 5.0, 1),
            fixed(y - 4.0, 1),
            esc(p.name_at(day).get(lang))
        ));
    }
    // Title and date above the map.
    s.push_str(&format!(
        r##"<text x="{}" y="{}" font-size="26" font-weight="700" fill="#1b1f24">{}</text>"##,
        fixed(vx + 16.0, 1),
        fixed(vy - HEADER + 34.0, 1),
        esc(i18n::tr(lang, Msg::AppTitle))
    ));
    s.push_str(&format!(
        r##"<text x="{}" y="{}" font-size="20" fill="#1b1f24" data-testid="export-date">{}</text>"##,
        fixed(vx + 16.0, 1),
        fixed(vy - HEADER + 60.0, 1),
        esc(&match compare {
            Some(other) => {
                let (a, b) = if other.state_day() <= day { (other, selection) } else { (selection, other) };
                format!("{} · {}", i18n::selection_heading(lang, selection), i18n::compare_heading(lang, a, b))
            }
            None => i18n::selection_heading(lang, selection),
        })
    ));
    // Legend: the powers on the map, then the status patterns.
    let mut x = vx + 16.0;
    let mut y = vy + vh + 24.0;
    s.push_str(r#"<g data-testid="export-legend">"#);
    for id in &present {
        let name = atlas.power(id).map_or(*id, |p| p.name.get(lang));
        let width = 30.0 + name.chars().count() as f64 * if lang == Lang::Zh { 13.0 } else { 7.0 };
        if x + width > vx + vw - 16.0 {
            x = vx + 16.0;
            y += 22.0;
        }
        s.push_str(&format!(
            r##"<rect x="{}" y="{}" width="16" height="12" fill="{}" stroke="#555555"/><text x="{}" y="{}" font-size="13" fill="#1b1f24">{}</text>"##,
            fixed(x, 1),
            fixed(y - 11.0, 1),
            power_colour(id),
            fixed(x + 22.0, 1),
            fixed(y, 1),
            esc(name)
        ));
        x += width;
    }
    x = vx + 16.0;
    y += 26.0;
    for status in Status::ALL {
        let name = i18n::status_name(lang, status);
        let width = 34.0 + name.chars().count() as f64 * if lang == Lang::Zh { 13.0 } else { 7.0 };
        if x + width > vx + vw - 16.0 {
            x = vx + 16.0;
            y += 22.0;
        }
        s.push_str(&format!(
            r##"<rect x="{}" y="{}" width="20" height="13" fill="#d9d9d9" stroke="#555555"/>"##,
            fixed(x, 1),
            fixed(y - 11.0, 1)
        ));
        if let Some(fill) = pattern_fill(status) {
            s.push_str(&format!(
                r#"<rect x="{}" y="{}" width="20" height="13" fill="{fill}"/>"#,
                fixed(x, 1),
                fixed(y - 11.0, 1)
            ));
        }
        s.push_str(&format!(
            r##"<text x="{}" y="{}" font-size="13" fill="#1b1f24">{}</text>"##,
            fixed(x + 26.0, 1),
            fixed(y, 1),
            esc(name)
        ));
        x += width;
    }
    y += 24.0;
    s.push_str(&format!(
        r##"<text x="{}" y="{}" font-size="12" fill="#4a525c">{}</text>"##,
        fixed(vx + 16.0, 1),
        fixed(y, 1),
        esc(i18n::tr(lang, Msg::LegendClaim))
    ));
    if let Some(other) = compare {
        let x = vx
            + 16.0
            + i18n::tr(lang, Msg::LegendClaim).chars().count() as f64 * if lang == Lang::Zh { 12.5 } else { 6.6 };
        s.push_str(&format!(
            r##"<rect x="{}" y="{}" width="20" height="13" fill="#d9d9d9" stroke="#111111" stroke-width="3"/><rect x="{}" y="{}" width="20" height="13" fill="none" stroke="#ffffff" stroke-width="1"/><text x="{}" y="{}" font-size="12" fill="#4a525c" data-testid="export-compare">{}</text>"##,
            fixed(x + 20.0, 1),
            fixed(y - 10.0, 1),
            fixed(x + 20.0, 1),
            fixed(y - 10.0, 1),
            fixed(x + 46.0, 1),
            fixed(y, 1),
            esc(&i18n::compare_legend(lang, other))
        ));
    }
    s.push_str("</g>");
    // Attribution, wrapped by hand into lines that fit.
    let attribution = i18n::tr(lang, Msg::Attribution);
    let per_line = if lang == Lang::Zh { 70 } else { 150 };
    let chars: Vec<char> = attribution.chars().collect();
    for (i, line) in chars.chunks(per_line).enumerate() {
        let line: String = line.iter().collect();
        s.push_str(&format!(
            r##"<text x="{}" y="{}" font-size="11" fill="#4a525c">{}</text>"##,
            fixed(vx + 16.0, 1),
            fixed(y + 22.0 + i as f64 * 15.0, 1),
            esc(&line)
        ));
    }
    s.push_str("</svg>");
    s
}

/// A file name for the export: `japan-soviet-1945-en.svg`.
pub fn file_name(selection: Selection, lang: Lang, ext: &str) -> String {
    let when = match selection {
        Selection::Year(y) => y.to_string(),
        Selection::Day(d) => d.to_string(),
    };
    format!("japan-soviet-{when}-{}.{ext}", lang.code())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_compared_export_outlines_exactly_the_regions_held_by_another_power() {
        use crate::model::{Period, Region, Status, Text};
        let period = |region: &str, from: &str, to: Option<&str>, power: &str| Period {
            region: region.into(),
            from: from.parse().unwrap(),
            to: to.map(|t| t.parse().unwrap()),
            power: power.into(),
            status: Status::Sovereign,
            sources: vec![],
            note: None,
        };
        let mut atlas = Atlas {
            regions: ["kurils", "hokkaido"]
                .iter()
                .map(|id| Region { id: id.to_string(), name: Text::default() })
                .collect(),
            periods: vec![
                period("kurils", "1917-01-01", Some("1945-08-23"), "japan"),
                period("kurils", "1945-08-24", None, "ussr"),
                period("hokkaido", "1917-01-01", None, "japan"),
            ],
            ..Atlas::default()
        };
        atlas.finish();
        let svg = map_svg_compared(&atlas, Selection::Year(1946), Some(Selection::Year(1939)), Lang::En);
        assert_eq!(svg.matches(r#"data-changed="true""#).count(), 1);
        assert!(svg.contains("1946 · Between 1939 and 1946"));
        assert!(svg.contains("Double outline: held by another power at the end of 1939"));
        let plain = map_svg(&atlas, Selection::Year(1946), Lang::En);
        assert!(!plain.contains("data-changed") && !plain.contains("export-compare"));
    }

    #[test]
    fn the_palette_matches_the_stylesheet() {
        let css = include_str!("../../style/main.css");
        for (id, colour) in POWER_COLOURS {
            assert!(css.contains(&format!("--{id}: {colour};")), "style/main.css lacks --{id}: {colour}");
        }
    }
}
