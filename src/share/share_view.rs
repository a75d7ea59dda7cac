//! Share and keep: export, import (merge or replace, with a preview and
//! undo), storage use, the trash, and data that could not be read.

use crate::app::kit::to;
use crate::app::state::use_app;
use crate::app::state::BackupFile;
use crate::app::web;
use crate::app::web::Intl;
use crate::book::store::QUOTA_CHARS;
use crate::book::store::WARN_SHARE;
use crate::book::workbook::Changed;
use crate::book::workbook::Part;
use crate::book::workbook::Workbook;
use crate::i18n::fill;
use crate::i18n::Lang;
use crate::i18n::K;
use crate::i18n::P;
use crate::kernel::format::Format;
use crate::kernel::record::now;
use leptos::prelude::*;
use leptos_router::components::A;
use uuid::Uuid;

#[component]
pub fn Share() -> impl IntoView {
    crate::app::kit::title(K::ShareTitle);
    let app = use_app();
    let t = move |k: K| app.t(k);
    let on_pick = move |ev: leptos::ev::Event| {
        let Some(file) = crate::app::kit::picked_file(&ev) else {
            return;
        };
        leptos::task::spawn_local(app.stage_file(file));
    };
    // Other keys may have been written since the last look: measure again.
    app.measure_storage();
    let share = move || app.used_share();
    view! {
        <section class="page share">
            <h1>{move || t(K::ShareTitle)}</h1>
            <p class="lead">{move || t(K::ShareLead)}</p>
            <div class="grid">
                <div class="card">
                    <h2>{move || t(K::ExportTitle)}</h2>
                    <p>{move || t(K::ExportText)}</p>
                    <p class="muted small">{move || t(K::ExportPersonal)}</p>
                    <button
                        type="button"
                        class="primary"
                        data-testid="export"
                        on:click=move |_| app.export()
                    >
                        {move || t(K::ExportButton)}
                    </button>
                    <p class="muted small">{move || t(K::ExportAnonymisedText)}</p>
                    <button
                        type="button"
                        data-testid="export-anonymised"
                        on:click=move |_| app.export_as(true)
                    >
                        {move || t(K::ExportAnonymisedButton)}
                    </button>
                </div>
                <div class="card">
                    <h2>{move || t(K::ImportTitle)}</h2>
                    <p>{move || t(K::ImportText)}</p>
                    <label class="dropzone">
                        <span>{move || t(K::ImportPick)}</span>
                        <input
                            type="file"
                            accept=".json,application/json"
                            data-testid="import-file"
                            on:change=on_pick
                        />
                    </label>
                    // A spreadsheet is not a Servicebook file: its import is
                    // on the complaint log, opened on arrival.
                    <p class="muted small" data-testid="import-csv-elsewhere">
                        {move || t(K::ImportCsvElsewhere)}
                        " "
                        <A href=to("/listen#csv-import")>{move || t(K::ImportCsvLink)}</A>
                    </p>
                    <Show when=move || app.before_import.with(Option::is_some)>
                        <p>
                            <button
                                type="button"
                                data-testid="undo-import"
                                on:click=move |_| app.undo_import()
                            >
                                {move || t(K::UndoImport)}
                            </button>
                        </p>
                    </Show>
                </div>
            </div>
            <Preview />
            <crate::share::sync_view::SyncCard />
            <div class="card" data-testid="storage">
                <h2>{move || t(K::StorageTitle)}</h2>
                <p>
                    {move || {
                        let lang = app.lang.get();
                        fill(
                            t(K::StorageUse),
                            &[
                                ("share", &Intl(lang).percent(share(), 1)),
                                ("used", &Intl(lang).number(app.total_used() as f64, 0)),
                                ("workbook", &Intl(lang).number(app.used.get() as f64, 0)),
                                ("quota", &Intl(lang).number(QUOTA_CHARS as f64, 0)),
                            ],
                        )
                    }}
                </p>
                <meter
                    min="0"
                    max="1"
                    low=WARN_SHARE
                    high="0.95"
                    optimum="0"
                    value=share
                    aria-label=move || t(K::StorageTitle)
                ></meter>
            </div>
            <crate::share::calendar_view::CalendarCard />
            <Durability />
            <Trash />
            <Recovery />
        </section>
    }
}

#[component]
fn Preview() -> impl IntoView {
    let app = use_app();
    let t = move |k: K| app.t(k);
    move || {
        app.pending.get().map(|p| {
            let lang = app.lang.get();
            let current = app.wb.with(|wb| wb.summary());
            // One row per collection the file or the merge touches, and one
            // per setting the merge changes: the New and Updated columns
            // add up to what the message after the merge says.
            let rows: Vec<_> = p
                .merge
                .rows()
                .into_iter()
                .map(|(changed, c)| {
                    let in_file = match changed {
                        Changed::Part(part) => p.summary.count(part),
                        Changed::Setting(_) => 1,
                    };
                    (changed, in_file, c)
                })
                .filter(|(_, n, c)| *n > 0 || c.added + c.updated + c.kept > 0)
                .collect();
            let exported = p
                .header
                .exported_at
                .map(|at| Intl(lang).stamp(at))
                .unwrap_or_else(|| "?".into());
            let name_line = if p.summary.business_name.is_empty() {
                String::new()
            } else {
                fill(t(K::PreviewBusiness), &[("name", &p.summary.business_name)])
            };
            view! {
                <div
                    class="card preview"
                    role="region"
                    aria-labelledby="preview-title"
                    data-testid="preview"
                >
                    <h2 id="preview-title">{fill(t(K::PreviewTitle), &[("name", &p.name)])}</h2>
                    <p class="muted">
                        {fill(
                            t(K::PreviewExported),
                            &[
                                ("time", &exported),
                                ("version", p.header.app_version.as_deref().unwrap_or("?")),
                            ],
                        )}
                    </p>
                    <p>{name_line}</p>
                    <ul>
                        <li>
                            {fill(
                                t(K::PreviewHolds),
                                &[("n", &Intl(lang).count(p.summary.self_tests_done as u64))],
                            )}
                        </li>
                    </ul>
                    <h3>{t(K::PreviewMergeTitle)}</h3>
                    <p>{t(K::PreviewMerge)}</p>
                    {rows
                        .is_empty()
                        .then(|| view! { <p class="muted">{t(K::PreviewNoRecords)}</p> })}
                    {(!rows.is_empty())
                        .then(|| {
                            view! {
                                <table class="scores preview-table" data-testid="preview-merge">
                                    <thead>
                                        <tr>
                                            <th scope="col">{t(K::PreviewColPart)}</th>
                                            <th scope="col">{t(K::PreviewColFile)}</th>
                                            <th scope="col">{t(K::PreviewColNew)}</th>
                                            <th scope="col">{t(K::PreviewColUpdated)}</th>
                                            <th scope="col">{t(K::PreviewColKept)}</th>
                                        </tr>
                                    </thead>
                                    <tbody>
                                        {rows
                                            .into_iter()
                                            .map(|(changed, in_file, c)| {
                                                let testid = match changed {
                                                    Changed::Part(part) => format!("preview-{}", part.section()),
                                                    Changed::Setting(s) => {
                                                        format!("preview-setting-{}", s.code())
                                                    }
                                                };
                                                view! {
                                                    <tr data-testid=testid>
                                                        <th scope="row">
                                                            {crate::app::kit::changed_name(changed, lang)}
                                                        </th>
                                                        <td>{in_file}</td>
                                                        <td>{c.added}</td>
                                                        <td>{c.updated}</td>
                                                        <td>{c.kept}</td>
                                                    </tr>
                                                }
                                            })
                                            .collect_view()}
                                    </tbody>
                                </table>
                            }
                        })}
                    <h3>{t(K::PreviewReplaceTitle)}</h3>
                    <p data-testid="preview-replace">
                        {{
                            let n: u64 = current.counts.iter().map(|(_, n)| *n as u64).sum();
                            P::PreviewReplace.fill(lang, n as f64, &Intl(lang).count(n), &[])
                        }}
                    </p>
                    <div class="actions">
                        <button
                            type="button"
                            class="primary"
                            data-testid="merge"
                            on:click=move |_| app.apply_import(true)
                        >
                            {t(K::MergeButton)}
                        </button>
                        <button
                            type="button"
                            data-testid="replace"
                            on:click=move |_| app.apply_import(false)
                        >
                            {t(K::ReplaceButton)}
                        </button>
                        <button type="button" class="link" on:click=move |_| app.pending.set(None)>
                            {t(K::Cancel)}
                        </button>
                    </div>
                </div>
            }
        })
    }
}

#[component]
fn Trash() -> impl IntoView {
    let app = use_app();
    let t = move |k: K| app.t(k);
    let confirming = RwSignal::new(false);
    view! {
        <div class="card" data-testid="trash">
            <h2>{move || t(K::TrashTitle)}</h2>
            {move || {
                let lang = app.lang.get();
                let items: Vec<(Part, Uuid, String, String)> = app
                    .wb
                    .with(|wb| {
                        wb.trashed()
                            .into_iter()
                            .map(|(part, id, at)| {
                                let what = format!(
                                    "{} — {}",
                                    crate::app::kit::part_name(part, lang),
                                    crate::kernel::text::isolate_if_needed(
                                        &trash_label(wb, part, id, lang),
                                    ),
                                );
                                (part, id, what, Intl(lang).day_of(at))
                            })
                            .collect()
                    });
                if items.is_empty() {
                    return // What each item was, in words: a self-test's total, a
                    // complaint's date and category.
                    view! { <p class="muted">{t(K::TrashEmpty)}</p> }
                        .into_any();
                }
                view! {
                    <ul class="plain">
                        {items
                            .into_iter()
                            .map(|(part, id, what, when)| {
                                view! {
                                    <li>
                                        {what}
                                        <span class="muted">
                                            {format!(
                                                " ({})",
                                                fill(t(K::DeletedOn), &[("date", &when)]),
                                            )}
                                        </span> " "
                                        <button
                                            type="button"
                                            class="link"
                                            on:click=move |_| {
                                                app.edit(|wb| {
                                                    wb.restore(part, id, now());
                                                })
                                            }
                                        >
                                            {t(K::Restore)}
                                        </button>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                    <p class="muted small" data-testid="empty-trash-note">
                        {move || {
                            t(
                                if app.sync.get() == crate::app::sync::Status::Off {
                                    K::EmptyTrashNote
                                } else {
                                    K::EmptyTrashNoteSynced
                                },
                            )
                        }}
                    </p>
                    {move || {
                        if confirming.get() {
                            view! {
                                <div class="actions" role="group" aria-label=t(K::EmptyTrash)>
                                    <button
                                        type="button"
                                        class="primary danger"
                                        data-testid="confirm-empty-trash"
                                        on:click=move |_| {
                                            let ids = app
                                                .wb
                                                .with_untracked(|wb| {
                                                    wb.trashed()
                                                        .into_iter()
                                                        .map(|(part, id, _)| {
                                                            crate::sync::doc::DocKey::Record(part, id).id()
                                                        })
                                                        .collect::<Vec<_>>()
                                                });
                                            app.edit(|wb| {
                                                wb.purge_trash();
                                            });
                                            crate::app::sync_web::note_purged(ids);
                                            confirming.set(false);
                                        }
                                    >
                                        {t(K::EmptyTrashConfirm)}
                                    </button>
                                    <button type="button" on:click=move |_| confirming.set(false)>
                                        {t(K::Cancel)}
                                    </button>
                                </div>
                            }
                                .into_any()
                        } else {
                            view! {
                                <button type="button" on:click=move |_| confirming.set(true)>
                                    {t(K::EmptyTrash)}
                                </button>
                            }
                                .into_any()
                        }
                    }}
                }
                    .into_any()
            }}
        </div>
    }
}

#[component]
fn Recovery() -> impl IntoView {
    let app = use_app();
    let t = move |k: K| app.t(k);
    view! {
        <Show when=move || { app.recovery_count.get() > 0 }>
            <div class="card" data-testid="recovery">
                <h2>{move || t(K::RecoveryTitle)}</h2>
                <p>
                    {move || {
                        let n = app.recovery_count.get();
                        app.fmt().plural(P::RecoveryText, n as u64)
                    }}
                </p>
                <div class="actions">
                    <button
                        type="button"
                        class="primary"
                        on:click=move |_| {
                            if let Some(bundle) = app.recovery_bundle() {
                                let _ = web::download(
                                    &format!("servicebook-recovery-{}.json", web::today_iso()),
                                    "application/json",
                                    &bundle,
                                );
                            }
                        }
                    >
                        {move || t(K::RecoveryDownload)}
                    </button>
                    <button type="button" on:click=move |_| app.discard_recovery()>
                        {move || t(K::RecoveryDiscard)}
                    </button>
                </div>
            </div>
        </Show>
    }
}

/// A few words that say which record a trashed item was: its date and
/// the first of its texts that is not empty, cut to one short line; its
/// creation day where it has neither.
fn trash_label(wb: &Workbook, part: Part, id: Uuid, lang: Lang) -> String {
    use crate::kernel::text::excerpt;
    let intl = Intl(lang);
    let first = |texts: &[&str]| texts.iter().map(|t| excerpt(t, 60)).find(|t| !t.is_empty());
    // "date — text", or the date alone.
    let dated = |date: String, texts: &[&str]| match first(texts) {
        Some(text) => format!("{date} — {text}"),
        None => date,
    };
    // The text, or the day the record was made.
    let named = |texts: &[&str], created| first(texts).unwrap_or_else(|| intl.day_of(created));
    let label = match part {
        Part::SelfTests => wb.self_tests.get(id).map(|r| {
            r.data
                .score()
                .map(|s| intl.number(s.total.value(), 2))
                .unwrap_or_else(|| "…".into())
        }),
        Part::Complaints => wb.complaints.get(id).map(|r| {
            let d = &r.data;
            dated(
                intl.day_of(d.received),
                &[&d.category, &d.customer.name, &d.nature],
            )
        }),
        Part::Surveys => wb
            .surveys
            .get(id)
            .map(|r| dated(intl.date(r.data.date), &[&r.data.title])),
        Part::Operations => wb
            .operations
            .get(id)
            .map(|r| intl.month(r.data.period.first_day())),
        Part::Suppliers => wb
            .supplier_figures
            .get(id)
            .map(|r| intl.month(r.data.period.first_day())),
        Part::Problems => wb
            .problems
            .get(id)
            .map(|r| named(&[&r.data.title], r.created)),
        Part::Visions => wb
            .visions
            .get(id)
            .map(|r| named(&[&r.data.statement], r.created)),
        Part::Goals => wb.goals.get(id).map(|r| {
            first(&[&r.data.title]).unwrap_or_else(|| {
                crate::draft::document::measure_text(r.data.measure, lang).to_string()
            })
        }),
        Part::Policy => wb.policy.get(id).map(|r| {
            crate::draft::policy::point_text(r.data.key)
                .title
                .in_lang(lang)
                .to_string()
        }),
        Part::Rules => wb.rules.get(id).map(|r| named(&[&r.data.text], r.created)),
        Part::Guidelines => wb.guidelines.get(id).map(|r| {
            crate::draft::plan::guide_text(r.data.step)
                .title
                .in_lang(lang)
                .to_string()
        }),
        Part::Training => wb.training.get(id).map(|r| {
            let kind = crate::draft::document::training_kind_text(r.data.kind, lang);
            match r.data.date {
                Some(d) => format!("{kind} — {}", intl.date(d)),
                None => kind.to_string(),
            }
        }),
        Part::Reviews => wb.reviews.get(id).map(|r| intl.date(r.data.on)),
        Part::Sops => wb.sops.get(id).map(|r| named(&[&r.data.title], r.created)),
        Part::Meetings => wb
            .meetings
            .get(id)
            .map(|r| dated(intl.date(r.data.date), &[&r.data.topics])),
        Part::CheckRounds => wb
            .check_rounds
            .get(id)
            .map(|r| dated(intl.date(r.data.date), &[&r.data.who])),
        Part::Pulses => wb
            .pulses
            .get(id)
            .map(|r| named(&[&r.data.title], r.created)),
        Part::Members => wb
            .members
            .get(id)
            .map(|r| named(&[&r.data.name], r.created)),
        Part::OneOnOnes => wb.one_on_ones.get(id).map(|r| {
            let who = wb
                .members
                .get(r.data.member)
                .map(|m| m.data.name.clone())
                .unwrap_or_default();
            dated(intl.date(r.data.date), &[&who])
        }),
        Part::Enps => wb.enps.get(id).map(|r| intl.date(r.data.date)),
    };
    label.unwrap_or_default()
}

/// Whether the browser keeps the workbook, and the backup reminder's period.
#[component]
fn Durability() -> impl IntoView {
    use crate::share::backup::{period, CHOICES};
    let app = use_app();
    let t = move |k: K| app.t(k);
    let chosen = move || period(app.reminder_days.get()).unwrap_or(0);
    let on_change = move |ev: leptos::ev::Event| {
        if let Ok(days) = event_target_value(&ev).parse::<u32>() {
            app.set_reminder_days(days);
        }
    };
    view! {
        <div class="card" data-testid="durability">
            <h2>{move || t(K::DurabilityTitle)}</h2>
            <p
                data-testid="persist-state"
                data-persisted=move || match app.persisted.get() {
                    Some(true) => "yes",
                    Some(false) => "no",
                    None => "unknown",
                }
            >
                {move || {
                    if app.persisted.get() == Some(true) {
                        t(K::PersistGranted)
                    } else {
                        t(K::PersistNotGranted)
                    }
                }}
            </p>
            <p class="muted small">{move || t(K::WitnessLimits)}</p>
            <label class="field">
                <span>{move || t(K::ReminderLabel)}</span>
                <select data-testid="reminder-days" on:change=on_change>
                    {CHOICES
                        .iter()
                        .map(|&days| {
                            view! {
                                <option value=days.to_string() selected=move || chosen() == days>
                                    {move || {
                                        if days == 0 {
                                            t(K::ReminderOff).to_string()
                                        } else {
                                            fill(
                                                t(K::ReminderEvery),
                                                &[
                                                    ("days", &Intl(app.lang.get()).number(f64::from(days), 0)),
                                                ],
                                            )
                                        }
                                    }}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
            <AutoBackup />
        </div>
    }
}

/// The automatic backup file, where the browser can keep one.
#[component]
fn AutoBackup() -> impl IntoView {
    let app = use_app();
    let t = move |k: K| app.t(k);
    let choose = move |_| app.choose_backup_file();
    let stop = move |_| app.stop_backup_file();
    move || {
        let lang = app.lang.get();
        let body = match app.backup_file.get() {
            BackupFile::Unsupported => {
                return view! {
                    <p class="muted small" data-testid="auto-backup">
                        {t(K::AutoBackupUnsupported)}
                    </p>
                }
                .into_any();
            }
            BackupFile::Off => view! {
                <p>{t(K::AutoBackupText)}</p>
                <button type="button" data-testid="auto-backup-choose" on:click=choose>
                    {t(K::AutoBackupChoose)}
                </button>
            }
            .into_any(),
            BackupFile::On { name, written } => {
                let line = match written {
                    Some(at) => fill(
                        t(K::AutoBackupOnAt),
                        &[("name", &name), ("time", &Intl(lang).stamp(at))],
                    ),
                    None => fill(t(K::AutoBackupOn), &[("name", &name)]),
                };
                view! {
                    <p data-testid="auto-backup-state" data-state="on">
                        {line}
                    </p>
                    <button type="button" class="link" on:click=stop>
                        {t(K::AutoBackupStop)}
                    </button>
                }
                .into_any()
            }
            BackupFile::Paused(name) => view! {
                <p data-testid="auto-backup-state" data-state="paused">
                    {fill(t(K::AutoBackupPaused), &[("name", &name)])}
                </p>
                <button type="button" class="primary" on:click=move |_| app.resume_backup_file()>
                    {t(K::AutoBackupResume)}
                </button>
                <button type="button" class="link" on:click=stop>
                    {t(K::AutoBackupStop)}
                </button>
            }
            .into_any(),
            BackupFile::Failed { name, why } => view! {
                <p data-testid="auto-backup-state" data-state="failed" role="alert">
                    {fill(t(K::AutoBackupFailed), &[("name", &name), ("why", &why)])}
                </p>
                <button type="button" on:click=choose>
                    {t(K::AutoBackupChoose)}
                </button>
                <button type="button" class="link" on:click=stop>
                    {t(K::AutoBackupStop)}
                </button>
            }
            .into_any(),
        };
        view! {
            <div data-testid="auto-backup">
                <h3>{t(K::AutoBackupTitle)}</h3>
                {body}
            </div>
        }
        .into_any()
    }
}
