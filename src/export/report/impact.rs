//! The impact figures a report shows: orders, customers, support contacts and revenue
//! lost as entered, and the incident's start, detection and resolution from the timeline.

use crate::domain::{format_amount, format_count, format_duration, Postmortem, Timeline};

use super::ReportContext;

/// Which figure an impact line gives: typed, so views can pick lines without reading their
/// display text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImpactFigure {
    /// Orders affected (typed in).
    Orders,
    /// Revenue lost (typed in).
    Revenue,
    /// Customers affected (typed in).
    Customers,
    /// Support contacts (typed in).
    Support,
    /// When the incident started (from the timeline).
    Started,
    /// When it was detected, and the time to detect (from the timeline).
    Detected,
    /// When it was resolved, and the time to resolve (from the timeline).
    Resolved,
}

impl ImpactFigure {
    /// What the line is called in the report.
    pub fn label(self) -> &'static str {
        match self {
            ImpactFigure::Orders => "Orders affected",
            ImpactFigure::Revenue => "Revenue lost",
            ImpactFigure::Customers => "Customers affected",
            ImpactFigure::Support => "Support contacts",
            ImpactFigure::Started => "Incident started",
            ImpactFigure::Detected => "Detected",
            ImpactFigure::Resolved => "Resolved",
        }
    }

    /// Whether it is computed from the timeline rather than typed in.
    pub fn from_timeline(self) -> bool {
        matches!(
            self,
            ImpactFigure::Started | ImpactFigure::Detected | ImpactFigure::Resolved
        )
    }
}

/// One line of the impact: which figure, and its value as the reader sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImpactLine {
    /// Which figure.
    pub what: ImpactFigure,
    /// Its value, formatted.
    pub value: String,
}

pub(super) fn impact_lines(
    pm: &Postmortem,
    timeline: &Timeline,
    ctx: &ReportContext<'_>,
) -> Vec<ImpactLine> {
    let mut lines = Vec::new();
    let impact = &pm.impact;
    let mut push = |what: ImpactFigure, value: String| lines.push(ImpactLine { what, value });
    if let Some(n) = impact.orders {
        push(ImpactFigure::Orders, format_count(n));
    }
    if let Some(cents) = impact.revenue_cents {
        let currency = if impact.currency.is_empty() {
            String::new()
        } else {
            format!(" {}", impact.currency)
        };
        push(
            ImpactFigure::Revenue,
            format!("{}{currency}", format_amount(cents)),
        );
    }
    if let Some(n) = impact.customers {
        push(ImpactFigure::Customers, format_count(n));
    }
    if let Some(n) = impact.support_contacts {
        push(ImpactFigure::Support, format_count(n));
    }
    let zone = ctx.zone.name();
    if let Some(start) = timeline.start {
        push(
            ImpactFigure::Started,
            format!("{} {zone}", ctx.local(start)),
        );
    }
    if let (Some(detected), Some(ttd)) = (timeline.detected, timeline.time_to_detect()) {
        push(
            ImpactFigure::Detected,
            format!(
                "{} {zone} (time to detect: {})",
                ctx.local(detected),
                format_duration(ttd)
            ),
        );
    }
    if let (Some(resolved), Some(ttr)) = (timeline.resolved, timeline.time_to_resolve()) {
        push(
            ImpactFigure::Resolved,
            format!(
                "{} {zone} (time to resolve: {})",
                ctx.local(resolved),
                format_duration(ttr)
            ),
        );
    }
    lines
}
