//! A shared post-mortem, opened from a link: read-only, exactly as Review shows it, and
//! nothing saved until the user chooses to save a copy or merge it into theirs.

use leptos::prelude::*;

use super::ReportView;
use crate::domain::Postmortem;
use crate::export::Report;
use crate::platform;
use crate::route::Route;
use crate::share::{self, ShareError};
use crate::state::use_app_state;

/// Reads the link's post-mortem and offers what to do with it.
#[component]
pub fn SharedPage(
    /// The link format's version.
    version: String,
    /// The encoded post-mortem.
    data: String,
) -> impl IntoView {
    let state = use_app_state();
    let opened = RwSignal::new(None::<Result<Postmortem, String>>);
    leptos::task::spawn_local(async move {
        let result = open(&version, &data).await.map_err(|e| e.to_string());
        opened.set(Some(result));
    });
    move || match opened.get() {
        None => view! { <p class="loading">"Opening the shared post-mortem…"</p> }.into_any(),
        Some(Err(message)) => view! {
            <section class="shared" aria-labelledby="shared-title">
                <h1 id="shared-title">"Shared post-mortem"</h1>
                <p class="field__error" role="alert">{message}</p>
                <p>"Nothing was saved."</p>
                <p><a href=Route::Home.to_hash()>"Go to your post-mortems"</a></p>
            </section>
        }
        .into_any(),
        Some(Ok(pm)) => {
            let report = Report::new(&pm, &platform::report_context());
            let mine = state.has_live(&pm.id);
            let (copy, merge) = (pm.clone(), pm);
            view! {
                <section class="shared" aria-labelledby="shared-title">
                    <h1 id="shared-title">"Shared post-mortem"</h1>
                    <div class="shared__banner" role="region" aria-label="Save or merge">
                        <p><strong>"Shared post-mortem — nothing is saved until you choose."</strong></p>
                        {mine.then_some(view! {
                            <p>"You already have this post-mortem: merge brings the other copy's changes into yours, and asks where the two differ."</p>
                        })}
                        <div class="shared__buttons">
                            <button class="button button--primary" on:click=move |_| state.save_shared_copy(copy.clone())>
                                "Save a copy"
                            </button>
                            {mine.then(|| view! {
                                <button class="button" on:click=move |_| state.merge_shared(merge.clone())>
                                    "Merge into mine"
                                </button>
                            })}
                            <a class="button" href=Route::Home.to_hash()>"Close without saving"</a>
                        </div>
                    </div>
                    // The report's own headings start at h3, as on Review under its step's h2.
                    <h2 class="visually-hidden">"The report"</h2>
                    <ReportView report=Signal::stored(report) />
                </section>
            }
            .into_any()
        }
    }
}

/// Checks, decompresses and validates a link's data.
async fn open(version: &str, data: &str) -> Result<Postmortem, ShareError> {
    let bytes = share::check(version, data)?;
    let json = platform::inflate(&bytes, share::MAX_JSON_BYTES)
        .await
        .map_err(ShareError::Damaged)?;
    share::read(&json)
}
