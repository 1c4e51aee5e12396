//! The page before the code: the map's outline (land, region borders, the graticule) and a note that the timeline
//! is loading, written into `index.html` so that a slow phone paints the map before the wasm arrives. The app
//! removes it in the same task that mounts the stage (no blank frame), and colours the map.
//!
//! Regenerate with `cargo run -p atlas-core --example shell` after the geometry changes; a test fails while
//! `index.html` holds another version.

use crate::geo;
use crate::num::fixed;

/// The markers around the generated part of `index.html`.
pub const BEGIN: &str = "<!-- shell:begin (generated: cargo run -p atlas-core --example shell) -->";
pub const END: &str = "<!-- shell:end -->";

/// The outline of the map: the sea, the graticule and every region's shape in one neutral path. The app takes
/// its region shapes and graticule from here rather than carrying them a second time (about 14 KB brotli).
pub fn outline_svg() -> String {
    let [x, y, w, h] = geo::VIEW_BOX;
    // The app reads its region shapes back out of this path (`geo::land_ranges`): they are not in the wasm.
    let land = geo::REGION_PATHS.concat();
    format!(
        "<svg class=\"map__svg\" data-testid=\"map-outline\" viewBox=\"{x} {y} {w} {h}\" preserveAspectRatio=\"xMidYMid meet\" aria-hidden=\"true\">\
<rect class=\"map__sea\" x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\"/>\
<path class=\"map__graticule\" d=\"{}\"/><path class=\"shell__land\" d=\"{land}\"/></svg>",
        geo::GRATICULE,
        x = fixed(x, 1),
        y = fixed(y, 1),
        w = fixed(w, 1),
        h = fixed(h, 1),
    )
}

/// The whole generated block: a stage like the app's, with the outline where the map goes and a loading note
/// (announced politely) where the slider goes.
pub fn markup() -> String {
    format!(
        "{BEGIN}\n    <div id=\"shell\" class=\"app shell\" aria-busy=\"true\">\
<header class=\"masthead\"><p class=\"masthead__title\">Japan and the Soviet Union, 1917–1991 · 日苏关系地图与年表</p></header>\
<main class=\"page\"><div class=\"stage\"><div class=\"stage__map\"><div class=\"map\">{}</div></div>\
<div class=\"stage__time shell__time\"><p class=\"shell__loading\" role=\"status\">Loading the timeline… · 正在加载时间轴…</p></div>\
</div></main></div>\n    {END}",
        outline_svg()
    )
}

/// `page` with its generated block replaced by the current one (`None` if the markers are missing).
pub fn rewrite(page: &str) -> Option<String> {
    let start = page.find(BEGIN)?;
    let end = page[start..].find(END)? + start + END.len();
    Some(format!("{}{}{}", &page[..start], markup(), &page[end..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_outline_holds_every_region_and_the_graticule() {
        let svg = outline_svg();
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        for (r, d) in geo::REGIONS.iter().zip(geo::REGION_PATHS) {
            assert!(svg.contains(d), "{} is in the outline", r.id);
        }
        assert!(svg.contains(geo::GRATICULE));
        assert!(markup().contains("role=\"status\""), "the loading note is announced");
    }

    #[test]
    fn index_html_holds_the_current_outline() {
        let page = include_str!("../../index.html");
        let current = rewrite(page).expect("index.html has the shell markers");
        assert!(current == page, "index.html's shell is out of date: run `cargo run -p atlas-core --example shell`");
    }
}
