//! The messages shown to the user in the notice bar, and how they are queued: pure, so the
//! rules (a topic replaces its earlier notice, ids never repeat, which button an error
//! offers) are tested natively. `state::Notices` holds a queue in a signal.

use std::time::Duration;

use crate::domain::limits::ItemList;
use crate::domain::{ItemId, PostmortemId, Removed};
use crate::error::AppError;
use crate::findings::Part;

/// Whether a notice reports a problem or a plain event.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    /// Something happened as asked.
    Info,
    /// Something the user must act on or know about.
    Error,
}

/// A button a notice can offer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NoticeAction {
    /// Bring back a post-mortem that was just deleted.
    UndoDelete(PostmortemId),
    /// Put back the words a coach rewrite replaced.
    UndoRewrite(Box<Rewritten>),
    /// Put back a fact, cause or action just removed, with its links.
    UndoRemove(Box<RemovedItem>),
    /// Put back an answer just removed from a cause's "why?" chain.
    UndoRemoveWhy(Box<RemovedWhy>),
    /// Download every post-mortem as a JSON backup (when saving is in trouble).
    DownloadBackup,
    /// Download an unreadable stored value as it is.
    DownloadRaw(String),
    /// Reload into the new version of the app.
    Reload,
}

/// A coach rewrite applied to one field, kept so that it can be undone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rewritten {
    /// The post-mortem it was applied in.
    pub postmortem: PostmortemId,
    /// The field.
    pub part: Part,
    /// The text before the rewrite.
    pub before: String,
    /// The text the rewrite left: undo only puts `before` back while the field still reads
    /// this, so that nothing typed since is lost.
    pub after: String,
}

/// An item removed from one post-mortem, kept so that the removal can be undone.
#[derive(Clone, PartialEq, Eq)]
pub struct RemovedItem {
    /// The post-mortem it was removed from.
    pub postmortem: PostmortemId,
    /// The item, where it stood, and what linked to it.
    pub removed: Removed,
}

/// An answer removed from a cause's "why?" chain, kept so that the removal can be undone:
/// an answer can hold paragraphs of the team's reasoning.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RemovedWhy {
    /// The post-mortem it was removed from.
    pub postmortem: PostmortemId,
    /// The cause whose chain held it.
    pub cause: ItemId,
    /// Where it stood in the chain.
    pub index: usize,
    /// What it said.
    pub text: String,
}

/// Told by what the notice says (see [`Removed`] on why it has no `Debug` of its own).
impl std::fmt::Debug for RemovedItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message())
    }
}

impl RemovedItem {
    /// What the notice says: "Removed fact 5 and its links from 2 causes."
    pub fn message(&self) -> String {
        let what = self.removed.name();
        // What links to a fact is a cause; to a cause, an action; nothing to an action.
        let linker = match self.removed.list() {
            ItemList::Facts => "cause",
            ItemList::Causes | ItemList::Actions => "action",
        };
        match self.removed.links() {
            0 => format!("Removed {what}."),
            1 => format!("Removed {what} and its link from 1 {linker}."),
            n => format!("Removed {what} and its links from {n} {linker}s."),
        }
    }
}

/// A message in the notice bar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    /// Unique while shown.
    pub id: u32,
    /// Problem or event.
    pub tone: Tone,
    /// What the user reads.
    pub text: String,
    /// An optional button.
    pub action: Option<NoticeAction>,
    /// Notices with the same topic replace each other (e.g. repeated save failures).
    pub topic: Option<&'static str>,
}

/// How long an informational notice stays ("Downloaded …"): long enough to read.
pub const READ_TIME: Duration = Duration::from_secs(6);
/// How long "Deleted … Undo" offers its Undo.
pub const UNDO_WINDOW: Duration = Duration::from_secs(12);
/// At most this many notices at once: past it the oldest that may give way goes, so
/// notices never pile up over the page. Problems are never dropped, nor a notice the user
/// is pointing at or in (its Undo must not vanish under the click).
pub const MAX_SHOWN: usize = 4;

impl Notice {
    /// When the notice closes by itself: an event after its reading time, the Undo of a
    /// deletion or a rewrite when its window ends (a deleted post-mortem waits in the
    /// trash; a rewrite's words are on screen). Never a problem, nor a notice whose button
    /// is the way out of one (a backup while saving fails, a reload into a new version),
    /// nor the Undo of a removed fact, cause, action or answer to "why?": Remove asks
    /// nothing first and the item has no trash, so its Undo stays until the user closes it
    /// or four newer notices push it out (a timed Undo lost a 6,000-character fact 12 s
    /// after one tap).
    pub fn closes_after(&self) -> Option<Duration> {
        match (self.tone, &self.action) {
            (Tone::Info, None) => Some(READ_TIME),
            (Tone::Info, Some(NoticeAction::UndoDelete(_) | NoticeAction::UndoRewrite(_))) => {
                Some(UNDO_WINDOW)
            }
            _ => None,
        }
    }

    /// Whether the notice may go to make room past [`MAX_SHOWN`]: an event, or an offer to
    /// undo one; not a problem nor the way out of one.
    fn may_give_way(&self) -> bool {
        self.tone == Tone::Info
            && matches!(
                self.action,
                None | Some(
                    NoticeAction::UndoDelete(_)
                        | NoticeAction::UndoRewrite(_)
                        | NoticeAction::UndoRemove(_)
                        | NoticeAction::UndoRemoveWhy(_)
                )
            )
    }
}

/// The id of a notice's element in the page.
pub fn element_id(id: u32) -> String {
    format!("notice-{id}")
}

/// The topic of notices about saving: a new one replaces the last, and a save that works
/// clears them.
pub const SAVE_TOPIC: &str = "save";
/// The topic of the notice that storage cannot be used at all.
pub const STORAGE_TOPIC: &str = "storage";

/// The notices shown, newest last, and the next id to hand out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NoticeQueue {
    /// The notices, newest last.
    pub list: Vec<Notice>,
    next: u32,
}

impl Default for NoticeQueue {
    fn default() -> Self {
        Self {
            list: Vec::new(),
            next: 1,
        }
    }
}

impl NoticeQueue {
    /// Adds a notice; one with a topic replaces the earlier notice of that topic, so a
    /// save failing every few seconds shows one notice, not a growing pile. `engaged` says
    /// whether the user is pointing at or in a notice (by id): past [`MAX_SHOWN`] such a
    /// notice is passed over. Returns its id.
    pub fn push(
        &mut self,
        tone: Tone,
        text: String,
        action: Option<NoticeAction>,
        topic: Option<&'static str>,
        engaged: &dyn Fn(u32) -> bool,
    ) -> u32 {
        let id = self.next;
        self.next += 1;
        if let Some(topic) = topic {
            self.list.retain(|n| n.topic != Some(topic));
        }
        self.list.push(Notice {
            id,
            tone,
            text,
            action,
            topic,
        });
        while self.list.len() > MAX_SHOWN {
            match self
                .list
                .iter()
                .position(|n| n.may_give_way() && !engaged(n.id))
            {
                Some(oldest) => {
                    self.list.remove(oldest);
                }
                None => break,
            }
        }
        id
    }

    /// The notice with `id`, while it is shown.
    pub fn get(&self, id: u32) -> Option<&Notice> {
        self.list.iter().find(|n| n.id == id)
    }

    /// Adds the notice for an error: its message, the button that helps (a backup when
    /// saving is in trouble, the raw value when one cannot be read), and its topic.
    pub fn push_error(&mut self, error: &AppError, engaged: &dyn Fn(u32) -> bool) -> u32 {
        let topic = match error {
            AppError::QuotaExceeded | AppError::SaveFailed(_) => Some(SAVE_TOPIC),
            AppError::StorageUnavailable => Some(STORAGE_TOPIC),
            _ => None,
        };
        let action = match error {
            AppError::QuotaExceeded | AppError::SaveFailed(_) | AppError::StorageUnavailable => {
                Some(NoticeAction::DownloadBackup)
            }
            AppError::Unreadable { key, kept_as, .. } => Some(NoticeAction::DownloadRaw(
                kept_as.clone().unwrap_or_else(|| key.clone()),
            )),
            _ => None,
        };
        self.push(Tone::Error, error.to_string(), action, topic, engaged)
    }

    /// Removes the notices about a topic (e.g. once saving works again).
    pub fn clear_topic(&mut self, topic: &'static str) {
        self.list.retain(|n| n.topic != Some(topic));
    }

    /// Closes one notice.
    pub fn dismiss(&mut self, id: u32) {
        self.list.retain(|n| n.id != id);
    }

    /// Closes the offers to undo a rewrite of an item's fields, once the item is removed:
    /// the field is gone, so the offer could only say it cannot. (Undoing the removal puts
    /// back the rewritten words, which is what the user saw last.)
    pub fn forget_rewrites_of(&mut self, postmortem: &PostmortemId, item: ItemId) {
        self.list.retain(|n| match &n.action {
            Some(NoticeAction::UndoRewrite(r)) => {
                !(&r.postmortem == postmortem && r.part.item() == Some(item))
            }
            _ => true,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removing_an_item_closes_the_offers_to_undo_its_rewrites_only() {
        let pm = PostmortemId("p".into());
        let other = PostmortemId("q".into());
        let rewrite = |postmortem: &PostmortemId, part| {
            Some(NoticeAction::UndoRewrite(Box::new(Rewritten {
                postmortem: postmortem.clone(),
                part,
                before: "Dave forgot".into(),
                after: "No step checked".into(),
            })))
        };
        let mut q = NoticeQueue::default();
        let gone = q.push(
            Tone::Info,
            "fact 1".into(),
            rewrite(&pm, Part::Fact(1)),
            None,
            &|_| false,
        );
        let kept = q.push(
            Tone::Info,
            "fact 2".into(),
            rewrite(&pm, Part::Fact(2)),
            None,
            &|_| false,
        );
        let elsewhere = q.push(
            Tone::Info,
            "other".into(),
            rewrite(&other, Part::Fact(1)),
            None,
            &|_| false,
        );
        let plain = q.push(Tone::Info, "Saved".into(), None, None, &|_| false);
        q.forget_rewrites_of(&pm, 1);
        assert!(q.get(gone).is_none());
        for id in [kept, elsewhere, plain] {
            assert!(q.get(id).is_some(), "{id}");
        }
    }

    #[test]
    fn a_removal_says_what_went_with_it_and_offers_undo_for_a_while() {
        use crate::domain::Postmortem;
        use chrono::{TimeZone, Utc};
        let now = Utc.with_ymd_and_hms(2026, 11, 30, 12, 0, 0).unwrap();
        let mut doc = Postmortem::new(PostmortemId("p".into()), "T", now);
        let (f1, f2) = (doc.add_fact("one"), doc.add_fact("two"));
        let (c1, c2) = (doc.add_cause("c1"), doc.add_cause("c2"));
        doc.set_evidence(c1, f1, true);
        doc.set_evidence(c2, f1, true);
        doc.set_evidence(c1, f2, true);
        let a = doc.add_action("a");
        doc.set_action_cause(a, c2, true);
        let mut said = |list, id| {
            let item = RemovedItem {
                postmortem: doc.id.clone(),
                removed: doc.take_out(list, id).expect("the item is there"),
            };
            (item.message(), item)
        };
        let (f1_said, item) = said(ItemList::Facts, f1);
        assert_eq!(f1_said, "Removed fact 1 and its links from 2 causes.");
        assert_eq!(
            said(ItemList::Facts, f2).0,
            "Removed fact 1 and its link from 1 cause."
        );
        assert_eq!(
            said(ItemList::Causes, c2).0,
            "Removed cause 2 and its link from 1 action."
        );
        assert_eq!(said(ItemList::Causes, c1).0, "Removed cause 1.");
        assert_eq!(said(ItemList::Actions, a).0, "Removed action 1.");
        let mut q = NoticeQueue::default();
        let id = q.push(
            Tone::Info,
            f1_said,
            Some(NoticeAction::UndoRemove(Box::new(item))),
            None,
            &|_| false,
        );
        // Its Undo waits for the user: the item has no trash to come back from.
        assert_eq!(q.get(id).and_then(Notice::closes_after), None);
        // But it gives way to newer notices rather than piling up.
        for i in 0..MAX_SHOWN {
            q.push(Tone::Info, format!("Downloaded {i}"), None, None, &|_| {
                false
            });
        }
        assert!(q.get(id).is_none(), "pushed out by four newer notices");
    }

    #[test]
    fn ids_never_repeat_even_after_dismissal() {
        let mut q = NoticeQueue::default();
        let a = q.push(Tone::Info, "a".into(), None, None, &|_| false);
        q.dismiss(a);
        let b = q.push(Tone::Info, "b".into(), None, None, &|_| false);
        assert_ne!(a, b);
        assert_eq!(q.list.len(), 1);
    }

    #[test]
    fn a_topic_replaces_its_earlier_notice_and_clears_as_a_whole() {
        let mut q = NoticeQueue::default();
        q.push(Tone::Info, "other".into(), None, None, &|_| false);
        q.push_error(&AppError::QuotaExceeded, &|_| false);
        q.push_error(&AppError::SaveFailed("disk".into()), &|_| false);
        let topics: Vec<_> = q.list.iter().map(|n| n.topic).collect();
        assert_eq!(topics, [None, Some(SAVE_TOPIC)]);
        assert!(q.list[1].text.contains("disk"));
        q.clear_topic(SAVE_TOPIC);
        assert_eq!(q.list.len(), 1);
    }

    /// A "Deleted … Undo" notice, which closes when its window ends.
    fn deleted_with_undo(q: &mut NoticeQueue) -> u32 {
        q.push(
            Tone::Info,
            "Deleted".into(),
            Some(NoticeAction::UndoDelete(PostmortemId("x".into()))),
            None,
            &|_| false,
        )
    }

    // Regression: "Downloaded …" notices stayed until closed by hand and piled up.
    #[test]
    fn events_close_by_themselves_problems_stay_and_the_pile_is_capped() {
        let mut q = NoticeQueue::default();
        let error = q.push_error(&AppError::QuotaExceeded, &|_| false);
        let undo = deleted_with_undo(&mut q);
        let reload = q.push(
            Tone::Info,
            "New".into(),
            Some(NoticeAction::Reload),
            None,
            &|_| false,
        );
        assert_eq!(q.get(error).and_then(Notice::closes_after), None);
        assert_eq!(
            q.get(undo).and_then(Notice::closes_after),
            Some(UNDO_WINDOW)
        );
        assert_eq!(q.get(reload).and_then(Notice::closes_after), None);
        for i in 0..5 {
            q.push(Tone::Info, format!("Downloaded {i}"), None, None, &|_| {
                false
            });
        }
        assert_eq!(q.list.len(), MAX_SHOWN);
        let texts: Vec<&str> = q.list.iter().map(|n| n.text.as_str()).collect();
        assert!(
            texts.contains(&"New"),
            "a notice that needs its button stays: {texts:?}"
        );
        assert!(q.get(error).is_some(), "a problem is never dropped");
        assert_eq!(q.list.last().map(|n| n.text.as_str()), Some("Downloaded 4"));
    }

    #[test]
    fn a_notice_the_user_is_on_is_passed_over_to_make_room() {
        let mut q = NoticeQueue::default();
        let undo = deleted_with_undo(&mut q);
        // The pointer rests on the Undo while four more events arrive.
        let on_undo = move |id: u32| id == undo;
        for i in 0..4 {
            q.push(Tone::Info, format!("Downloaded {i}"), None, None, &on_undo);
        }
        assert!(q.get(undo).is_some(), "the Undo under the pointer stays");
        let texts: Vec<&str> = q.list.iter().map(|n| n.text.as_str()).collect();
        assert_eq!(
            texts,
            ["Deleted", "Downloaded 1", "Downloaded 2", "Downloaded 3"],
            "the oldest notice the user is not on went instead"
        );
        // Once they move on, it is the oldest again.
        q.push(Tone::Info, "Downloaded 4".into(), None, None, &|_| false);
        assert!(q.get(undo).is_none());
    }

    #[test]
    fn errors_offer_the_button_that_helps() {
        let mut q = NoticeQueue::default();
        q.push_error(&AppError::StorageUnavailable, &|_| false);
        q.push_error(
            &AppError::Unreadable {
                key: "hindsight/pm/x".into(),
                reason: "it is not JSON".into(),
                kept_as: Some("hindsight/quarantine/1/hindsight/pm/x".into()),
            },
            &|_| false,
        );
        q.push_error(
            &AppError::Unreadable {
                key: "hindsight/pm/y".into(),
                reason: "it is not JSON".into(),
                kept_as: None,
            },
            &|_| false,
        );
        q.push_error(&AppError::CopyFailed("denied".into()), &|_| false);
        let actions: Vec<_> = q.list.iter().map(|n| n.action.clone()).collect();
        assert_eq!(
            actions,
            [
                Some(NoticeAction::DownloadBackup),
                Some(NoticeAction::DownloadRaw(
                    "hindsight/quarantine/1/hindsight/pm/x".into()
                )),
                Some(NoticeAction::DownloadRaw("hindsight/pm/y".into())),
                None,
            ]
        );
        assert!(q.list.iter().all(|n| n.tone == Tone::Error));
    }
}
