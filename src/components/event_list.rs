//! The full chronological list of events, filterable by category. Each entry is a button that selects the event;
//! the selected entry is expanded with its summary. Its markup is one string from `atlas_core::html` (thousands of
//! entries in a teacher's large data set), with one click listener for every button.

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

    let texts = expect_context::<Texts>();
    let markup = move || {
        let lang = ctx.lang.get();
        if let Some(waiting) = texts.waiting(lang) {
            return waiting;
        }
        let selected = ctx.event.get();
        html::event_list(atlas, lang, filter.get(), selected)
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if let Some(id) = platform::clicked_data(&ev, "data-select") {
            ctx.select_event_key(&id);
            platform::refocus_after_render("event-list", &format!("[data-select=\"{}\"]", html::css_escape(&id)));
        }
    };
    let count = move || {
        let cat = filter.get();
        atlas.events.iter().filter(|e| cat.is_none_or(|c| e.category == c)).count()
    };

    view! {
        <h2 id="all-events-heading" class="panel-heading">{ctx.text(Msg::AllEventsHeading)}</h2>
        <div class="chips" role="group" aria-label=ctx.text(Msg::FilterLabel)>{chips}</div>
        <p class="event-list__count" aria-live="polite">{count} " " {ctx.text(Msg::EventsShown)}</p>
        <div class="event-list__scroll" tabindex="0" data-testid="event-list">
            <ol class="event-list" id="event-list" on:click=on_click inner_html=markup></ol>
        </div>
    }
}
