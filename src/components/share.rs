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
    let fresh_quiz = StoredValue::new(QuizParams::default());
    let render = move || {
        let view = untrack(view_state);
        let quiz = ViewState {
            quiz: Some(view.quiz.clone().unwrap_or_else(|| fresh_quiz.get_value())),
            event: None,
            compare: None,
            ..view.clone()
        };
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
            platform::set_text("share-status", ctx.t(if ok { Msg::Copied } else { Msg::CopyFailed }));
        }
    };
    let on_change = move |ev: leptos::ev::Event| {
        if let Some(i) = platform::clicked_data(&ev, "data-size").and_then(|i| i.parse().ok()) {
            size.set_value(i);
            render();
            // The radios were built again: the keyboard stays on the chosen one.
            platform::refocus_after_render("share-dialog", "input[name=\"embed-size\"]:checked");
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
                fresh_quiz.set_value(QuizParams { seed: Some(crate::components::quiz::random_seed()), ..QuizParams::default() });
                render();
                if let Some(d) = dialog.get() {
                    let _ = d.show_modal();
                }
            }
        >
            <span aria-hidden="true">"⤴ "</span>
            <span class="share-button__text">{ctx.text(Msg::ShareButton)}</span>
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
