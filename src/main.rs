//! Entry point: installs the panic hook and mounts the app, nothing else.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    hindsight::platform::mount_app();
}

// The app only runs in the browser; a native build exists so `cargo test` and clippy can
// check the pure modules.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Hindsight runs in the browser: build it with `trunk build`.");
}
