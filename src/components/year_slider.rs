//! The year slider: a native `<input type="range">` (mouse, touch and keyboard for free), buttons to step from
//! event to event, and a box to type a year or a date.

use crate::app::Ctx;
use crate::components::timeline_strip::TimelineStrip;
use atlas_core::i18n::{self, Msg};
use atlas_core::{Selection, FIRST_YEAR, LAST_YEAR};
use leptos::prelude::*;

/// Playing speeds offered, in tenths of a second a year.
const SPEEDS: [u32; 3] = [5, 10, 20];

/// How often, at most, the live region says the year while playing (screen readers are not flooded).
const ANNOUNCE_EVERY_MS: f64 = 2000.0;

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
    let playing = RwSignal::new(false);
    let on_input = move |ev: leptos::ev::Event| {
        playing.set(false);
        if let Ok(y) = event_target_value(&ev).parse::<i32>() {
            if Selection::Year(y) != ctx.selection.get_untracked() {
                ctx.slide(Selection::Year(y));
            }
        }
    };
    let step = move |forward: bool| {
        let current = ctx.event.get_untracked();
        if let Some(e) = atlas.step_event(current, ctx.selection.get_untracked(), forward) {
            ctx.select_event(e);
        }
    };
    let has_step = move |forward: bool| {
        let current = ctx.event.get();
        atlas.step_event(current, ctx.selection.get(), forward).is_some()
    };

    let year_step = move |by: i32| {
        playing.set(false);
        let y = (ctx.selection.get_untracked().year() + by).clamp(FIRST_YEAR, LAST_YEAR);
        ctx.select(Selection::Year(y));
    };

    let typed = RwSignal::new(String::new());
    let invalid = RwSignal::new(false);
    // A typed date that the view has since left (the slider, a card, a link) is cleared, not left to mislead.
    Effect::new(move |_| {
        let now = ctx.selection.get();
        let text = typed.get_untracked();
        if !text.is_empty() && Selection::from_typed(&text) != Some(now) {
            typed.set(String::new());
            invalid.set(false);
        }
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        playing.set(false);
        match Selection::from_typed(&typed.get_untracked()) {
            Some(sel) => {
                invalid.set(false);
                ctx.select(sel);
            }
            None => invalid.set(true),
        }
    };

    // Play: one year a tick, up to the last year; any other input pauses (the slider, a key, a click or tap
    // anywhere but on the Play button and the speed choice).
    let speed = RwSignal::new(10u32);
    let announced = RwSignal::new(String::new());
    let last_announce = StoredValue::new(f64::NEG_INFINITY);
    let timer: StoredValue<Option<leptos::leptos_dom::helpers::IntervalHandle>> = StoredValue::new(None);
    let tick = move || {
        let next = ctx.selection.get_untracked().year() + 1;
        if next > LAST_YEAR {
            playing.set(false);
            return;
        }
        ctx.select(Selection::Year(next));
        let now = js_sys::Date::now();
        if now - last_announce.get_value() >= ANNOUNCE_EVERY_MS || next == LAST_YEAR {
            last_announce.set_value(now);
            announced.set(i18n::selection_heading(ctx.lang.get_untracked(), Selection::Year(next)));
        }
        if next == LAST_YEAR {
            playing.set(false);
        }
    };
    Effect::new(move |_| {
        let on = playing.get();
        let ms = u64::from(speed.get()) * 100;
        if let Some(handle) = timer.get_value() {
            handle.clear();
        }
        timer.set_value(None);
        if on {
            timer.set_value(set_interval_with_handle(tick, std::time::Duration::from_millis(ms)).ok());
        }
    });
    let toggle = move |_| {
        if playing.get_untracked() {
            playing.set(false);
            announced.set(i18n::selection_heading(ctx.lang.get_untracked(), ctx.selection.get_untracked()));
        } else {
            if ctx.selection.get_untracked().year() >= LAST_YEAR {
                ctx.select(Selection::Year(FIRST_YEAR));
            }
            last_announce.set_value(f64::NEG_INFINITY);
            playing.set(true);
        }
    };
    // Which play control an event is on: "button" (Play/Pause) or "speed" (the speed choice).
    let play_control = |ev: &web_sys::Event| {
        use wasm_bindgen::JsCast;
        ev.target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|t| t.closest("[data-play-control]").ok().flatten())
            .and_then(|t| t.get_attribute("data-play-control"))
    };
    let _ = window_event_listener(leptos::ev::keydown, move |ev| {
        if !playing.get_untracked() {
            return;
        }
        // Enter and Space on the Play button press it (it pauses itself); keys on the speed choice change the
        // speed; every other key pauses.
        let keep = match play_control(&ev).as_deref() {
            Some("button") => matches!(ev.key().as_str(), "Enter" | " "),
            Some(_) => true,
            None => false,
        };
        if !keep {
            playing.set(false);
        }
    });
    let _ = window_event_listener(leptos::ev::pointerdown, move |ev| {
        if playing.get_untracked() && play_control(&ev).is_none() {
            playing.set(false);
        }
    });
    let play_label = move || ctx.t(if playing.get() { Msg::Pause } else { Msg::Play });
    let speeds = move || {
        let lang = ctx.lang.get();
        SPEEDS
            .iter()
            .map(|s| view! { <option value=s.to_string() selected=move || speed.get() == *s>{i18n::speed_label(lang, *s)}</option> })
            .collect_view()
    };

    let ticks = (FIRST_YEAR..=LAST_YEAR)
        .filter(|y| (y % 10 == 0 && LAST_YEAR - y >= 3 && y - FIRST_YEAR >= 5) || *y == FIRST_YEAR || *y == LAST_YEAR)
        .map(|y| {
            let left = f64::from(y - FIRST_YEAR) / f64::from(LAST_YEAR - FIRST_YEAR) * 100.0;
            // `style:` sets it through the CSSOM (a `style` attribute is refused by the page's CSP).
            view! { <span class="year-slider__tick" style:left=format!("{}%", atlas_core::num::fixed(left, 3))>{y}</span> }
        })
        .collect_view();

    view! {
        <div class="year-slider">
            <div class="year-slider__controls">
                <button
                    type="button"
                    class="button year-slider__play"
                    data-testid="play"
                    data-play-control="button"
                    data-playing=move || playing.get().to_string()
                    on:click=toggle
                >
                    <span aria-hidden="true">{move || if playing.get() { "❚❚ " } else { "▶ " }}</span>
                    {play_label}
                </button>
                <select
                    class="year-slider__speed"
                    data-testid="play-speed"
                    data-play-control="speed"
                    aria-label=ctx.text(Msg::PlaySpeed)
                    on:change=move |ev| {
                        if let Ok(s) = event_target_value(&ev).parse::<u32>() {
                            speed.set(s);
                        }
                    }
                >
                    {speeds}
                </select>
                <button
                    type="button"
                    class="button"
                    data-testid="prev-event"
                    aria-label=ctx.text(Msg::PrevEvent)
                    title=ctx.text(Msg::PrevEvent)
                    disabled=move || !has_step(false)
                    on:click=move |_| step(false)
                >
                    <span aria-hidden="true">"← "</span>
                    <span class="year-slider__step-text" aria-hidden="true">{ctx.text(Msg::PrevEventShort)}</span>
                </button>
                <button
                    type="button"
                    class="button"
                    data-testid="next-event"
                    aria-label=ctx.text(Msg::NextEvent)
                    title=ctx.text(Msg::NextEvent)
                    disabled=move || !has_step(true)
                    on:click=move |_| step(true)
                >
                    <span class="year-slider__step-text" aria-hidden="true">{ctx.text(Msg::NextEventShort)}</span>
                    <span aria-hidden="true">" →"</span>
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
            <div class="year-slider__row">
            // One year back or forward: a precise step for touch (a finger on the slider moves by several years), and
            // for the mouse.
            <button
                type="button"
                class="button year-slider__year-step"
                data-testid="year-back"
                aria-label=ctx.text(Msg::YearBack)
                title=ctx.text(Msg::YearBack)
                disabled=move || { year() <= FIRST_YEAR }
                on:click=move |_| year_step(-1)
            >
                <span aria-hidden="true">"‹"</span>
            </button>
            <div class="year-slider__track">
                <label class="visually-hidden" for="year-slider">{ctx.text(Msg::SliderLabel)}</label>
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
            <button
                type="button"
                class="button year-slider__year-step"
                data-testid="year-forward"
                aria-label=ctx.text(Msg::YearForward)
                title=ctx.text(Msg::YearForward)
                disabled=move || { year() >= LAST_YEAR }
                on:click=move |_| year_step(1)
            >
                <span aria-hidden="true">"›"</span>
            </button>
            </div>
            <p class="visually-hidden" aria-live="polite" data-testid="play-status">{move || announced.get()}</p>
        </div>
    }
}
