//! Parsing and validation of the TOML data files into an [`Atlas`].
//!
//! Every file is parsed into the same shape (any section may appear in any file), the files are merged, and then
//! every rule is checked. All problems are collected, each with its file and the id it concerns, so a teacher who
//! edits the data sees the whole list at once: in `cargo test`, in the build's warnings and on the page.

use crate::date::{Date, Day, When};
pub use crate::error::DataError;
use crate::error::{Item, Kind, Problem};
use crate::geo::PROJECTION;
use crate::model::*;
use crate::palette::Colour;
use crate::timeline::{Atlas, FIRST_DAY, LAST_DAY};
use serde::Deserialize;
use std::collections::HashMap;
use toml::Spanned;

/// The span every region's control must cover without a gap: the map's whole range.
pub const COVER_FROM: Day = FIRST_DAY;
pub const COVER_TO: Day = LAST_DAY;

/// A file's records, each with its place in the file (the line of its `[[period]]` header goes into its errors).
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    source: Vec<Spanned<RawSource>>,
    #[serde(default)]
    power: Vec<Spanned<RawPower>>,
    #[serde(default)]
    era: Vec<Spanned<RawEra>>,
    #[serde(default)]
    region: Vec<Spanned<RawRegion>>,
    #[serde(default)]
    point: Vec<Spanned<RawPoint>>,
    #[serde(default)]
    period: Vec<Spanned<RawPeriod>>,
    #[serde(default)]
    claim: Vec<Spanned<RawClaim>>,
    #[serde(default)]
    event: Vec<Spanned<RawEvent>>,
    #[serde(default)]
    local_name: Vec<Spanned<RawLocalName>>,
    #[serde(default)]
    railway: Vec<Spanned<RawRailway>>,
    #[serde(default)]
    railway_period: Vec<Spanned<RawRailwayPeriod>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSource {
    id: String,
    title: Text,
    url: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPower {
    id: String,
    name: Text,
    /// Required; optional here so that a missing colour is one problem in the list, not a failed file.
    colour: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSourceRef {
    src: String,
    section: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEra {
    id: String,
    when: String,
    name: Text,
    #[serde(default)]
    sources: Vec<RawSourceRef>,
    note: Option<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRegion {
    id: String,
    name: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDatedName {
    when: String,
    zh: String,
    en: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPoint {
    id: String,
    lon: f64,
    lat: f64,
    name: Text,
    #[serde(default)]
    names: Vec<RawDatedName>,
    region: Option<String>,
    coord_source: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPeriod {
    region: String,
    from: String,
    to: Option<String>,
    power: String,
    status: String,
    #[serde(default)]
    sources: Vec<RawSourceRef>,
    note: Option<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawClaim {
    region: String,
    from: String,
    to: Option<String>,
    power: String,
    #[serde(default)]
    sources: Vec<RawSourceRef>,
    note: Option<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEvent {
    id: String,
    date: String,
    category: String,
    #[serde(default)]
    places: Vec<String>,
    #[serde(default)]
    key: bool,
    title: Text,
    summary: Text,
    note: Option<Text>,
    #[serde(default)]
    sources: Vec<RawSourceRef>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLocalName {
    of: String,
    lang: String,
    name: String,
    when: Option<String>,
    #[serde(default)]
    sources: Vec<RawSourceRef>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStation {
    id: String,
    name: Text,
    lon: f64,
    lat: f64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRailway {
    id: String,
    name: Text,
    #[serde(default)]
    stations: Vec<RawStation>,
    #[serde(default)]
    lines: Vec<Vec<String>>,
    coord_source: Option<String>,
    #[serde(default)]
    sources: Vec<RawSourceRef>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRailwayPeriod {
    railway: String,
    from: String,
    to: Option<String>,
    power: String,
    partner: Option<String>,
    status: String,
    #[serde(default)]
    sources: Vec<RawSourceRef>,
    note: Option<Text>,
}

/// Collects problems for one file.
struct Checker<'a> {
    file: &'a str,
    /// The line of the record being checked.
    line: Option<usize>,
    errors: &'a mut Vec<DataError>,
}

impl Checker<'_> {
    fn push(&mut self, item: &Item, problem: Problem) {
        self.errors.push(DataError::at(self.file, self.line, item.clone(), problem));
    }

    /// Check the record at byte `span` of `contents` next.
    fn at(&mut self, contents: &str, span: std::ops::Range<usize>) {
        self.line = Some(line_of(contents, span.start));
    }

    fn loc(&self) -> Loc {
        Loc { file: self.file.to_string(), line: self.line }
    }

    fn date(&mut self, item: &Item, field: &'static str, text: &str) -> Option<Date> {
        text.parse::<Date>().map_err(|error| self.push(item, Problem::Date { field, error })).ok()
    }

    fn when(&mut self, item: &Item, field: &'static str, text: &str) -> Option<When> {
        text.parse::<When>().map_err(|error| self.push(item, Problem::Date { field, error })).ok()
    }

    fn text(&mut self, item: &Item, field: &'static str, text: &Text) {
        for lang in Lang::ALL {
            if text.get(lang).trim().is_empty() {
                self.push(item, Problem::EmptyText { field, lang });
            }
        }
    }

    fn id(&mut self, item: &Item, id: &str) {
        let ok = !id.is_empty()
            && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !id.starts_with('-')
            && !id.ends_with('-');
        if !ok {
            self.push(item, Problem::BadId);
        }
    }

    fn sources(
        &mut self,
        names: &mut SourceNames,
        item: &Item,
        raw: &[RawSourceRef],
        required: bool,
    ) -> Vec<SourceRef> {
        if required && raw.is_empty() {
            self.push(item, Problem::NoSource);
        }
        raw.iter().map(|r| SourceRef { src: names.id(&r.src), section: r.section.clone() }).collect()
    }
}

/// The source ids as cited, numbered in the order first cited: a [`SourceRef`] holds that number until the data is
/// resolved ([`Pending::resolve`]), when it becomes the source's place in `Atlas::sources`.
#[derive(Default)]
struct SourceNames {
    names: Vec<String>,
    index: HashMap<String, usize>,
}

impl SourceNames {
    fn id(&mut self, name: &str) -> SourceId {
        let next = self.names.len();
        let i = *self.index.entry(name.to_string()).or_insert(next);
        if i == next {
            self.names.push(name.to_string());
        }
        // More distinct names than ids cite sources nobody declared (there are at most that many declared): the
        // data is refused then, and the number does not matter.
        SourceId::new(i).unwrap_or(SourceId(u16::MAX))
    }

    fn name(&self, id: SourceId) -> String {
        self.names.get(id.index()).cloned().unwrap_or_default()
    }
}

/// Where a record is: its file and the line of its header. Checks across records name the record that breaks
/// the rule by it.
#[derive(Clone, Debug, Default)]
struct Loc {
    file: String,
    line: Option<usize>,
}

impl Loc {
    fn error(&self, item: Item, problem: Problem) -> DataError {
        DataError::at(self.file.clone(), self.line, item, problem)
    }
}

/// Where an id was declared, for cross-file checks.
struct Declared {
    loc: Loc,
}

/// Parse and validate a set of data files given as `(file name, contents)`.
///
/// # Errors
///
/// Every problem found, each with its file and the item it concerns: TOML that does not parse (with line and
/// column), missing or malformed fields, unknown or twice-declared ids, gaps and overlaps in control, and so on.
/// Nothing stops at the first problem, so one run lists them all.
pub fn load(files: &[(&str, &str)]) -> Result<Atlas, Vec<DataError>> {
    load_with(files, false)
}

/// [`load`], and the data must fit the map the app draws (`geo`): every region has a shape and every shape a
/// region, every point falls on the map. The build and the page load the shipped data this way ([`bundled`]); the
/// rules' tests use small data sets of their own without shapes.
///
/// # Errors
///
/// Those of [`load`], and the map's.
pub fn load_for_map(files: &[(&str, &str)]) -> Result<Atlas, Vec<DataError>> {
    load_with(files, true)
}

fn load_with(files: &[(&str, &str)], map: bool) -> Result<Atlas, Vec<DataError>> {
    let mut errors = Vec::new();
    let mut atlas = Atlas::default();
    // Source refs, region/point/power references are resolved after all files are read.
    let mut refs: Vec<(Loc, Item, String, Kind)> = Vec::new(); // (where, item, id, kind)
    let mut declared: HashMap<(Kind, String), Declared> = HashMap::new();
    // Records that name others, with those names, until every file is read and the names can become ids.
    let mut pending = Pending::default();

    for (file, contents) in files {
        let raw: RawFile = match toml::from_str(contents) {
            Ok(raw) => raw,
            Err(e) => {
                let item = match e.span() {
                    Some(span) => line_col(contents, span.start),
                    None => Item::File,
                };
                let problem = Problem::Syntax(e.message().to_string());
                errors.push(DataError::at(*file, None, item, problem));
                continue;
            }
        };
        let mut c = Checker { file, line: None, errors: &mut errors };
        // Points are declared as places: an event's `places` may name a point or a region.
        let mut declare = |c: &mut Checker, item: &Item, kind: Kind, id: &str| {
            c.id(item, id);
            if let Some(prev) = declared.get(&(kind, id.to_string())) {
                let also_in = match prev.loc.line {
                    Some(line) => format!("{}:{line}", prev.loc.file),
                    None => prev.loc.file.clone(),
                };
                c.push(item, Problem::DeclaredTwice { also_in });
            } else {
                declared.insert((kind, id.to_string()), Declared { loc: c.loc() });
            }
        };

        for s in raw.source {
            c.at(contents, s.span());
            let s = s.into_inner();
            let item = Item::Declared(Kind::Source, s.id.clone());
            declare(&mut c, &item, Kind::Source, &s.id);
            c.text(&item, "title", &s.title);
            atlas.sources.push(Source { id: s.id, title: s.title, url: s.url });
        }
        for p in raw.power {
            c.at(contents, p.span());
            let p = p.into_inner();
            let item = Item::Declared(Kind::Power, p.id.clone());
            declare(&mut c, &item, Kind::Power, &p.id);
            c.text(&item, "name", &p.name);
            let colour = match p.colour {
                None => {
                    c.push(&item, Problem::NoColour);
                    None
                }
                Some(text) => match text.parse::<Colour>() {
                    Ok(colour) => Some(colour),
                    Err(_) => {
                        c.push(&item, Problem::BadColour(text));
                        None
                    }
                },
            };
            if let Some(colour) = colour {
                atlas.powers.push(Power { id: p.id, name: p.name, colour });
            }
        }
        for r in raw.region {
            c.at(contents, r.span());
            let r = r.into_inner();
            let item = Item::Declared(Kind::Region, r.id.clone());
            declare(&mut c, &item, Kind::Region, &r.id);
            c.text(&item, "name", &r.name);
            atlas.regions.push(Region { id: r.id, name: r.name });
        }
        for e in raw.era {
            c.at(contents, e.span());
            let e = e.into_inner();
            let item = Item::Declared(Kind::Era, e.id.clone());
            declare(&mut c, &item, Kind::Era, &e.id);
            c.text(&item, "name", &e.name);
            if let Some(n) = &e.note {
                c.text(&item, "note", n);
            }
            let sources = c.sources(&mut pending.sources, &item, &e.sources, false);
            for s in &sources {
                refs.push((c.loc(), item.clone(), pending.sources.name(s.src), Kind::Source));
            }
            if let Some(when) = c.when(&item, "when", &e.when) {
                atlas.eras.push(Era { id: e.id, when, name: e.name, sources, note: e.note });
                pending.era_locs.push(c.loc());
            }
        }
        for p in raw.point {
            c.at(contents, p.span());
            let p = p.into_inner();
            let item = Item::Declared(Kind::Point, p.id.clone());
            declare(&mut c, &item, Kind::Place, &p.id);
            c.text(&item, "name", &p.name);
            if !(-180.0..=180.0).contains(&p.lon) || !(-90.0..=90.0).contains(&p.lat) {
                c.push(&item, Problem::BadCoordinates { lon: p.lon, lat: p.lat });
            }
            if let Some(r) = &p.region {
                refs.push((c.loc(), item.clone(), r.clone(), Kind::Region));
            }
            pending.point_regions.push(p.region.clone());
            let mut names = Vec::new();
            for n in &p.names {
                let text = Text::new(n.zh.clone(), n.en.clone());
                c.text(&item, "names", &text);
                if let Some(when) = c.when(&item, "names.when", &n.when) {
                    names.push(DatedName { when, name: text });
                }
            }
            // One rule for every dated name (a point's here, a local name's in `check_local_names`): two at once
            // is an error, not "the first wins".
            let mut dated: Vec<&DatedName> = names.iter().collect();
            dated.sort_by_key(|n| n.when.first_day());
            for pair in dated.windows(2) {
                let (a, b) = (pair[0], pair[1]);
                if a.when.last_day().is_none_or(|last| last >= b.when.first_day()) {
                    c.push(
                        &item,
                        Problem::NamesOverlap {
                            name: a.name.en.to_string(),
                            when: a.when.to_string(),
                            next_name: b.name.en.to_string(),
                            next_when: b.when.to_string(),
                        },
                    );
                }
            }
            // Projected here, once, to a tenth of a map unit (what the map draws and the packed data keeps): the
            // app never projects.
            let [x, y] = PROJECTION.project(p.lon, p.lat);
            atlas.points.push(Point {
                id: p.id,
                lon: p.lon,
                lat: p.lat,
                xy: [(x * 10.0).round() / 10.0, (y * 10.0).round() / 10.0],
                name: p.name,
                names,
                region: None,
                coord_source: p.coord_source,
            });
        }
        for p in raw.period {
            c.at(contents, p.span());
            let p = p.into_inner();
            let item = Item::Period { region: p.region.clone(), from: p.from.clone() };
            refs.push((c.loc(), item.clone(), p.region.clone(), Kind::Region));
            refs.push((c.loc(), item.clone(), p.power.clone(), Kind::Power));
            let status = Status::from_id(&p.status);
            if status.is_none() {
                c.push(&item, Problem::UnknownStatus(p.status.clone()));
            }
            if let Some(n) = &p.note {
                c.text(&item, "note", n);
            }
            let sources = c.sources(&mut pending.sources, &item, &p.sources, true);
            for s in &sources {
                refs.push((c.loc(), item.clone(), pending.sources.name(s.src), Kind::Source));
            }
            let from = c.date(&item, "from", &p.from);
            let to = p.to.as_deref().map(|t| c.date(&item, "to", t));
            if let (Some(from), Some(to)) = (from, to.flatten()) {
                if to.last_day() < from.first_day() {
                    c.push(&item, Problem::EndsBeforeStart { from, to });
                }
            }
            if let (Some(from), Some(status), false) = (from, status, matches!(to, Some(None))) {
                let period = Period {
                    region: RegionId(0),
                    from,
                    to: to.flatten(),
                    power: PowerId(0),
                    status,
                    sources,
                    note: p.note,
                };
                pending.periods.push((p.region, p.power, period, c.loc()));
            }
        }
        for p in raw.claim {
            c.at(contents, p.span());
            let p = p.into_inner();
            let item = Item::Claim { power: p.power.clone(), region: p.region.clone(), from: Some(p.from.clone()) };
            refs.push((c.loc(), item.clone(), p.region.clone(), Kind::Region));
            refs.push((c.loc(), item.clone(), p.power.clone(), Kind::Power));
            if let Some(n) = &p.note {
                c.text(&item, "note", n);
            }
            let sources = c.sources(&mut pending.sources, &item, &p.sources, true);
            for s in &sources {
                refs.push((c.loc(), item.clone(), pending.sources.name(s.src), Kind::Source));
            }
            let from = c.date(&item, "from", &p.from);
            let to = p.to.as_deref().map(|t| c.date(&item, "to", t));
            // A claim that ends before it starts would silently never show.
            if let (Some(from), Some(to)) = (from, to.flatten()) {
                if to.last_day() < from.first_day() {
                    c.push(&item, Problem::EndsBeforeStart { from, to });
                }
            }
            if let (Some(from), false) = (from, matches!(to, Some(None))) {
                let claim =
                    Claim { region: RegionId(0), from, to: to.flatten(), power: PowerId(0), sources, note: p.note };
                pending.claims.push((p.region, p.power, claim, c.loc()));
            }
        }
        for e in raw.event {
            c.at(contents, e.span());
            let e = e.into_inner();
            let item = Item::Declared(Kind::Event, e.id.clone());
            declare(&mut c, &item, Kind::Event, &e.id);
            c.text(&item, "title", &e.title);
            c.text(&item, "summary", &e.summary);
            if let Some(n) = &e.note {
                c.text(&item, "note", n);
            }
            let category = Category::from_id(&e.category);
            if category.is_none() {
                c.push(&item, Problem::UnknownCategory(e.category.clone()));
            }
            if e.places.is_empty() {
                c.push(&item, Problem::NoPlaces);
            }
            for p in &e.places {
                refs.push((c.loc(), item.clone(), p.clone(), Kind::Place));
            }
            let sources = c.sources(&mut pending.sources, &item, &e.sources, true);
            for s in &sources {
                refs.push((c.loc(), item.clone(), pending.sources.name(s.src), Kind::Source));
            }
            let when = c.when(&item, "date", &e.date);
            if let (Some(when), Some(category)) = (when, category) {
                pending.event_places.push(e.places);
                pending.event_locs.push(c.loc());
                atlas.events.push(Event {
                    id: e.id,
                    when,
                    category,
                    places: Vec::new(),
                    key: e.key,
                    title: e.title,
                    summary: e.summary,
                    note: e.note,
                    sources,
                });
            }
        }
        for n in raw.local_name {
            c.at(contents, n.span());
            let n = n.into_inner();
            let item = Item::LocalName { lang: n.lang.clone(), of: n.of.clone() };
            refs.push((c.loc(), item.clone(), n.of.clone(), Kind::Place));
            let lang = LangTag::from_code(&n.lang);
            if lang.is_none() {
                c.push(&item, Problem::UnknownLanguage(n.lang.clone()));
            }
            if n.name.trim().is_empty() {
                c.push(&item, Problem::EmptyName);
            }
            let when = match &n.when {
                Some(w) => c.when(&item, "when", w).map(Some),
                None => Some(None),
            };
            // An undated name is the language's usual name; a dated one records a renaming, which needs a source.
            let sources = c.sources(&mut pending.sources, &item, &n.sources, n.when.is_some());
            for s in &sources {
                refs.push((c.loc(), item.clone(), pending.sources.name(s.src), Kind::Source));
            }
            if let (Some(lang), Some(when)) = (lang, when) {
                let name = LocalName { of: Place::Region(RegionId(0)), lang, name: n.name, when, sources };
                pending.local_names.push((n.of, name, c.loc()));
            }
        }
        for r in raw.railway {
            c.at(contents, r.span());
            let r = r.into_inner();
            let item = Item::Declared(Kind::Railway, r.id.clone());
            declare(&mut c, &item, Kind::Railway, &r.id);
            c.text(&item, "name", &r.name);
            let sources = c.sources(&mut pending.sources, &item, &r.sources, true);
            for s in &sources {
                refs.push((c.loc(), item.clone(), pending.sources.name(s.src), Kind::Source));
            }
            let mut stations: Vec<Station> = Vec::new();
            for st in r.stations {
                let what = Item::Station { railway: r.id.clone(), station: st.id.clone() };
                c.id(&what, &st.id);
                c.text(&what, "name", &st.name);
                if !(-180.0..=180.0).contains(&st.lon) || !(-90.0..=90.0).contains(&st.lat) {
                    c.push(&what, Problem::BadCoordinates { lon: st.lon, lat: st.lat });
                }
                if stations.iter().any(|s| s.id == st.id) {
                    c.push(&what, Problem::StationTwice);
                }
                stations.push(Station { id: st.id, name: st.name, lon: st.lon, lat: st.lat });
            }
            if r.lines.is_empty() {
                c.push(&item, Problem::NoLines);
            }
            for line in &r.lines {
                if line.len() < 2 {
                    c.push(&item, Problem::ShortLine);
                }
                for id in line.iter().filter(|id| !stations.iter().any(|s| &s.id == *id)) {
                    c.push(&item, Problem::Unknown(Kind::Station, id.clone()));
                }
            }
            for st in stations.iter().filter(|s| !r.lines.iter().flatten().any(|id| *id == s.id)) {
                c.push(&item, Problem::StationOnNoLine(st.id.clone()));
            }
            // Every station of a line is known once the data is accepted (an unknown one is an error above).
            let lines = r
                .lines
                .iter()
                .map(|line| line.iter().filter_map(|id| stations.iter().position(|s| s.id == *id)).collect())
                .collect();
            atlas.railways.push(Railway {
                id: r.id,
                name: r.name,
                stations,
                lines,
                coord_source: r.coord_source,
                sources,
            });
        }
        for p in raw.railway_period {
            c.at(contents, p.span());
            let p = p.into_inner();
            let item = Item::RailwayPeriod { railway: p.railway.clone(), from: p.from.clone() };
            refs.push((c.loc(), item.clone(), p.railway.clone(), Kind::Railway));
            refs.push((c.loc(), item.clone(), p.power.clone(), Kind::Power));
            if let Some(partner) = &p.partner {
                refs.push((c.loc(), item.clone(), partner.clone(), Kind::Power));
            }
            let status = RailwayStatus::from_id(&p.status);
            match status {
                None => c.push(&item, Problem::UnknownRailwayStatus(p.status.clone())),
                Some(RailwayStatus::Joint) if p.partner.is_none() => c.push(&item, Problem::JointWithoutPartner),
                Some(s) if s != RailwayStatus::Joint && p.partner.is_some() => {
                    c.push(&item, Problem::PartnerWithoutJoint)
                }
                _ => {}
            }
            if p.partner.as_deref() == Some(p.power.as_str()) {
                c.push(&item, Problem::PartnerIsPower);
            }
            if let Some(n) = &p.note {
                c.text(&item, "note", n);
            }
            let sources = c.sources(&mut pending.sources, &item, &p.sources, true);
            for s in &sources {
                refs.push((c.loc(), item.clone(), pending.sources.name(s.src), Kind::Source));
            }
            let from = c.date(&item, "from", &p.from);
            let to = p.to.as_deref().map(|t| c.date(&item, "to", t));
            if let (Some(from), Some(to)) = (from, to.flatten()) {
                if to.last_day() < from.first_day() {
                    c.push(&item, Problem::EndsBeforeStart { from, to });
                }
            }
            if let (Some(from), Some(status), false) = (from, status, matches!(to, Some(None))) {
                let period = RailwayPeriod {
                    railway: RailwayId(0),
                    from,
                    to: to.flatten(),
                    power: PowerId(0),
                    partner: None,
                    status,
                    sources,
                    note: p.note,
                };
                pending.railway_periods.push((p.railway, p.power, p.partner, period, c.loc()));
            }
        }
    }

    // An event's place or a local name names a region or a point by its id: no point may share a region's id.
    for p in &atlas.points {
        if let (Some(point), Some(region)) =
            (declared.get(&(Kind::Place, p.id.clone())), declared.get(&(Kind::Region, p.id.clone())))
        {
            errors.push(point.loc.error(
                Item::Declared(Kind::Point, p.id.clone()),
                Problem::DeclaredTwice {
                    also_in: region.loc.line.map_or(region.loc.file.clone(), |l| format!("{}:{l}", region.loc.file)),
                },
            ));
        }
    }

    // Cross-file references. A place may be a region or a point.
    for (loc, item, id, kind) in refs {
        let found = match kind {
            Kind::Place => {
                declared.contains_key(&(Kind::Place, id.clone())) || declared.contains_key(&(Kind::Region, id.clone()))
            }
            k => declared.contains_key(&(k, id.clone())),
        };
        if !found {
            errors.push(loc.error(item, Problem::Unknown(kind, id)));
        }
    }

    // Every id must fit its type.
    let counts = [
        (Kind::Source, atlas.sources.len(), SourceId::MAX),
        (Kind::Power, atlas.powers.len(), PowerId::MAX),
        (Kind::Region, atlas.regions.len(), RegionId::MAX),
        (Kind::Point, atlas.points.len(), PointId::MAX),
        (Kind::Event, atlas.events.len(), EventId::MAX),
        (Kind::Railway, atlas.railways.len(), RailwayId::MAX),
    ];
    let too_many: Vec<DataError> = counts
        .into_iter()
        .filter(|(_, count, max)| count > max)
        .map(|(kind, count, max)| DataError::at("data", None, Item::Every(kind), Problem::TooMany { count, max }))
        .collect();
    if !too_many.is_empty() {
        errors.extend(too_many);
        return Err(errors);
    }
    // The checks across records read the ids as written (a record naming an unknown id is still checked).
    check_periods(&atlas, &pending, &declared, &mut errors);
    check_local_names(&pending, &mut errors);
    check_keys(&atlas, &pending, &mut errors);
    check_eras(&atlas, &pending, &mut errors);
    if map {
        check_map(&atlas, &pending, &declared, &mut errors);
    }

    if errors.is_empty() {
        pending.resolve(&mut atlas);
        atlas.finish();
        Ok(atlas)
    } else {
        Err(errors)
    }
}

/// The records that name other records, as read (the names as written), until all files are read.
#[derive(Default)]
struct Pending {
    /// The source ids cited so far.
    sources: SourceNames,
    /// Each point's region, in the order of `Atlas::points`.
    point_regions: Vec<Option<String>>,
    /// Each event's places, in the order of `Atlas::events` (before they are sorted).
    event_places: Vec<Vec<String>>,
    /// Where each event is, in the same order.
    event_locs: Vec<Loc>,
    /// Where each era is, in the order of `Atlas::eras` (the files' order).
    era_locs: Vec<Loc>,
    /// (region, power, period, where).
    periods: Vec<(String, String, Period, Loc)>,
    /// (region, power, claim, where).
    claims: Vec<(String, String, Claim, Loc)>,
    /// (place, name, where).
    local_names: Vec<(String, LocalName, Loc)>,
    /// (railway, power, partner, period, where).
    railway_periods: Vec<(String, String, Option<String>, RailwayPeriod, Loc)>,
}

/// The position of each id in a list (the first, if one is declared twice: the data is refused then anyway).
fn positions<'a, T>(items: &'a [T], id: impl Fn(&'a T) -> &'a str) -> HashMap<&'a str, usize> {
    let mut out = HashMap::new();
    for (i, item) in items.iter().enumerate() {
        out.entry(id(item)).or_insert(i);
    }
    out
}

impl Pending {
    /// Turn the names into ids and put the records into the atlas: only once the data has no error, so every
    /// name resolves (a record whose names did not would be left out) and every list fits its id type.
    fn resolve(self, atlas: &mut Atlas) {
        let powers = positions(&atlas.powers, |p| &p.id);
        let regions = positions(&atlas.regions, |r| &r.id);
        let points = positions(&atlas.points, |p| &p.id);
        let railways = positions(&atlas.railways, |r| &r.id);
        let power = |id: &str| powers.get(id).copied().and_then(PowerId::new);
        let region = |id: &str| regions.get(id).copied().and_then(RegionId::new);
        let place = |id: &str| {
            region(id).map(Place::Region).or_else(|| points.get(id).copied().and_then(PointId::new).map(Place::Point))
        };
        let railway = |id: &str| railways.get(id).copied().and_then(RailwayId::new);
        let sources = positions(&atlas.sources, |s| &s.id);
        let cited: Vec<Option<SourceId>> =
            self.sources.names.iter().map(|n| sources.get(n.as_str()).copied().and_then(SourceId::new)).collect();
        let cite = |refs: &mut Vec<SourceRef>| {
            for r in refs.iter_mut() {
                r.src = cited.get(r.src.index()).copied().flatten().unwrap_or(r.src);
            }
        };

        let point_regions: Vec<Option<RegionId>> =
            self.point_regions.iter().map(|r| r.as_deref().and_then(region)).collect();
        let event_places: Vec<Vec<Place>> =
            self.event_places.iter().map(|places| places.iter().filter_map(|p| place(p)).collect()).collect();
        let mut periods = Vec::new();
        for (r, p, mut period, _) in self.periods {
            cite(&mut period.sources);
            if let (Some(r), Some(p)) = (region(&r), power(&p)) {
                (period.region, period.power) = (r, p);
                periods.push(period);
            }
        }
        let mut claims = Vec::new();
        for (r, p, mut claim, _) in self.claims {
            cite(&mut claim.sources);
            if let (Some(r), Some(p)) = (region(&r), power(&p)) {
                (claim.region, claim.power) = (r, p);
                claims.push(claim);
            }
        }
        let mut local_names = Vec::new();
        for (of, mut name, _) in self.local_names {
            cite(&mut name.sources);
            if let Some(of) = place(&of) {
                name.of = of;
                local_names.push(name);
            }
        }
        let mut railway_periods = Vec::new();
        for (r, p, partner, mut period, _) in self.railway_periods {
            cite(&mut period.sources);
            let partner = match partner {
                None => Some(None),
                Some(partner) => power(&partner).map(Some),
            };
            if let (Some(r), Some(p), Some(partner)) = (railway(&r), power(&p), partner) {
                (period.railway, period.power, period.partner) = (r, p, partner);
                railway_periods.push(period);
            }
        }

        for (point, region) in atlas.points.iter_mut().zip(point_regions) {
            point.region = region;
        }
        for (event, places) in atlas.events.iter_mut().zip(event_places) {
            event.places = places;
            cite(&mut event.sources);
        }
        for era in &mut atlas.eras {
            cite(&mut era.sources);
        }
        for railway in &mut atlas.railways {
            cite(&mut railway.sources);
        }
        atlas.periods = periods;
        atlas.claims = claims;
        atlas.local_names = local_names;
        atlas.railway_periods = railway_periods;
    }
}

/// The line (from 1) of byte `offset` of `text`.
fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())].iter().filter(|b| **b == b'\n').count() + 1
}

fn line_col(text: &str, offset: usize) -> Item {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    Item::Position { line, column }
}

/// No region has two controllers on one day, every region is covered from [`COVER_FROM`] to [`COVER_TO`],
/// a power never claims a region twice at once or claims what it holds, and two powers never claim one region at
/// once (the map draws one claim outline). Each problem names the file and line of the record that breaks the rule.
fn check_periods(
    atlas: &Atlas,
    pending: &Pending,
    declared: &HashMap<(Kind, String), Declared>,
    errors: &mut Vec<DataError>,
) {
    let at = |kind: Kind, id: &str| declared.get(&(kind, id.to_string())).map(|d| d.loc.clone()).unwrap_or_default();
    for region in &atlas.regions {
        let periods = pending
            .periods
            .iter()
            .filter(|(r, ..)| *r == region.id)
            .map(|(_, power, p, loc)| (p.from, p.to, power.as_str(), loc));
        let item = Item::Declared(Kind::Region, region.id.clone());
        check_cover(item, &at(Kind::Region, &region.id), periods.collect(), errors);
    }
    for railway in &atlas.railways {
        let periods = pending
            .railway_periods
            .iter()
            .filter(|(r, ..)| *r == railway.id)
            .map(|(_, power, _, p, loc)| (p.from, p.to, power.as_str(), loc));
        let item = Item::Declared(Kind::Railway, railway.id.clone());
        check_cover(item, &at(Kind::Railway, &railway.id), periods.collect(), errors);
    }
    for (c_region, c_power, c, loc) in &pending.claims {
        let held = pending.periods.iter().find(|(region, power, p, _)| {
            region == c_region
                && power == c_power
                && p.from.first_day() <= c.to.map_or(COVER_TO, |t| t.last_day())
                && p.to.is_none_or(|t| t.last_day() >= c.from.first_day())
        });
        if let Some((_, power, p, _)) = held {
            errors.push(loc.error(
                Item::Claim { power: c_power.clone(), region: c_region.clone(), from: Some(c.from.to_string()) },
                Problem::ClaimsHeld { power: power.clone(), period_from: p.from },
            ));
        }
    }
    let mut claims: Vec<&(String, String, Claim, Loc)> = pending.claims.iter().collect();
    claims.sort_by(|a, b| (&a.0, &a.1, a.2.from).cmp(&(&b.0, &b.1, b.2.from)));
    for pair in claims.windows(2) {
        let ((a_region, a_power, a, _), (b_region, b_power, b, b_loc)) = (pair[0], pair[1]);
        if a_region == b_region && a_power == b_power && a.to.is_none_or(|t| t.last_day() >= b.from.first_day()) {
            errors.push(b_loc.error(
                Item::Claim { power: a_power.clone(), region: a_region.clone(), from: None },
                Problem::TwoClaims { from: a.from, next_from: b.from },
            ));
        }
    }
    // Two powers claiming one region at once: the later claim is the error.
    claims.sort_by(|a, b| (&a.0, a.2.from.first_day()).cmp(&(&b.0, b.2.from.first_day())));
    for (i, (a_region, a_power, a, _)) in claims.iter().enumerate() {
        for (b_region, b_power, b, b_loc) in &claims[i + 1..] {
            if b_region != a_region {
                break;
            }
            if b_power != a_power && a.to.is_none_or(|t| t.last_day() >= b.from.first_day()) {
                errors.push(b_loc.error(
                    Item::Claim { power: b_power.clone(), region: b_region.clone(), from: Some(b.from.to_string()) },
                    Problem::TwoClaimants {
                        power: a_power.clone(),
                        from: a.from,
                        next_power: b_power.clone(),
                        next_from: b.from,
                    },
                ));
            }
        }
    }
}

/// One region's or railway's periods `(from, to, power, where)` leave no gap and never overlap from
/// [`COVER_FROM`] to [`COVER_TO`]. A problem names the period that breaks the rule (the later of two), or the
/// region's own record when it has no period at all.
fn check_cover(
    item: Item,
    declared: &Loc,
    mut periods: Vec<(Date, Option<Date>, &str, &Loc)>,
    errors: &mut Vec<DataError>,
) {
    periods.sort_by_key(|p| p.0);
    let mut push = |loc: &Loc, problem: Problem| errors.push(loc.error(item.clone(), problem));
    let Some(first) = periods.first() else {
        push(declared, Problem::NoPeriods);
        return;
    };
    if first.0.first_day() > COVER_FROM {
        push(first.3, Problem::UncoveredStart { cover_from: COVER_FROM, first: first.0 });
    }
    for pair in periods.windows(2) {
        let ((a_from, a_to, a_power, _), (b_from, _, b_power, b_loc)) = (pair[0], pair[1]);
        let Some(a_to) = a_to else {
            push(b_loc, Problem::OpenBeforeAnother { from: a_from, power: a_power.to_string(), next: b_from });
            continue;
        };
        let a_last = a_to.last_day();
        let b_first = b_from.first_day();
        if b_first <= a_last {
            push(
                b_loc,
                Problem::Overlap {
                    power: a_power.to_string(),
                    from: a_from,
                    to: a_to,
                    next_power: b_power.to_string(),
                    next_from: b_from,
                },
            );
        } else if a_last.succ() != b_first {
            push(b_loc, Problem::Gap { from: a_last.succ(), to: b_first.pred() });
        }
    }
    if let Some((_, Some(last), _, loc)) = periods.last() {
        if last.last_day() < COVER_TO {
            push(loc, Problem::UncoveredEnd { last: *last });
        }
    }
}

/// The eras, as listed, follow one another: in order, without overlap, without a gap (the timeline's bands).
fn check_eras(atlas: &Atlas, pending: &Pending, errors: &mut Vec<DataError>) {
    for (pair, loc) in atlas.eras.windows(2).zip(pending.era_locs.iter().skip(1)) {
        let (a, b) = (&pair[0], &pair[1]);
        let item = Item::Declared(Kind::Era, b.id.clone());
        let previous = a.id.clone();
        let b_first = b.when.first_day();
        if b_first < a.when.first_day() {
            errors.push(loc.error(item, Problem::EraOutOfOrder { previous }));
            continue;
        }
        let Some(a_last) = a.when.last_day() else {
            errors.push(loc.error(item, Problem::ErasOverlap { previous }));
            continue;
        };
        if b_first <= a_last {
            errors.push(loc.error(item, Problem::ErasOverlap { previous }));
        } else if a_last.succ() != b_first {
            errors.push(loc.error(item, Problem::ErasGap { previous, from: a_last.succ(), to: b_first.pred() }));
        }
    }
}

/// The data fits the map the app draws: a shape for every region, a region for every shape, every point of a
/// region (a city the map marks) on it. A point of no region may lie anywhere (Moscow, Geneva: an event's place
/// the map names in a note instead).
fn check_map(
    atlas: &Atlas,
    pending: &Pending,
    declared: &HashMap<(Kind, String), Declared>,
    errors: &mut Vec<DataError>,
) {
    let at = |kind: Kind, id: &str| declared.get(&(kind, id.to_string())).map(|d| d.loc.clone()).unwrap_or_default();
    for r in &atlas.regions {
        if crate::geo::shape(&r.id).is_none() {
            errors.push(at(Kind::Region, &r.id).error(Item::Declared(Kind::Region, r.id.clone()), Problem::NoShape));
        }
    }
    // A shape without a region has no record: named in the file that declares the regions.
    let regions_file = atlas.regions.first().map(|r| at(Kind::Region, &r.id).file).unwrap_or_else(|| "data".into());
    for shape in crate::geo::REGIONS {
        if !atlas.regions.iter().any(|r| r.id == shape.id) {
            errors.push(DataError::at(
                regions_file.clone(),
                None,
                Item::Every(Kind::Region),
                Problem::ShapeWithoutRegion(shape.id.to_string()),
            ));
        }
    }
    for (p, region) in atlas.points.iter().zip(&pending.point_regions) {
        if region.is_some() && !crate::geo::in_view(p.xy) {
            errors.push(
                at(Kind::Place, &p.id)
                    .error(Item::Declared(Kind::Point, p.id.clone()), Problem::OffMap { lon: p.lon, lat: p.lat }),
            );
        }
    }
}

/// One name per place, language and day: at most one undated name, and dated names that do not overlap.
fn check_local_names(pending: &Pending, errors: &mut Vec<DataError>) {
    let mut groups: HashMap<(&str, LangTag), Vec<(&LocalName, &Loc)>> = HashMap::new();
    for (of, n, loc) in &pending.local_names {
        groups.entry((of.as_str(), n.lang)).or_default().push((n, loc));
    }
    let mut keys: Vec<&(&str, LangTag)> = groups.keys().collect();
    keys.sort();
    for key in keys {
        let (of, lang) = *key;
        let names = &groups[key];
        let item = Item::LocalName { lang: lang.code().to_string(), of: of.to_string() };
        let mut push = |loc: &Loc, problem: Problem| errors.push(loc.error(item.clone(), problem));
        let undated: Vec<&(&LocalName, &Loc)> = names.iter().filter(|(n, _)| n.when.is_none()).collect();
        if undated.len() > 1 {
            let all = undated.iter().map(|(n, _)| n.name.clone()).collect();
            push(undated[1].1, Problem::UndatedNames(all));
        }
        let mut dated: Vec<(&When, &str, &Loc)> =
            names.iter().filter_map(|(n, loc)| n.when.as_ref().map(|w| (w, n.name.as_str(), *loc))).collect();
        dated.sort_by_key(|(w, ..)| w.first_day());
        for pair in dated.windows(2) {
            let ((a, a_name, _), (b, b_name, b_loc)) = (pair[0], pair[1]);
            if a.last_day().is_none_or(|last| last >= b.first_day()) {
                push(
                    b_loc,
                    Problem::NamesOverlap {
                        name: a_name.to_string(),
                        when: a.to_string(),
                        next_name: b_name.to_string(),
                        next_when: b.to_string(),
                    },
                );
            }
        }
    }
}

/// At most one key event per calendar year, so the slider reads one.
fn check_keys(atlas: &Atlas, pending: &Pending, errors: &mut Vec<DataError>) {
    let mut seen: HashMap<i32, &str> = HashMap::new();
    for (e, loc) in atlas.events.iter().zip(&pending.event_locs).filter(|(e, _)| e.key) {
        let year = e.when.start.year_number();
        if let Some(prev) = seen.insert(year, &e.id) {
            errors.push(loc.error(
                Item::Declared(Kind::Event, e.id.clone()),
                Problem::SecondKeyEvent { year, also: prev.to_string() },
            ));
        }
    }
}

/// The data files shipped with the app, embedded at compile time (from `data/`, or `ATLAS_DATA_DIR`; see build.rs).
pub const BUNDLED: &[(&str, &str)] = &[
    ("atlas.toml", include_str!(concat!(env!("ATLAS_DATA_DIR"), "/atlas.toml"))),
    ("regions.toml", include_str!(concat!(env!("ATLAS_DATA_DIR"), "/regions.toml"))),
    ("points.toml", include_str!(concat!(env!("ATLAS_DATA_DIR"), "/points.toml"))),
    ("control.toml", include_str!(concat!(env!("ATLAS_DATA_DIR"), "/control.toml"))),
    ("events.toml", include_str!(concat!(env!("ATLAS_DATA_DIR"), "/events.toml"))),
    ("names.toml", include_str!(concat!(env!("ATLAS_DATA_DIR"), "/names.toml"))),
    ("railways.toml", include_str!(concat!(env!("ATLAS_DATA_DIR"), "/railways.toml"))),
];

/// The shipped data, parsed and validated.
///
/// # Errors
///
/// The problems [`load`] finds in the shipped files (none, as the tests hold).
pub fn bundled() -> Result<Atlas, Vec<DataError>> {
    load_for_map(BUNDLED)
}
