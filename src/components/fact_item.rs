//! One fact: its text, when it happened, and controls to move or remove it.

use leptos::{html, prelude::*};

use super::{ChoiceSelect, CoachNotes, DateField};
use crate::domain::limits::{self, ItemList};
use crate::domain::{
    format_local_datetime, parse_local_datetime, suggest_zone, time_warnings, Direction, Fact,
    FactKind, ItemId, Listed, Zone,
};
use crate::findings::{Detail, Part};
use crate::platform::{self, IntlZones};
use crate::state::use_app_state;

/// Edits one fact.
#[component]
pub fn FactItem(
    /// The fact's id.
    id: ItemId,
    /// Its position in the list (0-based), kept current by the list.
    index: ReadSignal<usize>,
    /// How many facts there are.
    count: Memo<usize>,
) -> impl IntoView {
    let state = use_app_state();
    let fact = state.item::<Fact>(id, index);
    let n = move || index.get() + 1;
    let text_ref = NodeRef::<html::Textarea>::new();
    state.focus_when_added(id, text_ref);
    let text_id = Part::Fact(id).field_id();
    let when_id = Detail::FactWhen.field_id(id);
    let zone_id = Detail::FactZone.field_id(id);
    let source_id = format!("fact-{id}-source");
    let warnings = Memo::new(move |_| {
        fact.with(|f| {
            f.as_ref()
                .map(|f| time_warnings(f, &IntlZones, &platform::viewer_zone()))
                .unwrap_or_default()
        })
    });
    // The zone a zone name typed loosely stands for, when it is not one as typed. Asked of
    // the browser's zone rules only when the zone changes, not at each key typed in the
    // fact's text.
    let zone_text = Memo::new(move |_| fact.with(|f| f.as_ref().and_then(|f| f.zone.clone())));
    // (The table of places first: the browser is asked only when it suggests another name,
    // so a list of thousands of facts in good zones asks it nothing while it is drawn.)
    // The zone field is described by the fact's time warnings (an unknown zone, the wrong
    // season), so a screen reader in the field hears them.
    let warnings_id = format!("fact-{id}-warnings");
    let described_by = warnings_id.clone();
    let zone_unknown = Memo::new(move |_| {
        zone_text.with(|z| {
            z.as_deref()
                .map(str::trim)
                .is_some_and(|t| !t.is_empty() && Zone::parse(t, &IntlZones).is_none())
        })
    });
    let zone_fix = Memo::new(move |_| {
        zone_text.with(|z| {
            let typed = z.as_deref()?.trim();
            suggest_zone(typed)
                .filter(|zone| *zone != typed && Zone::parse(typed, &IntlZones).is_none())
        })
    });
    // The item moves in the page, which takes the focus off its button: put it back.
    let move_fact = move |direction: Direction| {
        let (at, len) = (index.get_untracked(), count.get_untracked());
        state.edit_document(|d| d.move_fact(id, direction));
        let target = format!("fact-{id}-{}", direction.button_after_move(at, len));
        request_animation_frame(move || crate::platform::focus_id(&target));
    };
    let kind =
        Signal::derive(move || fact.with(|f| f.as_ref().and_then(|f| f.kind).map(FactKind::index)));
    view! {
        <li class="item">
            <div class="item__main">
                <label class="item__label" for=text_id.clone()>
                    {move || Fact::name(index.get())}
                </label>
                <textarea
                    id=text_id
                    maxlength=limits::TEXT_CHARS
                    node_ref=text_ref
                    class="item__text"
                    rows="2"
                    placeholder="What happened, as data: who saw what, how many, how long."
                    prop:value=move || fact.with(|f| f.as_ref().map(|f| f.text.clone()).unwrap_or_default())
                    on:input:target=move |ev| {
                        let value = state.text_typed(&ev.target(), || format!("Fact {}", n()));
                        state.edit_item(id, |d| d.set_fact_text(id, value));
                    }
                ></textarea>
                <CoachNotes
                    part=Part::Fact(id)
                    text=Signal::derive(move || fact.with(|f| f.as_ref().map(|f| f.text.clone()).unwrap_or_default()))
                    label=Signal::derive(move || Fact::name(index.get()).to_lowercase())
                />
                <div class="item__fields">
                    <DateField
                        id=when_id
                        label=Signal::derive(move || format!("When fact {} happened", n()))
                        kind="datetime-local"
                        value=Signal::derive(move || {
                            fact.with(|f| f.as_ref().and_then(|f| f.when).map(|w| format_local_datetime(&w)).unwrap_or_default())
                        })
                        readable=|t| parse_local_datetime(t).is_some()
                        on_change=Callback::new(move |text: String| {
                            let when = parse_local_datetime(&text);
                            state.edit_item(id, |d| d.set_fact_when(id, when));
                        })
                    />
                    <div class="field">
                        <label for=zone_id.clone()>{move || format!("Time zone of fact {}", n())}</label>
                        <input
                            id=zone_id
                            aria-invalid=move || zone_unknown.get().then_some("true")
                            aria-describedby=move || (!warnings.with(Vec::is_empty)).then(|| described_by.clone())
                            maxlength=limits::SHORT_CHARS
                            type="text"
                            list="hs-zones"
                            autocomplete="off"
                            spellcheck="false"
                            placeholder="e.g. America/New_York"
                            prop:value=move || fact.with(|f| f.as_ref().and_then(|f| f.zone.clone()).unwrap_or_default())
                            on:input:target=move |ev| {
                                let zone = ev.target().value();
                                state.edit_item(id, |d| d.set_fact_zone(id, Some(zone)));
                            }
                        />
                        // "America/New York", "new york": the zone meant, put in at one click.
                        {move || zone_fix.get().map(|zone| view! {
                            <button
                                class="button button--small"
                                aria-label=format!("Use {zone} for fact {}", n())
                                on:click=move |_| {
                                    state.edit_item(id, |d| d.set_fact_zone(id, Some(zone.to_owned())));
                                    // The button goes once the zone is right: the keyboard
                                    // returns to the zone's field rather than the page's start.
                                    platform::focus_when_rendered(Detail::FactZone.field_id(id));
                                }
                            >
                                {format!("Use {zone}")}
                            </button>
                        })}
                    </div>
                    <div class="field">
                        <label for=source_id.clone()>{move || format!("Source of fact {}", n())}</label>
                        <input
                            id=source_id
                            maxlength=limits::SHORT_CHARS
                            type="text"
                            placeholder="e.g. email tool"
                            prop:value=move || fact.with(|f| f.as_ref().map(|f| f.source.clone()).unwrap_or_default())
                            on:input:target=move |ev| {
                                let source = ev.target().value();
                                state.edit_item(id, |d| d.set_fact_source(id, source));
                            }
                        />
                    </div>
                    <ChoiceSelect
                        id=format!("fact-{id}-kind")
                        label=Signal::derive(move || format!("Kind of fact {}", n()))
                        options=FactKind::ALL.iter().map(|k| (k.key(), k.label())).collect()
                        selected=kind
                        none="—"
                        on_change=Callback::new(move |i: Option<usize>| state.edit_item(id, |d| d.set_fact_kind(id, i.and_then(|i| FactKind::ALL.get(i).copied()))))
                    />
                </div>
                <ul class="item__warnings" id=warnings_id aria-live="polite">
                    {move || warnings.get().into_iter().map(|w| view! { <li class="warning">{w}</li> }).collect_view()}
                </ul>
            </div>
            <div class="item__tools">
                <button
                    class="button button--quiet button--small"
                    id=format!("fact-{id}-up")
                    aria-label=move || format!("Move fact {} up", n())
                    disabled=move || index.get() == 0
                    on:click=move |_| move_fact(Direction::Up)
                >
                    "↑"
                </button>
                <button
                    class="button button--quiet button--small"
                    id=format!("fact-{id}-down")
                    aria-label=move || format!("Move fact {} down", n())
                    disabled=move || { index.get() + 1 >= count.get() }
                    on:click=move |_| move_fact(Direction::Down)
                >
                    "↓"
                </button>
                <button
                    class="button button--quiet button--small button--danger"
                    aria-label=move || format!("Remove fact {}", n())
                    on:click=move |_| state.remove_item(ItemList::Facts, id)
                >
                    "Remove"
                </button>
            </div>
        </li>
    }
}
