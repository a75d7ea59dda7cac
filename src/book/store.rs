//! The workbook's storage: compressed chunks under typed keys, written
//! copy-on-write so that a full quota or a closed tab never leaves the saved
//! workbook unreadable.
//!
//! Layout (every key starts with [`PREFIX`]):
//! - `manifest`: plain JSON naming the generation, the schema, and each chunk.
//! - `chunk/<section>/<index>/<generation>-<writer>`: one chunk, deflated and
//!   packed 15 bits a character ([`crate::kernel::codec`]). The small single values
//!   form the `core` section; each collection is cut into chunks of
//!   [`CHUNK_RECORDS`] records in canonical order.
//! - `recovery`: the list of keys kept aside because they could not be read;
//!   `recovery/<name>`: copies of unreadable manifests.
//! - `device`: this browser's own settings (language, last export).
//!
//! A save writes only chunks whose fingerprint changed, under new keys; then
//! the manifest; then removes the keys it supersedes (`Store::sweep`:
//! another tab's chunk only once the saved workbook holds its content). Any
//! failure before the manifest is written removes what this save wrote and
//! leaves the previous manifest and all it names intact.
//!
//! The storage backend is the [`Kv`] trait: localStorage in the browser, a
//! map with a quota in tests.

use crate::book::file::{self, FileError};
use crate::book::workbook::{Core, Part, Visit, Workbook};
use crate::kernel::codec::{self, utf16_len, Fnv};
use crate::kernel::record::{Collection, Record};
use chrono::{DateTime, Utc};
use serde::{de::DeserializeOwned, Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};

pub const PREFIX: &str = "servicebook/v1/";
/// Records per chunk. A save after one edit rewrites one chunk: measured at
/// 10,000 complaints, 250 a chunk saves in about 18 ms where 500 took 36 ms,
/// for 0.3% more of the quota (tests/bench/storage.sh).
pub const CHUNK_RECORDS: usize = 250;
/// localStorage's measured quota, in UTF-16 code units per origin.
pub const QUOTA_CHARS: usize = 5_242_880;
/// The share of the quota at which the user is warned.
pub const WARN_SHARE: f64 = 0.8;

/// The keys this app uses, in one place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Key {
    Manifest,
    Device,
    RecoveryIndex,
    RecoveryCopy(String),
    Chunk {
        section: String,
        index: u32,
        generation: u64,
        writer: String,
    },
}

impl Key {
    pub fn text(&self) -> String {
        match self {
            Key::Manifest => format!("{PREFIX}manifest"),
            Key::Device => format!("{PREFIX}device"),
            Key::RecoveryIndex => format!("{PREFIX}recovery"),
            Key::RecoveryCopy(name) => format!("{PREFIX}recovery/{name}"),
            Key::Chunk {
                section,
                index,
                generation,
                writer,
            } => format!("{PREFIX}chunk/{section}/{index}/{generation}-{writer}"),
        }
    }

    /// Reads a chunk key back (for sweeping orphans).
    pub fn parse_chunk(key: &str) -> Option<Key> {
        let rest = key.strip_prefix(PREFIX)?.strip_prefix("chunk/")?;
        let mut parts = rest.split('/');
        let section = parts.next()?.to_string();
        let index = parts.next()?.parse().ok()?;
        let (generation, writer) = parts.next()?.split_once('-')?;
        if parts.next().is_some() {
            return None;
        }
        Some(Key::Chunk {
            section,
            index,
            generation: generation.parse().ok()?,
            writer: writer.to_string(),
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KvError {
    /// The browser refused the write: the quota is full.
    Quota,
    /// Storage is missing or refused for another reason (private mode...).
    Unavailable(String),
}

/// A key-value store of strings, as localStorage is.
pub trait Kv {
    fn get(&self, key: &str) -> Result<Option<String>, KvError>;
    fn set(&mut self, key: &str, value: &str) -> Result<(), KvError>;
    fn remove(&mut self, key: &str) -> Result<(), KvError>;
    fn keys(&self) -> Result<Vec<String>, KvError>;
}

/// An in-memory [`Kv`] with localStorage's accounting: keys and values count
/// in UTF-16 units against a quota. `fail_after` makes the n-th next write
/// fail as a closed tab or crash would.
#[derive(Debug, Clone, Default)]
pub struct MemKv {
    pub map: BTreeMap<String, String>,
    pub quota: Option<usize>,
    pub fail_after: Option<usize>,
}

impl MemKv {
    pub fn used(&self) -> usize {
        self.map
            .iter()
            .map(|(k, v)| utf16_len(k) + utf16_len(v))
            .sum()
    }
}

impl Kv for MemKv {
    fn get(&self, key: &str) -> Result<Option<String>, KvError> {
        Ok(self.map.get(key).cloned())
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), KvError> {
        if let Some(n) = self.fail_after.as_mut() {
            if *n == 0 {
                return Err(KvError::Unavailable("simulated crash".into()));
            }
            *n -= 1;
        }
        if let Some(quota) = self.quota {
            let old = self
                .map
                .get(key)
                .map_or(0, |v| utf16_len(key) + utf16_len(v));
            if self.used() - old + utf16_len(key) + utf16_len(value) > quota {
                return Err(KvError::Quota);
            }
        }
        self.map.insert(key.to_string(), value.to_string());
        Ok(())
    }

    fn remove(&mut self, key: &str) -> Result<(), KvError> {
        self.map.remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, KvError> {
        Ok(self.map.keys().cloned().collect())
    }
}

/// One chunk as the manifest names it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChunkRef {
    pub section: String,
    pub index: u32,
    pub key: String,
    pub records: u32,
    /// Fingerprint of the records' ids and stamps (cheap to compute).
    pub fp: String,
    /// Fingerprint of the chunk's JSON (exact; checked on every load).
    pub hash: String,
    /// Stored length in UTF-16 units.
    pub chars: u64,
}

/// Unknown fields are refused: a damaged field name must not make a
/// checked manifest look like one written before checks existed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub generation: u64,
    pub schema: u64,
    /// Only shown ("saved at …"): out of range, it is brought into range
    /// rather than refused, which would set the whole workbook aside.
    #[serde(deserialize_with = "crate::kernel::bounds::clamped_stamp")]
    pub saved_at: DateTime<Utc>,
    pub app_version: String,
    pub writer: String,
    pub chunks: Vec<ChunkRef>,
    /// Keys the manifest this one replaced named and this one does not:
    /// superseded on purpose (an edit, a replace, a cleared example, an
    /// emptied trash), so a load never takes them for another tab's save.
    /// They stay in storage until a sweep may remove them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub replaced: Vec<String>,
    /// Fingerprint of everything above, so that a damaged manifest is told
    /// from a true one. Manifests written before it have none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check: Option<String>,
}

impl Manifest {
    fn expected_check(&self) -> String {
        let bare = Manifest {
            check: None,
            ..self.clone()
        };
        hex(Fnv::of(
            serde_json::to_string(&bare)
                .expect("manifest serialises")
                .as_bytes(),
        ))
    }

    /// Writes the manifest with its check.
    fn sealed(mut self) -> (Manifest, String) {
        self.check = Some(self.expected_check());
        let raw = serde_json::to_string(&self).expect("manifest serialises");
        (self, raw)
    }
}

/// The header stored before each chunk's body: what the chunk holds, so a
/// lost or damaged manifest can be rebuilt from the chunks alone, and the
/// hash of its body, so damage is found.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChunkHead {
    pub section: String,
    pub index: u32,
    pub generation: u64,
    pub writer: String,
    pub records: u32,
    pub schema: u64,
    /// Fingerprint of the body's JSON (the manifest's `hash`).
    pub hash: String,
    /// Fingerprint of the fields above.
    pub check: String,
}

impl ChunkHead {
    fn expected_check(&self) -> String {
        let text = format!(
            "{}\n{}\n{}\n{}\n{}\n{}\n{}",
            self.section,
            self.index,
            self.generation,
            self.writer,
            self.records,
            self.schema,
            self.hash
        );
        hex(Fnv::of(text.as_bytes()))
    }
}

/// A stored chunk: its header, a line feed, then the packed body. The
/// packed alphabet starts at U+0020, so the line feed is unambiguous; a
/// value without one is a chunk written before headers existed.
fn chunk_text(head: &ChunkHead, body: &str) -> String {
    let head = serde_json::to_string(head).expect("header serialises");
    format!("{head}\n{body}")
}

/// A chunk as read back: checked against its own header.
#[derive(Debug, Clone)]
struct ReadChunk {
    /// None for a chunk written before headers existed.
    head: Option<ChunkHead>,
    json: String,
    /// The body's fingerprint, as computed now.
    hash: String,
}

fn read_chunk(raw: &str) -> Result<ReadChunk, String> {
    match raw.split_once('\n') {
        Some((head, body)) => {
            let head: ChunkHead =
                serde_json::from_str(head).map_err(|_| "header unreadable".to_string())?;
            if head.check != head.expected_check() {
                return Err("header damaged".into());
            }
            let json = codec::decode(body).map_err(|e| format!("{e:?}"))?;
            let hash = hex(Fnv::of(json.as_bytes()));
            if hash != head.hash {
                return Err("content does not match its hash".into());
            }
            Ok(ReadChunk {
                head: Some(head),
                json,
                hash,
            })
        }
        None => {
            let json = codec::decode(raw).map_err(|e| format!("{e:?}"))?;
            let hash = hex(Fnv::of(json.as_bytes()));
            Ok(ReadChunk {
                head: None,
                json,
                hash,
            })
        }
    }
}

/// Reads as much as can be read of a chunk that did not verify: the body's
/// JSON, if it still inflates (for the recovery file).
fn salvage_json(raw: &str) -> Option<String> {
    let body = raw.split_once('\n').map_or(raw, |(_, body)| body);
    codec::decode(body).ok()
}

/// One key kept aside because it could not be read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RecoveryEntry {
    pub key: String,
    /// What it held: a section name, or "manifest".
    pub what: String,
    pub reason: String,
    #[serde(deserialize_with = "crate::kernel::bounds::clamped_stamp")]
    pub at: DateTime<Utc>,
}

/// What a load could not read; the rest of the workbook loaded.
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    /// The manifest is not readable and no saved part could be found; its
    /// text is kept under `kept`.
    ManifestUnreadable { kept: String },
    /// The manifest was missing or damaged: the workbook was rebuilt from
    /// the saved parts that verify.
    Rebuilt { parts: usize, records: usize },
    /// Saved by a newer Servicebook; kept aside untouched.
    NewerVersion { found: u64 },
    /// One chunk could not be read (damaged); kept under its key.
    ChunkUnreadable {
        section: String,
        records: u32,
        reason: String,
    },
    /// One chunk the manifest names is not in storage: nothing could be
    /// kept aside.
    ChunkMissing { section: String, records: u32 },
    /// A chunk was missing or damaged, and an earlier saved copy of that
    /// part was loaded in its place.
    ChunkFromEarlier { section: String, records: u32 },
    /// The kept copy could not be written: nothing will be saved, so that
    /// nothing is overwritten.
    CannotKeep,
}

impl Problem {
    /// Whether something was kept aside for the user to download.
    pub fn kept_aside(&self) -> bool {
        matches!(
            self,
            Problem::ManifestUnreadable { .. }
                | Problem::NewerVersion { .. }
                | Problem::ChunkUnreadable { .. }
        )
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum SaveError {
    /// The quota is full; the previous saved workbook is intact.
    Quota,
    /// Another tab saved since this one last loaded or saved: load, merge,
    /// then save again.
    Conflict,
    /// Saving is off because unreadable data could not be kept aside.
    ReadOnly,
    Unavailable(String),
}

impl From<KvError> for SaveError {
    fn from(e: KvError) -> Self {
        match e {
            KvError::Quota => SaveError::Quota,
            KvError::Unavailable(s) => SaveError::Unavailable(s),
        }
    }
}

/// How a save decides that a chunk is unchanged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveMode {
    /// By ids and timestamps: right after edits made through the domain API.
    Quick,
    /// By content: after merges and imports, where a record may change
    /// without a newer timestamp (a tie broken by content).
    Verify,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct SaveReport {
    pub written: usize,
    pub reused: usize,
    /// Characters this workbook occupies (chunks and manifest).
    pub chars: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    pub workbook: Workbook,
    pub problems: Vec<Problem>,
    pub saved_at: Option<DateTime<Utc>>,
    /// Chunks of a save that had not committed its manifest (a tab closed
    /// mid-save, or two tabs committing at one instant) merged into the
    /// workbook: it differs from what is stored, so save it.
    pub unfinished: usize,
}

// ---- sections ---------------------------------------------------------

struct Planned<'a> {
    section: &'static str,
    index: u32,
    records: u32,
    fp: u64,
    render: Box<dyn Fn() -> String + 'a>,
}

fn stamp<T>(h: &mut Fnv, r: &Record<T>) {
    h.write(r.id.as_bytes());
    h.write(&r.created.timestamp_micros().to_le_bytes());
    h.write(&r.updated.timestamp_micros().to_le_bytes());
    let deleted = r.deleted.map_or(i64::MIN, |d| d.timestamp_micros());
    h.write(&deleted.to_le_bytes());
}

fn plan_collection<'a, T: Serialize + DeserializeOwned + Clone + PartialEq>(
    out: &mut Vec<Planned<'a>>,
    section: &'static str,
    collection: &'a Collection<T>,
    size: usize,
) {
    for (index, slice) in collection.all().chunks(size).enumerate() {
        let mut h = Fnv::default();
        for r in slice {
            stamp(&mut h, r);
        }
        out.push(Planned {
            section,
            index: u32::try_from(index).unwrap_or(u32::MAX),
            records: u32::try_from(slice.len()).unwrap_or(u32::MAX),
            fp: h.finish(),
            render: Box::new(move || serde_json::to_string(slice).expect("records serialise")),
        });
    }
}

/// The chunks a workbook is stored as.
fn plan(wb: &Workbook, size: usize) -> Vec<Planned<'_>> {
    let core = serde_json::to_string(&wb.core()).expect("core serialises");
    let core_fp = Fnv::of(core.as_bytes());
    let mut out = vec![Planned {
        section: "core",
        index: 0,
        records: 1,
        fp: core_fp,
        render: Box::new(move || core.clone()),
    }];
    struct Planner<'a, 'o> {
        out: &'o mut Vec<Planned<'a>>,
        size: usize,
    }
    impl<'a> Visit<'a> for Planner<'a, '_> {
        fn visit<T: Serialize + DeserializeOwned + Clone + PartialEq>(
            &mut self,
            part: Part,
            collection: &'a Collection<T>,
        ) {
            plan_collection(self.out, part.section(), collection, self.size);
        }
    }
    wb.visit(&mut Planner {
        out: &mut out,
        size,
    });
    out
}

fn known_section(section: &str) -> bool {
    section == "core" || Part::from_section(section).is_some()
}

/// Reads one chunk's JSON into the workbook.
fn absorb(wb: &mut Workbook, section: &str, json: &str) -> Result<(), String> {
    if section == "core" {
        let core: Core = serde_json::from_str(json).map_err(|e| e.to_string())?;
        wb.set_core(core);
        return Ok(());
    }
    match Part::from_section(section) {
        Some(part) => wb.absorb(part, json),
        None => Err(format!("unknown section {section}")),
    }
}

/// Builds a workbook of an older schema from its chunks, through the same
/// migrations as files.
fn absorb_old(parts: Vec<(String, String)>, schema: u64) -> Result<Workbook, FileError> {
    let mut body = serde_json::Map::new();
    for (section, json) in parts {
        let value: serde_json::Value =
            serde_json::from_str(&json).map_err(|e| FileError::BadField {
                path: section.clone(),
                detail: e.to_string(),
            })?;
        match value {
            serde_json::Value::Object(core) if section == "core" => body.extend(core),
            serde_json::Value::Array(items) => {
                let entry = body
                    .entry(section)
                    .or_insert_with(|| serde_json::Value::Array(Vec::new()));
                if let serde_json::Value::Array(list) = entry {
                    list.extend(items);
                }
            }
            _ => {
                return Err(FileError::BadField {
                    path: section,
                    detail: "unexpected shape".into(),
                })
            }
        }
    }
    file::workbook_from_value(serde_json::Value::Object(body), schema)
}

/// Characters a saved workbook occupies as localStorage counts them: every
/// chunk and the manifest, keys included.
fn stored_chars(manifest: &Manifest, manifest_json: &str) -> usize {
    manifest
        .chunks
        .iter()
        .map(|c| usize::try_from(c.chars).unwrap_or(usize::MAX) + utf16_len(&c.key))
        .fold(0usize, usize::saturating_add)
        .saturating_add(utf16_len(&Key::Manifest.text()))
        .saturating_add(utf16_len(manifest_json))
}

fn hex(v: u64) -> String {
    format!("{v:016x}")
}

/// Generations above this are not ones a save wrote (a save adds one): a
/// manifest that claims more is damaged.
const MAX_GENERATION: u64 = 1 << 52;

/// The stored manifest, as far as it can be trusted.
enum ManifestState {
    Absent,
    /// Parsed, and its check holds (`checked`), or it predates checks.
    Sound {
        manifest: Manifest,
        checked: bool,
    },
    Newer {
        found: u64,
    },
    Damaged {
        reason: String,
    },
}

fn judge_manifest(raw: &str) -> ManifestState {
    let manifest = match serde_json::from_str::<Manifest>(raw) {
        Ok(m) => m,
        Err(_) => {
            // A newer schema may have changed the shape: read just that.
            #[derive(Deserialize)]
            struct Schema {
                schema: u64,
            }
            return match serde_json::from_str::<Schema>(raw) {
                Ok(s) if s.schema > file::VERSION => ManifestState::Newer { found: s.schema },
                _ => ManifestState::Damaged {
                    reason: "manifest is not readable".into(),
                },
            };
        }
    };
    let damaged = |reason: &str| ManifestState::Damaged {
        reason: reason.to_string(),
    };
    if let Some(check) = &manifest.check {
        if *check != manifest.expected_check() {
            return damaged("manifest does not match its check");
        }
    }
    if manifest.schema > file::VERSION {
        return ManifestState::Newer {
            found: manifest.schema,
        };
    }
    if manifest.generation > MAX_GENERATION || manifest.schema == 0 {
        return damaged("manifest holds impossible numbers");
    }
    // Every save writes the core chunk; each part once; known sections.
    let mut seen = HashSet::new();
    let all_known = manifest
        .chunks
        .iter()
        .all(|c| known_section(&c.section) && seen.insert((c.section.as_str(), c.index)));
    if !all_known || !seen.contains(&("core", 0)) {
        return damaged("manifest lists its parts wrongly");
    }
    let checked = manifest.check.is_some();
    ManifestState::Sound { manifest, checked }
}

/// Every chunk key in storage, read and checked.
struct Pool {
    chunks: Vec<PoolChunk>,
}

struct PoolChunk {
    key: String,
    section: String,
    index: u32,
    generation: u64,
    writer: String,
    read: Result<ReadChunk, String>,
}

impl PoolChunk {
    fn schema(&self) -> u64 {
        match &self.read {
            Ok(ReadChunk {
                head: Some(head), ..
            }) => head.schema,
            _ => file::VERSION,
        }
    }

    fn records(&self) -> u32 {
        match &self.read {
            Ok(ReadChunk {
                head: Some(head), ..
            }) => head.records,
            Ok(r) => serde_json::from_str::<Vec<serde::de::IgnoredAny>>(&r.json)
                .map_or(1, |v| u32::try_from(v.len()).unwrap_or(u32::MAX)),
            Err(_) => 0,
        }
    }
}

// ---- the store --------------------------------------------------------

pub struct Store<K: Kv> {
    kv: K,
    /// The manifest this tab last loaded or saved, when it could be read.
    base: Option<Manifest>,
    /// The manifest's text exactly as this tab last read or wrote it:
    /// finding any other text there means another tab saved.
    base_raw: Option<String>,
    /// Whether `base` was read whole and verified (or written by this tab):
    /// only then may a save remove keys it does not name.
    base_verified: bool,
    /// Keys loaded by a rebuild: the next committed save supersedes them.
    superseded: Vec<String>,
    /// Every chunk key the last load found: a chunk of another tab not
    /// among them appeared since, and its content is not in this tab's
    /// workbook yet (its manifest may still be on the way).
    loaded_keys: HashSet<String>,
    /// Every chunk key a manifest this tab loaded or wrote has named: their
    /// content is in this tab's workbook, or was superseded by its edits.
    named_seen: HashSet<String>,
    /// The highest generation seen in storage: the next save goes above it.
    seen_generation: u64,
    writer: String,
    app_version: String,
    read_only: bool,
    chunk_records: usize,
}

impl<K: Kv> Store<K> {
    /// `writer` names this tab (random), so two tabs never write one key.
    pub fn new(kv: K, writer: &str, app_version: &str) -> Self {
        // A writer id never holds the characters keys are split on.
        let writer: String = writer
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .take(32)
            .collect();
        Store {
            kv,
            base: None,
            base_raw: None,
            base_verified: false,
            superseded: Vec::new(),
            loaded_keys: HashSet::new(),
            named_seen: HashSet::new(),
            seen_generation: 0,
            writer: if writer.is_empty() {
                "w".into()
            } else {
                writer
            },
            app_version: app_version.to_string(),
            read_only: false,
            chunk_records: CHUNK_RECORDS,
        }
    }

    pub fn with_chunk_records(mut self, n: usize) -> Self {
        self.chunk_records = n.max(1);
        self
    }

    pub fn kv(&self) -> &K {
        &self.kv
    }

    pub fn kv_mut(&mut self) -> &mut K {
        &mut self.kv
    }

    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    pub fn generation(&self) -> Option<u64> {
        self.base.as_ref().map(|m| m.generation)
    }

    fn read_manifest_raw(&self) -> Result<Option<String>, KvError> {
        self.kv.get(&Key::Manifest.text())
    }

    /// True when the stored manifest is not the one this tab knows: another
    /// tab saved.
    pub fn changed_elsewhere(&self) -> bool {
        match self.read_manifest_raw() {
            Ok(stored) => stored != self.base_raw,
            Err(_) => false,
        }
    }

    pub fn recovery(&self) -> Vec<RecoveryEntry> {
        self.kv
            .get(&Key::RecoveryIndex.text())
            .ok()
            .flatten()
            .and_then(|raw| serde_json::from_str(&raw).ok())
            .unwrap_or_default()
    }

    fn keep_aside(&mut self, entries: Vec<RecoveryEntry>) -> Result<(), KvError> {
        let mut all = self.recovery();
        for e in entries {
            if !all.iter().any(|x| x.key == e.key) {
                all.push(e);
            }
        }
        let raw = serde_json::to_string(&all).expect("entries serialise");
        self.kv.set(&Key::RecoveryIndex.text(), &raw)
    }

    /// Everything kept aside, as an ordinary Servicebook file: the records
    /// that still decode, as readable JSON that Share & backup imports and
    /// merges, and under `unreadable` the raw text of what does not.
    pub fn recovery_bundle(&self, now: DateTime<Utc>) -> String {
        let mut wb = Workbook::default();
        let mut unreadable = serde_json::Map::new();
        for e in self.recovery() {
            let Ok(Some(raw)) = self.kv.get(&e.key) else {
                continue;
            };
            let section = match Key::parse_chunk(&e.key) {
                Some(Key::Chunk { section, .. }) => Some(section),
                _ => None,
            };
            let salvaged = section
                .as_deref()
                .zip(salvage_json(&raw))
                .map_or(0, |(section, json)| {
                    salvage_records(&mut wb, section, &json)
                });
            if salvaged == 0 {
                unreadable.insert(e.key.clone(), serde_json::Value::String(raw));
            }
        }
        wb.repair();
        let file = file::export(&wb, now, &self.app_version);
        let mut doc: serde_json::Map<String, serde_json::Value> =
            serde_json::from_str(&file).expect("an export is an object");
        if !unreadable.is_empty() {
            doc.insert("unreadable".into(), serde_json::Value::Object(unreadable));
        }
        file::pretty(&serde_json::to_string(&doc).expect("the file serialises"))
    }

    /// Removes what was kept aside (after the user downloaded it).
    pub fn discard_recovery(&mut self) -> Result<(), KvError> {
        let live: HashSet<String> = self
            .base
            .iter()
            .flat_map(|m| m.chunks.iter().map(|c| c.key.clone()))
            .collect();
        for e in self.recovery() {
            if !live.contains(&e.key) {
                self.kv.remove(&e.key)?;
            }
        }
        self.kv.remove(&Key::RecoveryIndex.text())
    }

    /// Reads every chunk key (read-only).
    fn read_pool(&self) -> Result<Pool, KvError> {
        let mut chunks = Vec::new();
        for key in self.kv.keys()? {
            let Some(Key::Chunk {
                section,
                index,
                generation,
                writer,
            }) = Key::parse_chunk(&key)
            else {
                continue;
            };
            let Some(raw) = self.kv.get(&key)? else {
                continue;
            };
            let read = read_chunk(&raw);
            // The header, when it verifies, says what the chunk is, whatever
            // key it is found under.
            let (section, index, generation, writer) = match &read {
                Ok(ReadChunk { head: Some(h), .. }) => {
                    (h.section.clone(), h.index, h.generation, h.writer.clone())
                }
                _ => (section, index, generation, writer),
            };
            chunks.push(PoolChunk {
                key,
                section,
                index,
                generation,
                writer,
                read,
            });
        }
        Ok(Pool { chunks })
    }

    /// Loads the saved workbook. Whatever cannot be read is kept aside and
    /// reported; the rest loads. Nothing is removed unless a manifest that
    /// was read and verified supersedes it.
    pub fn load(&mut self, now: DateTime<Utc>) -> Result<Loaded, KvError> {
        // Read a consistent snapshot: if another tab saved while this one
        // was reading, read again.
        let mut attempt = 0;
        let (raw, pool) = loop {
            let raw = self.read_manifest_raw()?;
            let pool = self.read_pool()?;
            attempt += 1;
            if self.read_manifest_raw()? == raw || attempt >= 20 {
                break (raw, pool);
            }
        };
        self.seen_generation = 0;
        self.superseded.clear();
        self.loaded_keys = pool.chunks.iter().map(|c| c.key.clone()).collect();
        let kept: HashSet<String> = self.recovery().into_iter().map(|e| e.key).collect();
        let state = raw.as_deref().map_or(ManifestState::Absent, judge_manifest);
        self.base_raw = raw.clone();
        match state {
            ManifestState::Sound { manifest, checked } => {
                self.load_sound(manifest, checked, pool, &kept, now)
            }
            ManifestState::Newer { found } => {
                self.base = None;
                self.base_verified = false;
                let raw = raw.unwrap_or_default();
                let mut problems = self.keep_all_aside(&raw, &pool, "newer schema", now);
                problems.push(Problem::NewerVersion { found });
                Ok(Loaded {
                    workbook: Workbook::default(),
                    problems,
                    saved_at: None,
                    unfinished: 0,
                })
            }
            ManifestState::Damaged { reason } => {
                let raw = raw.unwrap_or_default();
                self.rebuild(Some((raw, reason)), pool, &kept, now)
            }
            ManifestState::Absent => self.rebuild(None, pool, &kept, now),
        }
    }

    /// Keeps the manifest's text and every chunk aside (a newer schema):
    /// nothing here can be read, and nothing may be overwritten.
    fn keep_all_aside(
        &mut self,
        raw: &str,
        pool: &Pool,
        reason: &str,
        now: DateTime<Utc>,
    ) -> Vec<Problem> {
        let kept = Key::RecoveryCopy(format!("manifest-{}", now.timestamp_millis())).text();
        let mut entries = vec![RecoveryEntry {
            key: kept.clone(),
            what: "manifest".into(),
            reason: reason.into(),
            at: now,
        }];
        entries.extend(pool.chunks.iter().map(|c| RecoveryEntry {
            key: c.key.clone(),
            what: c.section.clone(),
            reason: reason.into(),
            at: now,
        }));
        if self.kv.set(&kept, raw).is_ok() && self.keep_aside(entries).is_ok() {
            Vec::new()
        } else {
            self.read_only = true;
            vec![Problem::CannotKeep]
        }
    }

    fn load_sound(
        &mut self,
        mut manifest: Manifest,
        checked: bool,
        pool: Pool,
        kept: &HashSet<String>,
        now: DateTime<Utc>,
    ) -> Result<Loaded, KvError> {
        let mut workbook = Workbook::default();
        let mut problems = Vec::new();
        let mut aside = Vec::new();
        let mut old_parts = Vec::new();
        let mut used: HashSet<String> = HashSet::new();
        let mut exact = true;
        let current = manifest.schema == file::VERSION;
        for c in manifest.chunks.iter_mut() {
            let (section, index) = (c.section.clone(), c.index);
            let same_part = |p: &&PoolChunk| p.section == section && p.index == index;
            // The chunk the manifest names, found by its content's hash
            // (under its own key, or moved).
            let found = pool
                .chunks
                .iter()
                .filter(same_part)
                .filter(|p| p.read.as_ref().is_ok_and(|r| r.hash == c.hash))
                .max_by_key(|p| p.key == c.key);
            let named = pool.chunks.iter().find(|p| p.key == c.key);
            let chosen = match found {
                Some(p) => {
                    if p.key != c.key {
                        exact = false;
                        c.key = p.key.clone();
                    }
                    Some(p)
                }
                None => {
                    exact = false;
                    if let Some(p) = named {
                        let reason = match &p.read {
                            Err(e) => e.clone(),
                            Ok(_) => "content does not match the manifest".into(),
                        };
                        problems.push(Problem::ChunkUnreadable {
                            section: c.section.clone(),
                            records: c.records,
                            reason: reason.clone(),
                        });
                        aside.push(RecoveryEntry {
                            key: c.key.clone(),
                            what: c.section.clone(),
                            reason,
                            at: now,
                        });
                    }
                    // An earlier save's copy of the same part, if one is
                    // still stored and verifies: better than nothing, and
                    // said so.
                    let earlier = pool
                        .chunks
                        .iter()
                        .filter(same_part)
                        .filter(|p| {
                            p.key != c.key && p.read.is_ok() && p.schema() == manifest.schema
                        })
                        .max_by_key(|p| p.generation);
                    match earlier {
                        Some(p) => problems.push(Problem::ChunkFromEarlier {
                            section: c.section.clone(),
                            records: p.records(),
                        }),
                        None if named.is_none() => problems.push(Problem::ChunkMissing {
                            section: c.section.clone(),
                            records: c.records,
                        }),
                        None => {}
                    }
                    earlier
                }
            };
            let Some(p) = chosen else { continue };
            let Ok(read) = &p.read else { continue };
            used.insert(p.key.clone());
            if current {
                if let Err(reason) = absorb(&mut workbook, &c.section, &read.json) {
                    exact = false;
                    problems.push(Problem::ChunkUnreadable {
                        section: c.section.clone(),
                        records: c.records,
                        reason: reason.clone(),
                    });
                    aside.push(RecoveryEntry {
                        key: p.key.clone(),
                        what: c.section.clone(),
                        reason,
                        at: now,
                    });
                }
            } else {
                old_parts.push((c.section.clone(), read.json.clone()));
            }
        }
        if !current {
            match absorb_old(old_parts, manifest.schema) {
                Ok(wb) => workbook = wb,
                Err(e) => {
                    exact = false;
                    problems.push(Problem::ChunkUnreadable {
                        section: "all".into(),
                        records: manifest
                            .chunks
                            .iter()
                            .map(|c| c.records)
                            .fold(0, u32::saturating_add),
                        reason: format!("{e:?}"),
                    });
                    aside.extend(manifest.chunks.iter().map(|c| RecoveryEntry {
                        key: c.key.clone(),
                        what: c.section.clone(),
                        reason: "migration failed".into(),
                        at: now,
                    }));
                }
            }
        }
        // Two chunks may hold one id (a hand edit): keep the newer version.
        workbook.repair();
        if !aside.is_empty() && self.keep_aside(aside).is_err() {
            self.read_only = true;
            problems.push(Problem::CannotKeep);
        }
        // Chunks of a save that never committed, at this generation or
        // above (a tab closed mid-save, or two tabs committing at once, the
        // later manifest naming only its own): their records are newer
        // work, merged in as another tab's would be. One generation below,
        // another writer's unnamed chunk may be a save this manifest's
        // writer never saw (its storage lagged behind the other tab's):
        // merged too, without the trashed records the workbook lacks (they
        // were purged), and counted when it holds anything the workbook
        // lacks. Lower ones are left to the sweep.
        let mut unfinished = 0;
        if current {
            for p in &pool.chunks {
                let Ok(read) = &p.read else { continue };
                let newer = p.generation >= manifest.generation;
                let lagged = p.generation.saturating_add(1) >= manifest.generation
                    && p.writer != manifest.writer
                    && !manifest.replaced.contains(&p.key);
                if (newer || lagged)
                    && !used.contains(&p.key)
                    && !kept.contains(&p.key)
                    && p.schema() == file::VERSION
                {
                    let json = if newer {
                        read.json.clone()
                    } else {
                        without_purged(&workbook, &p.section, &read.json)
                    };
                    let mut one = Workbook::default();
                    if absorb(&mut one, &p.section, &json).is_ok()
                        && (newer || !covers(&workbook, &p.section, &one))
                    {
                        merge_part(&mut workbook, &p.section, &one);
                        unfinished += 1;
                    }
                }
            }
        }
        self.base_verified = checked && exact && problems.is_empty();
        self.named_seen
            .extend(manifest.chunks.iter().map(|c| c.key.clone()));
        let saved_at = Some(manifest.saved_at);
        self.base = Some(manifest);
        Ok(Loaded {
            workbook,
            problems,
            saved_at,
            unfinished,
        })
    }

    /// Rebuilds the workbook from the chunks alone, when the manifest is
    /// missing or damaged: every chunk that verifies is read, and where two
    /// hold one record the newer version wins, as in a merge.
    fn rebuild(
        &mut self,
        damaged: Option<(String, String)>,
        pool: Pool,
        kept: &HashSet<String>,
        now: DateTime<Utc>,
    ) -> Result<Loaded, KvError> {
        self.base = None;
        self.base_verified = false;
        // The next save goes above every generation found, so the keys it
        // supersedes are all older than it.
        self.seen_generation = pool
            .chunks
            .iter()
            .map(|c| c.generation.min(MAX_GENERATION))
            .max()
            .unwrap_or(0);
        let mut problems = Vec::new();
        let mut aside = Vec::new();
        let candidates: Vec<&PoolChunk> = pool
            .chunks
            .iter()
            .filter(|p| !kept.contains(&p.key))
            .collect();
        let mut kept_copy = None;
        if let Some((raw, reason)) = &damaged {
            let key = Key::RecoveryCopy(format!("manifest-{}", now.timestamp_millis())).text();
            aside.push(RecoveryEntry {
                key: key.clone(),
                what: "manifest".into(),
                reason: reason.clone(),
                at: now,
            });
            if self.kv.set(&key, raw).is_err() {
                self.read_only = true;
                problems.push(Problem::CannotKeep);
            }
            kept_copy = Some(key);
        }
        if candidates.is_empty() {
            if let Some(kept) = kept_copy {
                problems.push(Problem::ManifestUnreadable { kept });
                if self.keep_aside(aside).is_err() && !self.read_only {
                    self.read_only = true;
                    problems.push(Problem::CannotKeep);
                }
            }
            return Ok(Loaded {
                workbook: Workbook::default(),
                problems,
                saved_at: None,
                unfinished: 0,
            });
        }
        let mut workbook = Workbook::default();
        let mut parts = 0;
        let mut by_schema: BTreeMap<u64, Vec<&PoolChunk>> = BTreeMap::new();
        for p in &candidates {
            match &p.read {
                Ok(_) if p.schema() <= file::VERSION && known_section(&p.section) => {
                    by_schema.entry(p.schema()).or_default().push(p)
                }
                outcome => {
                    let reason = match outcome {
                        Err(e) => e.clone(),
                        Ok(_) => "written by a newer version".into(),
                    };
                    set_aside(p, reason, now, &mut problems, &mut aside);
                }
            }
        }
        // Older generations first, so the core of the newest save wins.
        for (schema, mut chunks) in by_schema {
            crate::kernel::order::sort_by_key(&mut chunks, |p| p.generation);
            for p in chunks {
                let Ok(read) = &p.read else { continue };
                let mut one = Workbook::default();
                let outcome = if schema == file::VERSION {
                    absorb(&mut one, &p.section, &read.json)
                } else {
                    absorb_old(vec![(p.section.clone(), read.json.clone())], schema)
                        .map(|wb| one = wb)
                        .map_err(|e| format!("{e:?}"))
                };
                match outcome {
                    Ok(()) => {
                        if p.section == "core" {
                            workbook.set_core(one.core());
                        } else {
                            merge_part(&mut workbook, &p.section, &one);
                        }
                        parts += 1;
                        self.superseded.push(p.key.clone());
                    }
                    Err(reason) => set_aside(p, reason, now, &mut problems, &mut aside),
                }
            }
        }
        workbook.repair();
        if !aside.is_empty() && self.keep_aside(aside).is_err() && !self.read_only {
            self.read_only = true;
            problems.push(Problem::CannotKeep);
        }
        let records =
            workbook.counts().iter().map(|(_, n)| n).sum::<usize>() + workbook.trashed_count();
        problems.insert(0, Problem::Rebuilt { parts, records });
        Ok(Loaded {
            workbook,
            problems,
            saved_at: None,
            unfinished: 0,
        })
    }

    /// Saves the workbook, rewriting only the chunks that changed.
    pub fn save(
        &mut self,
        wb: &Workbook,
        mode: SaveMode,
        now: DateTime<Utc>,
    ) -> Result<SaveReport, SaveError> {
        if self.read_only {
            return Err(SaveError::ReadOnly);
        }
        if self.changed_elsewhere() {
            return Err(SaveError::Conflict);
        }
        let generation = self
            .base
            .as_ref()
            .map_or(0, |m| m.generation)
            .max(self.seen_generation)
            .saturating_add(1)
            .min(MAX_GENERATION);
        let old: BTreeMap<(&str, u32), &ChunkRef> = self
            .base
            .iter()
            .flat_map(|m| m.chunks.iter())
            .map(|c| ((c.section.as_str(), c.index), c))
            .collect();
        let mut written: Vec<String> = Vec::new();
        let mut chunks = Vec::new();
        let mut report = SaveReport::default();
        for p in plan(wb, self.chunk_records) {
            let fp = hex(p.fp);
            let previous = old.get(&(p.section, p.index)).copied();
            let mut json = None;
            let reuse = previous.filter(|prev| match mode {
                SaveMode::Quick => prev.fp == fp && prev.records == p.records,
                SaveMode::Verify => {
                    let j = json.get_or_insert_with(|| (p.render)());
                    prev.hash == hex(Fnv::of(j.as_bytes()))
                }
            });
            if let Some(prev) = reuse {
                report.reused += 1;
                chunks.push(ChunkRef { fp, ..prev.clone() });
                continue;
            }
            let json = json.unwrap_or_else(|| (p.render)());
            let hash = hex(Fnv::of(json.as_bytes()));
            let mut head = ChunkHead {
                section: p.section.to_string(),
                index: p.index,
                generation,
                writer: self.writer.clone(),
                records: p.records,
                schema: file::VERSION,
                hash: hash.clone(),
                check: String::new(),
            };
            head.check = head.expected_check();
            let stored = chunk_text(&head, &codec::encode(&json));
            let key = Key::Chunk {
                section: p.section.to_string(),
                index: p.index,
                generation,
                writer: self.writer.clone(),
            }
            .text();
            if let Err(e) = self.kv.set(&key, &stored) {
                self.undo_writes(&written);
                return Err(e.into());
            }
            written.push(key.clone());
            report.written += 1;
            chunks.push(ChunkRef {
                section: p.section.to_string(),
                index: p.index,
                key,
                records: p.records,
                fp,
                hash,
                chars: utf16_len(&stored) as u64,
            });
        }
        // Nothing to say that storage does not already hold: the same chunks
        // under a manifest this tab read whole or wrote, of this schema and
        // version. A new manifest would only move the generation and the
        // time, and tell every other tab to reload for nothing (a second
        // save after an explicit one, a timer that fired late, an edit that
        // set a value to what it was). What a save of these same chunks
        // would remove still goes: the sweep keeps what the manifest names.
        if let (Some(base), Some(raw)) = (&self.base, &self.base_raw) {
            if report.written == 0
                && self.base_verified
                && self.superseded.is_empty()
                && base.schema == file::VERSION
                && base.app_version == self.app_version
                && base.check.is_some()
                && base.chunks == chunks
            {
                let (base, raw) = (base.clone(), raw.clone());
                self.sweep(&base, wb);
                report.chars = stored_chars(&base, &raw);
                return Ok(report);
            }
        }
        let replaced: Vec<String> = {
            let named: HashSet<&str> = chunks.iter().map(|c| c.key.as_str()).collect();
            self.base
                .iter()
                .flat_map(|m| m.chunks.iter())
                .filter(|c| !named.contains(c.key.as_str()))
                // Only what this tab held: a chunk its view of storage
                // lacked (another tab's, still on the way) may hold work
                // this save does not, and stays mergeable.
                .filter(|c| {
                    self.loaded_keys.contains(&c.key)
                        || matches!(Key::parse_chunk(&c.key), Some(Key::Chunk { writer, .. }) if writer == self.writer)
                })
                .map(|c| c.key.clone())
                .collect()
        };
        let (manifest, raw) = Manifest {
            generation,
            schema: file::VERSION,
            saved_at: now,
            app_version: self.app_version.clone(),
            writer: self.writer.clone(),
            chunks,
            replaced,
            check: None,
        }
        .sealed();
        // Last look before the one write that commits: another tab may have
        // saved while this one was writing chunks, or its chunks may have
        // reached this tab before its manifest did.
        if self.changed_elsewhere() || self.unseen_chunks(&manifest) {
            self.undo_writes(&written);
            return Err(SaveError::Conflict);
        }
        if let Err(e) = self.kv.set(&Key::Manifest.text(), &raw) {
            self.undo_writes(&written);
            return Err(e.into());
        }
        // Committed, if it reads back as written. Only then may the keys it
        // supersedes go: those the previous verified manifest named (or a
        // rebuild loaded) that this one does not name, unless kept aside.
        match self.read_manifest_raw() {
            Ok(Some(back)) if back == raw => {}
            _ => {
                self.base_raw = None;
                return Err(SaveError::Conflict);
            }
        }
        self.named_seen
            .extend(manifest.chunks.iter().map(|c| c.key.clone()));
        self.sweep(&manifest, wb);
        report.chars = stored_chars(&manifest, &raw);
        self.seen_generation = self.seen_generation.max(generation);
        self.base = Some(manifest);
        self.base_raw = Some(raw);
        self.base_verified = true;
        Ok(report)
    }

    /// Whether storage holds a chunk of another tab, at or above the base's
    /// generation, that no manifest this tab knows names and that its last
    /// load did not find: another tab's save whose manifest has not reached
    /// this tab yet (or a closed tab's leftover). Committing now would go
    /// over it unseen, so it is a conflict: load (which merges it), then
    /// save again; the retry knows the key and does not stop on it again.
    fn unseen_chunks(&self, manifest: &Manifest) -> bool {
        let base_generation = self.base.as_ref().map_or(0, |m| m.generation);
        let named = |key: &str| {
            manifest.chunks.iter().any(|c| c.key == key)
                || self
                    .base
                    .iter()
                    .any(|m| m.chunks.iter().any(|c| c.key == key))
        };
        let kept: HashSet<String> = self.recovery().into_iter().map(|e| e.key).collect();
        self.kv.keys().unwrap_or_default().iter().any(|key| {
            matches!(
                Key::parse_chunk(key),
                Some(Key::Chunk { generation, writer, .. })
                    if writer != self.writer && generation >= base_generation
            ) && !self.loaded_keys.contains(key)
                && !named(key)
                && !kept.contains(key)
        })
    }

    /// After a commit: removes the chunk keys the new manifest supersedes.
    /// A key goes only when neither the new manifest nor the one it
    /// replaced names it (a tab that began saving from the replaced one may
    /// still name its keys), it is of an older generation (a newer one may
    /// be another tab's save under way), and it is not kept aside. This
    /// tab's own leftovers then go. Another tab's chunk goes only when a
    /// manifest this tab loaded or wrote named it (its content is in this
    /// tab's workbook or was superseded by it), or it is older than the
    /// replaced manifest and the workbook just saved holds everything it
    /// holds (or it does not verify), or it is two generations older than
    /// the replaced manifest (no load merges it any more): the other tab's
    /// view of storage lags, so it may believe that chunk committed while
    /// this tab never saw the manifest naming it. When the replaced
    /// manifest was not read whole and verified, only the chunks a rebuild
    /// loaded into the workbook just saved go.
    fn sweep(&mut self, manifest: &Manifest, wb: &Workbook) {
        let base_generation = self.base.as_ref().map_or(0, |m| m.generation);
        let mut keep: HashSet<String> = manifest.chunks.iter().map(|c| c.key.clone()).collect();
        keep.extend(
            self.base
                .iter()
                .flat_map(|m| m.chunks.iter().map(|c| c.key.clone())),
        );
        keep.extend(self.recovery().into_iter().map(|e| e.key));
        let superseded = std::mem::take(&mut self.superseded);
        let candidates: Vec<String> = if self.base_verified {
            self.kv.keys().unwrap_or_default()
        } else {
            superseded
        };
        for key in candidates {
            let Some(Key::Chunk {
                generation, writer, ..
            }) = Key::parse_chunk(&key)
            else {
                continue;
            };
            if generation >= manifest.generation || keep.contains(&key) {
                continue;
            }
            let taken_in = writer == self.writer
                || self.named_seen.contains(&key)
                || generation.saturating_add(1) < base_generation
                || (generation < base_generation && self.holds_chunk(wb, &key));
            if taken_in {
                let _ = self.kv.remove(&key);
                self.named_seen.remove(&key);
            }
        }
    }

    /// Whether the workbook holds everything the stored chunk holds (or the
    /// chunk does not verify: nothing can be taken from it).
    fn holds_chunk(&self, wb: &Workbook, key: &str) -> bool {
        let Ok(Some(raw)) = self.kv.get(key) else {
            return true;
        };
        let Ok(read) = read_chunk(&raw) else {
            return true;
        };
        let section = match (&read.head, Key::parse_chunk(key)) {
            (Some(h), _) => h.section.clone(),
            (None, Some(Key::Chunk { section, .. })) => section,
            (None, _) => return true,
        };
        if read
            .head
            .as_ref()
            .is_some_and(|h| h.schema != file::VERSION)
        {
            return true;
        }
        let mut one = Workbook::default();
        let json = without_purged(wb, &section, &read.json);
        absorb(&mut one, &section, &json).is_err() || covers(wb, &section, &one)
    }

    fn undo_writes(&mut self, written: &[String]) {
        for key in written {
            let _ = self.kv.remove(key);
        }
    }

    /// Characters the saved workbook occupies, from the manifest.
    pub fn workbook_chars(&self) -> usize {
        match (&self.base, &self.base_raw) {
            (Some(m), Some(raw)) => stored_chars(m, raw),
            _ => 0,
        }
    }

    /// Characters used by everything under the prefix (reads every value).
    pub fn used_chars(&self) -> usize {
        self.kv
            .keys()
            .unwrap_or_default()
            .iter()
            .map(|k| utf16_len(k) + self.kv.get(k).ok().flatten().map_or(0, |v| utf16_len(&v)))
            .fold(0usize, usize::saturating_add)
    }

    /// This browser's own settings (not part of the workbook).
    pub fn device<D: DeserializeOwned + Default>(&self) -> D {
        self.kv
            .get(&Key::Device.text())
            .ok()
            .flatten()
            .and_then(|raw| serde_json::from_str(&raw).ok())
            .unwrap_or_default()
    }

    pub fn set_device<D: Serialize>(&mut self, device: &D) -> Result<(), KvError> {
        let raw = serde_json::to_string(device).expect("device settings serialise");
        self.kv.set(&Key::Device.text(), &raw)
    }
}

/// Reports a chunk a rebuild could not read and lists it for keeping aside.
fn set_aside(
    p: &PoolChunk,
    reason: String,
    now: DateTime<Utc>,
    problems: &mut Vec<Problem>,
    aside: &mut Vec<RecoveryEntry>,
) {
    problems.push(Problem::ChunkUnreadable {
        section: p.section.clone(),
        records: p.records(),
        reason: reason.clone(),
    });
    aside.push(RecoveryEntry {
        key: p.key.clone(),
        what: p.section.clone(),
        reason,
        at: now,
    });
}

/// Merges what one chunk held (`one` holds nothing else) into the
/// workbook: the single values for the core, else the records only, so
/// that `one`'s empty single values never win a tie.
fn merge_part(wb: &mut Workbook, section: &str, one: &Workbook) {
    if section == "core" {
        wb.merge_from(one);
    } else {
        let core = wb.core();
        wb.merge_from(one);
        wb.set_core(core);
    }
}

/// Whether merging what one chunk held (`one`) into the workbook would
/// change nothing: everything in it is there in the same or a newer version.
fn covers(wb: &Workbook, section: &str, one: &Workbook) -> bool {
    let mut merged = wb.clone();
    merge_part(&mut merged, section, one);
    merged == *wb
}

/// One chunk's JSON without the records in the trash that the workbook
/// lacks: they were purged from the trash, and an older chunk still
/// holding them must not bring them back.
fn without_purged(wb: &Workbook, section: &str, json: &str) -> String {
    if section == "core" {
        return json.to_string();
    }
    let Ok(items) = serde_json::from_str::<Vec<serde_json::Value>>(json) else {
        return json.to_string();
    };
    // Through the compact serialiser storage uses anyway, not a second,
    // Value-building copy of every record type's serialiser.
    let value: serde_json::Value =
        serde_json::from_str(&serde_json::to_string(wb).expect("the workbook serialises"))
            .unwrap_or_default();
    let ids: HashSet<&serde_json::Value> = value
        .get(section)
        .and_then(|v| v.as_array())
        .map(|a| a.iter().filter_map(|r| r.get("id")).collect())
        .unwrap_or_default();
    let kept: Vec<&serde_json::Value> = items
        .iter()
        .filter(|r| {
            r.get("deleted").is_none_or(|d| d.is_null())
                || r.get("id").is_some_and(|id| ids.contains(id))
        })
        .collect();
    serde_json::to_string(&kept).expect("records serialise")
}

/// Adds the records of one chunk's JSON that still parse, one by one, to
/// the workbook; returns how many.
fn salvage_records(wb: &mut Workbook, section: &str, json: &str) -> usize {
    if section == "core" {
        return match serde_json::from_str::<Core>(json) {
            Ok(core) => {
                wb.set_core(core);
                1
            }
            Err(_) => 0,
        };
    }
    let Some(part) = Part::from_section(section) else {
        return 0;
    };
    let Ok(items) = serde_json::from_str::<Vec<serde_json::Value>>(json) else {
        return 0;
    };
    let mut n = 0;
    for item in items {
        let one = format!("[{item}]");
        let mut single = Workbook::default();
        if single.absorb(part, &one).is_ok() {
            merge_part(wb, section, &single);
            n += 1;
        }
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::selftest::quotient::SelfTest;
    use chrono::{Duration, TimeZone};

    fn t(s: i64) -> DateTime<Utc> {
        Utc.timestamp_opt(1_760_000_000 + s, 0).unwrap()
    }

    fn workbook(n: usize) -> Workbook {
        let mut wb = Workbook::default();
        for i in 0..n {
            let mut st = SelfTest {
                note: format!("taking number {i} with some words to compress"),
                ..SelfTest::default()
            };
            st.answer("culture.1", (i % 5 + 1) as u8);
            wb.self_tests.insert(st, t(i as i64));
        }
        wb
    }

    fn store(kv: MemKv) -> Store<MemKv> {
        Store::new(kv, "tabA", "test").with_chunk_records(10)
    }

    #[test]
    fn save_and_load_round_trip() {
        let wb = workbook(35);
        let mut s = store(MemKv::default());
        let r = s.save(&wb, SaveMode::Quick, t(100)).unwrap();
        assert_eq!(r.written, 5, "core + 4 chunks of 10");
        let mut fresh = Store::new(s.kv().clone(), "tabB", "test");
        let loaded = fresh.load(t(101)).unwrap();
        assert!(loaded.problems.is_empty());
        assert_eq!(loaded.workbook, wb);
        assert_eq!(loaded.saved_at, Some(t(100)));
    }

    #[test]
    fn the_example_workbook_round_trips_with_every_part() {
        let wb = crate::book::example::tests::example(crate::i18n::Lang::Tr, t(50));
        assert!(
            Part::ALL
                .iter()
                .all(|p| wb.counts().iter().any(|(q, n)| q == p && *n > 0)),
            "the example fills every collection"
        );
        let mut s = store(MemKv::default());
        s.save(&wb, SaveMode::Quick, t(100)).unwrap();
        let loaded = Store::new(s.kv().clone(), "tabB", "test")
            .load(t(101))
            .unwrap();
        assert!(loaded.problems.is_empty());
        assert_eq!(loaded.workbook, wb);
        assert_eq!(loaded.workbook.support.data.channels.len(), 3);
    }

    #[test]
    fn the_saved_size_is_what_storage_holds() {
        let mut s = store(MemKv::default());
        let r = s.save(&workbook(35), SaveMode::Quick, t(100)).unwrap();
        assert_eq!(r.chars, s.kv().used(), "chunks and manifest, keys included");
        assert_eq!(s.workbook_chars(), r.chars);
    }

    #[test]
    fn one_edit_rewrites_one_chunk() {
        let mut wb = workbook(35);
        let mut s = store(MemKv::default());
        s.save(&wb, SaveMode::Quick, t(100)).unwrap();
        let id = wb.self_tests.all()[15].id;
        wb.self_tests
            .update(id, t(200), |d| d.note = "changed".into());
        let r = s.save(&wb, SaveMode::Quick, t(201)).unwrap();
        assert_eq!((r.written, r.reused), (1, 4));
        let loaded = store(s.kv().clone()).load(t(202)).unwrap();
        assert_eq!(loaded.workbook, wb);
        // The replaced chunk stays one more save (a tab that began saving
        // from the previous manifest may still name it), then goes.
        assert_eq!(s.kv().map.len(), 7);
        // A save with nothing changed writes no manifest, but tidies as one.
        let generation = s.generation();
        let r = s.save(&wb, SaveMode::Quick, t(203)).unwrap();
        assert_eq!((r.written, r.reused), (0, 5));
        assert_eq!(s.kv().map.len(), 6, "manifest and 5 chunks");
        assert_eq!(s.generation(), generation);
        let loaded = store(s.kv().clone()).load(t(204)).unwrap();
        assert_eq!(loaded.workbook, wb);
    }

    /// A [`MemKv`] that counts the writes (sets and removes) made to it.
    #[derive(Default)]
    struct CountKv {
        kv: MemKv,
        writes: usize,
    }

    impl Kv for CountKv {
        fn get(&self, key: &str) -> Result<Option<String>, KvError> {
            self.kv.get(key)
        }
        fn set(&mut self, key: &str, value: &str) -> Result<(), KvError> {
            self.writes += 1;
            self.kv.set(key, value)
        }
        fn remove(&mut self, key: &str) -> Result<(), KvError> {
            self.writes += 1;
            self.kv.remove(key)
        }
        fn keys(&self) -> Result<Vec<String>, KvError> {
            self.kv.keys()
        }
    }

    #[test]
    fn a_save_that_changes_nothing_writes_nothing() {
        let wb = workbook(35);
        let mut s = Store::new(CountKv::default(), "tabA", "test").with_chunk_records(10);
        let first = s.save(&wb, SaveMode::Quick, t(100)).unwrap();
        assert_eq!(s.kv().writes, 6, "five chunks and the manifest");
        let stored = s.kv().kv.map.clone();
        let generation = s.generation();
        for (mode, at) in [(SaveMode::Quick, 101), (SaveMode::Verify, 102)] {
            let r = s.save(&wb, mode, t(at)).unwrap();
            assert_eq!((r.written, r.reused), (0, 5));
            assert_eq!(r.chars, first.chars, "the same size is reported");
        }
        assert_eq!(
            s.kv().writes,
            6,
            "the two saves after the first wrote no key"
        );
        assert_eq!(s.kv().kv.map, stored);
        assert_eq!(s.generation(), generation);
        assert!(!s.changed_elsewhere());
        // Still the saved workbook, as of the save that wrote it.
        let loaded = Store::new(s.kv().kv.clone(), "tabB", "test")
            .load(t(103))
            .unwrap();
        assert_eq!(loaded.workbook, wb);
        assert_eq!(loaded.saved_at, Some(t(100)));
    }

    #[test]
    fn a_save_after_a_load_that_changes_nothing_writes_nothing() {
        let wb = workbook(12);
        let mut a = store(MemKv::default());
        a.save(&wb, SaveMode::Quick, t(100)).unwrap();
        let mut kv = CountKv::default();
        kv.kv = a.kv().clone();
        let mut b = Store::new(kv, "tabB", "test").with_chunk_records(10);
        let loaded = b.load(t(101)).unwrap();
        assert!(loaded.problems.is_empty());
        b.save(&loaded.workbook, SaveMode::Verify, t(102)).unwrap();
        assert_eq!(b.kv().writes, 0);
        // Another version of the app writes its own manifest.
        let mut c = Store::new(a.kv().clone(), "tabC", "newer").with_chunk_records(10);
        let loaded = c.load(t(103)).unwrap();
        let before = c.generation().unwrap();
        c.save(&loaded.workbook, SaveMode::Quick, t(104)).unwrap();
        assert_eq!(c.generation(), Some(before + 1));
    }

    #[test]
    fn two_edits_in_one_millisecond_are_both_saved() {
        let mut wb = workbook(3);
        let mut s = store(MemKv::default());
        s.save(&wb, SaveMode::Quick, t(100)).unwrap();
        let id = wb.self_tests.all()[0].id;
        wb.self_tests.update(id, t(300), |d| d.note = "one".into());
        s.save(&wb, SaveMode::Quick, t(300)).unwrap();
        wb.self_tests.update(id, t(300), |d| d.note = "two".into());
        s.save(&wb, SaveMode::Quick, t(300)).unwrap();
        let loaded = store(s.kv().clone()).load(t(301)).unwrap();
        assert_eq!(loaded.workbook.self_tests.get(id).unwrap().data.note, "two");
    }

    #[test]
    fn verify_mode_catches_a_change_without_a_newer_stamp() {
        let mut wb = workbook(3);
        let mut s = store(MemKv::default());
        s.save(&wb, SaveMode::Quick, t(100)).unwrap();
        // A merge tie: same id and stamps, other content.
        let mut other = wb.clone();
        let id = wb.self_tests.all()[0].id;
        let rec = other.self_tests.get(id).unwrap().clone();
        let mut changed = rec.clone();
        changed.data.note = "zzz tie winner".into();
        other.self_tests = Collection::from_records(vec![changed]);
        wb.merge_from(&other);
        assert_eq!(wb.self_tests.get(id).unwrap().data.note, "zzz tie winner");
        let r = s.save(&wb, SaveMode::Verify, t(101)).unwrap();
        assert_eq!(r.written, 1);
        let loaded = store(s.kv().clone()).load(t(102)).unwrap();
        assert_eq!(loaded.workbook, wb);
    }

    #[test]
    fn a_full_quota_keeps_the_previous_save_intact() {
        let wb = workbook(40);
        let mut s = store(MemKv::default());
        s.save(&wb, SaveMode::Quick, t(100)).unwrap();
        let before = s.kv().map.clone();
        let quota = s.kv().used() + 50;
        s.kv_mut().quota = Some(quota);
        let mut bigger = wb.clone();
        for i in 0..40 {
            let st = SelfTest {
                note: format!("{i} incompressible? {}", uuid::Uuid::new_v4()),
                ..SelfTest::default()
            };
            bigger.self_tests.insert(st, t(1000 + i));
        }
        assert_eq!(
            s.save(&bigger, SaveMode::Quick, t(2000)),
            Err(SaveError::Quota)
        );
        assert_eq!(s.kv().map, before, "nothing written stays behind");
        let loaded = store(s.kv().clone()).load(t(2001)).unwrap();
        assert_eq!(loaded.workbook, wb);
    }

    #[test]
    fn a_crash_at_any_write_leaves_a_readable_workbook() {
        let wb1 = workbook(30);
        let mut wb2 = wb1.clone();
        for r in wb1.self_tests.all().iter().step_by(7) {
            wb2.self_tests
                .update(r.id, t(5000), |d| d.note = "edited".into());
        }
        wb2.self_tests.insert(SelfTest::default(), t(6000));
        for crash_at in 0..8 {
            let mut s = store(MemKv::default());
            s.save(&wb1, SaveMode::Quick, t(100)).unwrap();
            s.kv_mut().fail_after = Some(crash_at);
            let result = s.save(&wb2, SaveMode::Quick, t(200));
            // A closed tab would not even clean up: simulate by reloading
            // from whatever is in storage now.
            let mut kv = s.kv().clone();
            kv.fail_after = None;
            let loaded = store(kv).load(t(300)).unwrap();
            assert!(loaded.problems.is_empty(), "crash at {crash_at}");
            let expected = if result.is_ok() { &wb2 } else { &wb1 };
            assert_eq!(&loaded.workbook, expected, "crash at {crash_at}");
        }
    }

    #[test]
    fn a_corrupt_chunk_is_kept_aside_and_the_rest_loads() {
        let wb = workbook(30);
        let mut s = store(MemKv::default());
        s.save(&wb, SaveMode::Quick, t(100)).unwrap();
        let key = s
            .kv()
            .map
            .keys()
            .find(|k| k.contains("self_tests/1/"))
            .unwrap()
            .clone();
        s.kv_mut().map.insert(key.clone(), "hand edited!".into());
        let mut s2 = store(s.kv().clone());
        let loaded = s2.load(t(200)).unwrap();
        assert_eq!(loaded.workbook.self_tests.len(), 20);
        assert!(matches!(
            &loaded.problems[..],
            [Problem::ChunkUnreadable { section, records: 10, .. }] if section == "self_tests"
        ));
        assert_eq!(s2.recovery().len(), 1);
        assert!(s2.recovery_bundle(t(250)).contains("hand edited!"));
        // Saving afterwards does not remove the kept chunk.
        s2.save(&loaded.workbook, SaveMode::Quick, t(300)).unwrap();
        assert_eq!(s2.kv().map.get(&key).unwrap(), "hand edited!");
        // Discarding does.
        s2.discard_recovery().unwrap();
        assert!(!s2.kv().map.contains_key(&key));
        assert!(s2.recovery().is_empty());
    }

    #[test]
    fn an_unreadable_manifest_is_kept_and_the_app_starts_empty() {
        let mut kv = MemKv::default();
        kv.map.insert(Key::Manifest.text(), "{not json".into());
        let mut s = store(kv);
        let loaded = s.load(t(0)).unwrap();
        assert!(loaded.workbook.is_empty());
        let kept = match &loaded.problems[..] {
            [Problem::ManifestUnreadable { kept }] => kept.clone(),
            p => panic!("{p:?}"),
        };
        assert_eq!(s.kv().map.get(&kept).unwrap(), "{not json");
        // The new workbook saves without touching the kept copy.
        s.save(&workbook(2), SaveMode::Quick, t(1)).unwrap();
        assert_eq!(s.kv().map.get(&kept).unwrap(), "{not json");
    }

    #[test]
    fn a_newer_schema_is_not_overwritten() {
        let mut s = store(MemKv::default());
        s.save(&workbook(3), SaveMode::Quick, t(0)).unwrap();
        let raw = s.kv().map[&Key::Manifest.text()].clone();
        let mut m: Manifest = serde_json::from_str(&raw).unwrap();
        m.schema = 99;
        let (_, newer) = m.sealed();
        s.kv_mut().map.insert(Key::Manifest.text(), newer.clone());
        let mut s2 = store(s.kv().clone());
        let loaded = s2.load(t(1)).unwrap();
        assert_eq!(loaded.problems, vec![Problem::NewerVersion { found: 99 }]);
        s2.save(&workbook(1), SaveMode::Quick, t(2)).unwrap();
        let bundle = s2.recovery_bundle(t(3));
        assert!(
            bundle.contains("\\\"schema\\\":99"),
            "the newer manifest is in the bundle"
        );
        // Its chunks were kept too.
        assert_eq!(s2.recovery().len(), 3);
    }

    #[test]
    fn a_save_from_a_stale_tab_is_a_conflict_until_it_merges() {
        let wb = workbook(5);
        let mut a = store(MemKv::default());
        a.save(&wb, SaveMode::Quick, t(0)).unwrap();
        // Tab B starts from the same storage.
        let mut b = Store::new(a.kv().clone(), "tabB", "t").with_chunk_records(10);
        let mut wb_b = b.load(t(1)).unwrap().workbook;
        // A saves an edit; B's view of storage is shared in a browser, so
        // hand B the new storage.
        let mut wb_a = wb.clone();
        let id_a = wb_a.self_tests.all()[0].id;
        wb_a.self_tests
            .update(id_a, t(10), |d| d.note = "from A".into());
        a.save(&wb_a, SaveMode::Quick, t(10)).unwrap();
        *b.kv_mut() = a.kv().clone();
        let id_b = wb_b.self_tests.all()[1].id;
        wb_b.self_tests
            .update(id_b, t(11), |d| d.note = "from B".into());
        assert_eq!(
            b.save(&wb_b, SaveMode::Quick, t(11)),
            Err(SaveError::Conflict)
        );
        assert!(b.changed_elsewhere());
        let theirs = b.load(t(12)).unwrap().workbook;
        wb_b.merge_from(&theirs);
        b.save(&wb_b, SaveMode::Verify, t(13)).unwrap();
        let final_wb = store(b.kv().clone()).load(t(14)).unwrap().workbook;
        assert_eq!(final_wb.self_tests.get(id_a).unwrap().data.note, "from A");
        assert_eq!(final_wb.self_tests.get(id_b).unwrap().data.note, "from B");
    }

    #[test]
    fn orphans_of_a_cut_save_go_with_the_next_save_but_newer_ones_stay() {
        let mut s = store(MemKv::default());
        let mut wb = workbook(3);
        s.save(&wb, SaveMode::Quick, t(0)).unwrap();
        wb.self_tests.insert(SelfTest::default(), t(1));
        s.save(&wb, SaveMode::Quick, t(1)).unwrap();
        let orphan_old = Key::Chunk {
            section: "self_tests".into(),
            index: 0,
            generation: 1,
            writer: "dead".into(),
        }
        .text();
        let in_flight = Key::Chunk {
            section: "self_tests".into(),
            index: 0,
            generation: 3,
            writer: "other".into(),
        }
        .text();
        s.kv_mut().map.insert(orphan_old.clone(), "x".into());
        s.kv_mut().map.insert(in_flight.clone(), "y".into());
        let mut s2 = store(s.kv().clone());
        let loaded = s2.load(t(1)).unwrap();
        // Loading removes nothing; the next save supersedes the old orphan.
        assert!(s2.kv().map.contains_key(&orphan_old));
        s2.save(&loaded.workbook, SaveMode::Verify, t(2)).unwrap();
        assert!(!s2.kv().map.contains_key(&orphan_old));
        assert!(s2.kv().map.contains_key(&in_flight));
    }

    #[test]
    fn storage_written_at_schema_1_loads_through_the_migrations() {
        let wb = workbook(25);
        let mut s = store(MemKv::default());
        s.save(&wb, SaveMode::Quick, t(0)).unwrap();
        // Version 1 stored the same chunks without a complaints section.
        let mut m: Manifest = serde_json::from_str(&s.kv().map[&Key::Manifest.text()]).unwrap();
        m.schema = 1;
        m.chunks.retain(|c| c.section != "complaints");
        s.kv_mut().map.insert(Key::Manifest.text(), m.sealed().1);
        let mut s2 = store(s.kv().clone());
        let loaded = s2.load(t(1)).unwrap();
        assert!(loaded.problems.is_empty());
        assert_eq!(loaded.workbook, wb);
        // The next save writes the current schema.
        s2.save(&loaded.workbook, SaveMode::Verify, t(2)).unwrap();
        let m: Manifest = serde_json::from_str(&s2.kv().map[&Key::Manifest.text()]).unwrap();
        assert_eq!(m.schema, file::VERSION);
    }

    #[test]
    fn complaints_are_stored_in_their_own_chunks() {
        use crate::listen::complaints::Complaint;
        let mut wb = workbook(3);
        for i in 0..25 {
            let c = Complaint {
                nature: format!("broken item {i}"),
                ..Complaint::new(t(i))
            };
            wb.complaints.insert(c, t(i));
        }
        let mut s = store(MemKv::default());
        s.save(&wb, SaveMode::Quick, t(100)).unwrap();
        assert_eq!(
            s.kv()
                .map
                .keys()
                .filter(|k| k.contains("chunk/complaints/"))
                .count(),
            3
        );
        let loaded = store(s.kv().clone()).load(t(101)).unwrap();
        assert_eq!(loaded.workbook, wb);
    }

    #[test]
    fn every_collection_is_saved_and_loaded() {
        use crate::listen::inputs::{Operations, Period, Survey};
        use crate::listen::problems::Problem;
        let mut wb = workbook(2);
        wb.surveys.insert(
            Survey {
                title: "Focus group".into(),
                learned: "Opening hours".into(),
                ..Survey::new(t(0).date_naive())
            },
            t(1),
        );
        wb.operations.insert(
            Operations {
                period: Period::new(2026, 9).unwrap(),
                returns: Some(4),
                ..Operations::default()
            },
            t(2),
        );
        let p = wb.problems.insert(
            Problem {
                title: "Late deliveries".into(),
                ..Problem::default()
            },
            t(3),
        );
        wb.problems.trash(p, t(4));
        let mut s = store(MemKv::default());
        s.save(&wb, SaveMode::Quick, t(100)).unwrap();
        for section in ["surveys", "operations", "problems"] {
            assert!(
                s.kv()
                    .map
                    .keys()
                    .any(|k| k.contains(&format!("chunk/{section}/"))),
                "{section} has its chunk"
            );
        }
        let loaded = store(s.kv().clone()).load(t(101)).unwrap();
        assert_eq!(loaded.workbook, wb);
    }

    #[test]
    fn chunk_keys_round_trip() {
        let k = Key::Chunk {
            section: "self_tests".into(),
            index: 3,
            generation: 12,
            writer: "ab12".into(),
        };
        assert_eq!(k.text(), "servicebook/v1/chunk/self_tests/3/12-ab12");
        assert_eq!(Key::parse_chunk(&k.text()), Some(k));
        assert_eq!(Key::parse_chunk("servicebook/v1/manifest"), None);
    }

    #[test]
    fn device_settings_are_separate_from_the_workbook() {
        #[derive(Serialize, Deserialize, Default, PartialEq, Debug)]
        struct D {
            lang: String,
        }
        let mut s = store(MemKv::default());
        assert_eq!(s.device::<D>(), D::default());
        s.set_device(&D { lang: "tr".into() }).unwrap();
        assert_eq!(s.device::<D>().lang, "tr");
        assert!(s.load(t(0)).unwrap().workbook.is_empty());
        let _ = Duration::zero();
    }

    // ---- defects of issue 15, and fault injection ----------------------

    fn saved(wb: &Workbook) -> (MemKv, Store<MemKv>) {
        let mut s = store(MemKv::default());
        s.save(wb, SaveMode::Quick, t(100)).unwrap();
        (s.kv().clone(), s)
    }

    fn chunk_keys(kv: &MemKv) -> Vec<String> {
        kv.map
            .keys()
            .filter(|k| Key::parse_chunk(k).is_some())
            .cloned()
            .collect()
    }

    #[test]
    fn a_lost_manifest_is_rebuilt_and_nothing_is_swept() {
        let wb = workbook(35);
        let (mut kv, _) = saved(&wb);
        let chunks = chunk_keys(&kv);
        kv.map.remove(&Key::Manifest.text());
        let mut s = store(kv);
        let loaded = s.load(t(200)).unwrap();
        assert_eq!(
            loaded.problems,
            vec![Problem::Rebuilt {
                parts: 5,
                records: 35
            }]
        );
        assert_eq!(loaded.workbook, wb);
        // The chunks stay until a new manifest supersedes them.
        assert_eq!(chunk_keys(s.kv()), chunks);
        let mut edited = loaded.workbook.clone();
        let id = edited.self_tests.all()[0].id;
        edited
            .self_tests
            .update(id, t(300), |d| d.note = "after".into());
        s.save(&edited, SaveMode::Verify, t(300)).unwrap();
        let again = store(s.kv().clone()).load(t(400)).unwrap();
        assert!(again.problems.is_empty(), "{:?}", again.problems);
        assert_eq!(again.workbook, edited);
        assert_eq!(
            chunk_keys(s.kv()).len(),
            5,
            "the old copies were superseded"
        );
    }

    #[test]
    fn a_manifest_with_no_parts_is_damaged_and_the_parts_load() {
        let wb = workbook(12);
        let (mut kv, _) = saved(&wb);
        let mut m: Manifest = serde_json::from_str(&kv.map[&Key::Manifest.text()]).unwrap();
        m.chunks.clear();
        kv.map.insert(Key::Manifest.text(), m.sealed().1);
        let loaded = store(kv).load(t(200)).unwrap();
        assert!(matches!(
            loaded.problems[..],
            [Problem::Rebuilt { records: 12, .. }]
        ));
        assert_eq!(loaded.workbook, wb);
    }

    #[test]
    fn a_manifest_naming_a_missing_key_never_removes_the_real_chunk() {
        let wb = workbook(25);
        let (kv, _) = saved(&wb);
        let raw = kv.map[&Key::Manifest.text()].clone();
        let real = chunk_keys(&kv)
            .into_iter()
            .find(|k| k.contains("self_tests/1/"))
            .unwrap();
        let wrong = real.replace("/1/1-", "/1/7-");
        // Edited by hand (its check no longer holds), and edited with the
        // check recomputed: the real chunk is found by its hash either way.
        let mut m: Manifest = serde_json::from_str(&raw).unwrap();
        for c in &mut m.chunks {
            if c.key == real {
                c.key = wrong.clone();
            }
        }
        let hand = serde_json::to_string(&m).unwrap();
        for manifest in [hand, m.clone().sealed().1] {
            let mut kv = kv.clone();
            kv.map.insert(Key::Manifest.text(), manifest);
            let mut s = store(kv);
            let loaded = s.load(t(200)).unwrap();
            assert_eq!(loaded.workbook, wb);
            assert!(s.kv().map.contains_key(&real), "the real chunk stays");
            s.save(&loaded.workbook, SaveMode::Verify, t(300)).unwrap();
            let again = store(s.kv().clone()).load(t(400)).unwrap();
            assert!(again.problems.is_empty(), "{:?}", again.problems);
            assert_eq!(again.workbook, wb);
        }
    }

    #[test]
    fn a_deleted_chunk_is_reported_missing_not_kept_aside() {
        let wb = workbook(25);
        let (mut kv, _) = saved(&wb);
        let key = chunk_keys(&kv)
            .into_iter()
            .find(|k| k.contains("self_tests/1/"))
            .unwrap();
        kv.map.remove(&key);
        let mut s = store(kv);
        let loaded = s.load(t(200)).unwrap();
        assert_eq!(
            loaded.problems,
            vec![Problem::ChunkMissing {
                section: "self_tests".into(),
                records: 10
            }]
        );
        assert!(!loaded.problems.iter().any(Problem::kept_aside));
        assert!(s.recovery().is_empty());
        assert_eq!(loaded.workbook.self_tests.len(), 15);
    }

    #[test]
    fn every_one_character_change_to_a_chunk_is_detected() {
        let mut wb = workbook(8);
        wb.self_tests.update(wb.self_tests.all()[0].id, t(5), |d| {
            d.note = "Solution: call back".into()
        });
        let (kv, _) = saved(&wb);
        let mut tried = 0;
        for key in chunk_keys(&kv) {
            let raw: Vec<char> = kv.map[&key].chars().collect();
            for at in 0..raw.len() {
                for delta in [1u32, 7, 0x100] {
                    let mut damaged = raw.clone();
                    let c = damaged[at];
                    let Some(other) = char::from_u32(c as u32 ^ delta).filter(|&o| o != '\n')
                    else {
                        continue;
                    };
                    damaged[at] = other;
                    let mut kv = kv.clone();
                    kv.map.insert(key.clone(), damaged.into_iter().collect());
                    let loaded = store(kv).load(t(200)).unwrap();
                    tried += 1;
                    assert!(
                        !loaded.problems.is_empty() || loaded.workbook == wb,
                        "a change at {at} of {key} loaded silently"
                    );
                }
            }
        }
        assert!(tried > 500, "{tried}");
        println!("one-character changes tried: {tried}, every one detected");
    }

    #[test]
    fn the_recovery_file_imports_and_gives_the_intact_records_back() {
        let wb = workbook(25);
        let (mut kv, _) = saved(&wb);
        let key = chunk_keys(&kv)
            .into_iter()
            .find(|k| k.contains("self_tests/1/"))
            .unwrap();
        // Damage the header only: the body still decodes.
        let raw = kv.map[&key].clone();
        kv.map.insert(
            key.clone(),
            raw.replacen("\"records\":10", "\"records\":11", 1),
        );
        let mut s = store(kv);
        let loaded = s.load(t(200)).unwrap();
        assert!(matches!(
            loaded.problems[..],
            [Problem::ChunkUnreadable { records: 10, .. }]
        ));
        assert_eq!(loaded.workbook.self_tests.len(), 15);
        let (_, back) = file::import(&s.recovery_bundle(t(300))).expect("a Servicebook file");
        assert_eq!(back.self_tests.len(), 10);
        let mut merged = loaded.workbook.clone();
        merged.merge_from(&back);
        assert_eq!(merged, wb, "everything is back after a merge");
        // What cannot be decoded travels raw, and the file still imports.
        s.kv_mut().map.insert(key.clone(), "garbage".into());
        let bundle = s.recovery_bundle(t(301));
        assert!(bundle.contains("\"unreadable\"") && bundle.contains("garbage"));
        assert!(file::import(&bundle).is_ok());
    }

    #[test]
    fn a_manifest_damaged_by_one_character_loses_nothing() {
        let wb = workbook(25);
        let (kv, _) = saved(&wb);
        let raw = kv.map[&Key::Manifest.text()].clone();
        let mut tried = 0;
        for (at, c) in raw.char_indices() {
            let other = if c == '1' { '2' } else { '1' };
            let mut damaged = raw.clone();
            damaged.replace_range(at..at + c.len_utf8(), &other.to_string());
            let mut kv = kv.clone();
            kv.map.insert(Key::Manifest.text(), damaged);
            let mut s = store(kv);
            let loaded = s.load(t(200)).unwrap();
            tried += 1;
            assert!(
                !loaded.problems.is_empty(),
                "change at {at} went unnoticed: {}",
                &raw[at.saturating_sub(30)..(at + 10).min(raw.len())]
            );
            assert_eq!(loaded.workbook, wb, "change at {at}");
        }
        println!("one-character manifest changes tried: {tried}");
    }

    /// A [`Kv`] shared by several stores (tabs), which can crash at any
    /// operation (every later operation fails, as in a closed tab) or run
    /// another tab's work in between two operations.
    #[derive(Clone, Default)]
    struct FaultKv(std::rc::Rc<std::cell::RefCell<Faults>>);

    #[derive(Default)]
    struct Faults {
        kv: MemKv,
        ops: usize,
        crash_at: Option<usize>,
        between: Option<(usize, Box<dyn FnOnce()>)>,
    }

    impl FaultKv {
        fn step(&self) -> Result<(), KvError> {
            let hook = {
                let mut f = self.0.borrow_mut();
                f.ops += 1;
                if f.crash_at.is_some_and(|c| f.ops > c) {
                    return Err(KvError::Unavailable("crashed".into()));
                }
                match f.between.take() {
                    Some((at, hook)) if at == f.ops => Some(hook),
                    other => {
                        f.between = other;
                        None
                    }
                }
            };
            if let Some(hook) = hook {
                hook();
            }
            Ok(())
        }
    }

    impl Kv for FaultKv {
        fn get(&self, key: &str) -> Result<Option<String>, KvError> {
            self.step()?;
            self.0.borrow().kv.get(key)
        }
        fn set(&mut self, key: &str, value: &str) -> Result<(), KvError> {
            self.step()?;
            self.0.borrow_mut().kv.set(key, value)
        }
        fn remove(&mut self, key: &str) -> Result<(), KvError> {
            self.step()?;
            self.0.borrow_mut().kv.remove(key)
        }
        fn keys(&self) -> Result<Vec<String>, KvError> {
            self.step()?;
            self.0.borrow().kv.keys()
        }
    }

    /// splitmix64: a small deterministic generator for the cases.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
            let mut z = self.0;
            z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
            z ^ (z >> 31)
        }
        fn below(&mut self, n: usize) -> usize {
            (self.next() % n.max(1) as u64) as usize
        }
    }

    fn random_workbook(rng: &mut Rng, base: i64) -> Workbook {
        use crate::listen::complaints::Complaint;
        let mut wb = Workbook::default();
        wb.profile.data.business_name = format!("Shop {}", rng.below(1000));
        for i in 0..rng.below(30) {
            let st = SelfTest {
                note: format!("note {} {}", i, rng.next()),
                ..SelfTest::default()
            };
            wb.self_tests.insert(st, t(base + i as i64));
        }
        for i in 0..rng.below(25) {
            let c = Complaint {
                nature: format!("late {}", rng.next()),
                ..Complaint::new(t(base + i as i64))
            };
            wb.complaints.insert(c, t(base + i as i64));
        }
        wb
    }

    fn edit_randomly(rng: &mut Rng, wb: &mut Workbook, at: i64) {
        for _ in 0..1 + rng.below(4) {
            match rng.below(4) {
                0 => {
                    wb.self_tests.insert(
                        SelfTest {
                            note: format!("new {}", rng.next()),
                            ..SelfTest::default()
                        },
                        t(at),
                    );
                }
                1 if !wb.self_tests.is_empty() => {
                    let id = wb.self_tests.all()[rng.below(wb.self_tests.len())].id;
                    let note = format!("edited {}", rng.next());
                    wb.self_tests.update(id, t(at), |d| d.note = note);
                }
                2 if !wb.complaints.is_empty() => {
                    let id = wb.complaints.all()[rng.below(wb.complaints.len())].id;
                    wb.complaints.trash(id, t(at));
                }
                _ => wb.profile.set(
                    crate::book::workbook::Profile {
                        business_name: format!("Renamed {}", rng.next()),
                        ..wb.profile.data.clone()
                    },
                    t(at),
                ),
            }
        }
    }

    /// Each record of a workbook as JSON, by collection and id; the single
    /// values under "core".
    fn records_of(wb: &Workbook) -> BTreeMap<(String, String), String> {
        let value = serde_json::to_value(wb).unwrap();
        let mut out = BTreeMap::new();
        for (name, v) in value.as_object().unwrap() {
            match v.as_array() {
                Some(items) => {
                    for r in items {
                        out.insert((name.clone(), r["id"].to_string()), r.to_string());
                    }
                }
                None => {
                    out.insert(("core".into(), name.clone()), v.to_string());
                }
            }
        }
        out
    }

    /// The record keys each stored chunk holds, from a committed manifest.
    fn holdings(kv: &MemKv) -> BTreeMap<String, Vec<(String, String)>> {
        let m: Manifest = serde_json::from_str(&kv.map[&Key::Manifest.text()]).unwrap();
        let mut out = BTreeMap::new();
        for c in &m.chunks {
            let read = read_chunk(&kv.map[&c.key]).unwrap();
            let mut wb = Workbook::default();
            absorb(&mut wb, &c.section, &read.json).unwrap();
            let held = records_of(&wb)
                .into_keys()
                .filter(|(name, _)| (name == "core") == (c.section == "core"))
                .filter(|(name, _)| name == "core" || *name == c.section)
                .collect();
            out.insert(c.key.clone(), held);
        }
        out
    }

    /// Every record of `saved` is in `got`, in the same or a newer version
    /// (newer: a save that was cut short after writing chunks is merged).
    fn assert_covers(got: &Workbook, saved: &Workbook, case: &str) {
        let have = records_of(got);
        for (k, json) in records_of(saved) {
            if k.0 == "core" {
                continue;
            }
            let Some(other) = have.get(&k) else {
                panic!("{case}: success with {k:?} missing");
            };
            let stamp = |j: &str| {
                serde_json::from_str::<serde_json::Value>(j).unwrap()["updated"].to_string()
            };
            assert!(
                *other == json || stamp(other) > stamp(&json),
                "{case}: {k:?} loaded in an older or other version"
            );
        }
        assert!(
            got.profile.updated >= saved.profile.updated,
            "{case}: profile"
        );
    }

    #[derive(Default, Debug)]
    struct Tally {
        cases: usize,
        removed: usize,
        truncated: usize,
        flipped: usize,
        swapped: usize,
        cut_saves: usize,
        reported: usize,
    }

    /// Loads what is stored with a fresh tab and checks the promises:
    /// no success while records are missing, and every record of `saved`
    /// that lay outside `damaged` keys is loaded or offered for recovery.
    /// Then saves and loads again, to check the save removed nothing that
    /// was still needed.
    fn check_promises(
        kv: MemKv,
        saved: &Workbook,
        held: &BTreeMap<String, Vec<(String, String)>>,
        damaged: &HashSet<String>,
        tally: &mut Tally,
        case: &str,
    ) {
        let want = records_of(saved);
        let intact: Vec<&(String, String)> = held
            .iter()
            .filter(|(k, _)| !damaged.contains(*k))
            .flat_map(|(_, ids)| ids)
            .collect();
        let mut s = store(kv);
        let loaded = s.load(t(900)).unwrap();
        if loaded.problems.is_empty() {
            assert_covers(&loaded.workbook, saved, case);
        } else {
            tally.reported += 1;
        }
        let mut offered = records_of(&loaded.workbook);
        if let Ok((_, back)) = file::import(&s.recovery_bundle(t(901))) {
            offered.extend(records_of(&back));
        }
        for k in &intact {
            if k.0 == "core" {
                continue; // single values: checked through `saved` below
            }
            assert!(offered.contains_key(*k), "{case}: lost {k:?} after load");
            let _ = &want[*k];
        }
        // The next save, then a load: still everything.
        if s.save(&loaded.workbook, SaveMode::Verify, t(950)).is_ok() {
            let mut s2 = store(s.kv().clone());
            let again = s2.load(t(960)).unwrap();
            let mut offered = records_of(&again.workbook);
            if let Ok((_, back)) = file::import(&s2.recovery_bundle(t(961))) {
                offered.extend(records_of(&back));
            }
            for k in &intact {
                if k.0 != "core" {
                    assert!(
                        offered.contains_key(*k),
                        "{case}: lost {k:?} after the next save"
                    );
                }
            }
        }
    }

    #[test]
    fn fault_injection_never_loses_or_hides_saved_records() {
        // SERVICEBOOK_FAULT_CASES=20000 for a long run; the suite runs 400.
        let cases: u64 = std::env::var("SERVICEBOOK_FAULT_CASES")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(400);
        let mut tally = Tally::default();
        for seed in 0..cases {
            let mut rng = Rng(seed);
            let wb1 = random_workbook(&mut rng, 0);
            let mut s = store(MemKv::default()).with_chunk_records(4);
            s.save(&wb1, SaveMode::Quick, t(100)).unwrap();
            let mut wb2 = wb1.clone();
            edit_randomly(&mut rng, &mut wb2, 200);
            // A second save, cut short at a random step in half the cases.
            let shared = FaultKv::default();
            shared.0.borrow_mut().kv = s.kv().clone();
            let mut a = Store::new(shared.clone(), "tabA", "test").with_chunk_records(4);
            a.load(t(150)).unwrap();
            let cut = rng.below(2) == 0;
            if cut {
                let ops = shared.0.borrow().ops;
                shared.0.borrow_mut().crash_at = Some(ops + rng.below(12));
                tally.cut_saves += 1;
            }
            let before = shared.0.borrow().kv.map.get(&Key::Manifest.text()).cloned();
            let _ = a.save(&wb2, SaveMode::Quick, t(200));
            let after = shared.0.borrow().kv.map.get(&Key::Manifest.text()).cloned();
            // Committed when the manifest was written, whatever followed.
            let committed = if after != before {
                wb2.clone()
            } else {
                wb1.clone()
            };
            let mut kv = shared.0.borrow().kv.clone();
            let held = holdings(&kv);
            // Then random damage to any key, the manifest included.
            let keys: Vec<String> = kv.map.keys().cloned().collect();
            let mut damaged = HashSet::new();
            for _ in 0..rng.below(3) {
                let key = keys[rng.below(keys.len())].clone();
                let Some(value) = kv.map.get(&key).cloned() else {
                    continue;
                };
                match rng.below(4) {
                    0 => {
                        kv.map.remove(&key);
                        tally.removed += 1;
                    }
                    1 => {
                        let chars: Vec<char> = value.chars().collect();
                        let at = rng.below(chars.len());
                        kv.map.insert(key.clone(), chars[..at].iter().collect());
                        tally.truncated += 1;
                    }
                    2 => {
                        let mut chars: Vec<char> = value.chars().collect();
                        if chars.is_empty() {
                            continue;
                        }
                        let at = rng.below(chars.len());
                        let c = chars[at] as u32;
                        chars[at] = char::from_u32(c ^ (1 << rng.below(8))).unwrap_or('x');
                        kv.map.insert(key.clone(), chars.into_iter().collect());
                        tally.flipped += 1;
                    }
                    _ => {
                        let other = keys[rng.below(keys.len())].clone();
                        let Some(v2) = kv.map.get(&other).cloned() else {
                            continue;
                        };
                        kv.map.insert(key.clone(), v2);
                        kv.map.insert(other.clone(), value);
                        damaged.insert(other);
                        tally.swapped += 1;
                    }
                }
                damaged.insert(key);
            }
            tally.cases += 1;
            check_promises(
                kv,
                &committed,
                &held,
                &damaged,
                &mut tally,
                &format!("seed {seed}"),
            );
        }
        println!("fault injection: {tally:?}");
        assert!(tally.reported > cases as usize / 4 && tally.cases == cases as usize);
    }

    #[test]
    fn two_writers_interleaved_at_every_step_converge() {
        let mut cases = 0;
        for seed in 0..200u64 {
            let mut rng = Rng(1000 + seed);
            let wb0 = random_workbook(&mut rng, 0);
            let shared = FaultKv::default();
            let mut first = Store::new(shared.clone(), "tab0", "test").with_chunk_records(4);
            first.save(&wb0, SaveMode::Quick, t(100)).unwrap();
            let mut wa = wb0.clone();
            edit_randomly(&mut rng, &mut wa, 200);
            let mut wb_b = wb0.clone();
            edit_randomly(&mut rng, &mut wb_b, 210);
            let mut a = Store::new(shared.clone(), "tabA", "test").with_chunk_records(4);
            let mut b = Store::new(shared.clone(), "tabB", "test").with_chunk_records(4);
            a.load(t(150)).unwrap();
            b.load(t(150)).unwrap();
            // B's whole save runs between two of A's storage operations.
            let start = shared.0.borrow().ops;
            let at = start + 1 + rng.below(16);
            let b_saved = std::rc::Rc::new(std::cell::RefCell::new(None));
            {
                let b_saved = b_saved.clone();
                let wb_b = wb_b.clone();
                let mut b = b;
                shared.0.borrow_mut().between = Some((
                    at,
                    Box::new(move || {
                        let r = save_merging(&mut b, wb_b);
                        *b_saved.borrow_mut() = Some(r);
                    }),
                ));
            }
            let a_final = save_merging(&mut a, wa.clone());
            let b_final = b_saved.borrow_mut().take().flatten();
            // Each open tab hears the other's save (the storage event):
            // it merges it and saves when it holds something more.
            let mut b = Store::new(shared.clone(), "tabB2", "test").with_chunk_records(4);
            let mut b_wb = b_final.clone().unwrap_or(wb_b.clone());
            let mut a_wb = a_final.clone().unwrap_or(wa.clone());
            for _ in 0..3 {
                for (s, wb) in [(&mut a, &mut a_wb), (&mut b, &mut b_wb)] {
                    if s.changed_elsewhere() {
                        let theirs = s.load(t(400)).unwrap().workbook;
                        wb.merge_from(&theirs);
                        if *wb != theirs {
                            *wb = save_merging(s, wb.clone()).unwrap();
                        }
                    }
                }
            }
            let kv = shared.0.borrow().kv.clone();
            let loaded = store(kv).load(t(900)).unwrap();
            assert!(
                loaded.problems.is_empty(),
                "seed {seed}: {:?}",
                loaded.problems
            );
            let got = records_of(&loaded.workbook);
            for fin in [a_final, b_final].into_iter().flatten() {
                for (k, _) in records_of(&fin) {
                    if k.0 != "core" {
                        assert!(got.contains_key(&k), "seed {seed}: {k:?} lost");
                    }
                }
                for r in fin.self_tests.all() {
                    let l = loaded.workbook.self_tests.get(r.id).unwrap();
                    assert!(l.updated >= r.updated, "seed {seed}: an older version won");
                }
            }
            cases += 1;
        }
        println!("two writers interleaved: {cases} cases");
    }

    #[test]
    fn a_purge_stays_purged_across_tabs_and_reloads() {
        // Session X saves; session Y (a reload: a new writer) trashes one
        // record and saves; session Z empties the trash and saves. X's and
        // Y's chunks the later manifests no longer name must not bring the
        // purged record back, to a fresh load or after more saves.
        let mut wb = workbook(12);
        let mut x = Store::new(MemKv::default(), "tabX", "test").with_chunk_records(4);
        x.save(&wb, SaveMode::Quick, t(100)).unwrap();
        let mut y = Store::new(x.kv().clone(), "tabY", "test").with_chunk_records(4);
        y.load(t(110)).unwrap();
        let id = wb.self_tests.all()[0].id;
        wb.self_tests.trash(id, t(120));
        y.save(&wb, SaveMode::Quick, t(120)).unwrap();
        let mut z = Store::new(y.kv().clone(), "tabZ", "test").with_chunk_records(4);
        assert_eq!(z.load(t(130)).unwrap().workbook, wb);
        assert_eq!(wb.purge_trash(), 1);
        z.save(&wb, SaveMode::Quick, t(140)).unwrap();
        for round in 0..3 {
            let mut fresh = Store::new(z.kv().clone(), "tabW", "test").with_chunk_records(4);
            let loaded = fresh.load(t(150 + round)).unwrap();
            assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
            assert!(loaded.workbook.trashed().is_empty(), "round {round}");
            assert_eq!(loaded.unfinished, 0, "round {round}");
            wb.profile.set(wb.profile.data.clone(), t(160 + round));
            z.save(&wb, SaveMode::Quick, t(160 + round)).unwrap();
        }
    }

    #[test]
    fn a_replace_or_a_cleared_workbook_stays_so_after_a_reload() {
        // Session X saves; session Y (a reload: a new writer) replaces the
        // workbook by an import, or clears it (the example cleared): X's
        // chunks, which Y's manifest no longer names, are not another
        // tab's save, and a fresh load must not merge them back. (The e2e
        // suite caught it: "Clear the example" came back after a reload.)
        for cleared in [true, false] {
            let old = workbook(12);
            let mut x = Store::new(MemKv::default(), "tabX", "test").with_chunk_records(4);
            x.save(&old, SaveMode::Verify, t(100)).unwrap();
            let mut y = Store::new(x.kv().clone(), "tabY", "test").with_chunk_records(4);
            assert_eq!(y.load(t(110)).unwrap().workbook, old);
            let new = if cleared {
                Workbook::default()
            } else {
                let mut other = Workbook::default();
                other.profile.set(
                    crate::book::workbook::Profile {
                        business_name: "Ferramenta Bianchi".into(),
                        ..Default::default()
                    },
                    t(120),
                );
                other
            };
            y.save(&new, SaveMode::Verify, t(120)).unwrap();
            for round in 0..3 {
                let mut fresh = Store::new(y.kv().clone(), &format!("tabZ{round}"), "test")
                    .with_chunk_records(4);
                let loaded = fresh.load(t(130 + round)).unwrap();
                assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
                assert_eq!(loaded.unfinished, 0, "cleared {cleared}, round {round}");
                assert_eq!(loaded.workbook, new, "cleared {cleared}, round {round}");
                fresh.save(&new, SaveMode::Verify, t(140 + round)).unwrap();
            }
        }
    }

    /// Two tabs' views of localStorage, as Chromium gives them: each tab
    /// reads and writes its own copy at once; each write or removal is
    /// queued and reaches the browser's store (the truth) and the other
    /// tab's copy later, in the order it was made, at random points (any
    /// storage operation of either tab). The other tab's change does not
    /// overwrite a key this tab has itself changed and not yet sent.
    #[derive(Clone)]
    struct LaggyKv {
        net: std::rc::Rc<std::cell::RefCell<Net>>,
        me: usize,
    }

    type Op = (String, Option<String>);

    struct Net {
        views: [BTreeMap<String, String>; 2],
        truth: BTreeMap<String, String>,
        /// Ops each tab made that have not arrived yet.
        queued: [std::collections::VecDeque<Op>; 2],
        rng: Rng,
    }

    impl Net {
        fn new(start: &MemKv, seed: u64) -> Self {
            Net {
                views: [start.map.clone(), start.map.clone()],
                truth: start.map.clone(),
                queued: Default::default(),
                rng: Rng(seed),
            }
        }

        /// Delivers the oldest op `from` made; false when there is none.
        fn deliver(&mut self, from: usize) -> bool {
            let Some((key, value)) = self.queued[from].pop_front() else {
                return false;
            };
            let to = 1 - from;
            let shadowed = self.queued[to].iter().any(|(k, _)| *k == key);
            for (map, apply) in [(&mut self.truth, true), (&mut self.views[to], !shadowed)] {
                if apply {
                    match &value {
                        Some(v) => map.insert(key.clone(), v.clone()),
                        None => map.remove(&key),
                    };
                }
            }
            true
        }

        fn deliver_all(&mut self) {
            while self.deliver(0) | self.deliver(1) {}
        }

        /// Between any two storage operations: maybe some deliveries.
        fn jitter(&mut self) {
            while self.rng.below(3) == 0 {
                let from = self.rng.below(2);
                self.deliver(from);
            }
        }
    }

    impl LaggyKv {
        fn write(&mut self, key: &str, value: Option<&str>) {
            let mut net = self.net.borrow_mut();
            net.jitter();
            match value {
                Some(v) => net.views[self.me].insert(key.into(), v.into()),
                None => net.views[self.me].remove(key),
            };
            net.queued[self.me].push_back((key.into(), value.map(str::to_string)));
        }
    }

    impl Kv for LaggyKv {
        fn get(&self, key: &str) -> Result<Option<String>, KvError> {
            let mut net = self.net.borrow_mut();
            net.jitter();
            Ok(net.views[self.me].get(key).cloned())
        }
        fn set(&mut self, key: &str, value: &str) -> Result<(), KvError> {
            self.write(key, Some(value));
            Ok(())
        }
        fn remove(&mut self, key: &str) -> Result<(), KvError> {
            self.write(key, None);
            Ok(())
        }
        fn keys(&self) -> Result<Vec<String>, KvError> {
            let mut net = self.net.borrow_mut();
            net.jitter();
            Ok(net.views[self.me].keys().cloned().collect())
        }
    }

    /// One tab of the laggy model, doing what `app::state` does.
    struct Tab {
        store: Store<LaggyKv>,
        wb: Workbook,
        open: bool,
        /// Every workbook a save of this tab returned Ok for.
        believed: Vec<Workbook>,
        /// Load problems seen (none may be, as nothing is damaged).
        problems: Vec<Problem>,
    }

    impl Tab {
        /// `absorb_other_tab`: load, merge into the workbook in memory;
        /// true when this tab holds something the stored one lacks.
        fn absorb(&mut self, at: i64) -> bool {
            let loaded = self.store.load(t(at)).unwrap();
            self.problems.extend(loaded.problems);
            self.wb.merge_from(&loaded.workbook);
            self.wb != loaded.workbook || loaded.unfinished > 0
        }

        /// `save_now`: save; on a conflict absorb, then save once more.
        fn save(&mut self, at: i64) -> bool {
            let ok = match self.store.save(&self.wb, SaveMode::Verify, t(at)) {
                Ok(_) => true,
                Err(SaveError::Conflict) => {
                    self.absorb(at);
                    self.store.save(&self.wb, SaveMode::Verify, t(at)).is_ok()
                }
                Err(_) => false,
            };
            if ok {
                self.believed.push(self.wb.clone());
            }
            ok
        }

        /// The `storage` event: absorb when the manifest changed, and save
        /// when this tab holds more.
        fn hear(&mut self, at: i64) {
            if self.store.changed_elsewhere() && self.absorb(at) {
                self.save(at);
            }
        }
    }

    #[test]
    fn laggy_two_writers_lose_no_saved_edit() {
        // SERVICEBOOK_FAULT_CASES=2000 for a long run; the suite runs 200
        // (about 8 s of CPU in a debug build). Known open at 2000: seed 206
        // (a lagged chunk two generations behind is swept unmerged, the
        // price of keeping purges purged) and seed 759 (a manifest arriving
        // after the other tab swept a chunk it had taken in: no loss, but
        // the load reports ChunkFromEarlier).
        let cases: u64 = std::env::var("SERVICEBOOK_FAULT_CASES")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(200);
        let mut failures = Vec::new();
        let mut closed = 0;
        for seed in 0..cases {
            let mut rng = Rng(5000 + seed);
            let wb0 = random_workbook(&mut rng, 0);
            let mut first = Store::new(MemKv::default(), "tab0", "test").with_chunk_records(4);
            first.save(&wb0, SaveMode::Quick, t(100)).unwrap();
            let net = std::rc::Rc::new(std::cell::RefCell::new(Net::new(first.kv(), seed)));
            let mut tabs: Vec<Tab> = ["tabA", "tabB"]
                .iter()
                .enumerate()
                .map(|(me, name)| {
                    let kv = LaggyKv {
                        net: net.clone(),
                        me,
                    };
                    let mut store = Store::new(kv, name, "test").with_chunk_records(4);
                    let wb = store.load(t(150)).unwrap().workbook;
                    Tab {
                        store,
                        wb,
                        open: true,
                        believed: Vec::new(),
                        problems: Vec::new(),
                    }
                })
                .collect();
            // In half the cases tab B closes right after a save returns Ok.
            let b_closes = rng.below(2) == 0;
            let mut at = 200;
            for _ in 0..4 + rng.below(10) {
                at += 10;
                let who = rng.below(2);
                if !tabs[who].open {
                    continue;
                }
                let tab = &mut tabs[who];
                if rng.below(3) == 0 {
                    tab.hear(at);
                } else {
                    edit_randomly(&mut rng, &mut tab.wb, at);
                    if tab.save(at) && who == 1 && b_closes && rng.below(2) == 0 {
                        tab.open = false;
                        closed += 1;
                    }
                }
            }
            // Everything arrives; each open tab hears the other's saves, then
            // makes a last absorb and save as the app would on any change.
            for _ in 0..4 {
                for tab in tabs.iter_mut().filter(|t| t.open) {
                    net.borrow_mut().deliver_all();
                    at += 10;
                    tab.hear(at);
                }
            }
            for tab in tabs.iter_mut().filter(|t| t.open) {
                net.borrow_mut().deliver_all();
                at += 10;
                if tab.absorb(at) {
                    tab.save(at);
                }
            }
            for _ in 0..2 {
                for tab in tabs.iter_mut().filter(|t| t.open) {
                    net.borrow_mut().deliver_all();
                    at += 10;
                    tab.hear(at);
                }
            }
            // Storage does not fill: after two more saves by tab A, every
            // chunk left is named by the last manifest or the one before.
            let named = |net: &Net| -> HashSet<String> {
                let m: Manifest = serde_json::from_str(&net.truth[&Key::Manifest.text()]).unwrap();
                m.chunks.into_iter().map(|c| c.key).collect()
            };
            let mut previous = HashSet::new();
            for _ in 0..2 {
                net.borrow_mut().deliver_all();
                previous = named(&net.borrow());
                at += 10;
                let a = &mut tabs[0];
                edit_randomly(&mut rng, &mut a.wb, at);
                a.save(at);
            }
            net.borrow_mut().deliver_all();
            let mut left: Vec<String> = net
                .borrow()
                .truth
                .keys()
                .filter(|k| Key::parse_chunk(k).is_some())
                .cloned()
                .collect();
            let last = named(&net.borrow());
            left.retain(|k| !last.contains(k) && !previous.contains(k));
            let truth = MemKv {
                map: net.borrow().truth.clone(),
                ..MemKv::default()
            };
            let loaded = store(truth).load(t(9000)).unwrap();
            let case = format!("seed {seed}");
            let mut problems: Vec<Problem> = loaded.problems.clone();
            for tab in &tabs {
                problems.extend(tab.problems.iter().cloned());
            }
            let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                assert!(problems.is_empty(), "{case}: load problems {problems:?}");
                assert!(left.is_empty(), "{case}: chunks left behind {left:?}");
                for tab in &tabs {
                    for saved in &tab.believed {
                        assert_covers(&loaded.workbook, saved, &case);
                    }
                }
            }));
            if let Err(e) = outcome {
                let text = e
                    .downcast_ref::<String>()
                    .cloned()
                    .unwrap_or_else(|| "panic".into());
                failures.push(text);
            }
        }
        println!("laggy two writers: {cases} cases, tab B closed in {closed}");
        assert!(
            failures.is_empty(),
            "{} of {cases} cases failed; first: {}",
            failures.len(),
            failures[0]
        );
    }

    /// What the app does: save; on a conflict load the other tab's
    /// workbook, merge, save again. Returns the workbook saved.
    fn save_merging<K: Kv>(s: &mut Store<K>, mut wb: Workbook) -> Option<Workbook> {
        for _ in 0..4 {
            match s.save(&wb, SaveMode::Verify, t(300)) {
                Ok(_) => return Some(wb),
                Err(SaveError::Conflict) => {
                    let theirs = s.load(t(301)).ok()?.workbook;
                    wb.merge_from(&theirs);
                }
                Err(_) => return None,
            }
        }
        None
    }
}
