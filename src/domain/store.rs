//! The workbook's storage: compressed chunks under typed keys, written
//! copy-on-write so that a full quota or a closed tab never leaves the saved
//! workbook unreadable.
//!
//! Layout (every key starts with [`PREFIX`]):
//! - `manifest`: plain JSON naming the generation, the schema, and each chunk.
//! - `chunk/<section>/<index>/<generation>-<writer>`: one chunk, deflated and
//!   packed 15 bits a character ([`super::codec`]). The small single values
//!   form the `core` section; each collection is cut into chunks of
//!   [`CHUNK_RECORDS`] records in canonical order.
//! - `recovery`: the list of keys kept aside because they could not be read;
//!   `recovery/<name>`: copies of unreadable manifests.
//! - `device`: this browser's own settings (language, last export).
//!
//! A save writes only chunks whose fingerprint changed, under new keys; then
//! the manifest; then removes the keys the old manifest named and the new one
//! does not. Any failure before the manifest is written removes what this
//! save wrote and leaves the previous manifest and all it names intact.
//!
//! The storage backend is the [`Kv`] trait: localStorage in the browser, a
//! map with a quota in tests.

use super::codec::{self, utf16_len, Fnv};
use super::file::{self, FileError};
use super::record::{Collection, Record};
use super::workbook::{Core, Part, Visit, Workbook};
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
pub struct ChunkRef {
    pub section: String,
    pub index: u32,
    pub key: String,
    pub records: u32,
    /// Fingerprint of the records' ids and stamps (cheap to compute).
    pub fp: String,
    /// Fingerprint of the chunk's JSON (exact; used after a merge).
    pub hash: String,
    /// Stored length in UTF-16 units.
    pub chars: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    pub generation: u64,
    pub schema: u64,
    /// Only shown ("saved at …"): out of range, it is brought into range
    /// rather than refused, which would set the whole workbook aside.
    #[serde(deserialize_with = "super::bounds::clamped_stamp")]
    pub saved_at: DateTime<Utc>,
    pub app_version: String,
    pub writer: String,
    pub chunks: Vec<ChunkRef>,
}

/// One key kept aside because it could not be read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RecoveryEntry {
    pub key: String,
    /// What it held: a section name, or "manifest".
    pub what: String,
    pub reason: String,
    #[serde(deserialize_with = "super::bounds::clamped_stamp")]
    pub at: DateTime<Utc>,
}

/// What a load could not read; the rest of the workbook loaded.
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    /// The manifest is not readable; its text is kept under `kept`.
    ManifestUnreadable { kept: String },
    /// Saved by a newer Servicebook; kept aside untouched.
    NewerVersion { found: u64 },
    /// One chunk could not be read; kept under its key.
    ChunkUnreadable {
        section: String,
        records: u32,
        reason: String,
    },
    /// The kept copy could not be written: nothing will be saved, so that
    /// nothing is overwritten.
    CannotKeep,
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
            index: index as u32,
            records: slice.len() as u32,
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

/// One version of each id: the newer wins, as in a merge.
/// Characters a saved workbook occupies as localStorage counts them: every
/// chunk and the manifest, keys included.
fn stored_chars(manifest: &Manifest, manifest_json: &str) -> usize {
    manifest
        .chunks
        .iter()
        .map(|c| c.chars as usize + utf16_len(&c.key))
        .sum::<usize>()
        + utf16_len(&Key::Manifest.text())
        + utf16_len(manifest_json)
}

fn hex(v: u64) -> String {
    format!("{v:016x}")
}

// ---- the store --------------------------------------------------------

pub struct Store<K: Kv> {
    kv: K,
    /// The manifest this tab last loaded or saved: saving over any other is
    /// a conflict.
    base: Option<Manifest>,
    writer: String,
    app_version: String,
    read_only: bool,
    chunk_records: usize,
}

impl<K: Kv> Store<K> {
    /// `writer` names this tab (random), so two tabs never write one key.
    pub fn new(kv: K, writer: &str, app_version: &str) -> Self {
        Store {
            kv,
            base: None,
            writer: writer.to_string(),
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
        let stored = match self.read_manifest_raw() {
            Ok(Some(raw)) => serde_json::from_str::<Manifest>(&raw)
                .ok()
                .map(|m| (m.generation, m.writer)),
            Ok(None) => None,
            Err(_) => return false,
        };
        stored != self.base.as_ref().map(|m| (m.generation, m.writer.clone()))
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

    /// Everything kept aside, as one JSON document to download.
    pub fn recovery_bundle(&self) -> String {
        let mut entries = serde_json::Map::new();
        for e in self.recovery() {
            if let Ok(Some(raw)) = self.kv.get(&e.key) {
                entries.insert(e.key.clone(), serde_json::Value::String(raw));
            }
        }
        serde_json::to_string_pretty(&serde_json::json!({
            "format": "servicebook-recovery",
            "note": "Storage Servicebook could not read. Chunks are deflated and packed 15 bits a character.",
            "entries": entries,
        }))
        .expect("bundle serialises")
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

    /// Loads the saved workbook. Whatever cannot be read is kept aside and
    /// reported; the rest loads.
    pub fn load(&mut self, now: DateTime<Utc>) -> Result<Loaded, KvError> {
        let mut problems = Vec::new();
        let Some(raw) = self.read_manifest_raw()? else {
            self.base = None;
            return Ok(Loaded {
                workbook: Workbook::default(),
                problems,
                saved_at: None,
            });
        };
        let manifest = match serde_json::from_str::<Manifest>(&raw) {
            Ok(m) if m.schema <= file::VERSION => m,
            parsed => {
                let newer = parsed.as_ref().ok().map(|m| m.schema);
                let name = format!("manifest-{}", now.timestamp_millis());
                let kept = Key::RecoveryCopy(name).text();
                let reason = match newer {
                    Some(v) => format!("schema {v} is newer than {}", file::VERSION),
                    None => "manifest is not readable".to_string(),
                };
                let mut entries = vec![RecoveryEntry {
                    key: kept.clone(),
                    what: "manifest".into(),
                    reason: reason.clone(),
                    at: now,
                }];
                for key in self.kv.keys()? {
                    if Key::parse_chunk(&key).is_some() {
                        entries.push(RecoveryEntry {
                            key,
                            what: "chunk".into(),
                            reason: reason.clone(),
                            at: now,
                        });
                    }
                }
                let kept_ok = self.kv.set(&kept, &raw).is_ok() && self.keep_aside(entries).is_ok();
                if kept_ok {
                    self.kv.remove(&Key::Manifest.text())?;
                    self.base = None;
                } else {
                    self.read_only = true;
                    problems.push(Problem::CannotKeep);
                }
                problems.push(match newer {
                    Some(found) => Problem::NewerVersion { found },
                    None => Problem::ManifestUnreadable { kept },
                });
                return Ok(Loaded {
                    workbook: Workbook::default(),
                    problems,
                    saved_at: None,
                });
            }
        };

        let mut workbook = Workbook::default();
        let mut old_parts = Vec::new();
        let mut aside = Vec::new();
        for c in &manifest.chunks {
            let text = self.kv.get(&c.key)?;
            let json = match text {
                None => Err("missing".to_string()),
                Some(t) => codec::decode(&t).map_err(|e| format!("{e:?}")),
            };
            let outcome = json.and_then(|json| {
                if manifest.schema < file::VERSION {
                    old_parts.push((c.section.clone(), json));
                    Ok(())
                } else {
                    absorb(&mut workbook, &c.section, &json)
                }
            });
            if let Err(reason) = outcome {
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
        }
        if manifest.schema < file::VERSION {
            match absorb_old(old_parts, manifest.schema) {
                Ok(wb) => workbook = wb,
                Err(e) => {
                    problems.push(Problem::ChunkUnreadable {
                        section: "all".into(),
                        records: manifest.chunks.iter().map(|c| c.records).sum(),
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
        self.sweep_orphans(&manifest);
        let saved_at = Some(manifest.saved_at);
        self.base = Some(manifest);
        Ok(Loaded {
            workbook,
            problems,
            saved_at,
        })
    }

    /// Removes chunk keys no manifest names, left by a save that was cut
    /// short. A chunk of a newer generation may belong to another tab's save
    /// under way, so only older or equal generations are removed.
    fn sweep_orphans(&mut self, manifest: &Manifest) {
        let named: HashSet<&str> = manifest.chunks.iter().map(|c| c.key.as_str()).collect();
        let kept: HashSet<String> = self.recovery().into_iter().map(|e| e.key).collect();
        let Ok(keys) = self.kv.keys() else { return };
        for key in keys {
            if let Some(Key::Chunk { generation, .. }) = Key::parse_chunk(&key) {
                if generation <= manifest.generation
                    && !named.contains(key.as_str())
                    && !kept.contains(&key)
                {
                    let _ = self.kv.remove(&key);
                }
            }
        }
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
        let generation = self.base.as_ref().map_or(1, |m| m.generation + 1);
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
            let stored = codec::encode(&json);
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
                hash: hex(Fnv::of(json.as_bytes())),
                chars: utf16_len(&stored) as u64,
            });
        }
        let manifest = Manifest {
            generation,
            schema: file::VERSION,
            saved_at: now,
            app_version: self.app_version.clone(),
            writer: self.writer.clone(),
            chunks,
        };
        let raw = serde_json::to_string(&manifest).expect("manifest serialises");
        // Last look before the one write that commits: another tab may have
        // saved while this one was writing chunks.
        if self.changed_elsewhere() {
            self.undo_writes(&written);
            return Err(SaveError::Conflict);
        }
        if let Err(e) = self.kv.set(&Key::Manifest.text(), &raw) {
            self.undo_writes(&written);
            return Err(e.into());
        }
        // Committed. Old keys the new manifest does not name can go, unless
        // they were kept aside for recovery.
        let named: HashSet<&str> = manifest.chunks.iter().map(|c| c.key.as_str()).collect();
        let kept: HashSet<String> = self.recovery().into_iter().map(|e| e.key).collect();
        if let Some(base) = &self.base {
            for c in &base.chunks {
                if !named.contains(c.key.as_str()) && !kept.contains(&c.key) {
                    let _ = self.kv.remove(&c.key);
                }
            }
        }
        report.chars = stored_chars(&manifest, &raw);
        self.base = Some(manifest);
        Ok(report)
    }

    fn undo_writes(&mut self, written: &[String]) {
        for key in written {
            let _ = self.kv.remove(key);
        }
    }

    /// Characters the saved workbook occupies, from the manifest.
    pub fn workbook_chars(&self) -> usize {
        self.base.as_ref().map_or(0, |m| {
            stored_chars(m, &serde_json::to_string(m).expect("manifest serialises"))
        })
    }

    /// Characters used by everything under the prefix (reads every value).
    pub fn used_chars(&self) -> usize {
        self.kv
            .keys()
            .unwrap_or_default()
            .iter()
            .map(|k| utf16_len(k) + self.kv.get(k).ok().flatten().map_or(0, |v| utf16_len(&v)))
            .sum()
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::selftest::SelfTest;
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
        let wb = crate::domain::example::example(crate::i18n::Lang::Tr, t(50));
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
        // Old keys are gone: exactly manifest + 5 chunks remain.
        assert_eq!(s.kv().map.len(), 6);
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
        assert!(s2.recovery_bundle().contains("hand edited!"));
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
        let newer = raw.replace(&format!("\"schema\":{}", file::VERSION), "\"schema\":99");
        assert_ne!(newer, raw);
        s.kv_mut().map.insert(Key::Manifest.text(), newer.clone());
        let mut s2 = store(s.kv().clone());
        let loaded = s2.load(t(1)).unwrap();
        assert_eq!(loaded.problems, vec![Problem::NewerVersion { found: 99 }]);
        s2.save(&workbook(1), SaveMode::Quick, t(2)).unwrap();
        let bundle = s2.recovery_bundle();
        assert!(
            bundle.contains("schema"),
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
    fn orphans_of_a_cut_save_are_swept_but_newer_ones_are_not() {
        let mut s = store(MemKv::default());
        s.save(&workbook(3), SaveMode::Quick, t(0)).unwrap();
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
            generation: 2,
            writer: "other".into(),
        }
        .text();
        s.kv_mut().map.insert(orphan_old.clone(), "x".into());
        s.kv_mut().map.insert(in_flight.clone(), "y".into());
        let mut s2 = store(s.kv().clone());
        s2.load(t(1)).unwrap();
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
        s.kv_mut()
            .map
            .insert(Key::Manifest.text(), serde_json::to_string(&m).unwrap());
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
        use crate::domain::complaint::Complaint;
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
        use crate::domain::listening::{Operations, Period, Survey};
        use crate::domain::problems::Problem;
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
}
