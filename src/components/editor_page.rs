//! The editor of one post-mortem: its title and status, the stepper, and the current step.

use leptos::prelude::*;

use super::{
    ActionsStep, CausesStep, ChoiceSelect, CoachContext, CoachNotes, ConflictPanel, FactsStep,
    ReviewStep, StepNav, Stepper,
};
use crate::domain::limits;
use crate::domain::{Postmortem, Status, Step};
use crate::findings::Part;
use crate::platform;
use crate::state::use_app_state;

/// Edits the open post-mortem, one step at a time.
#[component]
pub fn EditorPage() -> impl IntoView {
    let state = use_app_state();
    let doc = state.doc;
    provide_context(CoachContext::new(state));
    // Memos: every edit notifies the whole document, and these only change rarely.
    let loaded = Memo::new(move |_| doc.with(|d| !d.id.as_str().is_empty()));
    let step = Memo::new(move |_| state.step());
    let status = Memo::new(move |_| doc.with(|d| d.status));
    let title = Memo::new(move |_| doc.with(|d| d.title.clone()));
    // Asking before closing while agreed actions are still open.
    let closing = RwSignal::new(false);
    let since = Memo::new(move |_| {
        doc.with(|d| match d.status {
            Status::InReview => d
                .in_review_at
                .map(|at| format!("In review since {}", platform::format_local(at))),
            Status::Closed => d
                .closed_at
                .map(|at| format!("Closed on {}", platform::format_local(at))),
            Status::Draft => None,
        })
    });

    // Changing step moves the keyboard focus to the new step's heading, like a new page:
    // left on the "Next" button, a second Enter skipped a step. Not when the change was
    // made to bring the user to an item (Undo), which takes it then. On opening, only if
    // nothing holds the keyboard: the link that opened the post-mortem went with the home
    // page and left it on the page's start, nine Tabs from the form; a new post-mortem's
    // title keeps it.
    Effect::new(move |previous: Option<Step>| {
        let now = step.get();
        match previous {
            Some(p) if p != now => match platform::arrival_focus() {
                Some(field) => platform::focus_when_rendered_or(field, Some("step-title")),
                None => platform::focus_when_rendered("step-title"),
            },
            None => platform::focus_if_idle("step-title"),
            Some(_) => {}
        }
        now
    });

    let body = move || match step.get() {
        Step::Facts => view! { <FactsStep /> }.into_any(),
        Step::Causes => view! { <CausesStep /> }.into_any(),
        Step::Actions => view! { <ActionsStep /> }.into_any(),
        Step::Review => view! { <ReviewStep /> }.into_any(),
    };

    view! {
        <Show when=move || loaded.get() fallback=|| view! { <p class="loading">"Opening…"</p> }>
            <article class="editor" aria-labelledby="editor-title">
                // The page's one level-one heading, for screen-reader navigation; sighted
                // users see the title in its field.
                <h1 id="editor-title" class="visually-hidden">
                    {move || title.with(|t| crate::domain::display_title(t).to_owned())}
                </h1>
                <div class="editor__head">
                    <div class="field field--title">
                        <label for="pm-title">"Title"</label>
                        <input
                            id="pm-title"
                            maxlength=limits::TITLE_CHARS
                            type="text"
                            placeholder="e.g. Black-Friday sale went live 2 hours late"
                            prop:value=move || title.get()
                            on:input:target=move |ev| {
                                let value = ev.target().value();
                                state.edit_document(|d| d.set_title(value));
                            }
                        />
                        <CoachNotes part=Part::Title text=title label="the title" />
                    </div>
                    <ChoiceSelect
                        id="pm-status"
                        label="Status"
                        options=Status::ALL.iter().map(|s| (s.key(), s.label())).collect()
                        // While asking, the select shows the choice being asked about.
                        selected=Signal::derive(move || {
                            Some(if closing.get() { Status::Closed } else { status.get() }.index())
                        })
                        on_change=Callback::new(move |i: Option<usize>| {
                            let Some(s) = i.and_then(|i| Status::ALL.get(i).copied()) else {
                                return;
                            };
                            if s == Status::Closed && doc.with_untracked(Postmortem::before_closing).is_some() {
                                closing.set(true);
                                // The question takes the keyboard, on its safe answer.
                                platform::focus_when_rendered("close-keep-open");
                            } else {
                                closing.set(false);
                                state.edit_document(|d| d.set_status(s, platform::now()));
                            }
                        })
                    />
                    <p class="editor__since" aria-live="polite">{move || since.get()}</p>
                    <button
                        class="button button--danger editor__delete"
                        on:click=move |_| state.delete_open()
                    >
                        "Delete post-mortem"
                    </button>
                    // Last in the header's grid, so it takes a row of its own below it.
                    <Show when=move || closing.get()>
                        <div class="editor__confirm" role="alertdialog" aria-labelledby="close-confirm-text">
                            <p id="close-confirm-text">
                                {move || doc.with(Postmortem::before_closing)}
                            </p>
                            <button
                                class="button button--primary"
                                on:click=move |_| {
                                    closing.set(false);
                                    state.edit_document(|d| d.set_status(Status::Closed, platform::now()));
                                    // The answer goes with the question: back to the status.
                                    platform::focus_when_rendered("pm-status");
                                }
                            >
                                "Close anyway"
                            </button>
                            <button class="button" id="close-keep-open" on:click=move |_| {
                                closing.set(false);
                                platform::focus_when_rendered("pm-status");
                            }>
                                "Keep it open"
                            </button>
                        </div>
                    </Show>
                </div>
                <ConflictPanel />
                <Stepper current=step />
                <div class="editor__body">{body}</div>
                <StepNav current=step />
            </article>
        </Show>
    }
}
