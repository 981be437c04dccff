//! The browser storage adapter: reads every stored post-mortem and playbook checklist,
//! writes one at a time, and keeps unreadable values aside instead of deleting them.
//!
//! It talks to `window.localStorage` through web-sys directly rather than gloo-storage,
//! because gloo's `LocalStorage::raw()` throws when storage is disabled (private mode,
//! SecurityError), and Hindsight must then keep running in memory.

use std::cell::RefCell;
use std::rc::Rc;

use chrono::{DateTime, Utc};
use js_sys::JsString;
use wasm_bindgen::prelude::*;
use web_sys::Storage;

use super::incremental::Encoder;
use super::schema::{self, checklist_id_from_key, id_from_key, CHECKLIST_PREFIX, DOC_PREFIX};
use crate::domain::{Postmortem, PostmortemId};
use crate::error::AppError;
use crate::playbook::{Checklist, Uid};
use crate::small_map::SmallMap;

/// What was found in storage at start-up.
#[derive(Default)]
pub struct Loaded {
    /// Every readable post-mortem (deleted ones included, so they can be restored).
    pub docs: Vec<Postmortem>,
    /// Every readable checklist (deleted ones included).
    pub checklists: Vec<Checklist>,
    /// Values that could not be read, and where they were kept.
    pub problems: Vec<AppError>,
}

/// A stored checklist compared with what this tab knows of it.
pub enum StoredChecklist {
    /// Exactly what this tab last wrote or read.
    Unchanged,
    /// Another tab's version.
    Changed(Checklist),
    /// Not stored (new here, or removed for good in another tab).
    Missing,
    /// Stored, but this tab cannot read it (e.g. a newer Hindsight wrote it in another
    /// tab): it must not be saved over.
    Unreadable(String),
}

/// Local storage, or the reason it cannot be used.
#[derive(Clone)]
pub struct BrowserStorage {
    storage: Storage,
    /// Per key, the text this tab last wrote there or read at start-up. A stored value
    /// still equal to it has not been changed by another tab, so checking for such changes
    /// before each save costs a comparison instead of decoding a large document again.
    known: Rc<RefCell<Known>>,
    /// The open post-mortem's items as last encoded, so a save re-encodes only what changed.
    encoder: Rc<RefCell<Encoder>>,
}

/// Per key, a stored text, kept as a JavaScript string: comparing it with what storage
/// returns is then one `===` in JavaScript, where a Rust copy would mean converting a
/// megabyte to UTF-8 first.
type Known = SmallMap<String, JsString>;

#[wasm_bindgen]
extern "C" {
    /// The same `Storage` object, with the two methods below.
    type JsStorage;

    /// `Storage.getItem`, returning the JavaScript string itself: web-sys's version converts
    /// it to a Rust `String`, which is wasted work when it is only compared or measured.
    #[wasm_bindgen(method, catch, js_name = getItem)]
    fn get(this: &JsStorage, key: &str) -> Result<Option<JsString>, JsValue>;

    /// `Storage.setItem` with a JavaScript string, so the same string can be kept in `Known`.
    #[wasm_bindgen(method, catch, js_name = setItem)]
    fn set(this: &JsStorage, key: &str, value: &JsString) -> Result<(), JsValue>;
}

impl BrowserStorage {
    /// Opens local storage; fails when the browser refuses it.
    pub fn open() -> Result<Self, AppError> {
        let window = web_sys::window().ok_or(AppError::StorageUnavailable)?;
        // Accessing `localStorage` itself throws a SecurityError when it is disabled.
        let storage = window
            .local_storage()
            .ok()
            .flatten()
            .ok_or(AppError::StorageUnavailable)?;
        // Some browsers hand out a storage object that throws on every write: probe it.
        let probe = "hindsight/probe";
        storage
            .set_item(probe, "1")
            .map_err(|e| match to_error(e) {
                AppError::QuotaExceeded => AppError::QuotaExceeded,
                _ => AppError::StorageUnavailable,
            })
            .or_else(|e| {
                // A full store still reads fine: keep it, and report the quota on save.
                if e == AppError::QuotaExceeded {
                    Ok(())
                } else {
                    Err(e)
                }
            })?;
        let _ = storage.remove_item(probe);
        Ok(Self {
            storage,
            known: Rc::default(),
            encoder: Rc::default(),
        })
    }

    fn js(&self) -> &JsStorage {
        self.storage.unchecked_ref()
    }

    fn keys(&self) -> Vec<String> {
        let len = self.storage.length().unwrap_or(0);
        (0..len)
            .filter_map(|i| self.storage.key(i).ok().flatten())
            .collect()
    }

    /// Reads every stored post-mortem. Unreadable values are copied under a quarantine key
    /// and only then removed from their place; if the copy fails they stay where they are.
    pub fn load_all(&self, now: DateTime<Utc>) -> Loaded {
        let mut loaded = Loaded::default();
        for key in self.keys() {
            let checklist = key.starts_with(CHECKLIST_PREFIX);
            if !checklist && !key.starts_with(DOC_PREFIX) {
                continue;
            }
            let Ok(Some(text)) = self.js().get(&key) else {
                continue;
            };
            let raw = String::from(&text);
            // Read as what its key says it is; either way, what cannot be read is kept
            // aside in the same place.
            let read = if checklist {
                read_checklist(&key, &raw).map(|list| loaded.checklists.push(list))
            } else {
                read_doc(&key, &raw).map(|doc| loaded.docs.push(doc))
            };
            match read {
                Ok(()) => {
                    self.known.borrow_mut().insert(key, text);
                }
                Err(reason) => {
                    let kept_as = self.quarantine(&key, &raw, now);
                    loaded.problems.push(AppError::Unreadable {
                        key,
                        reason,
                        kept_as,
                    });
                }
            }
        }
        loaded
    }

    fn quarantine(&self, key: &str, raw: &str, now: DateTime<Utc>) -> Option<String> {
        let target = schema::quarantine_key(key, now);
        self.storage.set_item(&target, raw).ok()?;
        // Only remove the original once the copy is safely stored.
        let _ = self.storage.remove_item(key);
        Some(target)
    }

    /// Saves one post-mortem under its own key.
    pub fn save(&self, doc: &Postmortem, now: DateTime<Utc>) -> Result<(), AppError> {
        let raw = JsString::from(self.encoder.borrow_mut().encode(doc, now));
        let key = schema::doc_key(&doc.id);
        self.js().set(&key, &raw).map_err(to_error)?;
        self.known.borrow_mut().insert(key, raw);
        Ok(())
    }

    /// Gets ready to save `doc` (see [`Encoder::remember`]).
    pub fn prepare(&self, doc: &Postmortem) {
        self.encoder.borrow_mut().remember(doc);
    }

    /// The raw stored text under a key (for downloading unreadable data).
    pub fn get_raw(&self, key: &str) -> Option<String> {
        self.storage.get_item(key).ok().flatten()
    }

    /// Reads one post-mortem as currently stored (another tab may have written it).
    pub fn load(&self, id: &PostmortemId) -> Option<Postmortem> {
        let raw = self.get_raw(&schema::doc_key(id))?;
        schema::decode(&raw).ok().filter(|doc| &doc.id == id)
    }

    /// Like [`BrowserStorage::load`], but `None` as well when the stored text is exactly
    /// what this tab last wrote (or read at start-up): nothing new to merge.
    pub fn load_if_changed(&self, id: &PostmortemId) -> Option<Postmortem> {
        let key = schema::doc_key(id);
        let text = self.js().get(&key).ok().flatten()?;
        if self.known.borrow().get(&key) == Some(&text) {
            return None;
        }
        schema::decode(&String::from(&text))
            .ok()
            .filter(|doc| &doc.id == id)
    }

    /// Characters used by everything this origin keeps in local storage, as browsers count
    /// them against the quota: UTF-16 code units of keys and values alike (see
    /// `state::Usage::QUOTA`).
    pub fn usage_chars(&self) -> u64 {
        self.keys()
            .into_iter()
            .map(|key| {
                // The length of a JavaScript string is counted in UTF-16 units already.
                let value = self.js().get(&key).ok().flatten();
                let value = value.map_or(0, |v| v.length() as usize);
                (key.encode_utf16().count() + value) as u64
            })
            .sum()
    }

    /// Saves one checklist under its own key.
    pub fn save_checklist(&self, list: &Checklist, now: DateTime<Utc>) -> Result<(), AppError> {
        let raw = JsString::from(schema::encode_checklist(list, now));
        let key = schema::checklist_key(&list.id);
        self.js().set(&key, &raw).map_err(to_error)?;
        self.known.borrow_mut().insert(key, raw);
        Ok(())
    }

    /// What storage holds for a checklist compared with what this tab last wrote or read.
    pub fn load_checklist_if_changed(&self, id: &Uid) -> StoredChecklist {
        let key = schema::checklist_key(id);
        let Some(text) = self.js().get(&key).ok().flatten() else {
            return StoredChecklist::Missing;
        };
        if self.known.borrow().get(&key) == Some(&text) {
            return StoredChecklist::Unchanged;
        }
        match read_checklist(&key, &String::from(&text)) {
            Ok(list) => StoredChecklist::Changed(list),
            Err(reason) => StoredChecklist::Unreadable(reason),
        }
    }

    /// Removes a checklist for good (only ones the user emptied from the trash).
    pub fn remove_checklist(&self, id: &Uid) -> Result<(), AppError> {
        let key = schema::checklist_key(id);
        self.storage.remove_item(&key).map_err(to_error)?;
        self.known.borrow_mut().remove(&key);
        Ok(())
    }

    /// Removes a post-mortem for good (only used for ids the user emptied from the trash).
    pub fn remove(&self, id: &PostmortemId) -> Result<(), AppError> {
        let key = schema::doc_key(id);
        self.storage.remove_item(&key).map_err(to_error)?;
        self.known.borrow_mut().remove(&key);
        Ok(())
    }
}

/// A stored post-mortem, checked to be stored under its own id's key.
fn read_doc(key: &str, raw: &str) -> Result<Postmortem, String> {
    let id = id_from_key(key).ok_or("its key is not a valid post-mortem key")?;
    let doc = schema::decode(raw).map_err(|e| e.to_string())?;
    if doc.id == id {
        Ok(doc)
    } else {
        Err("it is stored under another post-mortem's key".to_owned())
    }
}

/// A stored checklist, checked to be stored under its own id's key.
fn read_checklist(key: &str, raw: &str) -> Result<Checklist, String> {
    let id = checklist_id_from_key(key).ok_or("its key is not a valid checklist key")?;
    let list = schema::decode_checklist(raw).map_err(|e| e.to_string())?;
    if list.id == id {
        Ok(list)
    } else {
        Err("it is stored under another checklist's key".to_owned())
    }
}

fn to_error(error: wasm_bindgen::JsValue) -> AppError {
    match error.dyn_ref::<web_sys::DomException>() {
        Some(e) if e.name() == "QuotaExceededError" || e.code() == 22 => AppError::QuotaExceeded,
        Some(e) if e.name() == "SecurityError" => AppError::StorageUnavailable,
        Some(e) => AppError::SaveFailed(e.message()),
        None => AppError::SaveFailed(crate::platform::js_error(error)),
    }
}
