//! What Home suggests doing next: the few steps of the plan that matter
//! now, worked out from the whole workbook. Plain Rust (no DOM), tested
//! natively; Home shows them (`home::NextSteps`), each a link to the page,
//! already filtered, where the step is done.
//!
//! What is late comes first (follow-ups overdue, a review or a backup due,
//! 1:1s and pulse rounds due), then the plan in its order: the self-test,
//! the policy points for its weakest areas, the complaint log and its top
//! three, the vision, the goals, the rest of the policy points, and a new
//! self-test once the last is a season old.

use crate::book::workbook::Workbook;
use crate::draft::plan::{review_status, ReviewStatus};
use crate::draft::policy::{point, points_for_area, PointKey, Stage};
use crate::listen::complaints::local_date;
use crate::selftest::quotient::{statement_count, AREAS};
use chrono::{DateTime, Duration, NaiveDate, Utc};

/// A self-test older than this is worth taking again.
pub const RETAKE_AFTER_DAYS: i64 = 90;

/// How many steps Home shows.
pub const SHOWN: usize = 4;

/// One thing to do next.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    /// Complaints whose follow-up date has passed without a follow-up.
    FollowUpsOverdue(usize),
    /// Customer meetings whose follow-up is due.
    MeetingFollowUps(usize),
    /// The plan's review date has passed.
    ReviewDue { since: NaiveDate },
    /// The backup reminder is due.
    BackupDue { days: Option<i64> },
    /// Team members due for a 1:1.
    OnesDue(usize),
    /// Pulse surveys whose round is due.
    PulsesDue(usize),
    /// A self-test was started and not finished.
    FinishSelfTest { answered: usize, total: usize },
    /// No self-test yet.
    TakeSelfTest,
    /// One of the last self-test's two weakest areas (an index in
    /// `AREAS`), with its score and the policy points that address it
    /// and are not adopted yet.
    WeakArea {
        area: usize,
        score: f64,
        points: Vec<PointKey>,
    },
    /// The complaint log is empty.
    LogComplaints,
    /// There are complaints and no top three.
    ChooseTopThree,
    /// No current vision.
    DraftVision,
    /// A vision and no goals.
    SetGoals,
    /// Policy points not adopted yet (how many are).
    AdoptPoints { adopted: usize },
    /// The last self-test is older than [`RETAKE_AFTER_DAYS`].
    RetakeSelfTest { taken: DateTime<Utc> },
}

impl Step {
    /// Where the step is done: a route of the app, with the filter that
    /// shows just what the step is about.
    pub fn href(&self) -> String {
        match self {
            Step::FollowUpsOverdue(_) => "/listen?follow_up=overdue".into(),
            Step::MeetingFollowUps(_) => "/run/meetings?due=1".into(),
            Step::ReviewDue { .. } => "/draft/plan".into(),
            Step::BackupDue { .. } => "/share".into(),
            Step::OnesDue(_) | Step::PulsesDue(_) => "/run/team".into(),
            Step::FinishSelfTest { .. } | Step::TakeSelfTest | Step::RetakeSelfTest { .. } => {
                "/self-test".into()
            }
            Step::WeakArea { points, .. } => match points.first() {
                Some(p) => format!("/draft/policy#{}", point_anchor(*p)),
                None => "/draft/policy".into(),
            },
            Step::LogComplaints => "/listen/new".into(),
            Step::ChooseTopThree => "/listen/problems".into(),
            Step::DraftVision => "/draft".into(),
            Step::SetGoals => "/draft/goals".into(),
            Step::AdoptPoints { .. } => "/draft/policy".into(),
        }
    }

    /// A short stable name, for tests and the page's test ids.
    pub fn code(&self) -> &'static str {
        match self {
            Step::FollowUpsOverdue(_) => "follow-ups-overdue",
            Step::MeetingFollowUps(_) => "meeting-follow-ups",
            Step::ReviewDue { .. } => "review-due",
            Step::BackupDue { .. } => "backup-due",
            Step::OnesDue(_) => "ones-due",
            Step::PulsesDue(_) => "pulses-due",
            Step::FinishSelfTest { .. } => "finish-self-test",
            Step::TakeSelfTest => "take-self-test",
            Step::WeakArea { .. } => "weak-area",
            Step::LogComplaints => "log-complaints",
            Step::ChooseTopThree => "choose-top-three",
            Step::DraftVision => "draft-vision",
            Step::SetGoals => "set-goals",
            Step::AdoptPoints { .. } => "adopt-points",
            Step::RetakeSelfTest { .. } => "retake-self-test",
        }
    }
}

/// The id of a policy point's card on the policy page, so a link can
/// lead straight to it.
pub fn point_anchor(key: PointKey) -> String {
    format!("point-{}", point_code(key))
}

fn point_code(key: PointKey) -> &'static str {
    match key {
        PointKey::Overview => "overview",
        PointKey::Speed => "speed",
        PointKey::Communication => "communication",
        PointKey::FollowUp => "followup",
        PointKey::Complaints => "complaints",
        PointKey::Retention => "retention",
        PointKey::Supervision => "supervision",
    }
}

/// What the steps depend on besides the workbook: the clock and the backup
/// reminder, which live in the browser.
#[derive(Debug, Clone, Copy)]
pub struct Context {
    pub now: DateTime<Utc>,
    /// The reader's offset from UTC, in minutes (for "today").
    pub offset_minutes: i32,
    /// The backup reminder is due.
    pub backup_due: bool,
    /// Whole days since the last export, if there was one.
    pub days_since_export: Option<i64>,
}

/// Every step that applies now, most pressing first. Home shows the first
/// [`SHOWN`].
pub fn steps(wb: &Workbook, cx: Context) -> Vec<Step> {
    let today = local_date(cx.now, cx.offset_minutes);
    let mut late = Vec::new();
    let overdue = wb
        .complaints
        .live()
        .filter(|r| r.data.follow_up_overdue(cx.now))
        .count();
    if overdue > 0 {
        late.push(Step::FollowUpsOverdue(overdue));
    }
    let run = crate::run::team::run_status(wb.running(), today);
    if run.follow_ups_due > 0 {
        late.push(Step::MeetingFollowUps(run.follow_ups_due));
    }
    if let ReviewStatus::Due { since, .. } = review_status(&wb.reviews, today) {
        late.push(Step::ReviewDue { since });
    }
    if cx.backup_due {
        late.push(Step::BackupDue {
            days: cx.days_since_export,
        });
    }
    if run.ones_due > 0 {
        late.push(Step::OnesDue(run.ones_due));
    }
    if run.pulses_due > 0 {
        late.push(Step::PulsesDue(run.pulses_due));
    }

    let mut plan = Vec::new();
    let latest = wb
        .finished_self_tests()
        .last()
        .and_then(|r| Some((r.data.completed?, r.data.score()?)));
    if let Some(r) = wb.self_test_in_progress() {
        plan.push(Step::FinishSelfTest {
            answered: r.data.answered(),
            total: statement_count(),
        });
    } else if latest.is_none() {
        plan.push(Step::TakeSelfTest);
    }
    let adopted =
        |k: PointKey| point(&wb.policy, k).is_some_and(|r| r.data.stage == Stage::Adopted);
    if let Some((_, score)) = &latest {
        for area in score.weakest_first().into_iter().take(2) {
            let Some(a) = AREAS.get(area) else { continue };
            let points: Vec<PointKey> = points_for_area(a.id)
                .iter()
                .copied()
                .filter(|k| !adopted(*k))
                .collect();
            if !points.is_empty() {
                plan.push(Step::WeakArea {
                    area,
                    score: score.areas[area].value(),
                    points,
                });
            }
        }
    }
    let complaints = wb.complaints.live().count();
    if complaints == 0 {
        plan.push(Step::LogComplaints);
    } else if crate::listen::problems::top_three(&wb.problems)
        .0
        .iter()
        .all(Option::is_none)
    {
        plan.push(Step::ChooseTopThree);
    }
    let vision = wb
        .vision
        .data
        .and_then(|id| wb.visions.get(id))
        .filter(|r| r.is_live() && !r.data.statement.trim().is_empty());
    if vision.is_none() {
        plan.push(Step::DraftVision);
    } else if wb.goals.live().next().is_none() {
        plan.push(Step::SetGoals);
    }
    let adopted_n = crate::draft::policy::POINTS
        .iter()
        .filter(|p| adopted(p.key))
        .count();
    if adopted_n < crate::draft::policy::POINTS.len() {
        plan.push(Step::AdoptPoints { adopted: adopted_n });
    }
    if let Some((taken, _)) = latest {
        if wb.self_test_in_progress().is_none()
            && cx.now.signed_duration_since(taken) >= Duration::days(RETAKE_AFTER_DAYS)
        {
            plan.push(Step::RetakeSelfTest { taken });
        }
    }
    late.extend(plan);
    late
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::draft::policy::edit_point;
    use crate::listen::complaints::Complaint;
    use crate::selftest::quotient::SelfTest;
    use chrono::TimeZone;

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 12, 7, 10, 0, 0).unwrap()
    }

    fn cx() -> Context {
        Context {
            now: now(),
            offset_minutes: 60,
            backup_due: false,
            days_since_export: None,
        }
    }

    fn codes(steps: &[Step]) -> Vec<&'static str> {
        steps.iter().map(Step::code).collect()
    }

    /// A finished self-test with every statement rated `rate`, except the
    /// statements of `low` rated 1.
    fn taken(wb: &mut Workbook, at: DateTime<Utc>, low: &[&str]) {
        let mut t = SelfTest::default();
        for area in AREAS.iter() {
            for s in area.statements {
                let v = if low.contains(&area.id) { 1 } else { 4 };
                t.answers.insert(s.id.to_string(), v);
            }
        }
        t.completed = Some(at);
        wb.self_tests.insert(t, at);
    }

    #[test]
    fn a_new_workbook_starts_with_the_self_test_then_the_log_then_the_vision() {
        let wb = Workbook::default();
        let s = steps(&wb, cx());
        assert_eq!(
            codes(&s),
            [
                "take-self-test",
                "log-complaints",
                "draft-vision",
                "adopt-points"
            ]
        );
        assert_eq!(s[0].href(), "/self-test");
        assert_eq!(s[1].href(), "/listen/new");
    }

    #[test]
    fn after_the_self_test_the_weakest_areas_lead_to_their_policy_points() {
        let mut wb = Workbook::default();
        taken(&mut wb, now() - Duration::days(1), &["staff", "contact"]);
        let s = steps(&wb, cx());
        assert_eq!(codes(&s)[..2], ["weak-area", "weak-area"]);
        let areas: Vec<&str> = s
            .iter()
            .filter_map(|s| match s {
                Step::WeakArea { area, .. } => Some(AREAS[*area].id),
                _ => None,
            })
            .collect();
        let mut sorted = areas.clone();
        sorted.sort();
        assert_eq!(sorted, ["contact", "staff"]);
        let staff = s
            .iter()
            .find(|s| matches!(s, Step::WeakArea { area, .. } if AREAS[*area].id == "staff"))
            .unwrap();
        assert_eq!(staff.href(), "/draft/policy#point-supervision");
        if let Step::WeakArea { score, .. } = staff {
            assert_eq!(*score, 1.0);
        }
        assert!(!codes(&s).contains(&"take-self-test"));
    }

    #[test]
    fn an_adopted_point_is_no_longer_suggested_and_an_area_whose_points_are_all_adopted_drops_out()
    {
        let mut wb = Workbook::default();
        taken(&mut wb, now() - Duration::days(1), &["staff", "contact"]);
        let adopt = |wb: &mut Workbook, k: PointKey| {
            edit_point(&mut wb.policy, k, now(), |p| {
                p.answer = "Yes".into();
                p.stage = Stage::Adopted;
            });
        };
        adopt(&mut wb, PointKey::Supervision);
        adopt(&mut wb, PointKey::Speed);
        let s = steps(&wb, cx());
        let weak: Vec<&Step> = s.iter().filter(|s| s.code() == "weak-area").collect();
        assert_eq!(weak.len(), 1, "{s:?}");
        match weak[0] {
            Step::WeakArea { area, points, .. } => {
                assert_eq!(AREAS[*area].id, "contact");
                assert_eq!(points, &[PointKey::Communication, PointKey::FollowUp]);
            }
            _ => unreachable!(),
        }
        assert!(s.contains(&Step::AdoptPoints { adopted: 2 }));
    }

    #[test]
    fn what_is_late_comes_before_the_plan() {
        let mut wb = Workbook::default();
        let c = Complaint {
            follow_up: Some(now() - Duration::days(2)),
            ..Complaint::default()
        };
        wb.complaints.insert(c, now() - Duration::days(3));
        let s = steps(
            &wb,
            Context {
                backup_due: true,
                days_since_export: Some(40),
                ..cx()
            },
        );
        assert_eq!(
            codes(&s)[..3],
            ["follow-ups-overdue", "backup-due", "take-self-test"]
        );
        assert_eq!(s[0], Step::FollowUpsOverdue(1));
        assert_eq!(s[0].href(), "/listen?follow_up=overdue");
        assert_eq!(s[1], Step::BackupDue { days: Some(40) });
        // Complaints and no top three: choosing them is a step.
        assert!(codes(&s).contains(&"choose-top-three"));
        assert!(!codes(&s).contains(&"log-complaints"));
    }

    #[test]
    fn a_self_test_a_season_old_is_worth_retaking_and_one_in_progress_is_finished_first() {
        let mut wb = Workbook::default();
        let taken_at = now() - Duration::days(RETAKE_AFTER_DAYS);
        taken(&mut wb, taken_at, &[]);
        let s = steps(&wb, cx());
        assert!(s.contains(&Step::RetakeSelfTest { taken: taken_at }));
        let mut t = SelfTest::default();
        t.answers.insert(AREAS[0].statements[0].id.to_string(), 3);
        wb.self_tests.insert(t, now());
        let s = steps(&wb, cx());
        assert!(!codes(&s).contains(&"retake-self-test"));
        assert!(s.contains(&Step::FinishSelfTest {
            answered: 1,
            total: statement_count()
        }));
        // Not yet a season: no retake.
        let mut wb = Workbook::default();
        taken(&mut wb, now() - Duration::days(RETAKE_AFTER_DAYS - 1), &[]);
        assert!(!codes(&steps(&wb, cx())).contains(&"retake-self-test"));
    }

    #[test]
    fn every_step_leads_to_a_route_of_the_app() {
        let all = [
            Step::FollowUpsOverdue(1),
            Step::MeetingFollowUps(1),
            Step::ReviewDue {
                since: NaiveDate::MIN,
            },
            Step::BackupDue { days: None },
            Step::OnesDue(1),
            Step::PulsesDue(1),
            Step::FinishSelfTest {
                answered: 0,
                total: 25,
            },
            Step::TakeSelfTest,
            Step::WeakArea {
                area: 0,
                score: 1.0,
                points: vec![],
            },
            Step::LogComplaints,
            Step::ChooseTopThree,
            Step::DraftVision,
            Step::SetGoals,
            Step::AdoptPoints { adopted: 0 },
            Step::RetakeSelfTest { taken: now() },
        ];
        let routes = [
            "/listen",
            "/run/meetings",
            "/draft/plan",
            "/share",
            "/run/team",
            "/self-test",
            "/draft/policy",
            "/listen/new",
            "/listen/problems",
            "/draft",
            "/draft/goals",
        ];
        let mut seen = std::collections::BTreeSet::new();
        for s in &all {
            let href = s.href();
            let path = href.split(['?', '#']).next().unwrap();
            assert!(routes.contains(&path), "{href}");
            assert!(seen.insert(s.code()), "two steps share {}", s.code());
        }
        let anchors: std::collections::BTreeSet<String> = crate::draft::policy::POINTS
            .iter()
            .map(|p| point_anchor(p.key))
            .collect();
        assert_eq!(anchors.len(), 7);
        // The policy page names each point's heading so.
        for p in crate::draft::policy::POINTS.iter() {
            let slug = format!("{:?}", p.key).to_lowercase();
            assert_eq!(point_anchor(p.key), format!("point-{slug}"));
        }
    }
}
