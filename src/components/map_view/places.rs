//! The dots of the cities and the rings of the year's event places. Drawn once; a date change only toggles their
//! classes. Their names are in the label layer (`atlas_core::labels`).

use super::MapState;
use crate::app::Ctx;
use atlas_core::geo;
use atlas_core::num::fixed;
use leptos::prelude::*;

#[component]
pub fn Places() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let map = expect_context::<MapState>();
    let points = ctx
        .atlas
        .points
        .iter()
        .zip(map.places.iter().copied())
        .filter_map(|(p, mine)| {
            let [x, y] = p.xy;
            if !geo::in_view([x, y]) {
                return None;
            }
            let is_city = p.region.is_some();
            Some(view! {
                <g
                    class="place"
                    class:place--event=move || mine.get().event
                    class:place--selected=move || mine.get().selected
                    class:place--hidden=move || !is_city && !mine.get().event
                    data-point=p.id.as_str()
                    transform=format!("translate({} {})", fixed(x, 1), fixed(y, 1))
                >
                    <circle class="place__ring" r="7" />
                    <circle class="place__dot" r="2.5" />
                </g>
            })
        })
        .collect_view();
    view! { <g class="map__places" aria-hidden="true">{points}</g> }
}
