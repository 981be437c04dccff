//! Under a cause: the causes of other post-mortems it resembles, so a cause that keeps
//! coming back is noticed while it is written.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::recurring::CausesElsewhere;
use crate::domain::Step;
use crate::route::Route;
use crate::state::AppState;

/// The causes of the other post-mortems, indexed, shared by every cause of the step.
#[derive(Clone, Copy)]
pub struct Elsewhere(Memo<Arc<CausesElsewhere>>);

impl Elsewhere {
    /// Indexes the causes of every post-mortem but the open one. Rebuilt when another
    /// post-mortem changes, not when the open one does (its saves update the library too,
    /// and typing would rebuild the index every few seconds).
    pub fn new(state: AppState) -> Self {
        // Which post-mortem is open is part of it (following a "Similar to" link opens
        // another one without leaving the step); its edits are not (cheap to recheck).
        let others = Memo::new(move |_| {
            // From the address, not the document: typing must not rerun this.
            let open = state.route.with(|r| match r {
                Route::Editor { id, .. } => id.clone(),
                _ => state.doc.with_untracked(|d| d.id.clone()),
            });
            let (count, latest) = state.library.with(|docs| {
                let others = docs.iter().filter(|d| d.id != open);
                (others.clone().count(), others.map(|d| d.updated_at).max())
            });
            (open, count, latest)
        });
        Self(Memo::new(move |_| {
            others.track();
            let open = state.doc.with_untracked(|d| d.id.clone());
            Arc::new(
                state
                    .library
                    .with_untracked(|docs| CausesElsewhere::new(docs, &open)),
            )
        }))
    }
}

/// "Similar to C1 in ‹title› (date)", with a link, when another post-mortem has a cause
/// like this one.
#[component]
pub fn SimilarCauses(
    /// The cause's statement as it is now.
    statement: Signal<String>,
) -> impl IntoView {
    let Some(Elsewhere(index)) = use_context::<Elsewhere>() else {
        return ().into_any();
    };
    let like = Memo::new(move |_| {
        let statement = statement.get();
        index.with(|i| {
            i.like(&statement, 2)
                .into_iter()
                .map(|e| {
                    (
                        Route::step(&e.postmortem, Step::Causes).to_hash(),
                        format!("{} in “{}” ({})", e.label, e.title, e.date),
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        {move || {
            let like = like.get();
            (!like.is_empty()).then(|| view! {
            <p class="similar">
                "Similar to "
                {
                    like
                        .into_iter()
                        .enumerate()
                        .map(|(i, (href, text))| view! {
                            {(i > 0).then_some(" and ")}
                            <a href=href>{text}</a>
                        })
                        .collect_view()
                }
                ". A cause that comes back may need a check in the playbook."
            </p>
            })
        }}
    }
    .into_any()
}
