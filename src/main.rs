//! Entry point: installs the panic hook and mounts the app into the static shell.

#[cfg(target_arch = "wasm32")]
fn main() {
    use wasm_bindgen::JsCast;

    console_error_panic_hook::set_once();
    // The static shell's `<main id="app">` holds a loading state until the app replaces it.
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    match root {
        Some(root) => {
            root.set_inner_html("");
            root.set_attribute("aria-busy", "false").ok();
            leptos::mount::mount_to(root, hindsight::App).forget();
        }
        None => leptos::mount::mount_to_body(hindsight::App),
    }
    // Rendered and accepting input: what the benchmark's "interactive" figure measures.
    hindsight::platform::mark("hindsight-interactive");
}

// The app only runs in the browser; a native build exists so `cargo test` and clippy can
// check the pure modules.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Hindsight runs in the browser: build it with `trunk build`.");
}
