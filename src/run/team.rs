//! Listening to the team (seed 003): pulse surveys, 1:1 meetings and the
//! employee Net Promoter Score; and the service checklist (seed 004).

use crate::i18n::{Lang, K};
use crate::kernel::count;
use crate::kernel::record::Collection;
use crate::run::meetings::MeetingNote;
use crate::run::procedures::Sop;
use chrono::{Days, Months, NaiveDate};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

// ---- eNPS ------------------------------------------------------------------------------

/// The question, as the seed asks it.
pub const ENPS_QUESTION: K = K::EnpsQuestion;

/// The answer scale: the standard 0 to 10, or the seed's 1 to 10. Both
/// count 9–10 as promoters, 7–8 as passives and the rest (0 or 1 to 6) as
/// detractors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Scale {
    #[default]
    ZeroToTen,
    OneToTen,
}

impl Scale {
    pub fn lowest(self) -> u8 {
        match self {
            Scale::ZeroToTen => 0,
            Scale::OneToTen => 1,
        }
    }
}

/// One round of the eNPS question: how many gave each score.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EnpsRound {
    #[serde(deserialize_with = "crate::kernel::bounds::date")]
    pub date: NaiveDate,
    #[serde(default)]
    pub scale: Scale,
    /// `counts[s]` answered `s` (index 0 unused on the 1 to 10 scale).
    /// Each at most [`count::MAX`]: a file with more is refused.
    #[serde(deserialize_with = "count::array")]
    pub counts: [u32; 11],
    #[serde(default)]
    pub note: String,
}

/// The score and its parts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Enps {
    pub responses: u32,
    pub promoters: u32,
    pub passives: u32,
    pub detractors: u32,
    /// % promoters − % detractors, −100 to 100.
    pub score: f64,
}

impl EnpsRound {
    pub fn new(date: NaiveDate, scale: Scale) -> EnpsRound {
        EnpsRound {
            date,
            scale,
            counts: [0; 11],
            note: String::new(),
        }
    }

    /// Adds individual answers; returns those outside the scale, which are
    /// not counted (nor any beyond [`count::MAX`] of one score).
    pub fn add_answers(&mut self, answers: &[u8]) -> Vec<u8> {
        let mut refused = Vec::new();
        for &a in answers {
            if a < self.scale.lowest() || a > 10 || self.counts[a as usize] >= count::MAX {
                refused.push(a);
            } else {
                self.counts[a as usize] += 1;
            }
        }
        refused
    }

    /// `None` with no responses.
    pub fn enps(&self) -> Option<Enps> {
        let lo = self.scale.lowest() as usize;
        let sum = |r: std::ops::RangeInclusive<usize>| count::sum(r.map(|i| self.counts[i]));
        let promoters = sum(9..=10);
        let passives = sum(7..=8);
        let detractors = sum(lo..=6);
        let responses = count::sum([promoters, passives, detractors]);
        if responses == 0 {
            return None;
        }
        let pct = |n: u32| 100.0 * f64::from(n) / f64::from(responses);
        Some(Enps {
            responses,
            promoters,
            passives,
            detractors,
            score: pct(promoters) - pct(detractors),
        })
    }
}

/// Reads answers typed as numbers separated by spaces, commas or new
/// lines ("9 10 7, 3"); a word that is not a number is returned as an error.
pub fn parse_answers(text: &str) -> Result<Vec<u8>, String> {
    text.split(|c: char| c.is_whitespace() || c == ',' || c == ';')
        .filter(|w| !w.is_empty())
        .map(|w| w.parse::<u8>().map_err(|_| w.to_string()))
        .collect()
}

// ---- pulse surveys -----------------------------------------------------------------------

/// The seed: short surveys, no more than ten questions.
pub const PULSE_MAX_QUESTIONS: usize = 10;

/// A new pulse survey's title and its first questions, to adapt.
pub const PULSE_STARTER_TITLE: K = K::PulseStarterTitle;
pub const PULSE_STARTER_QUESTIONS: [K; 3] = [
    K::PulseStarterWhatINeed,
    K::PulseStarterExpected,
    K::PulseStarterIdeas,
];

/// A new pulse survey in language `lang`, with the starter questions.
pub fn starter_pulse(lang: Lang) -> Pulse {
    Pulse {
        title: PULSE_STARTER_TITLE.in_lang(lang).to_string(),
        cadence: Cadence::Monthly,
        questions: PULSE_STARTER_QUESTIONS
            .iter()
            .map(|q| q.in_lang(lang).to_string())
            .collect(),
        rounds: Vec::new(),
    }
}

/// Tallies answers on the 1-to-5 scale; the values outside it come back
/// refused, and nothing is counted then.
pub fn tally(answers: &[u8]) -> Result<[u32; 5], Vec<u8>> {
    let refused: Vec<u8> = answers
        .iter()
        .copied()
        .filter(|a| !(1..=5).contains(a))
        .collect();
    if !refused.is_empty() {
        return Err(refused);
    }
    let mut t = [0u32; 5];
    for a in answers {
        t[usize::from(*a) - 1] += 1;
    }
    Ok(t)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Cadence {
    Weekly,
    #[default]
    Monthly,
    Quarterly,
}

impl Cadence {
    pub const ALL: [Cadence; 3] = [Cadence::Weekly, Cadence::Monthly, Cadence::Quarterly];

    pub fn after(self, date: NaiveDate) -> NaiveDate {
        match self {
            Cadence::Weekly => date.checked_add_days(Days::new(7)),
            Cadence::Monthly => date.checked_add_months(Months::new(1)),
            Cadence::Quarterly => date.checked_add_months(Months::new(3)),
        }
        .unwrap_or(date)
    }
}

/// One round: for each question, how many answered 1 to 5.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PulseRound {
    #[serde(deserialize_with = "crate::kernel::bounds::date")]
    pub date: NaiveDate,
    /// `answers[q][s - 1]`: how many gave score `s` to question `q`, each
    /// at most [`count::MAX`].
    #[serde(default, deserialize_with = "count::rows")]
    pub answers: Vec<[u32; 5]>,
}

impl PulseRound {
    /// How many people answered: the most answers any question got (a
    /// question can be skipped).
    pub fn respondents(&self) -> u32 {
        self.answers
            .iter()
            .map(|a| count::sum(a.iter().copied()))
            .max()
            .unwrap_or(0)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Pulse {
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub cadence: Cadence,
    #[serde(default)]
    pub questions: Vec<String>,
    #[serde(default)]
    pub rounds: Vec<PulseRound>,
}

impl Pulse {
    /// The rounds in date order.
    pub fn rounds_in_order(&self) -> Vec<&PulseRound> {
        let mut r: Vec<&PulseRound> = self.rounds.iter().collect();
        crate::kernel::order::sort_by_key(&mut r, |r| r.date);
        r
    }

    /// The average score of question `q` in each round, oldest first
    /// (`None` where nobody answered it).
    pub fn trend(&self, q: usize) -> Vec<(NaiveDate, Option<f64>)> {
        self.rounds_in_order()
            .into_iter()
            .map(|r| (r.date, r.answers.get(q).and_then(average)))
            .collect()
    }

    /// When the next round is due: a cadence after the last round.
    pub fn next_due(&self) -> Option<NaiveDate> {
        self.rounds
            .iter()
            .map(|r| r.date)
            .max()
            .map(|d| self.cadence.after(d))
    }

    /// Whether the pulse asks too much (over ten questions).
    pub fn too_long(&self) -> bool {
        self.questions
            .iter()
            .filter(|q| !q.trim().is_empty())
            .count()
            > PULSE_MAX_QUESTIONS
    }
}

/// The average of a 1-to-5 tally.
pub fn average(tally: &[u32; 5]) -> Option<f64> {
    // In u64: five counts of up to 2^32 each, times 5, cannot overflow.
    let n: u64 = tally.iter().map(|&c| u64::from(c)).sum();
    if n == 0 {
        return None;
    }
    let total: u64 = (1u64..)
        .zip(tally)
        .map(|(score, &c)| score * u64::from(c))
        .sum();
    Some(total as f64 / n as f64)
}

// ---- 1:1 meetings ---------------------------------------------------------------------------

/// A member of the team and how often you meet one to one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Member {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub role: String,
    #[serde(default)]
    pub cadence: Cadence,
}

/// One 1:1 meeting. Its notes are private: they stay out of anonymised
/// copies.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OneOnOne {
    pub member: Uuid,
    #[serde(deserialize_with = "crate::kernel::bounds::date")]
    pub date: NaiveDate,
    #[serde(default)]
    pub notes: String,
    /// Agreed actions, one per line.
    #[serde(default)]
    pub actions: Vec<String>,
}

/// Whether a member is due for a 1:1 on `today`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Due {
    Never,
    Overdue { since: NaiveDate },
    DueToday,
    Next(NaiveDate),
}

pub fn one_on_one_due<'a>(
    member: Uuid,
    cadence: Cadence,
    meetings: impl IntoIterator<Item = &'a OneOnOne>,
    today: NaiveDate,
) -> Due {
    let last = meetings
        .into_iter()
        .filter(|m| m.member == member)
        .map(|m| m.date)
        .max();
    match last {
        None => Due::Never,
        Some(last) => {
            let next = cadence.after(last);
            if next < today {
                Due::Overdue { since: next }
            } else if next == today {
                Due::DueToday
            } else {
                Due::Next(next)
            }
        }
    }
}

/// What is due in the Run section on `today`, for the home page.
#[derive(Debug, Clone, PartialEq)]
pub struct RunStatus {
    pub procedures: usize,
    /// Customer meetings whose follow-up is due.
    pub follow_ups_due: usize,
    /// Team members due or overdue for a 1:1 (never met counts too).
    pub ones_due: usize,
    /// Pulse surveys whose next round is due.
    pub pulses_due: usize,
    /// The latest eNPS round with answers: its date and score.
    pub enps: Option<(NaiveDate, f64)>,
}

/// What the Run section keeps, as its summary reads it (`Workbook::running`
/// lends it).
#[derive(Debug, Clone, Copy)]
pub struct Running<'a> {
    pub sops: &'a Collection<Sop>,
    pub meetings: &'a Collection<MeetingNote>,
    pub members: &'a Collection<Member>,
    pub one_on_ones: &'a Collection<OneOnOne>,
    pub pulses: &'a Collection<Pulse>,
    pub enps: &'a Collection<EnpsRound>,
}

pub fn run_status(wb: Running, today: NaiveDate) -> RunStatus {
    let ones: Vec<&OneOnOne> = wb.one_on_ones.live().map(|r| &r.data).collect();
    RunStatus {
        procedures: wb.sops.live().count(),
        follow_ups_due: wb
            .meetings
            .live()
            .filter(|r| r.data.follow_up_due(today))
            .count(),
        ones_due: wb
            .members
            .live()
            .filter(|m| {
                !matches!(
                    one_on_one_due(m.id, m.data.cadence, ones.iter().copied(), today),
                    Due::Next(_)
                )
            })
            .count(),
        pulses_due: wb
            .pulses
            .live()
            .filter(|p| p.data.next_due().is_some_and(|d| d <= today))
            .count(),
        enps: wb
            .enps
            .live()
            .filter_map(|r| r.data.enps().map(|e| (r.data.date, e.score)))
            .max_by_key(|(d, _)| *d),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::run::checklist::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn enps_is_promoters_minus_detractors_in_percent() {
        let mut r = EnpsRound::new(day(2026, 11, 1), Scale::ZeroToTen);
        // 5 promoters, 3 passives, 2 detractors: 50% − 20% = 30.
        assert!(r.add_answers(&[10, 9, 9, 10, 9, 8, 7, 7, 6, 0]).is_empty());
        let e = r.enps().unwrap();
        assert_eq!(
            (e.promoters, e.passives, e.detractors, e.responses),
            (5, 3, 2, 10)
        );
        assert!((e.score - 30.0).abs() < 1e-9);
    }

    #[test]
    fn counts_beyond_32_bits_are_refused_and_large_sums_stay_right() {
        // The bug: 4294967295 tens and 2 nines wrapped to "+100, 1 answers".
        let json =
            |c: u64| format!(r#"{{"date":"2026-11-01","counts":[0,0,0,0,0,0,0,0,0,2,{c}]}}"#);
        for absurd in [4_294_967_297u64, 4_294_967_295, u64::from(count::MAX) + 1] {
            let e = serde_json::from_str::<EnpsRound>(&json(absurd)).unwrap_err();
            assert!(e.to_string().contains("a count from 0 to"), "{e}");
        }
        let pulse = r#"{"date":"2026-11-01","answers":[[0,0,0,0,4294967297]]}"#;
        assert!(serde_json::from_str::<PulseRound>(pulse).is_err());
        // At the bound everywhere, the figures are still exact.
        let mut r: EnpsRound = serde_json::from_str(&json(u64::from(count::MAX))).unwrap();
        r.counts = [count::MAX; 11];
        let e = r.enps().unwrap();
        assert_eq!(e.responses, 11 * count::MAX);
        assert_eq!(e.promoters, 2 * count::MAX);
        assert!((e.score - 100.0 * (2.0 - 7.0) / 11.0).abs() < 1e-9);
        assert_eq!(r.add_answers(&[10]), vec![10], "no count past the bound");
        // Even unbounded values (built in code) saturate rather than wrap.
        r.counts = [u32::MAX; 11];
        assert_eq!(r.enps().unwrap().responses, u32::MAX);
        let round = PulseRound {
            date: day(2026, 11, 1),
            answers: vec![[u32::MAX; 5]],
        };
        assert_eq!(round.respondents(), u32::MAX);
        assert_eq!(average(&[u32::MAX; 5]), Some(3.0));
    }

    #[test]
    fn enps_runs_from_minus_100_to_100() {
        let mut all_bad = EnpsRound::new(day(2026, 11, 1), Scale::ZeroToTen);
        all_bad.add_answers(&[0, 3, 6]);
        assert_eq!(all_bad.enps().unwrap().score, -100.0);
        let mut all_good = EnpsRound::new(day(2026, 11, 1), Scale::OneToTen);
        all_good.add_answers(&[9, 10]);
        assert_eq!(all_good.enps().unwrap().score, 100.0);
        let mut passive = EnpsRound::new(day(2026, 11, 1), Scale::ZeroToTen);
        passive.add_answers(&[7, 8]);
        assert_eq!(passive.enps().unwrap().score, 0.0);
        assert!(EnpsRound::new(day(2026, 11, 1), Scale::ZeroToTen)
            .enps()
            .is_none());
    }

    #[test]
    fn the_seeds_one_to_ten_scale_refuses_zero_and_counts_one_as_a_detractor() {
        let mut r = EnpsRound::new(day(2026, 11, 1), Scale::OneToTen);
        assert_eq!(r.add_answers(&[0, 1, 11, 10]), vec![0, 11]);
        let e = r.enps().unwrap();
        assert_eq!((e.detractors, e.promoters, e.responses), (1, 1, 2));
        assert_eq!(e.score, 0.0);
    }

    #[test]
    fn answers_are_read_from_typed_text() {
        assert_eq!(parse_answers("9 10, 7;3\n 8"), Ok(vec![9, 10, 7, 3, 8]));
        assert_eq!(parse_answers("9 ten"), Err("ten".into()));
        assert_eq!(parse_answers("  "), Ok(vec![]));
        assert_eq!(parse_answers("-1"), Err("-1".into()));
    }

    #[test]
    fn the_checklist_is_the_seeds_until_the_user_writes_their_own() {
        let seed = checklist_items(&[], Lang::It);
        assert_eq!(seed.len(), 6);
        assert_eq!(seed[0], "Mantieni un atteggiamento positivo ed educato");
        let own = vec!["Greet by name".to_string()];
        assert_eq!(checklist_items(&own, Lang::It), own);
    }

    /// On every pinned day (the 1st, the 9th, 31 December, 29 February): a
    /// 1:1 held that day makes the next one a cadence later, due on that
    /// day and overdue after it; a 1:1 never held is never due.
    #[test]
    fn a_one_on_one_is_due_a_cadence_after_the_last_on_every_pinned_day() {
        use crate::kernel::record::{pinned_at, PINNED_DAYS};
        let member = Uuid::from_u128(7);
        for pinned in PINNED_DAYS {
            let today = pinned_at(pinned).date_naive();
            for cadence in Cadence::ALL {
                let held = [OneOnOne {
                    member,
                    date: today,
                    notes: String::new(),
                    actions: vec![],
                }];
                let next = cadence.after(today);
                assert!(next > today, "{cadence:?} after {today}");
                assert!(next <= today + Days::new(92), "{cadence:?} after {today}");
                assert_eq!(
                    one_on_one_due(member, cadence, &held, today),
                    Due::Next(next)
                );
                assert_eq!(one_on_one_due(member, cadence, &held, next), Due::DueToday);
                assert_eq!(
                    one_on_one_due(member, cadence, &held, next + Days::new(1)),
                    Due::Overdue { since: next }
                );
                assert_eq!(one_on_one_due(member, cadence, [], today), Due::Never);
            }
        }
        // The month's end is kept where it exists, else the last day.
        let feb29 = day(2028, 2, 29);
        assert_eq!(Cadence::Monthly.after(feb29), day(2028, 3, 29));
        assert_eq!(Cadence::Monthly.after(day(2027, 1, 31)), day(2027, 2, 28));
        assert_eq!(
            Cadence::Quarterly.after(day(2026, 12, 31)),
            day(2027, 3, 31)
        );
    }

    #[test]
    fn the_run_status_counts_what_is_due() {
        use crate::book::workbook::Workbook;
        let today = day(2026, 11, 24);
        let mut wb = Workbook::default();
        let empty = run_status(wb.running(), today);
        assert_eq!(
            (
                empty.procedures,
                empty.follow_ups_due,
                empty.ones_due,
                empty.pulses_due
            ),
            (0, 0, 0, 0)
        );
        assert_eq!(empty.enps, None);
        let at = crate::kernel::record::pinned_now();
        let ann = wb.members.insert(
            Member {
                name: "Ann".into(),
                role: String::new(),
                cadence: Cadence::Weekly,
            },
            at,
        );
        let bob = wb.members.insert(
            Member {
                name: "Bob".into(),
                role: String::new(),
                cadence: Cadence::Monthly,
            },
            at,
        );
        wb.one_on_ones.insert(
            OneOnOne {
                member: bob,
                date: day(2026, 11, 20),
                notes: String::new(),
                actions: vec![],
            },
            at,
        );
        let mut pulse = starter_pulse(Lang::En);
        pulse.rounds.push(PulseRound {
            date: day(2026, 10, 1),
            answers: vec![[0, 0, 1, 0, 0]],
        });
        wb.pulses.insert(pulse, at);
        let mut round = EnpsRound::new(day(2026, 9, 1), Scale::ZeroToTen);
        round.add_answers(&[10, 0]);
        wb.enps.insert(round, at);
        let mut later = EnpsRound::new(day(2026, 11, 1), Scale::ZeroToTen);
        later.add_answers(&[10, 9, 3]);
        wb.enps.insert(later, at);
        let s = run_status(wb.running(), today);
        assert_eq!(s.ones_due, 1, "Ann never met; Bob met four days ago");
        assert_eq!(s.pulses_due, 1, "monthly, last round 1 October");
        let (d, score) = s.enps.unwrap();
        assert_eq!(d, day(2026, 11, 1));
        assert!((score - 100.0 / 3.0).abs() < 1e-9);
        wb.members.trash(ann, at);
        assert_eq!(
            run_status(wb.running(), today).ones_due,
            0,
            "a trashed member is not due"
        );
    }

    #[test]
    fn pulse_answers_tally_on_one_to_five_and_refuse_the_rest() {
        assert_eq!(tally(&[1, 5, 5, 3]), Ok([1, 0, 1, 0, 2]));
        assert_eq!(tally(&[]), Ok([0; 5]));
        assert_eq!(tally(&[4, 0, 6, 2]), Err(vec![0, 6]));
        let t = tally(&parse_answers("4 4, 5\n3").unwrap()).unwrap();
        assert_eq!(average(&t), Some(4.0));
    }

    #[test]
    fn a_new_pulse_starts_with_questions_in_the_language_asked() {
        let p = starter_pulse(Lang::Tr);
        assert_eq!(p.title, "Aylık ekip nabzı");
        assert_eq!(p.questions.len(), 3);
        assert_eq!(p.questions[2], "Fikirlerim dinleniyor");
        assert!(p.rounds.is_empty() && p.next_due().is_none() && !p.too_long());
        let round = PulseRound {
            date: day(2026, 11, 1),
            answers: vec![[0; 5], [1, 0, 2, 0, 1], [0, 0, 0, 3, 0]],
        };
        assert_eq!(round.respondents(), 4, "the first question was skipped");
    }

    #[test]
    fn pulse_results_per_question_over_rounds() {
        let p = Pulse {
            title: "Monthly pulse".into(),
            cadence: Cadence::Monthly,
            questions: vec![
                "I have what I need to help customers".into(),
                "I feel heard".into(),
            ],
            rounds: vec![
                PulseRound {
                    date: day(2026, 10, 1),
                    answers: vec![[0, 0, 2, 2, 0], [1, 1, 0, 0, 0]],
                },
                PulseRound {
                    date: day(2026, 9, 1),
                    answers: vec![[0, 2, 2, 0, 0], [0; 5]],
                },
            ],
        };
        assert_eq!(
            p.trend(0),
            vec![(day(2026, 9, 1), Some(2.5)), (day(2026, 10, 1), Some(3.5))]
        );
        assert_eq!(
            p.trend(1),
            vec![(day(2026, 9, 1), None), (day(2026, 10, 1), Some(1.5))]
        );
        assert_eq!(
            p.trend(5),
            vec![(day(2026, 9, 1), None), (day(2026, 10, 1), None)]
        );
        assert_eq!(p.next_due(), Some(day(2026, 11, 1)));
        assert!(!p.too_long());
        let long = Pulse {
            questions: vec!["q".into(); 11],
            ..Pulse::default()
        };
        assert!(long.too_long());
    }

    #[test]
    fn a_member_is_due_a_cadence_after_the_last_1_1() {
        let ana = Uuid::from_u128(1);
        let bo = Uuid::from_u128(2);
        let meetings = [
            OneOnOne {
                member: ana,
                date: day(2026, 10, 1),
                notes: String::new(),
                actions: vec![],
            },
            OneOnOne {
                member: ana,
                date: day(2026, 11, 10),
                notes: String::new(),
                actions: vec![],
            },
            OneOnOne {
                member: bo,
                date: day(2026, 11, 17),
                notes: String::new(),
                actions: vec![],
            },
        ];
        let today = day(2026, 11, 24);
        assert_eq!(
            one_on_one_due(ana, Cadence::Weekly, &meetings, today),
            Due::Overdue {
                since: day(2026, 11, 17)
            }
        );
        assert_eq!(
            one_on_one_due(ana, Cadence::Monthly, &meetings, today),
            Due::Next(day(2026, 12, 10))
        );
        assert_eq!(
            one_on_one_due(bo, Cadence::Weekly, &meetings, today),
            Due::DueToday
        );
        assert_eq!(
            one_on_one_due(Uuid::from_u128(3), Cadence::Weekly, &meetings, today),
            Due::Never
        );
    }

    #[test]
    fn tick_rates_follow_items_by_their_text() {
        let a = CheckRound {
            date: day(2026, 11, 1),
            who: "Morning".into(),
            items: vec![("Polite".into(), true), ("Calm".into(), false)],
            note: String::new(),
        };
        let b = CheckRound {
            date: day(2026, 11, 2),
            who: "Giulia".into(),
            items: vec![
                ("Calm".into(), true),
                ("Polite ".into(), true),
                ("New item".into(), false),
            ],
            note: String::new(),
        };
        assert_eq!(a.ticked(), 1);
        assert_eq!(
            tick_rates([&a, &b]),
            vec![
                ("Polite".into(), 2, 2),
                ("Calm".into(), 1, 2),
                ("New item".into(), 0, 1)
            ]
        );
    }

    #[test]
    fn the_checklist_and_question_are_in_three_languages() {
        for item in CHECKLIST_POINTS.iter().chain([&ENPS_QUESTION]) {
            assert!(Lang::ALL
                .iter()
                .all(|lang| !item.in_lang(*lang).trim().is_empty()));
        }
    }
}
