//! The railways as a layer of their own over the regions (the Chinese Eastern and the South Manchuria Railway):
//! each line drawn with a dark casing and the colour of whoever ran it at the selected date, in two-colour dashes
//! for a joint management. The path data is static (generated from the stations, see `tools/mapgen`); a date
//! change only rewrites classes and `data-*` attributes. The legend (`atlas_core::legend_html`) shows the same line
//! style with who ran each line; the status table has the same facts as text rows.

use crate::app::{set_if_changed, Ctx};
use atlas_core::geo;
use atlas_core::i18n;
use atlas_core::{PowerId, RailwayId};
use leptos::prelude::*;

/// What one railway shows at the selected date.
#[derive(Clone, PartialEq, Default)]
struct Shown {
    controller: Option<PowerId>,
    partner: Option<PowerId>,
    status: &'static str,
}

/// The lines, as an SVG `<g>` to place inside the map's `<svg>` after the regions. Each railway is a `<g>` with
/// `data-railway`, `data-controller` (and `data-partner`, `data-status`); it is hidden from screen readers, who
/// read the railways' rows in the status table instead.
#[component]
pub fn MapRailways() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let atlas = ctx.atlas;
    // One signal per railway, written only when its control changes: a slider step re-runs nothing else.
    let railways: &'static [Option<RailwayId>] =
        Box::leak(geo::RAILWAYS.iter().map(|shape| atlas.railway_id(shape.id)).collect());
    let compute = move || {
        let day = ctx.selection.get().state_day();
        railways
            .iter()
            .map(|railway| {
                railway
                    .and_then(|r| atlas.railway_at(r, day))
                    .map(|p| Shown { controller: Some(p.power), partner: p.partner, status: p.status.id() })
                    .unwrap_or_default()
            })
            .collect::<Vec<Shown>>()
    };
    let shown: Vec<RwSignal<Shown>> = untrack(compute).into_iter().map(RwSignal::new).collect();
    {
        let shown = shown.clone();
        Effect::new(move |_| {
            for (signal, now) in shown.iter().zip(compute()) {
                set_if_changed(*signal, now);
            }
        });
    }
    // The tooltip, once the slider rests.
    let titles = Memo::new(move |_| {
        let lang = ctx.lang.get();
        atlas
            .railways_at(ctx.settled.get().state_day())
            .iter()
            .map(|s| (s.railway.id.clone(), i18n::describe_railway(lang, atlas, s)))
            .collect::<Vec<(String, String)>>()
    });

    let lines = geo::RAILWAYS
        .iter()
        .zip(shown)
        .map(|(shape, mine)| {
            let id = shape.id;
            let title = move || {
                titles.with(|t| t.iter().find(|(r, _)| r == id).map(|(_, text)| text.clone()).unwrap_or_default())
            };
            // Classroom: while a quiz question waits for its answer, the lines say nobody's name.
            let masked = move || ctx.masked();
            view! {
                <g
                    class=move || {
                        if masked() {
                            "railway railway--masked".to_string()
                        } else {
                            mine.with(|s| format!("railway power--{} railway--{}", atlas.power_key(s.controller), s.status))
                        }
                    }
                    data-railway=id
                    data-controller=move || (!masked()).then(|| mine.with(|s| atlas.power_key(s.controller)))
                    data-partner=move || (!masked()).then(|| mine.with(|s| atlas.power_key(s.partner)))
                    data-status=move || (!masked()).then(|| mine.with(|s| s.status))
                >
                    <path class="railway__casing" d=shape.d />
                    <path class="railway__line" d=shape.d />
                    <path
                        class=move || {
                            if masked() {
                                "railway__partner".to_string()
                            } else {
                                mine.with(|s| format!("railway__partner power--{}", atlas.power_key(s.partner)))
                            }
                        }
                        class:railway__partner--none=move || mine.with(|s| s.partner.is_none())
                        d=shape.d
                    />
                    <title>{title}</title>
                </g>
            }
        })
        .collect_view();

    view! {
        <g class="map__railways" data-testid="map-railways" aria-hidden="true">
            {lines}
        </g>
    }
}
