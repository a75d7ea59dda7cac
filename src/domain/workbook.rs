//! The workbook: everything the user enters, as one plain document.

use super::record::{Collection, MergeCount, Single};
use super::selftest::SelfTest;
use serde::{Deserialize, Serialize};

/// The business the workbook is about.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Profile {
    #[serde(default)]
    pub business_name: String,
    /// True for the example workbook a newcomer can open and clear.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub example: bool,
}

/// The small, single-valued parts of the workbook; stored as one chunk.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Core {
    #[serde(default)]
    pub profile: Single<Profile>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Workbook {
    #[serde(default)]
    pub profile: Single<Profile>,
    #[serde(default)]
    pub self_tests: Collection<SelfTest>,
}

/// What merging another workbook into this one changes, per part.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MergeReport {
    pub profile_changed: bool,
    pub self_tests: MergeCount,
}

impl MergeReport {
    pub fn changes(&self) -> usize {
        usize::from(self.profile_changed) + self.self_tests.changes()
    }
}

/// What a workbook holds, for previews and the home page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    pub business_name: String,
    pub self_tests_done: usize,
    pub self_test_in_progress: bool,
    pub trashed: usize,
}

impl Workbook {
    /// The single-valued parts, stored together as one chunk.
    pub fn core(&self) -> Core {
        Core {
            profile: self.profile.clone(),
        }
    }

    pub fn set_core(&mut self, core: Core) {
        self.profile = core.profile;
    }

    /// Merges `other` into this workbook: every record of both is kept, by
    /// id, the newer version winning; nothing is deleted.
    pub fn merge_from(&mut self, other: &Workbook) -> MergeReport {
        MergeReport {
            profile_changed: self.profile.merge_from(&other.profile),
            self_tests: self.self_tests.merge_from(&other.self_tests),
        }
    }

    pub fn summary(&self) -> Summary {
        Summary {
            business_name: self.profile.data.business_name.clone(),
            self_tests_done: self
                .self_tests
                .live()
                .filter(|r| r.data.completed.is_some())
                .count(),
            self_test_in_progress: self.self_test_in_progress().is_some(),
            trashed: self.self_tests.trashed().count(),
        }
    }

    /// The unfinished self-test to resume, if any (the newest).
    pub fn self_test_in_progress(&self) -> Option<&super::record::Record<SelfTest>> {
        self.self_tests
            .live()
            .rev()
            .find(|r| r.data.completed.is_none())
    }

    /// Finished self-tests, oldest first.
    pub fn finished_self_tests(&self) -> Vec<&super::record::Record<SelfTest>> {
        let mut v: Vec<_> = self
            .self_tests
            .live()
            .filter(|r| r.data.completed.is_some() && r.data.score().is_some())
            .collect();
        v.sort_by_key(|r| (r.data.completed, r.id));
        v
    }

    /// Checks invariants a file or storage could break: unique ids.
    pub fn validate(&self) -> Result<(), String> {
        if let Some(id) = self.self_tests.duplicate_id() {
            return Err(format!("self_tests: id {id} appears twice"));
        }
        Ok(())
    }

    pub fn is_empty(&self) -> bool {
        *self == Workbook::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};

    #[test]
    fn merge_keeps_every_record_of_both_sides() {
        let at = Utc.timestamp_opt(1_700_000_000, 0).unwrap();
        let mut a = Workbook::default();
        a.self_tests.insert(SelfTest::default(), at);
        let mut b = Workbook::default();
        b.self_tests.insert(SelfTest::default(), at);
        b.self_tests.insert(SelfTest::default(), at);
        let report = a.merge_from(&b);
        assert_eq!(report.self_tests.added, 2);
        assert_eq!(a.self_tests.len(), 3);
        let again = a.merge_from(&b);
        assert_eq!(again.changes(), 0, "merging twice changes nothing");
    }
}
