//! The example workbook a newcomer can open: a small shop, in their language.

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
    wb
}

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
