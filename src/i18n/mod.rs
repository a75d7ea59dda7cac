//! The interface's languages. The keys are declared once (`keys.rs`); each
//! language has one file (`en.rs`, `it.rs`, `tr.rs`) giving every key its
//! text in an exhaustive match, so a text missing in one language does not
//! compile and the error names the key. The tests check that none is blank
//! and that placeholders match across languages.
//!
//! English is compiled in. Italian and Turkish are compiled only natively
//! (for the tests, and to generate their data files); the wasm fetches the
//! shown language's texts as data on demand ([`data`]).

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum Lang {
    #[default]
    En,
    It,
    Tr,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::It, Lang::Tr];

    /// The BCP 47 tag, for `<html lang>` and Intl.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::It => "it",
            Lang::Tr => "tr",
        }
    }

    /// Whether the language writes decimals with a comma ("12,50"), so its
    /// spreadsheets separate cells with a semicolon.
    pub fn decimal_comma(self) -> bool {
        match self {
            Lang::En => false,
            Lang::It | Lang::Tr => true,
        }
    }

    /// The language's own name, for the switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::It => "Italiano",
            Lang::Tr => "Türkçe",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "it" => Some(Lang::It),
            "tr" => Some(Lang::Tr),
            _ => None,
        }
    }

    /// The first of the browser's preferred languages that we speak.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        preferred
            .into_iter()
            .find_map(Lang::from_code)
            .unwrap_or_default()
    }
}

/// Replaces `{name}` placeholders. A value that could turn the sentence
/// around it (a bidi control or a right-to-left letter, as a name typed or
/// a file chosen by the user may hold) goes in bidi-isolated
/// ([`crate::kernel::text::isolate`]); the app's own numbers and dates go in
/// as they are. For the screen only: exports do not use it on user text.
pub fn fill(text: &str, args: &[(&str, &str)]) -> String {
    let mut out = text.to_string();
    for (name, value) in args {
        out = out.replace(
            &format!("{{{name}}}"),
            &crate::kernel::text::isolate_if_needed(value),
        );
    }
    out
}

macro_rules! keys {
    ($($key:ident),* $(,)?) => {
        /// A text of the interface.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum K { $($key),* }

        impl K {
            pub const ALL: &'static [K] = &[$(K::$key),*];
        }
    };
}

macro_rules! plurals {
    ($($key:ident),* $(,)?) => {
        /// A text that takes a count, in the forms its language's plural
        /// rule needs.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum P { $($key),* }

        impl P {
            pub const ALL: &'static [P] = &[$(P::$key),*];
        }
    };
}

include!("keys.rs");

pub mod data;
mod en;
#[cfg(not(target_arch = "wasm32"))]
mod it;
#[cfg(not(target_arch = "wasm32"))]
mod tr;

impl K {
    /// The text in `lang`. In the wasm, a language whose texts file is not
    /// loaded (or was refused) gives the English text.
    pub fn in_lang(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => en::text(self),
            #[cfg(not(target_arch = "wasm32"))]
            Lang::It => it::text(self),
            #[cfg(not(target_arch = "wasm32"))]
            Lang::Tr => tr::text(self),
            #[cfg(target_arch = "wasm32")]
            Lang::It | Lang::Tr => data::text_in(data::table(lang), self),
        }
    }
}

/// The plural rule English, Italian and Turkish share (CLDR: `one` when
/// i = 1 and v = 0, exactly 1 written without decimals; `other` for
/// everything else). A language with another rule writes its own.
pub(crate) mod one_other {
    use super::Category;

    pub(crate) const CATEGORIES: &[Category] = &[Category::One, Category::Other];

    pub(crate) fn plural(n: f64) -> Category {
        if n == 1.0 {
            Category::One
        } else {
            Category::Other
        }
    }
}

/// A CLDR plural category (<https://cldr.unicode.org/index/cldr-spec/plural-rules>).
/// English, Italian and Turkish use `One` and `Other`; the others are here
/// so that a language that needs them (Polish: few, many) fits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Category {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

/// The forms of a plural text, one per category; a language fills those
/// its rule can return (the tests check it) and leaves the rest blank.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Forms {
    pub zero: &'static str,
    pub one: &'static str,
    pub two: &'static str,
    pub few: &'static str,
    pub many: &'static str,
    pub other: &'static str,
}

impl Forms {
    /// The forms of a language whose rule knows only `one` and `other`.
    pub const fn one_other(one: &'static str, other: &'static str) -> Forms {
        Forms {
            zero: "",
            one,
            two: "",
            few: "",
            many: "",
            other,
        }
    }

    pub fn get(&self, category: Category) -> &'static str {
        match category {
            Category::Zero => self.zero,
            Category::One => self.one,
            Category::Two => self.two,
            Category::Few => self.few,
            Category::Many => self.many,
            Category::Other => self.other,
        }
    }
}

impl Lang {
    /// The plural category of `n` in this language. A whole `n` counts as
    /// written without decimals (as the screen writes it).
    pub fn plural(self, n: f64) -> Category {
        match self {
            Lang::En => en::plural(n),
            #[cfg(not(target_arch = "wasm32"))]
            Lang::It => it::plural(n),
            #[cfg(not(target_arch = "wasm32"))]
            Lang::Tr => tr::plural(n),
            // The rules are code, so the wasm has them: the ones it.rs and
            // tr.rs name (a test checks they are the same).
            #[cfg(target_arch = "wasm32")]
            Lang::It | Lang::Tr => one_other::plural(n),
        }
    }

    /// The categories [`Lang::plural`] can return in this language.
    pub fn plural_categories(self) -> &'static [Category] {
        match self {
            Lang::En => en::CATEGORIES,
            #[cfg(not(target_arch = "wasm32"))]
            Lang::It => it::CATEGORIES,
            #[cfg(not(target_arch = "wasm32"))]
            Lang::Tr => tr::CATEGORIES,
            #[cfg(target_arch = "wasm32")]
            Lang::It | Lang::Tr => one_other::CATEGORIES,
        }
    }
}

impl P {
    pub fn forms(self, lang: Lang) -> Forms {
        match lang {
            Lang::En => en::forms(self),
            #[cfg(not(target_arch = "wasm32"))]
            Lang::It => it::forms(self),
            #[cfg(not(target_arch = "wasm32"))]
            Lang::Tr => tr::forms(self),
            #[cfg(target_arch = "wasm32")]
            Lang::It | Lang::Tr => data::forms_in(data::table(lang), self),
        }
    }

    /// The form for `n` in `lang`, placeholders left as they are.
    pub fn form(self, lang: Lang, n: f64) -> &'static str {
        self.forms(lang).get(lang.plural(n))
    }

    /// The form for `n`, with `{n}` written as `shown` (the number as the
    /// screen formats it) and the other placeholders filled from `args`,
    /// as [`fill`] does.
    pub fn fill(self, lang: Lang, n: f64, shown: &str, args: &[(&str, &str)]) -> String {
        let mut all = vec![("n", shown)];
        all.extend_from_slice(args);
        fill(self.form(lang, n), &all)
    }

    /// The form for the count `n`, with `{n}` in plain digits.
    pub fn count(self, lang: Lang, n: u64) -> String {
        self.fill(lang, n as f64, &n.to_string(), &[])
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn the_wasm_plural_rules_are_those_of_it_rs_and_tr_rs() {
        // The wasm, without it.rs and tr.rs, uses `one_other` for both.
        assert_eq!(it::CATEGORIES, one_other::CATEGORIES);
        assert_eq!(tr::CATEGORIES, one_other::CATEGORIES);
        for n in [0.0, 1.0, 1.5, 2.0, 21.0, -1.0, 1e9] {
            assert_eq!(it::plural(n), one_other::plural(n));
            assert_eq!(tr::plural(n), one_other::plural(n));
        }
    }

    fn placeholders(s: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut rest = s;
        while let Some(start) = rest.find('{') {
            let Some(end) = rest[start..].find('}') else {
                break;
            };
            out.push(rest[start + 1..start + end].to_string());
            rest = &rest[start + end + 1..];
        }
        out.sort();
        out
    }

    /// Every text and plural form each language must have, named as
    /// "Key in Lang" or "Plural.category in Lang".
    fn all_texts() -> Vec<(String, &'static str)> {
        let mut out = Vec::new();
        for lang in Lang::ALL {
            for key in K::ALL {
                out.push((format!("{key:?} in {lang:?}"), key.in_lang(lang)));
            }
            for p in P::ALL {
                for c in lang.plural_categories() {
                    out.push((format!("{p:?}.{c:?} in {lang:?}"), p.forms(lang).get(*c)));
                }
            }
        }
        out
    }

    /// The names of the blank texts, for a failure that says which.
    fn blanks(texts: &[(String, &str)]) -> Vec<String> {
        texts
            .iter()
            .filter(|(_, text)| text.trim().is_empty())
            .map(|(name, _)| name.clone())
            .collect()
    }

    #[test]
    fn every_text_is_present_in_every_language() {
        let blank = blanks(&all_texts());
        assert!(blank.is_empty(), "blank texts: {blank:?}");
    }

    #[test]
    fn a_blank_text_is_named() {
        let texts = [
            ("AppName in En".to_string(), "Servicebook"),
            ("Points.other in Tr".to_string(), " "),
        ];
        assert_eq!(blanks(&texts), ["Points.other in Tr"]);
    }

    #[test]
    fn placeholders_match_across_languages() {
        for key in K::ALL {
            let en = placeholders(key.in_lang(Lang::En));
            for lang in Lang::ALL {
                assert_eq!(en, placeholders(key.in_lang(lang)), "{key:?} in {lang:?}");
            }
        }
    }

    #[test]
    fn a_count_of_one_reads_in_the_singular() {
        assert_eq!(P::PulseAnswersN.fill(Lang::En, 1.0, "1", &[]), "1 answer");
        assert_eq!(P::PulseAnswersN.fill(Lang::It, 1.0, "1", &[]), "1 risposta");
        assert_eq!(
            P::BasisComplaints.fill(Lang::En, 1.0, "1", &[("period", "the last month")]),
            "from 1 complaint with an answer, the last month"
        );
        assert_eq!(
            P::BasisComplaints.fill(Lang::It, 1.0, "1", &[("period", "l'ultimo mese")]),
            "da 1 reclamo con una risposta, l'ultimo mese"
        );
        assert!(P::PreviewReplace
            .fill(Lang::En, 1.0, "1", &[])
            .starts_with("Your workbook (1 record) is replaced"));
        assert_eq!(
            P::EnpsOf.fill(Lang::En, 1.0, "1", &[("date", "6 December 2026")]),
            "on 6 December 2026, 1 answer"
        );
        assert_eq!(
            P::StepFollowUpsOverdue.fill(Lang::En, 2.0, "2", &[]),
            "Call back the 2 customers whose follow-up is overdue"
        );
    }

    #[test]
    fn plural_forms_share_their_placeholders_across_languages() {
        // The `one` form may say "one part" instead of "{n} parts", so the
        // count is left out of the comparison; every other placeholder must
        // be in every form of every language.
        let without_n = |s: &str| {
            let mut p = placeholders(s);
            p.retain(|name| name != "n");
            p
        };
        for p in P::ALL {
            let expected = without_n(p.forms(Lang::En).other);
            for lang in Lang::ALL {
                for c in lang.plural_categories() {
                    let form = p.forms(lang).get(*c);
                    assert_eq!(without_n(form), expected, "{p:?}.{c:?} in {lang:?}");
                }
                assert!(
                    p.forms(lang).other.contains("{n}") || !p.forms(Lang::En).other.contains("{n}"),
                    "{p:?}.Other in {lang:?} lost the count"
                );
            }
        }
    }

    /// The folded words of a text, in order.
    fn folded_words(text: &str) -> Vec<String> {
        crate::kernel::text::fold(text)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    }

    #[test]
    fn no_text_points_to_where_the_method_was_read() {
        // The interface names the method ("the customer service quotient",
        // "a common rule of thumb") or just gives the advice; it never
        // sends the reader to "the source", "the seed" or "the article".
        let mut found = Vec::new();
        for (name, text) in all_texts() {
            let words = folded_words(text);
            let has = |w: &str| words.iter().any(|x| x == w);
            let starts = |p: &str| words.iter().any(|x| x.starts_with(p));
            let lower = crate::kernel::text::fold(text);
            let hit = if name.ends_with(" in En") {
                has("source") || has("sources") || has("seed") || has("seeds") || has("article")
            } else if name.ends_with(" in It") {
                // "articolo" is also an item for sale, so only the phrases.
                has("fonte")
                    || has("fonti")
                    || lower.contains("la guida")
                    || lower.contains("dell'articolo")
                    || lower.contains("nell'articolo")
            } else {
                // "Kaynak:" labels where a problem was drawn from (the complaint
                // log, the call centre): that is not the article.
                (starts("kaynak") && !name.starts_with("DrawnFrom "))
                    || starts("kaynag")
                    || starts("makale")
            };
            if hit {
                found.push(name);
            }
        }
        assert!(
            found.is_empty(),
            "texts that point to the source: {found:?}"
        );
    }

    #[test]
    fn no_italian_article_stands_before_a_placeholder() {
        // "il {date}" reads "il 11 novembre" (it must be "l'11"), "al {share}"
        // "al 0,2%" ("allo"): the Italian texts are worded so that no article
        // stands before a value, which may begin with any digit.
        const ARTICLES: [&str; 32] = [
            "il", "lo", "la", "i", "gli", "le", "al", "allo", "alla", "ai", "agli", "alle", "del",
            "dello", "della", "dei", "degli", "delle", "dal", "dallo", "dalla", "dai", "nel",
            "nello", "nella", "nei", "sul", "sullo", "sulla", "un", "uno", "una",
        ];
        let mut texts: Vec<(String, &str)> = K::ALL
            .iter()
            .map(|k| (format!("{k:?}"), k.in_lang(Lang::It)))
            .collect();
        for p in P::ALL {
            let f = p.forms(Lang::It);
            texts.push((format!("{p:?}.one"), f.one));
            texts.push((format!("{p:?}.other"), f.other));
        }
        let mut found = Vec::new();
        for (name, text) in texts {
            let mut rest = text;
            while let Some(i) = rest.find('{') {
                let before = rest[..i].trim_end();
                let word = before
                    .rsplit(|c: char| c.is_whitespace() || c == '(')
                    .next()
                    .unwrap_or("")
                    .to_lowercase();
                if ARTICLES.contains(&word.as_str()) || before.ends_with('\'') {
                    found.push(format!("{name}: …{}", &rest[..rest.len().min(i + 10)]));
                }
                rest = &rest[i + 1..];
            }
        }
        assert!(found.is_empty(), "an article before a value: {found:?}");
    }

    #[test]
    fn the_estimate_counts_its_complaints_in_the_right_form() {
        let args = [("silent", "26"), ("low", "9"), ("high", "15")];
        assert_eq!(
            P::EstimateText.fill(Lang::En, 1.0, "1", &args),
            "For your one recorded complaint, about 26 customers may have stayed silent, and \
             unhappy customers may have told 9 to 15 people."
        );
        assert!(P::EstimateText
            .fill(Lang::En, 8.0, "8", &args)
            .starts_with("For your 8 recorded complaints,"));
        assert!(P::EstimateText
            .fill(Lang::It, 1.0, "1", &args)
            .starts_with("Con un solo reclamo registrato,"));
        assert!(P::EstimateText
            .fill(Lang::It, 11.0, "11", &args)
            .starts_with("Con 11 reclami registrati,"));
    }

    #[test]
    fn the_plural_rules_follow_cldr() {
        use Category::{One, Other};
        for lang in Lang::ALL {
            let got: Vec<Category> = [0.0, 1.0, 2.0, 1.5, 21.0, 1000.0]
                .into_iter()
                .map(|n| lang.plural(n))
                .collect();
            // English, Italian and Turkish: `one` for exactly 1 only (no 21
            // as in Russian, no 0 as in French).
            assert_eq!(got, [Other, One, Other, Other, Other, Other], "{lang:?}");
            assert!(lang.plural_categories().contains(&lang.plural(1.0)));
            assert!(lang.plural_categories().contains(&lang.plural(2.0)));
        }
    }

    #[test]
    fn count_picks_the_form_and_fills_the_number() {
        assert_eq!(P::Participants.count(Lang::En, 1), "1 participant");
        assert_eq!(P::Participants.count(Lang::En, 0), "0 participants");
        assert_eq!(P::Participants.count(Lang::En, 21), "21 participants");
        assert_eq!(P::Participants.count(Lang::It, 1), "1 partecipante");
        assert_eq!(P::Participants.count(Lang::It, 2), "2 partecipanti");
        assert_eq!(P::Participants.count(Lang::Tr, 2), "2 katılımcı");
        assert_eq!(
            P::ProblemChunk.fill(Lang::En, 1000.0, "1,000", &[("part", "Complaints")]),
            "1,000 records of “Complaints” could not be read and were kept \
             aside; everything else loaded."
        );
        assert_eq!(P::Points.fill(Lang::En, 1.5, "1.5", &[]), "1.5 points");
        assert_eq!(P::Points.fill(Lang::En, 1.0, "1", &[]), "1 point");
    }

    #[test]
    fn negotiation_takes_the_first_known_language() {
        assert_eq!(Lang::negotiate(["de-DE", "it-IT", "en"]), Lang::It);
        assert_eq!(Lang::negotiate(["tr"]), Lang::Tr);
        assert_eq!(Lang::negotiate(["fr"]), Lang::En);
        assert_eq!(Lang::negotiate([]), Lang::En);
    }

    #[test]
    fn fill_replaces_named_placeholders() {
        assert_eq!(fill("{a} of {b}", &[("a", "3"), ("b", "25")]), "3 of 25");
    }

    #[test]
    fn fill_isolates_a_value_that_could_turn_the_sentence() {
        assert_eq!(
            fill(
                "Preview of {name}: 3 records",
                &[("name", "Shop \u{202E}gnp.exe")]
            ),
            "Preview of \u{2068}Shop \u{202E}gnp.exe\u{2069}: 3 records"
        );
        assert_eq!(
            fill("{who} on {date}", &[("who", "שרה"), ("date", "6 dic 2026")]),
            "\u{2068}שרה\u{2069} on 6 dic 2026"
        );
    }
}
