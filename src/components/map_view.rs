//! The SVG map, in parts:
//! - [`MapState`]: the map's state; the core's [`Frame`] of the selected date is computed by one effect and kept in
//!   one signal, which two effects (one for all the regions, one for all the places) turn into attribute writes,
//!   only where something changed (a step runs three effects, not one per region and place);
//! - `regions`: the region shapes (static path data; a date change only changes classes and `data-*`);
//! - `places`: the dots and rings of cities and event places; the names come from `atlas_core::labels` (placed in
//!   the core, for the size the map is drawn at) as one markup string;
//! - `gestures`: zoom and pan (buttons, wheel, drag, pinch), the arithmetic in `atlas_core::viewport`;
//! - `legend` and `export` (the download is the screen's own SVG, serialised).

mod callout;
mod export;
mod gestures;
mod legend;
mod places;
mod regions;

use crate::app::{apply, set_if_changed, Ctx, Rest};
use crate::components::about_map::AboutMap;
use crate::components::map_railways::MapRailways;
use crate::platform;
use atlas_core::geo;
use atlas_core::i18n::{self, Msg};
use atlas_core::labels;
use atlas_core::map_keys::{self, Direction, ViewKey};
use atlas_core::num::fixed;
use atlas_core::status_html;
use atlas_core::viewport::Viewport;
use atlas_core::{Frame, Place};
use leptos::prelude::*;

/// The map's state, shared by its parts (the map on the stage, the legend and the details below it).
#[derive(Clone, Copy)]
pub struct MapState {
    /// What the map shows at every step of the slider: each region (in `geo::REGIONS` order), each place (in
    /// `Atlas::points` order) and the dividing lines.
    pub frame: RwSignal<Frame<'static>>,
    pub line_50n: RwSignal<bool>,
    pub line_38: RwSignal<bool>,
    /// The region shape last hovered, tapped or focused (its index in `geo::REGIONS`; its description shows under
    /// the map).
    pub focused: RwSignal<Option<usize>>,
    pub viewport: RwSignal<Viewport>,
    /// The view the names are placed for: the viewport once it has rested (a wheel or a drag moves it many times a
    /// second; the names follow when it stops, at their screen size).
    pub named_view: RwSignal<Viewport>,
    /// The region whose details show over the map (tapped, clicked, or Enter on it), by its index in `geo::REGIONS`.
    pub callout: RwSignal<Option<usize>>,
    /// The region that takes the map's one Tab stop (roving focus: the arrow keys move it).
    pub active: RwSignal<usize>,
    /// The selected event whose short view over the map the reader closed (it shows again for another event).
    pub event_closed: RwSignal<Option<atlas_core::EventId>>,
    /// The width the whole map is drawn at, CSS px (rounded to 10): the names are sized and placed for it. 0 until
    /// the first layout has measured it (the names wait for it rather than being placed twice while mounting).
    pub width: RwSignal<u32>,
    /// What screen readers and tooltips say of each region (in `geo::REGIONS` order), once the slider rests.
    pub descriptions: Memo<Vec<String>>,
    /// Classroom: while a quiz question waits for its answer, nothing on the map says who held what.
    pub masked: Memo<bool>,
}

impl MapState {
    /// The map's signals, and the one effect that applies the frame of the selected date to them.
    pub fn new(ctx: Ctx) -> MapState {
        let atlas = ctx.atlas;
        let frame = move || {
            let selection = ctx.selection.get();
            Frame::at(atlas, selection, ctx.event.get(), ctx.lang.get())
                .compared_with(atlas, selection, ctx.compare.get())
                .highlight(atlas, ctx.asked_region())
        };
        let first = untrack(frame);
        let line_50n = RwSignal::new(first.line_50n);
        let line_38 = RwSignal::new(first.line_38);
        let frame_signal = RwSignal::new(first);
        Effect::new(move |_| {
            let f = frame();
            apply(&[line_50n, line_38], [f.line_50n, f.line_38]);
            set_if_changed(frame_signal, f);
        });
        let masked = Memo::new(move |_| ctx.masked());
        let descriptions = Memo::new(move |_| {
            let lang = ctx.lang.get();
            let masked = masked.get();
            let day = ctx.settled.get().state_day();
            let states = atlas.state_at(day);
            // The states are in the order of the region list: a shape's region is its index there.
            atlas
                .shape_regions()
                .iter()
                .map(|region| {
                    region
                        .and_then(|r| states.get(r.index()))
                        .map(|s| {
                            if masked {
                                s.region.name.get(lang).to_string()
                            } else {
                                i18n::describe_region(lang, atlas, s)
                            }
                        })
                        .unwrap_or_default()
                })
                .collect()
        });
        MapState {
            frame: frame_signal,
            line_50n,
            line_38,
            focused: RwSignal::new(None),
            viewport: RwSignal::new(Viewport::new(geo::VIEW_BOX)),
            named_view: RwSignal::new(Viewport::new(geo::VIEW_BOX)),
            callout: RwSignal::new(None),
            active: RwSignal::new(0),
            event_closed: RwSignal::new(None),
            width: RwSignal::new(0),
            descriptions,
            masked,
        }
    }

    /// The description of a region shape (by its index in `geo::REGIONS`; empty if there is none).
    pub fn description(&self, shape: usize) -> String {
        self.descriptions.with(|d| d.get(shape).cloned().unwrap_or_default())
    }
}

/// The map on the stage: the SVG and its zoom buttons.
#[component]
pub fn MapView() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let map = expect_context::<MapState>();
    let atlas = ctx.atlas;
    let full = Viewport::new(geo::VIEW_BOX);
    let viewport = map.viewport;
    let svg_ref = NodeRef::<leptos::svg::Svg>::new();
    // The names: placed by the core for the width the map is drawn at, following the date once the slider rests.
    let names = Memo::new(move |_| {
        let width = map.width.get();
        if width == 0 {
            return String::new();
        }
        let lang = ctx.lang.get();
        let frame = Frame::at(atlas, ctx.settled.get(), ctx.event.get(), lang);
        let v = map.named_view.get();
        let zoomed = v != full;
        labels::markup(&labels::layout_in(atlas, &frame, lang, [v.x, v.y, v.w, v.h], f64::from(width), zoomed))
    });
    // The names follow the view once it rests.
    let rest = Rest::new();
    Effect::new(move |_| {
        let v = viewport.get();
        if v == full {
            set_if_changed(map.named_view, v);
        } else {
            rest.then(move || set_if_changed(map.named_view, v));
        }
    });
    // The names are sized for the drawn width: measure it whenever the map's box changes.
    platform::on_resize(svg_ref, move |w, _| {
        let rounded = ((w / 10.0).round() * 10.0).max(100.0) as u32;
        if rounded != map.width.get_untracked() {
            map.width.set(rounded);
        }
    });
    let zoomed = move || viewport.get() != full;
    let zoom_factor = move || fixed(viewport.get().zoom(&full), 3).to_string();
    let pan = move |d: Direction| {
        viewport.update(|v| {
            let [ux, uy] = d.unit();
            *v = v.pan(&full, ux * v.w * map_keys::PAN_STEP, uy * v.h * map_keys::PAN_STEP)
        })
    };
    // The map's keys (with the keyboard anywhere on it): + and − zoom, 0 resets, Shift+arrows pan; the plain arrows
    // move between regions (`regions`), Esc closes the details.
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        if ev.key() == "Escape" && map.callout.get_untracked().is_some() {
            map.callout.set(None);
            ev.prevent_default();
            return;
        }
        let on_region = platform::clicked_data(&ev, "data-region").is_some();
        match ViewKey::of_key(&ev.key(), ev.shift_key()) {
            Some(ViewKey::Zoom(f)) => viewport.update(|v| *v = v.zoom_centre(&full, f)),
            Some(ViewKey::Reset) => viewport.set(full),
            Some(ViewKey::Pan(d)) if on_region || viewport.get_untracked() != full => pan(d),
            _ => return,
        }
        ev.prevent_default();
    };
    let [vx, vy, vw, vh] = geo::VIEW_BOX;
    view! {
        <h2 id="map-heading" class="visually-hidden">{ctx.text(Msg::MapHeading)}</h2>
        <p id="map-description" class="visually-hidden">{ctx.text(Msg::MapDescription)} " " {ctx.text(Msg::MapKeys)}</p>
        <div class="map" data-testid="map" on:keydown=on_keydown>
            <svg
                node_ref=svg_ref
                class="map__svg"
                class:map__svg--zoomed=zoomed
                style:--map-zoom=zoom_factor
                data-testid="map-svg"
                viewBox=move || viewport.get().attr()
                preserveAspectRatio="xMidYMid meet"
                role="group"
                aria-labelledby="map-heading"
                aria-describedby="map-description"
                on:wheel=gestures::on_wheel(map)
                on:pointerdown=gestures::on_pointerdown()
                on:pointermove=gestures::on_pointermove(map)
                on:pointerup=gestures::on_pointerup()
                on:pointercancel=gestures::on_pointerup()
                // A tap anywhere but on a region (the sea, a lake) closes the details. On the map as a whole, not on
                // the sea: a sea that listens for taps is a target of its own, and a phone's touch adjustment then
                // gives a finger on a narrow island (Sakhalin) to the sea around it.
                on:click=move |ev| {
                    if platform::clicked_data(&ev, "data-region").is_none() && !gestures::was_drag() {
                        map.callout.set(None);
                    }
                }
            >
                <defs inner_html=atlas_core::export::PATTERN_DEFS></defs>
                <rect
                    class="map__sea"
                    x=fixed(vx, 1).to_string()
                    y=fixed(vy, 1).to_string()
                    width=fixed(vw, 1).to_string()
                    height=fixed(vh, 1).to_string()
                />
                <path class="map__graticule" d=platform::ShellPath::GRATICULE />
                <path class="map__outside" d=geo::COAST_OUTSIDE />
                <regions::Regions />
                <MapRailways />
                <path class="map__lakes" d=geo::LAKES />
                <path class="map__rivers" d=geo::RIVERS />
                <path class="map__line map__line--50n" class:map__line--hidden=move || map.masked.get() || !map.line_50n.get() d=geo::LINE_50N />
                <path class="map__line map__line--38" class:map__line--hidden=move || map.masked.get() || !map.line_38.get() d=geo::PARALLEL_38 />
                <places::Places />
                <regions::FocusRing />
                <g class="map__labels" aria-hidden="true" inner_html=move || names.get()></g>
            </svg>
            <callout::MapCallout />
            // The pan buttons (while zoomed): markup from the core, one listener.
            <div
                class="map__pan"
                hidden=move || !zoomed()
                inner_html=move || atlas_core::callout::pan_buttons(ctx.lang.get())
                on:click=move |ev| {
                    if let Some(d) = platform::clicked_data(&ev, "data-pan").and_then(|d| Direction::of_key(&d)) {
                        pan(d);
                    }
                }
            ></div>
            <div class="map__zoom" role="group" aria-label=ctx.text(Msg::MapHeading)>
                <button type="button" class="map__zoom-button" data-testid="zoom-in" aria-label=ctx.text(Msg::ZoomIn) title=ctx.text(Msg::ZoomIn)
                    on:click=move |_| viewport.update(|v| *v = v.zoom_centre(&full, 2.0))>"+"</button>
                <button type="button" class="map__zoom-button" data-testid="zoom-out" aria-label=ctx.text(Msg::ZoomOut) title=ctx.text(Msg::ZoomOut)
                    on:click=move |_| viewport.update(|v| *v = v.zoom_centre(&full, 0.5))>"−"</button>
                <button type="button" class="map__zoom-button" data-testid="zoom-reset" aria-label=ctx.text(Msg::ZoomReset) title=ctx.text(Msg::ZoomReset)
                    on:click=move |_| viewport.set(full)>"⟲"</button>
            </div>
        </div>
    }
}

/// Below the stage: the focused region's description, the legend and the download buttons.
#[component]
pub fn MapDetails() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let map = expect_context::<MapState>();
    let info = move || match map.focused.get() {
        Some(shape) => map.description(shape),
        None => i18n::tr(ctx.lang.get(), Msg::RegionInfoHint).to_string(),
    };
    // The focused region's Japanese and Russian names on the day the table shows, each in its own `lang`.
    let local_names = move || {
        let shape = map.focused.get().filter(|_| !map.masked.get());
        let place = shape.and_then(|i| ctx.atlas.shape_regions().get(i).copied().flatten()).map(Place::Region);
        let day = ctx.settled.get().state_day();
        place.map(|p| status_html::local_names(ctx.atlas, ctx.lang.get(), p, day)).unwrap_or_default()
    };
    view! {
        <p class="map__info" data-testid="map-info" aria-live="polite">
            {info}
            <span inner_html=local_names></span>
        </p>
        <legend::Legend />
        <AboutMap />
        <export::ExportButtons />
    }
}
