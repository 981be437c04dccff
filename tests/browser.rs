//! Browser tests (wasm-bindgen-test in headless Chromium): components mounted and driven
//! through the DOM, as a user would, with the state checked behind them.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used)]

use hindsight::components::{CausesStep, FactsStep, NoticeBar, ReportView};
use hindsight::domain::{Postmortem, PostmortemId, Step};
use hindsight::error::AppError;
use hindsight::export::{Report, ReportContext};
use hindsight::route::Route;
use hindsight::state::AppState;
use hindsight::App;
use leptos::prelude::*;
use leptos::task::tick;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement, HtmlTextAreaElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A fresh container for one test, so tests do not see each other's DOM.
fn container() -> HtmlElement {
    let el: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&el).unwrap();
    el
}

fn doc(title: &str) -> Postmortem {
    Postmortem::new(PostmortemId("test-1".into()), title, chrono::Utc::now())
}

/// The button whose visible text or aria-label is `name`.
fn button(root: &HtmlElement, name: &str) -> HtmlElement {
    let buttons = root.query_selector_all("button").unwrap();
    (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .map(|n| n.unchecked_into::<HtmlElement>())
        .find(|b| {
            b.get_attribute("aria-label").as_deref() == Some(name)
                || b.text_content().as_deref().map(str::trim) == Some(name)
        })
        .unwrap_or_else(|| panic!("no button named {name:?}"))
}

/// The form control labelled `label` (through `<label for>` or `aria-label`).
fn labelled<T: JsCast>(root: &HtmlElement, label: &str) -> T {
    let labels = root.query_selector_all("label").unwrap();
    let by_for = (0..labels.length())
        .filter_map(|i| labels.item(i))
        .map(|n| n.unchecked_into::<HtmlElement>())
        .find(|l| l.text_content().as_deref().map(str::trim) == Some(label))
        .and_then(|l| l.get_attribute("for"))
        .and_then(|id| document().get_element_by_id(&id));
    by_for
        .or_else(|| {
            root.query_selector(&format!("[aria-label=\"{label}\"]"))
                .unwrap()
        })
        .unwrap_or_else(|| panic!("no control labelled {label:?}"))
        .unchecked_into()
}

/// Mounts `step`'s view over `docs`, with the post-mortem "test-1" open at that step.
/// Dropping what it returns unmounts it.
fn mount_step(
    root: &HtmlElement,
    docs: Vec<Postmortem>,
    step: Step,
) -> (AppState, Box<dyn std::any::Any>) {
    let state = AppState::in_memory(docs);
    let handle = leptos::mount::mount_to(root.clone(), move || {
        provide_context(state);
        assert!(state.sync_route(&Route::step(&PostmortemId("test-1".into()), step)));
        match step {
            Step::Causes => view! { <CausesStep /> }.into_any(),
            _ => view! { <FactsStep /> }.into_any(),
        }
    });
    (state, Box::new(handle))
}

fn type_into(field: &HtmlTextAreaElement, text: &str) {
    field.set_value(text);
    field
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
}

#[wasm_bindgen_test]
async fn adding_a_fact_lists_it_focuses_it_and_stores_typing() {
    let root = container();
    let (state, handle) = mount_step(&root, vec![doc("Launch")], Step::Facts);
    tick().await;
    assert!(root.text_content().unwrap().contains("No facts yet"));

    button(&root, "Add fact").click();
    tick().await;
    let fact: HtmlTextAreaElement = labelled(&root, "Fact 1");
    assert_eq!(
        document().active_element().map(|e| e.id()),
        Some(fact.id()),
        "the new fact has the focus"
    );
    assert!(!root.text_content().unwrap().contains("No facts yet"));

    type_into(&fact, "Email sent at 09:00 EST");
    tick().await;
    assert_eq!(
        state.doc.with_untracked(|d| d.facts[0].text.clone()),
        "Email sent at 09:00 EST"
    );

    button(&root, "Add fact").click();
    tick().await;
    let second: HtmlTextAreaElement = labelled(&root, "Fact 2");
    type_into(&second, "Code live at 12:00 EST");
    // Typing and clicking are separate browser tasks; let the typing settle as it would.
    tick().await;
    button(&root, "Move fact 2 up").click();
    tick().await;
    let first: HtmlTextAreaElement = labelled(&root, "Fact 1");
    assert_eq!(
        first.value(),
        "Code live at 12:00 EST",
        "moving relabels and reorders"
    );

    button(&root, "Remove fact 1").click();
    tick().await;
    assert_eq!(state.doc.with_untracked(|d| d.facts.len()), 1);
    let remaining: HtmlTextAreaElement = labelled(&root, "Fact 1");
    assert_eq!(remaining.value(), "Email sent at 09:00 EST");
    drop(handle);
}

#[wasm_bindgen_test]
async fn the_app_moves_between_steps_and_marks_the_current_one() {
    let root = container();
    let handle = leptos::mount::mount_to(root.clone(), App);
    tick().await;
    button(&root, "New post-mortem").click();
    tick().await;
    tick().await;
    let current = |root: &HtmlElement| {
        root.query_selector("[aria-current=step]")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap()
    };
    assert!(current(&root).contains("Facts"));
    assert!(root.text_content().unwrap().contains("What happened?"));

    button(&root, "Next: Causes →").click();
    tick().await;
    tick().await;
    assert!(current(&root).contains("Causes"), "{}", current(&root));
    assert!(root.text_content().unwrap().contains("Why did it happen?"));

    button(&root, "← Facts").click();
    tick().await;
    tick().await;
    assert!(current(&root).contains("Facts"));
    drop(handle);
    web_sys::window().unwrap().location().set_hash("").unwrap();
}

#[wasm_bindgen_test]
async fn the_preview_shows_markup_as_text() {
    let root = container();
    let mut pm = doc("<script>alert(1)</script>");
    let fact = pm.add_fact("<img src=x onerror=alert(2)> **bold**");
    pm.set_fact_text(fact, "<img src=x onerror=alert(2)> **bold**");
    let report = Report::new(
        &pm,
        &ReportContext::utc(chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()),
    );
    let handle = leptos::mount::mount_to(
        root.clone(),
        move || view! { <ReportView report=Signal::stored(report.clone()) /> },
    );
    tick().await;
    assert!(root.query_selector("script").unwrap().is_none());
    assert!(root.query_selector("img").unwrap().is_none());
    let text = root.text_content().unwrap();
    assert!(text.contains("<script>alert(1)</script>"));
    assert!(text.contains("<img src=x onerror=alert(2)> **bold**"));
    drop(handle);
}

#[wasm_bindgen_test]
async fn storage_errors_reach_the_user_as_alerts() {
    let root = container();
    let state = AppState::in_memory(Vec::new());
    let handle = leptos::mount::mount_to(root.clone(), move || {
        provide_context(state);
        view! { <NoticeBar /> }
    });
    state.notices.error(&AppError::QuotaExceeded);
    // A second failure replaces the first rather than stacking up.
    state.notices.error(&AppError::QuotaExceeded);
    tick().await;
    let alerts = root.query_selector_all("[role=alert]").unwrap();
    assert_eq!(alerts.length(), 1);
    assert!(alerts
        .item(0)
        .unwrap()
        .text_content()
        .unwrap()
        .contains("storage for Hindsight is full"));
    button(&root, "Dismiss notice").click();
    tick().await;
    assert_eq!(root.query_selector_all("[role=alert]").unwrap().length(), 0);
    drop(handle);
}

#[wasm_bindgen_test]
async fn item_views_follow_their_item_through_every_kind_of_change() {
    // Item views follow their own item, not the whole document (so typing stays quick in a
    // long post-mortem): every kind of change must still reach them.
    let root = container();
    let with_fact = |id: &str, text: &str| {
        let mut pm = Postmortem::new(PostmortemId(id.into()), id, chrono::Utc::now());
        let fact = pm.add_fact(text);
        pm.set_fact_text(fact, text);
        pm
    };
    // Item ids restart in every post-mortem: both have a fact 1.
    let state = AppState::in_memory(vec![
        with_fact("pm-a", "A's fact"),
        with_fact("pm-b", "B's fact"),
    ]);
    let open = move |id: &str| {
        assert!(state.sync_route(&Route::step(&PostmortemId(id.into()), Step::Facts)))
    };
    let handle = leptos::mount::mount_to(root.clone(), move || {
        provide_context(state);
        open("pm-a");
        view! { <FactsStep /> }
    });
    tick().await;
    let fact = || labelled::<HtmlTextAreaElement>(&root, "Fact 1");
    assert_eq!(fact().value(), "A's fact");

    // Its own edit.
    let id = state.doc.with_untracked(|d| d.facts[0].id);
    state.edit_item(id, |d| d.set_fact_text(id, "A's fact, edited"));
    tick().await;
    assert_eq!(fact().value(), "A's fact, edited");

    // An edit that may touch several items.
    state.edit(|d| d.set_fact_text(id, "changed with others"));
    tick().await;
    assert_eq!(fact().value(), "changed with others");

    // Another post-mortem opened in its place: same item id, other content.
    open("pm-b");
    tick().await;
    assert_eq!(fact().value(), "B's fact");
    drop(handle);
}

/// Waits for the next animation frame.
async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .request_animation_frame(&resolve)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
async fn a_long_list_shows_its_first_rows_at_once_and_the_rest_over_a_few_frames() {
    let root = container();
    let mut pm = doc("Long");
    for i in 1..=300 {
        let id = pm.add_fact("");
        pm.set_fact_text(id, format!("Fact number {i}"));
    }
    let (_, handle) = mount_step(&root, vec![pm], Step::Facts);
    tick().await;
    let rows = |root: &HtmlElement| root.query_selector_all("textarea").unwrap().length();
    let first = rows(&root);
    assert!((1..300).contains(&first), "{first} rows at first");
    for _ in 0..20 {
        next_frame().await;
        tick().await;
    }
    assert_eq!(rows(&root), 300, "every row after a few frames");
    // Once all show, a new item appears at once (and takes the focus).
    button(&root, "Add fact").click();
    tick().await;
    assert_eq!(rows(&root), 301);
    drop(handle);
}

#[wasm_bindgen_test]
async fn with_many_facts_a_cause_lists_its_evidence_and_finds_more_by_number() {
    // 45 facts: more than a picker lists in full (hindsight::links::ALL_AT_ONCE).
    let root = container();
    let mut pm = doc("Many facts");
    let mut facts = Vec::new();
    for i in 1..=45 {
        let id = pm.add_fact("");
        pm.set_fact_text(id, format!("Fact number {i}"));
        facts.push(id);
    }
    let cause = pm.add_cause("");
    pm.set_cause_statement(cause, "A missing check");
    pm.set_evidence(cause, facts[1], true);
    let (state, handle) = mount_step(&root, vec![pm], Step::Causes);
    tick().await;
    let checkboxes = |root: &HtmlElement| {
        let boxes = root.query_selector_all("input[type=checkbox]").unwrap();
        (0..boxes.length())
            .filter_map(|i| boxes.item(i))
            .map(|n| {
                let label = n.parent_element().unwrap().text_content().unwrap();
                (label, n.unchecked_into::<HtmlInputElement>().checked())
            })
            .collect::<Vec<_>>()
    };
    // Only the linked fact has a checkbox; every fact is a suggestion, once on the page.
    assert_eq!(
        checkboxes(&root),
        vec![("F2 · Fact number 2".to_owned(), true)]
    );
    let suggestions = root
        .query_selector_all("datalist#fact-targets option")
        .unwrap();
    assert_eq!(suggestions.length(), 45);

    let field = labelled::<HtmlInputElement>(&root, "Link a fact to cause 1");
    assert_eq!(field.get_attribute("list").as_deref(), Some("fact-targets"));
    let enter = |field: &HtmlInputElement, text: &str| {
        field.set_value(text);
        let init = web_sys::KeyboardEventInit::new();
        init.set_key("Enter");
        init.set_bubbles(true);
        let event = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init);
        field.dispatch_event(&event.unwrap()).unwrap();
    };
    // By number.
    enter(&field, "f12");
    tick().await;
    assert_eq!(
        state.doc.with_untracked(|d| d.causes[0].evidence.clone()),
        vec![facts[1], facts[11]]
    );
    assert_eq!(field.value(), "", "the field is cleared for the next one");
    assert_eq!(checkboxes(&root).len(), 2);

    // A suggestion chosen from the list links at once.
    field.set_value("F40 · Fact number 40");
    field
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    tick().await;
    assert!(state
        .doc
        .with_untracked(|d| d.causes[0].evidence.contains(&facts[39])));

    // Something that names no fact says so, and links nothing.
    enter(&field, "F99");
    tick().await;
    let alert = root
        .query_selector("[role=alert]")
        .unwrap()
        .expect("an error message");
    assert!(alert
        .text_content()
        .unwrap()
        .contains("No fact is called “F99”"));
    assert_eq!(state.doc.with_untracked(|d| d.causes[0].evidence.len()), 3);

    // Unticking a listed fact unlinks it, as with the full list; its box stays, unticked,
    // so it can be ticked again.
    let first: HtmlInputElement = root
        .query_selector("input[type=checkbox]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    first.click();
    tick().await;
    assert_eq!(
        state.doc.with_untracked(|d| d.causes[0].evidence.clone()),
        vec![facts[11], facts[39]]
    );
    assert_eq!(
        checkboxes(&root)[0],
        ("F2 · Fact number 2".to_owned(), false)
    );
    first.click();
    tick().await;
    assert!(state
        .doc
        .with_untracked(|d| d.causes[0].evidence.contains(&facts[1])));
    drop(handle);
}
