//! CouchDB revision ids (`3-9f0c…`): read from a server under bounds, and
//! made here deterministically, so two devices that write the same content
//! on the same parent make the same revision and never a conflict.

use std::fmt;

/// The longest generation a server may send (CouchDB's are small counts).
const MAX_GEN: u64 = 1_000_000_000;
/// The longest hash part accepted (CouchDB writes 32 hex digits).
const MAX_HASH: usize = 64;

/// One revision: its generation and its hash, as CouchDB writes them.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Rev {
    pub gen: u64,
    pub hash: String,
}

impl Rev {
    /// Reads `N-hash`; anything else (no dash, a generation of 0 or over
    /// a billion, a hash that is empty, too long or not alphanumeric) is
    /// `None`.
    pub fn parse(text: &str) -> Option<Rev> {
        let (gen, hash) = text.split_once('-')?;
        if gen.is_empty() || gen.len() > 10 || !gen.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let gen: u64 = gen.parse().ok()?;
        if gen == 0 || gen > MAX_GEN {
            return None;
        }
        if hash.is_empty()
            || hash.len() > MAX_HASH
            || !hash.bytes().all(|b| b.is_ascii_alphanumeric())
        {
            return None;
        }
        Some(Rev {
            gen,
            hash: hash.to_string(),
        })
    }

    /// The revision written on top of `parent` (or as a first revision)
    /// for `content` (`None`: a deletion). The same inputs give the same
    /// revision on every device.
    pub fn next(parent: Option<&Rev>, content: Option<&str>) -> Rev {
        let mut h = Fnv128::default();
        match parent {
            Some(p) => h.write(p.to_string().as_bytes()),
            None => h.write(b"root"),
        }
        h.write(&[0]);
        match content {
            Some(c) => {
                h.write(b"doc\0");
                h.write(c.as_bytes());
            }
            None => h.write(b"deleted"),
        }
        Rev {
            gen: parent.map_or(1, |p| p.gen.saturating_add(1).min(MAX_GEN)),
            hash: format!("{:032x}", h.finish()),
        }
    }

    /// The order CouchDB uses to pick a winner among leaves.
    pub fn couch_order(&self) -> (u64, &str) {
        (self.gen, &self.hash)
    }
}

impl fmt::Display for Rev {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", self.gen, self.hash)
    }
}

/// FNV-1a, 128 bits: revision hashes are compared across devices and
/// stored on the server, so they come from a fixed, documented function.
struct Fnv128(u128);

impl Default for Fnv128 {
    fn default() -> Self {
        Fnv128(0x6c62_272e_07bb_0142_62b8_2175_6295_c58d)
    }
}

impl Fnv128 {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u128::from(b);
            self.0 = self
                .0
                .wrapping_mul(0x0000_0000_0100_0000_0000_0000_0000_013b);
        }
    }

    fn finish(self) -> u128 {
        self.0
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn reads_couchdb_revisions_and_refuses_the_rest() {
        let r = Rev::parse("3-917fa2381192822767f010b95b45325b").unwrap();
        assert_eq!(r.gen, 3);
        assert_eq!(r.to_string(), "3-917fa2381192822767f010b95b45325b");
        for bad in [
            "",
            "-",
            "3-",
            "-abc",
            "0-abc",
            "x-abc",
            "3abc",
            "1000000001-a",
            "99999999999-a",
            "3-ab/c",
            "3-\u{e9}",
            "+3-abc",
            " 3-abc",
        ] {
            assert_eq!(Rev::parse(bad), None, "{bad:?}");
        }
        assert!(Rev::parse(&format!("1-{}", "a".repeat(65))).is_none());
        assert!(Rev::parse(&format!("1-{}", "a".repeat(64))).is_some());
    }

    #[test]
    fn the_same_write_makes_the_same_revision_and_a_different_one_another() {
        let first = Rev::next(None, Some("{\"a\":1}"));
        assert_eq!(first.gen, 1);
        assert_eq!(first, Rev::next(None, Some("{\"a\":1}")));
        assert_ne!(first, Rev::next(None, Some("{\"a\":2}")));
        let second = Rev::next(Some(&first), Some("{\"a\":2}"));
        assert_eq!(second.gen, 2);
        assert_ne!(second, Rev::next(Some(&first), None));
        assert_eq!(Rev::parse(&second.to_string()), Some(second));
        // The generation never overflows.
        let top = Rev::parse("1000000000-ab").unwrap();
        assert_eq!(Rev::next(Some(&top), None).gen, 1_000_000_000);
    }

    proptest! {
        #[test]
        fn parsing_any_text_never_panics_and_round_trips(s in ".{0,80}") {
            if let Some(r) = Rev::parse(&s) {
                prop_assert_eq!(r.to_string(), s);
            }
        }
    }
}
