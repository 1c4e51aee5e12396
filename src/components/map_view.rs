//! The SVG map (placeholder until the geometry lands).

use crate::app::Ctx;
use atlas_core::i18n::Msg;
use leptos::prelude::*;

#[component]
pub fn MapView() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    view! {
        <h2 id="map-heading" class="panel-heading">{move || ctx.t(Msg::MapHeading)}</h2>
        <div class="map" data-testid="map"></div>
    }
}
