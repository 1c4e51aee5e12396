//! The map's projection and geometry: a Lambert conformal conic projection (the generator's formulas, so points
//! from the data land where the generated shapes are) and the generated region and railway shapes
//! (`geometry_data.rs`, written by `node tools/mapgen/build.mjs`).

#[path = "geometry_data.rs"]
mod data;

pub use data::*;

/// Lambert conformal conic parameters and the affine step into SVG user space (y down).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Projection {
    /// Central meridian, degrees.
    pub lon0: f64,
    /// Cone constant.
    pub n: f64,
    pub f: f64,
    /// Radius at the latitude of origin.
    pub rho0: f64,
    pub scale: f64,
    pub tx: f64,
    pub ty: f64,
}

impl Projection {
    /// Longitude/latitude in degrees to SVG user units. Only the data reader (at build time) and the tests project:
    /// the app gets every position projected already, and carries no trigonometry.
    #[cfg(any(test, feature = "toml"))]
    pub fn project(&self, lon: f64, lat: f64) -> [f64; 2] {
        let t = (std::f64::consts::FRAC_PI_4 + lat.to_radians() / 2.0).tan();
        let rho = self.f / t.powf(self.n);
        let theta = self.n * (lon - self.lon0).to_radians();
        let x = rho * theta.sin();
        let y = self.rho0 - rho * theta.cos();
        [self.tx + self.scale * x, self.ty - self.scale * y]
    }
}

/// One historical region's shape.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RegionShape {
    /// The region id, as in `data/regions.toml`.
    pub id: &'static str,
    /// A point well inside the largest polygon, for a label.
    pub label: [f64; 2],
    /// Area before simplification, km².
    pub area_km2: f64,
}

/// One railway's line (main line and branches), projected.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RailwayShape {
    /// The railway id, as in `data/railways.toml`.
    pub id: &'static str,
    /// SVG path data in user units: one `M … L …` run per line.
    pub d: &'static str,
}

/// The shape of a railway.
pub fn railway_shape(id: &str) -> Option<&'static RailwayShape> {
    RAILWAYS.iter().find(|s| s.id == id)
}

/// Whether a projected point lies inside the view box.
pub fn in_view(p: [f64; 2]) -> bool {
    let [x, y, w, h] = VIEW_BOX;
    p[0] >= x && p[0] <= x + w && p[1] >= y && p[1] <= y + h
}

/// The shape of a region.
pub fn shape(id: &str) -> Option<&'static RegionShape> {
    REGIONS.iter().find(|s| s.id == id)
}

/// The length of each region's path data ([`REGION_PATHS`]), computed by the compiler: the app carries these
/// numbers, not the paths.
pub const REGION_PATH_LENS: [usize; REGIONS.len()] = {
    assert!(REGION_PATHS.len() == REGIONS.len(), "one path per region");
    let mut lens = [0; REGIONS.len()];
    let mut i = 0;
    while i < lens.len() {
        lens[i] = REGION_PATHS[i].len();
        i += 1;
    }
    lens
};

/// Where each region's path data lies in the outline's land path (which is [`REGION_PATHS`] joined, see
/// [`crate::shell`]), as byte ranges in the order of [`REGIONS`]; `None` if a path of `len` bytes cannot be that.
/// (Path data is ASCII: bytes are also UTF-16 units, so the app cuts the browser's own string with these.)
pub fn land_ranges(len: usize) -> Option<Vec<std::ops::Range<usize>>> {
    if len != REGION_PATH_LENS.iter().sum::<usize>() {
        return None;
    }
    let mut start = 0;
    Some(
        REGION_PATH_LENS
            .iter()
            .map(|&n| {
                start += n;
                start - n..start
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rust_projection_matches_the_generator() {
        for ([lon, lat], [x, y]) in SAMPLES {
            let [px, py] = PROJECTION.project(*lon, *lat);
            assert!((px - x).abs() < 0.05 && (py - y).abs() < 0.05, "{lon},{lat}: {px},{py} vs {x},{y}");
        }
    }

    #[test]
    fn the_view_covers_chita_tokyo_okha_and_cape_lopatka() {
        for (name, lon, lat) in
            [("Chita", 113.5, 52.03), ("Tokyo", 139.69, 35.69), ("Okha", 142.95, 53.57), ("Lopatka", 156.65, 50.87)]
        {
            assert!(in_view(PROJECTION.project(lon, lat)), "{name} is outside the view");
        }
    }

    /// The centre of an SVG arc `M x1 y1 A r r 0 large sweep x2 y2` (SVG 1.1, implementation notes F.6.5).
    fn arc_centre([x1, y1]: [f64; 2], r: f64, large: bool, sweep: bool, [x2, y2]: [f64; 2]) -> [f64; 2] {
        let (dx, dy) = ((x1 - x2) / 2.0, (y1 - y2) / 2.0);
        let k = ((r * r - dx * dx - dy * dy) / (dx * dx + dy * dy)).max(0.0).sqrt();
        let k = if large == sweep { -k } else { k };
        [k * dy + (x1 + x2) / 2.0, -k * dx + (y1 + y2) / 2.0]
    }

    #[test]
    fn the_graticule_is_straight_meridians_and_arcs_of_parallels_around_the_cone_apex() {
        let p = PROJECTION;
        let apex = [p.tx, p.ty - p.scale * p.rho0];
        let mut arcs = 0;
        let mut lines = 0;
        for seg in GRATICULE.split('M').filter(|s| !s.is_empty()) {
            let nums: Vec<f64> = seg.split(['A', 'L', ' ']).filter_map(|n| n.parse().ok()).collect();
            if seg.contains('A') {
                let [x1, y1, r, _, _, large, sweep, x2, y2] = nums[..] else { panic!("arc {seg}") };
                let c = arc_centre([x1, y1], r, large == 1.0, sweep == 1.0, [x2, y2]);
                assert!(
                    (c[0] - apex[0]).abs() < 0.5 && (c[1] - apex[1]).abs() < 0.5,
                    "{seg}: centre {c:?}, apex {apex:?}"
                );
                // The parallel's points between the ends lie on the arc.
                let lat = (25..=65).step_by(5).find(|lat| {
                    let [x, y] = p.project(95.0, f64::from(*lat));
                    (x - x1).abs() < 0.1 && (y - y1).abs() < 0.1
                });
                let lat = f64::from(lat.expect("the arc starts on a parallel at 95 E"));
                for lon in [100.0, 135.0, 170.0] {
                    let [x, y] = p.project(lon, lat);
                    let d = ((x - c[0]).powi(2) + (y - c[1]).powi(2)).sqrt();
                    assert!((d - r).abs() < 0.2, "{lon} E {lat} N is {d} from the centre, radius {r}");
                    assert!(y > c[1], "the parallels run below the apex");
                }
                arcs += 1;
            } else {
                let [x1, y1, x2, y2] = nums[..] else { panic!("line {seg}") };
                // A meridian points at the apex.
                let cross = (x2 - x1) * (apex[1] - y1) - (y2 - y1) * (apex[0] - x1);
                let len = ((x2 - x1).powi(2) + (y2 - y1).powi(2)).sqrt();
                assert!((cross / len).abs() < 0.5, "{seg} does not point at the apex");
                lines += 1;
            }
        }
        assert_eq!((lines, arcs), (17, 9), "meridians 95–175 E and parallels 25–65 N, every 5 degrees");
    }

    #[test]
    fn the_label_points_are_where_the_projection_puts_them() {
        for (at, lon, lat) in [
            (SEA_OF_JAPAN, 134.5, 40.5),
            (SEA_OF_OKHOTSK, 148.5, 54.5),
            (PACIFIC_OCEAN, 150.0, 40.0),
            (YELLOW_SEA, 123.3, 36.3),
            (LAKE_BAIKAL, 110.0, 53.0),
        ] {
            let [x, y] = PROJECTION.project(lon, lat);
            assert!((x - at[0]).abs() < 0.06 && (y - at[1]).abs() < 0.06, "{lon},{lat}: {at:?} vs {x},{y}");
        }
    }

    #[test]
    fn every_path_is_well_formed() {
        let paths = REGION_PATHS.iter().copied().chain(RAILWAYS.iter().map(|r| r.d)).chain([
            LINE_50N,
            PARALLEL_38,
            GRATICULE,
            COAST_OUTSIDE,
            LAKES,
            RIVERS,
        ]);
        for d in paths.filter(|d| !d.is_empty()) {
            assert!(d.starts_with('M'), "{}", &d[..d.len().min(20)]);
            assert!(d.chars().all(|c| "MmLlAZz -.0123456789".contains(c)), "bad character in path data");
        }
        for (r, d) in REGIONS.iter().zip(REGION_PATHS) {
            assert!(d.len() > 20, "{} has no shape", r.id);
            assert!(in_view(r.label), "{} label outside the view", r.id);
        }
    }

    /// The regions' path data cut out of the outline's land path as the app cuts it (`platform::read_shell_paths`:
    /// by [`land_ranges`], each piece starting a path); `None` if `land` is not that (a page from another build).
    fn split_land(land: &str) -> Option<Vec<&str>> {
        land_ranges(land.len())?.into_iter().map(|r| land.get(r).filter(|d| d.starts_with('M'))).collect()
    }

    #[test]
    fn the_land_path_splits_back_into_the_regions() {
        let land = REGION_PATHS.concat();
        assert_eq!(split_land(&land).as_deref(), Some(REGION_PATHS));
        // A page from another build: a different length, or the same length cut in the wrong places.
        assert_eq!(split_land(&land[1..]), None);
        assert_eq!(split_land(""), None);
        let shifted = format!("{} {}", &land[1..], &land[..1]);
        assert_eq!(split_land(&shifted), None);
    }
}
