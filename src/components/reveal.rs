//! Long lists shown a part at a time as a step opens: the first screenful at once, the rest
//! over the next frames, so a post-mortem of thousands of items is usable straight away
//! instead of after a second or more of rendering.

use leptos::prelude::*;

use crate::domain::ItemId;

/// Rows rendered at once: more than a screenful.
const FIRST: usize = 40;
/// Rows added per frame after that: a short task each, even on a slow machine.
const STEP: usize = 100;

/// The part of `ids` to render now. It grows every frame until the whole list shows; from
/// then on it is the whole list, so an item added later appears at once.
pub fn reveal_gradually(ids: Memo<Vec<ItemId>>) -> Memo<Vec<ItemId>> {
    let shown = RwSignal::new(FIRST);
    Effect::new(move |_| {
        let n = shown.get();
        if n == usize::MAX {
            return;
        }
        if n >= ids.with(Vec::len) {
            shown.set(usize::MAX);
        } else {
            // `try_`: the step may be gone (the user moved on) before the frame comes.
            request_animation_frame(move || {
                shown.try_update(|n| *n = n.saturating_add(STEP));
            });
        }
    });
    Memo::new(move |_| {
        let n = shown.get();
        ids.with(|ids| ids[..ids.len().min(n)].to_vec())
    })
}
