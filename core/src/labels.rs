//! Where the map's names go: seas, regions and places, placed so that no two overlap, none covers a city's dot
//! and none is cut by the map's edge, at the size the map is drawn.
//!
//! The text size is set in screen pixels (at least 11 px for places and 12 px for regions once the map is 640 px
//! wide or more, a little smaller on a phone) and turned into map units with the map's scale, so a small map shows
//! fewer names rather than names too small to read. Names are placed greedily in order of importance (seas, large
//! regions, the places of the year's events, cities), each at the first of a few candidate
//! positions that is free; a name with no free position is left out (the status table and the tooltips still
//! name everything). Text widths are estimated from the characters (CJK glyphs one em, Latin ones narrower, a
//! margin for the white halo), on the generous side, and checked in a browser by the end-to-end tests.

use crate::frame::Frame;
use crate::geo;
use crate::i18n::{tr, Msg};
use crate::model::{Lang, RegionId};
use crate::num::fixed;
use crate::timeline::Atlas;

/// The kinds of name, each with its own style (the CSS class `{kind}-label`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Sea,
    Region,
    Place,
}

impl Kind {
    /// The CSS class of the `<text>`.
    pub fn class(self) -> &'static str {
        match self {
            Kind::Sea => "sea-label",
            Kind::Region => "region-label",
            Kind::Place => "place__label",
        }
    }
}

/// How a name is anchored on its point (SVG `text-anchor`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

/// One placed name.
#[derive(Clone, Debug, PartialEq)]
pub struct Label {
    pub kind: Kind,
    pub text: String,
    /// Baseline point, map units.
    pub x: f64,
    pub y: f64,
    pub anchor: Anchor,
    /// Font size, map units.
    pub size: f64,
    /// The place or region it names (empty for seas).
    pub of: String,
}

impl Label {
    /// The box the text covers (with its halo), map units: [left, top, right, bottom].
    pub fn bounds(&self) -> [f64; 4] {
        let w = text_width(&self.text, self.kind) * self.size;
        let pad = 0.12 * self.size;
        let left = match self.anchor {
            Anchor::Start => self.x,
            Anchor::Middle => self.x - w / 2.0,
            Anchor::End => self.x - w,
        };
        [left - pad, self.y - 0.92 * self.size - pad, left + w + pad, self.y + 0.26 * self.size + pad]
    }
}

/// Screen sizes of the names (CSS px) for a map drawn `width_px` wide: (seas, regions, places).
pub fn sizes_px(width_px: f64) -> (f64, f64, f64) {
    if width_px >= 640.0 {
        (13.0, 12.5, 11.0)
    } else if width_px >= 480.0 {
        (11.5, 11.0, 10.0)
    } else {
        (10.5, 10.0, 9.5)
    }
}

/// Estimated width of `text`, in ems, for a style.
pub fn text_width(text: &str, kind: Kind) -> f64 {
    let bold = if kind == Kind::Region { 1.1 } else { 1.0 };
    let italic = if kind == Kind::Sea { 1.02 } else { 1.0 };
    text.chars()
        .map(|c| match c {
            c if c as u32 >= 0x2E80 => 1.0,
            ' ' => 0.32,
            'i' | 'l' | 'j' | 'I' | '.' | ',' | '\'' | '’' | '(' | ')' | '-' | ':' => 0.34,
            'm' | 'w' | 'M' | 'W' => 0.92,
            c if c.is_ascii_uppercase() => 0.74,
            _ => 0.62,
        })
        .sum::<f64>()
        * bold
        * italic
}

/// Seas: (message, label point, projected by the map generator).
pub const SEAS: [(Msg, [f64; 2]); 4] = [
    (Msg::SeaOfJapan, geo::SEA_OF_JAPAN),
    (Msg::SeaOfOkhotsk, geo::SEA_OF_OKHOTSK),
    (Msg::PacificOcean, geo::PACIFIC_OCEAN),
    (Msg::YellowSea, geo::YELLOW_SEA),
];

/// The room the zoom buttons take in the map's bottom-right corner, CSS px (width, height): see `.map__zoom`.
pub const ZOOM_BUTTONS_PX: [f64; 2] = [52.0, 140.0];

/// The size of a pan button (at the middle of each edge of a zoomed map), CSS px, with its margin: see `.map__pan`.
pub const PAN_BUTTON_PX: f64 = 40.0;

/// Regions smaller than this (km²) are named in their tooltips only.
const MIN_NAMED_KM2: f64 = 3000.0;

/// The short name a region shows on the map: without its parenthesis ("Kwantung (Port Arthur, Dairen)").
pub fn short_region_name(name: &str) -> &str {
    let name = name.split('（').next().unwrap_or(name);
    name.split(" (").next().unwrap_or(name).trim()
}

fn overlaps(a: &[f64; 4], b: &[f64; 4]) -> bool {
    a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]
}

fn inside(a: &[f64; 4], view: &[f64; 4]) -> bool {
    a[0] >= view[0] && a[1] >= view[1] && a[2] <= view[0] + view[2] && a[3] <= view[1] + view[3]
}

/// Place the map's names for `frame`, in `lang`, for a map drawn `width_px` CSS pixels wide at its full view.
pub fn layout(atlas: &Atlas, frame: &Frame, lang: Lang, width_px: f64) -> Vec<Label> {
    layout_in(atlas, frame, lang, geo::VIEW_BOX, width_px, false)
}

/// Place the names for the part of the map in `view` (a view box, map units: x, y, w, h), drawn `width_px` CSS
/// pixels wide. The names keep their screen size whatever the zoom: a zoomed view has room for more of them, so a
/// region too small to be named on the whole map (Kunashiri, Shikotan, the Habomais) is named once it is large
/// enough on screen, and every region is named at some zoom. `pan_buttons`: the pan buttons at the middle of each
/// edge (shown while zoomed) are kept clear too.
pub fn layout_in(
    atlas: &Atlas,
    frame: &Frame,
    lang: Lang,
    view: [f64; 4],
    width_px: f64,
    pan_buttons: bool,
) -> Vec<Label> {
    let full = geo::VIEW_BOX;
    let zoom = (full[2] / view[2].max(1e-9)).max(1.0);
    let units_per_px = view[2] / width_px.max(100.0);
    // The sizes follow the size of the map on screen (a phone's smaller), not the zoom.
    let (sea_px, region_px, place_px) = sizes_px(width_px);
    let (sea, region, place) = (sea_px * units_per_px, region_px * units_per_px, place_px * units_per_px);
    // The dots on the map: the cities, and the places of the year's events (drawn 2.5 map units at the whole map,
    // the same screen size when zoomed).
    let dot = 3.5 * units_per_px.max(1.0 / zoom);
    let in_view = |[x, y]: [f64; 2]| x >= view[0] && x <= view[0] + view[2] && y >= view[1] && y <= view[1] + view[3];
    let dots: Vec<(usize, [f64; 2])> = atlas
        .points
        .iter()
        .enumerate()
        .filter(|(i, p)| p.region.is_some() || frame.places.get(*i).is_some_and(|f| f.event))
        .map(|(i, p)| (i, p.xy))
        .filter(|(_, xy)| geo::in_view(*xy) && in_view(*xy))
        .collect();
    let mut taken: Vec<[f64; 4]> = dots.iter().map(|(_, [x, y])| [x - dot, y - dot, x + dot, y + dot]).collect();
    // The zoom buttons over the map's bottom-right corner (the open Pacific): a column about 52 × 140 px.
    taken.push([
        view[0] + view[2] - ZOOM_BUTTONS_PX[0] * units_per_px,
        view[1] + view[3] - ZOOM_BUTTONS_PX[1] * units_per_px,
        view[0] + view[2],
        view[1] + view[3],
    ]);
    if pan_buttons {
        let b = PAN_BUTTON_PX * units_per_px;
        let (cx, cy) = (view[0] + view[2] / 2.0, view[1] + view[3] / 2.0);
        taken.push([view[0], cy - b / 2.0, view[0] + b, cy + b / 2.0]);
        taken.push([view[0] + view[2] - b, cy - b / 2.0, view[0] + view[2], cy + b / 2.0]);
        taken.push([cx - b / 2.0, view[1], cx + b / 2.0, view[1] + b]);
        taken.push([cx - b / 2.0, view[1] + view[3] - b, cx + b / 2.0, view[1] + view[3]]);
    }
    let mut out: Vec<Label> = Vec::new();
    let try_place = |candidates: &[Label], taken: &mut Vec<[f64; 4]>, out: &mut Vec<Label>| {
        for c in candidates {
            let b = c.bounds();
            if inside(&b, &view) && !taken.iter().any(|t| overlaps(t, &b)) {
                taken.push(b);
                out.push(c.clone());
                return;
            }
        }
    };

    // Seas (and Lake Baikal at the map's left edge).
    for (msg, [x, y]) in SEAS.into_iter().filter(|(_, xy)| in_view(*xy)) {
        let text = tr(lang, msg).to_string();
        let candidates: Vec<Label> = [0.0, -1.2, 1.2]
            .iter()
            .map(|dy| Label {
                kind: Kind::Sea,
                text: text.clone(),
                x,
                y: y + dy * sea,
                anchor: Anchor::Middle,
                size: sea,
                of: String::new(),
            })
            .collect();
        try_place(&candidates, &mut taken, &mut out);
    }
    if in_view(geo::LAKE_BAIKAL) || zoom == 1.0 {
        let [x, y] = geo::LAKE_BAIKAL;
        let c = Label {
            kind: Kind::Sea,
            text: tr(lang, Msg::LakeBaikal).to_string(),
            x: x.max(view[0] + 2.0),
            y,
            anchor: Anchor::Start,
            size: sea * 0.85,
            of: String::new(),
        };
        try_place(&[c], &mut taken, &mut out);
    }

    // Regions, largest first; a small region whose own cities are on the map (Kwantung: Dairen, Port Arthur) is
    // named by them.
    // A region's area on screen grows with the square of the zoom. A region is named when its label point is in
    // view or near it (a quarter of the view's width: the name is then drawn at the edge, over the region's part in
    // view); at the whole map every label point is in view.
    let margin = view[2] * 0.25;
    let near_view = |[x, y]: [f64; 2]| {
        x >= view[0] - margin
            && x <= view[0] + view[2] + margin
            && y >= view[1] - margin
            && y <= view[1] + view[3] + margin
    };
    let on_screen = |s: &geo::RegionShape| s.area_km2 * zoom * zoom;
    let mut shapes: Vec<(&geo::RegionShape, Option<RegionId>)> = geo::REGIONS
        .iter()
        .zip(atlas.shape_regions().iter().copied())
        .filter(|(s, _)| on_screen(s) >= MIN_NAMED_KM2 && near_view(s.label))
        .filter(|(s, r)| on_screen(s) >= 10_000.0 || !atlas.points.iter().any(|p| r.is_some() && p.region == *r))
        .collect();
    shapes.sort_by(|a, b| b.0.area_km2.total_cmp(&a.0.area_km2));
    let region_candidates = |s: &geo::RegionShape, r: Option<RegionId>| -> Vec<Label> {
        let Some(r) = r.map(|r| atlas.region(r)) else { return Vec::new() };
        let text = short_region_name(r.name.get(lang)).to_string();
        let half = text_width(&text, Kind::Region) * region / 2.0 + 0.2 * region;
        if 2.0 * half >= view[2] {
            // Wider than the whole map at this size: not named.
            return Vec::new();
        }
        let x = s.label[0].clamp(view[0] + half, view[0] + view[2] - half);
        let y = s.label[1].clamp(view[1] + region * 1.2, view[1] + view[3] - region * 0.5);
        [(0.0, 0.0), (0.0, 1.1), (0.0, -1.1), (0.0, 2.2), (0.0, -2.2), (-1.0, 0.0), (1.0, 0.0), (0.0, 3.3)]
            .iter()
            .map(|(dx, dy)| Label {
                kind: Kind::Region,
                text: text.clone(),
                x: (x + dx * half).clamp(view[0] + half, view[0] + view[2] - half),
                y: y + dy * region,
                anchor: Anchor::Middle,
                size: region,
                of: s.id.to_string(),
            })
            .collect()
    };
    for &(s, r) in &shapes {
        try_place(&region_candidates(s, r), &mut taken, &mut out);
    }

    // Places: the year's event places first, then the cities.
    let place_candidates = |i: usize, [x, y]: [f64; 2]| -> Vec<Label> {
        let text = frame.places.get(i).map_or("", |p| p.name).to_string();
        // Clear of the place's own dot (and the text's halo).
        let gap = dot + 0.12 * place + 0.5;
        let c = |x: f64, y: f64, anchor| Label {
            kind: Kind::Place,
            text: text.clone(),
            x,
            y,
            anchor,
            size: place,
            of: atlas.points[i].id.clone(),
        };
        vec![
            c(x + gap, y - gap * 0.6, Anchor::Start),
            c(x + gap, y + place * 0.35, Anchor::Start),
            c(x - gap, y - gap * 0.6, Anchor::End),
            c(x - gap, y + place * 0.35, Anchor::End),
            c(x, y - gap - 0.26 * place, Anchor::Middle),
            c(x, y + gap + 0.92 * place, Anchor::Middle),
            c(x + gap * 0.5, y + gap + 0.92 * place, Anchor::Start),
            c(x - gap * 0.5, y + gap + 0.92 * place, Anchor::End),
            c(x + gap * 0.5, y - gap - 0.26 * place, Anchor::Start),
            c(x - gap * 0.5, y - gap - 0.26 * place, Anchor::End),
        ]
    };
    let is_event = |i: usize| frame.places.get(i).is_some_and(|p| p.event);
    for (i, xy) in dots.iter().filter(|(i, _)| is_event(*i)) {
        try_place(&place_candidates(*i, *xy), &mut taken, &mut out);
    }
    for (i, xy) in dots.iter().filter(|(i, _)| !is_event(*i)) {
        try_place(&place_candidates(*i, *xy), &mut taken, &mut out);
    }
    out
}

/// The SVG markup of the names (the map's label layer), escaped.
pub fn markup(labels: &[Label]) -> String {
    let mut out = String::with_capacity(labels.len() * 96);
    for l in labels {
        let anchor = match l.anchor {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        };
        out.push_str("<text class=\"");
        out.push_str(l.kind.class());
        out.push_str("\" x=\"");
        out.push_str(&fixed(l.x, 1).to_string());
        out.push_str("\" y=\"");
        out.push_str(&fixed(l.y, 1).to_string());
        out.push_str("\" text-anchor=\"");
        out.push_str(anchor);
        out.push_str("\" font-size=\"");
        out.push_str(&fixed(l.size, 1).to_string());
        out.push('"');
        if !l.of.is_empty() {
            out.push_str(" data-of=\"");
            crate::html::push_escaped(&mut out, &l.of);
            out.push('"');
        }
        out.push('>');
        crate::html::push_escaped(&mut out, &l.text);
        out.push_str("</text>");
    }
    out
}
