//! The home page: the user's post-mortems, newest first, how to start one, the actions
//! still open across them, the causes that keep coming back, and the way to the playbook.

use leptos::prelude::*;

use super::{
    BackupPanel, MarkdownImport, OpenActions, PostmortemListItem, RecurringCauses, StorageMeter,
    TrashPanel, Welcome,
};
use crate::route::Route;
use crate::state::use_app_state;

/// Lists the post-mortems, or welcomes a first-time user.
#[component]
pub fn HomePage() -> impl IntoView {
    let state = use_app_state();
    let summaries = Memo::new(move |_| state.summaries());
    view! {
        <section class="home" aria-labelledby="home-title">
            <div class="home__top">
                <h1 id="home-title" tabindex="-1">"Your post-mortems"</h1>
                // The one call to action, empty list or not (the welcome text used to offer
                // "Start a post-mortem" beside it).
                <button class="button button--primary" on:click=move |_| state.create()>
                    "New post-mortem"
                </button>
            </div>
            <Show when=move || !summaries.with(Vec::is_empty) fallback=|| view! { <Welcome /> }>
                <ul class="pm-list" aria-labelledby="home-title">
                    <For each=move || summaries.get() key=|s| (s.id.clone(), s.updated_at) let:summary>
                        <PostmortemListItem summary />
                    </For>
                </ul>
                <p class="home__more">
                    <button class="button button--link" on:click=move |_| state.create_example()>
                        "Open the worked example"
                    </button>
                    <Show when=move || state.has_example()>
                        <button class="button button--link" on:click=move |_| state.restart_example()>
                            "Start the example over"
                        </button>
                    </Show>
                    <a class="button button--link" href=Route::Playbook.to_hash()>"Open the playbook"</a>
                </p>
                <OpenActions />
                <RecurringCauses />
            </Show>
            <TrashPanel />
            <BackupPanel />
            <MarkdownImport />
            <StorageMeter />
        </section>
    }
}
