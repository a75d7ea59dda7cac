//! The sync engine against the CouchDB-protocol test server
//! (tests/sync/couch-server.mjs: express-pouchdb on in-memory PouchDB),
//! over real HTTP on the loopback: what the fake in `sync::fake` assumes,
//! checked against a server that was not written with the engine.
#![cfg(not(target_arch = "wasm32"))]

use chrono::{TimeDelta, TimeZone, Utc};
use serde_json::{json, Value};
use servicebook::book::workbook::{Part, Profile, Workbook};
use servicebook::run::team::Member;
use servicebook::sync::doc::DocKey;
use servicebook::sync::engine::{
    round, wait, Method, NetError, Request, Response, SyncError, SyncState, Transport,
};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

const AUTH: &str = "admin:admin-pass";

fn base64(input: &[u8]) -> String {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in input.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(A[((n >> (18 - 6 * i)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// One HTTP/1.1 request, `Connection: close`, admin Basic auth.
fn http(port: u16, method: &str, path: &str, body: Option<&str>) -> Result<Response, NetError> {
    let mut s = TcpStream::connect(("127.0.0.1", port)).map_err(|_| NetError::Unreachable)?;
    s.set_read_timeout(Some(Duration::from_secs(30))).ok();
    let body = body.unwrap_or("");
    let head = format!(
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAuthorization: Basic {}\r\n\
         Accept: application/json\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\
         Connection: close\r\n\r\n",
        base64(AUTH.as_bytes()),
        body.len()
    );
    s.write_all(head.as_bytes())
        .map_err(|_| NetError::Unreachable)?;
    s.write_all(body.as_bytes())
        .map_err(|_| NetError::Unreachable)?;
    let mut r = BufReader::new(s);
    let mut line = String::new();
    r.read_line(&mut line).map_err(|_| NetError::Unreachable)?;
    let status: u16 = line
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or(NetError::Unreachable)?;
    let mut chunked = false;
    loop {
        line.clear();
        r.read_line(&mut line).map_err(|_| NetError::Unreachable)?;
        if line.trim().is_empty() {
            break;
        }
        let l = line.to_ascii_lowercase();
        if l.starts_with("transfer-encoding:") && l.contains("chunked") {
            chunked = true;
        }
    }
    let mut raw = Vec::new();
    r.read_to_end(&mut raw).map_err(|_| NetError::Unreachable)?;
    let body = if chunked { dechunk(&raw) } else { raw };
    Ok(Response {
        status,
        body: String::from_utf8_lossy(&body).into_owned(),
    })
}

fn dechunk(raw: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < raw.len() {
        let Some(end) = raw[i..].windows(2).position(|w| w == b"\r\n") else {
            break;
        };
        let size = usize::from_str_radix(
            std::str::from_utf8(&raw[i..i + end]).unwrap_or("0").trim(),
            16,
        )
        .unwrap_or(0);
        i += end + 2;
        if size == 0 {
            break;
        }
        out.extend_from_slice(&raw[i..(i + size).min(raw.len())]);
        i += size + 2;
    }
    out
}

struct Server {
    child: Child,
    port: u16,
}

impl Server {
    fn start(port: u16) -> Server {
        let mut child = Command::new("node")
            .arg("tests/sync/couch-server.mjs")
            .arg(port.to_string())
            .env("SYNC_CONTROL_PORT", (port + 1).to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("node runs the test server (scripts/setup.sh installs it)");
        let mut out = BufReader::new(child.stdout.take().unwrap());
        let mut line = String::new();
        out.read_line(&mut line).unwrap();
        assert!(line.starts_with("couch-server ready"), "{line}");
        std::thread::spawn(move || {
            let mut sink = String::new();
            while out.read_line(&mut sink).unwrap_or(0) > 0 {
                sink.clear();
            }
        });
        Server { child, port }
    }

    fn control(&self, what: &str) {
        let r = http(self.port + 1, "POST", &format!("/{what}"), None).unwrap();
        assert!(r.status < 300, "{what}: {r:?}");
    }

    /// A new database, members only.
    fn db(&self, name: &str) -> Db {
        let r = http(self.port, "PUT", &format!("/{name}"), None).unwrap();
        assert!(r.status < 300, "{r:?}");
        let sec = json!({"admins": {"names": [], "roles": []}, "members": {"names": ["staff"], "roles": []}});
        let r = http(
            self.port,
            "PUT",
            &format!("/{name}/_security"),
            Some(&sec.to_string()),
        )
        .unwrap();
        assert!(r.status < 300, "{r:?}");
        Db {
            port: self.port,
            name: name.into(),
            calls: std::cell::Cell::new(0),
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

struct Db {
    port: u16,
    name: String,
    calls: std::cell::Cell<usize>,
}

impl Transport for Db {
    async fn send(&self, req: Request) -> Result<Response, NetError> {
        self.calls.set(self.calls.get() + 1);
        let method = match req.method {
            Method::Get => "GET",
            Method::Put => "PUT",
            Method::Post => "POST",
            Method::Delete => "DELETE",
        };
        let path = if req.path.is_empty() {
            format!("/{}/", self.name)
        } else {
            format!("/{}/{}", self.name, req.path)
        };
        http(self.port, method, &path, req.body.as_deref())
    }
}

fn block_on<F: std::future::Future>(f: F) -> F::Output {
    let mut f = std::pin::pin!(f);
    let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
    loop {
        if let std::task::Poll::Ready(v) = f.as_mut().poll(&mut cx) {
            return v;
        }
    }
}

struct Device {
    wb: Workbook,
    state: SyncState,
}

impl Device {
    fn new(name: &str) -> Device {
        Device {
            wb: Workbook::default(),
            state: SyncState::new(format!("device-{name}")),
        }
    }

    fn sync(&mut self, db: &Db) -> Option<SyncError> {
        let r = block_on(round(db, &self.state, &self.wb));
        r.apply(&mut self.wb);
        self.state = r.state.clone().unwrap();
        r.error
    }
}

fn at(minutes: i64) -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 1, 9, 0, 0).unwrap() + TimeDelta::minutes(minutes)
}

fn member(name: &str) -> Member {
    Member {
        name: name.into(),
        ..Member::default()
    }
}

#[test]
fn the_engine_syncs_through_a_couchdb_protocol_server() {
    let server = Server::start(5996);
    let db = server.db("shop");

    // Two devices: records, a setting, paging (more than one page).
    let (mut a, mut b) = (Device::new("a"), Device::new("b"));
    let ids: Vec<_> = (0..620)
        .map(|i| a.wb.members.insert(member(&format!("m{i}")), at(i)))
        .collect();
    a.wb.profile.set(
        Profile {
            business_name: "Bottega Rossi".into(),
            example: false,
        },
        at(0),
    );
    assert_eq!(a.sync(&db), None);
    assert_eq!(b.sync(&db), None);
    assert_eq!(b.wb, a.wb);
    assert_eq!(b.state.waiting(&b.wb), 0);

    // Edits both ways, the trash and emptying it.
    assert!(b
        .wb
        .members
        .update(ids[0], at(700), |m| m.name = "edited on b".into()));
    assert!(b.wb.members.trash(ids[1], at(701)));
    assert_eq!(b.sync(&db), None);
    assert_eq!(a.sync(&db), None);
    assert_eq!(a.wb.members.get(ids[0]).unwrap().data.name, "edited on b");
    assert!(!a.wb.members.get(ids[1]).unwrap().is_live());
    let trashed: Vec<String> =
        a.wb.trashed()
            .iter()
            .map(|(p, id, _)| DocKey::Record(*p, *id).id())
            .collect();
    a.wb.purge_trash();
    a.state.note_purged(trashed);
    assert_eq!(a.sync(&db), None);
    assert_eq!(b.sync(&db), None);
    assert!(b.wb.members.get(ids[1]).is_none());
    assert_eq!(a.wb, b.wb);

    // Both offline, the same record edited on each: one version wins
    // everywhere. Rounds run one after the other here, so the second
    // device pulls the first's before it pushes.
    assert!(a
        .wb
        .members
        .update(ids[2], at(800), |m| m.name = "a's".into()));
    assert!(b
        .wb
        .members
        .update(ids[2], at(801), |m| m.name = "b's".into()));
    assert_eq!(a.sync(&db), None);
    assert_eq!(b.sync(&db), None);
    assert_eq!(a.sync(&db), None);
    assert_eq!(a.wb.members.get(ids[2]).unwrap().data.name, "b's");
    assert_eq!(a.wb, b.wb);

    // A conflict another replicator left in the database: two branches on
    // one parent, written as CouchDB replication writes them.
    let doc_id = DocKey::Record(Part::Members, ids[3]).id();
    let cur = http(server.port, "GET", &format!("/shop/{doc_id}"), None).unwrap();
    let cur: Value = serde_json::from_str(&cur.body).unwrap();
    let parent = cur["_rev"].as_str().unwrap().to_string();
    let (gen, hash) = parent.split_once('-').unwrap();
    let gen: u64 = gen.parse().unwrap();
    let branch = |h: &str, name: &str, minutes: i64| {
        let mut rec = cur["record"].clone();
        rec["data"]["name"] = Value::from(name);
        rec["updated"] =
            Value::from(at(minutes).to_rfc3339_opts(chrono::SecondsFormat::Millis, true));
        json!({"_id": doc_id, "_rev": format!("{}-{h}", gen + 1), "_revisions": {"start": gen + 1, "ids": [h, hash]},
               "schema": 5, "record": rec})
    };
    let docs = json!({"new_edits": false, "docs": [branch("aaaa", "older", 900), branch("ffff", "newer", 901)]});
    let r = http(
        server.port,
        "POST",
        "/shop/_bulk_docs",
        Some(&docs.to_string()),
    )
    .unwrap();
    assert!(r.status < 300, "{r:?}");
    // A hostile document beside it.
    let hostile =
        json!({"schema": 5, "record": {"id": "not a uuid", "updated": "+275760-01-01T00:00:00Z"}});
    let r = http(
        server.port,
        "PUT",
        &format!("/shop/members:{}", uuid::Uuid::new_v4()),
        Some(&hostile.to_string()),
    )
    .unwrap();
    assert!(r.status < 300, "{r:?}");
    assert_eq!(b.sync(&db), None);
    assert_eq!(a.sync(&db), None);
    assert_eq!(a.wb.members.get(ids[3]).unwrap().data.name, "newer");
    assert_eq!(b.wb.members.get(ids[3]).unwrap().data.name, "newer");
    assert_eq!(a.wb, b.wb);
    assert_eq!(a.state.refused.len(), 1, "{:?}", a.state.refused);
    let r = http(
        server.port,
        "GET",
        &format!("/shop/{doc_id}?conflicts=true"),
        None,
    )
    .unwrap();
    let v: Value = serde_json::from_str(&r.body).unwrap();
    assert!(
        v.get("_conflicts").is_none(),
        "the losing leaf was deleted: {v}"
    );
    assert_eq!(v["record"]["data"]["name"], "newer");

    // The long poll: nothing new, then a change wakes it.
    assert_eq!(block_on(wait(&db, &a.state, 500)), Ok(false));
    assert!(b
        .wb
        .members
        .update(ids[4], at(950), |m| m.name = "woken".into()));
    assert_eq!(b.sync(&db), None);
    assert_eq!(block_on(wait(&db, &a.state, 5_000)), Ok(true));
    assert_eq!(a.sync(&db), None);
    assert_eq!(a.wb.members.get(ids[4]).unwrap().data.name, "woken");

    // The server stopped mid-way: nothing local changes, the change waits,
    // and it goes through once the server is back.
    assert!(a
        .wb
        .members
        .update(ids[5], at(1000), |m| m.name = "while down".into()));
    server.control("stop");
    let before = a.wb.clone();
    assert_eq!(a.sync(&db), Some(SyncError::Offline));
    assert_eq!(a.wb, before);
    assert_eq!(a.state.waiting(&a.wb), 1);
    server.control("start");
    assert_eq!(a.sync(&db), None);
    assert_eq!(b.sync(&db), None);
    assert_eq!(b.wb.members.get(ids[5]).unwrap().data.name, "while down");
    assert_eq!(a.wb, b.wb);

    // A new device resumes from nothing and ends identical; a device that
    // restarts resumes from its checkpoint (reads no page twice).
    let mut c = Device::new("c");
    assert_eq!(c.sync(&db), None);
    assert_eq!(c.wb, a.wb);
    a.state.checked = false;
    db.calls.set(0);
    let r = block_on(round(&db, &a.state, &a.wb));
    assert_eq!((r.error, r.pulled, r.pushed), (None, 0, 0));
    // The checkpoint, one page of changes (this device's own last writes),
    // and the checkpoint moved past them: nothing read from the start.
    assert!(
        db.calls.get() <= 3,
        "a resumed round with nothing new makes {} calls",
        db.calls.get()
    );
}

/// The figures of tests/bench/sync.sh (run with `--ignored`): the first
/// sync of a 10,000-complaint workbook to an empty database, and from it to
/// a new device, through this engine over the loopback (time and requests).
#[test]
#[ignore]
fn bench_first_sync_of_ten_thousand_complaints() {
    use servicebook::listen::complaints::{Complaint, Customer};
    let server = Server::start(5998);
    let db = server.db("bench");
    let mut a = Device::new("a");
    let mut seed = 0x5eed_u64;
    let mut word = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        format!("w{:x}", seed % 100_000)
    };
    for i in 0..10_000 {
        let text = |w: &mut dyn FnMut() -> String, n: usize| {
            (0..n).map(|_| w()).collect::<Vec<_>>().join(" ")
        };
        let c = Complaint {
            customer: Customer {
                name: text(&mut word, 2),
                email: format!("{}@{}.example", word(), word()),
                phone: format!("+39 {:03} {:07}", i % 1000, i * 7),
                address: text(&mut word, 5),
            },
            nature: text(&mut word, 24),
            solution: text(&mut word, 14),
            steps_now: text(&mut word, 10),
            prevention: text(&mut word, 12),
            category: word(),
            received: at(i),
            ..Complaint::default()
        };
        a.wb.complaints.insert(c, at(i));
    }
    let json = serde_json::to_string(&a.wb).unwrap().len();
    let start = std::time::Instant::now();
    db.calls.set(0);
    assert_eq!(a.sync(&db), None);
    let push = (start.elapsed(), db.calls.get());
    let mut b = Device::new("b");
    let start = std::time::Instant::now();
    db.calls.set(0);
    assert_eq!(b.sync(&db), None);
    let pull = (start.elapsed(), db.calls.get());
    assert_eq!(b.wb.complaints.len(), 10_000);
    let start = std::time::Instant::now();
    db.calls.set(0);
    assert_eq!(b.sync(&db), None);
    let idle = (start.elapsed(), db.calls.get());
    println!(
        "workbook: 10,000 complaints, {:.1} MB of JSON",
        json as f64 / 1e6
    );
    println!(
        "first sync to an empty database: {:.2} s, {} requests",
        push.0.as_secs_f64(),
        push.1
    );
    println!(
        "first sync to a new device:      {:.2} s, {} requests",
        pull.0.as_secs_f64(),
        pull.1
    );
    println!(
        "a round with nothing new:        {:.2} s, {} requests",
        idle.0.as_secs_f64(),
        idle.1
    );
    // What each round pays for the whole workbook, however little changed:
    // a copy of it, its documents (every record's JSON and hash), and the
    // state written to storage.
    let time = |f: &mut dyn FnMut()| {
        let start = std::time::Instant::now();
        for _ in 0..5 {
            f();
        }
        start.elapsed().as_secs_f64() * 1000.0 / 5.0
    };
    let copy = time(&mut || drop(std::hint::black_box(b.wb.clone())));
    let docs = time(&mut || {
        drop(std::hint::black_box(servicebook::sync::doc::documents(
            &b.wb,
        )))
    });
    let mut stored = 0;
    let state = time(&mut || stored = servicebook::app::sync::encode_state(&b.state).len());
    println!(
        "a round's fixed costs (native): copy {copy:.0} ms, documents {docs:.0} ms, \
         state stored {state:.0} ms ({:.0} KB)",
        stored as f64 / 1e3
    );
}
