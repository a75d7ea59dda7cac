//! Listen: surveys and focus groups, and the monthly figures (the shop's own
//! and its suppliers'), each shown over time.

use crate::app::kit::date_value;
use crate::app::kit::error_list;
use crate::app::kit::form::{draft_list, record_page, Form, Spec};
use crate::app::kit::parse_date_value;
use crate::app::kit::to;
use crate::app::kit::DateInput;
use crate::app::kit::SectionTabs;
use crate::app::state::use_app;
use crate::app::state::AppState;
use crate::app::web;
use crate::app::web::Intl;
use crate::book::workbook::Part;
use crate::i18n::fill;
use crate::i18n::Lang;
use crate::i18n::K;
use crate::i18n::P;
use crate::kernel::count;
use crate::kernel::format::Format;
use crate::kernel::record::Collection;
use crate::kernel::record::Record;
use crate::listen::inputs::by_period;
use crate::listen::inputs::category_counts_text;
use crate::listen::inputs::looks_closed;
use crate::listen::inputs::parse_category_counts;
use crate::listen::inputs::Audience;
use crate::listen::inputs::Monthly;
use crate::listen::inputs::Operations;
use crate::listen::inputs::Period;
use crate::listen::inputs::Series;
use crate::listen::inputs::SupplierFigures;
use crate::listen::inputs::Survey;
use crate::listen::inputs::SurveyInvalid;
use crate::listen::inputs::SurveyKind;
use leptos::prelude::*;
use leptos_router::components::A;
use serde::{de::DeserializeOwned, Serialize};
use uuid::Uuid;

fn kind_text(k: SurveyKind, lang: Lang) -> &'static str {
    match k {
        SurveyKind::Survey => K::KindSurvey,
        SurveyKind::FocusGroup => K::KindFocusGroup,
    }
    .in_lang(lang)
}

fn audience_text(a: Audience, lang: Lang) -> &'static str {
    match a {
        Audience::Customers => K::AudienceCustomers,
        Audience::Employees => K::AudienceEmployees,
    }
    .in_lang(lang)
}

/// Reads a whole number from a form field; empty, not a number, or beyond
/// what a file may hold ([`count::MAX`]) is `None`.
fn count_from(text: &str) -> Option<u32> {
    text.trim().parse().ok().filter(|n| count::ok(*n))
}

fn count_text(v: Option<u32>) -> String {
    v.map(|v| v.to_string()).unwrap_or_default()
}

/// A one-line form that adds something by its title ("add your own
/// problem", "add your own goal"); blank titles are ignored.
pub fn add_title_form(
    label: K,
    placeholder: K,
    testid: &'static str,
    on_add: impl Fn(String) + Copy + Send + Sync + 'static,
) -> AnyView {
    let app = use_app();
    let title = crate::app::kit::kept_text(testid);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = title.get_untracked().trim().to_string();
        if !text.is_empty() {
            on_add(text);
            title.set(String::new());
        }
    };
    view! {
        <form class="card add-own" on:submit=submit>
            <label class="field grow">
                <span>{move || app.t(label)}</span>
                <input
                    type="text"
                    data-testid=testid
                    placeholder=move || app.t(placeholder)
                    prop:value=move || title.get()
                    on:input=move |ev| title.set(event_target_value(&ev))
                />
            </label>
            <button type="submit" data-testid=format!("add-{testid}")>
                {move || app.t(K::Add)}
            </button>
        </form>
    }
    .into_any()
}

// ---- surveys ----------------------------------------------------------------

#[component]
pub fn Surveys() -> impl IntoView {
    crate::app::kit::title(K::SurveysTitle);
    let app = use_app();
    let t = move |k: K| app.t(k);
    view! {
        <section class="page listen">
            <SectionTabs tabs=crate::app::kit::LISTEN_TABS />
            <h1>{move || t(K::SurveysTitle)}</h1>
            <p class="lead">{move || t(K::SurveysLead)}</p>
            <div class="actions">
                <A
                    href=to("/listen/surveys/new")
                    attr:class="button primary"
                    attr:data-testid="new-survey"
                >
                    {move || t(K::NewSurvey)}
                </A>
            </div>
            {draft_list(&SURVEYS)}
            {move || {
                let lang = app.lang.get();
                let mut items: Vec<Record<Survey>> = app
                    .wb
                    .with(|wb| wb.surveys.live().cloned().collect());
                crate::kernel::order::sort_by_key(
                    &mut items,
                    |r| std::cmp::Reverse((r.data.date, r.created)),
                );
                if items.is_empty() {
                    return view! { <p class="muted card">{t(K::NoSurveys)}</p> }.into_any();
                }
                items
                    .into_iter()
                    .map(|r| {
                        let s = r.data;
                        let mut meta = vec![
                            Intl(lang).date(s.date),
                            kind_text(s.kind, lang).to_string(),
                            audience_text(s.audience, lang).to_string(),
                        ];
                        if let Some(n) = s.participants {
                            meta.push(Intl(lang).plural(P::Participants, n as u64));
                        }
                        let questions: Vec<String> = s
                            .questions
                            .into_iter()
                            .filter(|q| !q.trim().is_empty())
                            .collect();
                        view! {
                            <article class="card survey" data-testid="survey-card">
                                <h2>
                                    <A href=to(&format!("/listen/surveys/{}", r.id))>{s.title}</A>
                                </h2>
                                <p class="muted">{meta.join(" · ")}</p>
                                {(!questions.is_empty())
                                    .then(|| {
                                        view! {
                                            <h3>{t(K::QuestionsAsked)}</h3>
                                            <ul>
                                                {questions
                                                    .into_iter()
                                                    .map(|q| view! { <li>{q}</li> })
                                                    .collect_view()}
                                            </ul>
                                        }
                                    })}
                                <h3>{t(K::Learned)}</h3>
                                <p class="prewrap">{s.learned}</p>
                            </article>
                        }
                    })
                    .collect_view()
                    .into_any()
            }}
        </section>
    }
}

/// A new month follows the latest one entered, or is this month. After
/// 9999-12 (the last month a file may hold) it stays there, and the form
/// says the month is taken.
fn next_month<T>(collection: &Collection<T>) -> Period
where
    T: Monthly + Clone + PartialEq + Serialize + DeserializeOwned,
{
    by_period(collection)
        .0
        .last()
        .map(|r| {
            let last = r.data.period();
            let next = last.next();
            Period::new(next.year, next.month).unwrap_or(last)
        })
        .unwrap_or_else(|| Period::of(web::today()))
}

static SURVEYS: Spec<Survey> = Spec {
    part: Part::Surveys,
    path: "/listen/surveys",
    list: "/listen/surveys",
    list_label: K::SurveysTitle,
    records: |wb| &wb.surveys,
    records_mut: |wb| &mut wb.surveys,
    blank: |_| Survey::new(web::today()),
    label: |s, _| s.title.clone(),
};

#[component]
pub fn SurveyPage() -> impl IntoView {
    crate::app::kit::title(K::SurveyTitle);
    record_page(&SURVEYS, |form| {
        view! { <SurveyForm form=form /> }.into_any()
    })
}

/// The questions as the record holds them: one a line, blank lines dropped.
fn question_lines(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|q| !q.is_empty())
        .map(str::to_string)
        .collect()
}

#[component]
fn SurveyForm(form: Form<Survey>) -> impl IntoView {
    let app = use_app();
    let t = move |k: K| app.t(k);
    let draft = form.record;
    let questions = RwSignal::new(draft.with_untracked(|d| d.questions.join("\n")));
    let errors = RwSignal::new(Vec::<SurveyInvalid>::new());
    let participants_bad = RwSignal::new(false);
    let show_bad = RwSignal::new(false);
    Effect::new(move |_| {
        let lang = app.lang.get();
        let bad = show_bad.get().then(|| {
            fill(
                K::InvalidWholeNumber.in_lang(lang),
                &[("field", K::Participants.in_lang(lang))],
            )
        });
        let texts: Vec<String> = errors
            .get()
            .into_iter()
            .map(|e| {
                match e {
                    SurveyInvalid::NoTitle => K::InvalidNoTitle,
                    SurveyInvalid::NothingLearned => K::InvalidNothingLearned,
                }
                .in_lang(lang)
                .to_string()
            })
            .chain(bad)
            .collect();
        form.errors.set(texts);
    });
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut d = draft.get_untracked();
        d.questions = question_lines(&questions.get_untracked());
        let problems = d.validate();
        show_bad.set(participants_bad.get_untracked());
        if !problems.is_empty() || participants_bad.get_untracked() {
            errors.set(problems);
            crate::app::kit::focus_errors();
            return;
        }
        form.save(d, Vec::new());
    };
    let closed = Memo::new(move |_| {
        questions.with(|q| {
            q.lines()
                .map(str::trim)
                .filter(|q| looks_closed(q))
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
    });
    let is_new = form.is_new();
    view! {
        <section class="page">
            <SectionTabs tabs=crate::app::kit::LISTEN_TABS />
            <h1>{move || if is_new { t(K::NewSurvey) } else { t(K::SurveyTitle) }}</h1>
            {form.note()}
            <p class="muted small">{move || t(K::RequiredNote)}</p>
            <form on:keydown=crate::app::kit::enter_never_submits on:submit=save novalidate>
                {error_list(form.errors.into())}
                <fieldset class="card">
                    <legend>{move || t(K::SurveyWhat)}</legend>
                    <div class="form-grid">
                        <label class="field">
                            <span>{move || t(K::Date)}</span>
                            <DateInput
                                required=true
                                value=Signal::derive(move || {
                                    draft.with(|d| date_value(Some(d.date)))
                                })
                                on_set=move |v: String| {
                                    if let Some(d) = parse_date_value(&v) {
                                        draft.update(|s| s.date = d)
                                    }
                                }
                            />
                        </label>
                        <label class="field">
                            <span>{move || t(K::SurveyKind)}</span>
                            <select
                                data-testid="survey-kind"
                                on:change=move |ev| {
                                    let k = if event_target_value(&ev) == "focus_group" {
                                        SurveyKind::FocusGroup
                                    } else {
                                        SurveyKind::Survey
                                    };
                                    draft.update(|d| d.kind = k);
                                }
                            >
                                {[
                                    (SurveyKind::Survey, "survey"),
                                    (SurveyKind::FocusGroup, "focus_group"),
                                ]
                                    .into_iter()
                                    .map(|(k, v)| {
                                        view! {
                                            <option
                                                value=v
                                                selected=move || draft.with(|d| d.kind == k)
                                            >
                                                {move || kind_text(k, app.lang.get())}
                                            </option>
                                        }
                                    })
                                    .collect_view()}
                            </select>
                        </label>
                        <label class="field">
                            <span>{move || t(K::Audience)}</span>
                            <select
                                data-testid="survey-audience"
                                on:change=move |ev| {
                                    let a = if event_target_value(&ev) == "employees" {
                                        Audience::Employees
                                    } else {
                                        Audience::Customers
                                    };
                                    draft.update(|d| d.audience = a);
                                }
                            >
                                {[
                                    (Audience::Customers, "customers"),
                                    (Audience::Employees, "employees"),
                                ]
                                    .into_iter()
                                    .map(|(a, v)| {
                                        view! {
                                            <option
                                                value=v
                                                selected=move || draft.with(|d| d.audience == a)
                                            >
                                                {move || audience_text(a, app.lang.get())}
                                            </option>
                                        }
                                    })
                                    .collect_view()}
                            </select>
                        </label>
                        <label class="field">
                            <span>{move || t(K::Participants)}</span>
                            <input
                                type="number"
                                min="0"
                                step="1"
                                inputmode="numeric"
                                prop:value=move || draft.with(|d| count_text(d.participants))
                                on:input=move |ev| {
                                    let text = event_target_value(&ev);
                                    let v = count_from(&text);
                                    participants_bad.set(v.is_none() && !text.trim().is_empty());
                                    if draft.with_untracked(|d| d.participants != v) {
                                        draft.update(|d| d.participants = v);
                                    }
                                }
                            />
                        </label>
                    </div>
                    <label class="field">
                        <span>{move || t(K::SurveyName)}" *"</span>
                        <input
                            type="text"
                            required
                            aria-required="true"
                            data-testid="survey-title"
                            placeholder=move || t(K::SurveyNameExample)
                            prop:value=move || draft.with(|d| d.title.clone())
                            on:input=move |ev| draft.update(|d| d.title = event_target_value(&ev))
                        />
                    </label>
                </fieldset>
                <fieldset class="card">
                    <legend>{move || t(K::QuestionsAsked)}</legend>
                    <p class="muted small" id="questions-hint">
                        {move || t(K::QuestionsHint)}
                    </p>
                    <label class="field">
                        <span>{move || t(K::QuestionsOnePerLine)}</span>
                        <textarea
                            rows="5"
                            aria-describedby="questions-hint"
                            data-testid="survey-questions"
                            prop:value=move || questions.get()
                            on:input=move |ev| {
                                let text = event_target_value(&ev);
                                let lines = question_lines(&text);
                                questions.set(text);
                                if draft.with_untracked(|d| d.questions != lines) {
                                    draft.update(|d| d.questions = lines);
                                }
                            }
                        ></textarea>
                    </label>
                    <div aria-live="polite" data-testid="closed-questions">
                        {move || {
                            let list = closed.get();
                            (!list.is_empty())
                                .then(|| {
                                    view! {
                                        <div class="banner warn">
                                            <p>{t(K::ClosedQuestions)}</p>
                                            <ul>
                                                {list
                                                    .into_iter()
                                                    .map(|q| view! { <li>{q}</li> })
                                                    .collect_view()}
                                            </ul>
                                        </div>
                                    }
                                })
                        }}
                    </div>
                </fieldset>
                <fieldset class="card">
                    <legend>{move || t(K::Learned)}" *"</legend>
                    <label class="field">
                        <span class="sr-only">{move || t(K::Learned)}</span>
                        <textarea
                            rows="5"
                            required
                            aria-required="true"
                            data-testid="survey-learned"
                            prop:value=move || draft.with(|d| d.learned.clone())
                            on:input=move |ev| draft.update(|d| d.learned = event_target_value(&ev))
                        ></textarea>
                    </label>
                </fieldset>
                {form.actions(K::Save, "survey", None)}
            </form>
        </section>
    }
}

// ---- figures over time --------------------------------------------------------

/// How a figure reads: a count, a share, or a duration in seconds.
#[derive(Clone, Copy, PartialEq)]
enum Unit {
    Count,
    Share,
    Seconds,
}

fn format_value(v: f64, unit: Unit, lang: Lang) -> String {
    match unit {
        Unit::Count => Intl(lang).number(v, 0),
        Unit::Share => Intl(lang).percent(v, 1),
        Unit::Seconds => {
            let s = v.round() as i64;
            format!("{}:{:02}", s / 60, s % 60)
        }
    }
}

/// The change since the month before, in words; every figure here is
/// better when it falls.
fn change_text(series: &Series, unit: Unit, lang: Lang) -> Option<(String, &'static str)> {
    let change = series.change()?;
    let known: Vec<Period> = series.known().map(|(p, _)| p).collect();
    let previous = Intl(lang).month(known.iter().rev().nth(1)?.first_day());
    let d = change.delta();
    let amount = match unit {
        Unit::Share => {
            let points = (d * 1000.0).abs().round() / 10.0;
            P::Points.fill(lang, points, &Intl(lang).number(points, 1), &[])
        }
        Unit::Count => Intl(lang).number(d.abs(), 0),
        Unit::Seconds => format_value(d.abs(), Unit::Seconds, lang),
    };
    let (key, class) = if d.abs() < 1e-9 {
        (K::ChangeSame, "same")
    } else if d > 0.0 {
        (K::ChangeUp, "worse")
    } else {
        (K::ChangeDown, "better")
    };
    Some((
        fill(
            key.in_lang(lang),
            &[("amount", &amount), ("month", &previous)],
        ),
        class,
    ))
}

/// A small line chart of one figure month by month, with its latest value
/// and the change since the month before.
fn trend_card(name: K, series: Series, unit: Unit, lang: Lang, testid: &'static str) -> AnyView {
    const W: f64 = 260.0;
    const H: f64 = 80.0;
    const PAD: f64 = 8.0;
    let title = name.in_lang(lang);
    let latest = series
        .latest()
        .map(|(_, v)| format_value(v, unit, lang))
        .unwrap_or_else(|| "—".into());
    let change = change_text(&series, unit, lang);
    let max = series.max().filter(|m| *m > 0.0).unwrap_or(1.0);
    let n = series.points.len().max(2) as f64;
    let x = |i: usize| PAD + (W - 2.0 * PAD) * i as f64 / (n - 1.0);
    let y = |v: f64| H - PAD - (H - 2.0 * PAD) * v / max;
    let points: Vec<(f64, f64, String)> = series
        .points
        .iter()
        .enumerate()
        .filter_map(|(i, (p, v))| {
            v.map(|v| {
                (
                    x(i),
                    y(v),
                    format!(
                        "{}: {}",
                        Intl(lang).month(p.first_day()),
                        format_value(v, unit, lang)
                    ),
                )
            })
        })
        .collect();
    let line = points
        .iter()
        .map(|(x, y, _)| format!("{x:.1},{y:.1}"))
        .collect::<Vec<_>>()
        .join(" ");
    let first = series
        .points
        .first()
        .map(|(p, _)| Intl(lang).month(p.first_day()))
        .unwrap_or_default();
    let last = series
        .points
        .last()
        .map(|(p, _)| Intl(lang).month(p.first_day()))
        .unwrap_or_default();
    let label = format!(
        "{title}: {latest}{}",
        change
            .as_ref()
            .map(|(c, _)| format!(", {c}"))
            .unwrap_or_default()
    );
    view! {
        <figure class="card trend-card" data-testid=testid>
            <figcaption>
                <span class="trend-name">{title}</span>
                <strong class="trend-latest">{latest}</strong>
                {change
                    .map(|(text, class)| {
                        view! { <span class=format!("change {class}")>{text}</span> }
                    })}
            </figcaption>
            <svg class="spark" viewBox=format!("0 0 {W} {H}") role="img" aria-label=label>
                <line class="grid" x1=PAD y1=H - PAD x2=W - PAD y2=H - PAD />
                <polyline class="spark-line" points=line />
                {points
                    .into_iter()
                    .map(|(x, y, tip)| {
                        view! {
                            <circle class="dot" cx=x cy=y r="3.5">
                                <title>{tip}</title>
                            </circle>
                        }
                    })
                    .collect_view()}
            </svg>
            <p class="spark-range muted small">
                <span>{first}</span>
                <span>{last}</span>
            </p>
        </figure>
    }
    .into_any()
}

#[component]
pub fn Figures() -> impl IntoView {
    crate::app::kit::title(K::FiguresTitle);
    let app = use_app();
    let t = move |k: K| app.t(k);
    view! {
        <section class="page listen">
            <SectionTabs tabs=crate::app::kit::LISTEN_TABS />
            <h1>{move || t(K::FiguresTitle)}</h1>
            <p class="lead">{move || t(K::FiguresLead)}</p>
            <OperationsFigures />
            <SupplierFiguresView />
        </section>
    }
}

fn twice_warning(twice: Vec<Period>, lang: Lang) -> Option<AnyView> {
    (!twice.is_empty()).then(|| {
        let months: Vec<String> = twice
            .into_iter()
            .map(|p| Intl(lang).month(p.first_day()))
            .collect();
        view! {
            <p class="banner warn" data-testid="month-twice">
                {fill(K::MonthTwice.in_lang(lang), &[("months", &Intl(lang).list(&months))])}
            </p>
        }
        .into_any()
    })
}

#[component]
fn OperationsFigures() -> impl IntoView {
    let app = use_app();
    let t = move |k: K| app.t(k);
    view! {
        <section class="figures-section" aria-labelledby="ops-title">
            <h2 id="ops-title">{move || t(K::OperationsTitle)}</h2>
            <p class="muted">{move || t(K::OperationsLead)}</p>
            <div class="actions">
                <A
                    href=to("/listen/figures/operations/new")
                    attr:class="button primary"
                    attr:data-testid="new-operations"
                >
                    {move || t(K::AddMonth)}
                </A>
            </div>
            {draft_list(&OPERATIONS)}
            {move || {
                let lang = app.lang.get();
                let (records, twice) = app
                    .wb
                    .with(|wb| {
                        let (r, twice) = by_period(&wb.operations);
                        (r.into_iter().cloned().collect::<Vec<_>>(), twice)
                    });
                if records.is_empty() {
                    return view! { <p class="muted card">{t(K::NoMonths)}</p> }.into_any();
                }
                let series = |f: fn(&Operations) -> Option<f64>| Series::of(
                    records.iter(),
                    |o| o.period,
                    f,
                );
                let cards = vec![
                    trend_card(
                        K::ReturnRate,
                        series(Operations::return_rate),
                        Unit::Share,
                        lang,
                        "trend-return-rate",
                    ),
                    trend_card(
                        K::Returns,
                        series(|o| o.returns.map(f64::from)),
                        Unit::Count,
                        lang,
                        "trend-returns",
                    ),
                    trend_card(
                        K::Backlog,
                        series(|o| o.backlog.map(f64::from)),
                        Unit::Count,
                        lang,
                        "trend-backlog",
                    ),
                    trend_card(
                        K::OutOfStock,
                        series(|o| o.out_of_stock.map(f64::from)),
                        Unit::Count,
                        lang,
                        "trend-out-of-stock",
                    ),
                    trend_card(
                        K::RejectRate,
                        series(Operations::reject_rate),
                        Unit::Share,
                        lang,
                        "trend-reject-rate",
                    ),
                ];
                let pct = |v: Option<f64>| v.map(|v| Intl(lang).percent(v, 1)).unwrap_or_default();
                let num = |v: Option<u32>| {
                    v.map(|v| Intl(lang).number(f64::from(v), 0)).unwrap_or_default()
                };
                view! {
                    {twice_warning(twice, lang)}
                    <div class="trend-grid">{cards}</div>
                    <div class="card table-card cards-wrap">
                        <table class="scores cards" data-testid="operations-table">
                            <caption class="sr-only">{t(K::OperationsTitle)}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{t(K::Month)}</th>
                                    <th scope="col">{t(K::Sold)}</th>
                                    <th scope="col">{t(K::Returns)}</th>
                                    <th scope="col">{t(K::ReturnRate)}</th>
                                    <th scope="col">{t(K::Backlog)}</th>
                                    <th scope="col">{t(K::OutOfStock)}</th>
                                    <th scope="col">{t(K::RejectRate)}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {records
                                    .into_iter()
                                    .rev()
                                    .map(|r| {
                                        let o = r.data;
                                        view! {
                                            <tr data-testid="operations-row">
                                                <th scope="row">
                                                    <A href=to(
                                                        &format!("/listen/figures/operations/{}", r.id),
                                                    )>{Intl(lang).month(o.period.first_day())}</A>
                                                </th>
                                                <td data-label=t(K::Sold)>{num(o.sold)}</td>
                                                <td data-label=t(K::Returns)>{num(o.returns)}</td>
                                                <td data-label=t(K::ReturnRate)>{pct(o.return_rate())}</td>
                                                <td data-label=t(K::Backlog)>{num(o.backlog)}</td>
                                                <td data-label=t(K::OutOfStock)>{num(o.out_of_stock)}</td>
                                                <td data-label=t(K::RejectRate)>{pct(o.reject_rate())}</td>
                                            </tr>
                                        }
                                    })
                                    .collect_view()}
                            </tbody>
                        </table>
                    </div>
                }
                    .into_any()
            }}
        </section>
    }
}

#[component]
fn SupplierFiguresView() -> impl IntoView {
    let app = use_app();
    let t = move |k: K| app.t(k);
    view! {
        <section class="figures-section" aria-labelledby="sup-title">
            <h2 id="sup-title">{move || t(K::SuppliersTitle)}</h2>
            <p class="muted">{move || t(K::SuppliersLead)}</p>
            <div class="actions">
                <A
                    href=to("/listen/figures/suppliers/new")
                    attr:class="button primary"
                    attr:data-testid="new-suppliers"
                >
                    {move || t(K::AddMonth)}
                </A>
            </div>
            {draft_list(&SUPPLIERS)}
            {move || {
                let lang = app.lang.get();
                let (records, twice) = app
                    .wb
                    .with(|wb| {
                        let (r, twice) = by_period(&wb.supplier_figures);
                        (r.into_iter().cloned().collect::<Vec<_>>(), twice)
                    });
                if records.is_empty() {
                    return view! { <p class="muted card">{t(K::NoMonths)}</p> }.into_any();
                }
                let series = |f: fn(&SupplierFigures) -> Option<f64>| Series::of(
                    records.iter(),
                    |s| s.period,
                    f,
                );
                let cards = vec![
                    trend_card(
                        K::WebFeedback,
                        series(|s| {
                            (!s.web_feedback.is_empty()).then(|| f64::from(s.web_feedback_total()))
                        }),
                        Unit::Count,
                        lang,
                        "trend-web-feedback",
                    ),
                    trend_card(
                        K::RedeliveryRate,
                        series(SupplierFigures::redelivery_rate),
                        Unit::Share,
                        lang,
                        "trend-redeliveries",
                    ),
                    trend_card(
                        K::CallComplaints,
                        series(|s| {
                            (!s.call_complaints.is_empty())
                                .then(|| f64::from(s.call_complaints_total()))
                        }),
                        Unit::Count,
                        lang,
                        "trend-call-complaints",
                    ),
                    trend_card(
                        K::AvgWait,
                        series(|s| s.avg_wait_seconds.map(f64::from)),
                        Unit::Seconds,
                        lang,
                        "trend-wait",
                    ),
                    trend_card(
                        K::HangUpRate,
                        series(SupplierFigures::hang_up_rate),
                        Unit::Share,
                        lang,
                        "trend-hang-ups",
                    ),
                ];
                let latest = records.last().map(|r| r.data.clone()).expect("not empty");
                let before = records.iter().rev().nth(1).map(|r| r.data.clone());
                let by_category = |
                    pick: fn(&SupplierFigures) -> &Vec<crate::listen::inputs::CategoryCount>,
                    caption: K,
                    testid: &'static str|
                {
                    let mut names: Vec<String> = pick(&latest)
                        .iter()
                        .map(|c| c.category.clone())
                        .collect();
                    for c in before.iter().flat_map(|b| pick(b).iter()) {
                        if !names.contains(&c.category) {
                            names.push(c.category.clone());
                        }
                    }
                    let count_in = |s: &SupplierFigures, name: &str| {
                        pick(s)
                            .iter()
                            .filter(|c| c.category == name)
                            .map(|c| c.count)
                            .fold(0, u32::saturating_add)
                    };
                    let rows: Vec<(String, u32, Option<u32>)> = names
                        .into_iter()
                        .map(|name| {
                            let now = count_in(&latest, &name);
                            let prev = before.as_ref().map(|b| count_in(b, &name));
                            (name, now, prev)
                        })
                        .collect();
                    (!rows.is_empty())
                        .then(|| {
                            // Categories of the latest month beside the month before.
                            // Every category of either month: one that fell to none shows 0.
                            view! {
                                <div class="card table-card">
                                    <table class="scores" data-testid=testid>
                                        <caption>
                                            {fill(
                                                caption.in_lang(lang),
                                                &[("month", &Intl(lang).month(latest.period.first_day()))],
                                            )}
                                        </caption>
                                        <thead>
                                            <tr>
                                                <th scope="col">{t(K::Category)}</th>
                                                <th scope="col">
                                                    {Intl(lang).month(latest.period.first_day())}
                                                </th>
                                                <th scope="col">
                                                    {before
                                                        .as_ref()
                                                        .map(|b| Intl(lang).month(b.period.first_day()))
                                                        .unwrap_or_default()}
                                                </th>
                                            </tr>
                                        </thead>
                                        <tbody>
                                            {rows
                                                .into_iter()
                                                .map(|(c, n, p)| {
                                                    view! {
                                                        <tr>
                                                            <th scope="row">{c}</th>
                                                            <td>{n}</td>
                                                            <td>{p.map(|p| p.to_string()).unwrap_or_default()}</td>
                                                        </tr>
                                                    }
                                                })
                                                .collect_view()}
                                        </tbody>
                                    </table>
                                </div>
                            }
                        })
                };
                let num = |v: Option<u32>| {
                    v.map(|v| Intl(lang).number(f64::from(v), 0)).unwrap_or_default()
                };
                let pct = |v: Option<f64>| v.map(|v| Intl(lang).percent(v, 1)).unwrap_or_default();
                view! {
                    {twice_warning(twice, lang)}
                    <div class="trend-grid">{cards}</div>
                    {by_category(|s| &s.web_feedback, K::WebFeedbackIn, "web-feedback-table")}
                    {by_category(
                        |s| &s.call_complaints,
                        K::CallComplaintsIn,
                        "call-complaints-table",
                    )}
                    <div class="card table-card cards-wrap">
                        <table class="scores cards" data-testid="suppliers-table">
                            <caption class="sr-only">{t(K::SuppliersTitle)}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{t(K::Month)}</th>
                                    <th scope="col">{t(K::WebFeedback)}</th>
                                    <th scope="col">{t(K::Redeliveries)}</th>
                                    <th scope="col">{t(K::CallComplaints)}</th>
                                    <th scope="col">{t(K::AvgWait)}</th>
                                    <th scope="col">{t(K::HangUps)}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {records
                                    .into_iter()
                                    .rev()
                                    .map(|r| {
                                        let s = r.data;
                                        view! {
                                            <tr data-testid="suppliers-row">
                                                <th scope="row">
                                                    <A href=to(
                                                        &format!("/listen/figures/suppliers/{}", r.id),
                                                    )>{Intl(lang).month(s.period.first_day())}</A>
                                                </th>
                                                <td data-label=t(
                                                    K::WebFeedback,
                                                )>
                                                    {if s.web_feedback.is_empty() {
                                                        String::new()
                                                    } else {
                                                        Intl(lang).count(s.web_feedback_total().into())
                                                    }}
                                                </td>
                                                <td data-label=t(
                                                    K::Redeliveries,
                                                )>
                                                    {num(s.redeliveries)}
                                                    {s
                                                        .redelivery_rate()
                                                        .map(|r| format!(" ({})", pct(Some(r))))}
                                                </td>
                                                <td data-label=t(
                                                    K::CallComplaints,
                                                )>
                                                    {if s.call_complaints.is_empty() {
                                                        String::new()
                                                    } else {
                                                        Intl(lang).count(s.call_complaints_total().into())
                                                    }}
                                                </td>
                                                <td data-label=t(
                                                    K::AvgWait,
                                                )>
                                                    {s
                                                        .avg_wait_seconds
                                                        .map(|v| format_value(f64::from(v), Unit::Seconds, lang))
                                                        .unwrap_or_default()}
                                                </td>
                                                <td data-label=t(
                                                    K::HangUps,
                                                )>
                                                    {num(s.hang_ups)}
                                                    {s.hang_up_rate().map(|r| format!(" ({})", pct(Some(r))))}
                                                </td>
                                            </tr>
                                        }
                                    })
                                    .collect_view()}
                            </tbody>
                        </table>
                    </div>
                }
                    .into_any()
            }}
        </section>
    }
}

// ---- monthly forms ------------------------------------------------------------

/// A whole-number field of a monthly record: its label, how it is read and
/// written, and its test id. Each form's fields are a table of these.
struct Count<T> {
    label: K,
    get: fn(&T) -> Option<u32>,
    set: fn(&mut T, Option<u32>),
    testid: &'static str,
}

/// A number field bound to an `Option<u32>` of the record, kept as typed.
fn count_field<T>(form: Form<T>, bad: RwSignal<Vec<K>>, c: &'static Count<T>) -> AnyView
where
    T: Clone + PartialEq + Serialize + DeserializeOwned + Send + Sync + 'static,
{
    let app = use_app();
    view! {
        <label class="field">
            <span>{move || app.t(c.label)}</span>
            <input
                type="number"
                min="0"
                step="1"
                inputmode="numeric"
                data-testid=c.testid
                prop:value=move || form.record.with(|d| count_text((c.get)(d)))
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    let v = count_from(&text);
                    bad.update(|b| {
                        b.retain(|k| *k != c.label);
                        if v.is_none() && !text.trim().is_empty() {
                            b.push(c.label);
                        }
                    });
                    if (form.record.with_untracked(|d| (c.get)(d))) != v {
                        form.record.update(|d| (c.set)(d, v));
                    }
                }
            />
        </label>
    }
    .into_any()
}

fn count_fields<T>(
    form: Form<T>,
    bad: RwSignal<Vec<K>>,
    counts: &'static [Count<T>],
) -> impl IntoView
where
    T: Clone + PartialEq + Serialize + DeserializeOwned + Send + Sync + 'static,
{
    counts
        .iter()
        .map(|c| count_field(form, bad, c))
        .collect_view()
}

/// The messages for number fields that do not hold a whole number.
fn bad_numbers(bad: RwSignal<Vec<K>>, lang: Lang) -> Vec<String> {
    bad.get_untracked()
        .into_iter()
        .map(|k| {
            fill(
                K::InvalidWholeNumber.in_lang(lang),
                &[("field", k.in_lang(lang))],
            )
        })
        .collect()
}

/// The month field, shared by both monthly forms; a month the browser
/// gives is kept in the record as it is chosen.
fn month_field<T>(form: Form<T>, period: RwSignal<String>, set: fn(&mut T, Period)) -> AnyView
where
    T: Clone + PartialEq + Serialize + DeserializeOwned + Send + Sync + 'static,
{
    let app = use_app();
    view! {
        <label class="field">
            <span>{move || app.t(K::Month)}" *"</span>
            <input
                type="month"
                required
                aria-required="true"
                placeholder="2026-10"
                pattern="[0-9]{4}-[0-9]{2}"
                data-testid="period"
                prop:value=move || period.get()
                on:change=move |ev| {
                    let text = event_target_value(&ev);
                    if let Some(p) = Period::parse(&text) {
                        form.record.update(|d| set(d, p));
                    }
                    period.set(text);
                }
            />
        </label>
    }
    .into_any()
}

/// The note field of a monthly record.
fn note_field<T>(form: Form<T>, get: fn(&T) -> &str, set: fn(&mut T, String)) -> AnyView
where
    T: Clone + PartialEq + Serialize + DeserializeOwned + Send + Sync + 'static,
{
    let app = use_app();
    view! {
        <label class="field">
            <span>{move || app.t(K::Note)}</span>
            <textarea
                rows="2"
                prop:value=move || form.record.with(|d| get(d).to_string())
                on:input=move |ev| form.record.update(|d| set(d, event_target_value(&ev)))
            ></textarea>
        </label>
    }
    .into_any()
}

/// Checks the month: given, and not already taken by another record.
fn check_period(
    app: AppState,
    text: &str,
    id: Option<Uuid>,
    taken: fn(&crate::book::workbook::Workbook, Period, Option<Uuid>) -> bool,
) -> Result<Period, String> {
    let lang = app.lang.get_untracked();
    let Some(p) = Period::parse(text) else {
        return Err(K::InvalidMonth.in_lang(lang).to_string());
    };
    if app.wb.with_untracked(|wb| taken(wb, p, id)) {
        return Err(fill(
            K::MonthTaken.in_lang(lang),
            &[("month", &Intl(lang).month(p.first_day()))],
        ));
    }
    Ok(p)
}

fn part_over_whole(part: Option<u32>, whole: Option<u32>) -> bool {
    matches!((part, whole), (Some(p), Some(w)) if p > w)
}

/// A monthly record's name in the list of drafts: its month.
fn month_label<T: Monthly>(r: &T, lang: Lang) -> String {
    Intl(lang).month(r.period().first_day())
}

static OPERATIONS: Spec<Operations> = Spec {
    part: Part::Operations,
    path: "/listen/figures/operations",
    list: "/listen/figures",
    list_label: K::FiguresTitle,
    records: |wb| &wb.operations,
    records_mut: |wb| &mut wb.operations,
    blank: |wb| Operations {
        period: next_month(&wb.operations),
        ..Operations::default()
    },
    label: month_label,
};

static SUPPLIERS: Spec<SupplierFigures> = Spec {
    part: Part::Suppliers,
    path: "/listen/figures/suppliers",
    list: "/listen/figures",
    list_label: K::FiguresTitle,
    records: |wb| &wb.supplier_figures,
    records_mut: |wb| &mut wb.supplier_figures,
    blank: |wb| SupplierFigures {
        period: next_month(&wb.supplier_figures),
        ..SupplierFigures::default()
    },
    label: month_label,
};

static STOCK_COUNTS: [Count<Operations>; 5] = [
    Count {
        label: K::Sold,
        get: |d| d.sold,
        set: |d, v| d.sold = v,
        testid: "sold",
    },
    Count {
        label: K::Returns,
        get: |d| d.returns,
        set: |d, v| d.returns = v,
        testid: "returns",
    },
    Count {
        label: K::Backlog,
        get: |d| d.backlog,
        set: |d, v| d.backlog = v,
        testid: "backlog",
    },
    Count {
        label: K::Range,
        get: |d| d.range,
        set: |d, v| d.range = v,
        testid: "range",
    },
    Count {
        label: K::OutOfStock,
        get: |d| d.out_of_stock,
        set: |d, v| d.out_of_stock = v,
        testid: "out-of-stock",
    },
];

static REJECT_COUNTS: [Count<Operations>; 2] = [
    Count {
        label: K::Checked,
        get: |d| d.checked,
        set: |d, v| d.checked = v,
        testid: "checked",
    },
    Count {
        label: K::Rejected,
        get: |d| d.rejected,
        set: |d, v| d.rejected = v,
        testid: "rejected",
    },
];

static COURIER_COUNTS: [Count<SupplierFigures>; 2] = [
    Count {
        label: K::Shipments,
        get: |d| d.shipments,
        set: |d, v| d.shipments = v,
        testid: "shipments",
    },
    Count {
        label: K::Redeliveries,
        get: |d| d.redeliveries,
        set: |d, v| d.redeliveries = v,
        testid: "redeliveries",
    },
];

static CALL_COUNTS: [Count<SupplierFigures>; 2] = [
    Count {
        label: K::Calls,
        get: |d| d.calls,
        set: |d, v| d.calls = v,
        testid: "calls",
    },
    Count {
        label: K::HangUps,
        get: |d| d.hang_ups,
        set: |d, v| d.hang_ups = v,
        testid: "hang-ups",
    },
];

#[component]
pub fn OperationsPage() -> impl IntoView {
    crate::app::kit::title(K::OperationsTitle);
    record_page(&OPERATIONS, |form| {
        view! { <OperationsForm form=form /> }.into_any()
    })
}

/// The month's form head: tabs, title, how typing is kept, what is required.
fn monthly_head<T>(form: Form<T>, title: K) -> impl IntoView
where
    T: Clone + PartialEq + Serialize + DeserializeOwned + Send + Sync + 'static,
{
    let app = use_app();
    view! {
        <SectionTabs tabs=crate::app::kit::LISTEN_TABS />
        <h1>{move || app.t(title)}</h1>
        {form.note()}
        <p class="muted small">{move || app.t(K::RequiredNote)}</p>
    }
}

#[component]
fn OperationsForm(form: Form<Operations>) -> impl IntoView {
    let app = use_app();
    let t = move |k: K| app.t(k);
    let id = form.id;
    let period = RwSignal::new(form.record.with_untracked(|d| d.period.to_string()));
    let bad = RwSignal::new(Vec::<K>::new());
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let lang = app.lang.get_untracked();
        let mut d = form.record.get_untracked();
        let mut problems = bad_numbers(bad, lang);
        match check_period(app, &period.get_untracked(), id, |wb, p, id| {
            wb.operations
                .live()
                .any(|r| r.data.period == p && Some(r.id) != id)
        }) {
            Ok(p) => d.period = p,
            Err(e) => problems.push(e),
        }
        if part_over_whole(d.returns, d.sold) {
            problems.push(K::InvalidReturns.in_lang(lang).to_string());
        }
        if part_over_whole(d.rejected, d.checked) {
            problems.push(K::InvalidRejects.in_lang(lang).to_string());
        }
        if part_over_whole(d.out_of_stock, d.range) {
            problems.push(K::InvalidOutOfStock.in_lang(lang).to_string());
        }
        form.save(d, problems);
    };
    view! {
        <section class="page">
            {monthly_head(form, K::OperationsTitle)}
            <form on:keydown=crate::app::kit::enter_never_submits on:submit=save novalidate>
                {error_list(form.errors.into())}
                <fieldset class="card">
                    <legend>{move || t(K::ReturnsAndStock)}</legend>
                    <div class="form-grid">
                        {month_field(form, period, |d, p| d.period = p)}
                        {count_fields(form, bad, &STOCK_COUNTS)}
                    </div>
                </fieldset>
                <fieldset class="card">
                    <legend>{move || t(K::InternalRejects)}</legend>
                    <p class="muted small">{move || t(K::InternalRejectsHint)}</p>
                    <div class="form-grid">{count_fields(form, bad, &REJECT_COUNTS)}</div>
                    {note_field(form, |d| &d.note, |d, v| d.note = v)}
                </fieldset>
                {form.actions(K::Save, "month", None)}
            </form>
        </section>
    }
}

#[component]
pub fn SuppliersPage() -> impl IntoView {
    crate::app::kit::title(K::SuppliersTitle);
    record_page(&SUPPLIERS, |form| {
        view! { <SuppliersForm form=form /> }.into_any()
    })
}

/// The average wait, from its minutes and seconds fields: `Ok(None)` when
/// both are empty, `Err(())` when they do not make a wait.
fn wait_from(m: &str, s: &str) -> Result<Option<u32>, ()> {
    match (m.trim(), s.trim()) {
        ("", "") => Ok(None),
        (m, s) => match (
            m.parse::<u32>().ok().or((m.is_empty()).then_some(0)),
            s.parse::<u32>().ok().or((s.is_empty()).then_some(0)),
        ) {
            (Some(m), Some(s)) if s < 60 => m
                .checked_mul(60)
                .and_then(|m| m.checked_add(s))
                .filter(|w| count::ok(*w))
                .map(Some)
                .ok_or(()),
            _ => Err(()),
        },
    }
}

#[component]
fn SuppliersForm(form: Form<SupplierFigures>) -> impl IntoView {
    let app = use_app();
    let t = move |k: K| app.t(k);
    let id = form.id;
    let first = form.record.get_untracked();
    let period = RwSignal::new(first.period.to_string());
    let web_text = RwSignal::new(category_counts_text(&first.web_feedback));
    let call_text = RwSignal::new(category_counts_text(&first.call_complaints));
    let wait_min = RwSignal::new(
        first
            .avg_wait_seconds
            .map(|s| (s / 60).to_string())
            .unwrap_or_default(),
    );
    let wait_sec = RwSignal::new(
        first
            .avg_wait_seconds
            .map(|s| (s % 60).to_string())
            .unwrap_or_default(),
    );
    let bad = RwSignal::new(Vec::<K>::new());
    // What is typed in the lines and the wait goes into the record as soon
    // as it reads, so the draft keeps it.
    let fold = move || {
        let mut d = form.record.get_untracked();
        for (text, target) in [
            (web_text, &mut d.web_feedback),
            (call_text, &mut d.call_complaints),
        ] {
            let (counts, bad_lines) = parse_category_counts(&text.get_untracked());
            if bad_lines.is_empty() {
                *target = counts;
            }
        }
        if let Ok(w) = wait_from(&wait_min.get_untracked(), &wait_sec.get_untracked()) {
            d.avg_wait_seconds = w;
        }
        if form.record.with_untracked(|r| *r != d) {
            form.record.set(d);
        }
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let lang = app.lang.get_untracked();
        let mut d = form.record.get_untracked();
        let mut problems = bad_numbers(bad, lang);
        match check_period(app, &period.get_untracked(), id, |wb, p, id| {
            wb.supplier_figures
                .live()
                .any(|r| r.data.period == p && Some(r.id) != id)
        }) {
            Ok(p) => d.period = p,
            Err(e) => problems.push(e),
        }
        for (text, target, label) in [
            (web_text, &mut d.web_feedback, K::WebFeedback),
            (call_text, &mut d.call_complaints, K::CallComplaints),
        ] {
            let (counts, bad_lines) = parse_category_counts(&text.get_untracked());
            if bad_lines.is_empty() {
                *target = counts;
            } else {
                let lines =
                    Intl(lang).list(&bad_lines.iter().map(|n| n.to_string()).collect::<Vec<_>>());
                problems.push(Intl(lang).plural_with(
                    P::InvalidCategoryLines,
                    bad_lines.len() as u64,
                    &[("field", label.in_lang(lang)), ("lines", &lines)],
                ));
            }
        }
        match wait_from(&wait_min.get_untracked(), &wait_sec.get_untracked()) {
            Ok(w) => d.avg_wait_seconds = w,
            Err(()) => problems.push(K::InvalidWait.in_lang(lang).to_string()),
        }
        if part_over_whole(d.redeliveries, d.shipments) {
            problems.push(K::InvalidRedeliveries.in_lang(lang).to_string());
        }
        if part_over_whole(d.hang_ups, d.calls) {
            problems.push(K::InvalidHangUps.in_lang(lang).to_string());
        }
        form.save(d, problems);
    };
    let categories_area = move |sig: RwSignal<String>, label: K, testid: &'static str| {
        view! {
            <label class="field">
                <span>{move || t(label)}</span>
                <textarea
                    rows="4"
                    data-testid=testid
                    aria-describedby="categories-hint"
                    placeholder=move || t(K::CategoryLinesExample)
                    prop:value=move || sig.get()
                    on:input=move |ev| {
                        sig.set(event_target_value(&ev));
                        fold();
                    }
                ></textarea>
            </label>
        }
    };
    let wait_input =
        move |sig: RwSignal<String>, max: Option<&'static str>, testid: &'static str| {
            view! {
                <input
                    type="number"
                    min="0"
                    max=max
                    step="1"
                    inputmode="numeric"
                    data-testid=testid
                    prop:value=move || sig.get()
                    on:input=move |ev| {
                        sig.set(event_target_value(&ev));
                        fold();
                    }
                />
            }
        };
    view! {
        <section class="page">
            {monthly_head(form, K::SuppliersTitle)}
            <form on:keydown=crate::app::kit::enter_never_submits on:submit=save novalidate>
                {error_list(form.errors.into())}
                <div class="card">
                    <div class="form-grid">{month_field(form, period, |d, p| d.period = p)}</div>
                </div>
                <fieldset class="card">
                    <legend>{move || t(K::Website)}</legend>
                    <p class="muted small" id="categories-hint">
                        {move || t(K::CategoryLinesHint)}
                    </p>
                    {categories_area(web_text, K::WebFeedbackByCategory, "web-feedback")}
                </fieldset>
                <fieldset class="card">
                    <legend>{move || t(K::Courier)}</legend>
                    <div class="form-grid">{count_fields(form, bad, &COURIER_COUNTS)}</div>
                </fieldset>
                <fieldset class="card">
                    <legend>{move || t(K::CallCentre)}</legend>
                    {categories_area(call_text, K::CallComplaintsByCategory, "call-complaints")}
                    <div class="form-grid">
                        {count_fields(form, bad, &CALL_COUNTS)}
                        <div class="field" role="group" aria-labelledby="wait-label">
                            <span id="wait-label">{move || t(K::AvgWait)}</span>
                            <div class="inline-fields">
                                <label>
                                    {wait_input(wait_min, None, "wait-minutes")} " "
                                    {move || t(K::Minutes)}
                                </label>
                                <label>
                                    {wait_input(wait_sec, Some("59"), "wait-seconds")} " "
                                    {move || t(K::Seconds)}
                                </label>
                            </div>
                        </div>
                    </div>
                    {note_field(form, |d| &d.note, |d, v| d.note = v)}
                </fieldset>
                {form.actions(K::Save, "month", None)}
            </form>
        </section>
    }
}
