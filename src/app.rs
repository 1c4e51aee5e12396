//! `<App/>`: loads and validates the data (the only place that does), owns the selection, language and selected
//! event as signals, keeps the URL and the document in step with them, and lays out the components.

use crate::components::{
    data_errors::DataErrors, event_cards::EventCards, event_list::EventList, header::Header, map_view::MapView,
    status_table::StatusTable, year_slider::YearSlider,
};
// Classroom: compare two dates, and the quiz.
use crate::components::{compare::Compare, quiz, quiz::Quiz, quiz::QuizButton};
use crate::platform;
use atlas_core::i18n::{self, tr, Msg};
use atlas_core::quiz::QuizState;
use atlas_core::{Atlas, Era, Lang, Selection, ViewState};
use leptos::prelude::*;

/// What every component reads: the data and the view state. Cheap to copy.
#[derive(Clone, Copy)]
pub struct Ctx {
    pub atlas: &'static Atlas,
    pub selection: RwSignal<Selection>,
    pub lang: RwSignal<Lang>,
    /// The selected event card.
    pub event: RwSignal<Option<String>>,
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

    /// Select one event: the date moves to its day (clamped into the slider's range).
    pub fn select_event(&self, id: &str) {
        if let Some(e) = self.atlas.event(id) {
            let selection = Selection::Day(e.when.first_day()).clamped();
            self.selection.set(selection);
            self.settled.set(selection);
            self.event.set(Some(e.id.clone()));
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

/// How long the date must rest before the address bar and the title follow it.
pub const URL_DELAY_MS: u64 = 150;

#[component]
pub fn App() -> impl IntoView {
    // Validated and packed at build time (build.rs); a data problem arrives here as the list of errors.
    match atlas_core::pack::decode(include_bytes!(concat!(env!("OUT_DIR"), "/atlas.bin"))) {
        Ok(atlas) => {
            // The data lives as long as the page: leaking it lets every closure borrow it for free.
            let atlas: &'static Atlas = Box::leak(Box::new(atlas));
            view! { <Atlas atlas=atlas /> }.into_any()
        }
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
    let embed = initial.embed;
    let selection = RwSignal::new(initial.selection);
    let settled = RwSignal::new(initial.selection);
    let ctx = Ctx {
        atlas,
        selection,
        lang: RwSignal::new(initial.lang),
        event: RwSignal::new(initial.event),
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

    // The outside world follows the state. `<html lang>` at once (screen readers); the address bar and the title
    // once the slider rests for a moment: rewriting them on every step of a drag cost ~1 ms a step, and Chromium
    // throttles (and warns about) more than a few hundred history updates in ten seconds.
    let pending: StoredValue<Option<leptos::leptos_dom::helpers::TimeoutHandle>> = StoredValue::new(None);
    Effect::new(move |previous: Option<()>| {
        let state = ViewState {
            selection: ctx.selection.get(),
            lang: ctx.lang.get(),
            event: ctx.event.get(),
            embed,
            compare: ctx.compare.get(),
            quiz: ctx.quiz.with(|q| q.as_ref().map(|q| q.params().clone())),
        };
        platform::set_document_lang(state.lang);
        let write = move || {
            set_if_changed(ctx.settled, state.selection);
            platform::replace_query(&state.to_query());
            let title =
                format!("{} · {}", i18n::selection_heading(state.lang, state.selection), tr(state.lang, Msg::AppTitle));
            platform::set_document_title(&title);
        };
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        if previous.is_none() {
            // The first time at once: a strange address is tidied before anyone copies it.
            write();
        } else {
            let handle = set_timeout_with_handle(write, std::time::Duration::from_millis(URL_DELAY_MS)).ok();
            pending.set_value(handle);
        }
    });

    // Printing right after a slider step: draw everything first.
    let _ = window_event_listener(leptos::ev::beforeprint, move |_| ctx.settle());

    let heading = move || i18n::selection_heading(ctx.lang.get(), ctx.selection.get());
    let caption = move || i18n::state_caption(ctx.lang.get(), ctx.selection.get());
    let era = move || {
        let lang = ctx.lang.get();
        ctx.era.get().map(|e| {
            format!("{}{}{}", tr(lang, Msg::EraLabel), if lang == Lang::Zh { "：" } else { ": " }, e.name.get(lang))
        })
    };

    view! {
        <a class="skip-link" href="#year-slider">{ctx.text(Msg::SkipToTimeline)}</a>
        <div class="app" class:app--embed=embed>
            <Header embed=embed />
            <main class="layout" id="main">
                <section class="layout__time" aria-labelledby="date-heading">
                    <h2 id="date-heading" class="date-display" data-testid="date-display">
                        {heading}
                    </h2>
                    <p class="date-caption" data-testid="date-caption">{caption}</p>
                    <p class="era-label" data-testid="era-label">{era}</p>
                    <YearSlider />
                </section>
                <section class="layout__map" aria-labelledby="map-heading">
                    <MapView />
                </section>
                <section class="layout__status" aria-labelledby="status-heading">
                    <StatusTable />
                </section>
                <section class="layout__events" aria-labelledby="events-heading">
                    <QuizButton />
                    <Compare />
                    <Quiz />
                    <EventCards />
                </section>
                <section class="layout__list" aria-labelledby="all-events-heading">
                    <EventList />
                </section>
            </main>
            <footer class="footer" class:footer--embed=embed>
                <p>{ctx.text(Msg::Attribution)}</p>
            </footer>
        </div>
    }
}
