//! A problem found in the data, as the reader sees it: file, the item it concerns, what is wrong.
//!
//! The item and the problem are values, not text: validation builds them without formatting anything, and they
//! are written out only when displayed (`events.toml: event `x`: unknown place `y``).

use crate::date::{Date, DateError, Day};
use crate::model::Lang;
use std::fmt;

/// One problem found in the data.
#[derive(Clone, PartialEq, Debug)]
pub struct DataError {
    /// The file it was found in (`events.toml`): for a check across records, the file of the record that breaks
    /// the rule (the later of two that overlap); `data` only for what concerns every file at once.
    pub file: String,
    /// The line of the record in that file (its `[[period]]` header), when the problem is one record's.
    pub line: Option<usize>,
    /// What it concerns.
    pub item: Item,
    pub problem: Problem,
}

impl DataError {
    /// A problem of the record at `line` of `file`.
    pub fn at(file: impl Into<String>, line: Option<usize>, item: Item, problem: Problem) -> DataError {
        DataError { file: file.into(), line, item, problem }
    }
}

impl fmt::Display for DataError {
    /// `events.toml:120: event `x`: unknown place `y`` (`file:line:` as compilers write it).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}: {}: {}", self.file, self.item, self.problem),
            None => write!(f, "{}: {}: {}", self.file, self.item, self.problem),
        }
    }
}

impl std::error::Error for DataError {}

/// The kinds of things the data declares and refers to by id.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Kind {
    Source,
    Power,
    Region,
    /// A point (city, site).
    Point,
    /// A region or a point: what an event's `places` name.
    Place,
    Era,
    Event,
    Railway,
    /// A station of a railway.
    Station,
}

impl Kind {
    /// The word used in messages.
    pub const fn noun(self) -> &'static str {
        match self {
            Kind::Source => "source",
            Kind::Power => "power",
            Kind::Region => "region",
            Kind::Point => "point",
            Kind::Place => "place",
            Kind::Era => "era",
            Kind::Event => "event",
            Kind::Railway => "railway",
            Kind::Station => "station",
        }
    }
}

/// What a problem concerns.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Item {
    /// A declared thing: `event `neutrality-pact``.
    Declared(Kind, String),
    /// A control period, by region and start as written: `period of `karafuto` from 1905-09-05`.
    Period { region: String, from: String },
    /// A claim, by power, region and (when there is one to tell it apart) start.
    Claim { power: String, region: String, from: Option<String> },
    /// A railway's control period, by railway and start as written.
    RailwayPeriod { railway: String, from: String },
    /// A station of a railway.
    Station { railway: String, station: String },
    /// A Japanese or Russian name of a place or region: `ja name of `toyohara``.
    LocalName { lang: String, of: String },
    /// A place in the file's text (a syntax error).
    Position { line: usize, column: usize },
    /// The whole file.
    File,
    /// Every declared thing of a kind, across the files.
    Every(Kind),
}

impl fmt::Display for Item {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Item::Declared(kind, id) => write!(f, "{} `{id}`", kind.noun()),
            Item::Period { region, from } => write!(f, "period of `{region}` from {from}"),
            Item::Claim { power, region, from: Some(from) } => {
                write!(f, "claim of `{power}` on `{region}` from {from}")
            }
            Item::Claim { power, region, from: None } => write!(f, "claim of `{power}` on `{region}`"),
            Item::LocalName { lang, of } => write!(f, "{lang} name of `{of}`"),
            Item::RailwayPeriod { railway, from } => write!(f, "period of railway `{railway}` from {from}"),
            Item::Station { railway, station } => write!(f, "railway `{railway}`, station `{station}`"),
            Item::Position { line, column } => write!(f, "line {line}, column {column}"),
            Item::File => f.write_str("file"),
            Item::Every(kind) => write!(f, "every {}", kind.noun()),
        }
    }
}

/// What is wrong.
#[derive(Clone, PartialEq, Debug)]
pub enum Problem {
    /// The TOML reader's message (not TOML, or a field of the wrong type or unknown).
    Syntax(String),
    /// A date field that does not read as a date.
    Date {
        field: &'static str,
        error: DateError,
    },
    /// A text with one language left empty.
    EmptyText {
        field: &'static str,
        lang: Lang,
    },
    /// An id with characters other than a-z, 0-9 and inner dashes.
    BadId,
    /// A fact without a source.
    NoSource,
    DeclaredTwice {
        also_in: String,
    },
    BadCoordinates {
        lon: f64,
        lat: f64,
    },
    /// A power without a colour.
    NoColour,
    /// A power's colour that is not `#rrggbb`.
    BadColour(String),
    UnknownStatus(String),
    UnknownCategory(String),
    /// An event that names no region or point.
    NoPlaces,
    /// A reference to an id nobody declared.
    Unknown(Kind, String),
    /// A period or claim that ends before it starts.
    EndsBeforeStart {
        from: Date,
        to: Date,
    },
    /// A region without any control period.
    NoPeriods,
    /// Nobody controls the region from the start of the covered span until `first` (the first period's start).
    UncoveredStart {
        cover_from: Day,
        first: Date,
    },
    /// A period without an end followed by another.
    OpenBeforeAnother {
        from: Date,
        power: String,
        next: Date,
    },
    /// Two periods of one region share a day.
    Overlap {
        power: String,
        from: Date,
        to: Date,
        next_power: String,
        next_from: Date,
    },
    /// Days between two periods that nobody controls.
    Gap {
        from: Day,
        to: Day,
    },
    /// The last period ends before the covered span does.
    UncoveredEnd {
        last: Date,
    },
    /// A power claims a region it controls at the time.
    ClaimsHeld {
        power: String,
        period_from: Date,
    },
    /// A power claims one region twice at once.
    TwoClaims {
        from: Date,
        next_from: Date,
    },
    /// More than one key event in a year.
    SecondKeyEvent {
        year: i32,
        also: String,
    },
    /// A station declared twice in one railway.
    StationTwice,
    /// A railway without lines.
    NoLines,
    /// A line of fewer than two stations.
    ShortLine,
    /// A station no line passes through.
    StationOnNoLine(String),
    UnknownRailwayStatus(String),
    /// A joint management without its partner.
    JointWithoutPartner,
    /// A partner on a period that is not a joint management.
    PartnerWithoutJoint,
    /// A partner that is the power itself.
    PartnerIsPower,
    /// More things of a kind than its ids can tell apart.
    TooMany {
        count: usize,
        max: usize,
    },
    /// A local name in a language other than Japanese or Russian.
    UnknownLanguage(String),
    /// A local name left empty.
    EmptyName,
    /// Several names of one place in one language without a date.
    UndatedNames(Vec<String>),
    /// A claim by one power on a region that another power claims at the same time (the map draws one outline).
    TwoClaimants {
        power: String,
        from: Date,
        next_power: String,
        next_from: Date,
    },
    /// An era that starts before the one listed before it.
    EraOutOfOrder {
        previous: String,
    },
    /// An era that starts before the one listed before it ends.
    ErasOverlap {
        previous: String,
    },
    /// Days between an era and the one listed before it.
    ErasGap {
        previous: String,
        from: Day,
        to: Day,
    },
    /// A region the map has no shape for (tools/mapgen/regions.mjs).
    NoShape,
    /// A shape of the map (tools/mapgen/regions.mjs) that no region of the data is.
    ShapeWithoutRegion(String),
    /// A point of a region (a city the map marks) that falls outside the map.
    OffMap {
        lon: f64,
        lat: f64,
    },
    /// Two dated names of one place in one language at once.
    NamesOverlap {
        name: String,
        when: String,
        next_name: String,
        next_when: String,
    },
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Syntax(message) => f.write_str(message),
            Problem::Date { field, error } => write!(f, "{field}: {error}"),
            Problem::EmptyText { field, lang } => {
                write!(f, "{field}.{} is empty: both languages are required", lang.code())
            }
            Problem::BadId => f.write_str("ids use only a-z, 0-9 and inner dashes"),
            Problem::NoSource => f.write_str("no source: every fact needs `sources = [{ src = \"…\" }]`"),
            Problem::DeclaredTwice { also_in } => write!(f, "declared twice (also in {also_in})"),
            Problem::BadCoordinates { lon, lat } => write!(f, "coordinates out of range: lon {lon} lat {lat}"),
            Problem::NoColour => f.write_str("no colour: give every power `colour = \"#rrggbb\"`"),
            Problem::BadColour(colour) => {
                write!(f, "colour `{colour}` is not a colour: write it as `#rrggbb` (six hexadecimal digits)")
            }
            Problem::UnknownStatus(status) => {
                f.write_str("unknown status `")?;
                f.write_str(status)?;
                f.write_str("` (one of: ")?;
                for (i, s) in crate::model::Status::ALL.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    f.write_str(s.id())?;
                }
                f.write_str(")")
            }
            Problem::UnknownCategory(category) => {
                f.write_str("unknown category `")?;
                f.write_str(category)?;
                f.write_str("` (one of: ")?;
                for (i, c) in crate::model::Category::ALL.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    f.write_str(c.id())?;
                }
                f.write_str(")")
            }
            Problem::NoPlaces => f.write_str("no places: name at least one region or point"),
            Problem::Unknown(kind, id) => write!(f, "unknown {} `{id}`", kind.noun()),
            Problem::EndsBeforeStart { from, to } => write!(f, "ends ({to}) before it starts ({from})"),
            Problem::NoPeriods => f.write_str("has no control periods"),
            Problem::UncoveredStart { cover_from, first } => {
                write!(f, "nobody controls it from {cover_from} until {first}")
            }
            Problem::OpenBeforeAnother { from, power, next } => {
                write!(f, "the period from {from} (`{power}`) has no end, but another starts {next}")
            }
            Problem::Overlap { power, from, to, next_power, next_from } => write!(
                f,
                "two controllers at once: `{power}` {from}–{to} overlaps `{next_power}` from {next_from} \
                 (a coarse date covers its whole span)"
            ),
            Problem::Gap { from, to } => write!(f, "gap in control: nobody from {from} to {to}"),
            Problem::UncoveredEnd { last } => write!(f, "nobody controls it after {last}"),
            Problem::ClaimsHeld { power, period_from } => {
                write!(f, "`{power}` controls the region itself then (period from {period_from})")
            }
            Problem::TwoClaims { from, next_from } => {
                write!(f, "two claims at once (from {from} and from {next_from})")
            }
            Problem::SecondKeyEvent { year, also } => {
                write!(f, "second key event of {year} (also `{also}`): keep one `key = true` per year")
            }
            Problem::StationTwice => f.write_str("declared twice in this railway"),
            Problem::NoLines => f.write_str("no lines: give `lines = [[\"station\", \"station\", …]]`"),
            Problem::ShortLine => f.write_str("a line needs at least two stations"),
            Problem::StationOnNoLine(id) => write!(f, "station `{id}` is on no line"),
            Problem::UnknownRailwayStatus(status) => {
                f.write_str("unknown railway status `")?;
                f.write_str(status)?;
                f.write_str("` (one of: ")?;
                for (i, s) in crate::model::RailwayStatus::ALL.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    f.write_str(s.id())?;
                }
                f.write_str(")")
            }
            Problem::JointWithoutPartner => f.write_str("a joint management needs a `partner`"),
            Problem::PartnerWithoutJoint => f.write_str("only a `joint` period has a `partner`"),
            Problem::PartnerIsPower => f.write_str("the partner is the power itself"),
            Problem::TooMany { count, max } => {
                write!(f, "{count} declared, but the atlas holds at most {max}: its ids would overflow")
            }
            Problem::UnknownLanguage(lang) => write!(f, "unknown language `{lang}` (ja or ru)"),
            Problem::EmptyName => f.write_str("name is empty"),
            Problem::UndatedNames(names) => {
                write!(f, "two names without a date ({}): give one of them a `when`", names.join(", "))
            }
            Problem::TwoClaimants { power, from, next_power, next_from } => write!(
                f,
                "two powers claim it at once: `{power}` from {from} and `{next_power}` from {next_from} (the map \
                 draws one claim outline: end one claim first)"
            ),
            Problem::EraOutOfOrder { previous } => {
                write!(f, "starts before `{previous}`, listed before it: list the eras in order")
            }
            Problem::ErasOverlap { previous } => write!(f, "starts before `{previous}` ends: eras may not overlap"),
            Problem::ErasGap { previous, from, to } => {
                write!(f, "gap between eras: nothing from {from} to {to} (after `{previous}`)")
            }
            Problem::NoShape => {
                f.write_str("has no shape on the map: add it to tools/mapgen/regions.mjs and run the generator")
            }
            Problem::ShapeWithoutRegion(id) => {
                write!(f, "the map's shape `{id}` is no region of the data: add `[[region]] id = \"{id}\"`")
            }
            Problem::OffMap { lon, lat } => write!(f, "off the map: lon {lon} lat {lat} falls outside it"),
            Problem::NamesOverlap { name, when, next_name, next_when } => write!(
                f,
                "two names at once: `{name}` ({when}) overlaps `{next_name}` ({next_when}) (a coarse date covers its \
                 whole span)"
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_problem_reads_as_file_item_and_what_is_wrong() {
        let e = DataError {
            file: "events.toml".into(),
            line: None,
            item: Item::Declared(Kind::Event, "x".into()),
            problem: Problem::Unknown(Kind::Place, "el-dorado".into()),
        };
        assert_eq!(e.to_string(), "events.toml: event `x`: unknown place `el-dorado`");
        let e = DataError {
            file: "control.toml".into(),
            line: Some(412),
            item: Item::Claim { power: "japan".into(), region: "north-sakhalin".into(), from: None },
            problem: Problem::TwoClaims { from: "1925".parse().unwrap(), next_from: "1926-05".parse().unwrap() },
        };
        assert_eq!(
            e.to_string(),
            "control.toml:412: claim of `japan` on `north-sakhalin`: two claims at once (from 1925 and from 1926-05)"
        );
        assert_eq!(
            Problem::UnknownCategory("gossip".into()).to_string(),
            "unknown category `gossip` (one of: war, treaty, occupation, territory, diplomacy, economy, espionage, \
             politics, context, epilogue)"
        );
        assert_eq!(Item::Position { line: 3, column: 8 }.to_string(), "line 3, column 8");
    }
}
