//! The few things the app asks of the browser: the URL, the preferred language, the document's language and
//! title, performance marks. Every call tolerates a hostile host (sandboxed iframe, opaque origin): failures are
//! ignored, never panics.

use atlas_core::Lang;

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

/// Set `<html lang>` and the document title.
pub fn set_document_lang_and_title(lang: Lang, title: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", lang.html_tag());
    }
    document.set_title(title);
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
