//! Sync as the app runs it, without the browser: the settings kept on this
//! device, the database URL read into the server's root, the status the
//! user sees, how long to wait after a failure, and the state's stored
//! form. Plain Rust, tested natively; `sync_web` drives it.

use crate::kernel::codec;
use crate::sync::engine::{SyncError, SyncState};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// The localStorage key of the settings (outside `servicebook/v1/`, which
/// the store owns and sweeps).
pub const CONFIG_KEY: &str = "servicebook-sync/v1/config";
/// The localStorage key of the replication state (compressed JSON).
pub const STATE_KEY: &str = "servicebook-sync/v1/state";
/// The localStorage key of the status of the tab that syncs.
pub const STATUS_KEY: &str = "servicebook-sync/v1/status";
/// How long a long poll waits for a change on the server.
pub const LONGPOLL_MS: u32 = 25_000;
/// A request's time limit, and what a long poll gets beyond its own wait.
pub const REQUEST_MS: u32 = 30_000;
pub const LONGPOLL_GRACE_MS: u32 = 10_000;
/// The longest answer read, in bytes (UTF-16 units of the text).
pub const MAX_BODY: u32 = 64 * 1024 * 1024;

/// What this device remembers about sync. The password is never kept.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Config {
    #[serde(default)]
    pub db_url: String,
    #[serde(default)]
    pub user: String,
    /// Sync runs (the user connected and has not disconnected).
    #[serde(default)]
    pub on: bool,
}

impl Config {
    /// Reads the stored settings; anything unreadable is "off".
    pub fn read(text: Option<&str>) -> Config {
        text.and_then(|t| serde_json::from_str::<Config>(t).ok())
            .filter(|c| !c.on || Db::parse(&c.db_url).is_some())
            .unwrap_or_default()
    }
}

/// A database URL, and the server's root it lives under.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Db {
    /// The database, without a trailing slash: `https://couch.example.com/shop`.
    pub url: String,
    /// The server: the URL without its last path segment
    /// (`https://couch.example.com`), where `_session` is.
    pub root: String,
}

impl Db {
    /// Reads what the user typed: `http(s)://host[:port]/[path/]name`, no
    /// query, no fragment, no spaces; trailing slashes are dropped.
    pub fn parse(text: &str) -> Option<Db> {
        let url = text.trim().trim_end_matches('/');
        if url.len() > 2048 || url.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return None;
        }
        if url.contains(['?', '#']) {
            return None;
        }
        let rest = url
            .strip_prefix("https://")
            .or_else(|| url.strip_prefix("http://"))?;
        let (host, path) = rest.split_once('/')?;
        if host.is_empty() || host.contains('@') || path.split('/').any(str::is_empty) {
            return None;
        }
        let cut = url.rfind('/')?;
        Some(Db {
            url: url.to_string(),
            root: url[..cut].to_string(),
        })
    }

    /// The URL of a request whose path is relative to the database (the
    /// empty path is the database itself).
    pub fn request_url(db_url: &str, path: &str) -> String {
        if path.is_empty() {
            db_url.to_string()
        } else {
            format!("{db_url}/{path}")
        }
    }
}

/// The time limit of a request: a long poll's own wait (its `timeout=`)
/// and a grace period, else the normal limit.
pub fn time_limit_ms(path: &str) -> u32 {
    if !path.contains("feed=longpoll") {
        return REQUEST_MS;
    }
    path.split(['?', '&'])
        .find_map(|p| p.strip_prefix("timeout="))
        .and_then(|v| v.parse::<u32>().ok())
        .map(|t| t.min(3_600_000).saturating_add(LONGPOLL_GRACE_MS))
        .unwrap_or(REQUEST_MS)
}

/// The wait after the `failures`-th failure in a row: 2 s, 4 s, 8 s … at
/// most a minute.
pub fn backoff_ms(failures: u32) -> u32 {
    let doubling = failures.saturating_sub(1).min(5);
    2_000u32.saturating_mul(1 << doubling).min(60_000)
}

/// Why the server refused to sync.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Why {
    NoDatabase,
    Forbidden,
    /// An answer CouchDB does not give (or a status it should not).
    Unexpected,
}

/// Sync as the user sees it (also stored, so the tabs that wait while
/// another syncs show what it sees).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Status {
    Off,
    Connecting,
    Synced(DateTime<Utc>),
    /// The server cannot be reached; so many changes wait to be sent.
    Offline(usize),
    /// The session ended: the password again (queued changes are kept).
    LoginNeeded,
    Refused(Why),
}

impl Status {
    /// A status another tab stored; anything unreadable is none.
    pub fn read(text: &str) -> Option<Status> {
        serde_json::from_str(text).ok()
    }

    pub fn write(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The status after a round or a long poll stopped on `error`, with
    /// `waiting` changes not yet on the server.
    pub fn after(error: &SyncError, waiting: usize) -> Status {
        match error {
            SyncError::Offline => Status::Offline(waiting),
            // A server that fails for a while (restarting, overloaded) is
            // away, as when it cannot be reached.
            SyncError::Server(s) if (500..600).contains(s) => Status::Offline(waiting),
            SyncError::LoginNeeded => Status::LoginNeeded,
            SyncError::Forbidden => Status::Refused(Why::Forbidden),
            SyncError::NoDatabase => Status::Refused(Why::NoDatabase),
            SyncError::Server(_) | SyncError::Garbage(_) => Status::Refused(Why::Unexpected),
        }
    }
}

/// The state as stored: compressed JSON.
pub fn encode_state(state: &SyncState) -> String {
    codec::encode(&serde_json::to_string(state).unwrap_or_default())
}

/// The stored state, if it reads back whole.
pub fn decode_state(text: &str) -> Option<SyncState> {
    let json = codec::decode(text).ok()?;
    serde_json::from_str(&json).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_database_url_gives_the_server_root() {
        let db = Db::parse(" https://couch.example.com/shop/ ").unwrap();
        assert_eq!(db.url, "https://couch.example.com/shop");
        assert_eq!(db.root, "https://couch.example.com");
        let db = Db::parse("http://127.0.0.1:5991/couchdb/shop").unwrap();
        assert_eq!(db.root, "http://127.0.0.1:5991/couchdb");
        assert_eq!(Db::request_url(&db.url, ""), db.url);
        assert_eq!(
            Db::request_url(&db.url, "_changes?since=0"),
            "http://127.0.0.1:5991/couchdb/shop/_changes?since=0"
        );
    }

    #[test]
    fn urls_without_a_database_or_scheme_are_refused() {
        for bad in [
            "",
            "couch.example.com/shop",
            "ftp://couch.example.com/shop",
            "https://couch.example.com",
            "https://couch.example.com/",
            "https:///shop",
            "https://couch.example.com//shop",
            "https://couch.example.com/shop?x=1",
            "https://couch.example.com/shop#x",
            "https://couch.example.com/my shop",
            "https://user:pw@couch.example.com/shop",
            "javascript:alert(1)//x/y",
        ] {
            assert_eq!(Db::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_long_poll_gets_its_wait_and_ten_seconds() {
        assert_eq!(time_limit_ms("_changes?since=0"), 30_000);
        assert_eq!(
            time_limit_ms("_changes?feed=longpoll&style=all_docs&limit=1&timeout=25000&since=5"),
            35_000
        );
        assert_eq!(time_limit_ms("_changes?feed=longpoll&timeout=x"), 30_000);
        assert_eq!(
            time_limit_ms("_changes?feed=longpoll&timeout=99999999999"),
            30_000
        );
        assert_eq!(
            time_limit_ms("_changes?feed=longpoll&timeout=9999999"),
            3_610_000
        );
    }

    #[test]
    fn backoff_doubles_from_two_seconds_to_a_minute() {
        let waits: Vec<u32> = (1..=9).map(backoff_ms).collect();
        assert_eq!(
            waits,
            [2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000, 60_000]
        );
        assert_eq!(backoff_ms(0), 2_000);
        assert_eq!(backoff_ms(u32::MAX), 60_000);
    }

    #[test]
    fn each_error_has_its_status() {
        assert_eq!(Status::after(&SyncError::Offline, 3), Status::Offline(3));
        assert_eq!(
            Status::after(&SyncError::Server(503), 1),
            Status::Offline(1)
        );
        assert_eq!(
            Status::after(&SyncError::LoginNeeded, 0),
            Status::LoginNeeded
        );
        assert_eq!(
            Status::after(&SyncError::Forbidden, 0),
            Status::Refused(Why::Forbidden)
        );
        assert_eq!(
            Status::after(&SyncError::NoDatabase, 0),
            Status::Refused(Why::NoDatabase)
        );
        assert_eq!(
            Status::after(&SyncError::Server(418), 0),
            Status::Refused(Why::Unexpected)
        );
        assert_eq!(
            Status::after(&SyncError::Garbage("_changes"), 0),
            Status::Refused(Why::Unexpected)
        );
    }

    #[test]
    fn a_status_reads_back_and_damage_is_none() {
        for s in [
            Status::Off,
            Status::Connecting,
            Status::Synced(crate::kernel::record::now()),
            Status::Offline(7),
            Status::LoginNeeded,
            Status::Refused(Why::Forbidden),
        ] {
            assert_eq!(Status::read(&s.write()), Some(s));
        }
        assert_eq!(Status::read("{"), None);
        assert_eq!(Status::read(r#"{"Synced":"10000-01-01T00:00:00Z"}"#), None);
    }

    #[test]
    fn the_state_reads_back_and_damage_is_none() {
        let mut state = SyncState::new("device-1".into());
        state.since = serde_json::json!("12-abc");
        let text = encode_state(&state);
        assert_eq!(decode_state(&text), Some(state));
        assert_eq!(decode_state("not a state"), None);
        assert_eq!(decode_state(""), None);
    }

    #[test]
    fn the_config_never_holds_a_password_and_damage_is_off() {
        let c = Config {
            db_url: "https://couch.example.com/shop".into(),
            user: "anna".into(),
            on: true,
        };
        let text = serde_json::to_string(&c).unwrap();
        assert!(!text.contains("password"));
        assert_eq!(Config::read(Some(&text)), c);
        assert_eq!(Config::read(Some("{")), Config::default());
        assert_eq!(Config::read(None), Config::default());
        assert_eq!(
            Config::read(Some(r#"{"db_url":"nonsense","user":"a","on":true}"#)),
            Config::default()
        );
    }
}
