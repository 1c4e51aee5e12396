//! Title, subtitle and the language switch.

use crate::app::Ctx;
use atlas_core::i18n::Msg;
use atlas_core::Lang;
use leptos::prelude::*;

#[component]
pub fn Header() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let button = move |lang: Lang, label: &'static str| {
        view! {
            <button
                type="button"
                class="lang-switch__button"
                lang=lang.html_tag()
                data-testid=format!("lang-{}", lang.code())
                aria-pressed=move || (ctx.lang.get() == lang).to_string()
                on:click=move |_| ctx.lang.set(lang)
            >
                {label}
            </button>
        }
    };
    view! {
        <header class="masthead">
            <div class="masthead__text">
                <h1 class="masthead__title">{move || ctx.t(Msg::AppTitle)}</h1>
                <p class="masthead__subtitle">{move || ctx.t(Msg::AppSubtitle)}</p>
            </div>
            <div class="lang-switch" role="group" aria-label=move || ctx.t(Msg::LanguageLabel)>
                {button(Lang::Zh, "中文")}
                {button(Lang::En, "English")}
            </div>
        </header>
    }
}
