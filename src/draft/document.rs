//! The policy document: the vision, goals, policy points, guidelines,
//! support availability and training of the workbook, as one document in
//! the chosen language. Built once as plain blocks, then shown as HTML (to
//! print) by the UI or written here as Markdown, so both say the same.

use crate::book::workbook::Workbook;
use crate::draft::plan::{
    guide_text, guideline, hour_spans, reviews_newest_first, training_in_order, ChannelKind, Reach,
    TrainingKind, GUIDE_STEPS, WEEK,
};
use crate::draft::policy::point;
use crate::draft::policy::point_text;
use crate::draft::policy::Stage;
use crate::draft::policy::POINTS;
use crate::draft::vision::actual;
use crate::draft::vision::standing;
use crate::draft::vision::Cadence;
use crate::draft::vision::Direction;
use crate::draft::vision::Goal;
use crate::draft::vision::Measure;
use crate::draft::vision::Standing;
use crate::draft::vision::Unit;
use crate::i18n::{fill, Lang, K};
use crate::kernel::format::{Currency, Format};
use chrono::{DateTime, Utc};

/// One piece of a section.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// Text as the user typed it; blank lines separate paragraphs.
    Text(String),
    Quote(String),
    /// A heading inside a section.
    Sub(String),
    /// A remark in smaller type (a stage, "not written yet").
    Note(String),
    List(Vec<String>),
    Table {
        head: Vec<String>,
        rows: Vec<Vec<String>>,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    /// A stable name, for links and tests.
    pub id: &'static str,
    pub heading: String,
    pub blocks: Vec<Block>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    pub title: String,
    /// Lines under the title: the business, the date, the review cycle.
    pub meta: Vec<String>,
    pub sections: Vec<Section>,
}

// ---- words in the document's language ------------------------------------------------

pub fn measure_text(m: Measure, lang: Lang) -> &'static str {
    match m {
        Measure::AnswerTime => K::GoalAnswerTime,
        Measure::ReturnRate => K::GoalReturnRate,
        Measure::SatisfiedShare => K::GoalSatisfied,
        Measure::BoughtAgainShare => K::GoalBoughtAgain,
        Measure::Own => K::GoalOwn,
    }
    .in_lang(lang)
}

pub fn unit_text(u: Unit, lang: Lang) -> &'static str {
    match u {
        Unit::Percent => K::UnitPercent,
        Unit::Seconds => K::UnitSeconds,
        Unit::Minutes => K::UnitMinutes,
        Unit::Hours => K::UnitHours,
        Unit::Days => K::UnitDays,
        Unit::Count => K::UnitCount,
        Unit::Money => K::UnitMoney,
    }
    .in_lang(lang)
}

pub fn cadence_text(c: Cadence, lang: Lang) -> &'static str {
    match c {
        Cadence::Month => K::CadenceMonth,
        Cadence::Quarter => K::CadenceQuarter,
        Cadence::Year => K::CadenceYear,
    }
    .in_lang(lang)
}

pub fn stage_text(s: Stage, lang: Lang) -> &'static str {
    match s {
        Stage::Draft => K::StageDraft,
        Stage::Proposed => K::StageProposed,
        Stage::Adopted => K::StageAdopted,
    }
    .in_lang(lang)
}

pub fn training_kind_text(k: TrainingKind, lang: Lang) -> &'static str {
    match k {
        TrainingKind::KickOff => K::TrainingKickOff,
        TrainingKind::Meeting => K::TrainingMeeting,
        TrainingKind::Workshop => K::TrainingWorkshop,
    }
    .in_lang(lang)
}

pub fn channel_text(c: ChannelKind, lang: Lang) -> &'static str {
    match c {
        ChannelKind::Phone => K::ChannelPhoneName,
        ChannelKind::Shop => K::ChannelShopName,
        ChannelKind::Chat => K::ChannelChatName,
        ChannelKind::Email => K::ChannelEmailName,
        ChannelKind::Messaging => K::ChannelMessagingName,
        ChannelKind::Social => K::ChannelSocialName,
        ChannelKind::Other => K::ChannelOtherName,
    }
    .in_lang(lang)
}

pub fn reach_text(r: Reach, lang: Lang) -> &'static str {
    match r {
        Reach::InHours => K::ReachInHours,
        Reach::OffHours => K::ReachOffHours,
        Reach::Always => K::ReachAlways,
    }
    .in_lang(lang)
}

/// A goal's value in its unit: "2%" ("%2" in Turkish), "45 seconds". A
/// goal in percent holds 0 to 100 (as the user types it); `f` takes shares.
pub fn value_text(
    v: f64,
    unit: Unit,
    lang: Lang,
    f: &dyn Format,
    currency: Option<Currency>,
) -> String {
    match unit {
        Unit::Percent => f.percent(v / 100.0, 1),
        Unit::Count => f.number(v, 1),
        Unit::Money => f.money(v, currency),
        _ => format!("{} {}", f.number(v, 1), unit_text(unit, lang)),
    }
}

pub fn goal_title(g: &Goal, lang: Lang) -> String {
    if g.measure == Measure::Own || !g.title.trim().is_empty() {
        g.title.clone()
    } else {
        measure_text(g.measure, lang).to_string()
    }
}

// ---- the document -----------------------------------------------------------------------

/// Builds the policy document of `wb` in `lang`, its dates and numbers
/// written by `f` (the same formatter as the screens, so the printed page,
/// the Markdown and the app agree); `now` and `offset_minutes` date it and
/// measure the goals.
pub fn policy_document(
    wb: &Workbook,
    lang: Lang,
    f: &dyn Format,
    now: DateTime<Utc>,
    offset_minutes: i32,
) -> Document {
    let k = |key: K| key.in_lang(lang);
    let today = crate::listen::complaints::local_date(now, offset_minutes);
    let mut meta = Vec::new();
    let business = wb.profile.data.business_name.trim();
    if !business.is_empty() {
        meta.push(business.to_string());
    }
    meta.push(fill(k(K::DocPrepared), &[("date", &f.date(today))]));
    if let Some(last) = reviews_newest_first(&wb.reviews).first() {
        let line = match last.data.next {
            Some(next) => fill(
                k(K::DocReviewedNext),
                &[("last", &f.date(last.data.on)), ("next", &f.date(next))],
            ),
            None => fill(k(K::DocReviewed), &[("last", &f.date(last.data.on))]),
        };
        meta.push(line);
    }
    Document {
        title: k(K::DocTitle).to_string(),
        meta,
        sections: vec![
            vision_section(wb, lang),
            goals_section(wb, lang, f, now, offset_minutes),
            policy_section(wb, lang),
            guidelines_section(wb, lang),
            support_section(wb, lang, f),
            training_section(wb, lang, f),
        ],
    }
}

fn vision_section(wb: &Workbook, lang: Lang) -> Section {
    let statement = wb
        .vision
        .data
        .and_then(|id| wb.visions.get(id))
        .filter(|r| r.is_live())
        .map(|r| r.data.statement.trim().to_string())
        .filter(|s| !s.is_empty());
    Section {
        id: "vision",
        heading: K::DocVision.in_lang(lang).into(),
        blocks: vec![match statement {
            Some(s) => Block::Quote(s),
            None => Block::Note(K::DocNoVision.in_lang(lang).into()),
        }],
    }
}

fn goals_section(
    wb: &Workbook,
    lang: Lang,
    f: &dyn Format,
    now: DateTime<Utc>,
    offset: i32,
) -> Section {
    let k = |key: K| key.in_lang(lang);
    let rows: Vec<Vec<String>> = wb
        .goals
        .live()
        .map(|r| {
            let g = &r.data;
            let act = actual(g, wb.heard(), now, offset);
            let target = g
                .target
                .map(|t| {
                    let sign = if g.direction == Direction::AtMost {
                        "≤"
                    } else {
                        "≥"
                    };
                    format!("{sign} {}", value_text(t, g.unit, lang, f, wb.currency()))
                })
                .unwrap_or_else(|| "—".into());
            let now_text = act
                .as_ref()
                .map(|a| value_text(a.value, g.unit, lang, f, wb.currency()))
                .unwrap_or_else(|| "—".into());
            let st = match standing(g, act.as_ref()) {
                Standing::Met => k(K::GoalMet),
                Standing::Missed => k(K::GoalMissed),
                Standing::Unknown => k(K::GoalUnknown),
            };
            vec![
                goal_title(g, lang),
                target,
                cadence_text(g.cadence, lang).to_string(),
                format!("{now_text} · {st}"),
            ]
        })
        .collect();
    let blocks = if rows.is_empty() {
        vec![Block::Note(k(K::DocNoGoals).into())]
    } else {
        vec![Block::Table {
            head: vec![
                k(K::DocGoal).into(),
                k(K::Target).into(),
                k(K::DocPeriod).into(),
                k(K::DocNow).into(),
            ],
            rows,
        }]
    };
    Section {
        id: "goals",
        heading: k(K::DocGoals).into(),
        blocks,
    }
}

fn policy_section(wb: &Workbook, lang: Lang) -> Section {
    let mut blocks = Vec::new();
    for p in &POINTS {
        let Some(r) = point(&wb.policy, p.key) else {
            continue;
        };
        if r.data.answer.trim().is_empty() {
            continue;
        }
        blocks.push(Block::Sub(point_text(p.key).title.in_lang(lang).into()));
        blocks.push(Block::Text(r.data.answer.trim().to_string()));
        if r.data.stage != Stage::Adopted {
            blocks.push(Block::Note(fill(
                K::DocNotAdopted.in_lang(lang),
                &[("stage", stage_text(r.data.stage, lang))],
            )));
        }
    }
    if blocks.is_empty() {
        blocks.push(Block::Note(K::DocNoPolicy.in_lang(lang).into()));
    }
    Section {
        id: "policy",
        heading: K::DocPolicy.in_lang(lang).into(),
        blocks,
    }
}

fn guidelines_section(wb: &Workbook, lang: Lang) -> Section {
    let mut blocks = vec![Block::Note(K::DocGuidelinesLead.in_lang(lang).into())];
    for (i, g) in GUIDE_STEPS.iter().enumerate() {
        let (text, example, _) = guideline(&wb.guidelines, g.step, lang);
        blocks.push(Block::Sub(format!(
            "{}. {}",
            i + 1,
            guide_text(g.step).title.in_lang(lang)
        )));
        blocks.push(Block::Text(text));
        blocks.push(Block::Quote(example));
    }
    Section {
        id: "guidelines",
        heading: K::DocGuidelines.in_lang(lang).into(),
        blocks,
    }
}

fn support_section(wb: &Workbook, lang: Lang, f: &dyn Format) -> Section {
    let k = |key: K| key.in_lang(lang);
    let s = &wb.support.data;
    let spans = hour_spans(&s.hours);
    let rows: Vec<Vec<String>> = WEEK
        .iter()
        .zip(s.hours.iter())
        .map(|(day, h)| {
            let hours = if h.open && h.to > h.from {
                format!("{}–{}", f.time(h.from), f.time(h.to))
            } else {
                k(K::Closed).to_string()
            };
            vec![f.weekday(*day), hours]
        })
        .collect();
    let mut blocks = Vec::new();
    if !s.hours_entered() {
        blocks.push(Block::Note(k(K::DocHoursNotConfirmed).into()));
    } else if spans.is_empty() {
        blocks.push(Block::Note(k(K::DocNoHours).into()));
    } else {
        blocks.push(Block::Table {
            head: vec![k(K::DocDay).into(), k(K::DocHours).into()],
            rows,
        });
    }
    if !s.channels.is_empty() {
        blocks.push(Block::Sub(k(K::DocChannels).into()));
        blocks.push(Block::List(
            s.channels
                .iter()
                .map(|c| {
                    let name = if c.kind == ChannelKind::Other && !c.detail.trim().is_empty() {
                        c.detail.trim().to_string()
                    } else if c.detail.trim().is_empty() {
                        channel_text(c.kind, lang).to_string()
                    } else {
                        format!("{} ({})", channel_text(c.kind, lang), c.detail.trim())
                    };
                    format!("{name}: {}", reach_text(c.reach, lang))
                })
                .collect(),
        ));
    }
    for (key, text) in [(K::SelfHelp, &s.self_help), (K::GetHelp, &s.get_help)] {
        if !text.trim().is_empty() {
            blocks.push(Block::Sub(k(key).into()));
            blocks.push(Block::Text(text.trim().to_string()));
        }
    }
    Section {
        id: "support",
        heading: k(K::DocSupport).into(),
        blocks,
    }
}

fn training_section(wb: &Workbook, lang: Lang, f: &dyn Format) -> Section {
    let k = |key: K| key.in_lang(lang);
    let rows: Vec<Vec<String>> = training_in_order(&wb.training)
        .into_iter()
        .map(|r| {
            let t = &r.data;
            vec![
                t.date.map(|d| f.date(d)).unwrap_or_else(|| "—".into()),
                training_kind_text(t.kind, lang).to_string(),
                t.topic.trim().to_string(),
                t.attendees.trim().to_string(),
            ]
        })
        .collect();
    let blocks = if rows.is_empty() {
        vec![Block::Note(k(K::DocNoTraining).into())]
    } else {
        vec![Block::Table {
            head: vec![
                k(K::DocDate).into(),
                k(K::TrainingKindLabel).into(),
                k(K::TrainingTopic).into(),
                k(K::TrainingAttendees).into(),
            ],
            rows,
        }]
    };
    Section {
        id: "training",
        heading: k(K::DocTraining).into(),
        blocks,
    }
}

// ---- Markdown ---------------------------------------------------------------------------

/// Escapes what Markdown would read as markup (and HTML), so the user's text
/// shows as typed.
pub fn md_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '&'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    // What would start a list or a heading at the start of a line (after
    // any indent): "- ", "+ ", "= ", "1. ", "1) ".
    let indent = out.len() - out.trim_start().len();
    let rest = &out[indent..];
    let digits = rest.chars().take_while(char::is_ascii_digit).count();
    if rest.starts_with(['-', '+', '=']) {
        out.insert(indent, '\\');
    } else if digits > 0 && rest[digits..].starts_with(['.', ')']) {
        out.insert(indent + digits, '\\');
    }
    out
}

fn md_lines(text: &str) -> String {
    text.lines()
        .map(|l| md_escape(l.trim_end()))
        .collect::<Vec<_>>()
        .join("  \n")
        .replace("  \n  \n", "\n\n")
}

fn md_cell(text: &str) -> String {
    md_escape(&text.split_whitespace().collect::<Vec<_>>().join(" "))
}

pub fn to_markdown(doc: &Document) -> String {
    let mut out = format!("# {}\n\n", md_escape(&doc.title));
    for line in &doc.meta {
        out.push_str(&format!("{}  \n", md_escape(line)));
    }
    for s in &doc.sections {
        out.push_str(&format!("\n## {}\n", md_escape(&s.heading)));
        for b in &s.blocks {
            out.push('\n');
            match b {
                Block::Text(t) => out.push_str(&md_lines(t)),
                Block::Quote(t) => out.push_str(
                    &t.lines()
                        .map(|l| format!("> {}", md_escape(l.trim_end())))
                        .collect::<Vec<_>>()
                        .join("\n"),
                ),
                Block::Sub(t) => out.push_str(&format!("### {}", md_escape(t))),
                Block::Note(t) => out.push_str(&format!("*{}*", md_escape(t))),
                Block::List(items) => out.push_str(
                    &items
                        .iter()
                        .map(|i| format!("- {}", md_cell(i)))
                        .collect::<Vec<_>>()
                        .join("\n"),
                ),
                Block::Table { head, rows } => {
                    let row = |cells: &[String]| {
                        format!(
                            "| {} |",
                            cells
                                .iter()
                                .map(|c| md_cell(c))
                                .collect::<Vec<_>>()
                                .join(" | ")
                        )
                    };
                    out.push_str(&row(head));
                    out.push('\n');
                    out.push_str(&format!("|{}\n", "---|".repeat(head.len())));
                    out.push_str(&rows.iter().map(|r| row(r)).collect::<Vec<_>>().join("\n"));
                }
            }
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::draft::plan::{
        edit_guideline, DayHours, GuideStep, Review, SupportChannel, Training,
    };
    use crate::draft::policy::{edit_point, PointKey};
    use crate::draft::vision::VisionDraft;
    use crate::kernel::format::Plain;
    use chrono::{NaiveDate, NaiveTime, TimeZone};

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 24, 10, 0, 0).unwrap()
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn section<'a>(doc: &'a Document, id: &str) -> &'a Section {
        doc.sections.iter().find(|s| s.id == id).unwrap()
    }

    fn filled() -> Workbook {
        let mut wb = Workbook::default();
        let at = now();
        wb.profile.set(
            crate::book::workbook::Profile {
                business_name: "Ferramenta Bianchi".into(),
                example: false,
            },
            at,
        );
        let v = wb.visions.insert(
            VisionDraft {
                statement: "Quality, service, cleanliness, value".into(),
                ..VisionDraft::default()
            },
            at,
        );
        wb.vision.set(Some(v), at);
        wb.goals.insert(
            Goal {
                target: Some(2.5),
                ..Goal::seed(Measure::ReturnRate)
            },
            at,
        );
        edit_point(&mut wb.policy, PointKey::Speed, at, |p| {
            p.answer = "Phone answered within 3 rings.\n\nNo queue longer than 5 minutes.".into();
            p.stage = Stage::Adopted;
        });
        edit_point(&mut wb.policy, PointKey::Retention, at, |p| {
            p.answer = "A call a month after each purchase.".into();
            p.stage = Stage::Proposed;
        });
        edit_point(&mut wb.policy, PointKey::Overview, at, |p| {
            p.stage = Stage::Proposed
        });
        edit_guideline(&mut wb.guidelines, GuideStep::Resolve, at, |g| {
            g.text = "Fix it | then *ask*.".into()
        });
        let mut support = crate::draft::plan::Support::default();
        support.hours[5] = DayHours {
            open: true,
            from: NaiveTime::from_hms_opt(9, 0, 0).unwrap(),
            to: NaiveTime::from_hms_opt(13, 0, 0).unwrap(),
        };
        support.channels.push(SupportChannel {
            kind: ChannelKind::Phone,
            detail: "051 123456".into(),
            reach: Reach::InHours,
        });
        support.channels.push(SupportChannel {
            kind: ChannelKind::Email,
            detail: String::new(),
            reach: Reach::OffHours,
        });
        support.self_help = "Guides in the shop window.".into();
        wb.support.set(support, at);
        wb.training.insert(
            Training {
                kind: TrainingKind::Workshop,
                date: Some(day(2026, 12, 3)),
                topic: "Resolving complaints".into(),
                attendees: "Counter staff".into(),
                ..Training::default()
            },
            at,
        );
        wb.training.insert(
            Training {
                kind: TrainingKind::KickOff,
                date: Some(day(2026, 11, 30)),
                topic: "The new plan".into(),
                attendees: "Everyone".into(),
                ..Training::default()
            },
            at,
        );
        wb.reviews.insert(
            Review {
                on: day(2026, 11, 20),
                changed: "Saturday hours".into(),
                next: Some(day(2027, 5, 20)),
            },
            at,
        );
        wb
    }

    /// The document in `lang`, written by the test formatter.
    fn document_in(wb: &Workbook, lang: Lang) -> Document {
        policy_document(wb, lang, &Plain, now(), 0)
    }

    #[test]
    fn goal_values_go_through_the_formatter_as_shares_and_numbers() {
        // A goal in percent holds 0 to 100; the formatter takes a share.
        assert_eq!(
            value_text(2.5, Unit::Percent, Lang::Tr, &Plain, None),
            "2.5%"
        );
        assert_eq!(
            value_text(100.0, Unit::Percent, Lang::En, &Plain, None),
            "100%"
        );
        assert_eq!(
            value_text(45.0, Unit::Seconds, Lang::En, &Plain, None),
            "45 seconds"
        );
        assert_eq!(
            value_text(3.0, Unit::Hours, Lang::It, &Plain, None),
            "3 ore"
        );
        assert_eq!(
            value_text(12.5, Unit::Money, Lang::En, &Plain, None),
            "12.50"
        );
        assert_eq!(
            value_text(1234.56, Unit::Count, Lang::En, &Plain, None),
            "1234.6"
        );
    }

    #[test]
    fn every_date_time_and_number_of_the_document_comes_from_the_formatter() {
        // Plain writes ISO dates, 24-hour times and English weekday
        // abbreviations: any other form in the document would be the
        // document formatting by itself.
        let d = document_in(&filled(), Lang::It);
        assert_eq!(d.meta[1], "Data di redazione: 2026-11-24", "{:?}", d.meta);
        assert!(d.meta[2].contains("2026-11-20"), "{:?}", d.meta);
        assert!(d.meta[2].contains("2027-05-20"), "{:?}", d.meta);
        let Block::Table { rows, .. } = &section(&d, "support").blocks[0] else {
            panic!("hours are a table")
        };
        assert_eq!(rows[5], vec!["Sat".to_string(), "09:00–13:00".into()]);
        let Block::Table { rows, .. } = &section(&d, "training").blocks[0] else {
            panic!("training is a table")
        };
        assert_eq!(rows[0][0], "2026-11-30");
        let Block::Table { rows, .. } = &section(&d, "goals").blocks[0] else {
            panic!("goals are a table")
        };
        assert_eq!(rows[0][1], "≤ 2.5%");
        // The Markdown is the same document: the same texts.
        let md = to_markdown(&d);
        assert!(md.contains("Data di redazione: 2026-11-24  \n"), "{md}");
        assert!(md.contains("| 2026-11-30 | "), "{md}");
        assert!(md.contains("| Sat | 09:00–13:00 |"), "{md}");
        for month in ["novembre", "November", "dicembre", "sabato"] {
            assert!(!md.contains(month), "no date written by hand: {md}");
        }
    }

    #[test]
    fn the_date_of_the_document_is_the_local_day() {
        // 23:30 UTC on 24 November is already 25 November in Rome (UTC+1)
        // and still 24 November in New York.
        let late = Utc.with_ymd_and_hms(2026, 11, 24, 23, 30, 0).unwrap();
        let rome = policy_document(&Workbook::default(), Lang::En, &Plain, late, 60);
        assert!(rome.meta[0].contains("2026-11-25"), "{:?}", rome.meta);
        let ny = policy_document(&Workbook::default(), Lang::En, &Plain, late, -300);
        assert!(ny.meta[0].contains("2026-11-24"), "{:?}", ny.meta);
    }

    #[test]
    fn the_document_holds_every_part_of_the_plan_in_order() {
        let doc = document_in(&filled(), Lang::En);
        let ids: Vec<&str> = doc.sections.iter().map(|s| s.id).collect();
        assert_eq!(
            ids,
            [
                "vision",
                "goals",
                "policy",
                "guidelines",
                "support",
                "training"
            ]
        );
        assert_eq!(doc.meta[0], "Ferramenta Bianchi");
        assert!(doc.meta[1].contains("2026-11-24"), "{:?}", doc.meta);
        assert!(doc.meta[2].contains("2027-05-20"), "{:?}", doc.meta);
        assert_eq!(
            section(&doc, "vision").blocks,
            vec![Block::Quote("Quality, service, cleanliness, value".into())]
        );
        let Block::Table { rows, .. } = &section(&doc, "goals").blocks[0] else {
            panic!("goals are a table")
        };
        assert_eq!(rows[0][1], "≤ 2.5%");
        assert!(rows[0][3].starts_with('—'), "no figures: {:?}", rows[0]);
    }

    #[test]
    fn only_written_points_are_printed_and_proposals_say_so() {
        let doc = document_in(&filled(), Lang::En);
        let blocks = &section(&doc, "policy").blocks;
        let subs: Vec<&Block> = blocks
            .iter()
            .filter(|b| matches!(b, Block::Sub(_)))
            .collect();
        assert_eq!(
            subs,
            vec![&Block::Sub("Speed".into()), &Block::Sub("Retention".into())],
            "the empty Overview point is left out"
        );
        let notes: Vec<&Block> = blocks
            .iter()
            .filter(|b| matches!(b, Block::Note(_)))
            .collect();
        assert_eq!(notes.len(), 1, "only the proposed point carries a note");
        let empty = document_in(&Workbook::default(), Lang::It);
        assert!(matches!(
            section(&empty, "policy").blocks[..],
            [Block::Note(_)]
        ));
        assert!(matches!(
            section(&empty, "vision").blocks[..],
            [Block::Note(_)]
        ));
        assert!(matches!(
            section(&empty, "training").blocks[..],
            [Block::Note(_)]
        ));
    }

    #[test]
    fn guidelines_use_the_users_words_and_the_seeds_elsewhere() {
        let doc = document_in(&filled(), Lang::It);
        let blocks = &section(&doc, "guidelines").blocks;
        assert!(blocks.contains(&Block::Sub("1. Capire il problema".into())));
        assert!(blocks.contains(&Block::Text("Fix it | then *ask*.".into())));
        assert!(blocks
            .iter()
            .any(|b| matches!(b, Block::Quote(q) if q.contains("Ricapitolando"))));
    }

    #[test]
    fn support_lists_each_day_and_each_channel() {
        let doc = document_in(&filled(), Lang::It);
        let blocks = &section(&doc, "support").blocks;
        let Block::Table { rows, .. } = &blocks[0] else {
            panic!("hours are a table")
        };
        assert_eq!(rows[0], vec!["Mon".to_string(), "09:00–18:00".into()]);
        assert_eq!(rows[5], vec!["Sat".to_string(), "09:00–13:00".into()]);
        assert_eq!(rows[6][1], K::Closed.in_lang(Lang::It));
        let Some(Block::List(channels)) = blocks.iter().find(|b| matches!(b, Block::List(_)))
        else {
            panic!("channels are a list")
        };
        assert_eq!(channels.len(), 2);
        assert!(channels[0].contains("051 123456"));
    }

    /// Regression (issue 17): hours the user never entered are not
    /// printed as the business's hours.
    #[test]
    fn suggested_hours_are_not_printed_until_confirmed() {
        let mut wb = Workbook::default();
        let doc = document_in(&wb, Lang::En);
        assert_eq!(
            section(&doc, "support").blocks,
            vec![Block::Note(
                K::DocHoursNotConfirmed.in_lang(Lang::En).into()
            )]
        );
        let mut s = wb.support.data.clone();
        s.hours_confirmed = true;
        wb.support.set(s, now());
        let doc = document_in(&wb, Lang::En);
        let Block::Table { rows, .. } = &section(&doc, "support").blocks[0] else {
            panic!("confirmed hours are a table")
        };
        assert_eq!(rows[0], vec!["Mon".to_string(), "09:00–18:00".into()]);
    }

    #[test]
    fn training_is_in_date_order() {
        let doc = document_in(&filled(), Lang::En);
        let Block::Table { rows, .. } = &section(&doc, "training").blocks[0] else {
            panic!("training is a table")
        };
        assert_eq!(rows[0][2], "The new plan");
        assert_eq!(rows[1][0], "2026-12-03");
    }

    #[test]
    fn markdown_escapes_the_users_text() {
        assert_eq!(md_escape("a*b_c <script>"), "a\\*b\\_c \\<script\\>");
        assert_eq!(md_escape("# not a heading"), "\\# not a heading");
        assert_eq!(md_escape("- not a list"), "\\- not a list");
        assert_eq!(md_escape("1. not a list"), "1\\. not a list");
        assert_eq!(md_escape("plain, text."), "plain, text.");
        assert_eq!(md_escape("1) Listen"), "1\\) Listen");
        assert_eq!(md_escape("  - quickly"), "  \\- quickly");
        assert_eq!(md_escape("AT&amp;T &copy;"), "AT\\&amp;T \\&copy;");
        assert_eq!(md_escape("In 2026. we grew"), "In 2026. we grew");
    }

    #[test]
    fn markdown_has_headings_tables_and_paragraphs() {
        let md = to_markdown(&document_in(&filled(), Lang::En));
        assert!(md.starts_with("# Customer service policy\n"), "{md}");
        assert!(md.contains("\n## Our vision\n\n> Quality, service, cleanliness, value\n"));
        assert!(
            md.contains("### Speed\n\nPhone answered within 3 rings.\n\nNo queue longer"),
            "{md}"
        );
        assert!(md.contains("Fix it \\| then \\*ask\\*."));
        assert!(
            md.contains("| Day | Hours |\n|---|---|\n| Mon | 09:00–18:00 |"),
            "{md}"
        );
        // Every table row has as many cells as its head.
        for line in md.lines().filter(|l| l.starts_with("| ")) {
            let cells = line.matches(" | ").count();
            assert!(cells == 1 || cells == 3, "{line}");
        }
    }
}
