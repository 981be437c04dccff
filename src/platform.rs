//! Thin wrappers over browser APIs the app needs (clock, ids, downloads, clipboard), so
//! components and state never touch web-sys directly.

use std::cell::RefCell;
// Allowed once: the zone-offset cache below holds thousands of entries, where a hash map
// earns its bytes (clippy.toml keeps hash maps out of small caches).
#[allow(clippy::disallowed_types)]
use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use wasm_bindgen::{JsCast, JsValue};

use crate::domain::{wall_in, PostmortemId, Zone, ZoneRules};
use crate::export::ReportContext;
use crate::small_map::SmallMap;

/// Registers the service worker that keeps the app working offline (release builds only:
/// a development server rebuilds constantly, and a cache would serve stale builds). Calls
/// `on_update` when a new version has taken over, so the user can reload into it.
pub fn register_service_worker(on_update: impl Fn() + 'static) {
    if cfg!(debug_assertions) {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    let navigator = window.navigator();
    // Absent outside secure contexts (plain http on a non-local host).
    if !js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false) {
        return;
    }
    let container = navigator.service_worker();
    // The first install takes control of a page that had none: that is not an update. Every
    // change of controller after that is one, also in a tab opened on the very first visit.
    let controlled = std::cell::Cell::new(container.controller().is_some());
    let on_change = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
        if controlled.replace(true) {
            on_update();
        }
    });
    let _ = container
        .add_event_listener_with_callback("controllerchange", on_change.as_ref().unchecked_ref());
    on_change.forget();
    // A failed registration only means no offline support; the app works as it is.
    let _ = container.register("./sw.js");
}

/// Records a named performance mark (the benchmark reads "hindsight-interactive").
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}

/// Moves keyboard focus to the element with this id, if there is one.
pub fn focus_id(id: &str) {
    if let Some(element) = html_element(id) {
        let _ = element.focus();
    }
}

/// The page's HTML element with this id, if there is one.
fn html_element(id: &str) -> Option<web_sys::HtmlElement> {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
}

/// The element holding the keyboard: the document's active element (the page's body when
/// nothing else does).
fn active_element() -> Option<web_sys::Element> {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
}

thread_local! {
    /// Where the keyboard goes once the editor has changed step, instead of the step's heading.
    static ON_ARRIVAL: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Asks the editor to give the keyboard to the element with `id`, rather than to the new
/// step's heading, after the step change about to happen (Undo from another step).
pub fn focus_on_arrival(id: impl Into<String>) {
    ON_ARRIVAL.with(|next| *next.borrow_mut() = Some(id.into()));
}

/// The element asked for by [`focus_on_arrival`], once.
pub fn arrival_focus() -> Option<String> {
    ON_ARRIVAL.with(|next| next.borrow_mut().take())
}

/// Whether the browser holds input in a field that it cannot turn into a value (a date
/// input's "30 February"): its value then reads "", like a cleared field.
pub fn bad_input(input: &web_sys::HtmlInputElement) -> bool {
    input.validity().bad_input()
}

/// Whether the pointer is over the element with `id` or the keyboard is in it: the user is
/// reading it or about to press one of its buttons, so it must not go away now.
pub fn engaged(id: &str) -> bool {
    let Some(element) = html_element(id) else {
        return false;
    };
    // The keyboard by the document's active element, not `:focus-within`, which a page
    // without the window's focus (a second window, a headless run) does not match.
    let holds_keyboard = active_element().is_some_and(|active| element.contains(Some(&active)));
    holds_keyboard || element.matches(":hover").unwrap_or(false)
}

/// Keeps the keyboard's field out from under the sticky element with `id` (the notices):
/// the page's scroll padding is set to its height, so a field reached by Tab or focused by
/// the app scrolls into view below it (WCAG 2.4.11). Through the CSSOM, which the app's
/// Content-Security-Policy allows, unlike a style attribute.
pub fn reserve_top_for(id: &str) {
    let Some(sticky) = html_element(id) else {
        return;
    };
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(root) = root {
        let height = sticky.offset_height();
        let _ = root
            .style()
            .set_property("scroll-padding-top", &format!("{height}px"));
    }
}

/// Moves the keyboard focus to the element with `id` on the next frame, unless something
/// holds it by then: a page opened from a link (which went with the page it was on) must
/// not leave the keyboard on the page's start, nor take it from a field that asked for it.
pub fn focus_if_idle(id: &'static str) {
    leptos::prelude::request_animation_frame(move || {
        if active_element().is_none_or(|active| active.tag_name() == "BODY") {
            focus_id(id);
        }
    });
}

/// Moves the keyboard focus to the element with `id` once it is rendered (trying for a few
/// frames, as a route change renders its page asynchronously), so a keyboard user's next
/// key goes where they expect.
pub fn focus_when_rendered(id: impl Into<String>) {
    focus_when_rendered_or(id, None);
}

/// As [`focus_when_rendered`], giving the keyboard to `fallback` when `id` never appears (an
/// item far down a long list, drawn a part at a time; an id that names nothing), so that
/// it is not left on the page's start.
pub fn focus_when_rendered_or(id: impl Into<String>, fallback: Option<&'static str>) {
    fn attempt(id: String, fallback: Option<&'static str>, frames_left: u8) {
        match html_element(&id) {
            Some(element) => {
                let _ = element.focus();
                // What is drawn after it (the items above, drawn a part at a time, their
                // notes) can push it out of view again: look once more a frame later.
                leptos::prelude::request_animation_frame(move || keep_in_view(&element));
            }
            None if frames_left > 0 => leptos::prelude::request_animation_frame(move || {
                attempt(id, fallback, frames_left - 1)
            }),
            None => {
                if let Some(element) = fallback.and_then(html_element) {
                    let _ = element.focus();
                }
            }
        }
    }
    let id = id.into();
    leptos::prelude::request_animation_frame(move || attempt(id, fallback, 30));
}

/// Scrolls the element into view if it holds the keyboard and is out of view.
fn keep_in_view(element: &web_sys::HtmlElement) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let focused = active_element().is_some_and(|active| active == **element);
    let height = window
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    let rect = element.get_bounding_client_rect();
    if focused && (rect.top() < 0.0 || rect.bottom() > height) {
        element.scroll_into_view_with_bool(false);
    }
}

/// Reloads the page.
pub fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
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

/// The browser's own time-zone database (`Intl.DateTimeFormat`), as [`ZoneRules`]: it knows
/// every IANA zone and its DST history, so none has to be compiled into the app.
pub struct IntlZones;

thread_local! {
    // Building a formatter costs far more than using one; zones are few, so keep them.
    static FORMATTERS: RefCell<SmallMap<String, Option<js_sys::Intl::DateTimeFormat>>> =
        RefCell::new(SmallMap::default());
}

fn formatter(zone: &str) -> Option<js_sys::Intl::DateTimeFormat> {
    if let Some(known) = FORMATTERS.with(|cache| cache.borrow().get(zone).cloned()) {
        return known;
    }
    let built = new_formatter(zone);
    FORMATTERS.with(|cache| cache.borrow_mut().insert(zone.to_owned(), built.clone()));
    built
}

fn new_formatter(zone: &str) -> Option<js_sys::Intl::DateTimeFormat> {
    let options = js_sys::Object::new();
    for (key, value) in [
        ("timeZone", zone),
        ("hourCycle", "h23"),
        ("year", "numeric"),
        ("month", "numeric"),
        ("day", "numeric"),
        ("hour", "numeric"),
        ("minute", "numeric"),
        ("second", "numeric"),
    ] {
        js_sys::Reflect::set(&options, &key.into(), &value.into()).ok()?;
    }
    // Constructed through Reflect so an unknown zone's RangeError is caught.
    let intl = js_sys::Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
    let ctor: js_sys::Function = js_sys::Reflect::get(&intl, &"DateTimeFormat".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let args = js_sys::Array::of2(&"en-US".into(), &options);
    js_sys::Reflect::construct(&ctor, &args)
        .ok()
        .map(JsCast::unchecked_into)
}

thread_local! {
    // Each lookup is a call into Intl; a timeline asks about the same few zones and
    // instants over and over. Keyed by instant, then zone, so that a lookup allocates
    // nothing (a report of 2,000 facts makes several per fact). Cleared when large, so it
    // cannot grow without bound.
    #[allow(clippy::disallowed_types)]
    static OFFSETS: RefCell<HashMap<i64, SmallMap<String, Option<i32>>>> =
        RefCell::new(HashMap::new());
}

impl ZoneRules for IntlZones {
    fn offset_at(&self, zone: &str, instant: DateTime<Utc>) -> Option<i32> {
        let at = instant.timestamp();
        let hit = OFFSETS.with(|c| c.borrow().get(&at).and_then(|z| z.get(zone)).copied());
        if let Some(hit) = hit {
            return hit;
        }
        let offset = intl_offset(zone, instant);
        OFFSETS.with(|c| {
            let mut cache = c.borrow_mut();
            if cache.len() > 20_000 {
                cache.clear();
            }
            cache.entry(at).or_default().insert(zone.to_owned(), offset);
        });
        offset
    }
}

fn intl_offset(zone: &str, instant: DateTime<Utc>) -> Option<i32> {
    {
        let formatter = formatter(zone)?;
        let seconds = instant.timestamp();
        let date = js_sys::Date::new(&JsValue::from_f64(seconds as f64 * 1000.0));
        let parts = formatter.format_to_parts(&date);
        let mut fields = [0i64; 6];
        for part in parts.iter() {
            let kind = js_sys::Reflect::get(&part, &"type".into())
                .ok()?
                .as_string()?;
            let index = match kind.as_str() {
                "year" => 0,
                "month" => 1,
                "day" => 2,
                "hour" => 3,
                "minute" => 4,
                "second" => 5,
                _ => continue,
            };
            let value = js_sys::Reflect::get(&part, &"value".into())
                .ok()?
                .as_string()?;
            fields[index] = value.parse().ok()?;
        }
        let [year, month, day, hour, minute, second] = fields;
        let local = NaiveDate::from_ymd_opt(year as i32, month as u32, day as u32)?.and_hms_opt(
            hour as u32 % 24,
            minute as u32,
            second as u32,
        )?;
        i32::try_from((local.and_utc().timestamp()) - seconds).ok()
    }
}

thread_local! {
    static VIEWER_ZONE: std::cell::OnceCell<Zone> = const { std::cell::OnceCell::new() };
}

/// The browser's time zone (IANA name), or UTC when it cannot tell; read once per page.
pub fn viewer_zone() -> Zone {
    VIEWER_ZONE.with(|zone| zone.get_or_init(read_viewer_zone).clone())
}

fn read_viewer_zone() -> Zone {
    let name = js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &js_sys::Object::new())
        .resolved_options()
        .dyn_into::<js_sys::Object>()
        .ok()
        .and_then(|o| js_sys::Reflect::get(&o, &"timeZone".into()).ok())
        .and_then(|v| v.as_string());
    name.and_then(|n| Zone::parse(&n, &IntlZones))
        .unwrap_or(Zone::Utc)
}

/// Every zone name the browser knows, for the zone picker (empty on old browsers).
pub fn zone_names() -> Vec<String> {
    let intl = js_sys::Reflect::get(&js_sys::global(), &"Intl".into()).ok();
    let supported = intl
        .as_ref()
        .and_then(|i| js_sys::Reflect::get(i, &"supportedValuesOf".into()).ok())
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    match (intl, supported) {
        (Some(intl), Some(f)) => f
            .call1(&intl, &"timeZone".into())
            .ok()
            .map(|list| {
                js_sys::Array::from(&list)
                    .iter()
                    .filter_map(|v| v.as_string())
                    .collect()
            })
            .unwrap_or_default(),
        _ => Vec::new(),
    }
}

/// Today in the reader's time zone.
pub fn today() -> NaiveDate {
    let zone = viewer_zone();
    wall_in(now(), &zone, &IntlZones)
        .map(|w| w.date())
        .unwrap_or_else(|| now().date_naive())
}

/// The reader's clock and zone, for reports and exports.
pub fn report_context() -> ReportContext<'static> {
    ReportContext {
        today: today(),
        zone: viewer_zone(),
        rules: &IntlZones,
    }
}

/// Formats an instant for people, in their zone, naming it: a team may read the same
/// post-mortem from several zones, and a bare "14:05" on a list says nothing of which.
pub fn format_local(instant: DateTime<Utc>) -> String {
    report_context().local_zoned(instant)
}

/// What went wrong, from a JavaScript exception: an `Error`'s message, a thrown string as
/// it is. (Not `{:?}`: JsValue's Debug brings in a JavaScript pretty-printer of its own.)
pub(crate) fn js_error(error: JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "the browser reported an unexpected error".to_owned())
}

/// Offers `text` to the user as a file download.
pub fn download(file_name: &str, mime: &str, text: &str) -> Result<(), String> {
    // The file's bytes are the text's UTF-8, copied as they are: passing a JS string instead
    // would decode a large export into UTF-16 and have the Blob encode it back (about 10 ms
    // of a 2,000-item export's 30).
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(text.as_bytes()));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)
        .map_err(js_error)?;
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
    settled(promise).await.map(|_| ())
}

/// A promise's value once it settles, or its error as a message.
async fn settled(promise: js_sys::Promise) -> Result<JsValue, String> {
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map_err(js_error)
}

/// Copies a document to the clipboard as HTML and as plain text together: a document
/// editor takes the HTML, a plain one the text.
pub async fn copy_rich(html: &str, text: &str) -> Result<(), String> {
    let window = web_sys::window().ok_or("no window")?;
    let blob = |content: &str, mime: &str| {
        let parts = js_sys::Array::of1(&JsValue::from_str(content));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(mime);
        web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
    };
    let items = js_sys::Object::new();
    for (mime, content) in [("text/html", html), ("text/plain", text)] {
        let part = blob(content, mime).map_err(js_error)?;
        js_sys::Reflect::set(&items, &JsValue::from_str(mime), &part).map_err(js_error)?;
    }
    let item = web_sys::ClipboardItem::new_with_record_from_str_to_blob_promise(&items)
        .map_err(js_error)?;
    let promise = window
        .navigator()
        .clipboard()
        .write(&js_sys::Array::of1(&item));
    settled(promise).await.map(|_| ())
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// The browser's `CompressionStream` (web-sys has it only behind an unstable flag).
    type CompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<CompressionStream, JsValue>;

    /// The browser's `DecompressionStream`.
    type DecompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<DecompressionStream, JsValue>;
}

/// Compresses text with the browser's own deflate (no compression code in the wasm).
pub async fn deflate(text: &str) -> Result<Vec<u8>, String> {
    let blob = web_sys::Blob::new_with_str_sequence(&js_sys::Array::of1(&JsValue::from_str(text)))
        .map_err(js_error)?;
    let compressor = CompressionStream::new("deflate-raw").map_err(js_error)?;
    // A transform stream is itself the {readable, writable} pair `pipeThrough` takes.
    let compressed = blob.stream().pipe_through(compressor.unchecked_ref());
    let response =
        web_sys::Response::new_with_opt_readable_stream(Some(&compressed)).map_err(js_error)?;
    let buffer = settled(response.array_buffer().map_err(js_error)?).await?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Decompresses what [`deflate`] made, as UTF-8 text of at most `limit` bytes: read a
/// piece at a time, so a small link that inflates hugely is stopped at the limit instead
/// of filling the memory.
pub async fn inflate(bytes: &[u8], limit: usize) -> Result<String, String> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let blob = web_sys::Blob::new_with_u8_array_sequence(&parts).map_err(js_error)?;
    let decompressor = DecompressionStream::new("deflate-raw").map_err(js_error)?;
    let stream = blob.stream().pipe_through(decompressor.unchecked_ref());
    let reader: web_sys::ReadableStreamDefaultReader = stream.get_reader().unchecked_into();
    let mut out = Vec::new();
    loop {
        let chunk = settled(reader.read())
            .await
            .map_err(|e| inflate_error(&e))?;
        let field = |name: &str| js_sys::Reflect::get(&chunk, &JsValue::from_str(name));
        if field("done").ok().and_then(|d| d.as_bool()).unwrap_or(true) {
            break;
        }
        let piece: js_sys::Uint8Array = field("value").map_err(js_error)?.unchecked_into();
        if out.len() + piece.length() as usize > limit {
            let _ = reader.cancel();
            return Err("it holds more than Hindsight reads".to_owned());
        }
        out.extend(piece.to_vec());
    }
    String::from_utf8(out).map_err(|_| "it does not hold text".to_owned())
}

/// The browser's decompression errors, in words for the user: its own message ("invalid
/// stored block lengths") says nothing to them, so it is not shown. (The share error
/// around it says what to do.)
fn inflate_error(_browser_says: &str) -> String {
    "part of its data is missing or changed".to_owned()
}

/// The page's whole address (for share links).
pub fn current_address() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

/// The file just chosen in a file input (from its `change` event). The input is reset, so
/// choosing the same file again fires another change.
pub fn chosen_file(ev: &web_sys::Event) -> Option<web_sys::File> {
    let input = ev.target()?.dyn_into::<web_sys::HtmlInputElement>().ok()?;
    let file = input.files().and_then(|f| f.get(0));
    input.set_value("");
    file
}

/// Opens the browser's print dialog (which also saves as PDF).
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// A value kept for this tab only (`sessionStorage`): a view's choice that should outlive a
/// reload but not follow the user into a new tab. `None` when the tab keeps nothing, or
/// cannot keep anything (storage disabled).
pub fn tab_value(key: &str) -> Option<String> {
    tab_storage()?.get_item(key).ok().flatten()
}

/// The tab's `sessionStorage`, when the browser lets the page use it.
fn tab_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// Keeps a value for this tab (see [`tab_value`]). A view's choice, not the user's data:
/// where the tab cannot keep it, it lives only until the next reload, and nothing is lost.
pub fn set_tab_value(key: &str, value: &str) {
    if let Some(storage) = tab_storage() {
        let _ = storage.set_item(key, value);
    }
}

/// Whether the browser knows `code` as a currency (`Intl.supportedValuesOf`); `None` when
/// it cannot tell.
pub fn known_currency(code: &str) -> Option<bool> {
    let intl = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("Intl")).ok()?;
    let list = js_sys::Reflect::get(&intl, &JsValue::from_str("supportedValuesOf"))
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?
        .call1(&intl, &JsValue::from_str("currency"))
        .ok()?
        .dyn_into::<js_sys::Array>()
        .ok()?;
    Some(list.includes(&JsValue::from_str(&code.trim().to_ascii_uppercase()), 0))
}

/// Whether a text area holds as much as its `maxlength` allows: a paste past it was cut.
pub fn at_max_length(area: &web_sys::HtmlTextAreaElement) -> bool {
    let max = area.max_length();
    max > 0 && area.text_length() >= max as u32
}

/// Forgets a value kept for this tab.
pub fn remove_tab_value(key: &str) {
    if let Some(storage) = tab_storage() {
        let _ = storage.remove_item(key);
    }
}

/// Whether the window is wider than a phone's (40rem at the default 16 px, the width the
/// stylesheets switch at); true when it cannot be told.
pub fn wide_window() -> bool {
    web_sys::window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|v| v.as_f64())
        .is_none_or(|w| w >= 640.0)
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
