//! One stable sort for the whole app.
//!
//! The standard library's sort is generic over the item and the closure,
//! so each call site became its own copy of the sorting code in the wasm
//! (over a hundred, about 200 KB before optimisation: tests/bench/RESULTS.md).
//! Here the items are put in order by their indices, through one
//! non-generic instance of the standard stable sort that compares through
//! a `dyn` closure; only the small loop that moves the items is generic.
//! Every sort in `src/` goes through this module (tests/layout.rs checks).

use std::cmp::Ordering;

/// Sorts `items` by `cmp`, keeping equal items in their order.
pub fn sort_by<T>(items: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    let order = permutation(items.len(), &|a, b| cmp(&items[a], &items[b]));
    arrange(items, order);
}

/// Sorts `items` by the key `key` gives, keeping equal items in their order.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` in their natural order.
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

/// The indices `0..n` in the order `cmp` gives them, equal ones kept in
/// their order: the one instance of the sorting code.
#[inline(never)]
fn permutation(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| cmp(a, b));
    order
}

/// Moves `items[order[i]]` to `i` for every `i`, following each cycle of
/// the permutation with swaps. `order` must be a permutation of
/// `0..items.len()`, as [`permutation`] returns.
fn arrange<T>(items: &mut [T], mut order: Vec<usize>) {
    for start in 0..items.len() {
        let mut at = start;
        while order[at] != start {
            let from = order[at];
            items.swap(at, from);
            order[at] = at;
            at = from;
        }
        order[at] = at;
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn sorts_as_the_standard_stable_sort_does(
            items in proptest::collection::vec((0u8..6, any::<u16>()), 0..200)
        ) {
            // Keys repeat often, so stability is tested: the second field
            // tells equal keys apart.
            let mut ours = items.clone();
            sort_by_key(&mut ours, |(k, _)| *k);
            let mut theirs = items.clone();
            theirs.sort_by_key(|(k, _)| *k);
            prop_assert_eq!(ours, theirs);

            let mut ours = items.clone();
            sort_by(&mut ours, |a, b| b.cmp(a));
            let mut theirs = items;
            theirs.sort_by(|a, b| b.cmp(a));
            prop_assert_eq!(ours, theirs);
        }

        #[test]
        fn sorts_owned_values_without_losing_one(
            items in proptest::collection::vec(".{0,4}", 0..60)
        ) {
            let mut ours = items.clone();
            sort(&mut ours);
            let mut theirs = items;
            theirs.sort();
            prop_assert_eq!(ours, theirs);
        }
    }

    #[test]
    fn edge_cases() {
        let mut empty: Vec<u8> = Vec::new();
        sort(&mut empty);
        assert!(empty.is_empty());
        let mut one = vec![7];
        sort(&mut one);
        assert_eq!(one, [7]);
        let mut floats = vec![2.5, f64::NAN, -0.0, 0.0, f64::NEG_INFINITY];
        sort_by(&mut floats, f64::total_cmp);
        assert_eq!(floats[0], f64::NEG_INFINITY);
        assert!(floats[4].is_nan());
        let mut reversed: Vec<u32> = (0..1000).rev().collect();
        sort(&mut reversed);
        assert!(reversed.iter().copied().eq(0..1000));
    }
}
