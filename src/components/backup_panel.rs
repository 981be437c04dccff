//! Backup and import: every post-mortem as one JSON file, and importing such a file (or a
//! single post-mortem) after a preview. A bad file changes nothing and says what is wrong.

use leptos::prelude::*;

use crate::persist::backup::{check_size, decode_full_backup, plan_import, Choice, ImportPlan};
use crate::state::use_app_state;

/// Download-everything and import-a-file, with the import's preview.
#[component]
pub fn BackupPanel() -> impl IntoView {
    let state = use_app_state();
    let plan = RwSignal::new_local(None::<ImportPlan>);
    let choices = RwSignal::new(Vec::<Choice>::new());
    let error = RwSignal::new(None::<String>);
    let on_file = move |ev: leptos::ev::Event| {
        let Some(file) = crate::platform::chosen_file(&ev) else {
            return;
        };
        plan.set(None);
        error.set(None);
        if let Err(e) = check_size(file.size() as usize) {
            error.set(Some(format!("{e} Nothing was changed.")));
            return;
        }
        leptos::task::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text()).await;
            let Some(text) = text.ok().and_then(|t| t.as_string()) else {
                error.set(Some(
                    "The file could not be read. Nothing was changed.".to_owned(),
                ));
                return;
            };
            match decode_full_backup(&text) {
                Ok(backup) => {
                    let mut p = state
                        .library
                        .with_untracked(|lib| plan_import(backup.postmortems, lib));
                    p.checklists = backup.checklists;
                    choices.set(p.default_choices());
                    plan.set(Some(p));
                }
                Err(e) => error.set(Some(format!("{e} Nothing was changed."))),
            }
        });
    };
    let confirm = move |_| {
        if let Some(p) = plan.try_update(Option::take).flatten() {
            let (outcome, lists) = state.import(p, &choices.get_untracked());
            let mut text = format!(
                "Imported: {} added, {} replaced, {} kept side by side, {} skipped.",
                outcome.added, outcome.replaced, outcome.kept_both, outcome.skipped
            );
            if outcome.merged > 0 {
                text.push_str(&format!(" {} merged", outcome.merged));
                if outcome.merged_with_differences > 0 {
                    text.push_str(&format!(
                        " ({} differed somewhere: yours was kept there, and the file's copy is beside it, titled “(imported)”)",
                        outcome.merged_with_differences
                    ));
                }
                text.push('.');
            }
            if !lists.written.is_empty() {
                text.push_str(&format!(
                    " Playbook: {} added, {} merged with the one here.",
                    crate::text::count_of(lists.added as u64, "checklist", "checklists"),
                    lists.merged
                ));
            }
            state.notices.info(text, None);
        }
    };
    view! {
        <section class="backup" aria-labelledby="backup-title">
            <h2 id="backup-title">"Backup and import"</h2>
            <div class="backup__buttons">
                <button class="button" on:click=move |_| state.download_backup()>
                    "Download a backup (JSON)"
                </button>
                <label class="button backup__import">
                    "Import a file…"
                    <input type="file" accept=".json,application/json" class="visually-hidden" on:change=on_file />
                </label>
            </div>
            {move || error.get().map(|e| view! { <p class="field__error" role="alert">{e}</p> })}
            {move || {
                plan.with(|p| {
                    p.as_ref()
                        .map(|p| {
                            let rows = p
                                .entries
                                .iter()
                                .enumerate()
                                .map(|(i, entry)| {
                                    let title = entry.incoming.display_title().to_owned();
                                    let counts = crate::text::item_counts(
                                        entry.incoming.facts.len(),
                                        entry.incoming.causes.len(),
                                        entry.incoming.actions.len(),
                                    );
                                    let status = match (&entry.existing, entry.existing_deleted, entry.unchanged) {
                                        (None, _, _) => "New",
                                        (Some(_), true, _) => "Already here, in the trash",
                                        (Some(_), false, true) => "Already here, unchanged",
                                        (Some(_), false, false) => "Already here, different",
                                    };
                                    let skip_first = entry.unchanged && !entry.existing_deleted;
                                    let conflict = entry.is_conflict().then(|| {
                                        let id = format!("import-choice-{i}");
                                        view! {
                                            <label for=id.clone()>{format!("What to do with “{title}”")}</label>
                                            <select
                                                id=id
                                                on:change:target=move |ev| {
                                                    let choice = match ev.target().value().as_str() {
                                                        "replace" => Choice::Replace,
                                                        "merge" => Choice::Merge,
                                                        "skip" => Choice::Skip,
                                                        _ => Choice::KeepBoth,
                                                    };
                                                    choices.update(|c| if let Some(slot) = c.get_mut(i) { *slot = choice; });
                                                }
                                            >
                                                <option value="both" selected=!skip_first>"Keep both"</option>
                                                <option value="merge">"Merge with the one here"</option>
                                                <option value="replace">"Replace the one here"</option>
                                                <option value="skip" selected=skip_first>"Skip"</option>
                                            </select>
                                        }
                                    });
                                    view! {
                                        <li class="backup__entry">
                                            <strong class="report__text">{entry.incoming.display_title().to_owned()}</strong>
                                            " — " {status} " · " {counts}
                                            {conflict}
                                        </li>
                                    }
                                })
                                .collect_view();
                            view! {
                                <div class="backup__preview" role="region" aria-label="Import preview">
                                    <p>{format!("{} in the file: {} new, {} already here.", crate::text::count_of(p.entries.len() as u64, "post-mortem", "post-mortems"), p.new_count(), p.conflict_count())}</p>
                                    {(!p.checklists.is_empty()).then(|| view! {
                                        <p>{format!("{} in the file: a new one is added, and one already here is merged with it check by check.", crate::text::count_of(p.checklists.len() as u64, "playbook checklist", "playbook checklists"))}</p>
                                    })}
                                    <ul>{rows}</ul>
                                    <button class="button button--primary" on:click=confirm>"Import"</button>
                                    " "
                                    <button class="button" on:click=move |_| plan.set(None)>"Cancel"</button>
                                </div>
                            }
                        })
                })
            }}
        </section>
    }
}
