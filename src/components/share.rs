//! The Share / Embed dialog: a link to the current view and a ready `<iframe>` snippet in a choice of sizes, each
//! with a Copy button (clipboard where the host allows it, else the text is selected for Ctrl+C), and a scaled
//! preview of the chosen size. Its contents are markup from the core (`atlas_core::share_html`), built when it
//! opens and again when the size changes; one listener on the dialog handles the buttons and the sizes.

use crate::app::Ctx;
use crate::platform;
use atlas_core::i18n::Msg;
use atlas_core::quiz::QuizParams;
use atlas_core::share_html::{self, Share};
use atlas_core::ViewState;
use leptos::html;
use leptos::prelude::*;

#[component]
pub fn ShareButton(embed: bool) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let dialog = NodeRef::<html::Dialog>::new();
    // The view to link to. In a view (the embed's link) it follows the date once the slider rests, the language, the
    // event, the comparison and the quiz; the dialog reads it once, when it opens.
    let view_state = move || ViewState {
        selection: ctx.settled.get(),
        lang: ctx.lang.get(),
        event: ctx.event.get().map(|id| ctx.atlas.event(id).id.clone()),
        embed,
        compare: ctx.compare.get(),
        quiz: ctx.quiz.with(|q| q.as_ref().map(|q| q.params().clone())),
    };
    if embed {
        // In an iframe: no dialog, just a way out to the full page.
        let link = move || atlas_core::embed::share_link(ctx.atlas, &platform::href(), &view_state());
        return view! {
            <a
                class="button share-open"
                href=link
                target="_blank"
                rel="noopener"
                data-testid="open-full"
                aria-label=ctx.text(Msg::OpenFullView)
                title=ctx.text(Msg::OpenFullView)
            >
                <span aria-hidden="true">"↗"</span>
            </a>
        }
        .into_any();
    }

    // The dialog's contents, built when it opens (a modal dialog: nothing else changes while it is open).
    let body = RwSignal::new(String::new());
    let size = StoredValue::new(1usize);
    // Classroom: a quiz for the whole class, the running quiz's (its seed) or else a new one fixed when the dialog
    // opens; the same link gives everyone the same questions.
    // Its seed is drawn once for the page, not at each opening: a teacher who copies the link now and the code later
    // hands out one quiz, not two ("Other questions" draws another). The settings are the teacher's, kept while the
    // page is open.
    let fresh_quiz =
        StoredValue::new(QuizParams { seed: Some(crate::components::quiz::random_seed()), ..QuizParams::default() });
    let render = move || {
        let view = untrack(view_state);
        let quiz = ViewState { quiz: Some(fresh_quiz.get_value()), event: None, compare: None, ..view.clone() };
        let href = platform::href();
        body.set(share_html::dialog(&Share {
            atlas: ctx.atlas,
            lang: view.lang,
            href: &href,
            view: &view,
            quiz: &quiz,
            size: size.get_value(),
        }));
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if let Some(field) = platform::clicked_data(&ev, "data-copy") {
            let ok = platform::copy_text(&field, "");
            let said = ctx.t(if ok { Msg::Copied } else { Msg::CopyFailed });
            // Beside the button pressed, and in the dialog's status line.
            platform::set_text(&format!("{field}-copied"), said);
            platform::set_text("share-status", said);
        } else if platform::clicked_data(&ev, "data-quiz-new").is_some() {
            fresh_quiz.update_value(|q| q.seed = Some(crate::components::quiz::random_seed()));
            render();
            platform::refocus_after_render("share-dialog", "[data-quiz-new]");
        }
    };
    let on_change = move |ev: leptos::ev::Event| {
        if let Some(i) = platform::clicked_data(&ev, "data-size").and_then(|i| i.parse().ok()) {
            size.set_value(i);
            render();
            // The radios were built again: the keyboard stays on the chosen one.
            platform::refocus_after_render("share-dialog", "input[name=\"embed-size\"]:checked");
        } else if let Some(key) = platform::clicked_data(&ev, "data-quiz") {
            let value = event_target_value(&ev);
            let checked = event_target_checked(&ev);
            fresh_quiz.update_value(|q| set_quiz_setting(q, &key, &value, checked));
            render();
            platform::refocus_after_render("share-dialog", &format!("[data-quiz=\"{key}\"]"));
        } else if let Some(region) = platform::clicked_data(&ev, "data-quiz-region") {
            let checked = event_target_checked(&ev);
            fresh_quiz.update_value(|q| {
                if let Some(id) = ctx.atlas.region_id(&region) {
                    q.regions.retain(|r| *r != id);
                    if checked {
                        q.regions.push(id);
                        q.regions.sort();
                    }
                }
            });
            render();
            platform::refocus_after_render(
                "share-dialog",
                &format!("[data-quiz-region=\"{}\"]", atlas_core::html::css_escape(&region)),
            );
        }
    };

    // The preview's size comes as `data-style` in the markup: set it through the CSSOM once the markup is in (the
    // page's CSP refuses a `style` attribute). Effects run after the render that set the markup.
    Effect::new(move |_| {
        body.track();
        platform::apply_data_styles("share-dialog");
    });

    view! {
        <button
            type="button"
            class="button"
            data-testid="share-button"
            aria-haspopup="dialog"
            aria-label=ctx.text(Msg::ShareButton)
            on:click=move |_| {
                // A quiz that runs is the one shared (its own settings and seed).
                if let Some(running) = untrack(view_state).quiz {
                    fresh_quiz.set_value(running);
                }
                render();
                if let Some(d) = dialog.get() {
                    let _ = d.show_modal();
                }
            }
        >
            <span aria-hidden="true">"⤴ "</span>
            <span class="share-button__text">{ctx.text(Msg::ShareButton)}</span>
            <span class="share-button__short" aria-hidden="true">{ctx.text(Msg::ShareShort)}</span>
        </button>
        <dialog
            node_ref=dialog
            id="share-dialog"
            class="share"
            aria-labelledby="share-title"
            data-testid="share-dialog"
            on:click=on_click
            on:change=on_change
            inner_html=move || body.get()
        ></dialog>
    }
    .into_any()
}

/// One quiz setting from the dialog: `n`, `from`, `to` (numbers, clamped as a link's would be) or `order`.
fn set_quiz_setting(q: &mut QuizParams, key: &str, value: &str, checked: bool) {
    let number = value.trim().parse::<i32>().ok();
    let year = |y: Option<i32>| y.map(|y| y.clamp(atlas_core::FIRST_YEAR, atlas_core::LAST_YEAR));
    match key {
        "n" => q.n = number.map(|n| n.clamp(1, atlas_core::quiz::MAX_QUESTIONS as i32) as usize),
        "from" => q.from = year(number),
        "to" => q.to = year(number),
        "order" => q.order = checked,
        _ => {}
    }
    if let (Some(a), Some(b)) = (q.from, q.to) {
        if a > b {
            (q.from, q.to) = (Some(b), Some(a));
        }
    }
}
