//! The map's legend as HTML text, like the cards and the status table (`crate::html`, `crate::status_html`): the
//! powers on the map on the day, the status patterns, the railways (who ran each line and how), and the outline
//! conventions. It follows the date once the slider rests; the component sets it with one `innerHTML`.
//!
//! The contract: each power is `li.legend__item.power--<id>` (its swatch coloured by the palette), each railway
//! `li[data-railway][data-controller]`, the comparison's line `[data-testid="legend-compared"]`.

use crate::date::Day;
use crate::html::push_escaped;
use crate::i18n::{self, tr, Msg};
use crate::model::{Lang, Status};
use crate::timeline::{Atlas, Selection};

fn push_list_start(out: &mut String, class: &str, label: Option<&str>) {
    out.push_str("<ul class=\"");
    out.push_str(class);
    out.push('"');
    if let Some(label) = label {
        out.push_str(" aria-label=\"");
        push_escaped(out, label);
        out.push('"');
    }
    out.push('>');
}

fn push_note(out: &mut String, class: &str, hidden: bool, extra: &str, text: &str) {
    out.push_str("<li class=\"legend__item ");
    out.push_str(class);
    out.push('"');
    out.push_str(extra);
    if hidden {
        out.push_str(" hidden");
    }
    out.push('>');
    push_escaped(out, text);
    out.push_str("</li>");
}

/// The legend's lists on `day`: only the powers that hold a region then; with `compare`, the line that explains
/// the comparison's outline; while `masked` (a quiz question waits for its answer), no railway says who ran it.
pub fn legend(atlas: &Atlas, lang: Lang, day: Day, compare: Option<Selection>, masked: bool) -> String {
    let mut out = String::with_capacity(3000);
    let states = atlas.state_at(day);
    push_list_start(&mut out, "legend__list", Some(tr(lang, Msg::LegendPowers)));
    for p in atlas.power_ids() {
        if !states.iter().any(|s| s.control.is_some_and(|c| c.power == p)) {
            continue;
        }
        let power = atlas.power(p);
        out.push_str("<li class=\"legend__item power--");
        push_escaped(&mut out, &power.id);
        out.push_str("\"><span class=\"swatch\" aria-hidden=\"true\"></span>");
        push_escaped(&mut out, power.name.get(lang));
        out.push_str("</li>");
    }
    out.push_str("</ul>");

    push_list_start(&mut out, "legend__list", Some(tr(lang, Msg::LegendStatus)));
    for s in Status::ALL {
        out.push_str(
            "<li class=\"legend__item\"><svg class=\"legend__pattern\" viewBox=\"0 0 20 14\" aria-hidden=\"true\">\
             <rect class=\"legend__base\" width=\"20\" height=\"14\"></rect><rect class=\"legend__overlay status--",
        );
        out.push_str(s.id());
        out.push_str("\" width=\"20\" height=\"14\"></rect></svg>");
        push_escaped(&mut out, i18n::status_name(lang, s));
        out.push_str("</li>");
    }
    out.push_str("</ul>");

    push_list_start(&mut out, "legend__list legend__list--railways", Some(tr(lang, Msg::RailwaysHeading)));
    push_note(&mut out, "legend__item--note", false, "", tr(lang, Msg::LegendRailways));
    for s in atlas.railways_at(day).into_iter().filter(|_| !masked) {
        let name = s.railway.name.get(lang);
        let (controller, partner, text) = match s.control {
            Some(p) => {
                let who = i18n::railway_controller(lang, atlas, p);
                let how = i18n::railway_status_name(lang, p.status);
                let text =
                    if lang == Lang::Zh { format!("{name}：{who}，{how}") } else { format!("{name}: {who}, {how}") };
                (atlas.power_key(Some(p.power)), atlas.power_key(p.partner), text)
            }
            None => ("", "", name.to_string()),
        };
        out.push_str("<li class=\"legend__item\" data-railway=\"");
        push_escaped(&mut out, &s.railway.id);
        out.push('"');
        if !controller.is_empty() {
            out.push_str(" data-controller=\"");
            push_escaped(&mut out, controller);
            out.push('"');
        }
        out.push_str("><svg class=\"legend__line\" viewBox=\"0 0 28 12\" aria-hidden=\"true\"><g class=\"power--");
        push_escaped(&mut out, controller);
        out.push_str(
            "\"><path class=\"railway__casing\" d=\"M3 6h22\"></path><path class=\"railway__line\" d=\"M3 6h22\"></path></g>\
             <path class=\"railway__partner",
        );
        if partner.is_empty() {
            out.push_str(" railway__partner--none");
        }
        out.push_str(" power--");
        push_escaped(&mut out, partner);
        out.push_str("\" d=\"M3 6h22\"></path></svg>");
        push_escaped(&mut out, &text);
        out.push_str("</li>");
    }
    out.push_str("</ul>");

    push_list_start(&mut out, "legend__list legend__list--notes", None);
    push_note(&mut out, "legend__item--claim", false, "", tr(lang, Msg::LegendClaim));
    push_note(&mut out, "legend__item--changed", compare.is_some(), "", tr(lang, Msg::LegendChanged));
    let compared = compare.map(|c| i18n::compare_legend(lang, c)).unwrap_or_default();
    push_note(&mut out, "legend__item--compared", compare.is_none(), " data-testid=\"legend-compared\"", &compared);
    push_note(&mut out, "legend__item--event", false, "", tr(lang, Msg::LegendEventPlace));
    out.push_str("</ul>");
    out
}
