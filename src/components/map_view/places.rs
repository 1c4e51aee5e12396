//! The dots of the cities and the rings of the year's event places. Drawn once; a date change only toggles the
//! classes of the places whose marker changed. Their names are in the label layer (`atlas_core::labels`).

use super::MapState;
use crate::app::Ctx;
use atlas_core::geo;
use atlas_core::num::fixed;
use leptos::prelude::*;

/// A place's marker: an event of the year happened there, the selected event happened there.
type Marker = (bool, bool);

/// The class of a marker (a city's dot is always drawn; another place only while it has an event).
fn class((event, selected): Marker, is_city: bool) -> String {
    [("place--event", event), ("place--selected", selected), ("place--hidden", !is_city && !event)]
        .iter()
        .filter(|(_, on)| *on)
        .fold(String::from("place"), |class, (name, _)| class + " " + name)
}

#[component]
pub fn Places() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let map = expect_context::<MapState>();
    let marker = |f: &atlas_core::Frame, i: usize| f.places.get(i).map(|p| (p.event, p.selected)).unwrap_or_default();
    // The places drawn (those in view): their index in `Atlas::points`, whether each is a city, its node.
    let drawn: Vec<(usize, bool, NodeRef<leptos::svg::G>)> = ctx
        .atlas
        .points
        .iter()
        .enumerate()
        .filter(|(_, p)| geo::in_view(p.xy))
        .map(|(i, p)| (i, p.region.is_some(), NodeRef::new()))
        .collect();
    let first: Vec<Marker> = map.frame.with_untracked(|f| drawn.iter().map(|&(i, ..)| marker(f, i)).collect());
    let points = drawn
        .iter()
        .zip(&first)
        .map(|(&(i, is_city, node), &shown)| {
            let p = &ctx.atlas.points[i];
            let [x, y] = p.xy;
            view! {
                <g
                    node_ref=node
                    class=class(shown, is_city)
                    data-point=p.id.as_str()
                    transform=format!("translate({} {})", fixed(x, 1), fixed(y, 1))
                >
                    <circle class="place__ring" r="7" />
                    <circle class="place__dot" r="2.5" />
                </g>
            }
        })
        .collect_view();
    // One effect for all the places: only the markers that changed are touched.
    let shown = StoredValue::new(first);
    Effect::new(move |_| {
        map.frame.with(|f| {
            shown.update_value(|shown| {
                for (was, &(i, is_city, node)) in shown.iter_mut().zip(&drawn) {
                    let now = marker(f, i);
                    if *was != now {
                        if let Some(g) = node.get_untracked() {
                            let _ = g.set_attribute("class", &class(now, is_city));
                        }
                        *was = now;
                    }
                }
            })
        })
    });
    view! { <g class="map__places" aria-hidden="true">{points}</g> }
}
