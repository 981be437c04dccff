//! Share links and other people's copies: making a link, saving a shared post-mortem as a
//! copy, merging it into the one stored here (conflicts go to the same panel as two tabs',
//! worded for copies), and reading a Markdown export back in.

use leptos::prelude::*;

use super::AppState;
use crate::domain::{Postmortem, Step};
use crate::persist::merge::merge_copies;
use crate::platform;
use crate::route::Route;
use crate::share;

/// A share link, made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShareLink {
    /// The whole address.
    pub link: String,
    /// Its length in characters.
    pub chars: usize,
    /// Whether it is on the clipboard (some browsers refuse once the click has waited for
    /// the compression: it is then shown to be copied by hand).
    pub copied: bool,
}

impl AppState {
    /// Makes the open post-mortem's share link (names replaced by roles as its exports
    /// are) and copies it to the clipboard.
    pub async fn share_link(&self) -> Result<ShareLink, String> {
        self.flush();
        let json = self
            .doc
            .with_untracked(|doc| share::payload(doc, platform::now()));
        let bytes = platform::deflate(&json).await?;
        let link = share::link(
            &platform::current_address(),
            &share::base64url_encode(&bytes),
        );
        let chars = link.chars().count();
        let copied = platform::copy_text(&link).await.is_ok();
        Ok(ShareLink {
            link,
            chars,
            copied,
        })
    }

    /// Reads a Markdown export (edited or not) into a new post-mortem and opens it; the
    /// error says which line stopped making sense, and nothing is stored then.
    pub fn import_markdown(&self, text: &str) -> Result<(), String> {
        crate::persist::backup::check_size(text.len())
            .map_err(|e| format!("{e} Nothing was imported."))?;
        let pm = crate::export::markdown_in::from_markdown(
            text,
            platform::new_id(),
            &platform::report_context(),
            platform::now(),
        )
        .map_err(|e| e.to_string())?;
        let title = pm.display_title().to_owned();
        self.add_and_open(pm);
        self.notices
            .info(format!("Imported “{title}” from Markdown."), None);
        Ok(())
    }

    /// Whether a post-mortem with this id is stored here (not in the trash).
    pub fn has_live(&self, id: &crate::domain::PostmortemId) -> bool {
        self.library
            .with(|docs| docs.iter().any(|d| &d.id == id && !d.is_deleted()))
    }

    /// Saves a shared post-mortem as a new one here (under a new id when its own is taken,
    /// so nothing stored is replaced) and opens it.
    pub fn save_shared_copy(&self, mut pm: Postmortem) {
        let taken = self
            .library
            .with_untracked(|docs| docs.iter().any(|d| d.id == pm.id));
        if taken {
            pm.id = platform::new_id();
        }
        pm.example = false;
        pm.deleted_at = None;
        let title = pm.display_title().to_owned();
        pm.set_step(Step::Review);
        self.add_and_open(pm);
        self.notices
            .info(format!("Saved a copy of “{title}”."), None);
    }

    /// Merges a shared copy into the stored post-mortem with its id, and opens it; items
    /// the two copies hold differently are listed for the user to settle.
    pub fn merge_shared(&self, theirs: Postmortem) {
        self.flush();
        let id = theirs.id.clone();
        let ours = self
            .library
            .with_untracked(|docs| docs.iter().find(|d| d.id == id && !d.is_deleted()).cloned());
        let Some(ours) = ours else {
            self.notices.info(
                "That post-mortem is no longer here: save a copy instead.",
                None,
            );
            return;
        };
        let merged = merge_copies(&ours, &theirs);
        // Saved with this copy's version wherever the two differ: the other copy's is only
        // offered, so closing the tab before choosing loses nothing of either (theirs is
        // still in the link).
        let mut doc = merged.doc;
        for conflict in &merged.conflicts {
            crate::persist::merge::keep_mine(&mut doc, conflict);
        }
        doc.touch(platform::now());
        self.write(&doc);
        self.replace_in_library(doc.clone());
        // Open in this tab already (the link was opened over it): show the merge, or the
        // next save would write the old copy back over it.
        if self.doc.with_untracked(|d| d.id == id) {
            self.set_doc(doc);
        }
        self.navigate(Route::step(&id, Step::Review));
        if merged.conflicts.is_empty() {
            self.notices
                .info("Merged: everything from the shared copy is in yours.", None);
        } else {
            self.notices.info(
                "Merged. Some items are different in the two copies: yours are kept; choose below where the other copy's are right.",
                None,
            );
            self.conflicts_from_copy.set(true);
            self.conflicts.set(merged.conflicts);
        }
    }
}
