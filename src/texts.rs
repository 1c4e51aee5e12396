//! One language's texts at a time. The wasm holds the data without its texts (`atlas_core::pack`); each language's
//! texts are a file of their own that the page's loader fetches (`window.atlasTexts(lang)` in index.html, which
//! holds both in the single-file build). The reader's language is asked for at start; the other one when the
//! reader switches, and the page switches once it is here: the language buttons say that it is loading, and if it
//! cannot be fetched a message in both languages says so (pressing the button again tries again).
//!
//! When texts arrive they are read into the data, and the language signal is notified, so that everything that
//! shows a text draws it again.

use crate::app::Ctx;
use atlas_core::{html, i18n, pack, Lang};
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// The packed data without its texts, embedded at build time (build.rs).
pub const CORE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/atlas.bin"));

/// Where one language's texts are.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Load {
    /// Not asked for yet.
    Missing,
    Loading,
    Ready,
    /// The last try failed.
    Failed,
}

/// The texts' state, shared as a context.
#[derive(Clone, Copy)]
pub struct Texts {
    state: RwSignal<[Load; 2]>,
    /// The language the reader asked for last: a switch lands only if it is still wanted when its texts arrive.
    wanted: RwSignal<Lang>,
}

const fn index(lang: Lang) -> usize {
    match lang {
        Lang::Zh => 0,
        Lang::En => 1,
    }
}

impl Texts {
    /// The state of `lang`'s texts (reactive).
    pub fn state(&self, lang: Lang) -> Load {
        self.state.with(|s| s[index(lang)])
    }

    /// While `lang`'s texts are not here, a list item that says so (loading, or failed) in place of a list of them
    /// (reactive). `None` once they are here.
    pub fn waiting(&self, lang: Lang) -> Option<String> {
        let (class, message) = match self.state(lang) {
            Load::Ready => return None,
            Load::Failed => ("texts-waiting texts-waiting--failed", i18n::texts_failed(lang, lang)),
            Load::Missing | Load::Loading => ("texts-waiting", i18n::texts_loading(lang, lang)),
        };
        let mut out = format!("<li class=\"{class}\">");
        html::push_escaped(&mut out, message);
        out.push_str("</li>");
        Some(out)
    }

    /// The language being fetched for a switch, or whose fetch failed, if any (reactive).
    pub fn pending(&self) -> Option<(Lang, Load)> {
        let lang = self.wanted.get();
        match self.state(lang) {
            Load::Ready | Load::Missing => None,
            state => Some((lang, state)),
        }
    }

    fn set(&self, lang: Lang, load: Load) {
        self.state.update(|s| s[index(lang)] = load);
    }

    /// Show the page in `lang`: at once if its texts are here, else as soon as they arrive.
    pub fn switch(&self, ctx: Ctx, lang: Lang) {
        self.wanted.set(lang);
        if self.state.with_untracked(|s| s[index(lang)]) == Load::Ready {
            ctx.lang.set(lang);
        } else {
            self.load(ctx, lang);
        }
    }

    fn load(&self, ctx: Ctx, lang: Lang) {
        if self.state.with_untracked(|s| s[index(lang)]) == Load::Loading {
            return;
        }
        self.set(lang, Load::Loading);
        self.fetch(ctx, lang);
    }

    /// Fetch `lang`'s texts (marked loading), read them into the data, and switch to them if still wanted.
    fn fetch(&self, ctx: Ctx, lang: Lang) {
        let texts = *self;
        let arrived = move |bytes: Option<Vec<u8>>| {
            let filled = bytes
                .is_some_and(|b| pack::id_of(CORE).is_some_and(|id| pack::fill_texts(ctx.atlas, id, lang, &b).is_ok()));
            if !filled {
                texts.set(lang, Load::Failed);
                return;
            }
            texts.set(lang, Load::Ready);
            if texts.wanted.get_untracked() == lang {
                if ctx.lang.get_untracked() == lang {
                    // The page is in this language already (the first load): draw the texts that just arrived.
                    ctx.lang.update(|_| {});
                } else {
                    ctx.lang.set(lang);
                }
            }
        };
        let Some(promise) = fetch(lang) else {
            arrived(None);
            return;
        };
        let on_ok = Closure::once(move |buffer: JsValue| arrived(Some(js_sys::Uint8Array::new(&buffer).to_vec())));
        let on_err = Closure::once(move |_: JsValue| arrived(None));
        let _ = promise.then2(&on_ok, &on_err);
        // At most one of them runs, once per fetch of a language: the two closures are left to the page.
        on_ok.forget();
        on_err.forget();
    }
}

/// The page loader's promise of `lang`'s texts (an `ArrayBuffer`, or bytes), if the page has a loader.
fn fetch(lang: Lang) -> Option<js_sys::Promise> {
    let window = web_sys::window()?;
    let loader =
        js_sys::Reflect::get(&window, &JsValue::from_str("atlasTexts")).ok()?.dyn_into::<js_sys::Function>().ok()?;
    loader.call1(&JsValue::NULL, &JsValue::from_str(lang.code())).ok()?.dyn_into::<js_sys::Promise>().ok()
}

/// Provide the texts' context and ask for the reader's language once the first frame (the coloured map) is on
/// screen: the map needs none of these texts, and reading them in (then drawing the cards) is work the first frame
/// should not wait for on a slow phone.
pub fn start(ctx: Ctx) -> Texts {
    let lang = ctx.lang.get_untracked();
    let mut state = [Load::Missing; 2];
    state[index(lang)] = Load::Loading;
    let texts = Texts { state: RwSignal::new(state), wanted: RwSignal::new(lang) };
    provide_context(texts);
    request_animation_frame(move || set_timeout(move || texts.fetch(ctx, lang), std::time::Duration::ZERO));
    texts
}
