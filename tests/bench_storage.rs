//! Storage benchmark, run in headless Chromium against the real localStorage
//! by tests/bench/storage.sh. It prints figures; it asserts only correctness.
//!
//! Records are real complaints with every field filled with varied text:
//! words drawn at random from a vocabulary of 3,000 made-up words, random
//! names, addresses, phone numbers and times; about 1,000 characters of JSON
//! each.
#![cfg(target_arch = "wasm32")]

use chrono::{Duration, TimeZone, Utc};
use servicebook::app::web::WebKv;
use servicebook::book::store::{SaveMode, Store, QUOTA_CHARS};
use servicebook::book::workbook::Workbook;
use servicebook::listen::complaints::{Answer, Channel, Complaint, Customer, Status};
use wasm_bindgen_test::*;

mod common;
use common::clear;

wasm_bindgen_test_configure!(run_in_browser);

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn vocabulary(rng: &mut Rng) -> Vec<String> {
    const SYL: [&str; 24] = [
        "ka", "lo", "mi", "ser", "tu", "ran", "el", "vo", "şi", "kâ", "per", "ché", "do", "na",
        "ri", "ta", "gen", "ço", "bu", "lin", "fa", "ze", "mo", "ığ",
    ];
    let mut words = std::collections::BTreeSet::new();
    while words.len() < 3000 {
        let n = 1 + rng.below(4);
        let w: String = (0..n).map(|_| SYL[rng.below(SYL.len())]).collect();
        words.insert(w);
    }
    words.into_iter().collect()
}

fn sentence(rng: &mut Rng, vocab: &[String], words: usize) -> String {
    (0..words)
        .map(|_| vocab[rng.below(vocab.len())].as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

fn complaint(rng: &mut Rng, vocab: &[String], at: chrono::DateTime<Utc>) -> Complaint {
    let word = |rng: &mut Rng| vocab[rng.below(vocab.len())].clone();
    let name = format!("{} {}", word(rng), word(rng));
    Complaint {
        customer: Customer {
            email: format!("{}.{}@{}.example", word(rng), word(rng), word(rng)),
            address: format!(
                "Via {} {}, {} {}",
                word(rng),
                rng.below(300),
                10_000 + rng.below(89_999),
                word(rng)
            ),
            phone: format!("+39 {:03} {:07}", rng.below(1000), rng.below(10_000_000)),
            name,
        },
        taken_by: word(rng),
        received: at,
        resolved: Some(at + Duration::minutes(rng.below(5000) as i64)),
        nature: sentence(rng, vocab, 24),
        category: word(rng),
        channel: Channel::ALL[rng.below(5)],
        status: Status::ALL[rng.below(4)],
        solution: sentence(rng, vocab, 14),
        on_the_spot: rng.below(2) == 0,
        promised_for: None,
        steps_now: sentence(rng, vocab, 10),
        follow_up: Some(at + Duration::days(rng.below(30) as i64)),
        compensation: sentence(rng, vocab, 2),
        compensation_amount: Some(rng.below(10_000) as f64 / 100.0),
        prevention: sentence(rng, vocab, 12),
        satisfied: [Answer::Yes, Answer::No, Answer::Unknown][rng.below(3)],
        bought_again: [Answer::Yes, Answer::No, Answer::Unknown][rng.below(3)],
        erased: None,
    }
}

fn now_ms() -> f64 {
    web_sys::window().unwrap().performance().unwrap().now()
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    v[v.len() / 2]
}

#[wasm_bindgen_test]
fn storage_figures() {
    let mut rng = Rng(0x5eed_1234_abcd_0001);
    let vocab = vocabulary(&mut rng);
    let t0 = Utc.timestamp_opt(1_700_000_000, 0).unwrap();
    console_log!("records | JSON chars/record | stored chars | share of quota | plain JSON share | first save ms | save after 1 edit ms (median of 7) | load ms (median of 3)");
    for n in [1_000usize, 10_000, 25_000] {
        clear();
        let mut wb = Workbook::default();
        for i in 0..n {
            let at = t0 + Duration::seconds(i as i64 * 600);
            let c = complaint(&mut rng, &vocab, at);
            wb.complaints.insert(c, at);
        }
        let json_chars = serde_json::to_string(&wb).unwrap().chars().count();
        let mut store = Store::new(WebKv::open().unwrap(), "bench", "bench");
        let s = now_ms();
        let first = store
            .save(&wb, SaveMode::Quick, t0)
            .expect("fits in the quota");
        let first_ms = now_ms() - s;
        let stored = store.used_chars();
        let mut edits = Vec::new();
        for k in 0..7 {
            let id = wb.complaints.all()[rng.below(n)].id;
            let s = now_ms();
            wb.complaints.update(id, t0 + Duration::days(400 + k), |d| {
                d.steps_now.push_str(" edited");
            });
            let r = store.save(&wb, SaveMode::Quick, t0).unwrap();
            edits.push(now_ms() - s);
            assert_eq!(r.written, 1, "one edit rewrites one chunk");
        }
        let mut loads = Vec::new();
        for _ in 0..3 {
            let mut fresh = Store::new(WebKv::open().unwrap(), "reader", "bench");
            let s = now_ms();
            let loaded = fresh.load(t0).unwrap();
            loads.push(now_ms() - s);
            assert!(loaded.problems.is_empty());
            assert_eq!(loaded.workbook.complaints.len(), n);
        }
        console_log!(
            "{n} | {} | {stored} | {:.1}% | {:.1}% | {first_ms:.0} ({} chunks) | {:.1} | {:.0}",
            json_chars / n,
            stored as f64 * 100.0 / QUOTA_CHARS as f64,
            json_chars as f64 * 100.0 / QUOTA_CHARS as f64,
            first.written,
            median(edits),
            median(loads),
        );
    }
    clear();
}
