//! The year slider: a native `<input type="range">` (mouse, touch and keyboard for free), buttons to step from
//! event to event, and a box to type a year or a date.

use crate::app::Ctx;
use crate::components::timeline_strip::TimelineStrip;
use atlas_core::i18n::{self, Msg};
use atlas_core::{Date, Precision, Selection, FIRST_YEAR, LAST_YEAR};
use leptos::prelude::*;

/// What a typed year or date means, if anything.
fn parse_typed(text: &str) -> Option<Selection> {
    let date: Date = text.trim().parse().ok()?;
    let year = date.year_number();
    if !(FIRST_YEAR..=LAST_YEAR).contains(&year) {
        return None;
    }
    Some(match date.precision() {
        Precision::Year => Selection::Year(year),
        // A month means its first day; a day is itself.
        _ => Selection::Day(date.first_day()),
    })
}

#[component]
pub fn YearSlider() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let atlas = ctx.atlas;
    let year = move || ctx.selection.get().year();
    let valuetext = move || {
        let y = year();
        let lang = ctx.lang.get();
        i18n::slider_valuetext(lang, y, atlas.key_event(y).map(|e| e.title.get(lang)))
    };
    let on_input = move |ev: leptos::ev::Event| {
        if let Ok(y) = event_target_value(&ev).parse::<i32>() {
            if Selection::Year(y) != ctx.selection.get_untracked() {
                ctx.slide(Selection::Year(y));
            }
        }
    };
    let step = move |forward: bool| {
        let current = ctx.event.get_untracked();
        if let Some(e) = atlas.step_event(current.as_deref(), ctx.selection.get_untracked(), forward) {
            ctx.select_event(&e.id.clone());
        }
    };
    let has_step = move |forward: bool| {
        let current = ctx.event.get();
        atlas.step_event(current.as_deref(), ctx.selection.get(), forward).is_some()
    };

    let typed = RwSignal::new(String::new());
    let invalid = RwSignal::new(false);
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match parse_typed(&typed.get_untracked()) {
            Some(sel) => {
                invalid.set(false);
                ctx.select(sel);
            }
            None => invalid.set(true),
        }
    };

    let ticks = (FIRST_YEAR..=LAST_YEAR)
        .filter(|y| (y % 10 == 0 && LAST_YEAR - y >= 3 && y - FIRST_YEAR >= 5) || *y == FIRST_YEAR || *y == LAST_YEAR)
        .map(|y| {
            let left = f64::from(y - FIRST_YEAR) / f64::from(LAST_YEAR - FIRST_YEAR) * 100.0;
            view! { <span class="year-slider__tick" style=format!("left:{}%", atlas_core::num::fixed(left, 3))>{y}</span> }
        })
        .collect_view();

    view! {
        <div class="year-slider">
            <label class="year-slider__label" for="year-slider">{ctx.text(Msg::SliderLabel)}</label>
            <div class="year-slider__track">
                <input
                    id="year-slider"
                    class="year-slider__input"
                    data-testid="year-slider"
                    type="range"
                    min=FIRST_YEAR
                    max=LAST_YEAR
                    step="1"
                    prop:value=move || year().to_string()
                    aria-valuetext=valuetext
                    on:input=on_input
                />
                <div class="year-slider__ticks" aria-hidden="true">{ticks}</div>
                <TimelineStrip />
            </div>
            <div class="year-slider__controls">
                <button
                    type="button"
                    class="button"
                    data-testid="prev-event"
                    disabled=move || !has_step(false)
                    on:click=move |_| step(false)
                >
                    "← "
                    {ctx.text(Msg::PrevEvent)}
                </button>
                <button
                    type="button"
                    class="button"
                    data-testid="next-event"
                    disabled=move || !has_step(true)
                    on:click=move |_| step(true)
                >
                    {ctx.text(Msg::NextEvent)}
                    " →"
                </button>
                <form class="goto" on:submit=on_submit>
                    <label class="goto__label" for="goto-input">{ctx.text(Msg::GoToLabel)}</label>
                    <input
                        id="goto-input"
                        class="goto__input"
                        data-testid="goto-input"
                        type="text"
                        inputmode="numeric"
                        autocomplete="off"
                        placeholder=ctx.text(Msg::GoToPlaceholder)
                        aria-invalid=move || invalid.get().to_string()
                        aria-describedby="goto-error"
                        prop:value=move || typed.get()
                        on:input=move |ev| typed.set(event_target_value(&ev))
                    />
                    <button type="submit" class="button" data-testid="goto-button">
                        {ctx.text(Msg::GoButton)}
                    </button>
                    <p id="goto-error" class="goto__error" aria-live="polite">
                        {move || invalid.get().then(|| ctx.t(Msg::GoToInvalid))}
                    </p>
                </form>
            </div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_years_and_dates_select_within_range_only() {
        assert_eq!(parse_typed(" 1945 "), Some(Selection::Year(1945)));
        assert_eq!(parse_typed("1945-08-09"), Some(Selection::Day("1945-08-09".parse().unwrap())));
        assert_eq!(parse_typed("1945-08"), Some(Selection::Day("1945-08-01".parse().unwrap())));
        assert_eq!(parse_typed("1905"), None);
        assert_eq!(parse_typed("1945-02-30"), None);
        assert_eq!(parse_typed("soon"), None);
    }
}
