//! Draft (seed 001 part 2): the vision statement workshop and the
//! measurable service goals aligned to it and to the top problems.

use crate::i18n::K;
use crate::listen::complaints::{figures, local_date};
use crate::listen::inputs::{by_period, Heard};
use chrono::{DateTime, Days, Months, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

// ---- the vision workshop ------------------------------------------------------

/// One draft of the vision, worked through the seed's five steps.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct VisionDraft {
    /// Step 1: the business three to five years from now, its success in
    /// five points.
    #[serde(default)]
    pub successes: Vec<String>,
    /// Step 2: the reasons for that success, from the customer's side.
    #[serde(default)]
    pub reasons: Vec<String>,
    /// Step 3: the steps taken to improve customer service, seen from there.
    #[serde(default)]
    pub steps: Vec<String>,
    /// Step 4: the key elements, summarised.
    #[serde(default)]
    pub summary: String,
    /// Step 5: the verbs picked out of the summary…
    #[serde(default)]
    pub verbs: Vec<String>,
    /// …and the concise statement composed from them.
    #[serde(default)]
    pub statement: String,
}

/// Points asked for in step 1.
pub const SUCCESS_POINTS: usize = 5;

impl VisionDraft {
    /// How many of the five steps hold something.
    pub fn steps_done(&self) -> usize {
        let filled = |v: &[String]| v.iter().any(|s| !s.trim().is_empty());
        [
            filled(&self.successes),
            filled(&self.reasons),
            filled(&self.steps),
            !self.summary.trim().is_empty(),
            !self.statement.trim().is_empty(),
        ]
        .into_iter()
        .filter(|d| *d)
        .count()
    }

    /// Which verbs picked earlier the statement does not use yet. A verb
    /// counts as used in another form of the same stem ("consigliamo" in
    /// "consigliare", "delivers" for "deliver", "çöz" in "çözeriz"); a verb
    /// of two words ("tavsiye eder") when the statement has both, one after
    /// the other ("tavsiye ederiz").
    pub fn verbs_unused(&self) -> Vec<&str> {
        let used: Vec<Vec<char>> = tokens(&self.statement)
            .iter()
            .map(|w| fold(w).chars().collect())
            .collect();
        self.verbs
            .iter()
            .map(String::as_str)
            .filter(|v| {
                let parts: Vec<Vec<char>> = tokens(v)
                    .iter()
                    .map(|p| fold(p).chars().collect())
                    .collect();
                if parts.is_empty() {
                    return false;
                }
                !used
                    .windows(parts.len())
                    .any(|run| run.iter().zip(&parts).all(|(u, p)| same_stem(p, u)))
            })
            .collect()
    }

    pub fn toggle_verb(&mut self, word: &str) {
        match self.verbs.iter().position(|v| v.eq_ignore_ascii_case(word)) {
            Some(i) => {
                self.verbs.remove(i);
            }
            None => self.verbs.push(word.to_string()),
        }
    }
}

/// Turkish verb endings, folded (no accents, one i): what follows a verb's
/// stem in its forms ("çöz" → "çözeriz", "dinle" → "dinleriz", "eder" →
/// "ederiz"). No English or Italian verb is a three-letter word these
/// endings extend, so the check needs no language.
const VERB_ENDINGS: &[&str] = &[
    "eriz", "ariz", "iriz", "uruz", "riz", "ruz", "iz", "uz", "er", "ar", "ir", "ur", "r",
    "ecegiz", "acagiz", "iyoruz", "uyoruz", "yoruz",
];

/// Two words share a stem when:
/// - one begins with the other (at least three letters) and what follows
///   is a Turkish verb ending ("çöz" and "çözeriz"), or one letter after
///   at least four ("deliver" and "delivers");
/// - or they agree on all but their last three letters (at least four:
///   "consigliamo" and "consigliare").
///
/// Other words under five letters must be the same: "con" is not a form
/// of "consegniamo", nor "all" of "allow".
fn same_stem(a: &[char], b: &[char]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.len() >= 3 && long.starts_with(short) {
        let rest: String = long[short.len()..].iter().collect();
        let rest_len = long.len() - short.len();
        if (short.len() >= 4 && rest_len <= 1) || VERB_ENDINGS.contains(&rest.as_str()) {
            return true;
        }
    }
    if short.len() < 5 {
        return a == b;
    }
    let n = (short.len() - 3).max(4);
    a[..n] == b[..n]
}

/// A word folded for comparing: lower case, no accents, every Turkish i the
/// same letter.
fn fold(w: &str) -> String {
    crate::kernel::text::fold(w)
}

/// The words of a text in order, as written, split where a word ends.
fn tokens(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'))
        .map(|w| w.trim_matches(|c: char| c == '\'' || c == '’' || c == '-'))
        .filter(|w| !w.is_empty())
        .collect()
}

/// Whether a word is a form of a verb that makes one verb with the word
/// before it: Turkish "etmek", "olmak", "yapmak", "kılmak" ("tavsiye eder",
/// "yardım ederiz", "memnun kalır" is not one: "kalır" is a verb of its
/// own). No English or Italian word has these forms, so the check needs no
/// language.
fn joins_the_word_before(word: &str) -> bool {
    const FORMS: [&str; 16] = [
        "eder", "ediyor", "edecek", "edelim", "edin", "eden", "etmek", "etme", "etti", "ederek",
        "olur", "oluyor", "olmak", "yapar", "yapıyor", "kılar",
    ];
    let w = word.to_lowercase();
    FORMS.iter().any(|f| w.starts_with(f)) && !matches!(w.as_str(), "edinme" | "edinmek")
}

/// The words of a summary, once each, in order: what the user picks the
/// verbs from (any language; no dictionary needed). A Turkish verb made of
/// two words ("tavsiye eder") is one.
pub fn words(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let all = tokens(text);
    let mut i = 0;
    while i < all.len() {
        let w = all[i];
        i += 1;
        if w.chars().count() < 3 || w.chars().all(|c| c.is_numeric()) {
            continue;
        }
        let word = match all.get(i) {
            Some(next) if joins_the_word_before(next) => {
                i += 1;
                format!("{w} {next}")
            }
            _ => w.to_string(),
        };
        if !out.iter().any(|o| o.to_lowercase() == word.to_lowercase()) {
            out.push(word);
        }
    }
    out
}

/// The seed's example of a concise vision (McDonald's).
pub const EXAMPLE_VISION: K = K::ExampleVision;

// ---- service goals ------------------------------------------------------

/// What a goal measures: the seed's four, or the user's own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Measure {
    /// The time within which every call to the service centre is answered.
    AnswerTime,
    /// The share of products returned.
    ReturnRate,
    /// The share of complaining customers satisfied with the handling.
    SatisfiedShare,
    /// The share of complaining customers who buy again.
    BoughtAgainShare,
    #[default]
    Own,
}

impl Measure {
    pub const SEED: [Measure; 4] = [
        Measure::AnswerTime,
        Measure::ReturnRate,
        Measure::SatisfiedShare,
        Measure::BoughtAgainShare,
    ];

    /// The unit and direction the seed's goals come with.
    pub fn defaults(self) -> (Unit, Direction) {
        match self {
            Measure::AnswerTime => (Unit::Seconds, Direction::AtMost),
            Measure::ReturnRate => (Unit::Percent, Direction::AtMost),
            Measure::SatisfiedShare | Measure::BoughtAgainShare => {
                (Unit::Percent, Direction::AtLeast)
            }
            Measure::Own => (Unit::Count, Direction::AtLeast),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    Percent,
    Seconds,
    Minutes,
    Hours,
    Days,
    #[default]
    Count,
    Money,
}

impl Unit {
    pub const ALL: [Unit; 7] = [
        Unit::Percent,
        Unit::Seconds,
        Unit::Minutes,
        Unit::Hours,
        Unit::Days,
        Unit::Count,
        Unit::Money,
    ];
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// The goal is met at or below the target (waiting, returns).
    AtMost,
    /// The goal is met at or above the target (satisfied, bought again).
    #[default]
    AtLeast,
}

/// The time a goal is measured over, ending today.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Cadence {
    #[default]
    Month,
    Quarter,
    Year,
}

impl Cadence {
    pub fn start(self, today: NaiveDate) -> NaiveDate {
        let months = match self {
            Cadence::Month => 1,
            Cadence::Quarter => 3,
            Cadence::Year => 12,
        };
        today
            .checked_sub_months(Months::new(months))
            .and_then(|d| d.checked_add_days(Days::new(1)))
            .unwrap_or(today)
    }
}

/// A measurable service goal.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Goal {
    #[serde(default)]
    pub measure: Measure,
    /// The user's words (required for their own goals; the seed's have one).
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub unit: Unit,
    #[serde(default)]
    pub direction: Direction,
    /// In the goal's unit: percent as 0 to 100, seconds, days…
    #[serde(default)]
    pub target: Option<f64>,
    #[serde(default)]
    pub cadence: Cadence,
    /// The value the user entered, used when the workbook cannot compute it.
    #[serde(default)]
    pub actual: Option<f64>,
    /// The top problem this goal addresses.
    #[serde(default)]
    pub problem: Option<Uuid>,
    #[serde(default)]
    pub note: String,
}

impl Goal {
    pub fn seed(measure: Measure) -> Goal {
        let (unit, direction) = measure.defaults();
        Goal {
            measure,
            unit,
            direction,
            ..Goal::default()
        }
    }
}

/// Where an actual value comes from.
#[derive(Debug, Clone, PartialEq)]
pub enum Basis {
    /// From the complaint log: how many complaints had an answer.
    Complaints { known: usize },
    /// From the month's figures ("YYYY-MM").
    Month(crate::listen::inputs::Period),
    /// Entered by the user.
    Entered,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Actual {
    pub value: f64,
    pub basis: Basis,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    Met,
    Missed,
    /// No target, or no value to compare.
    Unknown,
}

/// The goal's actual value: computed where the workbook has the data (the
/// complaint log, the monthly figures), else what the user entered.
pub fn actual(goal: &Goal, wb: Heard, now: DateTime<Utc>, offset_minutes: i32) -> Option<Actual> {
    let today = local_date(now, offset_minutes);
    let computed = match goal.measure {
        Measure::AnswerTime => {
            let (months, _) = by_period(wb.supplier_figures);
            months.iter().rev().find_map(|r| {
                let secs = f64::from(r.data.avg_wait_seconds?);
                Some(Actual {
                    value: from_seconds(secs, goal.unit),
                    basis: Basis::Month(r.data.period),
                })
            })
        }
        Measure::ReturnRate => {
            let (months, _) = by_period(wb.operations);
            months.iter().rev().find_map(|r| {
                Some(Actual {
                    value: r.data.return_rate()? * 100.0,
                    basis: Basis::Month(r.data.period),
                })
            })
        }
        Measure::SatisfiedShare | Measure::BoughtAgainShare => {
            let start = goal.cadence.start(today);
            let f = figures(
                wb.complaints
                    .live()
                    .map(|r| &r.data)
                    .filter(|c| local_date(c.received, offset_minutes) >= start),
                now,
            );
            let (share, known) = if goal.measure == Measure::SatisfiedShare {
                (f.satisfied_share, f.satisfied_known)
            } else {
                (f.bought_again_share, f.bought_again_known)
            };
            share.map(|s| Actual {
                value: s * 100.0,
                basis: Basis::Complaints { known },
            })
        }
        Measure::Own => None,
    };
    computed.or_else(|| {
        goal.actual.map(|value| Actual {
            value,
            basis: Basis::Entered,
        })
    })
}

fn from_seconds(secs: f64, unit: Unit) -> f64 {
    match unit {
        Unit::Minutes => secs / 60.0,
        Unit::Hours => secs / 3600.0,
        Unit::Days => secs / 86_400.0,
        _ => secs,
    }
}

/// Whether the actual value meets the target.
pub fn standing(goal: &Goal, actual: Option<&Actual>) -> Standing {
    match (goal.target, actual) {
        (Some(target), Some(a)) => {
            let met = match goal.direction {
                Direction::AtMost => a.value <= target + 1e-9,
                Direction::AtLeast => a.value + 1e-9 >= target,
            };
            if met {
                Standing::Met
            } else {
                Standing::Missed
            }
        }
        _ => Standing::Unknown,
    }
}

/// Why a goal cannot be saved as it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GoalInvalid {
    NoTitle,
    NoTarget,
    PercentOutOfRange,
}

impl Goal {
    pub fn validate(&self) -> Vec<GoalInvalid> {
        let mut out = Vec::new();
        if self.measure == Measure::Own && self.title.trim().is_empty() {
            out.push(GoalInvalid::NoTitle);
        }
        match self.target {
            None => out.push(GoalInvalid::NoTarget),
            Some(t) if !t.is_finite() || t < 0.0 => out.push(GoalInvalid::NoTarget),
            Some(t) if self.unit == Unit::Percent && t > 100.0 => {
                out.push(GoalInvalid::PercentOutOfRange)
            }
            _ => {}
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::book::workbook::Workbook;
    use crate::listen::complaints::{Answer, Complaint};
    use crate::listen::inputs::{Operations, Period, SupplierFigures};
    use chrono::TimeZone;

    fn at(s: i64) -> DateTime<Utc> {
        Utc.timestamp_opt(1_760_000_000 + s, 0).unwrap()
    }

    #[test]
    fn the_five_steps_count_as_they_are_filled() {
        let mut d = VisionDraft::default();
        assert_eq!(d.steps_done(), 0);
        d.successes = vec!["".into(), "Known in town for advice".into()];
        d.summary = "We advise, we deliver on time".into();
        assert_eq!(d.steps_done(), 2);
        d.reasons = vec!["  ".into()];
        assert_eq!(d.steps_done(), 2, "blank lines do not count");
        d.statement = "Advise well, deliver on time.".into();
        assert_eq!(d.steps_done(), 3);
    }

    #[test]
    fn verbs_are_picked_from_the_summary_words() {
        let w = words("We advise every customer, we deliver on time; we advise again! 2026");
        assert_eq!(
            w,
            vec!["advise", "every", "customer", "deliver", "time", "again"]
        );
        assert_eq!(
            words("L'azienda consiglia, ripara e consegna")[0],
            "L'azienda"
        );
        assert_eq!(
            words("Müşteriyi dinler, çözer ve güler"),
            vec!["Müşteriyi", "dinler", "çözer", "güler"]
        );
        let mut d = VisionDraft::default();
        d.toggle_verb("advise");
        d.toggle_verb("deliver");
        d.toggle_verb("Advise");
        assert_eq!(d.verbs, vec!["deliver"]);
        d.toggle_verb("listen");
        d.statement = "We deliver what we promise.".into();
        assert_eq!(d.verbs_unused(), vec!["listen"]);
        let it = VisionDraft {
            verbs: vec![
                "Consigliamo".into(),
                "consegniamo".into(),
                "risolviamo".into(),
                "ascoltiamo".into(),
            ],
            statement: "Consigliare con onestà, consegnare in tempo, risolvere oggi.".into(),
            ..VisionDraft::default()
        };
        assert_eq!(
            it.verbs_unused(),
            vec!["ascoltiamo"],
            "other forms of the same verb count"
        );
    }

    #[test]
    fn a_turkish_verb_of_two_words_is_one_chip() {
        assert_eq!(
            words("Müşterilere tavsiye eder, sorunları çözer ve yardım ederiz."),
            vec![
                "Müşterilere",
                "tavsiye eder",
                "sorunları",
                "çözer",
                "yardım ederiz"
            ]
        );
        // Picked once, it is one verb, found in another form of both words.
        let d = VisionDraft {
            verbs: vec!["tavsiye eder".into(), "yardım ederiz".into()],
            statement: "Dürüstçe tavsiye ederiz.".into(),
            ..VisionDraft::default()
        };
        assert_eq!(d.verbs_unused(), vec!["yardım ederiz"]);
        // Both words must be there, one after the other.
        let apart = VisionDraft {
            verbs: vec!["tavsiye eder".into()],
            statement: "Tavsiye veririz, yardım ederiz.".into(),
            ..VisionDraft::default()
        };
        assert_eq!(apart.verbs_unused(), vec!["tavsiye eder"]);
    }

    #[test]
    fn a_turkish_verb_matches_every_word_its_stem_begins() {
        // "çöz" is in "çözeriz", "çözeriz" starts with it: the verb is used.
        let short = VisionDraft {
            verbs: vec!["çöz".into(), "dinle".into()],
            statement: "Sorunları hemen çözeriz, müşteriyi dinleriz.".into(),
            ..VisionDraft::default()
        };
        assert!(short.verbs_unused().is_empty());
        let long = VisionDraft {
            verbs: vec!["çözeriz".into(), "DİNLERİZ".into(), "güleriz".into()],
            statement: "Çöz, dinle.".into(),
            ..VisionDraft::default()
        };
        assert_eq!(long.verbs_unused(), vec!["güleriz"]);
        // Under three letters, a word must be the same.
        assert!(!same_stem(&['a', 'l'], &['a', 'l', 'l']));
        // Regression (end-to-end "con" and "all"): a short word that begins
        // a verb is not a form of it unless a verb ending follows.
        let chars = |w: &str| w.chars().collect::<Vec<_>>();
        for (a, b) in [
            ("con", "consegniamo"),
            ("all", "allow"),
            ("per", "perdiamo"),
        ] {
            assert!(!same_stem(&chars(a), &chars(b)), "{a} / {b}");
            assert!(!same_stem(&chars(b), &chars(a)), "{b} / {a}");
        }
        for (a, b) in [
            ("coz", "cozeriz"),
            ("eder", "ederiz"),
            ("help", "helps"),
            ("cozer", "cozeriz"),
        ] {
            assert!(same_stem(&chars(a), &chars(b)), "{a} / {b}");
        }
    }

    #[test]
    fn goals_are_computed_from_the_workbook_where_it_can() {
        let mut wb = Workbook::default();
        let now = at(0);
        for (i, (sat, again)) in [
            (Answer::Yes, Answer::Yes),
            (Answer::Yes, Answer::No),
            (Answer::No, Answer::Unknown),
            (Answer::Yes, Answer::Unknown),
        ]
        .into_iter()
        .enumerate()
        {
            wb.complaints.insert(
                Complaint {
                    nature: "x".into(),
                    satisfied: sat,
                    bought_again: again,
                    ..Complaint::new(now - chrono::Duration::days(i as i64))
                },
                now,
            );
        }
        // An old complaint outside the month does not count.
        wb.complaints.insert(
            Complaint {
                nature: "old".into(),
                satisfied: Answer::No,
                ..Complaint::new(now - chrono::Duration::days(60))
            },
            now,
        );
        let month = Period::of(now.date_naive());
        wb.operations.insert(
            Operations {
                period: month.previous(),
                sold: Some(200),
                returns: Some(10),
                ..Operations::default()
            },
            now,
        );
        wb.supplier_figures.insert(
            SupplierFigures {
                period: month,
                avg_wait_seconds: Some(150),
                ..SupplierFigures::default()
            },
            now,
        );
        let goal = |m: Measure, target: f64| Goal {
            target: Some(target),
            ..Goal::seed(m)
        };
        let sat = goal(Measure::SatisfiedShare, 70.0);
        let a = actual(&sat, wb.heard(), now, 0).unwrap();
        assert_eq!(a.value, 75.0);
        assert_eq!(a.basis, Basis::Complaints { known: 4 });
        assert_eq!(standing(&sat, Some(&a)), Standing::Met);
        let again = goal(Measure::BoughtAgainShare, 60.0);
        let a = actual(&again, wb.heard(), now, 0).unwrap();
        assert_eq!(
            (a.value, standing(&again, Some(&a))),
            (50.0, Standing::Missed)
        );
        let returns = goal(Measure::ReturnRate, 5.0);
        let a = actual(&returns, wb.heard(), now, 0).unwrap();
        assert_eq!(a.basis, Basis::Month(month.previous()));
        assert_eq!(
            (a.value, standing(&returns, Some(&a))),
            (5.0, Standing::Met),
            "at the target is met"
        );
        let mut wait = goal(Measure::AnswerTime, 2.0);
        wait.unit = Unit::Minutes;
        let a = actual(&wait, wb.heard(), now, 0).unwrap();
        assert_eq!(
            (a.value, standing(&wait, Some(&a))),
            (2.5, Standing::Missed)
        );
    }

    #[test]
    fn without_data_the_entered_value_counts_and_without_it_nothing() {
        let wb = Workbook::default();
        let mut own = Goal {
            title: "Newsletter sign-ups".into(),
            target: Some(40.0),
            ..Goal::seed(Measure::Own)
        };
        assert_eq!(actual(&own, wb.heard(), at(0), 0), None);
        assert_eq!(standing(&own, None), Standing::Unknown);
        own.actual = Some(42.0);
        let a = actual(&own, wb.heard(), at(0), 0).unwrap();
        assert_eq!(
            (a.basis.clone(), standing(&own, Some(&a))),
            (Basis::Entered, Standing::Met)
        );
        let mut sat = Goal::seed(Measure::SatisfiedShare);
        sat.actual = Some(80.0);
        assert_eq!(
            actual(&sat, wb.heard(), at(0), 0).unwrap().basis,
            Basis::Entered,
            "no complaints: the entered value"
        );
    }

    #[test]
    fn goals_need_a_target_and_own_goals_a_title() {
        assert_eq!(
            Goal::seed(Measure::Own).validate(),
            vec![GoalInvalid::NoTitle, GoalInvalid::NoTarget]
        );
        let mut g = Goal::seed(Measure::ReturnRate);
        g.target = Some(120.0);
        assert_eq!(g.validate(), vec![GoalInvalid::PercentOutOfRange]);
        g.target = Some(3.0);
        assert!(g.validate().is_empty());
    }

    #[test]
    fn cadences_end_today() {
        let today = NaiveDate::from_ymd_opt(2026, 3, 31).unwrap();
        assert_eq!(
            Cadence::Month.start(today),
            NaiveDate::from_ymd_opt(2026, 3, 1).unwrap()
        );
        assert_eq!(
            Cadence::Quarter.start(today),
            NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()
        );
        assert_eq!(
            Cadence::Year.start(today),
            NaiveDate::from_ymd_opt(2025, 4, 1).unwrap()
        );
    }
}
