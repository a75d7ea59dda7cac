//! The engine against a fake CouchDB: devices converge whatever the order
//! of their rounds, conflicts resolve the same everywhere, nothing from the
//! server is trusted, and a round cut at any call loses nothing.

use super::doc::DocKey;
use super::engine::{round, wait, Refused, RefusedWhy, Round, SyncError, SyncState};
use super::fake::{block_on, FakeCouch, Fault};
use crate::book::file::FileError;
use crate::book::workbook::{Part, Profile, Workbook};
use crate::kernel::record::Record;
use crate::run::team::Member;
use chrono::{DateTime, TimeDelta, TimeZone, Utc};
use proptest::prelude::*;
use serde_json::{json, Value};
use std::future::Future;
use uuid::Uuid;

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 1, 9, 0, 0).unwrap()
}

fn at(minutes: i64) -> DateTime<Utc> {
    t0() + TimeDelta::minutes(minutes)
}

fn member(name: &str) -> Member {
    Member {
        name: name.into(),
        ..Member::default()
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

    /// One round, applied as the app applies it.
    fn sync(&mut self, server: &FakeCouch) -> Round {
        let r = block_on(round(server, &self.state, &self.wb));
        r.apply(&mut self.wb);
        self.state = r.state.clone().expect("a round always returns its state");
        r
    }

    /// Rounds until nothing moves (a bounded number).
    fn settle(&mut self, server: &FakeCouch) {
        for _ in 0..4 {
            let r = self.sync(server);
            assert_eq!(r.error, None);
            if r.pulled == 0 && r.pushed == 0 {
                return;
            }
        }
    }

    fn add(&mut self, name: &str, when: i64) -> Uuid {
        self.wb.members.insert(member(name), at(when))
    }

    fn rename(&mut self, id: Uuid, name: &str, when: i64) {
        assert!(self
            .wb
            .members
            .update(id, at(when), |m| m.name = name.into()));
    }

    fn name(&self, id: Uuid) -> Option<String> {
        self.wb.members.get(id).map(|r| r.data.name.clone())
    }

    fn purge(&mut self) {
        let ids: Vec<String> = self
            .wb
            .trashed()
            .iter()
            .map(|(part, id, _)| DocKey::Record(*part, *id).id())
            .collect();
        self.wb.purge_trash();
        self.state.note_purged(ids);
    }
}

fn converge(server: &FakeCouch, devices: &mut [Device]) {
    for _ in 0..3 {
        for d in devices.iter_mut() {
            d.settle(server);
        }
    }
    for d in &devices[1..] {
        assert_eq!(
            d.wb, devices[0].wb,
            "every device ends with the same workbook"
        );
    }
    assert!(
        server.conflicted().is_empty(),
        "no conflict left: {:?}",
        server.conflicted()
    );
}

#[test]
fn a_record_added_on_one_device_reaches_the_other_and_an_edit_comes_back() {
    let server = FakeCouch::default();
    let (mut a, mut b) = (Device::new("a"), Device::new("b"));
    let id = a.add("Giulia", 0);
    let r = a.sync(&server);
    assert_eq!((r.error, r.pushed), (None, 1));
    let r = b.sync(&server);
    assert_eq!((r.error, r.pulled), (None, 1));
    assert_eq!(b.name(id).as_deref(), Some("Giulia"));
    b.rename(id, "Giulia R.", 5);
    b.sync(&server);
    a.sync(&server);
    assert_eq!(a.name(id).as_deref(), Some("Giulia R."));
    assert_eq!(a.wb, b.wb);
    // Nothing waits once both have synced; a round with nothing new
    // writes nothing and brings nothing to merge.
    assert_eq!(a.state.waiting(&a.wb), 0);
    let r = a.sync(&server);
    assert_eq!((r.pulled, r.pushed), (0, 0));
    assert!(r.is_empty());
    b.rename(id, "Giulia Rossi", 6);
    b.sync(&server);
    let r = a.sync(&server);
    assert!(!r.is_empty());
}

#[test]
fn settings_travel_but_a_new_device_never_overwrites_them_with_defaults() {
    let server = FakeCouch::default();
    let (mut a, mut b) = (Device::new("a"), Device::new("b"));
    a.wb.profile.set(
        Profile {
            business_name: "Bottega Rossi".into(),
            example: false,
        },
        at(0),
    );
    a.sync(&server);
    b.sync(&server);
    assert_eq!(b.wb.profile.data.business_name, "Bottega Rossi");
    assert_eq!(
        server.winners().len(),
        1,
        "only the setting that was set is a document"
    );
}

#[test]
fn one_record_edited_on_two_devices_offline_ends_the_same_everywhere() {
    let server = FakeCouch::default();
    let (mut a, mut b) = (Device::new("a"), Device::new("b"));
    let id = a.add("Ayşe", 0);
    a.sync(&server);
    b.sync(&server);
    // Both offline: A edits first, B later.
    a.rename(id, "Ayşe K.", 10);
    b.rename(id, "Ayşe Kaya", 20);
    a.sync(&server);
    b.sync(&server);
    a.sync(&server);
    assert_eq!(a.name(id).as_deref(), Some("Ayşe Kaya"));
    assert_eq!(b.name(id).as_deref(), Some("Ayşe Kaya"));
    converge(&server, &mut [a, b]);
}

/// A conflict in the database (two replicators wrote on one parent): every
/// device picks the same version by the merge and deletes the other leaf.
#[test]
fn conflicting_revisions_in_the_database_resolve_identically_on_every_device() {
    let server = FakeCouch::default();
    let (mut a, mut b, mut c) = (Device::new("a"), Device::new("b"), Device::new("c"));
    let id = a.add("Marco", 0);
    a.sync(&server);
    let doc_id = DocKey::Record(Part::Members, id).id();
    let base = server.leaves(&doc_id)[0].clone();
    let newer = |name: &str, minutes: i64| {
        let mut r: Record<Member> = a.wb.members.get(id).unwrap().clone();
        r.data.name = name.into();
        r.updated = at(minutes);
        json!({"schema": 5, "record": serde_json::to_value(&r).unwrap()})
    };
    server.put_raw(&doc_id, "2-aaaa", Some(&base), Some(newer("Marco B.", 30)));
    server.put_raw(&doc_id, "2-ffff", Some(&base), Some(newer("Marco A.", 20)));
    assert_eq!(server.conflicted(), vec![doc_id.clone()]);
    // B and C resolve it at once, before either sees the other's writes.
    b.sync(&server);
    c.sync(&server);
    assert_eq!(b.name(id).as_deref(), Some("Marco B."));
    assert_eq!(c.name(id).as_deref(), Some("Marco B."));
    assert_eq!(server.leaves(&doc_id), vec!["2-aaaa".to_string()]);
    a.sync(&server);
    assert_eq!(a.name(id).as_deref(), Some("Marco B."));
    converge(&server, &mut [a, b, c]);
}

#[test]
fn the_trash_a_restore_and_emptying_the_trash_travel() {
    let server = FakeCouch::default();
    let (mut a, mut b) = (Device::new("a"), Device::new("b"));
    let id = a.add("Luca", 0);
    let keep = a.add("Sara", 0);
    a.sync(&server);
    b.sync(&server);
    assert!(a.wb.members.trash(id, at(1)));
    a.sync(&server);
    b.sync(&server);
    assert!(!b.wb.members.get(id).unwrap().is_live(), "in B's trash too");
    assert!(b.wb.members.restore(id, at(2)));
    b.sync(&server);
    a.sync(&server);
    assert!(a.wb.members.get(id).unwrap().is_live(), "restored on A");
    assert!(a.wb.members.trash(id, at(3)));
    a.purge();
    assert!(a.wb.members.get(id).is_none());
    a.sync(&server);
    assert!(!server
        .winners()
        .contains_key(&DocKey::Record(Part::Members, id).id()));
    b.sync(&server);
    assert!(b.wb.members.get(id).is_none(), "emptied on B");
    assert!(b.wb.members.get(keep).is_some());
    converge(&server, &mut [a, b]);
}

#[test]
fn a_record_edited_here_while_another_device_emptied_it_from_the_trash_is_kept() {
    let server = FakeCouch::default();
    let (mut a, mut b) = (Device::new("a"), Device::new("b"));
    let id = a.add("Elif", 0);
    a.sync(&server);
    b.sync(&server);
    assert!(a.wb.members.trash(id, at(1)));
    a.purge();
    b.rename(id, "Elif D.", 2);
    a.sync(&server);
    b.sync(&server);
    assert_eq!(
        b.name(id).as_deref(),
        Some("Elif D."),
        "nothing typed is lost"
    );
    a.sync(&server);
    assert_eq!(a.name(id).as_deref(), Some("Elif D."));
    converge(&server, &mut [a, b]);
}

#[test]
fn many_records_travel_in_pages_and_a_third_device_gets_them_all() {
    let server = FakeCouch::default();
    let mut a = Device::new("a");
    for i in 0..1_203 {
        a.add(&format!("n{i}"), i);
    }
    let r = a.sync(&server);
    assert_eq!((r.error, r.pushed), (None, 1_203));
    let mut b = Device::new("b");
    let r = b.sync(&server);
    assert_eq!((r.error, r.pulled), (None, 1_203));
    assert_eq!(b.wb, a.wb);
}

/// Documents a hostile or broken client put in the database: each refused
/// and listed, the good ones taken, nothing local lost.
#[test]
fn hostile_documents_are_refused_one_by_one_and_the_rest_is_taken() {
    let server = FakeCouch::default();
    let mut a = Device::new("a");
    let good = a.add("Good", 0);
    a.sync(&server);
    let mut b = Device::new("b");
    let mine = b.add("Mine", 0);
    let id = Uuid::new_v4();
    let far_id = Uuid::new_v4();
    let rec = |v: Value| Some(json!({"schema": 5, "record": v}));
    let member = |id: Uuid, updated: &str| json!({"id": id, "created": "2026-12-01T09:00:00Z", "updated": updated, "data": {"name": "x"}});
    let cases: Vec<(String, Option<Value>)> = vec![
        (
            format!("members:{id}"),
            rec(member(id, "+275760-09-13T00:00:00Z")),
        ),
        (
            format!("members:{far_id}"),
            rec(member(far_id, "+10000-01-01T00:00:00Z")),
        ),
        (
            format!("members:{}", Uuid::new_v4()),
            rec(member(Uuid::new_v4(), "2026-12-01T09:00:00Z")),
        ),
        (
            format!("members:{}", Uuid::new_v4()),
            Some(json!({"schema": 99, "record": {}})),
        ),
        (
            format!("members:{}", Uuid::new_v4()),
            Some(json!({"schema": 5, "record": "text"})),
        ),
        (
            format!("members:{}", Uuid::new_v4()),
            Some(json!({"record": {}})),
        ),
        ("complaints:not-a-uuid".into(), rec(json!({}))),
        ("setting:nope".into(), rec(json!({}))),
        ("other:thing".into(), rec(json!({}))),
        (
            format!("members:{}", Uuid::new_v4()),
            rec(json!({"id": 1, "data": []})),
        ),
        (
            format!("members:{id}").to_uppercase(),
            rec(member(id, "2026-12-01T09:00:00Z")),
        ),
        (
            "setting:profile".into(),
            rec(json!({"updated": "1800-01-01T00:00:00Z", "data": {}})),
        ),
        ("_design/app".into(), Some(json!({"views": {}}))),
    ];
    for (i, (doc_id, body)) in cases.iter().enumerate() {
        server.put_raw(doc_id, &format!("1-{:x}", 0xa0 + i), None, body.clone());
    }
    let r = b.sync(&server);
    assert_eq!(r.error, None);
    assert_eq!(b.name(good).as_deref(), Some("Good"));
    assert_eq!(b.name(mine).as_deref(), Some("Mine"));
    assert_eq!(b.wb.members.len(), 2, "no hostile record came in");
    assert_eq!(b.wb.profile.data, Profile::default());
    assert_eq!(
        b.state.refused.len(),
        cases.len() - 1,
        "{:#?}",
        b.state.refused
    );
    // An invalid record says which field and why, as an import would,
    // the field named within the record.
    let far = b
        .state
        .refused
        .iter()
        .find(|r| r.id == format!("members:{far_id}"))
        .expect("the member from year 10000 is listed");
    assert_eq!(far.why, RefusedWhy::Invalid);
    assert_eq!(
        far.error,
        Some(FileError::BadField {
            path: "updated".into(),
            detail: crate::kernel::bounds::OUT_OF_RANGE.into()
        })
    );
    let newer = b.state.refused.iter().find(|r| r.why == RefusedWhy::Newer);
    assert_eq!(
        newer.and_then(|r| r.error.clone()),
        Some(FileError::Newer {
            found: 99,
            supported: crate::book::file::VERSION
        })
    );
    // The refused stay refused on the next round; nothing repeats.
    let r = b.sync(&server);
    assert_eq!((r.error, r.pulled), (None, 0));
}

/// What a refusal keeps to show is bounded, whatever the server's document
/// held, and cut on a character's boundary.
#[test]
fn a_refusals_texts_are_bounded_and_named_within_the_record() {
    let long = "ğ".repeat(10_000);
    let e = Refused::error_of(FileError::BadField {
        path: format!("complaints[0].data.{long}"),
        detail: format!("invalid type: string \"{long}\""),
    });
    let FileError::BadField { path, detail } = e else {
        panic!("still a field error");
    };
    assert!(path.starts_with("data.ğ") && path.ends_with('…'), "{path}");
    assert_eq!(path.chars().count(), 161);
    assert_eq!(detail.chars().count(), 161);
    let e = Refused::error_of(FileError::BadField {
        path: "profile".into(),
        detail: "x".into(),
    });
    assert_eq!(
        e,
        FileError::BadField {
            path: "profile".into(),
            detail: "x".into()
        }
    );
    let e = Refused::error_of(FileError::Invalid { detail: long });
    assert!(matches!(e, FileError::Invalid { detail } if detail.chars().count() == 161));
}

#[test]
fn a_server_that_is_down_answers_garbage_or_logs_out_changes_nothing_here() {
    for fault in [
        Fault::Down,
        Fault::LoggedOut,
        Fault::Garbage(200),
        Fault::Garbage(502),
        Fault::Garbage(404),
    ] {
        let server = FakeCouch::default();
        let (mut a, mut b) = (Device::new("a"), Device::new("b"));
        a.add("Ada", 0);
        a.sync(&server);
        let mine = b.add("Bea", 1);
        server.fault.set(fault);
        let before = b.wb.clone();
        let r = b.sync(&server);
        let expected = match fault {
            Fault::Down => SyncError::Offline,
            Fault::LoggedOut => SyncError::LoginNeeded,
            Fault::Garbage(200) => SyncError::Garbage("_local"),
            Fault::Garbage(404) => SyncError::Garbage("_changes"),
            Fault::Garbage(s) => SyncError::Server(s),
            _ => unreachable!(),
        };
        // A 404 on the checkpoint is "no checkpoint yet"; then _changes fails.
        if fault == Fault::Garbage(404) {
            assert_eq!(r.error, Some(SyncError::NoDatabase));
        } else {
            assert_eq!(r.error, Some(expected), "{fault:?}");
        }
        assert_eq!(b.wb, before, "{fault:?}: the workbook is as it was");
        assert_eq!(b.state.waiting(&b.wb), 1, "the change still waits");
        server.fault.set(Fault::None);
        b.settle(&server);
        a.settle(&server);
        assert!(a.name(mine).is_some());
        assert_eq!(a.wb, b.wb);
    }
}

/// Every call of a round cut, before the server acts and after it acted
/// with the answer lost: the next round ends where an uncut one would.
#[test]
fn a_round_cut_at_any_call_loses_nothing_and_the_next_one_finishes() {
    let count_calls = || {
        let server = FakeCouch::default();
        let (mut a, mut b) = scenario(&server);
        server.calls.set(0);
        b.sync(&server);
        let _ = &mut a;
        server.calls.get()
    };
    let calls = count_calls();
    assert!(
        calls >= 5,
        "a round with pulls, conflicts and pushes makes {calls} calls"
    );
    for k in 0..calls + 1 {
        for after in [false, true] {
            let server = FakeCouch::default();
            let (a, mut b) = scenario(&server);
            let mine: Vec<_> = b.wb.members.all().iter().map(|r| r.id).collect();
            server.fault.set(if after {
                Fault::CutAfter(k)
            } else {
                Fault::CutBefore(k)
            });
            let r = b.sync(&server);
            server.fault.set(Fault::None);
            if k < calls {
                assert_eq!(r.error, Some(SyncError::Offline), "cut at call {k}");
            }
            for id in &mine {
                assert!(
                    b.wb.members.get(*id).is_some(),
                    "cut at {k}: nothing local lost"
                );
            }
            converge(&server, &mut [a, b]);
        }
    }
}

/// A has synced two members and edited one; B has its own member, and a
/// conflict waits in the database.
fn scenario(server: &FakeCouch) -> (Device, Device) {
    let (mut a, mut b) = (Device::new("a"), Device::new("b"));
    let x = a.add("x", 0);
    a.add("y", 1);
    a.sync(server);
    b.sync(server);
    a.rename(x, "x2", 5);
    a.sync(server);
    b.add("z", 6);
    let doc_id = DocKey::Record(Part::Members, x).id();
    let base = server.leaves(&doc_id)[0].clone();
    let mut r = a.wb.members.get(x).unwrap().clone();
    r.data.name = "x3".into();
    r.updated = at(7);
    server.put_raw(
        &doc_id,
        "3-0abc",
        Some(&base),
        Some(json!({"schema": 5, "record": r})),
    );
    let mut r2 = r.clone();
    r2.data.name = "x4".into();
    r2.updated = at(8);
    server.put_raw(
        &doc_id,
        "3-0abd",
        Some(&base),
        Some(json!({"schema": 5, "record": r2})),
    );
    (a, b)
}

#[test]
fn a_new_database_gets_everything_again_from_a_device_that_synced_before() {
    let old = FakeCouch::default();
    let mut a = Device::new("a");
    a.add("Nora", 0);
    a.sync(&old);
    // The app starts again, pointed at a new database of the same name.
    let fresh = FakeCouch::default();
    a.state.checked = false;
    let r = a.sync(&fresh);
    assert_eq!((r.error, r.pushed), (None, 1));
    let mut b = Device::new("b");
    b.sync(&fresh);
    assert_eq!(b.wb, a.wb);
    // A checkpoint lost on the same server: read again, nothing duplicated.
    fresh.drop_checkpoints();
    a.state.checked = false;
    let r = a.sync(&fresh);
    assert_eq!((r.error, r.pushed), (None, 0));
    assert_eq!(a.wb, b.wb);
}

#[test]
fn a_pull_not_saved_here_is_fetched_again_and_never_overwritten_by_the_old_version() {
    let server = FakeCouch::default();
    let (mut a, mut b) = (Device::new("a"), Device::new("b"));
    let id = a.add("Old", 0);
    a.sync(&server);
    b.sync(&server);
    a.rename(id, "New", 5);
    a.sync(&server);
    // B pulls but its tab closes before the workbook is saved: the state
    // moved on, the workbook did not.
    let saved = b.wb.clone();
    b.sync(&server);
    b.wb = saved;
    b.sync(&server);
    assert_eq!(b.name(id).as_deref(), Some("New"));
    a.sync(&server);
    assert_eq!(a.name(id).as_deref(), Some("New"));
}

#[test]
fn the_long_poll_says_whether_something_changed() {
    let server = FakeCouch::default();
    let mut a = Device::new("a");
    a.sync(&server);
    assert_eq!(block_on(wait(&server, &a.state, 25_000)), Ok(false));
    let mut b = Device::new("b");
    b.add("Zeynep", 0);
    b.sync(&server);
    assert_eq!(block_on(wait(&server, &a.state, 25_000)), Ok(true));
    server.fault.set(Fault::Down);
    assert_eq!(
        block_on(wait(&server, &a.state, 25_000)),
        Err(SyncError::Offline)
    );
}

#[derive(Debug, Clone)]
enum Op {
    Add(usize),
    Edit(usize, usize),
    Trash(usize, usize),
    Restore(usize, usize),
    Purge(usize),
    Name(usize),
    Sync(usize),
    Cut(usize, usize, bool),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (0..3usize).prop_map(Op::Add),
        (0..3usize, 0..8usize).prop_map(|(d, i)| Op::Edit(d, i)),
        (0..3usize, 0..8usize).prop_map(|(d, i)| Op::Trash(d, i)),
        (0..3usize, 0..8usize).prop_map(|(d, i)| Op::Restore(d, i)),
        (0..3usize).prop_map(Op::Purge),
        (0..3usize).prop_map(Op::Name),
        (0..3usize).prop_map(Op::Sync),
        (0..3usize, 0..12usize, any::<bool>()).prop_map(|(d, k, a)| Op::Cut(d, k, a)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    /// Any order of edits, trashing, restoring, emptying the trash, and
    /// rounds (cut at any call) on three devices: once every device has
    /// synced, all hold the same workbook, the server holds no conflict,
    /// and every record nobody purged is there in its newest version.
    #[test]
    fn any_order_of_edits_and_rounds_converges(ops in prop::collection::vec(op(), 1..40)) {
        let server = FakeCouch::default();
        let mut devices = vec![Device::new("a"), Device::new("b"), Device::new("c")];
        let mut clock = 0i64;
        let mut purged_somewhere = std::collections::BTreeSet::new();
        let mut newest: std::collections::BTreeMap<Uuid, DateTime<Utc>> = Default::default();
        for op in ops {
            clock += 1;
            match op {
                Op::Add(d) => {
                    let id = devices[d].add(&format!("m{clock}"), clock);
                    newest.insert(id, at(clock));
                }
                Op::Edit(d, i) | Op::Trash(d, i) | Op::Restore(d, i) => {
                    let dev = &mut devices[d];
                    let Some(id) = dev.wb.members.all().get(i).map(|r| r.id) else { continue };
                    let changed = match op {
                        Op::Edit(..) => dev.wb.members.update(id, at(clock), |m| m.name = format!("e{clock}")),
                        Op::Trash(..) => dev.wb.members.trash(id, at(clock)),
                        _ => dev.wb.members.restore(id, at(clock)),
                    };
                    if changed {
                        let u = dev.wb.members.get(id).unwrap().updated;
                        let e = newest.entry(id).or_insert(u);
                        *e = (*e).max(u);
                    }
                }
                Op::Purge(d) => {
                    for (_, id, _) in devices[d].wb.trashed() {
                        purged_somewhere.insert(id);
                    }
                    devices[d].purge();
                }
                Op::Name(d) => devices[d].wb.profile.set(
                    Profile { business_name: format!("b{clock}"), example: false },
                    at(clock),
                ),
                Op::Sync(d) => {
                    devices[d].sync(&server);
                }
                Op::Cut(d, k, after) => {
                    server.fault.set(if after { Fault::CutAfter(k) } else { Fault::CutBefore(k) });
                    devices[d].sync(&server);
                    server.fault.set(Fault::None);
                }
            }
        }
        converge(&server, &mut devices);
        for (id, updated) in newest {
            if purged_somewhere.contains(&id) {
                continue;
            }
            let r = devices[0].wb.members.get(id);
            prop_assert!(r.is_some(), "record {id} lost");
            prop_assert_eq!(r.unwrap().updated, updated, "the newest version of {} won", id);
        }
    }
}

/// One device's round in flight: started on a copy of its workbook, as the
/// app starts it, and applied when done to the workbook as it is then.
type Flight<'a> = std::pin::Pin<Box<dyn std::future::Future<Output = Round> + 'a>>;

#[derive(Debug, Clone)]
enum Step {
    Edit(usize, usize),
    Add(usize),
    TrashPurge(usize, usize),
    Start(usize),
    Poll(usize),
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        1 => (0..3usize).prop_map(Step::Add),
        3 => (0..3usize, 0..2usize).prop_map(|(d, i)| Step::Edit(d, i)),
        1 => (0..3usize, 0..6usize).prop_map(|(d, i)| Step::TrashPurge(d, i)),
        2 => (0..3usize).prop_map(Step::Start),
        6 => (0..3usize).prop_map(Step::Poll),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    /// Rounds of three devices running at the same time, their calls
    /// interleaved in any order, with edits made while a round is in
    /// flight: the database gets real conflicts, and still every device
    /// ends with the same workbook, no conflict left, no edit lost.
    #[test]
    fn rounds_running_at_once_converge(steps in prop::collection::vec(step(), 1..80)) {
        let server = FakeCouch::default();
        server.yielding.set(true);
        let mut devices = vec![Device::new("a"), Device::new("b"), Device::new("c")];
        let mut flights: Vec<Option<Flight<'_>>> = vec![None, None, None];
        let mut purged_later: Vec<Vec<String>> = vec![Vec::new(); 3];
        let mut clock = 0i64;
        let mut conflicts_seen = false;
        let mut purged_somewhere = std::collections::BTreeSet::new();
        let mut newest: std::collections::BTreeMap<Uuid, DateTime<Utc>> = Default::default();
        let shared = devices[0].add("shared", 0);
        newest.insert(shared, at(0));
        devices[0].sync(&server);
        devices[1].sync(&server);
        devices[2].sync(&server);
        let poll = |d: usize, devices: &mut Vec<Device>, flights: &mut Vec<Option<Flight<'_>>>, purged_later: &mut Vec<Vec<String>>| {
            let Some(f) = flights[d].as_mut() else { return };
            let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
            if let std::task::Poll::Ready(r) = f.as_mut().poll(&mut cx) {
                flights[d] = None;
                r.apply(&mut devices[d].wb);
                devices[d].state = r.state.clone().unwrap();
                let ids = std::mem::take(&mut purged_later[d]);
                devices[d].state.note_purged(ids);
            }
        };
        for s in steps {
            clock += 1;
            match s {
                Step::Add(d) => {
                    let id = devices[d].add(&format!("m{clock}"), clock);
                    newest.insert(id, at(clock));
                }
                Step::Edit(d, i) => {
                    let dev = &mut devices[d];
                    let Some(id) = dev.wb.members.all().get(i).map(|r| r.id) else { continue };
                    if dev.wb.members.update(id, at(clock), |m| m.name = format!("e{clock}")) {
                        let u = dev.wb.members.get(id).unwrap().updated;
                        let e = newest.entry(id).or_insert(u);
                        *e = (*e).max(u);
                    }
                }
                Step::TrashPurge(d, i) => {
                    let dev = &mut devices[d];
                    let Some(id) = dev.wb.members.all().get(i).map(|r| r.id) else { continue };
                    dev.wb.members.trash(id, at(clock));
                    purged_somewhere.insert(id);
                    let ids: Vec<String> = dev.wb.trashed().iter().map(|(p, id, _)| DocKey::Record(*p, *id).id()).collect();
                    dev.wb.purge_trash();
                    if flights[d].is_some() {
                        purged_later[d].extend(ids.iter().cloned());
                    }
                    dev.state.note_purged(ids);
                }
                Step::Start(d) => {
                    if flights[d].is_none() {
                        let state = devices[d].state.clone();
                        let snapshot = devices[d].wb.clone();
                        let srv = &server;
                        flights[d] = Some(Box::pin(async move { round(srv, &state, &snapshot).await }));
                    }
                }
                Step::Poll(d) => {
                    poll(d, &mut devices, &mut flights, &mut purged_later);
                    conflicts_seen |= !server.conflicted().is_empty();
                }
            }
        }
        // Let every round in flight finish.
        for _ in 0..10_000 {
            if flights.iter().all(Option::is_none) {
                break;
            }
            for d in 0..3 {
                poll(d, &mut devices, &mut flights, &mut purged_later);
            }
        }
        prop_assert!(flights.iter().all(Option::is_none));
        drop(flights);
        if conflicts_seen {
            CONFLICTED_RUNS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        }
        CASES_RUN.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        server.yielding.set(false);
        converge(&server, &mut devices);
        for (id, updated) in newest {
            if purged_somewhere.contains(&id) {
                continue;
            }
            let r = devices[0].wb.members.get(id);
            prop_assert!(r.is_some(), "record {} lost", id);
            prop_assert_eq!(r.unwrap().updated, updated, "the newest version of {} won", id);
        }
    }
}

/// How many runs of the interleaved test put a conflict in the database,
/// printed by `interleaving_figures` (`--show-output`).
static CONFLICTED_RUNS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
static CASES_RUN: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

#[test]
fn interleaving_figures() {
    rounds_running_at_once_converge();
    println!(
        "sync interleaving: {} of {} runs put a conflict in the database, all resolved",
        CONFLICTED_RUNS.load(std::sync::atomic::Ordering::Relaxed),
        CASES_RUN.load(std::sync::atomic::Ordering::Relaxed)
    );
}

/// Two rounds run at once, call by call: both read before either writes,
/// so both write on the same parent and the database holds a conflict,
/// which the next rounds resolve the same way on both devices.
#[test]
fn two_rounds_at_once_make_a_conflict_that_the_next_rounds_resolve() {
    let server = FakeCouch::default();
    let (mut a, mut b) = (Device::new("a"), Device::new("b"));
    let id = a.add("shared", 0);
    a.sync(&server);
    b.sync(&server);
    a.rename(id, "from a", 10);
    b.rename(id, "from b", 20);
    server.yielding.set(true);
    let (sa, wa, sb, wb) = (a.state.clone(), a.wb.clone(), b.state.clone(), b.wb.clone());
    let mut fa = std::pin::pin!(round(&server, &sa, &wa));
    let mut fb = std::pin::pin!(round(&server, &sb, &wb));
    let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
    let (mut ra, mut rb) = (None, None);
    while ra.is_none() || rb.is_none() {
        if ra.is_none() {
            if let std::task::Poll::Ready(r) = fa.as_mut().poll(&mut cx) {
                ra = Some(r);
            }
        }
        if rb.is_none() {
            if let std::task::Poll::Ready(r) = fb.as_mut().poll(&mut cx) {
                rb = Some(r);
            }
        }
    }
    server.yielding.set(false);
    let doc_id = DocKey::Record(Part::Members, id).id();
    assert_eq!(
        server.conflicted(),
        vec![doc_id.clone()],
        "both wrote on one parent"
    );
    for (d, r) in [(&mut a, ra.unwrap()), (&mut b, rb.unwrap())] {
        assert_eq!(r.error, None);
        r.apply(&mut d.wb);
        d.state = r.state.unwrap();
    }
    a.sync(&server);
    b.sync(&server);
    assert_eq!(a.name(id).as_deref(), Some("from b"));
    assert_eq!(b.name(id).as_deref(), Some("from b"));
    assert_eq!(server.leaves(&doc_id).len(), 1);
    converge(&server, &mut [a, b]);
}

/// Erasing a customer's data on one device rewrites the documents on the
/// server and on every other device, even one that edited the complaint
/// offline before the erasure.
#[test]
fn an_erasure_reaches_the_server_and_every_device() {
    use crate::listen::complaints::{Complaint, Customer};
    let server = FakeCouch::default();
    let (mut a, mut b) = (Device::new("a"), Device::new("b"));
    let c = Complaint {
        customer: Customer {
            name: "Maria Bianchi".into(),
            phone: "+39 333 1234567".into(),
            email: "maria@example.com".into(),
            address: "Via Roma 1".into(),
        },
        nature: "Late delivery".into(),
        ..Complaint::default()
    };
    let id = a.wb.complaints.insert(c, at(0));
    a.sync(&server);
    b.sync(&server);
    assert!(b
        .wb
        .complaints
        .update(id, at(5), |c| c.solution = "Called back".into()));
    assert_eq!(
        crate::share::erasure::erase(&mut a.wb, &[(Part::Complaints, id)], at(10)),
        1
    );
    a.sync(&server);
    b.sync(&server);
    a.sync(&server);
    let doc = server.winners()[&DocKey::Record(Part::Complaints, id).id()].to_string();
    for personal in ["Maria", "333 1234567", "maria@example.com", "Via Roma"] {
        assert!(
            !doc.contains(personal),
            "{personal} still on the server: {doc}"
        );
        for d in [&a, &b] {
            let local = serde_json::to_string(&d.wb.complaints).unwrap();
            assert!(!local.contains(personal), "{personal} still on a device");
        }
    }
    converge(&server, &mut [a, b]);
}

fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        prop_oneof![
            ".{0,12}",
            Just("1-abc".to_string()),
            Just("members:00000000-0000-4000-8000-000000000000".to_string()),
            Just("+275760-09-13T00:00:00Z".to_string()),
            Just("2026-12-01T09:00:00Z".to_string()),
        ]
        .prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(
                prop_oneof![
                    Just("results".to_string()),
                    Just("last_seq".to_string()),
                    Just("id".to_string()),
                    Just("changes".to_string()),
                    Just("rev".to_string()),
                    Just("doc".to_string()),
                    Just("_id".to_string()),
                    Just("_rev".to_string()),
                    Just("_conflicts".to_string()),
                    Just("_deleted".to_string()),
                    Just("schema".to_string()),
                    Just("record".to_string()),
                    Just("missing".to_string()),
                    Just("docs".to_string()),
                    Just("ok".to_string()),
                    Just("error".to_string()),
                    ".{0,6}",
                ],
                inner,
                0..6
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// A server answering anything at all: whatever the statuses and bodies,
/// a round never panics, never loses a local record, and the device still
/// syncs with a real server afterwards.
struct Hostile {
    answers: std::cell::RefCell<Vec<(u16, String)>>,
}

impl super::engine::Transport for Hostile {
    async fn send(
        &self,
        _: super::engine::Request,
    ) -> Result<super::engine::Response, super::engine::NetError> {
        match self.answers.borrow_mut().pop() {
            Some((status, body)) => Ok(super::engine::Response { status, body }),
            None => Err(super::engine::NetError::TimedOut),
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn a_server_answering_anything_never_panics_or_loses_a_record(
        answers in prop::collection::vec(
            (prop_oneof![Just(200u16), Just(201), Just(404), Just(409), Just(401), Just(500), any::<u16>()],
             prop_oneof![any_json().prop_map(|v| v.to_string()), ".{0,40}"]),
            0..10,
        )
    ) {
        let server = FakeCouch::default();
        let mut a = Device::new("a");
        let ids: Vec<_> = (0..3).map(|i| a.add(&format!("m{i}"), i)).collect();
        a.sync(&server);
        a.rename(ids[0], "edited", 10);
        let hostile = Hostile { answers: std::cell::RefCell::new(answers) };
        let r = block_on(round(&hostile, &a.state, &a.wb));
        r.apply(&mut a.wb);
        a.state = r.state.unwrap();
        for id in &ids {
            prop_assert!(a.wb.members.get(*id).is_some());
        }
        prop_assert_eq!(a.name(ids[0]), Some("edited".to_string()));
        a.state.checked = false;
        a.settle(&server);
        let mut b = Device::new("b");
        b.settle(&server);
        prop_assert_eq!(b.name(ids[0]), Some("edited".to_string()));
        prop_assert_eq!(b.wb.members.len(), 3);
    }
}
