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
//! ([`shift`], [`shift_minutes`], [`shift_days`]), which saturate instead of panicking, so
//! that no value at all can bring the app down.

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, TimeDelta, Utc};
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
        let d = Utc.with_ymd_and_hms(2026, 1, 31, 12, 0, 0).unwrap();
        assert_eq!(shift_days(d, -31).to_rfc3339(), "2025-12-31T12:00:00+00:00");
        assert_eq!(
            shift_minutes(d, 840).to_rfc3339(),
            "2026-02-01T02:00:00+00:00"
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

/// Issue 15, the property: no stamp or date in a file can panic the app.
/// Arbitrary stamps and dates, chrono's extremes and the values either side
/// of the bounds go into a file's record stamps and complaint fields; the
/// file must be refused naming an out-of-range field, or accepted holding
/// only in-range dates, and then every display conversion (in time zones
/// from −14:00 to +14:00), edit, trash and restore, merge, export and
/// storage round trip must run without a panic and stay in range.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use super::*;
    use crate::book::file::{self, FileError};
    use crate::book::store::{MemKv, SaveMode, Store};
    use crate::book::workbook::{Profile, Workbook};
    use crate::draft::vision::{self as draft, Goal, Measure};
    use crate::i18n::Lang;
    use crate::kernel::record::pinned_now as now;
    use crate::listen::complaints::{self as complaint, local_date, Due, Filter, Sort};
    use proptest::prelude::*;
    use serde_json::json;

    /// Minutes east of UTC: the ends of the world's time zones and between.
    const OFFSETS: [i32; 6] = [-840, -300, 0, 60, 180, 840];

    const ID: &str = "6f1c8a3e-2a7b-4c1d-9e0f-1a2b3c4d5e6f";
    const OTHER: &str = "0b5c1a2e-3d4f-4a6b-8c7d-9e0f1a2b3c4d";

    /// A stamp as chrono writes it in a file.
    fn text_of(at: DateTime<Utc>) -> String {
        serde_json::to_value(at)
            .unwrap()
            .as_str()
            .unwrap()
            .to_string()
    }

    fn day_text(d: NaiveDate) -> String {
        serde_json::to_value(d)
            .unwrap()
            .as_str()
            .unwrap()
            .to_string()
    }

    fn millis(at: DateTime<Utc>) -> i64 {
        at.timestamp_millis()
    }

    /// A stamp as text: in range only (the inner edges included), or from
    /// anywhere chrono reaches, with its extremes and the values either side
    /// of the bounds.
    fn stamp_text(mixed: bool) -> BoxedStrategy<String> {
        let day = 86_400_000;
        let from_ms = |ms: i64| text_of(DateTime::from_timestamp_millis(ms).unwrap());
        let inside = millis(min_stamp())..=millis(max_stamp());
        let low = millis(min_stamp())..=millis(min_stamp()) + 2 * day;
        let high = millis(max_stamp()) - 2 * day..=millis(max_stamp());
        let inner_edges: Vec<String> = vec![
            "1900-01-01T00:00:00Z".into(),
            "9999-12-31T23:59:59.999Z".into(),
            "9999-12-31T23:59:59.999999999Z".into(),
            "9999-12-31T23:59:59.999-14:00".into(),
            "1900-01-01T00:00:00+14:00".into(),
        ];
        if !mixed {
            return prop_oneof![
                2 => proptest::sample::select(inner_edges),
                3 => inside.prop_map(from_ms),
                1 => low.prop_map(from_ms),
                1 => high.prop_map(from_ms),
            ]
            .boxed();
        }
        let outer_edges: Vec<String> = vec![
            text_of(DateTime::<Utc>::MIN_UTC),
            text_of(DateTime::<Utc>::MAX_UTC),
            "+262142-12-31T23:59:59.999Z".into(),
            "1899-12-31T23:59:59.999Z".into(),
            "+10000-01-01T00:00:00Z".into(),
            "10000-01-01T00:00:00Z".into(),
        ];
        let any = millis(DateTime::<Utc>::MIN_UTC)..=millis(DateTime::<Utc>::MAX_UTC);
        let below = millis(min_stamp()) - 2 * day..millis(min_stamp());
        let above = millis(max_stamp()) + 1..=millis(max_stamp()) + 2 * day;
        prop_oneof![
            4 => stamp_text(false),
            2 => proptest::sample::select(outer_edges),
            1 => any.prop_map(from_ms),
            1 => below.prop_map(from_ms),
            1 => above.prop_map(from_ms),
        ]
        .boxed()
    }

    /// A calendar date as text, like [`stamp_text`].
    fn date_text(mixed: bool) -> BoxedStrategy<String> {
        let ce = |d: NaiveDate| d.num_days_from_ce();
        let from_ce = |n: i32| day_text(NaiveDate::from_num_days_from_ce_opt(n).unwrap());
        let first = ce(min_stamp().date_naive());
        let last = ce(max_stamp().date_naive());
        let inner = prop_oneof![
            1 => proptest::sample::select(vec!["1900-01-01".to_string(), "9999-12-31".into()]),
            3 => (first..=last).prop_map(from_ce),
        ];
        if !mixed {
            return inner.boxed();
        }
        let outer_edges: Vec<String> = vec![
            day_text(NaiveDate::MIN),
            day_text(NaiveDate::MAX),
            "1899-12-31".into(),
            "+10000-01-01".into(),
            "10000-01-01".into(),
        ];
        prop_oneof![
            4 => inner,
            2 => proptest::sample::select(outer_edges),
            1 => (ce(NaiveDate::MIN)..=ce(NaiveDate::MAX)).prop_map(from_ce),
            1 => (first - 3..first).prop_map(from_ce),
            1 => (last + 1..=last + 3).prop_map(from_ce),
        ]
        .boxed()
    }

    /// What chrono reads a stamp or date as (`None`: not a date at all).
    fn read_stamp(text: &str) -> Option<DateTime<Utc>> {
        serde_json::from_value(json!(text)).ok()
    }

    fn read_date(text: &str) -> Option<NaiveDate> {
        serde_json::from_value(json!(text)).ok()
    }

    /// The oracle, written apart from the code under test.
    fn year_ok(year: i32) -> bool {
        (1900..=9999).contains(&year)
    }

    #[derive(Debug, Clone)]
    struct Input {
        version: u64,
        exported_at: String,
        profile: String,
        created: String,
        updated: String,
        deleted: Option<String>,
        received: String,
        resolved: Option<String>,
        follow_up: Option<String>,
        erased: Option<String>,
        promised_for: Option<String>,
    }

    /// Half the files hold only in-range dates (so accepted files are
    /// edited, merged and saved often), half any date at all.
    fn input() -> impl Strategy<Value = Input> {
        any::<bool>().prop_flat_map(|mixed| {
            let stamp = move || stamp_text(mixed);
            (
                2u64..=file::VERSION,
                // Mostly in range: it is checked first, and would hide the rest.
                prop_oneof![3 => stamp_text(false), 1 => stamp()],
                stamp(),
                (stamp(), stamp(), proptest::option::of(stamp())),
                (
                    stamp(),
                    proptest::option::of(stamp()),
                    proptest::option::of(stamp()),
                    proptest::option::of(stamp()),
                    proptest::option::of(date_text(mixed)),
                ),
            )
                .prop_map(
                    |(version, exported_at, profile, (created, updated, deleted), c)| Input {
                        version,
                        exported_at,
                        profile,
                        created,
                        updated,
                        deleted,
                        received: c.0,
                        resolved: c.1,
                        follow_up: c.2,
                        erased: c.3,
                        promised_for: c.4,
                    },
                )
        })
    }

    /// The file as text, and each date field's path, text and whether it is
    /// a day (else a stamp).
    fn file_of(i: &Input) -> (String, Vec<(String, String, bool)>) {
        let mut fields = vec![
            ("profile.updated".to_string(), i.profile.clone(), false),
            ("complaints[0].created".into(), i.created.clone(), false),
            ("complaints[0].updated".into(), i.updated.clone(), false),
            (
                "complaints[0].data.received".into(),
                i.received.clone(),
                false,
            ),
        ];
        let mut record = json!({
            "id": ID, "created": i.created, "updated": i.updated,
            "data": {"received": i.received, "nature": "Arrived broken", "category": "Broken"}
        });
        if let Some(d) = &i.deleted {
            record["deleted"] = json!(d);
            fields.push(("complaints[0].deleted".into(), d.clone(), false));
        }
        for (name, value, day) in [
            ("resolved", &i.resolved, false),
            ("follow_up", &i.follow_up, false),
            ("erased", &i.erased, false),
            ("promised_for", &i.promised_for, true),
        ] {
            if let Some(v) = value {
                record["data"][name] = json!(v);
                fields.push((format!("complaints[0].data.{name}"), v.clone(), day));
            }
        }
        let other = json!({
            "id": OTHER, "created": "2026-01-01T00:00:00Z", "updated": "2026-01-01T00:00:00Z",
            "data": {"received": "2026-01-01T00:00:00Z", "nature": "Late"}
        });
        let doc = json!({
            "format": "servicebook",
            "version": i.version,
            "exported_at": i.exported_at,
            "app_version": "test",
            "workbook": {
                "profile": {"updated": i.profile, "data": {"business_name": "Bottega"}},
                "complaints": [record, other]
            }
        });
        (doc.to_string(), fields)
    }

    /// Every stamp and date the accepted workbook holds.
    fn stamps_of(wb: &Workbook) -> Vec<DateTime<Utc>> {
        let mut out: Vec<DateTime<Utc>> = wb.profile.updated.into_iter().collect();
        for r in wb.complaints.all() {
            out.extend([r.created, r.updated, r.data.received]);
            out.extend(r.deleted);
            out.extend(r.data.resolved);
            out.extend(r.data.follow_up);
            out.extend(r.data.erased);
            out.extend(
                r.data
                    .promised_for
                    .map(|d| d.and_hms_opt(12, 0, 0).unwrap().and_utc()),
            );
        }
        out
    }

    /// Everything that shows a workbook at `now` in a time zone.
    fn display(wb: &Workbook, now: DateTime<Utc>, offset: i32) {
        let today = local_date(now, offset);
        let records = wb.complaints.all();
        let index = complaint::index(records);
        for r in records {
            let day = local_date(r.data.received, offset);
            let _ = r.data.follow_up_due_on(today, offset);
            let _ = r.data.follow_up_overdue(now);
            let filter = Filter {
                from: Some(day),
                to: Some(day),
                due: Due::Today,
                ..Filter::default()
            };
            for sort in [Sort::NewestFirst, Sort::FollowUpFirst] {
                let _ = complaint::select(records, &index, &filter, sort, now, offset);
            }
        }
        let _ = complaint::select(
            records,
            &index,
            &Filter::default(),
            Sort::OldestFirst,
            now,
            offset,
        );
        let _ = complaint::figures(wb.complaints.live().map(|r| &r.data), now);
        for m in Measure::SEED {
            let _ = draft::actual(&Goal::seed(m), wb.heard(), now, offset);
        }
        let _ = crate::run::team::run_status(wb.running(), today);
        let _ = crate::draft::plan::review_status(&wb.reviews, today);
        let _ = crate::listen::problems::Inputs::gather(wb.heard(), Some(today));
        let _ = crate::draft::document::policy_document(
            wb,
            Lang::En,
            &crate::kernel::format::Plain,
            now,
            offset,
        );
    }

    fn all_in_range(wb: &Workbook) -> bool {
        stamps_of(wb).into_iter().all(stamp_in_range)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn no_stamp_or_date_in_a_file_can_panic_the_app(i in input()) {
            let (text, fields) = file_of(&i);
            let result = file::import(&text);

            // The header is read first: a readable, out-of-range export time
            // is refused by its name; an unreadable one is not shown.
            if let Ok(at) = i.exported_at.parse::<DateTime<Utc>>() {
                if !year_ok(at.year()) {
                    prop_assert_eq!(
                        result,
                        Err(FileError::BadField {
                            path: "exported_at".into(),
                            detail: OUT_OF_RANGE.into()
                        })
                    );
                    return Ok(());
                }
            }
            // Which fields are out of range, and whether chrono reads them.
            let bad: Vec<(&String, bool)> = fields
                .iter()
                .filter_map(|(path, value, day)| {
                    let read = if *day {
                        read_date(value).map(|d| d.year())
                    } else {
                        read_stamp(value).map(|t| t.year())
                    };
                    match read {
                        Some(y) if year_ok(y) => None,
                        Some(_) => Some((path, true)),
                        None => Some((path, false)),
                    }
                })
                .collect();
            let wb = match result {
                Err(FileError::BadField { path, detail }) => {
                    let named = bad.iter().find(|(p, _)| **p == path);
                    prop_assert!(named.is_some(), "{} refused, bad: {:?}", path, bad);
                    if named.is_some_and(|(_, readable)| *readable) {
                        prop_assert_eq!(detail, OUT_OF_RANGE);
                    }
                    return Ok(());
                }
                Err(other) => {
                    prop_assert!(false, "unexpected refusal {:?}", other);
                    unreachable!()
                }
                Ok((_, wb)) => wb,
            };
            prop_assert!(bad.is_empty(), "accepted with {:?}", bad);
            prop_assert!(all_in_range(&wb));

            // Display, in every time zone, at the file's own times and at
            // the ends of the range and of chrono's.
            let mut nows = stamps_of(&wb);
            nows.extend([now(), min_stamp(), max_stamp(), DateTime::<Utc>::MIN_UTC, DateTime::<Utc>::MAX_UTC]);
            for &offset in &OFFSETS {
                for &at in &nows {
                    display(&wb, at, offset);
                }
            }

            // Edit, trash and restore at any time, the bounds included.
            let id = wb.complaints.all().iter().find(|r| r.id.to_string() == ID).unwrap().id;
            let mut edited = wb.clone();
            for at in [now(), max_stamp(), min_stamp(), DateTime::<Utc>::MAX_UTC] {
                let before = edited.complaints.get(id).unwrap().updated;
                prop_assert!(edited.complaints.update(id, at, |c| c.nature.push('!')));
                let after = edited.complaints.get(id).unwrap().updated;
                prop_assert!(after > before || before == max_stamp());
                let mut record = edited.complaints.get(id).unwrap().clone();
                record.touch(at);
                prop_assert!(record.updated >= after && stamp_in_range(record.updated));
                if edited.complaints.get(id).unwrap().is_live() {
                    prop_assert!(edited.complaints.trash(id, at));
                }
                prop_assert!(edited.complaints.restore(id, at));
                edited.profile.set(
                    Profile { business_name: format!("Bottega {}", millis(at)), example: false },
                    at,
                );
                prop_assert!(all_in_range(&edited));
            }

            // Merge both ways, then what is saved can be read back.
            let mut ours = Workbook::default();
            ours.complaints.insert(
                complaint::Complaint { nature: "Rang twice".into(), ..complaint::Complaint::new(now()) },
                now(),
            );
            let report = ours.merge_from(&wb);
            prop_assert_eq!(report.part(crate::book::workbook::Part::Complaints).added, 2);
            ours.merge_from(&edited);
            let mut theirs = edited.clone();
            theirs.merge_from(&wb);
            prop_assert!(all_in_range(&ours) && all_in_range(&theirs));
            for &offset in &OFFSETS {
                display(&ours, max_stamp(), offset);
            }
            let back = file::import(&file::export(&ours, now(), "test"));
            prop_assert!(back.is_ok(), "{:?}", back.err());
            let mut store = Store::new(MemKv::default(), "tab", "test");
            prop_assert!(store.save(&ours, SaveMode::Verify, now()).is_ok());
            let loaded = store.load(now()).unwrap();
            prop_assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
            prop_assert_eq!(loaded.workbook, ours);
        }
    }
}
