//! The event cards of the selected year, in date order, each with its note (where the sources differ) and its
//! sources. A card's heading is a button: pressing it selects the event, and the date moves to its day.

use crate::app::Ctx;
use atlas_core::i18n::{self, Msg};
use atlas_core::{Event, Lang};
use leptos::prelude::*;

/// "English article, 1925–1930: Quiet cooperation"
fn source_line(ctx: &Ctx, lang: Lang, e: &Event) -> String {
    e.sources
        .iter()
        .map(|r| {
            let title = ctx.atlas.source(&r.src).map(|s| s.title.get(lang)).unwrap_or(r.src.as_str());
            match &r.section {
                Some(section) => format!("{title} — {section}"),
                None => title.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// How many cards a year shows before "Show all".
const CARD_CAP: usize = 30;

#[component]
pub fn EventCards() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let atlas = ctx.atlas;
    // The year whose cards are all shown, after "Show all" (any other year is capped again).
    let expanded_year: RwSignal<Option<i32>> = RwSignal::new(None);
    let cards = move || {
        let lang = ctx.lang.get();
        let year = ctx.selection.get().year();
        let selected = ctx.event.get();
        let events = atlas.events_in_year(year);
        if events.is_empty() {
            return view! { <li class="cards__empty">{ctx.t(Msg::NoEvents)}</li> }.into_any();
        }
        // A year with very many events (a teacher's large data set) shows the first ones and a button for the rest,
        // so that a slider step never rebuilds hundreds of cards. The selected card is always shown.
        let total = events.len();
        let capped = total > CARD_CAP && expanded_year.get() != Some(year);
        let shown = events
            .into_iter()
            .enumerate()
            .filter(|(i, e)| !capped || *i < CARD_CAP || selected.as_deref() == Some(e.id.as_str()))
            .map(|(_, e)| e);
        let more = capped.then(|| {
            view! {
                <li class="cards__more">
                    <button type="button" class="button" data-testid="more-cards" on:click=move |_| expanded_year.set(Some(year))>
                        {i18n::show_all_events(ctx.lang.get_untracked(), total)}
                    </button>
                </li>
            }
        });
        let cards = shown
            .map(|e| {
                let is_selected = selected.as_deref() == Some(e.id.as_str());
                let ongoing = e.when.first_day().year() < year;
                let id = e.id.clone();
                let details = {
                    view! {
                        {e.note.as_ref().map(|n| {
                            view! {
                                <div class="card__note" role="note" data-testid="card-note">
                                    <strong>{ctx.t(Msg::NoteLabel)} ": "</strong>
                                    {n.get(lang).to_string()}
                                </div>
                            }
                        })}
                        <p class="card__sources">
                            <strong>{ctx.t(Msg::SourcesLabel)} ": "</strong>
                            {source_line(&ctx, lang, e)}
                        </p>
                    }
                };
                view! {
                    <li
                        class="card"
                        class:card--selected=is_selected
                        class:card--ongoing=ongoing
                        class:card--has-note=e.note.is_some()
                        data-testid="event-card"
                        data-event=e.id.clone()
                        data-category=e.category.id()
                    >
                        <h3 class="card__title">
                            <button
                                type="button"
                                class="card__button"
                                aria-pressed=is_selected.to_string()
                                on:click=move |_| ctx.select_event(&id)
                            >
                                {e.title.get(lang).to_string()}
                            </button>
                        </h3>
                        <p class="card__meta">
                            <time>{i18n::format_when(lang, &e.when)}</time>
                            " · "
                            <span class="card__category">{i18n::category_name(lang, e.category)}</span>
                            {ongoing.then(|| view! { " · " <span>{ctx.t(Msg::Ongoing)}</span> })}
                        </p>
                        <p class="card__summary">{e.summary.get(lang).to_string()}</p>
                        {details}
                    </li>
                }
            })
            .collect_view();
        view! {
            {cards}
            {more}
        }
        .into_any()
    };
    // A busy year (1945 has 15 cards) prints each card shorter, to keep the handout on one page.
    let many = move || atlas.events_in_year(ctx.selection.get().year()).len() > 10;
    view! {
        <h2 id="events-heading" class="panel-heading">{ctx.text(Msg::EventsHeading)}</h2>
        <ol
            class="cards"
            class:cards--many=many
            data-testid="event-cards"
        >
            {cards}
        </ol>
    }
}
