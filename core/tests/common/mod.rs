//! Lookups by the ids as written in the data files, for the tests: the atlas itself works with typed ids
//! (`RegionId`, `PowerId`, …) and resolves a written id only at its edges.
#![allow(dead_code)]

use std::sync::OnceLock;

use atlas_core::geo::{self, PROJECTION};

use atlas_core::{
    bundled, Atlas, Claim, Day, Event, LangTag, Period, Place, Point, Power, PowerId, Railway, RailwayPeriod, Region,
    RegionId,
};

pub trait ByKey {
    /// Who held the region `region` on `day`.
    fn control(&self, region: &str, day: Day) -> Option<&Period>;
    /// The claims on the region `region` on `day`.
    fn claims(&self, region: &str, day: Day) -> Vec<&Claim>;
    /// The control periods of the region `region` (none for an unknown region).
    fn periods(&self, region: &str) -> Vec<&Period>;
    /// Who ran the railway `railway` on `day`.
    fn railway_control(&self, railway: &str, day: Day) -> Option<&RailwayPeriod>;
    /// The region `id`.
    fn region_by(&self, id: &str) -> Option<&Region>;
    /// The event `id`.
    fn event_by(&self, id: &str) -> Option<&Event>;
    /// The point `id`.
    fn point_by(&self, id: &str) -> Option<&Point>;
    /// The power `id`.
    fn power_by(&self, id: &str) -> Option<&Power>;
    /// The local names of the region or point `id` on `day`.
    fn local_names_by(&self, id: &str, day: Day) -> Vec<(LangTag, &str)>;
    /// The railway `id`.
    fn railway_by(&self, id: &str) -> Option<&Railway>;
    /// A power's id as written.
    fn key(&self, power: PowerId) -> String;
    /// A region's id as written.
    fn region_key(&self, region: RegionId) -> String;
    /// A place's id as written.
    fn place_name(&self, place: Place) -> String;
    /// An event's places, as written.
    fn places_of(&self, event: &Event) -> Vec<String>;
}

impl ByKey for Atlas {
    fn control(&self, region: &str, day: Day) -> Option<&Period> {
        self.region_id(region).and_then(|r| self.control_at(r, day))
    }
    fn claims(&self, region: &str, day: Day) -> Vec<&Claim> {
        self.region_id(region).map(|r| self.claims_at(r, day)).unwrap_or_default()
    }
    fn periods(&self, region: &str) -> Vec<&Period> {
        self.region_id(region).map(|r| self.periods_of(r).collect()).unwrap_or_default()
    }
    fn railway_control(&self, railway: &str, day: Day) -> Option<&RailwayPeriod> {
        self.railway_id(railway).and_then(|r| self.railway_at(r, day))
    }
    fn region_by(&self, id: &str) -> Option<&Region> {
        self.region_id(id).map(|r| self.region(r))
    }
    fn event_by(&self, id: &str) -> Option<&Event> {
        self.event_id(id).map(|e| self.event(e))
    }
    fn point_by(&self, id: &str) -> Option<&Point> {
        self.point_id(id).map(|p| self.point(p))
    }
    fn power_by(&self, id: &str) -> Option<&Power> {
        self.power_id(id).map(|p| self.power(p))
    }
    fn local_names_by(&self, id: &str, day: Day) -> Vec<(LangTag, &str)> {
        self.place_id(id).map(|p| self.local_names_at(p, day)).unwrap_or_default()
    }
    fn railway_by(&self, id: &str) -> Option<&Railway> {
        self.railway_id(id).map(|r| self.railway(r))
    }
    fn key(&self, power: PowerId) -> String {
        self.power(power).id.clone()
    }
    fn region_key(&self, region: RegionId) -> String {
        self.region(region).id.clone()
    }
    fn place_name(&self, place: Place) -> String {
        self.place_key(place).to_string()
    }
    fn places_of(&self, event: &Event) -> Vec<String> {
        event.places.iter().map(|p| self.place_name(*p)).collect()
    }
}

/// The shipped data, validated once for the whole test binary.
pub fn atlas() -> &'static Atlas {
    static ATLAS: OnceLock<Atlas> = OnceLock::new();
    ATLAS.get_or_init(|| match bundled() {
        Ok(atlas) => atlas,
        Err(errors) => {
            let list: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
            panic!("shipped data does not validate:\n{}", list.join("\n"))
        }
    })
}

/// The rings of a region's generated shape, in SVG user units (its path data is `M x y l dx dy … z` per ring).
pub fn shape_rings(region: &str) -> Vec<Vec<(f64, f64)>> {
    let i = geo::REGIONS.iter().position(|s| s.id == region).unwrap_or_else(|| panic!("no shape for {region}"));
    let nums = |t: &str| -> Vec<f64> {
        t.replace('-', " -")
            .split_whitespace()
            .map(|n| n.parse().unwrap_or_else(|_| panic!("bad number {n}")))
            .collect()
    };
    let mut rings = Vec::new();
    for ring_text in geo::REGION_PATHS[i].split('M').filter(|r| !r.is_empty()) {
        let ring_text = ring_text.trim_end_matches('z');
        let (start, steps) = ring_text.split_once('l').unwrap_or((ring_text, ""));
        let s = nums(start);
        let (mut x, mut y) = (s[0], s[1]);
        let mut ring = vec![(x, y)];
        for d in nums(steps).chunks(2) {
            x += d[0];
            y += d[1];
            ring.push((x, y));
        }
        rings.push(ring);
    }
    rings
}

/// Whether a projected point lies inside a region's generated shape (even-odd over all rings of its path data).
pub fn shape_contains(region: &str, lon: f64, lat: f64) -> bool {
    let [px, py] = PROJECTION.project(lon, lat);
    let mut inside = false;
    for ring in shape_rings(region) {
        for i in 0..ring.len() {
            let (xi, yi) = ring[i];
            let (xj, yj) = ring[(i + ring.len() - 1) % ring.len()];
            if (yi > py) != (yj > py) && px < (xj - xi) * (py - yi) / (yj - yi) + xi {
                inside = !inside;
            }
        }
    }
    inside
}

/// How far a projected point lies from a region's generated outline, in SVG user units (0 on it).
pub fn shape_distance(region: &str, lon: f64, lat: f64) -> f64 {
    let [px, py] = PROJECTION.project(lon, lat);
    let mut best = f64::INFINITY;
    for ring in shape_rings(region) {
        for i in 0..ring.len() {
            let (ax, ay) = ring[i];
            let (bx, by) = ring[(i + 1) % ring.len()];
            let (dx, dy) = (bx - ax, by - ay);
            let len2 = dx * dx + dy * dy;
            let t = if len2 == 0.0 { 0.0 } else { (((px - ax) * dx + (py - ay) * dy) / len2).clamp(0.0, 1.0) };
            best = best.min((px - ax - t * dx).hypot(py - ay - t * dy));
        }
    }
    best
}
