//! The markup of the event cards and of the full event list, as HTML text.
//!
//! These parts are static between date changes and can be long (a teacher's data set may put hundreds of events in
//! a year and thousands in the list): one `innerHTML` per change is parsed natively by the browser, where building
//! the same nodes one by one from wasm costs a call across the boundary per node. The buttons carry
//! `data-select="<event id>"` (select that event) or `data-more="<year>"` (show all the year's cards); the component
//! listens for clicks once, on the list. Every piece of data text is escaped here.

use crate::i18n::{self, tr, Msg};
use crate::model::{Category, Event, EventId, Lang};
use crate::timeline::Atlas;
use std::fmt::Write;

/// How many cards a year shows before "Show all".
pub const CARD_CAP: usize = 16;

/// Append `text` to `out`, escaped for HTML text and double-quoted attribute values.
pub fn push_escaped(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// `text` as a CSS string's content (for `[data-select="…"]` selectors built from an event id).
pub fn css_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii_alphanumeric() || c == '-' || c == '_' || !c.is_ascii() {
            out.push(c);
        } else {
            let _ = write!(out, "\\{:x} ", u32::from(c));
        }
    }
    out
}

/// "English article, 1925–1930: Quiet cooperation; Lensen (1970)"
pub fn source_line(atlas: &Atlas, lang: Lang, e: &Event) -> String {
    sources_text(atlas, lang, &e.sources)
}

/// Source references in a line, each its source's title and section: the sources of an event or a period.
pub fn sources_text(atlas: &Atlas, lang: Lang, refs: &[crate::model::SourceRef]) -> String {
    let mut out = String::new();
    for (i, r) in refs.iter().enumerate() {
        if i > 0 {
            out.push_str(if lang == Lang::Zh { "；" } else { "; " });
        }
        out.push_str(atlas.source(r.src).title.get(lang));
        if let Some(section) = &r.section {
            out.push_str(" — ");
            out.push_str(section);
        }
    }
    out
}

/// Which of a year's cards to show.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Shown {
    /// The first [`CARD_CAP`], then a "Show all" button.
    Capped,
    /// Every card (after "Show all").
    All,
}

/// The cards of `year`, whose events (`Atlas::events_in_year`) are `events` (the selected card is always among
/// them). A year without events says so.
pub fn cards(
    atlas: &Atlas,
    lang: Lang,
    year: i32,
    events: &[&Event],
    selected: Option<EventId>,
    shown: Shown,
) -> String {
    let selected = selected.map(|id| atlas.event(id).id.as_str());
    let mut out = String::with_capacity(events.len().min(CARD_CAP + 1) * 1200);
    if events.is_empty() {
        out.push_str("<li class=\"cards__empty\">");
        push_escaped(&mut out, tr(lang, Msg::NoEvents));
        out.push_str("</li>");
        return out;
    }
    let limit = match shown {
        Shown::Capped => CARD_CAP,
        Shown::All => usize::MAX,
    };
    for (i, e) in events.iter().enumerate() {
        let is_selected = selected == Some(e.id.as_str());
        if i >= limit && !is_selected {
            continue;
        }
        card(&mut out, atlas, lang, year, e, is_selected);
    }
    if shown == Shown::Capped && events.len() > CARD_CAP {
        let _ = write!(
            out,
            "<li class=\"cards__more\"><button type=\"button\" class=\"button\" data-testid=\"more-cards\" data-more=\"{year}\">"
        );
        push_escaped(&mut out, &i18n::show_all_events(lang, events.len()));
        out.push_str("</button></li>");
    }
    out
}

fn card(out: &mut String, atlas: &Atlas, lang: Lang, year: i32, e: &Event, is_selected: bool) {
    let ongoing = e.when.first_day().year() < year;
    out.push_str("<li class=\"card");
    if is_selected {
        out.push_str(" card--selected");
    }
    if ongoing {
        out.push_str(" card--ongoing");
    }
    if e.note.is_some() {
        out.push_str(" card--has-note");
    }
    out.push_str("\" data-testid=\"event-card\" data-event=\"");
    push_escaped(out, &e.id);
    out.push_str("\" data-category=\"");
    out.push_str(e.category.id());
    // The last day it covers (ongoing: none): a typed day brings the first card still running on it into view.
    out.push_str("\" data-last=\"");
    match e.when.last_day() {
        Some(d) => out.push_str(&d.to_string()),
        None => out.push_str("9999-12-31"),
    }
    out.push_str("\"><h3 class=\"card__title\"><button type=\"button\" class=\"card__button\" aria-pressed=\"");
    out.push_str(if is_selected { "true" } else { "false" });
    out.push_str("\" data-select=\"");
    push_escaped(out, &e.id);
    out.push_str("\">");
    push_escaped(out, e.title.get(lang));
    out.push_str("</button></h3><p class=\"card__meta\"><time>");
    push_escaped(out, &i18n::format_when(lang, &e.when));
    out.push_str("</time> · <span class=\"card__category\">");
    push_escaped(out, i18n::category_name(lang, e.category));
    out.push_str("</span>");
    if ongoing {
        out.push_str(" · <span>");
        push_escaped(out, tr(lang, Msg::Ongoing));
        out.push_str("</span>");
    }
    out.push_str("</p><p class=\"card__summary\">");
    push_escaped(out, e.summary.get(lang));
    out.push_str("</p>");
    push_places(out, atlas, lang, e);
    if let Some(note) = &e.note {
        out.push_str("<div class=\"card__note\" role=\"note\" data-testid=\"card-note\"><strong>");
        push_escaped(out, tr(lang, Msg::NoteLabel));
        out.push_str(i18n::colon(lang));
        out.push_str("</strong>");
        push_escaped(out, note.get(lang));
        out.push_str("</div>");
    }
    out.push_str("<p class=\"card__sources\"><strong>");
    push_escaped(out, tr(lang, Msg::SourcesLabel));
    out.push_str(i18n::colon(lang));
    out.push_str("</strong>");
    push_escaped(out, &source_line(atlas, lang, e));
    out.push_str("</p></li>");
}

/// The places of a card, each named as on the event's first day (Nikolayevsk in 1920, Keijō in 1930) with its
/// Japanese and Russian names of that day ([`crate::status_html::named_place`]): `p.card__places`, one
/// `span.card__place[data-place]` per place. Nothing for an event without places.
fn push_places(out: &mut String, atlas: &Atlas, lang: Lang, e: &Event) {
    if e.places.is_empty() {
        return;
    }
    let day = e.when.first_day();
    out.push_str("<p class=\"card__places\"><strong>");
    push_escaped(out, tr(lang, Msg::PlacesLabel));
    out.push_str(i18n::colon(lang));
    out.push_str("</strong>");
    for (i, &place) in e.places.iter().enumerate() {
        if i > 0 {
            out.push_str(if lang == Lang::Zh { "；" } else { "; " });
        }
        out.push_str("<span class=\"card__place\" data-place=\"");
        push_escaped(out, atlas.place_key(place));
        out.push_str("\">");
        out.push_str(&crate::status_html::named_place(atlas, lang, place, day));
        out.push_str("</span>");
    }
    out.push_str("</p>");
}

/// The handout's second page: for each of the year's cards, its title and date, its note where the sources differ
/// (in full: the first page shortens it) and its sources in full. Printed only (`.print-notes`).
pub fn endnotes(atlas: &Atlas, lang: Lang, year: i32, events: &[&Event]) -> String {
    let mut out = String::with_capacity(events.len() * 900 + 128);
    out.push_str("<h2 class=\"print-notes__heading\">");
    push_escaped(&mut out, tr(lang, Msg::PrintNotesHeading));
    out.push_str(" · ");
    push_escaped(&mut out, &i18n::events_heading(lang, year));
    out.push_str("</h2><ol class=\"print-notes__list\">");
    for e in events {
        out.push_str("<li class=\"print-notes__item\" data-event=\"");
        push_escaped(&mut out, &e.id);
        out.push_str("\"><strong>");
        push_escaped(&mut out, e.title.get(lang));
        out.push_str("</strong>");
        out.push_str(if lang == Lang::Zh { "（" } else { " (" });
        push_escaped(&mut out, &i18n::format_when(lang, &e.when));
        out.push_str(if lang == Lang::Zh { "）" } else { ")" });
        if let Some(note) = &e.note {
            out.push_str("<p class=\"print-notes__note\"><em>");
            push_escaped(&mut out, tr(lang, Msg::NoteLabel));
            out.push_str(i18n::colon(lang));
            out.push_str("</em>");
            push_escaped(&mut out, note.get(lang));
            out.push_str("</p>");
        }
        out.push_str("<p class=\"print-notes__sources\"><em>");
        push_escaped(&mut out, tr(lang, Msg::SourcesLabel));
        out.push_str(i18n::colon(lang));
        out.push_str("</em>");
        push_escaped(&mut out, &source_line(atlas, lang, e));
        out.push_str("</p></li>");
    }
    out.push_str("</ol>");
    out
}

/// Entries on one page of the full list. The shipped data (under a hundred events) is one page. A teacher's large
/// data set (thousands of events) is shown a page at a time: each entry is four elements, and until the list has
/// been on screen the browser pays for every one of them at each slider step (10,000 events in one list: about
/// 2.5 ms of style per step with the CPU 4x slower, for a list nobody has scrolled to).
pub const LIST_PAGE: usize = 250;

/// Where a page of the full list sits: `index` (from 0) of `pages`, its entries `first..=last` (from 1) of the
/// `total` the filter keeps (`first` is 0 when there are none).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ListPage {
    pub index: usize,
    pub pages: usize,
    pub first: usize,
    pub last: usize,
    pub total: usize,
}

fn listed(atlas: &Atlas, filter: Option<Category>) -> impl Iterator<Item = &Event> {
    atlas.events.iter().filter(move |e| filter.is_none_or(|c| e.category == c))
}

/// How many entries the list of one category (or all) has, over all its pages.
pub fn list_len(atlas: &Atlas, filter: Option<Category>) -> usize {
    listed(atlas, filter).count()
}

/// Page `index` of the list of one category (or all), clamped to the last page.
pub fn list_page(atlas: &Atlas, filter: Option<Category>, index: usize) -> ListPage {
    let total = list_len(atlas, filter);
    let pages = total.div_ceil(LIST_PAGE).max(1);
    let index = index.min(pages - 1);
    let first = if total == 0 { 0 } else { index * LIST_PAGE + 1 };
    ListPage { index, pages, first, last: total.min((index + 1) * LIST_PAGE), total }
}

/// The page of the list that holds `event`, if the filter keeps it.
pub fn list_page_of(atlas: &Atlas, filter: Option<Category>, event: EventId) -> Option<usize> {
    let id = atlas.event(event).id.as_str();
    listed(atlas, filter).position(|e| e.id == id).map(|i| i / LIST_PAGE)
}

/// The buttons that turn the pages of the list and where the page sits, or nothing when the list is one page.
/// A click is read from the button's `data-turn` (`prev`, `next`).
pub fn list_pages(lang: Lang, page: ListPage) -> String {
    if page.pages < 2 {
        return String::new();
    }
    let button = |turn: &str, testid: &str, msg: Msg, disabled: bool| {
        format!(
            "<button type=\"button\" class=\"button\" data-turn=\"{turn}\" data-testid=\"{testid}\"{}>{}</button>",
            if disabled { " disabled" } else { "" },
            tr(lang, msg)
        )
    };
    format!(
        "{}<span class=\"event-list__page\" aria-live=\"polite\">{}</span>{}",
        button("prev", "event-list-prev-page", Msg::PrevPage, page.index == 0),
        i18n::list_page_label(lang, page.first, page.last, page.total),
        button("next", "event-list-next-page", Msg::NextPage, page.index + 1 >= page.pages)
    )
}

/// One page (see [`list_page`]) of the chronological list of one category (or all), the selected entry opened
/// with its summary.
pub fn event_list(
    atlas: &Atlas,
    lang: Lang,
    filter: Option<Category>,
    selected: Option<EventId>,
    page: usize,
) -> String {
    let page = list_page(atlas, filter, page);
    let selected = selected.map(|id| atlas.event(id).id.as_str());
    let mut out = String::with_capacity(LIST_PAGE.min(page.total) * 200);
    for e in listed(atlas, filter).skip(page.index * LIST_PAGE).take(LIST_PAGE) {
        let is_selected = selected == Some(e.id.as_str());
        out.push_str("<li class=\"event-list__item");
        if is_selected {
            out.push_str(" event-list__item--selected");
        }
        out.push_str("\" data-event=\"");
        push_escaped(&mut out, &e.id);
        out.push_str("\" data-category=\"");
        out.push_str(e.category.id());
        out.push_str("\"><button type=\"button\" class=\"event-list__button\" aria-pressed=\"");
        out.push_str(if is_selected { "true" } else { "false" });
        out.push_str("\" data-select=\"");
        push_escaped(&mut out, &e.id);
        out.push_str("\"><time class=\"event-list__date\">");
        push_escaped(&mut out, &i18n::format_when(lang, &e.when));
        out.push_str("</time><span class=\"event-list__title\">");
        push_escaped(&mut out, e.title.get(lang));
        out.push_str("</span></button>");
        if is_selected {
            out.push_str("<p class=\"event-list__summary\">");
            push_escaped(&mut out, e.summary.get(lang));
            out.push_str("</p>");
        }
        out.push_str("</li>");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Source, SourceRef, Text};

    fn text(s: &str) -> Text {
        Text::new(format!("中{s}"), s)
    }

    fn event(id: &str, date: &str, title: &str) -> Event {
        Event {
            id: id.into(),
            when: date.parse().unwrap(),
            category: Category::Diplomacy,
            places: vec![],
            key: false,
            title: text(title),
            summary: text("A summary."),
            note: None,
            sources: vec![SourceRef { src: crate::model::SourceId(0), section: Some("Intro".into()) }],
        }
    }

    fn atlas(events: Vec<Event>) -> Atlas {
        Atlas {
            sources: vec![Source { id: "en".into(), title: text("English article"), url: None }],
            events,
            ..Atlas::default()
        }
    }

    #[test]
    fn ids_are_escaped_for_css_selectors() {
        assert_eq!(css_escape("neutrality-pact_2"), "neutrality-pact_2");
        assert_eq!(css_escape("a\"b]"), "a\\22 b\\5d ");
    }

    #[test]
    fn data_text_is_escaped_everywhere() {
        let mut e = event("x", "1925-01-20", "<script>alert('1')</script> & \"co\"");
        e.note = Some(text("<img src=x onerror=alert(1)>"));
        let a = atlas(vec![e]);
        for html in [
            cards(&a, Lang::En, 1925, &a.events_in_year(1925), a.event_id("x"), Shown::Capped),
            event_list(&a, Lang::En, None, a.event_id("x"), 0),
        ] {
            assert!(!html.contains("<script") && !html.contains("<img"), "{html}");
            assert!(html.contains("&lt;script&gt;alert(&#39;1&#39;)&lt;/script&gt; &amp; &quot;co&quot;"), "{html}");
        }
    }

    #[test]
    fn cards_mark_the_selected_ongoing_and_noted_cards_and_cite_sources() {
        let mut war = event("war", "1904-02-08/1905-09-05", "War");
        war.note = Some(text("The articles differ."));
        let a = atlas(vec![war, event("treaty", "1905-09-05", "Treaty")]);
        let html = cards(&a, Lang::En, 1905, &a.events_in_year(1905), a.event_id("treaty"), Shown::Capped);
        assert!(
            html.contains("class=\"card card--ongoing card--has-note\" data-testid=\"event-card\" data-event=\"war\"")
        );
        assert!(html.contains("class=\"card card--selected\" data-testid=\"event-card\" data-event=\"treaty\""));
        assert!(html.contains("aria-pressed=\"true\" data-select=\"treaty\">Treaty</button>"));
        assert!(html.contains("<strong>Note: where the sources differ: </strong>The articles differ.</div>"));
        assert!(html.contains("<strong>Sources: </strong>English article — Intro</p>"));
        assert!(cards(&a, Lang::Zh, 1905, &a.events_in_year(1905), None, Shown::Capped).contains(">中Treaty</button>"));
        assert_eq!(
            cards(&a, Lang::En, 1930, &a.events_in_year(1930), None, Shown::Capped),
            "<li class=\"cards__empty\">No events recorded for this year.</li>"
        );
    }

    #[test]
    fn a_busy_year_is_capped_with_a_show_all_button_but_keeps_the_selected_card() {
        let events: Vec<Event> = (0..40).map(|i| event(&format!("e{i:02}"), "1950-03-01", "E")).collect();
        let a = atlas(events);
        let count = |html: &str| html.matches("data-testid=\"event-card\"").count();
        let capped = cards(&a, Lang::En, 1950, &a.events_in_year(1950), a.event_id("e35"), Shown::Capped);
        assert_eq!(count(&capped), CARD_CAP + 1);
        assert!(capped.contains("data-event=\"e35\""));
        assert!(capped.contains("data-more=\"1950\">Show all 40 events of this year</button>"), "{capped}");
        let all = cards(&a, Lang::En, 1950, &a.events_in_year(1950), None, Shown::All);
        assert_eq!(count(&all), 40);
        assert!(!all.contains("data-more"));
    }

    #[test]
    fn the_list_filters_by_category_and_opens_the_selected_entry() {
        let mut war = event("war", "1939-05-11", "Nomonhan");
        war.category = Category::War;
        let a = atlas(vec![war, event("pact", "1941-04-13", "Pact")]);
        let all = event_list(&a, Lang::En, None, a.event_id("pact"), 0);
        assert_eq!(all.matches("<li").count(), 2);
        assert!(all.contains("event-list__item--selected\" data-event=\"pact\""));
        assert!(all.contains("<p class=\"event-list__summary\">A summary.</p>"));
        let wars = event_list(&a, Lang::En, Some(Category::War), None, 0);
        assert_eq!(wars.matches("<li").count(), 1);
        assert!(wars.contains("data-select=\"war\"><time class=\"event-list__date\">11 May 1939</time>"));
    }

    #[test]
    fn a_long_list_is_shown_a_page_at_a_time_and_the_selected_entry_has_a_page() {
        // 600 events, every third a war: 3 pages of all (250, 250, 100), 1 page of wars (200).
        let events = (0..600)
            .map(|i| {
                let mut e = event(&format!("e{i}"), &format!("{}-01-01", 1917 + i / 10), &format!("E{i}"));
                if i % 3 == 0 {
                    e.category = Category::War;
                }
                e
            })
            .collect();
        let a = atlas(events);
        let page = |f, i| list_page(&a, f, i);
        assert_eq!(page(None, 0), ListPage { index: 0, pages: 3, first: 1, last: 250, total: 600 });
        assert_eq!(page(None, 2), ListPage { index: 2, pages: 3, first: 501, last: 600, total: 600 });
        // A page past the end is the last page (the filter changed under it).
        assert_eq!(page(None, 9), page(None, 2));
        assert_eq!(page(Some(Category::War), 1), ListPage { index: 0, pages: 1, first: 1, last: 200, total: 200 });
        assert_eq!((list_len(&a, None), list_len(&a, Some(Category::War))), (600, 200));
        assert_eq!(page(Some(Category::Economy), 0), ListPage { index: 0, pages: 1, first: 0, last: 0, total: 0 });

        let second = event_list(&a, Lang::En, None, a.event_id("e300"), 1);
        assert_eq!(second.matches("<li").count(), 250);
        assert!(second.starts_with("<li class=\"event-list__item\" data-event=\"e250\""));
        assert!(second.contains("event-list__item--selected\" data-event=\"e300\""));
        assert!(second.ends_with("<span class=\"event-list__title\">E499</span></button></li>"));
        assert_eq!(event_list(&a, Lang::En, None, None, 2).matches("<li").count(), 100);

        assert_eq!(list_pages(Lang::En, page(Some(Category::War), 0)), "", "one page: no buttons");
        let middle = list_pages(Lang::En, page(None, 1));
        assert!(middle.contains("data-turn=\"prev\" data-testid=\"event-list-prev-page\">Previous page</button>"));
        assert!(middle.contains(">Events 251–500 of 600</span>"));
        assert!(middle.contains("data-turn=\"next\" data-testid=\"event-list-next-page\">Next page</button>"));
        let last = list_pages(Lang::Zh, page(None, 2));
        assert!(last.contains("data-testid=\"event-list-prev-page\">上一页</button>"));
        assert!(last.contains("data-testid=\"event-list-next-page\" disabled>下一页</button>"));
        assert!(last.contains(">第501–600条，共600条</span>"));

        assert_eq!(list_page_of(&a, None, a.event_id("e0").unwrap()), Some(0));
        assert_eq!(list_page_of(&a, None, a.event_id("e300").unwrap()), Some(1));
        assert_eq!(list_page_of(&a, None, a.event_id("e599").unwrap()), Some(2));
        assert_eq!(list_page_of(&a, Some(Category::War), a.event_id("e597").unwrap()), Some(0));
        assert_eq!(list_page_of(&a, Some(Category::War), a.event_id("e1").unwrap()), None);
    }
}
