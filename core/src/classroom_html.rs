//! The markup of the classroom panels as HTML text: the list of a comparison of two dates, and the body of the quiz
//! (the question, its choices, the feedback; the summary at the end). As with the cards (`html.rs`), one
//! `innerHTML` per change is far lighter in the wasm than a tree of components, and the text is tested natively.
//!
//! The buttons carry what a click means: `data-select="<event id>"` (show that event), `data-show-day="<day>"`,
//! `data-choice="<id>"` (answer with it), `data-action="start|exit|next|restart|new"`; review links `data-review="<day>"`. The component listens once, on
//! the container. Every piece of data text is escaped here.

use crate::compare::RegionDiff;
use crate::date::Day;
use crate::html::{push_escaped, source_line, sources_text};
use crate::i18n::{self, tr, Msg};
use crate::model::{Event, EventId, Lang, Period, RegionId};
use crate::quiz::{Choice, Question, QuizState};
use crate::timeline::{Atlas, Selection, FIRST_YEAR, LAST_YEAR};
use crate::view_state::ViewState;
use std::fmt::Write;

// The quiz's questions and choices hold typed ids: their names here, and their ids as written for the buttons.
fn region_name(atlas: &Atlas, lang: Lang, id: RegionId) -> &str {
    atlas.region(id).name.get(lang)
}

fn event_title(atlas: &Atlas, lang: Lang, id: EventId) -> &str {
    atlas.event(id).title.get(lang)
}

fn choice_name(atlas: &Atlas, lang: Lang, choice: Choice) -> &str {
    match choice {
        Choice::Power(p) => atlas.power(p).name.get(lang),
        Choice::Event(e) => event_title(atlas, lang, e),
    }
}

/// `Power (status)` / `苏联（军事占领）`, or a dash when the record is silent.
fn held(out: &mut String, atlas: &Atlas, lang: Lang, p: Option<&Period>) {
    match p {
        Some(p) => {
            push_escaped(out, atlas.power(p.power).name.get(lang));
            out.push_str(if lang == Lang::Zh { "（" } else { " (" });
            push_escaped(out, i18n::status_name(lang, p.status));
            out.push(if lang == Lang::Zh { '）' } else { ')' });
        }
        None => out.push('—'),
    }
}

/// The colon after a label.
fn colon(lang: Lang) -> &'static str {
    if lang == Lang::Zh {
        "："
    } else {
        ": "
    }
}

fn diff_item(out: &mut String, atlas: &Atlas, lang: Lang, d: &RegionDiff<'_>) {
    out.push_str("<li class=\"compare__item\" data-region=\"");
    push_escaped(out, &d.region.id);
    out.push_str("\" data-from=\"");
    push_escaped(out, atlas.power_key(d.from_power()));
    out.push_str("\" data-to=\"");
    push_escaped(out, atlas.power_key(d.to_power()));
    out.push_str("\" data-kind=\"");
    out.push_str(d.kind.id());
    out.push_str("\"><details><summary><strong>");
    push_escaped(out, d.region.name.get(lang));
    out.push_str("</strong>");
    out.push_str(colon(lang));
    held(out, atlas, lang, d.before);
    out.push_str(" → ");
    held(out, atlas, lang, d.after);
    out.push_str("</summary><ol class=\"compare__steps\">");
    for s in &d.steps {
        out.push_str("<li><span class=\"compare__date\">");
        push_escaped(out, &i18n::format_day(lang, s.day));
        out.push_str("</span>");
        out.push_str(colon(lang));
        held(out, atlas, lang, Some(s.after));
        for e in &s.events {
            out.push_str(" <button type=\"button\" class=\"compare__event-link\" data-testid=\"compare-event-link\" data-select=\"");
            push_escaped(out, &e.id);
            out.push_str("\">");
            push_escaped(out, e.title.get(lang));
            out.push_str("</button>");
        }
        out.push_str("</li>");
    }
    out.push_str("</ol></details></li>");
}

/// The comparison of the shown date with the other: heading, what the map shows, the regions held by another
/// power (`data-testid="compare-changes"`, items with `data-region`, `data-from`, `data-to`), those that changed
/// and came back or changed only how they were held (`compare-others`).
pub fn comparison(atlas: &Atlas, lang: Lang, shown: Selection, other: Selection) -> String {
    let c = atlas.compare(shown, other);
    let mut out = String::with_capacity(8 * 1024);
    out.push_str("<h2 class=\"compare__heading\" id=\"compare-heading\" data-testid=\"compare-heading\">");
    push_escaped(&mut out, &i18n::compare_heading(lang, c.earlier, c.later));
    out.push_str("</h2><p class=\"compare__caption\">");
    push_escaped(&mut out, &i18n::compare_caption(lang, shown, other));
    out.push_str("</p>");
    let changed: Vec<&RegionDiff<'_>> = c.changed().collect();
    if changed.is_empty() {
        out.push_str("<p data-testid=\"compare-none\">");
        push_escaped(&mut out, tr(lang, Msg::CompareNone));
        out.push_str("</p>");
    } else {
        out.push_str(
            "<ul class=\"compare__list\" data-testid=\"compare-changes\" aria-labelledby=\"compare-heading\">",
        );
        for d in changed {
            diff_item(&mut out, atlas, lang, d);
        }
        out.push_str("</ul>");
    }
    let others: Vec<&RegionDiff<'_>> = c.others().collect();
    if !others.is_empty() {
        out.push_str("<h3 class=\"compare__subheading\" id=\"compare-others-heading\">");
        push_escaped(&mut out, tr(lang, Msg::CompareOthers));
        out.push_str("</h3><ul class=\"compare__list\" data-testid=\"compare-others\" aria-labelledby=\"compare-others-heading\">");
        for d in others {
            diff_item(&mut out, atlas, lang, d);
        }
        out.push_str("</ul>");
    }
    out.push_str("<p class=\"compare__hint\">");
    push_escaped(&mut out, tr(lang, Msg::CompareEventHint));
    out.push_str("</p>");
    out
}

/// The form to choose the second date: a typed year or date, a year slider (starting at `year`), the start of a
/// period. `typed` is what was typed; `invalid` marks it wrong (the error itself is shown by the component, in a
/// live region that outlives this markup).
pub fn compare_form(atlas: &Atlas, lang: Lang, typed: &str, invalid: bool, year: i32) -> String {
    let mut out = String::with_capacity(2048);
    out.push_str("<div class=\"compare__form\" role=\"group\" aria-labelledby=\"compare-form-title\" data-testid=\"compare-form\"><p id=\"compare-form-title\" class=\"compare__form-title\">");
    push_escaped(&mut out, tr(lang, Msg::CompareTitle));
    out.push_str("</p><form class=\"compare__row\"><label for=\"compare-input\">");
    push_escaped(&mut out, tr(lang, Msg::CompareDateLabel));
    out.push_str("</label><input id=\"compare-input\" class=\"goto__input\" data-testid=\"compare-input\" type=\"text\" inputmode=\"numeric\" autocomplete=\"off\" aria-describedby=\"compare-error\" aria-invalid=\"");
    out.push_str(if invalid { "true" } else { "false" });
    out.push_str("\" placeholder=\"");
    push_escaped(&mut out, tr(lang, Msg::GoToPlaceholder));
    out.push_str("\" value=\"");
    push_escaped(&mut out, typed);
    out.push_str("\"><button type=\"submit\" class=\"button\" data-testid=\"compare-go\">");
    push_escaped(&mut out, tr(lang, Msg::CompareGo));
    out.push_str("</button></form><div class=\"compare__row\"><label for=\"compare-year\">");
    push_escaped(&mut out, tr(lang, Msg::CompareYearLabel));
    let _ = write!(
        out,
        "</label><input id=\"compare-year\" class=\"compare__slider\" data-testid=\"compare-year\" type=\"range\" min=\"{FIRST_YEAR}\" max=\"{LAST_YEAR}\" step=\"1\" value=\"{y}\" aria-valuetext=\"{y}\"><output id=\"compare-year-out\" class=\"compare__year\" for=\"compare-year\" data-testid=\"compare-year-out\">{y}</output></div><div class=\"compare__row\"><label for=\"compare-era\">",
        y = year.clamp(FIRST_YEAR, LAST_YEAR)
    );
    push_escaped(&mut out, tr(lang, Msg::CompareEraLabel));
    out.push_str("</label><select id=\"compare-era\" data-testid=\"compare-era\"><option value=\"\" selected>");
    push_escaped(&mut out, tr(lang, Msg::CompareEraChoose));
    out.push_str("</option>");
    for (i, era) in atlas.eras.iter().enumerate() {
        let _ = write!(out, "<option value=\"{i}\">");
        push_escaped(&mut out, era.name.get(lang));
        out.push_str("</option>");
    }
    out.push_str("</select></div></div>");
    out
}

/// The event pressed in a comparison's list: its dates, title and summary, and a button to its day
/// (`data-show-day`).
pub fn compare_event(lang: Lang, e: &Event) -> String {
    let mut out = String::with_capacity(1024);
    out.push_str("<div class=\"compare__event\" data-testid=\"compare-event\" data-event=\"");
    push_escaped(&mut out, &e.id);
    out.push_str("\"><p class=\"compare__event-title\"><span class=\"compare__date\">");
    push_escaped(&mut out, &i18n::format_when(lang, &e.when));
    out.push_str("</span> · <strong>");
    push_escaped(&mut out, e.title.get(lang));
    out.push_str("</strong></p><p>");
    push_escaped(&mut out, e.summary.get(lang));
    let _ = write!(out, "</p><button type=\"button\" class=\"button\" data-show-day=\"{}\">", e.when.first_day());
    push_escaped(&mut out, tr(lang, Msg::CompareShowDate));
    out.push_str("</button></div>");
    out
}

/// The question in words.
pub fn question_text(atlas: &Atlas, lang: Lang, q: &Question) -> String {
    match q {
        Question::Control(c) => i18n::quiz_question(lang, region_name(atlas, lang, c.region), c.day),
        Question::Order(_) => tr(lang, Msg::QuizWhichFirst).to_string(),
    }
}

/// The right answer in words, with the status and since when (or the two events' dates).
pub fn answer_text(atlas: &Atlas, lang: Lang, q: &Question) -> String {
    match q {
        Question::Control(c) => atlas.control_at(c.region, c.day).map_or_else(String::new, |p| {
            let (region, power) = (region_name(atlas, lang, c.region), atlas.power(p.power).name.get(lang));
            i18n::quiz_answer(lang, region, c.day, power, p.status, p.from)
        }),
        Question::Order(o) => {
            let when = |id: EventId| i18n::format_when(lang, &atlas.event(id).when);
            i18n::quiz_order_answer(
                lang,
                event_title(atlas, lang, o.earlier),
                &when(o.earlier),
                event_title(atlas, lang, o.later),
                &when(o.later),
            )
        }
    }
}

/// The day to review a question at: the asked day, or the earlier event's first day.
pub fn question_day(atlas: &Atlas, q: &Question) -> Option<Day> {
    match q {
        Question::Control(c) => Some(c.day),
        Question::Order(o) => Some(atlas.event(o.earlier).when.first_day()),
    }
}

/// "Question 3 of 10 · Score: 2"
pub fn quiz_progress(lang: Lang, q: &QuizState) -> String {
    let total = q.questions().len();
    if q.finished() {
        return i18n::quiz_score(lang, q.score(), total);
    }
    i18n::quiz_progress(lang, (q.index() + 1).min(total), total, q.score())
}

/// What the live region says: the question when it appears, the feedback once answered, the score at the end.
pub fn quiz_announcement(atlas: &Atlas, lang: Lang, q: &QuizState) -> String {
    if q.finished() {
        return i18n::quiz_score(lang, q.score(), q.questions().len());
    }
    let Some(question) = q.current() else { return String::new() };
    match q.chosen() {
        None => {
            let sep = if lang == Lang::Zh { "。" } else { ". " };
            format!("{}{sep}{}", quiz_progress(lang, q), question_text(atlas, lang, question))
        }
        Some(choice) => {
            let verdict = tr(lang, if question.is_right(choice) { Msg::QuizRight } else { Msg::QuizWrong });
            format!("{verdict} {}", answer_text(atlas, lang, question))
        }
    }
}

/// Before a quiz: the "Test yourself" button (`data-action="start"`) and the choice to mix in "Which came first?"
/// questions (the checkbox `#quiz-order`, read when the button is pressed).
pub fn quiz_start(lang: Lang) -> String {
    let mut out = String::with_capacity(512);
    out.push_str("<div class=\"quiz__start\"><button type=\"button\" class=\"button\" data-testid=\"quiz-start\" data-action=\"start\">");
    push_escaped(&mut out, tr(lang, Msg::QuizStart));
    out.push_str(
        "</button><label class=\"quiz__option\"><input type=\"checkbox\" id=\"quiz-order\" data-testid=\"quiz-order\">",
    );
    push_escaped(&mut out, tr(lang, Msg::QuizIncludeOrder));
    out.push_str("</label></div>");
    out
}

/// The quiz panel: its title, the progress and score, a way out (`data-action="exit"`), and [`quiz_body`].
pub fn quiz_panel(atlas: &Atlas, lang: Lang, q: &QuizState) -> String {
    let mut out = String::with_capacity(3072);
    out.push_str("<section class=\"quiz__panel\" aria-labelledby=\"quiz-title\" data-testid=\"quiz-panel\"><div class=\"quiz__head\"><h2 id=\"quiz-title\" class=\"quiz__title\">");
    push_escaped(&mut out, tr(lang, Msg::QuizTitle));
    out.push_str("</h2>");
    // Once over, the score is the summary's (said once, not twice).
    if !q.finished() {
        out.push_str("<p class=\"quiz__progress\" data-testid=\"quiz-score\">");
        push_escaped(&mut out, &quiz_progress(lang, q));
        out.push_str("</p>");
    }
    out.push_str("<button type=\"button\" class=\"button\" data-testid=\"quiz-exit\" data-action=\"exit\">");
    push_escaped(&mut out, tr(lang, Msg::QuizExit));
    out.push_str("</button></div><div class=\"quiz__body\">");
    out.push_str(&quiz_body(atlas, lang, q));
    out.push_str("</div>");
    quiz_check(&mut out, lang);
    out.push_str("</section>");
    out
}

/// For the teacher: check a student's result code against this quiz (`data-quiz-check` on the form; the verdict goes
/// to `#quiz-check-result`).
fn quiz_check(out: &mut String, lang: Lang) {
    out.push_str("<details class=\"quiz__check\" data-testid=\"quiz-check\"><summary>");
    push_escaped(out, tr(lang, Msg::QuizCheckSummary));
    out.push_str("</summary><form class=\"quiz__check-form\" data-quiz-check=\"\"><label for=\"quiz-check-input\">");
    push_escaped(out, tr(lang, Msg::QuizCheckLabel));
    out.push_str("</label> <input id=\"quiz-check-input\" class=\"quiz__code-field\" data-testid=\"quiz-check-input\" type=\"text\" autocomplete=\"off\" spellcheck=\"false\"> <button type=\"submit\" class=\"button\" data-testid=\"quiz-check-button\">");
    push_escaped(out, tr(lang, Msg::QuizCheckButton));
    out.push_str("</button></form><p id=\"quiz-check-result\" class=\"quiz__check-result\" data-testid=\"quiz-check-result\" aria-live=\"polite\"></p></details>");
}

/// The body of the quiz panel: the question shown with its choices (and, once answered, the feedback and the way
/// on), or the summary once the quiz is over.
pub fn quiz_body(atlas: &Atlas, lang: Lang, q: &QuizState) -> String {
    let mut out = String::with_capacity(2048);
    let Some(question) = q.current() else {
        summary(&mut out, atlas, lang, q);
        return out;
    };
    let chosen = q.chosen();
    out.push_str("<p class=\"quiz__question\" id=\"quiz-question\" data-testid=\"quiz-question\"");
    match question {
        Question::Control(c) => {
            out.push_str(" data-kind=\"control\" data-region=\"");
            push_escaped(&mut out, &atlas.region(c.region).id);
            out.push_str("\" data-date=\"");
            out.push_str(&c.day.to_string());
            out.push('"');
        }
        Question::Order(_) => out.push_str(" data-kind=\"order\""),
    }
    out.push('>');
    push_escaped(&mut out, &question_text(atlas, lang, question));
    out.push_str("</p>");
    if matches!(question, Question::Control(_)) && chosen.is_none() {
        out.push_str("<p class=\"quiz__hint\">");
        push_escaped(&mut out, tr(lang, Msg::QuizMapHidden));
        out.push_str("</p>");
    }
    out.push_str("<div class=\"quiz__choices\" role=\"group\" aria-labelledby=\"quiz-question\">");
    for choice in question.choices() {
        let right = question.is_right(choice);
        let picked = chosen == Some(choice);
        let id = choice.key(atlas);
        out.push_str("<button type=\"button\" class=\"button quiz__choice");
        if chosen.is_some() && right {
            out.push_str(" quiz__choice--right");
        } else if picked {
            out.push_str(" quiz__choice--wrong");
        }
        out.push_str("\" data-testid=\"quiz-choice\" ");
        out.push_str(if matches!(question, Question::Control(_)) { "data-power=\"" } else { "data-event=\"" });
        push_escaped(&mut out, id);
        out.push_str("\" data-choice=\"");
        push_escaped(&mut out, id);
        out.push('"');
        if chosen.is_some() {
            out.push_str(" aria-disabled=\"true\"");
        }
        out.push('>');
        push_escaped(&mut out, choice_name(atlas, lang, choice));
        // After the answer, the right choice and a wrong pick say so in words, not only in colour.
        if chosen.is_some() && right {
            out.push_str(" ✓ ");
            push_escaped(&mut out, tr(lang, Msg::QuizRightAnswer));
        } else if picked {
            out.push_str(" ✗ ");
            push_escaped(&mut out, tr(lang, Msg::QuizYourAnswer));
        }
        out.push_str("</button>");
    }
    out.push_str("</div>");
    if let Some(choice) = chosen {
        feedback(&mut out, atlas, lang, q, question, question.is_right(choice));
    }
    out
}

fn feedback(out: &mut String, atlas: &Atlas, lang: Lang, q: &QuizState, question: &Question, right: bool) {
    out.push_str("<div class=\"quiz__feedback");
    if right {
        out.push_str(" quiz__feedback--right");
    }
    out.push_str("\" data-testid=\"quiz-feedback\" data-correct=\"");
    out.push_str(if right { "true" } else { "false" });
    out.push_str("\"><p><strong>");
    push_escaped(out, tr(lang, if right { Msg::QuizRight } else { Msg::QuizWrong }));
    out.push_str("</strong> ");
    push_escaped(out, &answer_text(atlas, lang, question));
    out.push_str("</p>");
    let (note, sources) = match question {
        Question::Control(c) => atlas.control_at(c.region, c.day).map_or((None, String::new()), |p| {
            (p.note.as_ref().map(|n| n.get(lang)), sources_text(atlas, lang, &p.sources))
        }),
        Question::Order(o) => {
            let line: Vec<String> =
                [o.earlier, o.later].into_iter().map(|id| source_line(atlas, lang, atlas.event(id))).collect();
            (None, line.join("; "))
        }
    };
    if let Some(note) = note {
        out.push_str("<p class=\"quiz__note\">");
        push_escaped(out, note);
        out.push_str("</p>");
    }
    out.push_str("<p class=\"quiz__sources\">");
    push_escaped(out, tr(lang, Msg::SourcesLabel));
    out.push_str(colon(lang));
    push_escaped(out, &sources);
    out.push_str(
        "</p><button type=\"button\" class=\"button button--primary\" data-testid=\"quiz-next\" data-action=\"next\">",
    );
    let last = q.index() + 1 == q.questions().len();
    push_escaped(out, tr(lang, if last { Msg::QuizFinish } else { Msg::QuizNext }));
    out.push_str("</button></div>");
}

fn summary(out: &mut String, atlas: &Atlas, lang: Lang, q: &QuizState) {
    out.push_str("<div class=\"quiz__summary\" id=\"quiz-summary\" tabindex=\"-1\" data-testid=\"quiz-summary\"><p class=\"quiz__score\"><strong>");
    push_escaped(out, &i18n::quiz_score(lang, q.score(), q.questions().len()));
    out.push_str("</strong></p>");
    // The result as a code to hand in (checked by the teacher in the atlas, `crate::quiz_code`).
    if let Some(code) = crate::quiz_code::result_code(q) {
        out.push_str("<div class=\"quiz__code\"><label for=\"quiz-code\">");
        push_escaped(out, tr(lang, Msg::QuizResultCode));
        out.push_str("</label> <input id=\"quiz-code\" class=\"quiz__code-field\" data-testid=\"quiz-code\" type=\"text\" readonly value=\"");
        push_escaped(out, &code);
        out.push_str(
            "\"> <button type=\"button\" class=\"button\" data-copy=\"quiz-code\" data-testid=\"copy-quiz-code\">",
        );
        push_escaped(out, tr(lang, Msg::CopyButton));
        out.push_str("</button><span class=\"share__copied\" id=\"quiz-code-copied\" aria-live=\"polite\"></span><p class=\"quiz__help\">");
        push_escaped(out, tr(lang, Msg::QuizResultHelp));
        out.push_str("</p></div>");
    }
    let missed: Vec<(&Question, Day)> = q
        .questions()
        .iter()
        .zip(q.answers())
        .filter(|(question, answer)| !question.is_right(**answer))
        .filter_map(|(question, _)| Some((question, question_day(atlas, question)?)))
        .collect();
    if missed.is_empty() {
        out.push_str("<p>");
        push_escaped(out, tr(lang, Msg::QuizNothingToReview));
        out.push_str("</p>");
    } else {
        out.push_str("<h3 class=\"quiz__subtitle\">");
        push_escaped(out, tr(lang, Msg::QuizReview));
        out.push_str("</h3><ul class=\"quiz__review\">");
        for (question, day) in missed {
            // A real link (it opens in a new tab too); a plain click shows the day here, the summary kept.
            let link = ViewState { selection: Selection::Day(day), ..ViewState::initial(lang) }.to_query(atlas);
            out.push_str("<li><a href=\"");
            push_escaped(out, &link);
            out.push_str("\" data-testid=\"quiz-review\" data-review=\"");
            out.push_str(&day.to_string());
            out.push_str("\" data-date=\"");
            out.push_str(&day.to_string());
            out.push_str("\">");
            push_escaped(out, &i18n::format_day(lang, day));
            out.push_str("</a>");
            out.push_str(colon(lang));
            match question {
                // "Kunashiri: Soviet Union (military occupation)"
                Question::Control(c) => {
                    push_escaped(out, region_name(atlas, lang, c.region));
                    out.push_str(colon(lang));
                    held(out, atlas, lang, atlas.control_at(c.region, c.day));
                }
                Question::Order(_) => push_escaped(out, &answer_text(atlas, lang, question)),
            }
            out.push_str("</li>");
        }
        out.push_str("</ul>");
    }
    out.push_str("<div class=\"quiz__actions\"><button type=\"button\" class=\"button\" data-testid=\"quiz-restart\" data-action=\"restart\">");
    push_escaped(out, tr(lang, Msg::QuizRestart));
    out.push_str("</button><button type=\"button\" class=\"button\" data-testid=\"quiz-new\" data-action=\"new\">");
    push_escaped(out, tr(lang, Msg::QuizNew));
    out.push_str("</button></div></div>");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Power, Region, Status, Text};
    use crate::quiz::QuizParams;

    fn atlas() -> Atlas {
        let text = |s: &str| Text::new(s, s);
        let period = |region: &str, from: &str, to: Option<&str>, power: &str| Period {
            region: crate::timeline::toy_id(&["r", "s"], region, crate::model::RegionId::new),
            from: from.parse().unwrap(),
            to: to.map(|t| t.parse().unwrap()),
            power: crate::timeline::toy_id(&["x", "y", "z", "w"], power, crate::model::PowerId::new),
            status: Status::Sovereign,
            sources: vec![],
            note: Some(text("a <note>")),
        };
        let mut a = Atlas {
            powers: ["x", "y", "z", "w"]
                .iter()
                .map(|id| Power { id: id.to_string(), name: text(&format!("P<{id}>")), colour: Default::default() })
                .collect(),
            regions: vec![Region { id: "r".into(), name: text("R & co") }, Region { id: "s".into(), name: text("S") }],
            periods: vec![
                period("r", "1917-01-01", Some("1930-05-31"), "x"),
                period("r", "1930-06-01", None, "y"),
                period("s", "1917-01-01", None, "z"),
            ],
            ..Atlas::default()
        };
        a.finish();
        a
    }

    #[test]
    fn the_comparison_lists_each_changed_region_with_its_controllers_escaped() {
        let a = atlas();
        let html = comparison(&a, Lang::En, Selection::Year(1940), Selection::Year(1920));
        assert!(html.contains("Between 1920 and 1940"));
        assert!(html.contains(r#"data-region="r" data-from="x" data-to="y" data-kind="changed""#));
        assert!(html.contains("R &amp; co") && html.contains("P&lt;x&gt;") && !html.contains("P<x>"));
        assert!(!html.contains(r#"data-region="s""#), "unchanged regions are not listed");
        let none = comparison(&a, Lang::Zh, Selection::Year(1940), Selection::Year(1935));
        assert!(none.contains("compare-none") && !none.contains("compare-changes"));
        let zh = comparison(&a, Lang::Zh, Selection::Year(1940), Selection::Year(1920));
        assert!(zh.contains("</strong>：P&lt;x&gt;（主权领有）"), "Chinese punctuation in Chinese");
    }

    #[test]
    fn the_compare_form_keeps_what_was_typed_escaped_and_offers_every_period() {
        let mut a = atlas();
        a.eras.push(crate::model::Era {
            id: "e".into(),
            when: "1931/1945".parse().unwrap(),
            name: Text { zh: "战争".into(), en: "War & peace".into() },
            sources: vec![],
            note: None,
        });
        let html = compare_form(&a, Lang::En, "19\"45", true, 1939);
        assert!(html.contains(r#"value="19&quot;45""#) && html.contains(r#"aria-invalid="true""#));
        assert!(html.contains(r#"value="1939""#) && html.contains(r#"<option value="0">War &amp; peace</option>"#));
        assert!(
            compare_form(&a, Lang::Zh, "", false, 2000).contains(r#"value="1991""#),
            "the slider's value is clamped"
        );
    }

    #[test]
    fn the_quiz_body_hides_the_answer_until_it_is_given_then_explains_it() {
        let a = atlas();
        let mut q = QuizState::new(&a, QuizParams { n: Some(1), ..QuizParams::default() }, 3);
        let before = quiz_body(&a, Lang::En, &q);
        assert!(before.contains("data-testid=\"quiz-question\"") && before.contains("Who controlled"));
        assert!(!before.contains("quiz-feedback") && !before.contains("quiz__choice--right"));
        assert!(!before.contains("data-controller"));
        let answer = q.current().map(Question::answer).unwrap();
        assert_eq!(before.matches("data-testid=\"quiz-choice\"").count(), q.current().unwrap().choices().len());
        q.choose(answer);
        let after = quiz_body(&a, Lang::En, &q);
        assert!(
            after.contains(r#"data-correct="true""#) && after.contains("quiz-next") && after.contains("a &lt;note&gt;")
        );
        assert!(quiz_announcement(&a, Lang::En, &q).starts_with("Right! "));
        q.next();
        let end = quiz_body(&a, Lang::Zh, &q);
        assert!(end.contains("quiz-summary") && end.contains("得分：1／1") && !end.contains("quiz-review"));
    }
}
