//! "Compare with…": a second date (typed, dragged to a year, or the start of a period), and the list of what
//! changed between the two dates (`atlas_core::compare`, its markup from `atlas_core::classroom_html`): each
//! region held by another power, who held it at each date, every change in between with the event cards that made
//! it. The map outlines those regions (map_view.rs reads `Ctx::compare`). Pressing an event marks its places on
//! the map and shows its summary here, without moving the dates.

use crate::app::Ctx;
use crate::platform;
use atlas_core::classroom_html as markup;
use atlas_core::i18n::{self, Msg};
use atlas_core::{Date, Precision, Selection, FIRST_YEAR, LAST_YEAR};
use leptos::prelude::*;

/// What a typed year or date means, if anything (as in the slider's "Go to" box).
fn parse_typed(text: &str) -> Option<Selection> {
    let date: Date = text.trim().parse().ok()?;
    if !(FIRST_YEAR..=LAST_YEAR).contains(&date.year_number()) {
        return None;
    }
    Some(match date.precision() {
        Precision::Year => Selection::Year(date.year_number()),
        _ => Selection::Day(date.first_day()),
    })
}

/// The second date the year slider offers before one is chosen: ten years before the shown one (after, near 1917).
fn suggested(shown: Selection) -> i32 {
    let year = shown.year();
    if year - 10 >= FIRST_YEAR {
        year - 10
    } else {
        (year + 10).min(LAST_YEAR)
    }
}

#[component]
pub fn Compare() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let atlas = ctx.atlas;
    // The form to choose the second date is open.
    let choosing = RwSignal::new(false);
    let typed = RwSignal::new(String::new());
    let invalid = RwSignal::new(false);

    let set = move |sel: Selection| {
        invalid.set(false);
        ctx.quiz.set(None);
        ctx.compare.set(Some(sel.clamped()));
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match parse_typed(&typed.get_untracked()) {
            Some(sel) => {
                set(sel);
                choosing.set(false);
            }
            None => invalid.set(true),
        }
    };
    let slider_year = move || ctx.compare.get().map_or_else(|| suggested(ctx.selection.get()), |c| c.year());
    let on_era = move |ev: leptos::ev::Event| {
        if let Some(era) = event_target_value(&ev).parse::<usize>().ok().and_then(|i| atlas.eras.get(i)) {
            set(Selection::Day(era.when.first_day()));
            choosing.set(false);
        }
    };
    let swap = move |_| {
        if let Some(other) = ctx.compare.get_untracked() {
            let shown = ctx.selection.get_untracked();
            ctx.select(other);
            ctx.compare.set(Some(shown));
        }
    };

    let form = move || {
        let eras = atlas
            .eras
            .iter()
            .enumerate()
            .map(|(i, e)| view! { <option value=i.to_string()>{move || e.name.get(ctx.lang.get()).to_string()}</option> })
            .collect_view();
        view! {
            <div class="compare__form" role="group" aria-labelledby="compare-form-title" data-testid="compare-form">
                <p id="compare-form-title" class="compare__form-title">{ctx.text(Msg::CompareTitle)}</p>
                <form class="compare__row" on:submit=on_submit>
                    <label for="compare-input">{ctx.text(Msg::CompareDateLabel)}</label>
                    <input
                        id="compare-input"
                        class="goto__input"
                        data-testid="compare-input"
                        type="text"
                        inputmode="numeric"
                        autocomplete="off"
                        placeholder=ctx.text(Msg::GoToPlaceholder)
                        aria-invalid=move || invalid.get().to_string()
                        aria-describedby="compare-error"
                        prop:value=move || typed.get()
                        on:input=move |ev| typed.set(event_target_value(&ev))
                    />
                    <button type="submit" class="button" data-testid="compare-go">{ctx.text(Msg::CompareGo)}</button>
                </form>
                <p id="compare-error" class="goto__error" aria-live="polite">
                    {move || invalid.get().then(|| ctx.t(Msg::CompareInvalid))}
                </p>
                <div class="compare__row">
                    <label for="compare-year">{ctx.text(Msg::CompareYearLabel)}</label>
                    <input
                        id="compare-year"
                        class="compare__slider"
                        data-testid="compare-year"
                        type="range"
                        min=FIRST_YEAR
                        max=LAST_YEAR
                        step="1"
                        prop:value=move || slider_year().to_string()
                        on:change=move |ev| {
                            if let Ok(y) = event_target_value(&ev).parse::<i32>() {
                                set(Selection::Year(y));
                            }
                        }
                    />
                    <output for="compare-year" class="compare__year">{slider_year}</output>
                </div>
                <div class="compare__row">
                    <label for="compare-era">{ctx.text(Msg::CompareEraLabel)}</label>
                    <select id="compare-era" data-testid="compare-era" on:change=on_era>
                        <option value="" selected>{ctx.text(Msg::CompareEraChoose)}</option>
                        {eras}
                    </select>
                </div>
            </div>
        }
    };

    // The list follows the date once the slider rests, like the status table; it does not depend on the selected
    // event, so pressing one keeps the opened regions open and the keyboard where it was.
    let list = move || {
        let lang = ctx.lang.get();
        let shown = ctx.settled.get();
        ctx.compare.get().map(|other| markup::comparison(atlas, lang, shown, other)).unwrap_or_default()
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if let Some(id) = platform::clicked_data(&ev, "data-select") {
            ctx.event.set(Some(id));
        }
    };

    // The event pressed in the list, shown under it: its date, title and summary, and a way to its day.
    let selected_event = move || {
        ctx.compare.get()?;
        let lang = ctx.lang.get();
        let e = ctx.event.get().and_then(|id| atlas.event(&id))?;
        let day = Selection::Day(e.when.first_day());
        Some(view! {
            <div class="compare__event" data-testid="compare-event" data-event=e.id.clone()>
                <p class="compare__event-title">
                    <span class="compare__date">{i18n::format_when(lang, &e.when)}</span>
                    " · "
                    <strong>{e.title.get(lang)}</strong>
                </p>
                <p>{e.summary.get(lang)}</p>
                <button type="button" class="button" on:click=move |_| ctx.select(day)>
                    {ctx.t(Msg::CompareShowDate)}
                </button>
            </div>
        })
    };

    let comparing = move || ctx.compare.with(Option::is_some);
    view! {
        <div class="compare" data-testid="compare">
            <div class="compare__bar">
                <button
                    type="button"
                    class="button"
                    data-testid="compare-open"
                    aria-expanded=move || choosing.get().to_string()
                    aria-controls="compare-form"
                    on:click=move |_| choosing.update(|c| *c = !*c)
                >
                    {ctx.text(Msg::CompareButton)}
                </button>
                <button type="button" class="button" data-testid="compare-swap" hidden=move || !comparing() on:click=swap>
                    {ctx.text(Msg::CompareSwap)}
                </button>
                <button
                    type="button"
                    class="button"
                    data-testid="compare-end"
                    hidden=move || !comparing()
                    on:click=move |_| ctx.compare.set(None)
                >
                    {ctx.text(Msg::CompareEnd)}
                </button>
            </div>
            <div id="compare-form">
                <Show when=move || choosing.get()>{form}</Show>
            </div>
            <section class="compare__result" aria-labelledby="compare-heading" hidden=move || !comparing()>
                <div on:click=on_click inner_html=list></div>
                <div aria-live="polite">{selected_event}</div>
            </section>
        </div>
    }
}
