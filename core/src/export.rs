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

/// Height added above the map for the title, and the least added under it for the legend and attribution (a
/// comparison's list adds more).
const HEADER: f64 = 70.0;
const FOOTER: f64 = 150.0;

/// The export as a whole: the map (the screen's own SVG, its outer `<svg>` replaced), under a title and the date,
/// above the legend (the powers shown, the kinds of control, the outlines and marks, the railways), the comparison's
/// list when two dates are compared, and the attribution. Returns the document and its size (user units = CSS px).
pub fn document_sized(
    map: &str,
    atlas: &Atlas,
    frame: &Frame,
    selection: Selection,
    compare: Option<Selection>,
    lang: Lang,
) -> (String, [f64; 2]) {
    let [vx, vy, vw, vh] = geo::VIEW_BOX;
    let (fx, fw) = (fixed(vx, 1), fixed(vw, 1));
    let left = vx + 16.0;
    let right = vx + vw - 16.0;
    // Estimated width of a text at a font size, as the map's names are measured (CJK one em, Latin narrower).
    let width_of = |text: &str, size: f64| crate::labels::text_width(text, crate::labels::Kind::Place) * size;
    let mut body = String::with_capacity(map.len() + 8 * 1024);
    body.push_str(map);
    let day = selection.state_day();
    let railways = atlas.railways_at(day);
    let runs = |id: PowerId| railways.iter().filter_map(|r| r.control).any(|p| p.power == id || p.partner == Some(id));
    let shown = frame.powers_shown(atlas);
    let present: Vec<PowerId> =
        atlas.power_ids().zip(shown).filter(|(p, on)| *on || runs(*p)).map(|(p, _)| p).collect();
    body.push_str(&format!(
        r##"<text x="{}" y="{}" font-size="26" font-weight="700" fill="#1b1f24">{}</text>"##,
        fixed(left, 1),
        fixed(vy - HEADER + 34.0, 1),
        esc(i18n::tr(lang, Msg::AppTitle))
    ));
    body.push_str(&format!(
        r##"<text x="{}" y="{}" font-size="20" fill="#1b1f24" data-testid="export-date">{}</text>"##,
        fixed(left, 1),
        fixed(vy - HEADER + 60.0, 1),
        esc(&match compare {
            Some(other) => {
                let (a, b) = if other.state_day() <= day { (other, selection) } else { (selection, other) };
                format!("{} · {}", i18n::selection_heading(lang, selection), i18n::compare_heading(lang, a, b))
            }
            None => i18n::selection_heading(lang, selection),
        })
    ));
    let mut x = left;
    let mut y = vy + vh + 24.0;
    // One legend item: a key drawn at (x, y - 11) and its label; the next item starts after the label's measured
    // width, or on a new line.
    let item =
        |body: &mut String, x: &mut f64, y: &mut f64, key_w: f64, key: &dyn Fn(f64, f64) -> String, label: &str| {
            let width = key_w + 6.0 + width_of(label, 13.0) + 18.0;
            if *x + width > right && *x > left {
                *x = left;
                *y += 22.0;
            }
            body.push_str(&key(*x, *y - 11.0));
            body.push_str(&format!(
                r##"<text x="{}" y="{}" font-size="13" fill="#1b1f24">{}</text>"##,
                fixed(*x + key_w + 6.0, 1),
                fixed(*y, 1),
                esc(label)
            ));
            *x += width;
        };
    body.push_str(r#"<g data-testid="export-legend">"#);
    for &id in &present {
        let colour = atlas.power(id).colour;
        let key = move |x: f64, y: f64| {
            format!(
                r##"<rect x="{}" y="{}" width="16" height="12" fill="{colour}" stroke="#555555"/>"##,
                fixed(x, 1),
                fixed(y, 1)
            )
        };
        item(&mut body, &mut x, &mut y, 16.0, &key, atlas.power(id).name.get(lang));
    }
    x = left;
    y += 26.0;
    for status in Status::ALL {
        let key = move |x: f64, y: f64| {
            let mut k = format!(
                r##"<rect x="{}" y="{}" width="20" height="13" fill="#d9d9d9" stroke="#555555"/>"##,
                fixed(x, 1),
                fixed(y, 1)
            );
            if let Some(fill) = pattern_fill(status) {
                k.push_str(&format!(
                    r#"<rect x="{}" y="{}" width="20" height="13" fill="{fill}"/>"#,
                    fixed(x, 1),
                    fixed(y, 1)
                ));
            }
            k
        };
        item(&mut body, &mut x, &mut y, 20.0, &key, i18n::status_name(lang, status));
    }
    // The outlines and marks drawn on the map: a claim, a change of hands this year, an event's place, a railway.
    x = left;
    y += 26.0;
    let claim = |x: f64, y: f64| {
        format!(
            r##"<rect x="{}" y="{}" width="20" height="13" fill="#d9d9d9" stroke="#111111" stroke-width="2" stroke-dasharray="4 2"/>"##,
            fixed(x, 1),
            fixed(y, 1)
        )
    };
    item(&mut body, &mut x, &mut y, 20.0, &claim, i18n::tr(lang, Msg::LegendClaim));
    let changed = |x: f64, y: f64| {
        format!(
            r##"<rect x="{}" y="{}" width="20" height="13" fill="#d9d9d9" stroke="#111111" stroke-width="2.5"/>"##,
            fixed(x, 1),
            fixed(y, 1)
        )
    };
    item(&mut body, &mut x, &mut y, 20.0, &changed, i18n::tr(lang, Msg::LegendChanged));
    let ring = |x: f64, y: f64| {
        format!(
            r##"<circle cx="{}" cy="{}" r="6" fill="none" stroke="#c2410c" stroke-width="2"/><circle cx="{}" cy="{}" r="2.5" fill="#111111"/>"##,
            fixed(x + 8.0, 1),
            fixed(y + 6.5, 1),
            fixed(x + 8.0, 1),
            fixed(y + 6.5, 1)
        )
    };
    item(&mut body, &mut x, &mut y, 16.0, &ring, i18n::tr(lang, Msg::LegendEventPlace));
    if railways.iter().any(|r| r.control.is_some()) {
        let rail = |x: f64, y: f64| {
            format!(
                r##"<path d="M{} {}h24" stroke="#333333" stroke-width="3"/><path d="M{} {}h24" stroke="#ffffff" stroke-width="1" stroke-dasharray="3 3"/>"##,
                fixed(x, 1),
                fixed(y + 6.5, 1),
                fixed(x, 1),
                fixed(y + 6.5, 1)
            )
        };
        item(&mut body, &mut x, &mut y, 24.0, &rail, i18n::tr(lang, Msg::LegendRailways));
    }
    if let Some(other) = compare {
        let outline = |x: f64, y: f64| {
            format!(
                r##"<rect x="{}" y="{}" width="20" height="13" fill="#d9d9d9" stroke="#111111" stroke-width="3"/><rect x="{}" y="{}" width="20" height="13" fill="none" stroke="#ffffff" stroke-width="1"/>"##,
                fixed(x, 1),
                fixed(y, 1),
                fixed(x, 1),
                fixed(y, 1)
            )
        };
        let label = i18n::compare_legend(lang, other);
        let before = body.len();
        item(&mut body, &mut x, &mut y, 20.0, &outline, &label);
        // The comparison's key is the test's handle on it.
        let added = body.split_off(before).replacen("<text ", "<text data-testid=\"export-compare\" ", 1);
        body.push_str(&added);
    }
    body.push_str("</g>");
    // The comparison's list (what the page lists under "Between … and …"): one line a region.
    if let Some(other) = compare {
        let c = atlas.compare(selection, other);
        y += 30.0;
        body.push_str(&format!(
            r##"<g data-testid="export-compare-list"><text x="{}" y="{}" font-size="14" font-weight="700" fill="#1b1f24">{}</text>"##,
            fixed(left, 1),
            fixed(y, 1),
            esc(&i18n::compare_heading(lang, c.earlier, c.later))
        ));
        let held = |p: Option<&crate::model::Period>| match p {
            Some(p) => {
                let (open, close) = if lang == Lang::Zh { ("（", "）") } else { (" (", ")") };
                format!("{}{open}{}{close}", atlas.power(p.power).name.get(lang), i18n::status_name(lang, p.status))
            }
            None => i18n::tr(lang, Msg::Nobody).to_string(),
        };
        let lines: Vec<String> = c
            .changed()
            .map(|d| format!("{}{}{} → {}", d.region.name.get(lang), i18n::colon(lang), held(d.before), held(d.after)))
            .collect();
        if lines.is_empty() {
            y += 18.0;
            body.push_str(&format!(
                r##"<text x="{}" y="{}" font-size="12" fill="#1b1f24">{}</text>"##,
                fixed(left, 1),
                fixed(y, 1),
                esc(i18n::tr(lang, Msg::CompareNone))
            ));
        }
        for line in lines {
            for part in wrap(&line, right - left, 12.0, lang) {
                y += 16.0;
                body.push_str(&format!(
                    r##"<text x="{}" y="{}" font-size="12" fill="#1b1f24">{}</text>"##,
                    fixed(left, 1),
                    fixed(y, 1),
                    esc(&part)
                ));
            }
        }
        body.push_str("</g>");
    }
    // Attribution, wrapped between words (Chinese between characters) into lines that fit.
    y += 8.0;
    for line in wrap(i18n::tr(lang, Msg::Attribution), right - left, 11.0, lang) {
        y += 15.0;
        body.push_str(&format!(
            r##"<text x="{}" y="{}" font-size="11" fill="#4a525c" data-testid="export-attribution">{}</text>"##,
            fixed(left, 1),
            fixed(y, 1),
            esc(&line)
        ));
    }
    let total = (y + 16.0 - (vy - HEADER)).max(vh + HEADER + FOOTER);
    let total_h = fixed(total, 1);
    let mut s = String::with_capacity(body.len() + 512);
    s.push_str(&format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="{fx} {} {fw} {total_h}" width="{fw}" height="{total_h}" font-family="system-ui, 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', sans-serif">"#,
        fixed(vy - HEADER, 1)
    ));
    s.push_str(&format!("<title>{}</title>", esc(i18n::tr(lang, Msg::AppTitle))));
    s.push_str(&format!(
        r##"<rect x="{fx}" y="{}" width="{fw}" height="{total_h}" fill="#ffffff"/>"##,
        fixed(vy - HEADER, 1)
    ));
    s.push_str(&body);
    s.push_str("</svg>");
    (s, [vw, total])
}

/// [`document_sized`], the document alone.
pub fn document(
    map: &str,
    atlas: &Atlas,
    frame: &Frame,
    selection: Selection,
    compare: Option<Selection>,
    lang: Lang,
) -> String {
    document_sized(map, atlas, frame, selection, compare, lang).0
}

/// `text` in lines no wider than `width` at `size` (estimated): between words, or anywhere in Chinese (which has no
/// spaces), never inside a Latin word.
pub fn wrap(text: &str, width: f64, size: f64, lang: Lang) -> Vec<String> {
    let fits = |t: &str| crate::labels::text_width(t, crate::labels::Kind::Place) * size <= width;
    let mut lines = Vec::new();
    let mut line = String::new();
    // Words with their following space; in Chinese each CJK character is its own "word".
    let mut words: Vec<String> = Vec::new();
    let mut word = String::new();
    for c in text.chars() {
        word.push(c);
        if c == ' ' || (lang == Lang::Zh && c as u32 >= 0x2E80) {
            words.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    for w in words {
        let candidate = format!("{line}{w}");
        if fits(candidate.trim_end()) || line.is_empty() {
            line = candidate;
        } else {
            lines.push(line.trim_end().to_string());
            line = w;
        }
    }
    if !line.trim().is_empty() {
        lines.push(line.trim_end().to_string());
    }
    lines
}

/// A file name for the export: `japan-soviet-1945-en.svg`.
pub fn file_name(selection: Selection, lang: Lang, ext: &str) -> String {
    let when = match selection {
        Selection::Year(y) => y.to_string(),
        Selection::Day(d) => d.to_string(),
    };
    format!("japan-soviet-{when}-{}.{ext}", lang.code())
}
