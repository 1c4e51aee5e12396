//! "Test yourself": a quiz generated from the control periods (`atlas_core::quiz`). Until a question is answered
//! the map shows no one's colours and the status table is hidden ([`Ctx::masked`]); a choice gives the right answer
//! with its status, since when and its sources, and the map then shows that day in colour. A score, and after the
//! last question a summary with links to the dates to review. The question and the feedback are announced.

use crate::app::Ctx;
use crate::platform;
use atlas_core::html;
use atlas_core::i18n::{self, Msg};
use atlas_core::quiz::{self, Question, QuizParams};
use atlas_core::{Atlas, Lang, Selection, ViewState};
use leptos::prelude::*;

/// A quiz in progress: what its link fixes (the seed always set), its questions and the answers given so far.
#[derive(Clone, PartialEq, Debug)]
pub struct QuizState {
    params: QuizParams,
    questions: Vec<Question>,
    /// The question shown (equal to the number of questions once the quiz is over).
    index: usize,
    /// The choices made, one per question answered.
    answers: Vec<String>,
}

impl QuizState {
    /// A new quiz; a link without a seed gets a random one (and the address bar then shows it).
    pub fn new(atlas: &Atlas, mut params: QuizParams) -> QuizState {
        let seed = params.seed.unwrap_or_else(random_seed);
        params.seed = Some(seed);
        let questions = quiz::generate(atlas, &params.config(seed));
        QuizState { params, questions, index: 0, answers: Vec::new() }
    }

    /// The quiz a link asks for, if any.
    pub fn from_link(atlas: &Atlas, params: Option<QuizParams>) -> Option<QuizState> {
        params.map(|p| QuizState::new(atlas, p))
    }

    /// What the address bar and a shared link carry.
    pub fn link_params(&self) -> QuizParams {
        self.params.clone()
    }

    fn current(&self) -> Option<&Question> {
        self.questions.get(self.index)
    }

    /// The choice made for the current question, once made.
    fn chosen(&self) -> Option<&str> {
        self.answers.get(self.index).map(String::as_str)
    }

    fn finished(&self) -> bool {
        self.index >= self.questions.len()
    }

    /// Whether the page must hide who held what: a question is waiting for its answer.
    pub fn hides_answers(&self) -> bool {
        !self.finished() && self.chosen().is_none()
    }

    fn score(&self) -> usize {
        self.questions.iter().zip(&self.answers).filter(|(q, a)| q.is_right(a)).count()
    }
}

/// A new seed for a quiz.
pub fn random_seed() -> u32 {
    // Six digits at most: easy to read out to a class.
    (js_sys::Math::random() * 999_999.0) as u32 + 1
}

impl Ctx {
    /// While a quiz question waits for its answer, no part of the page may show who held what.
    pub fn masked(&self) -> bool {
        self.quiz.with(|q| q.as_ref().is_some_and(QuizState::hides_answers))
    }

    /// The region the current quiz question asks about (the map marks it).
    pub fn asked_region(&self) -> Option<String> {
        self.quiz.with(|q| match q.as_ref().and_then(QuizState::current) {
            Some(Question::Control(c)) => Some(c.region.clone()),
            _ => None,
        })
    }
}

fn power_name(atlas: &Atlas, lang: Lang, id: &str) -> String {
    atlas.power(id).map_or_else(|| id.to_string(), |p| p.name.get(lang).to_string())
}

fn region_name(atlas: &Atlas, lang: Lang, id: &str) -> String {
    atlas.region(id).map_or_else(|| id.to_string(), |r| r.name.get(lang).to_string())
}

fn event_title(atlas: &Atlas, lang: Lang, id: &str) -> String {
    atlas.event(id).map_or_else(|| id.to_string(), |e| e.title.get(lang).to_string())
}

/// The question in words.
fn question_text(atlas: &Atlas, lang: Lang, q: &Question) -> String {
    match q {
        Question::Control(c) => i18n::quiz_question(lang, &region_name(atlas, lang, &c.region), c.day),
        Question::Order(_) => i18n::tr(lang, Msg::QuizWhichFirst).to_string(),
    }
}

/// The right answer in words, with the status and since when (or the two events' dates).
fn answer_text(atlas: &Atlas, lang: Lang, q: &Question) -> String {
    match q {
        Question::Control(c) => match atlas.control_at(&c.region, c.day) {
            Some(p) => i18n::quiz_answer(
                lang,
                &region_name(atlas, lang, &c.region),
                c.day,
                &power_name(atlas, lang, &p.power),
                p.status,
                p.from,
            ),
            None => String::new(),
        },
        Question::Order(o) => {
            let when = |id: &str| atlas.event(id).map(|e| i18n::format_when(lang, &e.when)).unwrap_or_default();
            i18n::quiz_order_answer(
                lang,
                &event_title(atlas, lang, &o.earlier),
                &when(&o.earlier),
                &event_title(atlas, lang, &o.later),
                &when(&o.later),
            )
        }
    }
}

/// The note and the sources behind the answer.
fn answer_sources(atlas: &Atlas, lang: Lang, q: &Question) -> (Option<String>, String) {
    match q {
        Question::Control(c) => atlas.control_at(&c.region, c.day).map_or((None, String::new()), |p| {
            (p.note.as_ref().map(|n| n.get(lang).to_string()), html::sources_text(atlas, lang, &p.sources))
        }),
        Question::Order(o) => {
            let line = [&o.earlier, &o.later]
                .iter()
                .filter_map(|id| atlas.event(id))
                .map(|e| html::source_line(atlas, lang, e))
                .collect::<Vec<_>>()
                .join("; ");
            (None, line)
        }
    }
}

/// The day a question is about (an order question: the later event's first day), for the review links.
fn question_day(atlas: &Atlas, q: &Question) -> Option<atlas_core::Day> {
    match q {
        Question::Control(c) => Some(c.day),
        Question::Order(o) => atlas.event(&o.earlier).map(|e| e.when.first_day()),
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
        ctx.quiz.set(Some(QuizState::new(atlas, params)));
        platform::refocus_after_render("quiz", "[data-testid=\"quiz-choice\"]");
    };
    let choose = move |id: String| {
        let mut reveal = None;
        ctx.quiz.update(|q| {
            if let Some(q) = q.as_mut() {
                if q.chosen().is_none() && !q.finished() {
                    reveal = q.current().cloned();
                    q.answers.push(id);
                }
            }
        });
        // The map now shows the day in colour (for "Which came first?", the earlier event's day).
        match reveal {
            Some(Question::Control(c)) => ctx.select(Selection::Day(c.day)),
            Some(Question::Order(o)) => ctx.select_event(&o.earlier),
            None => {}
        }
        platform::refocus_after_render("quiz", "[data-testid=\"quiz-next\"]");
    };
    let next = move || {
        ctx.quiz.update(|q| {
            if let Some(q) = q.as_mut() {
                if q.chosen().is_some() {
                    q.index += 1;
                }
            }
        });
        let over = ctx.quiz.with_untracked(|q| q.as_ref().is_none_or(QuizState::finished));
        let target = if over { "#quiz-summary" } else { "[data-testid=\"quiz-choice\"]" };
        platform::refocus_after_render("quiz", target);
    };

    let progress = move || {
        let lang = ctx.lang.get();
        ctx.quiz.with(|q| {
            q.as_ref()
                .map(|q| i18n::quiz_progress(lang, (q.index + 1).min(q.questions.len()), q.questions.len(), q.score()))
        })
    };

    // What the live region says: the question when it appears, the feedback once answered, the score at the end.
    let announcement = move || {
        let lang = ctx.lang.get();
        ctx.quiz.with(|q| {
            let q = q.as_ref()?;
            if q.finished() {
                return Some(i18n::quiz_score(lang, q.score(), q.questions.len()));
            }
            let question = q.current()?;
            Some(match q.chosen() {
                None => format!(
                    "{}{}{}",
                    i18n::quiz_progress(lang, q.index + 1, q.questions.len(), q.score()),
                    if lang == Lang::Zh { "。" } else { ". " },
                    question_text(atlas, lang, question)
                ),
                Some(choice) => format!(
                    "{} {}",
                    ctx.t(if question.is_right(choice) { Msg::QuizRight } else { Msg::QuizWrong }),
                    answer_text(atlas, lang, question)
                ),
            })
        })
    };

    let body = move || {
        let lang = ctx.lang.get();
        let state = ctx.quiz.get()?;
        if state.finished() {
            return Some(summary(ctx, &state, lang, start).into_any());
        }
        let question = state.current()?.clone();
        let chosen = state.chosen().map(str::to_string);
        let (kind, region, date) = match &question {
            Question::Control(c) => ("control", Some(c.region.clone()), Some(c.day.to_string())),
            Question::Order(_) => ("order", None, None),
        };
        let choices = question
            .choices()
            .iter()
            .map(|id| {
                let is_answer = question.is_right(id);
                let picked = chosen.as_deref() == Some(id.as_str());
                let label = match &question {
                    Question::Control(_) => power_name(atlas, lang, id),
                    Question::Order(_) => event_title(atlas, lang, id),
                };
                // After the answer, the right choice and a wrong pick say so in words, not only in colour.
                let mark = chosen.as_ref().and_then(|_| {
                    if is_answer {
                        Some(format!(" ✓ {}", ctx.t(Msg::QuizRightAnswer)))
                    } else if picked {
                        Some(format!(" ✗ {}", ctx.t(Msg::QuizYourAnswer)))
                    } else {
                        None
                    }
                });
                let power = matches!(question, Question::Control(_)).then(|| id.clone());
                let event = matches!(question, Question::Order(_)).then(|| id.clone());
                let id = id.clone();
                view! {
                    <li>
                        <button
                            type="button"
                            class="button quiz__choice"
                            class:quiz__choice--right=chosen.is_some() && is_answer
                            class:quiz__choice--wrong=picked && !is_answer
                            data-testid="quiz-choice"
                            data-power=power
                            data-event=event
                            aria-disabled=chosen.is_some().then_some("true")
                            on:click=move |_| choose(id.clone())
                        >
                            {label}
                            {mark}
                        </button>
                    </li>
                }
            })
            .collect_view();
        let feedback = chosen.as_ref().map(|choice| {
            let right = question.is_right(choice);
            let (note, sources) = answer_sources(atlas, lang, &question);
            let last = state.index + 1 == state.questions.len();
            view! {
                <div
                    class="quiz__feedback"
                    class:quiz__feedback--right=right
                    data-testid="quiz-feedback"
                    data-correct=right.to_string()
                >
                    <p>
                        <strong>{ctx.t(if right { Msg::QuizRight } else { Msg::QuizWrong })}</strong>
                        " "
                        {answer_text(atlas, lang, &question)}
                    </p>
                    {note.map(|n| view! { <p class="quiz__note">{n}</p> })}
                    <p class="quiz__sources">{ctx.t(Msg::SourcesLabel)} ": " {sources}</p>
                    <button type="button" class="button button--primary" data-testid="quiz-next" on:click=move |_| next()>
                        {ctx.t(if last { Msg::QuizFinish } else { Msg::QuizNext })}
                    </button>
                </div>
            }
        });
        Some(
            view! {
                <p
                    class="quiz__question"
                    id="quiz-question"
                    data-testid="quiz-question"
                    data-kind=kind
                    data-region=region
                    data-date=date
                >
                    {question_text(atlas, lang, &question)}
                </p>
                {matches!(question, Question::Control(_))
                    .then(|| view! { <p class="quiz__hint">{ctx.t(Msg::QuizMapHidden)}</p> })}
                <ul class="quiz__choices" role="group" aria-labelledby="quiz-question">{choices}</ul>
                {feedback}
            }
            .into_any(),
        )
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
                    {body}
                </section>
            </Show>
            <p class="visually-hidden" role="status" aria-live="polite" data-testid="quiz-announcer">{announcement}</p>
        </div>
    }
}

/// After the last question: the score, the questions missed with links to their dates, and the ways on.
fn summary(ctx: Ctx, state: &QuizState, lang: Lang, start: impl Fn(QuizParams) + Copy + 'static) -> impl IntoView {
    let atlas = ctx.atlas;
    let missed: Vec<(String, atlas_core::Day)> = state
        .questions
        .iter()
        .zip(&state.answers)
        .filter(|(q, a)| !q.is_right(a))
        .filter_map(|(q, _)| {
            Some((
                format!("{} {}", question_text(atlas, lang, q), answer_text(atlas, lang, q)),
                question_day(atlas, q)?,
            ))
        })
        .collect();
    let review = if missed.is_empty() {
        view! { <p>{ctx.t(Msg::QuizNothingToReview)}</p> }.into_any()
    } else {
        let items = missed
            .into_iter()
            .map(|(text, day)| {
                // A real link (it opens in a new tab too); a plain click shows the day here, the summary kept.
                let view_state = ViewState { selection: Selection::Day(day), ..ViewState::initial(lang) };
                let href = view_state.to_query();
                view! {
                    <li>
                        <a
                            href=href
                            data-testid="quiz-review"
                            data-date=day.to_string()
                            on:click=move |ev| {
                                ev.prevent_default();
                                ctx.select(Selection::Day(day));
                            }
                        >
                            {i18n::format_day(lang, day)}
                        </a>
                        ": "
                        {text}
                    </li>
                }
            })
            .collect_view();
        view! {
            <h3 class="quiz__subtitle">{ctx.t(Msg::QuizReview)}</h3>
            <ul class="quiz__review">{items}</ul>
        }
        .into_any()
    };
    let again = state.params.clone();
    let fresh = QuizParams { seed: None, ..state.params.clone() };
    view! {
        <div class="quiz__summary" id="quiz-summary" tabindex="-1" data-testid="quiz-summary">
            <p class="quiz__score">
                <strong>{i18n::quiz_score(lang, state.score(), state.questions.len())}</strong>
            </p>
            {review}
            <div class="quiz__actions">
                <button type="button" class="button" data-testid="quiz-restart" on:click=move |_| start(again.clone())>
                    {ctx.t(Msg::QuizRestart)}
                </button>
                <button type="button" class="button" data-testid="quiz-new" on:click=move |_| start(fresh.clone())>
                    {ctx.t(Msg::QuizNew)}
                </button>
            </div>
        </div>
    }
}
