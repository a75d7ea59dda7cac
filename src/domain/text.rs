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

#[cfg(test)]
mod tests {
    use super::*;

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
}
