//! Drafts: what the user has typed into a record form and not yet saved,
//! kept on this device as it is typed, so that leaving the page, a reload or
//! a closed tab loses nothing.
//!
//! Each draft has its own key (`servicebook/v1/draft/<section>/<key>`): a
//! keystroke rewrites one small value, never the workbook. A draft is a new
//! record (its key is its own) or an edit of a saved one (its key is the
//! record's id, and it keeps the record as the edit began, so that saving
//! it later merges field by field with what other tabs saved since).
//!
//! Drafts are bounded ([`MAX_DRAFT_CHARS`] each, [`MAX_DRAFTS`] in all): one
//! beyond the bounds is not kept, and the form says so. A draft that does
//! not read back (damaged, hand-edited, from a newer version) is moved
//! aside under `servicebook/v1/draft-aside/…`, never deleted, and the list
//! says that one was set aside.

use crate::book::store::{Kv, KvError, PREFIX};
use crate::book::workbook::Part;
use crate::kernel::codec::utf16_len;
use chrono::{DateTime, Utc};
use serde::{de::DeserializeOwned, Deserialize, Serialize};
use uuid::Uuid;

/// The most characters one draft may take in storage (a complaint with
/// every field filled at length is under 20,000).
pub const MAX_DRAFT_CHARS: usize = 100_000;
/// The most drafts kept on one device, all forms together.
pub const MAX_DRAFTS: usize = 100;

/// One form's unsaved content.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Draft<T> {
    /// The record as typed so far.
    pub record: T,
    /// The saved record the edit began from; `None` for a new record.
    pub base: Option<T>,
    /// When it was last typed into.
    #[serde(deserialize_with = "crate::kernel::bounds::stamp")]
    pub edited: DateTime<Utc>,
}

/// Why a draft was not kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotKept {
    /// Longer than [`MAX_DRAFT_CHARS`].
    TooLarge,
    /// [`MAX_DRAFTS`] drafts are kept already.
    TooMany,
    /// Storage refused the write (full, or unavailable).
    Storage(KvError),
}

fn prefix(part: Part) -> String {
    format!("{PREFIX}draft/{}/", part.section())
}

/// The key of one draft.
pub fn key(part: Part, key: Uuid) -> String {
    format!("{}{key}", prefix(part))
}

/// Where a damaged draft is set aside: `draft/<section>/<key>` becomes
/// `draft-aside/<section>/<key>`.
fn aside_key(key: &str) -> String {
    let rest = key.strip_prefix(PREFIX).unwrap_or(key);
    let rest = rest.strip_prefix("draft/").unwrap_or(rest);
    format!("{PREFIX}draft-aside/{rest}")
}

/// Keeps a draft, in place of the one under the same key.
pub fn keep<T: Serialize>(
    kv: &mut impl Kv,
    part: Part,
    id: Uuid,
    draft: &Draft<T>,
) -> Result<(), NotKept> {
    let k = key(part, id);
    let text = serde_json::to_string(draft).map_err(|_| NotKept::TooLarge)?;
    if utf16_len(&text) > MAX_DRAFT_CHARS {
        return Err(NotKept::TooLarge);
    }
    // Only a new draft can raise the count: a keystroke into one already
    // kept writes its own key without reading every key of the origin.
    let is_new = kv.get(&k).map_err(NotKept::Storage)?.is_none();
    if is_new {
        let drafts = format!("{PREFIX}draft/");
        let keys = kv.keys().map_err(NotKept::Storage)?;
        if keys.iter().filter(|x| x.starts_with(&drafts)).count() >= MAX_DRAFTS {
            return Err(NotKept::TooMany);
        }
    }
    kv.set(&k, &text).map_err(NotKept::Storage)
}

/// Puts back a draft as it was kept (the text [`keep`] wrote), after the
/// user discarded it and chose Undo.
pub fn restore(kv: &mut impl Kv, part: Part, id: Uuid, text: &str) -> Result<(), NotKept> {
    if utf16_len(text) > MAX_DRAFT_CHARS {
        return Err(NotKept::TooLarge);
    }
    kv.set(&key(part, id), text).map_err(NotKept::Storage)
}

/// Reads one draft; `None` when there is none. A damaged one is moved aside
/// and also gives `None`.
pub fn read<T: DeserializeOwned>(kv: &mut impl Kv, part: Part, id: Uuid) -> Option<Draft<T>> {
    let k = key(part, id);
    let raw = kv.get(&k).ok()??;
    match parse(&raw) {
        Some(d) => Some(d),
        None => {
            set_aside(kv, &k, &raw);
            None
        }
    }
}

fn parse<T: DeserializeOwned>(raw: &str) -> Option<Draft<T>> {
    if utf16_len(raw) > MAX_DRAFT_CHARS {
        return None;
    }
    serde_json::from_str(raw).ok()
}

/// Moves a damaged draft aside: copied first, removed only once the copy is
/// written, so a full storage leaves it where it was.
fn set_aside(kv: &mut impl Kv, k: &str, raw: &str) {
    if kv.set(&aside_key(k), raw).is_ok() {
        let _ = kv.remove(k);
    }
}

/// The drafts of one collection, the most recently typed first, and how
/// many were damaged (and moved aside) on the way.
pub fn list<T: DeserializeOwned>(kv: &mut impl Kv, part: Part) -> (Vec<(Uuid, Draft<T>)>, usize) {
    let p = prefix(part);
    let mut found = Vec::new();
    let mut damaged = 0;
    for k in kv.keys().unwrap_or_default() {
        let Some(rest) = k.strip_prefix(&p) else {
            continue;
        };
        let Ok(Some(raw)) = kv.get(&k) else {
            continue;
        };
        match (Uuid::parse_str(rest).ok(), parse::<T>(&raw)) {
            (Some(id), Some(d)) => found.push((id, d)),
            _ => {
                damaged += 1;
                set_aside(kv, &k, &raw);
            }
        }
    }
    crate::kernel::order::sort_by(&mut found, |a, b| {
        b.1.edited.cmp(&a.1.edited).then(a.0.cmp(&b.0))
    });
    (found, damaged)
}

/// Drops a draft (saved, or discarded by the user). Storage that refuses
/// leaves it, to be offered again.
pub fn drop(kv: &mut impl Kv, part: Part, id: Uuid) {
    let _ = kv.remove(&key(part, id));
}

/// How many drafts were set aside as damaged, all forms together.
pub fn set_aside_count(kv: &impl Kv) -> usize {
    let p = format!("{PREFIX}draft-aside/");
    kv.keys()
        .unwrap_or_default()
        .iter()
        .filter(|k| k.starts_with(&p))
        .count()
}

/// The key of a one-field entry's text (a new goal's title, a round's
/// answers…), named by the field.
fn text_key(name: &str) -> String {
    format!("{PREFIX}draft-text/{name}")
}

/// Keeps what is typed in a one-field entry; an empty text drops it. Text
/// beyond [`MAX_DRAFT_CHARS`] is not kept (it stays in the window).
pub fn keep_text(kv: &mut impl Kv, name: &str, text: &str) -> Result<(), NotKept> {
    if text.is_empty() {
        return kv.remove(&text_key(name)).map_err(NotKept::Storage);
    }
    if utf16_len(text) > MAX_DRAFT_CHARS {
        return Err(NotKept::TooLarge);
    }
    kv.set(&text_key(name), text).map_err(NotKept::Storage)
}

/// What was typed in a one-field entry and not yet added (empty for none,
/// or for a value beyond the bound).
pub fn read_text(kv: &impl Kv, name: &str) -> String {
    kv.get(&text_key(name))
        .ok()
        .flatten()
        .filter(|t| utf16_len(t) <= MAX_DRAFT_CHARS)
        .unwrap_or_default()
}

/// Native only: proptest is a native dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::book::store::MemKv;
    use crate::listen::complaints::Complaint;
    use crate::listen::inputs::Operations;
    use proptest::prelude::*;

    fn at(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    fn complaint(nature: &str) -> Draft<Complaint> {
        let mut c = Complaint::new(at("2026-12-06T10:00:00Z"));
        c.nature = nature.into();
        Draft {
            record: c,
            base: None,
            edited: at("2026-12-06T10:01:00Z"),
        }
    }

    #[test]
    fn a_kept_draft_reads_back_as_typed() {
        let mut kv = MemKv::default();
        let id = Uuid::new_v4();
        let d = complaint("Arrived broken «😀» \u{202e}x");
        keep(&mut kv, Part::Complaints, id, &d).unwrap();
        assert_eq!(
            read::<Complaint>(&mut kv, Part::Complaints, id),
            Some(d.clone())
        );
        let (all, damaged) = list::<Complaint>(&mut kv, Part::Complaints);
        assert_eq!((all, damaged), (vec![(id, d)], 0));
        // Another collection's drafts are its own.
        assert!(list::<Operations>(&mut kv, Part::Operations).0.is_empty());
    }

    #[test]
    fn drafts_are_listed_most_recent_first_and_dropped_one_by_one() {
        let mut kv = MemKv::default();
        let (a, b) = (Uuid::new_v4(), Uuid::new_v4());
        let mut older = complaint("older");
        older.edited = at("2026-12-01T09:00:00Z");
        keep(&mut kv, Part::Complaints, a, &older).unwrap();
        keep(&mut kv, Part::Complaints, b, &complaint("newer")).unwrap();
        let ids: Vec<Uuid> = list::<Complaint>(&mut kv, Part::Complaints)
            .0
            .into_iter()
            .map(|(id, _)| id)
            .collect();
        assert_eq!(ids, vec![b, a]);
        drop(&mut kv, Part::Complaints, b);
        assert_eq!(read::<Complaint>(&mut kv, Part::Complaints, b), None);
        assert!(read::<Complaint>(&mut kv, Part::Complaints, a).is_some());
    }

    #[test]
    fn a_damaged_draft_is_moved_aside_never_deleted() {
        for raw in [
            "",
            "{",
            "null",
            "[]",
            "{\"record\":{},\"base\":null,\"edited\":\"2026-12-06T10:00:00Z\"}",
            // A stamp beyond the years a file may hold.
            "{\"record\":null,\"base\":null,\"edited\":\"+262143-01-01T00:00:00Z\"}",
        ] {
            let mut kv = MemKv::default();
            let id = Uuid::new_v4();
            let k = key(Part::Complaints, id);
            kv.set(&k, raw).unwrap();
            assert_eq!(
                read::<Complaint>(&mut kv, Part::Complaints, id),
                None,
                "{raw}"
            );
            assert_eq!(kv.get(&k).unwrap(), None);
            let aside = format!("servicebook/v1/draft-aside/complaints/{id}");
            assert_eq!(kv.get(&aside).unwrap().as_deref(), Some(raw));
            assert_eq!(set_aside_count(&kv), 1);
        }
        // Found while listing, under a key that is no id, too.
        let mut kv = MemKv::default();
        let k = format!("{}not-an-id", prefix(Part::Complaints));
        kv.set(&k, &serde_json::to_string(&complaint("x")).unwrap())
            .unwrap();
        assert_eq!(list::<Complaint>(&mut kv, Part::Complaints).1, 1);
        assert!(kv.get(&k).unwrap().is_none());
        assert_eq!(set_aside_count(&kv), 1);
    }

    #[test]
    fn a_damaged_draft_stays_where_it_is_when_storage_is_full() {
        let mut kv = MemKv::default();
        let id = Uuid::new_v4();
        let k = key(Part::Complaints, id);
        kv.set(&k, "{damaged").unwrap();
        kv.quota = Some(kv.used());
        assert_eq!(read::<Complaint>(&mut kv, Part::Complaints, id), None);
        assert_eq!(kv.get(&k).unwrap().as_deref(), Some("{damaged"));
    }

    #[test]
    fn drafts_beyond_the_bounds_are_not_kept_and_nothing_else_moves() {
        let mut kv = MemKv::default();
        let huge = complaint(&"x".repeat(MAX_DRAFT_CHARS));
        let id = Uuid::new_v4();
        assert_eq!(
            keep(&mut kv, Part::Complaints, id, &huge),
            Err(NotKept::TooLarge)
        );
        assert!(kv.map.is_empty());
        for _ in 0..MAX_DRAFTS {
            keep(&mut kv, Part::Complaints, Uuid::new_v4(), &complaint("a")).unwrap();
        }
        let before = kv.map.clone();
        assert_eq!(
            keep(&mut kv, Part::Operations, id, &complaint("b")),
            Err(NotKept::TooMany)
        );
        assert_eq!(kv.map, before);
        // One already kept can still be typed into.
        let (first, _) = list::<Complaint>(&mut kv, Part::Complaints).0.remove(0);
        keep(&mut kv, Part::Complaints, first, &complaint("c")).unwrap();
        // A full storage refuses, and the draft kept before stays.
        kv.quota = Some(kv.used());
        let err = keep(
            &mut kv,
            Part::Complaints,
            first,
            &complaint("a longer text"),
        );
        assert_eq!(err, Err(NotKept::Storage(KvError::Quota)));
        let kept = read::<Complaint>(&mut kv, Part::Complaints, first).unwrap();
        assert_eq!(kept.record.nature, "c");
    }

    #[test]
    fn an_edit_keeps_the_record_it_began_from() {
        let mut kv = MemKv::default();
        let id = Uuid::new_v4();
        let base = complaint("as saved").record;
        let mut d = complaint("as typed");
        d.base = Some(base.clone());
        keep(&mut kv, Part::Complaints, id, &d).unwrap();
        let back = read::<Complaint>(&mut kv, Part::Complaints, id).unwrap();
        assert_eq!(back.base, Some(base));
        assert_eq!(back.record.nature, "as typed");
    }

    #[test]
    fn a_one_field_entry_is_kept_until_it_is_emptied() {
        let mut kv = MemKv::default();
        assert_eq!(read_text(&kv, "own-goal"), "");
        keep_text(&mut kv, "own-goal", "Answer within a day 😀").unwrap();
        assert_eq!(read_text(&kv, "own-goal"), "Answer within a day 😀");
        assert_eq!(read_text(&kv, "own-problem"), "");
        keep_text(&mut kv, "own-goal", "").unwrap();
        assert!(kv.map.is_empty());
        let huge = "x".repeat(MAX_DRAFT_CHARS + 1);
        assert_eq!(
            keep_text(&mut kv, "own-goal", &huge),
            Err(NotKept::TooLarge)
        );
        kv.set(&text_key("own-goal"), &huge).unwrap();
        assert_eq!(read_text(&kv, "own-goal"), "");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// Whatever is typed reads back exactly, or is refused as too large;
        /// whatever is found in storage reads as a draft or is set aside,
        /// never a panic and never lost.
        #[test]
        fn any_text_reads_back_and_any_value_is_read_or_set_aside(
            typed in "\\PC{0,200}",
            junk in proptest::collection::vec(any::<u8>(), 0..300),
        ) {
            let mut kv = MemKv::default();
            let id = Uuid::new_v4();
            let d = complaint(&typed);
            keep(&mut kv, Part::Complaints, id, &d).unwrap();
            prop_assert_eq!(read::<Complaint>(&mut kv, Part::Complaints, id), Some(d));
            let raw = String::from_utf8_lossy(&junk).to_string();
            let k = key(Part::Complaints, id);
            kv.set(&k, &raw).unwrap();
            let got = read::<Complaint>(&mut kv, Part::Complaints, id);
            if got.is_none() {
                prop_assert_eq!(kv.get(&aside_key(&k)).unwrap(), Some(raw));
            }
        }
    }
}
