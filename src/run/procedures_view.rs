//! Run: the library of standard operating procedures, the editor, and the
//! flowchart the app draws from the steps.

use crate::app::kit::to;
use crate::app::kit::Editor;
use crate::app::kit::SectionTabs;
use crate::app::state::use_app;
use crate::app::state::Notice;
use crate::app::web;
use crate::app::web::Intl;
use crate::book::workbook::Part;
use crate::i18n::fill;
use crate::i18n::Lang;
use crate::i18n::K;
use crate::i18n::P;
use crate::kernel::format::Format;
use crate::kernel::record::now;
use crate::run::procedures::layout;
use crate::run::procedures::starter_in;
use crate::run::procedures::Branch;
use crate::run::procedures::Flowchart;
use crate::run::procedures::Goto;
use crate::run::procedures::Shape;
use crate::run::procedures::Sop;
use crate::run::procedures::SopProblem;
use crate::run::procedures::Step;
use crate::run::procedures::Term;
use crate::run::procedures::DECISION_INSET;
use crate::run::procedures::LINE_H;
use crate::run::procedures::STARTERS;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;
use uuid::Uuid;

/// The library: search, filter by department, open, copy a starter.
#[component]
pub fn Procedures() -> impl IntoView {
    crate::app::kit::title(K::SopTitle);
    let app = use_app();
    let t = move |k: K| app.t(k);
    let query = RwSignal::new(String::new());
    let department = RwSignal::new(String::new());
    let navigate = use_navigate();
    let nav = navigate.clone();
    let new_sop = move |_| {
        let mut id = Uuid::nil();
        app.edit(|wb| {
            id = wb.sops.insert(
                Sop {
                    version: Some(web::today()),
                    ..Sop::default()
                },
                now(),
            )
        });
        nav(&format!("/run/sop/{id}"), Default::default());
    };
    let departments = Memo::new(move |_| {
        let mut d: Vec<String> = app.wb.with(|wb| {
            wb.sops
                .live()
                .map(|r| r.data.department.trim().to_string())
                .filter(|d| !d.is_empty())
                .collect()
        });
        crate::kernel::order::sort_by_key(&mut d, |s| s.to_lowercase());
        d.dedup_by_key(|s| s.to_lowercase());
        d
    });
    let found = Memo::new(move |_| {
        let q = query.get();
        let dep = department.get();
        app.wb.with(|wb| {
            let mut v: Vec<(Uuid, Sop)> = wb
                .sops
                .live()
                .filter(|r| r.data.matches(&q))
                .filter(|r| dep.is_empty() || r.data.department.trim().eq_ignore_ascii_case(&dep))
                .map(|r| (r.id, r.data.clone()))
                .collect();
            crate::kernel::order::sort_by_key(&mut v, |(_, s)| s.title.to_lowercase());
            v
        })
    });
    view! {
        <section class="page run">
            <SectionTabs tabs=crate::app::kit::RUN_TABS />
            <h1>{move || t(K::SopTitle)}</h1>
            <p class="lead">{move || t(K::SopLead)}</p>
            <div class="card filters" role="search">
                <label class="field grow">
                    <span>{move || t(K::SopSearch)}</span>
                    <input
                        type="search"
                        data-testid="sop-search"
                        prop:value=move || query.get()
                        on:input=move |ev| query.set(event_target_value(&ev))
                    />
                </label>
                <label class="field">
                    <span>{move || t(K::SopDepartment)}</span>
                    <select
                        data-testid="sop-department-filter"
                        prop:value=move || department.get()
                        on:change=move |ev| department.set(event_target_value(&ev))
                    >
                        <option value="">{move || t(K::SopAllDepartments)}</option>
                        {move || {
                            departments
                                .get()
                                .into_iter()
                                .map(|d| view! { <option value=d.clone()>{d.clone()}</option> })
                                .collect_view()
                        }}
                    </select>
                </label>
            </div>
            <div class="actions">
                <button type="button" class="primary" data-testid="new-sop" on:click=new_sop>
                    {move || t(K::SopNew)}
                </button>
            </div>
            {move || {
                let lang = app.lang.get();
                let list = found.get();
                if list.is_empty() {
                    return view! {
                        <p class="muted" data-testid="sop-none">
                            {t(K::SopNone)}
                        </p>
                    }
                        .into_any();
                }
                view! {
                    <ul class="plain sop-list" data-testid="sop-list">
                        {list
                            .into_iter()
                            .map(|(id, s)| {
                                let title = if s.title.trim().is_empty() {
                                    K::SopUntitled.in_lang(lang).to_string()
                                } else {
                                    s.title.clone()
                                };
                                let steps = s.steps.len();
                                let problems = s.problems().len();
                                view! {
                                    <li class="card sop-item" data-testid="sop-item">
                                        <h2>
                                            <A href=to(&format!("/run/sop/{id}"))>{title}</A>
                                        </h2>
                                        <p class="muted small">
                                            {if s.department.is_empty() {
                                                "—".to_string()
                                            } else {
                                                s.department.clone()
                                            }} " · " {Intl(lang).plural(P::SopSteps, steps as u64)}
                                            " · "
                                            {s
                                                .version
                                                .map(|d| fill(
                                                    K::SopVersionOn.in_lang(lang),
                                                    &[("date", &Intl(lang).date(d))],
                                                ))
                                                .unwrap_or_default()}
                                        </p>
                                        {(problems > 0)
                                            .then(|| {
                                                view! {
                                                    <p
                                                        class="band band-good small"
                                                        data-testid="sop-item-problems"
                                                    >
                                                        {Intl(lang).plural(P::SopProblems, problems as u64)}
                                                    </p>
                                                }
                                            })}
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
                    .into_any()
            }}
            <section class="card" data-testid="starters" aria-labelledby="starters-title">
                <h2 id="starters-title">{move || t(K::SopStarters)}</h2>
                <p class="muted">{move || t(K::SopStartersLead)}</p>
                <ul class="plain starter-list">
                    {STARTERS
                        .iter()
                        .enumerate()
                        .map(|(i, s)| {
                            let navigate = navigate.clone();
                            view! {
                                <li class="starter">
                                    <span>{move || s.title.in_lang(app.lang.get())}</span>
                                    <button
                                        type="button"
                                        class="secondary"
                                        data-testid=format!("copy-starter-{}", s.key)
                                        on:click=move |_| {
                                            let lang = app.lang.get_untracked();
                                            let mut id = Uuid::nil();
                                            app.edit(|wb| {
                                                id = wb
                                                    .sops
                                                    .insert(
                                                        starter_in(&STARTERS[i], lang, web::today()),
                                                        now(),
                                                    );
                                            });
                                            app.record_saved(Part::Sops);
                                            navigate(&format!("/run/sop/{id}"), Default::default());
                                        }
                                    >
                                        {move || t(K::SopCopy)}
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </section>
        </section>
    }
}

fn problem_text(p: SopProblem, lang: Lang) -> String {
    let (k, n) = match p {
        SopProblem::EmptyStep(n) => (K::SopEmptyStep, n),
        SopProblem::OneAnswer(n) => (K::SopOneAnswer, n),
        SopProblem::UnnamedAnswer(n) => (K::SopUnnamedAnswer, n),
        SopProblem::MissingTarget(n) => (K::SopMissingTarget, n),
        SopProblem::LoopsOnItself(n) => (K::SopLoopsOnItself, n),
        SopProblem::Unreached(n) => (K::SopUnreached, n),
    };
    fill(k.in_lang(lang), &[("n", &Intl(lang).count(n as u64))])
}

/// One procedure: its parts, its steps, and the flowchart beside them.
#[component]
pub fn SopPage() -> impl IntoView {
    crate::app::kit::title(K::SopTitle);
    let app = use_app();
    let t = move |k: K| app.t(k);
    let id = crate::app::kit::id_param();
    let sop = Memo::new(move |_| {
        let id = id.get()?;
        app.wb.with(|wb| {
            wb.sops
                .get(id)
                .filter(|r| r.is_live())
                .map(|r| r.data.clone())
        })
    });
    // Rebuild the page only when the record shown comes or goes, not on
    // every edit, so that focus stays where it is.
    let shown = Memo::new(move |_| id.get().filter(|_| sop.with(Option::is_some)));
    let navigate = use_navigate();
    move || {
        let Some(sop_id) = shown.get() else {
            return crate::app::kit::not_found("/run", K::SopBack);
        };
        // A procedure left with nothing written in it (opened with "New
        // procedure", then left by a link, Back or another address) is not
        // kept as an "Untitled procedure": it holds nothing to lose. A reload
        // keeps it, so the page still opens, until it is left.
        on_cleanup(move || {
            let blank = app.wb.with_untracked(|wb| {
                wb.sops
                    .get(sop_id)
                    .is_some_and(|r| r.is_live() && r.data.is_blank())
            });
            if blank {
                app.edit(|wb| {
                    wb.sops.remove_if_empty(sop_id, Sop::is_blank);
                });
            }
        });
        // Every change moves the version date to today.
        let editor = Editor::new(app, sop_id, |wb| &mut wb.sops)
            .after_each(|s| s.version = Some(web::today()));
        let navigate = navigate.clone();
        view! {
            <section class="page run sop-page">
                <p class="no-print">
                    <A href=to("/run")>{move || t(K::SopBack)}</A>
                </p>
                {
                    let title = move || {
                        sop.with(|s| s.as_ref().map(|s| s.title.clone()).unwrap_or_default())
                    };
                    view! {
                        <h1 class="no-print">
                            {move || {
                                let x = title();
                                if x.trim().is_empty() { t(K::SopUntitled).to_string() } else { x }
                            }}
                        </h1>
                        <div class="card no-print sop-fields">
                            <div class="form-grid">
                                <label class="field">
                                    <span>{move || t(K::SopFieldTitle)}</span>
                                    <input
                                        type="text"
                                        data-testid="sop-title"
                                        prop:value=title
                                        on:change=move |ev| {
                                            let v = event_target_value(&ev);
                                            editor.set(|s| &mut s.title, v);
                                        }
                                    />
                                </label>
                                <label class="field">
                                    <span>{move || t(K::SopDepartment)}</span>
                                    <input
                                        type="text"
                                        data-testid="sop-department"
                                        prop:value=move || {
                                            sop.with(|s| {
                                                s.as_ref().map(|s| s.department.clone()).unwrap_or_default()
                                            })
                                        }
                                        on:change=move |ev| {
                                            let v = event_target_value(&ev);
                                            editor.set(|s| &mut s.department, v);
                                        }
                                    />
                                </label>
                            </div>
                            <label class="field">
                                <span>{move || t(K::SopPurpose)}</span>
                                <textarea
                                    rows="2"
                                    data-testid="sop-purpose"
                                    prop:value=move || {
                                        sop.with(|s| {
                                            s.as_ref().map(|s| s.purpose.clone()).unwrap_or_default()
                                        })
                                    }
                                    on:change=move |ev| {
                                        let v = event_target_value(&ev);
                                        editor.set(|s| &mut s.purpose, v);
                                    }
                                ></textarea>
                            </label>
                            <p class="muted small" data-testid="sop-version">
                                {move || {
                                    let lang = app.lang.get();
                                    sop.with(|s| s.as_ref().and_then(|s| s.version))
                                        .map(|d| fill(
                                            K::SopVersionOn.in_lang(lang),
                                            &[("date", &Intl(lang).date(d))],
                                        ))
                                        .unwrap_or_default()
                                }}
                            </p>
                        </div>
                        <TermsEditor sop=sop editor=editor />
                        <StepsEditor sop=sop editor=editor />
                        <div class="actions no-print">
                            <button
                                type="button"
                                data-testid="print-sop"
                                on:click=move |_| {
                                    let _ = window().print();
                                }
                            >
                                {move || t(K::Print)}
                            </button>
                            <button
                                type="button"
                                class="secondary"
                                data-testid="delete-sop"
                                on:click=move |_| {
                                    app.edit(|wb| {
                                        wb.sops.trash(sop_id, now());
                                    });
                                    app.notice.set(Some(Notice::Trashed(Part::Sops, sop_id)));
                                    navigate("/run", Default::default());
                                }
                            >
                                {move || t(K::MoveToTrashShort)}
                            </button>
                        </div>
                        <SopPrint id=sop_id sop=sop />
                    }
                        .into_any()
                }
            </section>
        }
        .into_any()
    }
}

/// A change to a procedure other than one of its own text fields: plain
/// data, applied by one function, so the code that saves a procedure is
/// compiled once for all of them rather than once per change, as a closure
/// given to `Editor::change` at each button would be.
enum SopChange {
    Term(usize, fn(&mut Term) -> &mut String, String),
    RemoveTerm(usize),
    AddTerm,
    AddStep,
    StepText(u32, String),
    StepEnds(u32, bool),
    /// Makes step `id` a decision with these two answers, or a plain step.
    Decision(u32, Option<[String; 2]>),
    MoveStep(u32, i32),
    RemoveStep(u32),
    AnswerLabel(u32, usize, String),
    AnswerGoto(u32, usize, Goto),
    RemoveAnswer(u32, usize),
    AddAnswer(u32),
}

impl SopChange {
    fn apply(self, s: &mut Sop) {
        fn step(s: &mut Sop, id: u32) -> Option<&mut Step> {
            s.steps.iter_mut().find(|x| x.id == id)
        }
        match self {
            SopChange::Term(i, field, v) => {
                if let Some(x) = s.terms.get_mut(i) {
                    *field(x) = v;
                }
            }
            SopChange::RemoveTerm(i) => {
                if i < s.terms.len() {
                    s.terms.remove(i);
                }
            }
            SopChange::AddTerm => s.terms.push(Term::default()),
            SopChange::AddStep => {
                s.push_step("");
            }
            SopChange::StepText(id, v) => {
                if let Some(x) = step(s, id) {
                    x.text = v;
                }
            }
            SopChange::StepEnds(id, v) => {
                if let Some(x) = step(s, id) {
                    x.ends = v;
                }
            }
            SopChange::Decision(id, answers) => {
                if let Some(x) = step(s, id) {
                    match answers {
                        Some(labels) => {
                            x.branches = labels
                                .into_iter()
                                .map(|label| Branch {
                                    label,
                                    goto: Goto::End,
                                })
                                .collect();
                            x.ends = false;
                        }
                        None => x.branches.clear(),
                    }
                }
            }
            SopChange::MoveStep(id, by) => s.move_step(id, by),
            SopChange::RemoveStep(id) => s.remove_step(id),
            SopChange::AnswerLabel(id, k, v) => {
                if let Some(b) = step(s, id).and_then(|x| x.branches.get_mut(k)) {
                    b.label = v;
                }
            }
            SopChange::AnswerGoto(id, k, v) => {
                if let Some(b) = step(s, id).and_then(|x| x.branches.get_mut(k)) {
                    b.goto = v;
                }
            }
            SopChange::RemoveAnswer(id, k) => {
                if let Some(x) = step(s, id).filter(|x| k < x.branches.len()) {
                    x.branches.remove(k);
                }
            }
            SopChange::AddAnswer(id) => {
                if let Some(x) = step(s, id) {
                    x.branches.push(Branch {
                        label: String::new(),
                        goto: Goto::End,
                    });
                }
            }
        }
    }
}

fn change(editor: Editor<Sop>, c: SopChange) {
    editor.change(move |s| c.apply(s));
}

#[component]
fn TermsEditor(sop: Memo<Option<Sop>>, editor: Editor<Sop>) -> impl IntoView {
    let app = use_app();
    let t = move |k: K| app.t(k);
    let places =
        move || (0..sop.with(|s| s.as_ref().map_or(0, |s| s.terms.len()))).collect::<Vec<usize>>();
    view! {
        <section class="card no-print" data-testid="sop-terms" aria-labelledby="terms-title">
            <h2 id="terms-title">{move || t(K::SopTerms)}</h2>
            <p class="muted small">{move || t(K::SopTermsLead)}</p>
            <ul class="plain">
                <For each=places key=|i| *i let(i)>
                    {
                        let term = move || {
                            sop.with(|s| {
                                s.as_ref().and_then(|s| s.terms.get(i).cloned()).unwrap_or_default()
                            })
                        };
                        view! {
                            <li class="form-grid term" data-testid="sop-term">
                                <label class="field">
                                    <span>{move || t(K::SopTerm)}</span>
                                    <input
                                        type="text"
                                        data-testid="term-term"
                                        prop:value=move || term().term
                                        on:change=move |ev| {
                                            let v = event_target_value(&ev);
                                            change(editor, SopChange::Term(i, |x| &mut x.term, v));
                                        }
                                    />
                                </label>
                                <label class="field">
                                    <span>{move || t(K::SopMeaning)}</span>
                                    <input
                                        type="text"
                                        data-testid="term-meaning"
                                        prop:value=move || term().meaning
                                        on:change=move |ev| {
                                            let v = event_target_value(&ev);
                                            change(editor, SopChange::Term(i, |x| &mut x.meaning, v));
                                        }
                                    />
                                </label>
                                <button
                                    type="button"
                                    class="secondary small"
                                    data-testid="term-remove"
                                    on:click=move |_| change(editor, SopChange::RemoveTerm(i))
                                >
                                    {move || t(K::Remove)}
                                </button>
                            </li>
                        }
                    }
                </For>
            </ul>
            <button
                type="button"
                data-testid="add-term"
                on:click=move |_| change(editor, SopChange::AddTerm)
            >
                {move || t(K::SopAddTerm)}
            </button>
        </section>
    }
}

#[component]
fn StepsEditor(sop: Memo<Option<Sop>>, editor: Editor<Sop>) -> impl IntoView {
    let app = use_app();
    let t = move |k: K| app.t(k);
    let ids = move || {
        sop.with(|s| {
            s.as_ref()
                .map(|s| s.steps.iter().map(|x| x.id).collect::<Vec<u32>>())
                .unwrap_or_default()
        })
    };
    view! {
        <div class="sop-work">
            <section class="card no-print" data-testid="sop-steps" aria-labelledby="steps-title">
                <h2 id="steps-title">{move || t(K::SopSteps)}</h2>
                <p class="muted small">{move || t(K::SopStepsLead)}</p>
                <ol class="plain step-list">
                    <For each=ids key=|id| *id let(id)>
                        <StepRow id=id sop=sop editor=editor />
                    </For>
                </ol>
                <button
                    type="button"
                    data-testid="add-step"
                    on:click=move |_| change(editor, SopChange::AddStep)
                >
                    {move || t(K::SopAddStep)}
                </button>
                {move || {
                    let lang = app.lang.get();
                    let problems = sop.with(|s| s.as_ref().map(Sop::problems).unwrap_or_default());
                    (!problems.is_empty())
                        .then(|| {
                            view! {
                                <div class="banner warn" data-testid="sop-problems">
                                    <ul>
                                        {problems
                                            .into_iter()
                                            .map(|p| view! { <li>{problem_text(p, lang)}</li> })
                                            .collect_view()}
                                    </ul>
                                </div>
                            }
                        })
                }}
            </section>
            // A phone shows the chart at its drawn size, its text 12–13 px, and
            // this card scrolls sideways under it: focusable, so that the
            // arrow keys scroll it too (style/main.css, `.flow-card`).
            <section class="card flow-card no-print" aria-labelledby="flow-title" tabindex="0">
                <h2 id="flow-title">{move || t(K::SopFlowchart)}</h2>
                {move || {
                    let lang = app.lang.get();
                    sop.with(|s| {
                        s.as_ref()
                            .map(|s| flowchart_view(
                                &layout(s, K::FlowStart.in_lang(lang), K::FlowEnd.in_lang(lang)),
                                K::SopFlowchart.in_lang(lang),
                                marker_id(editor.id(), "screen"),
                            ))
                    })
                }}
            </section>
        </div>
    }
}

#[component]
fn StepRow(id: u32, sop: Memo<Option<Sop>>, editor: Editor<Sop>) -> impl IntoView {
    let app = use_app();
    let t = move |k: K| app.t(k);
    let step = move || {
        sop.with(|s| {
            s.as_ref()
                .and_then(|s| s.steps.iter().find(|x| x.id == id).cloned())
        })
    };
    let number = move || sop.with(|s| s.as_ref().and_then(|s| s.position(id)).map_or(0, |p| p + 1));
    let decision = move || step().is_some_and(|s| s.is_decision());
    let answer_places = move || (0..step().map_or(0, |s| s.branches.len())).collect::<Vec<usize>>();
    let text_id = format!("step-text-{id}");
    view! {
        <li class="step" data-testid="sop-step">
            <div class="step-head">
                <label class="field grow">
                    <span id=text_id
                        .clone()>
                        {move || fill(t(K::SopStepN), &[("n", &app.fmt().count(number() as u64))])}
                    </span>
                    <input
                        type="text"
                        data-testid="step-text"
                        aria-labelledby=text_id.clone()
                        prop:value=move || step().map(|s| s.text).unwrap_or_default()
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            change(editor, SopChange::StepText(id, v));
                        }
                    />
                </label>
            </div>
            <div class="step-tools">
                <label class="chip">
                    <input
                        type="checkbox"
                        data-testid="step-decision"
                        prop:checked=decision
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            let lang = app.lang.get_untracked();
                            let answers = on
                                .then(|| [K::Yes.in_lang(lang).into(), K::No.in_lang(lang).into()]);
                            change(editor, SopChange::Decision(id, answers));
                        }
                    />
                    {move || t(K::SopDecision)}
                </label>
                <Show when=move || !decision()>
                    <label class="chip">
                        <input
                            type="checkbox"
                            data-testid="step-ends"
                            prop:checked=move || step().is_some_and(|s| s.ends)
                            on:change=move |ev| {
                                let v = event_target_checked(&ev);
                                change(editor, SopChange::StepEnds(id, v));
                            }
                        />
                        {move || t(K::SopEndsHere)}
                    </label>
                </Show>
                <button
                    type="button"
                    class="secondary small"
                    data-testid="step-up"
                    aria-label=move || fill(
                        t(K::SopMoveUp),
                        &[("n", &app.fmt().count(number() as u64))],
                    )
                    on:click=move |_| change(editor, SopChange::MoveStep(id, -1))
                >
                    "↑"
                </button>
                <button
                    type="button"
                    class="secondary small"
                    data-testid="step-down"
                    aria-label=move || fill(
                        t(K::SopMoveDown),
                        &[("n", &app.fmt().count(number() as u64))],
                    )
                    on:click=move |_| change(editor, SopChange::MoveStep(id, 1))
                >
                    "↓"
                </button>
                <button
                    type="button"
                    class="secondary small"
                    data-testid="step-remove"
                    on:click=move |_| change(editor, SopChange::RemoveStep(id))
                >
                    {move || t(K::Remove)}
                </button>
            </div>
            <Show when=decision>
                <ul class="plain answers" data-testid="step-answers">
                    <For each=answer_places key=|k| *k let(k)>
                        {
                            let branch = move || step().and_then(|s| s.branches.get(k).cloned());
                            let targets = move || {
                                sop.with(|s| {
                                    s.as_ref()
                                        .map(|s| {
                                            s.steps
                                                .iter()
                                                .enumerate()
                                                .filter(|(_, x)| x.id != id)
                                                .map(|(i, x)| (x.id, format!("{}. {}", i + 1, x.text)))
                                                .collect::<Vec<_>>()
                                        })
                                        .unwrap_or_default()
                                })
                            };
                            let goto_value = move || match branch().map(|b| b.goto) {
                                Some(Goto::Step(n)) => n.to_string(),
                                _ => "end".to_string(),
                            };
                            view! {
                                <li class="answer form-grid">
                                    <label class="field">
                                        <span>{move || t(K::SopAnswer)}</span>
                                        <input
                                            type="text"
                                            data-testid="answer-label"
                                            prop:value=move || {
                                                branch().map(|b| b.label).unwrap_or_default()
                                            }
                                            on:change=move |ev| {
                                                let v = event_target_value(&ev);
                                                change(editor, SopChange::AnswerLabel(id, k, v));
                                            }
                                        />
                                    </label>
                                    <label class="field">
                                        <span>{move || t(K::SopLeadsTo)}</span>
                                        <select
                                            data-testid="answer-goto"
                                            prop:value=goto_value
                                            on:change=move |ev| {
                                                let v = event_target_value(&ev);
                                                let goto = v
                                                    .parse::<u32>()
                                                    .map(Goto::Step)
                                                    .unwrap_or(Goto::End);
                                                change(editor, SopChange::AnswerGoto(id, k, goto));
                                            }
                                        >
                                            <option value="end">{move || t(K::FlowEnd)}</option>
                                            {move || {
                                                targets()
                                                    .into_iter()
                                                    .map(|(n, label)| {
                                                        view! { <option value=n.to_string()>{label}</option> }
                                                    })
                                                    .collect_view()
                                            }}
                                        </select>
                                    </label>
                                    <button
                                        type="button"
                                        class="secondary small"
                                        data-testid="answer-remove"
                                        on:click=move |_| change(
                                            editor,
                                            SopChange::RemoveAnswer(id, k),
                                        )
                                    >
                                        {move || t(K::Remove)}
                                    </button>
                                </li>
                            }
                        }
                    </For>
                </ul>
                <button
                    type="button"
                    class="secondary small"
                    data-testid="add-answer"
                    on:click=move |_| change(editor, SopChange::AddAnswer(id))
                >
                    {move || t(K::SopAddAnswer)}
                </button>
            </Show>
        </li>
    }
}

/// The id of a chart's arrowhead, its own in the document: the chart on
/// screen and the printed one (hidden on screen, the only one shown in
/// print) each have one, because a `url(#…)` that finds a marker inside a
/// chart not rendered draws no arrowheads at all (the printed charts lost
/// theirs to the hidden chart on screen).
fn marker_id(sop: Uuid, place: &str) -> String {
    format!("flow-arrow-{sop}-{place}")
}

/// The flowchart as SVG: boxes, hexagons for decisions, arrows with labels;
/// its arrowhead marker named `marker` (see [`marker_id`]).
pub fn flowchart_view(f: &Flowchart, title: &str, marker: String) -> impl IntoView {
    let nodes = f.nodes.clone();
    let edges = f.edges.clone();
    let marker_url = format!("url(#{marker})");
    view! {
        <svg
            class="flowchart"
            data-testid="flowchart"
            role="img"
            aria-label=title.to_string()
            viewBox=format!("0 0 {} {}", f.width, f.height)
            width=f.width.to_string()
            height=f.height.to_string()
        >
            <defs>
                <marker
                    id=marker
                    viewBox="0 0 10 10"
                    refX="9"
                    refY="5"
                    markerWidth="7"
                    markerHeight="7"
                    orient="auto-start-reverse"
                >
                    <path d="M 0 0 L 10 5 L 0 10 z" class="flow-arrow" />
                </marker>
            </defs>
            {edges
                .into_iter()
                .map(|e| {
                    let points = e
                        .points
                        .iter()
                        .map(|(x, y)| format!("{x},{y}"))
                        .collect::<Vec<_>>()
                        .join(" ");
                    let class = if e.back { "flow-edge back" } else { "flow-edge" };
                    view! {
                        <g data-testid="flow-edge">
                            <polyline points=points class=class marker-end=marker_url.clone() />
                            {e
                                .label
                                .map(|l| {
                                    view! {
                                        <text
                                            class="flow-label"
                                            x=e.label_at.0.to_string()
                                            y=e.label_at.1.to_string()
                                        >
                                            {l}
                                        </text>
                                    }
                                })}
                        </g>
                    }
                })
                .collect_view()}
            {nodes
                .into_iter()
                .map(|n| {
                    let shape = match n.shape {
                        Shape::Start | Shape::End => {
                            view! {
                                <rect
                                    class="flow-terminal"
                                    x=n.x.to_string()
                                    y=n.y.to_string()
                                    width=n.w.to_string()
                                    height=n.h.to_string()
                                    rx=n.radius().to_string()
                                />
                            }
                                .into_any()
                        }
                        Shape::Action => {
                            view! {
                                <rect
                                    class="flow-box"
                                    x=n.x.to_string()
                                    y=n.y.to_string()
                                    width=n.w.to_string()
                                    height=n.h.to_string()
                                    rx="6"
                                />
                            }
                                .into_any()
                        }
                        Shape::Decision => {
                            let (x, y, w, h, d) = (n.x, n.y, n.w, n.h, DECISION_INSET);
                            let pts = format!(
                                "{},{} {},{} {},{} {},{} {},{} {},{}",
                                x + d,
                                y,
                                x + w - d,
                                y,
                                x + w,
                                y + h / 2.0,
                                x + w - d,
                                y + h,
                                x + d,
                                y + h,
                                x,
                                y + h / 2.0,
                            );
                            view! { <polygon class="flow-decision" points=pts /> }.into_any()
                        }
                    };
                    let testid = match n.shape {
                        Shape::Decision => "flow-decision",
                        Shape::Action => "flow-step",
                        _ => "flow-terminal",
                    };
                    let cx = n.mid_x();
                    let first = n.mid_y() - LINE_H * n.lines.len() as f64 / 2.0 + LINE_H * 0.8;
                    // The lines centred in the shape (which may have grown
                    // to take the lines arriving at its side).
                    view! {
                        <g data-testid=testid>
                            {shape} <text class="flow-text" x=cx.to_string() text-anchor="middle">
                                {n
                                    .lines
                                    .into_iter()
                                    .enumerate()
                                    .map(|(i, line)| {
                                        view! {
                                            <tspan
                                                x=cx.to_string()
                                                y=(first + LINE_H * i as f64).to_string()
                                            >
                                                {line}
                                            </tspan>
                                        }
                                    })
                                    .collect_view()}
                            </text>
                        </g>
                    }
                })
                .collect_view()}
        </svg>
    }
}

/// The procedure as a clean document, shown only when printing.
#[component]
fn SopPrint(id: Uuid, sop: Memo<Option<Sop>>) -> impl IntoView {
    let app = use_app();
    move || {
        let lang = app.lang.get();
        let s = sop.get()?;
        let k = |key: K| key.in_lang(lang);
        let chart = layout(&s, k(K::FlowStart), k(K::FlowEnd));
        Some(view! {
            <article class="print-only doc sop-doc" data-testid="sop-print">
                <header class="doc-head">
                    <h2 class="doc-title">{s.title.clone()}</h2>
                    <p class="doc-meta">
                        <bdi>{s.department.clone()}</bdi>
                        {s
                            .version
                            .map(|d| {
                                format!(
                                    " · {}",
                                    fill(k(K::SopVersionOn), &[("date", &Intl(lang).date(d))]),
                                )
                            })}
                    </p>
                </header>
                <h3>{k(K::SopPurpose)}</h3>
                <p>{s.purpose.clone()}</p>
                {(!s.terms.is_empty())
                    .then(|| {
                        view! {
                            <h3>{k(K::SopTerms)}</h3>
                            <dl class="terms">
                                {s
                                    .terms
                                    .iter()
                                    .map(|x| {
                                        view! {
                                            <dt>{x.term.clone()}</dt>
                                            <dd>{x.meaning.clone()}</dd>
                                        }
                                    })
                                    .collect_view()}
                            </dl>
                        }
                    })}
                <h3>{k(K::SopSteps)}</h3>
                <ol>
                    {s
                        .steps
                        .iter()
                        .enumerate()
                        .map(|(i, x)| {
                            let answers = s
                                .exits(i)
                                .into_iter()
                                .filter_map(|(label, goto)| {
                                    let label = label?;
                                    let to = match goto {
                                        Goto::Step(n) => {
                                            s.position(n)
                                                .map(|p| fill(
                                                    k(K::SopGoToStep),
                                                    &[("n", &Intl(lang).count((p + 1) as u64))],
                                                ))
                                                .unwrap_or_default()
                                        }
                                        Goto::End => k(K::FlowEnd).to_string(),
                                    };
                                    Some(
                                        format!(
                                            "{} → {to}",
                                            crate::kernel::text::isolate_if_needed(&label),
                                        ),
                                    )
                                })
                                .collect::<Vec<_>>();
                            view! {
                                <li>
                                    {x.text.clone()}
                                    {(!answers.is_empty())
                                        .then(|| {
                                            view! {
                                                <br />
                                                <span class="doc-note">{answers.join("; ")}</span>
                                            }
                                        })}
                                </li>
                            }
                        })
                        .collect_view()}
                </ol>
                <h3>{k(K::SopFlowchart)}</h3>
                {flowchart_view(&chart, k(K::SopFlowchart), marker_id(id, "print"))}
            </article>
        })
    }
}
