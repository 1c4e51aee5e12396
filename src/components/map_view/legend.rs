//! The legend: the powers on the map at this date, the status patterns, and the outline conventions.

use super::MapState;
use crate::app::Ctx;
use crate::components::map_railways::RailwayLegend;
use atlas_core::i18n::{self, Msg};
use atlas_core::Status;
use leptos::prelude::*;

#[component]
pub fn Legend() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let map = expect_context::<MapState>();
    let atlas = ctx.atlas;
    // Every power has its item, built once; those not on the map at the date are hidden. A step that changes the
    // set of powers (a jump from 1917 to 1991 changes most of it) only toggles `hidden`.
    let present = Memo::new(move |_| {
        atlas
            .power_ids()
            .map(|p| map.regions.iter().any(|r| r.with(|r| r.controller == Some(p))))
            .collect::<Vec<bool>>()
    });
    let powers = atlas
        .powers
        .iter()
        .enumerate()
        .map(|(i, p)| {
            view! {
                <li class=format!("legend__item power--{}", p.id) hidden=move || !present.with(|v| v[i])>
                    <span class="swatch" aria-hidden="true"></span>
                    {move || p.name.get(ctx.lang.get())}
                </li>
            }
        })
        .collect_view();
    let statuses = move || {
        let lang = ctx.lang.get();
        Status::ALL
            .iter()
            .map(|s| {
                view! {
                    <li class="legend__item">
                        <svg class="legend__pattern" viewBox="0 0 20 14" aria-hidden="true">
                            <rect class="legend__base" width="20" height="14" />
                            <rect class=format!("legend__overlay status--{}", s.id()) width="20" height="14" />
                        </svg>
                        {i18n::status_name(lang, *s)}
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <div class="legend" data-testid="legend" hidden=move || map.masked.get()>
            <h2 class="legend__heading" id="legend-heading">{ctx.text(Msg::MapLegend)}</h2>
            <ul class="legend__list" aria-label=ctx.text(Msg::LegendPowers)>{powers}</ul>
            <ul class="legend__list" aria-label=ctx.text(Msg::LegendStatus)>{statuses}</ul>
            <RailwayLegend />
            <ul class="legend__list legend__list--notes">
                <li class="legend__item legend__item--claim">{ctx.text(Msg::LegendClaim)}</li>
                <li class="legend__item legend__item--changed" hidden=move || ctx.compare.with(Option::is_some)>
                    {ctx.text(Msg::LegendChanged)}
                </li>
                <li
                    class="legend__item legend__item--compared"
                    data-testid="legend-compared"
                    hidden=move || ctx.compare.with(Option::is_none)
                >
                    {move || ctx.compare.get().map(|c| i18n::compare_legend(ctx.lang.get(), c))}
                </li>
                <li class="legend__item legend__item--event">{ctx.text(Msg::LegendEventPlace)}</li>
            </ul>
        </div>
    }
}
