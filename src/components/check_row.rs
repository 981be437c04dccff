//! One check of a checklist: what is checked, when and by whom, where it came from, and
//! the buttons that move or retire it.

use leptos::prelude::*;

use crate::domain::{limits, Direction};
use crate::playbook::{CheckItem, Checklist, Source, Uid};
use crate::route::Route;
use crate::state::use_app_state;

/// Edits one check.
#[component]
pub fn CheckRow(
    /// Its checklist.
    list: Uid,
    /// The check's id.
    item: Uid,
    /// Its place among the checks in use (0-based). Rows are rebuilt whenever checks are
    /// added, moved or retired, so this is fixed for the row's life.
    position: usize,
    /// How many checks are in use.
    count: usize,
) -> impl IntoView {
    let state = use_app_state();
    let current = {
        let (list, item) = (list.clone(), item.clone());
        Memo::new(move |_| {
            state.checklists.with(|all| {
                crate::playbook::check_item(all, &list, &item)
                    .cloned()
                    .unwrap_or_default()
            })
        })
    };
    let n = position + 1;
    let last = count.saturating_sub(1);
    let field = move |f: fn(&CheckItem) -> &String| move || current.with(|i| f(i).clone());
    let edit = {
        let (list, item) = (list.clone(), item.clone());
        move |set: fn(&mut Checklist, &Uid, String), value: String| {
            state.edit_checklist(&list, |l| set(l, &item, value));
        }
    };
    let edit_fields = edit.clone();
    let base = format!("check-{item}");
    let mover = {
        let (list, item, base) = (list.clone(), item.clone(), base.clone());
        move |direction: Direction| {
            let item = item.clone();
            state.edit_checklist(&list, move |l| l.move_item(&item, direction));
            // The row moves in the page, which takes the focus off its button: put it
            // back. The rows are rebuilt by then: only plain values are read here.
            let id = format!("{base}-{}", direction.button_after_move(position, count));
            request_animation_frame(move || crate::platform::focus_id(&id));
        }
    };
    let mover_down = mover.clone();
    let retiring = RwSignal::new(false);
    let reason = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let retire = {
        let (list, item) = (list.clone(), item.clone());
        move || {
            let mut result = Ok(());
            let why = reason.get_untracked();
            let now = crate::platform::now();
            state.edit_checklist(&list, |l| result = l.retire(&item, &why, now));
            match result {
                Ok(()) => {
                    retiring.set(false);
                    // The row leaves the list: the keyboard goes on at "New check".
                    request_animation_frame(|| crate::platform::focus_id("new-check"));
                }
                Err(e) => error.set(Some(e)),
            }
        }
    };
    let origin = move || {
        current.with(|i| {
            i.origin.clone().map(|origin| {
                let source = state.library.with(|docs| Source::of(&origin, docs));
                let title = format!("{} ({})", origin.title, origin.date);
                let link = match source {
                    Source::Here => view! {
                        <a href=Route::Editor { id: origin.postmortem.clone(), step: None }.to_hash()>{title}</a>
                    }
                    .into_any(),
                    Source::InTrash => format!("{title}, now in the trash").into_any(),
                    Source::Gone => format!("{title}, no longer in this browser").into_any(),
                };
                view! { <p class="check__origin">"Added after: " {link}</p> }
            })
        })
    };
    let reason_id = format!("{base}-reason");
    let reason_field = reason_id.clone();
    // When and who: the same field twice, rendered from a table (each copy written out in
    // the view costs wasm).
    type Getter = fn(&CheckItem) -> &String;
    type Setter = fn(&mut Checklist, &Uid, String);
    let table: [(&str, String, &str, Getter, Setter); 2] = [
        (
            "when",
            format!("When check {n} is done"),
            "e.g. 24 h before launch",
            |i| &i.when,
            |l, i, v| l.set_when(i, v),
        ),
        (
            "who",
            format!("Who does check {n}"),
            "Roles, e.g. marketing lead + shop owner",
            |i| &i.who,
            |l, i, v| l.set_who(i, v),
        ),
    ];
    let fields = table
        .into_iter()
        .map(|(key, label, placeholder, get, set)| {
            let id = format!("{base}-{key}");
            let edit = edit_fields.clone();
            view! {
                <div class="field">
                    <label for=id.clone()>{label}</label>
                    <input
                        id=id
                        type="text"
                        maxlength=limits::SHORT_CHARS
                        placeholder=placeholder
                        prop:value=field(get)
                        on:input:target=move |ev| edit(set, ev.target().value())
                    />
                </div>
            }
        })
        .collect_view();
    view! {
        <li class="item check">
            <div class="item__main">
                <label class="item__label" for=format!("{base}-text")>{format!("Check {n}")}</label>
                <textarea
                    id=format!("{base}-text")
                    class="item__text"
                    rows="2"
                    maxlength=limits::TEXT_CHARS
                    prop:value=field(|i| &i.check)
                    on:input:target=move |ev| edit(|l, i, v| l.set_check(i, v), ev.target().value())
                ></textarea>
                <div class="item__fields">{fields}</div>
                {origin}
                {move || retiring.get().then(|| {
                    let retire = retire.clone();
                    let reason_id = reason_id.clone();
                    view! {
                    <div class="field">
                        <label for=reason_id.clone()>{format!("Why check {n} is retired")}</label>
                        <input
                            id=reason_id.clone()
                            type="text"
                            maxlength=limits::TEXT_CHARS
                            prop:value=move || reason.get()
                            on:input:target=move |ev| reason.set(ev.target().value())
                        />
                    </div>
                    <button class="button button--small check__retire" on:click=move |_| retire()>{format!("Retire check {n}")}</button>
                    {move || error.get().map(|e| view! { <p class="field__error" role="alert">{e}</p> })}
                    }
                })}
            </div>
            <div class="item__tools">
                <button
                    id=format!("{base}-up")
                    class="button button--quiet button--small"
                    aria-label=format!("Move check {n} up")
                    disabled=position == 0
                    on:click=move |_| mover(Direction::Up)
                >"↑"</button>
                <button
                    id=format!("{base}-down")
                    class="button button--quiet button--small"
                    aria-label=format!("Move check {n} down")
                    disabled={ position >= last }
                    on:click=move |_| mover_down(Direction::Down)
                >"↓"</button>
                <button
                    class="button button--quiet button--small"
                    aria-label=format!("Retire check {n}…")
                    aria-expanded=move || retiring.get().to_string()
                    on:click=move |_| {
                        retiring.update(|r| *r = !*r);
                        // The reason is asked for next: the keyboard goes there.
                        if retiring.get_untracked() {
                            crate::platform::focus_when_rendered(reason_field.clone());
                        }
                    }
                >"Retire…"</button>
            </div>
        </li>
    }
}
