//! Fixed DST rules for a few zones in both hemispheres, standing in for the browser's
//! `Intl` time-zone database in native tests (2007-onwards US rules, EU rules, NSW rules).

use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc, Weekday};
// The includer provides `ZoneRules` (the lib's own tests and tests/support/mod.rs both do).
use super::ZoneRules;

/// Test zone rules.
pub struct TestZones;

const H: i32 = 3600;

fn nth_sunday(year: i32, month: u32, n: u32) -> NaiveDate {
    let first = NaiveDate::from_ymd_opt(year, month, 1).expect("valid month");
    let offset = (7 - first.weekday().num_days_from_sunday()) % 7;
    first + Duration::days(i64::from(offset + 7 * (n - 1)))
}

fn last_sunday(year: i32, month: u32) -> NaiveDate {
    let next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)
    }
    .expect("valid month");
    let last = next - Duration::days(1);
    let back = last.weekday().num_days_from_sunday();
    debug_assert_eq!(
        (last - Duration::days(i64::from(back))).weekday(),
        Weekday::Sun
    );
    last - Duration::days(i64::from(back))
}

fn utc(date: NaiveDate, hour: i32) -> DateTime<Utc> {
    date.and_hms_opt(0, 0, 0).expect("midnight").and_utc() + Duration::hours(i64::from(hour))
}

/// US: DST from the second Sunday of March, 02:00 local standard time, to the first Sunday
/// of November, 02:00 local daylight time.
fn us(instant: DateTime<Utc>, standard: i32) -> i32 {
    let year = instant.year();
    let start = utc(nth_sunday(year, 3, 2), 2 - standard / H);
    let end = utc(nth_sunday(year, 11, 1), 2 - (standard / H + 1));
    if instant >= start && instant < end {
        standard + H
    } else {
        standard
    }
}

/// EU: DST from the last Sunday of March to the last Sunday of October, 01:00 UTC both.
fn eu(instant: DateTime<Utc>, standard: i32) -> i32 {
    let year = instant.year();
    let start = utc(last_sunday(year, 3), 1);
    let end = utc(last_sunday(year, 10), 1);
    if instant >= start && instant < end {
        standard + H
    } else {
        standard
    }
}

/// New South Wales: DST from the first Sunday of October, 02:00 standard, to the first
/// Sunday of April, 03:00 daylight (southern summer spans the new year).
fn nsw(instant: DateTime<Utc>) -> i32 {
    let year = instant.year();
    let standard = 10 * H;
    let end = utc(nth_sunday(year, 4, 1), 3 - 11);
    let start = utc(nth_sunday(year, 10, 1), 2 - 10);
    if instant < end || instant >= start {
        standard + H
    } else {
        standard
    }
}

impl ZoneRules for TestZones {
    fn offset_at(&self, zone: &str, instant: DateTime<Utc>) -> Option<i32> {
        Some(match zone {
            "UTC" | "Etc/UTC" => 0,
            "Asia/Tokyo" => 9 * H,
            "Asia/Kolkata" => 5 * H + 1800,
            "America/New_York" => us(instant, -5 * H),
            "America/Chicago" => us(instant, -6 * H),
            "America/Denver" => us(instant, -7 * H),
            "America/Los_Angeles" => us(instant, -8 * H),
            "Europe/London" => eu(instant, 0),
            "Europe/Berlin" | "Europe/Paris" => eu(instant, H),
            "Europe/Athens" => eu(instant, 2 * H),
            "Australia/Sydney" => nsw(instant),
            _ => return None,
        })
    }
}
