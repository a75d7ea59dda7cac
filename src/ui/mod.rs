//! The interface: thin components over the domain.

mod checklist;
mod date_input;
mod draft;
mod erase;
mod home;
mod inputs;
mod listen;
mod meetings;
mod plan;
mod problems;
mod run;
mod selftest;
mod share;
pub mod state;
mod team;

use crate::domain::file::FileError;
use crate::domain::store::{Problem, SaveError};
use crate::domain::workbook::{Part, Workbook};
use crate::format::Format;
use crate::i18n::{fill, Lang, K};
use crate::web::Intl;
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::path;
use state::{use_app, AppState, Notice, SaveState};
use wasm_bindgen::JsCast;

pub(crate) use date_input::DateInput;

thread_local! {
    static BASE: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// The record id in the route (`/…/:id`); `None` when it is missing or is
/// not a UUID.
pub(crate) fn id_param() -> Memo<Option<uuid::Uuid>> {
    let params = leptos_router::hooks::use_params_map();
    Memo::new(move |_| {
        params
            .with(|p| p.get("id"))
            .and_then(|s| uuid::Uuid::parse_str(&s).ok())
    })
}

/// The id in the route of a page that also makes a new record
/// (`/…/new` and `/…/:id`): `None` for a new record (no id in the route),
/// `Some(None)` for an id that is not a UUID, which no record has.
pub(crate) fn route_id() -> Memo<Option<Option<uuid::Uuid>>> {
    let params = leptos_router::hooks::use_params_map();
    Memo::new(move |_| {
        params
            .with(|p| p.get("id"))
            .map(|s| uuid::Uuid::parse_str(&s).ok())
    })
}

/// The page of a record that is not there (a wrong id, or a record since
/// trashed), with a link back to its list.
pub(crate) fn not_found(back: &'static str, label: K) -> AnyView {
    let app = use_app();
    view! {
        <section class="page">
            <h1>{move || app.t(K::NotFoundTitle)}</h1>
            <p><A href=to(back)>{move || app.t(label)}</A></p>
        </section>
    }
    .into_any()
}

/// A link target inside the app, under the base path the app is hosted at.
/// (`<A>` leaves absolute paths alone; `navigate` adds the base itself.)
/// An enum's variant name, as the value of a `<select>` option.
pub(crate) fn code<T: std::fmt::Debug>(v: T) -> String {
    format!("{v:?}")
}

/// A date as an `<input type="date">` holds it (empty for none).
pub(crate) fn date_value(d: Option<chrono::NaiveDate>) -> String {
    d.map(|d| d.format("%Y-%m-%d").to_string())
        .unwrap_or_default()
}

/// A time of day as an `<input type="time">` holds it ("09:00").
pub(crate) fn time_value(t: chrono::NaiveTime) -> String {
    t.format("%H:%M").to_string()
}

/// The date in an `<input type="date">`'s value, if it holds one of the
/// years a file may hold (1900 to 9999; a browser takes years up to 275760,
/// which would be saved and then refused on loading).
pub(crate) fn parse_date_value(v: &str) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::parse_from_str(v, "%Y-%m-%d")
        .ok()
        .and_then(crate::domain::bounds::checked_date)
}

pub fn to(path: &str) -> String {
    BASE.with(|b| format!("{}{path}", b.borrow()))
}

#[component]
pub fn App() -> impl IntoView {
    let app = AppState::start();
    provide_context(app);
    let base = crate::web::base_path();
    BASE.with(|b| *b.borrow_mut() = base.clone());
    view! {
        <Router base=base>
            <Shell/>
        </Router>
    }
}

#[component]
fn Shell() -> impl IntoView {
    let app = use_app();
    let t = move |k: K| app.t(k);
    let navigate = leptos_router::hooks::use_navigate();
    // After a page change: the window's title names the page, and focus moves
    // to the main region (not on the first load), as screen readers expect.
    let location = leptos_router::hooks::use_location();
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        let title = page_title(&path);
        document().set_title(&format!("{} · Servicebook", title.in_lang(app.lang.get())));
        if previous.as_ref().is_some_and(|p| *p != path) {
            focus_main();
        }
        path
    });
    // A file dropped anywhere on the page goes to the import preview.
    let on_drop = move |ev: web_sys::DragEvent| {
        ev.prevent_default();
        let Some(file) = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        else {
            return;
        };
        let navigate = navigate.clone();
        leptos::task::spawn_local(async move {
            app.stage_file(file).await;
            navigate("/share", Default::default());
        });
    };
    view! {
        <div class="app" on:dragover=|ev: web_sys::DragEvent| ev.prevent_default() on:drop=on_drop>
            <a class="skip" href="#main" on:click=|ev| { ev.prevent_default(); focus_main(); }>{move || t(K::SkipToContent)}</a>
            <header class="top">
                <A href=to("/") attr:class="brand">
                    <span class="logo" aria-hidden="true">"◆"</span>
                    " Servicebook"
                </A>
                <nav aria-label=move || t(K::NavLabel) data-testid="main-nav">
                    <A href=to("/") exact=true>{move || t(K::NavHome)}</A>
                    <A href=to("/self-test")>{move || t(K::NavSelfTest)}</A>
                    <A href=to("/listen")>{move || t(K::NavListen)}</A>
                    <A href=to("/draft")>{move || t(K::NavDraft)}</A>
                    <A href=to("/run")>{move || t(K::NavRun)}</A>
                    <A href=to("/share")>{move || t(K::NavShare)}</A>
                </nav>
                <LangPicker/>
            </header>
            <Banners/>
            <main id="main" tabindex="-1">
                <Routes fallback=move || view! {
                    <section class="page">
                        <h1>{move || t(K::NotFoundTitle)}</h1>
                        <p><A href=to("/")>{move || t(K::NavHome)}</A></p>
                    </section>
                }>
                    <Route path=path!("/") view=home::Home/>
                    <Route path=path!("/self-test") view=selftest::TakeTest/>
                    <Route path=path!("/self-test/history") view=selftest::History/>
                    <Route path=path!("/self-test/:id") view=selftest::Results/>
                    <Route path=path!("/listen") view=listen::Log/>
                    <Route path=path!("/listen/new") view=listen::ComplaintPage/>
                    <Route path=path!("/listen/surveys") view=inputs::Surveys/>
                    <Route path=path!("/listen/surveys/new") view=inputs::SurveyPage/>
                    <Route path=path!("/listen/surveys/:id") view=inputs::SurveyPage/>
                    <Route path=path!("/listen/figures") view=inputs::Figures/>
                    <Route path=path!("/listen/figures/operations/new") view=inputs::OperationsPage/>
                    <Route path=path!("/listen/figures/operations/:id") view=inputs::OperationsPage/>
                    <Route path=path!("/listen/figures/suppliers/new") view=inputs::SuppliersPage/>
                    <Route path=path!("/listen/figures/suppliers/:id") view=inputs::SuppliersPage/>
                    <Route path=path!("/listen/problems") view=problems::Problems/>
                    <Route path=path!("/listen/:id") view=listen::ComplaintPage/>
                    <Route path=path!("/draft") view=draft::Vision/>
                    <Route path=path!("/draft/goals") view=draft::Goals/>
                    <Route path=path!("/draft/policy") view=draft::Policy/>
                    <Route path=path!("/draft/vision/:id") view=draft::Workshop/>
                    <Route path=path!("/draft/staff") view=plan::Staff/>
                    <Route path=path!("/draft/plan") view=plan::Plan/>
                    <Route path=path!("/draft/document") view=plan::DocumentPage/>
                    <Route path=path!("/run") view=run::Procedures/>
                    <Route path=path!("/run/sop/:id") view=run::SopPage/>
                    <Route path=path!("/run/meetings") view=meetings::Meetings/>
                    <Route path=path!("/run/meetings/:id") view=meetings::MeetingPage/>
                    <Route path=path!("/run/checklist") view=checklist::Checklist/>
                    <Route path=path!("/run/team") view=team::Team/>
                    <Route path=path!("/share") view=share::Share/>
                </Routes>
            </main>
            <footer class="foot">
                <SaveStatus/>
            </footer>
        </div>
    }
}

#[component]
fn LangPicker() -> impl IntoView {
    let app = use_app();
    view! {
        <label class="lang">
            <span class="sr-only">{move || app.t(K::Language)}</span>
            <select
                on:change=move |ev| {
                    if let Some(l) = Lang::from_code(&event_target_value(&ev)) {
                        app.set_lang(l);
                    }
                }
                prop:value=move || app.lang.get().code()
            >
                {Lang::ALL.into_iter().map(|l| view! {
                    <option value=l.code() selected=move || app.lang.get() == l>{l.native_name()}</option>
                }).collect_view()}
            </select>
        </label>
    }
}

/// The footer line: when the workbook was last saved, or why it was not.
#[component]
fn SaveStatus() -> impl IntoView {
    let app = use_app();
    let text = move || {
        let lang = app.lang.get();
        match app.save.get() {
            SaveState::Never => K::SaveNever.in_lang(lang).to_string(),
            SaveState::Pending => K::SavePending.in_lang(lang).to_string(),
            SaveState::Saved(at) => {
                fill(K::SavedAt.in_lang(lang), &[("time", &Intl(lang).stamp(at))])
            }
            SaveState::Failed(_) => K::SaveFailedShort.in_lang(lang).to_string(),
            SaveState::NoStorage => K::NoStorageShort.in_lang(lang).to_string(),
        }
    };
    view! { <p class="save-status" role="status" data-testid="save-status">{text}</p> }
}

/// Messages that concern the whole workbook: load problems, failed saves,
/// notices after an action.
#[component]
fn Banners() -> impl IntoView {
    let app = use_app();
    let t = move |k: K| app.t(k);
    let problems = move || {
        let lang = app.lang.get();
        app.problems
            .get()
            .into_iter()
            .map(|p| problem_text(&p, lang))
            .collect::<Vec<_>>()
    };
    let save_error = move || match app.save.get() {
        SaveState::Failed(SaveError::Quota) => Some(t(K::QuotaFull)),
        SaveState::Failed(SaveError::ReadOnly) => Some(t(K::ReadOnly)),
        SaveState::Failed(_) => Some(t(K::SaveFailed)),
        SaveState::NoStorage => Some(t(K::NoStorage)),
        _ => None,
    };
    // "Saved." is not said while storage refuses: the banner above says so.
    let notice = move || {
        app.notice
            .get()
            .filter(|n| {
                !(matches!(n, Notice::Saved(_))
                    && matches!(app.save.get(), SaveState::Failed(_) | SaveState::NoStorage))
            })
            .map(|n| notice_text(&n, app.lang.get()))
    };
    view! {
        <div class="banners">
            <Show when=move || app.update_ready.get()>
                <div class="banner info" role="status" data-testid="update-ready">
                    <p>{move || t(K::UpdateReady)}</p>
                    <button type="button" data-testid="update-reload" on:click=move |_| app.take_update()>{move || t(K::UpdateReload)}</button>
                    <button type="button" class="link" on:click=move |_| app.update_ready.set(false)>{move || t(K::UpdateLater)}</button>
                </div>
            </Show>
            <Show when=move || !app.problems.get().is_empty()>
                <div class="banner warn" role="alert" data-testid="load-problems">
                    <ul>{move || problems().into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
                    <Show when=move || app.problems.with(|p| p.iter().any(Problem::kept_aside))>
                        <p><A href=to("/share")>{move || t(K::GoToRecovery)}</A></p>
                    </Show>
                </div>
            </Show>
            {move || save_error().map(|msg| view! {
                <div class="banner error" role="alert" data-testid="save-error">
                    <p>{msg}</p>
                    <button type="button" on:click=move |_| app.export()>{move || t(K::ExportNow)}</button>
                </div>
            })}
            <Show when=move || { app.used_share() >= crate::domain::store::WARN_SHARE }>
                <div class="banner warn" role="alert" data-testid="storage-warning">
                    <p>{move || fill(t(K::StorageWarnShort), &[("share", &Intl(app.lang.get()).percent(app.used_share(), 1))])}</p>
                    <button type="button" on:click=move |_| app.export()>{move || t(K::ExportNow)}</button>
                </div>
            </Show>
            <Show when=move || app.lost.get().is_some() && app.wb.with(Workbook::is_empty)>
                <div class="banner warn" role="alert" data-testid="storage-cleared">
                    <p>{move || app.lost.get().map(|w| {
                        let lang = app.lang.get();
                        let said = fill(t(K::StorageCleared), &[("date", &Intl(lang).day_of(w.saved))]);
                        let export = match w.exported {
                            Some(at) => fill(t(K::StorageClearedExported), &[("date", &Intl(lang).day_of(at))]),
                            None => t(K::StorageClearedNever).to_string(),
                        };
                        format!("{said} {export}")
                    })}</p>
                    <A href=to("/share") attr:class="button">{move || t(K::ImportBackup)}</A>
                    <button type="button" class="link" data-testid="start-afresh" on:click=move |_| app.forget_lost()>{move || t(K::StartAfresh)}</button>
                </div>
            </Show>
            <Show when=move || app.reminder().due()>
                <div class="banner info" role="status" data-testid="backup-reminder">
                    <p>{move || match app.reminder().days_since_export() {
                        Some(days) => fill(t(K::BackupDue), &[("days", &Intl(app.lang.get()).number(days as f64, 0))]),
                        None => t(K::BackupDueNever).to_string(),
                    }}</p>
                    <button type="button" data-testid="backup-export" on:click=move |_| app.export()>{move || t(K::ExportNow)}</button>
                    <button type="button" class="link" data-testid="backup-later" on:click=move |_| app.dismiss_reminder()>{move || t(K::RemindLater)}</button>
                </div>
            </Show>
            {move || notice().map(|(msg, is_error)| view! {
                <div class=if is_error { "banner error" } else { "banner info" } role="status" data-testid="notice">
                    <p>{msg}</p>
                    {move || match app.notice.get() {
                        Some(Notice::Trashed(part, id)) => Some(view! {
                            <button type="button" data-testid="undo-delete" on:click=move |_| {
                                app.edit(|wb| { wb.restore(part, id, crate::domain::record::now()); });
                                app.notice.set(None);
                            }>{move || t(K::Undo)}</button>
                        }.into_any()),
                        Some(Notice::EditInTrash(part, id)) => Some(view! {
                            <button type="button" data-testid="restore-edit" on:click=move |_| {
                                app.edit(|wb| { wb.restore(part, id, crate::domain::record::now()); });
                                app.notice.set(Some(Notice::Saved(part)));
                            }>{move || t(K::RestoreWithChanges)}</button>
                        }.into_any()),
                        Some(Notice::ProblemsMerged { into, before, from }) => Some(view! {
                            <button type="button" data-testid="undo-delete" on:click=move |_| {
                                let before = (*before).clone();
                                app.edit(|wb| {
                                    let at = crate::domain::record::now();
                                    wb.problems.update(into, at, |p| *p = before);
                                    wb.restore(Part::Problems, from, at);
                                });
                                app.notice.set(None);
                            }>{move || t(K::Undo)}</button>
                        }.into_any()),
                        Some(Notice::PulseRoundRemoved { pulse, round }) => Some(view! {
                            <button type="button" data-testid="undo-delete" on:click=move |_| {
                                let round = round.clone();
                                app.edit(|wb| {
                                    wb.pulses.update(pulse, crate::domain::record::now(), |p| {
                                        p.rounds.retain(|r| r.date != round.date);
                                        p.rounds.push(round);
                                    });
                                });
                                app.notice.set(None);
                            }>{move || t(K::Undo)}</button>
                        }.into_any()),
                        Some(Notice::ChecklistReset { before }) => Some(view! {
                            <button type="button" data-testid="undo-delete" on:click=move |_| {
                                let before = before.clone();
                                app.edit(|wb| wb.checklist.set(before, crate::domain::record::now()));
                                app.notice.set(None);
                            }>{move || t(K::Undo)}</button>
                        }.into_any()),
                        _ => None,
                    }}
                    <button type="button" class="link" on:click=move |_| app.notice.set(None)>{move || t(K::Dismiss)}</button>
                </div>
            })}
        </div>
    }
}

/// The title of the page at `path` (with or without the base path).
fn page_title(path: &str) -> K {
    let path = path.trim_end_matches('/');
    if path.ends_with("/share") {
        K::ShareTitle
    } else if path.ends_with("/listen") {
        K::LogTitle
    } else if path.ends_with("/listen/new") {
        K::NewComplaint
    } else if path.ends_with("/listen/surveys") {
        K::SurveysTitle
    } else if path.contains("/listen/surveys/") {
        K::SurveyTitle
    } else if path.ends_with("/listen/figures") {
        K::FiguresTitle
    } else if path.contains("/listen/figures/operations/") {
        K::OperationsTitle
    } else if path.contains("/listen/figures/suppliers/") {
        K::SuppliersTitle
    } else if path.ends_with("/listen/problems") {
        K::ProblemsTitle
    } else if path.ends_with("/draft") {
        K::VisionTitle
    } else if path.ends_with("/draft/goals") {
        K::GoalsTitle
    } else if path.ends_with("/draft/policy") {
        K::PolicyTitle
    } else if path.ends_with("/draft/staff") {
        K::StaffTitle
    } else if path.ends_with("/draft/plan") {
        K::PlanTitle
    } else if path.ends_with("/draft/document") {
        K::DocPageTitle
    } else if path.ends_with("/run/team") {
        K::TeamTitle
    } else if path.ends_with("/run/meetings") {
        K::MeetTitle
    } else if path.contains("/run/meetings/") {
        K::MeetNoteTitle
    } else if path.ends_with("/run/checklist") {
        K::CheckTitle
    } else if path.ends_with("/run") || path.contains("/run/") {
        K::SopTitle
    } else if path.contains("/draft/vision/") {
        K::WorkshopTitle
    } else if path.contains("/listen/") {
        K::ComplaintTitle
    } else if path.ends_with("/self-test/history") {
        K::History
    } else if path.ends_with("/self-test") {
        K::SelfTestTitle
    } else if path.contains("/self-test/") {
        K::ResultsTitle
    } else {
        K::NavHome
    }
}

/// Picks the singular text for a count of one.
pub fn count_text(n: usize, one: K, many: K, lang: Lang) -> &'static str {
    if n == 1 { one } else { many }.in_lang(lang)
}

pub fn problem_text(p: &Problem, lang: Lang) -> String {
    match p {
        Problem::ManifestUnreadable { .. } => K::ProblemManifest.in_lang(lang).to_string(),
        Problem::NewerVersion { found } => fill(
            K::ProblemNewer.in_lang(lang),
            &[("version", &found.to_string())],
        ),
        Problem::ChunkUnreadable {
            section, records, ..
        } => records_of_part(*records, section, K::ProblemChunkOne, K::ProblemChunk, lang),
        Problem::CannotKeep => K::ProblemCannotKeep.in_lang(lang).to_string(),
        Problem::Rebuilt { parts, records } => fill(
            count_text(*parts, K::ProblemRebuiltOne, K::ProblemRebuilt, lang),
            &[
                ("parts", &Intl(lang).count(*parts as u64)),
                ("records", &Intl(lang).count(*records as u64)),
            ],
        ),
        Problem::ChunkMissing { section, records } => records_of_part(
            *records,
            section,
            K::ProblemMissingOne,
            K::ProblemMissing,
            lang,
        ),
        Problem::ChunkFromEarlier { section, records } => records_of_part(
            *records,
            section,
            K::ProblemFromEarlierOne,
            K::ProblemFromEarlier,
            lang,
        ),
    }
}

/// "{records} records of “{part}” …", in the singular for one.
fn records_of_part(records: u32, section: &str, one: K, many: K, lang: Lang) -> String {
    fill(
        count_text(records as usize, one, many, lang),
        &[
            ("records", &Intl(lang).count(records as u64)),
            ("part", &section_name(section, lang)),
        ],
    )
}

fn section_name(section: &str, lang: Lang) -> String {
    match (section, Part::from_section(section)) {
        (_, Some(part)) => part_name(part, lang).to_string(),
        ("core", None) => K::BusinessName.in_lang(lang).to_string(),
        (other, None) => other.to_string(),
    }
}

/// A collection's name, as previews and the trash show it.
pub fn part_name(part: Part, lang: Lang) -> &'static str {
    match part {
        Part::SelfTests => K::PartSelfTests,
        Part::Complaints => K::PartComplaints,
        Part::Surveys => K::PartSurveys,
        Part::Operations => K::PartOperations,
        Part::Suppliers => K::PartSuppliers,
        Part::Problems => K::PartProblems,
        Part::Visions => K::PartVisions,
        Part::Goals => K::PartGoals,
        Part::Policy => K::PartPolicy,
        Part::Rules => K::PartRules,
        Part::Guidelines => K::PartGuidelines,
        Part::Training => K::PartTraining,
        Part::Reviews => K::PartReviews,
        Part::Sops => K::PartSops,
        Part::Meetings => K::PartMeetings,
        Part::CheckRounds => K::PartCheckRounds,
        Part::Pulses => K::PartPulses,
        Part::Members => K::PartMembers,
        Part::OneOnOnes => K::PartOneOnOnes,
        Part::Enps => K::PartEnps,
    }
    .in_lang(lang)
}

pub fn file_error_text(e: &FileError, lang: Lang) -> String {
    let k = |k: K| k.in_lang(lang);
    match e {
        FileError::Empty => k(K::FileEmpty).into(),
        FileError::Unreadable => k(K::FileUnreadable).into(),
        FileError::TooLarge { .. } => k(K::FileTooLarge).into(),
        FileError::NotJson { line, column } => fill(
            k(K::FileNotJson),
            &[
                ("line", &Intl(lang).count(*line as u64)),
                ("column", &Intl(lang).count(*column as u64)),
            ],
        ),
        FileError::NotServicebook => k(K::FileNotServicebook).into(),
        FileError::NoVersion => k(K::FileNoVersion).into(),
        FileError::Newer { found, supported } => fill(
            k(K::FileNewer),
            &[
                ("found", &found.to_string()),
                ("supported", &supported.to_string()),
            ],
        ),
        FileError::BadField { path, detail } => {
            fill(k(K::FileBadField), &[("path", path), ("detail", detail)])
        }
        FileError::Invalid { detail } => fill(k(K::FileInvalid), &[("detail", detail)]),
    }
}

/// A notice's text, and whether it reports an error.
fn notice_text(n: &Notice, lang: Lang) -> (String, bool) {
    let k = |k: K| k.in_lang(lang).to_string();
    match n {
        Notice::MergedFromOtherTab => (k(K::MergedFromOtherTab), false),
        Notice::Imported {
            merged: true,
            changes,
        } => (
            fill(
                count_text(*changes, K::ImportedMergedOne, K::ImportedMerged, lang),
                &[("n", &Intl(lang).count(*changes as u64))],
            ),
            false,
        ),
        Notice::Imported { merged: false, .. } => (k(K::ImportedReplaced), false),
        Notice::ImportUndone => (k(K::ImportUndone), false),
        Notice::ImportRefused { name, error } => (
            fill(
                K::ImportRefused.in_lang(lang),
                &[("name", name), ("reason", &file_error_text(error, lang))],
            ),
            true,
        ),
        Notice::ExampleOpened => (k(K::ExampleOpened), false),
        Notice::Saved(Part::Complaints) => (k(K::ComplaintSaved), false),
        Notice::Saved(_) => (k(K::RecordSaved), false),
        Notice::Trashed(Part::Complaints, _) => (k(K::ComplaintTrashed), false),
        Notice::Trashed(..) => (k(K::RecordTrashed), false),
        Notice::EditInTrash(Part::Complaints, _) => (k(K::ComplaintEditInTrash), true),
        Notice::EditInTrash(..) => (k(K::RecordEditInTrash), true),
        Notice::EditRecreated(Part::Complaints) => (k(K::ComplaintEditRecreated), false),
        Notice::EditRecreated(_) => (k(K::RecordEditRecreated), false),
        Notice::ProblemsMerged { .. } => (k(K::ProblemsMergedNotice), false),
        Notice::ChecklistReset { .. } => (k(K::CheckResetNotice), false),
        Notice::PulseRoundRemoved { .. } => (k(K::PulseRoundRemoved), false),
        Notice::Cleared => (k(K::Cleared), false),
    }
}

/// Moves focus to the main heading after a page change (for keyboards and
/// screen readers).
pub fn focus_main() {
    if let Some(el) = document()
        .get_element_by_id("main")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}
