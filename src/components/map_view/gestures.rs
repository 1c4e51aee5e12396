//! Zoom and pan by wheel, drag and pinch. The handlers only read the pointers and the map's box; the arithmetic
//! (`Viewport::wheel`, `drag`, `pinch`) is in the core and tested there.

use super::MapState;
use atlas_core::geo;
use atlas_core::viewport::{Rect, Viewport};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The pointers down on the map: (id, x, y) in CSS px. One map per page, so one list.
static POINTERS: std::sync::Mutex<Vec<(i32, f64, f64)>> = std::sync::Mutex::new(Vec::new());

/// Whether the pointers have moved more than a tap's wobble since the last one went down (a drag or a pinch): the
/// click that ends it is not a tap on a region.
/// Where the first pointer went down.
static DOWN_AT: std::sync::Mutex<(f64, f64)> = std::sync::Mutex::new((0.0, 0.0));

static DRAGGED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// How far (CSS px) a pointer may wobble in a tap.
const TAP_SLOP_PX: f64 = 6.0;

/// Whether the click now ending was the end of a drag.
pub fn was_drag() -> bool {
    DRAGGED.load(std::sync::atomic::Ordering::Relaxed)
}

fn pointers<T>(f: impl FnOnce(&mut Vec<(i32, f64, f64)>) -> T) -> T {
    let mut guard = POINTERS.lock().unwrap_or_else(|e| e.into_inner());
    f(&mut guard)
}

fn rect_of(ev: &web_sys::Event) -> Option<(web_sys::Element, Rect)> {
    let el = ev.current_target()?.dyn_into::<web_sys::Element>().ok()?;
    let r = el.get_bounding_client_rect();
    Some((el, Rect { left: r.left(), top: r.top(), width: r.width(), height: r.height() }))
}

pub fn on_wheel(map: MapState) -> impl Fn(leptos::ev::WheelEvent) + 'static {
    move |ev| {
        ev.prevent_default();
        let Some((_, rect)) = rect_of(&ev) else { return };
        let full = Viewport::new(geo::VIEW_BOX);
        let (x, y) = (f64::from(ev.client_x()), f64::from(ev.client_y()));
        map.viewport.update(|v| *v = v.wheel(&full, &rect, ev.delta_y(), x, y));
    }
}

pub fn on_pointerdown() -> impl Fn(leptos::ev::PointerEvent) + 'static {
    move |ev| {
        // The pointer is captured only once it drags (below): a capture now would send the click of a tap to the
        // map instead of the region tapped.
        pointers(|p| {
            if p.is_empty() {
                DRAGGED.store(false, std::sync::atomic::Ordering::Relaxed);
                *DOWN_AT.lock().unwrap_or_else(|e| e.into_inner()) =
                    (f64::from(ev.client_x()), f64::from(ev.client_y()));
            }
            p.retain(|(id, _, _)| *id != ev.pointer_id());
            p.push((ev.pointer_id(), f64::from(ev.client_x()), f64::from(ev.client_y())));
        });
    }
}

pub fn on_pointermove(map: MapState) -> impl Fn(leptos::ev::PointerEvent) + 'static {
    move |ev| {
        let now = (f64::from(ev.client_x()), f64::from(ev.client_y()));
        let before = pointers(|p| p.clone());
        let Some(i) = before.iter().position(|(id, _, _)| *id == ev.pointer_id()) else { return };
        let Some((_, rect)) = rect_of(&ev) else { return };
        let full = Viewport::new(geo::VIEW_BOX);
        let (_, px, py) = before[i];
        let (dx0, dy0) = *DOWN_AT.lock().unwrap_or_else(|e| e.into_inner());
        if !was_drag() && (before.len() > 1 || (now.0 - dx0).hypot(now.1 - dy0) > TAP_SLOP_PX) {
            DRAGGED.store(true, std::sync::atomic::Ordering::Relaxed);
            // A drag follows the pointer even off the map.
            if let Some((el, _)) = rect_of(&ev) {
                for (id, _, _) in &before {
                    let _ = el.set_pointer_capture(*id);
                }
            }
        }
        let vp = map.viewport.get_untracked();
        let next = match before.len() {
            // The whole map does not pan.
            1 if vp == full => vp,
            1 => vp.drag(&full, &rect, [px, py], [now.0, now.1]),
            _ => {
                let (_, ox, oy) = before[if i == 0 { 1 } else { 0 }];
                vp.pinch(&full, &rect, [px, py], [now.0, now.1], [ox, oy])
            }
        };
        if next != vp {
            map.viewport.set(next);
        }
        pointers(|p| {
            if let Some(slot) = p.get_mut(i) {
                *slot = (ev.pointer_id(), now.0, now.1);
            }
        });
    }
}

pub fn on_pointerup() -> impl Fn(leptos::ev::PointerEvent) + 'static {
    move |ev| pointers(|p| p.retain(|(id, _, _)| *id != ev.pointer_id()))
}
