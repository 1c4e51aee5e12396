//! The iframe snippet a teacher pastes into a class page, and the sizes offered for it.

use crate::timeline::Atlas;
use crate::view_state::ViewState;

/// A size choice for the embed: width (pixels, or `None` for 100 %) and height in pixels; a responsive one also
/// keeps an aspect ratio (width : height), with `height` as the fallback where a host strips the style.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct EmbedSize {
    pub width: Option<u32>,
    pub height: u32,
    pub ratio: Option<(u32, u32)>,
}

pub const SIZES: [EmbedSize; 5] = [
    EmbedSize { width: Some(480), height: 560, ratio: None },
    EmbedSize { width: Some(800), height: 700, ratio: None },
    EmbedSize { width: Some(1200), height: 820, ratio: None },
    EmbedSize { width: None, height: 720, ratio: None },
    EmbedSize { width: None, height: 640, ratio: Some((4, 3)) },
];

/// Escape text for an HTML attribute value in double quotes.
pub fn escape_attr(s: &str) -> String {
    s.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

/// The address of the page without its query or fragment (`https://school.example/history/japan-ussr/`).
pub fn base_url(href: &str) -> &str {
    let end = href.find(['?', '#']).unwrap_or(href.len());
    &href[..end]
}

/// A link to the view (never in embed mode: a shared link opens the full page).
pub fn share_link(atlas: &Atlas, href: &str, view: &ViewState) -> String {
    let view = ViewState { embed: false, ..view.clone() };
    format!("{}{}", base_url(href), view.to_query(atlas))
}

/// The `<iframe>` to paste: the view in embed mode, sized, titled, lazy, allowed full screen. A responsive size is
/// 100 % wide with its aspect ratio in the `style` (hosts that strip styles keep the fixed fallback height).
pub fn iframe_snippet(atlas: &Atlas, href: &str, view: &ViewState, size: EmbedSize, title: &str) -> String {
    let view = ViewState { embed: true, ..view.clone() };
    let src = format!("{}{}", base_url(href), view.to_query(atlas));
    let width = size.width.map_or("100%".to_string(), |w| w.to_string());
    let style = match size.ratio {
        // On a phone-width class page 4:3 is a thumbnail (345 × 259): never shorter than the smallest fixed size,
        // which shows the whole stage.
        Some((w, h)) => format!(
            "border:1px solid #ccc;width:100%;height:auto;aspect-ratio:{w} / {h};min-height:{}px;max-height:95vh",
            SIZES[0].height
        ),
        None => "border:1px solid #ccc;max-width:100%".to_string(),
    };
    format!(
        "<iframe src=\"{}\" width=\"{}\" height=\"{}\" title=\"{}\" loading=\"lazy\" allow=\"fullscreen\" style=\"{}\"></iframe>",
        escape_attr(&src),
        width,
        size.height,
        escape_attr(title),
        style
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Lang;
    use crate::timeline::Selection;

    fn view() -> ViewState {
        ViewState { selection: Selection::Year(1945), ..ViewState::initial(Lang::Zh) }
    }

    #[test]
    fn the_snippet_embeds_this_view_in_embed_mode() {
        let s = iframe_snippet(
            &Atlas::default(),
            "https://school.example/history/japan-ussr/?year=1920#x",
            &view(),
            SIZES[1],
            "A \"map\"",
        );
        assert_eq!(
            s,
            "<iframe src=\"https://school.example/history/japan-ussr/?year=1945&amp;lang=zh&amp;embed=1\" width=\"800\" \
             height=\"700\" title=\"A &quot;map&quot;\" loading=\"lazy\" allow=\"fullscreen\" \
             style=\"border:1px solid #ccc;max-width:100%\"></iframe>"
        );
        assert!(iframe_snippet(&Atlas::default(), "file:///x.html", &view(), SIZES[3], "t").contains("width=\"100%\""));
        let responsive = iframe_snippet(&Atlas::default(), "https://s.example/", &view(), SIZES[4], "t");
        assert!(responsive.contains("width=\"100%\" height=\"640\""), "a fallback height: {responsive}");
        assert!(responsive.contains("aspect-ratio:4 / 3"), "{responsive}");
        assert!(responsive.contains("min-height:560px"), "a phone-width page still shows the stage: {responsive}");
        assert!(!responsive.contains("allowfullscreen"), "allow= alone: hosts warn about both");
    }

    #[test]
    fn a_shared_link_opens_the_full_page() {
        let v = ViewState { embed: true, ..view() };
        assert_eq!(
            share_link(&Atlas::default(), "http://127.0.0.1:8080/?embed=1", &v),
            "http://127.0.0.1:8080/?year=1945&lang=zh"
        );
    }
}
