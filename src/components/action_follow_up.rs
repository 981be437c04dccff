//! What happens to an action after the post-mortem: its verification once done, and the
//! playbook check it became (or the form that makes one).

use leptos::prelude::*;

use super::PlaybookLink;
use crate::domain::{limits, Action, ActionStatus, ItemId};
use crate::platform;
use crate::state::use_app_state;

/// Verification and the playbook link of one action.
#[component]
pub fn ActionFollowUp(
    /// The action's id.
    id: ItemId,
    /// The action as it is now.
    action: Memo<Option<Action>>,
    /// Its number in the list (1-based), for labels.
    n: Signal<usize>,
) -> impl IntoView {
    let state = use_app_state();
    let done = Memo::new(move |_| {
        action.with(|a| a.as_ref().is_some_and(|a| a.status == ActionStatus::Done))
    });
    let verified = Memo::new(move |_| action.with(|a| a.as_ref().and_then(|a| a.verified.clone())));
    let how = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let verify = move || {
        let note = how.get_untracked();
        let mut result = Ok(());
        state.edit_item(id, |d| {
            result = d.verify_action(id, platform::today(), &note)
        });
        match result {
            Ok(()) => {
                how.set(String::new());
                error.set(None);
                // The field gives way to the verification: the keyboard goes to its button.
                let withdraw = format!("action-{id}-withdraw");
                request_animation_frame(move || platform::focus_id(&withdraw));
            }
            Err(e) => error.set(Some(e)),
        }
    };
    let how_id = format!("action-{id}-verify");
    let verification = move || {
        if !done.get() {
            return None;
        }
        Some(match verified.get() {
            Some(v) => view! {
                <p class="follow__verified">
                    <span class="badge badge--ok">"Verified"</span>
                    {format!(" {}: {}", v.on, v.note)}
                    " "
                    <button
                        id=format!("action-{id}-withdraw")
                        class="button button--link"
                        aria-label=move || format!("Withdraw the verification of action {}", n.get())
                        on:click=move |_| state.edit_item(id, |d| d.unverify_action(id))
                    >
                        "Withdraw"
                    </button>
                </p>
            }
            .into_any(),
            None => view! {
                <div class="field follow__verify">
                    <label for=how_id.clone()>
                        {move || format!("How was action {} checked to work?", n.get())}
                    </label>
                    <div class="follow__row">
                        <input
                            id=how_id.clone()
                            type="text"
                            maxlength=limits::TEXT_CHARS
                            placeholder="e.g. test order placed with every code"
                            prop:value=move || how.get()
                            on:input:target=move |ev| how.set(ev.target().value())
                            on:keydown=move |ev| {
                                if ev.key() == "Enter" {
                                    verify();
                                }
                            }
                        />
                        <button
                            class="button button--small"
                            aria-label=move || format!("Mark action {} verified", n.get())
                            on:click=move |_| verify()
                        >
                            "Mark verified"
                        </button>
                    </div>
                </div>
            }
            .into_any(),
        })
    };
    view! {
        <div class="follow">
            {verification}
            {move || error.get().map(|e| view! { <p class="field__error" role="alert">{e}</p> })}
            <PlaybookLink id n />
        </div>
    }
}
