//! "Test yourself": a quiz generated from the control periods (`atlas_core::quiz`). Until a question is answered
//! the map shows no one's colours and the status table is hidden ([`Ctx::masked`]); a choice gives the right answer
//! with its status, since when and its sources, and the map then shows that day in colour. A score, and after the
//! last question a summary with links to the dates to review. The question and the feedback are announced.
//!
//! The panel's body is markup from `atlas_core::classroom_html` with one click listener (lighter than a tree of
//! components); after each step the keyboard focus is put where the next step is.

use crate::app::Ctx;
use crate::platform;
use atlas_core::classroom_html as markup;
use atlas_core::i18n::Msg;
use atlas_core::quiz::{Question, QuizParams, QuizState};
use atlas_core::Selection;
use leptos::prelude::*;

/// A new seed for a quiz: six digits at most, easy to read out to a class.
pub fn random_seed() -> u32 {
    (js_sys::Math::random() * 999_999.0) as u32 + 1
}

/// The quiz a link asks for, if any (a random seed when it names none; the address bar then shows it).
pub fn from_link(atlas: &atlas_core::Atlas, params: Option<QuizParams>) -> Option<QuizState> {
    params.map(|p| QuizState::new(atlas, p, random_seed()))
}

impl Ctx {
    /// While a quiz question waits for its answer, no part of the page may show who held what.
    pub fn masked(&self) -> bool {
        self.quiz.with(|q| q.as_ref().is_some_and(QuizState::hides_answers))
    }

    /// The region the current quiz question asks about (the map marks it).
    pub fn asked_region(&self) -> Option<String> {
        self.quiz.with(|q| q.as_ref().and_then(QuizState::asked_region).map(str::to_string))
    }
}

#[component]
pub fn Quiz() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let atlas = ctx.atlas;
    let include_order = RwSignal::new(false);
    let active = Memo::new(move |_| ctx.quiz.with(Option::is_some));

    let start = move |params: QuizParams| {
        ctx.compare.set(None);
        ctx.quiz.set(Some(QuizState::new(atlas, params, random_seed())));
        platform::refocus_after_render("quiz", "[data-testid=\"quiz-choice\"]");
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if let Some(choice) = platform::clicked_data(&ev, "data-choice") {
            let mut reveal = None;
            ctx.quiz.update(|q| reveal = q.as_mut().and_then(|q| q.choose(&choice).cloned()));
            // The map now shows the day in colour (for "Which came first?", the earlier event's day).
            match reveal {
                Some(Question::Control(c)) => ctx.select(Selection::Day(c.day)),
                Some(Question::Order(o)) => ctx.select_event(&o.earlier),
                None => return,
            }
            platform::refocus_after_render("quiz", "[data-testid=\"quiz-next\"]");
        } else if let Some(day) = platform::clicked_data(&ev, "data-review") {
            // A review link: show the day here, keeping the summary (the link itself opens a new tab on demand).
            ev.prevent_default();
            if let Ok(day) = day.parse() {
                ctx.select(Selection::Day(day));
            }
        } else if let Some(action) = platform::clicked_data(&ev, "data-action") {
            let params = ctx.quiz.with_untracked(|q| q.as_ref().map(|q| q.params().clone()));
            match (action.as_str(), params) {
                ("next", _) => {
                    ctx.quiz.update(|q| q.iter_mut().for_each(QuizState::next));
                    let over = ctx.quiz.with_untracked(|q| q.as_ref().is_none_or(QuizState::finished));
                    let target = if over { "#quiz-summary" } else { "[data-testid=\"quiz-choice\"]" };
                    platform::refocus_after_render("quiz", target);
                }
                ("restart", Some(p)) => start(p),
                ("new", Some(p)) => start(QuizParams { seed: None, ..p }),
                _ => {}
            }
        }
    };

    let progress = move || {
        let lang = ctx.lang.get();
        ctx.quiz.with(|q| q.as_ref().map(|q| markup::quiz_progress(lang, q)))
    };
    let announcement = move || {
        let lang = ctx.lang.get();
        ctx.quiz.with(|q| q.as_ref().map(|q| markup::quiz_announcement(atlas, lang, q)))
    };
    let body = move || {
        let lang = ctx.lang.get();
        ctx.quiz.with(|q| q.as_ref().map(|q| markup::quiz_body(atlas, lang, q)).unwrap_or_default())
    };

    view! {
        <div class="quiz" id="quiz" data-testid="quiz">
            <Show
                when=move || active.get()
                fallback=move || {
                    view! {
                        <div class="quiz__start">
                            <button
                                type="button"
                                class="button"
                                data-testid="quiz-start"
                                on:click=move |_| {
                                    start(QuizParams { order: include_order.get_untracked(), ..QuizParams::default() })
                                }
                            >
                                {ctx.text(Msg::QuizStart)}
                            </button>
                            <label class="quiz__option">
                                <input
                                    type="checkbox"
                                    data-testid="quiz-order"
                                    prop:checked=move || include_order.get()
                                    on:change=move |ev| include_order.set(event_target_checked(&ev))
                                />
                                {ctx.text(Msg::QuizIncludeOrder)}
                            </label>
                        </div>
                    }
                }
            >
                <section class="quiz__panel" aria-labelledby="quiz-title" data-testid="quiz-panel">
                    <div class="quiz__head">
                        <h2 id="quiz-title" class="quiz__title">{ctx.text(Msg::QuizTitle)}</h2>
                        <p class="quiz__progress" data-testid="quiz-score">{progress}</p>
                        <button type="button" class="button" data-testid="quiz-exit" on:click=move |_| ctx.quiz.set(None)>
                            {ctx.text(Msg::QuizExit)}
                        </button>
                    </div>
                    <div class="quiz__body" on:click=on_click inner_html=body></div>
                </section>
            </Show>
            <p class="visually-hidden" role="status" aria-live="polite" data-testid="quiz-announcer">{announcement}</p>
        </div>
    }
}
