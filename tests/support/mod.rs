//! Helpers shared by the native integration tests.
#![allow(dead_code)]

pub use hindsight::domain::ZoneRules;

#[cfg(not(target_arch = "wasm32"))]
pub mod clock;
#[cfg(not(target_arch = "wasm32"))]
pub mod markdown;
#[cfg(not(target_arch = "wasm32"))]
pub mod real_writing;
#[cfg(not(target_arch = "wasm32"))]
pub mod tally;
pub mod zones;
