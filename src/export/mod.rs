//! Everything that turns a post-mortem into a document: the report model shared by the
//! Review step and every export format, the Markdown writer, the playbook's Markdown and
//! the calendar (.ics) writer, and the HTML that "Copy for documents" puts on the clipboard.

pub mod html;
pub mod ics;
mod markdown;
pub mod markdown_in;
pub mod playbook;
mod report;
mod roles;

pub use markdown::{escape_inline, escape_table_cell, file_name, to_markdown};
pub use report::{
    ActionRow, CauseSection, FactLine, ImpactFigure, ImpactLine, Report, ReportContext,
    TimelineRow, UtcOnly, ACTION_COLUMNS, TIMELINE_COLUMNS,
};
pub use roles::{as_exported, replace_names, with_roles};
