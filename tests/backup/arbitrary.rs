//! Arbitrary post-mortems and libraries for property tests (any text a person or a paste
//! can put in, links between items, every choice), and the round trip over them.

use super::*;

/// Text with everything a person (or a paste) can put in: any character, weighted towards
/// emoji, right-to-left text, control characters and JSON's own syntax.
fn text() -> impl Strategy<Value = String> {
    let nasty = select(vec![
        '🔥', '👩', '\u{200d}', '💻', 'م', 'ر', 'ح', '\u{202e}', '\u{200f}', '\u{0}', '\u{7}',
        '\u{1b}', '\u{7f}', '\n', '\r', '\t', '"', '\\', '/', '{', '}', '<', '\u{feff}',
        '\u{2028}', '\u{fffd}', 'e', '\u{301}', '𝕏',
    ]);
    prop::collection::vec(prop_oneof![any::<char>(), nasty], 0..24)
        .prop_map(|chars| chars.into_iter().collect())
}

fn instant() -> impl Strategy<Value = DateTime<Utc>> {
    // Years 1 to 9999, to the nanosecond: what RFC 3339 can say.
    (-62_135_596_800_i64..253_402_300_799, 0..1_000_000_000_u32)
        .prop_map(|(secs, nanos)| DateTime::from_timestamp(secs, nanos).unwrap())
}

fn wall() -> impl Strategy<Value = NaiveDateTime> {
    instant().prop_map(|i| i.naive_utc())
}

fn date() -> impl Strategy<Value = NaiveDate> {
    instant().prop_map(|i| i.date_naive())
}

fn postmortem_id() -> impl Strategy<Value = PostmortemId> {
    "[A-Za-z0-9_-]{1,64}".prop_map(PostmortemId)
}

/// Picks, for each index, a distinct id out of `ids` (links are unique, as `normalize`
/// keeps them).
fn links(ids: &[u32], picks: &[Index]) -> Vec<u32> {
    let mut out = Vec::new();
    if ids.is_empty() {
        return out;
    }
    for pick in picks {
        let id = ids[pick.index(ids.len())];
        if !out.contains(&id) {
            out.push(id);
        }
    }
    out
}

type FactParts = (
    String,
    Option<NaiveDateTime>,
    Option<String>,
    String,
    Option<FactKind>,
);

fn fact_parts() -> impl Strategy<Value = FactParts> {
    (
        text(),
        prop::option::of(wall()),
        prop::option::of(text()),
        text(),
        prop::option::of(select(FactKind::ALL.to_vec())),
    )
}

type CauseParts = (
    String,
    Vec<String>,
    Vec<Index>,
    CauseKind,
    Option<Category>,
    Option<String>,
);

fn cause_parts() -> impl Strategy<Value = CauseParts> {
    (
        text(),
        prop::collection::vec(text(), 0..3),
        prop::collection::vec(any::<Index>(), 0..4),
        select(CauseKind::ALL.to_vec()),
        prop::option::of(select(Category::ALL.to_vec())),
        prop::option::of(text()),
    )
}

type ActionParts = (
    (String, String, Option<NaiveDate>, ActionStatus),
    (Vec<Index>, Option<ActionKind>, Priority, String),
);

fn action_parts() -> impl Strategy<Value = ActionParts> {
    (
        (
            text(),
            text(),
            prop::option::of(date()),
            select(ActionStatus::ALL.to_vec()),
        ),
        (
            prop::collection::vec(any::<Index>(), 0..4),
            prop::option::of(select(ActionKind::ALL.to_vec())),
            select(Priority::ALL.to_vec()),
            text(),
        ),
    )
}

fn impact() -> impl Strategy<Value = Impact> {
    (
        prop::option::of(any::<u64>()),
        prop::option::of(any::<u64>()),
        text(),
        prop::option::of(any::<u64>()),
        prop::option::of(any::<u64>()),
    )
        .prop_map(
            |(orders, revenue_cents, currency, customers, support_contacts)| Impact {
                orders,
                revenue_cents,
                currency,
                customers,
                support_contacts,
            },
        )
}

/// Any post-mortem `normalize` leaves as it is: unique ids (with gaps, in any order across
/// the lists), links only to existing items, `next_id` above every id.
fn postmortem() -> impl Strategy<Value = Postmortem> {
    let head = (
        postmortem_id(),
        text(),
        select(Status::ALL.to_vec()),
        (instant(), instant()),
        select(Step::ALL.to_vec()),
        impact(),
        (
            prop::option::of(instant()),
            prop::option::of(instant()),
            prop::option::of(instant()),
        ),
        (
            prop::collection::vec((text(), text()), 0..3),
            prop::collection::btree_set(text(), 0..3),
        ),
    );
    let items = (
        prop::collection::vec(fact_parts(), 0..5),
        prop::collection::vec(cause_parts(), 0..4),
        prop::collection::vec(action_parts(), 0..4),
        prop::collection::vec(1..5_u32, 13),
        0..5_u32,
    )
        .prop_flat_map(|(facts, causes, actions, gaps, spare)| {
            // Ids 1.. with random gaps, then shuffled across the three lists.
            let ids: Vec<u32> = gaps
                .iter()
                .scan(0, |id, gap| {
                    *id += gap;
                    Some(*id)
                })
                .collect();
            (
                Just((facts, causes, actions, spare)),
                Just(ids).prop_shuffle(),
            )
        });
    (head, items).prop_map(
        |(
            (id, title, status, (created_at, updated_at), step, impact, dates, (people, dismissed)),
            ((facts, causes, actions, spare), ids),
        )| {
            let mut ids = ids.into_iter();
            let mut pm = Postmortem::new(id, title, created_at);
            pm.status = status;
            pm.updated_at = updated_at;
            pm.step = step;
            pm.impact = impact;
            (pm.in_review_at, pm.closed_at, pm.deleted_at) = dates;
            pm.people = people
                .into_iter()
                .map(|(name, role)| Person { name, role })
                .collect();
            pm.dismissed = dismissed;
            for (text, when, zone, source, kind) in facts {
                let id = ids.next().unwrap();
                pm.facts.push(Fact {
                    id,
                    text,
                    when,
                    zone,
                    source,
                    kind,
                });
            }
            let fact_ids: Vec<u32> = pm.facts.iter().map(|f| f.id).collect();
            for (statement, whys, evidence, kind, category, no_action_reason) in causes {
                let id = ids.next().unwrap();
                pm.causes.push(Cause {
                    id,
                    statement,
                    whys,
                    evidence: links(&fact_ids, &evidence),
                    kind,
                    category,
                    no_action_reason,
                });
            }
            let cause_ids: Vec<u32> = pm.causes.iter().map(|c| c.id).collect();
            for ((description, owner, due, status), (causes, kind, priority, status_reason)) in
                actions
            {
                let id = ids.next().unwrap();
                pm.actions.push(Action {
                    id,
                    description,
                    owner,
                    due,
                    status,
                    causes: links(&cause_ids, &causes),
                    kind,
                    priority,
                    // Done actions with a reason stand in for verified ones, so the
                    // verification round-trips through the file too.
                    verified: (status == ActionStatus::Done && !status_reason.is_empty()).then(
                        || Verification {
                            on: due.unwrap_or_default(),
                            note: status_reason.clone(),
                        },
                    ),
                    status_reason,
                });
            }
            let highest = ids_of(&pm).into_iter().max().unwrap_or(0);
            pm.next_id = highest + 1 + spare;
            pm
        },
    )
}

/// Several post-mortems with distinct ids.
fn library() -> impl Strategy<Value = Vec<Postmortem>> {
    prop::collection::vec(postmortem(), 0..4).prop_map(|mut docs| {
        let mut seen = Vec::new();
        docs.retain(|d| {
            let fresh = !seen.contains(&d.id);
            seen.push(d.id.clone());
            fresh
        });
        docs
    })
}

proptest! {
    #![proptest_config(config(200))]

    #[test]
    fn export_then_import_gives_back_exactly_the_same_data(docs in library(), when in instant()) {
        for pm in &docs {
            // The generator's own promise, or a failure below would be the generator's.
            let mut normal = pm.clone();
            normal.normalize();
            prop_assert_eq!(&normal, pm);
        }
        let file = encode_backup(&docs, when);
        prop_assert_eq!(decode_backup(&file), Ok(docs.clone()));
        // Importing into an empty library adds every one, unchanged.
        let mut library = Vec::new();
        let outcome = import_into(&file, &mut library).unwrap();
        prop_assert_eq!(outcome.added, docs.len());
        prop_assert_eq!(library, docs);
    }

    #[test]
    fn a_single_export_and_a_stored_envelope_round_trip(pm in postmortem(), when in instant()) {
        prop_assert_eq!(decode_backup(&encode_backup(std::slice::from_ref(&pm), when)), Ok(vec![pm.clone()]));
        prop_assert_eq!(decode_backup(&schema::encode(&pm, when)), Ok(vec![pm]));
    }
}
