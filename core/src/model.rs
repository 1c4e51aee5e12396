//! Plain, validated domain types: powers, regions, points, control periods, claims, events, eras, sources.
//!
//! Values of these types are only built by [`crate::data`], after validation, so every id they hold resolves.

use crate::date::{Date, Day, When};
use crate::palette::Colour;
use std::fmt;
use std::sync::OnceLock;

/// Defines a small typed index into one of the [`crate::Atlas`]'s lists: `Copy`, as small as the data allows, and
/// only made by the crate (when the data is loaded or decoded), so every id indexes its list.
macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident($int:ty), $list:literal) => {
        $(#[$doc])*
        #[doc = concat!("An index into `Atlas::", $list, "`.")]
        #[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
        pub struct $name(pub(crate) $int);

        impl $name {
            /// How many records the id can tell apart: validation refuses data with more.
            pub const MAX: usize = <$int>::MAX as usize + 1;

            /// The id of the record at `index`, if it fits.
            pub(crate) fn new(index: usize) -> Option<$name> {
                <$int>::try_from(index).ok().map($name)
            }

            /// The position in the atlas's list.
            pub const fn index(self) -> usize {
                self.0 as usize
            }
        }
    };
}

id_type!(
    /// A declared source.
    SourceId(u16),
    "sources"
);
id_type!(
    /// A power (state or government).
    PowerId(u8),
    "powers"
);
id_type!(
    /// A region.
    RegionId(u16),
    "regions"
);
id_type!(
    /// A point (city, battlefield, treaty site).
    PointId(u16),
    "points"
);
id_type!(
    /// An event (in the atlas's chronological order).
    EventId(u16),
    "events"
);
id_type!(
    /// A railway line.
    RailwayId(u8),
    "railways"
);

/// What an event happened at, or what a local name names: a region or a point (the data files name either by its
/// id; no point shares an id with a region).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub enum Place {
    Region(RegionId),
    Point(PointId),
}

/// The two interface and content languages.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Default)]
pub enum Lang {
    /// Simplified Chinese.
    Zh,
    #[default]
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Zh, Lang::En];

    /// BCP 47 tag, for `lang=` attributes and URLs.
    pub const fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    /// The tag for the HTML `lang` attribute.
    pub const fn html_tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-Hans",
            Lang::En => "en",
        }
    }

    /// `zh` or `en` (case-insensitive, `zh-*` accepted); anything else is `None`.
    pub fn from_code(code: &str) -> Option<Lang> {
        let c = code.trim().to_ascii_lowercase();
        if c == "zh" || c.starts_with("zh-") {
            Some(Lang::Zh)
        } else if c == "en" || c.starts_with("en-") {
            Some(Lang::En)
        } else {
            None
        }
    }
}

/// A text in both languages.
///
/// Data read from the files holds both from the start. The app's packed data holds the names (of powers, regions,
/// places, periods, railways) in both languages, and its longer texts (events, notes, source titles) arrive one
/// language at a time ([`crate::pack::fill_texts`]): until then they read as empty.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
#[cfg_attr(feature = "toml", derive(serde::Deserialize), serde(deny_unknown_fields))]
pub struct Text {
    pub zh: Str,
    pub en: Str,
}

impl Text {
    pub fn new(zh: impl Into<Str>, en: impl Into<Str>) -> Text {
        Text { zh: zh.into(), en: en.into() }
    }

    fn side(&self, lang: Lang) -> &Str {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }

    /// The text in `lang` (empty while that language has not arrived).
    pub fn get(&self, lang: Lang) -> &str {
        self.side(lang)
    }

    /// Whether the text in `lang` is here.
    pub fn has(&self, lang: Lang) -> bool {
        self.side(lang).0.get().is_some()
    }

    /// Fill in one language, once, through a shared reference (the app's data lives, immutable, as long as the
    /// page). False if it was here already: it then stays as it was.
    pub(crate) fn fill(&self, lang: Lang, text: String) -> bool {
        self.side(lang).0.set(text).is_ok()
    }
}

/// One language's side of a [`Text`]: a string that is either here or not yet (it reads as `""` until then), and
/// is set at most once. Reads like a `&str` (`Deref`).
#[derive(Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "toml", derive(serde::Deserialize), serde(from = "String"))]
pub struct Str(OnceLock<String>);

impl Str {
    pub fn as_str(&self) -> &str {
        self
    }
}

impl std::ops::Deref for Str {
    type Target = str;
    fn deref(&self) -> &str {
        self.0.get().map_or("", String::as_str)
    }
}

impl From<String> for Str {
    fn from(s: String) -> Str {
        Str(OnceLock::from(s))
    }
}

impl From<&str> for Str {
    fn from(s: &str) -> Str {
        Str::from(s.to_string())
    }
}

impl From<&Str> for String {
    fn from(s: &Str) -> String {
        s.to_string()
    }
}

impl PartialEq<str> for Str {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Str {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl fmt::Debug for Str {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for Str {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self)
    }
}

/// How a power held a region.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Status {
    /// Held as its own, or by treaty.
    Sovereign,
    /// Military occupation.
    Occupied,
    /// Held under a lease.
    Leased,
    /// Ruled by a puppet state.
    Puppet,
    /// Fighting in progress.
    Contested,
    /// Annexed by a unilateral decree not recognised by the former holder.
    Annexed,
    /// Self-governing under another state's suzerainty (Outer Mongolia under the Kyakhta agreement of 1915).
    Autonomous,
}

impl Status {
    pub const ALL: [Status; 7] = [
        Status::Sovereign,
        Status::Autonomous,
        Status::Occupied,
        Status::Leased,
        Status::Puppet,
        Status::Contested,
        Status::Annexed,
    ];

    /// The id used in data files, CSS classes and `data-status`.
    pub const fn id(self) -> &'static str {
        match self {
            Status::Sovereign => "sovereign",
            Status::Occupied => "occupied",
            Status::Leased => "leased",
            Status::Puppet => "puppet",
            Status::Contested => "contested",
            Status::Annexed => "annexed",
            Status::Autonomous => "autonomous",
        }
    }

    pub fn from_id(id: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.id() == id)
    }
}

/// Kinds of events.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub enum Category {
    War,
    Treaty,
    Occupation,
    Territory,
    Diplomacy,
    Economy,
    Espionage,
    Politics,
    Context,
    Epilogue,
}

impl Category {
    pub const ALL: [Category; 10] = [
        Category::War,
        Category::Treaty,
        Category::Occupation,
        Category::Territory,
        Category::Diplomacy,
        Category::Economy,
        Category::Espionage,
        Category::Politics,
        Category::Context,
        Category::Epilogue,
    ];

    pub const fn id(self) -> &'static str {
        match self {
            Category::War => "war",
            Category::Treaty => "treaty",
            Category::Occupation => "occupation",
            Category::Territory => "territory",
            Category::Diplomacy => "diplomacy",
            Category::Economy => "economy",
            Category::Espionage => "espionage",
            Category::Politics => "politics",
            Category::Context => "context",
            Category::Epilogue => "epilogue",
        }
    }

    pub fn from_id(id: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.id() == id)
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// Where a fact comes from: a declared source and, optionally, the section or page.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct SourceRef {
    pub src: SourceId,
    pub section: Option<String>,
}

/// A declared source: one of the two articles, or a standard reference.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Source {
    pub id: String,
    pub title: Text,
    pub url: Option<String>,
}

/// A state or government.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Power {
    pub id: String,
    pub name: Text,
    /// Its fill on the map, the legend, the status table and the export (see [`crate::palette`]).
    pub colour: Colour,
}

/// A historical region with a stable id and a shape on the map.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Region {
    pub id: String,
    pub name: Text,
}

/// A name a point bore during a span of time.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct DatedName {
    pub when: When,
    pub name: Text,
}

/// A named place: city, battlefield, treaty site.
#[derive(Clone, PartialEq, Debug)]
pub struct Point {
    pub id: String,
    /// The data file's coordinates, in degrees. Not in the app's packed data (it reads 0 there): the app draws
    /// from `xy`.
    pub lon: f64,
    pub lat: f64,
    /// Where it is on the map, in SVG user units to a tenth: projected when the data is read (at build time),
    /// never in the app.
    pub xy: [f64; 2],
    /// The current name.
    pub name: Text,
    /// Names in use in earlier (or other) spans; the first whose span covers the day wins.
    pub names: Vec<DatedName>,
    /// The region a city lies in (only cities have one: other points are event sites).
    pub region: Option<RegionId>,
    pub coord_source: Option<String>,
}

impl Point {
    /// The name in use on `day`.
    pub fn name_at(&self, day: Day) -> &Text {
        self.names.iter().find(|n| n.when.covers(day)).map(|n| &n.name).unwrap_or(&self.name)
    }
}

/// A language whose names of places the atlas gives beside its two interface languages: the languages of the two
/// states of the story.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub enum LangTag {
    /// Japanese.
    Ja,
    /// Russian.
    Ru,
}

impl LangTag {
    /// In the order they are shown.
    pub const ALL: [LangTag; 2] = [LangTag::Ja, LangTag::Ru];

    /// The BCP 47 tag, for the data files and the `lang` attribute.
    pub fn code(self) -> &'static str {
        match self {
            LangTag::Ja => "ja",
            LangTag::Ru => "ru",
        }
    }

    /// `ja` or `ru`, exactly; anything else is `None`.
    pub fn from_code(code: &str) -> Option<LangTag> {
        LangTag::ALL.into_iter().find(|l| l.code() == code)
    }
}

/// A place's name in Japanese or Russian, in that language's own script. Without `when` it is the name that
/// language uses on every day no dated entry of the same place and language covers.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct LocalName {
    /// The region or point it names.
    pub of: Place,
    pub lang: LangTag,
    pub name: String,
    pub when: Option<When>,
    /// Required for a dated name: the renaming is a fact.
    pub sources: Vec<SourceRef>,
}

/// Who controlled a region, how, from when to when.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Period {
    pub region: RegionId,
    pub from: Date,
    /// Inclusive end; `None` while still in force.
    pub to: Option<Date>,
    pub power: PowerId,
    pub status: Status,
    pub sources: Vec<SourceRef>,
    pub note: Option<Text>,
}

impl Period {
    /// Whether the period is in force on `day` (a coarse `from` counts from its first day, a coarse `to` to its last).
    pub fn covers(&self, day: Day) -> bool {
        day >= self.from.first_day() && self.to.is_none_or(|t| day <= t.last_day())
    }
}

/// A power claiming a region it does not hold.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Claim {
    pub region: RegionId,
    pub from: Date,
    pub to: Option<Date>,
    pub power: PowerId,
    pub sources: Vec<SourceRef>,
    pub note: Option<Text>,
}

impl Claim {
    pub fn covers(&self, day: Day) -> bool {
        day >= self.from.first_day() && self.to.is_none_or(|t| day <= t.last_day())
    }
}

/// Something that happened, for the event cards.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Event {
    pub id: String,
    pub when: When,
    pub category: Category,
    /// The regions and points it happened at, as the data file lists them.
    pub places: Vec<Place>,
    pub key: bool,
    pub title: Text,
    pub summary: Text,
    /// Where the sources disagree with each other or with the record.
    pub note: Option<Text>,
    pub sources: Vec<SourceRef>,
}

/// A named span of years used by the articles, drawn as a band on the slider.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Era {
    pub id: String,
    pub when: When,
    pub name: Text,
    pub sources: Vec<SourceRef>,
    pub note: Option<Text>,
}

/// How a power held a railway line (railways run through land another state may hold, so their control is told
/// apart from the regions' statuses).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum RailwayStatus {
    /// Run by one power's company on another state's soil under a concession (the Russian CER, Japan's SMR).
    Concession,
    /// Run by its staff under another body's supervision (the Inter-Allied Technical Board, 1919–1922; Chinese
    /// trusteeship, 1922–1924).
    Supervised,
    /// Jointly managed by two states (Sino-Soviet, 1924–1935 and 1945–1952): `power` names the manager, `partner`
    /// the other state.
    Joint,
    /// Owned and run as a state railway by the state that holds the land.
    State,
    /// Control disputed by force: a seizure or fighting along the line.
    Contested,
}

impl RailwayStatus {
    pub const ALL: [RailwayStatus; 5] = [
        RailwayStatus::Concession,
        RailwayStatus::Supervised,
        RailwayStatus::Joint,
        RailwayStatus::State,
        RailwayStatus::Contested,
    ];

    /// The id used in data files, CSS classes and `data-status`.
    pub fn id(self) -> &'static str {
        match self {
            RailwayStatus::Concession => "concession",
            RailwayStatus::Supervised => "supervised",
            RailwayStatus::Joint => "joint",
            RailwayStatus::State => "state",
            RailwayStatus::Contested => "contested",
        }
    }

    pub fn from_id(id: &str) -> Option<RailwayStatus> {
        RailwayStatus::ALL.into_iter().find(|s| s.id() == id)
    }
}

/// A station of a railway: a point the map's line passes through.
#[derive(Clone, PartialEq, Debug)]
pub struct Station {
    /// Unique within its railway.
    pub id: String,
    pub name: Text,
    /// The data file's coordinates, in degrees (the map generator draws the lines from them). Not in the app's
    /// packed data (0 there).
    pub lon: f64,
    pub lat: f64,
}

/// A railway line drawn on the map as straight segments between its stations.
#[derive(Clone, PartialEq, Debug)]
pub struct Railway {
    pub id: String,
    pub name: Text,
    pub stations: Vec<Station>,
    /// Each line (main line, branch) as its stations in order (indices into `stations`).
    pub lines: Vec<Vec<usize>>,
    pub coord_source: Option<String>,
    pub sources: Vec<SourceRef>,
}

/// Who controlled a railway, how, from when to when.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct RailwayPeriod {
    pub railway: RailwayId,
    pub from: Date,
    /// Inclusive end; `None` while still in force.
    pub to: Option<Date>,
    pub power: PowerId,
    /// The other state of a joint management.
    pub partner: Option<PowerId>,
    pub status: RailwayStatus,
    pub sources: Vec<SourceRef>,
    pub note: Option<Text>,
}

impl RailwayPeriod {
    /// Whether the period is in force on `day`.
    pub fn covers(&self, day: Day) -> bool {
        day >= self.from.first_day() && self.to.is_none_or(|t| day <= t.last_day())
    }
}
