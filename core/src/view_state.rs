//! The view as a URL query: `?year=1945`, `?date=1945-08-09`, `lang=zh|en`, `event=<id>`, `embed=1`.
//!
//! Reading never fails: a value that is malformed is ignored, one out of range is clamped, an unknown event is
//! dropped. Writing gives back a query that reads to the same view, so a copied link reproduces it.

use crate::date::Day;
use crate::model::Lang;
use crate::timeline::{Atlas, Selection, FIRST_YEAR};

/// Everything a link carries.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct ViewState {
    pub selection: Selection,
    pub lang: Lang,
    /// The selected event card, if any.
    pub event: Option<String>,
    /// Embedded in an iframe: no page chrome.
    pub embed: bool,
}

impl ViewState {
    /// The view a visitor sees with no parameters.
    pub const fn initial(lang: Lang) -> ViewState {
        ViewState { selection: Selection::Year(FIRST_YEAR), lang, event: None, embed: false }
    }

    /// Read a query string (with or without the leading `?`). `fallback_lang` is used when `lang` is absent or bad.
    pub fn from_query(query: &str, atlas: &Atlas, fallback_lang: Lang) -> ViewState {
        let mut state = ViewState::initial(fallback_lang);
        let mut date = None;
        let mut year = None;
        for pair in query.trim_start_matches('?').split('&') {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
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
                    if let Some(e) = atlas.event(value.trim()) {
                        state.event = Some(e.id.clone());
                    }
                }
                "embed" => state.embed = matches!(value.as_str(), "1" | "true" | "yes" | ""),
                _ => {}
            }
        }
        // Precedence: an explicit date, then a year, then the selected event's day.
        state.selection = if let Some(d) = date {
            Selection::Day(d)
        } else if let Some(y) = year {
            Selection::Year(y)
        } else if let Some(e) = state.event.as_deref().and_then(|id| atlas.event(id)) {
            Selection::of_event(e)
        } else {
            state.selection
        }
        .clamped();
        state
    }

    /// The query string (with the leading `?`) that reads back to this view.
    pub fn to_query(&self) -> String {
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
        format!("?{}", parts.join("&"))
    }
}

/// A year parameter: digits only; clamped later. Absurd values (`99999`) clamp to the range's end.
fn parse_year_param(value: &str) -> Option<i32> {
    let v = value.trim();
    if v.is_empty() || v.len() > 9 || !v.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    v.parse().ok()
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
        assert_eq!(
            ViewState::from_query("date=1850-02-03", &a, Lang::En).selection,
            Selection::Day("1917-01-01".parse().unwrap())
        );
        assert_eq!(ViewState::from_query("date=1945-02-30", &a, Lang::En).selection, Selection::Year(1917));
        assert_eq!(ViewState::from_query("%%%&&==&year=%31%39%34%35", &a, Lang::En).selection, Selection::Year(1945));
    }

    #[test]
    fn a_written_query_reads_back_to_the_same_view() {
        let a = atlas();
        for q in ["?year=1945&lang=zh", "?date=1956-10-19&lang=en", "?year=1917&lang=en&embed=1"] {
            let s = ViewState::from_query(q, &a, Lang::En);
            assert_eq!(s.to_query(), q);
            assert_eq!(ViewState::from_query(&s.to_query(), &a, Lang::Zh), s);
        }
    }
}
