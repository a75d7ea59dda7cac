//! Dense storage text: deflate, then 15 bits to a character.
//!
//! localStorage counts UTF-16 code units, not bytes. Code units 0x20 to
//! 0x801F are never surrogates and survive storage exactly, so each carries
//! 15 bits: 2.5 times what base64 carries in the same quota. The text starts
//! with two characters holding the byte length (30 bits).

use miniz_oxide::deflate::compress_to_vec;
use miniz_oxide::inflate::decompress_to_vec_with_limit;

const BASE: u32 = 0x20;
const MASK: u32 = 0x7fff;
/// Never inflate past this (a damaged or hostile chunk could claim more).
pub const MAX_INFLATED: usize = 256 * 1024 * 1024;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodecError {
    /// A character outside the alphabet, or a length that does not fit.
    BadText,
    /// The bytes do not inflate.
    BadDeflate,
    /// Inflated text is not UTF-8.
    BadUtf8,
}

/// Packs bytes into text of code units 0x20..=0x801F.
pub fn pack(bytes: &[u8]) -> String {
    let len = bytes.len() as u32;
    let mut out = String::with_capacity(bytes.len() * 8 / 15 * 3 + 12);
    push_unit(&mut out, (len >> 15) & MASK);
    push_unit(&mut out, len & MASK);
    let mut acc: u32 = 0;
    let mut bits = 0u32;
    for &b in bytes {
        acc = (acc << 8) | u32::from(b);
        bits += 8;
        if bits >= 15 {
            bits -= 15;
            push_unit(&mut out, (acc >> bits) & MASK);
            acc &= (1 << bits) - 1;
        }
    }
    if bits > 0 {
        push_unit(&mut out, (acc << (15 - bits)) & MASK);
    }
    out
}

fn push_unit(out: &mut String, v: u32) {
    // BASE + v is at most 0x801F: never a surrogate, always a char.
    out.push(char::from_u32(BASE + v).expect("code unit below the surrogates"));
}

fn unit(c: char) -> Result<u32, CodecError> {
    let v = c as u32;
    if (BASE..=BASE + MASK).contains(&v) {
        Ok(v - BASE)
    } else {
        Err(CodecError::BadText)
    }
}

/// The inverse of [`pack`].
pub fn unpack(text: &str) -> Result<Vec<u8>, CodecError> {
    let mut chars = text.chars();
    let hi = unit(chars.next().ok_or(CodecError::BadText)?)?;
    let lo = unit(chars.next().ok_or(CodecError::BadText)?)?;
    let len = ((hi << 15) | lo) as usize;
    let units = text.chars().count() - 2;
    if units != (len * 8).div_ceil(15) {
        return Err(CodecError::BadText);
    }
    let mut out = Vec::with_capacity(len);
    let mut acc: u32 = 0;
    let mut bits = 0u32;
    for c in chars {
        acc = (acc << 15) | unit(c)?;
        bits += 15;
        while bits >= 8 && out.len() < len {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Ok(out)
}

/// Deflates and packs a text for storage.
pub fn encode(text: &str) -> String {
    pack(&compress_to_vec(text.as_bytes(), 6))
}

/// Unpacks and inflates a stored text.
pub fn decode(stored: &str) -> Result<String, CodecError> {
    let bytes = unpack(stored)?;
    let raw =
        decompress_to_vec_with_limit(&bytes, MAX_INFLATED).map_err(|_| CodecError::BadDeflate)?;
    String::from_utf8(raw).map_err(|_| CodecError::BadUtf8)
}

/// The length of a text as localStorage counts it (UTF-16 code units).
pub fn utf16_len(s: &str) -> usize {
    s.chars().map(char::len_utf16).sum()
}

/// FNV-1a, 64 bits: a stable fingerprint (the std hasher may change between
/// Rust releases, and fingerprints are stored).
#[derive(Clone, Copy)]
pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    pub fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }

    pub fn finish(self) -> u64 {
        self.0
    }

    pub fn of(bytes: &[u8]) -> u64 {
        let mut h = Fnv::default();
        h.write(bytes);
        h.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packs_15_bits_a_character() {
        let bytes = vec![0xffu8; 1500];
        let text = pack(&bytes);
        assert_eq!(utf16_len(&text), 2 + 800);
        assert!(text.chars().all(|c| (0x20..=0x801f).contains(&(c as u32))));
        assert_eq!(unpack(&text).unwrap(), bytes);
    }

    #[test]
    fn empty_round_trips() {
        assert_eq!(unpack(&pack(&[])).unwrap(), Vec::<u8>::new());
        assert_eq!(decode(&encode("")).unwrap(), "");
    }

    #[test]
    fn damaged_text_is_an_error_not_a_panic() {
        let good = encode("hello hello hello");
        let mut chars: Vec<char> = good.chars().collect();
        chars.pop();
        let short: String = chars.iter().collect();
        assert_eq!(decode(&short), Err(CodecError::BadText));
        assert_eq!(decode("{\"plain\": \"json\"}"), Err(CodecError::BadText));
        assert_eq!(decode(""), Err(CodecError::BadText));
        // Right length and alphabet, but not deflate.
        assert_eq!(decode(&pack(&[0xff; 40])), Err(CodecError::BadDeflate));
    }

    #[test]
    fn turkish_and_italian_text_survives() {
        let s = "Şikâyet çözüldü: ğüşıöç İI — perché è così";
        assert_eq!(decode(&encode(s)).unwrap(), s);
    }

    #[test]
    fn fnv_known_value() {
        assert_eq!(Fnv::of(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(Fnv::of(b"a"), 0xaf63_dc4c_8601_ec8c);
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn pack_round_trips(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..2000)) {
            proptest::prop_assert_eq!(unpack(&pack(&bytes)).unwrap(), bytes);
        }

        #[test]
        fn encode_round_trips(s in "\\PC{0,400}") {
            proptest::prop_assert_eq!(decode(&encode(&s)).unwrap(), s);
        }

        #[test]
        fn decode_never_panics(s in "\\PC{0,200}") {
            let _ = decode(&s);
        }
    }
}
