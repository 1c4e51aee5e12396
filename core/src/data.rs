//! Parsing and validation of the TOML data files into an [`Atlas`].
//!
//! Every file is parsed into the same shape (any section may appear in any file), the files are merged, and then
//! every rule is checked. All problems are collected, each with its file and the id it concerns, so a teacher who
//! edits the data sees the whole list at once: in `cargo test`, in the build's warnings and on the page.

use crate::date::{Date, Day, When};
pub use crate::error::DataError;
use crate::model::*;
use crate::timeline::Atlas;
use serde::Deserialize;
use std::collections::HashMap;

/// The span every region's control must cover without a gap.
pub const COVER_FROM: &str = "1917-01-01";
pub const COVER_TO: &str = "1991-12-31";

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    source: Vec<RawSource>,
    #[serde(default)]
    power: Vec<RawPower>,
    #[serde(default)]
    era: Vec<RawEra>,
    #[serde(default)]
    region: Vec<RawRegion>,
    #[serde(default)]
    point: Vec<RawPoint>,
    #[serde(default)]
    period: Vec<RawPeriod>,
    #[serde(default)]
    claim: Vec<RawClaim>,
    #[serde(default)]
    event: Vec<RawEvent>,
    #[serde(default)]
    railway: Vec<RawRailway>,
    #[serde(default)]
    railway_period: Vec<RawRailwayPeriod>,
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
    errors: &'a mut Vec<DataError>,
}

impl Checker<'_> {
    fn push(&mut self, item: impl Into<String>, problem: impl Into<String>) {
        self.errors.push(DataError { file: self.file.to_string(), item: item.into(), problem: problem.into() });
    }

    fn date(&mut self, item: &str, field: &str, text: &str) -> Option<Date> {
        text.parse::<Date>().map_err(|e| self.push(item, format!("{field}: {e}"))).ok()
    }

    fn when(&mut self, item: &str, field: &str, text: &str) -> Option<When> {
        text.parse::<When>().map_err(|e| self.push(item, format!("{field}: {e}"))).ok()
    }

    fn text(&mut self, item: &str, field: &str, text: &Text) {
        for (lang, value) in [("zh", &text.zh), ("en", &text.en)] {
            if value.trim().is_empty() {
                self.push(item, format!("{field}.{lang} is empty: both languages are required"));
            }
        }
    }

    fn id(&mut self, item: &str, id: &str) {
        let ok = !id.is_empty()
            && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !id.starts_with('-')
            && !id.ends_with('-');
        if !ok {
            self.push(item, "ids use only a-z, 0-9 and inner dashes");
        }
    }

    fn sources(&mut self, item: &str, raw: &[RawSourceRef], required: bool) -> Vec<SourceRef> {
        if required && raw.is_empty() {
            self.push(item, "no source: every fact needs `sources = [{ src = \"…\" }]`");
        }
        raw.iter().map(|r| SourceRef { src: r.src.clone(), section: r.section.clone() }).collect()
    }
}

/// Where an id was declared, for cross-file checks.
struct Declared {
    file: String,
}

/// Parse and validate a set of data files given as `(file name, contents)`.
pub fn load(files: &[(&str, &str)]) -> Result<Atlas, Vec<DataError>> {
    let mut errors = Vec::new();
    let mut atlas = Atlas::default();
    // Source refs, region/point/power references are resolved after all files are read.
    let mut refs: Vec<(String, String, String, RefKind)> = Vec::new(); // (file, item, id, kind)
    let mut declared: HashMap<(RefKind, String), Declared> = HashMap::new();

    for (file, contents) in files {
        let raw: RawFile = match toml::from_str(contents) {
            Ok(raw) => raw,
            Err(e) => {
                let item = match e.span() {
                    Some(span) => line_col(contents, span.start),
                    None => "file".to_string(),
                };
                let msg = e.message().to_string();
                errors.push(DataError { file: file.to_string(), item, problem: msg });
                continue;
            }
        };
        let mut c = Checker { file, errors: &mut errors };
        let mut declare = |c: &mut Checker, kind: RefKind, id: &str| {
            let item = format!("{} `{id}`", kind.noun());
            c.id(&item, id);
            if let Some(prev) = declared.get(&(kind, id.to_string())) {
                c.push(item, format!("declared twice (also in {})", prev.file));
            } else {
                declared.insert((kind, id.to_string()), Declared { file: file.to_string() });
            }
        };

        for s in raw.source {
            let item = format!("source `{}`", s.id);
            declare(&mut c, RefKind::Source, &s.id);
            c.text(&item, "title", &s.title);
            atlas.sources.push(Source { id: s.id, title: s.title, url: s.url });
        }
        for p in raw.power {
            let item = format!("power `{}`", p.id);
            declare(&mut c, RefKind::Power, &p.id);
            c.text(&item, "name", &p.name);
            atlas.powers.push(Power { id: p.id, name: p.name });
        }
        for r in raw.region {
            let item = format!("region `{}`", r.id);
            declare(&mut c, RefKind::Region, &r.id);
            c.text(&item, "name", &r.name);
            atlas.regions.push(Region { id: r.id, name: r.name });
        }
        for e in raw.era {
            let item = format!("era `{}`", e.id);
            declare(&mut c, RefKind::Era, &e.id);
            c.text(&item, "name", &e.name);
            if let Some(n) = &e.note {
                c.text(&item, "note", n);
            }
            let sources = c.sources(&item, &e.sources, false);
            for s in &sources {
                refs.push((file.to_string(), item.clone(), s.src.clone(), RefKind::Source));
            }
            if let Some(when) = c.when(&item, "when", &e.when) {
                atlas.eras.push(Era { id: e.id, when, name: e.name, sources, note: e.note });
            }
        }
        for p in raw.point {
            let item = format!("point `{}`", p.id);
            declare(&mut c, RefKind::Place, &p.id);
            c.text(&item, "name", &p.name);
            if !(-180.0..=180.0).contains(&p.lon) || !(-90.0..=90.0).contains(&p.lat) {
                c.push(&item, format!("coordinates out of range: lon {} lat {}", p.lon, p.lat));
            }
            if let Some(r) = &p.region {
                refs.push((file.to_string(), item.clone(), r.clone(), RefKind::Region));
            }
            let mut names = Vec::new();
            for n in &p.names {
                let text = Text { zh: n.zh.clone(), en: n.en.clone() };
                c.text(&item, "names", &text);
                if let Some(when) = c.when(&item, "names.when", &n.when) {
                    names.push(DatedName { when, name: text });
                }
            }
            atlas.points.push(Point {
                id: p.id,
                lon: p.lon,
                lat: p.lat,
                name: p.name,
                names,
                region: p.region,
                coord_source: p.coord_source,
            });
        }
        for p in raw.period {
            let item = format!("period of `{}` from {}", p.region, p.from);
            refs.push((file.to_string(), item.clone(), p.region.clone(), RefKind::Region));
            refs.push((file.to_string(), item.clone(), p.power.clone(), RefKind::Power));
            let status = Status::from_id(&p.status);
            if status.is_none() {
                let all: Vec<&str> = Status::ALL.iter().map(|s| s.id()).collect();
                c.push(&item, format!("unknown status `{}` (one of: {})", p.status, all.join(", ")));
            }
            if let Some(n) = &p.note {
                c.text(&item, "note", n);
            }
            let sources = c.sources(&item, &p.sources, true);
            for s in &sources {
                refs.push((file.to_string(), item.clone(), s.src.clone(), RefKind::Source));
            }
            let from = c.date(&item, "from", &p.from);
            let to = p.to.as_deref().map(|t| c.date(&item, "to", t));
            if let (Some(from), Some(to)) = (from, to.flatten()) {
                if to.last_day() < from.first_day() {
                    c.push(&item, format!("ends ({to}) before it starts ({from})"));
                }
            }
            if let (Some(from), Some(status), false) = (from, status, matches!(to, Some(None))) {
                atlas.periods.push(Period {
                    region: p.region,
                    from,
                    to: to.flatten(),
                    power: p.power,
                    status,
                    sources,
                    note: p.note,
                });
            }
        }
        for p in raw.claim {
            let item = format!("claim of `{}` on `{}` from {}", p.power, p.region, p.from);
            refs.push((file.to_string(), item.clone(), p.region.clone(), RefKind::Region));
            refs.push((file.to_string(), item.clone(), p.power.clone(), RefKind::Power));
            if let Some(n) = &p.note {
                c.text(&item, "note", n);
            }
            let sources = c.sources(&item, &p.sources, true);
            for s in &sources {
                refs.push((file.to_string(), item.clone(), s.src.clone(), RefKind::Source));
            }
            let from = c.date(&item, "from", &p.from);
            let to = p.to.as_deref().map(|t| c.date(&item, "to", t));
            if let (Some(from), false) = (from, matches!(to, Some(None))) {
                atlas.claims.push(Claim {
                    region: p.region,
                    from,
                    to: to.flatten(),
                    power: p.power,
                    sources,
                    note: p.note,
                });
            }
        }
        for e in raw.event {
            let item = format!("event `{}`", e.id);
            declare(&mut c, RefKind::Event, &e.id);
            c.text(&item, "title", &e.title);
            c.text(&item, "summary", &e.summary);
            if let Some(n) = &e.note {
                c.text(&item, "note", n);
            }
            let category = Category::from_id(&e.category);
            if category.is_none() {
                let all: Vec<&str> = Category::ALL.iter().map(|c| c.id()).collect();
                c.push(&item, format!("unknown category `{}` (one of: {})", e.category, all.join(", ")));
            }
            if e.places.is_empty() {
                c.push(&item, "no places: name at least one region or point");
            }
            for p in &e.places {
                refs.push((file.to_string(), item.clone(), p.clone(), RefKind::Place));
            }
            let sources = c.sources(&item, &e.sources, true);
            for s in &sources {
                refs.push((file.to_string(), item.clone(), s.src.clone(), RefKind::Source));
            }
            let when = c.when(&item, "date", &e.date);
            if let (Some(when), Some(category)) = (when, category) {
                atlas.events.push(Event {
                    id: e.id,
                    when,
                    category,
                    places: e.places,
                    key: e.key,
                    title: e.title,
                    summary: e.summary,
                    note: e.note,
                    sources,
                });
            }
        }
        for r in raw.railway {
            let item = format!("railway `{}`", r.id);
            declare(&mut c, RefKind::Railway, &r.id);
            c.text(&item, "name", &r.name);
            let sources = c.sources(&item, &r.sources, true);
            for s in &sources {
                refs.push((file.to_string(), item.clone(), s.src.clone(), RefKind::Source));
            }
            let mut stations: Vec<Station> = Vec::new();
            for st in r.stations {
                let what = format!("{item}, station `{}`", st.id);
                c.id(&what, &st.id);
                c.text(&what, "name", &st.name);
                if !(-180.0..=180.0).contains(&st.lon) || !(-90.0..=90.0).contains(&st.lat) {
                    c.push(&what, format!("coordinates out of range: lon {} lat {}", st.lon, st.lat));
                }
                if stations.iter().any(|s| s.id == st.id) {
                    c.push(&what, "declared twice in this railway");
                }
                stations.push(Station { id: st.id, name: st.name, lon: st.lon, lat: st.lat });
            }
            if r.lines.is_empty() {
                c.push(&item, "no lines: give `lines = [[\"station\", \"station\", …]]`");
            }
            for line in &r.lines {
                if line.len() < 2 {
                    c.push(&item, "a line needs at least two stations");
                }
                for id in line.iter().filter(|id| !stations.iter().any(|s| &s.id == *id)) {
                    c.push(&item, format!("a line names unknown station `{id}`"));
                }
            }
            for st in stations.iter().filter(|s| !r.lines.iter().flatten().any(|id| *id == s.id)) {
                c.push(&item, format!("station `{}` is on no line", st.id));
            }
            atlas.railways.push(Railway {
                id: r.id,
                name: r.name,
                stations,
                lines: r.lines,
                coord_source: r.coord_source,
                sources,
            });
        }
        for p in raw.railway_period {
            let item = format!("period of railway `{}` from {}", p.railway, p.from);
            refs.push((file.to_string(), item.clone(), p.railway.clone(), RefKind::Railway));
            refs.push((file.to_string(), item.clone(), p.power.clone(), RefKind::Power));
            if let Some(partner) = &p.partner {
                refs.push((file.to_string(), item.clone(), partner.clone(), RefKind::Power));
            }
            let status = RailwayStatus::from_id(&p.status);
            match status {
                None => {
                    let all: Vec<&str> = RailwayStatus::ALL.iter().map(|s| s.id()).collect();
                    c.push(&item, format!("unknown railway status `{}` (one of: {})", p.status, all.join(", ")));
                }
                Some(RailwayStatus::Joint) if p.partner.is_none() => {
                    c.push(&item, "a joint management needs a `partner`");
                }
                Some(s) if s != RailwayStatus::Joint && p.partner.is_some() => {
                    c.push(&item, "only a `joint` period has a `partner`");
                }
                _ => {}
            }
            if p.partner.as_deref() == Some(p.power.as_str()) {
                c.push(&item, "the partner is the power itself");
            }
            if let Some(n) = &p.note {
                c.text(&item, "note", n);
            }
            let sources = c.sources(&item, &p.sources, true);
            for s in &sources {
                refs.push((file.to_string(), item.clone(), s.src.clone(), RefKind::Source));
            }
            let from = c.date(&item, "from", &p.from);
            let to = p.to.as_deref().map(|t| c.date(&item, "to", t));
            if let (Some(from), Some(to)) = (from, to.flatten()) {
                if to.last_day() < from.first_day() {
                    c.push(&item, format!("ends ({to}) before it starts ({from})"));
                }
            }
            if let (Some(from), Some(status), false) = (from, status, matches!(to, Some(None))) {
                atlas.railway_periods.push(RailwayPeriod {
                    railway: p.railway,
                    from,
                    to: to.flatten(),
                    power: p.power,
                    partner: p.partner,
                    status,
                    sources,
                    note: p.note,
                });
            }
        }
    }

    // Cross-file references. A place may be a region or a point.
    for (file, item, id, kind) in &refs {
        let found = match kind {
            RefKind::Place => {
                declared.contains_key(&(RefKind::Place, id.clone()))
                    || declared.contains_key(&(RefKind::Region, id.clone()))
            }
            k => declared.contains_key(&(*k, id.clone())),
        };
        if !found {
            errors.push(DataError {
                file: file.clone(),
                item: item.clone(),
                problem: format!("unknown {} `{id}`", kind.noun()),
            });
        }
    }

    check_periods(&atlas, &mut errors);
    check_keys(&atlas, &mut errors);

    if errors.is_empty() {
        atlas.finish();
        Ok(atlas)
    } else {
        Err(errors)
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
enum RefKind {
    Source,
    Power,
    Region,
    Place,
    Era,
    Event,
    Railway,
}

impl RefKind {
    fn noun(self) -> &'static str {
        match self {
            RefKind::Source => "source",
            RefKind::Power => "power",
            RefKind::Region => "region",
            RefKind::Place => "place",
            RefKind::Era => "era",
            RefKind::Event => "event",
            RefKind::Railway => "railway",
        }
    }
}

fn line_col(text: &str, offset: usize) -> String {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    format!("line {line}, column {col}")
}

/// No region has two controllers on one day, every region is covered from [`COVER_FROM`] to [`COVER_TO`],
/// and a power never claims a region twice at once or claims what it holds.
fn check_periods(atlas: &Atlas, errors: &mut Vec<DataError>) {
    let cover_to: Day = COVER_TO.parse().expect("constant");
    for region in &atlas.regions {
        let periods = atlas.periods.iter().filter(|p| p.region == region.id).map(|p| (p.from, p.to, p.power.as_str()));
        check_cover(format!("region `{}`", region.id), "control", periods.collect(), errors);
    }
    for railway in &atlas.railways {
        let periods =
            atlas.railway_periods.iter().filter(|p| p.railway == railway.id).map(|p| (p.from, p.to, p.power.as_str()));
        check_cover(format!("railway `{}`", railway.id), "railways", periods.collect(), errors);
    }
    for c in &atlas.claims {
        let held = atlas.periods.iter().find(|p| {
            p.region == c.region
                && p.power == c.power
                && p.from.first_day() <= c.to.map_or(cover_to, |t| t.last_day())
                && p.to.is_none_or(|t| t.last_day() >= c.from.first_day())
        });
        if let Some(p) = held {
            errors.push(DataError {
                file: "control".into(),
                item: format!("claim of `{}` on `{}` from {}", c.power, c.region, c.from),
                problem: format!("`{}` controls the region itself then (period from {})", p.power, p.from),
            });
        }
    }
    let mut claims: Vec<&Claim> = atlas.claims.iter().collect();
    claims.sort_by(|a, b| (&a.region, &a.power, a.from).cmp(&(&b.region, &b.power, b.from)));
    for pair in claims.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        if a.region == b.region && a.power == b.power && a.to.is_none_or(|t| t.last_day() >= b.from.first_day()) {
            errors.push(DataError {
                file: "control".into(),
                item: format!("claim of `{}` on `{}`", a.power, a.region),
                problem: format!("two claims at once (from {} and from {})", a.from, b.from),
            });
        }
    }
}

/// One thing's periods `(from, to, power)` leave no gap and never overlap from [`COVER_FROM`] to [`COVER_TO`].
fn check_cover(item: String, file: &str, mut periods: Vec<(Date, Option<Date>, &str)>, errors: &mut Vec<DataError>) {
    let cover_from: Day = COVER_FROM.parse().expect("constant");
    let cover_to: Day = COVER_TO.parse().expect("constant");
    periods.sort_by_key(|p| p.0);
    let mut push = |problem: String| errors.push(DataError { file: file.into(), item: item.clone(), problem });
    let Some(first) = periods.first() else {
        push("has no control periods".into());
        return;
    };
    if first.0.first_day() > cover_from {
        push(format!("nobody controls it from {cover_from} until {}", first.0));
    }
    for pair in periods.windows(2) {
        let ((a_from, a_to, a_power), (b_from, _, b_power)) = (pair[0], pair[1]);
        let Some(a_to) = a_to else {
            push(format!("the period from {a_from} (`{a_power}`) has no end, but another starts {b_from}"));
            continue;
        };
        let a_last = a_to.last_day();
        let b_first = b_from.first_day();
        if b_first <= a_last {
            push(format!(
                "two controllers at once: `{a_power}` {a_from}–{a_to} overlaps `{b_power}` from {b_from} (a coarse date covers its whole span)"
            ));
        } else if a_last.succ() != b_first {
            push(format!("gap in control: nobody from {} to {}", a_last.succ(), b_first.pred()));
        }
    }
    if let Some(last) = periods.last().and_then(|p| p.1) {
        if last.last_day() < cover_to {
            push(format!("nobody controls it after {last}"));
        }
    }
}

/// At most one key event per calendar year, so the slider reads one.
fn check_keys(atlas: &Atlas, errors: &mut Vec<DataError>) {
    let mut seen: HashMap<i32, &str> = HashMap::new();
    for e in atlas.events.iter().filter(|e| e.key) {
        let year = e.when.start.year_number();
        if let Some(prev) = seen.insert(year, &e.id) {
            errors.push(DataError {
                file: "events".into(),
                item: format!("event `{}`", e.id),
                problem: format!("second key event of {year} (also `{prev}`): keep one `key = true` per year"),
            });
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
    ("railways.toml", include_str!(concat!(env!("ATLAS_DATA_DIR"), "/railways.toml"))),
];

/// The shipped data, parsed and validated.
pub fn bundled() -> Result<Atlas, Vec<DataError>> {
    load(BUNDLED)
}
