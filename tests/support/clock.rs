//! Dates and times for fixtures, written as numbers.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};

/// A wall-clock time.
pub fn wall(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(y, m, d)
        .and_then(|date| date.and_hms_opt(h, min, 0))
        .expect("a valid date and time")
}

/// An instant, given as its UTC wall-clock time.
pub fn utc(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    wall(y, m, d, h, min).and_utc()
}
