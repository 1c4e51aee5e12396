//! The page shown instead of the atlas when the data files do not validate: every problem, with its file and id.

use atlas_core::i18n::{tr, Msg};
use atlas_core::{DataError, Lang};
use leptos::prelude::*;

#[component]
pub fn DataErrors(errors: Vec<DataError>, lang: Lang) -> impl IntoView {
    let count = errors.len();
    view! {
        <main class="data-errors" role="alert" data-testid="data-errors">
            <h1>{tr(lang, Msg::DataErrorTitle)}</h1>
            <p>{tr(lang, Msg::DataErrorIntro)} " (" {count} ")"</p>
            <ul>
                {errors.into_iter().map(|e| view! { <li><code>{e.to_string()}</code></li> }).collect_view()}
            </ul>
        </main>
    }
}
