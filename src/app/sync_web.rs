//! Sync in the browser: the engine's requests over `fetch`, logging in to
//! CouchDB, and the driver that runs rounds after the load, after each
//! save and whenever the server says something changed (a long poll),
//! backing off while the server is away. The plain rules are in
//! `app::sync`; the engine is `crate::sync`.

use crate::app::state::{AppState, SaveState};
use crate::app::sync::{
    self as rules, Config, Db, Status, CONFIG_KEY, MAX_BODY, STATE_KEY, STATUS_KEY,
};
use crate::kernel::record::now;
use crate::sync::engine::{self, Method, NetError, Request, Response, SyncState, Transport};
use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// `setTimeout` with its handle kept whole (see `state.rs`).
    #[wasm_bindgen(js_name = setTimeout)]
    fn set_timeout_whole(callback: &JsValue, ms: i32) -> f64;
    #[wasm_bindgen(js_name = clearTimeout)]
    fn clear_timeout_whole(handle: f64);
}

thread_local! {
    /// Numbers each run of the driver; a run whose number is no longer
    /// this one stops (a disconnect, or a new connection).
    static RUN: Cell<u64> = const { Cell::new(0) };
    /// Something happened that a round should send or look at now.
    static KICKED: Cell<bool> = const { Cell::new(false) };
    /// Ends the current wait between rounds early.
    static WAKE: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
    /// The long poll under way, to cut it when a round is wanted now.
    static LONGPOLL: RefCell<Option<web_sys::AbortController>> = const { RefCell::new(None) };
    /// The replication state, as last persisted or newer.
    static STATE: RefCell<Option<SyncState>> = const { RefCell::new(None) };
    /// The driver is saving what a round brought (that save sends nothing).
    static APPLYING: Cell<bool> = const { Cell::new(false) };
    static ONLINE_WIRED: Cell<bool> = const { Cell::new(false) };
    /// This tab holds the sync lock (it runs the rounds).
    static HOLDING: Cell<bool> = const { Cell::new(false) };
}

/// The engine's requests, sent with `fetch` to one database.
pub struct FetchTransport {
    /// The database's URL, without a trailing slash.
    pub db_url: String,
}

impl Transport for FetchTransport {
    async fn send(&self, req: Request) -> Result<Response, NetError> {
        let url = Db::request_url(&self.db_url, &req.path);
        let longpoll = req.path.contains("feed=longpoll");
        fetch(
            &url,
            req.method,
            req.body.as_deref(),
            rules::time_limit_ms(&req.path),
            longpoll,
        )
        .await
    }
}

/// One request with the session cookie, JSON both ways, cut after
/// `limit_ms`. An answer longer than [`MAX_BODY`] is read as an empty body
/// (which no call accepts), so it cannot fill the memory.
async fn fetch(
    url: &str,
    method: Method,
    body: Option<&str>,
    limit_ms: u32,
    longpoll: bool,
) -> Result<Response, NetError> {
    let window = web_sys::window().ok_or(NetError::Unreachable)?;
    let controller = web_sys::AbortController::new().map_err(|_| NetError::Unreachable)?;
    let init = web_sys::RequestInit::new();
    init.set_method(match method {
        Method::Get => "GET",
        Method::Put => "PUT",
        Method::Post => "POST",
        Method::Delete => "DELETE",
    });
    init.set_credentials(web_sys::RequestCredentials::Include);
    init.set_cache(web_sys::RequestCache::NoStore);
    let headers = web_sys::Headers::new().map_err(|_| NetError::Unreachable)?;
    let _ = headers.set("Accept", "application/json");
    if let Some(body) = body {
        let _ = headers.set("Content-Type", "application/json");
        init.set_body(&JsValue::from_str(body));
    }
    init.set_headers(&headers);
    init.set_signal(Some(&controller.signal()));
    let timed_out = Rc::new(Cell::new(false));
    let on_time = {
        let timed_out = timed_out.clone();
        let controller = controller.clone();
        Closure::once_into_js(move || {
            timed_out.set(true);
            controller.abort();
        })
    };
    let timer = set_timeout_whole(&on_time, i32::try_from(limit_ms).unwrap_or(i32::MAX));
    if longpoll {
        LONGPOLL.with(|l| *l.borrow_mut() = Some(controller.clone()));
    }
    let answer = async {
        let res = JsFuture::from(window.fetch_with_str_and_init(url, &init)).await?;
        let res: web_sys::Response = res.dyn_into()?;
        let status = res.status();
        let declared = res
            .headers()
            .get("Content-Length")
            .ok()
            .flatten()
            .and_then(|n| n.trim().parse::<u64>().ok());
        if declared.is_some_and(|n| n > u64::from(MAX_BODY)) {
            controller.abort();
            return Ok::<_, JsValue>(Response {
                status,
                body: String::new(),
            });
        }
        let text = JsFuture::from(res.text()?).await?;
        let text: js_sys::JsString = text.dyn_into()?;
        let body = if text.length() > MAX_BODY {
            String::new()
        } else {
            String::from(text)
        };
        Ok(Response { status, body })
    }
    .await;
    clear_timeout_whole(timer);
    if longpoll {
        LONGPOLL.with(|l| {
            let mut l = l.borrow_mut();
            if l.as_ref() == Some(&controller) {
                *l = None;
            }
        });
    }
    answer.map_err(|_| {
        if timed_out.get() {
            NetError::TimedOut
        } else {
            NetError::Unreachable
        }
    })
}

/// Why connecting did not work.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoginError {
    BadUrl,
    /// No answer (offline, a wrong address, or the server does not allow
    /// this app's origin).
    Unreachable,
    WrongPassword,
    /// Too many wrong passwords: the server refuses this user for a while.
    LockedOut,
    NoDatabase,
    Forbidden,
    Unexpected,
}

/// Logs in to the server of `db` (`POST /_session`; the browser keeps the
/// session cookie, the password goes nowhere else), then checks that the
/// user may open the database.
async fn log_in(db: &Db, user: &str, password: &str) -> Result<(), LoginError> {
    let body = serde_json::json!({ "name": user, "password": password }).to_string();
    let url = format!("{}/_session", db.root);
    let res = fetch(&url, Method::Post, Some(&body), rules::REQUEST_MS, false)
        .await
        .map_err(|_| LoginError::Unreachable)?;
    match res.status {
        200..=299 => {}
        401 => return Err(LoginError::WrongPassword),
        // CouchDB 3.4+ after repeated wrong passwords ([chttpd_auth_lockout]).
        403 => return Err(LoginError::LockedOut),
        _ => return Err(LoginError::Unexpected),
    }
    let res = fetch(&db.url, Method::Get, None, rules::REQUEST_MS, false)
        .await
        .map_err(|_| LoginError::Unreachable)?;
    match res.status {
        200 => Ok(()),
        401 | 403 => Err(LoginError::Forbidden),
        404 => Err(LoginError::NoDatabase),
        _ => Err(LoginError::Unexpected),
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn config() -> Config {
    Config::read(
        storage()
            .and_then(|s| s.get_item(CONFIG_KEY).ok().flatten())
            .as_deref(),
    )
}

fn write_config(c: &Config) {
    if let (Some(s), Ok(text)) = (storage(), serde_json::to_string(c)) {
        let _ = s.set_item(CONFIG_KEY, &text);
    }
}

fn read_state() -> Option<SyncState> {
    let text = storage()?.get_item(STATE_KEY).ok().flatten()?;
    rules::decode_state(&text)
}

fn persist_state(state: &SyncState) {
    if let Some(s) = storage() {
        let _ = s.set_item(STATE_KEY, &rules::encode_state(state));
    }
}

fn forget_state() {
    STATE.with(|s| *s.borrow_mut() = None);
    if let Some(s) = storage() {
        let _ = s.remove_item(STATE_KEY);
    }
}

/// Documents on the server that were not taken, as the last round left
/// them.
pub fn refused() -> Vec<engine::Refused> {
    STATE.with(|s| {
        s.borrow()
            .as_ref()
            .map(|s| s.refused.clone())
            .unwrap_or_default()
    })
}

/// Starts sync at load when it is on.
pub fn start(app: AppState) {
    let c = config();
    if !c.on {
        return;
    }
    let Some(db) = Db::parse(&c.db_url) else {
        return;
    };
    STATE.with(|s| {
        *s.borrow_mut() =
            Some(read_state().unwrap_or_else(|| SyncState::new(uuid::Uuid::new_v4().to_string())))
    });
    app.sync.set(Status::Connecting);
    spawn(app, db);
}

/// Connects: logs in, keeps the settings (not the password) and starts
/// syncing. A new database starts from a new state.
pub async fn connect(
    app: AppState,
    url: &str,
    user: &str,
    password: &str,
) -> Result<(), LoginError> {
    let db = Db::parse(url).ok_or(LoginError::BadUrl)?;
    app.sync.set(Status::Connecting);
    if let Err(e) = log_in(&db, user.trim(), password).await {
        app.sync.set(Status::Off);
        return Err(e);
    }
    let before = config();
    if before.db_url != db.url {
        forget_state();
    }
    write_config(&Config {
        db_url: db.url.clone(),
        user: user.trim().to_string(),
        on: true,
    });
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        if s.is_none() {
            *s = Some(
                read_state().unwrap_or_else(|| SyncState::new(uuid::Uuid::new_v4().to_string())),
            );
        }
    });
    spawn(app, db);
    Ok(())
}

/// After the session ended: logs in again and resumes, changes made
/// meanwhile and all.
pub async fn log_in_again(app: AppState, password: &str) -> Result<(), LoginError> {
    let c = config();
    let db = Db::parse(&c.db_url).ok_or(LoginError::BadUrl)?;
    log_in(&db, &c.user, password).await?;
    app.sync.set(Status::Connecting);
    spawn(app, db);
    Ok(())
}

/// Stops syncing and forgets what it knew; the workbook stays as it is.
/// The server's session ends too (`DELETE /_session`), so the browser keeps
/// no login to the database; if the server cannot be reached, the session
/// ends by itself after its idle time.
pub fn disconnect(app: AppState) {
    RUN.with(|r| r.set(r.get().wrapping_add(1)));
    kick();
    let mut c = config();
    if let Some(db) = Db::parse(&c.db_url) {
        leptos::task::spawn_local(async move {
            let url = format!("{}/_session", db.root);
            let _ = fetch(&url, Method::Delete, None, rules::REQUEST_MS, false).await;
        });
    }
    c.on = false;
    write_config(&c);
    forget_state();
    if let Some(s) = storage() {
        let _ = s.remove_item(STATUS_KEY);
    }
    app.sync.set(Status::Off);
}

/// Notes records emptied from the trash, so their documents are deleted on
/// the server too.
pub fn note_purged(ids: Vec<String>) {
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        let Some(state) = s.as_mut() else {
            return;
        };
        state.note_purged(ids.clone());
        // The stored state may be newer (another tab syncs): note it there
        // too rather than write this tab's copy over it.
        let mut stored = read_state().unwrap_or_else(|| state.clone());
        stored.note_purged(ids);
        persist_state(&stored);
    });
    kick();
}

/// Wants a round now: ends the wait or the long poll under way.
pub fn kick() {
    KICKED.with(|k| k.set(true));
    if let Some(wake) = WAKE.with(|w| w.borrow_mut().take()) {
        let _ = wake.call0(&JsValue::NULL);
    }
    if let Some(poll) = LONGPOLL.with(|l| l.borrow_mut().take()) {
        poll.abort();
    }
}

/// After the workbook was saved here or in another tab: sends what changed
/// (not after saving what a round itself brought).
fn after_save() {
    let on = STATE.with(|s| s.borrow().is_some());
    if on && !APPLYING.with(Cell::get) {
        kick();
    }
}

/// Records another tab emptied from the trash (noted when this tab took
/// that tab's save in): their documents are deleted on the server too.
fn note_purged_elsewhere() {
    let records = crate::app::state::take_purged_elsewhere();
    if records.is_empty() {
        return;
    }
    let ids = records
        .into_iter()
        .map(|(part, id)| crate::sync::doc::DocKey::Record(part, id).id())
        .collect();
    note_purged(ids);
}

fn spawn(app: AppState, db: Db) {
    crate::app::state::after_save(after_save);
    let run = RUN.with(|r| {
        r.set(r.get().wrapping_add(1));
        r.get()
    });
    wire_online(app);
    kick();
    leptos::task::spawn_local(async move {
        // One tab of this browser syncs at a time (they share the state and
        // the server's checkpoint); the others take over when it closes.
        // While another tab syncs, this one shows what that one sees.
        if let Some(seen) = crate::app::web::local_item(STATUS_KEY).and_then(|t| Status::read(&t)) {
            if seen != Status::Off {
                app.sync.set(seen);
            }
        }
        let release = hold_lock().await;
        HOLDING.with(|h| h.set(true));
        if current(run) {
            // Another tab may have synced meanwhile: its state is newer.
            if let Some(stored) = read_state() {
                STATE.with(|s| {
                    let mut s = s.borrow_mut();
                    if s.is_some() {
                        *s = Some(stored);
                    }
                });
            }
            KICKED.with(|k| k.set(true));
            drive(app, db, run).await;
        }
        HOLDING.with(|h| h.set(false));
        if let Some(release) = release {
            let _ = release.call0(&JsValue::NULL);
        }
    });
}

/// Waits for this browser's sync lock (Web Locks) and returns what lets
/// it go; `None` where the browser has no Web Locks (then every tab syncs).
async fn hold_lock() -> Option<js_sys::Function> {
    let navigator = web_sys::window()?.navigator();
    let locks = js_sys::Reflect::get(&navigator, &JsValue::from_str("locks")).ok()?;
    let request = js_sys::Reflect::get(&locks, &JsValue::from_str("request"))
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    let mut release = None;
    let held = js_sys::Promise::new(&mut |resolve, _| release = Some(resolve));
    let mut granted = None;
    let acquired = js_sys::Promise::new(&mut |resolve, _| granted = Some(resolve));
    let (release, granted) = (release?, granted?);
    let on_lock = Closure::once_into_js(move |_lock: JsValue| -> JsValue {
        let _ = granted.call0(&JsValue::NULL);
        held.into()
    });
    request
        .call2(&locks, &JsValue::from_str("servicebook-sync"), &on_lock)
        .ok()?;
    JsFuture::from(acquired).await.ok()?;
    Some(release)
}

/// Back online: try at once rather than at the end of the backoff. Sync
/// switched off or on in another tab: the same here.
fn wire_online(app: AppState) {
    if ONLINE_WIRED.with(|w| w.replace(true)) {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    let on_online = Closure::<dyn Fn()>::new(kick);
    let _ = window.add_event_listener_with_callback("online", on_online.as_ref().unchecked_ref());
    on_online.forget();
    let on_storage =
        Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |ev: web_sys::StorageEvent| {
            if ev.key().as_deref() == Some(STATUS_KEY) {
                let seen = ev.new_value().and_then(|t| Status::read(&t));
                let running = STATE.with(|s| s.borrow().is_some());
                if let (Some(seen), false, true) = (seen, HOLDING.with(Cell::get), running) {
                    app.sync.set(seen);
                }
                return;
            }
            if ev.key().as_deref() != Some(CONFIG_KEY) {
                return;
            }
            let running = STATE.with(|s| s.borrow().is_some());
            let on = config().on;
            if running && !on {
                RUN.with(|r| r.set(r.get().wrapping_add(1)));
                kick();
                STATE.with(|s| *s.borrow_mut() = None);
                app.sync.set(Status::Off);
            } else if !running && on {
                start(app);
            }
        });
    let _ = window.add_event_listener_with_callback("storage", on_storage.as_ref().unchecked_ref());
    on_storage.forget();
}

/// Shows a status the rounds reached, and stores it for the other tabs.
fn show(app: AppState, status: Status) {
    if let Some(s) = storage() {
        let _ = s.set_item(STATUS_KEY, &status.write());
    }
    app.sync.set(status);
}

fn current(run: u64) -> bool {
    RUN.with(Cell::get) == run
}

/// Waits `ms`, or less if something kicks.
async fn sleep(ms: u32) {
    if KICKED.with(Cell::get) {
        return;
    }
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        set_timeout_whole(&resolve, i32::try_from(ms).unwrap_or(i32::MAX));
        WAKE.with(|w| *w.borrow_mut() = Some(resolve));
    });
    let _ = JsFuture::from(promise).await;
    WAKE.with(|w| w.borrow_mut().take());
}

fn waiting(app: AppState) -> usize {
    STATE.with(|s| {
        s.borrow()
            .as_ref()
            .map(|state| app.wb.with_untracked(|wb| state.waiting(wb)))
            .unwrap_or(0)
    })
}

/// The driver: a round, then a long poll until the server has a change or
/// this device saved one; after a failure, a wait that doubles up to a
/// minute. It stops when the session ends (until the user logs in again)
/// and when sync is switched off.
async fn drive(app: AppState, db: Db, run: u64) {
    let t = FetchTransport { db_url: db.url };
    let mut failures: u32 = 0;
    while current(run) {
        KICKED.with(|k| k.set(false));
        note_purged_elsewhere();
        let Some(state) = STATE.with(|s| s.borrow().clone()) else {
            return;
        };
        let wb = app.wb.get_untracked();
        let round = engine::round(&t, &state, &wb).await;
        if !current(run) {
            return;
        }
        take_round(app, &round);
        let error = match round.error {
            None => {
                failures = 0;
                show(app, Status::Synced(now()));
                // Changes saved during the round go at once; else wait for
                // the server's next change.
                loop {
                    if KICKED.with(Cell::get) {
                        break None;
                    }
                    let Some(state) = STATE.with(|s| s.borrow().clone()) else {
                        return;
                    };
                    let waited = engine::wait(&t, &state, rules::LONGPOLL_MS).await;
                    if !current(run) {
                        return;
                    }
                    match waited {
                        Ok(true) => break None,
                        Ok(false) => continue,
                        Err(_) if KICKED.with(Cell::get) => break None,
                        Err(e) => break Some(e),
                    }
                }
            }
            Some(e) => Some(e),
        };
        if let Some(e) = error {
            let status = Status::after(&e, waiting(app));
            show(app, status.clone());
            if status == Status::LoginNeeded {
                return;
            }
            failures = failures.saturating_add(1);
            sleep(rules::backoff_ms(failures)).await;
        }
    }
}

/// Merges what a round brought into the workbook, saves it, and only then
/// keeps the new state, so a state never claims what storage lacks.
fn take_round(app: AppState, round: &engine::Round) {
    let mut changed = false;
    if !round.is_empty() {
        // What is being typed goes in first (its field's `change` edits the
        // workbook), then the round is merged over it, in place (a copy of
        // a large workbook costs more than the merge).
        let spot = crate::app::web::commit_focused();
        app.wb.maybe_update(|wb| {
            changed = round.apply(wb);
            changed
        });
        if changed {
            APPLYING.with(|a| a.set(true));
            app.save_now();
            APPLYING.with(|a| a.set(false));
        }
        if let Some(spot) = spot {
            crate::app::web::restore_focus(spot);
        }
    }
    let Some(mut state) = round.state.clone() else {
        return;
    };
    // Records emptied from the trash while the round ran were noted in the
    // in-memory state meanwhile: keep them (one the round already
    // deleted on the server is dropped by the next round, as it is no
    // longer known).
    STATE.with(|s| {
        if let Some(current) = s.borrow().as_ref() {
            state.purged.extend(current.purged.iter().cloned());
        }
    });
    let saved = !changed
        || matches!(
            app.save.get_untracked(),
            SaveState::Saved(_) | SaveState::NoStorage
        );
    if saved {
        persist_state(&state);
    }
    STATE.with(|s| {
        if s.borrow().is_some() {
            *s.borrow_mut() = Some(state);
        }
    });
}

/// The status in words (the Share card, the header's accessible name).
pub fn status_text(app: AppState, status: &Status) -> String {
    use crate::app::sync::Why;
    use crate::i18n::{fill, K, P};
    use crate::kernel::format::Format;
    match status {
        Status::Off => app.t(K::SyncOff).to_string(),
        Status::Connecting => app.t(K::SyncConnecting).to_string(),
        Status::Synced(at) => fill(app.t(K::SyncSynced), &[("time", &app.fmt().stamp(*at))]),
        Status::Offline(n) => app.fmt().plural(P::SyncWaiting, *n as u64),
        Status::LoginNeeded => app.t(K::SyncLoginNeeded).to_string(),
        Status::Refused(why) => {
            let why = app.t(match why {
                Why::NoDatabase => K::SyncWhyNoDatabase,
                Why::Forbidden => K::SyncWhyForbidden,
                Why::Unexpected => K::SyncWhyUnexpected,
            });
            fill(app.t(K::SyncRefused), &[("why", why)])
        }
    }
}
