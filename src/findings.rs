//! The coach applied to a whole post-mortem: every text field's findings, each with a stable
//! key so a dismissal ("this is fine here") is saved with the post-mortem.

use crate::coach::{check, earlier_fingerprint, fingerprint, Context, Field, Finding, Kind};
use crate::domain::limits::ItemList;
use crate::domain::{Action, Cause, Fact, ItemId, Listed, Postmortem, Step};

/// Where a text lives in the post-mortem ("title", "fact:3", "cause:5:why:0", "action:9").
pub fn address(part: Part) -> String {
    match part {
        Part::Title => "title".to_owned(),
        Part::Fact(id) => format!("fact:{id}"),
        Part::Cause(id) => format!("cause:{id}"),
        Part::Why(id, index) => format!("cause:{id}:why:{index}"),
        Part::Action(id) => format!("action:{id}"),
    }
}

/// A field of a fact or an action besides its text, which links elsewhere point at
/// (Review's "Go to"): its id is made here, beside the typing field's, for the field and
/// its links alike.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Detail {
    /// A fact's time.
    FactWhen,
    /// A fact's time zone.
    FactZone,
    /// An action's owner.
    ActionOwner,
    /// An action's due date.
    ActionDue,
}

impl Detail {
    /// The id of this field of item `id`.
    pub fn field_id(self, id: ItemId) -> String {
        match self {
            Detail::FactWhen => format!("fact-{id}-when"),
            Detail::FactZone => format!("fact-{id}-zone"),
            Detail::ActionOwner => format!("action-{id}-owner"),
            Detail::ActionDue => format!("action-{id}-due"),
        }
    }
}

/// A checked text field of a post-mortem.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// The title.
    Title,
    /// A fact's text.
    Fact(ItemId),
    /// A cause's statement.
    Cause(ItemId),
    /// One answer in a cause's why-chain.
    Why(ItemId, usize),
    /// An action's description.
    Action(ItemId),
}

impl Part {
    /// The main text of item `id` of `list`: a fact's text, a cause's statement, an
    /// action's description.
    pub fn of_item(list: ItemList, id: ItemId) -> Self {
        match list {
            ItemList::Facts => Part::Fact(id),
            ItemList::Causes => Part::Cause(id),
            ItemList::Actions => Part::Action(id),
        }
    }

    /// The text of this part in `pm`, if it is still there.
    pub fn text(self, pm: &Postmortem) -> Option<&str> {
        match self {
            Part::Title => Some(&pm.title),
            Part::Fact(id) => pm.fact(id).map(|f| f.text.as_str()),
            Part::Cause(id) => pm.cause(id).map(|c| c.statement.as_str()),
            Part::Why(id, w) => pm.cause(id)?.whys.get(w).map(String::as_str),
            Part::Action(id) => pm.action(id).map(|a| a.description.as_str()),
        }
    }

    /// Replaces the text of this part in `pm` (nothing happens if it is gone).
    pub fn set_text(self, pm: &mut Postmortem, text: String) {
        match self {
            Part::Title => pm.set_title(text),
            Part::Fact(id) => pm.set_fact_text(id, text),
            Part::Cause(id) => pm.set_cause_statement(id, text),
            Part::Why(id, w) => pm.set_why(id, w, text),
            Part::Action(id) => pm.set_action_description(id, text),
        }
    }

    /// The id of the field the user types this part in (the title's is "pm-title").
    pub fn field_id(self) -> String {
        match self {
            Part::Title => "pm-title".to_owned(),
            Part::Fact(id) => format!("fact-{id}"),
            Part::Cause(id) => format!("cause-{id}"),
            Part::Why(id, w) => format!("cause-{id}-why-{w}"),
            Part::Action(id) => format!("action-{id}"),
        }
    }

    /// The item it belongs to; `None` for the title.
    pub fn item(self) -> Option<ItemId> {
        match self {
            Part::Title => None,
            Part::Fact(id) | Part::Cause(id) | Part::Why(id, _) | Part::Action(id) => Some(id),
        }
    }

    /// Which coach checks apply.
    pub fn field(self) -> Field {
        match self {
            Part::Title => Field::Title,
            Part::Fact(_) => Field::Fact,
            Part::Cause(_) => Field::Cause,
            Part::Why(..) => Field::Why,
            Part::Action(_) => Field::Action,
        }
    }
}

/// The key under which a dismissal of `finding` in `part` is saved.
pub fn dismissal_key(part: Part, finding: &Finding) -> String {
    key(part, &fingerprint(finding))
}

/// A dismissal's key: where the text lives and the finding's fingerprint.
fn key(part: Part, fingerprint: &str) -> String {
    format!("{}|{fingerprint}", address(part))
}

/// Whether the user dismissed `finding` in `part`: under today's key, or, for the
/// vague-action model's note, under the key an earlier version saved (its whole line).
pub fn is_dismissed(
    dismissed: &std::collections::BTreeSet<String>,
    part: Part,
    finding: &Finding,
) -> bool {
    dismissed.contains(&dismissal_key(part, finding))
        || earlier_fingerprint(finding).is_some_and(|f| dismissed.contains(&key(part, &f)))
}

/// The findings in one field that the user has not dismissed, with the people and
/// dismissals given directly, so a field can be re-checked without touching the rest of
/// the document.
pub fn open_findings_with(
    part: Part,
    text: &str,
    people: &[String],
    dismissed: &std::collections::BTreeSet<String>,
) -> Vec<Finding> {
    check(text, part.field(), &Context { people })
        .into_iter()
        .filter(|f| !is_dismissed(dismissed, part, f))
        .collect()
}

/// The names the coach should recognise as people: the people list's non-blank names.
pub fn people_names(pm: &Postmortem) -> Vec<String> {
    pm.people
        .iter()
        .map(|p| p.name.trim().to_owned())
        .filter(|n| !n.is_empty())
        .collect()
}

/// One open finding somewhere in the post-mortem.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Located {
    /// Where it is.
    pub part: Part,
    /// "Fact 2", "Why 1 of cause 3", "the title".
    pub place: String,
    /// The step to go to.
    pub step: Step,
    /// The finding.
    pub finding: Finding,
}

/// Every open finding in the post-mortem, in step order.
pub fn all_open(pm: &Postmortem) -> Vec<Located> {
    let names = people_names(pm);
    let ctx = Context { people: &names };
    let mut out = Vec::new();
    let mut add = |part: Part, place: String, step: Step, text: &str| {
        for finding in check(text, part.field(), &ctx) {
            if !is_dismissed(&pm.dismissed, part, &finding) {
                out.push(Located {
                    part,
                    place: place.clone(),
                    step,
                    finding,
                });
            }
        }
    };
    add(Part::Title, "the title".to_owned(), Step::Facts, &pm.title);
    for (i, fact) in pm.facts.iter().enumerate() {
        add(Part::Fact(fact.id), Fact::name(i), Step::Facts, &fact.text);
    }
    for (i, cause) in pm.causes.iter().enumerate() {
        add(
            Part::Cause(cause.id),
            Cause::name(i),
            Step::Causes,
            &cause.statement,
        );
        for (w, why) in cause.whys.iter().enumerate() {
            add(
                Part::Why(cause.id, w),
                format!("Why {} of {}", w + 1, Cause::name(i).to_lowercase()),
                Step::Causes,
                why,
            );
        }
    }
    for (i, action) in pm.actions.iter().enumerate() {
        add(
            Part::Action(action.id),
            Action::name(i),
            Step::Actions,
            &action.description,
        );
    }
    out
}

/// How many open findings of each kind, most frequent first.
pub fn count_by_kind(findings: &[Located]) -> Vec<(Kind, usize)> {
    let mut counts: Vec<(Kind, usize)> = Vec::new();
    for located in findings {
        match counts.iter_mut().find(|(k, _)| *k == located.finding.kind) {
            Some((_, n)) => *n += 1,
            None => counts.push((located.finding.kind, 1)),
        }
    }
    crate::sort::sort_by(&mut counts, |a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    counts
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use crate::domain::{Person, PostmortemId};

    fn pm() -> Postmortem {
        let mut pm = Postmortem::new(
            PostmortemId("t".into()),
            "Launch",
            chrono::DateTime::UNIX_EPOCH,
        );
        pm.add_fact("Dave forgot to switch the code to EST.");
        pm
    }

    #[test]
    fn a_dismissed_model_note_survives_a_touch_up_and_an_earlier_version_s_key() {
        const PROMISE: &str =
            "We will continue to work to resolve the issues raised and make sure lessons are learned.";
        let model_note = |pm: &Postmortem| {
            all_open(pm)
                .into_iter()
                .find(|l| l.finding.rule == "vague-action.no-outcome")
        };
        let mut pm = pm();
        let id = pm.add_action(PROMISE);
        let note = model_note(&pm).unwrap();
        pm.set_dismissed(dismissal_key(note.part, &note.finding), true);
        assert!(model_note(&pm).is_none());
        // A typo fixed at the end of the line: still dismissed.
        pm.set_action_description(id, PROMISE.replace("learned", "learnt"));
        assert!(model_note(&pm).is_none());

        // A dismissal saved by an earlier version, under the whole line, still holds.
        let mut pm = self::pm();
        let id = pm.add_action(PROMISE);
        let key = format!(
            "{}|vague-action.no-outcome:{}",
            address(Part::Action(id)),
            PROMISE.to_lowercase()
        );
        pm.set_dismissed(key, true);
        assert!(model_note(&pm).is_none());
    }

    #[test]
    fn findings_are_located_and_dismissals_are_remembered_per_field() {
        let mut pm = pm();
        let found = all_open(&pm);
        assert!(!found.is_empty(), "a blaming fact is flagged");
        let first = &found[0];
        assert_eq!(first.place, "Fact 1");
        assert_eq!(first.step, Step::Facts);
        pm.set_dismissed(dismissal_key(first.part, &first.finding), true);
        assert!(all_open(&pm).iter().all(|l| l.finding != first.finding));
        // The same words in another fact are still flagged: dismissals are per field.
        pm.add_fact("Dave forgot to switch the code to EST.");
        assert!(all_open(&pm).iter().any(|l| l.place == "Fact 2"));
    }

    #[test]
    fn listed_people_are_recognised_and_counts_are_by_kind() {
        let mut pm = pm();
        pm.people.push(Person {
            name: "Priya".into(),
            role: "ops lead".into(),
        });
        pm.add_fact("priya missed the alert.");
        let found = all_open(&pm);
        assert!(found.iter().any(|l| l.place == "Fact 2"), "{found:?}");
        let counts = count_by_kind(&found);
        assert_eq!(counts.iter().map(|(_, n)| n).sum::<usize>(), found.len());
    }
}
