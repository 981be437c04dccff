//! How much of the browser's storage Hindsight uses, with a warning near the limit.

use leptos::prelude::*;

use crate::domain::format_count;
use crate::state::use_app_state;

/// A meter of local-storage use; warns from 80 %.
#[component]
pub fn StorageMeter() -> impl IntoView {
    let state = use_app_state();
    view! {
        {move || {
            state
                .usage
                .get()
                .map(|usage| {
                    let percent = usage.percent();
                    let nearly_full = usage.nearly_full();

                    view! {
                        <div class="meter" class:meter--warn=nearly_full>
                            <label for="storage-meter">
                                {format!(
                                    "Storage used: {percent} % ({} of about {} characters)",
                                    format_count(usage.used),
                                    format_count(usage.quota)
                                )}
                            </label>
                            <meter id="storage-meter" min="0" max=usage.quota.to_string() high=(usage.quota * 8 / 10).to_string() value=usage.used.to_string()></meter>
                            {nearly_full
                                .then(|| {
                                    view! {
                                        <p class="warning" role="alert">
                                            "The browser's storage for Hindsight is nearly full. Download a backup, then empty the trash or delete post-mortems you no longer need."
                                        </p>
                                    }
                                })}
                        </div>
                    }
                })
        }}
    }
}
