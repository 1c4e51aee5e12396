//! Zoom and pan of the map as pure arithmetic on an SVG view box, so that buttons, wheel, drag and pinch all
//! share one tested rule: the view never zooms out past the whole map nor in past [`MAX_ZOOM`], and never pans
//! off the map.
use crate::num::fixed;

/// How far in the map may zoom (the Habomai islets need about 12×).
pub const MAX_ZOOM: f64 = 16.0;

/// Zoom per pixel of a wheel's `deltaY`: one notch (100 px) zooms by e^0.15, about 1.16×.
pub const WHEEL_RATE: f64 = 0.0015;

/// Where the map's SVG element lies on the page, in CSS pixels (its bounding client rectangle).
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct Rect {
    pub left: f64,
    pub top: f64,
    pub width: f64,
    pub height: f64,
}

/// A view box: the part of the map's user space that is shown.
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct Viewport {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

impl Viewport {
    pub const fn new(b: [f64; 4]) -> Viewport {
        Viewport { x: b[0], y: b[1], w: b[2], h: b[3] }
    }

    /// The `viewBox` attribute value.
    pub fn attr(&self) -> String {
        format!("{} {} {} {}", fixed(self.x, 2), fixed(self.y, 2), fixed(self.w, 2), fixed(self.h, 2))
    }

    /// The zoom factor relative to `full`.
    pub fn zoom(&self, full: &Viewport) -> f64 {
        full.w / self.w
    }

    /// Zoom by `factor` (> 1 zooms in) keeping the user-space point `(cx, cy)` fixed on screen.
    pub fn zoom_at(&self, full: &Viewport, factor: f64, cx: f64, cy: f64) -> Viewport {
        if !factor.is_finite() || factor <= 0.0 {
            return *self;
        }
        let zoom = (self.zoom(full) * factor).clamp(1.0, MAX_ZOOM);
        let w = full.w / zoom;
        let h = full.h / zoom;
        let fx = (cx - self.x) / self.w;
        let fy = (cy - self.y) / self.h;
        Viewport { x: cx - fx * w, y: cy - fy * h, w, h }.clamped(full)
    }

    /// Zoom about the centre (the buttons).
    pub fn zoom_centre(&self, full: &Viewport, factor: f64) -> Viewport {
        self.zoom_at(full, factor, self.x + self.w / 2.0, self.y + self.h / 2.0)
    }

    /// Move the view by `(dx, dy)` user-space units.
    pub fn pan(&self, full: &Viewport, dx: f64, dy: f64) -> Viewport {
        Viewport { x: self.x + dx, y: self.y + dy, ..*self }.clamped(full)
    }

    /// CSS pixels per user-space unit when the view is drawn in `rect` with `preserveAspectRatio="xMidYMid meet"`:
    /// one scale for both axes, the view centred in the spare room.
    pub fn scale(&self, rect: &Rect) -> f64 {
        (rect.width / self.w).min(rect.height / self.h).max(1e-9)
    }

    /// The user-space point drawn at the client point `(cx, cy)`.
    pub fn client_to_user(&self, rect: &Rect, cx: f64, cy: f64) -> [f64; 2] {
        let scale = self.scale(rect);
        let ox = rect.left + (rect.width - self.w * scale) / 2.0;
        let oy = rect.top + (rect.height - self.h * scale) / 2.0;
        [self.x + (cx - ox) / scale, self.y + (cy - oy) / scale]
    }

    /// A wheel turn of `delta_y` pixels over the client point `(cx, cy)`: up zooms in, the point under the pointer
    /// stays under it.
    pub fn wheel(&self, full: &Viewport, rect: &Rect, delta_y: f64, cx: f64, cy: f64) -> Viewport {
        let [ux, uy] = self.client_to_user(rect, cx, cy);
        self.zoom_at(full, (-delta_y * WHEEL_RATE).exp(), ux, uy)
    }

    /// A drag (mouse or one finger) from client point `from` to `to`: the map moves with the pointer.
    pub fn drag(&self, full: &Viewport, rect: &Rect, from: [f64; 2], to: [f64; 2]) -> Viewport {
        let per_pixel = 1.0 / self.scale(rect);
        self.pan(full, -(to[0] - from[0]) * per_pixel, -(to[1] - from[1]) * per_pixel)
    }

    /// A pinch: one finger moves from client point `from` to `to` while the other rests at `other`. The zoom
    /// follows the distance between the fingers, about the point midway between them.
    pub fn pinch(&self, full: &Viewport, rect: &Rect, from: [f64; 2], to: [f64; 2], other: [f64; 2]) -> Viewport {
        let before = (from[0] - other[0]).hypot(from[1] - other[1]);
        let after = (to[0] - other[0]).hypot(to[1] - other[1]);
        if before <= 0.0 {
            return *self;
        }
        let [ux, uy] = self.client_to_user(rect, (to[0] + other[0]) / 2.0, (to[1] + other[1]) / 2.0);
        self.zoom_at(full, after / before, ux, uy)
    }

    /// Keep the view inside the whole map.
    pub fn clamped(&self, full: &Viewport) -> Viewport {
        let w = self.w.min(full.w);
        let h = self.h.min(full.h);
        let x = self.x.clamp(full.x, full.x + full.w - w);
        let y = self.y.clamp(full.y, full.y + full.h - h);
        Viewport { x, y, w, h }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FULL: Viewport = Viewport { x: 0.0, y: 0.0, w: 1000.0, h: 800.0 };

    #[test]
    fn zooming_keeps_the_pointer_over_the_same_place() {
        let v = FULL.zoom_at(&FULL, 2.0, 800.0, 200.0);
        assert_eq!(v.w, 500.0);
        // (800, 200) was at 80 % / 25 % of the view and still is.
        assert!(((800.0 - v.x) / v.w - 0.8).abs() < 1e-9);
        assert!(((200.0 - v.y) / v.h - 0.25).abs() < 1e-9);
    }

    #[test]
    fn zoom_is_bounded_both_ways() {
        assert_eq!(FULL.zoom_centre(&FULL, 0.5), FULL);
        let deep = (0..20).fold(FULL, |v, _| v.zoom_centre(&FULL, 2.0));
        assert!((deep.zoom(&FULL) - MAX_ZOOM).abs() < 1e-9);
        assert_eq!(FULL.zoom_centre(&FULL, f64::NAN), FULL);
    }

    /// The map drawn in a box twice as tall as it needs: 500 px wide, so 0.5 px per unit, 200 px spare above and below.
    const TALL: Rect = Rect { left: 10.0, top: 20.0, width: 500.0, height: 800.0 };

    fn close(a: [f64; 2], b: [f64; 2]) -> bool {
        (a[0] - b[0]).abs() < 1e-6 && (a[1] - b[1]).abs() < 1e-6
    }

    #[test]
    fn a_client_point_maps_to_the_user_point_drawn_there() {
        assert_eq!(FULL.scale(&TALL), 0.5);
        // The view is centred: its top-left corner is drawn at (10, 20 + 200).
        assert!(close(FULL.client_to_user(&TALL, 10.0, 220.0), [0.0, 0.0]));
        assert!(close(FULL.client_to_user(&TALL, 260.0, 420.0), [500.0, 400.0]));
        assert!(close(FULL.client_to_user(&TALL, 510.0, 620.0), [1000.0, 800.0]));
        // Zoomed in 2× on the right half.
        let v = Viewport { x: 500.0, y: 0.0, w: 500.0, h: 400.0 };
        assert_eq!(v.scale(&TALL), 1.0);
        assert!(close(v.client_to_user(&TALL, 10.0, 220.0), [500.0, 0.0]));
        // A collapsed element (display: none) does not divide by zero.
        let none = Rect { left: 0.0, top: 0.0, width: 0.0, height: 0.0 };
        assert!(FULL.client_to_user(&none, 5.0, 5.0).iter().all(|c| c.is_finite()));
    }

    #[test]
    fn the_wheel_zooms_about_the_pointer() {
        let (cx, cy) = (400.0, 300.0);
        let under = FULL.client_to_user(&TALL, cx, cy);
        let v = FULL.wheel(&FULL, &TALL, -100.0, cx, cy);
        assert!((v.zoom(&FULL) - 0.15_f64.exp()).abs() < 1e-9, "one notch up zooms in by e^0.15");
        assert!(close(v.client_to_user(&TALL, cx, cy), under), "the point under the pointer stays there");
        assert!(v.wheel(&FULL, &TALL, 100.0, cx, cy).zoom(&FULL) < v.zoom(&FULL), "down zooms out");
        assert_eq!(FULL.wheel(&FULL, &TALL, 500.0, cx, cy), FULL, "never out past the whole map");
    }

    #[test]
    fn a_drag_moves_the_map_with_the_pointer() {
        let v = FULL.zoom_centre(&FULL, 4.0);
        let (from, to) = ([300.0, 400.0], [340.0, 380.0]);
        let grabbed = v.client_to_user(&TALL, from[0], from[1]);
        let moved = v.drag(&FULL, &TALL, from, to);
        assert!(close(moved.client_to_user(&TALL, to[0], to[1]), grabbed), "the grabbed point follows the pointer");
        assert_eq!(moved.w, v.w, "a drag does not zoom");
        assert_eq!(FULL.drag(&FULL, &TALL, from, to), FULL, "the whole map does not move");
    }

    #[test]
    fn a_pinch_zooms_with_the_fingers_about_their_midpoint() {
        let other = [200.0, 400.0];
        let (from, to) = ([300.0, 400.0], [400.0, 400.0]);
        let mid = FULL.client_to_user(&TALL, 300.0, 400.0);
        let v = FULL.pinch(&FULL, &TALL, from, to, other);
        assert!((v.zoom(&FULL) - 2.0).abs() < 1e-9, "fingers twice as far apart zoom in 2×");
        assert!(close(v.client_to_user(&TALL, 300.0, 400.0), mid), "about the point between the fingers");
        assert_eq!(v.pinch(&FULL, &TALL, to, from, other).zoom(&FULL), 1.0, "and back out");
        assert_eq!(FULL.pinch(&FULL, &TALL, other, to, other), FULL, "fingers that touched: nothing to scale by");
    }

    #[test]
    fn the_view_box_attribute_is_written_with_two_decimals() {
        assert_eq!(Viewport::new([0.0, 0.0, 1000.0, 768.8]).attr(), "0.00 0.00 1000.00 768.80");
        assert_eq!(Viewport { x: 12.345, y: -0.001, w: 62.5, h: 48.05 }.attr(), "12.35 0.00 62.50 48.05");
    }

    #[test]
    fn panning_stops_at_the_edges() {
        let v = FULL.zoom_centre(&FULL, 4.0);
        let far = v.pan(&FULL, 1e6, -1e6);
        assert_eq!(far.x, FULL.w - v.w);
        assert_eq!(far.y, 0.0);
        assert_eq!(FULL.pan(&FULL, 50.0, 50.0), FULL);
    }
}
