//! The interface's languages. The keys are declared once (`keys.rs`); each
//! language has one file (`en.rs`, `it.rs`, `tr.rs`) giving every key its
//! text in an exhaustive match, so a text missing in one language does not
//! compile and the error names the key. The tests check that none is blank
//! and that placeholders match across languages.

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

    pub fn index(self) -> usize {
        self as usize
    }

    /// The BCP 47 tag, for `<html lang>` and Intl.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::It => "it",
            Lang::Tr => "tr",
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

include!("keys.rs");

mod en;
mod it;
mod tr;

impl K {
    pub fn in_lang(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => en::text(self),
            Lang::It => it::text(self),
            Lang::Tr => tr::text(self),
        }
    }
}

/// The catalogue before it was split into one file per language, kept for
/// one commit to prove the split altered no text.
#[cfg(test)]
mod before_split {
    macro_rules! catalogue {
        ($($key:ident => [$en:expr, $it:expr, $tr:expr $(,)?]),* $(,)?) => {
            pub const ALL: &[(&str, [&str; 3])] = &[$((stringify!($key), [$en, $it, $tr])),*];
        };
    }
    include!("catalogue.rs");

    #[test]
    fn every_text_is_byte_identical_to_the_catalogue_before_the_split() {
        use super::{Lang, K};
        let new: std::collections::HashMap<String, K> =
            K::ALL.iter().map(|k| (format!("{k:?}"), *k)).collect();
        assert_eq!(new.len(), ALL.len());
        for (name, texts) in ALL {
            let key = new[*name];
            for (i, lang) in Lang::ALL.into_iter().enumerate() {
                assert_eq!(key.in_lang(lang), texts[i], "{name} in {lang:?}");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn every_text_is_present_in_every_language() {
        for key in K::ALL {
            for lang in Lang::ALL {
                assert!(
                    !key.in_lang(lang).trim().is_empty(),
                    "{key:?} is blank in {lang:?}"
                );
            }
        }
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
