//! The Leptos client app: a thin view over `atlas_core`. `App` owns the state; components only draw it.

mod app;
mod components;
mod platform;
mod texts;

pub use platform::{mark, remove_shell};

pub use app::App;
