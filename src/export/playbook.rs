//! The playbook as Markdown: every checklist, one checklist, or one run, as GFM task lists
//! with each item's timing, roles and origin. User text is escaped as in the report.

use std::fmt::Write as _;

use chrono::{DateTime, Utc};

use super::markdown::{escape_heading, escape_inline};
use crate::playbook::{CheckItem, Checklist, Outcome, Run};

/// Formats an instant for people (the caller's zone); injected so this stays pure.
pub type Stamp<'a> = &'a dyn Fn(DateTime<Utc>) -> String;

/// Every checklist not in the trash.
pub fn playbook_markdown(checklists: &[Checklist], stamp: Stamp<'_>) -> String {
    let mut md = String::from("# Playbook\n\n*The operating manual: each check was agreed after something went wrong, or added by hand.*\n\n");
    let live: Vec<&Checklist> = checklists.iter().filter(|c| !c.is_deleted()).collect();
    if live.is_empty() {
        md.push_str("No checklists yet.\n");
    }
    for checklist in live {
        write_checklist(&mut md, checklist, "##", stamp);
    }
    md
}

/// One checklist: its checks, its history and its runs.
pub fn checklist_markdown(checklist: &Checklist, stamp: Stamp<'_>) -> String {
    let mut md = String::new();
    write_checklist(&mut md, checklist, "#", stamp);
    md
}

fn write_checklist(md: &mut String, checklist: &Checklist, level: &str, stamp: Stamp<'_>) {
    let _ = writeln!(md, "{level} {}\n", escape_heading(checklist.display_name()));
    let mut any = false;
    for item in checklist.active() {
        any = true;
        let _ = writeln!(md, "- [ ] {}", item_line(item));
    }
    if !any {
        md.push_str("No checks yet.\n");
    }
    md.push('\n');
    let mut retired = checklist.retired().peekable();
    if retired.peek().is_some() {
        let _ = writeln!(md, "{level}# Retired checks\n");
        for item in retired {
            let why = item.retired.as_ref().map_or(String::new(), |r| {
                format!(" — retired {}: {}", stamp(r.at), escape_inline(&r.reason))
            });
            let _ = writeln!(md, "- {}{why}", item_line(item));
        }
        md.push('\n');
    }
    if !checklist.runs.is_empty() {
        let _ = writeln!(md, "{level}# Runs\n");
        for run in &checklist.runs {
            let _ = writeln!(
                md,
                "- **{}**, started {}{}: {}",
                escape_inline(run.display_name()),
                stamp(run.started_at),
                run.finished_at.map_or_else(
                    || ", not finished".to_owned(),
                    |f| format!(", finished {}", stamp(f))
                ),
                run.tally()
            );
        }
        md.push('\n');
    }
}

/// "Check — *when:* … — *who:* …", then the origin on a line of its own.
fn item_line(item: &CheckItem) -> String {
    let mut line = escape_inline(&item.check);
    if line.is_empty() {
        line.push_str("(blank check)");
    }
    for (label, value) in [("when", &item.when), ("who", &item.who)] {
        if !value.trim().is_empty() {
            let _ = write!(line, " — *{label}:* {}", escape_inline(value));
        }
    }
    if let Some(origin) = &item.origin {
        let _ = write!(
            line,
            "\\\n  Added after: {} ({})",
            escape_inline(&origin.title),
            origin.date
        );
    }
    line
}

/// One run: every check with its answer, as a task list (done ones ticked).
pub fn run_markdown(checklist: &Checklist, run: &Run, stamp: Stamp<'_>) -> String {
    let mut md = String::new();
    let _ = writeln!(
        md,
        "# {} — {}\n",
        escape_heading(run.display_name()),
        escape_heading(checklist.display_name())
    );
    let _ = writeln!(md, "- **Started:** {}", stamp(run.started_at));
    match run.finished_at {
        Some(at) => {
            let _ = writeln!(md, "- **Finished:** {}", stamp(at));
        }
        None => md.push_str("- **Finished:** not yet\n"),
    }
    let _ = writeln!(md, "- **Result:** {}\n", run.tally());
    for result in &run.results {
        let tick = if result.outcome == Some(Outcome::Done) {
            "x"
        } else {
            " "
        };
        let mut line = escape_inline(&result.check);
        match result.outcome {
            None => line.push_str(" — *to do*"),
            Some(Outcome::Done) => {}
            Some(o) => {
                let _ = write!(line, " — **{}**", o.label());
            }
        }
        if !result.note.trim().is_empty() {
            let _ = write!(line, ": {}", escape_inline(&result.note));
        }
        let _ = writeln!(md, "- [{tick}] {line}");
    }
    md
}
