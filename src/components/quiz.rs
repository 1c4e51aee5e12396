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
use atlas_core::i18n::{self, Msg};
use atlas_core::quiz::{Question, QuizParams, QuizState};
use atlas_core::quiz_code::CodeError;
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
    pub fn asked_region(&self) -> Option<atlas_core::RegionId> {
        self.quiz.with(|q| q.as_ref().and_then(QuizState::asked_region))
    }
}

/// Whether the "Which came first?" box before the quiz is ticked.
fn order_ticked() -> bool {
    use wasm_bindgen::JsCast;
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("quiz-order"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        .is_some_and(|i| i.checked())
}

/// The view before the quiz (its date, event and comparison): "Leave the quiz" goes back to it.
type Before = (Selection, Option<atlas_core::EventId>, Option<Selection>);
static BEFORE: std::sync::Mutex<Option<Before>> = std::sync::Mutex::new(None);

fn before_quiz() -> std::sync::MutexGuard<'static, Option<Before>> {
    BEFORE.lock().unwrap_or_else(|e| e.into_inner())
}

/// Start a quiz (a comparison ends): the keyboard goes to its first choice.
fn start_quiz(ctx: Ctx, params: QuizParams) {
    if ctx.quiz.with_untracked(Option::is_none) {
        *before_quiz() = Some((ctx.selection.get_untracked(), ctx.event.get_untracked(), ctx.compare.get_untracked()));
    }
    ctx.compare.set(None);
    ctx.quiz.set(Some(QuizState::new(ctx.atlas, params, random_seed())));
    platform::refocus_after_render("quiz", "[data-testid=\"quiz-choice\"]");
}

/// The quiz panel while a quiz runs (nothing otherwise): best placed just above the map.
#[component]
pub fn Quiz() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let atlas = ctx.atlas;

    let start = move |params: QuizParams| start_quiz(ctx, params);
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if let Some(choice) = platform::clicked_data(&ev, "data-choice") {
            // The button carries the choice's id as written: resolved back here.
            let mut reveal = None;
            ctx.quiz.update(|q| reveal = q.as_mut().and_then(|q| q.choose_key(atlas, &choice).cloned()));
            // The map now shows the day in colour (for "Which came first?", the earlier event's day).
            match reveal {
                Some(Question::Control(c)) => ctx.select(Selection::Day(c.day)),
                Some(Question::Order(o)) => ctx.select_event(o.earlier),
                None => return,
            }
            platform::refocus_after_render("quiz", "[data-testid=\"quiz-next\"]");
        } else if let Some(field) = platform::clicked_data(&ev, "data-copy") {
            let ok = platform::copy_text(&field, "");
            platform::set_text(&format!("{field}-copied"), ctx.t(if ok { Msg::Copied } else { Msg::CopyFailed }));
        } else if let Some(day) = platform::clicked_data(&ev, "data-review") {
            // A review link: show the day here, keeping the summary (the link itself opens a new tab on demand).
            ev.prevent_default();
            if let Ok(day) = day.parse() {
                ctx.select(Selection::Day(day));
            }
        } else if let Some(action) = platform::clicked_data(&ev, "data-action") {
            let params = ctx.quiz.with_untracked(|q| q.as_ref().map(|q| q.params().clone()));
            match (action.as_str(), params) {
                ("exit", _) => {
                    ctx.quiz.set(None);
                    // Back to the view the reader left for the quiz (a quiz opened by a link has none).
                    if let Some((selection, event, compare)) = before_quiz().take() {
                        // Exactly as it was (a link's year with its event stays that year).
                        ctx.select(selection);
                        ctx.event.set(event);
                        ctx.compare.set(compare);
                    }
                    platform::refocus_after_render("quiz-start", "[data-testid=\"quiz-start\"]");
                }
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

    let panel = move || {
        let lang = ctx.lang.get();
        ctx.quiz.with(|q| q.as_ref().map(|q| markup::quiz_panel(atlas, lang, q)).unwrap_or_default())
    };
    let announcement = move || {
        let lang = ctx.lang.get();
        ctx.quiz.with(|q| q.as_ref().map(|q| markup::quiz_announcement(atlas, lang, q)))
    };

    // The teacher checks a student's result code against this quiz (its settings; the code carries the seed).
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        if platform::clicked_data(&ev, "data-quiz-check").is_none() {
            return;
        }
        ev.prevent_default();
        let lang = ctx.lang.get_untracked();
        let code = platform::input_value("quiz-check-input");
        let Some(params) = ctx.quiz.with_untracked(|q| q.as_ref().map(|q| q.params().clone())) else { return };
        let said = match atlas_core::quiz_code::check_code(atlas, &params, &code) {
            Ok(checked) => i18n::quiz_check_result(lang, &checked),
            Err(CodeError::Malformed) => i18n::tr(lang, Msg::QuizCheckMalformed).to_string(),
            Err(CodeError::OtherQuiz) => i18n::tr(lang, Msg::QuizCheckOther).to_string(),
        };
        platform::set_text("quiz-check-result", &said);
    };

    view! {
        <div class="quiz" id="quiz" data-testid="quiz">
            <div on:click=on_click on:submit=on_submit inner_html=panel></div>
            <p class="visually-hidden" role="status" aria-live="polite" data-testid="quiz-announcer">{announcement}</p>
        </div>
    }
}

/// The "Test yourself" button (and the choice of "Which came first?" questions), while no quiz runs.
#[component]
pub fn QuizButton() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let markup =
        move || if ctx.quiz.with(Option::is_none) { markup::quiz_start(ctx.lang.get()) } else { String::new() };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if platform::clicked_data(&ev, "data-action").as_deref() == Some("start") {
            start_quiz(ctx, QuizParams { order: order_ticked(), ..QuizParams::default() });
        }
    };
    view! { <div id="quiz-start" on:click=on_click inner_html=markup></div> }
}
