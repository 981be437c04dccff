//! Items changed in this tab and in another one at once: both versions, and a choice.

use leptos::prelude::*;

use crate::state::use_app_state;

/// Lists unsettled conflicts with "Keep mine" and "Keep theirs".
#[component]
pub fn ConflictPanel() -> impl IntoView {
    let state = use_app_state();
    view! {
        <Show when=move || !state.conflicts.with(Vec::is_empty)>
            <section class="conflicts" aria-labelledby="conflicts-title">
                {move || if state.conflicts_from_copy.get() {
                    view! {
                        <h2 id="conflicts-title">"Different in the two copies"</h2>
                        <p>"These items differ between your copy and the one merged in. Yours is kept; take theirs, or keep both, where that is right."</p>
                    }
                    .into_any()
                } else {
                    view! {
                        <h2 id="conflicts-title">"Changed in two tabs"</h2>
                        <p>"These were edited here and in another tab at the same time. The other tab's version is shown now; keep yours if it is the right one."</p>
                    }
                    .into_any()
                }}
                <ul class="conflicts__list">
                    {move || {
                        state
                            .conflicts
                            .get()
                            .into_iter()
                            .enumerate()
                            .map(|(i, c)| {
                                let label = c.label.clone();
                                let (mine, other) = if state.conflicts_from_copy.get_untracked() {
                                    ("Your copy: ", "Other copy: ")
                                } else {
                                    ("This tab: ", "Other tab: ")
                                };
                                let both = c.can_keep_both().then(|| {
                                    let label = label.clone();
                                    view! {
                                        " "
                                        <button class="button button--small" aria-label=format!("Keep both for {label}") on:click=move |_| state.keep_both(i)>
                                            "Keep both"
                                        </button>
                                    }
                                });
                                view! {
                                    <li class="conflicts__item">
                                        <strong>{c.label.clone()}</strong>
                                        <p><span class="conflicts__side">{mine}</span><span class="report__text">{c.ours}</span></p>
                                        <p><span class="conflicts__side">{other}</span><span class="report__text">{c.theirs}</span></p>
                                        <button class="button button--small" id=format!("conflict-{i}-mine") aria-label=format!("Keep mine for {label}") on:click=move |_| state.keep_mine(i)>
                                            "Keep mine"
                                        </button>
                                        " "
                                        <button class="button button--small" aria-label=format!("Keep theirs for {}", c.label) on:click=move |_| state.keep_theirs(i)>
                                            "Keep theirs"
                                        </button>
                                        {both}
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </section>
        </Show>
    }
}
