//! "Test yourself": questions generated from the control periods, the same for the same seed.
//!
//! A question asks who controlled a region on a day. Days are drawn inside the chosen years, more often at the
//! turning points (August–September 1945 day by day, 1918–1922, 1931–1933), and never on a day whose answer the
//! record leaves open: inside a coarse boundary (a period that starts "1920" or ends "1918-08" makes that whole
//! year or month uncertain for the region), on the very day a change takes effect, or while fighting for the
//! region was in progress (`contested`). The choices are three or four powers that were plausible there and then:
//! the region's own history and its neighbours', exactly one of them right. Optionally, "Which came first?"
//! questions pair two key events whose order is certain.
//!
//! The generator has its own small random number generator (SplitMix64): the same seed gives the same questions in
//! the same order on every machine, so a teacher can fix a quiz for a class by a link.
//!
//! Questions, choices and answers hold typed ids ([`RegionId`], [`PowerId`], [`EventId`]); the written ids appear
//! only at the edges: the link's `regions=` is resolved when the link is read ([`crate::ViewState::from_query`]),
//! and the buttons carry [`Choice::key`], resolved back with [`Question::choice`].

use crate::date::{Date, Day, Precision};
use crate::geo;
use crate::model::{EventId, Period, PowerId, RegionId, Status};
use crate::timeline::{Atlas, FIRST_YEAR, LAST_YEAR};

/// Questions in a quiz unless the link asks for another number.
pub const DEFAULT_QUESTIONS: usize = 10;
/// The most questions a link may ask for.
pub const MAX_QUESTIONS: usize = 50;

/// SplitMix64 (Steele, Lea and Flood 2014): tiny, fast, and good enough to pick days and shuffle choices.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: u64) -> u64 {
        // Multiply-shift: no modulo bias worth mentioning for the small ranges used here.
        ((u128::from(self.next_u64()) * u128::from(n.max(1))) >> 64) as u64
    }

    /// Shuffle in place (Fisher–Yates).
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i as u64 + 1) as usize;
            items.swap(i, j);
        }
    }
}

/// What a quiz link asks for (`quiz=1&seed=7&from=1940&to=1950&regions=a,b&n=10&order=1`); absent values take
/// their defaults in [`QuizParams::config`].
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct QuizParams {
    pub seed: Option<u32>,
    pub from: Option<i32>,
    pub to: Option<i32>,
    /// Only these regions, in the order of the region list; empty for all.
    pub regions: Vec<RegionId>,
    pub n: Option<usize>,
    /// Mix in "Which came first?" questions.
    pub order: bool,
}

/// A quiz fully determined.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct QuizConfig {
    pub seed: u32,
    pub from: i32,
    pub to: i32,
    /// Only these regions; empty for all.
    pub regions: Vec<RegionId>,
    pub n: usize,
    pub order: bool,
}

impl QuizParams {
    /// The quiz these parameters describe; `fallback_seed` when the link names none.
    pub fn config(&self, fallback_seed: u32) -> QuizConfig {
        let from = self.from.unwrap_or(FIRST_YEAR).clamp(FIRST_YEAR, LAST_YEAR);
        let to = self.to.unwrap_or(LAST_YEAR).clamp(FIRST_YEAR, LAST_YEAR);
        QuizConfig {
            seed: self.seed.unwrap_or(fallback_seed),
            from: from.min(to),
            to: from.max(to),
            regions: self.regions.clone(),
            n: self.n.unwrap_or(DEFAULT_QUESTIONS).clamp(1, MAX_QUESTIONS),
            order: self.order,
        }
    }
}

/// "Who controlled {region} on {day}?"
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct ControlQuestion {
    pub region: RegionId,
    pub day: Day,
    /// The power of the right answer.
    pub answer: PowerId,
    /// Powers, the answer among them, in the order shown.
    pub choices: Vec<PowerId>,
}

/// "Which came first?" between two events.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct OrderQuestion {
    /// The event of the right answer.
    pub earlier: EventId,
    pub later: EventId,
    /// The two events in the order shown.
    pub choices: Vec<EventId>,
}

#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Question {
    Control(ControlQuestion),
    Order(OrderQuestion),
}

/// A choice of a question: a power (who held the region) or an event ("Which came first?").
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub enum Choice {
    Power(PowerId),
    Event(EventId),
}

impl Choice {
    /// Its id as written, for the button's value (`data-choice`, `data-power`, `data-event`).
    pub fn key(self, atlas: &Atlas) -> &str {
        match self {
            Choice::Power(p) => &atlas.power(p).id,
            Choice::Event(e) => &atlas.event(e).id,
        }
    }
}

impl Question {
    /// The right choice.
    pub fn answer(&self) -> Choice {
        match self {
            Question::Control(q) => Choice::Power(q.answer),
            Question::Order(q) => Choice::Event(q.earlier),
        }
    }

    /// The choices, in the order shown.
    pub fn choices(&self) -> Vec<Choice> {
        match self {
            Question::Control(q) => q.choices.iter().copied().map(Choice::Power).collect(),
            Question::Order(q) => q.choices.iter().copied().map(Choice::Event).collect(),
        }
    }

    pub fn is_right(&self, choice: Choice) -> bool {
        self.answer() == choice
    }

    /// The choice a button's value names (its id as written: a power's for a question of control, an event's for
    /// "Which came first?"), if this question offers it.
    pub fn choice(&self, atlas: &Atlas, key: &str) -> Option<Choice> {
        let choice = match self {
            Question::Control(_) => atlas.power_id(key).map(Choice::Power),
            Question::Order(_) => atlas.event_id(key).map(Choice::Event),
        }?;
        self.choices().contains(&choice).then_some(choice)
    }
}

/// A quiz in progress: what its link fixes (the seed always set), its questions and the answers given so far.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct QuizState {
    params: QuizParams,
    questions: Vec<Question>,
    /// The question shown (equal to the number of questions once the quiz is over).
    index: usize,
    /// The choices made, one per question answered.
    answers: Vec<Choice>,
}

impl QuizState {
    /// A new quiz; `fallback_seed` when the link names none (the link then carries it: see [`QuizState::params`]).
    pub fn new(atlas: &Atlas, mut params: QuizParams, fallback_seed: u32) -> QuizState {
        let seed = params.seed.unwrap_or(fallback_seed);
        params.seed = Some(seed);
        let questions = generate(atlas, &params.config(seed));
        QuizState { params, questions, index: 0, answers: Vec::new() }
    }

    /// What the address bar and a shared link carry (the seed included).
    pub fn params(&self) -> &QuizParams {
        &self.params
    }

    pub fn questions(&self) -> &[Question] {
        &self.questions
    }

    /// The answers given, in order.
    pub fn answers(&self) -> &[Choice] {
        &self.answers
    }

    /// The number of the question shown, from 0.
    pub fn index(&self) -> usize {
        self.index
    }

    /// The question shown, until the quiz is over.
    pub fn current(&self) -> Option<&Question> {
        self.questions.get(self.index)
    }

    /// The choice made for the question shown, once made.
    pub fn chosen(&self) -> Option<Choice> {
        self.answers.get(self.index).copied()
    }

    pub fn finished(&self) -> bool {
        self.index >= self.questions.len()
    }

    /// Whether the page must hide who held what: a question is waiting for its answer.
    pub fn hides_answers(&self) -> bool {
        !self.finished() && self.chosen().is_none()
    }

    /// Right answers so far.
    pub fn score(&self) -> usize {
        self.questions.iter().zip(&self.answers).filter(|(q, a)| q.is_right(**a)).count()
    }

    /// The region the question shown asks about.
    pub fn asked_region(&self) -> Option<RegionId> {
        match self.current() {
            Some(Question::Control(c)) => Some(c.region),
            _ => None,
        }
    }

    /// Answer the question shown with one of its choices; the question, if this answered it (a second answer, or
    /// a choice it does not offer, changes nothing).
    pub fn choose(&mut self, choice: Choice) -> Option<&Question> {
        let question = self.questions.get(self.index)?;
        if self.answers.len() != self.index || !question.choices().contains(&choice) {
            return None;
        }
        self.answers.push(choice);
        Some(question)
    }

    /// [`QuizState::choose`] by the id a button carries (nothing for an id the question shown does not offer).
    pub fn choose_key(&mut self, atlas: &Atlas, key: &str) -> Option<&Question> {
        let choice = self.current()?.choice(atlas, key)?;
        self.choose(choice)
    }

    /// Move on once the question shown is answered.
    pub fn next(&mut self) {
        if self.chosen().is_some() {
            self.index += 1;
        }
    }
}

/// Spans where answers change most, and how often a question is drawn from each (the whole chosen range is the
/// last one): August–September 1945 is drawn day by day; 1918–1922 is the intervention; 1931–1933 Manchuria.
/// A span of days (first and last, as year, month, day) and its weight.
type Span = ((i32, u8, u8), (i32, u8, u8), u64);
const TURNING_POINTS: [Span; 3] =
    [((1945, 8, 1), (1945, 9, 30), 30), ((1918, 1, 1), (1922, 12, 31), 20), ((1931, 1, 1), (1933, 12, 31), 15)];
const REST_WEIGHT: u64 = 35;

/// Whether the record leaves open who held `region` on `day`, or no answer is fair: a coarse boundary of one of
/// its periods covers the day, a change takes effect on it, fighting was in progress, or the record is silent.
pub fn is_ambiguous(atlas: &Atlas, region: RegionId, day: Day) -> bool {
    let mut previous: Option<&Period> = None;
    for p in atlas.periods_of(region) {
        if p.from.precision() != Precision::Day && p.from.first_day() <= day && day <= p.from.last_day() {
            return true;
        }
        if let Some(to) = p.to {
            if to.precision() != Precision::Day && to.first_day() <= day && day <= to.last_day() {
                return true;
            }
        }
        // On the day a change takes effect, the answer depends on the hour.
        if previous.is_some() && p.from.first_day() == day {
            return true;
        }
        previous = Some(p);
    }
    atlas.control_at(region, day).is_none_or(|p| p.status == Status::Contested)
}

/// The regions of the `k` shapes whose label points lie nearest to `region`'s on the map (none for a region
/// without a shape; a shape the data has no region for counts among the `k` but names none).
fn neighbours(atlas: &Atlas, region: RegionId, k: usize) -> Vec<RegionId> {
    let shapes = atlas.shape_regions();
    let Some(me) = shapes.iter().position(|&s| s == Some(region)).and_then(|i| geo::REGIONS.get(i)) else {
        return Vec::new();
    };
    let mut others: Vec<(f64, Option<RegionId>)> = geo::REGIONS
        .iter()
        .zip(shapes)
        .filter(|(_, &r)| r != Some(region))
        .map(|(s, &r)| ((s.label[0] - me.label[0]).powi(2) + (s.label[1] - me.label[1]).powi(2), r))
        .collect();
    others.sort_by(|a, b| a.0.total_cmp(&b.0));
    others.into_iter().take(k).filter_map(|(_, r)| r).collect()
}

fn push_unique(list: &mut Vec<PowerId>, id: PowerId) {
    if !list.contains(&id) {
        list.push(id);
    }
}

/// Two or three wrong choices for `region` on `day`, the most plausible first: powers of the region's own history
/// that existed on the day (held some region of the map), the nearest neighbours' powers on the day, powers of the
/// wider neighbourhood's history that existed on the day, then the region's own powers of other times (the Soviet
/// Union for Soviet Russia is a fair trap). Only when these give fewer than two does any power of the day, then any
/// power at all, fill in.
fn distractors(atlas: &Atlas, region: RegionId, day: Day, answer: PowerId, rng: &mut Rng) -> Vec<PowerId> {
    let mut existing = Vec::new();
    for r in atlas.region_ids() {
        if let Some(p) = atlas.control_at(r, day) {
            push_unique(&mut existing, p.power);
        }
    }
    let mut own = Vec::new();
    for p in atlas.periods_of(region) {
        push_unique(&mut own, p.power);
    }
    let mut near_now = Vec::new();
    for r in neighbours(atlas, region, 4) {
        if let Some(p) = atlas.control_at(r, day) {
            push_unique(&mut near_now, p.power);
        }
    }
    let mut near_history = Vec::new();
    for r in neighbours(atlas, region, 8) {
        for p in atlas.periods_of(r) {
            push_unique(&mut near_history, p.power);
        }
    }
    let exists = |id: &PowerId| existing.contains(id);
    let plausible: [Vec<PowerId>; 4] = [
        own.iter().copied().filter(exists).collect(),
        near_now,
        near_history.into_iter().filter(exists).collect(),
        own,
    ];
    let fallback: [Vec<PowerId>; 2] = [existing.clone(), atlas.power_ids().collect()];
    // Where a drawn choice must be replaced (below), the same tiers in their own order, without drawing.
    let spare: Vec<PowerId> = plausible.iter().chain(fallback.iter()).flatten().copied().collect();
    let mut out = Vec::new();
    for (i, mut tier) in plausible.into_iter().chain(fallback).enumerate() {
        if i >= 4 && out.len() >= 2 {
            break;
        }
        rng.shuffle(&mut tier);
        for &id in &tier {
            if out.len() < 3 && id != answer {
                push_unique(&mut out, id);
            }
        }
    }
    // Never the answer's own predecessor or successor state beside it ("Russia" or "Soviet Russia" beside "Soviet
    // Union"): students read that as a trick about a name, not a question about who held the region. Such a choice
    // is replaced by the next plausible power in order, with no further draw, so that a link already handed out
    // keeps its questions, days and answers (only that wrong choice changes).
    let line = succession_line(atlas, answer);
    let same_line = |id: PowerId| line.is_some() && succession_line(atlas, id) == line;
    let count = out.len();
    out.retain(|&id| !same_line(id));
    for &id in &spare {
        if out.len() >= count {
            break;
        }
        if id != answer && !same_line(id) {
            push_unique(&mut out, id);
        }
    }
    out
}

/// States that followed one another as one country's government: a question never offers one of them beside
/// another as if they were rivals.
const SUCCESSIONS: &[&[&str]] = &[&["russia", "soviet-russia", "ussr"]];

/// The line of succession a power belongs to, if any (an index into [`SUCCESSIONS`]).
fn succession_line(atlas: &Atlas, id: PowerId) -> Option<usize> {
    let key = atlas.power(id).id.as_str();
    SUCCESSIONS.iter().position(|line| line.contains(&key))
}

/// A day drawn from the chosen years, weighted toward the turning points.
fn draw_day(lo: Day, hi: Day, rng: &mut Rng) -> Day {
    let mut spans: Vec<(Day, Day, u64)> = TURNING_POINTS
        .iter()
        .filter_map(|((y0, m0, d0), (y1, m1, d1), w)| {
            let a = Day::new(*y0, *m0, *d0).ok()?.max(lo);
            let b = Day::new(*y1, *m1, *d1).ok()?.min(hi);
            (a <= b).then_some((a, b, *w))
        })
        .collect();
    spans.push((lo, hi, REST_WEIGHT));
    let total: u64 = spans.iter().map(|s| s.2).sum();
    let mut pick = rng.below(total);
    let (mut a, mut b) = (lo, hi);
    for (from, to, weight) in spans {
        if pick < weight {
            (a, b) = (from, to);
            break;
        }
        pick -= weight;
    }
    let width = (b.to_days() - a.to_days() + 1).max(1) as u64;
    a.plus_days(rng.below(width) as i64)
}

/// The questions of a quiz: `config.n` of them when the chosen years and regions allow, fewer only when they hold
/// fewer distinct fair questions.
pub fn generate(atlas: &Atlas, config: &QuizConfig) -> Vec<Question> {
    let mut rng = Rng::new(u64::from(config.seed) ^ 0x6A09_E667_F3BC_C908);
    let regions: Vec<RegionId> =
        atlas.region_ids().filter(|r| config.regions.is_empty() || config.regions.contains(r)).collect();
    let (Ok(lo), Ok(hi)) = (Day::first_of_year(config.from), Day::last_of_year(config.to)) else {
        return Vec::new();
    };
    let n = config.n.min(MAX_QUESTIONS);
    // Which places hold a "Which came first?" question: about one in four.
    let pairs = if config.order { event_pairs(atlas, config, &regions) } else { Vec::new() };
    let mut is_order: Vec<bool> = (0..n).map(|i| !pairs.is_empty() && n >= 2 && i < n.div_ceil(4)).collect();
    rng.shuffle(&mut is_order);

    let mut out = Vec::with_capacity(n);
    // Asked already: (region, period) for questions of control (one question per period while there are more),
    // (region, day) always; event pairs.
    let mut used_periods: Vec<(RegionId, Date)> = Vec::new();
    let mut used_days: Vec<(RegionId, Day)> = Vec::new();
    let mut used_pairs: Vec<usize> = Vec::new();
    for order in is_order {
        if order {
            let free: Vec<usize> = (0..pairs.len()).filter(|i| !used_pairs.contains(i)).collect();
            if !free.is_empty() {
                let i = free[rng.below(free.len() as u64) as usize];
                used_pairs.push(i);
                let (earlier, later) = pairs[i];
                let mut choices = vec![earlier, later];
                rng.shuffle(&mut choices);
                out.push(Question::Order(OrderQuestion { earlier, later, choices }));
                continue;
            }
        }
        if regions.is_empty() {
            continue;
        }
        let mut found = None;
        for attempt in 0..400 {
            let region = regions[rng.below(regions.len() as u64) as usize];
            let day = draw_day(lo, hi, &mut rng);
            if is_ambiguous(atlas, region, day) || used_days.contains(&(region, day)) {
                continue;
            }
            let Some(period) = atlas.control_at(region, day) else { continue };
            // Half the attempts insist on a period not asked about yet; then any fair day will do.
            if attempt < 200 && used_periods.contains(&(region, period.from)) {
                continue;
            }
            let answer = period.power;
            let wrong = distractors(atlas, region, day, answer, &mut rng);
            if wrong.len() < 2 {
                continue;
            }
            let mut choices = wrong;
            choices.push(answer);
            rng.shuffle(&mut choices);
            used_periods.push((region, period.from));
            used_days.push((region, day));
            found = Some(ControlQuestion { region, day, answer, choices });
            break;
        }
        if let Some(q) = found {
            out.push(Question::Control(q));
        }
    }
    out
}

/// Pairs of key events (earlier first) whose order is certain (the first ends before the second starts, at the
/// precision of both), both starting within the chosen years, no more than 15 years apart, and, when regions are
/// chosen, each naming one of them.
fn event_pairs(atlas: &Atlas, config: &QuizConfig, regions: &[RegionId]) -> Vec<(EventId, EventId)> {
    let keys: Vec<EventId> = atlas
        .event_ids()
        .filter(|&id| {
            let e = atlas.event(id);
            e.key
                && (config.from..=config.to).contains(&e.when.first_day().year())
                && (config.regions.is_empty() || regions.iter().any(|&r| atlas.event_names_region(e, r)))
        })
        .collect();
    let mut pairs = Vec::new();
    for (k, &a) in keys.iter().enumerate() {
        for &b in &keys[k + 1..] {
            let (ea, eb) = (atlas.event(a), atlas.event(b));
            let Some(a_last) = ea.when.last_day() else { continue };
            let gap = eb.when.first_day().year() - ea.when.first_day().year();
            if a_last < eb.when.first_day() && gap <= 15 {
                pairs.push((a, b));
            }
        }
    }
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_generator_repeats_for_a_seed_and_differs_between_seeds() {
        let mut a = Rng::new(7);
        let mut b = Rng::new(7);
        let xs: Vec<u64> = (0..5).map(|_| a.next_u64()).collect();
        assert_eq!(xs, (0..5).map(|_| b.next_u64()).collect::<Vec<_>>());
        let mut c = Rng::new(8);
        assert_ne!(xs[0], c.next_u64());
        let mut r = Rng::new(1);
        let mut seen = [0u32; 6];
        for _ in 0..6000 {
            seen[r.below(6) as usize] += 1;
        }
        assert!(seen.iter().all(|n| (800..1200).contains(n)), "uneven: {seen:?}");
    }

    fn toy() -> Atlas {
        use crate::model::{Power, Region, Text};
        let period = |region: &str, from: &str, to: Option<&str>, power: &str| Period {
            region: crate::timeline::toy_id(&["r", "s", "t"], region, crate::model::RegionId::new),
            from: from.parse().unwrap(),
            to: to.map(|t| t.parse().unwrap()),
            power: crate::timeline::toy_id(&["x", "y", "z", "w"], power, crate::model::PowerId::new),
            status: Status::Sovereign,
            sources: vec![],
            note: None,
        };
        let mut a = Atlas {
            powers: ["x", "y", "z", "w"]
                .iter()
                .map(|id| Power { id: id.to_string(), name: Text::default(), colour: Default::default() })
                .collect(),
            // "t" has no record at all.
            regions: ["r", "s", "t"].iter().map(|id| Region { id: id.to_string(), name: Text::default() }).collect(),
            periods: vec![
                period("r", "1917-01-01", Some("1919"), "x"),
                period("r", "1920", Some("1930-05-31"), "y"),
                period("r", "1930-06-01", None, "z"),
                period("s", "1917-01-01", None, "w"),
            ],
            ..Atlas::default()
        };
        a.finish();
        a
    }

    #[test]
    fn a_coarse_boundary_leaves_its_whole_span_open() {
        let a = toy();
        let day = |s: &str| s.parse::<Day>().unwrap();
        let (r, t) = (a.region_id("r").unwrap(), a.region_id("t").unwrap());
        // "to 1919" then "from 1920": the change fell sometime in 1919 or 1920 as far as the record says.
        for d in ["1919-01-01", "1919-12-31", "1920-01-01", "1920-07-14", "1920-12-31", "1930-06-01"] {
            assert!(is_ambiguous(&a, r, day(d)), "{d}");
        }
        for d in ["1918-12-31", "1921-01-01", "1930-05-31", "1930-06-02"] {
            assert!(!is_ambiguous(&a, r, day(d)), "{d}");
        }
        assert!(is_ambiguous(&a, t, day("1925-01-01")), "no record, no question");
    }

    #[test]
    fn regions_without_map_shapes_still_get_questions_and_an_empty_atlas_none() {
        let a = toy();
        let cfg = QuizParams { seed: Some(4), n: Some(6), ..QuizParams::default() }.config(0);
        let qs = generate(&a, &cfg);
        assert_eq!(qs.len(), 6);
        for q in &qs {
            let Question::Control(c) = q else { panic!("no order questions asked for") };
            assert!(!(1919..=1920).contains(&c.day.year()) || a.region(c.region).id == "s", "{c:?}");
            assert_ne!(a.region(c.region).id, "t", "no record, no question");
            assert_eq!(a.control_at(c.region, c.day).map(|p| p.power), Some(c.answer));
            assert!(c.choices.len() >= 3);
        }
        assert!(generate(&Atlas::default(), &cfg).is_empty());
        let order = QuizParams { order: true, ..QuizParams::default() }.config(1);
        assert_eq!(generate(&a, &order).len(), DEFAULT_QUESTIONS, "no key events: only questions of control");
    }

    #[test]
    fn a_quiz_takes_one_answer_per_question_scores_it_and_hides_the_map_until_then() {
        let a = toy();
        let mut q = QuizState::new(&a, QuizParams { n: Some(2), ..QuizParams::default() }, 77);
        assert_eq!(q.params().seed, Some(77), "the fallback seed is kept for the link");
        assert!(q.hides_answers());
        assert_eq!(
            q.asked_region(),
            q.current().and_then(|c| if let Question::Control(c) = c { Some(c.region) } else { None })
        );
        let answer = q.current().map(Question::answer).unwrap();
        let wrong = q.current().and_then(|c| c.choices().into_iter().find(|x| *x != answer)).unwrap();
        let absent = a.power_ids().map(Choice::Power).find(|p| !q.current().unwrap().choices().contains(p));
        q.next();
        assert_eq!(q.index(), 0, "no moving on before answering");
        assert!(q.choose_key(&a, "nonsense").is_none());
        if let Some(absent) = absent {
            assert!(q.choose(absent).is_none(), "a choice not offered");
            assert!(q.choose_key(&a, absent.key(&a)).is_none(), "a choice not offered");
        }
        assert!(q.choose_key(&a, answer.key(&a)).is_some());
        assert_eq!(q.chosen(), Some(answer));
        assert!(q.choose(wrong).is_none(), "one answer per question");
        assert!(!q.hides_answers());
        assert_eq!(q.score(), 1);
        q.next();
        let wrong = q.current().and_then(|c| c.choices().into_iter().find(|x| !c.is_right(*x))).unwrap();
        assert!(q.hides_answers());
        q.choose(wrong);
        q.next();
        assert!(q.finished() && !q.hides_answers() && q.current().is_none());
        assert_eq!((q.score(), q.answers().len()), (1, 2));
    }

    #[test]
    fn params_resolve_with_defaults_clamps_and_order() {
        let c = QuizParams::default().config(42);
        assert_eq!((c.seed, c.from, c.to, c.n, c.order), (42, FIRST_YEAR, LAST_YEAR, DEFAULT_QUESTIONS, false));
        let p = QuizParams { seed: Some(3), from: Some(1950), to: Some(1930), n: Some(500), ..QuizParams::default() };
        let c = p.config(42);
        assert_eq!((c.seed, c.from, c.to, c.n), (3, 1930, 1950, MAX_QUESTIONS));
    }
}
