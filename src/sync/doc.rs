//! The workbook as CouchDB documents, and documents back into a workbook
//! through the same checks as an imported file.
//!
//! One document per record, `_id` = `<collection>:<record id>`
//! (`complaints:6f1c…`), and one per single value, `setting:<name>`
//! (`setting:profile`). The body is `{"schema": N, "record": {...}}`: the
//! record exactly as a Servicebook file writes it (with `created`,
//! `updated`, `deleted`), or the single value with its `updated`. Nothing of
//! the storage layout (chunks, manifests, drafts) is ever a document.

use crate::book::file::{self, FileError, VERSION};
use crate::book::workbook::{Part, Setting, Visit, Workbook};
use crate::kernel::codec::Fnv;
use crate::kernel::record::{Collection, Single};
use chrono::{DateTime, Utc};
use serde::{de::DeserializeOwned, Serialize};
use serde_json::{Map, Value};
use std::collections::BTreeMap;
use uuid::Uuid;

/// The largest record body taken from a server, in bytes of JSON (a
/// complaint of the longest fields the forms allow is far smaller).
pub const MAX_DOC_BYTES: usize = 1024 * 1024;

/// Where a document belongs in the workbook.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocKey {
    Record(Part, Uuid),
    Setting(Setting),
}

impl DocKey {
    /// The document's `_id`.
    pub fn id(&self) -> String {
        match self {
            DocKey::Record(part, id) => format!("{}:{}", part.section(), id.hyphenated()),
            DocKey::Setting(s) => format!("setting:{}", s.code()),
        }
    }

    /// Reads an `_id`; `None` for anything this app did not write
    /// (design documents, another app's documents, a malformed id).
    pub fn parse(id: &str) -> Option<DocKey> {
        let (kind, rest) = id.split_once(':')?;
        if kind == "setting" {
            return Setting::ALL
                .iter()
                .find(|s| s.code() == rest)
                .map(|s| DocKey::Setting(*s));
        }
        let part = Part::from_section(kind)?;
        // Only the canonical form, so one record has one document.
        let uuid = Uuid::parse_str(rest).ok()?;
        (uuid.hyphenated().to_string() == rest).then_some(DocKey::Record(part, uuid))
    }

    fn field(&self) -> &'static str {
        match self {
            DocKey::Record(part, _) => part.section(),
            DocKey::Setting(s) => s.code(),
        }
    }
}

/// One record or setting of the local workbook, as it would be sent.
#[derive(Debug, Clone, PartialEq)]
pub struct LocalDoc {
    pub key: DocKey,
    /// The record's JSON, compact, keys sorted: what is sent and hashed.
    pub json: String,
    pub updated: Option<DateTime<Utc>>,
    pub hash: u64,
}

impl LocalDoc {
    fn new(key: DocKey, json: String, updated: Option<DateTime<Utc>>) -> LocalDoc {
        LocalDoc {
            key,
            hash: Fnv::of(json.as_bytes()),
            json,
            updated,
        }
    }

    /// The body of the document as sent (without `_id` and `_rev`).
    pub fn body(&self) -> String {
        format!("{{\"schema\":{VERSION},\"record\":{}}}", self.json)
    }
}

/// Every record (in the trash too) and every setting ever set, by `_id`.
/// A setting never set (no `updated`) is not a document: a new device
/// must not overwrite the team's settings with its defaults. Each record
/// is written once, straight to JSON, as a file writes it.
pub fn documents(wb: &Workbook) -> BTreeMap<String, LocalDoc> {
    let mut all = AllDocs(BTreeMap::new());
    wb.visit(&mut all);
    let mut out = all.0;
    for s in Setting::ALL {
        if let Some(doc) = setting(wb, *s) {
            out.insert(doc.key.id(), doc);
        }
    }
    out
}

fn setting(wb: &Workbook, s: Setting) -> Option<LocalDoc> {
    fn one<T: Serialize>(s: Setting, v: &Single<T>) -> Option<LocalDoc> {
        let updated = v.updated?;
        let json = serde_json::to_string(v).ok()?;
        Some(LocalDoc::new(DocKey::Setting(s), json, Some(updated)))
    }
    match s {
        Setting::Profile => one(s, &wb.profile),
        Setting::Categories => one(s, &wb.categories),
        Setting::Vision => one(s, &wb.vision),
        Setting::Customer => one(s, &wb.customer),
        Setting::Support => one(s, &wb.support),
        Setting::Checklist => one(s, &wb.checklist),
        Setting::Currency => one(s, &wb.currency),
    }
}

struct AllDocs(BTreeMap<String, LocalDoc>);

impl<'a> Visit<'a> for AllDocs {
    fn visit<T: Serialize + DeserializeOwned + Clone + PartialEq>(
        &mut self,
        part: Part,
        collection: &'a Collection<T>,
    ) {
        for r in collection.all() {
            if let Ok(json) = serde_json::to_string(r) {
                let doc = LocalDoc::new(DocKey::Record(part, r.id), json, Some(r.updated));
                self.0.insert(doc.key.id(), doc);
            }
        }
    }
}

/// A document as a server gave it, not yet trusted.
#[derive(Debug, Clone, PartialEq)]
pub struct Incoming {
    pub key: DocKey,
    pub schema: u64,
    pub record: Value,
}

/// Why a document from the server was not taken.
#[derive(Debug, Clone, PartialEq)]
pub enum Refusal {
    /// Its id is not one this app writes.
    NotOurs,
    /// Not an object with a `schema` number and a `record` object, or
    /// larger than [`MAX_DOC_BYTES`].
    Malformed,
    /// Written by a newer version of the app.
    Newer { found: u64 },
    /// The record fails the checks an imported file passes.
    Invalid(FileError),
}

/// Reads the envelope of a document (its `_id`, `schema` and `record`);
/// the record itself is checked by [`admit`].
pub fn incoming(doc: &Value) -> Result<Incoming, Refusal> {
    let id = doc
        .get("_id")
        .and_then(Value::as_str)
        .ok_or(Refusal::Malformed)?;
    let key = DocKey::parse(id).ok_or(Refusal::NotOurs)?;
    let schema = doc
        .get("schema")
        .and_then(Value::as_u64)
        .filter(|v| *v >= 1)
        .ok_or(Refusal::Malformed)?;
    if schema > VERSION {
        return Err(Refusal::Newer { found: schema });
    }
    let record = doc
        .get("record")
        .filter(|r| r.is_object())
        .ok_or(Refusal::Malformed)?;
    if record.to_string().len() > MAX_DOC_BYTES {
        return Err(Refusal::Malformed);
    }
    Ok(Incoming {
        key,
        schema,
        record: record.clone(),
    })
}

/// Checks documents as an imported file is checked (types, dates bounded to
/// their range, counts, the forms' rules, the record's id matching the
/// document's) and returns the workbook they make, with each refused one
/// and why. Documents of one schema are checked together, and one by one
/// only when that fails, so a page of good documents is one parse.
pub fn admit(docs: Vec<Incoming>) -> (Workbook, Vec<(DocKey, Refusal)>) {
    let mut wb = Workbook::default();
    let mut refused = Vec::new();
    let mut by_schema: BTreeMap<u64, Vec<Incoming>> = BTreeMap::new();
    for d in docs {
        by_schema.entry(d.schema).or_default().push(d);
    }
    for (schema, group) in by_schema {
        match read_group(&group, schema) {
            Ok(part) => {
                wb.merge_from(&part);
            }
            Err(_) if group.len() > 1 => {
                for d in group {
                    match read_group(std::slice::from_ref(&d), schema) {
                        Ok(part) => {
                            wb.merge_from(&part);
                        }
                        Err(e) => refused.push((d.key, e)),
                    }
                }
            }
            Err(e) => refused.push((group[0].key, e)),
        }
    }
    (wb, refused)
}

fn read_group(group: &[Incoming], schema: u64) -> Result<Workbook, Refusal> {
    let mut body = Map::new();
    for d in group {
        match d.key {
            DocKey::Record(..) => {
                let list = body
                    .entry(d.key.field())
                    .or_insert_with(|| Value::Array(Vec::new()));
                if let Value::Array(items) = list {
                    items.push(d.record.clone());
                }
            }
            DocKey::Setting(_) => {
                if body
                    .insert(d.key.field().to_string(), d.record.clone())
                    .is_some()
                {
                    return Err(Refusal::Malformed);
                }
            }
        }
    }
    let wb = file::workbook_from_outside(Value::Object(body), schema).map_err(Refusal::Invalid)?;
    // Each record must be the one its document names, and nothing else.
    let docs = documents(&wb);
    let records = group
        .iter()
        .filter(|d| matches!(d.key, DocKey::Record(..)))
        .count();
    let got = docs
        .values()
        .filter(|d| matches!(d.key, DocKey::Record(..)))
        .count();
    for d in group {
        if let DocKey::Record(..) = d.key {
            if !docs.contains_key(&d.key.id()) {
                return Err(Refusal::Malformed);
            }
        }
    }
    if got != records {
        return Err(Refusal::Malformed);
    }
    Ok(wb)
}

/// The one document of `key` in `wb`, if there.
pub fn find(wb: &Workbook, key: &DocKey) -> Option<LocalDoc> {
    match key {
        DocKey::Record(part, id) => {
            let mut found = One {
                part: *part,
                id: *id,
                out: None,
            };
            wb.visit(&mut found);
            found.out
        }
        DocKey::Setting(s) => setting(wb, *s),
    }
}

/// Finds one record while visiting the collections.
struct One {
    part: Part,
    id: Uuid,
    out: Option<LocalDoc>,
}

impl<'a> Visit<'a> for One {
    fn visit<T: Serialize + DeserializeOwned + Clone + PartialEq>(
        &mut self,
        part: Part,
        collection: &'a Collection<T>,
    ) {
        if part == self.part {
            if let Some(r) = collection.get(self.id) {
                self.out = serde_json::to_string(r)
                    .ok()
                    .map(|json| LocalDoc::new(DocKey::Record(part, r.id), json, Some(r.updated)));
            }
        }
    }
}
