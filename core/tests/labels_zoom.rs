//! The map's names when zoomed: they keep their screen size, more of them appear as room appears, and every region
//! and island is named at some zoom (the southern Kurils the dispute is about among them).

mod common;

use atlas_core::geo;
use atlas_core::labels::{self, Kind, Label};
use atlas_core::viewport::Viewport;
use atlas_core::{Frame, Lang, Selection};
use common::atlas;

const WIDTH: f64 = 730.0;

/// The view at `zoom` centred (as far as the map allows) on `[x, y]`.
fn view_on(xy: [f64; 2], zoom: f64) -> [f64; 4] {
    let full = Viewport::new(geo::VIEW_BOX);
    let v = full.zoom_at(&full, zoom, xy[0], xy[1]);
    // Centre on the point, then keep inside the map.
    let v = v.pan(&full, xy[0] - (v.x + v.w / 2.0), xy[1] - (v.y + v.h / 2.0));
    [v.x, v.y, v.w, v.h]
}

fn screen_px(l: &Label, view: [f64; 4], width: f64) -> f64 {
    l.size * width / view[2]
}

fn check_placement(placed: &[Label], view: [f64; 4], what: &str) {
    for (i, l) in placed.iter().enumerate() {
        let b = l.bounds();
        assert!(
            b[0] >= view[0] && b[1] >= view[1] && b[2] <= view[0] + view[2] && b[3] <= view[1] + view[3],
            "{what}: {} is cut by the edge",
            l.text
        );
        for m in &placed[i + 1..] {
            let c = m.bounds();
            assert!(
                !(b[0] < c[2] && c[0] < b[2] && b[1] < c[3] && c[1] < b[3]),
                "{what}: {} overlaps {}",
                l.text,
                m.text
            );
        }
    }
}

#[test]
fn names_keep_their_screen_size_when_zoomed() {
    let a = atlas();
    let frame = Frame::at(a, Selection::Year(1950), None, Lang::En);
    let whole = labels::layout(a, &frame, Lang::En, WIDTH);
    let px = |k: Kind, placed: &[Label], view| {
        placed.iter().find(|l| l.kind == k).map(|l| screen_px(l, view, WIDTH)).unwrap_or_else(|| panic!("{k:?}"))
    };
    for zoom in [2.0, 4.0, 8.0, 16.0] {
        let view = view_on(geo::REGIONS.iter().find(|s| s.id == "south-sakhalin").unwrap().label, zoom);
        let placed = labels::layout_in(a, &frame, Lang::En, view, WIDTH, true);
        assert!(!placed.is_empty(), "names at {zoom}×");
        for k in [Kind::Region, Kind::Place] {
            if placed.iter().any(|l| l.kind == k) {
                let (before, after) = (px(k, &whole, geo::VIEW_BOX), px(k, &placed, view));
                assert!((after / before - 1.0).abs() < 0.01, "{k:?} at {zoom}×: {before} px → {after} px");
            }
        }
        check_placement(&placed, view, &format!("zoom {zoom}"));
    }
}

#[test]
fn the_southern_kurils_are_named_when_zoomed_on_them() {
    // Kunashiri, Shikotan and the Habomais: what Japan has claimed since 1945 and the quiz asks about.
    let a = atlas();
    let shape = |id: &str| geo::REGIONS.iter().find(|s| s.id == id).unwrap_or_else(|| panic!("{id}"));
    let centre = [shape("shikotan").label[0] - 8.0, shape("shikotan").label[1]];
    for lang in [Lang::En, Lang::Zh] {
        for width in [730.0, 375.0] {
            let frame = Frame::at(a, Selection::Year(1950), None, lang);
            let view = view_on(centre, 8.0);
            let placed = labels::layout_in(a, &frame, lang, view, width, true);
            for id in ["kunashiri", "shikotan", "habomai", "etorofu"] {
                assert!(placed.iter().any(|l| l.of == id), "{lang:?} {width}px at 8×: {id} is named");
            }
            check_placement(&placed, view, &format!("{lang:?} {width}px southern Kurils"));
        }
    }
}

#[test]
fn every_region_is_named_at_some_zoom() {
    let a = atlas();
    for lang in [Lang::En, Lang::Zh] {
        let frame = Frame::at(a, Selection::Year(1939), None, lang);
        for (i, s) in geo::REGIONS.iter().enumerate() {
            if a.shape_regions()[i].is_none() {
                continue;
            }
            let named = [1.0, 2.0, 4.0, 8.0, 16.0].iter().any(|&zoom| {
                let view = view_on(s.label, zoom);
                labels::layout_in(a, &frame, lang, view, WIDTH, zoom > 1.0).iter().any(|l| l.of == s.id)
            });
            assert!(named, "{lang:?}: {} is never named", s.id);
        }
    }
}

#[test]
fn zooming_in_adds_names() {
    let a = atlas();
    let frame = Frame::at(a, Selection::Year(1945), None, Lang::En);
    let whole = labels::layout(a, &frame, Lang::En, 375.0);
    let view = view_on([560.0, 330.0], 3.0);
    let zoomed = labels::layout_in(a, &frame, Lang::En, view, 375.0, true);
    let in_view = |l: &Label| l.x >= view[0] && l.x <= view[0] + view[2] && l.y >= view[1] && l.y <= view[1] + view[3];
    let before = whole.iter().filter(|l| in_view(l)).count();
    assert!(zoomed.len() > before, "zoomed on Vladivostok at 3×: {} names, {} before", zoomed.len(), before);
}
