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
            // After the next frame is painted, not in it: work done in an animation-frame
            // callback runs before that frame's paint, so the rows already rendered would
            // wait for the next ones. A timeout set from the callback runs once the frame
            // is on screen. `try_`: the step may be gone (the user moved on) by then.
            request_animation_frame(move || {
                set_timeout(
                    move || {
                        shown.try_update(|n| *n = n.saturating_add(STEP));
                    },
                    std::time::Duration::ZERO,
                );
            });
        }
    });
    Memo::new(move |_| {
        let n = shown.get();
        ids.with(|ids| ids[..ids.len().min(n)].to_vec())
    })
}
