//! What the map says where the reader is looking, over the map itself: a tapped (clicked, or Enter on a) region's
//! details, else, where the cards are below the stage, the selected event in short with "Read more". The markup is
//! the core's (`atlas_core::callout`); one click listener handles its buttons.

use super::MapState;
use crate::app::Ctx;
use crate::platform;
use crate::texts::{Load, Texts};
use atlas_core::{callout, geo};
use leptos::prelude::*;

#[component]
pub fn MapCallout() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let map = expect_context::<MapState>();
    let texts = expect_context::<Texts>();
    let atlas = ctx.atlas;
    let region = move || map.callout.get().and_then(|i| atlas.shape_regions().get(i).copied().flatten());
    let event = move || ctx.event.get().filter(|e| map.event_closed.get() != Some(*e));
    let markup = Memo::new(move |_| {
        let lang = ctx.lang.get();
        if let Some(r) = region() {
            return callout::region(atlas, lang, r, ctx.selection.get().state_day(), map.masked.get());
        }
        match event() {
            // The titles come with the language's texts.
            Some(e) if texts.state(lang) == Load::Ready && !map.masked.get() => callout::event(atlas, lang, e, true),
            _ => String::new(),
        }
    });
    // The details sit on the side of the map away from their region, so as not to cover it.
    let side = move || match map.callout.get() {
        Some(i) => {
            let v = map.viewport.get();
            if geo::REGIONS[i].label[0] > v.x + v.w / 2.0 {
                "map__callout map__callout--left"
            } else {
                "map__callout map__callout--right"
            }
        }
        None => "map__callout map__callout--event",
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if platform::clicked_data(&ev, "data-callout-close").is_some() {
            if map.callout.get_untracked().is_some() {
                let i = map.callout.get_untracked();
                map.callout.set(None);
                // Back to the region it described.
                if let Some(i) = i {
                    platform::focus_selector(&format!(".map__regions [data-region=\"{}\"]", geo::REGIONS[i].id));
                }
            } else {
                map.event_closed.set(ctx.event.get_untracked());
            }
        } else if let Some(id) = platform::clicked_data(&ev, "data-read-more") {
            platform::show_card(&id);
        }
    };
    view! {
        <div
            id="map-callout"
            class=side
            class:map__callout--empty=move || markup.with(String::is_empty)
            aria-live="polite"
            on:click=on_click
            inner_html=move || markup.get()
        ></div>
    }
}
