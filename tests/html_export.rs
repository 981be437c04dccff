#![cfg(not(target_arch = "wasm32"))]
//! "Copy for documents": the report as HTML, from the same report model as the Markdown.
//! Checked by reading the HTML back with a small tag scanner written here: its structure
//! (the sequence of tags) never depends on user text, and user text reads back as typed.

#![allow(clippy::unwrap_used, clippy::disallowed_methods)]

mod support;

use chrono::{NaiveDate, TimeZone, Utc};
use hindsight::domain::{worked_example, PostmortemId, Zone};
use hindsight::export::html::{escape_html, to_html};
use hindsight::export::{Report, ReportContext};
use support::zones::TestZones;

fn ctx() -> ReportContext<'static> {
    ReportContext {
        today: NaiveDate::from_ymd_opt(2026, 11, 28).unwrap(),
        zone: Zone::Iana("America/New_York".into()),
        rules: &TestZones,
    }
}

/// Every tag, in order ("h1", "/h1", "br"…), and the text between them, entities decoded.
fn scan(html: &str) -> (Vec<String>, String) {
    let mut tags = Vec::new();
    let mut text = String::new();
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        text.push_str(&rest[..open]);
        let close = rest[open..].find('>').expect("every tag closes") + open;
        let tag = &rest[open + 1..close];
        assert!(
            tag.chars().all(|c| c.is_ascii_alphanumeric() || c == '/'),
            "only plain tags, no attributes: <{tag}>"
        );
        if tag == "br" {
            text.push('\n');
        }
        tags.push(tag.to_owned());
        rest = &rest[close + 1..];
    }
    text.push_str(rest);
    let text = text
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    (tags, text)
}

fn example_with(text: &str) -> hindsight::domain::Postmortem {
    let now = Utc.with_ymd_and_hms(2026, 11, 27, 14, 0, 0).unwrap();
    let mut pm = worked_example(PostmortemId("example".into()), now);
    pm.set_title(format!("Sale late {text}"));
    let fact = pm.facts[0].id;
    pm.set_fact_text(fact, format!("Email sent {text}"));
    let cause = pm.causes[0].id;
    pm.set_cause_statement(cause, format!("Zones differ {text}"));
    let action = pm.actions[0].id;
    pm.set_action_description(action, format!("Check zones {text}"));
    pm.set_action_owner(action, format!("Launch manager {text}"));
    pm
}

#[test]
fn the_worked_example_has_headings_lists_and_a_table() {
    let now = Utc.with_ymd_and_hms(2026, 11, 27, 14, 0, 0).unwrap();
    let pm = worked_example(PostmortemId("example".into()), now);
    let html = to_html(&Report::new(&pm, &ctx()));
    let (tags, text) = scan(&html);
    let count = |t: &str| tags.iter().filter(|x| *x == t).count();
    assert_eq!(count("h1"), 1);
    assert_eq!(count("h2"), 4, "Impact, Facts, Causes, Actions: {tags:?}");
    assert_eq!(count("h3"), pm.causes.len());
    assert_eq!(count("table"), 1);
    assert_eq!(count("tr"), pm.actions.len() + 1);
    assert_eq!(count("th"), 8);
    // Every opened tag is closed (br excepted), in nesting order.
    let mut stack = Vec::new();
    for tag in &tags {
        match tag.strip_prefix('/') {
            Some(closed) => assert_eq!(stack.pop().as_deref(), Some(closed), "{html}"),
            None if tag == "br" => {}
            None => stack.push(tag.clone()),
        }
    }
    assert!(stack.is_empty());
    assert!(text.contains(&pm.title));
    for fact in &pm.facts {
        assert!(text.contains(&fact.text), "{}", fact.text);
    }
    for action in &pm.actions {
        assert!(text.contains(&action.description));
    }
}

#[test]
fn user_text_is_escaped_and_reads_back_as_typed() {
    let plain = to_html(&Report::new(&example_with("plain"), &ctx()));
    for hostile in [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "a & b < c > d \" e ' f",
        "&lt;already escaped&gt; &amp;",
        "line one\nline two",
        "</td></tr></table><h1>x</h1>",
    ] {
        let html = to_html(&Report::new(&example_with(hostile), &ctx()));
        let (tags, text) = scan(&html);
        let (plain_tags, _) = scan(&plain);
        let without_breaks =
            |t: &[String]| t.iter().filter(|x| *x != "br").cloned().collect::<Vec<_>>();
        assert_eq!(
            without_breaks(&tags),
            without_breaks(&plain_tags),
            "{hostile}"
        );
        for shown in [
            format!("Sale late {hostile}"),
            format!("Zones differ {hostile}"),
            format!("Check zones {hostile}"),
        ] {
            assert!(text.contains(&shown), "{shown:?} in {text}");
        }
    }
    assert_eq!(escape_html(" <b>&\"x'\r\n"), "&lt;b&gt;&amp;&quot;x&#39;");
}
