//! The automatic backup file: where the browser has the File System Access
//! API (Chromium), the user picks a file once and the app rewrites it with
//! an ordinary Servicebook export after each save. The file's handle is
//! kept in IndexedDB (the only place a handle can be kept), so a later
//! visit can resume after the user allows it again with one click.
//!
//! Everything here talks to the browser through `Reflect`, because web-sys
//! exposes this API only behind its unstable flag; every answer is checked
//! and a failure is a `String` to show, never a panic.

use js_sys::{Function, Object, Promise, Reflect};
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

const DB: &str = "servicebook";
const STORE: &str = "handles";
const KEY: &str = "backup-file";

fn get(target: &JsValue, name: &str) -> Result<JsValue, String> {
    Reflect::get(target, &JsValue::from_str(name)).map_err(describe)
}

/// Calls `target.name(args…)` and awaits the promise it returns (also
/// used for `navigator.storage`, see `web::storage_persist`).
pub(crate) async fn call(
    target: &JsValue,
    name: &str,
    args: &[JsValue],
) -> Result<JsValue, String> {
    let f: Function = get(target, name)?
        .dyn_into()
        .map_err(|_| format!("{name} is not available"))?;
    let array: js_sys::Array = args.iter().collect();
    let result = Reflect::apply(&f, target, &array).map_err(describe)?;
    match result.dyn_into::<Promise>() {
        Ok(p) => JsFuture::from(p).await.map_err(describe),
        Err(v) => Ok(v),
    }
}

/// A readable line for a thrown value (a DOMException's name and message).
fn describe(e: JsValue) -> String {
    let name = get_str(&e, "name");
    let message = get_str(&e, "message");
    match (name, message) {
        (Some(n), Some(m)) if !m.is_empty() => format!("{n}: {m}"),
        (Some(n), _) => n,
        _ => e.as_string().unwrap_or_else(|| "unknown error".into()),
    }
}

fn get_str(target: &JsValue, name: &str) -> Option<String> {
    Reflect::get(target, &JsValue::from_str(name))
        .ok()
        .and_then(|v| v.as_string())
}

/// Whether this browser can keep a backup file up to date.
pub fn supported() -> bool {
    web_sys::window().is_some_and(|w| {
        Reflect::get(&w, &JsValue::from_str("showSaveFilePicker")).is_ok_and(|f| f.is_function())
    })
}

/// How a pick ended without a file.
#[derive(Debug, Clone, PartialEq)]
pub enum PickError {
    /// The user closed the dialog: nothing to say.
    Cancelled,
    Failed(String),
}

/// Asks the user where to keep the backup file.
pub async fn pick(suggested_name: &str) -> Result<JsValue, PickError> {
    let window: JsValue = web_sys::window()
        .ok_or_else(|| PickError::Failed("no window".into()))?
        .into();
    let options = Object::new();
    let _ = Reflect::set(&options, &"suggestedName".into(), &suggested_name.into());
    let accept = Object::new();
    let _ = Reflect::set(
        &accept,
        &"application/json".into(),
        &js_sys::Array::of1(&".json".into()),
    );
    let kind = Object::new();
    let _ = Reflect::set(&kind, &"description".into(), &"Servicebook".into());
    let _ = Reflect::set(&kind, &"accept".into(), &accept);
    let _ = Reflect::set(&options, &"types".into(), &js_sys::Array::of1(&kind));
    match call(&window, "showSaveFilePicker", &[options.into()]).await {
        Ok(handle) if handle.is_object() => Ok(handle),
        Ok(_) => Err(PickError::Failed("no file".into())),
        Err(e) if e.starts_with("AbortError") => Err(PickError::Cancelled),
        Err(e) => Err(PickError::Failed(e)),
    }
}

/// The file's name as the user sees it.
pub fn name(handle: &JsValue) -> String {
    get_str(handle, "name").unwrap_or_default()
}

/// Whether the app may write the file: "granted", "prompt" or "denied".
/// `ask` asks the user (only from a click).
pub async fn permission(handle: &JsValue, ask: bool) -> String {
    let mode = Object::new();
    let _ = Reflect::set(&mode, &"mode".into(), &"readwrite".into());
    let method = if ask {
        "requestPermission"
    } else {
        "queryPermission"
    };
    match call(handle, method, &[mode.into()]).await {
        Ok(v) => v.as_string().unwrap_or_else(|| "denied".into()),
        // A browser without the permission methods lets a fresh handle write.
        Err(_) if !ask => "granted".into(),
        Err(_) => "denied".into(),
    }
}

/// Replaces the file's content with `text`.
pub async fn write(handle: &JsValue, text: &str) -> Result<(), String> {
    let writable = call(handle, "createWritable", &[]).await?;
    if let Err(e) = call(&writable, "write", &[JsValue::from_str(text)]).await {
        // Leave the file as it was rather than half-written.
        let _ = call(&writable, "abort", &[]).await;
        return Err(e);
    }
    call(&writable, "close", &[]).await.map(|_| ())
}

// ---- the handle, kept in IndexedDB ---------------------------------------

/// Waits for an IndexedDB request to succeed, giving its result.
async fn done(request: &web_sys::IdbRequest) -> Result<JsValue, String> {
    let promise = Promise::new(&mut |resolve, reject| {
        let ok = Closure::once_into_js(move || {
            let _ = resolve.call0(&JsValue::NULL);
        });
        let fail = Closure::once_into_js(move || {
            let _ = reject.call0(&JsValue::NULL);
        });
        request.set_onsuccess(Some(ok.unchecked_ref()));
        request.set_onerror(Some(fail.unchecked_ref()));
    });
    JsFuture::from(promise)
        .await
        .map_err(|_| "IndexedDB refused".to_string())?;
    request.result().map_err(describe)
}

async fn open_db() -> Result<web_sys::IdbDatabase, String> {
    let factory = web_sys::window()
        .ok_or("no window")?
        .indexed_db()
        .map_err(describe)?
        .ok_or("no IndexedDB")?;
    let request = factory.open_with_u32(DB, 1).map_err(describe)?;
    let upgrade = Closure::<dyn Fn(web_sys::Event)>::new(move |ev: web_sys::Event| {
        let db = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::IdbOpenDbRequest>().ok())
            .and_then(|r| r.result().ok())
            .and_then(|r| r.dyn_into::<web_sys::IdbDatabase>().ok());
        if let Some(db) = db {
            if !db.object_store_names().contains(STORE) {
                let _ = db.create_object_store(STORE);
            }
        }
    });
    request.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
    let db = done(&request).await;
    request.set_onupgradeneeded(None);
    drop(upgrade);
    db?.dyn_into()
        .map_err(|_| "IndexedDB gave no database".into())
}

async fn with_store<T>(
    mode: web_sys::IdbTransactionMode,
    f: impl FnOnce(&web_sys::IdbObjectStore) -> Result<web_sys::IdbRequest, JsValue>,
    then: impl FnOnce(JsValue) -> T,
) -> Result<T, String> {
    let db = open_db().await?;
    let tx = db
        .transaction_with_str_and_mode(STORE, mode)
        .map_err(describe)?;
    let store = tx.object_store(STORE).map_err(describe)?;
    let request = f(&store).map_err(describe)?;
    let result = done(&request).await;
    db.close();
    result.map(then)
}

/// Keeps the handle for later visits (`None` forgets it).
pub async fn remember(handle: Option<&JsValue>) -> Result<(), String> {
    let key = JsValue::from_str(KEY);
    with_store(
        web_sys::IdbTransactionMode::Readwrite,
        |s| match handle {
            Some(h) => s.put_with_key(h, &key),
            None => s.delete(&key),
        },
        |_| (),
    )
    .await
}

/// The handle kept by an earlier visit, if any.
pub async fn recall() -> Option<JsValue> {
    let key = JsValue::from_str(KEY);
    with_store(
        web_sys::IdbTransactionMode::Readonly,
        |s| s.get(&key),
        |v| v,
    )
    .await
    .ok()
    .filter(JsValue::is_object)
}
