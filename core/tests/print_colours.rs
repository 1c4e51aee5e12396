//! Black-and-white print: the main powers that share the map on some day must print as different greys.
//!
//! Most school printers are black and white, and the downloaded PNG is often printed too. A fill's grey is its
//! lightness (CIE L*, from the sRGB relative luminance): two powers on the map on the same day whose fills are
//! within a few L* units print as the same grey (the Soviet Union and Mongolia did: 54 and 58).

mod common;

use atlas_core::palette::Colour;
use atlas_core::{Day, FIRST_DAY, LAST_DAY};
use common::{atlas, ByKey};

/// The powers a reader tells apart on almost every page of a handout.
const MAIN: [&str; 8] = ["ussr", "soviet-russia", "japan", "mongolia", "roc", "prc", "manchukuo", "us"];

/// The least difference in lightness (L*) between two of them on the map together.
const MARGIN: f64 = 8.0;

fn lightness(c: Colour) -> f64 {
    let lin = |v: u8| {
        let v = f64::from(v) / 255.0;
        if v <= 0.04045 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    let y = 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
    if y > 0.008856 {
        116.0 * y.cbrt() - 16.0
    } else {
        903.3 * y
    }
}

#[test]
fn the_main_powers_print_as_different_greys_whenever_they_share_the_map() {
    let a = atlas();
    let colour = |id: &str| a.power_by(id).unwrap_or_else(|| panic!("{id}")).colour;
    // Which of them hold some region on the same day: every first of the month of the range.
    let mut together = std::collections::BTreeSet::new();
    let mut day: Day = FIRST_DAY;
    while day <= LAST_DAY {
        let held: std::collections::BTreeSet<String> =
            a.state_at(day).iter().filter_map(|s| s.control).map(|p| a.key(p.power)).collect();
        for x in MAIN.iter().filter(|x| held.contains(**x)) {
            for y in MAIN.iter().filter(|y| held.contains(**y) && x < *y) {
                together.insert((x.to_string(), y.to_string()));
            }
        }
        day = day.plus_days(30);
    }
    assert!(together.contains(&("mongolia".to_string(), "ussr".to_string())), "the test reads the map");
    for (x, y) in &together {
        let (lx, ly) = (lightness(colour(x)), lightness(colour(y)));
        assert!((lx - ly).abs() >= MARGIN, "{x} (L* {lx:.1}) and {y} (L* {ly:.1}) print as nearly the same grey");
    }
}
