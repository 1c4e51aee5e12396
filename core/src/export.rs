//! A stand-alone SVG of the map at a date: regions filled by controller with the status patterns, claims dashed,
//! the title, the date, a legend and the attribution, with every colour written out (the powers' from the data,
//! see [`crate::palette`]) so the file needs no stylesheet. The app offers it for download as SVG and, rendered to
//! a canvas, as PNG.

use crate::embed::escape_attr as esc;
use crate::frame::Frame;
use crate::geo;
use crate::i18n::{self, Msg};
use crate::model::{Lang, PowerId, Status};
use crate::num::fixed;
use crate::timeline::{Atlas, Selection};

/// The pattern definitions shared by the map and the export (ids `pat-<status>`).
pub const PATTERN_DEFS: &str = concat!(
    r#"<pattern id="pat-occupied" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="2" height="6" fill="rgba(0,0,0,0.45)"/></pattern>"#,
    r#"<pattern id="pat-puppet" width="6" height="6" patternUnits="userSpaceOnUse"><circle cx="3" cy="3" r="1.2" fill="rgba(0,0,0,0.45)"/></pattern>"#,
    r#"<pattern id="pat-leased" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="1.2" fill="rgba(0,0,0,0.45)"/><rect width="1.2" height="6" fill="rgba(0,0,0,0.45)"/></pattern>"#,
    r#"<pattern id="pat-contested" width="8" height="8" patternUnits="userSpaceOnUse"><path d="M0 4 L2 1 L4 4 L6 1 L8 4 M0 8 L2 5 L4 8 L6 5 L8 8" fill="none" stroke="rgba(0,0,0,0.6)" stroke-width="1.2"/></pattern>"#,
    r#"<pattern id="pat-annexed" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="1.4" fill="rgba(0,0,0,0.45)"/></pattern>"#,
    r#"<pattern id="pat-autonomous" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)"><rect width="1" height="8" fill="rgba(0,0,0,0.45)"/></pattern>"#,
);

fn pattern_fill(status: Status) -> Option<&'static str> {
    match status {
        Status::Sovereign => None,
        Status::Occupied => Some("url(#pat-occupied)"),
        Status::Leased => Some("url(#pat-leased)"),
        Status::Puppet => Some("url(#pat-puppet)"),
        Status::Contested => Some("url(#pat-contested)"),
        Status::Annexed => Some("url(#pat-annexed)"),
        Status::Autonomous => Some("url(#pat-autonomous)"),
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

/// The whole export as an SVG document around `map`: the screen's own map (an `<svg>` element with its styles
/// inlined, serialised from the page, see the app's `map_view::export`), so the file shows exactly what the screen
/// shows (with a comparison's outlines, when one is on); this adds the title, the date (and the compared date),
/// the legend of the powers in `frame` and the attribution.
pub fn document(
    map: &str,
    atlas: &Atlas,
    frame: &Frame,
    selection: Selection,
    compare: Option<Selection>,
    lang: Lang,
) -> String {
    let [vx, vy, vw, vh] = geo::VIEW_BOX;
    let total_h = fixed(vh + HEADER + FOOTER, 1);
    let (fx, fw) = (fixed(vx, 1), fixed(vw, 1));
    let mut s = String::with_capacity(map.len() + 8 * 1024);
    s.push_str(&format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="{fx} {} {fw} {total_h}" width="{fw}" height="{total_h}" font-family="system-ui, 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', sans-serif">"#,
        fixed(vy - HEADER, 1)
    ));
    s.push_str(&format!("<title>{}</title>", esc(i18n::tr(lang, Msg::AppTitle))));
    s.push_str(&format!(
        r##"<rect x="{fx}" y="{}" width="{fw}" height="{total_h}" fill="#ffffff"/>"##,
        fixed(vy - HEADER, 1)
    ));
    s.push_str(map);
    // The legend: the powers holding a region, or running a railway (alone or jointly), at the date.
    let day = selection.state_day();
    let railways = atlas.railways_at(day);
    let runs = |id: PowerId| railways.iter().filter_map(|r| r.control).any(|p| p.power == id || p.partner == Some(id));
    let shown = frame.powers_shown(atlas);
    let present: Vec<PowerId> =
        atlas.power_ids().zip(shown).filter(|(p, on)| *on || runs(*p)).map(|(p, _)| p).collect();
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
    for &id in &present {
        let name = atlas.power(id).name.get(lang);
        let width = 30.0 + name.chars().count() as f64 * if lang == Lang::Zh { 13.0 } else { 7.0 };
        if x + width > vx + vw - 16.0 {
            x = vx + 16.0;
            y += 22.0;
        }
        s.push_str(&format!(
            r##"<rect x="{}" y="{}" width="16" height="12" fill="{}" stroke="#555555"/><text x="{}" y="{}" font-size="13" fill="#1b1f24">{}</text>"##,
            fixed(x, 1),
            fixed(y - 11.0, 1),
            atlas.power(id).colour,
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
