//! The region shapes. Path data is static (the page outline's own strings: `platform::ShellPath`); a date change only rewrites the `data-*` (and, when a mark changes,
//! the class) of the regions whose frame changed.

use super::MapState;
use crate::app::Ctx;
use crate::platform::ShellPath;
use atlas_core::geo;
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
            // Who holds it and how are its `data-controller` and `data-status` (the stylesheet colours and patterns
            // it by them): a step that changes a region's holder writes those, and its class only when one of these
            // marks changes.
            let class = move || {
                let s = mine.get();
                let mut c = if masked.get() { "region region--masked" } else { "region" }.to_string();
                if s.claimant.is_some() && !masked.get() {
                    c.push_str(" region--claimed");
                }
                if s.changed && !masked.get() {
                    c.push_str(" region--changed");
                }
                if s.compared {
                    c.push_str(" region--compared");
                }
                if s.highlighted {
                    c.push_str(" region--highlighted");
                }
                if map.focused.get() == Some(i) {
                    c.push_str(" region--focused");
                }
                c
            };
            let claim_style = move || {
                mine.get()
                    .claimant
                    .map(|p| format!("--claimant: var(--power-{})", atlas.power(p).id))
                    .unwrap_or_default()
            };
            view! {
                <g
                    class=class
                    style=claim_style
                    data-region=id
                    data-controller=move || (!masked.get()).then(|| atlas.power_key(mine.get().controller))
                    data-status=move || (!masked.get()).then(|| mine.get().status)
                    data-changed=move || mine.get().compared.then_some("true")
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
