//! "Compare with…": a second date (typed, dragged to a year, or the start of a period), and the list of what
//! changed between the two dates (`atlas_core::compare`): each region held by another power, who held it at each
//! date, every change in between with the event cards that made it. The map outlines those regions (map_view.rs
//! reads `Ctx::compare`). Pressing an event marks its places on the map and shows its summary here, without
//! moving the dates.
//!
//! The form, the list and the event are markup from `atlas_core::classroom_html`, each redrawn only when what it
//! shows changes (the form with the language, the list with the dates), with one set of listeners on the panel.

use crate::app::Ctx;
use crate::platform;
use atlas_core::classroom_html as markup;
use atlas_core::i18n::Msg;
use atlas_core::{Day, Selection, FIRST_YEAR};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The year the form's slider starts at: the compared date, else ten years before the shown one (after, near 1917).
fn slider_start(compare: Option<Selection>, shown: Selection) -> i32 {
    let year = shown.year();
    compare.map_or(if year - 10 >= FIRST_YEAR { year - 10 } else { year + 10 }, |c| c.year())
}

/// The id of the element an event came from.
fn target_id(ev: &web_sys::Event) -> String {
    ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).map(|e| e.id()).unwrap_or_default()
}

#[component]
pub fn Compare() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let atlas = ctx.atlas;
    // The form to choose the second date is open; what was typed when it was last sent, and whether it was wrong.
    let choosing = RwSignal::new(false);
    let typed: RwSignal<(String, bool)> = RwSignal::new((String::new(), false));
    let comparing = move || ctx.compare.with(Option::is_some);

    let set = move |sel: Selection| {
        // Redrawing the form would take the keyboard off the slider: only when an error is to be cleared.
        if typed.with_untracked(|t| t.1) {
            typed.update(|t| t.1 = false);
        }
        ctx.quiz.set(None);
        ctx.compare.set(Some(sel.clamped()));
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("compare-input"))
            .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
            .map(|i| i.value())
            .unwrap_or_default();
        match Selection::from_typed(&text) {
            Some(sel) => {
                set(sel);
                choosing.set(false);
            }
            None => {
                typed.set((text, true));
                platform::refocus_after_render("compare-form", "#compare-input");
            }
        }
    };
    let on_change = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        match target_id(&ev).as_str() {
            "compare-year" => {
                if let Ok(y) = value.parse::<i32>() {
                    set(Selection::Year(y));
                }
            }
            "compare-era" => {
                if let Some(era) = value.parse::<usize>().ok().and_then(|i| atlas.eras.get(i)) {
                    set(Selection::Day(era.when.first_day()));
                }
            }
            _ => {}
        }
    };
    // While the comparison's slider is dragged, its year shows beside it and is read out (the comparison itself
    // follows when it is let go, `change`).
    let on_input = move |ev: leptos::ev::Event| {
        if target_id(&ev) == "compare-year" {
            let value = event_target_value(&ev);
            if let Some(el) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) {
                let _ = el.set_attribute("aria-valuetext", &value);
            }
            platform::set_text("compare-year-out", &value);
        }
    };
    let form = move || {
        let (text, invalid) = typed.get();
        let year = slider_start(ctx.compare.get_untracked(), ctx.selection.get_untracked());
        markup::compare_form(atlas, ctx.lang.get(), &text, invalid, year)
    };

    // The list follows the date once the slider rests, like the status table. It does not depend on the selected
    // event, so pressing one keeps the opened regions open and the keyboard where it was.
    let list = move || {
        let lang = ctx.lang.get();
        let shown = ctx.settled.get();
        ctx.compare.get().map(|other| markup::comparison(atlas, lang, shown, other)).unwrap_or_default()
    };
    let event = move || {
        ctx.compare.get()?;
        let e = atlas.event(ctx.event.get()?);
        Some(markup::compare_event(ctx.lang.get(), e))
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if let Some(id) = platform::clicked_data(&ev, "data-select") {
            if let Some(id) = atlas.event_id(&id) {
                ctx.event.set(Some(id));
            }
        } else if let Some(day) = platform::clicked_data(&ev, "data-show-day").and_then(|d| d.parse::<Day>().ok()) {
            ctx.select(Selection::Day(day));
        }
    };
    let swap = move |_| {
        if let Some(other) = ctx.compare.get_untracked() {
            let shown = ctx.selection.get_untracked();
            ctx.select(other);
            ctx.compare.set(Some(shown));
        }
    };

    view! {
        <div class="compare" data-testid="compare" on:click=on_click on:change=on_change on:input=on_input on:submit=on_submit>
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
                <button type="button" class="button" data-testid="compare-end" hidden=move || !comparing() on:click=move |_| ctx.compare.set(None)>
                    {ctx.text(Msg::CompareEnd)}
                </button>
            </div>
            <div id="compare-form" hidden=move || !choosing.get() inner_html=form></div>
            <p id="compare-error" class="goto__error" aria-live="polite">
                {move || typed.with(|t| t.1).then(|| ctx.t(Msg::CompareInvalid))}
            </p>
            <section class="compare__result" aria-labelledby="compare-heading" hidden=move || !comparing()>
                <div inner_html=list></div>
                <div aria-live="polite" inner_html=event></div>
            </section>
        </div>
    }
}
