//! Helpers shared by the native integration tests.
#![allow(dead_code)]

pub use hindsight::domain::ZoneRules;

pub mod zones;
