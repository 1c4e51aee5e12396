//! The SVG map. Path data is static (generated once, see `tools/geo`); a date change only changes classes,
//! `data-*` attributes and label text. Regions are filled by controller (`.power--*`), patterned by status
//! (`.status--*`), dashed when claimed, outlined when they changed hands this year. Zoom and pan (buttons, wheel,
//! drag, pinch) only change the `viewBox`.

use crate::app::{set_if_changed, Ctx};
use crate::platform;
use atlas_core::geo::{self, PROJECTION};
use atlas_core::i18n::{self, Msg};
use atlas_core::num::fixed;
use atlas_core::viewport::Viewport;
use atlas_core::{Lang, Status};
use leptos::prelude::*;
use std::collections::HashMap;
use wasm_bindgen::JsCast;

/// What one region shows at the selected date.
#[derive(Clone, PartialEq, Default)]
struct Shown {
    controller: String,
    status: &'static str,
    claimant: Option<String>,
    changed: bool,
    highlighted: bool,
    /// Classroom: held by another power at the compared date (`Ctx::compare`).
    compared: bool,
}

/// Seas and the Baikal marker: (message, lon, lat).
const SEA_LABELS: [(Msg, f64, f64); 4] = [
    (Msg::SeaOfJapan, 134.5, 40.5),
    (Msg::SeaOfOkhotsk, 148.5, 54.5),
    (Msg::PacificOcean, 150.0, 40.0),
    (Msg::YellowSea, 123.3, 36.3),
];

fn client_to_user(el: &web_sys::Element, vp: &Viewport, cx: f64, cy: f64) -> (f64, f64) {
    let r = el.get_bounding_client_rect();
    // preserveAspectRatio="xMidYMid meet": one scale for both axes, the view centred.
    let scale = (r.width() / vp.w).min(r.height() / vp.h).max(1e-9);
    let ox = r.left() + (r.width() - vp.w * scale) / 2.0;
    let oy = r.top() + (r.height() - vp.h * scale) / 2.0;
    (vp.x + (cx - ox) / scale, vp.y + (cy - oy) / scale)
}

/// Where a region's name goes: its label point, moved in from the map's edge so that the whole (centred) name
/// shows, and moved down a line when a city's dot and name sit on it (Chita on "Transbaikal").
fn label_position(at: [f64; 2], name: &str, wide_glyphs: bool, cities: &[[f64; 2]]) -> [f64; 2] {
    let [x0, _, w, _] = geo::VIEW_BOX;
    // Half the name's width at the labels' 12-unit bold font (CJK glyphs are square, Latin ones about 0.6 wide).
    let half = name.chars().count() as f64 * if wide_glyphs { 6.2 } else { 3.7 } + 4.0;
    let x = at[0].clamp(x0 + half, x0 + w - half);
    let mut y = at[1];
    // A city's dot and name fill about [x - 3, x + 70] by [y - 14, y + 3]; the region's name [x ± half] by
    // [y - 10, y + 2]. On a clash the region's name moves just above or just below the city, whichever is nearer.
    let clash = cities
        .iter()
        .find(|[cx, cy]| *cx - 3.0 < x + half && cx + 70.0 > x - half && *cy - 14.0 < y + 2.0 && cy + 3.0 > y - 10.0);
    if let Some([_, cy]) = clash {
        y = if y - 4.0 >= cy - 5.0 { cy + 14.0 } else { cy - 17.0 };
    }
    [x, y]
}

fn user_per_pixel(el: &web_sys::Element, vp: &Viewport) -> f64 {
    let r = el.get_bounding_client_rect();
    1.0 / (r.width() / vp.w).min(r.height() / vp.h).max(1e-9)
}

#[component]
pub fn MapView() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let atlas = ctx.atlas;
    let full = Viewport::new(geo::VIEW_BOX);
    let viewport = RwSignal::new(full);
    let focused: RwSignal<Option<&'static str>> = RwSignal::new(None);

    // Everything the regions show (in `geo::REGIONS` order), computed once per date / selected event, and written
    // into one signal per region only where it changed: a step re-runs the attribute closures of the regions that
    // changed and nothing else (see `app::derived` for why not a memo).
    let compute = move || {
        let sel = ctx.selection.get();
        let changed: Vec<&str> = atlas.changes_in_year(sel.year()).iter().map(|c| c.region.id.as_str()).collect();
        let event = ctx.event.get();
        let mut places: Vec<String> =
            event.as_deref().and_then(|id| atlas.event(id)).map(|e| e.places.clone()).unwrap_or_default();
        // Classroom: the compared date's outline replaces "changed this year"; the quiz marks the region it asks.
        let compared = ctx.compare.get().map(|c| c.state_day());
        places.extend(ctx.asked_region());
        let state = atlas.state_at(sel.state_day());
        geo::REGIONS
            .iter()
            .map(|shape| {
                let Some(s) = state.iter().find(|s| s.region.id == shape.id) else { return Shown::default() };
                Shown {
                    controller: s.control.map(|p| p.power.clone()).unwrap_or_default(),
                    status: s.control.map_or("", |p| p.status.id()),
                    claimant: s.claims.first().map(|c| c.power.clone()),
                    changed: compared.is_none() && changed.contains(&s.region.id.as_str()),
                    highlighted: places.contains(&s.region.id),
                    compared: compared.is_some_and(|d| atlas.controller_differs(shape.id, d, sel.state_day())),
                }
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
    let region = {
        let shown = shown.clone();
        move |id: &str| geo::REGIONS.iter().position(|r| r.id == id).map(|i| shown[i])
    };

    // What screen readers and tooltips say of each region (its controller, status and since when, in words): read
    // on focus, not mid-drag, so it follows the date once the slider rests (`Ctx::settled`).
    // Classroom: while a quiz question waits for its answer, nothing on the map says who held what.
    let masked = Memo::new(move |_| ctx.masked());
    let labels = Memo::new(move |_| {
        let lang = ctx.lang.get();
        let masked = masked.get();
        atlas
            .state_at(ctx.settled.get().state_day())
            .iter()
            .map(|s| {
                let text =
                    if masked { s.region.name.get(lang).to_string() } else { i18n::describe_region(lang, atlas, s) };
                (s.region.id.clone(), text)
            })
            .collect::<HashMap<String, String>>()
    });

    let regions = geo::REGIONS
        .iter()
        .zip(shown.iter().copied())
        .map(|(shape, mine)| {
            let id = shape.id;
            let get = move || mine.get();
            let label = Memo::new(move |_| labels.with(|m| m.get(id).cloned().unwrap_or_default()));
            let class = move || {
                let s = get();
                let mut c = if masked.get() {
                    "region region--masked".to_string()
                } else {
                    format!("region power--{} status--{}", s.controller, s.status)
                };
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
                if focused.get() == Some(id) {
                    c.push_str(" region--focused");
                }
                c
            };
            let claim_style = move || {
                get().claimant.filter(|_| !masked.get()).map(|p| format!("--claimant: var(--{p})")).unwrap_or_default()
            };
            view! {
                <g
                    class=class
                    style=claim_style
                    data-region=id
                    data-controller=move || (!masked.get()).then(|| get().controller)
                    data-status=move || (!masked.get()).then(|| get().status)
                    data-changed=move || get().compared.then_some("true")
                    tabindex="0"
                    role="button"
                    aria-label=label
                    on:focus=move |_| focused.set(Some(id))
                    on:mouseenter=move |_| focused.set(Some(id))
                    on:click=move |_| focused.set(Some(id))
                >
                    <path class="region__fill" d=shape.d />
                    <path class="region__pattern" d=shape.d />
                    <title>{label}</title>
                </g>
            }
        })
        .collect_view();

    // Cities and places, drawn once: a date change only renames them (the name in use at the date, in the
    // language), shows the year's event places with a ring, and hides event places of other years.
    let selected_places = Memo::new(move |_| {
        ctx.event.get().as_deref().and_then(|id| atlas.event(id)).map(|e| e.places.clone()).unwrap_or_default()
    });
    // Every place's name at the date and whether an event of the year happened there, computed in one effect and
    // written into each place's signals only when they change (a rename like Dalny → Dairen is rare).
    let places_now = move || {
        let sel = ctx.selection.get();
        let day = sel.state_day();
        let lang = ctx.lang.get();
        let events = atlas.events_in_year(sel.year());
        atlas
            .points
            .iter()
            .map(|p| (p.name_at(day).get(lang), events.iter().any(|e| e.places.contains(&p.id))))
            .collect::<Vec<(&'static str, bool)>>()
    };
    let place_signals: Vec<(RwSignal<&'static str>, RwSignal<bool>)> =
        untrack(places_now).into_iter().map(|(n, e)| (RwSignal::new(n), RwSignal::new(e))).collect();
    {
        let place_signals = place_signals.clone();
        Effect::new(move |_| {
            for ((name, event), (n, e)) in place_signals.iter().zip(places_now()) {
                set_if_changed(*name, n);
                set_if_changed(*event, e);
            }
        });
    }
    // Cities drawn on the map (their positions), for keeping region names off them and names off
    // each other.
    let cities: Vec<[f64; 2]> = atlas
        .points
        .iter()
        .filter(|p| p.region.is_some())
        .map(|p| PROJECTION.project(p.lon, p.lat))
        .filter(|xy| geo::in_view(*xy))
        .collect();
    let points = atlas
        .points
        .iter()
        .enumerate()
        .filter_map(|(i, p)| {
            let [x, y] = PROJECTION.project(p.lon, p.lat);
            if !geo::in_view([x, y]) {
                return None;
            }
            let id = p.id.as_str();
            let is_city = p.region.is_some();
            let (name, is_event) = place_signals[i];
            // A name goes to the left of its dot when another city's dot sits where it would run (Port Arthur, just
            // west of Dairen).
            let left = cities.iter().any(|[cx, cy]| *cx > x + 1.0 && *cx - x < 80.0 && (cy - y).abs() < 12.0);
            let is_selected = Memo::new(move |_| selected_places.with(|v| v.iter().any(|q| q == id)));
            Some(view! {
                <g
                    class="place"
                    class:place--event=is_event
                    class:place--selected=is_selected
                    class:place--hidden=move || !is_city && !is_event.get()
                    data-point=id
                    transform=format!("translate({} {})", fixed(x, 1), fixed(y, 1))
                >
                    <circle class="place__ring" r="7" />
                    <circle class="place__dot" r="2.5" />
                    <text class="place__label" class:place__label--left=left x=if left { "-5" } else { "5" } y="-4">
                        {move || name.get()}
                    </text>
                </g>
            })
        })
        .collect_view();

    let sea_labels = move || {
        let lang = ctx.lang.get();
        SEA_LABELS
            .iter()
            .map(|(msg, lon, lat)| {
                let [x, y] = PROJECTION.project(*lon, *lat);
                view! { <text class="sea-label" x=fixed(x, 0).to_string() y=fixed(y, 0).to_string()>{i18n::tr(lang, *msg)}</text> }
            })
            .collect_view()
    };

    // Region names, in the interface language. The small southern Kurils are named in their tooltips only, and a
    // small region whose own cities are on the map (Kwantung: Dairen, Port Arthur) is named by them.
    let region_labels = move || {
        let lang = ctx.lang.get();
        geo::REGIONS
            .iter()
            .filter(|s| s.area_km2 >= 3000.0)
            .filter(|s| s.area_km2 >= 10_000.0 || !atlas.points.iter().any(|p| p.region.as_deref() == Some(s.id)))
            .filter_map(|s| {
                let name = atlas.region(s.id)?.name.get(lang);
                // The map shows the name without its parenthesis: "Kwantung (Port Arthur, Dairen)" -> "Kwantung".
                let short = name.split('（').next().unwrap_or(name);
                let short = if lang == Lang::En { name.split(" (").next().unwrap_or(name) } else { short };
                let [x, y] = label_position(s.label, short, lang == Lang::Zh, &cities);
                Some(view! {
                    <text class="region-label" x=fixed(x, 0).to_string() y=fixed(y, 0).to_string()>
                        {short.to_string()}
                    </text>
                })
            })
            .collect_view()
    };
    let baikal = {
        let [x, y] = PROJECTION.project(110.0, 53.0);
        let x = x.max(geo::VIEW_BOX[0] + 4.0);
        (x, y)
    };

    // The 50° N border exists while the two halves of Sakhalin have different controllers (the 38th parallel, the
    // two Koreas).
    let split = move |a: &str, b: &str| {
        let (a, b) = (region(a), region(b));
        Memo::new(move |_| {
            let c = |r: Option<RwSignal<Shown>>| r.map(|r| r.with(|s| s.controller.clone())).unwrap_or_default();
            c(a) != c(b)
        })
    };
    let split_50n = split("north-sakhalin", "south-sakhalin");
    let split_38 = split("korea-north", "korea-south");

    // Zoom and pan.
    let pointers: StoredValue<Vec<(i32, f64, f64)>> = StoredValue::new(Vec::new());
    let on_wheel = move |ev: leptos::ev::WheelEvent| {
        ev.prevent_default();
        let Some(el) = ev.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
        let vp = viewport.get_untracked();
        let (ux, uy) = client_to_user(&el, &vp, f64::from(ev.client_x()), f64::from(ev.client_y()));
        let factor = (-ev.delta_y() * 0.0015).exp();
        viewport.set(vp.zoom_at(&full, factor, ux, uy));
    };
    let on_pointerdown = move |ev: leptos::ev::PointerEvent| {
        if let Some(el) = ev.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) {
            let _ = el.set_pointer_capture(ev.pointer_id());
        }
        pointers.update_value(|p| {
            p.retain(|(id, _, _)| *id != ev.pointer_id());
            p.push((ev.pointer_id(), f64::from(ev.client_x()), f64::from(ev.client_y())));
        });
    };
    let on_pointermove = move |ev: leptos::ev::PointerEvent| {
        let (x, y) = (f64::from(ev.client_x()), f64::from(ev.client_y()));
        let before = pointers.get_value();
        let Some(i) = before.iter().position(|(id, _, _)| *id == ev.pointer_id()) else { return };
        let Some(el) = ev.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
        let vp = viewport.get_untracked();
        let upp = user_per_pixel(&el, &vp);
        if before.len() == 1 {
            let (_, px, py) = before[0];
            if vp != full {
                viewport.set(vp.pan(&full, -(x - px) * upp, -(y - py) * upp));
            }
        } else if before.len() >= 2 {
            let other = before[if i == 0 { 1 } else { 0 }];
            let (_, px, py) = before[i];
            let d0 = ((px - other.1).powi(2) + (py - other.2).powi(2)).sqrt();
            let d1 = ((x - other.1).powi(2) + (y - other.2).powi(2)).sqrt();
            if d0 > 0.0 {
                let (ux, uy) = client_to_user(&el, &vp, (x + other.1) / 2.0, (y + other.2) / 2.0);
                viewport.set(vp.zoom_at(&full, d1 / d0, ux, uy));
            }
        }
        pointers.update_value(|p| p[i] = (ev.pointer_id(), x, y));
    };
    let on_pointerup = move |ev: leptos::ev::PointerEvent| {
        pointers.update_value(|p| p.retain(|(id, _, _)| *id != ev.pointer_id()));
    };
    let zoomed = move || viewport.get() != full;

    let info = move || {
        let lang = ctx.lang.get();
        match focused.get() {
            Some(id) => labels.with(|m| m.get(id).cloned()).unwrap_or_default(),
            None => i18n::tr(lang, Msg::RegionInfoHint).to_string(),
        }
    };

    view! {
        <h2 id="map-heading" class="panel-heading">{ctx.text(Msg::MapHeading)}</h2>
        <p id="map-description" class="visually-hidden">{ctx.text(Msg::MapDescription)}</p>
        <div class="map" data-testid="map">
            <svg
                class="map__svg"
                class:map__svg--zoomed=zoomed
                data-testid="map-svg"
                viewBox=move || viewport.get().attr()
                preserveAspectRatio="xMidYMid meet"
                style=format!("aspect-ratio: {} / {}", fixed(geo::VIEW_BOX[2], 1), fixed(geo::VIEW_BOX[3], 1))
                role="group"
                aria-labelledby="map-heading"
                aria-describedby="map-description"
                on:wheel=on_wheel
                on:pointerdown=on_pointerdown
                on:pointermove=on_pointermove
                on:pointerup=on_pointerup
                on:pointercancel=on_pointerup
            >
                <defs>
                    <pattern id="pat-occupied" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                        <rect width="2" height="6" class="pat-ink" />
                    </pattern>
                    <pattern id="pat-puppet" width="6" height="6" patternUnits="userSpaceOnUse">
                        <circle cx="3" cy="3" r="1.2" class="pat-ink" />
                    </pattern>
                    <pattern id="pat-leased" width="6" height="6" patternUnits="userSpaceOnUse">
                        <rect width="6" height="1.2" class="pat-ink" />
                        <rect width="1.2" height="6" class="pat-ink" />
                    </pattern>
                    <pattern id="pat-contested" width="8" height="8" patternUnits="userSpaceOnUse">
                        <path d="M0 4 L2 1 L4 4 L6 1 L8 4" class="pat-zigzag" />
                        <path d="M0 8 L2 5 L4 8 L6 5 L8 8" class="pat-zigzag" />
                    </pattern>
                    <pattern id="pat-annexed" width="6" height="6" patternUnits="userSpaceOnUse">
                        <rect width="6" height="1.4" class="pat-ink" />
                    </pattern>
                </defs>
                <rect
                    class="map__sea"
                    x=fixed(geo::VIEW_BOX[0], 1).to_string()
                    y=fixed(geo::VIEW_BOX[1], 1).to_string()
                    width=fixed(geo::VIEW_BOX[2], 1).to_string()
                    height=fixed(geo::VIEW_BOX[3], 1).to_string()
                />
                <path class="map__graticule" d=geo::GRATICULE />
                <path class="map__outside" d=geo::COAST_OUTSIDE />
                <g class="map__regions">{regions}</g>
                <path class="map__lakes" d=geo::LAKES />
                <path class="map__rivers" d=geo::RIVERS />
                <path class="map__line map__line--50n" class:map__line--hidden=move || masked.get() || !split_50n.get() d=geo::LINE_50N />
                <path class="map__line map__line--38" class:map__line--hidden=move || masked.get() || !split_38.get() d=geo::PARALLEL_38 />
                <g class="map__seas" aria-hidden="true">
                    {sea_labels}
                    <text class="sea-label sea-label--edge" x=fixed(baikal.0, 0).to_string() y=fixed(baikal.1, 0).to_string()>
                        {ctx.text(Msg::LakeBaikal)}
                    </text>
                </g>
                <g class="map__region-labels" aria-hidden="true">{region_labels}</g>
                <g class="map__places" aria-hidden="true">{points}</g>
            </svg>
            <div class="map__zoom" role="group" aria-label=ctx.text(Msg::MapHeading)>
                <button type="button" class="map__zoom-button" data-testid="zoom-in" aria-label=ctx.text(Msg::ZoomIn) title=ctx.text(Msg::ZoomIn)
                    on:click=move |_| viewport.update(|v| *v = v.zoom_centre(&full, 2.0))>"+"</button>
                <button type="button" class="map__zoom-button" data-testid="zoom-out" aria-label=ctx.text(Msg::ZoomOut) title=ctx.text(Msg::ZoomOut)
                    on:click=move |_| viewport.update(|v| *v = v.zoom_centre(&full, 0.5))>"−"</button>
                <button type="button" class="map__zoom-button" data-testid="zoom-reset" aria-label=ctx.text(Msg::ZoomReset) title=ctx.text(Msg::ZoomReset)
                    on:click=move |_| viewport.set(full)>"⟲"</button>
            </div>
        </div>
        <p class="map__info" data-testid="map-info" aria-live="polite">{info}</p>
        <Legend shown=shown masked=masked />
        <ExportButtons masked=masked />
    }
}

/// Download the map at the current date, with title, date, legend and attribution, as SVG or PNG.
#[component]
fn ExportButtons(masked: Memo<bool>) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let svg = move || {
        let (sel, compare) = (ctx.selection.get_untracked(), ctx.compare.get_untracked());
        atlas_core::export::map_svg_compared(ctx.atlas, sel, compare, ctx.lang.get_untracked())
    };
    let name =
        move |ext: &str| atlas_core::export::file_name(ctx.selection.get_untracked(), ctx.lang.get_untracked(), ext);
    let on_svg = move |_| platform::download(&name("svg"), "image/svg+xml", &svg());
    let on_png = move |_| {
        let [_, _, w, h] = atlas_core::export::size();
        // Twice the user-space size: crisp on paper and projectors.
        platform::download_png(&name("png"), &svg(), (w * 2.0) as u32, (h * 2.0) as u32);
    };
    view! {
        <div class="export" role="group" aria-label=ctx.text(Msg::ExportLabel) hidden=move || masked.get()>
            <button type="button" class="button" data-testid="export-svg" on:click=on_svg>
                {ctx.text(Msg::ExportSvg)}
            </button>
            <button type="button" class="button" data-testid="export-png" on:click=on_png>
                {ctx.text(Msg::ExportPng)}
            </button>
        </div>
    }
}

/// The legend: the powers on the map at this date, the status patterns, and the outline conventions.
#[component]
fn Legend(shown: Vec<RwSignal<Shown>>, masked: Memo<bool>) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let atlas = ctx.atlas;
    // Every power has its item, built once; those not on the map at the date are hidden. A step that changes the
    // set of powers (a jump from 1917 to 1991 changes most of it) only toggles `hidden`.
    let present = Memo::new(move |_| {
        let controllers: Vec<String> = shown.iter().map(|s| s.with(|s| s.controller.clone())).collect();
        atlas.powers.iter().map(|p| controllers.contains(&p.id)).collect::<Vec<bool>>()
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
        <div class="legend" data-testid="legend" hidden=move || masked.get()>
            <h3 class="legend__heading">{ctx.text(Msg::MapLegend)}</h3>
            <ul class="legend__list" aria-label=ctx.text(Msg::LegendPowers)>{powers}</ul>
            <ul class="legend__list" aria-label=ctx.text(Msg::LegendStatus)>{statuses}</ul>
            <ul class="legend__list legend__list--notes">
                <li class="legend__item legend__item--claim">{ctx.text(Msg::LegendClaim)}</li>
                <li class="legend__item legend__item--changed" hidden=move || ctx.compare.with(Option::is_some)>
                    {ctx.text(Msg::LegendChanged)}
                </li>
                <li class="legend__item legend__item--compared" data-testid="legend-compared" hidden=move || ctx.compare.with(Option::is_none)>
                    {move || ctx.compare.get().map(|c| i18n::compare_legend(ctx.lang.get(), c))}
                </li>
                <li class="legend__item legend__item--event">{ctx.text(Msg::LegendEventPlace)}</li>
            </ul>
        </div>
    }
}
