//! The blameless coach under a text field: each finding with what is wrong, why it matters,
//! a system-focused suggestion, and a way to say "this is fine here".

use std::collections::BTreeSet;
use std::time::Duration;

use leptos::prelude::*;

use crate::findings::{dismissal_key, open_findings_with, Part};
use crate::state::{use_app_state, Debounce};

/// What every coach note needs from the document, shared so that typing in one field does
/// not make every field re-read the whole post-mortem.
#[derive(Clone, Copy)]
pub struct CoachContext {
    /// Names of the people involved.
    pub people: ReadSignal<Vec<String>>,
    /// Dismissed finding keys.
    pub dismissed: ReadSignal<BTreeSet<String>>,
}

impl CoachContext {
    /// Derives the shared coach inputs from the open post-mortem.
    pub fn new(state: crate::state::AppState) -> Self {
        // Signals set by an effect rather than memos: a memo over the document would make
        // every note in a long post-mortem re-check it on each keystroke, even when the
        // names and dismissals did not change; these notify only when they do.
        let (people, set_people) = signal(state.doc.with_untracked(crate::findings::people_names));
        let (dismissed, set_dismissed) = signal(state.doc.with_untracked(|d| d.dismissed.clone()));
        Effect::new(move |_| {
            let (names, keys) = state
                .doc
                .with(|d| (crate::findings::people_names(d), d.dismissed.clone()));
            if people.with_untracked(|old| *old != names) {
                set_people.set(names);
            }
            if dismissed.with_untracked(|old| *old != keys) {
                set_dismissed.set(keys);
            }
        });
        Self { people, dismissed }
    }
}

/// How long typing must pause before a field is checked again: checking is fast, but notes
/// appearing and vanishing under each keystroke would distract.
const SETTLE: Duration = Duration::from_millis(350);

/// The coach's notes for one text field.
#[component]
pub fn CoachNotes(
    /// Which field.
    part: Part,
    /// Its current text.
    #[prop(into)]
    text: Signal<String>,
    /// How the field is called, for screen readers ("fact 2").
    #[prop(into)]
    label: Signal<String>,
) -> impl IntoView {
    let state = use_app_state();
    let coach = use_context::<CoachContext>().unwrap_or_else(|| CoachContext::new(state));
    let settled = RwSignal::new(text.get_untracked());
    let recheck = Debounce::new();
    Effect::new(move |first: Option<()>| {
        let current = text.get();
        if first.is_none() {
            return;
        }
        recheck.schedule(SETTLE, move || settled.set(current));
    });
    on_cleanup(move || recheck.cancel());
    let findings = Memo::new(move |_| {
        let text = settled.get();
        coach.people.with(|people| {
            coach
                .dismissed
                .with(|dismissed| open_findings_with(part, &text, people, dismissed))
        })
    });
    // Whether the notes shown are for the text as it is now: tests (and anything else that
    // must know the coach has run) wait for this instead of for a fixed time.
    let checked = move || text.with(|now| settled.with(|seen| now == seen));
    view! {
        <div class="coach-area" data-coach-for=label data-coach-checked=move || checked().to_string()>
        <Show when=move || !findings.with(Vec::is_empty)>
            <ul class="coach" aria-label=move || format!("Coach notes on {}", label.get())>
                {move || {
                    findings
                        .get()
                        .into_iter()
                        .map(|finding| {
                            let key = dismissal_key(part, &finding);
                            let phrase = finding.phrase.clone();
                            view! {
                                <li class="coach__note">
                                    <p class="coach__head">
                                        <span class="coach__kind">{finding.kind.label()}</span>
                                        " "
                                        <mark class="coach__phrase">{finding.phrase.clone()}</mark>
                                        " — "
                                        {finding.problem}
                                    </p>
                                    <p class="coach__why">{finding.why}</p>
                                    <p class="coach__suggestion">
                                        <strong>"Try: "</strong>
                                        {finding.suggestion.clone()}
                                    </p>
                                    {finding.rewrite.clone().map(|rewrite| {
                                        // Says exactly what changes, so the click holds no
                                        // surprise; the notice that follows offers Undo.
                                        let what = if rewrite.with.is_empty() {
                                            format!("Remove “{}”", rewrite.replaces)
                                        } else {
                                            format!("Replace “{}” with “{}”", rewrite.replaces, rewrite.with)
                                        };
                                        let name = format!("{what} in {}", label.get_untracked());
                                        view! {
                                            <button
                                                class="button button--small coach__apply"
                                                aria-label=name
                                                // Only for the text the coach checked: while typing
                                                // goes on, the rewrite's place may have moved.
                                                disabled=move || !checked()
                                                on:click=move |_| {
                                                    let before = settled.get_untracked();
                                                    if let Some(after) = rewrite.apply(&before) {
                                                        state.apply_rewrite(part, &label.get_untracked(), before, after);
                                                        crate::platform::focus_id(&part.field_id());
                                                    }
                                                }
                                            >
                                                {what.clone()}
                                            </button>
                                        }
                                    })}
                                    {finding.name.clone().map(|name| {
                                        let what = format!("Add “{name}” to the people involved");
                                        view! {
                                            <button
                                                class="button button--small"
                                                on:click=move |_| state.add_person(name.clone())
                                            >
                                                {what}
                                            </button>
                                        }
                                    })}
                                    // A plain small button: drawn quiet, it read as text.
                                    <button
                                        class="button button--small"
                                        aria-label=format!("Dismiss “{phrase}”: this is fine here")
                                        on:click=move |_| {
                                            let key = key.clone();
                                            state.edit_document(|d| d.set_dismissed(key, true));
                                            // The note and its button go: the keyboard goes
                                            // back to the field (it fell to the page's start).
                                            crate::platform::focus_id(&part.field_id());
                                        }
                                    >
                                        "This is fine here"
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </Show>
        </div>
    }
}
