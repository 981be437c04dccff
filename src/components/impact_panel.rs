//! The impact block: what the incident cost, typed in, and how long it took, computed.

use leptos::prelude::*;

use super::FigureField;
use crate::domain::{
    currency_problem, format_amount, format_count, limits, parse_amount, parse_count, Count,
    Impact, Postmortem, PostmortemId,
};
use crate::export::Report;
use crate::platform;
use crate::state::use_app_state;

/// A figure typed as text: its field's id, its label, the key its unsaved text is kept
/// under, how it is read, and what is saved of it, as shown.
pub(crate) struct Figure {
    pub id: &'static str,
    pub label: &'static str,
    key: &'static str,
    parse: fn(&str) -> Result<Option<u64>, String>,
    saved: fn(&Impact) -> Option<String>,
}

/// The impact figures, in the order of their fields.
pub(crate) const FIGURES: [Figure; 4] = [
    Figure {
        id: "impact-orders",
        label: "Orders affected",
        key: "orders",
        parse: parse_count,
        saved: |i| i.orders.map(format_count),
    },
    Figure {
        id: "impact-revenue",
        label: "Revenue lost",
        key: "revenue",
        parse: parse_amount,
        saved: |i| i.revenue_cents.map(format_amount),
    },
    Figure {
        id: "impact-customers",
        label: "Customers affected",
        key: "customers",
        parse: parse_count,
        saved: |i| i.customers.map(format_count),
    },
    Figure {
        id: "impact-support",
        label: "Support contacts",
        key: "support",
        parse: parse_count,
        saved: |i| i.support_contacts.map(format_count),
    },
];

/// Where the tab keeps a figure's text while it is not a number, per post-mortem.
fn draft_key(pm: &PostmortemId, figure: &Figure) -> String {
    format!("hs-figure:{}:{}", pm.as_str(), figure.key)
}

/// The figures whose typed text is refused and so not saved, with what Review says of
/// each: the field shows it in red, but a user who left the step would otherwise read
/// "Nothing missing" above a report with another figure, or none.
pub(crate) fn unsaved_figures(pm: &Postmortem) -> Vec<(&'static Figure, String)> {
    FIGURES
        .iter()
        .filter_map(|figure| {
            let text = platform::tab_value(&draft_key(&pm.id, figure))?;
            let problem = (figure.parse)(&text).err()?;
            let report = match (figure.saved)(&pm.impact) {
                Some(saved) => format!("the report still says {saved}"),
                None => "the report has no figure for it".to_owned(),
            };
            Some((
                figure,
                format!("{}: {problem}. It is not saved, so {report}.", figure.label),
            ))
        })
        .collect()
}

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
    let currency_error = RwSignal::new(None::<String>);
    let currency_draft = RwSignal::new(None::<String>);
    let currency_problem_of = |code: &str| currency_problem(code, platform::known_currency);
    // Text that is not yet a number is kept for the tab under the post-mortem's id.
    let pm = state.doc.with_untracked(|d| d.id.clone());
    let kept_under = move |figure: &Figure| draft_key(&pm, figure);
    let [orders, revenue, customers, support] = &FIGURES;
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
                <FigureField id=orders.id label=orders.label value=count(Count::Orders) parse=orders.parse on_change=set_count(Count::Orders) placeholder="e.g. 212" draft_key=kept_under(orders) />
                <FigureField
                    id=revenue.id
                    label=revenue.label
                    value=Signal::derive(move || impact.with(|i| i.revenue_cents.map(format_amount).unwrap_or_default()))
                    parse=revenue.parse
                    on_change=Callback::new(move |v: Option<u64>| state.edit_document(|d| d.set_revenue_lost(v)))
                    placeholder="e.g. 9,300"
                    draft_key=kept_under(revenue)
                />
                <div class="field field--currency">
                    <label for="impact-currency">"Currency"</label>
                    // Not cut at three characters: "dollars" must be refused, not kept as "DOL".
                    <input
                        id="impact-currency"
                        type="text"
                        maxlength=limits::SHORT_CHARS
                        placeholder="USD"
                        autocomplete="off"
                        aria-invalid=move || currency_error.with(Option::is_some).then_some("true")
                        aria-describedby=move || currency_error.with(Option::is_some).then_some("impact-currency-error")
                        // What is typed and not (yet) a code stays in the field: the stored
                        // one written back over it would drop it without a word.
                        prop:value=move || currency_draft.get().unwrap_or_else(|| impact.with(|i| i.currency.clone()))
                        on:input:target=move |ev| {
                            let code = ev.target().value();
                            // Saved as soon as it is a code; judged when the field is left,
                            // not at "U" on the way to "USD".
                            if currency_problem_of(&code).is_none() {
                                state.edit_document(|d| d.set_currency(&code));
                                currency_draft.set(None);
                                currency_error.set(None);
                            } else {
                                currency_draft.set(Some(code));
                            }
                        }
                        on:change:target=move |ev| currency_error.set(currency_problem_of(&ev.target().value()))
                    />
                    <p class="field__error" id="impact-currency-error" role="alert" hidden=move || currency_error.with(Option::is_none)>
                        {move || currency_error.get().map(|m| format!("{m}. Not saved until it is one."))}
                    </p>
                </div>
                <FigureField id=customers.id label=customers.label value=count(Count::Customers) parse=customers.parse on_change=set_count(Count::Customers) draft_key=kept_under(customers) />
                <FigureField id=support.id label=support.label value=count(Count::SupportContacts) parse=support.parse on_change=set_count(Count::SupportContacts) draft_key=kept_under(support) />
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
