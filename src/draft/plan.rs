//! The rest of the plan (seed 001 part 2, steps 9 to 11; seeds 000 and 002):
//! the rules that cause problems, marked for removal; the staff guidelines
//! for solving a customer's problem; the training plan; the customer
//! profile and needs; support hours and channels, and customer education;
//! and the review cycle.

use crate::i18n::{Lang, K};
use crate::kernel::record::{Collection, Record};
use crate::listen::complaints::Complaint;
use chrono::{DateTime, Months, NaiveDate, NaiveTime, Utc, Weekday};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

// ---- rules in force that cause problems ------------------------------------------

/// What the user decided about a rule the business has today.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum RuleDecision {
    #[default]
    Keep,
    /// Marked for removal (the seed: "if possible, remove them").
    Remove,
    /// Gone.
    Removed,
}

impl RuleDecision {
    pub const ALL: [RuleDecision; 3] = [
        RuleDecision::Keep,
        RuleDecision::Remove,
        RuleDecision::Removed,
    ];
}

/// A rule the business applies today ("no refunds after 14 days"), linked
/// to the complaint categories it gives rise to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Rule {
    #[serde(default)]
    pub text: String,
    /// Complaint categories this rule leads to.
    #[serde(default)]
    pub categories: Vec<String>,
    #[serde(default)]
    pub decision: RuleDecision,
    #[serde(default)]
    pub note: String,
}

/// How many complaints received on or after `since` fall in the rule's
/// categories (compared without case or surrounding spaces).
pub fn rule_complaints<'a>(
    rule: &Rule,
    complaints: impl IntoIterator<Item = &'a Record<Complaint>>,
    since: Option<NaiveDate>,
) -> usize {
    let wanted: Vec<String> = rule
        .categories
        .iter()
        .map(|c| c.trim().to_lowercase())
        .filter(|c| !c.is_empty())
        .collect();
    if wanted.is_empty() {
        return 0;
    }
    complaints
        .into_iter()
        .filter(|r| r.is_live())
        .filter(|r| since.is_none_or(|s| r.data.received.date_naive() >= s))
        .filter(|r| wanted.contains(&r.data.category.trim().to_lowercase()))
        .count()
}

/// The live rules with their complaint counts, the ones causing the most
/// problems first (ties: as entered).
pub fn rules_by_problems(
    rules: &Collection<Rule>,
    complaints: &Collection<Complaint>,
    since: Option<NaiveDate>,
) -> Vec<(Uuid, usize)> {
    let mut out: Vec<(Uuid, usize)> = rules
        .live()
        .map(|r| (r.id, rule_complaints(&r.data, complaints.all(), since)))
        .collect();
    crate::kernel::order::sort_by_key(&mut out, |(_, n)| std::cmp::Reverse(*n));
    out
}

// ---- staff guidelines --------------------------------------------------------------

/// The seed's four steps for solving a customer's problem.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GuideStep {
    Understand,
    Cause,
    Solutions,
    Resolve,
}

pub struct GuideText {
    pub step: GuideStep,
    pub title: K,
    pub text: K,
    pub example: K,
}

/// Seed 001, step 10, in its order.
pub const GUIDE_STEPS: [GuideText; 4] = [
    GuideText {
        step: GuideStep::Understand,
        title: K::GuideUnderstandTitle,
        text: K::GuideUnderstandText,
        example: K::GuideUnderstandExample,
    },
    GuideText {
        step: GuideStep::Cause,
        title: K::GuideCauseTitle,
        text: K::GuideCauseText,
        example: K::GuideCauseExample,
    },
    GuideText {
        step: GuideStep::Solutions,
        title: K::GuideSolutionsTitle,
        text: K::GuideSolutionsText,
        example: K::GuideSolutionsExample,
    },
    GuideText {
        step: GuideStep::Resolve,
        title: K::GuideResolveTitle,
        text: K::GuideResolveText,
        example: K::GuideResolveExample,
    },
];

pub fn guide_text(step: GuideStep) -> &'static GuideText {
    GUIDE_STEPS
        .iter()
        .find(|g| g.step == step)
        .expect("every step has its text")
}

/// The user's version of one step. Empty fields mean "the seed's text".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Guideline {
    pub step: GuideStep,
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub example: String,
}

/// Each step has the same id in every copy, so colleagues' edits of one
/// step merge as one record.
pub fn guide_id(step: GuideStep) -> Uuid {
    let n = GUIDE_STEPS
        .iter()
        .position(|g| g.step == step)
        .expect("a known step") as u128;
    Uuid::from_u128(0x5e7c_0b00_c000_4000_8000_0000_0001_0000 | (n + 1))
}

/// The step as the business uses it: the user's words, or the seed's in
/// `lang` where the user left a field empty. The flag says whether the
/// user changed anything.
pub fn guideline(
    guidelines: &Collection<Guideline>,
    step: GuideStep,
    lang: Lang,
) -> (String, String, bool) {
    let seed = guide_text(step);
    let own = guidelines.get(guide_id(step)).filter(|r| r.is_live());
    let pick = |mine: Option<&String>, theirs: &str| match mine {
        Some(s) if !s.trim().is_empty() => s.clone(),
        _ => theirs.to_string(),
    };
    let changed =
        own.is_some_and(|r| !r.data.text.trim().is_empty() || !r.data.example.trim().is_empty());
    (
        pick(own.map(|r| &r.data.text), seed.text.in_lang(lang)),
        pick(own.map(|r| &r.data.example), seed.example.in_lang(lang)),
        changed,
    )
}

/// Changes the user's version of `step`, creating it (with its fixed id)
/// or bringing it back from the trash first.
pub fn edit_guideline(
    guidelines: &mut Collection<Guideline>,
    step: GuideStep,
    at: DateTime<Utc>,
    change: impl FnOnce(&mut Guideline),
) {
    let id = guide_id(step);
    let restored = guidelines.ensure_fixed(id, at, || Guideline {
        step,
        text: String::new(),
        example: String::new(),
    });
    if restored {
        // Back to the original wording, then edited again: start from the
        // seed, not from the words that were put aside.
        guidelines.update(id, at, |g| {
            g.text.clear();
            g.example.clear();
        });
    }
    guidelines.update(id, at, change);
}

// ---- training -----------------------------------------------------------------------

/// Seed 001, step 11: a mandatory meeting to present the plan, training in
/// regular meetings, and workshops for specific skills.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum TrainingKind {
    /// The mandatory meeting that presents the plan and its purpose.
    KickOff,
    /// Training as part of a regular meeting.
    #[default]
    Meeting,
    /// A workshop for a specific skill (resolving complaints, say).
    Workshop,
}

impl TrainingKind {
    pub const ALL: [TrainingKind; 3] = [
        TrainingKind::KickOff,
        TrainingKind::Meeting,
        TrainingKind::Workshop,
    ];
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Training {
    #[serde(default)]
    pub kind: TrainingKind,
    #[serde(default, deserialize_with = "crate::kernel::bounds::opt_date")]
    pub date: Option<NaiveDate>,
    #[serde(default)]
    pub topic: String,
    /// Who attends, as the user writes it ("all staff", names).
    #[serde(default)]
    pub attendees: String,
    #[serde(default)]
    pub held: bool,
    #[serde(default)]
    pub notes: String,
}

/// The training sessions in date order (undated last, as entered).
pub fn training_in_order(training: &Collection<Training>) -> Vec<&Record<Training>> {
    let mut out: Vec<&Record<Training>> = training.live().collect();
    crate::kernel::order::sort_by_key(&mut out, |r| (r.data.date.is_none(), r.data.date));
    out
}

/// Whether the mandatory kick-off meeting is planned or held.
pub fn has_kick_off(training: &Collection<Training>) -> bool {
    training
        .live()
        .any(|r| r.data.kind == TrainingKind::KickOff)
}

/// The next session not yet held, on or after `today`.
pub fn next_training(
    training: &Collection<Training>,
    today: NaiveDate,
) -> Option<&Record<Training>> {
    training_in_order(training)
        .into_iter()
        .find(|r| !r.data.held && r.data.date.is_some_and(|d| d >= today))
}

// ---- customer profile and needs (seeds 000, 002) -------------------------------------

/// The average customer, and what they need.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct CustomerProfile {
    #[serde(default)]
    pub location: String,
    #[serde(default)]
    pub education: String,
    #[serde(default)]
    pub gender: String,
    #[serde(default)]
    pub age: String,
    #[serde(default)]
    pub other: String,
    /// Needs: how the product must perform.
    #[serde(default)]
    pub performance: String,
    /// Needs: the interaction with support staff.
    #[serde(default)]
    pub support: String,
    #[serde(default)]
    pub price: String,
    #[serde(default)]
    pub durability: String,
}

impl CustomerProfile {
    /// How many of the nine fields hold something.
    pub fn filled(&self) -> usize {
        [
            &self.location,
            &self.education,
            &self.gender,
            &self.age,
            &self.other,
            &self.performance,
            &self.support,
            &self.price,
            &self.durability,
        ]
        .iter()
        .filter(|s| !s.trim().is_empty())
        .count()
    }
}

// ---- support hours and channels ----------------------------------------------------

/// One weekday's hours when staff answer in real time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayHours {
    pub open: bool,
    pub from: NaiveTime,
    pub to: NaiveTime,
}

impl DayHours {
    pub fn office(open: bool) -> DayHours {
        DayHours {
            open,
            from: NaiveTime::from_hms_opt(9, 0, 0).expect("a time"),
            to: NaiveTime::from_hms_opt(18, 0, 0).expect("a time"),
        }
    }

    /// Hours staffed that day (0 when closed or the times are reversed).
    pub fn hours(&self) -> f64 {
        if !self.open || self.to <= self.from {
            return 0.0;
        }
        (self.to - self.from).num_minutes() as f64 / 60.0
    }
}

/// When a channel serves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Reach {
    /// In real time, during the hours.
    #[default]
    InHours,
    /// Outside the hours: the message is answered later.
    OffHours,
    /// Both.
    Always,
}

impl Reach {
    pub const ALL: [Reach; 3] = [Reach::InHours, Reach::OffHours, Reach::Always];
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum ChannelKind {
    #[default]
    Phone,
    Shop,
    Chat,
    Email,
    Messaging,
    Social,
    Other,
}

impl ChannelKind {
    pub const ALL: [ChannelKind; 7] = [
        ChannelKind::Phone,
        ChannelKind::Shop,
        ChannelKind::Chat,
        ChannelKind::Email,
        ChannelKind::Messaging,
        ChannelKind::Social,
        ChannelKind::Other,
    ];
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct SupportChannel {
    #[serde(default)]
    pub kind: ChannelKind,
    /// The number, address or page, or the name of an "other" channel.
    #[serde(default)]
    pub detail: String,
    #[serde(default)]
    pub reach: Reach,
}

/// Support availability and customer education.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Support {
    /// Monday first.
    pub hours: [DayHours; 7],
    #[serde(default)]
    pub channels: Vec<SupportChannel>,
    /// Self-help for basic troubleshooting.
    #[serde(default)]
    pub self_help: String,
    /// How a customer gets help.
    #[serde(default)]
    pub get_help: String,
    /// The user changed or confirmed the hours: until then they are a
    /// suggestion (see [`Support::hours_entered`]).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub hours_confirmed: bool,
    /// What the business tells its customers, in its words, for the page
    /// for customers (`draft::customer_page`).
    #[serde(default, skip_serializing_if = "CustomerTerms::is_empty")]
    pub terms: CustomerTerms,
}

/// The business's terms as its customers read them: written for them,
/// unlike the policy points (instructions to the staff). Each is left out
/// of the page for customers while empty.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct CustomerTerms {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub returns: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub shipping: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub payment: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub guarantees: String,
    /// How to make a complaint.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub complain: String,
    /// The address, phone, e-mail, website: as the customer should see it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub contact: String,
}

impl CustomerTerms {
    /// Nothing typed at all (then the file leaves the terms out).
    pub fn is_empty(&self) -> bool {
        [
            &self.returns,
            &self.shipping,
            &self.payment,
            &self.guarantees,
            &self.complain,
            &self.contact,
        ]
        .iter()
        .all(|s| s.is_empty())
    }
}

impl Support {
    /// Whether the hours are the user's: changed from the suggestion, or
    /// confirmed as they are. Only then does a document state them.
    pub fn hours_entered(&self) -> bool {
        self.hours_confirmed || self.hours != Support::default().hours
    }
}

impl Default for Support {
    /// A suggestion to start from: Monday to Friday in office hours.
    fn default() -> Support {
        Support {
            hours: std::array::from_fn(|i| DayHours::office(i < 5)),
            channels: Vec::new(),
            self_help: String::new(),
            get_help: String::new(),
            hours_confirmed: false,
            terms: CustomerTerms::default(),
        }
    }
}

/// Monday first, as `Support::hours`.
pub const WEEK: [Weekday; 7] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];

/// Consecutive days with the same hours, for a short description:
/// `(first day, last day, hours)`; closed days are left out.
pub fn hour_spans(hours: &[DayHours; 7]) -> Vec<(Weekday, Weekday, NaiveTime, NaiveTime)> {
    let mut out: Vec<(Weekday, Weekday, NaiveTime, NaiveTime)> = Vec::new();
    let mut prev: Option<usize> = None;
    for (i, d) in hours.iter().enumerate() {
        if !d.open || d.to <= d.from {
            prev = None;
            continue;
        }
        match (prev, out.last_mut()) {
            (Some(p), Some(last)) if p + 1 == i && last.2 == d.from && last.3 == d.to => {
                last.1 = WEEK[i];
            }
            _ => out.push((WEEK[i], WEEK[i], d.from, d.to)),
        }
        prev = Some(i);
    }
    out
}

/// Hours staffed in a week.
pub fn weekly_hours(hours: &[DayHours; 7]) -> f64 {
    hours.iter().map(DayHours::hours).sum()
}

/// Days whose closing time is not after the opening time.
pub fn reversed_days(hours: &[DayHours; 7]) -> Vec<Weekday> {
    hours
        .iter()
        .enumerate()
        .filter(|(_, d)| d.open && d.to <= d.from)
        .map(|(i, _)| WEEK[i])
        .collect()
}

/// Whether a customer can reach someone outside the hours (a channel that
/// serves off hours or always).
pub fn covers_off_hours(support: &Support) -> bool {
    support
        .channels
        .iter()
        .any(|c| matches!(c.reach, Reach::OffHours | Reach::Always))
}

// ---- the review cycle ------------------------------------------------------------------

/// One review of the plan: when, what changed, and when the next is due.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Review {
    #[serde(deserialize_with = "crate::kernel::bounds::date")]
    pub on: NaiveDate,
    #[serde(default)]
    pub changed: String,
    #[serde(default, deserialize_with = "crate::kernel::bounds::opt_date")]
    pub next: Option<NaiveDate>,
}

/// Months to the next review unless the user picks another date.
pub const REVIEW_MONTHS: u32 = 6;

/// `on` plus [`REVIEW_MONTHS`]; `on` itself where that would leave the
/// years a file may hold (the form then asks for a later date).
pub fn default_next(on: NaiveDate) -> NaiveDate {
    on.checked_add_months(Months::new(REVIEW_MONTHS))
        .and_then(crate::kernel::bounds::checked_date)
        .unwrap_or(on)
}

/// Where the review cycle stands today.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReviewStatus {
    /// No review recorded yet.
    Never,
    /// The last review set no next date.
    NoNextDate {
        last: NaiveDate,
    },
    Due {
        last: NaiveDate,
        since: NaiveDate,
    },
    Scheduled {
        last: NaiveDate,
        next: NaiveDate,
    },
}

/// The reviews, most recent first (by date, then by when they were written).
pub fn reviews_newest_first(reviews: &Collection<Review>) -> Vec<&Record<Review>> {
    let mut out: Vec<&Record<Review>> = reviews.live().collect();
    crate::kernel::order::sort_by_key(&mut out, |r| std::cmp::Reverse((r.data.on, r.created)));
    out
}

pub fn review_status(reviews: &Collection<Review>, today: NaiveDate) -> ReviewStatus {
    let Some(last) = reviews_newest_first(reviews).into_iter().next() else {
        return ReviewStatus::Never;
    };
    match last.data.next {
        None => ReviewStatus::NoNextDate { last: last.data.on },
        Some(next) if next <= today => ReviewStatus::Due {
            last: last.data.on,
            since: next,
        },
        Some(next) => ReviewStatus::Scheduled {
            last: last.data.on,
            next,
        },
    }
}

/// A review date cannot be in the future, and the next one must follow it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReviewInvalid {
    InFuture,
    NextNotAfter,
}

/// A file's review: the next date must follow it. (A date in the future
/// depends on the day and the clock of who reads it, so it is not refused.)
/// Dates out of order are accepted on import: the form asks to fix them.
impl crate::kernel::record::FormRules for Review {}

pub fn validate_review(review: &Review, today: NaiveDate) -> Vec<ReviewInvalid> {
    let mut out = Vec::new();
    if review.on > today {
        out.push(ReviewInvalid::InFuture);
    }
    if review.next.is_some_and(|n| n <= review.on) {
        out.push(ReviewInvalid::NextNotAfter);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::listen::complaints::Complaint;
    use chrono::TimeZone;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn at(s: i64) -> DateTime<Utc> {
        Utc.timestamp_opt(1_760_000_000 + s, 0).unwrap()
    }

    fn t(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    fn complaints(list: &[(&str, NaiveDate)]) -> Collection<Complaint> {
        let mut c = Collection::default();
        for (i, (cat, on)) in list.iter().enumerate() {
            c.insert(
                Complaint {
                    category: (*cat).into(),
                    received: on.and_hms_opt(10, 0, 0).unwrap().and_utc(),
                    ..Complaint::default()
                },
                at(i as i64),
            );
        }
        c
    }

    #[test]
    fn the_default_next_review_stays_within_the_years_a_file_holds() {
        let late = NaiveDate::from_ymd_opt(9999, 10, 1).unwrap();
        assert_eq!(default_next(late), late);
        assert_eq!(default_next(NaiveDate::MAX), NaiveDate::MAX);
        let on = NaiveDate::from_ymd_opt(2026, 8, 31).unwrap();
        assert_eq!(
            default_next(on),
            NaiveDate::from_ymd_opt(2027, 2, 28).unwrap()
        );
    }

    #[test]
    fn a_rule_counts_the_complaints_in_its_categories_since_a_date() {
        let log = complaints(&[
            ("Late delivery", day(2026, 1, 5)),
            ("late delivery ", day(2026, 9, 5)),
            ("Broken item", day(2026, 9, 6)),
            ("Wrong size", day(2026, 9, 7)),
        ]);
        let rule = Rule {
            text: "Deliveries only on Tuesdays".into(),
            categories: vec!["Late delivery".into(), "Wrong size".into()],
            ..Rule::default()
        };
        assert_eq!(rule_complaints(&rule, log.all(), None), 3);
        assert_eq!(rule_complaints(&rule, log.all(), Some(day(2026, 6, 1))), 2);
        let none = Rule::default();
        assert_eq!(rule_complaints(&none, log.all(), None), 0);
    }

    #[test]
    fn trashed_complaints_do_not_count_against_a_rule() {
        let mut log = complaints(&[("Broken item", day(2026, 9, 6))]);
        let id = log.all()[0].id;
        let rule = Rule {
            categories: vec!["Broken item".into()],
            ..Rule::default()
        };
        assert_eq!(rule_complaints(&rule, log.all(), None), 1);
        log.trash(id, at(100));
        assert_eq!(rule_complaints(&rule, log.all(), None), 0);
    }

    #[test]
    fn rules_are_listed_by_the_problems_they_cause() {
        let log = complaints(&[
            ("A", day(2026, 9, 1)),
            ("B", day(2026, 9, 1)),
            ("B", day(2026, 9, 2)),
        ]);
        let mut rules = Collection::default();
        let a = rules.insert(
            Rule {
                categories: vec!["A".into()],
                ..Rule::default()
            },
            at(1),
        );
        let b = rules.insert(
            Rule {
                categories: vec!["B".into()],
                ..Rule::default()
            },
            at(2),
        );
        let c = rules.insert(Rule::default(), at(3));
        assert_eq!(
            rules_by_problems(&rules, &log, None),
            vec![(b, 2), (a, 1), (c, 0)]
        );
    }

    #[test]
    fn a_guideline_falls_back_to_the_seed_in_the_language_asked() {
        let mut g = Collection::default();
        let (text, example, changed) = guideline(&g, GuideStep::Understand, Lang::It);
        assert!(text.starts_with("Lascia che il cliente finisca"));
        assert!(example.contains("Ricapitolando"));
        assert!(!changed);
        edit_guideline(&mut g, GuideStep::Understand, at(1), |s| {
            s.text = "Ascolta fino in fondo.".into()
        });
        let (text, example, changed) = guideline(&g, GuideStep::Understand, Lang::It);
        assert_eq!(text, "Ascolta fino in fondo.");
        assert!(
            example.contains("Ricapitolando"),
            "the example stays the seed's"
        );
        assert!(changed);
        // The other steps are untouched.
        assert!(!guideline(&g, GuideStep::Resolve, Lang::En).2);
    }

    #[test]
    fn two_copies_editing_one_step_merge_as_one_record() {
        let mut a = Collection::default();
        let mut b = Collection::default();
        edit_guideline(&mut a, GuideStep::Cause, at(1), |s| s.text = "mine".into());
        edit_guideline(&mut b, GuideStep::Cause, at(2), |s| {
            s.text = "theirs".into()
        });
        a.merge_from(&b);
        assert_eq!(a.live().count(), 1);
        assert_eq!(guideline(&a, GuideStep::Cause, Lang::En).0, "theirs");
        let ids: std::collections::HashSet<Uuid> =
            GUIDE_STEPS.iter().map(|g| guide_id(g.step)).collect();
        assert_eq!(ids.len(), 4);
        assert!(!ids.contains(&crate::draft::policy::point_id(
            crate::draft::policy::PointKey::Overview
        )));
    }

    #[test]
    fn a_guideline_edited_after_a_reset_starts_from_the_seed() {
        let mut g = Collection::default();
        edit_guideline(&mut g, GuideStep::Solutions, at(1), |s| s.text = "x".into());
        g.trash(guide_id(GuideStep::Solutions), at(2));
        assert!(!guideline(&g, GuideStep::Solutions, Lang::En).2);
        edit_guideline(&mut g, GuideStep::Solutions, at(3), |s| {
            s.example = "y".into()
        });
        let (text, example, _) = guideline(&g, GuideStep::Solutions, Lang::En);
        assert_eq!(example, "y");
        assert!(
            text.starts_with("Ask the customer for ideas first"),
            "the put-aside words stay aside: {text}"
        );
    }

    #[test]
    fn the_guidelines_have_every_text_in_three_languages() {
        for g in &GUIDE_STEPS {
            for key in [g.title, g.text, g.example] {
                assert!(Lang::ALL
                    .iter()
                    .all(|lang| !key.in_lang(*lang).trim().is_empty()));
            }
        }
    }

    #[test]
    fn training_is_listed_by_date_and_the_kick_off_is_found() {
        let mut tr = Collection::default();
        assert!(!has_kick_off(&tr));
        let w = tr.insert(
            Training {
                kind: TrainingKind::Workshop,
                date: Some(day(2026, 12, 10)),
                ..Training::default()
            },
            at(1),
        );
        let undated = tr.insert(Training::default(), at(2));
        let k = tr.insert(
            Training {
                kind: TrainingKind::KickOff,
                date: Some(day(2026, 11, 2)),
                held: true,
                ..Training::default()
            },
            at(3),
        );
        assert!(has_kick_off(&tr));
        let order: Vec<Uuid> = training_in_order(&tr).iter().map(|r| r.id).collect();
        assert_eq!(order, vec![k, w, undated]);
        assert_eq!(next_training(&tr, day(2026, 11, 24)).map(|r| r.id), Some(w));
        assert_eq!(next_training(&tr, day(2026, 12, 11)).map(|r| r.id), None);
    }

    /// Regression (issue 17): a new workbook's suggested hours were
    /// printed in the policy document as the business's own.
    #[test]
    fn suggested_hours_are_the_users_only_once_changed_or_confirmed() {
        let mut s = Support::default();
        assert!(!s.hours_entered(), "the suggestion is not entered");
        s.channels.push(SupportChannel::default());
        assert!(!s.hours_entered(), "a channel does not confirm the hours");
        let mut changed = s.clone();
        changed.hours[5].open = true;
        assert!(changed.hours_entered());
        let mut confirmed = s.clone();
        confirmed.hours_confirmed = true;
        assert!(confirmed.hours_entered());
        // An older file has no flag: its hours are entered when they differ
        // from the suggestion, and the flag is written only when set.
        let old: Support = serde_json::from_str(&serde_json::to_string(&changed).unwrap()).unwrap();
        assert!(old.hours_entered());
        assert!(!serde_json::to_string(&s)
            .unwrap()
            .contains("hours_confirmed"));
        assert!(serde_json::to_string(&confirmed)
            .unwrap()
            .contains("\"hours_confirmed\":true"));
    }

    #[test]
    fn hours_group_consecutive_equal_days() {
        let mut s = Support::default();
        assert_eq!(
            hour_spans(&s.hours),
            vec![(Weekday::Mon, Weekday::Fri, t(9, 0), t(18, 0))]
        );
        assert_eq!(weekly_hours(&s.hours), 45.0);
        s.hours[5] = DayHours {
            open: true,
            from: t(9, 0),
            to: t(13, 0),
        };
        s.hours[2].open = false;
        assert_eq!(
            hour_spans(&s.hours),
            vec![
                (Weekday::Mon, Weekday::Tue, t(9, 0), t(18, 0)),
                (Weekday::Thu, Weekday::Fri, t(9, 0), t(18, 0)),
                (Weekday::Sat, Weekday::Sat, t(9, 0), t(13, 0)),
            ]
        );
        assert_eq!(weekly_hours(&s.hours), 40.0);
        s.hours[6] = DayHours {
            open: true,
            from: t(18, 0),
            to: t(9, 0),
        };
        assert_eq!(reversed_days(&s.hours), vec![Weekday::Sun]);
        assert_eq!(
            weekly_hours(&s.hours),
            40.0,
            "a reversed day counts no hours"
        );
    }

    #[test]
    fn off_hours_cover_needs_a_channel_that_serves_then() {
        let mut s = Support::default();
        assert!(!covers_off_hours(&s));
        s.channels.push(SupportChannel {
            kind: ChannelKind::Phone,
            reach: Reach::InHours,
            ..SupportChannel::default()
        });
        assert!(!covers_off_hours(&s));
        s.channels.push(SupportChannel {
            kind: ChannelKind::Email,
            reach: Reach::OffHours,
            ..SupportChannel::default()
        });
        assert!(covers_off_hours(&s));
    }

    #[test]
    fn support_round_trips_through_json() {
        let mut s = Support::default();
        s.channels.push(SupportChannel {
            kind: ChannelKind::Chat,
            detail: "site".into(),
            reach: Reach::Always,
        });
        let json = serde_json::to_string(&s).unwrap();
        assert!(json.contains("\"from\":\"09:00:00\""), "{json}");
        assert_eq!(serde_json::from_str::<Support>(&json).unwrap(), s);
    }

    #[test]
    fn the_review_cycle_is_due_on_its_next_date() {
        let mut r = Collection::default();
        let today = day(2026, 11, 24);
        assert_eq!(review_status(&r, today), ReviewStatus::Never);
        r.insert(
            Review {
                on: day(2026, 1, 10),
                changed: "first".into(),
                next: Some(day(2026, 7, 10)),
            },
            at(1),
        );
        assert_eq!(
            review_status(&r, today),
            ReviewStatus::Due {
                last: day(2026, 1, 10),
                since: day(2026, 7, 10)
            }
        );
        // A later review, entered before an older one was typed in, still counts as last.
        r.insert(
            Review {
                on: day(2026, 11, 20),
                changed: "hours".into(),
                next: Some(default_next(day(2026, 11, 20))),
            },
            at(2),
        );
        r.insert(
            Review {
                on: day(2026, 3, 1),
                changed: "late entry".into(),
                next: Some(day(2026, 4, 1)),
            },
            at(3),
        );
        assert_eq!(
            review_status(&r, today),
            ReviewStatus::Scheduled {
                last: day(2026, 11, 20),
                next: day(2027, 5, 20)
            }
        );
        assert_eq!(
            review_status(&r, day(2027, 5, 20)),
            ReviewStatus::Due {
                last: day(2026, 11, 20),
                since: day(2027, 5, 20)
            }
        );
    }

    #[test]
    fn a_review_needs_a_past_date_and_a_later_next_one() {
        let today = day(2026, 11, 24);
        let ok = Review {
            on: today,
            changed: String::new(),
            next: Some(day(2027, 1, 1)),
        };
        assert!(validate_review(&ok, today).is_empty());
        let bad = Review {
            on: day(2026, 12, 1),
            changed: String::new(),
            next: Some(day(2026, 12, 1)),
        };
        assert_eq!(
            validate_review(&bad, today),
            vec![ReviewInvalid::InFuture, ReviewInvalid::NextNotAfter]
        );
    }

    #[test]
    fn the_customer_profile_counts_what_is_filled() {
        let mut p = CustomerProfile::default();
        assert_eq!(p.filled(), 0);
        p.location = "Bologna".into();
        p.price = "  ".into();
        p.durability = "years".into();
        assert_eq!(p.filled(), 2);
    }
}
