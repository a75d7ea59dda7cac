//! The range of dates the app accepts from outside, and date arithmetic that
//! cannot panic.
//!
//! chrono reads years up to ±262,143, but adding a time zone offset or one
//! millisecond to a date near that edge panics. Every date and time stamp
//! that comes in from a file, from storage or from another tab is therefore
//! read through the deserialisers below, which refuse a year outside
//! [`MIN_YEAR`]..=[`MAX_YEAR`] with [`OUT_OF_RANGE`]; the parser's position
//! then names the field (`complaints[0].updated`), as for any wrong field.
//! Writing is unchanged: the file format does not change.
//!
//! Inside the range there are thousands of years of headroom at each end
//! of chrono's, but arithmetic still goes through the checked forms here
//! ([`shift`], [`add_days`]…), which saturate instead of panicking, so
//! that no value at all can bring the app down.

use chrono::{DateTime, Datelike, Days, Months, NaiveDate, NaiveDateTime, TimeDelta, Utc};
use serde::{Deserialize, Deserializer};

/// The first year accepted from outside.
pub const MIN_YEAR: i32 = 1900;
/// The last year accepted from outside.
pub const MAX_YEAR: i32 = 9999;
/// Why a date was refused (the detail of `FileError::BadField`).
pub const OUT_OF_RANGE: &str = "date out of range (years 1900–9999)";

/// Whether a calendar date lies in the accepted years.
pub fn date_in_range(d: NaiveDate) -> bool {
    (MIN_YEAR..=MAX_YEAR).contains(&d.year())
}

/// Whether a UTC time lies in the accepted years (by its UTC date).
pub fn stamp_in_range(at: DateTime<Utc>) -> bool {
    date_in_range(at.date_naive())
}

/// The date, if it lies in the accepted years (for dates typed in a form).
pub fn checked_date(d: NaiveDate) -> Option<NaiveDate> {
    date_in_range(d).then_some(d)
}

/// The time, if it lies in the accepted years (for times typed in a form).
pub fn checked_stamp(at: DateTime<Utc>) -> Option<DateTime<Utc>> {
    stamp_in_range(at).then_some(at)
}

/// The first instant accepted: 1900-01-01T00:00:00Z.
pub fn min_stamp() -> DateTime<Utc> {
    first_day(MIN_YEAR).and_utc()
}

/// The last instant accepted: 9999-12-31T23:59:59.999999999Z.
pub fn max_stamp() -> DateTime<Utc> {
    NaiveDate::from_ymd_opt(MAX_YEAR, 12, 31)
        .and_then(|d| d.and_hms_nano_opt(23, 59, 59, 999_999_999))
        .unwrap_or(NaiveDateTime::MAX)
        .and_utc()
}

fn first_day(year: i32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(year, 1, 1)
        .unwrap_or(NaiveDate::MIN)
        .and_hms_opt(0, 0, 0)
        .unwrap_or(NaiveDateTime::MIN)
}

/// Brings a time into the accepted years (the nearer bound if outside).
pub fn clamp_stamp(at: DateTime<Utc>) -> DateTime<Utc> {
    at.clamp(min_stamp(), max_stamp())
}

// ---- checked arithmetic ------------------------------------------------

/// `at + delta`, saturating at the ends of chrono's range instead of
/// panicking.
pub fn shift(at: DateTime<Utc>, delta: TimeDelta) -> DateTime<Utc> {
    at.checked_add_signed(delta)
        .unwrap_or(if delta < TimeDelta::zero() {
            DateTime::<Utc>::MIN_UTC
        } else {
            DateTime::<Utc>::MAX_UTC
        })
}

/// `at` moved by whole minutes (a time zone offset), saturating.
pub fn shift_minutes(at: DateTime<Utc>, minutes: i64) -> DateTime<Utc> {
    match TimeDelta::try_minutes(minutes) {
        Some(delta) => shift(at, delta),
        None if minutes < 0 => DateTime::<Utc>::MIN_UTC,
        None => DateTime::<Utc>::MAX_UTC,
    }
}

/// `at` moved by whole days (negative: back), saturating.
pub fn shift_days(at: DateTime<Utc>, days: i64) -> DateTime<Utc> {
    match TimeDelta::try_days(days) {
        Some(delta) => shift(at, delta),
        None if days < 0 => DateTime::<Utc>::MIN_UTC,
        None => DateTime::<Utc>::MAX_UTC,
    }
}

/// `d` plus `days` (negative: back), saturating at chrono's ends.
pub fn add_days(d: NaiveDate, days: i64) -> NaiveDate {
    let n = Days::new(days.unsigned_abs());
    let moved = if days < 0 {
        d.checked_sub_days(n)
    } else {
        d.checked_add_days(n)
    };
    moved.unwrap_or(if days < 0 {
        NaiveDate::MIN
    } else {
        NaiveDate::MAX
    })
}

/// `d` plus `months` (negative: back), saturating at chrono's ends.
pub fn add_months(d: NaiveDate, months: i32) -> NaiveDate {
    let n = Months::new(months.unsigned_abs());
    let moved = if months < 0 {
        d.checked_sub_months(n)
    } else {
        d.checked_add_months(n)
    };
    moved.unwrap_or(if months < 0 {
        NaiveDate::MIN
    } else {
        NaiveDate::MAX
    })
}

// ---- deserialisers -----------------------------------------------------

fn refuse<E: serde::de::Error>() -> E {
    E::custom(OUT_OF_RANGE)
}

/// Reads a time stamp, refusing one outside the accepted years.
pub fn stamp<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<Utc>, D::Error> {
    let at = DateTime::<Utc>::deserialize(d)?;
    checked_stamp(at).ok_or_else(refuse)
}

/// Reads an optional time stamp, refusing one outside the accepted years.
pub fn opt_stamp<'de, D: Deserializer<'de>>(d: D) -> Result<Option<DateTime<Utc>>, D::Error> {
    match Option::<DateTime<Utc>>::deserialize(d)? {
        Some(at) => checked_stamp(at).map(Some).ok_or_else(refuse),
        None => Ok(None),
    }
}

/// Reads a calendar date, refusing one outside the accepted years.
pub fn date<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
    let day = NaiveDate::deserialize(d)?;
    checked_date(day).ok_or_else(refuse)
}

/// Reads an optional calendar date, refusing one outside the accepted years.
pub fn opt_date<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
    match Option::<NaiveDate>::deserialize(d)? {
        Some(day) => checked_date(day).map(Some).ok_or_else(refuse),
        None => Ok(None),
    }
}

/// Reads a time stamp that is only bookkeeping (when storage was saved):
/// one outside the accepted years is brought to the nearer bound rather
/// than refused, since refusing would set aside everything it describes.
pub fn clamped_stamp<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<Utc>, D::Error> {
    DateTime::<Utc>::deserialize(d).map(clamp_stamp)
}

/// Reads an optional bookkeeping time stamp (this browser's last export):
/// one outside the accepted years is forgotten.
pub fn lenient_opt_stamp<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<Option<DateTime<Utc>>, D::Error> {
    Option::<DateTime<Utc>>::deserialize(d).map(|at| at.and_then(checked_stamp))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn the_bounds_are_the_first_and_last_instants_of_the_range() {
        assert_eq!(min_stamp().to_rfc3339(), "1900-01-01T00:00:00+00:00");
        assert!(stamp_in_range(min_stamp()));
        assert!(stamp_in_range(max_stamp()));
        assert!(!stamp_in_range(min_stamp() - TimeDelta::nanoseconds(1)));
        assert!(!stamp_in_range(max_stamp() + TimeDelta::nanoseconds(1)));
    }

    #[test]
    fn arithmetic_saturates_at_chronos_ends() {
        let max = DateTime::<Utc>::MAX_UTC;
        let min = DateTime::<Utc>::MIN_UTC;
        assert_eq!(shift(max, TimeDelta::milliseconds(1)), max);
        assert_eq!(shift(min, TimeDelta::milliseconds(-1)), min);
        assert_eq!(shift_minutes(max, 840), max);
        assert_eq!(shift_minutes(min, -840), min);
        assert_eq!(shift_minutes(max, i64::MAX), max);
        assert_eq!(shift_days(min, i64::MIN), min);
        assert_eq!(add_days(NaiveDate::MAX, 1), NaiveDate::MAX);
        assert_eq!(add_days(NaiveDate::MIN, -1), NaiveDate::MIN);
        assert_eq!(add_days(NaiveDate::MIN, i64::MIN), NaiveDate::MIN);
        assert_eq!(add_months(NaiveDate::MAX, 3), NaiveDate::MAX);
        assert_eq!(add_months(NaiveDate::MIN, i32::MIN), NaiveDate::MIN);
        let d = Utc.with_ymd_and_hms(2026, 1, 31, 0, 0, 0).unwrap();
        assert_eq!(
            add_months(d.date_naive(), 1),
            NaiveDate::from_ymd_opt(2026, 2, 28).unwrap()
        );
        assert_eq!(
            add_days(d.date_naive(), -31),
            NaiveDate::from_ymd_opt(2025, 12, 31).unwrap()
        );
    }

    #[derive(Deserialize)]
    struct Sample {
        #[serde(deserialize_with = "stamp")]
        at: DateTime<Utc>,
        #[serde(default, deserialize_with = "opt_date")]
        on: Option<NaiveDate>,
    }

    #[test]
    fn deserialisers_refuse_what_lies_outside() {
        let read = |at: &str, on: &str| {
            serde_json::from_str::<Sample>(&format!(r#"{{"at":"{at}","on":{on}}}"#))
                .map(|s| (s.at, s.on))
                .map_err(|e| e.to_string())
        };
        assert!(read("1900-01-01T00:00:00Z", "\"9999-12-31\"").is_ok());
        assert!(read("9999-12-31T23:59:59.999Z", "null").is_ok());
        for bad in [
            "1899-12-31T23:59:59.999Z",
            "+10000-01-01T00:00:00Z",
            "+262142-12-31T23:59:59.999Z",
            "-262143-01-01T00:00:00Z",
        ] {
            let e = read(bad, "null").unwrap_err();
            assert!(e.starts_with(OUT_OF_RANGE), "{bad}: {e}");
        }
        let e = read("2026-01-01T00:00:00Z", "\"1899-12-31\"").unwrap_err();
        assert!(e.starts_with(OUT_OF_RANGE), "{e}");
        // A missing optional field still reads as none.
        let s: Sample = serde_json::from_str(r#"{"at":"2026-01-01T00:00:00Z"}"#).unwrap();
        assert_eq!(s.on, None);
    }
}
