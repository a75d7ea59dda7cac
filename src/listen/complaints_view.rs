//! Listen: the complaint log (list, figures, form).

use crate::app::kit::date_value;
use crate::app::kit::form::{draft_list, record_page, Form, Spec};
use crate::app::kit::parse_date_value;
use crate::app::kit::to;
use crate::app::kit::DateInput;
use crate::app::kit::SectionTabs;
use crate::app::state::use_app;
use crate::app::web;
use crate::app::web::Intl;
use crate::book::workbook::Part;
use crate::i18n::fill;
use crate::i18n::Lang;
use crate::i18n::K;
use crate::i18n::P;
use crate::kernel::format::Format;
use crate::kernel::record::now;
use crate::listen::complaints as complaint;
use crate::listen::complaints::estimate;
use crate::listen::complaints::figures;
use crate::listen::complaints::pareto;
use crate::listen::complaints::Answer;
use crate::listen::complaints::Channel;
use crate::listen::complaints::Complaint;
use crate::listen::complaints::Due;
use crate::listen::complaints::Filter;
use crate::listen::complaints::Invalid;
use crate::listen::complaints::Sort;
use crate::listen::complaints::Status;
use crate::listen::complaints::STARTER_CATEGORIES;
use crate::listen::spreadsheet_view::{CsvExport, CsvImport};
use crate::share::erasure::Found;
use crate::share::erasure::Person;
use crate::share::erasure_view::ErasePanel;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;
use uuid::Uuid;

/// Rows shown at first, and added by "Show more".
const PAGE: usize = 50;

pub fn status_text(s: Status, lang: Lang) -> &'static str {
    match s {
        Status::Open => K::StatusOpen,
        Status::InProgress => K::StatusInProgress,
        Status::Resolved => K::StatusResolved,
        Status::FollowedUp => K::StatusFollowedUp,
    }
    .in_lang(lang)
}

pub fn channel_text(c: Channel, lang: Lang) -> &'static str {
    match c {
        Channel::Phone => K::ChannelPhone,
        Channel::Email => K::ChannelEmail,
        Channel::Web => K::ChannelWeb,
        Channel::Social => K::ChannelSocial,
        Channel::InPerson => K::ChannelInPerson,
    }
    .in_lang(lang)
}

fn answer_text(a: Answer, lang: Lang) -> &'static str {
    match a {
        Answer::Unknown => K::AnswerUnknown,
        Answer::Yes => K::AnswerYes,
        Answer::No => K::AnswerNo,
    }
    .in_lang(lang)
}

fn invalid_text(i: Invalid, lang: Lang) -> &'static str {
    match i {
        Invalid::NoNature => K::InvalidNoNature,
        Invalid::ResolvedBeforeReceived => K::InvalidResolvedBefore,
        Invalid::FollowUpBeforeReceived => K::InvalidFollowUpBefore,
        Invalid::NegativeAmount => K::InvalidAmount,
        Invalid::BadEmail => K::InvalidEmail,
    }
    .in_lang(lang)
}

/// The categories to offer: the workbook's, or the defaults in the language.
pub(crate) fn categories(app: crate::app::state::AppState) -> Vec<String> {
    let lang = app.lang.get();
    app.wb.with(|wb| {
        if wb.categories.data.is_empty() {
            STARTER_CATEGORIES
                .iter()
                .map(|c| c.in_lang(lang).to_string())
                .collect()
        } else {
            wb.categories.data.clone()
        }
    })
}

fn status_from(v: &str) -> Option<Status> {
    Status::ALL.into_iter().find(|s| format!("{s:?}") == v)
}

fn channel_from(v: &str) -> Option<Channel> {
    Channel::ALL.into_iter().find(|c| format!("{c:?}") == v)
}

#[component]
pub fn Log() -> impl IntoView {
    crate::app::kit::title(K::LogTitle);
    let app = use_app();
    let t = move |k: K| app.t(k);
    // The filters and the order live in the page address (`Filter::query`),
    // so Back, a reload or a link opens the same list; a change replaces the
    // address instead of adding a step to the history.
    let query = use_query_map();
    let navigate = use_navigate();
    let state = Memo::new(move |_| query.with(|q| Filter::from_query(|name| q.get(name))));
    let go = Callback::new(move |(f, s): (Filter, Sort)| {
        navigate(
            &format!("/listen{}", complaint::query_string(&f.query(s))),
            NavigateOptions {
                replace: true,
                scroll: false,
                ..Default::default()
            },
        );
    });
    let change = move |edit: &dyn Fn(&mut Filter, &mut Sort)| {
        let (mut f, mut s) = state.get_untracked();
        edit(&mut f, &mut s);
        go.run((f, s));
    };
    let shown = RwSignal::new(PAGE);
    let filter = move || state.get().0;
    let sort_by = move || state.get().1;
    // The search index is rebuilt only when the log changes, not per keystroke.
    let texts = Memo::new(move |_| app.wb.with(|wb| complaint::index(wb.complaints.all())));
    let rows = Memo::new(move |_| {
        let f = filter();
        let s = sort_by();
        texts.with(|texts| {
            app.wb.with(|wb| {
                complaint::select(
                    wb.complaints.all(),
                    texts,
                    &f,
                    s,
                    now(),
                    web::offset_minutes(),
                )
                .into_iter()
                .map(|r| r.id)
                .collect::<Vec<Uuid>>()
            })
        })
    });
    view! {
        <section class="page listen">
            <SectionTabs tabs=crate::app::kit::LISTEN_TABS />
            <h1>{move || t(K::LogTitle)}</h1>
            <p class="lead">{move || t(K::LogLead)}</p>
            <div class="actions">
                <A
                    href=to("/listen/new")
                    attr:class="button primary"
                    attr:data-testid="new-complaint"
                >
                    {move || t(K::NewComplaint)}
                </A>
                <CsvExport rows />
            </div>
            <CsvImport />
            {draft_list(&COMPLAINTS)}
            <LogFigures />
            <div class="card filters" role="search">
                <label class="field grow">
                    <span>{move || t(K::Search)}</span>
                    <input
                        type="search"
                        data-testid="search"
                        prop:value=move || state.with(|(f, _)| f.text.clone())
                        on:input=move |ev| {
                            let v = event_target_value(&ev);
                            change(&|f, _| f.text = v.clone());
                            if shown.get_untracked() != PAGE {
                                shown.set(PAGE);
                            }
                        }
                    />
                </label>
                <label class="field">
                    <span>{move || t(K::Status)}</span>
                    <select
                        on:change=move |ev| {
                            let v = Status::from_code(&event_target_value(&ev));
                            change(&|f, _| f.status = v);
                        }
                        data-testid="filter-status"
                    >
                        <option value="">{move || t(K::All)}</option>
                        {Status::ALL
                            .into_iter()
                            .map(|s| {
                                view! {
                                    <option
                                        value=s.code()
                                        selected=move || filter().status == Some(s)
                                    >
                                        {move || status_text(s, app.lang.get())}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </label>
                <label class="field">
                    <span>{move || t(K::Category)}</span>
                    <select
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            change(&|f, _| f.category = (!v.is_empty()).then(|| v.clone()));
                        }
                        data-testid="filter-category"
                    >
                        <option value="">{move || t(K::All)}</option>
                        {move || {
                            let chosen = filter().category;
                            let key = chosen.as_deref().map(crate::kernel::text::name_key);
                            let mut list = categories(app);
                            list.extend(chosen);
                            app.wb
                                .with(|wb| {
                                    complaint::category_options(
                                        &list,
                                        wb.complaints.live().map(|r| &r.data),
                                    )
                                })
                                .into_iter()
                                .map(|c| {
                                    let selected = key.as_deref()
                                        == Some(crate::kernel::text::name_key(&c).as_str());
                                    view! {
                                        <option value=c.clone() selected=selected>
                                            {c.clone()}
                                        </option>
                                    }
                                })
                                .collect_view()
                        }}
                    </select>
                </label>
                <label class="field">
                    <span>{move || t(K::Channel)}</span>
                    <select on:change=move |ev| {
                        let v = Channel::from_code(&event_target_value(&ev));
                        change(&|f, _| f.channel = v);
                    }>
                        <option value="">{move || t(K::All)}</option>
                        {Channel::ALL
                            .into_iter()
                            .map(|c| {
                                view! {
                                    <option
                                        value=c.code()
                                        selected=move || filter().channel == Some(c)
                                    >
                                        {move || channel_text(c, app.lang.get())}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </label>
                <label class="field">
                    <span>{move || t(K::From)}</span>
                    <input
                        type="date"
                        prop:value=move || date_value(filter().from)
                        on:change=move |ev| {
                            let v = parse_date_value(&event_target_value(&ev));
                            change(&|f, _| f.from = v);
                        }
                    />
                </label>
                <label class="field">
                    <span>{move || t(K::Until)}</span>
                    <input
                        type="date"
                        prop:value=move || date_value(filter().to)
                        on:change=move |ev| {
                            let v = parse_date_value(&event_target_value(&ev));
                            change(&|f, _| f.to = v);
                        }
                    />
                </label>
                <label class="field">
                    <span>{move || t(K::FollowUp)}</span>
                    <select
                        on:change=move |ev| {
                            let v = match event_target_value(&ev).as_str() {
                                "overdue" => Due::Overdue,
                                "today" => Due::Today,
                                _ => Due::Any,
                            };
                            change(&|f, _| f.due = v);
                        }
                        data-testid="filter-due"
                    >
                        <option value="">{move || t(K::All)}</option>
                        <option value="overdue" selected=move || filter().due == Due::Overdue>
                            {move || t(K::Overdue)}
                        </option>
                        <option value="today" selected=move || filter().due == Due::Today>
                            {move || t(K::DueToday)}
                        </option>
                    </select>
                </label>
                <label class="field">
                    <span>{move || t(K::SortBy)}</span>
                    <select
                        on:change=move |ev| {
                            let v = Sort::from_code(&event_target_value(&ev)).unwrap_or_default();
                            change(&|_, s| *s = v);
                        }
                        data-testid="sort"
                    >
                        {[
                            (Sort::NewestFirst, K::SortNewest),
                            (Sort::OldestFirst, K::SortOldest),
                            (Sort::FollowUpFirst, K::SortFollowUp),
                            (Sort::Status, K::Status),
                            (Sort::Category, K::Category),
                        ]
                            .into_iter()
                            .map(|(s, k)| {
                                view! {
                                    <option value=s.code() selected=move || sort_by() == s>
                                        {move || t(k)}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </label>
            </div>
            <p class="muted" aria-live="polite" data-testid="match-count">
                {move || {
                    let n = rows.get().len();
                    app.fmt().plural(P::ComplaintsShown, n as u64)
                }}
            </p>
            // On a phone each row is a card (style/main.css, `table.cards`).
            <div class="card table-card cards-wrap">
                <table class="scores cards log" role="table">
                    <thead role="rowgroup">
                        <tr role="row">
                            <th scope="col" role="columnheader">
                                {move || t(K::Received)}
                            </th>
                            <th scope="col" role="columnheader">
                                {move || t(K::Customer)}
                            </th>
                            <th scope="col" role="columnheader">
                                {move || t(K::Category)}
                            </th>
                            <th scope="col" role="columnheader">
                                {move || t(K::Status)}
                            </th>
                            <th scope="col" role="columnheader">
                                {move || t(K::FollowUp)}
                            </th>
                        </tr>
                    </thead>
                    <tbody role="rowgroup">
                        {move || {
                            let lang = app.lang.get();
                            let ids = rows.get();
                            let when = now();
                            let items: Vec<(Uuid, Complaint)> = app
                                .wb
                                .with(|wb| {
                                    ids.iter()
                                        .take(shown.get())
                                        .filter_map(|id| wb.complaints.get(*id))
                                        .map(|r| (r.id, r.data.clone()))
                                        .collect()
                                });
                            items
                                .into_iter()
                                .map(|(id, c)| {
                                    let overdue = c.follow_up_overdue(when);
                                    let who = if c.erased.is_some() {
                                        t(K::Erased).to_string()
                                    } else if c.customer.name.is_empty() {
                                        "—".to_string()
                                    } else {
                                        c.customer.name.clone()
                                    };
                                    view! {
                                        <tr
                                            data-testid="complaint-row"
                                            class:overdue=overdue
                                            role="row"
                                        >
                                            <th scope="row" role="rowheader" data-label=t(K::Received)>
                                                <A href=to(
                                                    &format!("/listen/{id}"),
                                                )>{Intl(lang).stamp(c.received)}</A>
                                            </th>
                                            <td role="cell" data-label=t(K::Customer)>
                                                {who}
                                            </td>
                                            <td role="cell" data-label=t(K::Category)>
                                                {c.category.clone()}
                                            </td>
                                            <td role="cell" class="status-cell" data-label=t(K::Status)>
                                                {status_text(c.status, lang)}
                                            </td>
                                            <td
                                                role="cell"
                                                class="follow-cell"
                                                class:empty=c.follow_up.is_none() && !overdue
                                                data-label=t(K::FollowUp)
                                            >
                                                <span>
                                                    {c
                                                        .follow_up
                                                        .map(|f| Intl(lang).stamp(f))
                                                        .unwrap_or_default()}
                                                    {overdue
                                                        .then(|| {
                                                            view! {
                                                                " "
                                                                <span
                                                                    class="badge overdue-badge"
                                                                    data-testid="overdue-badge"
                                                                >
                                                                    {t(K::Overdue)}
                                                                </span>
                                                            }
                                                        })}
                                                </span>
                                            </td>
                                        </tr>
                                    }
                                })
                                .collect_view()
                        }}
                    </tbody>
                </table>
                <Show when=move || { rows.get().len() > shown.get() }>
                    <button type="button" on:click=move |_| shown.update(|n| *n += PAGE)>
                        {move || t(K::ShowMore)}
                    </button>
                </Show>
                <Show when=move || app.wb.with(|wb| wb.complaints.live().next().is_none())>
                    <p class="muted">{move || t(K::NoComplaints)}</p>
                </Show>
            </div>
            <details class="card">
                <summary>{move || t(K::EditCategories)}</summary>
                <label class="field">
                    <span>{move || t(K::CategoriesHelp)}</span>
                    <textarea
                        rows="7"
                        data-testid="categories"
                        prop:value=move || categories(app).join("\n")
                        on:change=move |ev| {
                            let list: Vec<String> = event_target_value(&ev)
                                .lines()
                                .map(|l| l.trim().to_string())
                                .filter(|l| !l.is_empty())
                                .collect();
                            app.edit(|wb| wb.categories.set(list, now()));
                        }
                    ></textarea>
                </label>
            </details>
        </section>
    }
}

/// The log's figures, the Pareto chart and the seed's estimate.
#[component]
fn LogFigures() -> impl IntoView {
    let app = use_app();
    let t = move |k: K| app.t(k);
    let figs = Memo::new(move |_| {
        app.wb
            .with(|wb| figures(wb.complaints.live().map(|r| &r.data), now()))
    });
    let bars = Memo::new(move |_| {
        app.wb
            .with(|wb| pareto(wb.complaints.live().map(|r| &r.data)))
    });
    // The compensation given, in the business's currency, when any was.
    let paid = Memo::new(move |_| {
        app.wb.with(|wb| {
            let sum: f64 = wb
                .complaints
                .live()
                .filter_map(|r| r.data.compensation_amount)
                .filter(|a| a.is_finite() && *a > 0.0)
                .sum();
            (sum > 0.0 && sum.is_finite()).then(|| (sum, wb.currency()))
        })
    });
    view! {
        <Show when=move || { figs.get().total > 0 }>
            <div class="grid">
                <div class="card figures" data-testid="figures">
                    <h2>{move || t(K::Figures)}</h2>
                    {move || {
                        let f = figs.get();
                        let lang = app.lang.get();
                        let pct = |v: Option<f64>| {
                            v.map(|v| Intl(lang).percent(v, 1)).unwrap_or_else(|| "—".into())
                        };
                        view! {
                            <dl class="stats">
                                <dt>{t(K::ComplaintsTotal)}</dt>
                                <dd data-testid="fig-total">{f.total}</dd>
                                <dt>{t(K::StillOpen)}</dt>
                                <dd>{f.open}</dd>
                                <dt>{t(K::MedianResolve)}</dt>
                                <dd data-testid="fig-median">
                                    {f
                                        .median_hours_to_resolve
                                        .map(|h| fill(
                                            t(K::Hours),
                                            &[("n", &Intl(lang).number(h, 1))],
                                        ))
                                        .unwrap_or_else(|| "—".into())}
                                </dd>
                                <dt>{t(K::SatisfiedShare)}</dt>
                                <dd data-testid="fig-satisfied">{pct(f.satisfied_share)}</dd>
                                <dt>{t(K::BoughtAgainShare)}</dt>
                                <dd>{pct(f.bought_again_share)}</dd>
                                <dt>{t(K::FollowUpsOverdue)}</dt>
                                <dd data-testid="fig-overdue">{f.follow_ups_overdue}</dd>
                                {paid
                                    .get()
                                    .map(|(sum, currency)| {
                                        view! {
                                            <dt>{t(K::CompensationPaid)}</dt>
                                            <dd data-testid="fig-compensation">
                                                {Intl(lang).money(sum, currency)}
                                            </dd>
                                        }
                                    })}
                            </dl>
                            <div class="estimate" data-testid="estimate">
                                <h3>{t(K::EstimateTitle)}</h3>
                                <p>
                                    {
                                        let e = estimate(f.total);
                                        Intl(lang)
                                            .plural_with(
                                                P::EstimateText,
                                                f.total as u64,
                                                &[
                                                    ("silent", &Intl(lang).number(e.silent as f64, 0)),
                                                    ("low", &Intl(lang).number(e.told_low as f64, 0)),
                                                    ("high", &Intl(lang).number(e.told_high as f64, 0)),
                                                ],
                                            )
                                    }
                                </p>
                                <p class="muted small">{t(K::EstimateSource)}</p>
                            </div>
                        }
                    }}
                </div>
                <div class="card">
                    <h2>{move || t(K::ByCategory)}</h2>
                    {move || view! { <Pareto bars=bars.get() /> }}
                </div>
            </div>
        </Show>
    }
}

#[component]
fn Pareto(bars: Vec<complaint::ParetoBar>) -> impl IntoView {
    use crate::kernel::chart::pareto::{layout, BAR_H, BAR_W, MARKER_X, NUMBERS_X, W};
    let app = use_app();
    let lang = app.lang.get_untracked();
    let f = Intl(lang);
    let names: Vec<String> = bars
        .iter()
        .map(|b| {
            if b.category.is_empty() {
                "—".to_string()
            } else {
                b.category.clone()
            }
        })
        .collect();
    let placed = layout(
        &bars
            .iter()
            .zip(&names)
            .map(|(b, n)| (n.as_str(), b.share, b.cumulative))
            .collect::<Vec<_>>(),
    );
    let line = placed.line();
    let h = placed.h;
    let dots: Vec<(f64, f64)> = placed.rows.iter().map(|r| (r.dot_x, r.dot_y)).collect();
    view! {
        <p class="legend pareto-legend" data-testid="pareto-legend">
            <span class="key">
                <svg viewBox="0 0 16 10" aria-hidden="true">
                    <rect class="bar-rect" x="0" y="1" width="16" height="8" rx="2" />
                </svg>
                {K::ParetoOwnShare.in_lang(lang)}
            </span>
            <span class="key">
                <svg viewBox="0 0 16 10" aria-hidden="true">
                    <line class="cum-line" x1="0" y1="5" x2="16" y2="5" />
                    <circle class="cum-dot" cx="8" cy="5" r="2.5" />
                </svg>
                {K::ParetoCumulative.in_lang(lang)}
            </span>
        </p>
        <svg
            class="pareto"
            viewBox=format!("0 0 {W} {h:.1}")
            role="img"
            aria-label=move || app.t(K::ParetoLabel)
            data-testid="pareto"
        >
            <line class="axis" x1="0" y1="0" x2="0" y2=format!("{h:.1}") />
            <line class="axis dashed" x1=BAR_W y1="0" x2=BAR_W y2=format!("{h:.1}") />
            {bars
                .iter()
                .zip(&names)
                .zip(placed.rows)
                .map(|((b, name), row)| {
                    let share = f.percent(b.share, 1);
                    let cumulative = f.percent(b.cumulative, 1);
                    let n = f.count(b.count as u64);
                    let title = fill(
                        K::ParetoBarTitle.in_lang(lang),
                        &[
                            ("name", &crate::kernel::text::isolate_if_needed(name)),
                            ("n", &n),
                            ("share", &share),
                            ("cumulative", &cumulative),
                        ],
                    );
                    let name_y = row.lines.first().map(|l| l.1).unwrap_or(row.bar_y);
                    view! {
                        <g data-testid="pareto-bar">
                            <title>{title}</title>
                            {row
                                .lines
                                .into_iter()
                                .map(|(text, y)| {
                                    view! {
                                        <text class="tick name" x="0" y=y>
                                            {text}
                                        </text>
                                    }
                                })
                                .collect_view()}
                            <rect
                                class="bar-rect"
                                x="0"
                                y=row.bar_y
                                width=row.bar_len
                                height=BAR_H
                                rx="3"
                            />
                            <text
                                class="tick own"
                                x=NUMBERS_X
                                y=row.bar_y + BAR_H / 2.0
                                dominant-baseline="middle"
                                data-testid="pareto-own"
                            >
                                {format!("{n} · {share}")}
                            </text>
                            <circle
                                class="cum-dot"
                                cx=MARKER_X
                                cy=name_y - 4.0
                                r="3"
                                aria-hidden="true"
                            />
                            <text
                                class="tick cum"
                                x=NUMBERS_X
                                y=name_y
                                data-testid="pareto-cumulative"
                            >
                                {cumulative}
                            </text>
                        </g>
                    }
                })
                .collect_view()}
            <polyline class="cum-line" points=line />
            {dots
                .into_iter()
                .map(|(x, y)| view! { <circle class="cum-dot" cx=x cy=y r="3" /> })
                .collect_view()}
        </svg>
    }
}

static COMPLAINTS: Spec<Complaint> = Spec {
    part: Part::Complaints,
    path: "/listen",
    list: "/listen",
    list_label: K::LogTitle,
    records: |wb| &wb.complaints,
    records_mut: |wb| &mut wb.complaints,
    // Sensible defaults: now, and the last employee's name.
    blank: |wb| Complaint {
        taken_by: wb
            .complaints
            .live()
            .max_by_key(|r| r.created)
            .map(|r| r.data.taken_by.clone())
            .unwrap_or_default(),
        ..Complaint::new(now())
    },
    label: |c, _| {
        let words = if c.nature.trim().is_empty() {
            &c.customer.name
        } else {
            &c.nature
        };
        words.chars().take(60).collect()
    },
};

/// The complaint form: a new complaint, or one of the log.
/// `/listen/new` has no id; `/listen/<anything else>` names a record, and
/// one that is not a UUID is not found (never a new form).
#[component]
pub fn ComplaintPage() -> impl IntoView {
    let id = crate::app::kit::route_id();
    crate::app::kit::title_with(move || {
        if id.get().is_some() {
            K::ComplaintTitle
        } else {
            K::NewComplaint
        }
    });
    record_page(&COMPLAINTS, |form| {
        view! { <ComplaintForm form=form /> }.into_any()
    })
}

#[component]
fn ComplaintForm(form: Form<Complaint>) -> impl IntoView {
    let app = use_app();
    let t = move |k: K| app.t(k);
    let id = form.id;
    let draft = form.record;
    let errors = RwSignal::new(Vec::<Invalid>::new());
    Effect::new(move |_| {
        let lang = app.lang.get();
        form.errors.set(
            errors
                .get()
                .into_iter()
                .map(|e| invalid_text(e, lang).to_string())
                .collect(),
        );
    });
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let d = draft.get_untracked();
        let problems = d.validate();
        if !problems.is_empty() {
            errors.set(problems);
            crate::app::kit::focus_errors();
            return;
        }
        form.save(d, Vec::new());
    };
    let text = move |get: fn(&Complaint) -> &String, set: fn(&mut Complaint, String)| {
        (
            move || draft.with(|d| get(d).clone()),
            move |ev: leptos::ev::Event| draft.update(|d| set(d, event_target_value(&ev))),
        )
    };
    // Erasing: whom to look for is the form's customer as it is now; this
    // complaint is listed first even when, edited, it no longer matches.
    let find_customer = Callback::new(move |()| {
        let (who, received, nature) =
            draft.with_untracked(|d| (Person::of(&d.customer), d.received, d.nature.clone()));
        let this = id.map(|id| Found {
            part: Part::Complaints,
            id,
            date: complaint::local_date(received, web::offset_minutes()),
            label: nature.chars().take(60).collect(),
            by: Vec::new(),
            trashed: false,
        });
        (who, this)
    });
    let dt_field =
        move |get: fn(&Complaint) -> Option<chrono::DateTime<chrono::Utc>>,
              set: fn(&mut Complaint, Option<chrono::DateTime<chrono::Utc>>)| {
            (
                move || draft.with(|d| get(d).map(web::to_local_input).unwrap_or_default()),
                move |v: String| draft.update(|d| set(d, web::from_local_input(&v))),
            )
        };
    let (name_v, name_i) = text(|d| &d.customer.name, |d, v| d.customer.name = v);
    let (addr_v, addr_i) = text(|d| &d.customer.address, |d, v| d.customer.address = v);
    let (phone_v, phone_i) = text(|d| &d.customer.phone, |d, v| d.customer.phone = v);
    let (email_v, email_i) = text(|d| &d.customer.email, |d, v| d.customer.email = v);
    let (taken_v, taken_i) = text(|d| &d.taken_by, |d, v| d.taken_by = v);
    let (nature_v, nature_i) = text(|d| &d.nature, |d, v| d.nature = v);
    let (cat_v, cat_i) = text(|d| &d.category, |d, v| d.category = v.trim().to_string());
    let (sol_v, sol_i) = text(|d| &d.solution, |d, v| d.solution = v);
    let (steps_v, steps_i) = text(|d| &d.steps_now, |d, v| d.steps_now = v);
    let (comp_v, comp_i) = text(|d| &d.compensation, |d, v| d.compensation = v);
    let (prev_v, prev_i) = text(|d| &d.prevention, |d, v| d.prevention = v);
    let (recv_v, recv_i) = dt_field(
        |d| Some(d.received),
        |d, v| {
            if let Some(v) = v {
                d.received = v
            }
        },
    );
    let (res_v, res_i) = dt_field(|d| d.resolved, |d, v| d.resolved = v);
    let (fu_v, fu_i) = dt_field(|d| d.follow_up, |d, v| d.follow_up = v);
    let answer_select = move |get: fn(&Complaint) -> Answer,
                              set: fn(&mut Complaint, Answer),
                              label: K,
                              testid: &'static str| {
        view! {
            <label class="field">
                <span>{move || t(label)}</span>
                <select
                    data-testid=testid
                    on:change=move |ev| {
                        let v = match event_target_value(&ev).as_str() {
                            "yes" => Answer::Yes,
                            "no" => Answer::No,
                            _ => Answer::Unknown,
                        };
                        draft.update(|d| set(d, v));
                    }
                >
                    {[(Answer::Unknown, "unknown"), (Answer::Yes, "yes"), (Answer::No, "no")]
                        .into_iter()
                        .map(|(a, v)| {
                            view! {
                                <option value=v selected=move || draft.with(|d| get(d) == a)>
                                    {move || answer_text(a, app.lang.get())}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
        }
    };
    let is_new = id.is_none();
    view! {
        <section class="page complaint">
            <h1>{move || if is_new { t(K::NewComplaint) } else { t(K::ComplaintTitle) }}</h1>
            {form.note()}
            <p class="muted small">{move || t(K::RequiredNote)}</p>
            <form on:keydown=crate::app::kit::enter_never_submits on:submit=save novalidate>
                {crate::app::kit::error_list(form.errors.into())}
                <fieldset class="card">
                    <legend>{move || t(K::TheComplaint)}</legend>
                    <div class="form-grid">
                        <label class="field">
                            <span>{move || t(K::Received)}</span>
                            <DateInput
                                time=true
                                required=true
                                value=Signal::derive(recv_v)
                                on_set=recv_i
                            />
                        </label>
                        <label class="field">
                            <span>{move || t(K::Channel)}</span>
                            <select on:change=move |ev| {
                                if let Some(c) = channel_from(&event_target_value(&ev)) {
                                    draft.update(|d| d.channel = c)
                                }
                            }>
                                {Channel::ALL
                                    .into_iter()
                                    .map(|c| {
                                        view! {
                                            <option
                                                value=format!("{c:?}")
                                                selected=move || draft.with(|d| d.channel == c)
                                            >
                                                {move || channel_text(c, app.lang.get())}
                                            </option>
                                        }
                                    })
                                    .collect_view()}
                            </select>
                        </label>
                        <label class="field">
                            <span>{move || t(K::TakenBy)}</span>
                            <input type="text" prop:value=taken_v on:input=taken_i />
                        </label>
                        <label class="field">
                            <span>{move || t(K::Category)}</span>
                            <input
                                type="text"
                                list="categories"
                                prop:value=cat_v
                                on:change=cat_i
                                data-testid="category"
                            />
                        </label>
                    </div>
                    <datalist id="categories">
                        {move || {
                            categories(app)
                                .into_iter()
                                .map(|c| view! { <option value=c /> })
                                .collect_view()
                        }}
                    </datalist>
                    <label class="field">
                        <span>{move || t(K::Nature)}" *"</span>
                        <textarea
                            rows="3"
                            required
                            aria-required="true"
                            prop:value=nature_v
                            on:input=nature_i
                            data-testid="nature"
                        ></textarea>
                    </label>
                </fieldset>
                <fieldset class="card">
                    <legend>{move || t(K::Customer)}</legend>
                    <p class="muted small">{move || t(K::PersonalDataNote)}</p>
                    <div class="form-grid">
                        <label class="field">
                            <span>{move || t(K::CustomerName)}</span>
                            <input
                                type="text"
                                autocomplete="off"
                                prop:value=name_v
                                on:input=name_i
                                data-testid="customer-name"
                            />
                        </label>
                        <label class="field">
                            <span>{move || t(K::Phone)}</span>
                            <input
                                type="tel"
                                autocomplete="off"
                                prop:value=phone_v
                                on:input=phone_i
                            />
                        </label>
                        <label class="field">
                            <span>{move || t(K::Email)}</span>
                            <input
                                type="email"
                                autocomplete="off"
                                prop:value=email_v
                                on:input=email_i
                                data-testid="customer-email"
                            />
                        </label>
                        <label class="field">
                            <span>{move || t(K::Address)}</span>
                            <input
                                type="text"
                                autocomplete="off"
                                prop:value=addr_v
                                on:input=addr_i
                            />
                        </label>
                    </div>
                    <ErasePanel
                        show=Signal::derive(move || {
                            !is_new && draft.with(|d| !d.customer.is_blank())
                        })
                        find=find_customer
                        this_kind=K::EraseThisComplaint
                        on_this_erased=Callback::new(move |at| {
                            draft.update(|d| d.erase_personal_data(at))
                        })
                    />
                    <Show when=move || draft.with(|d| d.erased.is_some())>
                        <p class="muted">{move || t(K::ErasedNote)}</p>
                    </Show>
                </fieldset>
                <fieldset class="card">
                    <legend>{move || t(K::Handling)}</legend>
                    <div class="form-grid">
                        <label class="field">
                            <span>{move || t(K::Status)}</span>
                            <select
                                data-testid="status"
                                on:change=move |ev| {
                                    if let Some(s) = status_from(&event_target_value(&ev)) {
                                        draft.update(|d| d.status = s)
                                    }
                                }
                            >
                                {Status::ALL
                                    .into_iter()
                                    .map(|s| {
                                        view! {
                                            <option
                                                value=format!("{s:?}")
                                                selected=move || draft.with(|d| d.status == s)
                                            >
                                                {move || status_text(s, app.lang.get())}
                                            </option>
                                        }
                                    })
                                    .collect_view()}
                            </select>
                        </label>
                        <label class="field check">
                            <input
                                type="checkbox"
                                prop:checked=move || draft.with(|d| d.on_the_spot)
                                on:change=move |ev| {
                                    draft.update(|d| d.on_the_spot = event_target_checked(&ev))
                                }
                            />
                            <span>{move || t(K::OnTheSpot)}</span>
                        </label>
                        <label class="field">
                            <span>{move || t(K::PromisedFor)}</span>
                            <DateInput
                                value=Signal::derive(move || {
                                    draft.with(|d| date_value(d.promised_for))
                                })
                                on_set=move |v: String| {
                                    draft.update(|d| d.promised_for = parse_date_value(&v))
                                }
                            />
                        </label>
                        <label class="field">
                            <span>{move || t(K::Resolved)}</span>
                            <DateInput time=true value=Signal::derive(res_v) on_set=res_i />
                        </label>
                        <label class="field">
                            <span>{move || t(K::FollowUp)}</span>
                            <DateInput
                                time=true
                                testid="follow-up"
                                value=Signal::derive(fu_v)
                                on_set=fu_i
                            />
                        </label>
                    </div>
                    <label class="field">
                        <span>{move || t(K::Solution)}</span>
                        <textarea rows="2" prop:value=sol_v on:input=sol_i></textarea>
                    </label>
                    <label class="field">
                        <span>{move || t(K::StepsNow)}</span>
                        <textarea rows="2" prop:value=steps_v on:input=steps_i></textarea>
                    </label>
                </fieldset>
                <fieldset class="card">
                    <legend>{move || t(K::Outcome)}</legend>
                    <div class="form-grid">
                        <label class="field">
                            <span>{move || t(K::Compensation)}</span>
                            <input type="text" prop:value=comp_v on:input=comp_i />
                        </label>
                        <label class="field">
                            <span>
                                {move || t(K::Amount)}
                                {move || {
                                    app.wb
                                        .with(|wb| wb.currency())
                                        .map(|c| format!(" ({})", c.code()))
                                }}
                            </span>
                            <input
                                type="number"
                                min="0"
                                step="0.01"
                                inputmode="decimal"
                                prop:value=move || {
                                    draft
                                        .with(|d| {
                                            d.compensation_amount
                                                .map(|a| a.to_string())
                                                .unwrap_or_default()
                                        })
                                }
                                on:change=move |ev| {
                                    draft
                                        .update(|d| {
                                            d.compensation_amount = event_target_value(&ev)
                                                .replace(',', ".")
                                                .parse()
                                                .ok();
                                        })
                                }
                            />
                        </label>
                        {answer_select(
                            |d| d.satisfied,
                            |d, v| d.satisfied = v,
                            K::Satisfied,
                            "satisfied",
                        )}
                        {answer_select(
                            |d| d.bought_again,
                            |d, v| d.bought_again = v,
                            K::BoughtAgain,
                            "bought-again",
                        )}
                    </div>
                    <label class="field">
                        <span>{move || t(K::Prevention)}</span>
                        <textarea rows="2" prop:value=prev_v on:input=prev_i></textarea>
                    </label>
                </fieldset>
                {form
                    .actions(
                        K::SaveComplaint,
                        "complaint",
                        (!is_new)
                            .then(|| {
                                view! {
                                    <button
                                        type="button"
                                        on:click=move |_| {
                                            let _ = window().print();
                                        }
                                    >
                                        {move || t(K::Print)}
                                    </button>
                                }
                                    .into_any()
                            }),
                    )}
            </form>
            <PrintedComplaint draft=draft />
        </section>
    }
}

/// What printing a complaint gives: a read-only page of the fields that are
/// filled in (the form itself is hidden in print).
#[component]
fn PrintedComplaint(draft: RwSignal<Complaint>) -> impl IntoView {
    let app = use_app();
    move || {
        let lang = app.lang.get();
        let k = |k: K| k.in_lang(lang);
        let c = draft.get();
        let dt = |d: Option<chrono::DateTime<chrono::Utc>>| {
            d.map(|d| Intl(lang).stamp(d)).unwrap_or_default()
        };
        let business = app.wb.with(|wb| wb.profile.data.business_name.clone());
        let rows: Vec<(&'static str, String)> = vec![
            (k(K::Received), Intl(lang).stamp(c.received)),
            (k(K::Channel), channel_text(c.channel, lang).into()),
            (k(K::TakenBy), c.taken_by.clone()),
            (k(K::Category), c.category.clone()),
            (k(K::Nature), c.nature.clone()),
            (k(K::CustomerName), c.customer.name.clone()),
            (k(K::Phone), c.customer.phone.clone()),
            (k(K::Email), c.customer.email.clone()),
            (k(K::Address), c.customer.address.clone()),
            (k(K::Status), status_text(c.status, lang).into()),
            (
                k(K::OnTheSpot),
                if c.on_the_spot {
                    k(K::AnswerYes).into()
                } else {
                    String::new()
                },
            ),
            (
                k(K::PromisedFor),
                c.promised_for
                    .map(|d| Intl(lang).date(d))
                    .unwrap_or_default(),
            ),
            (k(K::Resolved), dt(c.resolved)),
            (k(K::FollowUp), dt(c.follow_up)),
            (k(K::Solution), c.solution.clone()),
            (k(K::StepsNow), c.steps_now.clone()),
            (k(K::Compensation), c.compensation.clone()),
            (
                k(K::Amount),
                c.compensation_amount
                    .map(|a| Intl(lang).money(a, app.wb.with(|wb| wb.currency())))
                    .unwrap_or_default(),
            ),
            (k(K::Satisfied), answer_text(c.satisfied, lang).into()),
            (k(K::BoughtAgain), answer_text(c.bought_again, lang).into()),
            (k(K::Prevention), c.prevention.clone()),
        ];
        view! {
            <article class="print-only complaint-print">
                <p class="muted">{business}</p>
                <p class="print-title">
                    {format!("{} — {}", k(K::ComplaintTitle), Intl(lang).stamp(c.received))}
                </p>
                <dl>
                    {rows
                        .into_iter()
                        .filter(|(_, v)| !v.trim().is_empty())
                        .map(|(label, value)| {
                            view! {
                                <dt>{label}</dt>
                                <dd>{value}</dd>
                            }
                        })
                        .collect_view()}
                </dl>
            </article>
        }
    }
}
