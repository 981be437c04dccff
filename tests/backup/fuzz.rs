//! A bounded fuzz run of the decoder: JSON values, byte edits and seeds from real files, and
//! no panic or silent acceptance of damage.

use super::*;

/// Any JSON value, leaning to what a post-mortem holds: field names, dates, ids at the
/// edges of their ranges, and the values that mean something to the decoder.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        // JSON has no NaN or infinity: those become null, as serde_json would write them.
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        select(vec![
            0_u64,
            1,
            2,
            3,
            7,
            1 << 30,
            (1 << 30) + 1,
            u64::from(u32::MAX),
            u64::MAX
        ])
        .prop_map(Value::from),
        any::<String>().prop_map(Value::from),
        select(vec![
            "",
            "hindsight",
            "hindsight-backup",
            "draft",
            "closed",
            "wont_do",
            "root",
            "review",
            "2026-11-27T08:00:00Z",
            "2026-11-27T08:00:00",
            "2026-02-30",
            "+275760-09-13T00:00:00Z",
            "-000001-01-01T00:00:00Z",
            "2026-11-27",
            "NaN",
            "../x",
            "a/b",
            "x-1",
        ])
        .prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 24, 5, |inner| {
        let key = prop_oneof![
            select(vec![
                "format",
                "version",
                "postmortems",
                "doc",
                "id",
                "title",
                "status",
                "facts",
                "causes",
                "actions",
                "next_id",
                "text",
                "statement",
                "evidence",
                "when",
                "kind",
                "impact",
                "orders",
                "deleted_at",
                "created_at",
                "updated_at",
            ])
            .prop_map(str::to_owned),
            ".{0,6}",
        ];
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            prop::collection::vec((key, inner), 0..5)
                .prop_map(|fields| Value::Object(fields.into_iter().collect())),
        ]
    })
}

/// Replaces the `n`-th node (pre-order) of `value` with `with`.
fn replace_nth(value: &mut Value, n: &mut usize, with: &Value) -> bool {
    if *n == 0 {
        *value = with.clone();
        return true;
    }
    *n -= 1;
    match value {
        Value::Array(items) => items.iter_mut().any(|v| replace_nth(v, n, with)),
        Value::Object(fields) => fields.values_mut().any(|v| replace_nth(v, n, with)),
        _ => false,
    }
}

fn count_nodes(value: &Value) -> usize {
    1 + match value {
        Value::Array(items) => items.iter().map(count_nodes).sum(),
        Value::Object(fields) => fields.values().map(count_nodes).sum(),
        _ => 0,
    }
}

#[derive(Clone, Debug)]
enum ByteEdit {
    Truncate(Index),
    Flip(Index, u8),
    Insert(Index, u8),
    Delete(Index),
}

fn byte_edit() -> impl Strategy<Value = ByteEdit> {
    let byte = prop_oneof![
        any::<u8>(),
        select(b"{}[]\",:-+.0123456789eEtfn\\ \n".to_vec()),
    ];
    prop_oneof![
        1 => any::<Index>().prop_map(ByteEdit::Truncate),
        3 => (any::<Index>(), 0..8_u8).prop_map(|(at, bit)| ByteEdit::Flip(at, 1 << bit)),
        3 => (any::<Index>(), byte).prop_map(|(at, b)| ByteEdit::Insert(at, b)),
        3 => any::<Index>().prop_map(ByteEdit::Delete),
    ]
}

/// Small valid files to damage: a backup of several post-mortems, one of the worked
/// example, the v1 fixture (a stored envelope). Built once, not per case.
static SEEDS: LazyLock<Vec<String>> = LazyLock::new(seeds);

fn seeds() -> Vec<String> {
    let mut small = titled("s-1", "Small “one” 🔥");
    let f = small.add_fact("fact");
    let c = small.add_cause("cause");
    small.set_evidence(c, f, true);
    let a = small.add_action("action");
    small.set_action_cause(a, c, true);
    vec![
        encode_backup(&[small, titled("s-2", "")], at(28, 10)),
        encode_backup(&[example("ex")], at(28, 10)),
        V1_FIXTURE.to_owned(),
    ]
}

#[derive(Clone, Debug)]
enum FuzzInput {
    Text(String),
    Bytes(usize, Vec<ByteEdit>),
    Retyped(usize, Vec<(Index, Value)>),
}

fn fuzz_input() -> impl Strategy<Value = FuzzInput> {
    let seeds = SEEDS.len();
    prop_oneof![
        // Arbitrary text, and text that at least looks like JSON.
        1 => any::<String>().prop_map(FuzzInput::Text),
        1 => "[\\[{\"0-9a-z:,\\]} \\\\]{0,40}".prop_map(FuzzInput::Text),
        // Damaged real files reach further into the decoder: more of those.
        3 => (0..seeds, prop::collection::vec(byte_edit(), 1..6))
            .prop_map(|(seed, edits)| FuzzInput::Bytes(seed, edits)),
        3 => (0..seeds, prop::collection::vec((any::<Index>(), json_value()), 1..4))
            .prop_map(|(seed, edits)| FuzzInput::Retyped(seed, edits)),
    ]
}

fn render(input: &FuzzInput, seeds: &[String]) -> String {
    match input {
        FuzzInput::Text(text) => text.clone(),
        FuzzInput::Bytes(seed, edits) => {
            let mut bytes = seeds[*seed].clone().into_bytes();
            for edit in edits {
                let len = bytes.len();
                match *edit {
                    ByteEdit::Truncate(at) => bytes.truncate(at.index(len + 1)),
                    ByteEdit::Flip(at, mask) if len > 0 => bytes[at.index(len)] ^= mask,
                    ByteEdit::Insert(at, b) => bytes.insert(at.index(len + 1), b),
                    ByteEdit::Delete(at) if len > 0 => {
                        bytes.remove(at.index(len));
                    }
                    _ => {}
                }
            }
            // A file read as text in the browser has invalid UTF-8 replaced the same way.
            String::from_utf8_lossy(&bytes).into_owned()
        }
        FuzzInput::Retyped(seed, edits) => {
            let mut value: Value = serde_json::from_str(&seeds[*seed]).unwrap();
            for (at, with) in edits {
                let mut n = at.index(count_nodes(&value));
                replace_nth(&mut value, &mut n, with);
            }
            value.to_string()
        }
    }
}

proptest! {
    #![proptest_config(config(3_000))]

    /// The import decoder's fuzz target, bounded to a fixed number of cases so it runs in
    /// every `cargo test`: it never panics, and whatever it accepts is sound.
    #[test]
    fn fuzz_decode_never_panics_and_accepts_only_sound_documents(input in fuzz_input()) {
        let raw = render(&input, &SEEDS);
        match decode_backup(&raw) {
            Ok(docs) => {
                let mut seen = Vec::new();
                for pm in &docs {
                    prop_assert!(PostmortemId::is_valid(pm.id.as_str()), "{:?}", pm.id);
                    prop_assert!(!seen.contains(&pm.id), "duplicate {:?}", pm.id);
                    seen.push(pm.id.clone());
                    prop_assert_eq!(pm.check_ids(), Ok(()));
                    let mut normal = pm.clone();
                    normal.normalize();
                    prop_assert_eq!(&normal, pm, "links and next_id were repaired");
                }
            }
            Err(e) => {
                let message = e.to_string();
                prop_assert!(!message.is_empty() && message.len() < 600, "{}", message);
            }
        }
    }
}
