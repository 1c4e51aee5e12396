//! What the map, the status table and the cards show at a date: the state of every region on a day, the changes
//! of a year, the events of a year, the next and previous event.

use crate::date::Day;
use crate::model::*;

/// First and last year of the slider.
pub const FIRST_YEAR: i32 = 1917;
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
}

/// One railway on one day.
#[derive(Clone, Debug, PartialEq)]
pub struct RailwayState<'a> {
    pub railway: &'a Railway,
    pub control: Option<&'a RailwayPeriod>,
}

/// One region on one day.
#[derive(Clone, Debug, PartialEq)]
pub struct RegionState<'a> {
    pub region: &'a Region,
    pub control: Option<&'a Period>,
    pub claims: Vec<&'a Claim>,
}

/// A change of control that took effect during a year.
#[derive(Clone, Debug, PartialEq)]
pub struct Change<'a> {
    pub region: &'a Region,
    /// The period that ended (none if the region's record starts here).
    pub before: Option<&'a Period>,
    pub after: &'a Period,
}

impl Atlas {
    /// Sort what the queries rely on being sorted.
    #[cfg_attr(not(feature = "toml"), allow(dead_code))]
    pub(crate) fn finish(&mut self) {
        self.periods.sort_by(|a, b| (&a.region, a.from).cmp(&(&b.region, b.from)));
        self.railway_periods.sort_by(|a, b| (&a.railway, a.from).cmp(&(&b.railway, b.from)));
        self.events.sort_by(|a, b| {
            (a.when.first_day(), a.when.last_day().is_none(), a.when.last_day(), &a.id).cmp(&(
                b.when.first_day(),
                b.when.last_day().is_none(),
                b.when.last_day(),
                &b.id,
            ))
        });
    }

    pub fn power(&self, id: &str) -> Option<&Power> {
        self.powers.iter().find(|p| p.id == id)
    }

    pub fn region(&self, id: &str) -> Option<&Region> {
        self.regions.iter().find(|r| r.id == id)
    }

    pub fn point(&self, id: &str) -> Option<&Point> {
        self.points.iter().find(|p| p.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    pub fn event(&self, id: &str) -> Option<&Event> {
        self.events.iter().find(|e| e.id == id)
    }

    /// The Japanese and Russian names of region or point `id` on `day`, Japanese first: for each language the dated
    /// name whose span covers the day, else that language's undated name. A language with no name is left out.
    pub fn local_names_at(&self, id: &str, day: Day) -> Vec<(LangTag, &str)> {
        LangTag::ALL
            .into_iter()
            .filter_map(|lang| {
                let mine = || self.local_names.iter().filter(move |n| n.of == id && n.lang == lang);
                mine()
                    .find(|n| n.when.as_ref().is_some_and(|w| w.covers(day)))
                    .or_else(|| mine().find(|n| n.when.is_none()))
                    .map(|n| (lang, n.name.as_str()))
            })
            .collect()
    }

    /// The control periods of one region, in order (the periods are sorted by region: found by binary search).
    pub fn periods_of(&self, region: &str) -> std::slice::Iter<'_, Period> {
        let start = self.periods.partition_point(|p| p.region.as_str() < region);
        let len = self.periods[start..].partition_point(|p| p.region == region);
        self.periods[start..start + len].iter()
    }

    /// Who controlled `region` on `day`.
    pub fn control_at(&self, region: &str, day: Day) -> Option<&Period> {
        self.periods_of(region).find(|p| p.covers(day))
    }

    /// The claims in force on `region` on `day`.
    pub fn claims_at(&self, region: &str, day: Day) -> Vec<&Claim> {
        self.claims.iter().filter(|c| c.region == region && c.covers(day)).collect()
    }

    pub fn railway(&self, id: &str) -> Option<&Railway> {
        self.railways.iter().find(|r| r.id == id)
    }

    /// Who controlled the railway `railway` on `day`.
    pub fn railway_at(&self, railway: &str, day: Day) -> Option<&RailwayPeriod> {
        self.railway_periods.iter().find(|p| p.railway == railway && p.covers(day))
    }

    /// Every railway's state on `day`, in the order of the railway list.
    pub fn railways_at(&self, day: Day) -> Vec<RailwayState<'_>> {
        self.railways
            .iter()
            .map(|railway| RailwayState { railway, control: self.railway_at(&railway.id, day) })
            .collect()
    }

    /// Every region's state on `day`, in the order of the region list.
    pub fn state_at(&self, day: Day) -> Vec<RegionState<'_>> {
        self.regions
            .iter()
            .map(|region| RegionState {
                region,
                control: self.control_at(&region.id, day),
                claims: self.claims_at(&region.id, day),
            })
            .collect()
    }

    /// Changes of control that took effect during `year` (periods whose start falls in it), in date order.
    pub fn changes_in_year(&self, year: i32) -> Vec<Change<'_>> {
        let mut out = Vec::new();
        for region in &self.regions {
            let mut before = None;
            for p in self.periods_of(&region.id) {
                if p.from.year_number() == year {
                    out.push(Change { region, before, after: p });
                }
                before = Some(p);
            }
        }
        out.sort_by_key(|c| (c.after.from, self.region_index(&c.region.id)));
        out
    }

    fn region_index(&self, id: &str) -> usize {
        self.regions.iter().position(|r| r.id == id).unwrap_or(usize::MAX)
    }

    /// Events whose span shares a day with `year`, in date order.
    pub fn events_in_year(&self, year: i32) -> Vec<&Event> {
        let (Ok(first), Ok(last)) = (Day::first_of_year(year), Day::last_of_year(year)) else {
            return Vec::new();
        };
        // Events are sorted by start: everything after `last` can be skipped.
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
    pub fn step_event(&self, selected: Option<&str>, selection: Selection, forward: bool) -> Option<&Event> {
        if let Some(i) = selected.and_then(|id| self.events.iter().position(|e| e.id == id)) {
            return if forward { self.events.get(i + 1) } else { i.checked_sub(1).and_then(|i| self.events.get(i)) };
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
            self.events.get(i)
        } else {
            self.prev_event(day)
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
    pub fn event_outside_map(&self, selected: Option<&str>) -> Option<&Event> {
        let e = self.event(selected?)?;
        let first = e.when.first_day();
        (first < FIRST_DAY || first > LAST_DAY).then_some(e)
    }

    /// The year whose cards are shown: the settled selection's, or the year of a selected event outside the map's
    /// years (so that its card is among them).
    pub fn cards_year(&self, settled: Selection, selected: Option<&str>) -> i32 {
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

    /// The selection clamped into the slider's range.
    pub fn clamped(self) -> Selection {
        match self {
            Selection::Year(y) => Selection::Year(y.clamp(FIRST_YEAR, LAST_YEAR)),
            Selection::Day(d) => Selection::Day(d.clamp_to(FIRST_DAY, LAST_DAY)),
        }
    }
}
