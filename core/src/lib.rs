//! The pure core of the Japan–Soviet atlas: historical dates, regions, control periods, events, their validation
//! and the queries the view asks. No browser code here: everything is tested natively with `cargo test`.

pub mod callout;
pub mod classroom_html;
pub mod compare;
#[cfg(feature = "toml")]
pub mod data;
pub mod date;
pub mod embed;
pub mod error;
pub mod export;
pub mod frame;
pub mod geo;
pub mod html;
pub mod i18n;
pub mod labels;
pub mod legend_html;
pub mod map_keys;
pub mod model;
pub mod num;
pub mod pack;
pub mod palette;
pub mod quiz;
pub mod quiz_code;
pub mod share_html;
pub mod shell;
pub mod status_html;
pub mod timeline;
pub mod view_state;
pub mod viewport;

#[cfg(feature = "toml")]
pub use data::{bundled, load, load_for_map, BUNDLED};
pub use date::{Date, DateError, Day, DayError, End, Precision, When};
pub use error::DataError;
pub use frame::{Frame, PlaceFrame, RegionFrame, RegionMarks};
pub use model::*;
pub use timeline::{Atlas, Change, RailwayState, RegionState, Selection, FIRST_DAY, FIRST_YEAR, LAST_DAY, LAST_YEAR};
pub use view_state::ViewState;
