//! Historical dates at the precision the record allows: a year, a month or a day, and ranges of them.
//!
//! The rule for mixing precisions: a coarse date covers its whole span. "1920" is every day from 1920-01-01 to
//! 1920-12-31; as the start of a period it means "from sometime in 1920" and takes effect on the first day of the
//! span; as an end it holds until the last day. A [`Day`] is compared with a coarse [`Date`] through
//! [`Date::locate`], which says whether the day lies before, within or after the span.

use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

/// Earliest year the data may name (the 1855 Treaty of Shimoda is background).
pub const MIN_YEAR: i32 = 1800;
/// Latest year the data may name (epilogue cards reach into this century).
pub const MAX_YEAR: i32 = 2100;

/// Why numbers are not a calendar day the data may name. Built without formatting: the text is written only when
/// the error is displayed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DayError {
    pub year: i32,
    pub month: u8,
    pub day: u8,
    pub problem: DayProblem,
}

/// What is wrong with a year, month and day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayProblem {
    /// The year lies outside [`MIN_YEAR`]..=[`MAX_YEAR`].
    YearOutOfRange,
    /// The month is not 1–12.
    NoSuchMonth,
    /// The month has no such day (30 February, 31 April, 29 February of a common year).
    NoSuchDay,
}

impl fmt::Display for DayProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DayProblem::YearOutOfRange => write!(f, "year outside {MIN_YEAR}–{MAX_YEAR}"),
            DayProblem::NoSuchMonth => f.write_str("month must be 01–12"),
            DayProblem::NoSuchDay => f.write_str("no such day in that month"),
        }
    }
}

impl fmt::Display for DayError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{:04}-{:02}-{:02}` is not a date: {}", self.year, self.month, self.day, self.problem)
    }
}

impl std::error::Error for DayError {}

/// First and last day the data may name.
const MIN_DAY: Day = Day { year: MIN_YEAR, month: 1, day: 1 };
const MAX_DAY: Day = Day { year: MAX_YEAR, month: 12, day: 31 };

/// Why a piece of text is not a date, a day or a range of dates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateError {
    /// The text as given (trimmed).
    pub text: String,
    pub problem: DateProblem,
}

/// What is wrong with the text of a date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateProblem {
    /// A part has the wrong number of digits, or is not digits (`1945-8-9`).
    Digits { expected: u8, found: String },
    /// More than three parts (`1945-08-09-01`).
    TooManyParts,
    /// A full day was required (`YYYY-MM-DD`) and the text is a year or a month.
    NotAFullDay,
    /// A range whose end comes before its start (`1922/1918`).
    EndsBeforeStart,
    /// The parts read as numbers but are no calendar day in range.
    Day(DayProblem),
}

impl fmt::Display for DateProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateProblem::Digits { expected, found } => write!(f, "expected {expected} digits, found `{found}`"),
            DateProblem::TooManyParts => f.write_str("too many parts; use YYYY, YYYY-MM or YYYY-MM-DD"),
            DateProblem::NotAFullDay => f.write_str("expected a full day, YYYY-MM-DD"),
            DateProblem::EndsBeforeStart => f.write_str("the range ends before it starts"),
            DateProblem::Day(p) => p.fmt(f),
        }
    }
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` is not a date: {}", self.text, self.problem)
    }
}

impl std::error::Error for DateError {}

impl DateError {
    fn new(text: &str, problem: DateProblem) -> DateError {
        DateError { text: text.to_string(), problem }
    }
}

/// Whether `year` is a Gregorian leap year.
pub const fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Number of days in a month (1–12) of a year; 0 for a month that does not exist.
pub const fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

const fn clamp_year(year: i32) -> i32 {
    if year < MIN_YEAR {
        MIN_YEAR
    } else if year > MAX_YEAR {
        MAX_YEAR
    } else {
        year
    }
}

/// A real calendar day (proleptic Gregorian). A value in hand is always valid.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct Day {
    year: i32,
    month: u8,
    day: u8,
}

impl Day {
    /// The day, if it exists in the calendar and lies within [`MIN_YEAR`]..=[`MAX_YEAR`].
    ///
    /// # Errors
    ///
    /// A [`DayError`] saying which of the three is wrong: the year out of range, no such month, or no such day in
    /// that month (29 February counts in leap years only).
    pub const fn new(year: i32, month: u8, day: u8) -> Result<Day, DayError> {
        let problem = if year < MIN_YEAR || year > MAX_YEAR {
            DayProblem::YearOutOfRange
        } else if month < 1 || month > 12 {
            DayProblem::NoSuchMonth
        } else if day == 0 || day > days_in_month(year, month) {
            DayProblem::NoSuchDay
        } else {
            return Ok(Day { year, month, day });
        };
        Err(DayError { year, month, day, problem })
    }

    /// A day known to be valid, for constants: `const D: Day = Day::known(1945, 8, 9);`. An invalid day stops the
    /// build when used in a constant (and panics at run time otherwise: use [`Day::new`] for anything read).
    pub const fn known(year: i32, month: u8, day: u8) -> Day {
        match Day::new(year, month, day) {
            Ok(d) => d,
            Err(_) => panic!("not a calendar day within MIN_YEAR..=MAX_YEAR"),
        }
    }

    /// First day of a year.
    ///
    /// # Errors
    ///
    /// [`DayProblem::YearOutOfRange`] when the year lies outside [`MIN_YEAR`]..=[`MAX_YEAR`].
    pub const fn first_of_year(year: i32) -> Result<Day, DayError> {
        Day::new(year, 1, 1)
    }

    /// Last day of a year.
    ///
    /// # Errors
    ///
    /// [`DayProblem::YearOutOfRange`] when the year lies outside [`MIN_YEAR`]..=[`MAX_YEAR`].
    pub const fn last_of_year(year: i32) -> Result<Day, DayError> {
        Day::new(year, 12, 31)
    }

    /// 1 January of `year`, the year first clamped into [`MIN_YEAR`]..=[`MAX_YEAR`].
    pub const fn start_of_clamped_year(year: i32) -> Day {
        Day { year: clamp_year(year), month: 1, day: 1 }
    }

    /// 31 December of `year`, the year first clamped into [`MIN_YEAR`]..=[`MAX_YEAR`].
    pub const fn end_of_clamped_year(year: i32) -> Day {
        Day { year: clamp_year(year), month: 12, day: 31 }
    }

    pub const fn year(self) -> i32 {
        self.year
    }

    pub const fn month(self) -> u8 {
        self.month
    }

    pub const fn day(self) -> u8 {
        self.day
    }

    /// The next calendar day (saturating at the end of [`MAX_YEAR`]).
    pub const fn succ(self) -> Day {
        if self.day < days_in_month(self.year, self.month) {
            Day { day: self.day + 1, ..self }
        } else if self.month < 12 {
            Day { month: self.month + 1, day: 1, ..self }
        } else if self.year < MAX_YEAR {
            Day { year: self.year + 1, month: 1, day: 1 }
        } else {
            self
        }
    }

    /// The previous calendar day (saturating at the start of [`MIN_YEAR`]).
    pub const fn pred(self) -> Day {
        if self.day > 1 {
            Day { day: self.day - 1, ..self }
        } else if self.month > 1 {
            let month = self.month - 1;
            Day { month, day: days_in_month(self.year, month), ..self }
        } else if self.year > MIN_YEAR {
            Day { year: self.year - 1, month: 12, day: 31 }
        } else {
            self
        }
    }

    /// Days since 1970-01-01 (negative before it): a day number for arithmetic and spans.
    pub fn to_days(self) -> i64 {
        // Howard Hinnant's days_from_civil, on a March-based year.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The day with this number (see [`Day::to_days`]), if it lies within [`MIN_YEAR`]..=[`MAX_YEAR`].
    pub fn from_days(days: i64) -> Option<Day> {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        Day::new(i32::try_from(year).ok()?, month as u8, day as u8).ok()
    }

    /// The day `n` days later (earlier for negative `n`), saturating at the ends of the supported range.
    pub fn plus_days(self, n: i64) -> Day {
        Day::from_days(self.to_days() + n).unwrap_or(if n < 0 { MIN_DAY } else { MAX_DAY })
    }

    /// The same day clamped into `lo..=hi`.
    pub fn clamp_to(self, lo: Day, hi: Day) -> Day {
        self.max(lo).min(hi)
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl FromStr for Day {
    type Err = DateError;

    /// Exactly `YYYY-MM-DD`.
    ///
    /// # Errors
    ///
    /// A [`DateError`] when the text is not a date ([`Date::from_str`]) or is only a year or a month
    /// ([`DateProblem::NotAFullDay`]).
    fn from_str(s: &str) -> Result<Day, DateError> {
        let date: Date = s.parse()?;
        match date.precision() {
            Precision::Day => Ok(date.first_day()),
            _ => Err(DateError::new(s.trim(), DateProblem::NotAFullDay)),
        }
    }
}

/// How precisely a [`Date`] is known.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub enum Precision {
    Year,
    Month,
    Day,
}

/// A date known to a year, a month or a day. Always a real calendar date.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct Date {
    first: Day,
    precision: Precision,
}

/// Where a day lies relative to a (possibly coarse) date.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Place {
    Before,
    Within,
    After,
}

impl Date {
    /// A whole year.
    ///
    /// # Errors
    ///
    /// [`DayProblem::YearOutOfRange`] when the year lies outside [`MIN_YEAR`]..=[`MAX_YEAR`].
    pub const fn year(year: i32) -> Result<Date, DayError> {
        match Day::first_of_year(year) {
            Ok(first) => Ok(Date { first, precision: Precision::Year }),
            Err(e) => Err(e),
        }
    }

    /// A whole month.
    ///
    /// # Errors
    ///
    /// A [`DayError`] (with day 1) when the year is out of range or the month is not 1–12.
    pub const fn month(year: i32, month: u8) -> Result<Date, DayError> {
        match Day::new(year, month, 1) {
            Ok(first) => Ok(Date { first, precision: Precision::Month }),
            Err(e) => Err(e),
        }
    }

    /// One day.
    pub const fn day(day: Day) -> Date {
        Date { first: day, precision: Precision::Day }
    }

    pub const fn precision(self) -> Precision {
        self.precision
    }

    /// The calendar year the date falls in.
    pub const fn year_number(self) -> i32 {
        self.first.year()
    }

    /// The first day the date covers (1920 → 1920-01-01).
    pub const fn first_day(self) -> Day {
        self.first
    }

    /// The last day the date covers (1920 → 1920-12-31; 1920-02 → 1920-02-29).
    pub const fn last_day(self) -> Day {
        let Day { year, month, day } = self.first;
        match self.precision {
            Precision::Day => Day { year, month, day },
            Precision::Month => Day { year, month, day: days_in_month(year, month) },
            Precision::Year => Day { year, month: 12, day: 31 },
        }
    }

    /// Whether `day` lies before, within or after the span this date covers.
    pub fn locate(self, day: Day) -> Place {
        if day < self.first_day() {
            Place::Before
        } else if day > self.last_day() {
            Place::After
        } else {
            Place::Within
        }
    }
}

impl Ord for Date {
    /// Chronological by first day; at the same first day the coarser date sorts first ("1945" before "1945-01").
    fn cmp(&self, other: &Date) -> Ordering {
        self.first.cmp(&other.first).then(self.precision.cmp(&other.precision))
    }
}

impl PartialOrd for Date {
    fn partial_cmp(&self, other: &Date) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Day { year, month, day } = self.first;
        match self.precision {
            Precision::Year => write!(f, "{year:04}"),
            Precision::Month => write!(f, "{year:04}-{month:02}"),
            Precision::Day => write!(f, "{year:04}-{month:02}-{day:02}"),
        }
    }
}

/// A part of a date of exactly `digits` ASCII digits, as a number.
fn number(text: &str, part: &str, digits: u8) -> Result<u16, DateError> {
    if part.len() != usize::from(digits) || !part.bytes().all(|b| b.is_ascii_digit()) {
        return Err(DateError::new(text, DateProblem::Digits { expected: digits, found: part.to_string() }));
    }
    // At most four digits: the sum cannot overflow.
    Ok(part.bytes().fold(0, |n, b| n * 10 + u16::from(b - b'0')))
}

impl FromStr for Date {
    type Err = DateError;

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    ///
    /// # Errors
    ///
    /// A [`DateError`] holding the text and the problem: a part with the wrong number of digits, too many parts, or
    /// numbers that are no calendar day in [`MIN_YEAR`]..=[`MAX_YEAR`].
    fn from_str(s: &str) -> Result<Date, DateError> {
        let text = s.trim();
        let mut parts = text.split('-');
        let year = i32::from(number(text, parts.next().unwrap_or(""), 4)?);
        // Two digits fit a u8.
        let month = parts.next().map(|p| number(text, p, 2)).transpose()?.map(|m| m as u8);
        let day = parts.next().map(|p| number(text, p, 2)).transpose()?.map(|d| d as u8);
        if parts.next().is_some() {
            return Err(DateError::new(text, DateProblem::TooManyParts));
        }
        let date = match (month, day) {
            (None, _) => Date::year(year),
            (Some(m), None) => Date::month(year, m),
            (Some(m), Some(d)) => Day::new(year, m, d).map(Date::day),
        };
        date.map_err(|e| DateError::new(text, DateProblem::Day(e.problem)))
    }
}

/// The end of a [`When`].
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum End {
    /// A single date, not a range.
    Same,
    /// A closed range ending on (the last day of) this date.
    Until(Date),
    /// A range with no end yet ("1945-08-09/").
    Open,
}

/// A date or a range of dates, as written in the data: `1945-08-09`, `1918-08/1922-10-25`, `1945-08-09/`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct When {
    pub start: Date,
    pub end: End,
}

impl When {
    /// A single date.
    pub const fn on(start: Date) -> When {
        When { start, end: End::Same }
    }

    pub const fn first_day(&self) -> Day {
        self.start.first_day()
    }

    /// The last day covered, or `None` for an open range.
    pub const fn last_day(&self) -> Option<Day> {
        match self.end {
            End::Same => Some(self.start.last_day()),
            End::Until(d) => Some(d.last_day()),
            End::Open => None,
        }
    }

    /// Whether the day lies within the span (inclusive at both ends, coarse ends covering their span).
    pub fn covers(&self, day: Day) -> bool {
        day >= self.first_day() && self.last_day().is_none_or(|last| day <= last)
    }

    /// Whether the span shares at least one day with the inclusive range `first..=last`.
    pub fn overlaps(&self, first: Day, last: Day) -> bool {
        self.first_day() <= last && self.last_day().is_none_or(|end| end >= first)
    }

    pub fn is_range(&self) -> bool {
        self.end != End::Same
    }
}

impl fmt::Display for When {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.end {
            End::Same => write!(f, "{}", self.start),
            End::Until(d) => write!(f, "{}/{}", self.start, d),
            End::Open => write!(f, "{}/", self.start),
        }
    }
}

impl FromStr for When {
    type Err = DateError;

    /// A date (`1945-08-09`), a closed range (`1918-08/1922-10-25`) or an open one (`1945-08-09/`).
    ///
    /// # Errors
    ///
    /// The [`DateError`] of either end ([`Date::from_str`]), or [`DateProblem::EndsBeforeStart`] for a range whose
    /// end comes before its start.
    fn from_str(s: &str) -> Result<When, DateError> {
        let text = s.trim();
        match text.split_once('/') {
            None => Ok(When::on(text.parse()?)),
            Some((a, b)) => {
                let start: Date = a.parse()?;
                if b.trim().is_empty() {
                    return Ok(When { start, end: End::Open });
                }
                let end: Date = b.parse()?;
                if end.last_day() < start.first_day() {
                    return Err(DateError::new(text, DateProblem::EndsBeforeStart));
                }
                Ok(When { start, end: End::Until(end) })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> Day {
        s.parse().unwrap()
    }

    #[test]
    fn parses_the_three_precisions() {
        assert_eq!("1945".parse::<Date>().unwrap().precision(), Precision::Year);
        assert_eq!("1945-08".parse::<Date>().unwrap().precision(), Precision::Month);
        assert_eq!("1945-08-09".parse::<Date>().unwrap().precision(), Precision::Day);
    }

    #[test]
    fn rejects_impossible_calendar_dates() {
        for bad in
            ["1945-02-29", "1945-13", "1945-00-10", "1945-04-31", "19455", "45", "1945-8-9", "abc", "", "1945-08-09-01"]
        {
            assert!(bad.parse::<Date>().is_err(), "{bad} should be rejected");
        }
        assert!("1944-02-29".parse::<Date>().is_ok(), "1944 is a leap year");
        assert!("1900-02-29".parse::<Date>().is_err(), "1900 is not a leap year");
        assert!("2000-02-29".parse::<Date>().is_ok(), "2000 is a leap year");
    }

    #[test]
    fn a_coarse_date_covers_its_whole_span() {
        let y: Date = "1920".parse().unwrap();
        assert_eq!(y.first_day(), day("1920-01-01"));
        assert_eq!(y.last_day(), day("1920-12-31"));
        let m: Date = "1920-02".parse().unwrap();
        assert_eq!(m.last_day(), day("1920-02-29"));
        assert_eq!(y.locate(day("1919-12-31")), Place::Before);
        assert_eq!(y.locate(day("1920-06-15")), Place::Within);
        assert_eq!(y.locate(day("1921-01-01")), Place::After);
    }

    #[test]
    fn dates_order_chronologically_coarse_first() {
        let mut v: Vec<Date> =
            ["1945-08-09", "1945", "1944-12", "1945-08"].iter().map(|s| s.parse().unwrap()).collect();
        v.sort();
        let s: Vec<String> = v.iter().map(|d| d.to_string()).collect();
        assert_eq!(s, ["1944-12", "1945", "1945-08", "1945-08-09"]);
    }

    #[test]
    fn ranges_parse_with_closed_and_open_ends() {
        let w: When = "1918-08/1922-10-25".parse().unwrap();
        assert_eq!(w.first_day(), day("1918-08-01"));
        assert_eq!(w.last_day(), Some(day("1922-10-25")));
        assert!(w.covers(day("1922-10-25")));
        assert!(!w.covers(day("1922-10-26")));
        let open: When = "1945-08-09/".parse().unwrap();
        assert_eq!(open.last_day(), None);
        assert!(open.covers(day("1991-12-31")));
        assert!("1922/1918".parse::<When>().is_err());
        assert_eq!(w.to_string(), "1918-08/1922-10-25");
    }

    #[test]
    fn succ_and_pred_cross_month_and_year_ends() {
        assert_eq!(day("1945-12-31").succ(), day("1946-01-01"));
        assert_eq!(day("1944-02-28").succ(), day("1944-02-29"));
        assert_eq!(day("1946-03-01").pred(), day("1946-02-28"));
        assert_eq!(day("1946-01-01").pred(), day("1945-12-31"));
    }

    #[test]
    fn errors_say_what_is_wrong_as_values_and_as_text() {
        assert_eq!(
            Day::new(1945, 2, 29),
            Err(DayError { year: 1945, month: 2, day: 29, problem: DayProblem::NoSuchDay })
        );
        assert_eq!(Day::new(1799, 12, 31).unwrap_err().problem, DayProblem::YearOutOfRange);
        assert_eq!(Date::month(1945, 13).unwrap_err().problem, DayProblem::NoSuchMonth);
        assert_eq!(
            Day::new(1945, 4, 31).unwrap_err().to_string(),
            "`1945-04-31` is not a date: no such day in that month"
        );
        // A parse error names the text as written, whatever its precision.
        let e = "1945-13".parse::<Date>().unwrap_err();
        assert_eq!(e, DateError { text: "1945-13".into(), problem: DateProblem::Day(DayProblem::NoSuchMonth) });
        assert_eq!(e.to_string(), "`1945-13` is not a date: month must be 01–12");
        assert_eq!(" 1700 ".parse::<Date>().unwrap_err().to_string(), "`1700` is not a date: year outside 1800–2100");
        assert_eq!(
            "1945-8-9".parse::<Date>().unwrap_err().problem,
            DateProblem::Digits { expected: 2, found: "8".into() }
        );
        assert_eq!("1945-08-09-01".parse::<Date>().unwrap_err().problem, DateProblem::TooManyParts);
        assert_eq!("1945-08".parse::<Day>().unwrap_err().problem, DateProblem::NotAFullDay);
        assert_eq!(
            "1922/1918".parse::<When>().unwrap_err().to_string(),
            "`1922/1918` is not a date: the range ends before it starts"
        );
    }

    #[test]
    fn constants_are_checked_when_compiled() {
        const PACT: Day = Day::known(1941, 4, 13);
        const LEAP: Day = Day::known(1944, 2, 29);
        assert_eq!(PACT, day("1941-04-13"));
        assert_eq!(LEAP.succ(), day("1944-03-01"));
        assert_eq!(Day::start_of_clamped_year(1200), day("1800-01-01"));
        assert_eq!(Day::end_of_clamped_year(1945), day("1945-12-31"));
        assert_eq!(Day::end_of_clamped_year(3000), day("2100-12-31"));
    }

    #[test]
    fn day_numbers_count_days_and_round_trip() {
        assert_eq!(day("1970-01-01").to_days(), 0);
        assert_eq!(day("1945-08-09").to_days() - day("1945-08-06").to_days(), 3);
        assert_eq!(day("1946-01-01").to_days() - day("1945-01-01").to_days(), 365);
        assert_eq!(day("1945-01-01").to_days() - day("1944-01-01").to_days(), 366);
        let mut d = day("1899-12-25");
        for _ in 0..40_000 {
            assert_eq!(Day::from_days(d.to_days()), Some(d));
            assert_eq!(d.succ().to_days(), d.to_days() + 1);
            d = d.succ();
        }
        assert_eq!(day("1945-08-31").plus_days(2), day("1945-09-02"));
        assert_eq!(day("1945-03-01").plus_days(-1), day("1945-02-28"));
        assert_eq!(day("1800-01-05").plus_days(-100), day("1800-01-01"));
        assert_eq!(Day::from_days(i64::MAX / 4), None);
    }

    #[test]
    fn a_day_must_be_written_in_full() {
        assert!("1945".parse::<Day>().is_err());
        assert_eq!(day("1945-08-09").to_string(), "1945-08-09");
    }
}
