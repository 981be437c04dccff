//! Persistence: the stored format (envelope, versions, migrations; pure) and the browser
//! storage adapter that reads and writes it.

pub mod schema;

#[cfg(target_arch = "wasm32")]
pub mod browser;
