//! The notice bar's messages as a signal over the pure [`NoticeQueue`].

use leptos::prelude::*;

use crate::error::AppError;
use crate::notice::{Notice, NoticeAction, NoticeQueue, Tone};

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
        let text = text.into();
        let queue = self.0;
        let closes = queue.try_update(|q| {
            let id = q.push(Tone::Info, text, action, None);
            q.get(id)
                .and_then(Notice::closes_after)
                .map(|after| (id, after))
        });
        if let Some(Some((id, after))) = closes {
            set_timeout(move || Notices(queue).dismiss(id), after);
        }
    }

    /// Tells the user about a problem, with the button that helps, if any.
    pub fn error(&self, error: &AppError) {
        self.0.update(|q| {
            q.push_error(error);
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

    /// Closes one notice (also safe once the app is gone, for notices closing by themselves).
    pub fn dismiss(&self, id: u32) {
        if self.0.try_with_untracked(|q| q.get(id).is_some()) == Some(true) {
            self.0.try_update(|q| q.dismiss(id));
        }
    }
}
