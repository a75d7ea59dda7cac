//! The one record form: a page that loads the record its route names (or
//! starts a new one, or resumes a draft), keeps what is typed as a draft on
//! this device as it is typed, lists its errors in one place, and saves,
//! discards or trashes through one path, each with a notice (and Undo where
//! something went away).
//!
//! Saving is the same on every record form: what is typed is kept at once
//! (`book::drafts`); Save checks the record and puts it in the workbook;
//! leaving the page keeps the draft, shown in the list until it is saved or
//! discarded. Enter in a one-line field never submits.

use crate::app::state::{use_app, AppState, Notice};
use crate::app::web::{self, WebKv};
use crate::book::drafts::{self, Draft, NotKept};
use crate::book::workbook::{Part, Workbook};
use crate::i18n::{fill, Lang, K};
use crate::kernel::format::Format;
use crate::kernel::record::{now, Collection};
use chrono::{DateTime, Utc};
use leptos::prelude::*;
use leptos_router::components::A;
use serde::{de::DeserializeOwned, Serialize};
use std::rc::Rc;
use uuid::Uuid;

/// What a record form needs to know of its collection.
pub struct Spec<T: 'static> {
    pub part: Part,
    /// The record pages' path: `<path>/new`, `<path>/<id>`.
    pub path: &'static str,
    /// The list the form goes back to, and its name.
    pub list: &'static str,
    pub list_label: K,
    pub records: fn(&Workbook) -> &Collection<T>,
    pub records_mut: fn(&mut Workbook) -> &mut Collection<T>,
    /// A new record, with its defaults.
    pub blank: fn(&Workbook) -> T,
    /// A draft's name in the list (empty: "Untitled").
    pub label: fn(&T, Lang) -> String,
}

/// Whether what is typed is kept on this device.
#[derive(Debug, Clone, PartialEq)]
pub enum Kept {
    /// Nothing typed yet (or typed back to what was saved).
    Nothing,
    At(DateTime<Utc>),
    Not(NotKept),
}

/// Goes to a path inside the app (the router's `navigate`, kept).
type Navigate = Rc<dyn Fn(&str)>;

/// One open form. Copy, so every handler of the page can hold it.
pub struct Form<T: 'static> {
    spec: &'static Spec<T>,
    /// The saved record this form edits; `None` for a new one.
    pub id: Option<Uuid>,
    /// The draft's key: the record's id, or a new draft's own.
    key: Uuid,
    /// The record as typed.
    pub record: RwSignal<T>,
    /// What the form began from: the saved record, or a new one's defaults.
    start: StoredValue<T>,
    /// The saved record an edit began from, which Save merges against.
    base: StoredValue<Option<T>>,
    pub errors: RwSignal<Vec<String>>,
    pub kept: RwSignal<Kept>,
    app: AppState,
    navigate: StoredValue<Navigate, LocalStorage>,
}

impl<T> Clone for Form<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Form<T> {}

fn kv() -> Option<WebKv> {
    WebKv::open().ok()
}

/// The page of one record: the form for the record the route names, a new
/// one (`<path>/new`, or the draft `?draft=<key>` names), or "not found".
pub fn record_page<T>(spec: &'static Spec<T>, form: fn(Form<T>) -> AnyView) -> impl IntoView
where
    T: Clone + PartialEq + Serialize + DeserializeOwned + Send + Sync + 'static,
{
    let app = use_app();
    let id = super::route_id();
    let query = leptos_router::hooks::use_query_map();
    move || {
        let id = id.get();
        match id {
            Some(None) => super::not_found(spec.list, spec.list_label),
            Some(Some(id)) => {
                let saved = app.wb.with_untracked(|wb| {
                    (spec.records)(wb)
                        .get(id)
                        .filter(|r| r.is_live())
                        .map(|r| r.data.clone())
                });
                let draft = kv().and_then(|mut kv| drafts::read::<T>(&mut kv, spec.part, id));
                match (saved, draft) {
                    (Some(saved), None) => form(Form::start(spec, Some(id), id, saved, None)),
                    // An edit kept as a draft (also of a record trashed
                    // since: saving it says where it went).
                    (saved, Some(d)) => {
                        let begun = d.base.clone().or(saved);
                        match begun {
                            Some(begun) => form(Form::start(spec, Some(id), id, begun, Some(d))),
                            None => super::not_found(spec.list, spec.list_label),
                        }
                    }
                    (None, None) => super::not_found(spec.list, spec.list_label),
                }
            }
            None => {
                let blank = app.wb.with_untracked(spec.blank);
                let asked = query
                    .with_untracked(|q| q.get("draft"))
                    .or_else(web::remembered_draft);
                let key = asked
                    .and_then(|k| Uuid::parse_str(&k).ok())
                    .unwrap_or_else(Uuid::new_v4);
                let draft = kv()
                    .and_then(|mut kv| drafts::read::<T>(&mut kv, spec.part, key))
                    .filter(|d| d.base.is_none());
                form(Form::start(spec, None, key, blank, draft))
            }
        }
    }
}

impl<T> Form<T>
where
    T: Clone + PartialEq + Serialize + DeserializeOwned + Send + Sync + 'static,
{
    fn start(
        spec: &'static Spec<T>,
        id: Option<Uuid>,
        key: Uuid,
        start: T,
        draft: Option<Draft<T>>,
    ) -> Form<T> {
        let navigate = leptos_router::hooks::use_navigate();
        let kept = match &draft {
            Some(d) => Kept::At(d.edited),
            None => Kept::Nothing,
        };
        let base = id.map(|_| {
            draft
                .as_ref()
                .and_then(|d| d.base.clone())
                .unwrap_or(start.clone())
        });
        let record = draft.map(|d| d.record).unwrap_or_else(|| start.clone());
        let form = Form {
            spec,
            id,
            key,
            record: RwSignal::new(record),
            start: StoredValue::new(start),
            base: StoredValue::new(base),
            errors: RwSignal::new(Vec::new()),
            kept: RwSignal::new(kept),
            app: use_app(),
            navigate: StoredValue::new_local(Rc::new(move |to: &str| {
                navigate(to, Default::default())
            })),
        };
        // Every change is kept as it is made (not on first showing).
        Effect::new(move |first: Option<()>| {
            form.record.track();
            if first.is_some() {
                form.keep();
            }
        });
        form
    }

    /// Keeps the record as typed, or drops the draft when it is back to
    /// what the form began from.
    fn keep(self) {
        let Some(mut kv) = kv() else {
            self.kept.set(Kept::Not(NotKept::Storage(
                crate::book::store::KvError::Unavailable(String::new()),
            )));
            return;
        };
        let record = self.record.get_untracked();
        if self.start.with_value(|s| *s == record) {
            drafts::drop(&mut kv, self.spec.part, self.key);
            self.kept.set(Kept::Nothing);
            return;
        }
        let draft = Draft {
            record,
            base: self.base.get_value(),
            edited: now(),
        };
        match drafts::keep(&mut kv, self.spec.part, self.key, &draft) {
            Ok(()) => {
                // The page's history entry names a new draft, so a reload
                // resumes it.
                if self.id.is_none() && !matches!(self.kept.get_untracked(), Kept::At(_)) {
                    web::remember_draft(&self.key.to_string());
                }
                self.kept.set(Kept::At(draft.edited));
            }
            Err(e) => self.kept.set(Kept::Not(e)),
        }
    }

    /// Shows the problems that keep the record from being saved, and moves
    /// focus to them.
    pub fn refuse(self, problems: Vec<String>) {
        self.errors.set(problems);
        super::focus_errors();
    }

    /// Saves `record` (the form's record, as the page finished it) unless
    /// there are problems; then the draft goes, and the page goes back to
    /// the list.
    pub fn save(self, record: T, problems: Vec<String>) {
        if !problems.is_empty() {
            self.refuse(problems);
            return;
        }
        let app = self.app;
        let spec = self.spec;
        let base = self.base.get_value();
        let mut outcome = crate::kernel::record::EditOutcome::Saved;
        app.edit(|wb| match (self.id, &base) {
            (Some(id), Some(base)) => {
                outcome = (spec.records_mut)(wb).save_edit(id, now(), base, &record)
            }
            _ => {
                (spec.records_mut)(wb).insert(record.clone(), now());
            }
        });
        app.record_saved_as(outcome, spec.part);
        if let Some(mut kv) = kv() {
            drafts::drop(&mut kv, spec.part, self.key);
        }
        self.leave();
    }

    /// Drops what was typed (the notice offers it back) and goes back to
    /// the list.
    pub fn discard(self) {
        let app = self.app;
        if let Some(mut kv) = kv() {
            let text = drafts::read::<T>(&mut kv, self.spec.part, self.key)
                .and_then(|d| serde_json::to_string(&d).ok());
            drafts::drop(&mut kv, self.spec.part, self.key);
            if let Some(text) = text {
                app.notice.set(Some(Notice::DraftDiscarded {
                    part: self.spec.part,
                    key: self.key,
                    text,
                }));
            }
        }
        self.leave();
    }

    /// Moves the saved record to the trash (the notice offers Undo); a
    /// draft of it goes too.
    pub fn trash(self) {
        let Some(id) = self.id else { return };
        let app = self.app;
        let part = self.spec.part;
        app.edit(|wb| {
            (self.spec.records_mut)(wb).trash(id, now());
        });
        if let Some(mut kv) = kv() {
            drafts::drop(&mut kv, part, self.key);
        }
        app.notice.set(Some(Notice::Trashed(part, id)));
        self.leave();
    }

    fn leave(self) {
        let to = self.spec.list;
        self.navigate.with_value(|n| n(to));
    }

    /// Whether this is a new record (not saved yet).
    pub fn is_new(self) -> bool {
        self.id.is_none()
    }

    /// The one line that says how typing is kept, under the page's title.
    pub fn note(self) -> AnyView {
        kept_note(self.app, self.kept, self.id.is_some())
    }

    /// The form's buttons: Save, back to the list (the draft stays),
    /// Discard (when something is kept), Move to trash (a saved record).
    pub fn actions(self, save_label: K, testid: &'static str, extra: Option<AnyView>) -> AnyView {
        form_actions(
            Actions {
                app: self.app,
                kept: self.kept,
                is_new: self.is_new(),
                list: self.spec.list,
                save_label,
                testid,
                discard: Callback::new(move |()| self.discard()),
                trash: Callback::new(move |()| self.trash()),
            },
            extra,
        )
    }
}

// The views below do not depend on the record's type, so the wasm holds
// one copy of each, whatever the number of forms.

fn kept_note(app: AppState, kept: RwSignal<Kept>, is_edit: bool) -> AnyView {
    (move || {
        let lang = app.lang.get();
        let (class, text) = match kept.get() {
            Kept::Nothing => ("muted small", K::DraftHint.in_lang(lang).to_string()),
            Kept::At(at) => (
                "muted small",
                fill(
                    if is_edit {
                        K::DraftEditKept
                    } else {
                        K::DraftKept
                    }
                    .in_lang(lang),
                    &[("time", &web::Intl(lang).stamp(at))],
                ),
            ),
            Kept::Not(_) => ("banner error", K::DraftNotKept.in_lang(lang).to_string()),
        };
        view! {
            <p class=class data-testid="draft-note" role="status">
                {text}
            </p>
        }
    })
    .into_any()
}

struct Actions {
    app: AppState,
    kept: RwSignal<Kept>,
    is_new: bool,
    list: &'static str,
    save_label: K,
    testid: &'static str,
    discard: Callback<()>,
    trash: Callback<()>,
}

fn form_actions(a: Actions, extra: Option<AnyView>) -> AnyView {
    let Actions {
        app,
        kept,
        is_new,
        list,
        save_label,
        testid,
        discard,
        trash,
    } = a;
    let t = move |k: K| app.t(k);
    view! {
        <div class="actions">
            <button type="submit" class="primary" data-testid=format!("save-{testid}")>
                {move || t(save_label)}
            </button>
            <A href=super::to(list) attr:class="button" attr:data-testid="back-to-list">
                {move || t(K::BackToList)}
            </A>
            {extra}
            <Show when=move || matches!(kept.get(), Kept::At(_))>
                <button type="button" data-testid="discard-draft" on:click=move |_| discard.run(())>
                    {move || t(if is_new { K::DiscardDraft } else { K::DiscardChanges })}
                </button>
            </Show>
            <Show when=move || !is_new>
                <button
                    type="button"
                    class="link"
                    data-testid=format!("delete-{testid}")
                    on:click=move |_| trash.run(())
                >
                    {move || t(K::MoveToTrashShort)}
                </button>
            </Show>
        </div>
    }
    .into_any()
}

/// One draft as its list shows it.
struct Item {
    href: String,
    label: String,
    kind: K,
    edited: DateTime<Utc>,
}

/// The drafts of one collection, above its list: each opens its form, and
/// can be discarded there. Damaged drafts found on the way are set aside,
/// and said so.
pub fn draft_list<T>(spec: &'static Spec<T>) -> impl IntoView
where
    T: Clone + PartialEq + Serialize + DeserializeOwned + Send + Sync + 'static,
{
    let app = use_app();
    move || {
        app.drafts.track();
        draft_items(app, spec)
    }
}

fn draft_items<T>(app: AppState, spec: &'static Spec<T>) -> Option<AnyView>
where
    T: Clone + PartialEq + Serialize + DeserializeOwned + Send + Sync + 'static,
{
    let lang = app.lang.get();
    let (found, damaged) = kv()
        .map(|mut kv| drafts::list::<T>(&mut kv, spec.part))
        .unwrap_or_default();
    let items = app.wb.with_untracked(|wb| {
        found
            .into_iter()
            .map(|(key, d)| {
                let live = (spec.records)(wb).get(key).is_some_and(|r| r.is_live());
                let (href, kind) = match (&d.base, live) {
                    (None, _) => (format!("{}/new?draft={key}", spec.path), K::DraftNew),
                    (Some(_), true) => (format!("{}/{key}", spec.path), K::DraftEdit),
                    (Some(_), false) => (format!("{}/{key}", spec.path), K::DraftEditTrashed),
                };
                Item {
                    href: super::to(&href),
                    label: (spec.label)(&d.record, lang),
                    kind,
                    edited: d.edited,
                }
            })
            .collect::<Vec<_>>()
    });
    draft_box(app, items, damaged)
}

fn draft_box(app: AppState, items: Vec<Item>, damaged: usize) -> Option<AnyView> {
    let lang = app.lang.get_untracked();
    (!items.is_empty() || damaged > 0).then(|| {
        let items = items
            .into_iter()
            .map(|item| {
                let label = if item.label.trim().is_empty() {
                    K::DraftUntitled.in_lang(lang).to_string()
                } else {
                    item.label
                };
                let meta = fill(
                    item.kind.in_lang(lang),
                    &[("time", &web::Intl(lang).stamp(item.edited))],
                );
                view! {
                    <li data-testid="draft">
                        <A href=item.href>{label}</A>
                        " "
                        <span class="muted small">{meta}</span>
                    </li>
                }
            })
            .collect_view();
        view! {
            <section class="card drafts" data-testid="drafts">
                <h2>{K::DraftsTitle.in_lang(lang)}</h2>
                <ul>{items}</ul>
                {(damaged > 0)
                    .then(|| {
                        view! {
                            <p class="muted small" data-testid="drafts-set-aside">
                                {K::DraftsSetAside.in_lang(lang)}
                            </p>
                        }
                    })}
            </section>
        }
        .into_any()
    })
}

/// Puts back a draft the user discarded (the notice's Undo).
pub fn restore_draft(part: Part, key: Uuid, text: &str) -> bool {
    kv().is_some_and(|mut kv| drafts::restore(&mut kv, part, key, text).is_ok())
}
