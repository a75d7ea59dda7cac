//! Records with stable ids, timestamps and tombstones, and the merge that
//! reconciles two copies of a collection (an imported file, another tab).
//!
//! Merge is per id: the newer `updated` wins; on a tie the record whose JSON
//! sorts higher wins, so merge is commutative, associative and idempotent.
//! A collection is kept in a canonical order (created, then id), so merged
//! results are equal whichever side they came from, and appended records land
//! at the end (which keeps storage chunks stable).

use crate::kernel::bounds;
use chrono::{DateTime, TimeDelta, Utc};
use serde::{de::DeserializeOwned, Deserialize, Serialize};
use std::collections::HashMap;
use uuid::Uuid;

/// The current time in UTC. One place, so that tests and the app agree.
/// Only the app reads it: domain code takes the time as a parameter, and
/// tests pass [`pinned_now`] or a day of their own.
pub fn now() -> DateTime<Utc> {
    Utc::now()
}

/// The days the date-bound tests run on, as the end-to-end specs do
/// (tests/e2e/helpers.mjs): an ordinary day, the 1st and the 9th of a
/// month, the last day of a year and 29 February of a leap year.
#[cfg(test)]
pub const PINNED_DAYS: [(i32, u32, u32); 5] = [
    (2026, 11, 18),
    (2027, 3, 1),
    (2026, 10, 9),
    (2026, 12, 31),
    (2028, 2, 29),
];

/// Noon UTC on one of [`PINNED_DAYS`]: a test's "now", never the machine's.
#[cfg(test)]
pub fn pinned_at((y, m, d): (i32, u32, u32)) -> DateTime<Utc> {
    use chrono::TimeZone;
    Utc.with_ymd_and_hms(y, m, d, 12, 0, 0).unwrap()
}

/// The "now" of a test that does not depend on the day: the first pinned day.
#[cfg(test)]
pub fn pinned_now() -> DateTime<Utc> {
    pinned_at(PINNED_DAYS[0])
}

/// The stamp of a change made at `at` to something last stamped `prev`: it
/// always moves forward, even for two changes in one millisecond, so that a
/// change is never mistaken for no change.
///
/// It stays within the years a file may hold ([`bounds`]), so that what is
/// saved can be read back: a stamp already at the last instant of 9999
/// (only an edited file can hold one) stays there, and the tie is then
/// broken by content, as in a merge. It never panics and never goes back.
fn next_stamp(prev: Option<DateTime<Utc>>, at: DateTime<Utc>) -> DateTime<Utc> {
    let at = bounds::clamp_stamp(at);
    match prev {
        Some(p) if at <= p => bounds::shift(p, TimeDelta::milliseconds(1))
            .min(bounds::max_stamp())
            .max(p),
        _ => at,
    }
}

/// One record of a collection: its id, its life times, and its data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Record<T> {
    pub id: Uuid,
    #[serde(deserialize_with = "crate::kernel::bounds::stamp")]
    pub created: DateTime<Utc>,
    #[serde(deserialize_with = "crate::kernel::bounds::stamp")]
    pub updated: DateTime<Utc>,
    /// Set when the record was moved to the trash; travels in files so a
    /// deletion is not undone by a colleague's older copy.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::kernel::bounds::opt_stamp"
    )]
    pub deleted: Option<DateTime<Utc>>,
    pub data: T,
}

impl<T> Record<T> {
    pub fn new(data: T, at: DateTime<Utc>) -> Self {
        let at = bounds::clamp_stamp(at);
        Record {
            id: Uuid::new_v4(),
            created: at,
            updated: at,
            deleted: None,
            data,
        }
    }

    pub fn is_live(&self) -> bool {
        self.deleted.is_none()
    }

    /// Marks the record as changed at `at` (see [`next_stamp`]).
    pub fn touch(&mut self, at: DateTime<Utc>) {
        self.updated = next_stamp(Some(self.updated), at);
    }
}

/// The canonical order of a collection: created, then id.
fn order_key<T>(r: &Record<T>) -> (DateTime<Utc>, Uuid) {
    (r.created, r.id)
}

/// Picks the winner of two versions of one record.
fn newer<'a, T: Serialize>(a: &'a Record<T>, b: &'a Record<T>) -> &'a Record<T> {
    match a.updated.cmp(&b.updated) {
        std::cmp::Ordering::Greater => a,
        std::cmp::Ordering::Less => b,
        std::cmp::Ordering::Equal => {
            let ja = serde_json::to_string(a).unwrap_or_default();
            let jb = serde_json::to_string(b).unwrap_or_default();
            if ja >= jb {
                a
            } else {
                b
            }
        }
    }
}

/// The rules a record's form applies before it saves, applied to records
/// read from a file too, so an import never brings in a record that its
/// form would then refuse to save. Records without a form rule keep the
/// default. Every collection's type implements it (the `workbook!` macro
/// requires it).
pub trait FormRules {
    /// The first rule the record breaks: the field's path inside the
    /// record's data, and what is wrong with it.
    fn refusal(&self) -> Option<(&'static str, &'static str)> {
        None
    }
}

/// A collection of records in canonical order (created, then id).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Collection<T> {
    items: Vec<Record<T>>,
}

impl<T> Default for Collection<T> {
    fn default() -> Self {
        Collection { items: Vec::new() }
    }
}

/// What a merge did, per collection, for the import preview.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MergeCount {
    /// Records only the other side had.
    pub added: usize,
    /// Records both had, where the other side's version won.
    pub updated: usize,
    /// Of the updated, those the other side had moved to the trash.
    pub deleted: usize,
    /// Records both had, where this side's version stays.
    pub kept: usize,
}

impl MergeCount {
    pub fn changes(&self) -> usize {
        self.added + self.updated
    }
}

impl<T: Serialize + DeserializeOwned + Clone + PartialEq> Collection<T> {
    pub fn from_records(mut items: Vec<Record<T>>) -> Self {
        super::order::sort_by_key(&mut items, order_key);
        Collection { items }
    }

    pub fn all(&self) -> &[Record<T>] {
        &self.items
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Records not in the trash.
    pub fn live(&self) -> impl DoubleEndedIterator<Item = &Record<T>> {
        self.items.iter().filter(|r| r.is_live())
    }

    /// Records in the trash.
    pub fn trashed(&self) -> impl DoubleEndedIterator<Item = &Record<T>> {
        self.items.iter().filter(|r| !r.is_live())
    }

    pub fn get(&self, id: Uuid) -> Option<&Record<T>> {
        self.items.iter().find(|r| r.id == id)
    }

    /// Adds a new record and returns its id.
    pub fn insert(&mut self, data: T, at: DateTime<Utc>) -> Uuid {
        let record = Record::new(data, at);
        let id = record.id;
        self.put(record);
        id
    }

    /// Puts a record at its place in the canonical order.
    fn put(&mut self, record: Record<T>) {
        let key = (record.created, record.id);
        let pos = self.items.partition_point(|r| (r.created, r.id) < key);
        self.items.insert(pos, record);
    }

    /// Changes one record's data and touches it. Returns false when no such
    /// record exists.
    pub fn update(&mut self, id: Uuid, at: DateTime<Utc>, change: impl FnOnce(&mut T)) -> bool {
        match self.items.iter_mut().find(|r| r.id == id) {
            Some(record) => {
                change(&mut record.data);
                record.touch(at);
                true
            }
            None => false,
        }
    }

    /// Saves a form's edit of record `id` (see [`apply_edit`]) and says
    /// truthfully where it went: another tab may have moved the record to
    /// the trash (the edit is kept with it there), or emptied the trash
    /// (the edit is saved as a new record, so nothing typed is lost).
    pub fn save_edit(
        &mut self,
        id: Uuid,
        at: DateTime<Utc>,
        original: &T,
        edited: &T,
    ) -> EditOutcome {
        match self.get(id).map(Record::is_live) {
            Some(live) => {
                self.update(id, at, |c| *c = apply_edit(original, edited, c));
                if live {
                    EditOutcome::Saved
                } else {
                    EditOutcome::InTrash(id)
                }
            }
            None => EditOutcome::Recreated(self.insert(edited.clone(), at)),
        }
    }

    /// Moves a record to the trash (a tombstone; the record stays).
    pub fn trash(&mut self, id: Uuid, at: DateTime<Utc>) -> bool {
        match self.items.iter_mut().find(|r| r.id == id && r.is_live()) {
            Some(record) => {
                record.touch(at);
                record.deleted = Some(record.updated);
                true
            }
            None => false,
        }
    }

    /// Makes sure the record with a fixed `id` (the same in every copy, so
    /// colleagues' edits of it merge as one record) exists and is live:
    /// made by `make`, created at the epoch so it sorts the same everywhere,
    /// or brought back from the trash. Returns true when it was brought back.
    pub fn ensure_fixed(&mut self, id: Uuid, at: DateTime<Utc>, make: impl FnOnce() -> T) -> bool {
        match self.get(id) {
            None => {
                let epoch = DateTime::<Utc>::from_timestamp(0, 0).expect("the epoch exists");
                let mut record = Record::new(make(), epoch);
                record.id = id;
                self.items.push(record);
                self.normalise();
                false
            }
            Some(r) if !r.is_live() => self.restore(id, at),
            Some(_) => false,
        }
    }

    /// Brings a record back from the trash.
    pub fn restore(&mut self, id: Uuid, at: DateTime<Utc>) -> bool {
        match self.items.iter_mut().find(|r| r.id == id && !r.is_live()) {
            Some(record) => {
                record.deleted = None;
                record.touch(at);
                true
            }
            None => false,
        }
    }

    /// Merges `other` into this collection by id and says what changed.
    pub fn merge_from(&mut self, other: &Collection<T>) -> MergeCount {
        let mut count = MergeCount::default();
        let index: HashMap<Uuid, usize> = self
            .items
            .iter()
            .enumerate()
            .map(|(i, r)| (r.id, i))
            .collect();
        let mut added = Vec::new();
        for theirs in &other.items {
            match index.get(&theirs.id) {
                Some(&i) => {
                    let ours = &self.items[i];
                    if std::ptr::eq(newer(ours, theirs), theirs) && ours != theirs {
                        count.updated += 1;
                        if theirs.deleted.is_some() && ours.deleted.is_none() {
                            count.deleted += 1;
                        }
                        self.items[i] = theirs.clone();
                    } else {
                        count.kept += 1;
                    }
                }
                None => {
                    count.added += 1;
                    added.push(theirs.clone());
                }
            }
        }
        let reorder = count.updated > 0 || !added.is_empty();
        self.items.extend(added);
        if reorder {
            // `created` may differ between two versions of one id only in a
            // hand-edited file; a stable sort keeps the canonical order.
            super::order::sort_by_key(&mut self.items, order_key);
        }
        count
    }

    /// Every record's id, sorted (for checks that need no record type).
    pub fn ids(&self) -> Vec<Uuid> {
        let mut ids: Vec<Uuid> = self.items.iter().map(|r| r.id).collect();
        super::order::sort(&mut ids);
        ids
    }

    /// Removes the records whose id is in `ids` (sorted) for good.
    pub fn remove_ids(&mut self, ids: &[Uuid]) {
        self.items.retain(|r| ids.binary_search(&r.id).is_err());
    }

    /// Removes the records in the trash for good; returns how many.
    pub fn purge_trash(&mut self) -> usize {
        let before = self.items.len();
        self.items.retain(|r| r.is_live());
        before - self.items.len()
    }

    /// Removes the live record `id` for good when `empty` says its data holds
    /// nothing (a new record left as it was made, so no tombstone and no
    /// entry in the trash is worth keeping); returns whether it did.
    pub fn remove_if_empty(&mut self, id: Uuid, empty: impl FnOnce(&T) -> bool) -> bool {
        match self.items.iter().position(|r| r.id == id && r.is_live()) {
            Some(i) if empty(&self.items[i].data) => {
                self.items.remove(i);
                true
            }
            _ => false,
        }
    }

    /// Removes the live record `id` for good when it is still as it was at
    /// `stamp` (an import undone: nothing was changed in it since); returns
    /// whether it did.
    pub fn remove_unchanged(&mut self, id: Uuid, stamp: DateTime<Utc>) -> bool {
        match self
            .items
            .iter()
            .position(|r| r.id == id && r.is_live() && r.updated == stamp)
        {
            Some(i) => {
                self.items.remove(i);
                true
            }
            None => false,
        }
    }

    /// Removes record `id`, live or in the trash, when it is still as it
    /// was at `stamp` (purged on another device and not changed here
    /// since); returns whether it did.
    pub fn remove_if_still(&mut self, id: Uuid, stamp: DateTime<Utc>) -> bool {
        match self
            .items
            .iter()
            .position(|r| r.id == id && r.updated == stamp)
        {
            Some(i) => {
                self.items.remove(i);
                true
            }
            None => false,
        }
    }

    /// Checks the collection's own invariants after it was read from outside:
    /// ids are unique. Returns the first duplicate id.
    pub fn duplicate_id(&self) -> Option<Uuid> {
        let mut seen = std::collections::HashSet::with_capacity(self.items.len());
        self.items.iter().map(|r| r.id).find(|id| !seen.insert(*id))
    }

    /// Restores the canonical order (after reading records from outside).
    pub fn normalise(&mut self) {
        super::order::sort_by_key(&mut self.items, order_key);
    }

    /// Appends records read from a storage chunk (already in order).
    pub fn extend_raw(&mut self, records: Vec<Record<T>>) {
        self.items.extend(records);
    }
}

/// A single value (settings, the plan's text) versioned as a whole.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Single<T> {
    #[serde(default, deserialize_with = "crate::kernel::bounds::opt_stamp")]
    pub updated: Option<DateTime<Utc>>,
    pub data: T,
}

impl<T: Serialize + Clone + PartialEq> Single<T> {
    pub fn set(&mut self, data: T, at: DateTime<Utc>) {
        if self.data != data {
            self.data = data;
            self.updated = Some(next_stamp(self.updated, at));
        }
    }

    /// Takes the other side's value when it is newer (ties by JSON).
    /// Returns whether this value changed.
    pub fn merge_from(&mut self, other: &Single<T>) -> bool {
        let take = match self.updated.cmp(&other.updated) {
            std::cmp::Ordering::Less => true,
            std::cmp::Ordering::Greater => false,
            std::cmp::Ordering::Equal => {
                serde_json::to_string(other).unwrap_or_default()
                    > serde_json::to_string(self).unwrap_or_default()
            }
        };
        if take && self != other {
            *self = other.clone();
            true
        } else {
            false
        }
    }
}

/// Where a form's edit was saved ([`Collection::save_edit`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditOutcome {
    /// Onto the record, as the user expects.
    Saved,
    /// Onto the record, which another tab had moved to the trash.
    InTrash(Uuid),
    /// As a new record: another tab had removed the record for good.
    Recreated(Uuid),
}

/// An edit made on a copy (a form), applied to the record as it is now:
/// the fields the user changed, against the copy they started from, take the
/// user's values; every other field keeps what is stored, which another tab
/// may have changed meanwhile. Nested objects (a complaint's customer) are
/// merged field by field; lists are taken whole.
pub fn apply_edit<T: Serialize + DeserializeOwned + Clone>(
    original: &T,
    edited: &T,
    current: &T,
) -> T {
    use serde_json::to_value;
    let (Ok(o), Ok(e), Ok(mut c)) = (to_value(original), to_value(edited), to_value(current))
    else {
        return edited.clone();
    };
    merge3(&o, &e, &mut c);
    serde_json::from_value(c).unwrap_or_else(|_| edited.clone())
}

fn merge3(
    original: &serde_json::Value,
    edited: &serde_json::Value,
    current: &mut serde_json::Value,
) {
    use serde_json::Value;
    match (original, edited, current) {
        (Value::Object(o), Value::Object(e), Value::Object(c)) => {
            for (key, ev) in e {
                let ov = o.get(key);
                if ov == Some(ev) {
                    continue;
                }
                match (ov, c.get_mut(key)) {
                    (Some(ov), Some(cv)) if ov.is_object() && ev.is_object() && cv.is_object() => {
                        merge3(ov, ev, cv)
                    }
                    _ => {
                        c.insert(key.clone(), ev.clone());
                    }
                }
            }
            // A field the user emptied is left out when written.
            for key in o.keys().filter(|k| !e.contains_key(*k)) {
                c.remove(key);
            }
        }
        (o, e, c) => {
            if o != e {
                *c = e.clone();
            }
        }
    }
}

#[cfg(test)]
mod tests {

    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
    struct Form {
        name: String,
        #[serde(default, skip_serializing_if = "String::is_empty")]
        note: String,
        inner: Inner,
        tags: Vec<String>,
    }

    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
    struct Inner {
        phone: String,
        email: String,
    }

    #[test]
    fn an_edit_keeps_what_another_tab_changed_in_other_fields() {
        let original = Form {
            name: "Ada".into(),
            note: "call back".into(),
            inner: Inner {
                phone: "1".into(),
                email: "a@x".into(),
            },
            tags: vec!["a".into()],
        };
        // This tab changes the name and the phone, and empties the note.
        let mut edited = original.clone();
        edited.name = "Ada L.".into();
        edited.inner.phone = "2".into();
        edited.note.clear();
        // Another tab meanwhile changed the e-mail and the tags.
        let mut current = original.clone();
        current.inner.email = "ada@x".into();
        current.tags = vec!["b".into(), "c".into()];
        current.note = "call back today".into();
        let merged = apply_edit(&original, &edited, &current);
        assert_eq!(
            merged,
            Form {
                name: "Ada L.".into(),
                note: String::new(),
                inner: Inner {
                    phone: "2".into(),
                    email: "ada@x".into()
                },
                tags: vec!["b".into(), "c".into()],
            }
        );
        // Nothing edited: what is stored stays as it is.
        assert_eq!(apply_edit(&original, &original, &current), current);
        // Nothing changed elsewhere: the edit as made.
        assert_eq!(apply_edit(&original, &edited, &original), edited);
        // The same field changed in both: this edit, the later one, wins.
        let mut theirs = original.clone();
        theirs.name = "Ada Lovelace".into();
        assert_eq!(apply_edit(&original, &edited, &theirs).name, "Ada L.");
    }
    use super::*;
    use chrono::{Duration, TimeZone};

    fn t(s: i64) -> DateTime<Utc> {
        Utc.timestamp_opt(1_700_000_000 + s, 0).unwrap()
    }

    #[test]
    fn touch_moves_forward_even_within_one_millisecond() {
        let mut r = Record::new("a".to_string(), t(0));
        r.touch(t(0));
        assert_eq!(r.updated, t(0) + Duration::milliseconds(1));
        r.touch(t(0));
        assert_eq!(r.updated, t(0) + Duration::milliseconds(2));
        r.touch(t(5));
        assert_eq!(r.updated, t(5));
    }

    /// Issue 15: with an `updated` at the last instant a file may hold,
    /// saving an edit, renaming or restoring panicked (`p + 1 ms`).
    #[test]
    fn touch_at_the_last_instant_neither_panics_nor_leaves_the_range() {
        use crate::kernel::bounds::{max_stamp, stamp_in_range};
        let last_ms = "9999-12-31T23:59:59.999Z".parse::<DateTime<Utc>>().unwrap();
        let mut r = Record::new("a".to_string(), t(0));
        r.updated = last_ms;
        r.touch(t(0));
        assert_eq!(r.updated, max_stamp(), "moved forward, to the bound");
        r.touch(t(0));
        assert_eq!(r.updated, max_stamp(), "stays at the bound");
        // Even a stamp past chrono's end (never read from outside).
        r.updated = DateTime::<Utc>::MAX_UTC;
        r.touch(DateTime::<Utc>::MAX_UTC);
        assert_eq!(r.updated, DateTime::<Utc>::MAX_UTC, "never goes back");
        let mut c = Collection::default();
        let id = c.insert("x".to_string(), DateTime::<Utc>::MAX_UTC);
        assert!(stamp_in_range(c.get(id).unwrap().updated));
        assert!(c.trash(id, DateTime::<Utc>::MAX_UTC));
        assert!(c.restore(id, DateTime::<Utc>::MAX_UTC));
        assert!(c.update(id, DateTime::<Utc>::MAX_UTC, |s| s.push('!')));
        assert!(stamp_in_range(c.get(id).unwrap().updated));
        let mut single = Single {
            updated: Some(last_ms),
            data: String::new(),
        };
        single.set("renamed".to_string(), t(0));
        assert_eq!(single.updated, Some(max_stamp()));
    }

    #[test]
    fn newer_update_wins_and_older_does_not() {
        let mut ours = Collection::default();
        let id = ours.insert("first".to_string(), t(0));
        let mut theirs = ours.clone();
        theirs.update(id, t(10), |d| *d = "theirs".into());
        ours.update(id, t(5), |d| *d = "ours".into());
        let mut merged = ours.clone();
        let c = merged.merge_from(&theirs);
        assert_eq!(merged.get(id).unwrap().data, "theirs");
        assert_eq!(c.updated, 1);
        let mut back = theirs.clone();
        let c = back.merge_from(&ours);
        assert_eq!(back.get(id).unwrap().data, "theirs");
        assert_eq!(c.kept, 1);
        assert_eq!(c.changes(), 0);
    }

    #[test]
    fn a_deletion_is_not_undone_by_an_older_copy() {
        let mut ours = Collection::default();
        let id = ours.insert("x".to_string(), t(0));
        let colleague_old = ours.clone();
        ours.trash(id, t(20));
        ours.merge_from(&colleague_old);
        assert!(ours.get(id).unwrap().deleted.is_some());
        assert_eq!(ours.live().count(), 0);
        assert_eq!(ours.trashed().count(), 1);
    }

    #[test]
    fn restore_and_purge() {
        let mut c = Collection::default();
        let a = c.insert(1u32, t(0));
        let b = c.insert(2u32, t(1));
        assert!(c.trash(a, t(2)));
        assert!(!c.trash(a, t(3)), "already in the trash");
        assert!(c.restore(a, t(4)));
        assert!(c.trash(b, t(5)));
        assert_eq!(c.purge_trash(), 1);
        assert_eq!(c.len(), 1);
        assert!(c.get(a).is_some());
    }

    #[test]
    fn only_an_empty_live_record_is_removed_for_good() {
        let mut c = Collection::default();
        let empty = c.insert(String::new(), t(0));
        let typed = c.insert("a title".to_string(), t(1));
        let trashed = c.insert(String::new(), t(2));
        c.trash(trashed, t(3));
        assert!(
            !c.remove_if_empty(typed, String::is_empty),
            "it holds something"
        );
        assert!(
            !c.remove_if_empty(trashed, String::is_empty),
            "the trash is left alone"
        );
        assert!(!c.remove_if_empty(Uuid::new_v4(), String::is_empty));
        assert!(c.remove_if_empty(empty, String::is_empty));
        assert!(c.get(empty).is_none(), "no tombstone");
        assert_eq!(c.len(), 2);
        assert!(c.get(typed).is_some() && c.get(trashed).is_some());
    }

    #[test]
    fn insert_keeps_canonical_order() {
        let mut c = Collection::default();
        c.insert(2u32, t(2));
        c.insert(0u32, t(0));
        c.insert(1u32, t(1));
        let data: Vec<u32> = c.all().iter().map(|r| r.data).collect();
        assert_eq!(data, vec![0, 1, 2]);
    }

    #[test]
    fn single_newer_wins() {
        let mut a = Single::<String>::default();
        a.set("ours".into(), t(1));
        let mut b = Single::<String>::default();
        b.set("theirs".into(), t(2));
        assert!(a.merge_from(&b));
        assert_eq!(a.data, "theirs");
        assert!(!a.merge_from(&b), "idempotent");
    }

    /// Property tests (native only: proptest is a native dev-dependency).
    #[cfg(not(target_arch = "wasm32"))]
    mod laws {
        use super::*;
        use proptest::prelude::*;

        /// Versions of a few shared ids, so that sides overlap and tie.
        fn side() -> impl Strategy<Value = Collection<String>> {
            proptest::collection::vec((0u8..6, 0i64..4, 0i64..3, "[ab]{0,2}", any::<bool>()), 0..8)
                .prop_map(|items| {
                    let mut seen = std::collections::HashSet::new();
                    let records = items
                        .into_iter()
                        .filter(|(id, ..)| seen.insert(*id))
                        .map(|(id, created, bump, data, deleted)| {
                            let created = t(created);
                            let updated = created + Duration::seconds(bump);
                            Record {
                                id: Uuid::from_u128(id as u128 + 1),
                                created,
                                updated,
                                deleted: deleted.then_some(updated),
                                data,
                            }
                        })
                        .collect();
                    Collection::from_records(records)
                })
        }

        fn merged(a: &Collection<String>, b: &Collection<String>) -> Collection<String> {
            let mut m = a.clone();
            m.merge_from(b);
            m
        }

        proptest! {
            #[test]
            fn commutative(a in side(), b in side()) {
                prop_assert_eq!(merged(&a, &b), merged(&b, &a));
            }

            #[test]
            fn associative(a in side(), b in side(), c in side()) {
                prop_assert_eq!(merged(&merged(&a, &b), &c), merged(&a, &merged(&b, &c)));
            }

            #[test]
            fn idempotent(a in side(), b in side()) {
                let once = merged(&a, &b);
                prop_assert_eq!(merged(&once, &b), once.clone());
                prop_assert_eq!(merged(&a, &a), a);
            }

            #[test]
            fn never_drops_an_id(a in side(), b in side()) {
                let m = merged(&a, &b);
                for r in a.all().iter().chain(b.all()) {
                    prop_assert!(m.get(r.id).is_some());
                }
                prop_assert!(m.duplicate_id().is_none());
            }
        }
    }

    #[test]
    fn an_edit_of_a_record_trashed_elsewhere_is_kept_in_the_trash_and_said_so() {
        let mut c: Collection<String> = Collection::default();
        let id = c.insert("first".into(), t(0));
        let original = "first".to_string();
        assert_eq!(
            c.save_edit(id, t(1), &original, &"second".to_string()),
            EditOutcome::Saved
        );
        c.trash(id, t(2));
        assert_eq!(
            c.save_edit(id, t(3), &"second".to_string(), &"third".to_string()),
            EditOutcome::InTrash(id)
        );
        let r = c.get(id).unwrap();
        assert!(!r.is_live(), "still in the trash");
        assert_eq!(r.data, "third", "with the edit");
        assert!(c.restore(id, t(4)));
        assert_eq!(c.get(id).unwrap().data, "third");
        // Emptied from the trash elsewhere: saved as a new record.
        c.trash(id, t(5));
        c.purge_trash();
        let EditOutcome::Recreated(new) = c.save_edit(id, t(6), &original, &"fourth".to_string())
        else {
            panic!("not recreated");
        };
        assert_ne!(new, id);
        assert_eq!(c.get(new).unwrap().data, "fourth");
        assert!(c.get(new).unwrap().is_live());
    }
}
