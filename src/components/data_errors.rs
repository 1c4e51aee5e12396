//! The page shown instead of the atlas when the data files do not validate: every problem, with its file and id
//! (as the lines the build wrote: see `atlas_core::pack`).

use atlas_core::i18n::{tr, Msg};
use atlas_core::Lang;
use leptos::prelude::*;

#[component]
pub fn DataErrors(errors: Vec<String>, lang: Lang) -> impl IntoView {
    let count = errors.len();
    view! {
        <main class="data-errors" role="alert" data-testid="data-errors">
            <h1>{tr(lang, Msg::DataErrorTitle)}</h1>
            <p>{tr(lang, Msg::DataErrorIntro)} " (" {count} ")"</p>
            <ul>
                {errors.into_iter().map(|e| view! { <li><code>{e}</code></li> }).collect_view()}
            </ul>
        </main>
    }
}
