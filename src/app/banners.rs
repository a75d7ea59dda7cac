//! The page frame's messages: the save status in the footer, and the
//! banners that concern the whole workbook (load problems, failed saves, the
//! storage meter, cleared storage, the backup reminder, notices with Undo).

use super::kit::{file_error_text, problem_text, to};
use super::state::{use_app, Notice, SaveState};
use crate::app::web::Intl;
use crate::book::store::{Problem, SaveError};
use crate::book::workbook::{Part, Workbook};
use crate::i18n::{fill, Lang, K, P};
use crate::kernel::format::Format;
use leptos::prelude::*;
use leptos_router::components::A;

/// The footer line: when the workbook was last saved, or why it was not.
#[component]
pub(super) fn SaveStatus() -> impl IntoView {
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
    view! {
        <p class="save-status" role="status" data-testid="save-status">
            {text}
        </p>
    }
}

/// Messages that concern the whole workbook: load problems, failed saves,
/// notices after an action.
#[component]
pub(super) fn Banners() -> impl IntoView {
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
                    <button
                        type="button"
                        data-testid="update-reload"
                        on:click=move |_| app.take_update()
                    >
                        {move || t(K::UpdateReload)}
                    </button>
                    <button
                        type="button"
                        class="link"
                        on:click=move |_| app.update_ready.set(false)
                    >
                        {move || t(K::UpdateLater)}
                    </button>
                </div>
            </Show>
            <Show when=move || !app.problems.get().is_empty()>
                <div class="banner warn" role="alert" data-testid="load-problems">
                    <ul>
                        {move || {
                            problems().into_iter().map(|p| view! { <li>{p}</li> }).collect_view()
                        }}
                    </ul>
                    <Show when=move || app.problems.with(|p| p.iter().any(Problem::kept_aside))>
                        <p>
                            <A href=to("/share")>{move || t(K::GoToRecovery)}</A>
                        </p>
                    </Show>
                </div>
            </Show>
            {move || {
                save_error()
                    .map(|msg| {
                        view! {
                            <div class="banner error" role="alert" data-testid="save-error">
                                <p>{msg}</p>
                                <button type="button" on:click=move |_| app.export()>
                                    {move || t(K::ExportNow)}
                                </button>
                            </div>
                        }
                    })
            }}
            <Show when=move || { app.used_share() >= crate::book::store::WARN_SHARE }>
                <div class="banner warn" role="alert" data-testid="storage-warning">
                    <p>
                        {move || fill(
                            t(K::StorageWarnShort),
                            &[("share", &Intl(app.lang.get()).percent(app.used_share(), 1))],
                        )}
                    </p>
                    <button type="button" on:click=move |_| app.export()>
                        {move || t(K::ExportNow)}
                    </button>
                </div>
            </Show>
            <Show when=move || app.lost.get().is_some() && app.wb.with(Workbook::is_empty)>
                <div class="banner warn" role="alert" data-testid="storage-cleared">
                    <p>
                        {move || {
                            app.lost
                                .get()
                                .map(|w| {
                                    let lang = app.lang.get();
                                    let said = fill(
                                        t(K::StorageCleared),
                                        &[("date", &Intl(lang).day_of(w.saved))],
                                    );
                                    let export = match w.exported {
                                        Some(at) => {
                                            fill(
                                                t(K::StorageClearedExported),
                                                &[("date", &Intl(lang).day_of(at))],
                                            )
                                        }
                                        None => t(K::StorageClearedNever).to_string(),
                                    };
                                    format!("{said} {export}")
                                })
                        }}
                    </p>
                    <A href=to("/share") attr:class="button">
                        {move || t(K::ImportBackup)}
                    </A>
                    <button
                        type="button"
                        class="link"
                        data-testid="start-afresh"
                        on:click=move |_| app.forget_lost()
                    >
                        {move || t(K::StartAfresh)}
                    </button>
                </div>
            </Show>
            <Show when=move || app.reminder().due()>
                <div class="banner info" role="status" data-testid="backup-reminder">
                    <p>
                        {move || match app.reminder().days_since_export() {
                            Some(days) => {
                                fill(
                                    t(K::BackupDue),
                                    &[("days", &Intl(app.lang.get()).number(days as f64, 0))],
                                )
                            }
                            None => t(K::BackupDueNever).to_string(),
                        }}
                    </p>
                    <button
                        type="button"
                        data-testid="backup-export"
                        on:click=move |_| app.export()
                    >
                        {move || t(K::ExportNow)}
                    </button>
                    <button
                        type="button"
                        class="link"
                        data-testid="backup-later"
                        on:click=move |_| app.dismiss_reminder()
                    >
                        {move || t(K::RemindLater)}
                    </button>
                </div>
            </Show>
            {move || {
                notice()
                    .map(|(msg, is_error)| {
                        view! {
                            <div
                                class=if is_error { "banner error" } else { "banner info" }
                                role="status"
                                data-testid="notice"
                            >
                                <p>{msg}</p>
                                {move || match app.notice.get() {
                                    Some(Notice::Trashed(part, id)) => {
                                        Some(
                                            view! {
                                                <button
                                                    type="button"
                                                    data-testid="undo-delete"
                                                    on:click=move |_| {
                                                        app.edit(|wb| {
                                                            wb.restore(part, id, crate::kernel::record::now());
                                                        });
                                                        app.notice.set(None);
                                                    }
                                                >
                                                    {move || t(K::Undo)}
                                                </button>
                                            }
                                                .into_any(),
                                        )
                                    }
                                    Some(Notice::DraftDiscarded { part, key, text }) => {
                                        Some(
                                            view! {
                                                <button
                                                    type="button"
                                                    data-testid="undo-discard"
                                                    on:click=move |_| {
                                                        crate::app::kit::form::restore_draft(part, key, &text);
                                                        app.notice.set(None);
                                                        app.drafts.update(|n| *n = n.wrapping_add(1));
                                                    }
                                                >
                                                    {move || t(K::Undo)}
                                                </button>
                                            }
                                                .into_any(),
                                        )
                                    }
                                    Some(Notice::CsvImported(done)) => {
                                        Some(
                                            view! {
                                                <button
                                                    type="button"
                                                    data-testid="undo-csv-import"
                                                    on:click=move |_| {
                                                        let mut n = 0;
                                                        app.edit(|wb| {
                                                            n = crate::listen::spreadsheet::undo(
                                                                &mut wb.complaints,
                                                                &done,
                                                                crate::kernel::record::now(),
                                                            );
                                                        });
                                                        app.notice.set(Some(Notice::CsvImportUndone(n)));
                                                    }
                                                >
                                                    {move || t(K::Undo)}
                                                </button>
                                            }
                                                .into_any(),
                                        )
                                    }
                                    Some(Notice::EditInTrash(part, id)) => {
                                        Some(
                                            view! {
                                                <button
                                                    type="button"
                                                    data-testid="restore-edit"
                                                    on:click=move |_| {
                                                        app.edit(|wb| {
                                                            wb.restore(part, id, crate::kernel::record::now());
                                                        });
                                                        app.notice.set(Some(Notice::Saved(part)));
                                                    }
                                                >
                                                    {move || t(K::RestoreWithChanges)}
                                                </button>
                                            }
                                                .into_any(),
                                        )
                                    }
                                    Some(Notice::ProblemsMerged { into, before, from }) => {
                                        Some(
                                            view! {
                                                <button
                                                    type="button"
                                                    data-testid="undo-delete"
                                                    on:click=move |_| {
                                                        let before = (*before).clone();
                                                        app.edit(|wb| {
                                                            let at = crate::kernel::record::now();
                                                            wb.problems.update(into, at, |p| *p = before);
                                                            wb.restore(Part::Problems, from, at);
                                                        });
                                                        app.notice.set(None);
                                                    }
                                                >
                                                    {move || t(K::Undo)}
                                                </button>
                                            }
                                                .into_any(),
                                        )
                                    }
                                    Some(Notice::PulseRoundRemoved { pulse, round }) => {
                                        Some(
                                            view! {
                                                <button
                                                    type="button"
                                                    data-testid="undo-delete"
                                                    on:click=move |_| {
                                                        let round = round.clone();
                                                        app.edit(|wb| {
                                                            wb.pulses
                                                                .update(
                                                                    pulse,
                                                                    crate::kernel::record::now(),
                                                                    |p| {
                                                                        p.rounds.retain(|r| r.date != round.date);
                                                                        p.rounds.push(round);
                                                                    },
                                                                );
                                                        });
                                                        app.notice.set(None);
                                                    }
                                                >
                                                    {move || t(K::Undo)}
                                                </button>
                                            }
                                                .into_any(),
                                        )
                                    }
                                    Some(Notice::ChecklistReset { before }) => {
                                        Some(
                                            view! {
                                                <button
                                                    type="button"
                                                    data-testid="undo-delete"
                                                    on:click=move |_| {
                                                        let before = before.clone();
                                                        app.edit(|wb| {
                                                            wb.checklist.set(before, crate::kernel::record::now())
                                                        });
                                                        app.notice.set(None);
                                                    }
                                                >
                                                    {move || t(K::Undo)}
                                                </button>
                                            }
                                                .into_any(),
                                        )
                                    }
                                    _ => None,
                                }}
                                <button
                                    type="button"
                                    class="link"
                                    on:click=move |_| app.notice.set(None)
                                >
                                    {move || t(K::Dismiss)}
                                </button>
                            </div>
                        }
                    })
            }}
        </div>
    }
}

/// A notice's text, and whether it reports an error.
fn notice_text(n: &Notice, lang: Lang) -> (String, bool) {
    let k = |k: K| k.in_lang(lang).to_string();
    match n {
        Notice::MergedFromOtherTab => (k(K::MergedFromOtherTab), false),
        Notice::Imported {
            merged: true,
            added,
            updated,
        } => (
            fill(
                K::ImportedMerged.in_lang(lang),
                &[
                    ("new", &Intl(lang).plural(P::MergedNew, *added as u64)),
                    (
                        "updated",
                        &Intl(lang).plural(P::MergedUpdated, *updated as u64),
                    ),
                ],
            ),
            false,
        ),
        Notice::Imported { merged: false, .. } => (k(K::ImportedReplaced), false),
        Notice::ImportUndone => (k(K::ImportUndone), false),
        Notice::CsvImported(done) => (
            Intl(lang).plural(P::CsvImported, done.count() as u64),
            false,
        ),
        Notice::CsvImportUndone(n) => (Intl(lang).plural(P::CsvImportUndone, *n as u64), false),
        Notice::ImportRefused { name, error } => (
            fill(
                K::ImportRefused.in_lang(lang),
                &[("name", name), ("reason", &file_error_text(error, lang))],
            ),
            true,
        ),
        Notice::ExampleOpened => (k(K::ExampleOpened), false),
        Notice::ExampleFailed => (k(K::ExampleFailed), true),
        Notice::LanguageNotLoaded => (k(K::LanguageNotLoaded), true),
        Notice::Saved(Part::Complaints) => (k(K::ComplaintSaved), false),
        Notice::Saved(_) => (k(K::RecordSaved), false),
        Notice::Trashed(Part::Complaints, _) => (k(K::ComplaintTrashed), false),
        Notice::Trashed(..) => (k(K::RecordTrashed), false),
        Notice::DraftDiscarded { .. } => (k(K::DraftDiscarded), false),
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
