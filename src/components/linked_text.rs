//! User text with its web addresses as links (http and https only): a dashboard, an order
//! or a ticket named in a fact opens from the report, as it does from the export.

use leptos::prelude::*;

use crate::text::web_links;

/// `text`, with each http(s) address a link that opens in a new tab and tells the page it
/// opens nothing about Hindsight. Everything else is a text node, as typed.
#[component]
pub fn LinkedText(
    /// The text.
    text: String,
) -> impl IntoView {
    web_links(&text)
        .into_iter()
        .map(|(link, part)| {
            let part = part.to_owned();
            if link {
                let href = part.clone();
                view! { <a href=href target="_blank" rel="noopener noreferrer">{part}</a> }
                    .into_any()
            } else {
                part.into_any()
            }
        })
        .collect_view()
}
