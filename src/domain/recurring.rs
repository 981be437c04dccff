//! Causes that keep coming back across post-mortems: grouped by category, and by statements
//! that are alike ([`super::similar`]), each group naming the post-mortems it spans; and,
//! for a cause being written, the causes of other post-mortems it resembles.

use chrono::NaiveDate;

use super::similar::{recurring, CauseIndex};
use super::{Category, Cause, Listed, Postmortem, PostmortemId};

/// A post-mortem a group of causes spans.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    /// Which.
    pub postmortem: PostmortemId,
    /// Its title as shown.
    pub title: String,
}

/// A cause that keeps coming back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recurring {
    /// "Scheduling / timing", or the first statement of a group of alike causes.
    pub name: String,
    /// Whether it is a category (else a group of alike statements).
    pub is_category: bool,
    /// The post-mortems it appears in, at least two, most recent first.
    pub postmortems: Vec<Mention>,
}

/// A cause of another post-mortem, for "Similar to C1 in ‹title› (date)".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Elsewhere {
    /// Its post-mortem.
    pub postmortem: PostmortemId,
    /// Its label there ("C1").
    pub label: String,
    /// That post-mortem's title.
    pub title: String,
    /// That post-mortem's incident day.
    pub date: NaiveDate,
}

/// Every cause of the live post-mortems except `skip`'s (the one being edited), indexed
/// for [`CausesElsewhere::like`].
pub struct CausesElsewhere {
    index: CauseIndex<usize>,
    causes: Vec<Elsewhere>,
}

impl PartialEq for CausesElsewhere {
    /// Rebuilt as a whole when the library changes; two builds are never "the same", which
    /// is what a memo of it needs to pass the new one on.
    fn eq(&self, _: &Self) -> bool {
        false
    }
}

impl CausesElsewhere {
    /// Indexes the causes of `docs` (not deleted, not `skip`).
    pub fn new(docs: &[Postmortem], skip: &PostmortemId) -> Self {
        let mut causes = Vec::new();
        let mut statements = Vec::new();
        for pm in docs.iter().filter(|d| !d.is_deleted() && &d.id != skip) {
            for (i, cause) in pm.causes.iter().enumerate() {
                causes.push(Elsewhere {
                    postmortem: pm.id.clone(),
                    label: Cause::label(i),
                    title: pm.display_title().to_owned(),
                    date: pm.incident_day(),
                });
                statements.push(cause.statement.as_str());
            }
        }
        let index = CauseIndex::new(statements.into_iter().enumerate());
        Self { index, causes }
    }

    /// The causes most like `statement`, best first, at most `limit`.
    pub fn like(&self, statement: &str, limit: usize) -> Vec<&Elsewhere> {
        self.index
            .similar_to(statement, limit)
            .into_iter()
            .filter_map(|(i, _)| self.causes.get(i))
            .collect()
    }
}

/// The causes that come back in two post-mortems or more: categories first (most
/// post-mortems first), then groups of alike statements.
pub fn recurring_causes(docs: &[Postmortem]) -> Vec<Recurring> {
    let mut live: Vec<&Postmortem> = docs.iter().filter(|d| !d.is_deleted()).collect();
    crate::sort::sort_by(&mut live, |a, b| b.incident_day().cmp(&a.incident_day()));
    let mention = |pm: &Postmortem| Mention {
        postmortem: pm.id.clone(),
        title: pm.display_title().to_owned(),
    };
    let mut out = Vec::new();
    for category in Category::ALL {
        let pms: Vec<Mention> = live
            .iter()
            .filter(|pm| pm.causes.iter().any(|c| c.category == Some(category)))
            .map(|pm| mention(pm))
            .collect();
        if pms.len() >= 2 {
            out.push(Recurring {
                name: category.label().to_owned(),
                is_category: true,
                postmortems: pms,
            });
        }
    }
    crate::sort::sort_by(&mut out, |a, b| {
        b.postmortems.len().cmp(&a.postmortems.len())
    });
    // (position of the post-mortem in `live`, statement) of every cause.
    let entries: Vec<(usize, &str)> = live
        .iter()
        .enumerate()
        .flat_map(|(p, pm)| pm.causes.iter().map(move |c| (p, c.statement.as_str())))
        .collect();
    let index = CauseIndex::new(entries.iter().enumerate().map(|(e, (_, s))| (e, *s)));
    for group in recurring(&index, 2) {
        let mut pms: Vec<usize> = group.iter().map(|e| entries[*e].0).collect();
        crate::sort::sort_by(&mut pms, Ord::cmp);
        pms.dedup();
        if pms.len() < 2 {
            continue;
        }
        out.push(Recurring {
            name: crate::text::shorten(entries[group[0]].1.trim(), 80),
            is_category: false,
            postmortems: pms.into_iter().map(|p| mention(live[p])).collect(),
        });
    }
    out
}
