//! Folding text for search and for matching a person across records.
//!
//! One fold serves the search index and the query alike, so they can never
//! disagree: case is folded, accents are stripped ("Zoë" → "zoe"), and the
//! four Turkish i's (I, ı, İ, i) all become "i". Turkish lower-cases I to ı
//! and İ to i, other languages I to i; once ı and i are the same letter the
//! two rules give the same result, so the fold needs no language (and the
//! index need not be rebuilt when the language changes). A search is meant
//! to be forgiving: "ismail" finds "İSMAİL", "isik" and "ışık" find "IŞIK".
//!
//! Accents are stripped with a small table for Latin-1 and Latin
//! Extended-A (the letters of English, Italian, Turkish and their
//! neighbours) plus the combining marks U+0300–U+036F, rather than full
//! Unicode decomposition: a few hundred bytes in the wasm instead of the
//! tables of `unicode-normalization`.
//!
//! Showing user text: [`isolate`] wraps a value in U+2068 FIRST STRONG
//! ISOLATE … U+2069 POP DIRECTIONAL ISOLATE, so its direction and any bidi
//! controls in it ("Shop \u{202E}gnp.exe") stay inside it and cannot turn
//! the sentence around it. Only for display: files and exports keep the
//! text as typed.

/// Base letters of U+00C0..=U+017F, one byte each; `.` keeps the character
/// (or it has a special case in [`fold_into`]).
const LATIN: [u8; 192] = concat_bytes(&[
    b"aaaaaa.ceeeeiiiidnooooo.ouuuuy..", // U+00C0
    b"aaaaaa.ceeeeiiiidnooooo.ouuuuy.y", // U+00E0
    b"aaaaaaccccccccddddeeeeeeeeeegggg", // U+0100
    b"gggghhhhiiiiiiiiii..jjkkklllllll", // U+0120
    b"lllnnnnnn.nnoooooo..rrrrrrssssss", // U+0140
    b"ssttttttuuuuuuuuuuuuwwyyyzzzzzzs", // U+0160
]);

const fn concat_bytes(rows: &[&[u8; 32]; 6]) -> [u8; 192] {
    let mut out = [0u8; 192];
    let mut i = 0;
    while i < 192 {
        out[i] = rows[i / 32][i % 32];
        i += 1;
    }
    out
}

/// Appends the folded form of one character: lower-cased already, or one
/// of U+00C0..=U+017F, which the table folds in either case.
fn fold_into(c: char, out: &mut String) {
    match c {
        '\u{300}'..='\u{36f}' => {} // combining accents
        'ß' => out.push_str("ss"),
        'æ' | 'Æ' => out.push_str("ae"),
        'œ' | 'Œ' => out.push_str("oe"),
        'ĳ' | 'Ĳ' => out.push_str("ij"),
        'þ' | 'Þ' => out.push_str("th"),
        '\u{c0}'..='\u{17f}' => match LATIN[c as usize - 0xc0] {
            b'.' => out.push(c),
            b => out.push(char::from(b)),
        },
        _ => out.push(c),
    }
}

/// The folded form of `s`, for search: lower case, no accents, every
/// Turkish i the same letter.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    if s.is_ascii() {
        out.push_str(s);
        out.make_ascii_lowercase();
        return out;
    }
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else if ('\u{c0}'..='\u{17f}').contains(&c) {
            // The table gives both cases their base letter (İ and ı: i).
            fold_into(c, &mut out);
        } else {
            for l in c.to_lowercase() {
                fold_into(l, &mut out);
            }
        }
    }
    out
}

/// A name as compared across records: folded, trimmed, and runs of
/// white space made one space ("  MARIO   rossi " → "mario rossi").
pub fn name_key(s: &str) -> String {
    fold(s).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// An e-mail address as compared across records: trimmed, lower case.
pub fn email_key(s: &str) -> String {
    s.trim().to_lowercase()
}

/// A phone number's digits, for comparing: spaces, dashes, dots and
/// brackets dropped. An international prefix (`+` or `00`) is dropped and
/// the number marked international; a national number drops its leading
/// trunk zeros. `None` when fewer than 6 digits remain (too short to say
/// whose it is).
pub fn phone_key(s: &str) -> Option<(bool, String)> {
    let s = s.trim();
    let digits: String = s.chars().filter(char::is_ascii_digit).collect();
    let (international, rest) = if s.starts_with('+') {
        (true, digits.as_str())
    } else if let Some(rest) = digits.strip_prefix("00") {
        (true, rest)
    } else {
        (false, digits.trim_start_matches('0'))
    };
    (rest.len() >= 6).then(|| (international, rest.to_string()))
}

/// Whether two phone numbers are the same line: the same digits, or an
/// international number ending with a national one ("+39 055 123456" and
/// "055 123456"; "+90 555 123 45 67" and "0555 123 45 67").
pub fn same_phone(a: &str, b: &str) -> bool {
    match (phone_key(a), phone_key(b)) {
        (Some((ia, a)), Some((ib, b))) => {
            a == b || (ia && !ib && a.ends_with(&b)) || (ib && !ia && b.ends_with(&a))
        }
        _ => false,
    }
}

/// U+2068 FIRST STRONG ISOLATE: opens an isolate whose direction is that of
/// its first strong letter.
pub const FSI: char = '\u{2068}';
/// U+2069 POP DIRECTIONAL ISOLATE: closes it.
pub const PDI: char = '\u{2069}';

/// `text` bidi-isolated for splicing into a sentence: FSI, the text, PDI.
///
/// Embeddings and overrides the text opens (U+202A–U+202E) end at the
/// closing PDI by the bidi algorithm; isolates it opens (U+2066–U+2068) are
/// closed before it, and a PDI with nothing of the text's own to close is
/// left out (shown alone it does nothing, but here it would close our
/// isolate early). Nothing else is changed.
pub fn isolate(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    out.push(FSI);
    let mut open = 0usize;
    for c in text.chars() {
        match c {
            '\u{2066}'..='\u{2068}' => open += 1,
            PDI if open == 0 => continue,
            PDI => open -= 1,
            _ => {}
        }
        out.push(c);
    }
    out.extend(std::iter::repeat_n(PDI, open));
    out.push(PDI);
    out
}

/// Whether `text` could change the direction of a left-to-right sentence
/// it is spliced into: it holds a bidi control or a right-to-left letter.
/// Text of only left-to-right letters, digits and punctuation (every date
/// and number the app formats in its three languages) reads the same
/// isolated or not.
pub fn needs_isolation(text: &str) -> bool {
    text.chars().any(|c| {
        matches!(c,
            // ALM, LRM, RLM, embeddings and overrides, isolates
            '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
            // Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic, Arabic extensions
            | '\u{0590}'..='\u{08FF}'
            // Hebrew and Arabic presentation forms
            | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}'
            // right-to-left scripts of the SMP (Cypriot to Old Uyghur; Adlam, Arabic maths)
            | '\u{10800}'..='\u{10FFF}' | '\u{1E800}'..='\u{1EFFF}')
    })
}

/// [`isolate`]d if it [`needs_isolation`], else as it is.
pub fn isolate_if_needed(text: &str) -> std::borrow::Cow<'_, str> {
    if needs_isolation(text) {
        std::borrow::Cow::Owned(isolate(text))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// Several user texts joined by `sep`, each isolated where it needs it, so
/// one cannot run into the next.
pub fn join_isolated<S: AsRef<str>>(items: &[S], sep: &str) -> String {
    items
        .iter()
        .map(|s| isolate_if_needed(s.as_ref()))
        .collect::<Vec<_>>()
        .join(sep)
}

/// The start of a user's text as one line: runs of white space (line
/// breaks included) become one space, the ends are trimmed, and a text
/// longer than `max` characters is cut there with "…".
pub fn excerpt(text: &str, max: usize) -> String {
    let mut out = String::new();
    let mut count = 0usize;
    for word in text.split_whitespace() {
        for c in (!out.is_empty())
            .then_some(' ')
            .into_iter()
            .chain(word.chars())
        {
            if count == max {
                out.truncate(out.trim_end().len());
                out.push('…');
                return out;
            }
            out.push(c);
            count += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_excerpt_is_one_trimmed_line_cut_with_an_ellipsis() {
        assert_eq!(excerpt("  Late\n\n  delivery\t ", 40), "Late delivery");
        assert_eq!(excerpt("", 40), "");
        assert_eq!(excerpt(" \n\t ", 40), "");
        assert_eq!(excerpt("abcdef", 6), "abcdef");
        assert_eq!(excerpt("abcdefg", 6), "abcdef…");
        assert_eq!(excerpt("ab cd", 3), "ab…");
        assert_eq!(excerpt("ğüşİıç", 3), "ğüş…");
        assert_eq!(excerpt("x", 0), "…");
        let long = "çok uzun ".repeat(10_000);
        assert_eq!(excerpt(&long, 60).chars().count(), 61);
    }

    #[test]
    fn turkish_i_folds_every_way() {
        assert!(fold("İSMAİL YILMAZ").contains(&fold("ismail")));
        assert!(fold("İSMAİL").contains(&fold("ısmail")));
        assert!(fold("IŞIK").contains(&fold("ışık")));
        assert!(fold("ışık").contains(&fold("IŞIK")));
        assert!(fold("Işık").contains(&fold("isik")));
        assert_eq!(fold("İSMAİL"), "ismail");
        assert_eq!(fold("IŞIK"), "isik");
    }

    #[test]
    fn case_and_accents_fold_in_every_language() {
        assert_eq!(fold("Zoë"), "zoe");
        assert_eq!(fold("ZOË"), "zoe");
        assert_eq!(fold("Zoe\u{308}"), "zoe", "decomposed input too");
        assert_eq!(fold("Perché è così"), "perche e cosi");
        assert_eq!(fold("ÇĞÖŞÜ çğöşü"), "cgosu cgosu");
        assert_eq!(fold("Straße Æsir Œuvre"), "strasse aesir oeuvre");
        assert_eq!(fold("Łódź"), "lodz");
        assert_eq!(fold("MARIO"), "mario");
        assert_eq!(fold("a\u{1f}B"), "a\u{1f}b", "the index separator stays");
        assert_eq!(fold("3 × 4 ÷ 2"), "3 × 4 ÷ 2");
        assert_eq!(fold("日本"), "日本");
    }

    #[test]
    fn names_emails_and_phones_compare_loosely() {
        assert_eq!(name_key("  MARIO   Rossi\t"), "mario rossi");
        assert_eq!(name_key("Ayşe  YILMAZ"), name_key("ayse yılmaz"));
        assert_eq!(email_key(" Mario@Example.IT "), "mario@example.it");
        assert!(same_phone("+39 055 123456", "055-123456"));
        assert!(same_phone("0039 055 123456", "+39 (055) 123 456"));
        assert!(same_phone("+90 555 123 45 67", "0555 123 45 67"));
        assert!(same_phone("+44 20 7946 0000", "020 7946 0000"));
        assert!(!same_phone("+39 055 123456", "+39 055 654321"));
        assert!(!same_phone("+39 055 123456", "+41 055 123456"));
        assert!(!same_phone("123", "123"), "too short to say");
        assert!(!same_phone("", ""));
    }

    #[test]
    fn isolate_wraps_the_text_in_first_strong_isolate() {
        assert_eq!(
            isolate("Shop \u{202E}gnp.exe"),
            "\u{2068}Shop \u{202E}gnp.exe\u{2069}"
        );
        assert_eq!(isolate(""), "\u{2068}\u{2069}");
        assert_eq!(isolate("Caffè Zoë"), "\u{2068}Caffè Zoë\u{2069}");
    }

    #[test]
    fn isolate_closes_what_the_text_opens_and_drops_a_pdi_that_would_close_ours() {
        // An isolate left open inside would take our PDI: it is closed first.
        assert_eq!(isolate("a\u{2067}b"), "\u{2068}a\u{2067}b\u{2069}\u{2069}");
        // A stray PDI would end our isolate early: left out.
        assert_eq!(isolate("\u{2069}\u{202E}x"), "\u{2068}\u{202E}x\u{2069}");
        // Balanced isolates inside stay as they are.
        assert_eq!(
            isolate("a\u{2066}b\u{2069}c"),
            "\u{2068}a\u{2066}b\u{2069}c\u{2069}"
        );
    }

    #[test]
    fn isolated_text_is_balanced() {
        for text in [
            "",
            "x",
            "\u{2069}\u{2069}",
            "\u{2066}\u{2067}\u{2068}",
            "\u{2069}a\u{2068}b\u{2069}\u{2069}\u{2066}",
        ] {
            let out = isolate(text);
            let mut depth = 0i32;
            for (i, c) in out.chars().enumerate() {
                match c {
                    '\u{2066}'..='\u{2068}' => depth += 1,
                    PDI => depth -= 1,
                    _ => {}
                }
                assert!(
                    depth > 0 || i == out.chars().count() - 1,
                    "{text:?}: closed early in {out:?}"
                );
            }
            assert_eq!(depth, 0, "{text:?} → {out:?}");
            // Nothing but the isolates is added or taken.
            let strip = |s: &str| {
                s.chars()
                    .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}'))
                    .collect::<String>()
            };
            assert_eq!(strip(&out), strip(text));
        }
    }

    #[test]
    fn joined_texts_are_isolated_one_by_one() {
        assert_eq!(join_isolated(&["a", "b"], "; "), "a; b");
        assert_eq!(
            join_isolated(&["\u{202E}a", "b"], "; "),
            "\u{2068}\u{202E}a\u{2069}; b"
        );
    }

    #[test]
    fn only_text_that_can_turn_a_sentence_needs_isolation() {
        for plain in [
            "",
            "Mario's Café",
            "3 dic 2026, 14:05",
            "1.234,5",
            "İstanbul Şişli",
            "12\u{202F}%",
            "a\u{00A0}b",
        ] {
            assert!(!needs_isolation(plain), "{plain:?}");
            assert_eq!(isolate_if_needed(plain), plain);
        }
        for hostile in [
            "Shop \u{202E}gnp.exe",
            "\u{200F}",
            "\u{2067}x",
            "שלום",
            "مرحبا",
            "\u{061C}",
            "\u{1E900}",
        ] {
            assert!(needs_isolation(hostile), "{hostile:?}");
            assert_eq!(isolate_if_needed(hostile), isolate(hostile));
        }
    }
}
