//! The Share / Embed dialog: a link to the current view and a ready `<iframe>` snippet in a choice of sizes, each
//! with a Copy button (clipboard where the host allows it, else the text is selected for Ctrl+C), and a scaled
//! preview of the chosen size.

use crate::app::Ctx;
use crate::platform;
use atlas_core::embed::{self, EmbedSize, SIZES};
use atlas_core::i18n::Msg;
use atlas_core::quiz::QuizParams;
use atlas_core::ViewState;
use leptos::html;
use leptos::prelude::*;

const SIZE_LABELS: [Msg; 5] =
    [Msg::SizeSmall, Msg::SizeMedium, Msg::SizeLarge, Msg::SizeFullWidth, Msg::SizeResponsive];

#[component]
pub fn ShareButton(embed: bool) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let dialog = NodeRef::<html::Dialog>::new();
    let size = RwSignal::new(1usize);
    let status: RwSignal<Option<Msg>> = RwSignal::new(None);
    // The links follow the date once the slider rests (like the address bar): nobody copies a link mid-drag, and
    // rebuilding both of them on every step cost a tenth of a millisecond.
    let view_state = move || ViewState {
        selection: ctx.settled.get(),
        lang: ctx.lang.get(),
        event: ctx.event.get().map(|id| ctx.atlas.event(id).id.clone()),
        embed,
        compare: ctx.compare.get(),
        quiz: ctx.quiz.with(|q| q.as_ref().map(|q| q.params().clone())),
    };
    // Classroom: a quiz for the whole class, the running quiz's (its seed) or else a new one fixed when the dialog
    // opens; the same link gives everyone the same questions.
    let fresh_quiz = RwSignal::new(QuizParams::default());
    let quiz_state = move || ViewState {
        selection: ctx.settled.get(),
        lang: ctx.lang.get(),
        embed,
        quiz: Some(ctx.quiz.with(|q| q.as_ref().map(|q| q.params().clone())).unwrap_or_else(|| fresh_quiz.get())),
        ..ViewState::initial(ctx.lang.get())
    };
    let quiz_link = move || embed::share_link(ctx.atlas, &platform::href(), &quiz_state());
    let quiz_snippet = move || {
        let s: EmbedSize = SIZES[size.get()];
        embed::iframe_snippet(ctx.atlas, &platform::href(), &quiz_state(), s, ctx.t(Msg::QuizTitle))
    };
    let link = move || embed::share_link(ctx.atlas, &platform::href(), &view_state());
    let snippet = move || {
        let s: EmbedSize = SIZES[size.get()];
        embed::iframe_snippet(ctx.atlas, &platform::href(), &view_state(), s, ctx.t(Msg::AppTitle))
    };
    let copy = move |id: &'static str, text: String| {
        let ok = platform::copy_text(id, &text);
        status.set(Some(if ok { Msg::Copied } else { Msg::CopyFailed }));
    };
    let preview_style = move || {
        let s = SIZES[size.get()];
        // 1200 px wide maps to the preview's full width.
        let w = s.width.map_or(100.0, |w| f64::from(w) / 1200.0 * 100.0);
        let (rw, rh) = s.ratio.unwrap_or((s.width.unwrap_or(1200), s.height));
        format!("width:{}%;aspect-ratio:{rw} / {rh}", atlas_core::num::fixed(w, 1))
    };

    if embed {
        // In an iframe: no dialog, just a way out to the full page.
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

    view! {
        <button
            type="button"
            class="button"
            data-testid="share-button"
            aria-haspopup="dialog"
            aria-label=ctx.text(Msg::ShareButton)
            on:click=move |_| {
                status.set(None);
                fresh_quiz.set(QuizParams { seed: Some(crate::components::quiz::random_seed()), ..QuizParams::default() });
                if let Some(d) = dialog.get() {
                    let _ = d.show_modal();
                }
            }
        >
            <span aria-hidden="true">"⤴ "</span>
            <span class="share-button__text">{ctx.text(Msg::ShareButton)}</span>
        </button>
        <dialog node_ref=dialog class="share" aria-labelledby="share-title" data-testid="share-dialog">
            <h2 id="share-title" class="share__title">{ctx.text(Msg::ShareTitle)}</h2>
            <label class="share__label" for="share-link">{ctx.text(Msg::ShareLinkLabel)}</label>
            <div class="share__row">
                <input id="share-link" class="share__field" data-testid="share-link" type="text" readonly prop:value=link />
                <button type="button" class="button" data-testid="copy-link" on:click=move |_| copy("share-link", link())>
                    {ctx.text(Msg::CopyButton)}
                </button>
            </div>
            <fieldset class="share__sizes">
                <legend>{ctx.text(Msg::EmbedSizeLabel)}</legend>
                {SIZE_LABELS
                    .iter()
                    .enumerate()
                    .map(|(i, msg)| {
                        view! {
                            <label class="share__size">
                                <input
                                    type="radio"
                                    name="embed-size"
                                    prop:checked=move || size.get() == i
                                    on:change=move |_| size.set(i)
                                />
                                {move || ctx.t(*msg)}
                            </label>
                        }
                    })
                    .collect_view()}
            </fieldset>
            <div class="share__preview" role="img" aria-label=ctx.text(Msg::PreviewLabel)>
                <div class="share__preview-box" style=preview_style></div>
            </div>
            <label class="share__label" for="share-snippet">{ctx.text(Msg::EmbedCodeLabel)}</label>
            <div class="share__row">
                <textarea id="share-snippet" class="share__field share__code" data-testid="share-snippet" rows="4" readonly prop:value=snippet></textarea>
                <button type="button" class="button" data-testid="copy-snippet" on:click=move |_| copy("share-snippet", snippet())>
                    {ctx.text(Msg::CopyButton)}
                </button>
            </div>
            <h3 class="share__subtitle">{ctx.text(Msg::ShareQuizHeading)}</h3>
            <label class="share__label" for="share-quiz-link">{ctx.text(Msg::ShareQuizLink)}</label>
            <div class="share__row">
                <input id="share-quiz-link" class="share__field" data-testid="share-quiz-link" type="text" readonly prop:value=quiz_link />
                <button type="button" class="button" data-testid="copy-quiz-link" on:click=move |_| copy("share-quiz-link", quiz_link())>
                    {ctx.text(Msg::CopyButton)}
                </button>
            </div>
            <label class="share__label" for="share-quiz-snippet">{ctx.text(Msg::ShareQuizEmbed)}</label>
            <div class="share__row">
                <textarea id="share-quiz-snippet" class="share__field share__code" data-testid="share-quiz-snippet" rows="3" readonly prop:value=quiz_snippet></textarea>
                <button type="button" class="button" data-testid="copy-quiz-snippet" on:click=move |_| copy("share-quiz-snippet", quiz_snippet())>
                    {ctx.text(Msg::CopyButton)}
                </button>
            </div>
            <p class="share__help">{ctx.text(Msg::ShareQuizHelp)}</p>
            <p class="share__help">{ctx.text(Msg::EmbedHelp)}</p>
            <p class="share__help" data-testid="share-hosts-help">{ctx.text(Msg::EmbedHostsHelp)}</p>
            <p class="share__help" data-testid="share-sandbox-help">{ctx.text(Msg::EmbedSandboxHelp)}</p>
            <p class="share__status" aria-live="polite" data-testid="share-status">{move || status.get().map(|m| ctx.t(m))}</p>
            <form method="dialog">
                <button type="submit" class="button" data-testid="share-close">{ctx.text(Msg::CloseButton)}</button>
            </form>
        </dialog>
    }
    .into_any()
}
