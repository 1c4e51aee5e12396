//! What changed between two dates: for every region, who held it at the earlier and at the later date, and each
//! change of control in between with the event cards that tell of it.
//!
//! A region is *changed* when its controller differs between the two dates (the map outlines it); it *returned*
//! when the same power held it at both dates but someone else in between (South Korea in 1950–1951); its
//! *status changed* when the same power held it at both dates in a different way (South Sakhalin, occupied in
//! 1945 and annexed in 1946). A selected year stands for its last day, as everywhere else.

use crate::date::Day;
use crate::model::{Event, Period, Place, PowerId, Region, RegionId};
use crate::timeline::{Atlas, Selection};

/// How a region's control differs between the two dates.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DiffKind {
    /// Another power holds it at the later date.
    Changed,
    /// The same power at both dates, another in between.
    Returned,
    /// The same power at both dates, the same throughout, but held in another way (occupied, then annexed).
    StatusChanged,
}

impl DiffKind {
    pub fn id(self) -> &'static str {
        match self {
            DiffKind::Changed => "changed",
            DiffKind::Returned => "returned",
            DiffKind::StatusChanged => "status",
        }
    }
}

/// One change of control between the two dates.
#[derive(Clone, Debug, PartialEq)]
pub struct Step<'a> {
    /// The day the new period takes effect.
    pub day: Day,
    pub before: Option<&'a Period>,
    pub after: &'a Period,
    /// The event cards that name the region (or a place in it) around that day.
    pub events: Vec<&'a Event>,
}

/// One region that differs between the two dates.
#[derive(Clone, Debug, PartialEq)]
pub struct RegionDiff<'a> {
    pub id: RegionId,
    pub region: &'a Region,
    pub kind: DiffKind,
    /// Who held it at the earlier date.
    pub before: Option<&'a Period>,
    /// Who held it at the later date.
    pub after: Option<&'a Period>,
    /// Every change of power or status in between, in order.
    pub steps: Vec<Step<'a>>,
}

impl RegionDiff<'_> {
    /// The power at the earlier date (none when the record is silent).
    pub fn from_power(&self) -> Option<PowerId> {
        power(self.before)
    }

    /// The power at the later date.
    pub fn to_power(&self) -> Option<PowerId> {
        power(self.after)
    }
}

/// The difference between two dates.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison<'a> {
    /// The earlier of the two selections (by the day whose state each shows).
    pub earlier: Selection,
    pub later: Selection,
    /// Every region that differs, in the order of the region list.
    pub regions: Vec<RegionDiff<'a>>,
}

impl<'a> Comparison<'a> {
    /// The regions held by another power at the later date.
    pub fn changed(&self) -> impl Iterator<Item = &RegionDiff<'a>> {
        self.regions.iter().filter(|d| d.kind == DiffKind::Changed)
    }

    /// The regions that changed hands and came back, or changed only the way they were held.
    pub fn others(&self) -> impl Iterator<Item = &RegionDiff<'a>> {
        self.regions.iter().filter(|d| d.kind != DiffKind::Changed)
    }

    /// Whether the region is held by another power at the later date.
    pub fn is_changed(&self, region: RegionId) -> bool {
        self.changed().any(|d| d.id == region)
    }
}

fn power(p: Option<&Period>) -> Option<PowerId> {
    p.map(|p| p.power)
}

/// How far before a change a short event (no longer than [`SPAN_DAYS`]) that names the region may start and still
/// count as its cause (an offensive that began weeks before the capital fell); how near the change a long event
/// must start; how near the change any event may end (a withdrawal completed on the day). Short events also count
/// when they cover the day.
const LEAD_DAYS: i64 = 45;
const START_DAYS: i64 = 3;
const END_DAYS: i64 = 7;
const SPAN_DAYS: i64 = 120;

impl Atlas {
    /// What differs between two selections, in either order.
    pub fn compare(&self, a: Selection, b: Selection) -> Comparison<'_> {
        let (earlier, later) = if a.state_day() <= b.state_day() { (a, b) } else { (b, a) };
        let (from, to) = (earlier.state_day(), later.state_day());
        let mut regions = Vec::new();
        for id in self.region_ids() {
            let region = self.region(id);
            let before = self.control_at(id, from);
            let after = self.control_at(id, to);
            let mut steps = Vec::new();
            let mut previous: Option<&Period> = None;
            for p in self.periods_of(id) {
                let start = p.from.first_day();
                let is_step =
                    start > from && start <= to && previous.is_none_or(|q| q.power != p.power || q.status != p.status);
                if is_step {
                    steps.push(Step {
                        day: start,
                        before: previous,
                        after: p,
                        events: self.events_of_change(id, start),
                    });
                }
                previous = Some(p);
            }
            let kind = if power(before) != power(after) {
                DiffKind::Changed
            } else if steps.iter().any(|s| Some(s.after.power) != power(before)) {
                DiffKind::Returned
            } else if before.map(|p| p.status) != after.map(|p| p.status) {
                DiffKind::StatusChanged
            } else {
                continue;
            };
            regions.push(RegionDiff { id, region, kind, before, after, steps });
        }
        Comparison { earlier, later, regions }
    }

    /// Whether different powers (or a power and nobody) held `region` on the two days: what the map outlines.
    pub fn controller_differs(&self, region: RegionId, a: Day, b: Day) -> bool {
        power(self.control_at(region, a)) != power(self.control_at(region, b))
    }

    /// Whether an event names the region, directly or through a place that lies in it.
    pub fn event_names_region(&self, event: &Event, region: RegionId) -> bool {
        event.places.iter().any(|place| match *place {
            Place::Region(r) => r == region,
            Place::Point(p) => self.point(p).region == Some(region),
        })
    }

    /// The event cards that tell of a change of control of `region` taking effect on `day`: they name the region
    /// (or a place in it) and start or end near the day, or are short and cover it (see [`LEAD_DAYS`]). Long
    /// background events (a civil war of five years, prisoners held for ten) do not count.
    pub fn events_of_change(&self, region: RegionId, day: Day) -> Vec<&Event> {
        let d = day.to_days();
        // Events are sorted by start: nothing starting after the day (plus a little) can match.
        let end = self.events.partition_point(|e| e.when.first_day().to_days() <= d + END_DAYS);
        self.events[..end]
            .iter()
            .filter(|e| {
                let first = e.when.first_day().to_days();
                let last = e.when.last_day().map(Day::to_days);
                let short = last.is_some_and(|l| l - first <= SPAN_DAYS);
                // A long event (an intervention of four years) counts only when it starts or ends at the change.
                let lead = if short { LEAD_DAYS } else { START_DAYS };
                let starts_before = (d - lead..=d + 1).contains(&first);
                let ends_near = last.is_some_and(|l| (l - d).abs() <= END_DAYS);
                let short_cover = short && first <= d && last.is_some_and(|l| l >= d);
                (starts_before || ends_near || short_cover) && self.event_names_region(e, region)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::{Date, When};
    use crate::model::{Category, Status, Text};
    use crate::timeline::toy_id;

    fn period(region: &str, from: &str, to: Option<&str>, power: &str, status: Status) -> Period {
        Period {
            region: toy_id(&REGIONS, region, RegionId::new),
            from: from.parse().unwrap(),
            to: to.map(|t| t.parse::<Date>().unwrap()),
            power: toy_id(&POWERS, power, PowerId::new),
            status,
            sources: vec![],
            note: None,
        }
    }

    fn event(id: &str, when: &str, places: &[&str]) -> Event {
        Event {
            id: id.into(),
            when: when.parse::<When>().unwrap(),
            category: Category::War,
            places: places.iter().map(|p| Place::Region(toy_id(&REGIONS, p, RegionId::new))).collect(),
            key: false,
            title: Text::default(),
            summary: Text::default(),
            note: None,
            sources: vec![],
        }
    }

    const REGIONS: [&str; 3] = ["a", "b", "c"];
    const POWERS: [&str; 3] = ["x", "y", "z"];

    fn toy() -> Atlas {
        let mut a = Atlas {
            powers: POWERS
                .iter()
                .map(|id| crate::model::Power { id: id.to_string(), name: Text::default(), colour: Default::default() })
                .collect(),
            regions: REGIONS.iter().map(|id| Region { id: id.to_string(), name: Text::default() }).collect(),
            periods: vec![
                period("a", "1917-01-01", Some("1930-06-14"), "x", Status::Sovereign),
                period("a", "1930-06-15", None, "y", Status::Occupied),
                period("b", "1917-01-01", Some("1925"), "x", Status::Sovereign),
                period("b", "1926", Some("1927-03-01"), "y", Status::Contested),
                period("b", "1927-03-02", None, "x", Status::Sovereign),
                period("c", "1917-01-01", Some("1940-12-31"), "z", Status::Occupied),
                period("c", "1941-01-01", None, "z", Status::Annexed),
            ],
            events: vec![
                event("long-war", "1917/1935", &["a", "b"]),
                event("invasion", "1930-05-20/1930-06-14", &["a"]),
                event("elsewhere", "1930-06-15", &["c"]),
                event("annexation", "1941-01-01", &["c"]),
            ],
            ..Atlas::default()
        };
        a.finish();
        a
    }

    #[test]
    fn a_region_held_by_another_power_later_is_changed_with_its_steps_and_events() {
        let a = toy();
        let c = a.compare(Selection::Year(1950), Selection::Year(1920));
        assert_eq!(c.earlier, Selection::Year(1920), "the order of the arguments does not matter");
        let kinds: Vec<(&str, DiffKind)> = c.regions.iter().map(|d| (d.region.id.as_str(), d.kind)).collect();
        assert_eq!(kinds, [("a", DiffKind::Changed), ("b", DiffKind::Returned), ("c", DiffKind::StatusChanged)]);
        let da = &c.regions[0];
        assert_eq!((a.power_key(da.from_power()), a.power_key(da.to_power())), ("x", "y"));
        assert_eq!(da.steps.len(), 1);
        let ids: Vec<&str> = da.steps[0].events.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["invasion"], "the long war and the event elsewhere do not count");
        let [ra, rb, rc] = REGIONS.map(|r| a.region_id(r).unwrap());
        assert!(c.is_changed(ra) && !c.is_changed(rb) && !c.is_changed(rc));
        assert_eq!(c.regions[2].steps[0].events[0].id, "annexation");
    }

    #[test]
    fn the_same_date_twice_differs_nowhere_and_a_change_on_the_later_day_counts() {
        let a = toy();
        assert!(a.compare(Selection::Year(1950), Selection::Year(1950)).regions.is_empty());
        let on_the_day = Selection::Day("1930-06-15".parse().unwrap());
        let the_day_before = Selection::Day("1930-06-14".parse().unwrap());
        assert!(a.compare(the_day_before, on_the_day).is_changed(a.region_id("a").unwrap()));
        assert!(a.compare(on_the_day, Selection::Year(1931)).regions.is_empty());
    }
}
