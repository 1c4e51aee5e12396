//! The language switch: two buttons, the pressed one the page's language. The other language's texts are fetched
//! when its button is first pressed (see `crate::texts`): until they are here the button is marked busy and a line
//! under the buttons says so; if they cannot be fetched, a message in both languages says what to do.

use crate::app::Ctx;
use crate::texts::{Load, Texts};
use atlas_core::i18n::{self, Msg};
use atlas_core::Lang;
use leptos::prelude::*;

#[component]
pub fn LangSwitch() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let texts = expect_context::<Texts>();
    let button = move |lang: Lang, label: &'static str| {
        view! {
            <button
                type="button"
                class="button lang-switch__button"
                lang=lang.html_tag()
                data-testid=format!("lang-{}", lang.code())
                aria-pressed=move || (ctx.lang.get() == lang).to_string()
                aria-busy=move || (texts.state(lang) == Load::Loading).then_some("true")
                on:click=move |_| texts.switch(ctx, lang)
            >
                {label}
            </button>
        }
    };
    // The message of the pending switch, in the page's language first and then in the other.
    let message = move |load: Load| {
        move || {
            texts.pending().filter(|(_, state)| *state == load).map(|(target, _)| {
                let say = if load == Load::Loading { i18n::texts_loading } else { i18n::texts_failed };
                let now = ctx.lang.get();
                let other = if now == Lang::Zh { Lang::En } else { Lang::Zh };
                view! {
                    <span lang=now.html_tag()>{say(now, target)}</span>
                    " "
                    <span lang=other.html_tag()>{say(other, target)}</span>
                }
            })
        }
    };
    view! {
        <div class="lang-switch" role="group" aria-label=ctx.text(Msg::LanguageLabel)>
            {button(Lang::Zh, "中文")}
            {button(Lang::En, "English")}
            <p class="lang-switch__status" role="status" data-testid="lang-loading">{message(Load::Loading)}</p>
            <p class="lang-switch__status lang-switch__status--error" role="alert" data-testid="lang-error">
                {message(Load::Failed)}
            </p>
        </div>
    }
}
