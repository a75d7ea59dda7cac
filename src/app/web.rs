//! The thin layer over the browser: localStorage as a [`Kv`], downloads,
//! reading files, and dates and numbers formatted by the browser's Intl.

use crate::book::store::{Kv, KvError};
use crate::i18n::{Lang, P};
use crate::kernel::format::{Currency, Format};
use chrono::{DateTime, Utc};
use gloo_storage::Storage as _;
use wasm_bindgen::{JsCast, JsValue};

/// localStorage as a [`Kv`]. Quota errors are told apart from the rest.
pub struct WebKv {
    storage: web_sys::Storage,
}

impl WebKv {
    /// localStorage, or why it cannot be had (disabled, private mode).
    pub fn open() -> Result<WebKv, KvError> {
        let window = web_sys::window().ok_or_else(|| KvError::Unavailable("no window".into()))?;
        match window.local_storage() {
            Ok(Some(_)) => Ok(WebKv {
                // Available, so gloo's accessor does not fail.
                storage: gloo_storage::LocalStorage::raw(),
            }),
            Ok(None) => Err(KvError::Unavailable("localStorage is missing".into())),
            Err(e) => Err(KvError::Unavailable(js_text(&e))),
        }
    }
}

fn js_text(e: &JsValue) -> String {
    e.as_string()
        .or_else(|| {
            e.dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
        })
        .unwrap_or_else(|| format!("{e:?}"))
}

fn classify(e: JsValue) -> KvError {
    if let Some(ex) = e.dyn_ref::<web_sys::DomException>() {
        // Chromium says QuotaExceededError (code 22); Firefox once said
        // NS_ERROR_DOM_QUOTA_REACHED (code 1014).
        if ex.code() == 22 || ex.code() == 1014 || ex.name().contains("Quota") {
            return KvError::Quota;
        }
    }
    KvError::Unavailable(js_text(&e))
}

impl Kv for WebKv {
    fn get(&self, key: &str) -> Result<Option<String>, KvError> {
        self.storage.get_item(key).map_err(classify)
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), KvError> {
        self.storage.set_item(key, value).map_err(classify)
    }

    fn remove(&mut self, key: &str) -> Result<(), KvError> {
        self.storage.remove_item(key).map_err(classify)
    }

    fn keys(&self) -> Result<Vec<String>, KvError> {
        let n = self.storage.length().map_err(classify)?;
        let mut keys = Vec::with_capacity(n as usize);
        for i in 0..n {
            if let Some(k) = self.storage.key(i).map_err(classify)? {
                keys.push(k);
            }
        }
        Ok(keys)
    }
}

/// Offers `text` as a file download.
pub fn download(name: &str, mime: &str, text: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob =
        web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts).map_err(|e| js_text(&e))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|e| js_text(&e))?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let a: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|e| js_text(&e))?
        .unchecked_into();
    a.set_href(&url);
    a.set_download(name);
    a.click();
    // Let the click start the download before the URL goes.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    if let Some(w) = web_sys::window() {
        let _ =
            w.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 1000);
    }
    Ok(())
}

/// Reads a file the user picked or dropped, as text.
pub async fn read_text(file: &web_sys::File) -> Result<String, String> {
    let value = wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .map_err(|e| js_text(&e))?;
    value.as_string().ok_or_else(|| "not text".to_string())
}

/// Reads a file the user picked, as bytes (a spreadsheet's CSV may not be
/// UTF-8).
pub async fn read_bytes(file: &web_sys::File) -> Result<Vec<u8>, String> {
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .map_err(|e| js_text(&e))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Fetches a file of this app, relative to its base path, as text.
pub async fn fetch_text(path: &str) -> Result<String, String> {
    fetch_text_with(path, false).await
}

/// Fetches as [`fetch_text`]; `reload` skips the browser's HTTP cache (the
/// service worker still answers offline).
async fn fetch_text_with(path: &str, reload: bool) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    let request = if reload {
        let init = web_sys::RequestInit::new();
        init.set_cache(web_sys::RequestCache::Reload);
        window.fetch_with_str_and_init(path, &init)
    } else {
        window.fetch_with_str(path)
    };
    let response = wasm_bindgen_futures::JsFuture::from(request)
        .await
        .map_err(|e| js_text(&e))?;
    let response: web_sys::Response = response.dyn_into().map_err(|e| js_text(&e))?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let text = response.text().map_err(|e| js_text(&e))?;
    let value = wasm_bindgen_futures::JsFuture::from(text)
        .await
        .map_err(|e| js_text(&e))?;
    value.as_string().ok_or_else(|| "not text".to_string())
}

/// Fetches and takes the texts of `lang` (English is compiled in); true
/// when the interface can then be shown in it. A file refused (another
/// build's, kept by the HTTP cache) is fetched once more past that cache.
pub async fn load_texts(lang: Lang) -> bool {
    use crate::i18n::data;
    if data::is_loaded(lang) {
        return true;
    }
    let path = data::path(lang);
    for reload in [false, true] {
        let Ok(text) = fetch_text_with(&path, reload).await else {
            return false;
        };
        if data::install(lang, &text).is_ok() {
            return true;
        }
    }
    false
}

/// The browser's preferred languages, best first.
pub fn preferred_languages() -> Vec<String> {
    let Some(nav) = web_sys::window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let mut out: Vec<String> = nav
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if let Some(l) = nav.language() {
        out.push(l);
    }
    out
}

fn js_date(at: DateTime<Utc>) -> js_sys::Date {
    js_sys::Date::new(&JsValue::from_f64(at.timestamp_millis() as f64))
}

fn options(pairs: &[(&str, JsValue)]) -> js_sys::Object {
    let o = js_sys::Object::new();
    for (k, v) in pairs {
        let _ = js_sys::Reflect::set(&o, &JsValue::from_str(k), v);
    }
    o
}

thread_local! {
    static LOCALES: std::cell::RefCell<Vec<(Lang, String)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The locale to format in: the browser's own regional variant of the
/// chosen language when it has one (en-GB dates for a British browser),
/// else the bare language.
fn locale_tag(lang: Lang) -> String {
    LOCALES.with(|cache| {
        if let Some((_, tag)) = cache.borrow().iter().find(|(l, _)| *l == lang) {
            return tag.clone();
        }
        let tag = preferred_languages()
            .into_iter()
            .find(|t| Lang::from_code(t) == Some(lang))
            .unwrap_or_else(|| lang.code().to_string());
        cache.borrow_mut().push((lang, tag.clone()));
        tag
    })
}

fn locales(lang: Lang) -> js_sys::Array {
    js_sys::Array::of1(&JsValue::from_str(&locale_tag(lang)))
}

/// Calls an Intl formatter's `format` on one value.
fn call_format(format: js_sys::Function, value: &JsValue) -> String {
    format
        .call1(&JsValue::NULL, value)
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

thread_local! {
    /// Formatters by locale and options: making an `Intl` formatter costs
    /// 100 to 270 µs, using one a few µs, and a list of 50 complaints
    /// formats about 90 dates (measured by tests/bench/ui.sh).
    static FORMATTERS: std::cell::RefCell<std::collections::HashMap<String, js_sys::Function>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
}

/// The cached `format` function of an `Intl` formatter.
fn formatter(
    kind: &str,
    lang: Lang,
    pairs: &[(&str, JsValue)],
    make: impl FnOnce(&js_sys::Array, &js_sys::Object) -> js_sys::Function,
) -> js_sys::Function {
    let mut key = format!("{kind}|{}", locale_tag(lang));
    for (k, v) in pairs {
        let v = v
            .as_string()
            .or_else(|| v.as_f64().map(|n| n.to_string()))
            .unwrap_or_default();
        key.push_str(&format!("|{k}={v}"));
    }
    FORMATTERS.with(|cache| {
        if let Some(f) = cache.borrow().get(&key) {
            return f.clone();
        }
        let f = make(&locales(lang), &options(pairs));
        cache.borrow_mut().insert(key, f.clone());
        f
    })
}

fn format_date(at: DateTime<Utc>, lang: Lang, pairs: &[(&str, JsValue)]) -> String {
    let f = formatter("date", lang, pairs, |l, o| {
        js_sys::Intl::DateTimeFormat::new(l, o).format()
    });
    call_format(f, &js_date(at))
}

/// `v` as `decimals` decimals show it, without the sign of a value that
/// shows as zero (no "-0", no "-0.0").
fn settle(v: f64, decimals: u32) -> f64 {
    let scale = 10f64.powi(decimals.min(20) as i32);
    if (v * scale).round() == 0.0 {
        0.0
    } else {
        v
    }
}

fn format_number(v: f64, lang: Lang, pairs: &[(&str, JsValue)]) -> String {
    let f = formatter("number", lang, pairs, |l, o| {
        js_sys::Intl::NumberFormat::new(l, o).format()
    });
    call_format(f, &JsValue::from_f64(v))
}

thread_local! {
    /// Currency formatters by locale and code; `None` where the browser
    /// refused the code.
    static MONEY: std::cell::RefCell<std::collections::HashMap<String, Option<js_sys::Function>>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
}

/// The `format` of `Intl.NumberFormat(lang, {style: 'currency', currency})`,
/// or `None` where the browser refuses the code (a `RangeError`, caught
/// here: `Currency` is well-formed, but a browser is the judge).
fn money_formatter(lang: Lang, currency: Currency) -> Option<js_sys::Function> {
    let key = format!("{}|{}", locale_tag(lang), currency.code());
    MONEY.with(|cache| {
        if let Some(f) = cache.borrow().get(&key) {
            return f.clone();
        }
        let opts = options(&[
            ("style", "currency".into()),
            ("currency", currency.code().into()),
        ]);
        let f = js_sys::Reflect::get(&js_sys::global(), &"Intl".into())
            .and_then(|intl| js_sys::Reflect::get(&intl, &"NumberFormat".into()))
            .ok()
            .and_then(|c| c.dyn_into::<js_sys::Function>().ok())
            .and_then(|ctor| {
                js_sys::Reflect::construct(&ctor, &js_sys::Array::of2(&locales(lang), &opts)).ok()
            })
            .and_then(|nf| js_sys::Reflect::get(&nf, &"format".into()).ok())
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
        cache.borrow_mut().insert(key, f.clone());
        f
    })
}

/// The one [`Format`] of the app: the browser's `Intl` formatters for a
/// language (cached), in the browser's regional variant of it. Date-only
/// values and times of day are formatted in UTC, so no time zone moves them
/// to another day; instants in the reader's local time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Intl(pub Lang);

impl Intl {
    /// A text that takes a count: the form the language's plural rule
    /// picks for `n`, with `{n}` written as [`Format::count`] writes it.
    pub fn plural(&self, p: P, n: u64) -> String {
        self.plural_with(p, n, &[])
    }

    /// [`Intl::plural`], with the text's other placeholders filled too.
    pub fn plural_with(&self, p: P, n: u64, args: &[(&str, &str)]) -> String {
        p.fill(self.0, n as f64, &self.count(n), args)
    }

    /// Items as the language writes a list of things that all hold ("a, b
    /// and c", "a, b e c"): the browser's `Intl.ListFormat` (style "long",
    /// type "conjunction"), or the items joined by ", " where the browser
    /// has no `Intl.ListFormat`.
    pub fn list(&self, items: &[String]) -> String {
        let Some(ctor) = list_format() else {
            return items.join(", ");
        };
        let pairs = [
            ("style", JsValue::from_str("long")),
            ("type", JsValue::from_str("conjunction")),
        ];
        // `format` is a method of the ListFormat, not a bound getter as on
        // the date and number formatters: it is bound here, once.
        let f = formatter("list", self.0, &pairs, |l, o| {
            js_sys::Reflect::construct(&ctor, &js_sys::Array::of2(l, o))
                .ok()
                .and_then(|lf| {
                    let format = js_sys::Reflect::get(&lf, &JsValue::from_str("format")).ok()?;
                    Some(format.dyn_into::<js_sys::Function>().ok()?.bind0(&lf))
                })
                // Not a function: calling it fails, and the list is joined below.
                .unwrap_or_else(|| JsValue::UNDEFINED.unchecked_into())
        });
        let all: js_sys::Array = items.iter().map(|i| JsValue::from_str(i)).collect();
        let text = call_format(f, &all);
        if text.is_empty() {
            items.join(", ")
        } else {
            text
        }
    }
}

/// `Intl.ListFormat`, where the browser has it (Chromium 72, Firefox 78,
/// Safari 14.1 on).
fn list_format() -> Option<js_sys::Function> {
    let intl = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("Intl")).ok()?;
    js_sys::Reflect::get(&intl, &JsValue::from_str("ListFormat"))
        .ok()?
        .dyn_into()
        .ok()
}

/// Noon UTC of a calendar date: the instant that date-only values are
/// formatted from (with `timeZone: UTC`).
fn noon(d: chrono::NaiveDate) -> DateTime<Utc> {
    d.and_time(chrono::NaiveTime::from_hms_opt(12, 0, 0).expect("noon exists"))
        .and_utc()
}

impl Format for Intl {
    fn date(&self, d: chrono::NaiveDate) -> String {
        format_date(
            noon(d),
            self.0,
            &[("dateStyle", "long".into()), ("timeZone", "UTC".into())],
        )
    }

    fn day_of(&self, at: DateTime<Utc>) -> String {
        format_date(at, self.0, &[("dateStyle", "long".into())])
    }

    fn stamp(&self, at: DateTime<Utc>) -> String {
        format_date(
            at,
            self.0,
            &[("dateStyle", "long".into()), ("timeStyle", "short".into())],
        )
    }

    fn time(&self, t: chrono::NaiveTime) -> String {
        let at = chrono::NaiveDate::from_ymd_opt(2000, 1, 1)
            .expect("a date")
            .and_time(t)
            .and_utc();
        format_date(
            at,
            self.0,
            &[("timeStyle", "short".into()), ("timeZone", "UTC".into())],
        )
    }

    fn weekday(&self, d: chrono::Weekday) -> String {
        // 3 January 2000 was a Monday.
        let monday = chrono::NaiveDate::from_ymd_opt(2000, 1, 3).expect("a date");
        let day = monday + chrono::Days::new(u64::from(d.num_days_from_monday()));
        format_date(
            noon(day),
            self.0,
            &[("weekday", "long".into()), ("timeZone", "UTC".into())],
        )
    }

    fn month(&self, d: chrono::NaiveDate) -> String {
        format_date(
            noon(d),
            self.0,
            &[
                ("year", "numeric".into()),
                ("month", "long".into()),
                ("timeZone", "UTC".into()),
            ],
        )
    }

    fn number(&self, v: f64, decimals: u32) -> String {
        format_number(
            settle(v, decimals),
            self.0,
            &[("maximumFractionDigits", decimals.into())],
        )
    }

    fn fixed(&self, v: f64, decimals: u32) -> String {
        format_number(
            settle(v, decimals),
            self.0,
            &[
                ("minimumFractionDigits", decimals.into()),
                ("maximumFractionDigits", decimals.into()),
            ],
        )
    }

    /// "75,00 €" in Italian, "₺75,00" in Turkish, "€75.00" in English;
    /// without a currency, or one the browser refuses, two decimals.
    fn money(&self, v: f64, currency: Option<Currency>) -> String {
        let formatted = currency
            .and_then(|c| money_formatter(self.0, c))
            .map(|f| call_format(f, &JsValue::from_f64(settle(v, 2))))
            .filter(|s| !s.is_empty());
        formatted.unwrap_or_else(|| self.fixed(v, 2))
    }

    fn percent(&self, share: f64, decimals: u32) -> String {
        if let Some(step) = crate::kernel::format::tiny_share(share, decimals) {
            return format!("< {}", self.percent(step, decimals));
        }
        format_number(
            settle(share, decimals + 2),
            self.0,
            &[
                ("style", "percent".into()),
                ("maximumFractionDigits", decimals.into()),
            ],
        )
    }
}

/// A random id for this tab's storage writes.
pub fn tab_id() -> String {
    uuid::Uuid::new_v4().simple().to_string()[..8].to_string()
}

/// The router's base: the path of the document's `<base href>`, without
/// its trailing slash ("" at the root, "/sub" under a sub-path).
pub fn base_path() -> String {
    let uri = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .unwrap_or_default();
    let path = web_sys::Url::new(&uri)
        .map(|u| u.pathname())
        .unwrap_or_default();
    path.trim_end_matches('/').to_string()
}

/// Today's date where the user is.
pub fn today() -> chrono::NaiveDate {
    crate::listen::complaints::local_date(crate::kernel::record::now(), offset_minutes())
}

/// Today's date for file names (local time), as YYYY-MM-DD.
pub fn today_iso() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

/// Minutes east of UTC of the browser's time zone now.
pub fn offset_minutes() -> i32 {
    -(js_sys::Date::new_0().get_timezone_offset() as i32)
}

/// Minutes east of UTC of the browser's time zone at `at` (summer time
/// or not, as it was or will be that day).
pub fn offset_minutes_at(at: DateTime<Utc>) -> i32 {
    -(js_date(at).get_timezone_offset() as i32)
}

/// A UTC time as the value of an `<input type="datetime-local">`.
pub fn to_local_input(at: DateTime<Utc>) -> String {
    let d = js_date(at);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date(),
        d.get_hours(),
        d.get_minutes()
    )
}

/// The value of an `<input type="datetime-local">` as UTC (None if blank,
/// not a date, or outside the years 1900 to 9999).
pub fn from_local_input(value: &str) -> Option<DateTime<Utc>> {
    if value.trim().is_empty() {
        return None;
    }
    let ms = js_sys::Date::new(&JsValue::from_str(value)).get_time();
    if ms.is_nan() {
        return None;
    }
    // A browser takes years up to 275760; a file may hold 1900 to 9999.
    DateTime::from_timestamp_millis(ms as i64).and_then(crate::kernel::bounds::checked_stamp)
}

/// Runs `f` and records how long it took as a User Timing measure named
/// `name` (seen in the browser's performance panel; read by
/// `tests/bench/ui.mjs`).
pub fn timed<T>(name: &str, f: impl FnOnce() -> T) -> T {
    let perf = web_sys::window().and_then(|w| w.performance());
    let start = format!("{name}:start");
    if let Some(p) = &perf {
        let _ = p.mark(&start);
    }
    let out = f();
    if let Some(p) = &perf {
        let _ = p.measure_with_start_mark(name, &start);
        p.clear_marks_with_mark_name(&start);
    }
    out
}

// ---- the service worker ---------------------------------------------------------------------

thread_local! {
    static WORKER: std::cell::RefCell<Option<web_sys::ServiceWorkerRegistration>> =
        const { std::cell::RefCell::new(None) };
}

fn has_worker_api() -> bool {
    web_sys::window().is_some_and(|w| {
        js_sys::Reflect::get(&w.navigator(), &JsValue::from_str("serviceWorker"))
            .is_ok_and(|v| !v.is_undefined())
    })
}

fn controlled() -> bool {
    web_sys::window().is_some_and(|w| w.navigator().service_worker().controller().is_some())
}

/// Registers `sw.js` (written by scripts/post-build.mjs; release builds
/// only, so development never serves stale files) and calls `on_waiting`
/// when a new version is installed and waits for the user to take it. Looks
/// for a new version every 30 minutes, since a single-page app never
/// navigates.
pub fn register_worker(on_waiting: impl Fn() + Clone + 'static) {
    use wasm_bindgen::closure::Closure;
    if cfg!(debug_assertions) || !has_worker_api() {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    let registered = Closure::once(move |reg: JsValue| {
        let reg: web_sys::ServiceWorkerRegistration = reg.unchecked_into();
        if reg.waiting().is_some() && controlled() {
            on_waiting();
        }
        let watched = reg.clone();
        let found = Closure::<dyn Fn()>::new(move || {
            let Some(worker) = watched.installing() else {
                return;
            };
            let seen = worker.clone();
            let tell = on_waiting.clone();
            let changed = Closure::<dyn Fn()>::new(move || {
                if seen.state() == web_sys::ServiceWorkerState::Installed && controlled() {
                    tell();
                }
            });
            worker.set_onstatechange(Some(changed.as_ref().unchecked_ref()));
            changed.forget();
        });
        reg.set_onupdatefound(Some(found.as_ref().unchecked_ref()));
        found.forget();
        let again = reg.clone();
        let check = Closure::<dyn Fn()>::new(move || {
            let _ = again.update();
        });
        if let Some(w) = web_sys::window() {
            let _ = w.set_interval_with_callback_and_timeout_and_arguments_0(
                check.as_ref().unchecked_ref(),
                30 * 60 * 1000,
            );
        }
        check.forget();
        WORKER.with(|w| *w.borrow_mut() = Some(reg));
    });
    let _ = window
        .navigator()
        .service_worker()
        .register("sw.js")
        .then(&registered);
    registered.forget();
}

/// Lets the waiting version take over, then reloads into it.
pub fn take_update() {
    use wasm_bindgen::closure::Closure;
    let Some(window) = web_sys::window() else {
        return;
    };
    let waiting = WORKER.with(|w| w.borrow().as_ref().and_then(|r| r.waiting()));
    let Some(waiting) = waiting else {
        let _ = window.location().reload();
        return;
    };
    let reload = Closure::<dyn Fn()>::new(|| {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    });
    window
        .navigator()
        .service_worker()
        .set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
    reload.forget();
    let _ = waiting.post_message(&JsValue::from_str("skip-waiting"));
}

/// The field the keyboard was in, to put it back after the page re-renders.
pub struct FocusSpot {
    /// `data-testid` or, failing that, the tag: the kind of field.
    selector: String,
    index: usize,
    value: String,
    selection: Option<(u32, u32)>,
}

fn field_value(el: &web_sys::Element) -> Option<(String, Option<(u32, u32)>)> {
    if let Some(i) = el.dyn_ref::<web_sys::HtmlInputElement>() {
        if matches!(
            i.type_().as_str(),
            "checkbox" | "radio" | "file" | "button" | "submit" | "reset" | "range" | "color"
        ) {
            return None;
        }
        let sel = i
            .selection_start()
            .ok()
            .flatten()
            .zip(i.selection_end().ok().flatten());
        return Some((i.value(), sel));
    }
    if let Some(t) = el.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        let sel = t
            .selection_start()
            .ok()
            .flatten()
            .zip(t.selection_end().ok().flatten());
        return Some((t.value(), sel));
    }
    None
}

fn fields(selector: &str) -> Vec<web_sys::Element> {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return Vec::new();
    };
    let Ok(list) = doc.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<web_sys::Element>().ok())
        .collect()
}

/// After the workbook changed under the user (another tab saved) and before
/// the page re-renders: keeps the text being typed in the focused field, by
/// firing its `change` event as leaving the field would (its handler writes
/// it over what was just merged), and says where the keyboard was.
pub fn commit_focused() -> Option<FocusSpot> {
    let el = web_sys::window()?.document()?.active_element()?;
    let (value, selection) = field_value(&el)?;
    let selector = match el.get_attribute("data-testid") {
        Some(id) if id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') => {
            format!("[data-testid=\"{id}\"]")
        }
        _ => el.tag_name().to_ascii_lowercase(),
    };
    let index = fields(&selector).iter().position(|e| e == &el).unwrap_or(0);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    if let Ok(ev) = web_sys::Event::new_with_event_init_dict("change", &init) {
        let _ = el.dispatch_event(&ev);
    }
    Some(FocusSpot {
        selector,
        index,
        value,
        selection,
    })
}

/// After the re-render: focuses the same kind of field holding the same
/// text (the one at the same place first), with the caret where it was.
pub fn restore_focus(spot: FocusSpot) {
    let Some(w) = web_sys::window() else { return };
    let cb = wasm_bindgen::closure::Closure::once_into_js(move || {
        let all = fields(&spot.selector);
        let same = |e: &&web_sys::Element| field_value(e).is_some_and(|(v, _)| v == spot.value);
        let Some(el) = all
            .get(spot.index)
            .filter(same)
            .or_else(|| all.iter().find(same))
        else {
            return;
        };
        let focused = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.active_element())
            .is_some_and(|a| &a == el);
        if focused {
            return;
        }
        if let Some(h) = el.dyn_ref::<web_sys::HtmlElement>() {
            let _ = h.focus();
        }
        if let Some((start, end)) = spot.selection {
            if let Some(i) = el.dyn_ref::<web_sys::HtmlInputElement>() {
                let _ = i.set_selection_range(start, end);
            } else if let Some(t) = el.dyn_ref::<web_sys::HtmlTextAreaElement>() {
                let _ = t.set_selection_range(start, end);
            }
        }
    });
    let _ = w.request_animation_frame(cb.unchecked_ref());
}

/// Calls `navigator.storage.<method>()` and reads its boolean answer;
/// `None` where the browser has no StorageManager or the call fails.
async fn storage_call(method: &str) -> Option<bool> {
    let nav = web_sys::window()?.navigator();
    let storage = js_sys::Reflect::get(&nav, &JsValue::from_str("storage")).ok()?;
    if storage.is_undefined() || storage.is_null() {
        return None;
    }
    crate::app::backup_file::call(&storage, method, &[])
        .await
        .ok()?
        .as_bool()
}

/// Whether this origin's storage is persistent (kept under pressure).
pub async fn storage_persisted() -> Option<bool> {
    storage_call("persisted").await
}

/// Asks the browser to keep this origin's storage; the answer is whether it does.
pub async fn storage_persist() -> Option<bool> {
    storage_call("persist").await
}

const WITNESS_COOKIE: &str = "servicebook_witness";

/// The witness cookie's text, if set (see `domain::backup::Witness`).
pub fn witness() -> Option<String> {
    let doc: web_sys::HtmlDocument = web_sys::window()?.document()?.dyn_into().ok()?;
    let cookies = doc.cookie().ok()?;
    cookies.split(';').find_map(|c| {
        let (name, value) = c.trim().split_once('=')?;
        (name == WITNESS_COOKIE).then(|| value.to_string())
    })
}

/// Writes the witness cookie (`None` removes it). It lives as long as
/// Chromium allows (400 days) and stays on this site's pages.
pub fn set_witness(value: Option<&str>) {
    let Some(Ok(doc)) = web_sys::window()
        .and_then(|w| w.document())
        .map(|d| d.dyn_into::<web_sys::HtmlDocument>())
    else {
        return;
    };
    let path = format!("{}/", base_path());
    let cookie = match value {
        Some(v) => format!("{WITNESS_COOKIE}={v}; path={path}; max-age=34560000; SameSite=Strict"),
        None => format!("{WITNESS_COOKIE}=; path={path}; max-age=0; SameSite=Strict"),
    };
    let _ = doc.set_cookie(&cookie);
}

/// Notes in this history entry which draft its page shows, without
/// changing the address or adding an entry: a reload, or a closed tab opened
/// again, then shows the same draft, while a new visit to the page starts a
/// new one.
pub fn remember_draft(key: &str) {
    let Some(history) = web_sys::window().and_then(|w| w.history().ok()) else {
        return;
    };
    let state = js_sys::Object::new();
    let _ = js_sys::Reflect::set(
        &state,
        &JsValue::from_str(DRAFT_STATE),
        &JsValue::from_str(key),
    );
    let _ = history.replace_state(&state, "");
}

/// The draft this history entry's page showed, if any.
pub fn remembered_draft() -> Option<String> {
    let state = web_sys::window()?.history().ok()?.state().ok()?;
    if !state.is_object() {
        return None;
    }
    js_sys::Reflect::get(&state, &JsValue::from_str(DRAFT_STATE))
        .ok()?
        .as_string()
}

const DRAFT_STATE: &str = "servicebookDraft";

/// One localStorage item outside the store's keys (none without storage).
pub fn local_item(key: &str) -> Option<String> {
    web_sys::window()?
        .local_storage()
        .ok()
        .flatten()?
        .get_item(key)
        .ok()
        .flatten()
}
