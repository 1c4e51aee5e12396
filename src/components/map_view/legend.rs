//! The legend: the powers on the map at this date, the status patterns, the railways and the outline conventions.
//! Its lists are markup from the core (`atlas_core::legend_html`), set once per rest of the slider, like the status
//! table below it.

use super::MapState;
use crate::app::Ctx;
use atlas_core::i18n::Msg;
use atlas_core::legend_html;
use leptos::prelude::*;

#[component]
pub fn Legend() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let map = expect_context::<MapState>();
    let atlas = ctx.atlas;
    let lists = Memo::new(move |_| {
        let day = ctx.settled.get().state_day();
        legend_html::legend(atlas, ctx.lang.get(), day, ctx.compare.get(), map.masked.get())
    });
    view! {
        <div class="legend" data-testid="legend" hidden=move || map.masked.get()>
            <h2 class="legend__heading" id="legend-heading">{ctx.text(Msg::MapLegend)}</h2>
            <div class="legend__lists" inner_html=move || lists.get()></div>
        </div>
    }
}
