//! The markup of the status table's bodies (one row per region, then one per railway) and of the year's list of
//! changes of control, as HTML text, like the cards (`crate::html`): the table is the map's accessible text twin,
//! static between two rests of the slider, and one `innerHTML` per rest is far cheaper (and far less code in the
//! wasm) than a reactive row per region.
//!
//! The contract the tests and the stylesheet read: each region row is `tr[data-region]` with `data-controller` and
//! `data-status` when someone holds it, class `status-row power--<id>`; each railway row `tr[data-railway]` likewise
//! (class `status-row status-row--railway`); the secondary (Japanese and Russian) names of a region are
//! `.local-names` with one `[lang]` element each; each change is `li[data-region][data-controller]`.
//!
//! While a quiz question waits for its answer (`masked`), the rows keep only the regions' and railways' names and
//! nothing says who held what.

use crate::date::Day;
use crate::html::push_escaped;
use crate::i18n::{self, tr, Msg};
use crate::model::{Lang, Place, PowerId};
use crate::timeline::Atlas;

fn power_name(atlas: &Atlas, lang: Lang, id: PowerId) -> &str {
    atlas.power(id).name.get(lang)
}

/// The note of a row, folded: a disclosure button (`data-note`, `aria-expanded`) before the hidden text; the
/// component opens and closes it. (A `<details>` per row cost a third of the table's layout at each rest.)
fn push_note(out: &mut String, lang: Lang, note: Option<&str>) {
    if let Some(note) = note {
        out.push_str("<button type=\"button\" class=\"status-row__note\" data-note aria-expanded=\"false\">");
        push_escaped(out, tr(lang, Msg::NoteShort));
        out.push_str("</button><span class=\"status-row__note-text\" hidden>");
        push_escaped(out, note);
        out.push_str("</span>");
    }
}

/// The opening of a row: `<tr data-…="id" [data-controller data-status] class="status-row[ extra] power--<id>">`.
fn push_row_start(out: &mut String, key: &str, id: &str, extra: &str, holder: Option<(&str, &str)>) {
    out.push_str("<tr ");
    out.push_str(key);
    out.push_str("=\"");
    push_escaped(out, id);
    out.push('"');
    if let Some((power, status)) = holder {
        out.push_str(" data-controller=\"");
        push_escaped(out, power);
        out.push_str("\" data-status=\"");
        out.push_str(status);
        out.push('"');
    }
    out.push_str(" class=\"status-row");
    out.push_str(extra);
    out.push_str(" power--");
    if let Some((power, _)) = holder {
        push_escaped(out, power);
    }
    out.push_str("\">");
}

fn push_cell(out: &mut String, text: &str) {
    out.push_str("<td>");
    push_escaped(out, text);
    out.push_str("</td>");
}

/// The Japanese and Russian names of `place` on `day`, each in an element with its own `lang` (screen readers switch
/// voice; the browser picks the right glyphs), after a hidden label ("Japanese name: "). Empty if it has none.
pub fn local_names(atlas: &Atlas, lang: Lang, place: Place, day: Day) -> String {
    let names = atlas.local_names_at(place, day);
    let mut out = String::new();
    if names.is_empty() {
        return out;
    }
    out.push_str("<span class=\"local-names\" data-testid=\"local-names\">");
    for (i, (tag, name)) in names.into_iter().enumerate() {
        if i > 0 {
            out.push_str("<span class=\"local-names__sep\" aria-hidden=\"true\"> · </span>");
        }
        out.push_str("<span class=\"visually-hidden\">");
        push_escaped(&mut out, i18n::local_lang_label(lang, tag));
        out.push_str(i18n::colon(lang));
        out.push_str("</span><span class=\"local-names__name\" lang=\"");
        out.push_str(tag.code());
        out.push_str("\" data-lang=\"");
        out.push_str(tag.code());
        out.push_str("\">");
        push_escaped(&mut out, name);
        out.push_str("</span>");
    }
    out.push_str("</span>");
    out
}

/// A place's name on `day` ([`Atlas::place_name_at`]: Nikolayevsk in 1920, Ōtomari until 4 June 1946), escaped, then
/// its Japanese and Russian names of that day ([`local_names`]) if it has any: for a card's places and the map's
/// details of a region or point.
pub fn named_place(atlas: &Atlas, lang: Lang, place: Place, day: Day) -> String {
    let mut out = String::new();
    push_escaped(&mut out, atlas.place_name_at(place, day).get(lang));
    let names = local_names(atlas, lang, place, day);
    if !names.is_empty() {
        out.push(' ');
        out.push_str(&names);
    }
    out
}

/// What a change of control was: "Japan (sovereign) → Soviet Union (military occupation)", or where the holder
/// stays and only the kind of control changes, "Japan: sovereign → fighting in progress" (read as no change when
/// written "Japan → Japan").
pub fn change_text(
    atlas: &Atlas,
    lang: Lang,
    before: Option<&crate::model::Period>,
    after: &crate::model::Period,
) -> String {
    let (open, close) = if lang == Lang::Zh { ("（", "）") } else { (" (", ")") };
    let held = |p: &crate::model::Period| {
        format!("{}{open}{}{close}", power_name(atlas, lang, p.power), i18n::status_name(lang, p.status))
    };
    match before {
        Some(b) if b.power == after.power => format!(
            "{}{}{} → {}",
            power_name(atlas, lang, after.power),
            if lang == Lang::Zh { "：" } else { ": " },
            i18n::status_name(lang, b.status),
            i18n::status_name(lang, after.status)
        ),
        Some(b) => format!("{} → {}", held(b), held(after)),
        None => format!("— → {}", held(after)),
    }
}

/// The regions' rows on `day`: who holds each region, how, since when, with the record's note, and who claims it.
pub fn region_rows(atlas: &Atlas, lang: Lang, day: Day, masked: bool) -> String {
    region_row_list(atlas, lang, day, masked).concat()
}

/// [`region_rows`] one row at a time, in the order of the region list: the component rewrites only the rows that
/// differ from the last rest's (a year later, usually a few of them).
pub fn region_row_list(atlas: &Atlas, lang: Lang, day: Day, masked: bool) -> Vec<String> {
    let mut rows = Vec::with_capacity(atlas.regions.len());
    for s in atlas.state_at(day) {
        let mut out = String::with_capacity(400);
        let control = s.control.filter(|_| !masked);
        let holder = control.map(|p| (atlas.power(p.power).id.as_str(), p.status.id()));
        push_row_start(&mut out, "data-region", &s.region.id, "", holder);
        out.push_str("<th scope=\"row\"><span class=\"swatch\" aria-hidden=\"true\"></span>");
        push_escaped(&mut out, s.region.name.get(lang));
        out.push_str(&local_names(atlas, lang, Place::Region(s.id), day));
        out.push_str("</th>");
        if masked {
            out.push_str("<td></td><td></td><td></td><td></td></tr>");
            rows.push(out);
            continue;
        }
        let claims = s.claims.iter().map(|c| power_name(atlas, lang, c.power)).collect::<Vec<_>>().join(", ");
        match control {
            Some(p) => {
                push_cell(&mut out, power_name(atlas, lang, p.power));
                out.push_str("<td>");
                push_escaped(&mut out, i18n::status_name(lang, p.status));
                push_note(&mut out, lang, p.note.as_ref().map(|n| n.get(lang)));
                out.push_str("</td>");
                push_cell(&mut out, &i18n::since_text(lang, p.from));
            }
            None => {
                out.push_str("<td></td>");
                push_cell(&mut out, tr(lang, Msg::Nobody));
                out.push_str("<td></td>");
            }
        }
        push_cell(&mut out, &claims);
        out.push_str("</tr>");
        rows.push(out);
    }
    rows
}

/// The railways' rows on `day` (after a heading row): who ran each line, how and since when.
pub fn railway_rows(atlas: &Atlas, lang: Lang, day: Day, masked: bool) -> String {
    let mut out = String::with_capacity(atlas.railways.len() * 400 + 120);
    out.push_str("<tr><th scope=\"colgroup\" colspan=\"5\" class=\"status-table__group\">");
    push_escaped(&mut out, tr(lang, Msg::RailwaysHeading));
    out.push_str("</th></tr>");
    for s in atlas.railways_at(day) {
        let control = s.control.filter(|_| !masked);
        let holder = control.map(|p| (atlas.power(p.power).id.as_str(), p.status.id()));
        push_row_start(&mut out, "data-railway", &s.railway.id, " status-row--railway", holder);
        out.push_str("<th scope=\"row\"><span class=\"swatch swatch--line\" aria-hidden=\"true\"></span>");
        push_escaped(&mut out, s.railway.name.get(lang));
        out.push_str("</th>");
        match (control, masked) {
            (_, true) => out.push_str("<td></td><td></td><td></td>"),
            (Some(p), false) => {
                push_cell(&mut out, &i18n::railway_controller(lang, atlas, p));
                out.push_str("<td>");
                push_escaped(&mut out, i18n::railway_status_name(lang, p.status));
                push_note(&mut out, lang, p.note.as_ref().map(|n| n.get(lang)));
                out.push_str("</td>");
                push_cell(&mut out, &i18n::since_text(lang, p.from));
            }
            (None, false) => {
                push_cell(&mut out, tr(lang, Msg::Nobody));
                out.push_str("<td></td><td></td>");
            }
        }
        out.push_str("<td></td></tr>");
    }
    out
}

/// The changes of control that took effect during `year`, as a list ("1 February 1945 · South Sakhalin: Japan →
/// USSR (occupied)"), or a line saying there were none.
pub fn changes(atlas: &Atlas, lang: Lang, year: i32, masked: bool) -> String {
    let list = if masked { Vec::new() } else { atlas.changes_in_year(year) };
    let mut out = String::new();
    if list.is_empty() {
        out.push_str("<p class=\"changes__empty\">");
        push_escaped(&mut out, tr(lang, Msg::NoChanges));
        out.push_str("</p>");
        return out;
    }
    out.push_str("<ol class=\"changes__list\">");
    for c in list {
        out.push_str("<li data-region=\"");
        push_escaped(&mut out, &c.region.id);
        out.push_str("\" data-controller=\"");
        push_escaped(&mut out, &atlas.power(c.after.power).id);
        out.push_str("\"><span class=\"changes__date\">");
        push_escaped(&mut out, &i18n::format_date(lang, c.after.from));
        out.push_str("</span> · <strong>");
        push_escaped(&mut out, c.region.name.get(lang));
        out.push_str("</strong>");
        out.push_str(if lang == Lang::Zh { "：" } else { ": " });
        push_escaped(&mut out, &change_text(atlas, lang, c.before, c.after));
        out.push_str("</li>");
    }
    out.push_str("</ol>");
    out
}
