//! Counts read from files and storage, bounded on the way in.
//!
//! A count above [`MAX`] (people, items, calls in a month) is not a shop's
//! figure but a broken or hostile file; it is refused with a serde error, so
//! the import names its path. Below the bound, a sum of a few dozen counts
//! cannot overflow 32 bits; sums still saturate, as a second guard.

use serde::de::{Error, Unexpected};
use serde::{Deserialize, Deserializer};

/// The largest count accepted: a hundred million.
pub const MAX: u32 = 100_000_000;

const EXPECTED: &str = "a count from 0 to 100000000";

/// A count within [`MAX`]; only for deserialising (see [`one`]).
#[derive(Debug, Clone, Copy)]
pub struct Bounded(pub u32);

impl<'de> Deserialize<'de> for Bounded {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v = u64::deserialize(d)?;
        match u32::try_from(v) {
            Ok(n) if n <= MAX => Ok(Bounded(n)),
            _ => Err(D::Error::invalid_value(Unexpected::Unsigned(v), &EXPECTED)),
        }
    }
}

/// Whether a count typed by the user is within the bound.
pub fn ok(n: u32) -> bool {
    n <= MAX
}

/// `#[serde(deserialize_with = "count::one")]` for a `u32` count.
pub fn one<'de, D: Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
    Bounded::deserialize(d).map(|b| b.0)
}

/// For an `Option<u32>` count (with `#[serde(default)]`).
pub fn option<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u32>, D::Error> {
    Option::<Bounded>::deserialize(d).map(|o| o.map(|b| b.0))
}

/// For a `[u32; N]` of counts.
pub fn array<'de, D, const N: usize>(d: D) -> Result<[u32; N], D::Error>
where
    D: Deserializer<'de>,
    [Bounded; N]: Deserialize<'de>,
{
    <[Bounded; N]>::deserialize(d).map(|a| a.map(|b| b.0))
}

/// For a `Vec<[u32; N]>` of counts.
pub fn rows<'de, D, const N: usize>(d: D) -> Result<Vec<[u32; N]>, D::Error>
where
    D: Deserializer<'de>,
    [Bounded; N]: Deserialize<'de>,
{
    Vec::<[Bounded; N]>::deserialize(d).map(|v| v.into_iter().map(|a| a.map(|b| b.0)).collect())
}

/// The sum of counts, saturating rather than wrapping.
pub fn sum(counts: impl IntoIterator<Item = u32>) -> u32 {
    counts.into_iter().fold(0, u32::saturating_add)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Deserialize)]
    struct T {
        #[serde(deserialize_with = "one")]
        n: u32,
        #[serde(default, deserialize_with = "option")]
        o: Option<u32>,
        #[serde(default, deserialize_with = "array")]
        a: [u32; 3],
    }

    #[test]
    fn counts_above_the_bound_are_refused() {
        let t: T = serde_json::from_str(r#"{"n":100000000,"o":null,"a":[0,1,2]}"#).unwrap();
        assert_eq!((t.n, t.o, t.a), (MAX, None, [0, 1, 2]));
        let t: T = serde_json::from_str(r#"{"n":0}"#).unwrap();
        assert_eq!((t.o, t.a), (None, [0, 0, 0]));
        for bad in [
            r#"{"n":4294967297}"#,
            r#"{"n":100000001}"#,
            r#"{"n":-1}"#,
            r#"{"n":1,"o":4294967297}"#,
            r#"{"n":1,"a":[0,4294967297,0]}"#,
        ] {
            let e = serde_json::from_str::<T>(bad).expect_err(bad);
            assert!(e.is_data(), "{bad}: {e}");
        }
        let e = serde_json::from_str::<T>(r#"{"n":4294967297}"#).unwrap_err();
        assert!(e.to_string().contains("a count from 0 to 100000000"), "{e}");
    }

    #[test]
    fn sums_saturate() {
        assert_eq!(sum([u32::MAX, 2]), u32::MAX);
        assert_eq!(sum([1, 2, 3]), 6);
    }
}
