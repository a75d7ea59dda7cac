//! Listen: the complaint log to a spreadsheet and back (CSV): the export
//! button with its separator, and the import's steps (choose a file,
//! match its columns, check its rows, import; Undo in the notice).

use crate::app::state::use_app;
use crate::app::state::Notice;
use crate::app::web;
use crate::i18n::fill;
use crate::i18n::Lang;
use crate::i18n::K;
use crate::i18n::P;
use crate::kernel::format::Format;
use crate::kernel::record::now;
use crate::listen::complaints::{Answer, Channel, Status};
use crate::listen::spreadsheet::{
    self as sheet, DayOrder, Field, Preview, Problem, Refused, Sep, Table,
};
use leptos::prelude::*;
use std::sync::Arc;
use uuid::Uuid;

/// This device's choice of separator (absent: the language's).
const SEP_KEY: &str = "servicebook/csv-separator";
/// Rows the preview lists; the counts cover them all.
const SHOWN: usize = 500;

fn stored_sep() -> Option<Sep> {
    let storage = web_sys::window()?.local_storage().ok()??;
    Sep::from_code(&storage.get_item(SEP_KEY).ok()??)
}

fn store_sep(sep: Sep) {
    if let Some(Ok(Some(s))) = web_sys::window().map(|w| w.local_storage()) {
        let _ = s.set_item(SEP_KEY, sep.code());
    }
}

/// The export button of the complaint log, with the separator beside it:
/// the device's choice, else the one the language's spreadsheets expect.
#[component]
pub fn CsvExport(rows: Memo<Vec<Uuid>>) -> impl IntoView {
    let app = use_app();
    let t = move |k: K| app.t(k);
    let chosen = RwSignal::new(stored_sep());
    let sep = move || {
        chosen
            .get()
            .unwrap_or_else(|| Sep::for_lang(app.lang.get()))
    };
    let export = move |_| {
        let lang = app.lang.get_untracked();
        let sep = chosen
            .get_untracked()
            .unwrap_or_else(|| Sep::for_lang(lang));
        let ids = rows.get_untracked();
        let text = app.wb.with_untracked(|wb| {
            sheet::export(
                ids.iter()
                    .filter_map(|id| wb.complaints.get(*id))
                    .map(|r| &r.data),
                lang,
                sep,
                &web::offset_minutes_at,
            )
        });
        let _ = web::download(
            &format!("servicebook-complaints-{}.csv", web::today_iso()),
            "text/csv",
            &text,
        );
    };
    view! {
        <span class="csv-export">
            <button type="button" on:click=export data-testid="export-csv">
                {move || t(K::ExportCsv)}
            </button>
            <label class="inline-field">
                <span>{move || t(K::CsvSeparator)}</span>
                <select
                    data-testid="csv-separator"
                    on:change=move |ev| {
                        if let Some(s) = Sep::from_code(&event_target_value(&ev)) {
                            store_sep(s);
                            chosen.set(Some(s));
                        }
                    }
                >
                    {Sep::EXPORT
                        .into_iter()
                        .map(|s| {
                            view! {
                                <option value=s.code() selected=move || sep() == s>
                                    {move || t(s.label())}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
        </span>
    }
}

/// Where the import is.
#[derive(Clone, PartialEq)]
enum Step {
    Closed,
    Choose(Option<K>),
    Mapping {
        table: Arc<Table>,
        mapping: Vec<Option<Field>>,
        missing: bool,
    },
    Check {
        table: Arc<Table>,
        mapping: Vec<Option<Field>>,
        preview: Arc<Preview>,
    },
}

fn refused_text(r: Refused) -> K {
    match r {
        Refused::TooBig => K::CsvTooBig,
        Refused::Empty => K::CsvEmpty,
    }
}

/// What a field is set to when its value is not recognised.
fn default_text(f: Field, lang: Lang) -> &'static str {
    match f {
        Field::Channel => sheet::channel_key(Channel::default()),
        Field::Status => sheet::status_key(Status::default()),
        Field::OnTheSpot => K::AnswerNo,
        _ => sheet::answer_key(Answer::default()),
    }
    .in_lang(lang)
}

fn problem_text(p: Problem, lang: Lang) -> String {
    let field = |f: Field| f.label().in_lang(lang);
    let with = |k: K, f: Field| fill(k.in_lang(lang), &[("field", field(f))]);
    match p {
        Problem::Missing(f) => with(K::CsvProblemMissing, f),
        Problem::BadDate(f) if f == Field::Received => with(K::CsvProblemDateSkip, f),
        Problem::BadDate(f) => with(K::CsvProblemDateEmpty, f),
        Problem::BeforeReceived(f) => with(K::CsvProblemBefore, f),
        Problem::TooLong(f) => with(K::CsvProblemTooLong, f),
        Problem::BadAmount => K::CsvProblemAmount.in_lang(lang).to_string(),
        Problem::BadEmail => K::CsvProblemEmail.in_lang(lang).to_string(),
        Problem::Unknown(f) => fill(
            K::CsvProblemUnknown.in_lang(lang),
            &[("field", field(f)), ("default", default_text(f, lang))],
        ),
        Problem::Duplicate => K::CsvProblemDuplicate.in_lang(lang).to_string(),
        Problem::Repeated => K::CsvProblemRepeated.in_lang(lang).to_string(),
    }
}

/// A cell cut for showing in a table.
fn short(s: &str, n: usize) -> String {
    let s = s.trim();
    if s.chars().count() > n {
        let mut out: String = s.chars().take(n).collect();
        out.push('…');
        out
    } else {
        s.to_string()
    }
}

async fn read_file(file: web_sys::File) -> Result<Table, K> {
    if file.size() > sheet::MAX_BYTES as f64 {
        return Err(K::CsvTooBig);
    }
    let bytes = web::read_bytes(&file).await.map_err(|_| K::CsvUnreadable)?;
    let text = sheet::decode(&bytes).map_err(refused_text)?;
    let table = sheet::read(&text);
    if table.rows.is_empty() {
        return Err(K::CsvEmpty);
    }
    Ok(table)
}

/// The import from a spreadsheet: a button that opens its steps.
#[component]
pub fn CsvImport() -> impl IntoView {
    let app = use_app();
    let t = move |k: K| app.t(k);
    // A link to `#csv-import` (Share & backup has one) lands on the import
    // open, its file picker next.
    let arrived = leptos_router::hooks::use_location()
        .hash
        .with_untracked(|h| h.trim_start_matches('#') == "csv-import");
    let step = RwSignal::new(if arrived {
        Step::Choose(None)
    } else {
        Step::Closed
    });
    let on_pick = move |ev: leptos::ev::Event| {
        let Some(file) = crate::app::kit::picked_file(&ev) else {
            return;
        };
        leptos::task::spawn_local(async move {
            match read_file(file).await {
                Ok(table) => {
                    let mapping = sheet::guess(&table.header, app.lang.get_untracked());
                    step.set(Step::Mapping {
                        table: Arc::new(table),
                        mapping,
                        missing: false,
                    });
                }
                Err(k) => step.set(Step::Choose(Some(k))),
            }
        });
    };
    let check = move |_| {
        let Step::Mapping { table, mapping, .. } = step.get_untracked() else {
            return;
        };
        let has = |f: Field| mapping.contains(&Some(f));
        if !(has(Field::Received) && has(Field::Nature)) {
            step.set(Step::Mapping {
                table,
                mapping,
                missing: true,
            });
            return;
        }
        let preview = app.wb.with_untracked(|wb| {
            sheet::preview(
                &table,
                &mapping,
                &wb.complaints,
                app.lang.get_untracked(),
                &web::offset_minutes_at,
            )
        });
        step.set(Step::Check {
            table,
            mapping,
            preview: Arc::new(preview),
        });
    };
    let import = move |_| {
        let Step::Check { preview, .. } = step.get_untracked() else {
            return;
        };
        let mut done = None;
        app.edit(|wb| done = Some(sheet::apply(&mut wb.complaints, &preview, now())));
        step.set(Step::Closed);
        if let Some(done) = done {
            app.notice.set(Some(Notice::CsvImported(done)));
        }
    };
    let back = move |_| {
        if let Step::Check { table, mapping, .. } = step.get_untracked() {
            step.set(Step::Mapping {
                table,
                mapping,
                missing: false,
            });
        }
    };
    let cancel = move |_| step.set(Step::Closed);
    let set_field = move |col: usize, value: String| {
        step.update(|s| {
            if let Step::Mapping { mapping, .. } = s {
                let field = Field::from_code(&value);
                for (i, m) in mapping.iter_mut().enumerate() {
                    if i == col {
                        *m = field;
                    } else if field.is_some() && *m == field {
                        // A field takes one column.
                        *m = None;
                    }
                }
            }
        });
    };
    view! {
        <div class="csv-import">
            <button
                type="button"
                id="csv-import"
                data-testid="csv-import-open"
                aria-expanded=move || (step.get() != Step::Closed).to_string()
                on:click=move |_| {
                    if step.get_untracked() == Step::Closed {
                        step.set(Step::Choose(None));
                    } else {
                        step.set(Step::Closed);
                    }
                }
            >
                {move || t(K::CsvImport)}
            </button>
            {move || match step.get() {
                Step::Closed => ().into_any(),
                Step::Choose(error) => {
                    view! {
                        <div class="card csv-step" data-testid="csv-choose">
                            <h2>{move || t(K::CsvImport)}</h2>
                            <p>{move || t(K::CsvImportLead)}</p>
                            {error
                                .map(|k| {
                                    view! {
                                        <p
                                            class="banner error"
                                            role="alert"
                                            data-testid="csv-error"
                                        >
                                            {move || t(k)}
                                        </p>
                                    }
                                })}
                            <label class="dropzone">
                                <span>{move || t(K::CsvChooseFile)}</span>
                                <input
                                    type="file"
                                    accept=".csv,.txt,text/csv,text/plain"
                                    data-testid="csv-file"
                                    on:change=on_pick
                                />
                            </label>
                            <div class="actions">
                                <button type="button" class="link" on:click=cancel>
                                    {move || t(K::Cancel)}
                                </button>
                            </div>
                        </div>
                    }
                        .into_any()
                }
                Step::Mapping { table, mapping, missing } => {
                    view! {
                        <div class="card csv-step" data-testid="csv-mapping">
                            <h2>{move || t(K::CsvMappingTitle)}</h2>
                            <p>{move || t(K::CsvMappingLead)}</p>
                            <div class="table-card">
                                <table class="csv-map">
                                    <thead>
                                        <tr>
                                            <th scope="col">{move || t(K::CsvColumn)}</th>
                                            <th scope="col">{move || t(K::CsvFirstValue)}</th>
                                            <th scope="col">{move || t(K::CsvGoesInto)}</th>
                                        </tr>
                                    </thead>
                                    <tbody>
                                        {table
                                            .header
                                            .iter()
                                            .enumerate()
                                            .map(|(i, heading)| {
                                                let first = table
                                                    .rows
                                                    .iter()
                                                    .filter_map(|(_, r)| r.get(i))
                                                    .find(|v| !v.trim().is_empty())
                                                    .map(|v| short(v, 40))
                                                    .unwrap_or_default();
                                                let current = mapping.get(i).copied().flatten();
                                                let heading = short(heading, 40);
                                                let id = format!("csv-map-{i}");
                                                view! {
                                                    <tr>
                                                        <th scope="row">
                                                            <label for=id.clone()>{heading}</label>
                                                        </th>
                                                        <td class="muted">{first}</td>
                                                        <td>
                                                            <select
                                                                id=id.clone()
                                                                data-testid=id
                                                                on:change=move |ev| set_field(i, event_target_value(&ev))
                                                            >
                                                                <option value="" selected=current.is_none()>
                                                                    {move || t(K::CsvIgnore)}
                                                                </option>
                                                                {Field::ALL
                                                                    .into_iter()
                                                                    .map(|f| {
                                                                        view! {
                                                                            <option value=f.code() selected=current == Some(f)>
                                                                                {move || t(f.label())}
                                                                            </option>
                                                                        }
                                                                    })
                                                                    .collect_view()}
                                                            </select>
                                                        </td>
                                                    </tr>
                                                }
                                            })
                                            .collect_view()}
                                    </tbody>
                                </table>
                            </div>
                            {missing
                                .then(|| {
                                    view! {
                                        <p
                                            class="banner error"
                                            role="alert"
                                            data-testid="csv-error"
                                        >
                                            {move || t(K::CsvNeedsRequired)}
                                        </p>
                                    }
                                })}
                            <div class="actions">
                                <button
                                    type="button"
                                    class="primary"
                                    data-testid="csv-check"
                                    on:click=check
                                >
                                    {move || t(K::CsvCheckRows)}
                                </button>
                                <button type="button" class="link" on:click=cancel>
                                    {move || t(K::Cancel)}
                                </button>
                            </div>
                        </div>
                    }
                        .into_any()
                }
                Step::Check { preview, .. } => {
                    let importable = preview.importable();
                    let skipped = preview.rows.len() - importable;
                    let order = preview.order;
                    let ambiguous = preview.ambiguous;
                    let more = preview.rows.len().saturating_sub(SHOWN);
                    view! {
                        <div class="card csv-step" data-testid="csv-preview">
                            <h2>{move || t(K::CsvPreviewTitle)}</h2>
                            <p data-testid="csv-skipped">
                                {move || app.fmt().plural(P::CsvRowsSkipped, skipped as u64)}
                            </p>
                            {ambiguous
                                .then(|| {
                                    view! {
                                        <p data-testid="csv-order">
                                            {move || {
                                                t(
                                                    match order {
                                                        DayOrder::DayFirst => K::CsvDayFirst,
                                                        DayOrder::MonthFirst => K::CsvMonthFirst,
                                                    },
                                                )
                                            }}
                                        </p>
                                    }
                                })}
                            {preview.cut_rows.then(|| view! { <p>{move || t(K::CsvCutRows)}</p> })}
                            {preview
                                .cut_cells
                                .then(|| view! { <p>{move || t(K::CsvCutCells)}</p> })}
                            <div class="table-card">
                                <table class="csv-rows">
                                    <thead>
                                        <tr>
                                            <th scope="col">{move || t(K::CsvLine)}</th>
                                            <th scope="col">{move || t(K::Nature)}</th>
                                            <th scope="col">{move || t(K::CsvOutcome)}</th>
                                        </tr>
                                    </thead>
                                    <tbody>
                                        {preview
                                            .rows
                                            .iter()
                                            .take(SHOWN)
                                            .map(|row| {
                                                let skipped = row.skipped();
                                                let nature = short(&row.nature, 60);
                                                let problems = row.problems.clone();
                                                view! {
                                                    <tr
                                                        class=if skipped { "skipped" } else { "" }
                                                        data-testid=format!("csv-row-{}", row.line)
                                                    >
                                                        <td>{app.fmt().number(row.line as f64, 0)}</td>
                                                        <td>{nature}</td>
                                                        <td>
                                                            <strong>
                                                                {move || {
                                                                    t(if skipped { K::CsvWillSkip } else { K::CsvWillImport })
                                                                }}
                                                            </strong>
                                                            {(!problems.is_empty())
                                                                .then(|| {
                                                                    view! {
                                                                        <ul class="csv-problems">
                                                                            {problems
                                                                                .iter()
                                                                                .map(|p| {
                                                                                    let p = *p;
                                                                                    view! { <li>{move || problem_text(p, app.lang.get())}</li> }
                                                                                })
                                                                                .collect_view()}
                                                                        </ul>
                                                                    }
                                                                })}
                                                        </td>
                                                    </tr>
                                                }
                                            })
                                            .collect_view()}
                                    </tbody>
                                </table>
                            </div>
                            {(more > 0)
                                .then(|| {
                                    view! {
                                        <p class="muted">
                                            {move || app.fmt().plural(P::CsvMoreRows, more as u64)}
                                        </p>
                                    }
                                })}
                            {(importable == 0)
                                .then(|| {
                                    view! {
                                        <p role="status" data-testid="csv-nothing">
                                            {move || t(K::CsvNothingToImport)}
                                        </p>
                                    }
                                })}
                            <div class="actions">
                                <button
                                    type="button"
                                    class="primary"
                                    data-testid="csv-import-confirm"
                                    disabled=importable == 0
                                    on:click=import
                                >
                                    {move || app.fmt().plural(P::CsvImportCount, importable as u64)}
                                </button>
                                <button type="button" on:click=back data-testid="csv-back">
                                    {move || t(K::CsvBackToColumns)}
                                </button>
                                <button type="button" class="link" on:click=cancel>
                                    {move || t(K::Cancel)}
                                </button>
                            </div>
                        </div>
                    }
                        .into_any()
                }
            }}
        </div>
    }
}
