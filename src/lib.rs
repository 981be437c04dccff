//! Hindsight: blameless post-mortems in the browser. The pure modules (domain, export,
//! persist::schema, route) build everywhere; the UI exists only on wasm32.

pub mod coach;
pub mod domain;
pub mod error;
pub mod export;
pub mod findings;
pub mod links;
pub mod notice;
pub mod persist;
pub mod playbook;
pub mod route;
pub mod share;
pub mod small_map;
pub mod sort;
pub mod text;

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod platform;
#[cfg(target_arch = "wasm32")]
pub mod state;

#[cfg(target_arch = "wasm32")]
pub use app::App;
