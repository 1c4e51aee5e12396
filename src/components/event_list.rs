//! The full chronological list of events, filterable by category. Each entry is a button that selects the event;
//! the selected entry is expanded with its summary.

use crate::app::Ctx;
use atlas_core::i18n::{self, Msg};
use atlas_core::Category;
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

    let entries = move || {
        let lang = ctx.lang.get();
        let selected = ctx.event.get();
        let cat = filter.get();
        atlas
            .events
            .iter()
            .filter(|e| cat.is_none_or(|c| e.category == c))
            .map(|e| {
                let is_selected = selected.as_deref() == Some(e.id.as_str());
                let id = e.id.clone();
                view! {
                    <li
                        class="event-list__item"
                        class:event-list__item--selected=is_selected
                        data-event=e.id.clone()
                        data-category=e.category.id()
                    >
                        <button
                            type="button"
                            class="event-list__button"
                            aria-pressed=is_selected.to_string()
                            on:click=move |_| ctx.select_event(&id)
                        >
                            <time class="event-list__date">{i18n::format_when(lang, &e.when)}</time>
                            <span class="event-list__title">{e.title.get(lang).to_string()}</span>
                        </button>
                        {is_selected.then(|| view! { <p class="event-list__summary">{e.summary.get(lang).to_string()}</p> })}
                    </li>
                }
            })
            .collect_view()
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
            <ol class="event-list">{entries}</ol>
        </div>
    }
}
