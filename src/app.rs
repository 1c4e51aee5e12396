//! `<App/>`: loads and validates the data (the only place that does), owns the selection, language and selected
//! event as signals, keeps the URL and the document in step with them, and lays out the components.

use crate::components::{
    data_errors::DataErrors,
    event_cards::{EventCards, PrintNotes},
    event_list::EventList,
    header::Header,
    map_view::{MapDetails, MapState, MapView},
    status_table::StatusTable,
    year_slider::YearSlider,
};
// Classroom: compare two dates, and the quiz.
use crate::components::{compare::Compare, quiz, quiz::Quiz, quiz::QuizButton};
use crate::platform;
use atlas_core::i18n::{self, tr, Msg};
use atlas_core::quiz::QuizState;
use atlas_core::{Atlas, Era, EventId, Lang, Selection, ViewState};
use leptos::prelude::*;

/// What every component reads: the data and the view state. Cheap to copy.
#[derive(Clone, Copy)]
pub struct Ctx {
    pub atlas: &'static Atlas,
    pub selection: RwSignal<Selection>,
    pub lang: RwSignal<Lang>,
    /// The selected event card.
    pub event: RwSignal<Option<EventId>>,
    /// The selection once the slider has rested (150 ms without a change). While it differs from `selection`, the
    /// slider is moving: the map, the date and the period follow every step; the parts that are slow to lay out and
    /// that nobody reads mid-drag (the event cards and the status table: paragraphs of new text) wait for it.
    pub settled: RwSignal<Selection>,
    /// True while `settled` lags behind `selection` (the slider is moving). Changes twice per move, not per step.
    pub sliding: ReadSignal<bool>,
    /// The period of the selected date (the line above the slider and the strip's bands read it): it changes a
    /// few times over the whole range, so its readers re-run only then, not on every step.
    pub era: ReadSignal<Option<&'static Era>>,
    /// Classroom: the second date of a comparison (`compare=`), drawn by `components/compare.rs`.
    pub compare: RwSignal<Option<Selection>>,
    /// Classroom: the quiz while one runs (`quiz=1`), drawn by `components/quiz.rs`.
    pub quiz: RwSignal<Option<QuizState>>,
}

impl Ctx {
    /// An interface string in the current language (reactive when called inside a closure).
    pub fn t(&self, msg: Msg) -> &'static str {
        tr(self.lang.get(), msg)
    }

    /// A reactive interface string for a view. Every call returns the same closure type, so the renderer's code
    /// for it is generated once rather than once per string (this keeps the wasm smaller).
    pub fn text(self, msg: Msg) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
        move || self.t(msg)
    }

    /// Select one event: the date moves to its day (for an event outside the map's years, the nearer end).
    pub fn select_event(&self, id: EventId) {
        let selection = Selection::of_event(self.atlas.event(id));
        self.selection.set(selection);
        self.settled.set(selection);
        self.event.set(Some(id));
    }

    /// Select one event by its id as written (a button's `data-select`); an unknown id does nothing.
    pub fn select_event_key(&self, id: &str) {
        if let Some(id) = self.atlas.event_id(id) {
            self.select_event(id);
        }
    }

    /// Select a year (or a day) and drop any selected event: a single move (a typed date, a band, a button).
    pub fn select(&self, selection: Selection) {
        self.slide(selection);
        self.settle();
    }

    /// Let everything that waits for the slider to rest follow the date now.
    pub fn settle(&self) {
        set_if_changed(self.settled, self.selection.get_untracked());
    }

    /// Like [`Ctx::select`], for one step of a moving slider: `settled` follows when it rests.
    pub fn slide(&self, selection: Selection) {
        // Written only when they change, or every slider step would rebuild everything that depends on the
        // selected event (the whole event list).
        set_if_changed(self.event, None);
        set_if_changed(self.selection, selection.clamped());
    }
}

/// Write `value` into `signal` unless it holds it already: setting a signal notifies its readers even when the
/// value is the same.
pub fn set_if_changed<T: PartialEq + Send + Sync + 'static>(signal: RwSignal<T>, value: T) {
    if signal.with_untracked(|old| *old != value) {
        signal.set(value);
    }
}

/// Write each of `values` into its signal, only where it changed: how the view applies a frame from the core
/// (the map's regions and places, the dividing lines) so that a step re-runs only what changed.
pub fn apply<T: PartialEq + Send + Sync + 'static>(signals: &[RwSignal<T>], values: impl IntoIterator<Item = T>) {
    for (signal, value) in signals.iter().zip(values) {
        set_if_changed(*signal, value);
    }
}

/// A value computed from signals, like a memo, but kept in a signal of its own that an effect writes only when the
/// value changes (`same` says when it has not).
///
/// Why not a memo: when a memo's source changes, reactive_graph marks every reader downstream of the memo at once
/// (copying each node's reader list to do so), whether or not the memo's value then changes. A date change marked
/// some 300 nodes that way on every slider step. Behind this signal, a step marks only the readers of values that
/// really changed.
pub fn derived<T: Send + Sync + 'static>(compute: impl Fn() -> T + 'static, same: fn(&T, &T) -> bool) -> ReadSignal<T> {
    let (read, write) = signal(untrack(&compute));
    Effect::new(move |_| {
        let value = compute();
        if !read.with_untracked(|old| same(old, &value)) {
            write.set(value);
        }
    });
    read
}

/// How long the date must rest before the slow parts follow it (the cards, the status table, the address bar and
/// the title): see [`Rest`].
pub const URL_DELAY_MS: u64 = 150;

/// The rest: runs the latest job given to [`Rest::then`] once the view state has not changed for
/// [`URL_DELAY_MS`]; a newer job cancels the one waiting. While the slider moves, the map, the date and the period
/// follow every step; `Ctx::settled` (and with it the cards, the status table, the tooltips and the map's names),
/// the address bar and the title follow when it rests.
#[derive(Clone, Copy)]
pub struct Rest(StoredValue<Option<leptos::leptos_dom::helpers::TimeoutHandle>>);

impl Default for Rest {
    fn default() -> Rest {
        Rest::new()
    }
}

impl Rest {
    pub fn new() -> Rest {
        Rest(StoredValue::new(None))
    }

    /// Run `job` after the rest, unless another job comes first.
    pub fn then(&self, job: impl FnOnce() + 'static) {
        if let Some(handle) = self.0.get_value() {
            handle.clear();
        }
        self.0.set_value(set_timeout_with_handle(job, std::time::Duration::from_millis(URL_DELAY_MS)).ok());
    }
}

/// What the page says when its outline is missing or from another build (the shapes cannot be drawn without it).
const SHELL_ERROR: &str = "index.html: the map's outline (#shell, with the region shapes) is missing or comes from \
another build of the data. Build the page again (scripts/run.sh, or trunk build --release) and serve index.html unchanged.";

#[component]
pub fn App() -> impl IntoView {
    // Validated and packed at build time (build.rs); a data problem arrives here as the list of errors. The longer
    // texts come later, one language at a time (crate::texts).
    match atlas_core::pack::decode(crate::texts::CORE) {
        // The map's shapes come from the page's outline (`platform::ShellPath`).
        Ok(atlas) => match platform::read_shell_paths() {
            true => {
                // The data lives as long as the page: leaking it lets every closure borrow it for free.
                let atlas: &'static Atlas = Box::leak(Box::new(atlas));
                view! { <Atlas atlas=atlas /> }.into_any()
            }
            false => {
                let lang = ViewState::from_query(&platform::query(), &atlas, platform::preferred_lang()).lang;
                platform::set_document_lang_and_title(lang, tr(lang, Msg::DataErrorTitle));
                let errors = vec![SHELL_ERROR.to_string()];
                view! { <DataErrors errors=errors lang=lang /> }.into_any()
            }
        },
        Err(errors) => {
            let lang = ViewState::from_query(&platform::query(), &Atlas::default(), platform::preferred_lang()).lang;
            platform::set_document_lang_and_title(lang, tr(lang, Msg::DataErrorTitle));
            view! { <DataErrors errors=errors lang=lang /> }.into_any()
        }
    }
}

#[component]
fn Atlas(atlas: &'static Atlas) -> impl IntoView {
    let initial = ViewState::from_query(&platform::query(), atlas, platform::preferred_lang());
    // The powers' colours come with the data: the build writes them as a stylesheet of their own
    // (`palette-<hash>.css`, build.rs), which the page links; nothing is styled inline at run time.
    let embed = initial.embed;
    let selection = RwSignal::new(initial.selection);
    let settled = RwSignal::new(initial.selection);
    let ctx = Ctx {
        atlas,
        selection,
        lang: RwSignal::new(initial.lang),
        // Resolved once: `ViewState` has checked the id exists (an unknown one was dropped).
        event: RwSignal::new(initial.event.as_deref().and_then(|id| atlas.event_id(id))),
        settled,
        sliding: derived(move || settled.get() != selection.get(), PartialEq::eq),
        era: derived(
            move || atlas.era_of(selection.get()),
            |a, b| match (a, b) {
                (Some(x), Some(y)) => std::ptr::eq(*x, *y),
                (None, None) => true,
                _ => false,
            },
        ),
        compare: RwSignal::new(initial.compare),
        quiz: RwSignal::new(quiz::from_link(atlas, initial.quiz.clone())),
    };
    provide_context(ctx);
    // The reader's language's texts, fetched once the map is on screen (it needs none of them).
    crate::texts::start(ctx);
    provide_context(MapState::new(ctx));
    // The stage fits the screen once it is laid out (and again whenever the header, the slider or the window
    // change size).
    request_animation_frame(platform::fit_stage);

    // The outside world follows the state. `<html lang>` at once (screen readers); `settled`, the address bar and
    // the title once the slider rests (`Rest`): rewriting them on every step of a drag cost ~1 ms a step, and
    // Chromium throttles (and warns about) more than a few hundred history updates in ten seconds.
    let rest = Rest::new();
    Effect::new(move |previous: Option<()>| {
        let state = ViewState {
            selection: ctx.selection.get(),
            lang: ctx.lang.get(),
            event: ctx.event.get().map(|id| atlas.event(id).id.clone()),
            embed,
            compare: ctx.compare.get(),
            quiz: ctx.quiz.with(|q| q.as_ref().map(|q| q.params().clone())),
        };
        platform::set_document_lang(state.lang);
        let follow = move |hold: bool| {
            set_if_changed(ctx.settled, state.selection);
            if hold {
                platform::hold_date_row(false);
            }
            platform::replace_query(&state.to_query(atlas));
            let title =
                format!("{} · {}", i18n::selection_heading(state.lang, state.selection), tr(state.lang, Msg::AppTitle));
            platform::set_document_title(&title);
        };
        if previous.is_none() {
            // The first time at once: a strange address is tidied before anyone copies it. (The date row is first
            // held after the first frame, below: measuring it now would lay the new page out inside this task.)
            follow(false);
        } else {
            rest.then(move || follow(true));
        }
    });

    // What lies below the stage (the legend and the region's details, the status table, the list of all events:
    // about half the page's elements) is built just after the first frame has painted the stage, in a task of its
    // own: the coloured map and the slider do not wait for it.
    let below = RwSignal::new(false);
    request_animation_frame(move || {
        set_timeout(
            move || {
                // The first frame is laid out: the date row's height costs no layout to read now.
                platform::hold_date_row(false);
                below.set(true);
            },
            std::time::Duration::ZERO,
        )
    });

    // Printing right after a slider step (or before the page below the stage was built): draw everything first.
    let _ = window_event_listener(leptos::ev::beforeprint, move |_| {
        below.set(true);
        ctx.settle();
    });

    // A selected event outside the map's years (1905, 1993) shows its own date; the caption says where the map is.
    let outside = move || atlas.event_outside_map(ctx.event.get());
    let heading = move || i18n::date_heading(ctx.lang.get(), ctx.selection.get(), outside());
    let caption = move || i18n::date_caption(ctx.lang.get(), ctx.selection.get(), outside());
    let era = move || {
        let lang = ctx.lang.get();
        ctx.era.get().map(|e| {
            format!("{}{}{}", tr(lang, Msg::EraLabel), if lang == Lang::Zh { "：" } else { ": " }, e.name.get(lang))
        })
    };

    view! {
        <a class="skip-link" href="#year-slider">{ctx.text(Msg::SkipToTimeline)}</a>
        <div class="app" class:app--embed=embed id="app">
            <Header embed=embed />
            <main class="page" id="main">
                // The stage: the map, the date and the slider on one screen (`--chrome`, set by `fit_stage`, is the
                // height the header and the slider take, so that the map gets the rest); the cards beside it on
                // wide screens, right below it on narrow ones.
                <div class="stage" id="stage" data-testid="stage">
                    <section class="stage__map" aria-labelledby="map-heading">
                        <MapView />
                    </section>
                    <section class="stage__time" id="stage-time" aria-labelledby="date-heading">
                        // The date row keeps its height while the slider moves (`platform::hold_date_row`).
                        <div class="stage__date">
                            <div class="stage__date-row" id="date-row">
                                <h2 id="date-heading" class="date-display" data-testid="date-display">
                                    {heading}
                                </h2>
                                <div class="stage__date-lines">
                                    <p class="era-label" data-testid="era-label">{era}</p>
                                    <p class="date-caption" class:date-caption--outside=move || outside().is_some() data-testid="date-caption">
                                        {caption}
                                    </p>
                                </div>
                            </div>
                        </div>
                        <YearSlider />
                    </section>
                    <section class="stage__cards" aria-labelledby="events-heading">
                        // Classroom: compare two dates, and the quiz (their panels open above the cards).
                        <div class="classroom">
                            <QuizButton />
                            <Compare />
                            <Quiz />
                        </div>
                        <EventCards />
                    </section>
                </div>
                <section class="layout__legend" aria-labelledby="legend-heading">
                    {move || below.get().then(|| view! { <MapDetails /> })}
                </section>
                <section class="layout__status" aria-labelledby="status-heading">
                    {move || below.get().then(|| view! { <StatusTable /> })}
                </section>
                <section class="layout__list" aria-labelledby="all-events-heading">
                    {move || below.get().then(|| view! { <EventList /> })}
                </section>
            </main>
            <footer class="footer" class:footer--embed=embed>
                <p>{ctx.text(Msg::Attribution)}</p>
            </footer>
            {move || below.get().then(|| view! { <PrintNotes /> })}
        </div>
    }
}
