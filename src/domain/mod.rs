//! The post-mortem document (facts, causes, actions) and the rules that change it: pure Rust, no browser.

mod choices;
mod example;
pub mod follow;
mod guidance;
mod hints;
mod ids;
pub mod iso;
mod items;
pub mod limits;
mod model;
mod numbers;
pub mod recurring;
pub mod similar;
mod summary;
mod time;
mod timeline;
mod writeup;

pub use choices::*;
pub use example::worked_example;
pub use guidance::{guidance, Guidance};
pub use hints::{Hint, HintKind};
pub use ids::*;
pub use iso::{format_local_datetime, parse_date, parse_local_datetime, unreadable_date_message};
pub use items::*;
pub use model::*;
pub use numbers::*;
pub use summary::{sort_newest_first, Summary};
pub use time::*;
pub use timeline::{format_elapsed, time_warnings, wall_in, Entry, Timeline, TIMELINE_YEARS};
pub use writeup::{Writeup, WriteupText};

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_hints_and_example;
#[cfg(test)]
mod tests_keys_and_values;
