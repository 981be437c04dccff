//! Persistence: the stored format (envelope, versions, migrations; pure), incremental
//! encoding for autosave (pure), backup files and their import (pure), merging two tabs'
//! edits (pure), and the browser storage adapter that reads and writes it.

pub mod backup;
pub mod incremental;
pub mod merge;
pub mod policy;
pub mod schema;

#[cfg(target_arch = "wasm32")]
pub mod browser;
