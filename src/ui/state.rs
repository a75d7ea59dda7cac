//! The app's state: the workbook in a signal, saved by the store after a
//! short pause, reconciled with other tabs, imported and undone.

use crate::domain::file::{self, FileError, Header};
use crate::domain::record::now;
use crate::domain::store::{KvError, Problem, SaveError, SaveMode, SaveReport, Store, QUOTA_CHARS};
use crate::domain::workbook::{MergeReport, Part, Summary, Workbook};
use crate::i18n::{Lang, K};
use crate::web::{self, WebKv};
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
    #[serde(default, deserialize_with = "crate::domain::bounds::lenient_opt_stamp")]
    pub last_exported: Option<DateTime<Utc>>,
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
    Imported {
        merged: bool,
        changes: usize,
    },
    ImportUndone,
    ImportRefused {
        name: String,
        error: FileError,
    },
    ExampleOpened,
    Cleared,
    /// A record was saved from its form.
    Saved(Part),
    /// Moved to the trash; the notice offers to undo.
    Trashed(Part, uuid::Uuid),
    /// A form's edit went to a record another tab had moved to the trash;
    /// the notice offers to restore it, with the edit.
    EditInTrash(Part, uuid::Uuid),
    /// A form's edit was saved as a new record: another tab had removed
    /// the record for good.
    EditRecreated(Part),
    /// One problem folded into another; undo puts both back as they were.
    ProblemsMerged {
        into: uuid::Uuid,
        before: Box<crate::domain::problems::Problem>,
        from: uuid::Uuid,
    },
    /// A pulse survey's round was removed; undo puts it back.
    PulseRoundRemoved {
        pulse: uuid::Uuid,
        round: crate::domain::team::PulseRound,
    },
    /// The checklist went back to the seed's points; undo restores these.
    ChecklistReset {
        before: Vec<String>,
    },
}

thread_local! {
    static STORE: RefCell<Option<Store<WebKv>>> = const { RefCell::new(None) };
    static TIMER: RefCell<Option<i32>> = const { RefCell::new(None) };
    static VERIFY: RefCell<bool> = const { RefCell::new(false) };
}

fn with_store<R>(f: impl FnOnce(&mut Store<WebKv>) -> R) -> Option<R> {
    STORE.with(|s| s.borrow_mut().as_mut().map(f))
}

/// Cancels the save waiting for its delay; says whether one was waiting.
fn cancel_pending_save() -> bool {
    let pending = TIMER.with(|t| t.borrow_mut().take());
    if let Some(h) = pending {
        window().clear_timeout_with_handle(h);
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
        let lang = device.lang.unwrap_or_else(|| {
            let prefs = web::preferred_languages();
            Lang::negotiate(prefs.iter().map(String::as_str))
        });
        // A rebuilt workbook, or one that took in an unfinished save, differs
        // from what is stored: write it back (after the usual pause).
        let needs_save = loaded.as_ref().is_some_and(|l| {
            l.unfinished > 0
                || l.problems
                    .iter()
                    .any(|p| matches!(p, Problem::Rebuilt { .. }))
        });
        let (workbook, problems) = loaded.map(|l| (l.workbook, l.problems)).unwrap_or_default();
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
        };
        app.measure_storage();
        app.listen_to_other_tabs();
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
        let cb = Closure::once_into_js(move || {
            TIMER.with(|t| t.borrow_mut().take());
            app.save_now();
        });
        let handle = window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                cb.unchecked_ref(),
                SAVE_DELAY_MS,
            )
            .ok();
        TIMER.with(|t| *t.borrow_mut() = handle);
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
    /// instead, and the notice below stays hidden (see `ui::Banners`).
    pub fn record_saved(&self, part: Part) {
        if cancel_pending_save() {
            self.save_now();
        }
        self.notice.set(Some(Notice::Saved(part)));
    }

    /// After a form's Save: says where the edit went (see
    /// `Collection::save_edit`), never "saved" for a record that another
    /// tab moved to the trash.
    pub fn record_saved_as(&self, outcome: crate::domain::record::EditOutcome, part: Part) {
        use crate::domain::record::EditOutcome;
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
                // Another tab saved first: take its work in, then save both.
                self.absorb_other_tab();
                let retry = self
                    .wb
                    .with_untracked(|wb| with_store(|s| s.save(wb, SaveMode::Verify, now())));
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
        self.save.set(SaveState::Saved(now()));
        self.used.set(report.chars);
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
        let report = merged.merge_from(&theirs);
        let ours_extra = merged != theirs || unfinished;
        if report.changes() > 0 {
            self.notice.set(Some(Notice::MergedFromOtherTab));
        }
        if merged != self.wb.get_untracked() {
            self.wb.set(merged);
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
                    .is_some_and(|k| k == crate::domain::store::Key::Manifest.text());
                if ours && with_store(|s| s.changed_elsewhere()).unwrap_or(false) {
                    if app.absorb_other_tab() {
                        app.schedule_save(true);
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
        let changes = if merge {
            let mut wb = before.clone();
            let r = wb.merge_from(&p.incoming);
            self.wb.set(wb);
            r.changes()
        } else {
            self.wb.set(p.incoming.clone());
            1
        };
        self.before_import.set(Some(before));
        self.pending.set(None);
        self.notice.set(Some(Notice::Imported {
            merged: merge,
            changes,
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
