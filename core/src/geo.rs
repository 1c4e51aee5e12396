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
    /// Longitude/latitude in degrees to SVG user units.
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
    /// SVG path data in user units.
    pub d: &'static str,
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

    #[test]
    fn every_path_is_well_formed() {
        let paths = REGIONS.iter().map(|r| r.d).chain(RAILWAYS.iter().map(|r| r.d)).chain([
            LINE_50N,
            PARALLEL_38,
            GRATICULE,
            COAST_OUTSIDE,
            LAKES,
            RIVERS,
        ]);
        for d in paths.filter(|d| !d.is_empty()) {
            assert!(d.starts_with('M'), "{}", &d[..d.len().min(20)]);
            assert!(d.chars().all(|c| "MmLlZz -.0123456789".contains(c)), "bad character in path data");
        }
        for r in REGIONS {
            assert!(r.d.len() > 20, "{} has no shape", r.id);
            assert!(in_view(r.label), "{} label outside the view", r.id);
        }
    }
}
