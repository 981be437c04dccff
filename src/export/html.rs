//! The report as HTML, for "Copy for documents": pasted into Google Docs, Notion or
//! Confluence it keeps its headings, lists and table. Built from the same report model as
//! the Markdown; every user text is escaped, so none of it can become markup.

use std::fmt::Write as _;

use super::report::{Report, ACTION_COLUMNS};

/// Escapes text for an HTML text node or a quoted attribute; line breaks become `<br>`
/// (a pasted document keeps them), carriage returns are dropped.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.trim().chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' => out.push_str("<br>"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

fn list(html: &mut String, tag: &str, items: impl IntoIterator<Item = String>) {
    let _ = write!(html, "<{tag}>");
    for item in items {
        let _ = write!(html, "<li>{item}</li>");
    }
    let _ = writeln!(html, "</{tag}>");
}

/// The whole report as an HTML fragment (no `<html>` or `<body>`: the clipboard wants the
/// content alone).
pub fn to_html(report: &Report) -> String {
    let e = escape_html;
    let mut html = String::with_capacity(4096);
    let _ = writeln!(html, "<h1>{}</h1>", e(&report.title));
    if !report.summary.is_empty() {
        let _ = writeln!(html, "<p>{}</p>", e(&report.summary));
    }
    list(
        &mut html,
        "ul",
        report
            .head()
            .into_iter()
            .map(|(label, value)| format!("<strong>{label}:</strong> {}", e(value))),
    );
    html.push_str(
        "<p><em>A blameless post-mortem: it looks at the system, not at people.</em></p>\n",
    );

    if !report.impact.is_empty() {
        html.push_str("<h2>Impact</h2>\n");
        list(
            &mut html,
            "ul",
            report
                .impact
                .iter()
                .map(|l| format!("<strong>{}:</strong> {}", l.what.label(), e(&l.value))),
        );
    }

    html.push_str("<h2>Facts</h2>\n");
    if report.timeline.is_empty() && report.untimed.is_empty() {
        html.push_str("<p><em>No facts recorded.</em></p>\n");
    }
    if !report.timeline.is_empty() {
        list(
            &mut html,
            "ul",
            report.timeline.iter().map(|row| {
                let details = row.details(&report.zone);
                let details = if details.is_empty() {
                    String::new()
                } else {
                    format!(" ({})", e(&details.join(" · ")))
                };
                format!(
                    "<strong>{}</strong> · {} — {}{details}",
                    row.label,
                    e(&row.when(&report.zone)),
                    e(&row.text)
                )
            }),
        );
        let notes: Vec<String> = report
            .timeline
            .iter()
            .flat_map(|row| {
                row.warnings
                    .iter()
                    .map(move |w| format!("{}: {}", row.label, e(w)))
            })
            .collect();
        if !notes.is_empty() {
            html.push_str("<p>Notes on the times:</p>\n");
            list(&mut html, "ul", notes);
        }
    }
    if !report.untimed.is_empty() {
        html.push_str("<p>Facts without a time:</p>\n");
        list(
            &mut html,
            "ul",
            report.untimed.iter().map(|f| {
                let source = if f.source.is_empty() {
                    String::new()
                } else {
                    format!(" (source: {})", e(&f.source))
                };
                format!("<strong>{}</strong>: {}{source}", f.label, e(&f.text))
            }),
        );
    }

    html.push_str("<h2>Causes</h2>\n");
    if report.causes.is_empty() {
        html.push_str("<p><em>No causes identified.</em></p>\n");
    }
    for cause in &report.causes {
        let _ = writeln!(html, "<h3>{}. {}</h3>", cause.label, e(&cause.statement));
        let kind = match &cause.category {
            Some(category) => format!("{} · {category}", cause.kind),
            None => cause.kind.clone(),
        };
        let _ = writeln!(html, "<p><em>{}</em></p>", e(&kind));
        if !cause.whys.is_empty() {
            html.push_str("<p><strong>Why?</strong></p>\n");
            list(&mut html, "ol", cause.whys.iter().map(|w| e(w)));
        }
        if cause.evidence.is_empty() {
            html.push_str("<p><strong>Evidence:</strong> none linked yet (unsupported).</p>\n");
        } else {
            html.push_str("<p><strong>Evidence:</strong></p>\n");
            list(&mut html, "ul", cause.evidence.iter().map(|x| e(x)));
        }
        let addressed = if !cause.addressed_by.is_empty() {
            format!(
                "<strong>Addressed by:</strong> {}",
                cause.addressed_by.join(", ")
            )
        } else if let Some(reason) = &cause.no_action_reason {
            format!("<strong>No action, because:</strong> {}", e(reason))
        } else {
            "<strong>Addressed by:</strong> no action yet".to_owned()
        };
        let _ = writeln!(html, "<p>{addressed}</p>");
    }

    html.push_str("<h2>Actions</h2>\n");
    if report.actions.is_empty() {
        html.push_str("<p><em>No actions planned.</em></p>\n");
    } else {
        html.push_str("<table><thead><tr>");
        for column in ACTION_COLUMNS {
            let _ = write!(html, "<th>{column}</th>");
        }
        html.push_str("</tr></thead><tbody>\n");
        for a in &report.actions {
            let due = match (&a.due, a.overdue) {
                (Some(due), true) => format!("{due} (overdue)"),
                (Some(due), false) => due.clone(),
                (None, _) => "—".to_owned(),
            };
            let or_dash = |t: &str| {
                if t.trim().is_empty() {
                    "—".to_owned()
                } else {
                    e(t)
                }
            };
            let cells = [
                a.label.clone(),
                or_dash(&a.description),
                or_dash(a.kind.as_deref().unwrap_or("")),
                e(&a.priority),
                or_dash(&a.owner),
                due,
                or_dash(&a.status),
                or_dash(&a.addresses.join(", ")),
            ];
            html.push_str("<tr>");
            for cell in cells {
                let _ = write!(html, "<td>{cell}</td>");
            }
            html.push_str("</tr>\n");
        }
        html.push_str("</tbody></table>\n");
    }

    for (heading, text) in [
        ("What went well", &report.went_well),
        ("Lessons learned", &report.lessons),
    ] {
        if !text.is_empty() {
            let _ = writeln!(html, "<h2>{heading}</h2>\n<p>{}</p>", e(text));
        }
    }
    if !report.gaps.is_empty() {
        html.push_str("<h2>Still open</h2>\n");
        list(&mut html, "ul", report.gaps.iter().map(|g| e(g)));
    }
    html
}
