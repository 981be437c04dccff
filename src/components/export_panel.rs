//! Export: download the post-mortem as a Markdown file, copy it (as Markdown, or as HTML
//! for documents), print it, or put its actions' due dates in a calendar.

use leptos::prelude::*;

use crate::domain::Postmortem;
use crate::error::AppError;
use crate::export::html::to_html;
use crate::export::{as_exported, file_name, to_markdown, Report};
use crate::platform;
use crate::state::use_app_state;

/// The export buttons, and the Markdown source for those who want to see it.
#[component]
pub fn ExportPanel(
    /// The report to export, already as exported ([`as_exported`]: names replaced by roles
    /// where the post-mortem asks).
    #[prop(into)]
    report: Signal<Report>,
    /// How many coach notes are still open (the export warns, never blocks).
    #[prop(into)]
    open_notes: Signal<usize>,
) -> impl IntoView {
    let state = use_app_state();
    // Stored with the post-mortem (a privacy choice must not reset on the next visit), and
    // on by default once anyone is listed.
    let use_roles = Memo::new(move |_| state.doc.with(Postmortem::uses_roles));
    let has_people = Memo::new(move |_| {
        state
            .doc
            .with(|d| d.people.iter().any(|p| !p.name.trim().is_empty()))
    });
    // The report is already as exported (names replaced where asked).
    let markdown = Memo::new(move |_| report.with(to_markdown));
    // "Copied to the clipboard." beside the buttons, until another export button is used
    // (cleared by the buttons' row, below): it must never describe an earlier action than
    // the last one.
    let copied = RwSignal::new(false);
    let download = move |_| {
        state.flush();
        let name =
            report.with(|r| file_name(&r.title, r.incident_date.unwrap_or_else(platform::today)));
        // Built afresh rather than taken from the memo, which follows the document only
        // once typing settles: the file has the post-mortem exactly as it is now.
        let text = state.doc.with_untracked(|d| {
            to_markdown(&Report::new(&as_exported(d), &platform::report_context()))
        });
        match platform::download(&name, "text/markdown;charset=utf-8", &text) {
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
    // HTML for documents (headings, lists and the table survive a paste into Google Docs,
    // Notion or Confluence), with the Markdown as the plain-text version for editors that
    // take only text. Built from the document as it is now, names replaced as chosen.
    let copy_for_documents = move |_| {
        state.flush();
        let report = state
            .doc
            .with_untracked(|d| Report::new(&as_exported(d), &platform::report_context()));
        let (html, text) = (to_html(&report), to_markdown(&report));
        leptos::task::spawn_local(async move {
            match platform::copy_rich(&html, &text).await {
                Ok(()) => state.notices.info(
                    "Copied for documents: paste it into a document or a wiki page.",
                    None,
                ),
                Err(e) => state.notices.error(&AppError::CopyFailed(e)),
            }
        });
    };
    // The last share link made, shown with its length (and selectable, should the
    // clipboard have refused it).
    let shared = RwSignal::new(None::<crate::state::ShareLink>);
    let share = move |_| {
        leptos::task::spawn_local(async move {
            match state.share_link().await {
                Ok(link) => shared.set(Some(link)),
                Err(e) => state.notices.error(&AppError::CopyFailed(e)),
            }
        });
    };
    view! {
        <section class="export" aria-labelledby="export-title">
            <h3 id="export-title">"Export"</h3>
            <Show when=move || { open_notes.get() > 0 }>
                <p class="warning" role="note">
                    {move || match open_notes.get() {
                        1 => "1 note from the blameless coach is still open. You can export anyway, or review it first.".to_owned(),
                        n => format!("{n} notes from the blameless coach are still open. You can export anyway, or review them first."),
                    }}
                </p>
            </Show>
            <Show when=move || has_people.get()>
                <label class="export__roles">
                    <input type="checkbox" prop:checked=move || use_roles.get() on:change:target=move |ev| {
                        let on = ev.target().checked();
                        state.edit_document(|d| d.set_roles_in_exports(on));
                    } />
                    "Replace names with roles in the export"
                </label>
            </Show>
            // Any button's click reaches the row after its own handler: the last action's
            // note is cleared here once, and "Copy Markdown" sets it again when its copy,
            // which finishes later, succeeds.
            <div class="export__buttons" on:click=move |_| copied.set(false)>
                <button class="button button--primary" on:click=download>
                    "Download Markdown"
                </button>
                <button class="button" on:click=copy>
                    "Copy Markdown"
                </button>
                <button class="button" on:click=share>
                    "Copy share link"
                </button>
                <button class="button" on:click=copy_for_documents>
                    "Copy for documents"
                </button>
                <button class="button" on:click=move |_| platform::print()>
                    "Print or save as PDF"
                </button>
                <button class="button" on:click=move |_| {
                    state.download_calendar(Some(state.doc.with_untracked(|d| d.id.clone())))
                }>
                    "Add due dates to a calendar (.ics)"
                </button>
                <button class="button" on:click=move |_| state.download_open_json()>
                    "Download JSON"
                </button>
                <span class="export__status" role="status">
                    {move || copied.get().then_some("Copied to the clipboard.")}
                </span>
            </div>
            {move || shared.get().map(|s| {
                let long = s.chars > crate::share::CHAT_LIMIT;
                view! {
                    <div class="export__share" role="status">
                        <label for="share-link">
                            {format!(
                                "Share link, {} ({} characters)",
                                if s.copied { "copied" } else { "not copied: select it and copy it" },
                                crate::domain::format_count(s.chars as u64)
                            )}
                        </label>
                        <input id="share-link" type="text" readonly prop:value=s.link />
                        <p class="hint">
                            "The post-mortem is in the link itself, after the “#”: browsers never send that part to a server, and nothing is stored anywhere else. Anyone with the link can read it."
                        </p>
                        {long.then(|| view! {
                            <p class="warning">
                                {format!(
                                    "This link is longer than {} characters: chat tools may cut it (Discord cuts messages at 2,000 characters; Slack splits them at 4,000). If it arrives cut, send the file from “Download JSON” instead: it imports the same way.",
                                    crate::domain::format_count(crate::share::CHAT_LIMIT as u64)
                                )}
                            </p>
                        })}
                    </div>
                }
            })}
            <details class="export__source">
                <summary>"Show the Markdown"</summary>
                <pre class="export__pre" aria-label="Markdown source">{move || markdown.get()}</pre>
            </details>
        </section>
    }
}
