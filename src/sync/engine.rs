//! The replication engine: one round pulls what the server has that this
//! device lacks, resolves conflicts by the workbook's own merge, and pushes
//! what this device has that the server lacks, all through CouchDB's
//! replication calls (`_local` checkpoints, `_changes`, `_bulk_get`,
//! `_revs_diff`, `_bulk_docs` with `new_edits: false`).
//!
//! Plain Rust and no I/O of its own: requests go through a [`Transport`]
//! (the browser's `fetch` in the app, a fake CouchDB in the tests). A round
//! never changes the workbook it is given; it returns what to merge in
//! ([`Round::delta`]), what to remove (purged on another device), and the
//! new [`SyncState`], each advanced only past steps that completed, so a
//! round cut at any request loses nothing and the next one resumes.

use super::doc::{self, DocKey, LocalDoc, Refusal};
use super::rev::Rev;
use crate::book::file::FileError;
use crate::book::workbook::Workbook;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};
use std::collections::{BTreeMap, BTreeSet};

/// Changes read per request, and documents written per request.
pub const PAGE: usize = 500;
/// The most bytes of JSON sent in one `_bulk_docs`.
const MAX_WRITE_BYTES: usize = 4 * 1024 * 1024;
/// The most leaf revisions of one document considered.
const MAX_LEAVES: usize = 64;
/// The longest checkpoint sequence kept (CouchDB's are a few hundred
/// characters at most).
const MAX_SEQ_CHARS: usize = 4096;
/// The most pages one round reads before it stops (and the next resumes).
const MAX_PAGES: usize = 200;
/// How many refused documents are kept to show.
const MAX_REFUSED: usize = 200;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Get,
    Put,
    Post,
    /// Only to log out (`DELETE /_session`); a round never deletes.
    Delete,
}

/// One HTTP request, its path relative to the database's URL
/// (`_changes?since=0`; the empty path is the database itself).
#[derive(Debug, Clone, PartialEq)]
pub struct Request {
    pub method: Method,
    pub path: String,
    pub body: Option<String>,
}

impl Request {
    fn get(path: impl Into<String>) -> Request {
        Request {
            method: Method::Get,
            path: path.into(),
            body: None,
        }
    }

    fn post(path: &str, body: &Value) -> Request {
        Request {
            method: Method::Post,
            path: path.into(),
            body: Some(body.to_string()),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Response {
    pub status: u16,
    pub body: String,
}

/// The request never got an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NetError {
    /// No connection, refused, cut, or the browser blocked it.
    Unreachable,
    /// No answer in time.
    TimedOut,
}

/// Sends requests to the database.
#[allow(async_fn_in_trait)]
pub trait Transport {
    async fn send(&self, req: Request) -> Result<Response, NetError>;
}

/// Why a round stopped early.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SyncError {
    /// The server could not be reached (offline, or it is down).
    Offline,
    /// The session ended: log in again (401).
    LoginNeeded,
    /// The user may not read or write this database (403).
    Forbidden,
    /// There is no such database (404).
    NoDatabase,
    /// The server failed (5xx, or a status CouchDB does not answer here).
    Server(u16),
    /// The answer is not what CouchDB answers: which call.
    Garbage(&'static str),
}

/// What this device last agreed with the server about one document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Known {
    /// The leaf revision the local version descends from.
    pub rev: String,
    /// The hash of that revision's record as this app writes it (0 for a
    /// deletion).
    pub hash: u64,
    /// That revision's `updated` (none for a deletion).
    #[serde(default)]
    pub updated: Option<DateTime<Utc>>,
}

/// A document the server holds that was not taken.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Refused {
    pub id: String,
    pub rev: String,
    pub why: RefusedWhy,
    /// For an invalid record or a newer schema: what an imported file's
    /// error would say, its field named within the record and its texts
    /// bounded (see [`Refused::error_of`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<FileError>,
}

/// The longest text of a refusal kept (a server's document can hold a long
/// value that a parse error quotes).
const MAX_DETAIL_CHARS: usize = 160;

impl Refused {
    /// The import error of a document, for showing: a field's path is made
    /// relative to the record (`complaints[0].received` becomes
    /// `received`) and every text made one line of [`MAX_DETAIL_CHARS`] at
    /// most.
    pub fn error_of(e: FileError) -> FileError {
        match e {
            FileError::BadField { path, detail } => {
                let inner = match path.split_once('.') {
                    Some((_, rest)) => rest.to_string(),
                    None => path,
                };
                FileError::BadField {
                    path: cut(&inner),
                    detail: cut(&detail),
                }
            }
            FileError::Invalid { detail } => FileError::Invalid {
                detail: cut(&detail),
            },
            other => other,
        }
    }
}

fn cut(text: &str) -> String {
    crate::kernel::text::excerpt(text, MAX_DETAIL_CHARS)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum RefusedWhy {
    NotOurs,
    Malformed,
    Newer,
    Invalid,
    /// The server refused to store this device's version.
    ServerRefused,
}

/// Everything sync keeps on this device between rounds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SyncState {
    /// This device's id, naming its checkpoint on the server.
    pub replica: String,
    /// The server's sequence up to which changes were taken.
    #[serde(default = "zero")]
    pub since: Value,
    /// Per document `_id`, the revision last agreed.
    #[serde(default)]
    pub known: BTreeMap<String, Known>,
    /// Documents emptied from the trash here, to delete on the server.
    #[serde(default)]
    pub purged: BTreeSet<String>,
    /// The server lost this device's checkpoint (a new or restored
    /// database): every known document is offered again.
    #[serde(default)]
    pub unconfirmed: bool,
    /// The revision of this device's checkpoint document.
    #[serde(default)]
    pub checkpoint_rev: Option<String>,
    #[serde(default)]
    pub refused: Vec<Refused>,
    /// The checkpoint was compared with the server's since the app started.
    #[serde(skip)]
    pub checked: bool,
    /// The sequence written to the server's checkpoint.
    #[serde(skip)]
    pub written: Option<Value>,
}

fn zero() -> Value {
    Value::from(0)
}

impl SyncState {
    pub fn new(replica: String) -> SyncState {
        SyncState {
            replica,
            since: zero(),
            known: BTreeMap::new(),
            purged: BTreeSet::new(),
            unconfirmed: false,
            checkpoint_rev: None,
            refused: Vec::new(),
            checked: false,
            written: None,
        }
    }

    /// Notes records emptied from the trash here (their document ids).
    pub fn note_purged(&mut self, ids: impl IntoIterator<Item = String>) {
        for id in ids {
            if self.known.contains_key(&id) {
                self.purged.insert(id);
            }
        }
    }

    /// Documents this device holds that the server has not confirmed:
    /// changed here since they were last sent, or never sent, or purged.
    pub fn waiting(&self, wb: &Workbook) -> usize {
        let docs = doc::documents(wb);
        docs.iter()
            .filter(|(id, d)| self.known.get(*id).is_none_or(|k| k.hash != d.hash))
            .count()
            + self.purged.len()
    }

    fn checkpoint_id(&self) -> String {
        format!("_local/servicebook-{}", self.replica)
    }

    fn refuse(&mut self, id: &str, rev: &str, why: RefusedWhy, error: Option<FileError>) {
        self.refused.retain(|r| r.id != id);
        if self.refused.len() < MAX_REFUSED {
            self.refused.push(Refused {
                id: id.to_string(),
                rev: rev.to_string(),
                why,
                error,
            });
        }
    }
}

/// What one round did: what to merge into the workbook, what to remove,
/// and the state to keep, advanced past every step that completed.
#[derive(Debug, Clone, Default)]
pub struct Round {
    pub state: Option<SyncState>,
    pub delta: Workbook,
    /// Purged on the server and unchanged here since: remove, if still at
    /// this `updated`.
    pub removed: Vec<(DocKey, DateTime<Utc>)>,
    /// Documents taken from the server.
    pub pulled: usize,
    /// Revisions written to the server.
    pub pushed: usize,
    pub error: Option<SyncError>,
}

impl Round {
    /// Nothing to merge and nothing to remove.
    pub fn is_empty(&self) -> bool {
        self.removed.is_empty() && self.delta == Workbook::default()
    }

    /// Applies the round to the workbook (a merge, so edits made since the
    /// round began are kept where newer); returns whether anything changed.
    pub fn apply(&self, wb: &mut Workbook) -> bool {
        let (added, updated) = wb.merge_from(&self.delta).added_updated();
        let mut changed = added + updated > 0;
        for (key, at) in &self.removed {
            if let DocKey::Record(part, id) = key {
                changed |= wb.remove_if_still(*part, *id, *at);
            }
        }
        changed
    }
}

/// One round of replication from `local` (not changed: see [`Round`]).
pub async fn round<T: Transport>(t: &T, state: &SyncState, local: &Workbook) -> Round {
    let mut run = Run {
        state: state.clone(),
        local,
        after: None,
        docs: None,
        round: Round::default(),
        losers: Vec::new(),
        won: BTreeSet::new(),
        garbage: false,
    };
    if let Err(e) = run.go(t).await {
        run.round.error = Some(e);
        // A reconnect compares checkpoints again: the server may have
        // been replaced meanwhile.
        run.state.checked = false;
    }
    let mut round = run.round;
    round.state = Some(run.state);
    round
}

/// Waits (a long poll, `timeout_ms` at most) for a change on the server
/// after the state's sequence; true when there is one.
pub async fn wait<T: Transport>(
    t: &T,
    state: &SyncState,
    timeout_ms: u32,
) -> Result<bool, SyncError> {
    let path = format!(
        "_changes?feed=longpoll&style=all_docs&limit=1&timeout={timeout_ms}&since={}",
        query_value(&state.since)
    );
    let v = call(t, Request::get(path), "_changes").await?;
    let results = v
        .get("results")
        .and_then(Value::as_array)
        .ok_or(SyncError::Garbage("_changes"))?;
    Ok(!results.is_empty())
}

/// A deletion or a write on top of a leaf, to send.
struct Outgoing {
    id: String,
    rev: Rev,
    parent: Option<Rev>,
    /// The record's JSON; none for a deletion.
    doc: Option<LocalDoc>,
    /// A losing conflict revision: nothing to record once written.
    loser: bool,
}

struct Run<'a> {
    state: SyncState,
    /// The workbook as the round began.
    local: &'a Workbook,
    /// That workbook with what was pulled merged in, once anything was.
    after: Option<Workbook>,
    /// The documents of the current workbook, once needed, until it
    /// changes.
    docs: Option<BTreeMap<String, LocalDoc>>,
    round: Round,
    losers: Vec<Outgoing>,
    /// Refetched documents whose local version won the merge.
    won: BTreeSet<String>,
    /// A row of the page being read was not CouchDB's.
    garbage: bool,
}

/// One change as `_changes` lists it.
struct Change {
    id: String,
    key: DocKey,
    leaves: Vec<Rev>,
    /// The winning revision's document, unless it is deleted.
    winner: Option<(Rev, Value)>,
    /// The other live leaves.
    conflicts: Vec<Rev>,
}

impl Run<'_> {
    /// The workbook as it stands in this round.
    fn current(&self) -> &Workbook {
        self.after.as_ref().unwrap_or(self.local)
    }

    /// Changes the round's workbook (a copy, made the first time).
    fn change(&mut self, f: impl FnOnce(&mut Workbook)) {
        let wb = self.after.get_or_insert_with(|| self.local.clone());
        f(wb);
        self.docs = None;
    }

    /// Writes the documents of the round's workbook into `self.docs`,
    /// once per change.
    fn ensure_docs(&mut self) {
        if self.docs.is_none() {
            self.docs = Some(doc::documents(self.current()));
        }
    }

    async fn go<T: Transport>(&mut self, t: &T) -> Result<(), SyncError> {
        if !self.state.checked {
            self.check_checkpoint(t).await?;
        }
        self.pull(t).await?;
        self.refetch(t).await?;
        self.push(t).await?;
        self.write_checkpoint(t).await
    }

    /// Compares this device's checkpoint with the one on the server: the
    /// same means resume; another, or none while this device has synced
    /// before, means read the changes again from the start (and offer
    /// every known document again when the server has none).
    async fn check_checkpoint<T: Transport>(&mut self, t: &T) -> Result<(), SyncError> {
        let res = send(t, Request::get(self.state.checkpoint_id())).await?;
        match res.status {
            200 | 201 => {
                let v = parse(&res.body, "_local")?;
                let rev = v
                    .get("_rev")
                    .and_then(Value::as_str)
                    .ok_or(SyncError::Garbage("_local"))?;
                self.state.checkpoint_rev = Some(bounded(rev, "_local")?.to_string());
                let seq = v.get("last_seq").cloned().unwrap_or_else(zero);
                if seq != self.state.since {
                    self.state.since = zero();
                }
                self.state.written = Some(seq);
            }
            404 => {
                self.state.checkpoint_rev = None;
                if self.state.since != zero() || !self.state.known.is_empty() {
                    self.state.since = zero();
                    self.state.unconfirmed = !self.state.known.is_empty();
                }
                self.state.written = None;
            }
            s => return Err(status_error(s)),
        }
        self.state.checked = true;
        Ok(())
    }

    async fn pull<T: Transport>(&mut self, t: &T) -> Result<(), SyncError> {
        for _ in 0..MAX_PAGES {
            let path = format!(
                "_changes?style=all_docs&include_docs=true&conflicts=true&limit={PAGE}&since={}",
                query_value(&self.state.since)
            );
            let v = call(t, Request::get(path), "_changes").await?;
            let results = v
                .get("results")
                .and_then(Value::as_array)
                .ok_or(SyncError::Garbage("_changes"))?;
            let last = v
                .get("last_seq")
                .cloned()
                .ok_or(SyncError::Garbage("_changes"))?;
            if last.to_string().len() > MAX_SEQ_CHARS || !(last.is_string() || last.is_number()) {
                return Err(SyncError::Garbage("_changes"));
            }
            if results.len() > PAGE.saturating_mul(2) {
                return Err(SyncError::Garbage("_changes"));
            }
            let changes: Vec<Change> = results
                .iter()
                .filter_map(|row| self.read_change(row))
                .collect();
            self.take(t, changes).await?;
            let full = results.len() >= PAGE;
            if full && last == self.state.since {
                return Err(SyncError::Garbage("_changes"));
            }
            self.state.since = last;
            if !full {
                break;
            }
        }
        Ok(())
    }

    /// Reads one row of `_changes`; `None` when there is nothing to take
    /// (a design document, this device's own write, or a refused row).
    fn read_change(&mut self, row: &Value) -> Option<Change> {
        let id = row.get("id").and_then(Value::as_str)?;
        if id.starts_with("_design/") || id.len() > 200 {
            return None;
        }
        let Some(key) = DocKey::parse(id) else {
            self.state.refuse(id, "", RefusedWhy::NotOurs, None);
            return None;
        };
        let mut leaves: Vec<Rev> = row
            .get("changes")
            .and_then(Value::as_array)?
            .iter()
            .filter_map(|c| c.get("rev").and_then(Value::as_str).and_then(Rev::parse))
            .collect();
        crate::kernel::order::sort_by(&mut leaves, |a, b| b.cmp(a));
        leaves.dedup();
        leaves.truncate(MAX_LEAVES);
        if leaves.is_empty() {
            self.state.refuse(id, "", RefusedWhy::Malformed, None);
            return None;
        }
        if let Some(k) = self.state.known.get(id) {
            if leaves.len() == 1 && leaves[0].to_string() == k.rev {
                return None;
            }
        }
        // `include_docs` gives every row its winning document; a row
        // without one is an answer CouchDB does not give.
        let Some(doc) = row.get("doc").filter(|d| d.is_object()) else {
            self.garbage = true;
            return None;
        };
        let deleted = doc.get("_deleted").and_then(Value::as_bool) == Some(true);
        let winner = if deleted {
            None
        } else {
            match doc.get("_rev").and_then(Value::as_str).and_then(Rev::parse) {
                Some(rev) => Some((rev, doc.clone())),
                None => {
                    self.state.refuse(id, "", RefusedWhy::Malformed, None);
                    return None;
                }
            }
        };
        let conflicts: Vec<Rev> = match (&winner, doc.get("_conflicts")) {
            (Some(_), Some(Value::Array(list))) => list
                .iter()
                .filter_map(|r| r.as_str().and_then(Rev::parse))
                .take(MAX_LEAVES)
                .collect(),
            _ => Vec::new(),
        };
        Some(Change {
            id: id.to_string(),
            key,
            leaves,
            winner,
            conflicts,
        })
    }

    /// Takes one page of changes: fetches the conflicting revisions,
    /// checks every document, picks each one's version by the merge, and
    /// notes the losing revisions to delete.
    async fn take<T: Transport>(&mut self, t: &T, changes: Vec<Change>) -> Result<(), SyncError> {
        let wanted: Vec<(String, Rev)> = changes
            .iter()
            .flat_map(|c| c.conflicts.iter().map(|r| (c.id.clone(), r.clone())))
            .collect();
        let mut fetched = self.bulk_get(t, &wanted).await?;
        // Documents with one live leaf are checked together.
        let mut simple = Vec::new();
        let mut simple_revs = BTreeMap::new();
        for c in &changes {
            if let (Some((rev, body)), true) = (&c.winner, c.conflicts.is_empty()) {
                match doc::incoming(body) {
                    Ok(inc) if inc.key == c.key => {
                        simple_revs.insert(c.id.clone(), rev.clone());
                        simple.push(inc);
                    }
                    Ok(_) => {
                        self.state
                            .refuse(&c.id, &rev.to_string(), RefusedWhy::Malformed, None)
                    }
                    Err(r) => self.refuse(&c.id, rev, r),
                }
            }
        }
        let (batch, refused) = doc::admit(simple);
        for (key, r) in refused {
            let id = key.id();
            if let Some(rev) = simple_revs.remove(&id) {
                self.refuse(&id, &rev, r);
            }
        }
        for (id, rev) in simple_revs {
            let Some(key) = DocKey::parse(&id) else {
                continue;
            };
            if let Some(d) = doc::find(&batch, &key) {
                self.state.refused.retain(|r| r.id != id);
                self.take_winner(&id, rev, d);
            }
        }
        if batch_len(&batch) > 0 {
            self.round.delta.merge_from(&batch);
            self.change(|wb| {
                wb.merge_from(&batch);
            });
        }
        self.round.pulled = self.round.pulled.saturating_add(batch_len(&batch));
        for c in changes {
            if c.winner.is_none() {
                self.take_deleted(&c);
            } else if !c.conflicts.is_empty() {
                let mut bodies = Vec::new();
                if let Some((rev, body)) = c.winner.clone() {
                    bodies.push((rev, body));
                }
                for r in &c.conflicts {
                    if let Some(body) = fetched.remove(&(c.id.clone(), r.to_string())) {
                        bodies.push((r.clone(), body));
                    }
                }
                self.resolve(&c, bodies);
            }
        }
        Ok(())
    }

    fn refuse(&mut self, id: &str, rev: &Rev, r: Refusal) {
        let (why, error) = match r {
            Refusal::NotOurs => (RefusedWhy::NotOurs, None),
            Refusal::Malformed => (RefusedWhy::Malformed, None),
            Refusal::Newer { found } => (
                RefusedWhy::Newer,
                Some(FileError::Newer {
                    found,
                    supported: crate::book::file::VERSION,
                }),
            ),
            Refusal::Invalid(e) => (RefusedWhy::Invalid, Some(Refused::error_of(e))),
        };
        self.state.refuse(id, &rev.to_string(), why, error);
    }

    /// The server's version `rev` of a document is now the one this
    /// device descends from.
    fn take_winner(&mut self, id: &str, rev: Rev, d: LocalDoc) {
        self.state.known.insert(
            id.to_string(),
            Known {
                rev: rev.to_string(),
                hash: d.hash,
                updated: d.updated,
            },
        );
        self.state.purged.remove(id);
    }

    /// Every leaf is deleted: the document was emptied from a trash. The
    /// local record goes too unless it changed here since it was synced.
    fn take_deleted(&mut self, c: &Change) {
        let top = c.leaves[0].clone();
        let local = match c.key {
            DocKey::Record(..) => doc::find(self.local, &c.key),
            DocKey::Setting(_) => None,
        };
        let local = local.as_ref();
        let unchanged = match (local, self.state.known.get(&c.id)) {
            (Some(d), Some(k)) => d.hash == k.hash,
            (None, _) => true,
            (Some(_), None) => false,
        };
        match (local, c.key) {
            (Some(d), DocKey::Record(..)) if unchanged => {
                if let Some(at) = d.updated {
                    self.round.removed.push((c.key, at));
                    if let DocKey::Record(part, id) = c.key {
                        self.change(|wb| {
                            wb.remove_if_still(part, id, at);
                        });
                    }
                }
                self.state.known.remove(&c.id);
            }
            (None, _) => {
                self.state.known.remove(&c.id);
            }
            // Changed here, or a setting: this version goes back on top.
            _ => {
                self.state.known.insert(
                    c.id.clone(),
                    Known {
                        rev: top.to_string(),
                        hash: 0,
                        updated: None,
                    },
                );
            }
        }
        self.state.purged.remove(&c.id);
    }

    /// Several live leaves: each is checked alone, the workbook's merge
    /// picks the version (the same on every device), and every other
    /// checked leaf gets a deletion on top.
    fn resolve(&mut self, c: &Change, bodies: Vec<(Rev, Value)>) {
        let mut valid: Vec<(Rev, Workbook, LocalDoc)> = Vec::new();
        for (rev, body) in bodies {
            match doc::incoming(&body) {
                Ok(inc) if inc.key == c.key => {
                    let (wb, refused) = doc::admit(vec![inc]);
                    match (refused.into_iter().next(), doc::find(&wb, &c.key)) {
                        (None, Some(d)) => valid.push((rev, wb, d)),
                        (Some((_, r)), _) => self.refuse(&c.id, &rev, r),
                        (None, None) => self.refuse(&c.id, &rev, Refusal::Malformed),
                    }
                }
                Ok(_) => self.refuse(&c.id, &rev, Refusal::Malformed),
                Err(r) => self.refuse(&c.id, &rev, r),
            }
        }
        if valid.is_empty() {
            return;
        }
        let mut merged = Workbook::default();
        for (_, wb, _) in &valid {
            merged.merge_from(wb);
        }
        let Some(win) = doc::find(&merged, &c.key) else {
            return;
        };
        // Of the leaves holding the winning version, CouchDB's order picks one.
        let keep = valid
            .iter()
            .filter(|(_, _, d)| d.hash == win.hash)
            .map(|(r, _, _)| r.clone())
            .max();
        let Some(keep) = keep else { return };
        for (rev, _, _) in &valid {
            if *rev != keep {
                self.losers.push(Outgoing {
                    id: c.id.clone(),
                    rev: Rev::next(Some(rev), None),
                    parent: Some(rev.clone()),
                    doc: None,
                    loser: true,
                });
            }
        }
        self.state.refused.retain(|r| r.id != c.id);
        self.take_winner(&c.id, keep, win);
        self.round.delta.merge_from(&merged);
        self.change(|wb| {
            wb.merge_from(&merged);
        });
        self.round.pulled = self.round.pulled.saturating_add(1);
    }

    /// Fetches revisions by `_bulk_get`; answers by (id, rev).
    async fn bulk_get<T: Transport>(
        &mut self,
        t: &T,
        wanted: &[(String, Rev)],
    ) -> Result<BTreeMap<(String, String), Value>, SyncError> {
        let mut out = BTreeMap::new();
        for batch in wanted.chunks(PAGE) {
            let docs: Vec<Value> = batch
                .iter()
                .map(|(id, rev)| json!({"id": id, "rev": rev.to_string()}))
                .collect();
            let v = call(
                t,
                Request::post("_bulk_get?revs=false", &json!({ "docs": docs })),
                "_bulk_get",
            )
            .await?;
            let results = v
                .get("results")
                .and_then(Value::as_array)
                .ok_or(SyncError::Garbage("_bulk_get"))?;
            for r in results {
                for d in r
                    .get("docs")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                {
                    if let Some(ok) = d.get("ok").filter(|o| o.is_object()) {
                        let id = ok.get("_id").and_then(Value::as_str);
                        let rev = ok.get("_rev").and_then(Value::as_str);
                        if let (Some(id), Some(rev)) = (id, rev) {
                            if batch.iter().any(|(i, r)| i == id && r.to_string() == rev) {
                                out.insert((id.to_string(), rev.to_string()), ok.clone());
                            }
                        }
                    }
                }
            }
        }
        Ok(out)
    }

    /// Local versions the server's known version may be newer than (this
    /// device kept the revision but not the record: a pull not saved, or
    /// the record removed by a replace), fetched and merged in.
    async fn refetch<T: Transport>(&mut self, t: &T) -> Result<(), SyncError> {
        self.ensure_docs();
        let Some(docs) = self.docs.as_ref() else {
            return Ok(());
        };
        let mut wanted = Vec::new();
        for (id, k) in &self.state.known {
            if k.hash == 0 || self.state.purged.contains(id) {
                continue;
            }
            let stale = match docs.get(id) {
                None => true,
                Some(d) => d.hash != k.hash && d.updated <= k.updated,
            };
            if stale {
                if let Some(rev) = Rev::parse(&k.rev) {
                    wanted.push((id.clone(), rev));
                }
            }
        }
        if wanted.is_empty() {
            return Ok(());
        }
        let mut fetched = self.bulk_get(t, &wanted).await?;
        let mut incoming = Vec::new();
        for (id, rev) in &wanted {
            match fetched
                .remove(&(id.clone(), rev.to_string()))
                .map(|b| doc::incoming(&b))
            {
                Some(Ok(inc)) => incoming.push(inc),
                Some(Err(r)) => self.refuse(id, rev, r),
                // Gone from the server (compacted away): offer ours again.
                None => {
                    self.state.known.remove(id);
                }
            }
        }
        let (batch, refused) = doc::admit(incoming);
        for (key, r) in refused {
            let id = key.id();
            if let Some((_, rev)) = wanted.iter().find(|(i, _)| *i == id) {
                self.refuse(&id, &rev.clone(), r);
            }
            self.state.known.remove(&id);
        }
        self.round.pulled = self.round.pulled.saturating_add(batch_len(&batch));
        self.round.delta.merge_from(&batch);
        self.change(|wb| {
            wb.merge_from(&batch);
        });
        // Where the local version won the merge, it goes on top.
        self.ensure_docs();
        for (id, _) in &wanted {
            let d = self.docs.as_ref().and_then(|docs| docs.get(id));
            if let (Some(d), Some(k)) = (d, self.state.known.get(id)) {
                if d.hash != k.hash {
                    self.won.insert(id.clone());
                }
            }
        }
        Ok(())
    }

    async fn push<T: Transport>(&mut self, t: &T) -> Result<(), SyncError> {
        self.ensure_docs();
        let docs = self.docs.take().unwrap_or_default();
        let mut out: Vec<Outgoing> = std::mem::take(&mut self.losers);
        for (id, d) in &docs {
            match self.state.known.get(id) {
                None => out.push(Outgoing {
                    id: id.clone(),
                    rev: Rev::next(None, Some(&d.json)),
                    parent: None,
                    doc: Some(d.clone()),
                    loser: false,
                }),
                Some(k) if k.hash == d.hash => {
                    if self.state.unconfirmed {
                        if let Some(rev) = Rev::parse(&k.rev) {
                            out.push(Outgoing {
                                id: id.clone(),
                                rev,
                                parent: None,
                                doc: Some(d.clone()),
                                loser: false,
                            });
                        }
                    }
                }
                Some(k) if d.updated > k.updated || self.won.contains(id) => {
                    let parent = Rev::parse(&k.rev);
                    out.push(Outgoing {
                        id: id.clone(),
                        rev: Rev::next(parent.as_ref(), Some(&d.json)),
                        parent,
                        doc: Some(d.clone()),
                        loser: false,
                    });
                }
                // Older than the server's: refetched next round.
                Some(_) => {}
            }
        }
        for id in self.state.purged.clone() {
            if docs.contains_key(&id) {
                self.state.purged.remove(&id);
                continue;
            }
            match self.state.known.get(&id).and_then(|k| Rev::parse(&k.rev)) {
                Some(parent) => out.push(Outgoing {
                    id: id.clone(),
                    rev: Rev::next(Some(&parent), None),
                    parent: Some(parent),
                    doc: None,
                    loser: false,
                }),
                None => {
                    self.state.purged.remove(&id);
                }
            }
        }
        let mut start = 0;
        while start < out.len() {
            // A batch: at most PAGE documents and MAX_WRITE_BYTES of JSON.
            let mut end = start;
            let mut bytes = 0usize;
            while end < out.len() && end - start < PAGE {
                let size = out[end]
                    .doc
                    .as_ref()
                    .map_or(64, |d| d.json.len().saturating_add(200));
                if end > start && bytes.saturating_add(size) > MAX_WRITE_BYTES {
                    break;
                }
                bytes = bytes.saturating_add(size);
                end += 1;
            }
            self.write(t, &out[start..end]).await?;
            start = end;
        }
        self.state.unconfirmed = false;
        Ok(())
    }

    /// Sends one batch: asks which revisions the server lacks, writes
    /// those, and records every one the server now holds.
    async fn write<T: Transport>(&mut self, t: &T, batch: &[Outgoing]) -> Result<(), SyncError> {
        let mut diff = Map::new();
        for o in batch {
            let list = diff
                .entry(o.id.clone())
                .or_insert_with(|| Value::Array(Vec::new()));
            if let Value::Array(l) = list {
                l.push(Value::from(o.rev.to_string()));
            }
        }
        let v = call(
            t,
            Request::post("_revs_diff", &Value::Object(diff)),
            "_revs_diff",
        )
        .await?;
        let missing = |o: &Outgoing| {
            v.get(&o.id)
                .and_then(|e| e.get("missing"))
                .and_then(Value::as_array)
                .is_some_and(|m| m.iter().any(|r| r.as_str() == Some(&o.rev.to_string())))
        };
        let mut docs = Vec::new();
        for o in batch.iter().filter(|o| missing(o)) {
            let mut ids = vec![Value::from(o.rev.hash.clone())];
            if let Some(p) = &o.parent {
                ids.push(Value::from(p.hash.clone()));
            }
            let mut d = match &o.doc {
                Some(local) => serde_json::from_str::<Value>(&local.body()).unwrap_or(Value::Null),
                None => json!({"_deleted": true}),
            };
            if let Value::Object(m) = &mut d {
                m.insert("_id".into(), Value::from(o.id.clone()));
                m.insert("_rev".into(), Value::from(o.rev.to_string()));
                m.insert("_revisions".into(), json!({"start": o.rev.gen, "ids": ids}));
                docs.push(d);
            }
        }
        let mut failed = BTreeSet::new();
        if !docs.is_empty() {
            let v = call(
                t,
                Request::post("_bulk_docs", &json!({"new_edits": false, "docs": docs})),
                "_bulk_docs",
            )
            .await?;
            let rows = v.as_array().ok_or(SyncError::Garbage("_bulk_docs"))?;
            for row in rows {
                if row.get("error").is_some() {
                    if let Some(id) = row.get("id").and_then(Value::as_str) {
                        failed.insert(id.to_string());
                    }
                }
            }
        }
        for o in batch {
            if failed.contains(&o.id) {
                self.state
                    .refuse(&o.id, &o.rev.to_string(), RefusedWhy::ServerRefused, None);
                continue;
            }
            if missing(o) {
                self.round.pushed = self.round.pushed.saturating_add(1);
            }
            if o.loser {
                continue;
            }
            match &o.doc {
                Some(d) => {
                    self.state.known.insert(
                        o.id.clone(),
                        Known {
                            rev: o.rev.to_string(),
                            hash: d.hash,
                            updated: d.updated,
                        },
                    );
                }
                None => {
                    self.state.known.remove(&o.id);
                    self.state.purged.remove(&o.id);
                }
            }
        }
        Ok(())
    }

    /// Stores how far this device has read, so a reconnect resumes.
    async fn write_checkpoint<T: Transport>(&mut self, t: &T) -> Result<(), SyncError> {
        if self.state.written.as_ref() == Some(&self.state.since) {
            return Ok(());
        }
        for _ in 0..2 {
            let mut body = json!({"last_seq": self.state.since, "app": "servicebook"});
            if let (Some(rev), Value::Object(m)) = (&self.state.checkpoint_rev, &mut body) {
                m.insert("_rev".into(), Value::from(rev.clone()));
            }
            let req = Request {
                method: Method::Put,
                path: self.state.checkpoint_id(),
                body: Some(body.to_string()),
            };
            let res = send(t, req).await?;
            match res.status {
                200..=202 => {
                    let v = parse(&res.body, "_local")?;
                    let rev = v
                        .get("rev")
                        .and_then(Value::as_str)
                        .ok_or(SyncError::Garbage("_local"))?;
                    self.state.checkpoint_rev = Some(bounded(rev, "_local")?.to_string());
                    self.state.written = Some(self.state.since.clone());
                    return Ok(());
                }
                409 => {
                    // Another copy of this device (a second tab) wrote it:
                    // take its revision and write again.
                    let res = send(t, Request::get(self.state.checkpoint_id())).await?;
                    let v = parse(&res.body, "_local")?;
                    self.state.checkpoint_rev = v
                        .get("_rev")
                        .and_then(Value::as_str)
                        .map(str::to_string)
                        .filter(|r| r.len() <= 100);
                }
                s => return Err(status_error(s)),
            }
        }
        Ok(())
    }
}

fn batch_len(wb: &Workbook) -> usize {
    wb.counts().iter().map(|(_, n)| *n).sum::<usize>() + wb.trashed_count()
}

fn bounded<'a>(s: &'a str, call: &'static str) -> Result<&'a str, SyncError> {
    if s.len() <= 100 {
        Ok(s)
    } else {
        Err(SyncError::Garbage(call))
    }
}

async fn send<T: Transport>(t: &T, req: Request) -> Result<Response, SyncError> {
    t.send(req).await.map_err(|_| SyncError::Offline)
}

/// Sends and reads a JSON answer; any status but success is an error.
async fn call<T: Transport>(t: &T, req: Request, what: &'static str) -> Result<Value, SyncError> {
    let res = send(t, req).await?;
    match res.status {
        200..=202 => parse(&res.body, what),
        s => Err(status_error(s)),
    }
}

fn parse(body: &str, what: &'static str) -> Result<Value, SyncError> {
    serde_json::from_str(body).map_err(|_| SyncError::Garbage(what))
}

pub fn status_error(status: u16) -> SyncError {
    match status {
        401 => SyncError::LoginNeeded,
        403 => SyncError::Forbidden,
        404 => SyncError::NoDatabase,
        s => SyncError::Server(s),
    }
}

/// A sequence as a query value: a number as written, a string as its text;
/// percent-encoded.
fn query_value(seq: &Value) -> String {
    let text = match seq {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    encode(&text)
}

/// Percent-encodes everything but RFC 3986's unreserved characters.
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
