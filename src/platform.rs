//! The few things the app asks of the browser: the URL, the preferred language, the document's language and
//! title, performance marks. Every call tolerates a hostile host (sandboxed iframe, opaque origin): failures are
//! ignored, never panics.

use atlas_core::Lang;
use wasm_bindgen::{JsCast, JsValue};

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

/// Give each element under `root_id` that carries `data-style` (markup from the core) that style through the
/// CSSOM. A `style` attribute in markup is refused under the page's Content Security Policy (`style-src 'self'`,
/// no `'unsafe-inline'`); a declaration set through `element.style` is not.
pub fn apply_data_styles(root_id: &str) {
    let Some(root) = document().and_then(|d| d.get_element_by_id(root_id)) else { return };
    let Ok(list) = root.query_selector_all("[data-style]") else { return };
    for i in 0..list.length() {
        let Some(el) = list.item(i).and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok()) else { continue };
        if let Some(css) = el.get_attribute("data-style") {
            el.style().set_css_text(&css);
        }
    }
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

/// For a click (or a change) inside markup built by the core: the value of `attr` on the event's target or its
/// nearest ancestor that has it.
pub fn clicked_data(ev: &web_sys::Event, attr: &str) -> Option<String> {
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

fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}

/// Call `f(width, height)` (CSS px) with the size of the element once it is laid out and whenever it changes.
///
/// Nothing is measured now: a ResizeObserver reports every element it starts observing once, after the next layout
/// the browser does anyway. Reading the size at once instead forced a layout of the whole freshly mounted page
/// inside the mounting task (0.57 s with the CPU 4x slower), before the first frame could paint.
pub fn observe_size(el: &web_sys::Element, f: impl Fn(f64, f64) + 'static) {
    use wasm_bindgen::closure::Closure;
    let callback = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
        if let Some(entry) = entries.get(0).dyn_ref::<web_sys::ResizeObserverEntry>() {
            let r = entry.target().get_bounding_client_rect();
            f(r.width(), r.height());
        }
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(el);
    }
    // One observer per map or stage, for the page's life.
    callback.forget();
}

/// Once the element behind `node` is in the page, call `f(width, height)` with its size now and on every change.
pub fn on_resize<E>(node: leptos::prelude::NodeRef<E>, f: impl Fn(f64, f64) + Clone + 'static)
where
    E: leptos::tachys::html::element::ElementType,
    E::Output: JsCast + Clone + 'static,
{
    use leptos::prelude::Get;
    leptos::prelude::Effect::new(move |done: Option<bool>| {
        if done == Some(true) {
            return true;
        }
        match node.get() {
            Some(el) => {
                observe_size(el.unchecked_ref::<web_sys::Element>(), f.clone());
                true
            }
            None => false,
        }
    });
}

/// Keep the map, the date and the slider on one screen: set `--chrome` on the stage to the height that the
/// header and (when it sits under the map) the slider take, so that the stylesheet can give the map the rest
/// (`style/main.css`, "stage"). Runs now and whenever the header, the slider's panel or the window change size.
pub fn fit_stage() {
    fn fit() {
        hold_date_row(true);
        let Some(doc) = document() else { return };
        let height = |sel: &str| doc.query_selector(sel).ok().flatten().map(|e| e.get_bounding_client_rect());
        let (Some(stage), Some(time), Some(map)) = (
            doc.get_element_by_id("stage").and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()),
            height("#stage-time"),
            height(".stage__map"),
        ) else {
            return;
        };
        let header = height(".masthead, .embed-bar").map_or(0.0, |r| r.height());
        // Under the map (phones, portrait, laptops) or beside it (a phone on its side, short frames)?
        let below = time.top() >= map.top() + 20.0;
        // The gaps around and between the stage's parts (see `.page` and `.stage` in the stylesheet).
        const GAPS: f64 = 18.0;
        let chrome = header + if below { time.height() } else { 0.0 } + GAPS;
        let value = format!("{}px", atlas_core::num::fixed(chrome.ceil(), 0));
        if stage.style().get_property_value("--chrome").ok().as_deref() != Some(value.as_str()) {
            let _ = stage.style().set_property("--chrome", &value);
        }
    }
    let Some(doc) = document() else { return };
    for sel in [".masthead, .embed-bar", "#stage-time"] {
        if let Some(el) = doc.query_selector(sel).ok().flatten() {
            observe_size(&el, |_, _| fit());
        }
    }
    let on_resize = wasm_bindgen::closure::Closure::<dyn Fn()>::new(fit);
    if let Some(w) = web_sys::window() {
        let _ = w.add_event_listener_with_callback("resize", on_resize.as_ref().unchecked_ref());
    }
    on_resize.forget();
    // No `fit()` now: the observers above report both boxes after the first layout.
}

/// Give the date row (`#date-row`: the date, the period and the caption) the height of what it says now, in
/// pixels. With a height of its own the row is a relayout boundary (`style/main.css`, "stage__date-row"): at a
/// slider step its new texts lay out the row alone, not the whole page, and the slider under the reader's finger
/// does not move when the period's name takes another line. Runs after the first frame, when the slider rests and
/// when the panel's size changes (`fit_stage`, with `only_held`: not before the first frame, whose layout it would
/// force); until then a longer text is clipped, a shorter one leaves room.
pub fn hold_date_row(only_held: bool) {
    let Some(row) = document()
        .and_then(|d| d.get_element_by_id("date-row"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    if only_held && row.style().get_property_value("height").ok().is_none_or(|h| h.is_empty()) {
        return;
    }
    // The children pack to the top of the row (`align-content: flex-start`): the lowest one's bottom is the height
    // the texts need, whatever height the row has now.
    let top = row.get_bounding_client_rect().top();
    let bottom = std::iter::successors(row.first_element_child(), |c| c.next_element_sibling())
        .map(|c| c.get_bounding_client_rect().bottom())
        .fold(top, f64::max);
    let value = format!("{}px", ((bottom - top) * 100.0).round() / 100.0);
    if row.style().get_property_value("height").ok().as_deref() != Some(value.as_str()) {
        let _ = row.style().set_property("height", &value);
    }
}

/// The element matching `selector`, serialised as a stand-alone `<svg>` showing `view` (the whole map), with every
/// element's computed style written inline and the hidden ones left out: what the screen shows, without the
/// stylesheet.
/// Whether a computed value is SVG's initial value for the property (nothing to write).
fn is_initial(prop: &str, value: &str) -> bool {
    matches!(
        (prop, value),
        ("display", "inline")
            | ("fill-opacity", "1")
            | ("stroke", "none")
            | ("stroke-width", "1px")
            | ("stroke-dasharray", "none")
            | ("stroke-linejoin", "miter")
            | ("stroke-opacity", "1")
            | ("opacity", "1")
            | ("paint-order", "normal")
            | ("font-weight", "400")
            | ("font-style", "normal")
            | ("text-anchor", "start")
            | ("vector-effect", "none")
    )
}

pub fn serialize_with_styles(selector: &str, view: [f64; 4]) -> Option<String> {
    const PROPS: [&str; 16] = [
        "display",
        "fill",
        "fill-opacity",
        "stroke",
        "stroke-width",
        "stroke-dasharray",
        "stroke-linejoin",
        "stroke-opacity",
        "opacity",
        "paint-order",
        "font-size",
        "font-weight",
        "font-style",
        "font-family",
        "text-anchor",
        "vector-effect",
    ];
    let window = web_sys::window()?;
    let doc = window.document()?;
    let svg = doc.query_selector(selector).ok()??;
    let copy = svg.clone_node_with_deep(true).ok()?.dyn_into::<web_sys::Element>().ok()?;
    let originals = svg.query_selector_all("*").ok()?;
    let copies = copy.query_selector_all("*").ok()?;
    let mut hidden = Vec::new();
    for i in 0..originals.length() {
        let (Some(o), Some(c)) = (originals.item(i), copies.item(i)) else { continue };
        let (Ok(o), Ok(c)) = (o.dyn_into::<web_sys::Element>(), c.dyn_into::<web_sys::Element>()) else { continue };
        let Ok(Some(style)) = window.get_computed_style(&o) else { continue };
        if style.get_property_value("display").ok().as_deref() == Some("none") {
            hidden.push(c);
            continue;
        }
        // Only what differs from SVG's own initial values, and the font only on text (the document names the
        // font family once): a 1945 map's file went from about 250 KB to a fraction of it.
        let is_text = o.tag_name() == "text";
        let mut inline = String::new();
        for prop in PROPS {
            let text_only = prop.starts_with("font") || prop == "text-anchor";
            if prop == "font-family" || (text_only && !is_text) {
                continue;
            }
            if let Ok(v) = style.get_property_value(prop) {
                if !v.is_empty() && !is_initial(prop, &v) {
                    inline.push_str(prop);
                    inline.push(':');
                    inline.push_str(&v);
                    inline.push(';');
                }
            }
        }
        // Through the CSSOM, which the page's Content Security Policy allows (a `style` attribute it refuses).
        if !inline.is_empty() {
            if let Some(c) = c.dyn_ref::<web_sys::SvgElement>() {
                c.style().set_css_text(&inline);
            } else if let Some(c) = c.dyn_ref::<web_sys::HtmlElement>() {
                c.style().set_css_text(&inline);
            }
        }
        for attr in ["tabindex", "role", "aria-label", "aria-controls", "aria-hidden", "data-testid"] {
            let _ = c.remove_attribute(attr);
        }
    }
    for c in hidden {
        c.remove();
    }
    let [x, y, w, h] = view;
    let n = |v: f64| atlas_core::num::fixed(v, 1).to_string();
    for (attr, value) in [
        ("viewBox", format!("{} {} {} {}", n(x), n(y), n(w), n(h))),
        ("x", n(x)),
        ("y", n(y)),
        ("width", n(w)),
        ("height", n(h)),
        ("xmlns", "http://www.w3.org/2000/svg".to_string()),
    ] {
        let _ = copy.set_attribute(attr, &value);
    }
    for attr in ["style", "class", "role", "aria-labelledby", "aria-describedby"] {
        let _ = copy.remove_attribute(attr);
    }
    web_sys::XmlSerializer::new().ok()?.serialize_to_string(&copy).ok()
}

/// Whether the page may go full screen (an iframe needs `allow="fullscreen"`).
pub fn fullscreen_enabled() -> bool {
    document().is_some_and(|d| d.fullscreen_enabled())
}

/// Whether something is full screen now.
pub fn is_fullscreen() -> bool {
    document().and_then(|d| d.fullscreen_element()).is_some()
}

/// Put the element with this id full screen, or leave full screen if something is.
pub fn toggle_fullscreen(id: &str) {
    let Some(doc) = document() else { return };
    if doc.fullscreen_element().is_some() {
        doc.exit_fullscreen();
    } else if let Some(el) = doc.get_element_by_id(id) {
        let _ = el.request_fullscreen();
    }
}

/// Call `f` on every `name` event of the document, for the page's life.
pub fn on_document_event(name: &str, f: impl Fn() + 'static) {
    let Some(doc) = document() else { return };
    let callback = wasm_bindgen::closure::Closure::<dyn Fn()>::new(f);
    let _ = doc.add_event_listener_with_callback(name, callback.as_ref().unchecked_ref());
    callback.forget();
}

// ---- The map's shapes, taken from the page's outline (`#shell`, see `atlas_core::shell`) ----
//
// The region shapes and the graticule are in index.html already (the outline painted before the wasm arrives), so
// the wasm does not carry them a second time. They stay the browser's own strings: cut with `JsString::slice` and
// set with `setAttribute` called from here, they are never copied into the wasm's memory and out again (about
// 190 KB of UTF-8 each way, 30 ms of the mounting task with the CPU 4x slower).

thread_local! {
    /// Each region's path data (in the order of `geo::REGIONS`), then the graticule's.
    static SHELL_PATHS: std::cell::RefCell<Vec<js_sys::JsString>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn attribute_js(el: &web_sys::Element, name: &str) -> Option<js_sys::JsString> {
    let get = js_sys::Reflect::get(el, &"getAttribute".into()).ok()?.dyn_into::<js_sys::Function>().ok()?;
    get.call1(el, &name.into()).ok()?.dyn_into::<js_sys::JsString>().ok()
}

/// Read the map's shapes from the page's outline; false if it is missing or comes from another build.
pub fn read_shell_paths() -> bool {
    let Some(doc) = document() else { return false };
    let find = |sel: &str| doc.query_selector(&format!("#shell {sel}")).ok().flatten();
    let (Some(land), Some(graticule)) = (
        find(".shell__land").and_then(|e| attribute_js(&e, "d")),
        find(".map__graticule").and_then(|e| attribute_js(&e, "d")),
    ) else {
        return false;
    };
    let Some(ranges) = atlas_core::geo::land_ranges(land.length() as usize) else { return false };
    let mut paths: Vec<js_sys::JsString> =
        ranges.into_iter().map(|r| land.slice(r.start as u32, r.end as u32)).collect();
    if paths.iter().any(|d| d.char_code_at(0) != f64::from(b'M')) {
        return false;
    }
    paths.push(graticule);
    SHELL_PATHS.with(|p| *p.borrow_mut() = paths);
    true
}

/// The `d` of a map shape from the page's outline: region `i` of `geo::REGIONS`, or [`ShellPath::GRATICULE`]. As an
/// attribute value in a view (`d=ShellPath(i)`), it sets the browser's own string.
#[derive(Clone, Copy, Debug)]
pub struct ShellPath(pub usize);

impl ShellPath {
    pub const GRATICULE: ShellPath = ShellPath(atlas_core::geo::REGIONS.len());

    fn set(self, el: &web_sys::Element, key: &str) {
        SHELL_PATHS.with(|paths| {
            let paths = paths.borrow();
            let set = js_sys::Reflect::get(el, &"setAttribute".into())
                .ok()
                .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
            if let (Some(d), Some(set)) = (paths.get(self.0), set) {
                let _ = set.call2(el, &key.into(), d);
            }
        });
    }
}

impl leptos::tachys::html::attribute::AttributeValue for ShellPath {
    type State = ();
    type AsyncOutput = Self;
    type Cloneable = Self;
    type CloneableOwned = Self;

    fn html_len(&self) -> usize {
        0
    }
    fn to_html(self, _key: &str, _buf: &mut String) {}
    fn to_template(_key: &str, _buf: &mut String) {}
    fn hydrate<const FROM_SERVER: bool>(self, key: &str, el: &web_sys::Element) {
        self.set(el, key);
    }
    fn build(self, el: &web_sys::Element, key: &str) {
        self.set(el, key);
    }
    // A shape never changes: the same element keeps the same path.
    fn rebuild(self, _key: &str, _state: &mut ()) {}
    fn into_cloneable(self) -> Self {
        self
    }
    fn into_cloneable_owned(self) -> Self {
        self
    }
    fn dry_resolve(&mut self) {}
    async fn resolve(self) -> Self {
        self
    }
}

/// Bring a list of rows made from markup from `last` to `rows`: only the rows that differ are rewritten (their
/// other rows keep their state, such as an open note); a different count rewrites them all.
pub fn update_rows(parent: &web_sys::Element, last: &[String], rows: &[String]) {
    let children = parent.children();
    if last.len() != rows.len() || children.length() as usize != rows.len() {
        parent.set_inner_html(&rows.concat());
        return;
    }
    for (i, (old, new)) in last.iter().zip(rows).enumerate() {
        if old != new {
            if let Some(row) = children.item(i as u32) {
                row.set_outer_html(new);
            }
        }
    }
}

/// For a click on a disclosure button made from markup (`[data-note][aria-expanded]` before the text it shows):
/// open or close it.
pub fn toggle_disclosure(ev: &web_sys::Event) {
    let Some(button) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
    let Some(button) = button.closest("[data-note]").ok().flatten() else { return };
    let open = button.get_attribute("aria-expanded").as_deref() != Some("true");
    let _ = button.set_attribute("aria-expanded", if open { "true" } else { "false" });
    if let Some(text) = button.next_element_sibling() {
        if open {
            let _ = text.remove_attribute("hidden");
        } else {
            let _ = text.set_attribute("hidden", "");
        }
    }
}

/// Write a region's marks on its shape (`atlas_core::RegionMarks`): only the attributes that differ from `before`.
pub fn write_marks(el: &web_sys::Element, before: &atlas_core::RegionMarks, now: &atlas_core::RegionMarks) {
    let set = |name: &str, old: Option<&str>, new: Option<&str>| {
        if old != new {
            let _ = match new {
                Some(v) => el.set_attribute(name, v),
                None => el.remove_attribute(name),
            };
        }
    };
    set("class", Some(&before.class), Some(&now.class));
    set("data-claimant", before.claimant, now.claimant);
    set("data-controller", before.controller, now.controller);
    set("data-status", before.status, now.status);
    set("data-changed", before.changed, now.changed);
}

/// Scroll the element with this id (a scrolling box) back to its top.
pub fn scroll_to_top(id: &str) {
    if let Some(el) = document().and_then(|d| d.get_element_by_id(id)) {
        el.set_scroll_top(0);
    }
}

/// Set the text of the element with this id (a status line inside markup built by the core).
pub fn set_text(id: &str, text: &str) {
    if let Some(el) = document().and_then(|d| d.get_element_by_id(id)) {
        el.set_text_content(Some(text));
    }
}

/// Remove the page's static outline of the map (`#shell`, see `atlas_core::shell`) once the app is mounted.
pub fn remove_shell() {
    if let Some(shell) = document().and_then(|d| d.get_element_by_id("shell")) {
        shell.remove();
    }
}

/// Call `method` on `target` with one argument, by name (for the DOM methods whose option objects web-sys would
/// need a feature each for: `scrollIntoView({…})`, `focus({preventScroll})`, `scrollTo({…})`).
fn call_with(target: &JsValue, method: &str, arg: &JsValue) {
    if let Some(f) =
        js_sys::Reflect::get(target, &method.into()).ok().and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    {
        let _ = f.call1(target, arg);
    }
}

/// `{ key: value, … }` as a JS object.
fn options(pairs: &[(&str, JsValue)]) -> JsValue {
    let o = js_sys::Object::new();
    for (k, v) in pairs {
        let _ = js_sys::Reflect::set(&o, &(*k).into(), v);
    }
    o.into()
}

/// Focus `el` without scrolling the page to it.
pub fn focus_quietly(el: &web_sys::Element) {
    call_with(el, "focus", &options(&[("preventScroll", JsValue::TRUE)]));
}

/// Focus the element matching `selector` without scrolling to it.
pub fn focus_quietly_selector(selector: &str) {
    if let Some(el) = document().and_then(|d| d.query_selector(selector).ok().flatten()) {
        focus_quietly(&el);
    }
}

/// Focus the element matching `selector` (an SVG region or any element), scrolling it into view.
pub fn focus_selector(selector: &str) {
    if let Some(el) = document().and_then(|d| d.query_selector(selector).ok().flatten()) {
        call_with(&el, "focus", &JsValue::UNDEFINED);
    }
}

/// Whether the element scrolls on its own (its computed `overflow-y` is `auto` or `scroll`): the cards' panel beside
/// the map on wide screens, not on narrow ones where it is part of the page.
fn scrolls(el: &web_sys::Element) -> bool {
    web_sys::window()
        .and_then(|w| w.get_computed_style(el).ok().flatten())
        .and_then(|s| s.get_property_value("overflow-y").ok())
        .is_some_and(|v| v == "auto" || v == "scroll")
}

/// Bring the selected card into view inside the cards' panel when the panel scrolls on its own (wide screens): its
/// top a little below the panel's, or as much of it as fits. The page itself never scrolls for it (on narrow screens
/// the stage shows the selected event in short instead). Twice: once now, and once the card's real height is known
/// (cards off screen are laid out at an estimated height, `content-visibility`).
pub fn reveal_selected_card() {
    reveal_card(None);
}

/// Bring into view (as [`reveal_selected_card`]) the selected card, or with `day` (`YYYY-MM-DD`, a typed day) the
/// first card of an event still running on that day.
pub fn reveal_card(day: Option<String>) {
    fn find(day: Option<&str>) -> Option<web_sys::Element> {
        let doc = document()?;
        match day {
            None => doc.query_selector("#event-cards .card--selected").ok().flatten(),
            Some(day) => {
                let cards = doc.query_selector_all("#event-cards .card[data-last]").ok()?;
                (0..cards.length())
                    .filter_map(|i| cards.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()))
                    .find(|c| c.get_attribute("data-last").is_some_and(|last| last.as_str() >= day))
            }
        }
    }
    fn once(day: Option<&str>) -> bool {
        let Some(card) = find(day) else { return false };
        let Some(panel) = card.closest(".stage__cards").ok().flatten() else { return false };
        if !scrolls(&panel) {
            return false;
        }
        let (p, c) = (panel.get_bounding_client_rect(), card.get_bounding_client_rect());
        let inside = c.top() >= p.top() && c.top() + 48.0_f64.min(c.height()) <= p.bottom();
        if !inside || c.bottom() > p.bottom() && c.height() < p.height() {
            let top = f64::from(panel.scroll_top()) + c.top() - p.top() - 8.0;
            panel.set_scroll_top(top.max(0.0) as i32);
        }
        true
    }
    leptos::prelude::request_animation_frame(move || {
        if once(day.as_deref()) {
            leptos::prelude::request_animation_frame(move || {
                once(day.as_deref());
            });
        }
    });
}

/// Scroll the page so that the stage (map, date, slider) is on screen, if it is not: after an event is chosen in
/// the full list far below it, the reader sees the map change.
pub fn reveal_stage() {
    let Some(stage) = document().and_then(|d| d.get_element_by_id("stage")) else { return };
    let r = stage.get_bounding_client_rect();
    let height = web_sys::window().and_then(|w| w.inner_height().ok()).and_then(|h| h.as_f64()).unwrap_or(0.0);
    if r.top() < -1.0 || r.top() > height * 0.5 {
        call_with(&stage, "scrollIntoView", &options(&[("block", "start".into())]));
    }
}

/// "Read more": scroll the selected event's card into view and move the keyboard to its title.
pub fn show_card(event_id: &str) {
    let selector = format!("#event-cards [data-event=\"{}\"]", atlas_core::html::css_escape(event_id));
    if let Some(card) = document().and_then(|d| d.query_selector(&selector).ok().flatten()) {
        call_with(&card, "scrollIntoView", &options(&[("block", "start".into())]));
        if let Some(button) = card.query_selector(".card__button").ok().flatten() {
            focus_quietly(&button);
        }
    }
}

/// Set the `d` of `el` to map shape `i`'s path from the page's outline (the focus ring drawn over the map).
pub fn set_shape_path(el: &web_sys::Element, i: usize) {
    ShellPath(i).set(el, "d");
}

/// The value of the text field with this id (a field inside markup built by the core).
pub fn input_value(id: &str) -> String {
    document()
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|i| i.value())
        .unwrap_or_default()
}
