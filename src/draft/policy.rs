//! The policy itself (seed 001 part 2, step 9): seven policy points, each
//! with the seed's guiding questions and the user's answer, proposed to the
//! staff for feedback before it is adopted.

use crate::i18n::K;
use crate::kernel::record::{Collection, Record};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// The seven policy points of the seed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PointKey {
    Overview,
    Speed,
    Communication,
    FollowUp,
    Complaints,
    Retention,
    Supervision,
}

pub struct PointText {
    pub key: PointKey,
    pub title: K,
    /// The seed's guiding questions.
    pub questions: &'static [K],
}

/// The seed's seven points, in its order, with its questions.
pub const POINTS: [PointText; 7] = [
    PointText {
        key: PointKey::Overview,
        title: K::PolicyOverviewTitle,
        questions: &[K::PolicyOverviewQ1],
    },
    PointText {
        key: PointKey::Speed,
        title: K::PolicySpeedTitle,
        questions: &[K::PolicySpeedQ1, K::PolicySpeedQ2, K::PolicySpeedQ3],
    },
    PointText {
        key: PointKey::Communication,
        title: K::PolicyCommunicationTitle,
        questions: &[
            K::PolicyCommunicationQ1,
            K::PolicyCommunicationQ2,
            K::PolicyCommunicationQ3,
            K::PolicyCommunicationQ4,
        ],
    },
    PointText {
        key: PointKey::FollowUp,
        title: K::PolicyFollowUpTitle,
        questions: &[
            K::PolicyFollowUpQ1,
            K::PolicyFollowUpQ2,
            K::PolicyFollowUpQ3,
            K::PolicyFollowUpQ4,
        ],
    },
    PointText {
        key: PointKey::Complaints,
        title: K::PolicyComplaintsTitle,
        questions: &[
            K::PolicyComplaintsQ1,
            K::PolicyComplaintsQ2,
            K::PolicyComplaintsQ3,
            K::PolicyComplaintsQ4,
            K::PolicyComplaintsQ5,
        ],
    },
    PointText {
        key: PointKey::Retention,
        title: K::PolicyRetentionTitle,
        questions: &[
            K::PolicyRetentionQ1,
            K::PolicyRetentionQ2,
            K::PolicyRetentionQ3,
            K::PolicyRetentionQ4,
        ],
    },
    PointText {
        key: PointKey::Supervision,
        title: K::PolicySupervisionTitle,
        questions: &[
            K::PolicySupervisionQ1,
            K::PolicySupervisionQ2,
            K::PolicySupervisionQ3,
        ],
    },
];

pub fn point_text(key: PointKey) -> &'static PointText {
    POINTS
        .iter()
        .find(|p| p.key == key)
        .expect("every key has its text")
}

/// Where a policy point stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// Being written.
    #[default]
    Draft,
    /// Shown to the staff for their feedback.
    Proposed,
    /// In force.
    Adopted,
}

/// A member of staff's word on a proposed policy point.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct StaffFeedback {
    pub by: String,
    #[serde(deserialize_with = "crate::kernel::bounds::date")]
    pub on: NaiveDate,
    pub text: String,
}

/// The user's answer to one policy point.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PolicyPoint {
    pub key: PointKey,
    #[serde(default)]
    pub answer: String,
    #[serde(default)]
    pub stage: Stage,
    #[serde(default)]
    pub feedback: Vec<StaffFeedback>,
}

/// Every copy of the workbook gives a point the same id, so two colleagues'
/// answers to one point merge as one record (the newer wins).
pub fn point_id(key: PointKey) -> Uuid {
    let n = POINTS
        .iter()
        .position(|p| p.key == key)
        .expect("a known key") as u128;
    Uuid::from_u128(0x5e7c_0b00_c000_4000_8000_0000_0000_0000 | (n + 1))
}

/// The user's record for `key`, if any.
pub fn point(points: &Collection<PolicyPoint>, key: PointKey) -> Option<&Record<PolicyPoint>> {
    points.get(point_id(key)).filter(|r| r.is_live())
}

/// Changes the record of `key`, creating it first (with its fixed id) if
/// needed. A point moved to the trash comes back.
pub fn edit_point(
    points: &mut Collection<PolicyPoint>,
    key: PointKey,
    at: DateTime<Utc>,
    change: impl FnOnce(&mut PolicyPoint),
) {
    let id = point_id(key);
    points.ensure_fixed(id, at, || PolicyPoint {
        key,
        answer: String::new(),
        stage: Stage::Draft,
        feedback: Vec::new(),
    });
    points.update(id, at, change);
}

/// Why a point cannot be adopted yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AdoptRefused {
    NoAnswer,
    /// The seed: check with the employees before adopting.
    NoStaffFeedback,
}

pub fn can_adopt(p: &PolicyPoint) -> Result<(), AdoptRefused> {
    if p.answer.trim().is_empty() {
        Err(AdoptRefused::NoAnswer)
    } else if p.feedback.iter().all(|f| f.text.trim().is_empty()) {
        Err(AdoptRefused::NoStaffFeedback)
    } else {
        Ok(())
    }
}

/// The policy points that address a self-test area (the areas of
/// `selftest::AREAS`, by id): where a weak area points.
pub fn points_for_area(area: &str) -> &'static [PointKey] {
    match area {
        "culture" => &[PointKey::Supervision, PointKey::Complaints],
        "products" => &[PointKey::Overview, PointKey::Communication],
        "feedback" => &[PointKey::Complaints, PointKey::FollowUp],
        "knowledge" => &[PointKey::Retention, PointKey::FollowUp],
        "contact" => &[PointKey::Speed, PointKey::Communication, PointKey::FollowUp],
        "staff" => &[PointKey::Supervision],
        "improvement" => &[PointKey::Overview, PointKey::Retention],
        _ => &[],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(s: i64) -> DateTime<Utc> {
        Utc.timestamp_opt(1_760_000_000 + s, 0).unwrap()
    }

    #[test]
    fn the_seven_points_have_their_questions_in_three_languages() {
        assert_eq!(POINTS.len(), 7);
        for p in &POINTS {
            assert!(!p.questions.is_empty());
            for key in std::iter::once(&p.title).chain(p.questions) {
                for lang in crate::i18n::Lang::ALL {
                    assert!(!key.in_lang(lang).trim().is_empty());
                }
            }
        }
        let ids: std::collections::HashSet<Uuid> = POINTS.iter().map(|p| point_id(p.key)).collect();
        assert_eq!(ids.len(), 7, "one fixed id per point");
    }

    #[test]
    fn two_copies_answering_one_point_merge_as_one_record() {
        let mut a = Collection::default();
        edit_point(&mut a, PointKey::Speed, at(1), |p| {
            p.answer = "Phone answered within 3 rings".into()
        });
        let mut b = Collection::default();
        edit_point(&mut b, PointKey::Speed, at(5), |p| {
            p.answer = "Phone answered within 2 rings".into()
        });
        edit_point(&mut b, PointKey::Retention, at(6), |p| {
            p.answer = "Call after a month".into()
        });
        a.merge_from(&b);
        assert_eq!(a.len(), 2);
        assert_eq!(
            point(&a, PointKey::Speed).unwrap().data.answer,
            "Phone answered within 2 rings"
        );
        assert_eq!(
            a.all()[0].data.key,
            PointKey::Speed,
            "fixed order: the seed's"
        );
    }

    #[test]
    fn a_point_is_adopted_only_with_an_answer_and_staff_feedback() {
        let mut c = Collection::default();
        edit_point(&mut c, PointKey::Complaints, at(0), |p| {
            p.stage = Stage::Proposed
        });
        let p = &point(&c, PointKey::Complaints).unwrap().data;
        assert_eq!(can_adopt(p), Err(AdoptRefused::NoAnswer));
        edit_point(&mut c, PointKey::Complaints, at(1), |p| {
            p.answer = "Staff may refund up to 100 on the spot.".into()
        });
        assert_eq!(
            can_adopt(&point(&c, PointKey::Complaints).unwrap().data),
            Err(AdoptRefused::NoStaffFeedback)
        );
        edit_point(&mut c, PointKey::Complaints, at(2), |p| {
            p.feedback.push(StaffFeedback {
                by: "Giulia".into(),
                on: at(2).date_naive(),
                text: "100 is too low for power tools".into(),
            })
        });
        assert_eq!(
            can_adopt(&point(&c, PointKey::Complaints).unwrap().data),
            Ok(())
        );
    }

    #[test]
    fn a_trashed_point_comes_back_when_edited() {
        let mut c = Collection::default();
        edit_point(&mut c, PointKey::Overview, at(0), |p| {
            p.answer = "Catalogue online".into()
        });
        c.trash(point_id(PointKey::Overview), at(1));
        assert!(point(&c, PointKey::Overview).is_none());
        edit_point(&mut c, PointKey::Overview, at(2), |p| {
            p.answer.push_str(" and in store")
        });
        assert_eq!(
            point(&c, PointKey::Overview).unwrap().data.answer,
            "Catalogue online and in store"
        );
    }

    #[test]
    fn every_self_test_area_points_to_a_policy_point() {
        for area in crate::selftest::quotient::AREAS.iter() {
            assert!(!points_for_area(area.id).is_empty(), "{}", area.id);
        }
    }
}
