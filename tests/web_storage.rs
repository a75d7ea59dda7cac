//! The storage layer against the real localStorage of headless Chromium.
//! Run by scripts/test.sh through wasm-bindgen-test-runner.
#![cfg(target_arch = "wasm32")]

use chrono::{TimeZone, Utc};
use servicebook::app::web::WebKv;
use servicebook::book::store::{Key, Kv, KvError, Problem, SaveError, SaveMode, Store};
use servicebook::book::workbook::Workbook;
use servicebook::kernel::codec;
use servicebook::selftest::quotient::SelfTest;
use wasm_bindgen_test::*;

mod common;
use common::clear;

wasm_bindgen_test_configure!(run_in_browser);

fn at(s: i64) -> chrono::DateTime<Utc> {
    Utc.timestamp_opt(1_760_000_000 + s, 0).unwrap()
}

fn workbook(n: usize) -> Workbook {
    let mut wb = Workbook::default();
    for i in 0..n {
        let mut t = SelfTest {
            note: format!("note {i}: çalışan şikâyet perché"),
            ..SelfTest::default()
        };
        t.answer("culture.1", (i % 5 + 1) as u8);
        wb.self_tests.insert(t, at(i as i64));
    }
    wb
}

#[wasm_bindgen_test]
fn every_packed_code_unit_survives_local_storage() {
    clear();
    let mut kv = WebKv::open().unwrap();
    // Every code unit the packing uses, 0x20 to 0x801F.
    let all: String = (0x20u32..=0x801f)
        .map(|c| char::from_u32(c).unwrap())
        .collect();
    kv.set("servicebook/v1/probe", &all).unwrap();
    let back = kv.get("servicebook/v1/probe").unwrap().unwrap();
    assert_eq!(back, all);
    // And a real encoded chunk.
    let text = "Şikâyet: ürün kırık geldi — il prodotto è arrivato rotto. ".repeat(50);
    let stored = codec::encode(&text);
    kv.set("servicebook/v1/probe", &stored).unwrap();
    let read = kv.get("servicebook/v1/probe").unwrap().unwrap();
    assert_eq!(codec::decode(&read).unwrap(), text);
    clear();
}

#[wasm_bindgen_test]
fn save_then_load_in_a_new_store() {
    clear();
    let wb = workbook(1200);
    let mut store = Store::new(WebKv::open().unwrap(), "tab1", "test");
    let report = store.save(&wb, SaveMode::Quick, at(5000)).unwrap();
    assert_eq!(report.written, 1 + 5, "core and five chunks of 250");
    let mut other = Store::new(WebKv::open().unwrap(), "tab2", "test");
    let loaded = other.load(at(5001)).unwrap();
    assert!(loaded.problems.is_empty());
    assert_eq!(loaded.workbook, wb);
    clear();
}

#[wasm_bindgen_test]
fn the_example_workbook_with_every_collection_survives_real_storage() {
    clear();
    for lang in servicebook::i18n::Lang::ALL {
        let text = match lang {
            servicebook::i18n::Lang::En => include_str!("../public/examples/en.json"),
            servicebook::i18n::Lang::It => include_str!("../public/examples/it.json"),
            servicebook::i18n::Lang::Tr => include_str!("../public/examples/tr.json"),
        };
        let wb = servicebook::book::example::open(text, at(0), 0).unwrap();
        assert!(!wb.surveys.is_empty() && !wb.problems.is_empty());
        let mut store = Store::new(WebKv::open().unwrap(), "tab1", "test");
        store.save(&wb, SaveMode::Verify, at(10)).unwrap();
        let loaded = Store::new(WebKv::open().unwrap(), "tab2", "test")
            .load(at(11))
            .unwrap();
        assert!(loaded.problems.is_empty());
        assert_eq!(loaded.workbook, wb, "{lang:?}");
        clear();
    }
}

/// Fills the rest of the quota with filler keys; returns how many.
fn fill_quota(kv: &mut WebKv) -> usize {
    let block = "x".repeat(256 * 1024);
    let mut n = 0;
    let mut size = block.len();
    while size >= 16 {
        let key = format!("filler/{n}");
        match kv.set(&key, &block[..size]) {
            Ok(()) => n += 1,
            Err(KvError::Quota) => size /= 2,
            Err(e) => panic!("unexpected {e:?}"),
        }
    }
    n
}

#[wasm_bindgen_test]
fn a_full_quota_is_reported_and_the_saved_workbook_stays() {
    clear();
    let wb = workbook(300);
    let mut store = Store::new(WebKv::open().unwrap(), "tab1", "test");
    store.save(&wb, SaveMode::Quick, at(1)).unwrap();
    let filled = fill_quota(store.kv_mut());
    assert!(filled > 0);
    // The browser refuses with QuotaExceededError, which the adapter names.
    assert_eq!(
        store.kv_mut().set("one/more", &"y".repeat(1024)),
        Err(KvError::Quota)
    );
    let mut bigger = wb.clone();
    for i in 0..400 {
        let t = SelfTest {
            note: format!("{i} {}", uuid::Uuid::new_v4()),
            ..SelfTest::default()
        };
        bigger.self_tests.insert(t, at(10_000 + i));
    }
    assert_eq!(
        store.save(&bigger, SaveMode::Quick, at(2)),
        Err(SaveError::Quota)
    );
    let mut again = Store::new(WebKv::open().unwrap(), "tab2", "test");
    let loaded = again.load(at(3)).unwrap();
    assert!(loaded.problems.is_empty());
    assert_eq!(loaded.workbook, wb, "the previous save is intact");
    clear();
}

#[wasm_bindgen_test]
fn a_corrupt_chunk_in_real_storage_is_kept_and_reported() {
    clear();
    let wb = workbook(1100);
    let mut store = Store::new(WebKv::open().unwrap(), "tab1", "test");
    store.save(&wb, SaveMode::Quick, at(1)).unwrap();
    let mut kv = WebKv::open().unwrap();
    let key = kv
        .keys()
        .unwrap()
        .into_iter()
        .find(|k| k.contains("chunk/self_tests/1/"))
        .unwrap();
    kv.set(&key, "edited by hand").unwrap();
    let mut again = Store::new(WebKv::open().unwrap(), "tab2", "test");
    let loaded = again.load(at(2)).unwrap();
    assert_eq!(loaded.workbook.self_tests.len(), 850);
    assert!(matches!(
        loaded.problems.as_slice(),
        [Problem::ChunkUnreadable { records: 250, .. }]
    ));
    assert!(again.recovery_bundle(at(3)).contains("edited by hand"));
    assert_eq!(kv.get(&key).unwrap().as_deref(), Some("edited by hand"));
    clear();
}

#[wasm_bindgen_test]
fn a_corrupt_manifest_is_copied_aside_and_never_overwritten() {
    clear();
    let mut kv = WebKv::open().unwrap();
    kv.set(&Key::Manifest.text(), "{\"generation\": tru")
        .unwrap();
    let mut store = Store::new(WebKv::open().unwrap(), "tab1", "test");
    let loaded = store.load(at(1)).unwrap();
    assert!(loaded.workbook.is_empty());
    let kept = match loaded.problems.as_slice() {
        [Problem::ManifestUnreadable { kept }] => kept.clone(),
        other => panic!("{other:?}"),
    };
    store.save(&workbook(2), SaveMode::Quick, at(2)).unwrap();
    assert_eq!(
        kv.get(&kept).unwrap().as_deref(),
        Some("{\"generation\": tru")
    );
    clear();
}
