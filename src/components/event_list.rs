//! The full chronological list of events, filterable by category. Each entry is a button that selects the event;
//! the selected entry is expanded with its summary. Its markup is one string from `atlas_core::html`, with one
//! click listener for every button. A teacher's large data set (thousands of events) is shown a page at a time
//! (`html::LIST_PAGE` entries), on the page of the selected event; the shipped data is one page.

use crate::app::Ctx;
use crate::platform;
use crate::texts::Texts;
use atlas_core::i18n::{self, Msg};
use atlas_core::{html, Category};
use leptos::prelude::*;

#[component]
pub fn EventList() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let atlas = ctx.atlas;
    let filter: RwSignal<Option<Category>> = RwSignal::new(None);
    let present: Vec<Category> =
        Category::ALL.into_iter().filter(|c| atlas.events.iter().any(|e| e.category == *c)).collect();

    let chip = move |cat: Option<Category>| {
        let label = move || match cat {
            Some(c) => i18n::category_name(ctx.lang.get(), c),
            None => ctx.t(Msg::AllCategories),
        };
        view! {
            <button
                type="button"
                class="chip"
                data-testid=format!("filter-{}", cat.map_or("all", |c| c.id()))
                aria-pressed=move || (filter.get() == cat).to_string()
                on:click=move |_| filter.set(cat)
            >
                {label}
            </button>
        }
    };
    let chips = std::iter::once(None).chain(present.into_iter().map(Some)).map(chip).collect_view();

    // The page the reader turned to, and (as `tag`) the selection and filter it was turned under: a new selection
    // (from the cards, the slider's event steps, the URL) or filter shows the selected entry's page again.
    let turned: RwSignal<Option<usize>> = RwSignal::new(None);
    let turned_under: RwSignal<u32> = RwSignal::new(u32::MAX);
    let tag = move || {
        let event = ctx.event.get().map_or(0, |id| id.index() as u32 + 1);
        let cat = filter.get().map_or(0, |c| c as u32 + 1);
        event << 8 | cat
    };
    let page = move || match turned.get() {
        Some(page) if turned_under.get() == tag() => page,
        _ => ctx.event.get().and_then(|id| html::list_page_of(atlas, filter.get(), id)).unwrap_or(0),
    };
    let info = move || html::list_page(atlas, filter.get(), page());
    let on_turn = move |ev: leptos::ev::MouseEvent| {
        let Some(way) = platform::clicked_data(&ev, "data-turn") else { return };
        let forward = way == "next";
        let now = untrack(info);
        let to = if forward { (now.index + 1).min(now.pages - 1) } else { now.index.saturating_sub(1) };
        turned_under.set(untrack(tag));
        turned.set(Some(to));
        platform::scroll_to_top("event-list-scroll");
        // The buttons are rebuilt: the keyboard stays on the one pressed, or moves to the other when the one pressed
        // is disabled (the first or last page).
        let at_end = to == 0 || to + 1 == now.pages;
        let keep = if at_end == forward { "prev" } else { "next" };
        platform::refocus_after_render("event-list-pages", &format!("[data-turn=\"{keep}\"]"));
    };

    let texts = expect_context::<Texts>();
    let markup = move || {
        let lang = ctx.lang.get();
        if let Some(waiting) = texts.waiting(lang) {
            return waiting;
        }
        let selected = ctx.event.get();
        html::event_list(atlas, lang, filter.get(), selected, page())
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if let Some(id) = platform::clicked_data(&ev, "data-select") {
            ctx.select_event_key(&id);
            if ev.detail() == 0 {
                // Pressed from the keyboard: the keyboard stays on the entry, in its place in the list (the list
                // is rebuilt).
                platform::refocus_after_render("event-list", &format!("[data-select=\"{}\"]", html::css_escape(&id)));
            } else {
                // Clicked or tapped: the map changes far above, so bring the stage into view, and the keyboard to
                // the event's card (on the stage on wide screens; on narrow ones the stage shows the event in short).
                platform::reveal_stage();
                let card = format!("#event-cards [data-event=\"{}\"] .card__button", html::css_escape(&id));
                request_animation_frame(move || platform::focus_quietly_selector(&card));
            }
        }
    };
    let count = move || html::list_len(atlas, filter.get());

    view! {
        <h2 id="all-events-heading" class="panel-heading">{ctx.text(Msg::AllEventsHeading)}</h2>
        <div class="chips" role="group" aria-label=ctx.text(Msg::FilterLabel)>{chips}</div>
        <p class="event-list__count" aria-live="polite">{count} " " {ctx.text(Msg::EventsShown)}</p>
        <nav
            id="event-list-pages"
            class="event-list__pages"
            aria-label=ctx.text(Msg::ListPagesLabel)
            data-testid="event-list-pages"
            on:click=on_turn
            inner_html=move || html::list_pages(ctx.lang.get(), info())
        ></nav>
        <div class="event-list__scroll" id="event-list-scroll" tabindex="0" data-testid="event-list">
            <ol class="event-list" id="event-list" on:click=on_click inner_html=markup></ol>
        </div>
    }
}
