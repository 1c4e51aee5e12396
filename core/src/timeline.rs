//! What the map, the status table and the cards show at a date: the state of every region on a day, the changes
//! of a year, the events of a year, the next and previous event.

use crate::date::{Date, Day};
use crate::model::*;

/// First and last year of the slider.
pub const FIRST_YEAR: i32 = 1917;

/// Whether a period's start is only where the record begins (1 January 1917): the holder held the region before
/// that (Korea since 1910, Hokkaido for centuries), so it is said "since before 1917", and it is not a change.
pub fn begins_with_record(from: Date) -> bool {
    Day::first_of_year(FIRST_YEAR).is_ok_and(|first| from.first_day() == first)
}
pub const LAST_YEAR: i32 = 1991;
/// First and last day the map shows: every region's control is recorded without a gap between them.
pub const FIRST_DAY: Day = Day::known(FIRST_YEAR, 1, 1);
pub const LAST_DAY: Day = Day::known(LAST_YEAR, 12, 31);

/// All validated data. Build it with `data::load` / `data::bundled` (TOML) or [`crate::pack::decode`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Atlas {
    pub sources: Vec<Source>,
    pub powers: Vec<Power>,
    pub regions: Vec<Region>,
    pub points: Vec<Point>,
    /// Sorted by region, then start.
    pub periods: Vec<Period>,
    pub claims: Vec<Claim>,
    /// Sorted chronologically (start day, then end, then id).
    pub events: Vec<Event>,
    pub eras: Vec<Era>,
    /// Japanese and Russian names of regions and points (`names.toml`).
    pub local_names: Vec<LocalName>,
    /// The railway lines drawn on the map, in data order.
    pub railways: Vec<Railway>,
    /// Sorted by railway, then start.
    pub railway_periods: Vec<RailwayPeriod>,
    /// The region of each shape of the map, in the order of [`crate::geo::REGIONS`] (see [`Atlas::shape_regions`]).
    pub(crate) shapes: Vec<Option<RegionId>>,
    /// The events of each year of the slider, built on first use (see [`YearIndex`]).
    pub(crate) by_year: YearIndex,
}

/// For each year from [`FIRST_YEAR`] to [`LAST_YEAR`], the indices (in date order) of the events that share a day
/// with it. Without it, the year's events at every slider step scan every event that started before the year's
/// end: 10,000 of them at 1991 in a teacher's large data set (0.75 ms of a 4x slower CPU's step). Built from
/// `events` on the first call of [`Atlas::events_in_year`]; a copy starts empty, and it never makes two atlases
/// differ.
#[derive(Default)]
pub(crate) struct YearIndex(std::sync::OnceLock<Vec<Vec<u32>>>);

impl YearIndex {
    fn get(&self, events: &[Event]) -> &[Vec<u32>] {
        self.0.get_or_init(|| {
            let mut years = vec![Vec::new(); (LAST_YEAR - FIRST_YEAR + 1) as usize];
            for (i, e) in events.iter().enumerate() {
                let from = e.when.first_day().year().max(FIRST_YEAR);
                let to = e.when.last_day().map_or(LAST_YEAR, |d| d.year()).min(LAST_YEAR);
                for year in from..=to {
                    years[(year - FIRST_YEAR) as usize].push(i as u32);
                }
            }
            years
        })
    }
}

impl Clone for YearIndex {
    fn clone(&self) -> Self {
        YearIndex::default()
    }
}

impl PartialEq for YearIndex {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl std::fmt::Debug for YearIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("YearIndex")
    }
}

/// One railway on one day.
#[derive(Clone, Debug, PartialEq)]
pub struct RailwayState<'a> {
    pub id: RailwayId,
    pub railway: &'a Railway,
    pub control: Option<&'a RailwayPeriod>,
}

/// One region on one day.
#[derive(Clone, Debug, PartialEq)]
pub struct RegionState<'a> {
    pub id: RegionId,
    pub region: &'a Region,
    pub control: Option<&'a Period>,
    pub claims: Vec<&'a Claim>,
}

/// A change of control that took effect during a year.
#[derive(Clone, Debug, PartialEq)]
pub struct Change<'a> {
    pub id: RegionId,
    pub region: &'a Region,
    /// The period that ended (none if the region's record starts here).
    pub before: Option<&'a Period>,
    pub after: &'a Period,
}

impl Atlas {
    /// Sort what the queries rely on being sorted.
    #[cfg_attr(not(feature = "toml"), allow(dead_code))]
    pub(crate) fn finish(&mut self) {
        // The events may have changed since a year's events were last read.
        self.by_year = YearIndex::default();
        self.link_shapes();
        self.periods.sort_by_key(|p| (p.region, p.from));
        self.railway_periods.sort_by_key(|p| (p.railway, p.from));
        self.events.sort_by(|a, b| {
            (a.when.first_day(), a.when.last_day().is_none(), a.when.last_day(), &a.id).cmp(&(
                b.when.first_day(),
                b.when.last_day().is_none(),
                b.when.last_day(),
                &b.id,
            ))
        });
    }

    /// The power of an id made by this atlas.
    pub fn power(&self, id: PowerId) -> &Power {
        &self.powers[id.index()]
    }

    /// The region of an id made by this atlas.
    pub fn region(&self, id: RegionId) -> &Region {
        &self.regions[id.index()]
    }

    /// The point of an id made by this atlas.
    pub fn point(&self, id: PointId) -> &Point {
        &self.points[id.index()]
    }

    /// The event of an id made by this atlas.
    pub fn event(&self, id: EventId) -> &Event {
        &self.events[id.index()]
    }

    /// The railway of an id made by this atlas.
    pub fn railway(&self, id: RailwayId) -> &Railway {
        &self.railways[id.index()]
    }

    /// The power's id as written in the data (for `data-controller`, `power--<id>`), or "" for none.
    pub fn power_key(&self, id: Option<PowerId>) -> &str {
        id.map_or("", |p| self.power(p).id.as_str())
    }

    /// The id of a place, as written in the data (`data-region`, `data-controller`, `power--<id>`, URLs).
    pub fn place_key(&self, place: Place) -> &str {
        match place {
            Place::Region(r) => &self.region(r).id,
            Place::Point(p) => &self.point(p).id,
        }
    }

    /// The name of a place on `day` in both languages: a point's name of that day ([`Point::name_at`]: Nikolayevsk
    /// before 1926, Keijō (Seoul) to 15 August 1945 …), a region's name (the atlas's own, the same on every day).
    pub fn place_name_at(&self, place: Place, day: Day) -> &Text {
        match place {
            Place::Region(r) => &self.region(r).name,
            Place::Point(p) => self.point(p).name_at(day),
        }
    }

    // Strings to ids: for the edges only (URL parameters, the data files, tests). A linear scan, as inside the
    // atlas everything is already an id.

    /// The id of the power whose data id is `id`.
    pub fn power_id(&self, id: &str) -> Option<PowerId> {
        self.powers.iter().position(|p| p.id == id).and_then(PowerId::new)
    }

    /// The id of the region whose data id is `id`.
    pub fn region_id(&self, id: &str) -> Option<RegionId> {
        self.regions.iter().position(|r| r.id == id).and_then(RegionId::new)
    }

    /// The id of the point whose data id is `id`.
    pub fn point_id(&self, id: &str) -> Option<PointId> {
        self.points.iter().position(|p| p.id == id).and_then(PointId::new)
    }

    /// The id of the event whose data id is `id`.
    pub fn event_id(&self, id: &str) -> Option<EventId> {
        self.events.iter().position(|e| e.id == id).and_then(EventId::new)
    }

    /// The id of the railway whose data id is `id`.
    pub fn railway_id(&self, id: &str) -> Option<RailwayId> {
        self.railways.iter().position(|r| r.id == id).and_then(RailwayId::new)
    }

    /// The region or point whose data id is `id` (no point shares an id with a region).
    pub fn place_id(&self, id: &str) -> Option<Place> {
        self.region_id(id).map(Place::Region).or_else(|| self.point_id(id).map(Place::Point))
    }

    /// Every region's id, in the order of the region list.
    pub fn region_ids(&self) -> impl Iterator<Item = RegionId> + '_ {
        (0..self.regions.len()).filter_map(RegionId::new)
    }

    /// Every power's id, in the order of the power list.
    pub fn power_ids(&self) -> impl Iterator<Item = PowerId> + '_ {
        (0..self.powers.len()).filter_map(PowerId::new)
    }

    /// Every event's id, in date order.
    pub fn event_ids(&self) -> impl Iterator<Item = EventId> + '_ {
        (0..self.events.len()).filter_map(EventId::new)
    }

    /// The region drawn by each shape of the map ([`crate::geo::REGIONS`], in its order): `None` for a shape the
    /// data has no region for (the tests hold there is none in the shipped data). Linked once, when the data is
    /// loaded or decoded.
    pub fn shape_regions(&self) -> &[Option<RegionId>] {
        &self.shapes
    }

    /// Link the map's shapes to the regions (after the regions are in).
    pub(crate) fn link_shapes(&mut self) {
        self.shapes = crate::geo::REGIONS.iter().map(|s| self.region_id(s.id)).collect();
    }

    /// The source of an id made by this atlas.
    pub fn source(&self, id: SourceId) -> &Source {
        &self.sources[id.index()]
    }

    /// The id of the source whose data id is `id`.
    pub fn source_id(&self, id: &str) -> Option<SourceId> {
        self.sources.iter().position(|s| s.id == id).and_then(SourceId::new)
    }

    /// The Japanese and Russian names of a region or point on `day`, Japanese first: for each language the dated
    /// name whose span covers the day, else that language's undated name. A language with no name is left out.
    pub fn local_names_at(&self, place: Place, day: Day) -> Vec<(LangTag, &str)> {
        LangTag::ALL
            .into_iter()
            .filter_map(|lang| {
                let mine = || self.local_names.iter().filter(move |n| n.of == place && n.lang == lang);
                mine()
                    .find(|n| n.when.as_ref().is_some_and(|w| w.covers(day)))
                    .or_else(|| mine().find(|n| n.when.is_none()))
                    .map(|n| (lang, n.name.as_str()))
            })
            .collect()
    }

    /// The control periods of one region, in order (the periods are sorted by region: found by binary search).
    pub fn periods_of(&self, region: RegionId) -> std::slice::Iter<'_, Period> {
        let start = self.periods.partition_point(|p| p.region < region);
        let len = self.periods[start..].partition_point(|p| p.region == region);
        self.periods[start..start + len].iter()
    }

    /// Who controlled `region` on `day`.
    pub fn control_at(&self, region: RegionId, day: Day) -> Option<&Period> {
        self.periods_of(region).find(|p| p.covers(day))
    }

    /// The claims in force on `region` on `day`.
    pub fn claims_at(&self, region: RegionId, day: Day) -> Vec<&Claim> {
        self.claims.iter().filter(|c| c.region == region && c.covers(day)).collect()
    }

    /// Who controlled the railway `railway` on `day` (its periods are sorted by railway: found by binary search).
    pub fn railway_at(&self, railway: RailwayId, day: Day) -> Option<&RailwayPeriod> {
        let start = self.railway_periods.partition_point(|p| p.railway < railway);
        self.railway_periods[start..].iter().take_while(|p| p.railway == railway).find(|p| p.covers(day))
    }

    /// Every railway's state on `day`, in the order of the railway list.
    pub fn railways_at(&self, day: Day) -> Vec<RailwayState<'_>> {
        (0..self.railways.len())
            .filter_map(RailwayId::new)
            .map(|id| RailwayState { id, railway: self.railway(id), control: self.railway_at(id, day) })
            .collect()
    }

    /// Every region's state on `day`, in the order of the region list.
    pub fn state_at(&self, day: Day) -> Vec<RegionState<'_>> {
        self.region_ids()
            .map(|id| RegionState {
                id,
                region: self.region(id),
                control: self.control_at(id, day),
                claims: self.claims_at(id, day),
            })
            .collect()
    }

    /// Changes of control that took effect during `year` (periods whose start falls in it), in date order.
    pub fn changes_in_year(&self, year: i32) -> Vec<Change<'_>> {
        let mut out = Vec::new();
        for id in self.region_ids() {
            let mut before = None;
            for p in self.periods_of(id) {
                // The record's first day is where the data begins, not a change of hands.
                if p.from.year_number() == year && !(before.is_none() && begins_with_record(p.from)) {
                    out.push(Change { id, region: self.region(id), before, after: p });
                }
                before = Some(p);
            }
        }
        out.sort_by_key(|c| (c.after.from, c.id));
        out
    }

    /// Events whose span shares a day with `year`, in date order.
    pub fn events_in_year(&self, year: i32) -> Vec<&Event> {
        if (FIRST_YEAR..=LAST_YEAR).contains(&year) {
            let years = self.by_year.get(&self.events);
            return years[(year - FIRST_YEAR) as usize].iter().map(|&i| &self.events[i as usize]).collect();
        }
        let (Ok(first), Ok(last)) = (Day::first_of_year(year), Day::last_of_year(year)) else {
            return Vec::new();
        };
        // Outside the slider's years (tests, other tools): events are sorted by start, so everything after `last`
        // can be skipped.
        let end = self.events.partition_point(|e| e.when.first_day() <= last);
        self.events[..end].iter().filter(|e| e.when.overlaps(first, last)).collect()
    }

    /// Events that start in `year` (not those merely ongoing).
    pub fn events_starting_in(&self, year: i32) -> impl Iterator<Item = &Event> {
        let lo = self.events.partition_point(|e| e.when.first_day().year() < year);
        let hi = self.events.partition_point(|e| e.when.first_day().year() <= year);
        self.events[lo..hi].iter()
    }

    /// The event read out for a year: its key event, else the first event starting in it.
    pub fn key_event(&self, year: i32) -> Option<&Event> {
        self.events_starting_in(year).find(|e| e.key).or_else(|| self.events_starting_in(year).next())
    }

    /// The first event starting after `day`.
    pub fn next_event(&self, day: Day) -> Option<&Event> {
        let i = self.events.partition_point(|e| e.when.first_day() <= day);
        self.events.get(i)
    }

    /// The last event starting before `day`.
    pub fn prev_event(&self, day: Day) -> Option<&Event> {
        let i = self.events.partition_point(|e| e.when.first_day() < day);
        i.checked_sub(1).and_then(|i| self.events.get(i))
    }

    /// The event one step before or after the current position: next to the selected event if there is one (so
    /// events on the same day are visited in turn), else relative to the selection (a selected year counts from
    /// its first day).
    pub fn step_event(&self, selected: Option<EventId>, selection: Selection, forward: bool) -> Option<EventId> {
        let i = self.step_index(selected, selection, forward)?;
        // `step_index` gives an index into the events: it fits.
        EventId::new(i).filter(|_| i < self.events.len())
    }

    fn step_index(&self, selected: Option<EventId>, selection: Selection, forward: bool) -> Option<usize> {
        if let Some(i) = selected.map(EventId::index) {
            return if forward { Some(i + 1) } else { i.checked_sub(1) };
        }
        let day = match selection {
            Selection::Year(y) => Day::start_of_clamped_year(y),
            Selection::Day(d) => d,
        };
        if forward {
            // An event on the selected year's first day (or the selected day itself) comes next.
            let i = self.events.partition_point(|e| e.when.first_day() < day);
            let i = if matches!(selection, Selection::Day(_)) {
                self.events.partition_point(|e| e.when.first_day() <= day)
            } else {
                i
            };
            Some(i)
        } else {
            self.events.partition_point(|e| e.when.first_day() < day).checked_sub(1)
        }
    }

    /// How many events start in each year of the slider's range (index 0 is [`FIRST_YEAR`]).
    pub fn density(&self) -> Vec<usize> {
        let mut counts = vec![0; (LAST_YEAR - FIRST_YEAR + 1) as usize];
        for e in &self.events {
            let y = e.when.start.year_number();
            if (FIRST_YEAR..=LAST_YEAR).contains(&y) {
                counts[(y - FIRST_YEAR) as usize] += 1;
            }
        }
        counts
    }

    /// The selected event, if its date lies outside the map's years ([`FIRST_DAY`]..=[`LAST_DAY`]): the 1905
    /// Treaty of Portsmouth, the 1993 Tokyo Declaration. Its card and its own date are shown; the map and the table
    /// stand at the nearest end of their range ([`Selection::of_event`]).
    pub fn event_outside_map(&self, selected: Option<EventId>) -> Option<&Event> {
        let e = self.event(selected?);
        let first = e.when.first_day();
        (first < FIRST_DAY || first > LAST_DAY).then_some(e)
    }

    /// The year whose cards are shown: the settled selection's, or the year of a selected event outside the map's
    /// years (so that its card is among them).
    pub fn cards_year(&self, settled: Selection, selected: Option<EventId>) -> i32 {
        self.event_outside_map(selected).map_or(settled.year(), |e| e.when.first_day().year())
    }

    /// The era (band of the slider) a day falls in.
    pub fn era_at(&self, day: Day) -> Option<&Era> {
        self.eras.iter().find(|e| e.when.covers(day))
    }

    /// The era of a selection: the era of its day, or for a whole year whose last day falls after every era
    /// (1991: the USSR ended on 26 December), the last era that reaches into the year.
    pub fn era_of(&self, selection: Selection) -> Option<&Era> {
        self.era_at(selection.state_day()).or_else(|| match selection {
            Selection::Year(year) => self
                .eras
                .iter()
                .rev()
                .find(|e| e.when.first_day().year() <= year && e.when.last_day().is_none_or(|d| d.year() >= year)),
            Selection::Day(_) => None,
        })
    }
}

/// Tests: the id of `id` in a toy list of written ids.
#[cfg(test)]
pub(crate) fn toy_id<T>(ids: &[&str], id: &str, make: fn(usize) -> Option<T>) -> T {
    ids.iter().position(|x| *x == id).and_then(make).unwrap_or_else(|| panic!("no `{id}` in the toy"))
}

/// What the user has selected: a whole year, or one day (an event's day or a typed date).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Selection {
    Year(i32),
    Day(Day),
}

impl Selection {
    /// The slider's year.
    pub const fn year(self) -> i32 {
        match self {
            Selection::Year(y) => y,
            Selection::Day(d) => d.year(),
        }
    }

    /// The day whose state is shown: the end of a selected year, or the selected day.
    pub const fn state_day(self) -> Day {
        match self {
            Selection::Year(y) => Day::end_of_clamped_year(y),
            Selection::Day(d) => d,
        }
    }

    /// The day an event is shown at: its first day, or the nearer end of the map's range for an event outside it
    /// (1905 → 1 January 1917, 1993 → 31 December 1991).
    pub fn of_event(event: &Event) -> Selection {
        Selection::Day(event.when.first_day()).clamped()
    }

    /// What a year or a date typed in the "Go to" box means, if anything in the slider's range: `1945`,
    /// `1945-08-09`, `1945-08` (its first day), and as people type them: full-width digits (`１９４５`, what Chinese and
    /// Japanese input methods give), `1945年8月9日`, `1945/8/9`, `1945.8.9`.
    pub fn from_typed(text: &str) -> Option<Selection> {
        let ascii: String = text
            .trim()
            .chars()
            .filter_map(|c| match c {
                '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32),
                '年' | '月' | '/' | '.' | '－' | '／' | '．' | '-' => Some('-'),
                '日' | '号' => None,
                c => Some(c),
            })
            .collect();
        let parts: Vec<&str> = ascii.trim_end_matches('-').split('-').collect();
        if parts.is_empty()
            || parts.len() > 3
            || parts.iter().any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()))
        {
            return None;
        }
        // Months and days of one digit get their zero.
        let canonical = match parts.as_slice() {
            [y] => y.to_string(),
            [y, m] => format!("{y}-{m:0>2}"),
            [y, m, d] => format!("{y}-{m:0>2}-{d:0>2}"),
            _ => return None,
        };
        let date: crate::date::Date = canonical.parse().ok()?;
        let year = date.year_number();
        if !(FIRST_YEAR..=LAST_YEAR).contains(&year) {
            return None;
        }
        Some(match date.precision() {
            crate::date::Precision::Year => Selection::Year(year),
            // A month means its first day; a day is itself.
            _ => Selection::Day(date.first_day()),
        })
    }

    /// The selection clamped into the slider's range.
    pub fn clamped(self) -> Selection {
        match self {
            Selection::Year(y) => Selection::Year(y.clamp(FIRST_YEAR, LAST_YEAR)),
            Selection::Day(d) => Selection::Day(d.clamp_to(FIRST_DAY, LAST_DAY)),
        }
    }
}
