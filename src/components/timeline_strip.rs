//! Under the slider: a density strip (how many events each year) and the labelled bands of the periods the
//! articles use. Decorative for screen readers (the era is announced in text above the slider); clicking a band
//! selects its first year.

use crate::app::Ctx;
use atlas_core::i18n::Msg;
use atlas_core::num::fixed;
use atlas_core::{Selection, FIRST_YEAR, LAST_YEAR};
use leptos::prelude::*;

/// Left offset (percent of the track) of a year, matching the range input's thumb travel.
pub fn year_percent(year: f64) -> f64 {
    (year - f64::from(FIRST_YEAR)) / f64::from(LAST_YEAR - FIRST_YEAR) * 100.0
}

#[component]
pub fn TimelineStrip() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let atlas = ctx.atlas;
    let density = atlas.density();
    let max = density.iter().copied().max().unwrap_or(1).max(1) as f64;
    let bars = density
        .iter()
        .enumerate()
        .filter(|(_, n)| **n > 0)
        .map(|(i, n)| {
            let year = FIRST_YEAR + i as i32;
            // Positions through the CSSOM (`style:`), not a `style` attribute, which the page's CSP refuses.
            let left = format!("{}%", fixed(year_percent(f64::from(year)), 3));
            let height = format!("{}%", fixed((*n as f64 / max * 100.0).max(15.0), 0));
            view! { <span class="strip__bar" style:left=left style:height=height data-year=year data-count=*n></span> }
        })
        .collect_view();
    let bands = atlas
        .eras
        .iter()
        .enumerate()
        .map(|(i, era)| {
            let first = era.when.first_day();
            let last = era.when.last_day().unwrap_or(first);
            let from = f64::from(first.year()) + f64::from(first.month() - 1) / 12.0;
            let to = f64::from(last.year()) + f64::from(last.month()) / 12.0;
            let left = year_percent(from.max(f64::from(FIRST_YEAR)));
            let right = year_percent(to.min(f64::from(LAST_YEAR) + 0.999));
            let width = format!("{}%", fixed((right - left).max(0.5), 3));
            let left = format!("{}%", fixed(left, 3));
            let start_year = first.year().max(FIRST_YEAR);
            let name = move || era.name.get(ctx.lang.get()).to_string();
            view! {
                <button
                    type="button"
                    tabindex="-1"
                    class=format!("strip__band strip__band--{}", i % 2)
                    class:strip__band--current=move || ctx.era.get().is_some_and(|e| std::ptr::eq(e, era))
                    style:left=left
                    style:width=width
                    title=name
                    data-era=era.id.clone()
                    on:click=move |_| ctx.select(Selection::Year(start_year))
                >
                    <span class="strip__band-label">{name}</span>
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="strip" aria-hidden="true" data-testid="timeline-strip">
            <div class="strip__density" title=ctx.text(Msg::EventsShown)>{bars}</div>
            <div class="strip__bands" title=ctx.text(Msg::ErasLabel)>{bands}</div>
        </div>
    }
}
