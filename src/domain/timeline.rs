//! The timeline: facts ordered by the instant they happened, whatever zone each was
//! recorded in, with elapsed times, mixed-zone and DST warnings, and time to detect/resolve.

use chrono::{DateTime, Datelike as _, Duration, NaiveDateTime, Utc};

use super::time::{format_duration, resolve, season_warning, Resolved, WallNote, Zone, ZoneRules};
use super::{Fact, FactKind, ItemId, Listed, Postmortem};

/// One timed fact on the timeline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The fact.
    pub fact: ItemId,
    /// "F3": its label ([`super::Listed::label`]).
    pub label: String,
    /// What happened.
    pub text: String,
    /// Where the fact comes from.
    pub source: String,
    /// What part of the incident it records.
    pub kind: Option<FactKind>,
    /// The time as recorded.
    pub wall: NaiveDateTime,
    /// The zone it was recorded in, or the viewer's when none was recorded.
    pub zone: String,
    /// Whether the zone was recorded with the fact.
    pub zone_recorded: bool,
    /// The instant, when the zone is known.
    pub instant: Option<DateTime<Utc>>,
    /// Time since the previous entry on the timeline.
    pub since_previous: Option<Duration>,
    /// Anything odd about this time (unknown zone, EST in summer, a DST gap).
    pub warnings: Vec<String>,
}

/// The facts in time order, and what follows from them.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Timeline {
    /// Timed facts, by instant; those whose zone is unknown come last, in list order.
    pub entries: Vec<Entry>,
    /// Set when facts were recorded in different zones: advice for the writer.
    pub mixed_zones: Option<String>,
    /// The zones timed facts were recorded in, with how many facts each, in the order
    /// they first appear.
    pub zones: Vec<(String, usize)>,
    /// The earliest instant on the timeline.
    pub start: Option<DateTime<Utc>>,
    /// The first detection fact.
    pub detected: Option<DateTime<Utc>>,
    /// The last resolution fact.
    pub resolved: Option<DateTime<Utc>>,
}

impl Timeline {
    /// Builds the timeline of a post-mortem; facts without a recorded zone are read in
    /// `viewer`'s zone.
    pub fn build(pm: &Postmortem, rules: &dyn ZoneRules, viewer: &Zone) -> Self {
        let mut timeline = Timeline::default();
        let mut timed = Vec::new();
        let mut unresolved = Vec::new();
        let mut zones: Vec<(String, Vec<String>)> = Vec::new();
        let mut unrecorded = 0;
        // Each zone as typed, read once: facts share a few zones, and reading one asks the
        // zone rules (the browser's Intl) whether it exists.
        let mut read: Vec<(&str, Option<Zone>)> = Vec::new();
        let facts = pm.facts.iter().enumerate();
        for (i, fact) in facts.filter(|(_, f)| !f.text.trim().is_empty()) {
            // Facts without a time are listed by the report, not placed here.
            let Some(wall) = fact.when else {
                continue;
            };
            let label = Fact::label(i);
            let zone_recorded = fact.zone.is_some();
            let zone = fact.zone.as_deref().map(|text| {
                let at = read
                    .iter()
                    .position(|(t, _)| *t == text)
                    .unwrap_or_else(|| {
                        read.push((text, Zone::parse(text, rules)));
                        read.len() - 1
                    });
                read[at].1.as_ref()
            });
            // The canonical name ("EST" for "est"), so one zone is not counted twice.
            let zone_name = match (fact.zone.as_deref(), zone) {
                (Some(_), Some(Some(z))) => z.name().to_owned(),
                (Some(text), _) => text.to_owned(),
                (None, _) => viewer.name().to_owned(),
            };
            if zone_recorded {
                match timeline.zones.iter_mut().find(|(z, _)| *z == zone_name) {
                    Some((_, n)) => *n += 1,
                    None => timeline.zones.push((zone_name.clone(), 1)),
                }
                let source = fact.source.trim();
                let source = if source.is_empty() {
                    "no source"
                } else {
                    source
                };
                match zones.iter_mut().find(|(z, _)| *z == zone_name) {
                    Some((_, sources)) => {
                        if !sources.iter().any(|s| s == source) {
                            sources.push(source.to_owned());
                        }
                    }
                    None => zones.push((zone_name.clone(), vec![source.to_owned()])),
                }
            } else {
                unrecorded += 1;
            }
            let (resolved, warnings) = match (fact.zone.as_deref(), zone) {
                (Some(text), Some(read)) => place(wall, read, text, rules),
                _ => place(wall, Some(viewer), viewer.name(), rules),
            };
            let entry = Entry {
                fact: fact.id,
                label,
                text: fact.text.trim().to_owned(),
                source: fact.source.trim().to_owned(),
                kind: fact.kind,
                wall,
                zone: zone_name,
                zone_recorded,
                instant: resolved.map(|r| r.instant),
                since_previous: None,
                warnings,
            };
            if entry.instant.is_some() {
                timed.push(entry);
            } else {
                unresolved.push(entry);
            }
        }
        // A stable sort keeps the user's order for facts at the same instant.
        crate::sort::sort_by(&mut timed, |a, b| a.instant.cmp(&b.instant));
        let mut previous: Option<DateTime<Utc>> = None;
        for entry in &mut timed {
            if let (Some(prev), Some(now)) = (previous, entry.instant) {
                entry.since_previous = Some(now - prev);
            }
            previous = entry.instant;
        }
        timeline.start = timed.first().and_then(|e| e.instant);
        timeline.detected = timed
            .iter()
            .filter(|e| e.kind == Some(FactKind::Detection))
            .find_map(|e| e.instant);
        timeline.resolved = timed
            .iter()
            .rev()
            .filter(|e| e.kind == Some(FactKind::Resolution))
            .find_map(|e| e.instant);
        // Resolved before anyone noticed is a kind or a time typed wrong, and it would
        // make the time to resolve meaningless.
        let first_detection = timed
            .iter()
            .find(|e| e.kind == Some(FactKind::Detection) && e.instant.is_some())
            .map(|e| (e.label.clone(), e.instant));
        if let Some((detection, at)) = first_detection {
            for entry in &mut timed {
                if entry.kind == Some(FactKind::Resolution) && entry.instant < at {
                    entry.warnings.push(format!(
                        "Marked as the resolution, yet it comes before the first detection ({detection}): is its kind or its time wrong?"
                    ));
                }
            }
        }
        if zones.len() > 1 {
            let listed: Vec<String> = zones
                .iter()
                .map(|(zone, sources)| format!("{zone} ({})", sources.join(", ")))
                .collect();
            let mut message = format!(
                "These facts were recorded in {} different time zones: {}. Check that every tool was set to the zone you meant — a mismatch between tools is a classic cause of things happening at the wrong time.",
                zones.len(),
                listed.join("; ")
            );
            if unrecorded > 0 {
                let (facts, verbs) = if unrecorded == 1 {
                    ("timed fact has", "is")
                } else {
                    ("timed facts have", "are")
                };
                message.push_str(&format!(
                    " {unrecorded} {facts} no zone and {verbs} read in yours ({}).",
                    viewer.name()
                ));
            }
            timeline.mixed_zones = Some(message);
        }
        timeline.entries = timed;
        timeline.entries.extend(unresolved);
        timeline
    }

    /// The facts of `pm` in the order they happened: the timed ones by instant (those whose
    /// zone is unknown after them), then the others as listed. `None` when that is already
    /// the list's order, so numbers already follow time.
    pub fn time_order(&self, pm: &Postmortem) -> Option<Vec<ItemId>> {
        let mut order: Vec<ItemId> = self.entries.iter().map(|e| e.fact).collect();
        // Sorted ids for a binary search: a post-mortem may hold thousands of facts.
        let mut placed = order.clone();
        crate::sort::sort_by(&mut placed, Ord::cmp);
        for fact in &pm.facts {
            if placed.binary_search(&fact.id).is_err() {
                order.push(fact.id);
            }
        }
        let listed = pm.facts.iter().map(|f| f.id);
        (!order.iter().copied().eq(listed)).then_some(order)
    }

    /// Time from the start to the first detection.
    pub fn time_to_detect(&self) -> Option<Duration> {
        Some(self.detected? - self.start?)
    }

    /// Time from the start to the last resolution.
    pub fn time_to_resolve(&self) -> Option<Duration> {
        Some(self.resolved? - self.start?)
    }
}

/// The years the timeline reads facts from: a year outside them is taken for a typo
/// ("9999-12-31", "0202-11-27") that would stretch the timeline over centuries.
pub const TIMELINE_YEARS: std::ops::RangeInclusive<i32> = 1970..=2100;
/// [`TIMELINE_YEARS`] in words, written beside it: formatting the range's bounds cost the
/// wasm 2 KB brotli, measured.
const TIMELINE_YEARS_SAID: &str = "1970 to 2100";

/// Resolves a fact's time in its zone, with what is odd about it: `zone` is `name` (the zone
/// as typed, or the viewer's when none was recorded) as read, `None` when it is no zone.
fn place(
    wall: NaiveDateTime,
    zone: Option<&Zone>,
    name: &str,
    rules: &dyn ZoneRules,
) -> (Option<Resolved>, Vec<String>) {
    let mut warnings = Vec::new();
    if !TIMELINE_YEARS.contains(&wall.year()) {
        warnings.push(format!(
            "The year {} looks mistyped: the timeline reads facts from {TIMELINE_YEARS_SAID}.",
            wall.year()
        ));
    }
    let resolved = zone.and_then(|z| resolve(wall, z, rules));
    match (zone, resolved) {
        (Some(z), Some(r)) => {
            if let Some(w) = season_warning(wall, z, rules) {
                warnings.push(w);
            }
            match r.note {
                Some(WallNote::Skipped) => warnings.push(format!(
                    "{} did not exist in {name} (the clocks jumped forward); it is read as the time just after the change.",
                    super::iso::format_hour_minute(&wall)
                )),
                Some(WallNote::Repeated) => warnings.push(format!(
                    "{} happened twice in {name} (the clocks went back); the first one is used.",
                    super::iso::format_hour_minute(&wall)
                )),
                None => {}
            }
        }
        _ => warnings.push(match super::suggest_zone(name) {
            Some(zone) => format!(
                "“{name}” is not a time zone name this browser knows, so this fact cannot be placed on the timeline. Did you mean {zone}?"
            ),
            None => format!(
                "“{name}” is not a time zone this browser knows, so this fact cannot be placed on the timeline. Use a name such as America/New_York, an offset such as UTC-05:00, or UTC."
            ),
        }),
    }
    (resolved, warnings)
}

/// What is odd about a fact's time (unknown zone, an abbreviation of the wrong season, a
/// time skipped or repeated by a DST change); empty when it has no time.
pub fn time_warnings(fact: &Fact, rules: &dyn ZoneRules, viewer: &Zone) -> Vec<String> {
    match fact.when {
        Some(wall) => match fact.zone.as_deref() {
            Some(text) => place(wall, Zone::parse(text, rules).as_ref(), text, rules).1,
            None => place(wall, Some(viewer), viewer.name(), rules).1,
        },
        None => Vec::new(),
    }
}

/// The wall-clock time of an instant in a zone.
pub fn wall_in(
    instant: DateTime<Utc>,
    zone: &Zone,
    rules: &dyn ZoneRules,
) -> Option<NaiveDateTime> {
    let offset = zone.offset_at(instant, rules)?;
    // Checked: near the end of chrono's range the shifted time does not exist (no panic).
    instant
        .naive_utc()
        .checked_add_signed(Duration::seconds(i64::from(offset)))
}

/// "+2 h 00 min" for the gap since the previous entry.
pub fn format_elapsed(duration: Duration) -> String {
    format!("+{}", format_duration(duration))
}
