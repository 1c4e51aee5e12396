//! The region shapes. Path data is static (the page outline's own strings: `platform::ShellPath`); a date change
//! only rewrites the `data-*` (and, when a mark changes, the class) of the regions whose marks changed. What each
//! region carries is a core value (`RegionFrame::marks`, tested against the record).

use super::{gestures, MapState};
use crate::app::{set_if_changed, Ctx};
use crate::platform::{self, ShellPath};
use atlas_core::geo;
use atlas_core::map_keys::{self, Direction};
use atlas_core::viewport::Viewport;
use atlas_core::{RegionFrame, RegionMarks};
use leptos::prelude::*;

/// What a region's marks were made from: its frame, the quiz mask and the focus.
type Made = (RegionFrame, bool, bool);

#[component]
pub fn Regions() -> impl IntoView {
    let map = expect_context::<MapState>();
    let atlas = expect_context::<Ctx>().atlas;
    let made = move |i: usize, r: &RegionFrame| -> Made { (*r, map.masked.get(), map.focused.get() == Some(i)) };
    let first: Vec<(Made, RegionMarks<'static>)> = untrack(|| {
        map.frame.with(|f| {
            f.regions
                .iter()
                .enumerate()
                .map(|(i, r)| {
                    let m = made(i, r);
                    (m, r.marks(atlas, m.1, m.2))
                })
                .collect()
        })
    });
    let nodes: Vec<NodeRef<leptos::svg::G>> = (0..first.len()).map(|_| NodeRef::new()).collect();
    let views = geo::REGIONS
        .iter()
        .zip(&first)
        .zip(nodes.iter().copied())
        .enumerate()
        .map(|(i, ((shape, (_, marks)), node))| {
            let label = Memo::new(move |_| map.description(i));
            view! {
                <g
                    node_ref=node
                    class=marks.class.clone()
                    data-claimant=marks.claimant
                    data-region=shape.id
                    data-controller=marks.controller
                    data-status=marks.status
                    data-changed=marks.changed
                    tabindex=if i == untrack(|| map.active.get()) { "0" } else { "-1" }
                    role="button"
                    aria-label=label
                    aria-controls="map-callout"
                    on:focus=move |_| {
                        map.focused.set(Some(i));
                        set_if_changed(map.active, i);
                        // Open details follow the keyboard.
                        if map.callout.get_untracked().is_some() {
                            set_if_changed(map.callout, Some(i));
                        }
                    }
                    on:mouseenter=move |_| map.focused.set(Some(i))
                    on:click=move |_| {
                        // The end of a drag that panned the map is not a tap on a region.
                        if !gestures::was_drag() {
                            map.focused.set(Some(i));
                            set_if_changed(map.active, i);
                            map.callout.set(Some(i));
                        }
                    }
                    on:keydown=move |ev: leptos::ev::KeyboardEvent| on_region_key(map, i, &ev)
                >
                    <path class="region__fill" d=ShellPath(i) />
                    <path class="region__pattern" d=ShellPath(i) />
                    <title>{label}</title>
                </g>
            }
        })
        .collect_view();
    // After the first marks (written by the view), one effect for all the regions: at each step it remakes the marks
    // of the regions whose frame, mask or focus changed and writes only the attributes that differ
    // (`platform::write_marks`). A step that recolours twenty regions runs one effect, not twenty.
    let shown = StoredValue::new(first);
    let roving = nodes.clone();
    Effect::new(move |_| {
        map.frame.with(|f| {
            shown.update_value(|shown| {
                for (i, (r, (was, marks))) in f.regions.iter().zip(shown.iter_mut()).enumerate() {
                    let now = made(i, r);
                    if now == *was {
                        continue;
                    }
                    let next = r.marks(atlas, now.1, now.2);
                    if let Some(g) = nodes[i].get_untracked() {
                        platform::write_marks(&g, marks, &next);
                    }
                    *was = now;
                    *marks = next;
                }
            })
        })
    });
    // Roving focus: the region that holds the one Tab stop.
    Effect::new(move |last: Option<usize>| {
        let now = map.active.get();
        if let Some(last) = last.filter(|l| *l != now) {
            if let Some(g) = roving.get(last).and_then(|n| n.get_untracked()) {
                let _ = g.set_attribute("tabindex", "-1");
            }
        }
        if let Some(g) = roving.get(now).and_then(|n| n.get_untracked()) {
            let _ = g.set_attribute("tabindex", "0");
        }
        now
    });
    view! { <g class="map__regions">{views}</g> }
}

/// A key on region `i`: an arrow moves to the nearest region that way (and the view follows it when zoomed), Enter
/// or Space shows its details over the map. Shift+arrows are the map's (they pan).
fn on_region_key(map: MapState, i: usize, ev: &leptos::ev::KeyboardEvent) {
    if ev.shift_key() || ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
        return;
    }
    let key = ev.key();
    if let Some(dir) = Direction::of_key(&key) {
        ev.prevent_default();
        ev.stop_propagation();
        if let Some(j) = map_keys::neighbour(i, dir) {
            let full = Viewport::new(geo::VIEW_BOX);
            let [x, y] = geo::REGIONS[j].label;
            map.viewport.update(|v| {
                if *v != full && !(x > v.x && x < v.x + v.w && y > v.y && y < v.y + v.h) {
                    *v = v.pan(&full, x - (v.x + v.w / 2.0), y - (v.y + v.h / 2.0));
                }
            });
            map.active.set(j);
            platform::focus_selector(&format!(".map__regions [data-region=\"{}\"]", geo::REGIONS[j].id));
        }
    } else if key == "Enter" || key == " " {
        ev.prevent_default();
        map.callout.set(if map.callout.get_untracked() == Some(i) { None } else { Some(i) });
    }
}

/// The keyboard's focus and the region whose details show, outlined over every region (a region's own outline is
/// partly under its neighbours): black under white, so that it stands out against every fill and pattern.
#[component]
pub fn FocusRing() -> impl IntoView {
    let map = expect_context::<MapState>();
    let outer = NodeRef::<leptos::svg::Path>::new();
    let inner = NodeRef::<leptos::svg::Path>::new();
    let shape = move || map.callout.get().unwrap_or_else(|| map.active.get());
    Effect::new(move |_| {
        let i = shape();
        for node in [outer, inner] {
            if let Some(el) = node.get() {
                platform::set_shape_path(&el, i);
            }
        }
    });
    view! {
        <g class="map__ring" class:map__ring--on=move || map.callout.get().is_some() aria-hidden="true" data-testid="focus-ring">
            <path node_ref=outer class="map__ring-outer" />
            <path node_ref=inner class="map__ring-inner" />
        </g>
    }
}
