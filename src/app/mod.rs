//! The app shell: the router and the page frame, the banners, the app
//! state, and the browser adapters (`web`, `backup_file`).

pub mod backup_file;
mod home;
pub mod kit;
pub mod state;
pub mod web;

use crate::draft::{plan_view as plan, vision_view as draft};
use crate::listen::{complaints_view as listen, inputs_view as inputs, problems_view as problems};
use crate::run::{
    checklist_view as checklist, meetings_view as meetings, procedures_view as run,
    team_view as team,
};
use crate::selftest::quotient_view as selftest;
use crate::share::share_view as share;

use crate::book::store::{Problem, SaveError};
use crate::book::workbook::{Part, Workbook};
use crate::i18n::{fill, Lang, K};
use kit::{count_text, file_error_text, focus_main, problem_text, to};
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::path;
use state::{use_app, AppState, Notice, SaveState};

#[component]
pub fn App() -> impl IntoView {
    let app = AppState::start();
    provide_context(app);
    let base = crate::app::web::base_path();
    kit::set_base(&base);
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
            SaveState::Saved(at) => fill(
                K::SavedAt.in_lang(lang),
                &[("time", &crate::app::web::date_time(at, lang))],
            ),
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
            <Show when=move || { app.used_share() >= crate::book::store::WARN_SHARE }>
                <div class="banner warn" role="alert" data-testid="storage-warning">
                    <p>{move || fill(t(K::StorageWarnShort), &[("share", &crate::app::web::percent(app.used_share(), app.lang.get()))])}</p>
                    <button type="button" on:click=move |_| app.export()>{move || t(K::ExportNow)}</button>
                </div>
            </Show>
            <Show when=move || app.lost.get().is_some() && app.wb.with(Workbook::is_empty)>
                <div class="banner warn" role="alert" data-testid="storage-cleared">
                    <p>{move || app.lost.get().map(|w| {
                        let lang = app.lang.get();
                        let said = fill(t(K::StorageCleared), &[("date", &crate::app::web::date(w.saved, lang))]);
                        let export = match w.exported {
                            Some(at) => fill(t(K::StorageClearedExported), &[("date", &crate::app::web::date(at, lang))]),
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
                        Some(days) => fill(t(K::BackupDue), &[("days", &crate::app::web::number(days as f64, 0, app.lang.get()))]),
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
                                app.edit(|wb| { wb.restore(part, id, crate::kernel::record::now()); });
                                app.notice.set(None);
                            }>{move || t(K::Undo)}</button>
                        }.into_any()),
                        Some(Notice::EditInTrash(part, id)) => Some(view! {
                            <button type="button" data-testid="restore-edit" on:click=move |_| {
                                app.edit(|wb| { wb.restore(part, id, crate::kernel::record::now()); });
                                app.notice.set(Some(Notice::Saved(part)));
                            }>{move || t(K::RestoreWithChanges)}</button>
                        }.into_any()),
                        Some(Notice::ProblemsMerged { into, before, from }) => Some(view! {
                            <button type="button" data-testid="undo-delete" on:click=move |_| {
                                let before = (*before).clone();
                                app.edit(|wb| {
                                    let at = crate::kernel::record::now();
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
                                    wb.pulses.update(pulse, crate::kernel::record::now(), |p| {
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
                                app.edit(|wb| wb.checklist.set(before, crate::kernel::record::now()));
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
                &[("n", &changes.to_string())],
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
