//! The region shapes. Path data is static (the page outline's own strings: `platform::ShellPath`); a date change
//! only rewrites the `data-*` (and, when a mark changes, the class) of the regions whose frame changed. What each
//! region carries is a core value (`RegionFrame::marks`, tested against the record).

use super::MapState;
use crate::app::Ctx;
use crate::platform::{self, ShellPath};
use atlas_core::geo;
use atlas_core::RegionMarks;
use leptos::prelude::*;

#[component]
pub fn Regions() -> impl IntoView {
    let map = expect_context::<MapState>();
    let atlas = expect_context::<Ctx>().atlas;
    let regions = geo::REGIONS
        .iter()
        .zip(map.regions.iter().copied())
        .enumerate()
        .map(|(i, (shape, mine))| {
            let id = shape.id;
            let label = Memo::new(move |_| map.description(i));
            let masked = map.masked;
            let marks = move || mine.get().marks(atlas, masked.get(), map.focused.get() == Some(i));
            // The first marks are written by the view; after that one effect per region writes only the attributes
            // that changed (`platform::write_marks`): a step that recolours twenty regions runs twenty effects, not
            // a hundred attribute closures.
            let first = untrack(marks);
            let node = NodeRef::<leptos::svg::G>::new();
            let mut last = Some(first.clone());
            Effect::new(move |previous: Option<RegionMarks<'static>>| {
                let now = marks();
                if let (Some(before), Some(g)) = (previous.or_else(|| last.take()), node.get_untracked()) {
                    platform::write_marks(&g, &before, &now);
                }
                now
            });
            view! {
                <g
                    node_ref=node
                    class=first.class
                    style=first.style
                    data-region=id
                    data-controller=first.controller
                    data-status=first.status
                    data-changed=first.changed
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
    view! { <g class="map__regions">{regions}</g> }
}
