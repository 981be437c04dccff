//! Wall-clock times recorded in named time zones, and the instants they denote. Pure: the
//! zone rules come from the caller (the browser's `Intl` database in the app, fixed rules
//! in tests), so no time-zone table is compiled into the app.

use chrono::{DateTime, Datelike, Duration, NaiveDateTime, Utc};

/// A source of UTC offsets for IANA zones.
pub trait ZoneRules {
    /// The zone's offset from UTC, in seconds, at an instant; `None` if the zone is unknown.
    fn offset_at(&self, zone: &str, instant: DateTime<Utc>) -> Option<i32>;
}

/// A common abbreviation and the zone it usually stands for. Abbreviations are fixed
/// offsets: "EST" is always UTC−5, even in July, when New York is on EDT.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Abbreviation {
    /// As written, upper case.
    pub name: &'static str,
    /// Its fixed offset, in seconds.
    pub offset: i32,
    /// The IANA zone people usually mean by it.
    pub home: &'static str,
    /// The name the home zone uses for its other season, if it has one.
    pub partner: Option<&'static str>,
}

const H: i32 = 3600;

/// The abbreviations Hindsight understands. Deliberately short: ambiguous ones (IST, CST in
/// China) are left out rather than guessed.
pub const ABBREVIATIONS: &[Abbreviation] = &[
    Abbreviation {
        name: "EST",
        offset: -5 * H,
        home: "America/New_York",
        partner: Some("EDT"),
    },
    Abbreviation {
        name: "EDT",
        offset: -4 * H,
        home: "America/New_York",
        partner: Some("EST"),
    },
    Abbreviation {
        name: "CST",
        offset: -6 * H,
        home: "America/Chicago",
        partner: Some("CDT"),
    },
    Abbreviation {
        name: "CDT",
        offset: -5 * H,
        home: "America/Chicago",
        partner: Some("CST"),
    },
    Abbreviation {
        name: "MST",
        offset: -7 * H,
        home: "America/Denver",
        partner: Some("MDT"),
    },
    Abbreviation {
        name: "MDT",
        offset: -6 * H,
        home: "America/Denver",
        partner: Some("MST"),
    },
    Abbreviation {
        name: "PST",
        offset: -8 * H,
        home: "America/Los_Angeles",
        partner: Some("PDT"),
    },
    Abbreviation {
        name: "PDT",
        offset: -7 * H,
        home: "America/Los_Angeles",
        partner: Some("PST"),
    },
    Abbreviation {
        name: "GMT",
        offset: 0,
        home: "Europe/London",
        partner: Some("BST"),
    },
    Abbreviation {
        name: "BST",
        offset: H,
        home: "Europe/London",
        partner: Some("GMT"),
    },
    Abbreviation {
        name: "CET",
        offset: H,
        home: "Europe/Berlin",
        partner: Some("CEST"),
    },
    Abbreviation {
        name: "CEST",
        offset: 2 * H,
        home: "Europe/Berlin",
        partner: Some("CET"),
    },
    Abbreviation {
        name: "EET",
        offset: 2 * H,
        home: "Europe/Athens",
        partner: Some("EEST"),
    },
    Abbreviation {
        name: "EEST",
        offset: 3 * H,
        home: "Europe/Athens",
        partner: Some("EET"),
    },
    Abbreviation {
        name: "JST",
        offset: 9 * H,
        home: "Asia/Tokyo",
        partner: None,
    },
    Abbreviation {
        name: "AEST",
        offset: 10 * H,
        home: "Australia/Sydney",
        partner: Some("AEDT"),
    },
    Abbreviation {
        name: "AEDT",
        offset: 11 * H,
        home: "Australia/Sydney",
        partner: Some("AEST"),
    },
];

/// A time zone as the user gave it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Zone {
    /// Coordinated Universal Time.
    Utc,
    /// An IANA zone such as `America/New_York`.
    Iana(String),
    /// A fixed-offset abbreviation such as `EST`.
    Abbreviation(Abbreviation),
    /// A fixed offset written out, such as `UTC-5` or `GMT+05:30`.
    Offset {
        /// Seconds east of UTC.
        seconds: i32,
        /// As [`format_offset`] writes it (`UTC−05:00`), which reads back as the same zone.
        name: String,
    },
}

impl Zone {
    /// Reads what the user typed: `UTC`, an abbreviation, an offset (`UTC-5`, `GMT+2`,
    /// `+05:30`), or an IANA name (checked against the rules). Returns `None` for anything
    /// unknown.
    pub fn parse(text: &str, rules: &dyn ZoneRules) -> Option<Zone> {
        let text = text.trim();
        if text.eq_ignore_ascii_case("utc") || text.eq_ignore_ascii_case("z") || text == "Etc/UTC" {
            return Some(Zone::Utc);
        }
        if let Some(seconds) = parse_offset(text) {
            return Some(match seconds {
                0 => Zone::Utc,
                _ => Zone::Offset {
                    seconds,
                    name: format_offset(seconds),
                },
            });
        }
        let upper = text.to_ascii_uppercase();
        if let Some(abbr) = ABBREVIATIONS.iter().find(|a| a.name == upper) {
            return Some(Zone::Abbreviation(*abbr));
        }
        let looks_iana = !text.is_empty()
            && text.len() <= 64
            && text
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'/' | b'_' | b'-' | b'+'));
        (looks_iana && rules.offset_at(text, DateTime::<Utc>::UNIX_EPOCH).is_some())
            .then(|| Zone::Iana(text.to_owned()))
    }

    /// How the zone is shown: `UTC`, `EST`, `America/New_York`, `UTC−05:00`. Each reads
    /// back as the same zone.
    pub fn name(&self) -> &str {
        match self {
            Zone::Utc => "UTC",
            Zone::Iana(name) | Zone::Offset { name, .. } => name,
            Zone::Abbreviation(a) => a.name,
        }
    }

    /// The offset at an instant.
    pub fn offset_at(&self, instant: DateTime<Utc>, rules: &dyn ZoneRules) -> Option<i32> {
        match self {
            Zone::Utc => Some(0),
            Zone::Abbreviation(a) => Some(a.offset),
            Zone::Offset { seconds, .. } => Some(*seconds),
            Zone::Iana(name) => rules.offset_at(name, instant),
        }
    }
}

/// The offset in `UTC-5`, `UTC+05:30`, `GMT+2`, `UTC−04:00` (as [`format_offset`] writes
/// it, with a real minus sign) or a bare `+0530` / `-05:00`, in seconds east of UTC. People
/// copy these from logs and calendar invites; the ones that exist run from −12 to +14 hours.
fn parse_offset(text: &str) -> Option<i32> {
    let head = text.get(..3).unwrap_or_default();
    let rest = if head.eq_ignore_ascii_case("utc") || head.eq_ignore_ascii_case("gmt") {
        text[3..].trim_start()
    } else {
        text
    };
    // A hyphen, the minus sign and the en dash all mean minus as people type them.
    let (sign, digits) = if let Some(d) = rest.strip_prefix('+') {
        (1, d)
    } else if let Some(d) = ["-", "\u{2212}", "\u{2013}"]
        .iter()
        .find_map(|minus| rest.strip_prefix(minus))
    {
        (-1, d)
    } else {
        return None;
    };
    let digits = digits.trim_start().as_bytes();
    let (hours, minutes): (&[u8], &[u8]) = match digits.iter().position(|b| *b == b':') {
        Some(colon) => (&digits[..colon], &digits[colon + 1..]),
        None if digits.len() == 4 => digits.split_at(2),
        None => (digits, b"0"),
    };
    // One or two digits, at most `most`.
    let number = |part: &[u8], most: i32| {
        match part {
            [d] | [b'0', d] if d.is_ascii_digit() => Some(i32::from(d - b'0')),
            [t, d] if t.is_ascii_digit() && d.is_ascii_digit() => {
                Some(i32::from(t - b'0') * 10 + i32::from(d - b'0'))
            }
            _ => None,
        }
        .filter(|n| *n <= most)
    };
    let seconds = sign * (number(hours, 14)? * 3600 + number(minutes, 59)? * 60);
    (-12 * H..=14 * H).contains(&seconds).then_some(seconds)
}

/// What happened to a wall-clock time that a DST change makes odd.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WallNote {
    /// The time does not exist (clocks jumped over it); it was read with the offset before the jump.
    Skipped,
    /// The time happened twice (clocks went back); the earlier one was taken.
    Repeated,
}

/// A wall-clock time resolved to an instant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Resolved {
    /// The instant.
    pub instant: DateTime<Utc>,
    /// The zone's offset from UTC at that instant, in seconds.
    pub offset: i32,
    /// Set when a DST change made the wall time odd.
    pub note: Option<WallNote>,
}

/// The instant a wall-clock time in a zone denotes, DST-correct.
pub fn resolve(wall: NaiveDateTime, zone: &Zone, rules: &dyn ZoneRules) -> Option<Resolved> {
    let as_utc = wall.and_utc();
    // Checked arithmetic throughout: a time near the ends of chrono's range (out of reach of
    // the date input, but a stored or imported document can hold one) cannot be placed,
    // rather than panicking (`DateTime ± Duration` panics on overflow; in wasm that aborts
    // the whole app).
    let minus = |seconds: i64| as_utc.checked_sub_signed(Duration::seconds(seconds));
    // The offsets in force half a day either side bracket any single DST change.
    let before = zone.offset_at(minus(12 * 3600)?, rules)?;
    let after = zone.offset_at(minus(-12 * 3600)?, rules)?;
    let candidate = |offset: i32| {
        let instant = minus(i64::from(offset))?;
        (zone.offset_at(instant, rules) == Some(offset)).then_some(instant)
    };
    match (candidate(before), candidate(after)) {
        (Some(a), Some(b)) if a != b => Some(Resolved {
            instant: a.min(b),
            offset: if a < b { before } else { after },
            note: Some(WallNote::Repeated),
        }),
        (Some(instant), _) => Some(Resolved {
            instant,
            offset: before,
            note: None,
        }),
        (None, Some(instant)) => Some(Resolved {
            instant,
            offset: after,
            note: None,
        }),
        (None, None) => {
            let instant = minus(i64::from(before))?;
            let offset = zone.offset_at(instant, rules)?;
            Some(Resolved {
                instant,
                offset,
                note: Some(WallNote::Skipped),
            })
        }
    }
}

/// Places and informal names people type for a zone, with the IANA zone they mean, sorted
/// for a binary search. Not a database: the common ones, so "London" or "Eastern" gets
/// "Europe/London" or "America/New_York" suggested instead of a generic example.
const PLACES: &[(&str, &str)] = &[
    ("amsterdam", "Europe/Amsterdam"),
    ("athens", "Europe/Athens"),
    ("auckland", "Pacific/Auckland"),
    ("austin", "America/Chicago"),
    ("bangalore", "Asia/Kolkata"),
    ("bangkok", "Asia/Bangkok"),
    ("barcelona", "Europe/Madrid"),
    ("beijing", "Asia/Shanghai"),
    ("berlin", "Europe/Berlin"),
    ("boston", "America/New_York"),
    ("brisbane", "Australia/Brisbane"),
    ("brussels", "Europe/Brussels"),
    ("bst", "Europe/London"),
    ("buenos aires", "America/Argentina/Buenos_Aires"),
    ("cairo", "Africa/Cairo"),
    ("cape town", "Africa/Johannesburg"),
    ("central", "America/Chicago"),
    ("chicago", "America/Chicago"),
    ("copenhagen", "Europe/Copenhagen"),
    ("dallas", "America/Chicago"),
    ("delhi", "Asia/Kolkata"),
    ("denver", "America/Denver"),
    ("dubai", "Asia/Dubai"),
    ("dublin", "Europe/Dublin"),
    ("eastern", "America/New_York"),
    ("edinburgh", "Europe/London"),
    ("et", "America/New_York"),
    ("frankfurt", "Europe/Berlin"),
    ("gmt", "Europe/London"),
    ("helsinki", "Europe/Helsinki"),
    ("hong kong", "Asia/Hong_Kong"),
    ("honolulu", "Pacific/Honolulu"),
    ("istanbul", "Europe/Istanbul"),
    ("jakarta", "Asia/Jakarta"),
    ("johannesburg", "Africa/Johannesburg"),
    ("karachi", "Asia/Karachi"),
    ("la", "America/Los_Angeles"),
    ("lagos", "Africa/Lagos"),
    ("lisbon", "Europe/Lisbon"),
    ("london", "Europe/London"),
    ("los angeles", "America/Los_Angeles"),
    ("madrid", "Europe/Madrid"),
    ("manchester", "Europe/London"),
    ("melbourne", "Australia/Melbourne"),
    ("mexico city", "America/Mexico_City"),
    ("miami", "America/New_York"),
    ("milan", "Europe/Rome"),
    ("montreal", "America/Toronto"),
    ("moscow", "Europe/Moscow"),
    ("mountain", "America/Denver"),
    ("mumbai", "Asia/Kolkata"),
    ("munich", "Europe/Berlin"),
    ("nairobi", "Africa/Nairobi"),
    ("new york", "America/New_York"),
    ("nyc", "America/New_York"),
    ("oslo", "Europe/Oslo"),
    ("pacific", "America/Los_Angeles"),
    ("paris", "Europe/Paris"),
    ("perth", "Australia/Perth"),
    ("phoenix", "America/Phoenix"),
    ("prague", "Europe/Prague"),
    ("pt", "America/Los_Angeles"),
    ("rome", "Europe/Rome"),
    ("san francisco", "America/Los_Angeles"),
    ("sao paulo", "America/Sao_Paulo"),
    ("seattle", "America/Los_Angeles"),
    ("seoul", "Asia/Seoul"),
    ("sf", "America/Los_Angeles"),
    ("shanghai", "Asia/Shanghai"),
    ("singapore", "Asia/Singapore"),
    ("stockholm", "Europe/Stockholm"),
    ("sydney", "Australia/Sydney"),
    ("taipei", "Asia/Taipei"),
    ("tokyo", "Asia/Tokyo"),
    ("toronto", "America/Toronto"),
    ("uk", "Europe/London"),
    ("vancouver", "America/Vancouver"),
    ("vienna", "Europe/Vienna"),
    ("warsaw", "Europe/Warsaw"),
    ("zurich", "Europe/Zurich"),
];

/// The IANA zone someone typing `text` most likely means ("London" → Europe/London,
/// "new york time" → America/New_York), for a suggestion when `text` is not a zone name.
pub fn suggest_zone(text: &str) -> Option<&'static str> {
    let mut key = text.trim().to_ascii_lowercase().replace(['_', '-'], " ");
    for tail in [" time", " timezone", " time zone", " standard time"] {
        if let Some(stripped) = key.strip_suffix(tail) {
            key = stripped.to_owned();
        }
    }
    let key = key.trim();
    PLACES
        .binary_search_by(|(place, _)| (*place).cmp(key))
        .ok()
        .map(|i| PLACES[i].1)
        // "America/New York" typed with a space: the last part names the city.
        .or_else(|| {
            key.rsplit('/')
                .next()
                .filter(|city| *city != key)
                .and_then(suggest_zone)
        })
}

/// Warns when an abbreviation names the other season than the one in force on that date,
/// e.g. "EST" on a July date, when New York is on EDT.
pub fn season_warning(wall: NaiveDateTime, zone: &Zone, rules: &dyn ZoneRules) -> Option<String> {
    let Zone::Abbreviation(abbr) = zone else {
        return None;
    };
    let partner = abbr.partner?;
    let home = Zone::Iana(abbr.home.to_owned());
    let in_force = resolve(wall, &home, rules)?.offset;
    if in_force == abbr.offset {
        return None;
    }
    Some(format!(
        "On {} {} is on {} ({}), not {} ({}): {} and {} differ by {}. Use {} to get the right one automatically.",
        wall.date(),
        city(abbr.home),
        partner,
        format_offset(in_force),
        abbr.name,
        format_offset(abbr.offset),
        abbr.name,
        partner,
        format_duration(Duration::seconds(i64::from((in_force - abbr.offset).abs()))),
        abbr.home,
    ))
}

fn city(zone: &str) -> String {
    zone.rsplit('/').next().unwrap_or(zone).replace('_', " ")
}

/// `UTC+05:30`, `UTC−04:00` (with a real minus sign), `UTC`.
pub fn format_offset(seconds: i32) -> String {
    if seconds == 0 {
        return "UTC".to_owned();
    }
    let sign = if seconds < 0 { '−' } else { '+' };
    let minutes = seconds.abs() / 60;
    format!("UTC{sign}{:02}:{:02}", minutes / 60, minutes % 60)
}

/// `2 h 00 min`, `45 min`, `3 d 4 h`, `0 min`; negative durations get a minus sign.
pub fn format_duration(duration: Duration) -> String {
    let negative = duration < Duration::zero();
    let minutes = duration.num_minutes().abs();
    let (days, hours, mins) = (minutes / 1440, (minutes / 60) % 24, minutes % 60);
    let body = if days > 0 {
        format!("{days} d {hours} h")
    } else if hours > 0 {
        format!("{hours} h {mins:02} min")
    } else {
        format!("{mins} min")
    };
    if negative {
        format!("−{body}")
    } else {
        body
    }
}

/// `2026-11-27 09:00`.
pub fn format_wall(wall: &NaiveDateTime) -> String {
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}",
        wall.year(),
        wall.month(),
        wall.day(),
        chrono::Timelike::hour(wall),
        chrono::Timelike::minute(wall)
    )
}

#[cfg(test)]
#[path = "../../tests/support/zones.rs"]
pub(crate) mod zones;

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::zones::TestZones;
    use super::*;
    use chrono::NaiveDate;

    fn wall(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .unwrap()
            .and_hms_opt(h, min, 0)
            .unwrap()
    }

    fn zone(name: &str) -> Zone {
        Zone::parse(name, &TestZones).unwrap()
    }

    fn utc_of(w: NaiveDateTime, z: &str) -> Resolved {
        resolve(w, &zone(z), &TestZones).unwrap()
    }

    #[test]
    fn new_york_nine_am_is_fourteen_utc_in_winter_and_thirteen_in_summer() {
        let winter = utc_of(wall(2026, 11, 27, 9, 0), "America/New_York");
        assert_eq!(winter.instant, wall(2026, 11, 27, 14, 0).and_utc());
        assert_eq!(winter.offset, -5 * 3600);
        assert_eq!(winter.note, None);
        let summer = utc_of(wall(2026, 7, 3, 9, 0), "America/New_York");
        assert_eq!(summer.instant, wall(2026, 7, 3, 13, 0).and_utc());
    }

    #[test]
    fn the_southern_hemisphere_has_summer_time_in_january() {
        let january = utc_of(wall(2026, 1, 15, 12, 0), "Australia/Sydney");
        assert_eq!(january.instant, wall(2026, 1, 15, 1, 0).and_utc());
        let july = utc_of(wall(2026, 7, 15, 12, 0), "Australia/Sydney");
        assert_eq!(july.instant, wall(2026, 7, 15, 2, 0).and_utc());
    }

    #[test]
    fn skipped_wall_times_are_flagged_and_read_with_the_earlier_offset() {
        // 02:30 does not exist in New York on 2026-03-08 (clocks jump 02:00 → 03:00).
        let r = utc_of(wall(2026, 3, 8, 2, 30), "America/New_York");
        assert_eq!(r.note, Some(WallNote::Skipped));
        assert_eq!(r.instant, wall(2026, 3, 8, 7, 30).and_utc());
        let berlin = utc_of(wall(2026, 3, 29, 2, 30), "Europe/Berlin");
        assert_eq!(berlin.note, Some(WallNote::Skipped));
        let sydney = utc_of(wall(2026, 10, 4, 2, 30), "Australia/Sydney");
        assert_eq!(sydney.note, Some(WallNote::Skipped));
    }

    #[test]
    fn repeated_wall_times_are_flagged_and_the_earlier_instant_is_taken() {
        // 01:30 happens twice in New York on 2026-11-01; the first is EDT (UTC−4).
        let r = utc_of(wall(2026, 11, 1, 1, 30), "America/New_York");
        assert_eq!(r.note, Some(WallNote::Repeated));
        assert_eq!(r.instant, wall(2026, 11, 1, 5, 30).and_utc());
        assert_eq!(r.offset, -4 * 3600);
        let berlin = utc_of(wall(2026, 10, 25, 2, 30), "Europe/Berlin");
        assert_eq!(berlin.note, Some(WallNote::Repeated));
        assert_eq!(berlin.instant, wall(2026, 10, 25, 0, 30).and_utc());
        let sydney = utc_of(wall(2026, 4, 5, 2, 30), "Australia/Sydney");
        assert_eq!(sydney.note, Some(WallNote::Repeated));
        assert_eq!(sydney.instant, wall(2026, 4, 4, 15, 30).and_utc());
    }

    #[test]
    fn abbreviations_are_fixed_offsets_whatever_the_season() {
        let july = utc_of(wall(2026, 7, 3, 9, 0), "EST");
        assert_eq!(july.instant, wall(2026, 7, 3, 14, 0).and_utc());
        assert_eq!(
            utc_of(wall(2026, 7, 3, 9, 0), "utc").instant,
            wall(2026, 7, 3, 9, 0).and_utc()
        );
    }

    #[test]
    fn zones_are_parsed_leniently_and_unknown_ones_refused() {
        assert_eq!(zone("utc"), Zone::Utc);
        assert_eq!(zone(" Z "), Zone::Utc);
        assert_eq!(zone("est").name(), "EST");
        assert_eq!(zone("America/New_York").name(), "America/New_York");
        for bad in [
            "",
            "Mars/Base",
            "<script>",
            "America/New York",
            "IST",
            &"A/".repeat(40),
        ] {
            assert_eq!(Zone::parse(bad, &TestZones), None, "{bad}");
        }
    }

    #[test]
    fn written_offsets_are_fixed_zones_that_read_back_as_themselves() {
        for (typed, seconds) in [
            ("UTC-5", -5 * 3600),
            ("utc+2", 2 * 3600),
            ("GMT+05:30", 5 * 3600 + 1800),
            ("UTC -04:00", -4 * 3600),
            ("UTC\u{2212}04:00", -4 * 3600),
            ("UTC\u{2013}7", -7 * 3600),
            ("+0530", 5 * 3600 + 1800),
            ("-05:00", -5 * 3600),
            ("UTC+14", 14 * 3600),
            ("UTC-12", -12 * 3600),
        ] {
            let read = zone(typed);
            assert_eq!(
                read.offset_at(Utc::now(), &TestZones),
                Some(seconds),
                "{typed:?}"
            );
            assert!(matches!(read, Zone::Offset { .. }), "{typed:?}");
            assert_eq!(zone(read.name()), read, "{typed:?} reads back");
        }
        assert_eq!(zone("UTC-5").name(), "UTC\u{2212}05:00");
        assert_eq!(zone("UTC+0"), Zone::Utc);
        assert_eq!(
            zone("gmt").name(),
            "GMT",
            "the abbreviation, with its summer partner"
        );
        assert_eq!(
            utc_of(wall(2026, 11, 27, 9, 0), "UTC-5").instant,
            wall(2026, 11, 27, 14, 0).and_utc()
        );
        for bad in [
            "UTC-15",
            "UTC+13:60",
            "UTC+",
            "UTC5",
            "+5:3:0",
            "UTC-123",
            "5",
            "UTC+ab",
        ] {
            assert_eq!(Zone::parse(bad, &TestZones), None, "{bad}");
        }
    }

    #[test]
    fn places_and_informal_names_suggest_their_zone() {
        for (typed, zone) in [
            ("London", "Europe/London"),
            (" new york ", "America/New_York"),
            ("New_York", "America/New_York"),
            ("Eastern Time", "America/New_York"),
            ("pacific", "America/Los_Angeles"),
            ("Sydney time", "Australia/Sydney"),
            ("America/New York", "America/New_York"),
            ("GMT", "Europe/London"),
        ] {
            assert_eq!(suggest_zone(typed), Some(zone), "{typed:?}");
        }
        for unknown in ["", "Mars/Base", "Atlantis", "x/y/z"] {
            assert_eq!(suggest_zone(unknown), None, "{unknown:?}");
        }
        let keys: Vec<&str> = PLACES.iter().map(|(k, _)| *k).collect();
        assert!(
            keys.windows(2).all(|w| w[0] < w[1]),
            "PLACES sorted and unique"
        );
    }

    #[test]
    fn est_in_summer_warns_that_est_and_edt_differ_by_an_hour() {
        let warning = season_warning(wall(2026, 7, 3, 9, 0), &zone("EST"), &TestZones).unwrap();
        assert!(warning.contains("EDT"), "{warning}");
        assert!(warning.contains("1 h 00 min"), "{warning}");
        assert!(warning.contains("America/New_York"), "{warning}");
        assert_eq!(
            season_warning(wall(2026, 11, 27, 9, 0), &zone("EST"), &TestZones),
            None
        );
        assert!(season_warning(wall(2026, 12, 1, 9, 0), &zone("PDT"), &TestZones).is_some());
        assert!(season_warning(wall(2026, 1, 10, 9, 0), &zone("AEST"), &TestZones).is_some());
        assert_eq!(
            season_warning(wall(2026, 7, 3, 9, 0), &zone("JST"), &TestZones),
            None
        );
        assert_eq!(
            season_warning(
                wall(2026, 7, 3, 9, 0),
                &zone("America/New_York"),
                &TestZones
            ),
            None
        );
    }

    #[test]
    fn offsets_durations_and_wall_times_read_naturally() {
        assert_eq!(format_offset(0), "UTC");
        assert_eq!(format_offset(-4 * 3600), "UTC−04:00");
        assert_eq!(format_offset(5 * 3600 + 1800), "UTC+05:30");
        assert_eq!(format_duration(Duration::minutes(120)), "2 h 00 min");
        assert_eq!(format_duration(Duration::minutes(45)), "45 min");
        assert_eq!(
            format_duration(Duration::minutes(3 * 1440 + 250)),
            "3 d 4 h"
        );
        assert_eq!(format_duration(Duration::minutes(-5)), "−5 min");
        assert_eq!(format_wall(&wall(2026, 11, 27, 9, 5)), "2026-11-27 09:05");
    }
}
