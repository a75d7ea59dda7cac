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
}
