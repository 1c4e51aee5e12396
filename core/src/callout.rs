//! What the map says at the place the reader is looking: the callout over the map. Two kinds, as markup:
//! - a region's details (tapped, clicked or chosen by keyboard): its name, who held it, how and since when, who
//!   claimed it, and its Japanese and Russian names of the day;
//! - on layouts where the cards are below the stage (phones, short frames), the selected event in short: its title,
//!   its date, the first line of its summary and a "Read more" button that leads to its card.

use crate::date::Day;
use crate::html::push_escaped;
use crate::i18n::{self, tr, Msg};
use crate::model::{EventId, Lang, Place, RegionId};
use crate::status_html::local_names;
use crate::timeline::Atlas;

fn close_button(out: &mut String, lang: Lang) {
    out.push_str("<button type=\"button\" class=\"callout__close\" data-callout-close=\"\" aria-label=\"");
    push_escaped(out, tr(lang, Msg::CloseButton));
    out.push_str("\" title=\"");
    push_escaped(out, tr(lang, Msg::CloseButton));
    out.push_str("\">×</button>");
}

/// A region's details on `day`: name, holder, status, since when, claims, local names. `masked` (a quiz question
/// waits for its answer): the name alone.
pub fn region(atlas: &Atlas, lang: Lang, region: RegionId, day: Day, masked: bool) -> String {
    let mut out = String::with_capacity(512);
    let r = atlas.region(region);
    out.push_str("<div class=\"callout callout--region\" data-testid=\"region-callout\" data-region=\"");
    push_escaped(&mut out, &r.id);
    out.push_str("\"><h3 class=\"callout__title\">");
    push_escaped(&mut out, r.name.get(lang));
    out.push_str("</h3>");
    close_button(&mut out, lang);
    if !masked {
        let control = atlas.control_at(region, day);
        out.push_str("<p class=\"callout__line\" data-testid=\"region-callout-control\"");
        if let Some(p) = control {
            out.push_str(" data-controller=\"");
            push_escaped(&mut out, &atlas.power(p.power).id);
            out.push_str("\"><span class=\"callout__swatch power--");
            push_escaped(&mut out, &atlas.power(p.power).id);
            out.push_str("\" aria-hidden=\"true\"></span><strong>");
            push_escaped(&mut out, atlas.power(p.power).name.get(lang));
            out.push_str("</strong>");
            out.push_str(if lang == Lang::Zh { "，" } else { ", " });
            push_escaped(&mut out, i18n::status_name(lang, p.status));
            out.push_str(if lang == Lang::Zh { "，" } else { ", " });
            push_escaped(&mut out, &i18n::since_clause(lang, p.from));
        } else {
            out.push('>');
            push_escaped(&mut out, tr(lang, Msg::Nobody));
        }
        out.push_str("</p>");
        let claims = atlas.claims_at(region, day);
        if !claims.is_empty() {
            let names: Vec<&str> = claims.iter().map(|c| atlas.power(c.power).name.get(lang)).collect();
            out.push_str("<p class=\"callout__line\">");
            match lang {
                Lang::Zh => push_escaped(&mut out, &format!("{}主张领有", names.join("、"))),
                Lang::En => push_escaped(&mut out, &format!("Claimed by {}", names.join(", "))),
            }
            out.push_str("</p>");
        }
    }
    let names = local_names(atlas, lang, Place::Region(region), day);
    if !names.is_empty() {
        out.push_str("<p class=\"callout__line callout__names\">");
        out.push_str(&names);
        out.push_str("</p>");
    }
    out.push_str("</div>");
    out
}

/// The first sentence of a summary (up to its first full stop), for a one-line view.
pub fn first_sentence(text: &str) -> &str {
    // A full stop ends the sentence unless it ends an abbreviation ("U.S.", "St.", "No."): a word of at most two
    // letters, or one with a stop inside.
    let ends_sentence = |i: usize| {
        let word = text[..i].rsplit(' ').next().unwrap_or("");
        text[i + 1..].starts_with(' ') && word.chars().count() > 2 && !word.contains('.')
    };
    let end = text
        .char_indices()
        .find(|&(i, c)| c == '。' || (c == '.' && ends_sentence(i)))
        .map_or(text.len(), |(i, c)| i + c.len_utf8());
    &text[..end]
}

/// The selected event in short, for the stage of a layout whose cards are below it. `texts_ready`: the
/// language's longer texts have arrived (before that, the title alone).
pub fn event(atlas: &Atlas, lang: Lang, event: EventId, texts_ready: bool) -> String {
    let e = atlas.event(event);
    let mut out = String::with_capacity(512);
    out.push_str("<div class=\"callout callout--event\" data-testid=\"event-callout\" data-event=\"");
    push_escaped(&mut out, &e.id);
    out.push_str("\"><p class=\"callout__kicker\">");
    push_escaped(&mut out, tr(lang, Msg::SelectedEventLabel));
    out.push_str(" · <time>");
    push_escaped(&mut out, &i18n::format_when(lang, &e.when));
    out.push_str("</time></p><h3 class=\"callout__title\" data-testid=\"event-callout-title\">");
    push_escaped(&mut out, e.title.get(lang));
    out.push_str("</h3>");
    close_button(&mut out, lang);
    if texts_ready {
        out.push_str("<p class=\"callout__line callout__summary\">");
        push_escaped(&mut out, first_sentence(e.summary.get(lang)));
        out.push_str("</p>");
    }
    out.push_str("<button type=\"button\" class=\"callout__more button\" data-read-more=\"");
    push_escaped(&mut out, &e.id);
    out.push_str("\" data-testid=\"event-callout-more\">");
    push_escaped(&mut out, tr(lang, Msg::ReadMore));
    out.push_str("</button></div>");
    out
}

/// The pan buttons at the middle of each edge of a zoomed map (`data-pan` is the arrow key's name, so one rule reads
/// both: `map_keys::Direction::of_key`).
pub fn pan_buttons(lang: Lang) -> String {
    let mut out = String::with_capacity(800);
    for (key, side, msg, arrow) in [
        ("ArrowLeft", "left", Msg::PanLeft, "◀"),
        ("ArrowRight", "right", Msg::PanRight, "▶"),
        ("ArrowUp", "up", Msg::PanUp, "▲"),
        ("ArrowDown", "down", Msg::PanDown, "▼"),
    ] {
        out.push_str("<button type=\"button\" class=\"map__pan-button map__pan-button--");
        out.push_str(side);
        out.push_str("\" data-testid=\"pan-");
        out.push_str(side);
        out.push_str("\" data-pan=\"");
        out.push_str(key);
        out.push_str("\" aria-label=\"");
        push_escaped(&mut out, tr(lang, msg));
        out.push_str("\" title=\"");
        push_escaped(&mut out, tr(lang, msg));
        out.push_str("\">");
        out.push_str(arrow);
        out.push_str("</button>");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::first_sentence;

    #[test]
    fn the_first_sentence_ends_at_its_full_stop() {
        assert_eq!(first_sentence("Japan lands. Then it leaves."), "Japan lands.");
        assert_eq!(first_sentence("日军登陆。随后撤出。"), "日军登陆。");
        assert_eq!(first_sentence("No stop"), "No stop");
        assert_eq!(first_sentence("In 1945 the U.S. entered"), "In 1945 the U.S. entered");
    }
}
