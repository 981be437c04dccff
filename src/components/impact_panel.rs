//! The impact block: what the incident cost, typed in, and how long it took, computed.

use leptos::prelude::*;

use super::FigureField;
use crate::domain::{format_amount, format_count, parse_amount, parse_count, Count};
use crate::export::Report;
use crate::state::use_app_state;

/// Edits the impact figures and shows start, detection and resolution from the timeline.
#[component]
pub fn ImpactPanel(
    /// The report (for the computed durations).
    #[prop(into)]
    report: Signal<Report>,
) -> impl IntoView {
    let state = use_app_state();
    let impact = Memo::new(move |_| state.doc.with(|d| d.impact.clone()));
    let count = move |which: Count| {
        Signal::derive(move || {
            impact
                .with(|i| match which {
                    Count::Orders => i.orders,
                    Count::Customers => i.customers,
                    Count::SupportContacts => i.support_contacts,
                })
                .map(format_count)
                .unwrap_or_default()
        })
    };
    let set_count = move |which: Count| {
        Callback::new(move |value: Option<u64>| {
            state.edit_document(|d| d.set_impact_count(which, value))
        })
    };
    let computed = Memo::new(move |_| {
        report.with(|r| {
            r.impact
                .iter()
                .filter(|line| line.what.from_timeline())
                .map(|line| (line.what.label(), line.value.clone()))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section class="impact" aria-labelledby="impact-title">
            <h3 id="impact-title">"Impact"</h3>
            <div class="impact__fields">
                <FigureField id="impact-orders" label="Orders affected" value=count(Count::Orders) parse=parse_count on_change=set_count(Count::Orders) placeholder="e.g. 212" />
                <FigureField
                    id="impact-revenue"
                    label="Revenue lost"
                    value=Signal::derive(move || impact.with(|i| i.revenue_cents.map(format_amount).unwrap_or_default()))
                    parse=parse_amount
                    on_change=Callback::new(move |v: Option<u64>| state.edit_document(|d| d.set_revenue_lost(v)))
                    placeholder="e.g. 9,300"
                />
                <div class="field field--currency">
                    <label for="impact-currency">"Currency"</label>
                    <input
                        id="impact-currency"
                        type="text"
                        maxlength="3"
                        placeholder="USD"
                        autocomplete="off"
                        prop:value=move || impact.with(|i| i.currency.clone())
                        on:input:target=move |ev| {
                            let code = ev.target().value();
                            state.edit_document(|d| d.set_currency(&code));
                        }
                    />
                </div>
                <FigureField id="impact-customers" label="Customers affected" value=count(Count::Customers) parse=parse_count on_change=set_count(Count::Customers) />
                <FigureField id="impact-support" label="Support contacts" value=count(Count::SupportContacts) parse=parse_count on_change=set_count(Count::SupportContacts) />
            </div>
            <Show
                when=move || !computed.with(Vec::is_empty)
                fallback=|| view! { <p class="impact__hint">"Give facts a time and mark one as Detection and one as Resolution: the time to detect and to resolve are then computed here."</p> }
            >
                <dl class="impact__computed">
                    {move || {
                        computed
                            .get()
                            .into_iter()
                            .map(|(label, value)| view! { <dt>{label}</dt> <dd>{value}</dd> })
                            .collect_view()
                    }}
                </dl>
            </Show>
        </section>
    }
}
