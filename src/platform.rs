//! The few things the app asks of the browser: the URL, the preferred language, the document's language and
//! title, performance marks. Every call tolerates a hostile host (sandboxed iframe, opaque origin): failures are
//! ignored, never panics.

use atlas_core::Lang;
use wasm_bindgen::JsCast;

/// The page's query string (`?year=1945&lang=zh`), or empty.
pub fn query() -> String {
    web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default()
}

/// The visitor's preferred language: Chinese if the browser asks for it, else English.
pub fn preferred_lang() -> Lang {
    web_sys::window().and_then(|w| w.navigator().language()).and_then(|l| Lang::from_code(&l)).unwrap_or_default()
}

/// Replace the query in the address bar without adding a history entry. Sandboxed frames may refuse: ignored.
pub fn replace_query(query: &str) {
    let Some(window) = web_sys::window() else { return };
    let current = window.location().search().unwrap_or_default();
    if current == query {
        return;
    }
    if let Ok(history) = window.history() {
        let path = window.location().pathname().unwrap_or_default();
        let hash = window.location().hash().unwrap_or_default();
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("{path}{query}{hash}")));
    }
}

/// Set `<html lang>` (only when it changes: rewriting it restyles the whole document).
pub fn set_document_lang(lang: Lang) {
    let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) else { return };
    if root.get_attribute("lang").as_deref() != Some(lang.html_tag()) {
        let _ = root.set_attribute("lang", lang.html_tag());
    }
}

/// Set the document title (only when it changes).
pub fn set_document_title(title: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    if document.title() != title {
        document.set_title(title);
    }
}

/// Set `<html lang>` and the document title.
pub fn set_document_lang_and_title(lang: Lang, title: &str) {
    set_document_lang(lang);
    set_document_title(title);
}

/// Add a stylesheet to the page's head (the powers' colours, which come with the data).
pub fn add_style(css: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let (Ok(style), Ok(Some(head))) = (document.create_element("style"), document.query_selector("head")) else {
        return;
    };
    style.set_text_content(Some(css));
    let _ = head.append_child(&style);
}

/// A `performance.mark`, for the benchmark.
pub fn mark(name: &str) {
    if let Some(perf) = web_sys::window().and_then(|w| w.performance()) {
        let _ = perf.mark(name);
    }
}

/// The page's full address.
pub fn href() -> String {
    web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default()
}

/// Select the text of the field with this id and copy it. Returns whether the browser copied it; if not, the text
/// stays selected so the reader can press Ctrl+C. (`execCommand` works in sandboxed frames where the async
/// clipboard API is refused.)
pub fn copy_text(field_id: &str, _text: &str) -> bool {
    use wasm_bindgen::JsCast;
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return false };
    let Some(el) = document.get_element_by_id(field_id) else { return false };
    if let Some(input) = el.dyn_ref::<web_sys::HtmlInputElement>() {
        input.select();
    } else if let Some(area) = el.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        area.select();
    }
    document.dyn_ref::<web_sys::HtmlDocument>().and_then(|d| d.exec_command("copy").ok()).unwrap_or(false)
}

/// Offer `content` as a file download. Hosts that forbid downloads (sandboxed frames) just ignore it.
pub fn download(file_name: &str, mime: &str, content: &str) {
    let Some(url) = object_url(mime, content) else { return };
    click_link(&url, file_name);
    let _ = web_sys::Url::revoke_object_url(&url);
}

fn object_url(mime: &str, content: &str) -> Option<String> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}

fn click_link(href: &str, file_name: &str) {
    use wasm_bindgen::JsCast;
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(a) = document.create_element("a") else { return };
    let Ok(a) = a.dyn_into::<web_sys::HtmlAnchorElement>() else { return };
    a.set_href(href);
    a.set_download(file_name);
    a.click();
}

/// Render an SVG document to a PNG of `width`×`height` pixels and offer it for download.
pub fn download_png(file_name: &str, svg: &str, width: u32, height: u32) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(url) = object_url("image/svg+xml", svg) else { return };
    let Ok(img) = web_sys::HtmlImageElement::new() else { return };
    let name = file_name.to_string();
    let img2 = img.clone();
    let url2 = url.clone();
    let onload = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url2);
        let Ok(canvas) = document.create_element("canvas") else { return };
        let Ok(canvas) = canvas.dyn_into::<web_sys::HtmlCanvasElement>() else { return };
        canvas.set_width(width);
        canvas.set_height(height);
        let Some(ctx) = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
        else {
            return;
        };
        let _ =
            ctx.draw_image_with_html_image_element_and_dw_and_dh(&img2, 0.0, 0.0, f64::from(width), f64::from(height));
        if let Ok(data) = canvas.to_data_url_with_type("image/png") {
            click_link(&data, &name);
        }
    });
    img.set_onload(Some(onload.unchecked_ref()));
    img.set_src(&url);
}

/// For a click inside a list of buttons made from markup: the value of `attr` on the clicked element or its
/// nearest ancestor that has it.
pub fn clicked_data(ev: &web_sys::MouseEvent, attr: &str) -> Option<String> {
    let target = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    target.closest(&format!("[{attr}]")).ok()??.get_attribute(attr)
}

/// After the next render, focus the element matching `selector` inside the element with id `container` (a list
/// rebuilt from markup would otherwise drop the keyboard focus to the page).
pub fn refocus_after_render(container: &'static str, selector: &str) {
    let selector = selector.to_string();
    leptos::prelude::request_animation_frame(move || {
        let found = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(container))
            .and_then(|c| c.query_selector(&selector).ok().flatten())
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(el) = found {
            let _ = el.focus();
        }
    });
}
