//! Properties over random edit scripts: whatever two tabs do, the merge keeps every edit
//! that does not conflict, and settling the conflicts either way gives a sound post-mortem.

use super::*;

/// One edit, as the editor makes it; indexes pick among the items present at the time.
#[derive(Clone, Debug)]
enum Edit {
    Title(String),
    Status(Status),
    Step(Step),
    AddFact(String),
    FactText(Index, String),
    RemoveFact(Index),
    MoveFact(Index, bool),
    AddCause(String),
    CauseStatement(Index, String),
    Evidence(Index, Index, bool),
    RemoveCause(Index),
    AddAction(String),
    ActionStatus(Index, ActionStatus),
    ActionCause(Index, Index, bool),
    RemoveAction(Index),
    Orders(Option<u64>),
    Dismiss(String, bool),
    AddPerson(String),
}

/// Few distinct texts, so both sides often make the same edit.
fn word() -> impl Strategy<Value = String> {
    "[ab]{0,2}"
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        word().prop_map(Edit::Title),
        select(Status::ALL.to_vec()).prop_map(Edit::Status),
        select(Step::ALL.to_vec()).prop_map(Edit::Step),
        word().prop_map(Edit::AddFact),
        (any::<Index>(), word()).prop_map(|(i, w)| Edit::FactText(i, w)),
        any::<Index>().prop_map(Edit::RemoveFact),
        (any::<Index>(), any::<bool>()).prop_map(|(i, up)| Edit::MoveFact(i, up)),
        word().prop_map(Edit::AddCause),
        (any::<Index>(), word()).prop_map(|(i, w)| Edit::CauseStatement(i, w)),
        (any::<Index>(), any::<Index>(), any::<bool>())
            .prop_map(|(c, f, l)| Edit::Evidence(c, f, l)),
        any::<Index>().prop_map(Edit::RemoveCause),
        word().prop_map(Edit::AddAction),
        (any::<Index>(), select(ActionStatus::ALL.to_vec()))
            .prop_map(|(i, s)| Edit::ActionStatus(i, s)),
        (any::<Index>(), any::<Index>(), any::<bool>())
            .prop_map(|(a, c, l)| Edit::ActionCause(a, c, l)),
        any::<Index>().prop_map(Edit::RemoveAction),
        prop::option::of(0..3_u64).prop_map(Edit::Orders),
        (word(), any::<bool>()).prop_map(|(k, d)| Edit::Dismiss(k, d)),
        word().prop_map(Edit::AddPerson),
    ]
}

fn pick<T>(list: &[T], index: &Index) -> Option<usize> {
    (!list.is_empty()).then(|| index.index(list.len()))
}

fn apply(pm: &mut Postmortem, edit: &Edit, now: DateTime<Utc>) {
    let fact = |pm: &Postmortem, i: &Index| pick(&pm.facts, i).map(|i| pm.facts[i].id);
    let cause = |pm: &Postmortem, i: &Index| pick(&pm.causes, i).map(|i| pm.causes[i].id);
    let action = |pm: &Postmortem, i: &Index| pick(&pm.actions, i).map(|i| pm.actions[i].id);
    match edit {
        Edit::Title(t) => pm.set_title(t),
        Edit::Status(s) => pm.set_status(*s, now),
        Edit::Step(s) => pm.set_step(*s),
        Edit::AddFact(t) => {
            pm.add_fact(t);
        }
        Edit::FactText(i, t) => {
            if let Some(id) = fact(pm, i) {
                pm.set_fact_text(id, t);
            }
        }
        Edit::RemoveFact(i) => {
            if let Some(id) = fact(pm, i) {
                pm.remove_fact(id);
            }
        }
        Edit::MoveFact(i, up) => {
            if let Some(id) = fact(pm, i) {
                pm.move_fact(id, if *up { Direction::Up } else { Direction::Down });
            }
        }
        Edit::AddCause(t) => {
            pm.add_cause(t);
        }
        Edit::CauseStatement(i, t) => {
            if let Some(id) = cause(pm, i) {
                pm.set_cause_statement(id, t);
            }
        }
        Edit::Evidence(c, f, linked) => {
            if let (Some(c), Some(f)) = (cause(pm, c), fact(pm, f)) {
                pm.set_evidence(c, f, *linked);
            }
        }
        Edit::RemoveCause(i) => {
            if let Some(id) = cause(pm, i) {
                pm.remove_cause(id);
            }
        }
        Edit::AddAction(t) => {
            pm.add_action(t);
        }
        Edit::ActionStatus(i, s) => {
            if let Some(id) = action(pm, i) {
                pm.set_action_status(id, *s);
            }
        }
        Edit::ActionCause(a, c, linked) => {
            if let (Some(a), Some(c)) = (action(pm, a), cause(pm, c)) {
                pm.set_action_cause(a, c, *linked);
            }
        }
        Edit::RemoveAction(i) => {
            if let Some(id) = action(pm, i) {
                pm.remove_action(id);
            }
        }
        Edit::Orders(n) => pm.set_impact_count(Count::Orders, *n),
        Edit::Dismiss(key, d) => pm.set_dismissed(key.as_str(), *d),
        Edit::AddPerson(name) => {
            let i = pm.add_person();
            pm.set_person_name(i, name);
        }
    }
}

fn run(from: &Postmortem, script: &[Edit], minutes: i64) -> Postmortem {
    let mut pm = from.clone();
    let now = from.updated_at + Duration::minutes(minutes);
    for edit in script {
        apply(&mut pm, edit, now);
    }
    if !script.is_empty() {
        pm.touch(now);
    }
    pm
}

fn script() -> impl Strategy<Value = Vec<Edit>> {
    prop::collection::vec(edit(), 0..8)
}

/// A small base document, built by a script from an empty one.
fn base_doc() -> impl Strategy<Value = Postmortem> {
    prop::collection::vec(edit(), 0..12).prop_map(|script| {
        let empty = Postmortem::new(PostmortemId("p".into()), "", at(27, 8));
        run(&empty, &script, 1)
    })
}

fn config() -> Config {
    Config {
        cases: 1_000,
        failure_persistence: None,
        max_shrink_time: 30_000,
        ..Config::default()
    }
}

/// What survives of an item whatever the merge does to ids and links.
fn texts(pm: &Postmortem) -> Vec<String> {
    pm.facts
        .iter()
        .map(|f| format!("fact {}", f.text))
        .chain(pm.causes.iter().map(|c| format!("cause {}", c.statement)))
        .chain(
            pm.actions
                .iter()
                .map(|a| format!("action {}", a.description)),
        )
        .collect()
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn an_unchanged_side_gives_the_other_side_exactly(base in base_doc(), edits in script()) {
        let changed = run(&base, &edits, 60);
        // Except the step: which step is open is this tab's own (see
        // `another_tabs_step_never_moves_this_one`).
        let mut theirs_in_this_tab = changed.clone();
        theirs_in_this_tab.step = base.step;
        prop_assert_eq!(merge(&base, &base, &changed), Merged { doc: theirs_in_this_tab, conflicts: vec![] });
        prop_assert_eq!(merge(&base, &changed, &base), Merged { doc: changed, conflicts: vec![] });
    }

    #[test]
    fn the_same_edits_on_both_sides_merge_to_them(base in base_doc(), edits in script()) {
        let changed = run(&base, &edits, 60);
        prop_assert_eq!(merge(&base, &changed, &changed), Merged { doc: changed.clone(), conflicts: vec![] });
    }

    #[test]
    fn any_merge_is_sound_and_loses_no_addition(
        base in base_doc(),
        ours_edits in script(),
        theirs_edits in script(),
    ) {
        let ours = run(&base, &ours_edits, 60);
        let theirs = run(&base, &theirs_edits, 90);
        let merged = merge(&base, &ours, &theirs);
        let doc = &merged.doc;
        prop_assert_eq!(doc.check_ids(), Ok(()));
        let mut normal = doc.clone();
        normal.normalize();
        prop_assert_eq!(&normal, doc);
        prop_assert_eq!(doc.updated_at, ours.updated_at.max(theirs.updated_at));
        // Every item either side added is there (under some id).
        let merged_texts = texts(doc);
        let base_ids: Vec<u32> = base.facts.iter().map(|f| f.id)
            .chain(base.causes.iter().map(|c| c.id))
            .chain(base.actions.iter().map(|a| a.id)).collect();
        for side in [&ours, &theirs] {
            let mut added = side.clone();
            added.facts.retain(|f| !base_ids.contains(&f.id));
            added.causes.retain(|c| !base_ids.contains(&c.id));
            added.actions.retain(|a| !base_ids.contains(&a.id));
            for text in texts(&added) {
                prop_assert!(merged_texts.contains(&text), "{} lost", text);
            }
        }
        // Every conflict is about something the document holds, and settling each with
        // either side leaves a sound document.
        for conflict in &merged.conflicts {
            let present = match conflict.what {
                ConflictItem::Fact(id) => doc.fact(id).is_some(),
                ConflictItem::Cause(id) => doc.cause(id).is_some(),
                ConflictItem::Action(id) => doc.action(id).is_some(),
                _ => true,
            };
            prop_assert!(present, "{:?}", conflict.what);
        }
        for settle in [keep_mine, keep_theirs] {
            let mut settled = doc.clone();
            for conflict in &merged.conflicts {
                settle(&mut settled, conflict);
            }
            prop_assert_eq!(settled.check_ids(), Ok(()));
            let mut normal = settled.clone();
            normal.normalize();
            prop_assert_eq!(&normal, &settled);
        }
    }
}

// The names-to-roles choice is a privacy choice: made differently in two tabs, the one that
// replaces names wins.
#[test]
fn a_clash_over_names_to_roles_keeps_names_replaced() {
    let base = base();
    let ours = edited(&base, 9, |pm| pm.set_roles_in_exports(false));
    let theirs = edited(&base, 10, |pm| pm.set_roles_in_exports(true));
    assert_eq!(
        merge(&base, &ours, &theirs).doc.roles_in_exports,
        Some(true)
    );
    let theirs_off = edited(&base, 10, |pm| pm.set_roles_in_exports(false));
    assert_eq!(
        merge(&base, &ours, &theirs_off).doc.roles_in_exports,
        Some(false)
    );
    let only_ours = merge(&base, &ours, &base);
    assert_eq!(only_ours.doc.roles_in_exports, Some(false));
}
