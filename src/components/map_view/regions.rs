//! The region shapes. Path data is static (the page outline's own strings: `platform::ShellPath`); a date change
//! only rewrites the `data-*` (and, when a mark changes, the class) of the regions whose marks changed. What each
//! region carries is a core value (`RegionFrame::marks`, tested against the record).

use super::MapState;
use crate::app::Ctx;
use crate::platform::{self, ShellPath};
use atlas_core::geo;
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
                    style=marks.style.clone()
                    data-region=shape.id
                    data-controller=marks.controller
                    data-status=marks.status
                    data-changed=marks.changed
                    tabindex="0"
                    role="button"
                    aria-label=label
                    on:focus=move |_| map.focused.set(Some(i))
                    on:mouseenter=move |_| map.focused.set(Some(i))
                    on:click=move |_| map.focused.set(Some(i))
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
    view! { <g class="map__regions">{views}</g> }
}
