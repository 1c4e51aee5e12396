//! Title, subtitle, the share button and the language switch; in embed mode a slim bar with the language switch
//! and a link to the full page instead.

use crate::app::Ctx;
use crate::components::lang_switch::LangSwitch;
use crate::components::share::ShareButton;
use crate::platform;
use atlas_core::i18n::Msg;
use leptos::prelude::*;

/// Full screen for the whole atlas (the stage fills the screen, the rest scrolls under it); Esc or the button
/// leaves. Not offered where the browser refuses (an iframe without `allow="fullscreen"`).
#[component]
fn FullScreenButton() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let on = RwSignal::new(platform::is_fullscreen());
    platform::on_document_event("fullscreenchange", move || on.set(platform::is_fullscreen()));
    let label = move || ctx.t(if on.get() { Msg::ExitFullScreen } else { Msg::FullScreen });
    view! {
        <button
            type="button"
            class="button fullscreen-button"
            data-testid="fullscreen"
            hidden=!platform::fullscreen_enabled()
            aria-pressed=move || on.get().to_string()
            aria-label=label
            title=label
            on:click=move |_| platform::toggle_fullscreen("app")
        >
            <svg class="fullscreen-button__icon" viewBox="0 0 16 16" aria-hidden="true">
                <path d="M1 5V1h4M11 1h4v4M15 11v4h-4M5 15H1v-4" />
            </svg>
            <span class="fullscreen-button__text">{label}</span>
        </button>
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
                    <FullScreenButton />
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
                <FullScreenButton />
                <LangSwitch />
            </div>
        </header>
    }
    .into_any()
}
