//! When to remind the user to export a backup: plain dates, no DOM.

use chrono::{DateTime, Duration, Utc};

/// The reminder's period when the user has not chosen one.
pub const DEFAULT_DAYS: u32 = 14;
/// The periods offered on Share & backup (0 means off).
pub const CHOICES: [u32; 4] = [7, 14, 30, 0];

/// The period in force: `None` in the settings is the default, 0 is off.
pub fn period(chosen: Option<u32>) -> Option<u32> {
    match chosen.unwrap_or(DEFAULT_DAYS) {
        0 => None,
        d => Some(d),
    }
}

/// What the reminder looks at.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Reminder {
    pub now: DateTime<Utc>,
    /// The workbook holds something worth keeping.
    pub has_data: bool,
    pub last_exported: Option<DateTime<Utc>>,
    /// When this browser first held data (the clock for a workbook never
    /// exported, so a first visit is not nagged at once).
    pub data_since: Option<DateTime<Utc>>,
    /// Days between backups; `None` is off.
    pub period_days: Option<u32>,
    pub dismissed_at: Option<DateTime<Utc>>,
}

impl Reminder {
    /// A reminder is due when there is data, the period is on, the last
    /// export (or, never exported, the first data) is at least a period old,
    /// and it was not dismissed within the last period.
    pub fn due(&self) -> bool {
        let Some(days) = self.period_days.filter(|d| *d > 0) else {
            return false;
        };
        if !self.has_data {
            return false;
        }
        let Some(since) = self.last_exported.or(self.data_since) else {
            return false;
        };
        let period = Duration::days(i64::from(days));
        if elapsed(since, self.now) < period {
            return false;
        }
        match self.dismissed_at {
            // A dismissal in the future (a clock set back) counts as recent.
            Some(at) => elapsed(at, self.now) >= period,
            None => true,
        }
    }

    /// Whole days since the last export, if there was one.
    pub fn days_since_export(&self) -> Option<i64> {
        self.last_exported
            .map(|at| elapsed(at, self.now).num_days().max(0))
    }
}

fn elapsed(from: DateTime<Utc>, to: DateTime<Utc>) -> Duration {
    to.signed_duration_since(from)
}

// ---- the witness --------------------------------------------------------

/// A small mark that this browser held a workbook, kept apart from the
/// workbook (a cookie), so that storage found empty can be told from a
/// first visit. It holds no personal data: a count and two dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Witness {
    /// Live records when last saved (0: the workbook was emptied on purpose).
    pub records: u64,
    pub saved: DateTime<Utc>,
    pub exported: Option<DateTime<Utc>>,
}

const WITNESS_TAG: &str = "w1";

impl Witness {
    /// Cookie-safe text: `w1.<records>.<saved secs>.<exported secs or ->`.
    pub fn encode(&self) -> String {
        let exported = self
            .exported
            .map_or_else(|| "-".to_string(), |at| at.timestamp().to_string());
        format!(
            "{WITNESS_TAG}.{}.{}.{exported}",
            self.records,
            self.saved.timestamp()
        )
    }

    /// Reads a witness back; anything malformed or out of range is `None`
    /// (a cookie can be edited by anyone).
    pub fn decode(text: &str) -> Option<Witness> {
        let mut parts = text.trim().split('.');
        if parts.next()? != WITNESS_TAG {
            return None;
        }
        let records = parts.next()?.parse::<u64>().ok()?;
        let saved = stamp(parts.next()?)?;
        let exported = match parts.next()? {
            "-" => None,
            s => Some(stamp(s)?),
        };
        if parts.next().is_some() {
            return None;
        }
        Some(Witness {
            records,
            saved,
            exported,
        })
    }

    /// What to write after a save: `None` clears the witness (nothing to
    /// lose), otherwise the new mark, unless the stored one already says
    /// the same (to write the cookie at most once a day per count).
    pub fn after_save(
        stored: Option<&Witness>,
        records: u64,
        now: DateTime<Utc>,
        exported: Option<DateTime<Utc>>,
    ) -> Option<Option<Witness>> {
        let next = (records > 0).then_some(Witness {
            records,
            saved: now,
            exported,
        });
        let same = match (stored, &next) {
            (None, None) => true,
            (Some(a), Some(b)) => {
                a.records == b.records
                    && a.exported == b.exported
                    && a.saved.date_naive() == b.saved.date_naive()
            }
            _ => false,
        };
        (!same).then_some(next)
    }

    /// Storage was found empty although this browser held records: the
    /// witness to show, if so.
    pub fn lost(stored: Option<Witness>, workbook_empty: bool) -> Option<Witness> {
        stored.filter(|w| workbook_empty && w.records > 0)
    }
}

/// Seconds since 1970 within the years every stamp is bounded to.
fn stamp(text: &str) -> Option<DateTime<Utc>> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit() || b == b'-') {
        return None;
    }
    let secs = text.parse::<i64>().ok()?;
    let at = DateTime::<Utc>::from_timestamp(secs, 0)?;
    crate::kernel::bounds::checked_stamp(at)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(y: i32, m: u32, d: u32, h: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, h, 0, 0).unwrap()
    }

    fn base() -> Reminder {
        Reminder {
            now: at(2026, 3, 15, 12),
            has_data: true,
            last_exported: Some(at(2026, 3, 1, 12)),
            data_since: Some(at(2026, 1, 1, 0)),
            period_days: Some(14),
            dismissed_at: None,
        }
    }

    #[test]
    fn period_defaults_and_off() {
        assert_eq!(period(None), Some(14));
        assert_eq!(period(Some(7)), Some(7));
        assert_eq!(period(Some(30)), Some(30));
        assert_eq!(period(Some(0)), None);
    }

    #[test]
    fn due_exactly_at_the_period_not_a_second_before() {
        assert!(base().due());
        let r = Reminder {
            now: at(2026, 3, 15, 12) - Duration::seconds(1),
            ..base()
        };
        assert!(!r.due());
        assert_eq!(r.days_since_export(), Some(13));
        assert_eq!(base().days_since_export(), Some(14));
    }

    #[test]
    fn nothing_without_data_or_when_off() {
        assert!(!Reminder {
            has_data: false,
            ..base()
        }
        .due());
        assert!(!Reminder {
            period_days: None,
            ..base()
        }
        .due());
        assert!(!Reminder {
            period_days: Some(0),
            ..base()
        }
        .due());
    }

    #[test]
    fn never_exported_counts_from_the_first_data() {
        let r = Reminder {
            last_exported: None,
            data_since: Some(at(2026, 3, 10, 0)),
            ..base()
        };
        assert!(!r.due());
        assert!(Reminder {
            data_since: Some(at(2026, 3, 1, 0)),
            ..r
        }
        .due());
        // Nothing known at all: no reminder yet (the clock starts now).
        assert!(!Reminder {
            data_since: None,
            ..r
        }
        .due());
        assert_eq!(r.days_since_export(), None);
    }

    #[test]
    fn dismissal_hides_for_one_period() {
        let r = Reminder {
            dismissed_at: Some(at(2026, 3, 10, 12)),
            ..base()
        };
        assert!(!r.due());
        assert!(!Reminder {
            now: at(2026, 3, 24, 11),
            ..r
        }
        .due());
        assert!(Reminder {
            now: at(2026, 3, 24, 12),
            ..r
        }
        .due());
        // A dismissal stamped in the future (clock set back) keeps it hidden.
        assert!(!Reminder {
            dismissed_at: Some(at(2027, 1, 1, 0)),
            ..r
        }
        .due());
    }

    #[test]
    fn export_in_the_future_or_across_years() {
        // An export stamped ahead of the clock is not overdue.
        assert!(!Reminder {
            last_exported: Some(at(2026, 4, 1, 0)),
            ..base()
        }
        .due());
        // Across a year end and a leap day.
        let r = Reminder {
            now: at(2028, 3, 1, 0),
            last_exported: Some(at(2028, 2, 16, 0)),
            ..base()
        };
        assert!(r.due()); // 29 Feb 2028 exists: 14 days
        let r = Reminder {
            now: at(2027, 1, 5, 0),
            last_exported: Some(at(2026, 12, 29, 0)),
            period_days: Some(7),
            ..base()
        };
        assert!(r.due());
        // The far bounds of dates do not overflow.
        let r = Reminder {
            now: at(9999, 12, 31, 23),
            last_exported: Some(at(1900, 1, 1, 0)),
            dismissed_at: Some(at(1900, 1, 1, 0)),
            ..base()
        };
        assert!(r.due());
        assert!(r.days_since_export().unwrap() > 0);
    }

    #[test]
    fn witness_round_trips_and_refuses_anything_else() {
        let w = Witness {
            records: 1234,
            saved: at(2026, 12, 6, 10),
            exported: Some(at(2026, 11, 30, 9)),
        };
        assert_eq!(Witness::decode(&w.encode()), Some(w));
        let never = Witness {
            exported: None,
            ..w
        };
        assert_eq!(never.encode(), format!("w1.1234.{}.-", w.saved.timestamp()));
        assert_eq!(Witness::decode(&never.encode()), Some(never));
        let edge = Witness {
            records: u64::MAX,
            saved: crate::kernel::bounds::max_stamp(),
            exported: Some(crate::kernel::bounds::min_stamp()),
        };
        assert_eq!(
            Witness::decode(&edge.encode()).map(|w| w.records),
            Some(u64::MAX)
        );
        for bad in [
            "",
            "w1",
            "w2.1.1700000000.-",
            "w1.-1.1700000000.-",
            "w1.1.1700000000",
            "w1.1.1700000000.-.x",
            "w1.1.+1700000000.-",
            "w1.1.99999999999999999999.-",
            "w1.1.-9223372036854775808.-",
            // years 1900 to 9999 only (1899-12-31 and 10000-01-01)
            "w1.1.-2208988801.-",
            "w1.1.253402300800.-",
            "w1.18446744073709551616.1700000000.-",
            "w1.1.1700000000.1.5",
            "w1.\u{202e}1.1700000000.-",
        ] {
            assert_eq!(Witness::decode(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn witness_is_written_once_a_day_per_count_and_cleared_when_empty() {
        let now = at(2026, 12, 6, 10);
        let first = Witness::after_save(None, 3, now, None).expect("first write");
        assert_eq!(first.map(|w| w.records), Some(3));
        let stored = first.unwrap();
        // Same day, same count: nothing to write.
        assert_eq!(
            Witness::after_save(Some(&stored), 3, at(2026, 12, 6, 23), None),
            None
        );
        // A new count, a new day or an export: write.
        assert!(Witness::after_save(Some(&stored), 4, now, None).is_some());
        assert!(Witness::after_save(Some(&stored), 3, at(2026, 12, 7, 0), None).is_some());
        assert!(Witness::after_save(Some(&stored), 3, now, Some(now)).is_some());
        // Emptied on purpose: clear; already clear: nothing.
        assert_eq!(Witness::after_save(Some(&stored), 0, now, None), Some(None));
        assert_eq!(Witness::after_save(None, 0, now, None), None);
    }

    #[test]
    fn lost_only_when_storage_is_empty_and_the_witness_saw_records() {
        let w = Witness {
            records: 2,
            saved: at(2026, 12, 1, 8),
            exported: None,
        };
        assert_eq!(Witness::lost(Some(w), true), Some(w));
        assert_eq!(Witness::lost(Some(w), false), None);
        assert_eq!(Witness::lost(Some(Witness { records: 0, ..w }), true), None);
        assert_eq!(Witness::lost(None, true), None);
    }
}
