//! One pending call that a newer one replaces: the save after typing pauses, the refresh
//! of whole-document views, the coach's re-check of a field.

use std::time::Duration;

use leptos::prelude::*;

/// A call scheduled after a delay, cancelled and rescheduled by each newer [`schedule`].
/// Copy: an arena handle, like a signal.
///
/// [`schedule`]: Debounce::schedule
#[derive(Clone, Copy)]
pub struct Debounce(StoredValue<Option<TimeoutHandle>, LocalStorage>);

impl Default for Debounce {
    fn default() -> Self {
        Self::new()
    }
}

impl Debounce {
    /// Nothing scheduled yet.
    pub fn new() -> Self {
        Self(StoredValue::new_local(None))
    }

    /// Runs `call` after `delay`, instead of whatever was scheduled before.
    pub fn schedule(&self, delay: Duration, call: impl FnOnce() + 'static) {
        self.cancel();
        let handle = set_timeout_with_handle(call, delay).ok();
        self.0.try_set_value(handle);
    }

    /// Drops the scheduled call, if any (also safe once its owner is disposed).
    pub fn cancel(&self) {
        if let Some(Some(handle)) = self.0.try_update_value(Option::take) {
            handle.clear();
        }
    }
}
