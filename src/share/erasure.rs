//! Erasing a customer's personal data everywhere it is kept: every
//! complaint and customer meeting note that names them, not only the
//! complaint at hand. [`find`] lists the records for the user to confirm;
//! [`erase`] blanks the confirmed ones.
//!
//! Records are matched by name (folded, trimmed, spaces collapsed), phone
//! (digits only; an international number matches its national form) or
//! e-mail (case-insensitive). Matches are offered, never erased unseen:
//! two customers can share a name.

use crate::book::drafts::Draft;
use crate::book::workbook::{Part, Workbook};
use crate::kernel::text::{email_key, name_key, phone_key, same_phone};
use crate::listen::complaints::{local_date, Complaint, Customer};
use chrono::{DateTime, NaiveDate, Utc};
use uuid::Uuid;

/// What identifies the customer to look for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Person {
    pub name: String,
    pub phone: String,
    pub email: String,
}

impl Person {
    /// The customer of a complaint.
    pub fn of(customer: &Customer) -> Person {
        Person {
            name: customer.name.clone(),
            phone: customer.phone.clone(),
            email: customer.email.clone(),
        }
    }
}

impl Person {
    /// The customer of a meeting note, kept as one line of text: a name,
    /// sometimes with an e-mail address and a phone number ("Maria Rossi,
    /// maria@example.it, +39 333 123 4567"). The first word with an `@` is
    /// the e-mail, the first run of number-like words with at least six
    /// digits the phone, the other words the name.
    pub fn from_line(line: &str) -> Person {
        let mut name: Vec<&str> = Vec::new();
        let mut phone = String::new();
        let mut email = String::new();
        let mut run: Vec<&str> = Vec::new();
        fn flush<'a>(run: &mut Vec<&'a str>, phone: &mut String, name: &mut Vec<&'a str>) {
            if run.is_empty() {
                return;
            }
            let joined = run.join(" ");
            if phone.is_empty() && phone_key(&joined).is_some() {
                *phone = joined;
            } else {
                name.append(run);
            }
            run.clear();
        }
        let words = line
            .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '|'))
            .map(|w| {
                w.trim_matches(|c: char| {
                    matches!(
                        c,
                        '<' | '>' | '[' | ']' | '"' | '\'' | ':' | '«' | '»' | '“' | '”'
                    )
                })
            })
            .filter(|w| !w.is_empty());
        for word in words {
            let numeric = word.chars().any(|c| c.is_ascii_digit())
                && word
                    .chars()
                    .all(|c| c.is_ascii_digit() || matches!(c, '+' | '-' | '.' | '(' | ')' | '/'));
            if numeric {
                run.push(word);
                continue;
            }
            flush(&mut run, &mut phone, &mut name);
            if word.contains('@') && email.is_empty() {
                email = word
                    .trim_matches(|c| matches!(c, '(' | ')' | '.'))
                    .to_string();
            } else {
                name.push(word.trim_matches(|c| matches!(c, '(' | ')')));
            }
        }
        flush(&mut run, &mut phone, &mut name);
        Person {
            name: name
                .into_iter()
                .filter(|w| !w.is_empty())
                .collect::<Vec<_>>()
                .join(" "),
            phone,
            email,
        }
    }
}

/// What a record shares with the person looked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum By {
    Name,
    Phone,
    Email,
}

/// A record that names the person.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub part: Part,
    pub id: Uuid,
    /// The complaint's (local) day, or the meeting's.
    pub date: NaiveDate,
    /// A short label: the start of the complaint's nature, or of the
    /// meeting's topics.
    pub label: String,
    pub by: Vec<By>,
    /// In the trash (its personal data is still kept until purged).
    pub trashed: bool,
}

/// The first `n` characters of the first line, with "…" when cut.
fn short(text: &str, n: usize) -> String {
    let line = text.trim().lines().next().unwrap_or("").trim();
    if line.chars().count() > n || text.trim().lines().nth(1).is_some() {
        let cut: String = line.chars().take(n).collect();
        format!("{}…", cut.trim_end())
    } else {
        line.to_string()
    }
}

/// What a complaint's customer shares with the person looked for.
fn named_by(c: &Customer, who: &Person) -> Vec<By> {
    shared(&c.name, &c.phone, &c.email, who)
}

/// What a name, phone and e-mail share with the person looked for.
fn shared(name: &str, phone: &str, email: &str, who: &Person) -> Vec<By> {
    let wanted_name = name_key(&who.name);
    let wanted_email = email_key(&who.email);
    let mut by = Vec::new();
    if !wanted_name.is_empty() && name_key(name) == wanted_name {
        by.push(By::Name);
    }
    if same_phone(phone, &who.phone) {
        by.push(By::Phone);
    }
    if !wanted_email.is_empty() && email_key(email) == wanted_email {
        by.push(By::Email);
    }
    by
}

/// Erases the person's data from a complaint kept as a draft on this
/// device (what was typed and the record it began from), as [`erase`] does
/// in the workbook; the rest of the draft stays. Says whether it named them.
pub fn erase_in_draft(d: &mut Draft<Complaint>, who: &Person, at: DateTime<Utc>) -> bool {
    let named = !named_by(&d.record.customer, who).is_empty()
        || d.base
            .as_ref()
            .is_some_and(|b| !named_by(&b.customer, who).is_empty());
    if named {
        d.record.erase_personal_data(at);
        if let Some(b) = d.base.as_mut() {
            b.erase_personal_data(at);
        }
    }
    named
}

/// Every complaint and meeting note (in the trash too) that names
/// `who`: complaints first, each part oldest first. Nothing when `who`
/// gives nothing to match by.
pub fn find(wb: &Workbook, who: &Person, offset_minutes: i32) -> Vec<Found> {
    let mut out = Vec::new();
    for r in wb.complaints.all() {
        let by = named_by(&r.data.customer, who);
        if !by.is_empty() {
            out.push(Found {
                part: Part::Complaints,
                id: r.id,
                date: local_date(r.data.received, offset_minutes),
                label: short(&r.data.nature, 60),
                by,
                trashed: !r.is_live(),
            });
        }
    }
    for r in wb.meetings.all() {
        // A meeting note keeps the customer as one line of text.
        let m = &r.data;
        let them = Person::from_line(&m.customer);
        let by = shared(&them.name, &them.phone, &them.email, who);
        if !by.is_empty() {
            out.push(Found {
                part: Part::Meetings,
                id: r.id,
                date: m.date,
                label: short(&m.topics, 60),
                by,
                trashed: !r.is_live(),
            });
        }
    }
    out
}

/// Erases the customer's personal data in the records given (complaints:
/// name, address, phone, e-mail, marked erased; meeting notes: the
/// customer), each record touched at `at` so the erasure wins a merge.
/// Returns how many records changed.
pub fn erase(wb: &mut Workbook, which: &[(Part, Uuid)], at: DateTime<Utc>) -> usize {
    let mut n = 0;
    for &(part, id) in which {
        let done = match part {
            Part::Complaints => wb.complaints.update(id, at, |c| c.erase_personal_data(at)),
            Part::Meetings => wb.meetings.update(id, at, |m| m.customer.clear()),
            _ => false,
        };
        n += usize::from(done);
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::listen::complaints::Complaint;
    use crate::run::meetings::MeetingNote;
    use chrono::TimeZone;

    fn at(s: i64) -> DateTime<Utc> {
        Utc.timestamp_opt(1_760_000_000 + s, 0).unwrap()
    }

    fn complaint(wb: &mut Workbook, name: &str, phone: &str, email: &str, s: i64) -> Uuid {
        wb.complaints.insert(
            Complaint {
                nature: format!("Problem {s}"),
                customer: Customer {
                    name: name.into(),
                    address: "Via Roma 1".into(),
                    phone: phone.into(),
                    email: email.into(),
                },
                ..Complaint::new(at(s))
            },
            at(s),
        )
    }

    fn meeting(wb: &mut Workbook, customer: &str, s: i64) -> Uuid {
        wb.meetings.insert(
            MeetingNote {
                date: at(s).date_naive(),
                kind: Default::default(),
                customer: customer.into(),
                staff: "Luca".into(),
                topics: "Delivery times\nand more".into(),
                feedback: String::new(),
                actions: Vec::new(),
                follow_up: None,
                followed_up: false,
            },
            at(s),
        )
    }

    #[test]
    fn finds_every_record_naming_the_customer_by_name_phone_or_email() {
        let mut wb = Workbook::default();
        let viewed = complaint(
            &mut wb,
            "Ayşe Yılmaz",
            "+90 555 123 45 67",
            "ayse@example.com",
            0,
        );
        let by_name = complaint(&mut wb, "  AYŞE   YILMAZ ", "", "", 1);
        let by_phone = complaint(&mut wb, "A. Y.", "0555 123 45 67", "", 2);
        let by_email = complaint(&mut wb, "", "", "Ayse@Example.COM ", 3);
        let other = complaint(&mut wb, "Mario Rossi", "+39 055 123456", "m@r.it", 4);
        let trashed = complaint(&mut wb, "Ayse Yilmaz", "", "", 5);
        wb.complaints.trash(trashed, at(6));
        let meet = meeting(&mut wb, "ayşe yılmaz", 7);
        let meet_mail = meeting(&mut wb, "Ayşe Y. <ayse@example.com>", 8);
        meeting(&mut wb, "Anna Verdi", 9);

        let who = Person::of(&wb.complaints.get(viewed).unwrap().data.customer);
        let found = find(&wb, &who, 0);
        let ids: Vec<Uuid> = found.iter().map(|f| f.id).collect();
        assert_eq!(
            ids,
            vec![viewed, by_name, by_phone, by_email, trashed, meet, meet_mail]
        );
        assert!(!ids.contains(&other));
        assert_eq!(found[0].by, vec![By::Name, By::Phone, By::Email]);
        assert_eq!(found[1].by, vec![By::Name]);
        assert_eq!(found[2].by, vec![By::Phone]);
        assert_eq!(found[3].by, vec![By::Email]);
        assert!(found[4].trashed && !found[0].trashed);
        assert_eq!(
            (found[5].part, found[5].by.clone()),
            (Part::Meetings, vec![By::Name])
        );
        assert_eq!(found[6].by, vec![By::Email]);
        assert_eq!(found[5].label, "Delivery times…");
        assert_eq!(found[0].label, "Problem 0");
        // Nothing to match by: nothing found (blank fields never match).
        assert!(find(&wb, &Person::default(), 0).is_empty());
    }

    #[test]
    fn erases_only_the_confirmed_records_and_touches_them() {
        let mut wb = Workbook::default();
        let a = complaint(&mut wb, "Mario Rossi", "", "", 0);
        let b = complaint(&mut wb, "mario rossi", "", "", 1);
        let m = meeting(&mut wb, "Mario Rossi", 2);
        let who = Person {
            name: "Mario Rossi".into(),
            ..Person::default()
        };
        assert_eq!(find(&wb, &who, 0).len(), 3);
        // The user unticks b (another Mario Rossi).
        let n = erase(
            &mut wb,
            &[(Part::Complaints, a), (Part::Meetings, m)],
            at(100),
        );
        assert_eq!(n, 2);
        let ra = wb.complaints.get(a).unwrap();
        assert!(ra.data.customer.is_blank());
        assert_eq!(ra.data.erased, Some(at(100)));
        assert_eq!(ra.updated, at(100));
        assert_eq!(ra.data.nature, "Problem 0", "the complaint stays");
        let rm = wb.meetings.get(m).unwrap();
        assert!(rm.data.customer.is_empty() && rm.updated == at(100));
        assert_eq!(rm.data.topics, "Delivery times\nand more");
        assert_eq!(
            wb.complaints.get(b).unwrap().data.customer.name,
            "mario rossi"
        );
        let left: Vec<Uuid> = find(&wb, &who, 0).iter().map(|f| f.id).collect();
        assert_eq!(left, vec![b]);
        assert_eq!(erase(&mut wb, &[(Part::Sops, b)], at(101)), 0);
    }

    #[test]
    fn a_meeting_line_splits_into_name_phone_and_email() {
        let p = |line: &str| {
            let p = Person::from_line(line);
            (p.name, p.phone, p.email)
        };
        let own = |a: &str, b: &str, c: &str| (a.to_string(), b.to_string(), c.to_string());
        assert_eq!(p("Maria Rossi"), own("Maria Rossi", "", ""));
        assert_eq!(
            p("Maria Rossi, maria@example.it, +39 333 123 4567"),
            own("Maria Rossi", "+39 333 123 4567", "maria@example.it")
        );
        assert_eq!(
            p("Ayşe Y. <ayse@example.com>"),
            own("Ayşe Y.", "", "ayse@example.com")
        );
        assert_eq!(
            p("(0555) 123-45-67 Ali Kaya"),
            own("Ali Kaya", "(0555) 123-45-67", "")
        );
        // Short numbers stay in the name (a room, a shop number).
        assert_eq!(p("Negozio 12"), own("Negozio 12", "", ""));
        assert_eq!(p("  "), own("", "", ""));
        // Hostile text: no panic, nothing invented.
        for line in [
            "@",
            "@@@ ,,; ||",
            "+",
            "\u{202e}gnp.exe",
            "0000000000000000000000000000000",
            "a\u{0}b\u{ffff}",
            &"9".repeat(10_000),
        ] {
            let _ = Person::from_line(line);
        }
    }

    #[test]
    fn a_meeting_note_is_found_by_phone_and_by_name_beside_an_email() {
        let mut wb = Workbook::default();
        let by_phone = meeting(&mut wb, "Signora Bianchi, tel. 333 123 4567", 1);
        let by_name = meeting(&mut wb, "Giulia Bianchi, giulia@example.it", 2);
        meeting(&mut wb, "Giulia Bianchini", 3);
        let who = Person {
            name: "giulia  bianchi".into(),
            phone: "+39 333 1234567".into(),
            email: String::new(),
        };
        let found = find(&wb, &who, 0);
        let ids: Vec<(Uuid, Vec<By>)> = found.into_iter().map(|f| (f.id, f.by)).collect();
        assert_eq!(
            ids,
            vec![(by_phone, vec![By::Phone]), (by_name, vec![By::Name])]
        );
        // From the meeting note's own line, the same records are offered.
        let from_note = Person::from_line("Giulia Bianchi, 333 123 4567");
        let found: Vec<Uuid> = find(&wb, &from_note, 0).into_iter().map(|f| f.id).collect();
        assert_eq!(found, vec![by_phone, by_name]);
    }

    #[test]
    fn a_draft_that_names_the_person_loses_their_data_and_keeps_the_rest() {
        let mut wb = Workbook::default();
        let id = complaint(
            &mut wb,
            "Anna Bianchi",
            "+39 055 123456",
            "anna@example.com",
            1,
        );
        let saved = wb.complaints.get(id).unwrap().data.clone();
        let mut typed = saved.clone();
        typed.nature = "Still waiting".into();
        let mut d = Draft {
            record: typed,
            base: Some(saved),
            edited: at(2),
        };
        let who = Person::from_line("anna bianchi");
        assert!(erase_in_draft(&mut d, &who, at(3)));
        for c in [&d.record, d.base.as_ref().unwrap()] {
            assert_eq!(c.customer, Customer::default());
        }
        assert_eq!(d.record.nature, "Still waiting");
        // Someone else's draft is left alone.
        let mut other = Draft {
            record: wb.complaints.get(id).unwrap().data.clone(),
            base: None,
            edited: at(2),
        };
        let before = other.clone();
        assert!(!erase_in_draft(
            &mut other,
            &Person::from_line("Bruno Neri"),
            at(3)
        ));
        assert_eq!(other, before);
    }
}
