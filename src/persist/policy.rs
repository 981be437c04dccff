//! The decisions of autosave that need no browser: whether the open post-mortem must be
//! written, whether what another tab stored must be merged in, and how full storage is.
//! `state::persistence` asks these and does what they say.

use crate::domain::Postmortem;

/// What a save should do with the open post-mortem.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Save {
    /// Nothing is open (the placeholder, which is never saved).
    NothingOpen,
    /// It is as last saved, and the last save worked.
    Unchanged,
    /// Write it.
    Write,
}

/// Whether to write `open`, given the copy in the library (`saved`, what was last saved or
/// read) and whether the last write failed. Content is compared rather than a dirty flag
/// trusted, so an edit made just before a save is never missed; a failed write is retried
/// even when nothing changed since.
pub fn save_needed(saved: Option<&Postmortem>, open: &Postmortem, last_failed: bool) -> Save {
    match saved {
        None => Save::NothingOpen,
        Some(saved) if saved == open && !last_failed => Save::Unchanged,
        Some(_) => Save::Write,
    }
}

/// Whether what storage holds now (`stored`) must be merged into this tab's copy: only when
/// another tab wrote something other than the version this tab last read or wrote
/// (`base`). Without a base there is nothing to merge against.
pub fn merge_needed(base: Option<&Postmortem>, stored: &Postmortem) -> bool {
    base.is_some_and(|base| base != stored)
}

/// How much of the browser's local storage Hindsight uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Usage {
    /// Characters stored (keys and values, in UTF-16 code units).
    pub used: u64,
    /// Characters the browser allows this site in total.
    pub quota: u64,
}

impl Usage {
    /// Local storage's limit per origin: 5,242,880 UTF-16 code units of keys and values.
    /// Chromium (10 MiB, counting each character as 2 bytes) and Firefox (5,120 KiB of
    /// characters) come to the same figure, whatever the characters' UTF-8 size: found in
    /// their sources (Chromium's `kPerStorageAreaQuota` and `storage_area_map.cc`, Firefox's
    /// `dom.storage.default_quota` and `LSSnapshot::SetItem`) and by filling both until
    /// `setItem` threw. (Counting two bytes per character against 5 MiB showed a store
    /// half full as full.)
    pub const QUOTA: u64 = 5 * 1024 * 1024;

    /// `used` characters of the browsers' quota.
    pub fn of(used: u64) -> Self {
        Self {
            used,
            quota: Self::QUOTA,
        }
    }

    /// Used share, 0–100 (rounded down).
    pub fn percent(&self) -> u64 {
        (self.used * 100).checked_div(self.quota).unwrap_or(0)
    }

    /// From 80 % the home page warns and suggests a backup and a clean-up.
    pub fn nearly_full(&self) -> bool {
        self.percent() >= 80
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::PostmortemId;

    fn doc() -> Postmortem {
        Postmortem::new(
            PostmortemId("p".into()),
            "Launch",
            chrono::DateTime::UNIX_EPOCH,
        )
    }

    #[test]
    fn a_save_writes_only_what_changed_or_failed() {
        let saved = doc();
        let mut edited = doc();
        edited.set_title("Launch, edited");
        assert_eq!(save_needed(None, &edited, true), Save::NothingOpen);
        assert_eq!(save_needed(Some(&saved), &saved, false), Save::Unchanged);
        assert_eq!(save_needed(Some(&saved), &edited, false), Save::Write);
        // Regression guard: a failed write is retried though nothing changed since.
        assert_eq!(save_needed(Some(&saved), &saved, true), Save::Write);
    }

    #[test]
    fn a_merge_is_needed_only_when_another_tab_wrote_something_else() {
        let base = doc();
        let mut theirs = doc();
        assert!(!merge_needed(Some(&base), &theirs));
        assert!(!merge_needed(None, &theirs));
        theirs.add_fact("From the other tab");
        assert!(merge_needed(Some(&base), &theirs));
    }

    #[test]
    fn the_meter_counts_characters_against_the_browsers_quota() {
        // 2.9 million characters (500 typical post-mortems) are a little over half.
        let usage = Usage::of(2_900_000);
        assert_eq!(usage.percent(), 55);
        assert!(!usage.nearly_full());
        assert!(Usage::of(Usage::QUOTA * 8 / 10).nearly_full());
        assert_eq!(Usage::of(Usage::QUOTA).percent(), 100);
        assert_eq!(Usage { used: 5, quota: 0 }.percent(), 0);
    }
}
