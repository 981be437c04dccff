#![cfg(not(target_arch = "wasm32"))]
//! The playbook as Markdown, read back with a GFM parser: task lists with each check's
//! timing, roles and origin; runs with their answers; user text that cannot change the
//! document's structure.

#![allow(clippy::unwrap_used, clippy::disallowed_methods)]

mod support;

use chrono::{DateTime, Utc};
use hindsight::domain::{worked_example, PostmortemId};
use hindsight::export::playbook::{checklist_markdown, playbook_markdown, run_markdown};
use hindsight::playbook::{Checklist, Outcome, Uid};
use pulldown_cmark::{Event, HeadingLevel, Tag};
use support::markdown::{find, headings, parse, shape, text, Node};

fn utc(text: &str) -> DateTime<Utc> {
    text.parse().unwrap()
}

fn stamp(at: DateTime<Utc>) -> String {
    at.to_rfc3339()
}

fn uid(s: &str) -> Uid {
    Uid(s.into())
}

fn checklist(hostile: &str) -> Checklist {
    let pm = worked_example(PostmortemId("ex".into()), utc("2026-11-30T00:00:00Z"));
    let mut list = Checklist::new(
        uid("cl"),
        format!("Launch checklist{hostile}"),
        utc("2026-11-30T00:00:00Z"),
    );
    list.add_from_action(uid("a"), &pm, &pm.actions[0]);
    list.add_item(uid("b"), format!("Test every code{hostile}"));
    list.set_who(&uid("b"), format!("two people{hostile}"));
    list.add_item(uid("c"), "Old check");
    list.retire(
        &uid("c"),
        &format!("Tool does it now{hostile}"),
        utc("2026-12-01T00:00:00Z"),
    )
    .unwrap();
    list.start_run(
        uid("r"),
        &format!("Spring sale{hostile}"),
        utc("2027-03-01T08:00:00Z"),
    )
    .unwrap();
    let run = list.run_mut(&uid("r")).unwrap();
    run.set_outcome(&uid("a"), Some(Outcome::Done), utc("2027-03-01T08:10:00Z"));
    run.set_outcome(
        &uid("b"),
        Some(Outcome::Failed),
        utc("2027-03-01T08:20:00Z"),
    );
    run.set_note(&uid("b"), format!("SPRING20 rejected{hostile}"));
    list
}

fn markers(nodes: &[Node]) -> Vec<bool> {
    fn walk(nodes: &[Node], out: &mut Vec<bool>) {
        for node in nodes {
            match node {
                Node::Leaf(Event::TaskListMarker(done)) => out.push(*done),
                Node::Elem(_, children) => walk(children, out),
                Node::Leaf(_) => {}
            }
        }
    }
    let mut out = Vec::new();
    walk(nodes, &mut out);
    out
}

fn items(nodes: &[Node]) -> Vec<String> {
    find(nodes, &|t| matches!(t, Tag::Item))
        .into_iter()
        .map(text)
        .collect()
}

#[test]
fn a_checklist_is_a_task_list_with_timing_roles_and_origin() {
    let md = checklist_markdown(&checklist(""), &stamp);
    let doc = parse(&md);
    assert_eq!(headings(&doc, HeadingLevel::H1), ["Launch checklist"]);
    assert_eq!(headings(&doc, HeadingLevel::H2), ["Retired checks", "Runs"]);
    assert_eq!(markers(&doc), [false, false], "{md}");
    let items = items(&doc);
    assert_eq!(
        items[0],
        "Add to the launch checklist a two-person time-zone check of every scheduled tool, 24 hours before launch. — when: 24 hours before launch — who: Launch manager\nAdded after: Black-Friday discount code went live 3 hours after the sale email (2026-11-27)"
    );
    assert_eq!(items[1], "Test every code — who: two people");
    assert_eq!(
        items[2],
        "Old check — retired 2026-12-01T00:00:00+00:00: Tool does it now"
    );
    assert_eq!(
        items[3],
        "Spring sale, started 2027-03-01T08:00:00+00:00, not finished: 1 done, 0 skipped, 1 failed"
    );
}

#[test]
fn a_run_ticks_what_was_done_and_says_what_failed() {
    let list = checklist("");
    let md = run_markdown(&list, &list.runs[0], &stamp);
    let doc = parse(&md);
    assert_eq!(
        headings(&doc, HeadingLevel::H1),
        ["Spring sale — Launch checklist"]
    );
    assert_eq!(markers(&doc), [true, false]);
    assert!(
        items(&doc).contains(&"Test every code — Failed: SPRING20 rejected".to_owned()),
        "{md}"
    );
}

#[test]
fn the_whole_playbook_leaves_out_the_trash() {
    let mut gone = Checklist::new(uid("x"), "Deleted one", utc("2026-11-30T00:00:00Z"));
    gone.mark_deleted(utc("2026-11-30T01:00:00Z"));
    let md = playbook_markdown(&[checklist(""), gone], &stamp);
    let doc = parse(&md);
    assert_eq!(headings(&doc, HeadingLevel::H1), ["Playbook"]);
    assert_eq!(headings(&doc, HeadingLevel::H2), ["Launch checklist"]);
    assert_eq!(headings(&doc, HeadingLevel::H3), ["Retired checks", "Runs"]);
    assert!(playbook_markdown(&[], &stamp).contains("No checklists yet."));
}

#[test]
fn hostile_text_shows_as_typed_and_cannot_change_the_structure() {
    let hostile =
        " *bold* [link](http://x) <b>x</b>\n# heading\n- [x] fake task | cell `code` $x$ ~~s~~";
    let plain = checklist("");
    let evil = checklist(hostile);
    for (a, b) in [
        (
            checklist_markdown(&plain, &stamp),
            checklist_markdown(&evil, &stamp),
        ),
        (
            run_markdown(&plain, &plain.runs[0], &stamp),
            run_markdown(&evil, &evil.runs[0], &stamp),
        ),
    ] {
        assert_eq!(shape(&parse(&a)), shape(&parse(&b)), "{b}");
        let shown = text(&parse(&b));
        assert!(
            shown.contains("*bold* [link](http://x) <b>x</b>"),
            "{shown}"
        );
    }
}
