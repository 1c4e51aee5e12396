//! The event cards of the selected year, in date order, each with its note (where the sources differ) and its
//! sources. A card's heading is a button: pressing it selects the event, and the date moves to its day.
//!
//! The cards are static text between date changes: their markup comes from `atlas_core::html` as one string (the
//! browser parses it natively, far cheaper than building each node from wasm), and one click listener on the list
//! handles every button.

use crate::app::Ctx;
use crate::platform;
use crate::texts::Texts;
use atlas_core::html;
use atlas_core::i18n;
use leptos::prelude::*;

#[component]
pub fn EventCards() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let atlas = ctx.atlas;
    // The year whose cards are all shown, after "Show all" (any other year is capped again).
    let expanded_year: RwSignal<Option<i32>> = RwSignal::new(None);
    // The cards follow the date once the slider rests (`Ctx::settled`): while it moves they keep the last year's
    // cards, dimmed and marked busy. A card is paragraphs of new text, and laying them out on every step of a drag
    // cost more than the rest of the page together.
    // (A selected event outside the map's years brings its own year's cards: the 1905 treaty's card shows.)
    let year = Memo::new(move |_| {
        let settled = ctx.settled.get();
        atlas.cards_year(settled, ctx.event.get())
    });
    // The year's events, found once per year for the cards and the print style below.
    let events = Memo::new_with_compare(
        move |_| atlas.events_in_year(year.get()),
        // The same events are the same references into the data: no need to compare their texts.
        |a, b| !matches!((a, b), (Some(a), Some(b)) if a.len() == b.len() && a.iter().zip(b.iter()).all(|(x, y)| std::ptr::eq(*x, *y))),
    );
    let texts = expect_context::<Texts>();
    let markup = move || {
        let lang = ctx.lang.get();
        // The first load: the texts of the reader's language arrive just after the map.
        if let Some(waiting) = texts.waiting(lang) {
            return waiting;
        }
        let year = year.get();
        let selected = ctx.event.get();
        let shown = if expanded_year.get() == Some(year) { html::Shown::All } else { html::Shown::Capped };
        events.with(|events| html::cards(atlas, lang, year, events, selected, shown))
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if let Some(id) = platform::clicked_data(&ev, "data-select") {
            ctx.select_event_key(&id);
            // The list is rebuilt: keep the keyboard where it was.
            platform::refocus_after_render("event-cards", &format!("[data-select=\"{}\"]", html::css_escape(&id)));
        } else if let Some(year) = platform::clicked_data(&ev, "data-more").and_then(|y| y.parse().ok()) {
            expanded_year.set(Some(year));
        }
    };
    // The selected card in view in the cards' panel (wide screens, where the panel scrolls on its own): after Next →,
    // a typed day, a link or a choice in the full list, the card the map now shows is where the reader looks.
    // A typed day with no event selected: the first card still running on that day.
    Effect::new(move |_| {
        // After the cards' markup (a render effect) is in the page.
        year.track();
        ctx.lang.track();
        match (ctx.event.get(), ctx.settled.get()) {
            (Some(_), _) => platform::reveal_selected_card(),
            (None, atlas_core::Selection::Day(day)) => platform::reveal_card(Some(day.to_string())),
            (None, atlas_core::Selection::Year(_)) => {}
        }
    });
    // A busy year (1945 has 11 cards) prints each card shorter, to keep the handout on one page.
    let many = move || events.with(|events| events.len() > 10);
    view! {
        <h2 id="events-heading" class="panel-heading">
            {move || i18n::events_heading(ctx.lang.get(), year.get())}
        </h2>
        <ol
            class="cards"
            class:cards--many=many
            data-testid="event-cards"
            id="event-cards"
            data-year=move || year.get()
            data-complete=move || (!ctx.sliding.get()).to_string()
            aria-busy=move || ctx.sliding.get().to_string()
            on:click=on_click
            inner_html=markup
        ></ol>
    }
}

/// The handout's notes and sources (printed only, on the page after the map and the cards: `style/print.css`), and
/// the link to the view, so that students can open the same view.
#[component]
pub fn PrintNotes() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let atlas = ctx.atlas;
    let texts = expect_context::<Texts>();
    let markup = move || {
        let lang = ctx.lang.get();
        if texts.waiting(lang).is_some() {
            return String::new();
        }
        let year = atlas.cards_year(ctx.settled.get(), ctx.event.get());
        html::endnotes(atlas, lang, year, &atlas.events_in_year(year))
    };
    // The address bar holds the view once the slider rests; printing settles it first (app.rs).
    let link = move || {
        ctx.settled.track();
        ctx.lang.track();
        platform::href()
    };
    view! {
        <section class="print-notes" data-testid="print-notes" aria-hidden="true">
            <div inner_html=markup></div>
            <p class="print-link">{ctx.text(atlas_core::i18n::Msg::PrintLinkLabel)} ": " <span data-testid="print-link">{link}</span></p>
        </section>
    }
}
