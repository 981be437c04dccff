//! One post-mortem in the home list.

use leptos::prelude::*;

use crate::domain::Summary;
use crate::platform;
use crate::route::Route;

/// A post-mortem's title (a link to open it), status, last edit and counts.
#[component]
pub fn PostmortemListItem(
    /// What to show.
    summary: Summary,
) -> impl IntoView {
    let href = Route::Editor {
        id: summary.id.clone(),
        step: None,
    }
    .to_hash();
    let counts = crate::text::item_counts(summary.facts, summary.causes, summary.actions);
    view! {
        <li class="pm-list__item">
            <a class="pm-list__title" id=format!("pm-link-{}", summary.id.as_str()) href=href>
                {summary.title.clone()}
            </a>
            {summary.example.then(|| view! { <span class="badge badge--example">"Example"</span> })}
            <span class=format!("badge badge--{}", summary.status.key())>{summary.status.label()}</span>
            <span class="pm-list__meta">
                "Last edited "
                <time datetime=summary.updated_at.to_rfc3339()>{platform::format_local(summary.updated_at)}</time>
            </span>
            <span class="pm-list__meta">{counts}</span>
        </li>
    }
}
