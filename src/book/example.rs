//! The example workbook a newcomer can open: a small shop, in their language.
//!
//! It is data, not code: one Servicebook file per language under
//! `public/examples/`, fetched when asked for and read through the normal
//! import path ([`file::import`]), so it costs the first visit nothing and
//! is migrated like any older file. Its dates were written around the day it
//! was exported; [`open`] moves every one of them by the time since (whole
//! days for dates and times, months for monthly figures), so the example
//! always sits around now: follow-ups due this week, a baseline taken months
//! ago, and nothing written later than the moment it is opened. Its times
//! are the shop's clock (a complaint at 10:15 came in at 10:15 on the
//! reader's clock too), so they stay in business hours wherever and
//! whenever it is opened.

use crate::book::file::{self, FileError};
use crate::book::workbook::Workbook;
use crate::i18n::Lang;
use crate::kernel::bounds;
use chrono::{DateTime, Datelike, NaiveDate, SecondsFormat, TimeDelta, Utc};
use serde_json::Value;

/// Where the example in `lang` is, relative to the app's base path.
pub fn path(lang: Lang) -> String {
    format!("examples/{}.json", lang.code())
}

/// Reads an example file and moves it to `now`, for a reader whose clock is
/// `offset_minutes` ahead of UTC. A damaged or foreign file is refused as any
/// import is, with the same errors.
pub fn open(text: &str, now: DateTime<Utc>, offset_minutes: i32) -> Result<Workbook, FileError> {
    // Not JSON (or empty, or too large): the import names the problem.
    let Ok(mut doc) = serde_json::from_str::<Value>(text.strip_prefix('\u{feff}').unwrap_or(text))
    else {
        return file::import(text).map(|(_, wb)| wb);
    };
    let Some(written) = doc
        .get("exported_at")
        .and_then(Value::as_str)
        .and_then(|s| s.parse::<DateTime<Utc>>().ok())
    else {
        return Err(FileError::BadField {
            path: "exported_at".into(),
            detail: "missing".into(),
        });
    };
    // Bounded as the import bounds it, before anything is moved by it.
    if !bounds::stamp_in_range(written) {
        return Err(FileError::BadField {
            path: "exported_at".into(),
            detail: bounds::OUT_OF_RANGE.into(),
        });
    }
    // Kept a few years inside the accepted range, so no moved date can
    // leave it, whatever the clock says.
    let now = now.clamp(
        bounds::shift_days(bounds::min_stamp(), 3 * 366),
        bounds::shift_days(bounds::max_stamp(), -3 * 366),
    );
    // The example's times are written as the shop's clock: on the reader's
    // clock they keep their time of day, moved by whole days.
    let offset = TimeDelta::try_minutes(i64::from(offset_minutes.clamp(-MAX_OFFSET, MAX_OFFSET)))
        .unwrap_or_default();
    let local_now = now.checked_add_signed(offset).unwrap_or(now);
    let days = (local_now.date_naive() - written.date_naive()).num_days();
    // What was written up to the export stays before now: on a day opened
    // earlier than the time of day it was exported, every time moves a day less.
    let latest = doc
        .get("workbook")
        .and_then(|body| latest_stamp(body, written));
    let mut whole = days;
    while let Some(latest) = latest {
        let moved = TimeDelta::try_days(whole).and_then(|d| latest.checked_add_signed(d - offset));
        if whole <= days - 2 || moved.is_some_and(|m| m <= now) {
            break;
        }
        whole -= 1;
    }
    let by = Shift {
        time: TimeDelta::try_days(whole).unwrap_or_default() - offset,
        days,
        months: month_index(local_now.date_naive()) - month_index(written.date_naive()),
    };
    if let Some(body) = doc.get_mut("workbook") {
        move_dates(body, &by);
    }
    // Read once, moved, through the import every file goes through.
    file::import(&doc.to_string()).map(|(_, wb)| wb)
}

/// The farthest a clock is from UTC (UTC+14, UTC−12), in minutes.
const MAX_OFFSET: i32 = 14 * 60;

/// The latest time stamp in `value` no later than `written` (what the
/// export wrote, not a follow-up planned after it).
fn latest_stamp(value: &Value, written: DateTime<Utc>) -> Option<DateTime<Utc>> {
    match value {
        Value::String(s) if s.len() > 10 && s.as_bytes()[10] == b'T' => {
            s.parse::<DateTime<Utc>>().ok().filter(|at| *at <= written)
        }
        Value::Array(items) => items.iter().filter_map(|v| latest_stamp(v, written)).max(),
        Value::Object(map) => map.values().filter_map(|v| latest_stamp(v, written)).max(),
        _ => None,
    }
}

fn month_index(d: NaiveDate) -> i64 {
    i64::from(d.year()) * 12 + i64::from(d.month0())
}

/// How far the example moves.
struct Shift {
    /// For time stamps.
    time: TimeDelta,
    /// For dates.
    days: i64,
    /// For months.
    months: i64,
}

/// Moves every date in `value` as [`move_one`] does; other values stay.
fn move_dates(value: &mut Value, by: &Shift) {
    match value {
        Value::String(s) => {
            if let Some(moved) = move_one(s, by) {
                *s = moved;
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| move_dates(v, by)),
        Value::Object(map) => map.values_mut().for_each(|v| move_dates(v, by)),
        _ => {}
    }
}

/// A time stamp (`2026-11-02T10:00:00Z`) moved by `by.time`, a date
/// (`2026-11-02`) by `by.days`, a month (`2026-11`) by `by.months`; `None`
/// for any other text, or when the moved value would leave the accepted
/// years.
fn move_one(s: &str, by: &Shift) -> Option<String> {
    let (days, months) = (by.days, by.months);
    let bytes = s.as_bytes();
    let digits = |range: std::ops::Range<usize>| bytes[range].iter().all(u8::is_ascii_digit);
    match bytes.len() {
        7 if digits(0..4) && bytes[4] == b'-' && digits(5..7) => {
            let year: i64 = s[0..4].parse().ok()?;
            let month: i64 = s[5..7].parse().ok()?;
            if !(1..=12).contains(&month) {
                return None;
            }
            let index = (year * 12 + month - 1).checked_add(months)?;
            let (year, month) = (index.div_euclid(12), index.rem_euclid(12) + 1);
            (i64::from(bounds::MIN_YEAR)..=i64::from(bounds::MAX_YEAR))
                .contains(&year)
                .then(|| format!("{year:04}-{month:02}"))
        }
        10 => {
            let date: NaiveDate = s.parse().ok()?;
            let moved = bounds::shift_days(date.and_hms_opt(12, 0, 0)?.and_utc(), days);
            bounds::stamp_in_range(moved).then(|| moved.date_naive().to_string())
        }
        n if n > 10 && bytes[10] == b'T' => {
            let at: DateTime<Utc> = s.parse().ok()?;
            let moved = at.checked_add_signed(by.time)?;
            bounds::stamp_in_range(moved)
                .then(|| moved.to_rfc3339_opts(SecondsFormat::AutoSi, true))
        }
        _ => None,
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::kernel::record::Record;
    use chrono::Timelike;

    /// The example file in `lang`, as the build ships it.
    pub(crate) fn text(lang: Lang) -> &'static str {
        match lang {
            Lang::En => include_str!("../../public/examples/en.json"),
            Lang::It => include_str!("../../public/examples/it.json"),
            Lang::Tr => include_str!("../../public/examples/tr.json"),
        }
    }

    /// The example in `lang`, moved to `at`: for tests that need a full
    /// workbook.
    pub(crate) fn example(lang: Lang, at: DateTime<Utc>) -> Workbook {
        match open(text(lang), at, 0) {
            Ok(wb) => wb,
            Err(e) => panic!("the {lang:?} example does not open: {e:?}"),
        }
    }

    fn stamp(s: &str) -> DateTime<Utc> {
        match s.parse() {
            Ok(at) => at,
            Err(e) => panic!("{s}: {e}"),
        }
    }

    /// The stamps in an exported file that follow `key`.
    fn moved_stamps<'a>(text: &'a str, key: &'a str) -> impl Iterator<Item = DateTime<Utc>> + 'a {
        text.split(key)
            .skip(1)
            .filter_map(|rest| rest.get(..20)?.parse().ok())
    }

    #[test]
    fn every_language_has_an_example_with_a_bit_of_everything() {
        let at = stamp("2026-12-06T09:00:00Z");
        for lang in Lang::ALL {
            let wb = example(lang, at);
            assert!(wb.profile.data.example, "{lang:?}");
            assert!(!wb.profile.data.business_name.is_empty(), "{lang:?}");
            assert!(wb.complaints.live().count() >= 5, "{lang:?}");
            assert!(wb.finished_self_tests().len() >= 2, "{lang:?}");
            assert!(!wb.is_empty());
        }
    }

    #[test]
    fn the_examples_differ_only_by_language() {
        let at = stamp("2026-12-06T09:00:00Z");
        let count = |wb: &Workbook| wb.complaints.live().count();
        let en = example(Lang::En, at);
        for lang in [Lang::It, Lang::Tr] {
            let other = example(lang, at);
            assert_eq!(count(&en), count(&other), "{lang:?}");
            assert_ne!(
                en.profile.data.business_name, other.profile.data.business_name,
                "{lang:?} is not translated"
            );
        }
    }

    #[test]
    fn the_example_moves_to_today() {
        let text = text(Lang::En);
        let (header, _) = file::import(text).unwrap_or_else(|e| panic!("{e:?}"));
        let written = header.exported_at.unwrap_or_else(|| panic!("no date"));
        let as_written = open(text, written, 0).unwrap_or_else(|e| panic!("{e:?}"));
        let received = |wb: &Workbook| {
            wb.complaints
                .live()
                .map(|r: &Record<_>| r.data.received)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            received(&as_written),
            received(&example_as_written(text)),
            "opened when it was written, nothing moves"
        );
        for (later, offset) in [
            (stamp("2026-12-06T09:00:00Z"), 0),
            (stamp("2026-12-06T09:00:00Z"), 60),
            (stamp("2028-02-29T23:59:00Z"), 180),
            (stamp("2031-01-01T00:00:00Z"), -300),
            (stamp("2031-01-01T00:34:00Z"), 60),
        ] {
            let moved = open(text, later, offset).unwrap_or_else(|e| panic!("{e:?}"));
            let clock = TimeDelta::try_minutes(i64::from(offset)).unwrap_or_default();
            let pairs = received(&as_written).into_iter().zip(received(&moved));
            for (before, after) in pairs {
                // Whole days later, at the same time of day on the reader's clock.
                let by = (after + clock) - before;
                assert_eq!(by.num_seconds() % 86_400, 0, "{later} {offset}");
                assert_eq!((after + clock).time(), before.time(), "{later} {offset}");
                let hour = (after + clock).time().hour();
                assert!(
                    (9..18).contains(&hour),
                    "{after} at {offset}: not business hours"
                );
            }
            // Nothing was written after the moment the example is opened,
            // whatever the time of day, and it was written at most a day ago.
            let text = file::export(&moved, later, "test");
            let newest = moved_stamps(&text, "\"updated\": \"").max();
            assert!(
                newest.is_some_and(|n| n <= later && later - n < TimeDelta::days(2)),
                "{newest:?} after {later}"
            );
        }
    }

    /// The complaints' received times as the file writes them.
    fn example_as_written(text: &str) -> Workbook {
        file::import(text)
            .map(|(_, wb)| wb)
            .unwrap_or_else(|e| panic!("{e:?}"))
    }

    #[test]
    fn dates_move_and_other_text_stays() {
        let by = |days: i64, months: i64| Shift {
            time: TimeDelta::try_days(days).unwrap_or(TimeDelta::MAX),
            days,
            months,
        };
        assert_eq!(
            move_one("2026-11-02", &by(3, 0)).as_deref(),
            Some("2026-11-05")
        );
        assert_eq!(
            move_one("2026-12-30", &by(3, 0)).as_deref(),
            Some("2027-01-02")
        );
        assert_eq!(
            move_one("2026-11-02T10:00:00Z", &by(-2, 0)).as_deref(),
            Some("2026-10-31T10:00:00Z")
        );
        assert_eq!(move_one("2026-11", &by(0, 2)).as_deref(), Some("2027-01"));
        assert_eq!(move_one("2026-01", &by(0, -1)).as_deref(), Some("2025-12"));
        for other in [
            "",
            "2026",
            "2026-13",
            "2026-02-30",
            "hello world",
            "12:30",
            "2026-11-02 but",
            "2026-11-02T",
            "２０２６-11",
            "2026-1é",
        ] {
            assert_eq!(move_one(other, &by(5, 5)), None, "{other}");
        }
        // At the edge of the accepted years nothing overflows or leaves them.
        assert_eq!(move_one("9999-12-31", &by(1, 0)), None);
        assert_eq!(move_one("9999-12-31T23:00:00Z", &by(1, 0)), None);
        assert_eq!(move_one("1900-01", &by(0, -1)), None);
        assert_eq!(move_one("2026-11-02", &by(i64::MAX, 0)), None);
        assert_eq!(move_one("2026-11", &by(0, i64::MAX)), None);
        assert_eq!(move_one("2026-11", &by(0, i64::MIN)), None);
    }

    #[test]
    fn any_clock_opens_the_example() {
        for at in [
            DateTime::<Utc>::MIN_UTC,
            DateTime::<Utc>::MAX_UTC,
            bounds::min_stamp(),
            bounds::max_stamp(),
        ] {
            for offset in [-720, 0, 840, i32::MIN, i32::MAX] {
                assert!(open(text(Lang::Tr), at, offset).is_ok(), "{at} {offset}");
            }
        }
    }

    #[test]
    fn an_example_dated_outside_the_accepted_years_is_refused() {
        let text = text(Lang::En).replacen("2026-11-02T10:00:00Z", "1850-01-01T00:00:00Z", 1);
        assert!(matches!(
            open(&text, stamp("2026-12-06T09:00:00Z"), 0),
            Err(FileError::BadField { path, .. }) if path == "exported_at"
        ));
    }

    #[test]
    fn a_damaged_example_is_refused_as_any_file_is() {
        assert_eq!(
            open("", stamp("2026-12-06T09:00:00Z"), 0),
            Err(FileError::Empty)
        );
        assert!(matches!(
            open("{\"format\":", stamp("2026-12-06T09:00:00Z"), 0),
            Err(FileError::NotJson { .. })
        ));
        let cut = &text(Lang::It)[..2000];
        assert!(open(cut, stamp("2026-12-06T09:00:00Z"), 0).is_err());
    }
}
