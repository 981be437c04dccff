//! Thin wrappers over browser APIs the app needs (clock, ids, downloads, clipboard), so
//! components and state never touch web-sys directly.

use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use wasm_bindgen::{JsCast, JsValue};

use crate::domain::PostmortemId;
use crate::export::ReportContext;

/// Mounts the app into the static shell's `<main id="app">`, replacing the loading state.
pub fn mount_app() {
    let document = web_sys::window().and_then(|w| w.document());
    let root = document
        .as_ref()
        .and_then(|d| d.get_element_by_id("app"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    match root {
        Some(root) => {
            // The shell's loading placeholder goes; the app takes its place.
            root.set_inner_html("");
            root.set_attribute("aria-busy", "false").ok();
            leptos::mount::mount_to(root, crate::App).forget();
        }
        None => leptos::mount::mount_to_body(crate::App),
    }
}

/// The current instant.
pub fn now() -> DateTime<Utc> {
    Utc::now()
}

/// A fresh post-mortem id (timestamp plus 32 random bits).
pub fn new_id() -> PostmortemId {
    let random = (js_sys::Math::random() * f64::from(u32::MAX)) as u32;
    PostmortemId::from_parts(now().timestamp_millis().max(0) as u64, random)
}

/// The reader's current UTC offset.
pub fn local_offset() -> FixedOffset {
    // getTimezoneOffset is minutes *behind* UTC (positive west).
    let minutes = js_sys::Date::new_0().get_timezone_offset() as i32;
    FixedOffset::west_opt(minutes * 60)
        .or_else(|| FixedOffset::east_opt(0))
        .unwrap_or_else(|| unreachable!())
}

/// Today in the reader's time zone.
pub fn today() -> NaiveDate {
    now().with_timezone(&local_offset()).date_naive()
}

/// The reader's clock and zone, for reports and exports.
pub fn report_context() -> ReportContext {
    ReportContext {
        today: today(),
        offset: local_offset(),
    }
}

/// Formats an instant for people, in their zone.
pub fn format_local(instant: DateTime<Utc>) -> String {
    instant
        .with_timezone(&local_offset())
        .format("%Y-%m-%d %H:%M")
        .to_string()
}

fn js_error(error: JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .unwrap_or_else(|| format!("{error:?}"))
}

/// Offers `text` to the user as a file download.
pub fn download(file_name: &str, mime: &str, text: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob =
        web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(js_error)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(js_error)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let anchor: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(js_error)?
        .unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    // Revoke later: revoking synchronously can cancel the download in some browsers.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    if let Some(window) = web_sys::window() {
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000);
    }
    Ok(())
}

/// Copies text to the clipboard.
pub async fn copy_text(text: &str) -> Result<(), String> {
    let window = web_sys::window().ok_or("no window")?;
    let promise = window.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map(|_| ())
        .map_err(js_error)
}

/// The current `location.hash`.
pub fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Navigates to a hash (adds a history entry, so Back works).
pub fn set_hash(hash: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().set_hash(hash);
    }
}

/// Replaces the current hash without adding a history entry.
pub fn replace_hash(hash: &str) {
    if let Some(window) = web_sys::window() {
        if let Ok(history) = window.history() {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(hash));
        }
    }
}
