//! The gatherings of real post-mortem sentences (tests/coach_real/), listed once for every
//! test that reads them: the corpus test measures each, the suggestions test checks the
//! coach's rewrites over all of them.

/// One labelled sentence of a gathering, as written in its file.
pub struct Row<'a> {
    /// The line in the file, counted from 1.
    pub line: usize,
    /// The step it came from: `title`, `fact`, `cause`, `why` or `action`.
    pub field: &'a str,
    /// The kinds a reviewer found, comma-separated, or `-`.
    pub kinds: &'a str,
    pub text: &'a str,
}

/// The rows of a gathering's file: tab-separated field, kinds, sentence and source, after
/// `#` comments and blank lines.
pub fn rows(tsv: &str) -> impl Iterator<Item = Row<'_>> {
    tsv.lines()
        .enumerate()
        .filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty())
        .map(|(i, l)| {
            let cols: Vec<&str> = l.split('\t').collect();
            assert_eq!(cols.len(), 4, "line {}: {l}", i + 1);
            Row {
                line: i + 1,
                field: cols[0],
                kinds: cols[1],
                text: cols[2],
            }
        })
}

/// One gathering: its file, what the figures call it, and its text.
pub struct Gathering {
    pub file: &'static str,
    pub name: &'static str,
    pub tsv: &'static str,
}

macro_rules! gathering {
    ($file:literal, $name:literal) => {
        Gathering {
            file: concat!("coach_real/", $file),
            name: $name,
            tsv: include_str!(concat!("../coach_real/", $file)),
        }
    };
}

/// The development part: rules may be read and changed against it. Each gathering came from
/// a reviewer of its own; the second to fifth were gathered as held-out parts and opened for
/// development on 30 Nov 2026, when fresh held-out gatherings were made; the sixth to
/// eighteenth were gathered for development that day, each read once as it came before any
/// rule changed on it; the nineteenth to twenty-ninth are the fifth to fifteenth held-out
/// gatherings, each read once, opened for development at the third stop of that day, when
/// the vague-action model was trained; the thirtieth and thirty-first are the sixteenth and
/// seventeenth held-out gatherings, made then and read once, opened when two more were made;
/// the thirty-second to thirty-fifth are the eighteenth to twenty-first held-out gatherings,
/// each read once, opened at the fourth stop, when two fresh ones were made; the thirty-sixth
/// to thirty-ninth are the twenty-second to twenty-fifth, and the fortieth to forty-third
/// the twenty-sixth to twenty-ninth, each read once and opened later that stop; the
/// forty-fourth and forty-fifth are the thirtieth and thirty-first, read once and opened at
/// the fifth stop, when three fresh ones were made; the forty-sixth to fifty-first are the
/// thirty-second to thirty-seventh, read once and opened at the sixth stop, when fresh ones
/// were made again; the fifty-second to fifty-fourth are those, the thirty-eighth to
/// fortieth, read once and opened later that stop, and the fifty-fifth to fifty-seventh the
/// forty-first to forty-third, read once and opened in its third round; the fifty-eighth to
/// sixty-third are the forty-fourth to forty-ninth, read once and opened at the seventh stop,
/// the sixty-fourth to sixty-sixth the fiftieth to fifty-second, read once and opened in its
/// second round, and the sixty-seventh to sixty-ninth the fifty-third to fifty-fifth, read
/// once and opened in its third.
pub const DEVELOPMENT: [Gathering; 69] = [
    gathering!("dev.tsv", "first gathering"),
    gathering!("dev_2.tsv", "second gathering"),
    gathering!("dev_3.tsv", "third gathering"),
    gathering!("dev_4.tsv", "fourth gathering"),
    gathering!("dev_5.tsv", "fifth gathering"),
    gathering!("dev_6.tsv", "sixth gathering"),
    gathering!("dev_7.tsv", "seventh gathering"),
    gathering!("dev_8.tsv", "eighth gathering"),
    gathering!("dev_9.tsv", "ninth gathering"),
    gathering!("dev_10.tsv", "tenth gathering"),
    gathering!("dev_11.tsv", "eleventh gathering"),
    gathering!("dev_12.tsv", "twelfth gathering"),
    gathering!("dev_13.tsv", "thirteenth gathering"),
    gathering!("dev_14.tsv", "fourteenth gathering"),
    gathering!("dev_15.tsv", "fifteenth gathering"),
    gathering!("dev_16.tsv", "sixteenth gathering"),
    gathering!("dev_17.tsv", "seventeenth gathering"),
    gathering!("dev_18.tsv", "eighteenth gathering"),
    gathering!("dev_19.tsv", "nineteenth gathering"),
    gathering!("dev_20.tsv", "twentieth gathering"),
    gathering!("dev_21.tsv", "twenty-first gathering"),
    gathering!("dev_22.tsv", "twenty-second gathering"),
    gathering!("dev_23.tsv", "twenty-third gathering"),
    gathering!("dev_24.tsv", "twenty-fourth gathering"),
    gathering!("dev_25.tsv", "twenty-fifth gathering"),
    gathering!("dev_26.tsv", "twenty-sixth gathering"),
    gathering!("dev_27.tsv", "twenty-seventh gathering"),
    gathering!("dev_28.tsv", "twenty-eighth gathering"),
    gathering!("dev_29.tsv", "twenty-ninth gathering"),
    gathering!("dev_30.tsv", "thirtieth gathering"),
    gathering!("dev_31.tsv", "thirty-first gathering"),
    gathering!("dev_32.tsv", "thirty-second gathering"),
    gathering!("dev_33.tsv", "thirty-third gathering"),
    gathering!("dev_34.tsv", "thirty-fourth gathering"),
    gathering!("dev_35.tsv", "thirty-fifth gathering"),
    gathering!("dev_36.tsv", "thirty-sixth gathering"),
    gathering!("dev_37.tsv", "thirty-seventh gathering"),
    gathering!("dev_38.tsv", "thirty-eighth gathering"),
    gathering!("dev_39.tsv", "thirty-ninth gathering"),
    gathering!("dev_40.tsv", "fortieth gathering"),
    gathering!("dev_41.tsv", "forty-first gathering"),
    gathering!("dev_42.tsv", "forty-second gathering"),
    gathering!("dev_43.tsv", "forty-third gathering"),
    gathering!("dev_44.tsv", "forty-fourth gathering"),
    gathering!("dev_45.tsv", "forty-fifth gathering"),
    gathering!("dev_46.tsv", "forty-sixth gathering"),
    gathering!("dev_47.tsv", "forty-seventh gathering"),
    gathering!("dev_48.tsv", "forty-eighth gathering"),
    gathering!("dev_49.tsv", "forty-ninth gathering"),
    gathering!("dev_50.tsv", "fiftieth gathering"),
    gathering!("dev_51.tsv", "fifty-first gathering"),
    gathering!("dev_52.tsv", "fifty-second gathering"),
    gathering!("dev_53.tsv", "fifty-third gathering"),
    gathering!("dev_54.tsv", "fifty-fourth gathering"),
    gathering!("dev_55.tsv", "fifty-fifth gathering"),
    gathering!("dev_56.tsv", "fifty-sixth gathering"),
    gathering!("dev_57.tsv", "fifty-seventh gathering"),
    gathering!("dev_58.tsv", "fifty-eighth gathering"),
    gathering!("dev_59.tsv", "fifty-ninth gathering"),
    gathering!("dev_60.tsv", "sixtieth gathering"),
    gathering!("dev_61.tsv", "sixty-first gathering"),
    gathering!("dev_62.tsv", "sixty-second gathering"),
    gathering!("dev_63.tsv", "sixty-third gathering"),
    gathering!("dev_64.tsv", "sixty-fourth gathering"),
    gathering!("dev_65.tsv", "sixty-fifth gathering"),
    gathering!("dev_66.tsv", "sixty-sixth gathering"),
    gathering!("dev_67.tsv", "sixty-seventh gathering"),
    gathering!("dev_68.tsv", "sixty-eighth gathering"),
    gathering!("dev_69.tsv", "sixty-ninth gathering"),
];

/// The held-out part: never read, never tuned against; its figures are read after the last
/// rule change, and reported apart. The fifty-sixth to fifty-eighth were gathered in the
/// seventh stop's third round (1 Dec), under the written guide, while that round's rules
/// were written from the fifty-third to fifty-fifth, and read once after them. (Named by
/// the order of all held-out gatherings: the first four are now `dev_2` to `dev_5`, the
/// fifth to fifteenth `dev_19` to `dev_29`, the sixteenth and seventeenth `dev_30` and
/// `dev_31`, the eighteenth to fifty-fifth `dev_32` to `dev_69`.)
pub const HELD_OUT: [Gathering; 3] = [
    gathering!("held_out_56.tsv", "fifty-sixth held-out gathering"),
    gathering!("held_out_57.tsv", "fifty-seventh held-out gathering"),
    gathering!("held_out_58.tsv", "fifty-eighth held-out gathering"),
];
