//! Export: download the post-mortem as a Markdown file or copy it to the clipboard.

use leptos::prelude::*;

use crate::error::AppError;
use crate::export::{file_name, to_markdown, Report};
use crate::platform;
use crate::state::use_app_state;

/// The export buttons, and the Markdown source for those who want to see it.
#[component]
pub fn ExportPanel(
    /// The report to export.
    #[prop(into)]
    report: Signal<Report>,
) -> impl IntoView {
    let state = use_app_state();
    let markdown = Memo::new(move |_| report.with(to_markdown));
    let copied = RwSignal::new(false);
    let download = move |_| {
        state.flush();
        let name = report.with(|r| file_name(&r.title, platform::today()));
        match platform::download(
            &name,
            "text/markdown;charset=utf-8",
            &markdown.get_untracked(),
        ) {
            Ok(()) => state.notices.info(format!("Downloaded {name}."), None),
            Err(e) => state.notices.error(&AppError::DownloadFailed(e)),
        }
    };
    let copy = move |_| {
        let text = markdown.get_untracked();
        leptos::task::spawn_local(async move {
            match platform::copy_text(&text).await {
                Ok(()) => copied.set(true),
                Err(e) => state.notices.error(&AppError::CopyFailed(e)),
            }
        });
    };
    view! {
        <section class="export" aria-labelledby="export-title">
            <h3 id="export-title">"Export"</h3>
            <div class="export__buttons">
                <button class="button button--primary" on:click=download>
                    "Download Markdown"
                </button>
                <button class="button" on:click=copy>
                    "Copy Markdown"
                </button>
                <span class="export__status" role="status">
                    {move || copied.get().then_some("Copied to the clipboard.")}
                </span>
            </div>
            <details class="export__source">
                <summary>"Show the Markdown"</summary>
                <pre class="export__pre" aria-label="Markdown source">{move || markdown.get()}</pre>
            </details>
        </section>
    }
}
