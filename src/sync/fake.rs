//! A CouchDB database in memory, answering the replication calls the
//! engine makes as CouchDB 3.x documents them (revision trees, leaves,
//! winners, `_conflicts`, opaque sequences), with faults to inject: the
//! server down, a call cut before or after the server acted, garbage.
//! Test code only.

use super::engine::{Method, NetError, Request, Response, Transport};
use super::rev::Rev;
use serde_json::{json, Map, Value};
use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;

#[derive(Clone)]
struct Node {
    parent: Option<Rev>,
    /// None: a deletion.
    body: Option<Value>,
}

#[derive(Clone, Default)]
struct Tree {
    revs: BTreeMap<Rev, Node>,
    seq: u64,
}

impl Tree {
    fn leaves(&self) -> Vec<Rev> {
        let parents: std::collections::BTreeSet<&Rev> = self
            .revs
            .values()
            .filter_map(|n| n.parent.as_ref())
            .collect();
        self.revs
            .keys()
            .filter(|r| !parents.contains(r))
            .cloned()
            .collect()
    }

    /// CouchDB's winner: live leaves first, then the highest revision.
    fn winner(&self) -> Option<Rev> {
        self.leaves()
            .into_iter()
            .max_by_key(|r| (self.revs[r].body.is_some(), r.gen, r.hash.clone()))
    }

    fn live_leaves(&self) -> Vec<Rev> {
        self.leaves()
            .into_iter()
            .filter(|r| self.revs[r].body.is_some())
            .collect()
    }
}

/// What to do with the next calls.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Fault {
    /// Answer normally.
    None,
    /// Refuse every call (the server is down).
    Down,
    /// The call number `n` (from now, 0-based) is lost before the server
    /// sees it.
    CutBefore(usize),
    /// The call number `n` is carried out but its answer is lost.
    CutAfter(usize),
    /// Every call answers 401 (the session expired).
    LoggedOut,
    /// Every answer is this status with a non-JSON body.
    Garbage(u16),
}

#[derive(Default)]
pub struct Db {
    docs: BTreeMap<String, Tree>,
    seq: u64,
    local: BTreeMap<String, (u64, Value)>,
}

pub struct FakeCouch {
    pub db: RefCell<Db>,
    pub fault: Cell<Fault>,
    pub calls: Cell<usize>,
    /// Each call waits once before the server acts and once after, so a
    /// test can interleave several devices' rounds call by call.
    pub yielding: Cell<bool>,
}

impl Default for FakeCouch {
    fn default() -> Self {
        FakeCouch {
            db: RefCell::new(Db::default()),
            fault: Cell::new(Fault::None),
            calls: Cell::new(0),
            yielding: Cell::new(false),
        }
    }
}

fn ok(status: u16, v: Value) -> Response {
    Response {
        status,
        body: v.to_string(),
    }
}

fn query(path: &str) -> (&str, BTreeMap<String, String>) {
    let (p, q) = path.split_once('?').unwrap_or((path, ""));
    let mut out = BTreeMap::new();
    for pair in q.split('&').filter(|s| !s.is_empty()) {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        out.insert(k.to_string(), decode(v));
    }
    (p, out)
}

fn decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            if let Ok(v) = u8::from_str_radix(&s[i + 1..i + 3], 16) {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

impl FakeCouch {
    /// Sequences are opaque strings, as CouchDB 3 writes them.
    fn seq_text(n: u64) -> Value {
        Value::from(format!("{n}-g1AAAAfake"))
    }

    fn seq_of(v: &str) -> u64 {
        v.split('-')
            .next()
            .and_then(|n| n.parse().ok())
            .unwrap_or(0)
    }

    /// Puts a document revision straight into the database (as another
    /// client would): on top of `parent`, or as a new root.
    pub fn put_raw(&self, id: &str, rev: &str, parent: Option<&str>, body: Option<Value>) {
        let mut db = self.db.borrow_mut();
        db.seq += 1;
        let seq = db.seq;
        let tree = db.docs.entry(id.to_string()).or_default();
        tree.revs.insert(
            Rev::parse(rev).unwrap(),
            Node {
                parent: parent.map(|p| Rev::parse(p).unwrap()),
                body,
            },
        );
        tree.seq = seq;
    }

    /// The live leaves of a document.
    pub fn leaves(&self, id: &str) -> Vec<String> {
        self.db
            .borrow()
            .docs
            .get(id)
            .map(|t| t.live_leaves().iter().map(Rev::to_string).collect())
            .unwrap_or_default()
    }

    /// Every document's winning live body (`record`), by id.
    pub fn winners(&self) -> BTreeMap<String, Value> {
        let db = self.db.borrow();
        db.docs
            .iter()
            .filter_map(|(id, t)| {
                let w = t.winner()?;
                let body = t.revs[&w].body.as_ref()?;
                Some((
                    id.clone(),
                    body.get("record").cloned().unwrap_or(Value::Null),
                ))
            })
            .collect()
    }

    /// Documents with more than one live leaf.
    pub fn conflicted(&self) -> Vec<String> {
        let db = self.db.borrow();
        db.docs
            .iter()
            .filter(|(_, t)| t.live_leaves().len() > 1)
            .map(|(id, _)| id.clone())
            .collect()
    }

    pub fn drop_checkpoints(&self) {
        self.db.borrow_mut().local.clear();
    }

    fn handle(&self, req: &Request) -> Response {
        let (path, q) = query(&req.path);
        let body: Value = req
            .body
            .as_deref()
            .and_then(|b| serde_json::from_str(b).ok())
            .unwrap_or(Value::Null);
        let mut db = self.db.borrow_mut();
        match (req.method, path) {
            (Method::Get, "") => ok(
                200,
                json!({"db_name": "shop", "update_seq": Self::seq_text(db.seq)}),
            ),
            (Method::Get, p) if p.starts_with("_local/") => match db.local.get(p) {
                Some((rev, v)) => {
                    let mut v = v.clone();
                    v["_id"] = Value::from(p);
                    v["_rev"] = Value::from(format!("0-{rev}"));
                    ok(200, v)
                }
                None => ok(404, json!({"error": "not_found", "reason": "missing"})),
            },
            (Method::Put, p) if p.starts_with("_local/") => {
                let current = db.local.get(p).map(|(r, _)| format!("0-{r}"));
                let given = body.get("_rev").and_then(Value::as_str).map(str::to_string);
                if current != given {
                    return ok(
                        409,
                        json!({"error": "conflict", "reason": "Document update conflict."}),
                    );
                }
                let next = db.local.get(p).map_or(1, |(r, _)| r + 1);
                let mut v = body.clone();
                if let Value::Object(m) = &mut v {
                    m.remove("_rev");
                    m.remove("_id");
                }
                db.local.insert(p.to_string(), (next, v));
                ok(
                    201,
                    json!({"ok": true, "id": p, "rev": format!("0-{next}")}),
                )
            }
            (Method::Get, "_changes") => {
                let since = q.get("since").map_or(0, |s| Self::seq_of(s));
                let limit: usize = q
                    .get("limit")
                    .and_then(|l| l.parse().ok())
                    .unwrap_or(usize::MAX);
                let mut rows: Vec<(&String, &Tree)> =
                    db.docs.iter().filter(|(_, t)| t.seq > since).collect();
                crate::kernel::order::sort_by_key(&mut rows, |(_, t)| t.seq);
                rows.truncate(limit);
                let last = rows.last().map_or(
                    since.max(if rows.is_empty() { db.seq } else { 0 }),
                    |(_, t)| t.seq,
                );
                let results: Vec<Value> = rows
                    .iter()
                    .map(|(id, t)| {
                        let w = t.winner().unwrap();
                        let node = &t.revs[&w];
                        let mut row = json!({
                            "seq": Self::seq_text(t.seq),
                            "id": id,
                            "changes": t.leaves().iter().map(|r| json!({"rev": r.to_string()})).collect::<Vec<_>>(),
                        });
                        let mut doc = match &node.body {
                            Some(b) => b.clone(),
                            None => {
                                row["deleted"] = Value::from(true);
                                json!({"_deleted": true})
                            }
                        };
                        doc["_id"] = Value::from(id.as_str());
                        doc["_rev"] = Value::from(w.to_string());
                        let others: Vec<Value> = t
                            .live_leaves()
                            .iter()
                            .filter(|r| **r != w)
                            .map(|r| Value::from(r.to_string()))
                            .collect();
                        if !others.is_empty() && node.body.is_some() {
                            doc["_conflicts"] = Value::Array(others);
                        }
                        row["doc"] = doc;
                        row
                    })
                    .collect();
                ok(
                    200,
                    json!({"results": results, "last_seq": Self::seq_text(last), "pending": 0}),
                )
            }
            (Method::Post, "_revs_diff") => {
                let mut out = Map::new();
                if let Value::Object(m) = &body {
                    for (id, revs) in m {
                        let missing: Vec<Value> = revs
                            .as_array()
                            .into_iter()
                            .flatten()
                            .filter_map(Value::as_str)
                            .filter(|r| {
                                let r = Rev::parse(r);
                                !db.docs
                                    .get(id)
                                    .is_some_and(|t| r.is_some_and(|r| t.revs.contains_key(&r)))
                            })
                            .map(Value::from)
                            .collect();
                        if !missing.is_empty() {
                            out.insert(id.clone(), json!({ "missing": missing }));
                        }
                    }
                }
                ok(200, Value::Object(out))
            }
            (Method::Post, "_bulk_docs") => {
                assert_eq!(
                    body["new_edits"],
                    Value::from(false),
                    "the engine writes as a replicator"
                );
                for d in body["docs"].as_array().into_iter().flatten() {
                    let id = d["_id"].as_str().unwrap().to_string();
                    let start = d["_revisions"]["start"].as_u64().unwrap();
                    let ids: Vec<&str> = d["_revisions"]["ids"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|v| v.as_str().unwrap())
                        .collect();
                    assert_eq!(d["_rev"].as_str().unwrap(), format!("{start}-{}", ids[0]));
                    db.seq += 1;
                    let seq = db.seq;
                    let tree = db.docs.entry(id).or_default();
                    let revs: Vec<Rev> = ids
                        .iter()
                        .enumerate()
                        .map(|(i, h)| Rev::parse(&format!("{}-{h}", start - i as u64)).unwrap())
                        .collect();
                    let deleted = d.get("_deleted").and_then(Value::as_bool) == Some(true);
                    let mut body = d.clone();
                    if let Value::Object(m) = &mut body {
                        m.remove("_revisions");
                        m.remove("_rev");
                        m.remove("_id");
                    }
                    for (i, r) in revs.iter().enumerate() {
                        if tree.revs.contains_key(r) {
                            break;
                        }
                        tree.revs.insert(
                            r.clone(),
                            Node {
                                parent: revs.get(i + 1).cloned(),
                                body: if i == 0 && !deleted {
                                    Some(body.clone())
                                } else if i == 0 {
                                    None
                                } else {
                                    Some(json!({}))
                                },
                            },
                        );
                    }
                    tree.seq = seq;
                }
                ok(201, json!([]))
            }
            (Method::Post, "_bulk_get") => {
                let mut results = Vec::new();
                for w in body["docs"].as_array().into_iter().flatten() {
                    let id = w["id"].as_str().unwrap_or("");
                    let rev = w["rev"].as_str().and_then(Rev::parse);
                    let found = rev
                        .as_ref()
                        .and_then(|r| db.docs.get(id).and_then(|t| t.revs.get(r)));
                    let doc = match found {
                        Some(Node { body: Some(b), .. }) => {
                            let mut b = b.clone();
                            b["_id"] = Value::from(id);
                            b["_rev"] = Value::from(rev.unwrap().to_string());
                            json!({ "ok": b })
                        }
                        Some(Node { body: None, .. }) => {
                            json!({"ok": {"_id": id, "_rev": rev.unwrap().to_string(), "_deleted": true}})
                        }
                        None => {
                            json!({"error": {"id": id, "rev": w["rev"], "error": "not_found", "reason": "missing"}})
                        }
                    };
                    results.push(json!({"id": id, "docs": [doc]}));
                }
                ok(200, json!({ "results": results }))
            }
            _ => ok(400, json!({"error": "bad_request"})),
        }
    }
}

impl Transport for FakeCouch {
    async fn send(&self, req: Request) -> Result<Response, NetError> {
        if self.yielding.get() {
            YieldOnce(false).await;
        }
        let out = self.answer(req);
        if self.yielding.get() {
            YieldOnce(false).await;
        }
        out
    }
}

/// Pending once, then ready.
struct YieldOnce(bool);

impl std::future::Future for YieldOnce {
    type Output = ();
    fn poll(
        mut self: std::pin::Pin<&mut Self>,
        _: &mut std::task::Context<'_>,
    ) -> std::task::Poll<()> {
        if self.0 {
            std::task::Poll::Ready(())
        } else {
            self.0 = true;
            std::task::Poll::Pending
        }
    }
}

impl FakeCouch {
    fn answer(&self, req: Request) -> Result<Response, NetError> {
        let n = self.calls.get();
        self.calls.set(n + 1);
        match self.fault.get() {
            Fault::None => Ok(self.handle(&req)),
            Fault::Down => Err(NetError::Unreachable),
            Fault::LoggedOut => Ok(ok(
                401,
                json!({"error": "unauthorized", "reason": "You are not authorized to access this db."}),
            )),
            Fault::Garbage(status) => Ok(Response {
                status,
                body: "<html>proxy error</html>".into(),
            }),
            Fault::CutBefore(k) => {
                if k == 0 {
                    self.fault.set(Fault::None);
                    Err(NetError::Unreachable)
                } else {
                    self.fault.set(Fault::CutBefore(k - 1));
                    Ok(self.handle(&req))
                }
            }
            Fault::CutAfter(k) => {
                if k == 0 {
                    self.fault.set(Fault::None);
                    let _ = self.handle(&req);
                    Err(NetError::Unreachable)
                } else {
                    self.fault.set(Fault::CutAfter(k - 1));
                    Ok(self.handle(&req))
                }
            }
        }
    }
}

/// Runs a future whose waits are only the fake's yields.
pub fn block_on<F: std::future::Future>(f: F) -> F::Output {
    let mut f = std::pin::pin!(f);
    let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
    loop {
        if let std::task::Poll::Ready(v) = f.as_mut().poll(&mut cx) {
            return v;
        }
    }
}
