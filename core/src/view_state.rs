//! The view as a URL query: `?year=1945`, `?date=1945-08-09`, `lang=zh|en`, `event=<id>`, `embed=1`; a second
//! date to compare with, `compare=1939` or `compare=1939-09-01`; a quiz, `quiz=1` with `seed=N`, `from`/`to`
//! (years), `regions=a,b`, `n=10` and `order=1` ("Which came first?" questions).
//!
//! Reading never fails: a value that is malformed is ignored, one out of range is clamped, an unknown event is
//! dropped. Writing gives back a query that reads to the same view, so a copied link reproduces it.

use crate::date::Day;
use crate::model::Lang;
use crate::quiz::{QuizParams, MAX_QUESTIONS};
use crate::timeline::{Atlas, Selection, FIRST_YEAR, LAST_YEAR};

/// Everything a link carries.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct ViewState {
    pub selection: Selection,
    pub lang: Lang,
    /// The selected event card, if any.
    pub event: Option<String>,
    /// Embedded in an iframe: no page chrome.
    pub embed: bool,
    /// The second date of a comparison.
    pub compare: Option<Selection>,
    /// A quiz ("Test yourself"), with what its link fixes.
    pub quiz: Option<QuizParams>,
}

impl ViewState {
    /// The view a visitor sees with no parameters.
    pub fn initial(lang: Lang) -> ViewState {
        ViewState { selection: Selection::Year(FIRST_YEAR), lang, event: None, embed: false, compare: None, quiz: None }
    }

    /// Read a query string (with or without the leading `?`). `fallback_lang` is used when `lang` is absent or bad.
    pub fn from_query(query: &str, atlas: &Atlas, fallback_lang: Lang) -> ViewState {
        let mut state = ViewState::initial(fallback_lang);
        let mut date = None;
        let mut year = None;
        let mut quiz_on = false;
        let mut quiz = QuizParams::default();
        for pair in query.trim_start_matches('?').split('&') {
            // A bare key (`?embed`) is a switch turned on; `key=` with nothing after it is an empty value.
            let (key, value, bare) = match pair.split_once('=') {
                Some((k, v)) => (k, v, false),
                None => (pair, "", true),
            };
            let value = percent_decode(value);
            match key {
                "lang" => {
                    if let Some(l) = Lang::from_code(&value) {
                        state.lang = l;
                    }
                }
                "date" => date = parse_date_param(&value).or(date),
                "year" => year = parse_year_param(&value).or(year),
                "event" => {
                    if let Some(e) = atlas.event_id(value.trim()) {
                        state.event = Some(atlas.event(e).id.clone());
                    }
                }
                "embed" => state.embed = is_on(&value, bare),
                "compare" => {
                    if let Some(sel) = parse_date_param(&value)
                        .map(Selection::Day)
                        .or_else(|| parse_year_param(&value).map(Selection::Year))
                    {
                        state.compare = Some(sel.clamped());
                    }
                }
                "quiz" => quiz_on = is_on(&value, bare),
                "seed" => quiz.seed = parse_seed(&value).or(quiz.seed),
                "from" => quiz.from = parse_year_param(&value).or(quiz.from),
                "to" => quiz.to = parse_year_param(&value).or(quiz.to),
                "n" => {
                    quiz.n = parse_number(&value)
                        .filter(|n| *n > 0)
                        .map(|n| usize::try_from(n).unwrap_or(MAX_QUESTIONS).min(MAX_QUESTIONS))
                        .or(quiz.n)
                }
                "order" => quiz.order = is_on(&value, bare),
                "regions" => {
                    let asked: Vec<&str> = value.split(',').map(str::trim).collect();
                    // Known regions only, each once, in the order of the region list (an unknown id is dropped; none
                    // known leaves the quiz on every region).
                    let known: Vec<_> =
                        atlas.region_ids().filter(|&r| asked.contains(&atlas.region(r).id.as_str())).collect();
                    if !known.is_empty() {
                        quiz.regions = known;
                    }
                }
                _ => {}
            }
        }
        if quiz_on {
            let clamp = |y: Option<i32>| y.map(|y| y.clamp(FIRST_YEAR, LAST_YEAR));
            let (from, to) = (clamp(quiz.from), clamp(quiz.to));
            // Years the wrong way round are read the right way round.
            (quiz.from, quiz.to) = match (from, to) {
                (Some(a), Some(b)) if a > b => (Some(b), Some(a)),
                other => other,
            };
            state.quiz = Some(quiz);
            // A comparison would show what the quiz asks (who held what at two dates): a quiz link has none.
            state.compare = None;
        }
        // Precedence: an explicit date, then a year, then the selected event's day.
        state.selection = if let Some(d) = date {
            Selection::Day(d)
        } else if let Some(y) = year {
            Selection::Year(y)
        } else if let Some(e) = state.event.as_deref().and_then(|id| atlas.event_id(id)).map(|e| atlas.event(e)) {
            Selection::of_event(e)
        } else {
            state.selection
        }
        .clamped();
        state
    }

    /// The query string (with the leading `?`) that reads back to this view (`atlas` writes the quiz's regions'
    /// ids).
    pub fn to_query(&self, atlas: &Atlas) -> String {
        let mut parts = Vec::new();
        match self.selection {
            Selection::Year(y) => parts.push(format!("year={y}")),
            Selection::Day(d) => parts.push(format!("date={d}")),
        }
        parts.push(format!("lang={}", self.lang.code()));
        if let Some(e) = &self.event {
            parts.push(format!("event={e}"));
        }
        if self.embed {
            parts.push("embed=1".to_string());
        }
        match self.compare {
            Some(Selection::Year(y)) => parts.push(format!("compare={y}")),
            Some(Selection::Day(d)) => parts.push(format!("compare={d}")),
            None => {}
        }
        if let Some(q) = &self.quiz {
            parts.push("quiz=1".to_string());
            if let Some(seed) = q.seed {
                parts.push(format!("seed={seed}"));
            }
            if let Some(from) = q.from {
                parts.push(format!("from={from}"));
            }
            if let Some(to) = q.to {
                parts.push(format!("to={to}"));
            }
            if !q.regions.is_empty() {
                let ids: Vec<&str> = q.regions.iter().map(|&r| atlas.region(r).id.as_str()).collect();
                parts.push(format!("regions={}", ids.join(",")));
            }
            if let Some(n) = q.n {
                parts.push(format!("n={n}"));
            }
            if q.order {
                parts.push("order=1".to_string());
            }
        }
        format!("?{}", parts.join("&"))
    }
}

/// A switch: `1`, `true`, `yes`, or the bare key (`?embed`). An empty value (`?embed=`) is off.
fn is_on(value: &str, bare: bool) -> bool {
    bare || matches!(value.trim(), "1" | "true" | "yes")
}

/// A whole number, digits only (any number of them: too large a value saturates, so it clamps like any large one).
fn parse_number(value: &str) -> Option<u64> {
    let v = value.trim();
    if v.is_empty() || !v.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(v.parse().unwrap_or(u64::MAX))
}

/// A quiz's seed: a number (up to 4294967295) as it is; any other text (`seed=class7b`) turned into a number by
/// hashing it, so that a word a teacher types gives every student the same quiz (rather than each a random one).
/// Empty: none.
pub fn parse_seed(value: &str) -> Option<u32> {
    let v = value.trim();
    if v.is_empty() {
        return None;
    }
    if let Some(n) = parse_number(v).and_then(|n| u32::try_from(n).ok()) {
        return Some(n);
    }
    // FNV-1a, 32 bits: stable across builds and platforms. Written back to the link as its number.
    let hash = v.bytes().fold(0x811c_9dc5_u32, |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193));
    Some(hash % 999_999 + 1)
}

/// A year parameter: digits only, any number of them; clamped later. Absurd values (`99999`,
/// `1000000000000`) clamp to the range's end, whatever their digit count.
fn parse_year_param(value: &str) -> Option<i32> {
    let v = value.trim();
    if v.is_empty() || !v.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(v.parse::<i32>().unwrap_or(i32::MAX))
}

/// A date parameter: a full day, `YYYY-MM-DD`.
fn parse_date_param(value: &str) -> Option<Day> {
    value.trim().parse::<Day>().ok()
}

/// Decode `%XX` escapes and `+`; invalid escapes are kept as they are.
fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok().and_then(|h| u8::from_str_radix(h, 16).ok());
                match hex {
                    Some(b) => {
                        out.push(b);
                        i += 3;
                    }
                    None => {
                        out.push(b'%');
                        i += 1;
                    }
                }
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn atlas() -> Atlas {
        Atlas::default()
    }

    #[test]
    fn reads_year_date_and_lang() {
        let s = ViewState::from_query("?year=1932&lang=zh", &atlas(), Lang::En);
        assert_eq!(s.selection, Selection::Year(1932));
        assert_eq!(s.lang, Lang::Zh);
        let s = ViewState::from_query("date=1945-08-09&lang=en", &atlas(), Lang::Zh);
        assert_eq!(s.selection, Selection::Day("1945-08-09".parse().unwrap()));
        assert_eq!(s.lang, Lang::En);
    }

    #[test]
    fn garbage_is_ignored_or_clamped() {
        let a = atlas();
        let s = ViewState::from_query("?year=abc&lang=xx&event=%3Cscript%3E", &a, Lang::En);
        assert_eq!(s, ViewState::initial(Lang::En));
        assert_eq!(ViewState::from_query("year=99999", &a, Lang::En).selection, Selection::Year(1991));
        assert_eq!(ViewState::from_query("year=1200", &a, Lang::En).selection, Selection::Year(1917));
        // Clamping does not depend on the digit count.
        for many in ["999999999", "1000000000", "99999999999999999999999", "00001995"] {
            let q = format!("year={many}");
            assert_eq!(ViewState::from_query(&q, &a, Lang::En).selection, Selection::Year(1991), "{q}");
            let q = format!("quiz=1&to={many}");
            assert_eq!(ViewState::from_query(&q, &a, Lang::En).quiz.unwrap().to, Some(1991), "{q}");
        }
        assert_eq!(ViewState::from_query("year=0000000001945", &a, Lang::En).selection, Selection::Year(1945));
        assert_eq!(
            ViewState::from_query("quiz=1&n=100000000000000000000000", &a, Lang::En).quiz.unwrap().n,
            Some(crate::quiz::MAX_QUESTIONS)
        );
        assert_eq!(
            ViewState::from_query("date=1850-02-03", &a, Lang::En).selection,
            Selection::Day("1917-01-01".parse().unwrap())
        );
        assert_eq!(ViewState::from_query("date=1945-02-30", &a, Lang::En).selection, Selection::Year(1917));
        assert_eq!(ViewState::from_query("%%%&&==&year=%31%39%34%35", &a, Lang::En).selection, Selection::Year(1945));
    }

    #[test]
    fn an_empty_switch_is_off_and_a_bare_one_on() {
        let a = atlas();
        let read = |q: &str| ViewState::from_query(q, &a, Lang::En);
        assert!(!read("embed=").embed);
        assert!(read("quiz=").quiz.is_none());
        assert!(!read("quiz=1&order=").quiz.unwrap().order);
        assert!(read("embed").embed);
        assert!(read("quiz").quiz.is_some());
        assert!(read("embed=1").embed && read("embed=true").embed && read("embed=yes").embed);
        assert!(!read("embed=0").embed && !read("embed=no").embed);
    }

    #[test]
    fn a_written_query_reads_back_to_the_same_view() {
        let a = atlas();
        for q in ["?year=1945&lang=zh", "?date=1956-10-19&lang=en", "?year=1917&lang=en&embed=1"] {
            let s = ViewState::from_query(q, &a, Lang::En);
            assert_eq!(s.to_query(&a), q);
            assert_eq!(ViewState::from_query(&s.to_query(&a), &a, Lang::Zh), s);
        }
    }
}

#[cfg(test)]
mod classroom_tests {
    use super::*;
    use crate::model::{Region, Text};

    fn atlas() -> Atlas {
        Atlas {
            regions: ["kurils", "habomai", "korea-south"]
                .iter()
                .map(|id| Region { id: id.to_string(), name: Text::default() })
                .collect(),
            ..Atlas::default()
        }
    }

    fn read(q: &str) -> ViewState {
        ViewState::from_query(q, &atlas(), Lang::En)
    }

    #[test]
    fn a_compare_date_is_a_year_or_a_day_clamped_and_bad_ones_are_ignored() {
        assert_eq!(read("year=1946&compare=1939").compare, Some(Selection::Year(1939)));
        assert_eq!(read("year=1946&compare=1945-08-09").compare, Some(Selection::Day("1945-08-09".parse().unwrap())));
        assert_eq!(read("compare=2500").compare, Some(Selection::Year(1991)));
        for bad in ["compare=", "compare=abc", "compare=1945-02-30", "compare=1945-8-9", "compare=%3Cb%3E"] {
            assert_eq!(read(bad).compare, None, "{bad}");
        }
    }

    #[test]
    fn quiz_parameters_are_read_only_with_quiz_on_and_bad_values_are_ignored() {
        let s = read("quiz=1&seed=42&from=1940&to=1950&regions=habomai,kurils,atlantis&n=12&order=1");
        let q = s.quiz.expect("quiz on");
        assert_eq!((q.seed, q.from, q.to, q.n, q.order), (Some(42), Some(1940), Some(1950), Some(12), true));
        let a = atlas();
        let ids: Vec<&str> = q.regions.iter().map(|&r| a.region(r).id.as_str()).collect();
        assert_eq!(ids, ["kurils", "habomai"], "unknown dropped, in the order of the region list");
        assert_eq!(read("seed=42&from=1940").quiz, None, "no quiz without quiz=1");
        let q = read("quiz=1&seed=&from=19x0&to=&regions=atlantis&n=0&order=maybe").quiz.expect("quiz on");
        assert_eq!(q, QuizParams::default());
        let q = read("quiz=1&seed=99999999999&n=999&from=1800&to=1960").quiz.expect("quiz on");
        assert_eq!((q.n, q.from, q.to), (Some(MAX_QUESTIONS), Some(FIRST_YEAR), Some(1960)));
        // A seed that is not a number is hashed: the same word, the same quiz for everyone (never a random one).
        let word = read("quiz=1&seed=class7b").quiz.expect("quiz on").seed;
        assert!(word.is_some());
        assert_eq!(word, read("quiz=1&seed=class7b").quiz.unwrap().seed);
        assert_ne!(word, read("quiz=1&seed=class7c").quiz.unwrap().seed);
        assert_eq!(q.seed, parse_seed("99999999999"), "too big for a seed: hashed too");
        assert_eq!(read("quiz=1&seed=-3").quiz.unwrap().seed, parse_seed("-3"));
        let q = read("quiz=1&from=1960&to=1930").quiz.expect("quiz on");
        assert_eq!((q.from, q.to), (Some(1930), Some(1960)), "years the wrong way round");
        assert_eq!(read("quiz=0").quiz, None);
    }

    #[test]
    fn a_quiz_link_drops_a_comparison_that_would_give_the_answers_away() {
        let s = read("year=1946&compare=1939&quiz=1&seed=4");
        assert!(s.quiz.is_some());
        assert_eq!(s.compare, None);
        assert_eq!(s.to_query(&atlas()), "?year=1946&lang=en&quiz=1&seed=4");
    }

    #[test]
    fn compare_and_quiz_links_read_back_to_the_same_view() {
        let a = atlas();
        for q in [
            "?year=1946&lang=en&compare=1939",
            "?date=1945-09-05&lang=zh&compare=1945-08-01",
            "?year=1946&lang=en&embed=1&compare=1939",
            "?year=1917&lang=en&quiz=1",
            "?year=1917&lang=zh&quiz=1&seed=7",
            "?year=1945&lang=en&embed=1&quiz=1&seed=123456&from=1940&to=1950&regions=kurils,habomai&n=5&order=1",
        ] {
            let s = ViewState::from_query(q, &a, Lang::En);
            assert_eq!(s.to_query(&a), q);
            assert_eq!(ViewState::from_query(&s.to_query(&a), &a, Lang::Zh), s);
        }
    }
}
