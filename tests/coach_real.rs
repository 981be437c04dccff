#![cfg(not(target_arch = "wasm32"))]
//! The coach measured on real writing: sentences quoted from published post-mortems
//! (tests/coach_real/), each gathering labelled by a reviewer of its own who never ran the
//! coach, in a development part and a held-out part split by organisation. Prints precision
//! and recall per family of problems, per gathering and per part, and the share of good
//! action items that get a false alarm.
//!
//! The floors below are today's figures, as a ratchet: a change that makes the coach worse
//! on real writing fails here. Issue 13 raises them to its targets (precision ≥ 0.90,
//! recall ≥ 0.85, ≤ 5 % false alarms on good actions), judged on the held-out part alone.

use std::collections::BTreeSet;

use hindsight::coach::{check, Context, Field, Kind};
use support::real_writing::{Gathering, DEVELOPMENT, HELD_OUT};
use support::tally::{ratio, Tally};

mod support;

fn summary(name: &str, t: Tally) -> String {
    format!("{name:<13} {t}")
}

struct Case {
    line: usize,
    field: Field,
    expected: BTreeSet<Kind>,
    text: String,
}

fn kind(s: &str) -> Kind {
    serde_json::from_value(serde_json::Value::String(s.to_owned()))
        .unwrap_or_else(|_| panic!("unknown kind {s:?}"))
}

/// A cell of kinds: comma-separated, or `-` for none.
fn kinds(cell: &str) -> BTreeSet<Kind> {
    match cell {
        "-" => BTreeSet::new(),
        kinds => kinds.split(',').map(kind).collect(),
    }
}

fn read(tsv: &str) -> Vec<Case> {
    let field = |s: &str| -> Field {
        serde_json::from_value(serde_json::Value::String(s.to_owned()))
            .unwrap_or_else(|_| panic!("unknown field {s:?}"))
    };
    support::real_writing::rows(tsv)
        .map(|row| Case {
            line: row.line,
            field: field(row.field),
            expected: kinds(row.kinds),
            text: row.text.to_owned(),
        })
        .collect()
}

/// The four families of problem the issue judges separately.
const FAMILIES: [(&str, &[Kind]); 4] = [
    (
        "blame",
        &[
            Kind::Blame,
            Kind::ErrorLabel,
            Kind::Hindsight,
            Kind::Judgement,
            Kind::Condescension,
        ],
    ),
    (
        "opinion",
        &[
            Kind::Hedge,
            Kind::VagueQuantity,
            Kind::Emotive,
            Kind::Explanation,
        ],
    ),
    ("person-fix", &[Kind::PersonFix]),
    ("vague action", &[Kind::VagueAction]),
];

/// Counts one sentence: `found` judged against `expected`, overall and per family.
fn count(
    expected: &BTreeSet<Kind>,
    found: &BTreeSet<Kind>,
    overall: &mut Tally,
    families: &mut [Tally],
) {
    overall.add(!expected.is_empty(), !found.is_empty());
    for (tally, (_, kinds)) in families.iter_mut().zip(FAMILIES) {
        let is = |set: &BTreeSet<Kind>| kinds.iter().any(|k| set.contains(k));
        tally.add(is(expected), is(found));
    }
}

struct Figures {
    sentences: usize,
    overall: Tally,
    families: Vec<Tally>,
    good_actions: usize,
    good_actions_flagged: usize,
}

fn measure(name: &str, cases: &[Case]) -> Figures {
    let ctx = Context { people: &[] };
    let mut overall = Tally::default();
    let mut families = vec![Tally::default(); FAMILIES.len()];
    let (mut good_actions, mut good_actions_flagged) = (0, 0);
    let mut wrong = Vec::new();
    for case in cases {
        let findings = check(&case.text, case.field, &ctx);
        let found: BTreeSet<Kind> = findings.iter().map(|f| f.kind).collect();
        count(&case.expected, &found, &mut overall, &mut families);
        if case.field == Field::Action && case.expected.is_empty() {
            good_actions += 1;
            good_actions_flagged += usize::from(!found.is_empty());
        }
        if found != case.expected {
            let detail: Vec<String> = findings
                .iter()
                .map(|f| format!("{:?} “{}”", f.kind, f.phrase))
                .collect();
            wrong.push(format!(
                "  {name} line {:>3} {:?}: {}\n      expected {:?}, found [{}]",
                case.line,
                case.field,
                case.text,
                case.expected,
                detail.join(", ")
            ));
        }
    }
    println!("\n{name}: {} sentences", cases.len());
    println!("  {}", summary("any problem", overall));
    for (tally, (family, _)) in families.iter().zip(FAMILIES) {
        println!("  {}", summary(family, *tally));
    }
    println!(
        "  good action items with a false alarm: {good_actions_flagged} of {good_actions} ({:.0} %)",
        100.0 * ratio(good_actions_flagged, good_actions)
    );
    if std::env::var_os("COACH_REAL_DETAIL").is_some() {
        println!("{}", wrong.join("\n"));
    }
    Figures {
        sentences: cases.len(),
        overall,
        families,
        good_actions,
        good_actions_flagged,
    }
}

/// (precision, recall) floors of the overall figures and of each family, and the most
/// good actions (as a share) that may get a false alarm: today's figures, rounded down.
struct Floors {
    overall: (f64, f64),
    families: [(f64, f64); 4],
    good_action_alarms: f64,
}

fn assert_floors(name: &str, figures: &Figures, floors: &Floors) {
    let mut below = Vec::new();
    let mut check = |what: &str, tally: Tally, (p, r): (f64, f64)| {
        if tally.precision() < p || tally.recall() < r {
            below.push(format!(
                "{what}: {:.2}/{:.2} below {p:.2}/{r:.2}",
                tally.precision(),
                tally.recall()
            ));
        }
    };
    check("any problem", figures.overall, floors.overall);
    for ((tally, (family, _)), floor) in figures.families.iter().zip(FAMILIES).zip(floors.families)
    {
        check(family, *tally, floor);
    }
    let alarms = ratio(figures.good_actions_flagged, figures.good_actions);
    if alarms > floors.good_action_alarms {
        below.push(format!(
            "false alarms on good actions: {alarms:.2} above {:.2}",
            floors.good_action_alarms
        ));
    }
    assert!(
        below.is_empty(),
        "{name} ({} sentences) got worse: {below:?}",
        figures.sentences
    );
}

/// Measures each gathering of a part, then the part as a whole.
fn measure_part(part: &str, gatherings: &[Gathering]) -> Figures {
    let mut all = Vec::new();
    for g in gatherings {
        let cases = read(g.tsv);
        measure(&format!("{part}, {}", g.name), &cases);
        all.extend(cases);
    }
    measure(part, &all)
}

#[test]
fn the_coach_on_real_post_mortems() {
    let dev = measure_part("development part", &DEVELOPMENT);
    let held = measure_part("held-out part", &HELD_OUT);
    assert!(
        held.sentences >= 300 && dev.sentences >= 300,
        "at least 300 sentences in each part"
    );
    assert_floors("the development part", &dev, &DEV_FLOORS);
    assert_floors("the held-out part", &held, &HELD_OUT_FLOORS);
}

// Floors: the figures as of 1 Dec 2026, rounded down (the share of flagged good actions
// rounded up), a ratchet from there: for the same parts they may only rise, towards issue
// 13's targets (precision 0.90 and recall 0.85 on the held-out part, at most 5 % of good
// actions flagged), which the held-out part does not reach. When a part's gatherings change,
// its floors are set anew on what it then holds: the development floors fell when the
// harder, read held-out gatherings joined it, not because the coach got worse. The parts
// changed several times that day, each time because every held-out gathering had been read:
// read gatherings join the development part and fresh ones, gathered blind by reviewers who
// never saw the coach, its rules or the other parts, replace them. At the third stop the
// fifth to seventeenth held-out gatherings became `dev_19` to `dev_31` and the vague-action
// model was trained on the whole development part (which flatters the development figures
// for vague actions). At the fourth stop the eighteenth to twenty-first, each read once,
// became `dev_32` to `dev_35`; the twenty-second to twenty-fifth and then the twenty-sixth
// to twenty-ninth were gathered, read once and, each time the coach changed after that
// reading, opened as `dev_36` to `dev_39` and `dev_40` to `dev_43`; the model was trained
// again on all forty-three. The thirtieth and thirty-first were gathered last and read once,
// after the stop's last change of rules (any problem 0.77/0.66, with one defect fixed after
// it: an address counted as a dozen words). At the fifth stop they became `dev_44` and
// `dev_45`, the model was trained again on all forty-five, and three fresh gatherings, the
// thirty-second to thirty-fourth (528 sentences from 45 organisations), became the held-out
// part, read once with the coach's rules unchanged since the fourth stop (any problem
// 0.71/0.70, blame 0.61/0.31, good actions flagged 17 of 73). The coach's findings did not
// change after that reading, and three more fresh gatherings, the thirty-fifth to
// thirty-seventh (605 sentences from 51 organisations), joined the part and were read once
// (any problem 0.82/0.64, blame 0.76/0.44, good actions flagged 4 of 49): 1,133 sentences
// at 0.76/0.67. At the sixth stop those six became `dev_46` to `dev_51` (the blame misses
// of the whole part were read before any rule changed), the model was trained again on all
// fifty-one, the rules changed (admissions after their noun, "at fault", a partner's act
// given as the cause, verdicts without "should"), and then three fresh gatherings, the
// thirty-eighth to fortieth (627 sentences from 58 organisations, gathered under the
// written guide, tests/coach_real/GUIDE.md), became the held-out part and were read once:
// any problem 0.85/0.55, blame 0.68/0.42, opinion 0.87/0.58, vague action 0.86/0.64, good
// actions flagged 8 of 85. Later that stop those three became `dev_52` to `dev_54`, the
// model was trained again on all fifty-four, the rules changed again (people told or
// trained in the passive, training for people, the staff involved, "few of", "a small
// subset", "underestimated", procedures not followed, "this is my responsibility"), and
// three more fresh gatherings, the forty-first to forty-third (639 sentences from 58
// organisations), became the held-out part and were read once: any problem 0.87/0.59,
// blame 0.80/0.48, opinion 0.82/0.54, vague action 0.95/0.68, good actions flagged 6 of
// 60. Their reviewers labelled an apology's formula emotive, as the guide's first version
// said and the development part does not: without the 32 sentences with an apology, any
// problem 0.87/0.63. In the stop's third round those three became `dev_55` to `dev_57`,
// the model was trained again on all fifty-seven, the rules changed again (verdicts on
// preparation, oversight and results, "shouldn't have made it", "under close scrutiny"),
// and three more fresh gatherings, the forty-fourth to forty-sixth (623 sentences from 54
// organisations, labelled under the corrected guide), became the held-out part and were
// read once: any problem 0.88/0.60, blame 0.64/0.33, opinion 0.90/0.62, vague action
// 0.89/0.72, good actions flagged 8 of 70. The coach's findings did not change after that
// reading, and three more fresh gatherings, the forty-seventh to forty-ninth (599
// sentences from 65 organisations, labelled under the guide as corrected again: a
// partner's act is blame, its service failing is not), joined the part and were read once
// (any problem 0.86/0.73, good actions flagged 6 of 65). These floors are the whole part,
// 1,222 sentences: any problem 0.87/0.66, blame 0.60/0.39, opinion 0.89/0.69, vague action
// 0.89/0.72, good actions flagged 14 of 135. At the seventh stop (1 Dec) those six became
// `dev_58` to `dev_63`, the model was trained again on all sixty-three (967 weights), the
// rules changed (counterfactuals with an adverb or a verb of repair, "not thorough enough"
// and the "not … enough" verdicts the lexicon had but never fired, "cut corners", small
// oversights, "personally responsible", a change with its author after a phrase of place),
// and three fresh gatherings, the fiftieth to fifty-second (634 sentences from 71
// organisations), became the held-out part and were read once: any problem 0.86/0.58,
// blame 0.66/0.44, opinion 0.88/0.55, person-fix 0.00/0.00 (4 labelled, 1 found), vague
// action 0.89/0.65, good actions flagged 8 of 72. The coach before that stop's changes
// scored 0.86/0.58 on them too: that round's rules, measured on the development part
// (blame recall 0.562 to 0.569), did not carry over to fresh writing. Later that stop those
// three became `dev_64` to `dev_66`, the model was trained again on all sixty-six (1,023
// weights), the rules changed again (adverbs of manner between a person and their act,
// "without notifying", "lax about", a partner's leak; not beliefs, repairs, praise of a
// team, plans that "should have been smooth", nor what customers "would have seen"), and
// three fresh gatherings, the fifty-third to fifty-fifth (613 sentences from 66
// organisations), became the held-out part and were read once: any problem 0.85/0.65,
// blame 0.76/0.45, opinion 0.87/0.71, person-fix 0.00/0.00 (3 labelled, 6 false alarms),
// vague action 0.84/0.66, good actions flagged 12 of 80. The coach before that round scored
// 0.85/0.65 on them (175 found against 176 now, the difference the retrained model's): the
// second round's rules did not carry over either. In the third round those three became
// `dev_67` to `dev_69`, the model was trained again on all sixty-nine (1,053 weights), the
// rules changed (no error label in an action, which names the slip it guards against; an
// infrastructure "improvement plan" fixes no person; faults "on our part"; plural error
// labels; "in hind-sight"; "would have indeed prevented"), and three fresh gatherings, the
// fifty-sixth to fifty-eighth (598 sentences from 55 organisations), became the held-out
// part and were read once: any problem 0.84/0.62, blame 0.55/0.32, opinion 0.87/0.62,
// person-fix 0.00/0.00 (6 labelled), vague action 0.82/0.68, good actions flagged 9 of 70.
// The coach before that round: 0.84/0.61 (144 found, 27 false alarms), the difference the
// retrained model's again. These floors are those figures, rounded down. Either part alone
// below its floors fails the test.
const DEV_FLOORS: Floors = Floors {
    overall: (0.86, 0.73),
    families: [(0.81, 0.56), (0.83, 0.78), (0.66, 0.41), (0.88, 0.76)],
    good_action_alarms: 0.09,
};

const HELD_OUT_FLOORS: Floors = Floors {
    overall: (0.83, 0.61),
    families: [(0.54, 0.31), (0.86, 0.62), (0.0, 0.0), (0.81, 0.68)],
    good_action_alarms: 0.13,
};

/// The vague-action model (src/coach/outcome.rs) learns from the development part's action
/// items: when they change (added, removed, relabelled or reworded), it must be trained
/// again, or it silently lags the corpus.
#[test]
fn the_vague_action_model_is_trained_on_the_development_part_as_it_is() {
    let items: Vec<(bool, &str)> = DEVELOPMENT
        .iter()
        .flat_map(|g| support::real_writing::rows(g.tsv))
        .filter(|row| row.field == "action")
        .map(|row| (row.kinds.split(',').any(|k| k == "vague_action"), row.text))
        .collect();
    assert_eq!(
        hindsight::coach::outcome::TRAINED_ON,
        hindsight::coach::outcome::fingerprint_items(&items),
        "the development part's action items changed: train the model again with \
         `cargo run --release --example train_outcome_model`"
    );
}

/// A second reviewer, blind to the first labels, the coach and its rules, labelled
/// sentences again under the same guide: 420 of the development part
/// (tests/coach_real/second_reading.tsv); the thirty-second to thirty-seventh held-out
/// gatherings, now `dev_46` to `dev_51`, after they were read (second_reading_2.tsv, by two
/// more reviewers); the thirty-eighth to fortieth, now `dev_52` to `dev_54`, before they
/// were read (second_reading_3.tsv); the forty-first to forty-third, now `dev_55` to
/// `dev_57`, before they were read (second_reading_4.tsv); the forty-fourth to forty-ninth,
/// now `dev_58` to `dev_63`, before they were read (second_reading_5.tsv, by four more
/// reviewers); the fiftieth to fifty-second, now `dev_64` to `dev_66`, before they were
/// read (second_reading_6.tsv); the fifty-third to fifty-fifth, now `dev_67` to `dev_69`,
/// before they were read (second_reading_7.tsv); and the held-out part before it was read
/// (second_reading_held_out.tsv, by three more reviewers again). How far the two readers
/// agree is the ceiling the coach's figures are judged against: issue 13's targets are
/// reachable only if careful readers reach them.
/// Printed beside the coach on the same sentences, with the coach against the sentences on
/// which the two readers agree.
#[test]
fn two_readers_agree_above_the_coach() {
    // 0.91 / 0.96 on the development sentences; on fresh writing the readers agree less:
    // 0.83 / 0.93 on the thirty-second to thirty-seventh gatherings, 0.87 / 0.97 on the
    // thirty-eighth to fortieth, 0.93 / 0.87 on the forty-first to forty-third (the coach
    // reached 0.90 / 0.65 there where the readers agree), 0.92 / 0.94 on the held-out part,
    // the forty-fourth to forty-ninth (the coach 0.90 / 0.70 where they agree), now
    // `dev_58` to `dev_63`; 0.89 / 0.92 on the fiftieth to fifty-second (the coach 0.89 /
    // 0.59 where they agree), now `dev_64` to `dev_66`; 0.90 / 0.96 on the fifty-third to
    // fifty-fifth (the coach 0.91 / 0.66 where they agree), now `dev_67` to `dev_69`; 0.90 /
    // 0.89 on the held-out part, the fifty-sixth to fifty-eighth (the coach 0.88 / 0.67 where
    // they agree). Rounded down here, so that a reading drifting apart is noticed.
    second_reading(
        "development",
        include_str!("coach_real/second_reading.tsv"),
        &DEVELOPMENT,
        420,
        (0.90, 0.95),
    );
    second_reading(
        "development, 46th to 51st",
        include_str!("coach_real/second_reading_2.tsv"),
        &DEVELOPMENT,
        1133,
        (0.82, 0.92),
    );
    second_reading(
        "development, 52nd to 54th",
        include_str!("coach_real/second_reading_3.tsv"),
        &DEVELOPMENT,
        627,
        (0.87, 0.96),
    );
    second_reading(
        "development, 55th to 57th",
        include_str!("coach_real/second_reading_4.tsv"),
        &DEVELOPMENT,
        639,
        (0.93, 0.87),
    );
    second_reading(
        "development, 58th to 63rd",
        include_str!("coach_real/second_reading_5.tsv"),
        &DEVELOPMENT,
        1222,
        (0.92, 0.94),
    );
    second_reading(
        "development, 64th to 66th",
        include_str!("coach_real/second_reading_6.tsv"),
        &DEVELOPMENT,
        634,
        (0.88, 0.91),
    );
    second_reading(
        "development, 67th to 69th",
        include_str!("coach_real/second_reading_7.tsv"),
        &DEVELOPMENT,
        613,
        (0.89, 0.96),
    );
    second_reading(
        "held-out",
        include_str!("coach_real/second_reading_held_out.tsv"),
        &HELD_OUT,
        598,
        (0.89, 0.89),
    );
}

fn second_reading(
    part: &str,
    tsv: &str,
    gatherings: &[Gathering],
    expected: usize,
    (floor_p, floor_r): (f64, f64),
) {
    let ctx = Context { people: &[] };
    let (mut readers, mut coach, mut coach_agreed) =
        (Tally::default(), Tally::default(), Tally::default());
    let mut reader_families = vec![Tally::default(); FAMILIES.len()];
    let mut coach_families = vec![Tally::default(); FAMILIES.len()];
    let mut agreed_families = vec![Tally::default(); FAMILIES.len()];
    let (mut sentences, mut good_actions) = (0, 0);
    let (mut good_flagged_by_reader, mut good_flagged_by_coach) = (0, 0);
    // Each gathering read once, not once per row of the second reading.
    let read_gatherings: Vec<(&str, Vec<Case>)> =
        gatherings.iter().map(|g| (g.file, read(g.tsv))).collect();
    for row in tsv
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let cols: Vec<&str> = row.split('\t').collect();
        assert_eq!(cols.len(), 3, "{row}");
        let (_, cases) = read_gatherings
            .iter()
            .find(|(file, _)| file.ends_with(cols[0]))
            .unwrap_or_else(|| panic!("{} is not a {part} gathering", cols[0]));
        let line: usize = cols[1].parse().expect("a line number");
        let case = cases
            .iter()
            .find(|c| c.line == line)
            .unwrap_or_else(|| panic!("{} has no sentence on line {line}", cols[0]));
        let second = kinds(cols[2]);
        let found: BTreeSet<Kind> = check(&case.text, case.field, &ctx)
            .iter()
            .map(|f| f.kind)
            .collect();
        count(&case.expected, &second, &mut readers, &mut reader_families);
        count(&case.expected, &found, &mut coach, &mut coach_families);
        // Where the readers agree, family by family: the labels no careful reader disputes.
        for (agreed, (_, family)) in agreed_families.iter_mut().zip(FAMILIES) {
            let is = |set: &BTreeSet<Kind>| family.iter().any(|k| set.contains(k));
            if is(&case.expected) == is(&second) {
                agreed.add(is(&case.expected), is(&found));
            }
        }
        if case.expected.is_empty() == second.is_empty() {
            coach_agreed.add(!case.expected.is_empty(), !found.is_empty());
        }
        if case.field == Field::Action && case.expected.is_empty() {
            good_actions += 1;
            good_flagged_by_reader += usize::from(!second.is_empty());
            good_flagged_by_coach += usize::from(!found.is_empty());
        }
        sentences += 1;
    }
    println!("\nthe second reading, {sentences} {part} sentences, against the first labels:");
    println!("  {}", summary("second reader", readers));
    println!("  {}", summary("the coach", coach));
    println!("  {}", summary("coach, agreed", coach_agreed));
    for ((((family, _), r), c), a) in FAMILIES
        .iter()
        .zip(&reader_families)
        .zip(&coach_families)
        .zip(&agreed_families)
    {
        println!(
            "  {family:<13} second reader {:.2}/{:.2}, the coach {:.2}/{:.2}, \
             the coach where the readers agree {:.2}/{:.2}",
            r.precision(),
            r.recall(),
            c.precision(),
            c.recall(),
            a.precision(),
            a.recall()
        );
    }
    println!(
        "  good action items flagged: second reader {good_flagged_by_reader}, the coach \
         {good_flagged_by_coach}, of {good_actions}"
    );
    assert_eq!(
        sentences, expected,
        "the {part} second reading covers {expected} sentences"
    );
    assert!(
        readers.precision() >= floor_p && readers.recall() >= floor_r,
        "the two readings of the {part} part drifted apart: {:.2}/{:.2}",
        readers.precision(),
        readers.recall()
    );
}
