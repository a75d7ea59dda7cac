//! The "customer service quotient" self-test of seed 001, part 3 (steps 13
//! to 19): seven areas, 25 statements, each rated 1 (not at all) to 5
//! (always). An area's score is the average of its ratings; the total is the
//! sum of the seven averages, from 7 to 35.
//!
//! Scoring is exact: every area has 3, 4 or 5 statements, so sixty times an
//! average is a whole number, and the bands are decided on whole numbers.
//! A band is reached only when the total reaches its lower bound: 27.75 is
//! "good" (21 to 27), 20.67 is "losing customers" (20 or less).

use crate::i18n::K;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub struct Statement {
    /// Stable id, stored with each answer (e.g. "culture.1").
    pub id: &'static str,
    pub text: K,
}

pub struct Area {
    pub id: &'static str,
    pub title: K,
    /// The seed's question that introduces the area.
    pub lead: K,
    pub statements: &'static [Statement],
}

macro_rules! st {
    ($id:literal, $text:expr) => {
        Statement {
            id: $id,
            text: $text,
        }
    };
}

pub static AREAS: [Area; 7] = [
    Area {
        id: "culture",
        title: K::CqCultureTitle,
        lead: K::CqCultureLead,
        statements: &[
            st!("culture.1", K::CqCulture1),
            st!("culture.2", K::CqCulture2),
            st!("culture.3", K::CqCulture3),
            st!("culture.4", K::CqCulture4),
        ],
    },
    Area {
        id: "products",
        title: K::CqProductsTitle,
        lead: K::CqProductsLead,
        statements: &[
            st!("products.1", K::CqProducts1),
            st!("products.2", K::CqProducts2),
            st!("products.3", K::CqProducts3),
            st!("products.4", K::CqProducts4),
        ],
    },
    Area {
        id: "feedback",
        title: K::CqFeedbackTitle,
        lead: K::CqFeedbackLead,
        statements: &[
            st!("feedback.1", K::CqFeedback1),
            st!("feedback.2", K::CqFeedback2),
            st!("feedback.3", K::CqFeedback3),
        ],
    },
    Area {
        id: "knowledge",
        title: K::CqKnowledgeTitle,
        lead: K::CqKnowledgeLead,
        statements: &[
            st!("knowledge.1", K::CqKnowledge1),
            st!("knowledge.2", K::CqKnowledge2),
            st!("knowledge.3", K::CqKnowledge3),
        ],
    },
    Area {
        id: "contact",
        title: K::CqContactTitle,
        lead: K::CqContactLead,
        statements: &[
            st!("contact.1", K::CqContact1),
            st!("contact.2", K::CqContact2),
            st!("contact.3", K::CqContact3),
        ],
    },
    Area {
        id: "staff",
        title: K::CqStaffTitle,
        lead: K::CqStaffLead,
        statements: &[
            st!("staff.1", K::CqStaff1),
            st!("staff.2", K::CqStaff2),
            st!("staff.3", K::CqStaff3),
            st!("staff.4", K::CqStaff4),
            st!("staff.5", K::CqStaff5),
        ],
    },
    Area {
        id: "improvement",
        title: K::CqImprovementTitle,
        lead: K::CqImprovementLead,
        statements: &[
            st!("improvement.1", K::CqImprovement1),
            st!("improvement.2", K::CqImprovement2),
            st!("improvement.3", K::CqImprovement3),
        ],
    },
];

/// All statements in order, with the index of their area.
pub fn statements() -> impl Iterator<Item = (usize, &'static Statement)> {
    AREAS
        .iter()
        .enumerate()
        .flat_map(|(i, a)| a.statements.iter().map(move |s| (i, s)))
}

pub fn statement_count() -> usize {
    AREAS.iter().map(|a| a.statements.len()).sum()
}

/// The three bands of the seed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Band {
    /// 28 and over: customer service is an asset.
    Asset,
    /// 21 to 27: good, but needs general improvement.
    Good,
    /// 20 or less: likely losing customers.
    Losing,
}

/// One taking of the self-test. Answers are kept by statement id, so a
/// half-done test resumes where it was left.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct SelfTest {
    /// Ratings 1..=5 by statement id. Anything else is refused on reading.
    #[serde(default, deserialize_with = "ratings")]
    pub answers: BTreeMap<String, u8>,
    /// When all statements were answered and the user finished the test.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::kernel::bounds::opt_stamp"
    )]
    pub completed: Option<DateTime<Utc>>,
    /// A free note on this taking ("after the new staff training").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// Reads the answers, refusing a rating outside 1..=5 where it stands (so
/// the refusal names it): the scale has no other values, and an off-scale
/// rating would otherwise count as unanswered.
fn ratings<'de, D: serde::Deserializer<'de>>(d: D) -> Result<BTreeMap<String, u8>, D::Error> {
    struct Ratings;
    impl<'de> serde::de::Visitor<'de> for Ratings {
        type Value = BTreeMap<String, u8>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a map of ratings by statement id")
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(
            self,
            mut map: A,
        ) -> Result<Self::Value, A::Error> {
            let mut answers = BTreeMap::new();
            while let Some((id, r)) = map.next_entry::<String, u8>()? {
                if !(1..=5).contains(&r) {
                    return Err(serde::de::Error::custom(format!(
                        "the rating {r} of {id} is not between 1 and 5"
                    )));
                }
                answers.insert(id, r);
            }
            Ok(answers)
        }
    }
    d.deserialize_map(Ratings)
}

/// An area's score: sixty times the average, exact.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sixtieths(pub u32);

impl Sixtieths {
    pub fn value(self) -> f64 {
        self.0 as f64 / 60.0
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Score {
    /// Per area, in the order of [`AREAS`]; 60..=300 (1.0 to 5.0).
    pub areas: [Sixtieths; 7],
    /// 420..=2100 (7 to 35).
    pub total: Sixtieths,
    pub band: Band,
}

impl Score {
    /// Area indexes from the weakest to the strongest (ties in seed order).
    pub fn weakest_first(&self) -> Vec<usize> {
        let mut idx: Vec<usize> = (0..7).collect();
        crate::kernel::order::sort_by_key(&mut idx, |&i| (self.areas[i].0, i));
        idx
    }
}

pub fn band_of(total: Sixtieths) -> Band {
    if total.0 >= 28 * 60 {
        Band::Asset
    } else if total.0 >= 21 * 60 {
        Band::Good
    } else {
        Band::Losing
    }
}

impl SelfTest {
    /// Records a rating; ratings outside 1..=5 or unknown statements are ignored.
    pub fn answer(&mut self, statement: &str, rating: u8) -> bool {
        if !(1..=5).contains(&rating) || !statements().any(|(_, s)| s.id == statement) {
            return false;
        }
        self.answers.insert(statement.to_string(), rating);
        true
    }

    fn rating(&self, id: &str) -> Option<u8> {
        self.answers
            .get(id)
            .copied()
            .filter(|r| (1..=5).contains(r))
    }

    pub fn answered(&self) -> usize {
        statements()
            .filter(|(_, s)| self.rating(s.id).is_some())
            .count()
    }

    pub fn is_complete(&self) -> bool {
        self.answered() == statement_count()
    }

    /// The first statement without an answer, to resume there.
    pub fn first_unanswered(&self) -> Option<usize> {
        statements().position(|(_, s)| self.rating(s.id).is_none())
    }

    /// The score, once every statement is answered.
    pub fn score(&self) -> Option<Score> {
        let mut areas = [Sixtieths(0); 7];
        for (i, area) in AREAS.iter().enumerate() {
            let mut sum = 0u32;
            for s in area.statements {
                sum += u32::from(self.rating(s.id)?);
            }
            areas[i] = Sixtieths(sum * 60 / area.statements.len() as u32);
        }
        let total = Sixtieths(areas.iter().map(|a| a.0).sum());
        Some(Score {
            areas,
            total,
            band: band_of(total),
        })
    }
}

/// The points of a radar chart: for each area, its axis end and the point of
/// its score, in a square of side `size` centred on (size/2, size/2); the
/// first axis points straight up and the others follow clockwise.
pub fn radar_point(area: usize, value: f64, max: f64, size: f64) -> (f64, f64) {
    let c = size / 2.0;
    let r = c * 0.72 * (value / max).clamp(0.0, 1.0);
    let angle = -std::f64::consts::FRAC_PI_2 + area as f64 * std::f64::consts::TAU / 7.0;
    (c + r * angle.cos(), c + r * angle.sin())
}

/// The SVG `points` of a polygon through the seven area scores (1 to 5).
pub fn radar_polygon(score: &[Sixtieths; 7], size: f64) -> String {
    score
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let (x, y) = radar_point(i, s.value(), 5.0, size);
            format!("{x:.1},{y:.1}")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    fn all(rating: u8) -> SelfTest {
        let mut t = SelfTest::default();
        for (_, s) in statements() {
            assert!(t.answer(s.id, rating));
        }
        t
    }

    /// Answers so that each area averages `per_area[i]` sixtieths; only for
    /// whole-number averages.
    fn with_area_ratings(per_area: [u8; 7]) -> SelfTest {
        let mut t = SelfTest::default();
        for (i, s) in statements() {
            t.answer(s.id, per_area[i]);
        }
        t
    }

    #[test]
    fn seed_lists_seven_areas_with_4_4_3_3_3_5_3_statements() {
        let counts: Vec<usize> = AREAS.iter().map(|a| a.statements.len()).collect();
        assert_eq!(counts, vec![4, 4, 3, 3, 3, 5, 3]);
        assert_eq!(statement_count(), 25);
        let mut ids: Vec<&str> = statements().map(|(_, s)| s.id).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), 25, "statement ids are unique");
    }

    #[test]
    fn italian_statements_follow_the_seed() {
        assert_eq!(
            AREAS[0].statements[0].text.in_lang(Lang::It),
            "Ci impegniamo a fare tutto il necessario per creare clienti soddisfatti."
        );
        assert_eq!(
            AREAS[5].statements[4].text.in_lang(Lang::It),
            "Tutti i dipendenti credono che la soddisfazione del cliente faccia parte del proprio lavoro."
        );
        assert_eq!(
            AREAS[6].statements[2].text.in_lang(Lang::It),
            "Quando scopriamo problemi, cerchiamo di risolverli rapidamente."
        );
    }

    #[test]
    fn extremes_are_7_and_35() {
        let low = all(1).score().unwrap();
        assert_eq!(low.total.value(), 7.0);
        assert_eq!(low.band, Band::Losing);
        let high = all(5).score().unwrap();
        assert_eq!(high.total.value(), 35.0);
        assert_eq!(high.band, Band::Asset);
    }

    #[test]
    fn whole_number_band_edges() {
        // 4+4+4+4+4+4+4 = 28: asset.
        assert_eq!(with_area_ratings([4; 7]).score().unwrap().band, Band::Asset);
        // 27: good.
        let s = with_area_ratings([4, 4, 4, 4, 4, 4, 3]).score().unwrap();
        assert_eq!(s.total.value(), 27.0);
        assert_eq!(s.band, Band::Good);
        // 21: good.
        let s = with_area_ratings([3; 7]).score().unwrap();
        assert_eq!(s.total.value(), 21.0);
        assert_eq!(s.band, Band::Good);
        // 20: losing.
        let s = with_area_ratings([3, 3, 3, 3, 3, 3, 2]).score().unwrap();
        assert_eq!(s.total.value(), 20.0);
        assert_eq!(s.band, Band::Losing);
    }

    #[test]
    fn fractional_totals_reach_a_band_only_at_its_lower_bound() {
        // Area 0 has 4 statements: ratings 4,4,4,3 average 3.75.
        let mut t = with_area_ratings([4; 7]);
        t.answer("culture.4", 3);
        let s = t.score().unwrap();
        assert_eq!(s.total.0, 27 * 60 + 45); // 27.75
        assert_eq!(s.band, Band::Good);
        // Area 2 has 3 statements: 3,3,2 average 2.667: 20.667 is losing.
        let mut t = with_area_ratings([3; 7]);
        t.answer("feedback.3", 2);
        let s = t.score().unwrap();
        assert_eq!(s.total.0, 20 * 60 + 40);
        assert_eq!(s.band, Band::Losing);
        // Exactly on the edge by thirds: 3 areas of 3 statements each
        // at 3.333 plus rest gives 21 or more.
        assert_eq!(band_of(Sixtieths(21 * 60 - 1)), Band::Losing);
        assert_eq!(band_of(Sixtieths(21 * 60)), Band::Good);
        assert_eq!(band_of(Sixtieths(28 * 60 - 1)), Band::Good);
        assert_eq!(band_of(Sixtieths(28 * 60)), Band::Asset);
    }

    #[test]
    fn area_average_divides_by_its_own_count() {
        let mut t = with_area_ratings([1; 7]);
        for s in AREAS[5].statements {
            t.answer(s.id, 5);
        }
        t.answer("staff.1", 1); // 1+5+5+5+5 = 21 / 5 = 4.2
        let s = t.score().unwrap();
        assert_eq!(s.areas[5].0, 252);
        assert!((s.areas[5].value() - 4.2).abs() < 1e-12);
    }

    #[test]
    fn incomplete_has_no_score_and_resumes_at_first_gap() {
        let mut t = SelfTest::default();
        assert_eq!(t.first_unanswered(), Some(0));
        t.answer("culture.1", 3);
        t.answer("culture.2", 3);
        assert_eq!(t.answered(), 2);
        assert_eq!(t.first_unanswered(), Some(2));
        assert!(t.score().is_none());
        assert!(!t.is_complete());
    }

    #[test]
    fn out_of_range_or_unknown_answers_are_refused() {
        let mut t = SelfTest::default();
        assert!(!t.answer("culture.1", 0));
        assert!(!t.answer("culture.1", 6));
        assert!(!t.answer("nope.1", 3));
        assert_eq!(t.answered(), 0);
        // A bad value in a hand-edited file does not count as an answer.
        t.answers.insert("culture.1".into(), 9);
        assert_eq!(t.answered(), 0);
    }

    #[test]
    fn weakest_areas_come_first() {
        let s = with_area_ratings([5, 2, 4, 1, 3, 5, 2]).score().unwrap();
        assert_eq!(s.weakest_first(), vec![3, 1, 6, 4, 2, 0, 5]);
    }

    #[test]
    fn radar_first_axis_points_up_and_scales() {
        let (x, y) = radar_point(0, 5.0, 5.0, 200.0);
        assert!((x - 100.0).abs() < 1e-9);
        assert!((y - 28.0).abs() < 1e-9);
        let (x, y) = radar_point(3, 0.0, 5.0, 200.0);
        assert_eq!((x, y), (100.0, 100.0));
        let p = radar_polygon(&[Sixtieths(300); 7], 200.0);
        assert_eq!(p.split(' ').count(), 7);
        assert!(p.starts_with("100.0,28.0"));
    }
}
