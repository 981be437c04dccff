//! The few ISO 8601 shapes Hindsight stores and the browser's date inputs use, read by hand:
//! `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM[:SS[.fraction]]` and the same with `Z` or `±HH:MM`.
//! chrono's general-purpose parser and strftime formatter would add several kilobytes to
//! the wasm for these fixed shapes, so stored documents are read with these functions
//! (serde's `deserialize_with`) and written with chrono's plain `Display` and `Serialize`.

use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, Timelike, Utc};
use serde::de::{Deserialize, Deserializer, Error};

/// Reads exactly `digits` ASCII digits at the start of `s`.
fn number(s: &str, digits: usize) -> Option<(u32, &str)> {
    let head = s.get(..digits)?;
    let value = head.bytes().try_fold(0u32, |n, b| {
        b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0'))
    })?;
    Some((value, &s[digits..]))
}

fn date_prefix(s: &str) -> Option<(NaiveDate, &str)> {
    let (year, s) = number(s, 4)?;
    let (month, s) = number(s.strip_prefix('-')?, 2)?;
    let (day, s) = number(s.strip_prefix('-')?, 2)?;
    Some((
        NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)?,
        s,
    ))
}

/// `separators`: what may stand between the date and the time.
fn datetime_prefix<'s>(s: &'s str, separators: &[char]) -> Option<(NaiveDateTime, &'s str)> {
    let (date, s) = date_prefix(s)?;
    let (hour, s) = number(s.strip_prefix(separators)?, 2)?;
    let (minute, mut s) = number(s.strip_prefix(':')?, 2)?;
    let (mut second, mut nano) = (0, 0);
    if let Some(rest) = s.strip_prefix(':') {
        (second, s) = number(rest, 2)?;
        if let Some(rest) = s.strip_prefix('.') {
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            if digits == 0 {
                return None;
            }
            // Nanoseconds: the first nine digits, padded with zeros.
            nano = rest
                .bytes()
                .take(digits.min(9))
                .chain(std::iter::repeat(b'0'))
                .take(9)
                .fold(0, |n, b| n * 10 + u32::from(b - b'0'));
            s = &rest[digits..];
        }
    }
    let time = NaiveTime::from_hms_nano_opt(hour, minute, second, nano)?;
    Some((date.and_time(time), s))
}

/// Reads `YYYY-MM-DD` (an `<input type="date">`, an action's due date).
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    match date_prefix(s.trim())? {
        (date, "") => Some(date),
        _ => None,
    }
}

/// Reads a wall-clock date and time with no zone: `YYYY-MM-DDTHH:MM`, seconds and a
/// fraction optional (an `<input type="datetime-local">`, a fact's time).
pub fn parse_local_datetime(s: &str) -> Option<NaiveDateTime> {
    // Strictly a `T`, as the inputs and chrono's own reader of stored times have it.
    match datetime_prefix(s.trim(), &['T'])? {
        (when, "") => Some(when),
        _ => None,
    }
}

/// What to tell the user when a date field holds something that is not a date Hindsight can
/// keep: a year of five digits ("20266-11-27"), or a day the browser itself refuses ("30
/// February", when it hands over nothing). The field's stored value is left as it was, so
/// the message says that nothing was saved.
pub fn unreadable_date_message(field: &str, typed: &str) -> String {
    let year_digits = typed.bytes().take_while(u8::is_ascii_digit).count();
    let why = if year_digits > 4 {
        format!(
            " (the year {} has more than four digits)",
            &typed[..year_digits]
        )
    } else {
        String::new()
    };
    format!(
        "{field}: that is not a complete, real date{why}, so it was not saved and the earlier \
         value stays. Check the day, the month and the year."
    )
}

/// Reads an instant: a date and time followed by `Z` or an offset such as `+01:00`.
pub fn parse_utc(s: &str) -> Option<DateTime<Utc>> {
    // As relaxed as chrono's RFC 3339 reader, which wrote and read these until now.
    let (local, rest) = datetime_prefix(s.trim(), &['T', 't', ' '])?;
    let offset = match rest.as_bytes().first()? {
        b'Z' | b'z' if rest.len() == 1 => 0,
        sign @ (b'+' | b'-') => {
            let (hours, r) = number(&rest[1..], 2)?;
            let (minutes, r) = number(r.strip_prefix(':').unwrap_or(r), 2)?;
            if !r.is_empty() || hours > 23 || minutes > 59 {
                return None;
            }
            let seconds = i64::from(hours * 3600 + minutes * 60);
            if *sign == b'-' {
                -seconds
            } else {
                seconds
            }
        }
        _ => return None,
    };
    Some(
        local
            .checked_sub_signed(TimeDelta::seconds(offset))?
            .and_utc(),
    )
}

/// Writes what an `<input type="datetime-local">` shows: `YYYY-MM-DDTHH:MM`.
pub fn format_local_datetime(when: &NaiveDateTime) -> String {
    format!("{}T{}", when.date(), format_hour_minute(when))
}

/// Writes the time of day as `HH:MM`.
pub fn format_hour_minute(when: &NaiveDateTime) -> String {
    format!("{:02}:{:02}", when.hour(), when.minute())
}

fn read<'de, D: Deserializer<'de>, T>(
    deserializer: D,
    parse: fn(&str) -> Option<T>,
    expected: &str,
) -> Result<T, D::Error> {
    let text = String::deserialize(deserializer)?;
    parse(&text).ok_or_else(|| D::Error::custom(format!("“{text}” is not {expected}")))
}

fn read_opt<'de, D: Deserializer<'de>, T>(
    deserializer: D,
    parse: fn(&str) -> Option<T>,
    expected: &str,
) -> Result<Option<T>, D::Error> {
    match Option::<String>::deserialize(deserializer)? {
        None => Ok(None),
        Some(text) => parse(&text)
            .map(Some)
            .ok_or_else(|| D::Error::custom(format!("“{text}” is not {expected}"))),
    }
}

const INSTANT: &str = "a date and time with a zone (2026-11-27T14:00:00Z)";
const WALL: &str = "a date and time (2026-11-27T09:00:00)";
const DATE: &str = "a date (2026-11-27)";

/// serde: an instant such as `created_at`.
pub fn de_utc<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<Utc>, D::Error> {
    read(d, parse_utc, INSTANT)
}

/// serde: an optional instant such as `closed_at`.
pub fn de_utc_opt<'de, D: Deserializer<'de>>(d: D) -> Result<Option<DateTime<Utc>>, D::Error> {
    read_opt(d, parse_utc, INSTANT)
}

/// serde: an optional wall-clock time, a fact's `when`.
pub fn de_local_opt<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDateTime>, D::Error> {
    read_opt(d, parse_local_datetime, WALL)
}

/// serde: a date, a playbook item's origin date.
pub fn de_date<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
    read(d, parse_date, DATE)
}

/// serde: an optional date, an action's `due`.
pub fn de_date_opt<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
    read_opt(d, parse_date, DATE)
}

// Native only: proptest is a native dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use chrono::{FixedOffset, TimeZone};
    use proptest::prelude::*;

    #[test]
    fn reads_what_the_date_inputs_give() {
        let when = NaiveDate::from_ymd_opt(2026, 11, 27)
            .unwrap()
            .and_hms_opt(9, 5, 0)
            .unwrap();
        assert_eq!(parse_local_datetime("2026-11-27T09:05"), Some(when));
        assert_eq!(parse_local_datetime(" 2026-11-27T09:05:00 "), Some(when));
        assert_eq!(format_local_datetime(&when), "2026-11-27T09:05");
        assert_eq!(format_hour_minute(&when), "09:05");
        assert_eq!(
            parse_date("2026-12-05"),
            NaiveDate::from_ymd_opt(2026, 12, 5)
        );
    }

    #[test]
    fn an_unreadable_date_says_it_was_not_saved_and_why() {
        let five = unreadable_date_message("When fact 1 happened", "20266-11-27T06:00");
        assert!(five.starts_with("When fact 1 happened: "), "{five}");
        assert!(
            five.contains("the year 20266 has more than four digits"),
            "{five}"
        );
        assert!(five.contains("not saved"), "{five}");
        let refused = unreadable_date_message("Due date of action 2", "");
        assert!(!refused.contains("four digits"), "{refused}");
        assert!(parse_local_datetime("20266-11-27T06:00").is_none());
    }

    #[test]
    fn refuses_what_is_not_a_date() {
        for bad in [
            "",
            "2026",
            "2026-11",
            "2026-13-01",
            "2026-02-30",
            "2026-11-27T",
            "2026-11-27T25:00",
            "2026-11-27T09:60",
            "2026-11-27T09:00:61",
            "2026-11-27T09:00:00.",
            "２０２６-11-27",
            "2026-11-27T09:00x",
            "26-11-27",
            "+2026-11-27",
            "2026-11-27 extra",
        ] {
            assert_eq!(parse_local_datetime(bad), None, "{bad:?}");
            assert_eq!(parse_utc(&format!("{bad}Z")), None, "{bad:?}");
        }
        assert_eq!(parse_date("2026-11-27T09:00"), None);
        for bad in [
            "2026-11-27T09:00:00",
            "2026-11-27T09:00:00+24:00",
            "2026-11-27T09:00:00+01:60",
            "2026-11-27T09:00:00ZZ",
            "2026-11-27T09:00:00+1",
        ] {
            assert_eq!(parse_utc(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn reads_instants_with_any_offset_as_chrono_does() {
        for text in [
            "2026-11-27T14:00:00Z",
            "2026-11-27T14:00:00.123456789Z",
            "2026-11-27T14:00:00.5z",
            "2026-11-27 09:00:00-05:00",
            "2026-11-27t23:30:00+0530",
            "2026-03-08T01:59:59.000001-08:00",
        ] {
            let chrono: DateTime<Utc> = text.parse().unwrap();
            assert_eq!(parse_utc(text), Some(chrono), "{text}");
        }
    }

    proptest! {
        // Whatever chrono writes, we read back to the same value.
        #[test]
        fn reads_back_what_chrono_writes(secs in 0i64..4_102_444_800, nanos in 0u32..1_000_000_000, offset_min in -(14 * 60)..(14 * 60i32)) {
            let instant = Utc.timestamp_opt(secs, nanos).unwrap();
            prop_assert_eq!(parse_utc(&instant.to_rfc3339()), Some(instant));
            let json = serde_json::to_string(&instant).unwrap();
            prop_assert_eq!(parse_utc(json.trim_matches('"')), Some(instant));
            let zoned = instant.with_timezone(&FixedOffset::east_opt(offset_min * 60).unwrap());
            prop_assert_eq!(parse_utc(&zoned.to_rfc3339()), Some(instant));
            let wall = instant.naive_utc();
            let json = serde_json::to_string(&wall).unwrap();
            prop_assert_eq!(parse_local_datetime(json.trim_matches('"')), Some(wall));
            let day = wall.date();
            prop_assert_eq!(parse_date(&day.to_string()), Some(day));
        }
    }
}
