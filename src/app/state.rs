//! The app's state: the workbook in a signal, saved by the store after a
//! short pause, reconciled with other tabs, imported and undone.

use crate::app::web::{self, WebKv};
use crate::book::file::{self, FileError, Header};
use crate::book::store::{KvError, Problem, SaveError, SaveMode, SaveReport, Store, QUOTA_CHARS};
use crate::book::workbook::{MergeReport, Part, Summary, TrashMark, Workbook};
use crate::i18n::{Lang, K};
use crate::kernel::record::now;
use crate::share::backup::Witness;
use chrono::{DateTime, Utc};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use std::cell::RefCell;
use wasm_bindgen::{closure::Closure, JsCast};

/// What this browser remembers apart from the workbook.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Device {
    #[serde(default)]
    pub lang: Option<Lang>,
    /// An out-of-range time (a hand-edited store) is forgotten.
    #[serde(default, deserialize_with = "crate::kernel::bounds::lenient_opt_stamp")]
    pub last_exported: Option<DateTime<Utc>>,
    /// Days between backup reminders; `None` is the default, 0 is off.
    #[serde(default)]
    pub reminder_days: Option<u32>,
    #[serde(default, deserialize_with = "crate::kernel::bounds::lenient_opt_stamp")]
    pub reminder_dismissed: Option<DateTime<Utc>>,
    /// When this browser first held a workbook with data.
    #[serde(default, deserialize_with = "crate::kernel::bounds::lenient_opt_stamp")]
    pub data_since: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum SaveState {
    /// Nothing saved yet (a fresh browser).
    Never,
    Saved(DateTime<Utc>),
    Pending,
    Failed(SaveError),
    /// No localStorage at all: work stays in this window.
    NoStorage,
}

/// A file read and checked, waiting for the user's choice.
#[derive(Debug, Clone, PartialEq)]
pub struct PendingImport {
    pub name: String,
    pub header: Header,
    pub incoming: Workbook,
    pub summary: Summary,
    /// What a merge would change.
    pub merge: MergeReport,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    MergedFromOtherTab,
    /// A file was imported: merged (with the new and updated records and
    /// settings, as the preview counted them) or put in place of the
    /// workbook.
    Imported {
        merged: bool,
        added: usize,
        updated: usize,
    },
    ImportUndone,
    /// Complaints came in from a spreadsheet; the notice offers to undo.
    CsvImported(crate::listen::spreadsheet::Imported),
    /// A spreadsheet's import was undone: this many complaints went out.
    CsvImportUndone(usize),
    ImportRefused {
        name: String,
        error: FileError,
    },
    ExampleOpened,
    /// The example could not be fetched or read; nothing was changed.
    ExampleFailed,
    /// The texts of the language picked could not be fetched or read; the
    /// interface stays in its language.
    LanguageNotLoaded,
    Cleared,
    /// A record was saved from its form.
    Saved(Part),
    /// Moved to the trash; the notice offers to undo.
    Trashed(Part, uuid::Uuid),
    /// A form's draft was discarded; the notice offers it back (`text`:
    /// the draft as it was kept).
    DraftDiscarded {
        part: Part,
        key: uuid::Uuid,
        text: String,
    },
    /// A form's edit went to a record another tab had moved to the trash;
    /// the notice offers to restore it, with the edit.
    EditInTrash(Part, uuid::Uuid),
    /// A form's edit was saved as a new record: another tab had removed
    /// the record for good.
    EditRecreated(Part),
    /// One problem folded into another; undo puts both back as they were.
    ProblemsMerged {
        into: uuid::Uuid,
        before: Box<crate::listen::problems::Problem>,
        from: uuid::Uuid,
    },
    /// A pulse survey's round was removed; undo puts it back.
    PulseRoundRemoved {
        pulse: uuid::Uuid,
        round: crate::run::team::PulseRound,
    },
    /// The checklist went back to the seed's points; undo restores these.
    ChecklistReset {
        before: Vec<String>,
    },
}

/// How many times a save that met another tab's takes it in and tries again.
const CONFLICT_ROUNDS: usize = 3;

thread_local! {
    static STORE: RefCell<Option<Store<WebKv>>> = const { RefCell::new(None) };
    static TIMER: RefCell<Option<f64>> = const { RefCell::new(None) };
    /// Numbers each scheduled save; a timer runs only the save it was set
    /// for, so one that fires after being cancelled does nothing.
    static SAVE_TICKET: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
    static VERIFY: RefCell<bool> = const { RefCell::new(false) };
    /// The automatic backup file's handle (a JS object, so kept here).
    static BACKUP_HANDLE: RefCell<Option<wasm_bindgen::JsValue>> = const { RefCell::new(None) };
    /// (a write is under way, another is wanted after it)
    static BACKUP_WRITING: RefCell<(bool, bool)> = const { RefCell::new((false, false)) };
    /// Runs after each successful save (sync sends what changed).
    static AFTER_SAVE: std::cell::Cell<Option<fn()>> = const { std::cell::Cell::new(None) };
    /// Records another tab emptied from the trash, for sync to delete on
    /// the server too (kept only while sync is on; a list rather than a
    /// call into sync, which would bring sync's code into the first load).
    static PURGED_ELSEWHERE: RefCell<Vec<(Part, uuid::Uuid)>> = const { RefCell::new(Vec::new()) };
    /// The trash as storage holds it, as of this tab's last load, save or
    /// take-in of another tab's save.
    static TRASH_SEEN: RefCell<Vec<TrashMark>> = const { RefCell::new(Vec::new()) };
}

/// Sets what runs after each successful save.
pub fn after_save(hook: fn()) {
    AFTER_SAVE.with(|h| h.set(Some(hook)));
}

/// The records other tabs emptied from the trash since the last call.
pub fn take_purged_elsewhere() -> Vec<(Part, uuid::Uuid)> {
    PURGED_ELSEWHERE.with(|p| std::mem::take(&mut *p.borrow_mut()))
}

/// The automatic backup file, as the user sees it.
#[derive(Debug, Clone, PartialEq)]
pub enum BackupFile {
    /// This browser has no File System Access API.
    Unsupported,
    Off,
    /// A file was chosen on an earlier visit; writing waits for the user
    /// to allow it again.
    Paused(String),
    On {
        name: String,
        written: Option<DateTime<Utc>>,
    },
    Failed {
        name: String,
        why: String,
    },
}

fn with_store<R>(f: impl FnOnce(&mut Store<WebKv>) -> R) -> Option<R> {
    STORE.with(|s| s.borrow_mut().as_mut().map(f))
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// The page's `setTimeout`, its handle kept whole. web-sys reads the
    /// handle as an i32, but a timer handle is any integer up to 2^53:
    /// Playwright's clock numbers its timers from 10^12, so the i32 was
    /// another number, `clearTimeout` cleared nothing, and every cancelled
    /// save still ran 400 ms later.
    #[wasm_bindgen(js_name = setTimeout)]
    fn set_timeout_whole(callback: &wasm_bindgen::JsValue, ms: i32) -> f64;
    #[wasm_bindgen(js_name = clearTimeout)]
    fn clear_timeout_whole(handle: f64);
}

/// Cancels the save waiting for its delay; says whether one was waiting.
fn cancel_pending_save() -> bool {
    SAVE_TICKET.with(|t| t.set(t.get().wrapping_add(1)));
    let pending = TIMER.with(|t| t.borrow_mut().take());
    if let Some(h) = pending {
        clear_timeout_whole(h);
    }
    pending.is_some()
}

/// Delay between the last edit and the save.
const SAVE_DELAY_MS: i32 = 400;

#[derive(Clone, Copy)]
pub struct AppState {
    pub wb: RwSignal<Workbook>,
    pub lang: RwSignal<Lang>,
    pub save: RwSignal<SaveState>,
    pub problems: RwSignal<Vec<Problem>>,
    pub notice: RwSignal<Option<Notice>>,
    /// Characters the workbook occupies in storage.
    pub used: RwSignal<usize>,
    /// Characters everything else of this origin occupies (measured at
    /// start, and again by [`AppState::measure_storage`]).
    pub other_used: RwSignal<usize>,
    pub last_exported: RwSignal<Option<DateTime<Utc>>>,
    pub pending: RwSignal<Option<PendingImport>>,
    /// The workbook as it was before the last import, to undo it.
    pub before_import: RwSignal<Option<Workbook>>,
    pub recovery_count: RwSignal<usize>,
    /// A new version of the app is installed and waits for a reload.
    pub update_ready: RwSignal<bool>,
    /// Whether the browser keeps this origin's storage under pressure
    /// (`None`: not known, or no StorageManager).
    pub persisted: RwSignal<Option<bool>>,
    /// The backup reminder's chosen period (`None` default, 0 off).
    pub reminder_days: RwSignal<Option<u32>>,
    pub reminder_dismissed: RwSignal<Option<DateTime<Utc>>>,
    pub data_since: RwSignal<Option<DateTime<Utc>>>,
    /// Storage was found empty although this browser held a workbook.
    pub lost: RwSignal<Option<crate::share::backup::Witness>>,
    pub backup_file: RwSignal<BackupFile>,
    /// Moves when a draft comes back (Undo of a discard), so the lists of
    /// drafts read them again.
    pub drafts: RwSignal<u32>,
    /// Sync with the team's server, as the user sees it.
    pub sync: RwSignal<crate::app::sync::Status>,
}

/// The language chosen in this browser, else the browser's own.
fn lang_of(device: &Device) -> Lang {
    device.lang.unwrap_or_else(|| {
        let prefs = web::preferred_languages();
        Lang::negotiate(prefs.iter().map(String::as_str))
    })
}

/// The language the app will show, read before it starts, so its texts
/// can be fetched first.
pub fn chosen_lang() -> Lang {
    let device = match WebKv::open() {
        Ok(kv) => Store::new(kv, "boot", crate::APP_VERSION).device(),
        Err(_) => Device::default(),
    };
    lang_of(&device)
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}

impl AppState {
    /// Opens storage, loads the workbook and wires saving and other tabs.
    pub fn start() -> AppState {
        let mut device = Device::default();
        let mut loaded = None;
        let mut save = SaveState::Never;
        match WebKv::open() {
            Ok(kv) => {
                let mut store = Store::new(kv, &web::tab_id(), crate::APP_VERSION);
                device = store.device();
                match web::timed("servicebook:load", || store.load(now())) {
                    Ok(l) => {
                        if let Some(at) = l.saved_at {
                            save = SaveState::Saved(at);
                        }
                        TRASH_SEEN.with(|t| *t.borrow_mut() = l.workbook.trash_marks());
                        loaded = Some(l);
                    }
                    Err(KvError::Quota) | Err(KvError::Unavailable(_)) => {
                        save = SaveState::NoStorage
                    }
                }
                STORE.with(|s| *s.borrow_mut() = Some(store));
            }
            Err(_) => save = SaveState::NoStorage,
        }
        // The chosen language if its texts were loaded before the mount
        // (`main`), else English; the stored choice stays as it is.
        let lang = Some(lang_of(&device))
            .filter(|l| crate::i18n::data::is_loaded(*l))
            .unwrap_or(Lang::En);
        // A rebuilt workbook, or one that took in an unfinished save, differs
        // from what is stored: write it back (after the usual pause).
        let needs_save = loaded.as_ref().is_some_and(|l| {
            l.unfinished > 0
                || l.problems
                    .iter()
                    .any(|p| matches!(p, Problem::Rebuilt { .. }))
        });
        let (workbook, problems) = loaded.map(|l| (l.workbook, l.problems)).unwrap_or_default();
        // Found empty with nothing to report, although the witness saw
        // records: the browser (or someone) cleared storage.
        let lost = if matches!(save, SaveState::NoStorage) || !problems.is_empty() {
            None
        } else {
            Witness::lost(
                web::witness().and_then(|w| Witness::decode(&w)),
                workbook.is_empty(),
            )
        };
        let app = AppState {
            wb: RwSignal::new(workbook),
            lang: RwSignal::new(lang),
            save: RwSignal::new(save),
            problems: RwSignal::new(problems),
            notice: RwSignal::new(None),
            used: RwSignal::new(0),
            other_used: RwSignal::new(0),
            last_exported: RwSignal::new(device.last_exported),
            pending: RwSignal::new(None),
            before_import: RwSignal::new(None),
            recovery_count: RwSignal::new(with_store(|s| s.recovery().len()).unwrap_or(0)),
            update_ready: RwSignal::new(false),
            persisted: RwSignal::new(None),
            reminder_days: RwSignal::new(device.reminder_days),
            reminder_dismissed: RwSignal::new(device.reminder_dismissed),
            data_since: RwSignal::new(device.data_since),
            lost: RwSignal::new(lost),
            backup_file: RwSignal::new(if crate::app::backup_file::supported() {
                BackupFile::Off
            } else {
                BackupFile::Unsupported
            }),
            drafts: RwSignal::new(0),
            sync: RwSignal::new(crate::app::sync::Status::Off),
        };
        app.measure_storage();
        app.listen_to_other_tabs();
        app.watch_durability();
        app.recall_backup_file();
        if needs_save {
            app.schedule_save(true);
        }
        let ready = app.update_ready;
        web::register_worker(move || ready.set(true));
        Effect::new(move |_| {
            let lang = app.lang.get();
            if let Some(el) = document().document_element() {
                let _ = el.set_attribute("lang", lang.code());
            }
        });
        app
    }

    pub fn t(&self, key: K) -> &'static str {
        key.in_lang(self.lang.get())
    }

    /// The one formatter of dates and numbers, in the chosen language.
    pub fn fmt(&self) -> crate::app::web::Intl {
        crate::app::web::Intl(self.lang.get())
    }

    /// Changes the workbook and saves it shortly after.
    pub fn edit(&self, f: impl FnOnce(&mut Workbook)) {
        self.wb.update(f);
        self.schedule_save(false);
    }

    fn schedule_save(&self, verify: bool) {
        if verify {
            VERIFY.with(|v| *v.borrow_mut() = true);
        }
        if matches!(self.save.get_untracked(), SaveState::NoStorage) {
            return;
        }
        self.save.set(SaveState::Pending);
        let app = *self;
        cancel_pending_save();
        let ticket = SAVE_TICKET.with(|t| t.get());
        let cb = Closure::once_into_js(move || {
            // Cancelled or replaced since (a timer that fires anyway): the
            // save it was for has been done or is another timer's.
            if SAVE_TICKET.with(|t| t.get()) != ticket {
                return;
            }
            TIMER.with(|t| t.borrow_mut().take());
            app.save_now();
        });
        let handle = set_timeout_whole(&cb, SAVE_DELAY_MS);
        TIMER.with(|t| *t.borrow_mut() = Some(handle));
    }

    /// Saves a whole new workbook (an import, its undo, the example) at once,
    /// checking what was written: a deliberate step, not typing, so there is
    /// nothing to wait for, and the user sees it saved straight away.
    fn save_whole_now(&self) {
        VERIFY.with(|v| *v.borrow_mut() = true);
        if matches!(self.save.get_untracked(), SaveState::NoStorage) {
            return;
        }
        cancel_pending_save();
        self.save_now();
    }

    /// After an explicit "Save": writes at once rather than after the usual
    /// pause, then says so. When storage refuses, the banner says that
    /// instead, and the notice below stays hidden (see `app::Banners`).
    pub fn record_saved(&self, part: Part) {
        if cancel_pending_save() {
            self.save_now();
        }
        self.notice.set(Some(Notice::Saved(part)));
    }

    /// After a form's Save: says where the edit went (see
    /// `Collection::save_edit`), never "saved" for a record that another
    /// tab moved to the trash.
    pub fn record_saved_as(&self, outcome: crate::kernel::record::EditOutcome, part: Part) {
        use crate::kernel::record::EditOutcome;
        self.record_saved(part);
        match outcome {
            EditOutcome::Saved => {}
            EditOutcome::InTrash(id) => self.notice.set(Some(Notice::EditInTrash(part, id))),
            EditOutcome::Recreated(_) => self.notice.set(Some(Notice::EditRecreated(part))),
        }
    }

    /// Saves at once (also called before the page hides).
    pub fn save_now(&self) {
        let verify = VERIFY.with(|v| std::mem::take(&mut *v.borrow_mut()));
        let mode = if verify {
            SaveMode::Verify
        } else {
            SaveMode::Quick
        };
        let result = web::timed("servicebook:save", || {
            self.wb
                .with_untracked(|wb| with_store(|s| s.save(wb, mode, now())))
        });
        match result {
            None => self.save.set(SaveState::NoStorage),
            Some(Ok(report)) => self.saved(&report),
            Some(Err(SaveError::Conflict)) => {
                // Another tab saved first (or is saving): take its work in,
                // then save both. Two tabs saving at one instant can meet
                // again, so a few rounds before saying it failed.
                let mut retry = Some(Err(SaveError::Conflict));
                for _ in 0..CONFLICT_ROUNDS {
                    self.absorb_other_tab();
                    retry = self
                        .wb
                        .with_untracked(|wb| with_store(|s| s.save(wb, SaveMode::Verify, now())));
                    if !matches!(retry, Some(Err(SaveError::Conflict))) {
                        break;
                    }
                }
                match retry {
                    Some(Ok(report)) => self.saved(&report),
                    Some(Err(e)) => {
                        if e == SaveError::Quota {
                            self.measure_storage();
                        }
                        self.save.set(SaveState::Failed(e))
                    }
                    None => self.save.set(SaveState::NoStorage),
                }
            }
            Some(Err(e)) => {
                if e == SaveError::Quota {
                    // Try again with the next edit; the data stays in memory.
                    VERIFY.with(|v| *v.borrow_mut() = verify);
                    // Something else may have filled storage meanwhile: the
                    // meter shows what is really there.
                    self.measure_storage();
                }
                self.save.set(SaveState::Failed(e));
            }
        }
    }

    /// Records a successful save: when, and how much storage it takes.
    fn saved(&self, report: &SaveReport) {
        let marks = self.wb.with_untracked(Workbook::trash_marks);
        TRASH_SEEN.with(|t| *t.borrow_mut() = marks);
        self.save.set(SaveState::Saved(now()));
        self.used.set(report.chars);
        self.mark_witness();
        self.write_backup_file();
        if let Some(hook) = AFTER_SAVE.with(std::cell::Cell::get) {
            hook();
        }
    }

    /// Keeps the witness cookie in step with what is saved (at most one
    /// write a day per count). While storage found empty is being reported,
    /// an empty save does not clear the witness.
    fn mark_witness(&self) {
        let records = self.wb.with_untracked(|wb| {
            let live: usize = wb.counts().iter().map(|(_, n)| n).sum();
            match live {
                0 if !wb.is_empty() => 1,
                n => n as u64,
            }
        });
        if records == 0 && self.lost.get_untracked().is_some() {
            return;
        }
        let stored = web::witness().and_then(|w| Witness::decode(&w));
        let exported = self.last_exported.get_untracked();
        if let Some(next) = Witness::after_save(stored.as_ref(), records, now(), exported) {
            web::set_witness(next.map(|w| w.encode()).as_deref());
        }
    }

    /// Loads what another tab saved and merges it into this tab's workbook.
    /// Returns whether this tab holds anything the other did not.
    fn absorb_other_tab(&self) -> bool {
        let Some(Ok(loaded)) = with_store(|s| s.load(now())) else {
            return false;
        };
        if !loaded.problems.is_empty() {
            self.problems.update(|p| p.extend(loaded.problems.clone()));
            self.recovery_count
                .set(with_store(|s| s.recovery().len()).unwrap_or(0));
        }
        let unfinished = loaded.unfinished > 0;
        let theirs = loaded.workbook;
        let mut merged = self.wb.get_untracked();
        // What the other tab emptied from the trash stays gone here (a
        // merge alone would bring it back).
        let (report, purged) = TRASH_SEEN.with(|t| {
            let seen = t.replace(theirs.trash_marks());
            merged.merge_dropping(&theirs, &seen)
        });
        let ours_extra = merged != theirs || unfinished;
        if report.changes() > 0 {
            self.notice.set(Some(Notice::MergedFromOtherTab));
        }
        if merged != self.wb.get_untracked() {
            self.wb.set(merged);
        }
        if !purged.is_empty() && self.sync.get_untracked() != crate::app::sync::Status::Off {
            PURGED_ELSEWHERE.with(|p| p.borrow_mut().extend(purged));
        }
        if let Some(at) = loaded.saved_at {
            if !matches!(self.save.get_untracked(), SaveState::Pending) {
                self.save.set(SaveState::Saved(at));
            }
        }
        ours_extra
    }

    fn listen_to_other_tabs(&self) {
        let app = *self;
        let on_storage =
            Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |ev: web_sys::StorageEvent| {
                let ours = ev
                    .key()
                    .is_some_and(|k| k == crate::book::store::Key::Manifest.text());
                if ours && with_store(|s| s.changed_elsewhere()).unwrap_or(false) {
                    if app.absorb_other_tab() {
                        app.schedule_save(true);
                    }
                    // Another tab saved: the tab that syncs sends it.
                    if let Some(hook) = AFTER_SAVE.with(std::cell::Cell::get) {
                        hook();
                    }
                    // The page re-renders after this handler: what the user
                    // is typing goes in first, and the keyboard stays put.
                    if let Some(spot) = web::commit_focused() {
                        web::restore_focus(spot);
                    }
                }
            });
        let _ = window()
            .add_event_listener_with_callback("storage", on_storage.as_ref().unchecked_ref());
        on_storage.forget();
        // Save a pending edit before the page goes away.
        let on_hide = Closure::<dyn Fn()>::new(move || {
            if matches!(app.save.get_untracked(), SaveState::Pending) {
                app.save_now();
            }
        });
        let _ =
            window().add_event_listener_with_callback("pagehide", on_hide.as_ref().unchecked_ref());
        on_hide.forget();
    }

    /// Saves what is pending, then reloads into the new version.
    pub fn take_update(&self) {
        if matches!(self.save.get_untracked(), SaveState::Pending) {
            self.save_now();
        }
        web::take_update();
    }

    /// Runs `then` once the texts of `lang` (picked in the `<select>` of
    /// `ev`) are loaded: at once for English or a language already loaded,
    /// else after fetching them. If they cannot be had, the select goes
    /// back to `shown` and a notice says so. Only the latest choice runs.
    pub fn with_texts(
        &self,
        lang: Lang,
        ev: &web_sys::Event,
        shown: impl Fn() -> Lang + 'static,
        then: impl FnOnce() + 'static,
    ) {
        thread_local! {
            static TURN: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
        }
        let turn = TURN.with(|t| {
            t.set(t.get().wrapping_add(1));
            t.get()
        });
        if crate::i18n::data::is_loaded(lang) {
            then();
            return;
        }
        let select = event_target::<web_sys::HtmlSelectElement>(ev);
        let notice = self.notice;
        leptos::task::spawn_local(async move {
            let loaded = web::load_texts(lang).await;
            if TURN.with(|t| t.get()) != turn {
                return;
            }
            if loaded {
                then();
                if notice.get_untracked() == Some(Notice::LanguageNotLoaded) {
                    notice.set(None);
                }
            } else {
                select.set_value(shown().code());
                notice.set(Some(Notice::LanguageNotLoaded));
            }
        });
    }

    pub fn set_lang(&self, lang: Lang) {
        self.lang.set(lang);
        self.update_device(|d| d.lang = Some(lang));
    }

    fn update_device(&self, f: impl FnOnce(&mut Device)) {
        with_store(|s| {
            let mut d: Device = s.device();
            f(&mut d);
            let _ = s.set_device(&d);
        });
    }

    /// Reads whether storage is persistent and, once the workbook holds
    /// data (never on an empty first visit), asks the browser to keep it.
    /// Also starts the backup reminder's clock at the first data.
    fn watch_durability(&self) {
        let app = *self;
        leptos::task::spawn_local(async move {
            if let Some(p) = web::storage_persisted().await {
                if app.persisted.get_untracked().is_none() {
                    app.persisted.set(Some(p));
                }
            }
        });
        let asked = StoredValue::new(false);
        Effect::new(move |_| {
            let has_data = app.wb.with(|wb| !wb.is_empty());
            if !has_data {
                return;
            }
            if app.data_since.get_untracked().is_none() {
                let at = now();
                app.data_since.set(Some(at));
                app.update_device(|d| d.data_since = Some(at));
            }
            if !asked.get_value() && app.persisted.get_untracked() != Some(true) {
                asked.set_value(true);
                leptos::task::spawn_local(async move {
                    if let Some(granted) = web::storage_persist().await {
                        app.persisted.set(Some(granted));
                    }
                });
            }
        });
    }

    /// Whether the backup reminder is due now.
    pub fn reminder(&self) -> crate::share::backup::Reminder {
        crate::share::backup::Reminder {
            now: now(),
            has_data: self.wb.with(|wb| !wb.is_empty()),
            last_exported: self.last_exported.get(),
            data_since: self.data_since.get(),
            period_days: crate::share::backup::period(self.reminder_days.get()),
            dismissed_at: self.reminder_dismissed.get(),
        }
    }

    /// Takes up the backup file chosen on an earlier visit: writing goes on
    /// at once where the browser still allows it, else waits for a click.
    fn recall_backup_file(&self) {
        if !crate::app::backup_file::supported() {
            return;
        }
        let app = *self;
        leptos::task::spawn_local(async move {
            let Some(handle) = crate::app::backup_file::recall().await else {
                return;
            };
            let name = crate::app::backup_file::name(&handle);
            let granted = crate::app::backup_file::permission(&handle, false).await == "granted";
            BACKUP_HANDLE.with(|h| *h.borrow_mut() = Some(handle));
            app.backup_file.set(if granted {
                BackupFile::On {
                    name,
                    written: None,
                }
            } else {
                BackupFile::Paused(name)
            });
        });
    }

    /// Asks where to keep the backup file, then writes it.
    pub fn choose_backup_file(&self) {
        let app = *self;
        leptos::task::spawn_local(async move {
            let suggested = "servicebook-backup.json";
            match crate::app::backup_file::pick(suggested).await {
                Ok(handle) => {
                    let name = crate::app::backup_file::name(&handle);
                    // Kept for later visits where the browser allows it; this
                    // visit writes either way.
                    let _ = crate::app::backup_file::remember(Some(&handle)).await;
                    BACKUP_HANDLE.with(|h| *h.borrow_mut() = Some(handle));
                    app.backup_file.set(BackupFile::On {
                        name,
                        written: None,
                    });
                    app.write_backup_file();
                }
                Err(crate::app::backup_file::PickError::Cancelled) => {}
                Err(crate::app::backup_file::PickError::Failed(why)) => {
                    app.backup_file.set(BackupFile::Failed {
                        name: suggested.into(),
                        why,
                    });
                }
            }
        });
    }

    /// Allows writing to the file chosen on an earlier visit (from a click).
    pub fn resume_backup_file(&self) {
        let app = *self;
        let Some(handle) = BACKUP_HANDLE.with(|h| h.borrow().clone()) else {
            return;
        };
        leptos::task::spawn_local(async move {
            let name = crate::app::backup_file::name(&handle);
            if crate::app::backup_file::permission(&handle, true).await == "granted" {
                app.backup_file.set(BackupFile::On {
                    name,
                    written: None,
                });
                app.write_backup_file();
            } else {
                app.backup_file.set(BackupFile::Paused(name));
            }
        });
    }

    /// Stops the automatic backup; the file itself stays where it is.
    pub fn stop_backup_file(&self) {
        BACKUP_HANDLE.with(|h| *h.borrow_mut() = None);
        self.backup_file.set(BackupFile::Off);
        leptos::task::spawn_local(async move {
            let _ = crate::app::backup_file::remember(None).await;
        });
    }

    /// Rewrites the backup file with the workbook as it is now, if one is
    /// on; a write asked for during another runs once that one ends.
    fn write_backup_file(&self) {
        let BackupFile::On { name, .. } = self.backup_file.get_untracked() else {
            return;
        };
        let Some(handle) = BACKUP_HANDLE.with(|h| h.borrow().clone()) else {
            return;
        };
        let busy = BACKUP_WRITING.with(|w| {
            let mut w = w.borrow_mut();
            if w.0 {
                w.1 = true;
            }
            let busy = w.0;
            w.0 = true;
            busy
        });
        if busy {
            return;
        }
        let app = *self;
        leptos::task::spawn_local(async move {
            let text = app
                .wb
                .with_untracked(|wb| file::export(wb, now(), crate::APP_VERSION));
            let result = crate::app::backup_file::write(&handle, &text).await;
            let again = BACKUP_WRITING.with(|w| std::mem::take(&mut *w.borrow_mut()).1);
            match result {
                Ok(()) => {
                    let at = now();
                    // Stopped meanwhile: say nothing more.
                    if matches!(app.backup_file.get_untracked(), BackupFile::On { .. }) {
                        app.backup_file.set(BackupFile::On {
                            name,
                            written: Some(at),
                        });
                    }
                    // The file is a backup: the reminder counts from it.
                    app.last_exported.set(Some(at));
                    app.update_device(|d| d.last_exported = Some(at));
                    app.mark_witness();
                    if again {
                        app.write_backup_file();
                    }
                }
                Err(why) => app.backup_file.set(BackupFile::Failed { name, why }),
            }
        });
    }

    /// The user starts afresh after storage was found cleared: the witness
    /// goes, until there is something to keep again.
    pub fn forget_lost(&self) {
        self.lost.set(None);
        web::set_witness(None);
    }

    /// Hides the backup reminder for one period.
    pub fn dismiss_reminder(&self) {
        let at = now();
        self.reminder_dismissed.set(Some(at));
        self.update_device(|d| d.reminder_dismissed = Some(at));
    }

    /// Chooses the reminder's period (0: off).
    pub fn set_reminder_days(&self, days: u32) {
        self.reminder_days.set(Some(days));
        self.update_device(|d| d.reminder_days = Some(days));
    }

    /// Downloads the workbook as a dated JSON file.
    pub fn export(&self) {
        self.export_as(false);
    }

    /// Downloads the workbook; `anonymised` leaves out customers' personal data.
    pub fn export_as(&self, anonymised: bool) {
        let text = self.wb.with_untracked(|wb| {
            if anonymised {
                file::export(&wb.anonymised(), now(), crate::APP_VERSION)
            } else {
                file::export(wb, now(), crate::APP_VERSION)
            }
        });
        let suffix = if anonymised { "-anonymised" } else { "" };
        let name = format!("servicebook-{}{suffix}.json", web::today_iso());
        if web::download(&name, "application/json", &text).is_ok() {
            let at = now();
            self.last_exported.set(Some(at));
            self.update_device(|d| d.last_exported = Some(at));
            self.mark_witness();
        }
    }

    /// Reads a file the user picked or dropped and stages it for preview.
    pub async fn stage_file(self, file: web_sys::File) {
        let name = file.name();
        match web::read_text(&file).await {
            Ok(text) => self.stage_import(name, &text),
            Err(_) => {
                self.pending.set(None);
                self.notice.set(Some(Notice::ImportRefused {
                    name,
                    error: FileError::Unreadable,
                }));
            }
        }
    }

    /// Reads a file and, if it is a Servicebook file, holds it for preview.
    pub fn stage_import(&self, name: String, text: &str) {
        match file::import(text) {
            Ok((header, incoming)) => {
                let mut probe = self.wb.get_untracked();
                let merge = probe.merge_from(&incoming);
                self.notice.set(None);
                self.pending.set(Some(PendingImport {
                    name,
                    header,
                    summary: incoming.summary(),
                    incoming,
                    merge,
                }));
            }
            Err(error) => {
                self.pending.set(None);
                self.notice.set(Some(Notice::ImportRefused { name, error }));
            }
        }
    }

    /// Applies the staged import: merge, or replace.
    pub fn apply_import(&self, merge: bool) {
        let Some(p) = self.pending.get_untracked() else {
            return;
        };
        let before = self.wb.get_untracked();
        let (added, updated) = if merge {
            let mut wb = before.clone();
            let r = wb.merge_from(&p.incoming);
            self.wb.set(wb);
            r.added_updated()
        } else {
            self.wb.set(p.incoming.clone());
            (0, 0)
        };
        self.before_import.set(Some(before));
        self.pending.set(None);
        self.notice.set(Some(Notice::Imported {
            merged: merge,
            added,
            updated,
        }));
        self.save_whole_now();
    }

    pub fn undo_import(&self) {
        if let Some(before) = self.before_import.get_untracked() {
            self.wb.set(before);
            self.before_import.set(None);
            self.notice.set(Some(Notice::ImportUndone));
            self.save_whole_now();
        }
    }

    /// Replaces the workbook with another (the example, or an empty one),
    /// keeping the current one to undo.
    pub fn replace_workbook(&self, wb: Workbook, notice: Notice) {
        let before = self.wb.get_untracked();
        self.wb.set(wb);
        self.before_import.set(Some(before));
        self.notice.set(Some(notice));
        self.save_whole_now();
    }

    pub fn recovery_bundle(&self) -> Option<String> {
        with_store(|s| s.recovery_bundle(now()))
    }

    pub fn discard_recovery(&self) {
        with_store(|s| {
            let _ = s.discard_recovery();
        });
        self.recovery_count.set(0);
        self.problems.set(Vec::new());
    }

    /// Reads the real use of this origin's storage: every key and value,
    /// so keys other pages or scripts wrote during the session count too.
    /// Reads every value, so it is called at start, when a save fails and
    /// when the storage card is shown, not on every save.
    pub fn measure_storage(&self) {
        if let Some((workbook, all)) = with_store(|s| (s.workbook_chars(), s.used_chars())) {
            self.used.set(workbook);
            self.other_used.set(all.saturating_sub(workbook));
        }
    }

    /// Characters used in this origin's storage: the workbook and the rest.
    pub fn total_used(&self) -> usize {
        self.used.get() + self.other_used.get()
    }

    /// The share of the quota in use, 0.0 to 1.0.
    pub fn used_share(&self) -> f64 {
        self.total_used() as f64 / QUOTA_CHARS as f64
    }
}
