//! "Compare with…": a second date (typed, dragged to a year, or the start of a period), and the list of what
//! changed between the two dates (`atlas_core::compare`): each region held by another power, who held it at each
//! date, every change in between with the event cards that made it. The map outlines those regions (map_view.rs
//! reads `Ctx::compare`). Pressing an event marks its places on the map and shows its summary here, without
//! moving the dates.

use crate::app::Ctx;
use atlas_core::compare::RegionDiff;
use atlas_core::i18n::{self, Msg};
use atlas_core::{Date, Lang, Precision, Selection, FIRST_YEAR, LAST_YEAR};
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

/// The default second date offered: ten years before the shown one (or after, near the start).
fn suggested(shown: Selection) -> Selection {
    let year = shown.year();
    Selection::Year(if year - 10 >= FIRST_YEAR { year - 10 } else { (year + 10).min(LAST_YEAR) })
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
    let slider_year = move || ctx.compare.get().unwrap_or_else(|| suggested(ctx.selection.get())).year();
    let eras = move || {
        let lang = ctx.lang.get();
        atlas
            .eras
            .iter()
            .enumerate()
            .map(|(i, e)| view! { <option value=i.to_string()>{e.name.get(lang).to_string()}</option> })
            .collect_view()
    };
    let on_era = move |ev: leptos::ev::Event| {
        if let Some(era) = event_target_value(&ev).parse::<usize>().ok().and_then(|i| atlas.eras.get(i)) {
            set(Selection::Day(era.when.first_day()).clamped());
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
        view! {
            <div class="compare__form" role="group" aria-labelledby="compare-form-title" data-testid="compare-form">
                <p id="compare-form-title" class="compare__form-title">{ctx.t(Msg::CompareTitle)}</p>
                <form class="compare__row" on:submit=on_submit>
                    <label for="compare-input">{ctx.t(Msg::CompareDateLabel)}</label>
                    <input
                        id="compare-input"
                        class="goto__input"
                        data-testid="compare-input"
                        type="text"
                        inputmode="numeric"
                        autocomplete="off"
                        placeholder=ctx.t(Msg::GoToPlaceholder)
                        aria-invalid=move || invalid.get().to_string()
                        aria-describedby="compare-error"
                        prop:value=move || typed.get()
                        on:input=move |ev| typed.set(event_target_value(&ev))
                    />
                    <button type="submit" class="button" data-testid="compare-go">{ctx.t(Msg::CompareGo)}</button>
                </form>
                <p id="compare-error" class="goto__error" aria-live="polite">
                    {move || invalid.get().then(|| ctx.t(Msg::CompareInvalid))}
                </p>
                <div class="compare__row">
                    <label for="compare-year">{ctx.t(Msg::CompareYearLabel)}</label>
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
                    <label for="compare-era">{ctx.t(Msg::CompareEraLabel)}</label>
                    <select id="compare-era" data-testid="compare-era" on:change=on_era>
                        <option value="" selected>{ctx.t(Msg::CompareEraChoose)}</option>
                        {eras}
                    </select>
                </div>
            </div>
        }
    };

    // The comparison follows the date once the slider rests, like the status table.
    let result = move || {
        let other = ctx.compare.get()?;
        let shown = ctx.settled.get();
        let lang = ctx.lang.get();
        let comparison = atlas.compare(shown, other);
        let changed: Vec<_> = comparison.changed().map(|d| diff_item(ctx, lang, d)).collect();
        let others: Vec<_> = comparison.others().map(|d| diff_item(ctx, lang, d)).collect();
        let empty = changed.is_empty();
        Some(view! {
            <h2 class="compare__heading" id="compare-heading" data-testid="compare-heading">
                {i18n::compare_heading(lang, comparison.earlier, comparison.later)}
            </h2>
            <p class="compare__caption">{i18n::compare_caption(lang, shown, other)}</p>
            {empty.then(|| view! { <p data-testid="compare-none">{ctx.t(Msg::CompareNone)}</p> })}
            <ul class="compare__list" data-testid="compare-changes" aria-labelledby="compare-heading" hidden=empty>
                {changed}
            </ul>
            {(!others.is_empty())
                .then(|| {
                    view! {
                        <h3 class="compare__subheading" id="compare-others-heading">{ctx.t(Msg::CompareOthers)}</h3>
                        <ul class="compare__list" data-testid="compare-others" aria-labelledby="compare-others-heading">
                            {others}
                        </ul>
                    }
                })}
            <p class="compare__hint">{ctx.t(Msg::CompareEventHint)}</p>
        })
    };

    // The event pressed in the list, shown here: its date, title and summary.
    let selected_event = move || {
        ctx.compare.get()?;
        let lang = ctx.lang.get();
        let e = ctx.event.get().and_then(|id| atlas.event(&id))?;
        let day = Selection::Day(e.when.first_day()).clamped();
        Some(view! {
            <div class="compare__event" data-testid="compare-event" data-event=e.id.clone()>
                <p class="compare__event-title">
                    <span class="compare__date">{i18n::format_when(lang, &e.when)}</span>
                    " · "
                    <strong>{e.title.get(lang).to_string()}</strong>
                </p>
                <p>{e.summary.get(lang).to_string()}</p>
                <button type="button" class="button" on:click=move |_| ctx.select(day)>
                    {ctx.t(Msg::CompareShowDate)}
                </button>
            </div>
        })
    };

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
                <Show when=move || ctx.compare.with(Option::is_some)>
                    <button type="button" class="button" data-testid="compare-swap" on:click=swap>
                        {ctx.text(Msg::CompareSwap)}
                    </button>
                    <button type="button" class="button" data-testid="compare-end" on:click=move |_| ctx.compare.set(None)>
                        {ctx.text(Msg::CompareEnd)}
                    </button>
                </Show>
            </div>
            <div id="compare-form">
                <Show when=move || choosing.get()>{form}</Show>
            </div>
            <section class="compare__result" aria-labelledby="compare-heading" hidden=move || ctx.compare.with(Option::is_none)>
                {result}
                {selected_event}
            </section>
        </div>
    }
}

/// One region of the comparison: who held it at each date, and (folded) each change in between with its events.
fn diff_item(ctx: Ctx, lang: Lang, d: &RegionDiff<'_>) -> impl IntoView {
    let atlas = ctx.atlas;
    let power = move |id: &str| atlas.power(id).map_or_else(|| "—".to_string(), |p| p.name.get(lang).to_string());
    let how = |p: Option<&atlas_core::Period>| {
        p.map(|p| format!(" ({})", i18n::status_name(lang, p.status))).unwrap_or_default()
    };
    let steps = d
        .steps
        .iter()
        .map(|s| {
            let events = s
                .events
                .iter()
                .map(|e| {
                    let id = e.id.clone();
                    let pressed = {
                        let id = id.clone();
                        move || (ctx.event.get().as_deref() == Some(id.as_str())).to_string()
                    };
                    view! {
                        " "
                        <button
                            type="button"
                            class="compare__event-link"
                            data-testid="compare-event-link"
                            data-select=id.clone()
                            aria-pressed=pressed
                            on:click=move |_| ctx.event.set(Some(id.clone()))
                        >
                            {e.title.get(lang).to_string()}
                        </button>
                    }
                })
                .collect_view();
            view! {
                <li>
                    <span class="compare__date">{i18n::format_day(lang, s.day)}</span>
                    ": "
                    {power(&s.after.power)}
                    {how(Some(s.after))}
                    {events}
                </li>
            }
        })
        .collect_view();
    view! {
        <li
            class="compare__item"
            data-region=d.region.id.clone()
            data-from=d.from_power().to_string()
            data-to=d.to_power().to_string()
            data-kind=d.kind.id()
        >
            <details>
                <summary>
                    <strong>{d.region.name.get(lang).to_string()}</strong>
                    ": "
                    {power(d.from_power())}
                    {how(d.before)}
                    " → "
                    {power(d.to_power())}
                    {how(d.after)}
                </summary>
                <ol class="compare__steps">{steps}</ol>
            </details>
        </li>
    }
}
