#![cfg(not(target_arch = "wasm32"))]
//! The time-zone-true timeline (issue 3): facts ordered by the instant they happened
//! whatever zone each was recorded in, DST-correct conversions in both hemispheres, the
//! warnings (unknown zone, wrong-season abbreviation, mixed zones), time to detect and
//! resolve, and the worked example's timeline and export. Zone rules come from
//! `TestZones`, standing in for the browser's `Intl` database.

#![allow(clippy::unwrap_used)]

#[path = "../support/mod.rs"]
mod support;

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, Utc};
use hindsight::domain::{
    format_elapsed, worked_example, Entry, FactKind, ItemId, Postmortem, PostmortemId, Timeline,
    Zone,
};
use hindsight::export::{to_markdown, Report, ReportContext};
use pulldown_cmark::HeadingLevel;
use support::clock::{utc, wall};
use support::markdown::{checked_tables, find, headings, parse, text, Node, ACTIONS_HEAD};
use support::zones::TestZones;

// ---- fixtures ----

fn new_pm() -> Postmortem {
    Postmortem::new(
        PostmortemId("pm-1".into()),
        "Timeline",
        utc(2026, 11, 27, 14, 0),
    )
}

/// Adds a fact with a time, a recorded zone (or none), a source and a kind.
fn fact(
    pm: &mut Postmortem,
    text: &str,
    when: Option<NaiveDateTime>,
    zone: Option<&str>,
    source: &str,
    kind: Option<FactKind>,
) -> ItemId {
    let id = pm.add_fact(text);
    pm.set_fact_when(id, when);
    pm.set_fact_zone(id, zone.map(str::to_owned));
    pm.set_fact_source(id, source);
    pm.set_fact_kind(id, kind);
    id
}

/// A fact at a time in a zone, from "a tool", with no kind.
fn at(pm: &mut Postmortem, text: &str, when: NaiveDateTime, zone: &str) -> ItemId {
    fact(pm, text, Some(when), Some(zone), "a tool", None)
}

fn viewer(name: &str) -> Zone {
    Zone::parse(name, &TestZones).unwrap()
}

fn build(pm: &Postmortem, viewer_zone: &str) -> Timeline {
    Timeline::build(pm, &TestZones, &viewer(viewer_zone))
}

fn texts(timeline: &Timeline) -> Vec<&str> {
    timeline.entries.iter().map(|e| e.text.as_str()).collect()
}

fn instants(timeline: &Timeline) -> Vec<Option<DateTime<Utc>>> {
    timeline.entries.iter().map(|e| e.instant).collect()
}

fn elapsed(timeline: &Timeline) -> Vec<Option<String>> {
    timeline
        .entries
        .iter()
        .map(|e| e.since_previous.map(format_elapsed))
        .collect()
}

fn entry<'a>(timeline: &'a Timeline, text: &str) -> &'a Entry {
    timeline
        .entries
        .iter()
        .find(|e| e.text == text)
        .unwrap_or_else(|| panic!("no entry {text:?} in {timeline:#?}"))
}

fn example() -> Postmortem {
    worked_example(PostmortemId("example".into()), utc(2026, 11, 27, 14, 0))
}

fn new_york_reader() -> ReportContext<'static> {
    ReportContext {
        today: NaiveDate::from_ymd_opt(2026, 11, 28).unwrap(),
        zone: viewer("America/New_York"),
        rules: &TestZones,
    }
}

mod detect_and_resolve;
mod dst;
mod ordering;
mod worked_example;
mod zone_warnings;
