//! The texts of a language other than English, as data fetched on demand.
//!
//! English is compiled in. Italian and Turkish are written in Rust
//! (`it.rs`, `tr.rs`, reviewed as code and checked by the native tests),
//! but the wasm does not carry them: `public/texts/<code>.json` holds the
//! same texts, generated from those files (a native test fails when the
//! committed file differs), and the app fetches the one it shows.
//!
//! A file is accepted only whole: its language, its fingerprint (a hash of
//! the English texts in key order, so a file of another build's key list is
//! refused), the count of its texts and plural forms, and each text's
//! length must all be right. Until a language is loaded, or when its file
//! was refused, its texts are the English ones: never blank, never a panic.

use super::{en, Category, Forms, Lang, K, P};
use serde::Deserialize;
use std::sync::OnceLock;

/// The largest texts file accepted, in bytes, before it is parsed.
pub const MAX_FILE: usize = 512 * 1024;
/// The longest text (or plural form) accepted, in bytes.
pub const MAX_TEXT: usize = 4096;
/// The plural categories in the order a file lists a text's forms.
const CATEGORY_ORDER: [Category; 6] = [
    Category::Zero,
    Category::One,
    Category::Two,
    Category::Few,
    Category::Many,
    Category::Other,
];

/// A language's texts, in `K::ALL` order, and its plural forms, in
/// `P::ALL` order, each in `CATEGORY_ORDER`.
#[derive(Debug)]
pub struct Table {
    texts: Vec<String>,
    plurals: Vec<[String; 6]>,
}

/// Why a texts file was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refused {
    TooLarge,
    NotJson(String),
    WrongLanguage,
    WrongFingerprint,
    WrongCount,
    TooLong,
    Blank,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    lang: String,
    fingerprint: String,
    texts: Vec<String>,
    plurals: Vec<[String; 6]>,
}

/// FNV-1a, 64 bits, of `bytes` after `h`: a `const fn`, so the compiler
/// can hash a file without the file going into the wasm.
const fn fnv(mut h: u64, bytes: &[u8]) -> u64 {
    let mut i = 0;
    while i < bytes.len() {
        h ^= bytes[i] as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
        i += 1;
    }
    h
}

const FNV_START: u64 = 0xcbf2_9ce4_8422_2325;

/// The hash of each committed texts file, taken when the wasm is compiled
/// (only the number is kept): the version in the file's address, so that a
/// browser's HTTP cache cannot answer with the file of another deploy.
const FILE_HASH_IT: u64 = fnv(FNV_START, include_bytes!("../../public/texts/it.json"));
const FILE_HASH_TR: u64 = fnv(FNV_START, include_bytes!("../../public/texts/tr.json"));

/// FNV-1a, 64 bits.
struct Fnv(u64);

impl Fnv {
    fn new() -> Fnv {
        Fnv(FNV_START)
    }

    fn write(&mut self, bytes: &[u8]) {
        self.0 = fnv(self.0, bytes);
    }

    /// A text and its end (0xff is never in UTF-8, so no two lists of
    /// texts hash the same bytes).
    fn text(&mut self, s: &str) {
        self.write(s.as_bytes());
        self.write(&[0xff]);
    }
}

/// The fingerprint of this build's key list: a hash of the English texts
/// in `K::ALL` order and the English plural forms in `P::ALL` order. A
/// texts file carries the fingerprint it was generated for.
pub fn fingerprint() -> String {
    static CACHED: OnceLock<String> = OnceLock::new();
    CACHED
        .get_or_init(|| {
            let mut h = Fnv::new();
            for key in K::ALL {
                h.text(en::text(*key));
            }
            h.write(&[0xfe]);
            for p in P::ALL {
                let forms = en::forms(*p);
                for c in CATEGORY_ORDER {
                    h.text(forms.get(c));
                }
            }
            format!("{:016x}", h.0)
        })
        .clone()
}

/// Reads a texts file for `lang`, refusing anything not exactly right.
pub fn parse(lang: Lang, json: &str) -> Result<Table, Refused> {
    if json.len() > MAX_FILE {
        return Err(Refused::TooLarge);
    }
    let file: File = serde_json::from_str(json).map_err(|e| Refused::NotJson(e.to_string()))?;
    if lang == Lang::En || file.lang != lang.code() {
        return Err(Refused::WrongLanguage);
    }
    if file.fingerprint != fingerprint() {
        return Err(Refused::WrongFingerprint);
    }
    if file.texts.len() != K::ALL.len() || file.plurals.len() != P::ALL.len() {
        return Err(Refused::WrongCount);
    }
    let all_forms = file.plurals.iter().flatten();
    if file
        .texts
        .iter()
        .chain(all_forms)
        .any(|t| t.len() > MAX_TEXT)
    {
        return Err(Refused::TooLong);
    }
    let used = lang.plural_categories();
    let blank_form = file.plurals.iter().any(|forms| {
        CATEGORY_ORDER
            .iter()
            .zip(forms)
            .any(|(c, form)| used.contains(c) && form.trim().is_empty())
    });
    if blank_form || file.texts.iter().any(|t| t.trim().is_empty()) {
        return Err(Refused::Blank);
    }
    Ok(Table {
        texts: file.texts,
        plurals: file.plurals,
    })
}

/// The text of `key` in `table`, or in English without one.
pub fn text_in(table: Option<&Table>, key: K) -> &str {
    match table.and_then(|t| t.texts.get(key as usize)) {
        Some(text) => text,
        None => en::text(key),
    }
}

/// The forms of `p` in a loaded table, or in English without one.
pub fn forms_in(table: Option<&'static Table>, p: P) -> Forms {
    match table.and_then(|t| t.plurals.get(p as usize)) {
        Some([zero, one, two, few, many, other]) => Forms {
            zero,
            one,
            two,
            few,
            many,
            other,
        },
        None => en::forms(p),
    }
}

static IT: OnceLock<Table> = OnceLock::new();
static TR: OnceLock<Table> = OnceLock::new();

fn slot(lang: Lang) -> Option<&'static OnceLock<Table>> {
    match lang {
        Lang::En => None,
        Lang::It => Some(&IT),
        Lang::Tr => Some(&TR),
    }
}

/// The loaded texts of `lang` (`None` for English, or not loaded).
pub fn table(lang: Lang) -> Option<&'static Table> {
    slot(lang).and_then(OnceLock::get)
}

/// Whether `lang` can be shown in its own words (English always can).
pub fn is_loaded(lang: Lang) -> bool {
    lang == Lang::En || table(lang).is_some()
}

/// Takes a fetched texts file for `lang`. A language is loaded once; a
/// later file for it is not read.
pub fn install(lang: Lang, json: &str) -> Result<(), Refused> {
    let Some(slot) = slot(lang) else {
        return Ok(());
    };
    if slot.get().is_some() {
        return Ok(());
    }
    let table = parse(lang, json)?;
    let _ = slot.set(table);
    Ok(())
}

/// Where the texts of `lang` are, relative to the app's base path. The
/// query is the hash of the file this build was compiled with, so a
/// browser's HTTP cache cannot answer with another deploy's file (the
/// service worker, whose cache is this build's, ignores the query).
pub fn path(lang: Lang) -> String {
    let version = match lang {
        Lang::En => 0,
        Lang::It => FILE_HASH_IT,
        Lang::Tr => FILE_HASH_TR,
    };
    format!("texts/{}.json?v={version:016x}", lang.code())
}

/// The texts file of `lang` as this source produces it: one text per line,
/// so that a change reads as a one-line diff.
#[cfg(not(target_arch = "wasm32"))]
pub fn generate(lang: Lang) -> String {
    let s = |t: &str| serde_json::to_string(t).expect("a string serialises");
    let texts: Vec<String> = K::ALL.iter().map(|k| s(k.in_lang(lang))).collect();
    let plurals: Vec<String> = P::ALL
        .iter()
        .map(|p| {
            let forms = p.forms(lang);
            let all: Vec<String> = CATEGORY_ORDER.iter().map(|c| s(forms.get(*c))).collect();
            format!("[{}]", all.join(","))
        })
        .collect();
    format!(
        "{{\"lang\":{},\"fingerprint\":{},\"texts\":[\n{}\n],\"plurals\":[\n{}\n]}}\n",
        s(lang.code()),
        s(&fingerprint()),
        texts.join(",\n"),
        plurals.join(",\n")
    )
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const REGENERATE: &str = "UPDATE_TEXTS=1 cargo test --lib i18n::data";

    fn leaked(table: Table) -> &'static Table {
        Box::leak(Box::new(table))
    }

    #[test]
    fn the_committed_texts_files_match_it_rs_and_tr_rs() {
        for lang in [Lang::It, Lang::Tr] {
            let path = format!(
                "{}/public/texts/{}.json",
                env!("CARGO_MANIFEST_DIR"),
                lang.code()
            );
            let wanted = generate(lang);
            if std::env::var_os("UPDATE_TEXTS").is_some() {
                std::fs::write(&path, &wanted).expect("write the texts file");
                continue;
            }
            let committed = std::fs::read_to_string(&path).unwrap_or_default();
            assert!(
                committed == wanted,
                "{path} differs from src/i18n/{}.rs (or from the English key \
                 list): regenerate it with `{REGENERATE}` and commit it",
                lang.code()
            );
        }
    }

    #[test]
    fn a_generated_file_gives_back_every_text_and_form() {
        for lang in [Lang::It, Lang::Tr] {
            let table = leaked(parse(lang, &generate(lang)).expect("accepted"));
            for key in K::ALL {
                assert_eq!(text_in(Some(table), *key), key.in_lang(lang), "{key:?}");
            }
            for p in P::ALL {
                assert_eq!(forms_in(Some(table), *p), p.forms(lang), "{p:?}");
            }
        }
    }

    #[test]
    fn no_text_is_near_the_length_limit() {
        for lang in Lang::ALL {
            for key in K::ALL {
                assert!(
                    key.in_lang(lang).len() < MAX_TEXT / 2,
                    "{key:?} in {lang:?}"
                );
            }
        }
    }

    #[test]
    fn the_address_names_the_hash_of_the_committed_file() {
        for lang in [Lang::It, Lang::Tr] {
            let file = format!(
                "{}/public/texts/{}.json",
                env!("CARGO_MANIFEST_DIR"),
                lang.code()
            );
            let bytes = std::fs::read(file).expect("the texts file");
            let hash = format!("{:016x}", fnv(FNV_START, &bytes));
            assert_eq!(path(lang), format!("texts/{}.json?v={hash}", lang.code()));
        }
    }

    #[test]
    fn the_fingerprint_follows_the_english_texts() {
        assert_eq!(fingerprint().len(), 16);
        assert_eq!(fingerprint(), fingerprint());
        let mut a = Fnv::new();
        a.text("ab");
        a.text("c");
        let mut b = Fnv::new();
        b.text("a");
        b.text("bc");
        assert_ne!(a.0, b.0);
    }

    /// The generated Italian file, changed by `f` as JSON.
    fn italian_with(f: impl FnOnce(&mut serde_json::Value)) -> String {
        let mut v: serde_json::Value = serde_json::from_str(&generate(Lang::It)).unwrap();
        f(&mut v);
        v.to_string()
    }

    fn refused(lang: Lang, json: &str) -> Refused {
        let e = parse(lang, json).expect_err("refused");
        // A refused file leaves English in place.
        assert_eq!(text_in(None, K::NavHome), "Home");
        assert_eq!(forms_in(None, P::Points).other, "{n} points");
        e
    }

    #[test]
    fn a_file_not_exactly_right_is_refused() {
        use serde_json::{json, Value};
        let good = generate(Lang::It);
        assert!(parse(Lang::It, &good).is_ok());
        assert_eq!(refused(Lang::Tr, &good), Refused::WrongLanguage);
        assert_eq!(refused(Lang::En, &good), Refused::WrongLanguage);
        assert!(matches!(refused(Lang::It, ""), Refused::NotJson(_)));
        assert!(matches!(refused(Lang::It, "{}"), Refused::NotJson(_)));
        assert!(matches!(refused(Lang::It, "null"), Refused::NotJson(_)));
        assert!(matches!(
            refused(Lang::It, &good[..good.len() / 2]),
            Refused::NotJson(_)
        ));
        type Case = (Box<dyn FnOnce(&mut Value)>, fn(&Refused) -> bool);
        let cases: Vec<Case> = vec![
            (
                Box::new(|v| v["fingerprint"] = json!("0000000000000000")),
                |e| *e == Refused::WrongFingerprint,
            ),
            (Box::new(|v| v["fingerprint"] = json!(7)), |e| {
                matches!(e, Refused::NotJson(_))
            }),
            (
                Box::new(|v| {
                    v["texts"].as_array_mut().unwrap().pop();
                }),
                |e| *e == Refused::WrongCount,
            ),
            (
                Box::new(|v| v["texts"].as_array_mut().unwrap().push(json!("extra"))),
                |e| *e == Refused::WrongCount,
            ),
            (
                Box::new(|v| {
                    v["plurals"].as_array_mut().unwrap().pop();
                }),
                |e| *e == Refused::WrongCount,
            ),
            (Box::new(|v| v["texts"][3] = json!(12)), |e| {
                matches!(e, Refused::NotJson(_))
            }),
            (Box::new(|v| v["texts"][3] = json!(null)), |e| {
                matches!(e, Refused::NotJson(_))
            }),
            (Box::new(|v| v["texts"][3] = json!(["a"])), |e| {
                matches!(e, Refused::NotJson(_))
            }),
            (Box::new(|v| v["plurals"][0] = json!(["a", "b"])), |e| {
                matches!(e, Refused::NotJson(_))
            }),
            (
                Box::new(|v| v["texts"][3] = json!("x".repeat(MAX_TEXT + 1))),
                |e| *e == Refused::TooLong,
            ),
            (
                Box::new(|v| v["plurals"][2][5] = json!("y".repeat(MAX_TEXT + 1))),
                |e| *e == Refused::TooLong,
            ),
            (Box::new(|v| v["texts"][0] = json!("  ")), |e| {
                *e == Refused::Blank
            }),
            (Box::new(|v| v["plurals"][1][1] = json!("")), |e| {
                *e == Refused::Blank
            }),
            (Box::new(|v| v["extra"] = json!(1)), |e| {
                matches!(e, Refused::NotJson(_))
            }),
            (
                Box::new(|v| {
                    v.as_object_mut().unwrap().remove("plurals");
                }),
                |e| matches!(e, Refused::NotJson(_)),
            ),
        ];
        for (i, (change, expected)) in cases.into_iter().enumerate() {
            let e = refused(Lang::It, &italian_with(change));
            assert!(expected(&e), "case {i}: {e:?}");
        }
        // A lone surrogate is not a string.
        let lone = good.replacen("\"Servicebook\"", "\"\\ud800x\"", 1);
        assert_ne!(lone, good);
        assert!(matches!(refused(Lang::It, &lone), Refused::NotJson(_)));
        let reversed = good.replacen("\"Servicebook\"", "\"\\udc00\\ud800\"", 1);
        assert!(matches!(refused(Lang::It, &reversed), Refused::NotJson(_)));
        // Too large as a whole, before it is read.
        let huge = format!("{}{}", good, " ".repeat(MAX_FILE));
        assert_eq!(refused(Lang::It, &huge), Refused::TooLarge);
    }

    #[test]
    fn an_unloaded_language_speaks_english() {
        for key in K::ALL {
            assert_eq!(text_in(None, *key), key.in_lang(Lang::En));
        }
        for p in P::ALL {
            assert_eq!(forms_in(None, *p), p.forms(Lang::En));
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Whatever bytes arrive, reading them returns (never panics), and
        /// a file that is not the generated one is refused.
        #[test]
        fn any_text_is_read_without_panic(s in ".{0,400}") {
            let _ = parse(Lang::It, &s);
            prop_assert!(parse(Lang::It, &s).is_err());
        }

        /// A generated file cut or changed at any one place is refused or,
        /// if still whole, gives only non-blank texts of bounded length.
        #[test]
        fn a_damaged_file_is_refused_or_sound(at in 0usize..60_000, byte in any::<u8>()) {
            let good = generate(Lang::Tr);
            let at = at % good.len();
            let cut = String::from_utf8_lossy(&good.as_bytes()[..at]).into_owned();
            prop_assert!(parse(Lang::Tr, &cut).is_err());
            let mut bytes = good.into_bytes();
            bytes[at] = byte;
            let changed = String::from_utf8_lossy(&bytes).into_owned();
            if let Ok(table) = parse(Lang::Tr, &changed) {
                let table = leaked(table);
                for key in K::ALL {
                    let t = text_in(Some(table), *key);
                    prop_assert!(!t.trim().is_empty() && t.len() <= MAX_TEXT);
                }
            }
        }
    }
}
