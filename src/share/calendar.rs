//! Reminders outside the tab: what is due in the workbook (a complaint's
//! follow-up, a customer meeting's follow-up, a 1:1, a pulse round, the
//! next plan review, a training session) as iCalendar events (RFC 5545),
//! one file per item or one file of everything, for Google Calendar,
//! Outlook and Apple Calendar.
//!
//! An event's UID is its record's id and its kind, so a file downloaded
//! again after changes updates the events already in the calendar rather
//! than adding them twice. A calendar holds a customer's name only where
//! the user needs it to act (whom to call back), never a phone, address or
//! e-mail.

use crate::book::workbook::Workbook;
use crate::draft::plan::{reviews_newest_first, training_in_order};
use crate::i18n::{fill, Lang, K};
use crate::listen::complaints::Status;
use crate::run::team::{one_on_one_due, Due};
use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use uuid::Uuid;

/// What a reminder is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    FollowUp,
    MeetingFollowUp,
    OneOnOne,
    Pulse,
    Review,
    Training,
}

impl Kind {
    fn code(self) -> &'static str {
        match self {
            Kind::FollowUp => "follow-up",
            Kind::MeetingFollowUp => "meeting-follow-up",
            Kind::OneOnOne => "one-on-one",
            Kind::Pulse => "pulse",
            Kind::Review => "review",
            Kind::Training => "training",
        }
    }
}

/// When: a day (all day, in every time zone the same) or an instant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum When {
    Day(NaiveDate),
    At(DateTime<Utc>),
}

impl When {
    /// The day, for sorting and for naming the file.
    pub fn day(self) -> NaiveDate {
        match self {
            When::Day(d) => d,
            When::At(t) => t.date_naive(),
        }
    }
}

/// One thing due, as an event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reminder {
    pub kind: Kind,
    /// The record it comes from.
    pub id: Uuid,
    pub when: When,
    pub summary: String,
}

impl Reminder {
    /// Stable across downloads: the same item is the same event.
    pub fn uid(&self) -> String {
        format!("{}-{}@servicebook", self.id, self.kind.code())
    }
}

/// A name short enough for a calendar's title: at most `max` characters,
/// on one line.
fn short(text: &str, max: usize) -> String {
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if line.chars().count() <= max {
        line
    } else {
        let cut: String = line.chars().take(max.saturating_sub(1)).collect();
        format!("{}…", cut.trim_end())
    }
}

/// Everything due from `today` on, and what is overdue and not yet done,
/// in date order.
pub fn reminders(wb: &Workbook, lang: Lang, today: NaiveDate) -> Vec<Reminder> {
    let k = |key: K| key.in_lang(lang);
    let mut out = Vec::new();
    for r in wb.complaints.live() {
        let c = &r.data;
        let Some(at) = c.follow_up else { continue };
        if c.status == Status::FollowedUp {
            continue;
        }
        let who = if c.customer.name.trim().is_empty() {
            short(&c.nature, 60)
        } else {
            short(&c.customer.name, 60)
        };
        out.push(Reminder {
            kind: Kind::FollowUp,
            id: r.id,
            when: When::At(at),
            summary: fill(k(K::CalFollowUp), &[("who", &who)]),
        });
    }
    for r in wb.meetings.live() {
        let m = &r.data;
        let Some(day) = m.follow_up.filter(|_| !m.followed_up) else {
            continue;
        };
        out.push(Reminder {
            kind: Kind::MeetingFollowUp,
            id: r.id,
            when: When::Day(day),
            summary: fill(
                k(K::CalMeetingFollowUp),
                &[("who", &short(&m.customer, 60))],
            ),
        });
    }
    for r in wb.members.live() {
        let day = match one_on_one_due(
            r.id,
            r.data.cadence,
            wb.one_on_ones.live().map(|m| &m.data),
            today,
        ) {
            Due::Never => continue,
            Due::Overdue { since } => since,
            Due::DueToday => today,
            Due::Next(d) => d,
        };
        out.push(Reminder {
            kind: Kind::OneOnOne,
            id: r.id,
            when: When::Day(day),
            summary: fill(k(K::CalOneOnOne), &[("name", &short(&r.data.name, 60))]),
        });
    }
    for r in wb.pulses.live() {
        let Some(day) = r.data.next_due() else {
            continue;
        };
        out.push(Reminder {
            kind: Kind::Pulse,
            id: r.id,
            when: When::Day(day),
            summary: fill(k(K::CalPulse), &[("title", &short(&r.data.title, 60))]),
        });
    }
    if let Some(last) = reviews_newest_first(&wb.reviews).into_iter().next() {
        if let Some(next) = last.data.next {
            out.push(Reminder {
                kind: Kind::Review,
                id: last.id,
                when: When::Day(next),
                summary: k(K::CalReview).to_string(),
            });
        }
    }
    for r in training_in_order(&wb.training) {
        let Some(day) = r.data.date.filter(|_| !r.data.held) else {
            continue;
        };
        if day < today {
            continue;
        }
        let topic = if r.data.topic.trim().is_empty() {
            crate::draft::document::training_kind_text(r.data.kind, lang).to_string()
        } else {
            short(&r.data.topic, 60)
        };
        out.push(Reminder {
            kind: Kind::Training,
            id: r.id,
            when: When::Day(day),
            summary: fill(k(K::CalTraining), &[("topic", &topic)]),
        });
    }
    // A date an iCalendar file cannot hold (before year 1, after 9999) is
    // left out rather than written wrong.
    out.retain(|r| (1..=9999).contains(&r.when.day().year()));
    crate::kernel::order::sort_by_key(&mut out, |r| (r.when.day(), r.when, r.kind.code()));
    out
}

/// Escapes a TEXT value (RFC 5545, 3.3.11): backslash, semicolon, comma
/// and line breaks; other control characters are dropped.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends one content line, folded at 75 octets (RFC 5545, 3.1) without
/// splitting a character, ended by CRLF.
fn line(out: &mut String, content: &str) {
    let mut width = 0;
    for c in content.chars() {
        let n = c.len_utf8();
        if width + n > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += n;
    }
    out.push_str("\r\n");
}

fn day_value(d: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

fn stamp_value(t: DateTime<Utc>) -> String {
    t.format("%Y%m%dT%H%M%SZ").to_string()
}

/// The iCalendar file of `reminders`, named `name` in the calendar
/// (`X-WR-CALNAME`, for a file of everything). `now` is its DTSTAMP.
pub fn ics(reminders: &[Reminder], name: Option<&str>, now: DateTime<Utc>) -> String {
    let mut out = String::new();
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, "PRODID:-//Servicebook//Servicebook//EN");
    line(&mut out, "CALSCALE:GREGORIAN");
    line(&mut out, "METHOD:PUBLISH");
    if let Some(name) = name {
        line(&mut out, &format!("X-WR-CALNAME:{}", escape(name)));
    }
    for r in reminders {
        line(&mut out, "BEGIN:VEVENT");
        line(&mut out, &format!("UID:{}", r.uid()));
        line(&mut out, &format!("DTSTAMP:{}", stamp_value(now)));
        match r.when {
            When::Day(d) => {
                line(&mut out, &format!("DTSTART;VALUE=DATE:{}", day_value(d)));
                if let Some(next) = d.succ_opt().filter(|n| n.year() <= 9999) {
                    line(&mut out, &format!("DTEND;VALUE=DATE:{}", day_value(next)));
                }
            }
            When::At(t) => {
                line(&mut out, &format!("DTSTART:{}", stamp_value(t)));
                if let Some(end) = t
                    .checked_add_signed(Duration::minutes(30))
                    .filter(|e| e.year() <= 9999)
                {
                    line(&mut out, &format!("DTEND:{}", stamp_value(end)));
                }
            }
        }
        line(&mut out, &format!("SUMMARY:{}", escape(&r.summary)));
        line(&mut out, "TRANSP:TRANSPARENT");
        line(&mut out, "BEGIN:VALARM");
        line(&mut out, "ACTION:DISPLAY");
        line(&mut out, &format!("DESCRIPTION:{}", escape(&r.summary)));
        match r.when {
            // At nine on the day; at the time itself.
            When::Day(_) => line(&mut out, "TRIGGER:PT9H"),
            When::At(_) => line(&mut out, "TRIGGER:-PT15M"),
        }
        line(&mut out, "END:VALARM");
        line(&mut out, "END:VEVENT");
    }
    line(&mut out, "END:VCALENDAR");
    out
}

// Native only: the parser the tests read the files back with is a native
// dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::draft::plan::{Review, Training, TrainingKind};
    use crate::listen::complaints::Complaint;
    use crate::run::meetings::MeetingNote;
    use crate::run::team::{Cadence, Member, OneOnOne, Pulse, PulseRound};
    use chrono::TimeZone;
    use icalendar::parser::{read_calendar_simple, unfold};

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 12, 7, 10, 0, 0).unwrap()
    }

    fn meeting(customer: &str, follow_up: Option<NaiveDate>) -> MeetingNote {
        MeetingNote {
            date: day(2026, 12, 1),
            kind: Default::default(),
            customer: customer.into(),
            staff: String::new(),
            topics: String::new(),
            feedback: String::new(),
            actions: vec![],
            follow_up,
            followed_up: false,
        }
    }

    /// A workbook with one of each thing that can be due, and some that
    /// are not (done, held, without a date).
    fn workbook() -> Workbook {
        let mut wb = Workbook::default();
        let at = now();
        let mut c = Complaint {
            received: at - Duration::days(2),
            nature: "Parcel arrived, broken; the customer wants it replaced".into(),
            follow_up: Some(Utc.with_ymd_and_hms(2026, 12, 9, 15, 0, 0).unwrap()),
            ..Complaint::default()
        };
        c.customer.name = "Anna, \"Bianchi\"; 3rd floor\\B".into();
        c.customer.phone = "+39 051 123456".into();
        wb.complaints.insert(c.clone(), at);
        let mut done = c.clone();
        done.status = Status::FollowedUp;
        wb.complaints.insert(done, at);
        let mut nameless = c.clone();
        nameless.customer = Default::default();
        nameless.follow_up = Some(Utc.with_ymd_and_hms(2026, 12, 1, 9, 0, 0).unwrap());
        wb.complaints.insert(nameless, at);
        wb.meetings
            .insert(meeting("Ristorante Sole", Some(day(2026, 12, 20))), at);
        let member = wb.members.insert(
            Member {
                name: "Giulia".into(),
                role: String::new(),
                cadence: Cadence::Weekly,
            },
            at,
        );
        wb.members.insert(
            Member {
                name: "Never met".into(),
                ..Member::default()
            },
            at,
        );
        wb.one_on_ones.insert(
            OneOnOne {
                member,
                date: day(2026, 12, 3),
                notes: "private".into(),
                actions: vec![],
            },
            at,
        );
        wb.pulses.insert(
            Pulse {
                title: "Monthly pulse".into(),
                cadence: Cadence::Monthly,
                questions: vec!["Q".into()],
                rounds: vec![PulseRound {
                    date: day(2026, 11, 15),
                    answers: vec![],
                }],
            },
            at,
        );
        wb.reviews.insert(
            Review {
                on: day(2026, 11, 1),
                changed: String::new(),
                next: Some(day(2027, 5, 1)),
            },
            at,
        );
        wb.training.insert(
            Training {
                kind: TrainingKind::KickOff,
                date: Some(day(2026, 12, 14)),
                ..Training::default()
            },
            at,
        );
        wb.training.insert(
            Training {
                date: Some(day(2026, 12, 15)),
                topic: "Returns".into(),
                held: true,
                ..Training::default()
            },
            at,
        );
        wb
    }

    #[test]
    fn everything_due_and_nothing_done_in_date_order() {
        let r = reminders(&workbook(), Lang::En, day(2026, 12, 7));
        let got: Vec<(Kind, NaiveDate, &str)> = r
            .iter()
            .map(|r| (r.kind, r.when.day(), r.summary.as_str()))
            .collect();
        assert_eq!(
            got,
            vec![
                (
                    Kind::FollowUp,
                    day(2026, 12, 1),
                    "Follow up: Parcel arrived, broken; the customer wants it replaced"
                ),
                (
                    Kind::FollowUp,
                    day(2026, 12, 9),
                    "Follow up: Anna, \"Bianchi\"; 3rd floor\\B"
                ),
                (Kind::OneOnOne, day(2026, 12, 10), "1:1 with Giulia"),
                (
                    Kind::Training,
                    day(2026, 12, 14),
                    "Training: Kick-off meeting (mandatory)"
                ),
                (
                    Kind::Pulse,
                    day(2026, 12, 15),
                    "Pulse survey: Monthly pulse"
                ),
                (
                    Kind::MeetingFollowUp,
                    day(2026, 12, 20),
                    "Follow up the meeting with Ristorante Sole"
                ),
                (
                    Kind::Review,
                    day(2027, 5, 1),
                    "Review the customer service plan"
                ),
            ]
        );
    }

    /// The file is read back by an independent parser (the `icalendar`
    /// crate): every event, its UID, dates and escaped summary as written.
    #[test]
    fn the_file_parses_with_its_events_dates_and_texts() {
        let wb = workbook();
        for lang in Lang::ALL {
            let r = reminders(&wb, lang, day(2026, 12, 7));
            let text = ics(&r, Some("Servicebook: Bottega, Rossi"), now());
            assert!(text.ends_with("END:VCALENDAR\r\n"));
            for l in text.split("\r\n") {
                assert!(l.len() <= 75, "folded: {l}");
                assert!(!l.contains('\n'));
            }
            assert!(!text.contains("123456"), "no phone in a calendar");
            let unfolded = unfold(&text);
            let cal = read_calendar_simple(&unfolded).expect("parses");
            assert_eq!(cal.len(), 1);
            let vcal = &cal[0];
            assert_eq!(vcal.name, "VCALENDAR");
            let name = vcal
                .properties
                .iter()
                .find(|p| p.name == "X-WR-CALNAME")
                .unwrap();
            assert_eq!(name.val.as_ref(), "Servicebook: Bottega, Rossi");
            let events: Vec<_> = vcal
                .components
                .iter()
                .filter(|c| c.name == "VEVENT")
                .collect();
            assert_eq!(events.len(), r.len());
            for (e, want) in events.iter().zip(&r) {
                let prop = |n: &str| {
                    e.properties
                        .iter()
                        .find(|p| p.name == n)
                        .unwrap_or_else(|| panic!("{n}"))
                };
                assert_eq!(prop("UID").val.as_ref(), want.uid());
                assert_eq!(prop("SUMMARY").val.as_ref(), want.summary);
                let start = prop("DTSTART");
                match want.when {
                    When::Day(d) => {
                        assert_eq!(start.val.as_ref(), day_value(d));
                        assert!(start.params.iter().any(|p| p.key == "VALUE"
                            && p.val.as_ref().map(|v| v.as_ref()) == Some("DATE")));
                    }
                    When::At(t) => assert_eq!(start.val.as_ref(), stamp_value(t)),
                }
                assert!(e.components.iter().any(|c| c.name == "VALARM"));
            }
        }
    }

    #[test]
    fn escaping_and_folding_keep_every_character() {
        let summary = "Ünïcödé ☕ 🧾, ; \\ line\nbreak \u{202E}rtl ".repeat(5);
        let r = vec![Reminder {
            kind: Kind::FollowUp,
            id: Uuid::nil(),
            when: When::Day(day(2026, 1, 1)),
            summary: summary.clone(),
        }];
        let text = ics(&r, None, now());
        for l in text.split("\r\n") {
            assert!(l.len() <= 75);
        }
        let unfolded = unfold(&text);
        let cal = read_calendar_simple(&unfolded).expect("parses");
        let e = &cal[0].components[0];
        let got = e.properties.iter().find(|p| p.name == "SUMMARY").unwrap();
        // Read back (the parser unescapes), the summary is as typed.
        assert_eq!(got.val.as_ref(), summary);
    }

    /// Dates at the edges of what a record can hold: never a panic, never a
    /// date the format cannot write.
    #[test]
    fn edge_dates_are_written_or_left_out_never_a_panic() {
        let mut wb = Workbook::default();
        for d in [
            NaiveDate::MIN,
            NaiveDate::MAX,
            day(9999, 12, 31),
            day(1, 1, 1),
        ] {
            wb.meetings.insert(meeting("", Some(d)), now());
        }
        let mut c = Complaint {
            received: now(),
            follow_up: Some(DateTime::<Utc>::MAX_UTC),
            ..Complaint::default()
        };
        wb.complaints.insert(c.clone(), now());
        c.follow_up = Some(Utc.with_ymd_and_hms(9999, 12, 31, 23, 50, 0).unwrap());
        wb.complaints.insert(c, now());
        let r = reminders(&wb, Lang::En, day(2026, 12, 7));
        assert_eq!(r.len(), 3, "year 1, 9999 (a day and an instant)");
        let text = ics(&r, None, now());
        let unfolded = unfold(&text);
        let cal = read_calendar_simple(&unfolded).expect("parses");
        assert_eq!(cal[0].components.len(), 3);
        assert!(text.contains("DTSTART;VALUE=DATE:00010101"));
        assert!(text.contains("DTSTART:99991231T235000Z"));
        assert!(!text.contains("DTEND;VALUE=DATE:100000101"));
    }
}
