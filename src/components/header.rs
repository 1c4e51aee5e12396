//! Title, subtitle, the share button and the language switch; in embed mode a slim bar with the language switch
//! and a link to the full page instead.

use crate::app::Ctx;
use crate::components::share::ShareButton;
use atlas_core::i18n::Msg;
use atlas_core::Lang;
use leptos::prelude::*;

#[component]
fn LangSwitch() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let button = move |lang: Lang, label: &'static str| {
        view! {
            <button
                type="button"
                class="button lang-switch__button"
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
        <div class="lang-switch" role="group" aria-label=ctx.text(Msg::LanguageLabel)>
            {button(Lang::Zh, "中文")}
            {button(Lang::En, "English")}
        </div>
    }
}

#[component]
pub fn Header(embed: bool) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    if embed {
        return view! {
            <header class="embed-bar">
                <h1 class="embed-bar__title">{ctx.text(Msg::AppTitle)}</h1>
                <div class="masthead__tools">
                    <ShareButton embed=true />
                    <LangSwitch />
                </div>
            </header>
        }
        .into_any();
    }
    view! {
        <header class="masthead">
            <div class="masthead__text">
                <h1 class="masthead__title">{ctx.text(Msg::AppTitle)}</h1>
                <p class="masthead__subtitle">{ctx.text(Msg::AppSubtitle)}</p>
            </div>
            <div class="masthead__tools">
                <ShareButton embed=false />
                <LangSwitch />
            </div>
        </header>
    }
    .into_any()
}
