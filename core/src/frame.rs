//! What the map shows at a date: one [`Frame`] holds each region's fill, status and outline, each place's name and
//! marker, and which dividing lines are drawn. The view applies frames (see the app's `map_view` module) and the
//! export serialises what the view drew, so the screen and the downloaded map come from the same frame.

use crate::geo;
use crate::model::{EventId, Lang, Place, PointId, PowerId, RegionId};
use crate::timeline::{Atlas, Selection};
use std::sync::OnceLock;

/// One region on the map, in the order of [`geo::REGIONS`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RegionFrame {
    /// The controlling power (none when the record has nobody).
    pub controller: Option<PowerId>,
    /// The status id (`occupied`, `puppet`…; "" when nobody).
    pub status: &'static str,
    /// The first power claiming the region without holding it.
    pub claimant: Option<PowerId>,
    /// Whether it changed hands during the selected year.
    pub changed: bool,
    /// Whether the selected event happened here (or the quiz asks about it).
    pub highlighted: bool,
    /// Classroom: whether another power held it at the compared date (see [`Frame::compared_with`]).
    pub compared: bool,
}

/// What a region's shape on the map carries, as the view writes it: its class (the marks the stylesheet draws),
/// and the `data-controller` / `data-claimant` / `data-status` / `data-changed` attributes (`None`: absent). The
/// claimant's colour comes from the palette stylesheet by `data-claimant` (no `style` attribute: the page runs
/// under a Content Security Policy without `'unsafe-inline'`).
/// The view writes only what differs from the last step's (`RegionFrame::marks` of the last frame).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RegionMarks<'a> {
    pub class: String,
    pub claimant: Option<&'a str>,
    pub controller: Option<&'a str>,
    pub status: Option<&'static str>,
    pub changed: Option<&'static str>,
}

impl RegionFrame {
    /// The region's marks on the map. `masked`: a quiz question waits for its answer, and nothing may say who held
    /// what; `focused`: the reader's pointer or keyboard is on it.
    pub fn marks<'a>(&self, atlas: &'a Atlas, masked: bool, focused: bool) -> RegionMarks<'a> {
        let mut class = String::from(if masked { "region region--masked" } else { "region" });
        for (on, mark) in [
            (self.claimant.is_some() && !masked, " region--claimed"),
            (self.changed && !masked, " region--changed"),
            (self.compared, " region--compared"),
            (self.highlighted, " region--highlighted"),
            (focused, " region--focused"),
        ] {
            if on {
                class.push_str(mark);
            }
        }
        RegionMarks {
            class,
            claimant: self.claimant.filter(|_| !masked).map(|p| atlas.power_key(Some(p))),
            controller: (!masked).then(|| atlas.power_key(self.controller)),
            status: (!masked).then_some(self.status),
            changed: self.compared.then_some("true"),
        }
    }
}

/// One place (a point of the data), in the order of [`Atlas::points`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PlaceFrame<'a> {
    /// Its name at the date, in the language.
    pub name: &'a str,
    /// Whether an event of the selected year happened here (drawn with a ring; non-city places only then).
    pub event: bool,
    /// Whether the selected event happened here.
    pub selected: bool,
}

/// Everything the map shows at one date, in one language, with one event selected (or none).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Frame<'a> {
    pub regions: Vec<RegionFrame>,
    pub places: Vec<PlaceFrame<'a>>,
    /// The 50th parallel on Sakhalin: drawn while the two halves have different controllers.
    pub line_50n: bool,
    /// The 38th parallel in Korea: drawn while the two halves have different controllers.
    pub line_38: bool,
}

/// The shapes (indices into [`geo::REGIONS`]) whose controllers decide the dividing lines: North and South
/// Sakhalin (the 50th parallel), North and South Korea (the 38th). Found once.
fn dividing_shapes() -> [[Option<usize>; 2]; 2] {
    static SHAPES: OnceLock<[[Option<usize>; 2]; 2]> = OnceLock::new();
    *SHAPES.get_or_init(|| {
        [["north-sakhalin", "south-sakhalin"], ["korea-north", "korea-south"]]
            .map(|pair| pair.map(|id| geo::REGIONS.iter().position(|r| r.id == id)))
    })
}

impl<'a> Frame<'a> {
    /// The frame of `selection` (the state at its day, the changes and events of its year), in `lang`, with the
    /// event `selected` lit up.
    pub fn at(atlas: &'a Atlas, selection: Selection, selected: Option<EventId>, lang: Lang) -> Frame<'a> {
        let day = selection.state_day();
        let year = selection.year();
        let changes = atlas.changes_in_year(year);
        let selected_places: &[Place] = selected.map_or(&[], |id| &atlas.event(id).places);
        let shapes = atlas.shape_regions();
        let regions = (0..geo::REGIONS.len())
            .map(|i| {
                let Some(region) = shapes.get(i).copied().flatten() else { return RegionFrame::default() };
                let control = atlas.control_at(region, day);
                RegionFrame {
                    controller: control.map(|p| p.power),
                    status: control.map_or("", |p| p.status.id()),
                    claimant: atlas.claims_at(region, day).first().map(|c| c.power),
                    changed: changes.iter().any(|c| c.id == region),
                    highlighted: selected_places.contains(&Place::Region(region)),
                    compared: false,
                }
            })
            .collect::<Vec<_>>();
        let events = atlas.events_in_year(year);
        let places = (0..atlas.points.len())
            .filter_map(PointId::new)
            .map(|id| {
                let place = Place::Point(id);
                PlaceFrame {
                    name: atlas.point(id).name_at(day).get(lang),
                    event: events.iter().any(|e| e.places.contains(&place)),
                    selected: selected_places.contains(&place),
                }
            })
            .collect();
        let controller = |shape: Option<usize>| shape.and_then(|i| regions.get(i)).map(|r| r.controller);
        let [line_50n, line_38] = dividing_shapes().map(|[a, b]| controller(a) != controller(b));
        Frame { regions, places, line_50n, line_38 }
    }

    /// Classroom: the frame compared with the state at `other`: the regions held by another power then are marked
    /// `compared`, and "changed this year" gives way to the comparison.
    pub fn compared_with(mut self, atlas: &Atlas, selection: Selection, other: Option<Selection>) -> Frame<'a> {
        if let Some(other) = other {
            let (now, then) = (selection.state_day(), other.state_day());
            for (&region, r) in atlas.shape_regions().iter().zip(self.regions.iter_mut()) {
                r.changed = false;
                r.compared = region.is_some_and(|region| atlas.controller_differs(region, then, now));
            }
        }
        self
    }

    /// Mark one more region as highlighted (the region a quiz question asks about).
    pub fn highlight(mut self, atlas: &Atlas, region: Option<RegionId>) -> Frame<'a> {
        if let Some(region) = region {
            for (&shape, r) in atlas.shape_regions().iter().zip(self.regions.iter_mut()) {
                r.highlighted |= shape == Some(region);
            }
        }
        self
    }

    /// The region frame of a region id.
    pub fn region(&self, id: &str) -> Option<&RegionFrame> {
        geo::REGIONS.iter().position(|r| r.id == id).and_then(|i| self.regions.get(i))
    }

    /// The powers on the map, in the order of the power list, each once.
    pub fn powers_shown(&self, atlas: &Atlas) -> Vec<bool> {
        atlas.power_ids().map(|p| self.regions.iter().any(|r| r.controller == Some(p))).collect()
    }
}
