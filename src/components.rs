//! The view's components. Each reads the shared [`crate::app::Ctx`] and draws one part of the page.

pub mod about_map;
pub mod compare;
pub mod data_errors;
pub mod event_cards;
pub mod event_list;
pub mod header;
pub mod lang_switch;
pub mod map_railways;
pub mod map_view;
pub mod quiz;
pub mod share;
pub mod status_table;
pub mod timeline_strip;
pub mod year_slider;
