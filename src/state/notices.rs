//! The notice bar's messages as a signal over the pure [`NoticeQueue`].

use leptos::prelude::*;

use crate::domain::{ItemId, PostmortemId};
use crate::error::AppError;
use crate::notice::{Notice, NoticeAction, NoticeQueue, Tone};

/// How often a notice the user is engaged with is looked at again before it closes.
const ENGAGED_RECHECK: std::time::Duration = std::time::Duration::from_secs(2);

/// The notices shown to the user, newest last. Copy: an arena handle.
#[derive(Clone, Copy)]
pub struct Notices(RwSignal<NoticeQueue>);

impl Notices {
    pub(super) fn new() -> Self {
        Self(RwSignal::new(NoticeQueue::default()))
    }

    /// The notices, for rendering.
    pub fn list(&self) -> Signal<Vec<Notice>> {
        let queue = self.0;
        Signal::derive(move || queue.with(|q| q.list.clone()))
    }

    /// Tells the user something happened; the notice closes by itself when it is an event
    /// (after its reading time) or an Undo (when its window ends).
    pub fn info(&self, text: impl Into<String>, action: Option<NoticeAction>) {
        self.info_with(text.into(), action, None);
    }

    /// Tells the user an event happened, replacing the earlier notice of the same topic: a
    /// run of the same event (actions added to the playbook one after another) shows its
    /// latest notice, not a pile of them.
    pub fn info_in(&self, topic: &'static str, text: impl Into<String>) {
        self.info_with(text.into(), None, Some(topic));
    }

    fn info_with(&self, text: String, action: Option<NoticeAction>, topic: Option<&'static str>) {
        let queue = self.0;
        let closes = queue.try_update(|q| {
            let id = q.push(Tone::Info, text, action, topic, &engaged);
            q.get(id)
                .and_then(Notice::closes_after)
                .map(|after| (id, after))
        });
        if let Some(Some((id, after))) = closes {
            Notices(queue).close_later(id, after);
        }
    }

    /// Closes a notice after `after`, but not while the pointer rests on it or the keyboard
    /// is in it: someone reaching for "Undo" must not see it vanish under the click (WCAG
    /// 2.2.1). It is looked at again a moment after they move on.
    fn close_later(self, id: u32, after: std::time::Duration) {
        set_timeout(
            move || {
                if engaged(id) {
                    self.close_later(id, ENGAGED_RECHECK);
                } else {
                    self.dismiss(id);
                }
            },
            after,
        );
    }

    /// Tells the user about a problem, with the button that helps, if any.
    pub fn error(&self, error: &AppError) {
        self.0.update(|q| {
            q.push_error(error, &engaged);
        });
    }

    /// Removes the notices about a topic (e.g. once saving works again).
    pub fn clear_topic(&self, topic: &'static str) {
        // Saves succeed all the time: only notify when something is actually removed.
        if self
            .0
            .with_untracked(|q| q.list.iter().any(|n| n.topic == Some(topic)))
        {
            self.0.update(|q| q.clear_topic(topic));
        }
    }

    /// Closes the offers to undo rewrites of a removed item's fields.
    pub fn forget_rewrites_of(&self, postmortem: &PostmortemId, item: ItemId) {
        self.0.update(|q| q.forget_rewrites_of(postmortem, item));
    }

    /// Closes one notice (also safe once the app is gone, for notices closing by themselves).
    pub fn dismiss(&self, id: u32) {
        if self.0.try_with_untracked(|q| q.get(id).is_some()) == Some(true) {
            self.0.try_update(|q| q.dismiss(id));
        }
    }
}

/// Whether the pointer rests on the notice with `id` or the keyboard is in it: such a
/// notice is neither closed by its timer nor dropped to make room for a newer one.
fn engaged(id: u32) -> bool {
    crate::platform::engaged(&crate::notice::element_id(id))
}
