//! The post-mortem document (facts, causes, actions) and the rules that change it: pure Rust, no browser.

mod example;
mod guidance;
mod hints;
pub mod iso;
pub mod limits;
mod model;
mod time;
mod timeline;

pub use example::worked_example;
pub use guidance::{guidance, Guidance};
pub use hints::{Hint, HintKind};
pub use iso::{format_local_datetime, parse_date, parse_local_datetime};
pub use model::*;
pub use time::*;
pub use timeline::{format_elapsed, time_warnings, wall_in, Entry, Timeline};
