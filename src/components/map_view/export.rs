//! "Download map": the screen's own map, serialised. The live `<svg>` is copied with every element's computed
//! style written inline (so the file needs no stylesheet and looks exactly as the screen does), at the whole
//! map's view, and the core wraps it with the title, the date, the legend and the attribution.

use crate::app::Ctx;
use crate::platform;
use atlas_core::i18n::Msg;
use atlas_core::Frame;
use leptos::prelude::*;

#[component]
pub fn ExportButtons() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let document = move || {
        let (selection, lang) = (ctx.selection.get_untracked(), ctx.lang.get_untracked());
        let map = platform::serialize_with_styles("[data-testid=map-svg]", atlas_core::geo::VIEW_BOX)?;
        let compare = ctx.compare.get_untracked();
        let frame = Frame::at(ctx.atlas, selection, ctx.event.get_untracked(), lang);
        Some(atlas_core::export::document_sized(&map, ctx.atlas, &frame, selection, compare, lang))
    };
    let name =
        move |ext: &str| atlas_core::export::file_name(ctx.selection.get_untracked(), ctx.lang.get_untracked(), ext);
    let on_svg = move |_| {
        if let Some((svg, _)) = document() {
            platform::download(&name("svg"), "image/svg+xml", &svg);
        }
    };
    let on_png = move |_| {
        if let Some((svg, [w, h])) = document() {
            // Twice the user-space size: crisp on paper and projectors.
            platform::download_png(&name("png"), &svg, (w * 2.0) as u32, (h * 2.0) as u32);
        }
    };
    let masked = expect_context::<super::MapState>().masked;
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
