//! Zoom and pan of the map as pure arithmetic on an SVG view box, so that buttons, wheel, drag and pinch all
//! share one tested rule: the view never zooms out past the whole map nor in past [`MAX_ZOOM`], and never pans
//! off the map.
use crate::num::fixed;

/// How far in the map may zoom (the Habomai islets need about 12×).
pub const MAX_ZOOM: f64 = 16.0;

/// A view box: the part of the map's user space that is shown.
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct Viewport {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

impl Viewport {
    pub fn new(b: [f64; 4]) -> Viewport {
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

    /// Keep the view inside the whole map.
    pub fn clamped(&self, full: &Viewport) -> Viewport {
        let w = self.w.min(full.w);
        let h = self.h.min(full.h);
        let x = self.x.clamp(full.x, full.x + full.w - w);
        let y = self.y.clamp(full.y, full.y + full.h - h);
        Viewport { x, y, w, h }
    }
}

/// A rectangle on screen (CSS px): left, top, width, height (an element's bounding box).
pub type ScreenRect = [f64; 4];

impl Viewport {
    /// The scale from user units to CSS pixels of an SVG drawn in `rect` with `preserveAspectRatio="xMidYMid
    /// meet"`: one scale for both axes.
    pub fn scale_in(&self, rect: ScreenRect) -> f64 {
        (rect[2] / self.w).min(rect[3] / self.h).max(1e-9)
    }

    /// The user-space point under the screen point `(px, py)` of an SVG drawn in `rect` (the view centred).
    pub fn screen_to_user(&self, rect: ScreenRect, px: f64, py: f64) -> (f64, f64) {
        let scale = self.scale_in(rect);
        let ox = rect[0] + (rect[2] - self.w * scale) / 2.0;
        let oy = rect[1] + (rect[3] - self.h * scale) / 2.0;
        (self.x + (px - ox) / scale, self.y + (py - oy) / scale)
    }

    /// One pointer of a drag moved by `(dx, dy)` CSS px: the view follows it (only when zoomed in: the whole map
    /// does not pan).
    pub fn dragged(&self, full: &Viewport, rect: ScreenRect, dx: f64, dy: f64) -> Viewport {
        if self == full {
            return *self;
        }
        let upp = 1.0 / self.scale_in(rect);
        self.pan(full, -dx * upp, -dy * upp)
    }

    /// Two pointers: one moved from `before` to `after` while the other stayed at `other` (screen px). The view
    /// zooms by the change of their distance about their midpoint.
    pub fn pinched(
        &self,
        full: &Viewport,
        rect: ScreenRect,
        before: (f64, f64),
        after: (f64, f64),
        other: (f64, f64),
    ) -> Viewport {
        let d0 = (before.0 - other.0).hypot(before.1 - other.1);
        let d1 = (after.0 - other.0).hypot(after.1 - other.1);
        if d0 <= 0.0 {
            return *self;
        }
        let (ux, uy) = self.screen_to_user(rect, (after.0 + other.0) / 2.0, (after.1 + other.1) / 2.0);
        self.zoom_at(full, d1 / d0, ux, uy)
    }

    /// A wheel turn of `delta_y` (pixels, as browsers report it) over the screen point `(px, py)`.
    pub fn wheeled(&self, full: &Viewport, rect: ScreenRect, delta_y: f64, px: f64, py: f64) -> Viewport {
        let (ux, uy) = self.screen_to_user(rect, px, py);
        self.zoom_at(full, (-delta_y * 0.0015).exp(), ux, uy)
    }
}

#[cfg(test)]
mod gesture_tests {
    use super::*;

    const FULL: Viewport = Viewport { x: 0.0, y: 0.0, w: 1000.0, h: 768.8 };

    #[test]
    fn screen_points_map_to_user_space_with_letterboxing() {
        // A 1000 x 500 box: the map (1000 x 768.8) is drawn 650.4 px wide, centred.
        let rect = [10.0, 20.0, 1000.0, 500.0];
        let s = FULL.scale_in(rect);
        assert!((s - 500.0 / 768.8).abs() < 1e-9);
        let (x, y) = FULL.screen_to_user(rect, 10.0 + 500.0, 20.0 + 250.0);
        assert!((x - 500.0).abs() < 1e-6 && (y - 384.4).abs() < 1e-6, "{x} {y}");
    }

    #[test]
    fn the_whole_map_does_not_pan_but_a_zoomed_one_follows_the_pointer() {
        let rect = [0.0, 0.0, 1000.0, 768.8];
        assert_eq!(FULL.dragged(&FULL, rect, 50.0, 0.0), FULL);
        let zoomed = FULL.zoom_centre(&FULL, 2.0);
        let moved = zoomed.dragged(&FULL, rect, 100.0, 0.0);
        assert!((moved.x - (zoomed.x - 50.0)).abs() < 1e-9, "half a unit per pixel at 2x");
    }

    #[test]
    fn pinching_apart_zooms_in_about_the_fingers_and_wheel_down_zooms_out() {
        let rect = [0.0, 0.0, 1000.0, 768.8];
        let v = FULL.pinched(&FULL, rect, (600.0, 400.0), (700.0, 400.0), (500.0, 400.0));
        assert!((v.zoom(&FULL) - 2.0).abs() < 1e-9);
        assert_eq!(FULL.pinched(&FULL, rect, (500.0, 400.0), (600.0, 400.0), (500.0, 400.0)), FULL, "no distance");
        let zoomed = FULL.zoom_centre(&FULL, 4.0);
        assert!(zoomed.wheeled(&FULL, rect, 200.0, 500.0, 384.0).zoom(&FULL) < 4.0);
        assert_eq!(FULL.wheeled(&FULL, rect, 500.0, 500.0, 384.0), FULL, "never past the whole map");
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

    #[test]
    fn panning_stops_at_the_edges() {
        let v = FULL.zoom_centre(&FULL, 4.0);
        let far = v.pan(&FULL, 1e6, -1e6);
        assert_eq!(far.x, FULL.w - v.w);
        assert_eq!(far.y, 0.0);
        assert_eq!(FULL.pan(&FULL, 50.0, 50.0), FULL);
    }
}
