//! The example workbook a newcomer can open: a small shop, in their language.

use super::complaint::{Answer, Channel, Complaint, Customer, Status, DEFAULT_CATEGORIES};
use super::record::{Collection, Record};
use super::selftest::{statements, SelfTest};
use super::workbook::{Profile, Workbook};
use crate::i18n::Lang;
use chrono::{DateTime, Duration, Utc};

/// Ratings per area for three takings a few months apart: the shop starts
/// weak on knowing and reaching its customers and improves.
const TAKINGS: [([u8; 7], &[&str; 3]); 3] = [
    (
        [3, 3, 2, 2, 2, 3, 3],
        &["First baseline", "Prima valutazione", "İlk değerlendirme"],
    ),
    (
        [4, 3, 3, 3, 3, 4, 3],
        &[
            "After the complaint log",
            "Dopo il registro dei reclami",
            "Şikâyet kaydından sonra",
        ],
    ),
    (
        [4, 4, 4, 3, 4, 4, 4],
        &[
            "After staff training",
            "Dopo la formazione del personale",
            "Personel eğitiminden sonra",
        ],
    ),
];

pub fn example(lang: Lang, at: DateTime<Utc>) -> Workbook {
    let name = [
        "Corner Hardware (example)",
        "Ferramenta all'angolo (esempio)",
        "Köşe Hırdavat (örnek)",
    ][lang.index()];
    let mut wb = Workbook::default();
    wb.profile.set(
        Profile {
            business_name: name.to_string(),
            example: true,
        },
        at,
    );
    let mut records = Vec::new();
    for (i, (ratings, note)) in TAKINGS.iter().enumerate() {
        let when = at - Duration::days(90 * (TAKINGS.len() - i) as i64);
        let mut test = SelfTest {
            note: note[lang.index()].to_string(),
            ..SelfTest::default()
        };
        for (n, (area, s)) in statements().enumerate() {
            // A little variation inside each area, kept within 1..=5.
            let wobble = [0i8, 1, -1, 0, 0][n % 5];
            let r = (ratings[area] as i8 + wobble).clamp(1, 5) as u8;
            test.answer(s.id, r);
        }
        test.completed = Some(when);
        records.push(Record::new(test, when));
    }
    wb.self_tests = Collection::from_records(records);
    wb.complaints = Collection::from_records(
        COMPLAINTS
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let received = at - Duration::days(c.days_ago) - Duration::hours(i as i64 % 7);
                let l = lang.index();
                let complaint = Complaint {
                    customer: Customer {
                        name: c.customer.to_string(),
                        address: String::new(),
                        phone: format!("+39 055 01{i:02} 77{i:02}"),
                        email: String::new(),
                    },
                    taken_by: c.taken_by.to_string(),
                    received,
                    resolved: c.resolved_after_h.map(|h| received + Duration::hours(h)),
                    nature: c.nature[l].to_string(),
                    category: DEFAULT_CATEGORIES[c.category][l].to_string(),
                    channel: c.channel,
                    status: c.status,
                    solution: c.solution[l].to_string(),
                    on_the_spot: c.resolved_after_h.is_some_and(|h| h < 1),
                    follow_up: c.follow_up_after_d.map(|d| received + Duration::days(d)),
                    satisfied: c.satisfied,
                    bought_again: c.bought_again,
                    ..Complaint::new(received)
                };
                Record::new(complaint, received)
            })
            .collect(),
    );
    wb
}

struct Sample {
    days_ago: i64,
    customer: &'static str,
    taken_by: &'static str,
    category: usize,
    channel: Channel,
    status: Status,
    resolved_after_h: Option<i64>,
    follow_up_after_d: Option<i64>,
    satisfied: Answer,
    bought_again: Answer,
    nature: [&'static str; 3],
    solution: [&'static str; 3],
}

const BROKEN: [&str; 3] = [
    "The drill arrived with a cracked case.",
    "Il trapano è arrivato con la scocca incrinata.",
    "Matkap çatlak bir gövdeyle geldi.",
];
const REPLACE: [&str; 3] = [
    "Replacement sent the same day.",
    "Sostituzione spedita in giornata.",
    "Aynı gün yenisi gönderildi.",
];
const LATE: [&str; 3] = [
    "The paint order came four days after the promised date.",
    "L'ordine di vernice è arrivato quattro giorni dopo la data promessa.",
    "Boya siparişi söz verilen tarihten dört gün sonra geldi.",
];
const VOUCHER: [&str; 3] = [
    "Apologised; 10% voucher on the next order.",
    "Scuse e buono del 10% sul prossimo ordine.",
    "Özür dilendi; sonraki siparişte %10 indirim kuponu.",
];
const WRONG: [&str; 3] = [
    "Received 6 mm screws instead of 8 mm.",
    "Ricevute viti da 6 mm invece che da 8 mm.",
    "8 mm yerine 6 mm vida geldi.",
];
const SWAP: [&str; 3] = [
    "Swapped at the counter.",
    "Sostituite al banco.",
    "Tezgâhta değiştirildi.",
];
const STOCK: [&str; 3] = [
    "The hinges on the website were not in stock.",
    "Le cerniere del sito non erano disponibili.",
    "Web sitesindeki menteşeler stokta yoktu.",
];
const ORDERED: [&str; 3] = [
    "Ordered from the supplier; customer to be called.",
    "Ordinate al fornitore; richiamare il cliente.",
    "Tedarikçiden sipariş edildi; müşteri aranacak.",
];
const RUDE: [&str; 3] = [
    "The customer felt rushed at the till on Saturday.",
    "Il cliente si è sentito messo fretta alla cassa sabato.",
    "Müşteri cumartesi kasada aceleye getirildiğini hissetti.",
];
const TALK: [&str; 3] = [
    "Talked it through with the team.",
    "Parlato con il personale.",
    "Ekiple konuşuldu.",
];

const COMPLAINTS: [Sample; 8] = [
    Sample {
        days_ago: 60,
        customer: "Giulia Ferri",
        taken_by: "Marco",
        category: 0,
        channel: Channel::InPerson,
        status: Status::FollowedUp,
        resolved_after_h: Some(0),
        follow_up_after_d: Some(7),
        satisfied: Answer::Yes,
        bought_again: Answer::Yes,
        nature: BROKEN,
        solution: REPLACE,
    },
    Sample {
        days_ago: 45,
        customer: "Luca Conti",
        taken_by: "Marco",
        category: 1,
        channel: Channel::Phone,
        status: Status::FollowedUp,
        resolved_after_h: Some(26),
        follow_up_after_d: Some(10),
        satisfied: Answer::Yes,
        bought_again: Answer::No,
        nature: LATE,
        solution: VOUCHER,
    },
    Sample {
        days_ago: 30,
        customer: "Elif Demir",
        taken_by: "Sara",
        category: 0,
        channel: Channel::Email,
        status: Status::Resolved,
        resolved_after_h: Some(20),
        follow_up_after_d: Some(5),
        satisfied: Answer::Unknown,
        bought_again: Answer::Unknown,
        nature: BROKEN,
        solution: REPLACE,
    },
    Sample {
        days_ago: 21,
        customer: "Paolo Greco",
        taken_by: "Sara",
        category: 2,
        channel: Channel::InPerson,
        status: Status::FollowedUp,
        resolved_after_h: Some(0),
        follow_up_after_d: Some(3),
        satisfied: Answer::Yes,
        bought_again: Answer::Yes,
        nature: WRONG,
        solution: SWAP,
    },
    Sample {
        days_ago: 12,
        customer: "Anna Moretti",
        taken_by: "Marco",
        category: 3,
        channel: Channel::Web,
        status: Status::InProgress,
        resolved_after_h: None,
        follow_up_after_d: Some(4),
        satisfied: Answer::Unknown,
        bought_again: Answer::Unknown,
        nature: STOCK,
        solution: ORDERED,
    },
    Sample {
        days_ago: 9,
        customer: "Mehmet Kaya",
        taken_by: "Sara",
        category: 1,
        channel: Channel::Social,
        status: Status::Resolved,
        resolved_after_h: Some(48),
        follow_up_after_d: Some(20),
        satisfied: Answer::No,
        bought_again: Answer::Unknown,
        nature: LATE,
        solution: VOUCHER,
    },
    Sample {
        days_ago: 5,
        customer: "Chiara Russo",
        taken_by: "Marco",
        category: 4,
        channel: Channel::InPerson,
        status: Status::Resolved,
        resolved_after_h: Some(3),
        follow_up_after_d: Some(14),
        satisfied: Answer::Yes,
        bought_again: Answer::Unknown,
        nature: RUDE,
        solution: TALK,
    },
    Sample {
        days_ago: 2,
        customer: "Davide Bruno",
        taken_by: "Sara",
        category: 0,
        channel: Channel::Phone,
        status: Status::Open,
        resolved_after_h: None,
        follow_up_after_d: None,
        satisfied: Answer::Unknown,
        bought_again: Answer::Unknown,
        nature: BROKEN,
        solution: REPLACE,
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn example_has_three_finished_takings_that_improve() {
        let at = Utc.timestamp_opt(1_760_000_000, 0).unwrap();
        for lang in Lang::ALL {
            let wb = example(lang, at);
            assert!(wb.profile.data.example);
            let done = wb.finished_self_tests();
            assert_eq!(done.len(), 3);
            let totals: Vec<u32> = done
                .iter()
                .map(|r| r.data.score().unwrap().total.0)
                .collect();
            assert!(totals[0] < totals[1] && totals[1] < totals[2], "{totals:?}");
        }
        assert!(example(Lang::It, at)
            .profile
            .data
            .business_name
            .contains("esempio"));
    }
}
