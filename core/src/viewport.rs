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

    #[test]
    fn panning_stops_at_the_edges() {
        let v = FULL.zoom_centre(&FULL, 4.0);
        let far = v.pan(&FULL, 1e6, -1e6);
        assert_eq!(far.x, FULL.w - v.w);
        assert_eq!(far.y, 0.0);
        assert_eq!(FULL.pan(&FULL, 50.0, 50.0), FULL);
    }
}
