//! The notice bar: storage problems, deletions with Undo, and other messages.

use leptos::prelude::*;

use crate::state::{use_app_state, NoticeAction, Tone};

/// Shows the current notices; errors are announced to screen readers at once.
#[component]
pub fn NoticeBar() -> impl IntoView {
    let state = use_app_state();
    let notices = state.notices;
    // Notices stay on top as the page scrolls, and an Undo can stay until closed: the
    // page keeps the field the keyboard is in from scrolling under them.
    Effect::new(move |_| {
        notices.list().track();
        request_animation_frame(|| crate::platform::reserve_top_for("notices"));
    });
    view! {
        <div class="notices" id="notices" role="region" aria-label="Notices">
            <For each=move || notices.list().get() key=|n| n.id let:notice>
                {
                    let id = notice.id;
                    let is_error = notice.tone == Tone::Error;
                    let action = notice.action.clone().map(|action| {
                        let (label, run): (&str, Box<dyn Fn() + Send + Sync>) = match action {
                            NoticeAction::UndoDelete(pm) => (
                                "Undo",
                                Box::new(move || {
                                    state.undo_delete(&pm);
                                    notices.dismiss(id);
                                }),
                            ),
                            NoticeAction::UndoRewrite(rewritten) => (
                                "Undo",
                                Box::new(move || {
                                    state.undo_rewrite(&rewritten);
                                    notices.dismiss(id);
                                }),
                            ),
                            NoticeAction::UndoRemove(item) => (
                                "Undo",
                                Box::new(move || {
                                    if state.undo_remove(&item) {
                                        notices.dismiss(id);
                                    }
                                }),
                            ),
                            NoticeAction::UndoRemoveWhy(removed) => (
                                "Undo",
                                Box::new(move || {
                                    if state.undo_remove_why(&removed) {
                                        notices.dismiss(id);
                                    }
                                }),
                            ),
                            NoticeAction::DownloadBackup => {
                                ("Download a backup", Box::new(move || state.download_backup()))
                            }
                            NoticeAction::Reload => ("Reload", Box::new(crate::platform::reload)),
                            NoticeAction::DownloadRaw(key) => {
                                ("Download the unreadable data", Box::new(move || state.download_raw(&key)))
                            }
                        };
                        view! {
                            <button class="button button--small" on:click=move |_| run()>
                                {label}
                            </button>
                        }
                    });
                    view! {
                        <div
                            id=crate::notice::element_id(id)
                            class="notice"
                            class:notice--error=is_error
                            role=if is_error { "alert" } else { "status" }
                        >
                            <p class="notice__text">{notice.text.clone()}</p>
                            {action}
                            <button
                                class="button button--quiet button--small"
                                aria-label="Dismiss notice"
                                on:click=move |_| notices.dismiss(id)
                            >
                                "×"
                            </button>
                        </div>
                    }
                }
            </For>
        </div>
    }
}
