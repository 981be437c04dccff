//! The suggestions for a step's link search fields: one `<datalist>` shared by every item,
//! so a long list of targets is in the page once rather than once per item.

use leptos::{html, prelude::*};

use crate::domain::ItemId;
use crate::links::lists_all;

/// A `<datalist>` of every target's label, filled only while pickers search (above
/// [`crate::links::ALL_AT_ONCE`] targets).
#[component]
pub fn LinkTargetList(
    /// The datalist's id, referred to by the pickers' `list` attribute.
    id: &'static str,
    /// The targets: id and label.
    #[prop(into)]
    targets: Signal<Vec<(ItemId, String)>>,
) -> impl IntoView {
    let list = NodeRef::<html::Datalist>::new();
    // Filled directly instead of through a keyed list view: the options are rebuilt
    // together (once typing pauses), never edited one by one, and a keyed view of its own
    // would add 1.5 KB of wasm for nothing.
    Effect::new(move |_| {
        let Some(list) = list.get() else { return };
        targets.with(|targets| {
            list.set_text_content(None);
            if lists_all(targets.len()) {
                return;
            }
            let Some(document) = list.owner_document() else {
                return;
            };
            for (_, label) in targets {
                if let Ok(option) = document.create_element("option") {
                    let _ = option.set_attribute("value", label);
                    let _ = list.append_child(&option);
                }
            }
        });
    });
    view! { <datalist id=id node_ref=list></datalist> }
}
