//! Draft: the vision workshop (five steps, several drafts, one chosen) and
//! the service goals measured against the workbook.

use crate::app::kit::{code, to, Editor, SectionTabs};
use crate::app::state::{use_app, Notice};
use crate::app::web;
use crate::app::web::Intl;
use crate::book::workbook::Part;
use crate::draft::document::{cadence_text, measure_text, stage_text, unit_text, value_text};
use crate::draft::policy::{
    can_adopt, edit_point, point, point_text, points_for_area, AdoptRefused, PointKey, PolicyPoint,
    StaffFeedback, Stage, POINTS,
};
use crate::draft::vision::actual;
use crate::draft::vision::standing;
use crate::draft::vision::words;
use crate::draft::vision::Basis;
use crate::draft::vision::Cadence;
use crate::draft::vision::Direction;
use crate::draft::vision::Goal;
use crate::draft::vision::Measure;
use crate::draft::vision::Standing;
use crate::draft::vision::Unit;
use crate::draft::vision::VisionDraft;
use crate::draft::vision::EXAMPLE_VISION;
use crate::draft::vision::SUCCESS_POINTS;
use crate::i18n::fill;
use crate::i18n::K;
use crate::i18n::P;
use crate::kernel::format::Format;
use crate::kernel::record::now;
use crate::kernel::record::Record;
use crate::listen::problems::top_three;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};
use uuid::Uuid;

fn lines(v: &[String]) -> String {
    v.join("\n")
}

fn from_lines(text: &str) -> Vec<String> {
    text.lines().map(str::to_string).collect()
}

/// The drafts, the current vision, and a comparison of two drafts.
#[component]
pub fn Vision() -> impl IntoView {
    crate::app::kit::title(K::VisionTitle);
    let app = use_app();
    let t = move |k: K| app.t(k);
    let navigate = use_navigate();
    let new_draft = move |_| {
        let mut id = Uuid::nil();
        app.edit(|wb| id = wb.visions.insert(VisionDraft::default(), now()));
        navigate(&format!("/draft/vision/{id}?step=1"), Default::default());
    };
    let compare_a = RwSignal::new(String::new());
    let compare_b = RwSignal::new(String::new());
    view! {
        <section class="page draft">
            <SectionTabs tabs=crate::app::kit::DRAFT_TABS />
            <h1>{move || t(K::VisionTitle)}</h1>
            <p class="lead">{move || t(K::VisionLead)}</p>
            <figure class="card example-vision">
                <blockquote>{move || EXAMPLE_VISION.in_lang(app.lang.get())}</blockquote>
                <figcaption class="muted small">{move || t(K::VisionExampleCaption)}</figcaption>
            </figure>
            {move || {
                let lang = app.lang.get();
                let current = app
                    .wb
                    .with(|wb| {
                        wb.vision
                            .data
                            .and_then(|id| wb.visions.get(id).filter(|r| r.is_live()).cloned())
                    });
                match current {
                    Some(r) if !r.data.statement.trim().is_empty() => {
                        view! {
                            <div class="card current-vision" data-testid="current-vision">
                                <h2>{t(K::CurrentVision)}</h2>
                                <p class="vision-statement">{r.data.statement.clone()}</p>
                                <p class="muted small">
                                    {fill(
                                        t(K::DraftStarted),
                                        &[("date", &Intl(lang).day_of(r.created))],
                                    )}
                                </p>
                            </div>
                        }
                            .into_any()
                    }
                    _ => {
                        view! {
                            <p class="card muted" data-testid="no-current-vision">
                                {t(K::NoCurrentVision)}
                            </p>
                        }
                            .into_any()
                    }
                }
            }}
            <div class="actions">
                <button type="button" class="primary" data-testid="new-draft" on:click=new_draft>
                    {move || t(K::NewDraft)}
                </button>
            </div>
            {move || {
                let lang = app.lang.get();
                let (drafts, chosen): (Vec<Record<VisionDraft>>, Option<Uuid>) = app
                    .wb
                    .with(|wb| (wb.visions.live().rev().cloned().collect(), wb.vision.data));
                if drafts.is_empty() {
                    return view! { <p class="muted">{t(K::NoDrafts)}</p> }.into_any();
                }
                view! {
                    <div class="card table-card cards-wrap">
                        <table class="scores cards" data-testid="drafts">
                            <caption class="sr-only">{t(K::Drafts)}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{t(K::DraftColStarted)}</th>
                                    <th scope="col">{t(K::DraftColStatement)}</th>
                                    <th scope="col">{t(K::DraftColSteps)}</th>
                                    <th scope="col">
                                        <span class="sr-only">{t(K::ChooseVision)}</span>
                                    </th>
                                </tr>
                            </thead>
                            <tbody>
                                {drafts
                                    .into_iter()
                                    .map(|r| {
                                        let id = r.id;
                                        let is_current = chosen == Some(id);
                                        let statement = if r.data.statement.trim().is_empty() {
                                            "—".to_string()
                                        } else {
                                            r.data.statement.clone()
                                        };
                                        view! {
                                            <tr data-testid="draft-row" class:current=is_current>
                                                <th scope="row">
                                                    <A href=to(
                                                        &format!("/draft/vision/{id}?step=1"),
                                                    )>{Intl(lang).day_of(r.created)}</A>
                                                </th>
                                                <td data-label=t(K::DraftColStatement)>{statement}</td>
                                                <td data-label=t(
                                                    K::DraftColSteps,
                                                )>
                                                    {format!(
                                                        "{} / {}",
                                                        Intl(lang).count(r.data.steps_done() as u64),
                                                        Intl(lang).count(5),
                                                    )}
                                                </td>
                                                <td class="card-actions">
                                                    {if is_current {
                                                        view! {
                                                            <span class="badge current-badge">
                                                                {t(K::CurrentBadge)}
                                                            </span>
                                                        }
                                                            .into_any()
                                                    } else {
                                                        view! {
                                                            <button
                                                                type="button"
                                                                data-testid="choose-vision"
                                                                disabled=r.data.statement.trim().is_empty()
                                                                on:click=move |_| {
                                                                    app.edit(|wb| wb.vision.set(Some(id), now()))
                                                                }
                                                            >
                                                                {t(K::ChooseVision)}
                                                            </button>
                                                        }
                                                            .into_any()
                                                    }}
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
            <Show when=move || app.wb.with(|wb| wb.visions.live().count() >= 2)>
                <section
                    class="card compare-drafts"
                    aria-labelledby="compare-title"
                    data-testid="compare-drafts"
                >
                    <h2 id="compare-title">{move || t(K::CompareDrafts)}</h2>
                    {move || {
                        let lang = app.lang.get();
                        let drafts: Vec<Record<VisionDraft>> = app
                            .wb
                            .with(|wb| wb.visions.live().rev().cloned().collect());
                        let options = move |sig: RwSignal<String>, default: usize| {
                            if sig.get_untracked().is_empty() {
                                if let Some(r) = drafts.get(default) {
                                    sig.set(r.id.to_string());
                                }
                            }
                            drafts
                                .iter()
                                .map(|r| {
                                    let v = r.id.to_string();
                                    let label = format!(
                                        "{} — {}",
                                        Intl(lang).day_of(r.created),
                                        r.data.statement.chars().take(40).collect::<String>(),
                                    );
                                    view! {
                                        <option value=v.clone() selected=sig.get_untracked() == v>
                                            {label}
                                        </option>
                                    }
                                })
                                .collect_view()
                        };
                        let a_opts = options(compare_a, 1);
                        let b_opts = options(compare_b, 0);
                        view! {
                            <div class="form-grid">
                                <label class="field">
                                    <span>{t(K::DraftA)}</span>
                                    <select
                                        data-testid="compare-a"
                                        on:change=move |ev| compare_a.set(event_target_value(&ev))
                                    >
                                        {a_opts}
                                    </select>
                                </label>
                                <label class="field">
                                    <span>{t(K::DraftB)}</span>
                                    <select
                                        data-testid="compare-b"
                                        on:change=move |ev| compare_b.set(event_target_value(&ev))
                                    >
                                        {b_opts}
                                    </select>
                                </label>
                            </div>
                        }
                    }}
                    {move || {
                        let lang = app.lang.get();
                        let get = |s: RwSignal<String>| {
                            Uuid::parse_str(&s.get())
                                .ok()
                                .and_then(|id| {
                                    app.wb.with(|wb| wb.visions.get(id).map(|r| r.data.clone()))
                                })
                        };
                        let (Some(a), Some(b)) = (get(compare_a), get(compare_b)) else {
                            return None
                        };
                        let rows: Vec<(K, String, String)> = vec![
                            (K::StepSuccess, lines(&a.successes), lines(&b.successes)),
                            (K::StepReasons, lines(&a.reasons), lines(&b.reasons)),
                            (K::StepSteps, lines(&a.steps), lines(&b.steps)),
                            (K::StepSummary, a.summary.clone(), b.summary.clone()),
                            (K::StepStatement, a.statement.clone(), b.statement.clone()),
                        ];
                        Some(
                            view! {
                                <div class="table-card">
                                    <table class="scores compare-table">
                                        <thead>
                                            <tr>
                                                <th scope="col">
                                                    <span class="sr-only">{K::Step.in_lang(lang)}</span>
                                                </th>
                                                <th scope="col">{K::DraftA.in_lang(lang)}</th>
                                                <th scope="col">{K::DraftB.in_lang(lang)}</th>
                                            </tr>
                                        </thead>
                                        <tbody>
                                            {rows
                                                .into_iter()
                                                .map(|(k, a, b)| {
                                                    view! {
                                                        <tr>
                                                            <th scope="row">{k.in_lang(lang)}</th>
                                                            <td class="prewrap">{a}</td>
                                                            <td class="prewrap">{b}</td>
                                                        </tr>
                                                    }
                                                })
                                                .collect_view()}
                                        </tbody>
                                    </table>
                                </div>
                            },
                        )
                    }}
                </section>
            </Show>
        </section>
    }
}

const STEPS: [(K, K); 5] = [
    (K::StepSuccess, K::StepSuccessHelp),
    (K::StepReasons, K::StepReasonsHelp),
    (K::StepSteps, K::StepStepsHelp),
    (K::StepSummary, K::StepSummaryHelp),
    (K::StepStatement, K::StepStatementHelp),
];

/// One draft, worked through the five steps, one screen each; saved as
/// it is typed.
#[component]
pub fn Workshop() -> impl IntoView {
    crate::app::kit::title(K::WorkshopTitle);
    let app = use_app();
    let t = move |k: K| app.t(k);
    let query = use_query_map();
    let id = crate::app::kit::id_param();
    let step = Memo::new(move |_| {
        query
            .with(|q| q.get("step"))
            .and_then(|s| s.parse::<usize>().ok())
            .filter(|s| (1..=5).contains(s))
            .unwrap_or(1)
    });
    let draft = Memo::new(move |_| {
        id.get().and_then(|id| {
            app.wb.with(|wb| {
                wb.visions
                    .get(id)
                    .filter(|r| r.is_live())
                    .map(|r| r.data.clone())
            })
        })
    });
    let exists = Memo::new(move |_| draft.with(Option::is_some));
    // The draft's editor (none while the route names no draft).
    let editor = move || {
        id.get_untracked()
            .map(|id| Editor::new(app, id, |wb| &mut wb.visions))
    };
    let field = move |get: fn(&VisionDraft) -> String| {
        Memo::new(move |_| draft.with(|d| d.as_ref().map(get).unwrap_or_default()))
    };
    let successes = Memo::new(move |_| {
        draft.with(|d| d.as_ref().map(|d| d.successes.clone()).unwrap_or_default())
    });
    let reasons = field(|d| lines(&d.reasons));
    let steps_text = field(|d| lines(&d.steps));
    let summary = field(|d| d.summary.clone());
    let statement = field(|d| d.statement.clone());
    let verbs =
        Memo::new(move |_| draft.with(|d| d.as_ref().map(|d| d.verbs.clone()).unwrap_or_default()));
    // Steps 2 and 3: a list, one entry per line.
    let list_area = move |value: Memo<String>, list: fn(&mut VisionDraft) -> &mut Vec<String>| {
        view! {
            <label class="field">
                <span>{move || t(K::OnePerLine)}</span>
                <textarea
                    rows="6"
                    data-testid="step-text"
                    prop:value=move || value.get()
                    on:input=move |ev| {
                        if let Some(e) = editor() {
                            e.set(list, from_lines(&event_target_value(&ev)));
                        }
                    }
                ></textarea>
            </label>
        }
        .into_any()
    };
    let step_href = move |n: usize| {
        to(&format!(
            "/draft/vision/{}?step={n}",
            id.get().unwrap_or_default()
        ))
    };
    let is_current = move || {
        app.wb
            .with(|wb| wb.vision.data.is_some() && wb.vision.data == id.get())
    };
    view! {
        <Show
            when=move || exists.get()
            fallback=move || crate::app::kit::not_found("/draft", K::VisionTitle)
        >
            <section class="page draft workshop">
                <SectionTabs tabs=crate::app::kit::DRAFT_TABS />
                <h1>{move || t(K::WorkshopTitle)}</h1>
                <ol class="steps" aria-label=move || t(K::WorkshopSteps)>
                    {STEPS
                        .iter()
                        .enumerate()
                        .map(|(i, (title, _))| {
                            let n = i + 1;
                            view! {
                                <li>
                                    <a
                                        class="button step"
                                        class:current=move || step.get() == n
                                        href=move || step_href(n)
                                        aria-current=move || (step.get() == n).then_some("step")
                                    >
                                        <span class="num">{n}</span>
                                        " "
                                        <span class="step-title">{move || t(*title)}</span>
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ol>
                <div class="card">
                    <h2 data-testid="step-title">
                        {move || format!("{}. {}", step.get(), t(STEPS[step.get() - 1].0))}
                    </h2>
                    <p class="muted">{move || t(STEPS[step.get() - 1].1)}</p>
                    {move || match step.get() {
                        1 => {
                            view! {
                                <ol class="success-points">
                                    {(0..SUCCESS_POINTS)
                                        .map(|i| {
                                            view! {
                                                <li>
                                                    <label class="field">
                                                        <span class="sr-only">
                                                            {move || fill(
                                                                t(K::SuccessPoint),
                                                                &[("n", &app.fmt().count((i + 1) as u64))],
                                                            )}
                                                        </span>
                                                        <input
                                                            type="text"
                                                            data-testid="success-point"
                                                            prop:value=move || {
                                                                successes.with(|s| s.get(i).cloned().unwrap_or_default())
                                                            }
                                                            on:input=move |ev| {
                                                                let v = event_target_value(&ev);
                                                                if let Some(e) = editor() {
                                                                    e.change(move |d| {
                                                                        if d.successes.len() <= i {
                                                                            d.successes.resize(i + 1, String::new());
                                                                        }
                                                                        d.successes[i] = v;
                                                                    });
                                                                }
                                                            }
                                                        />
                                                    </label>
                                                </li>
                                            }
                                        })
                                        .collect_view()}
                                </ol>
                            }
                                .into_any()
                        }
                        2 => list_area(reasons, |d| &mut d.reasons),
                        3 => list_area(steps_text, |d| &mut d.steps),
                        4 => {
                            view! {
                                <ReviewLists draft=draft />
                                <label class="field">
                                    <span>{move || t(K::StepSummary)}</span>
                                    <textarea
                                        rows="5"
                                        data-testid="step-text"
                                        prop:value=move || summary.get()
                                        on:input=move |ev| {
                                            if let Some(e) = editor() {
                                                e.set(|d| &mut d.summary, event_target_value(&ev));
                                            }
                                        }
                                    ></textarea>
                                </label>
                            }
                                .into_any()
                        }
                        _ => {
                            view! {
                                <div class="field">
                                    <span id="verbs-label">{move || t(K::PickVerbs)}</span>
                                    <div
                                        class="chips"
                                        role="group"
                                        aria-labelledby="verbs-label"
                                        data-testid="word-chips"
                                    >
                                        {move || {
                                            let chosen = verbs.get();
                                            let all = words(&summary.get());
                                            if all.is_empty() {
                                                return view! {
                                                    <p class="muted small">{t(K::NoSummaryYet)}</p>
                                                }
                                                    .into_any();
                                            }
                                            all.into_iter()
                                                .map(|w| {
                                                    let pressed = chosen
                                                        .iter()
                                                        .any(|v| v.eq_ignore_ascii_case(&w));
                                                    let word = w.clone();
                                                    view! {
                                                        <button
                                                            type="button"
                                                            class="chip"
                                                            aria-pressed=if pressed { "true" } else { "false" }
                                                            on:click=move |_| {
                                                                if let Some(e) = editor() {
                                                                    e.change(|d| d.toggle_verb(&word));
                                                                }
                                                            }
                                                        >
                                                            {w}
                                                        </button>
                                                    }
                                                })
                                                .collect_view()
                                                .into_any()
                                        }}
                                    </div>
                                </div>
                                <p class="muted small" data-testid="chosen-verbs">
                                    {move || {
                                        let v = verbs.get();
                                        if v.is_empty() {
                                            t(K::NoVerbsYet).to_string()
                                        } else {
                                            fill(
                                                t(K::ChosenVerbs),
                                                &[("verbs", &crate::kernel::text::join_isolated(&v, ", "))],
                                            )
                                        }
                                    }}
                                </p>
                                <label class="field">
                                    <span>{move || t(K::StepStatement)}</span>
                                    <textarea
                                        rows="3"
                                        data-testid="statement"
                                        prop:value=move || statement.get()
                                        on:input=move |ev| {
                                            if let Some(e) = editor() {
                                                e.set(|d| &mut d.statement, event_target_value(&ev));
                                            }
                                        }
                                    ></textarea>
                                </label>
                                <p class="muted small">
                                    {move || fill(
                                        t(K::VisionExampleHint),
                                        &[("example", EXAMPLE_VISION.in_lang(app.lang.get()))],
                                    )}
                                </p>
                                {move || {
                                    let unused: Vec<String> = draft
                                        .with(|d| {
                                            d.as_ref()
                                                .map(|d| {
                                                    d.verbs_unused().into_iter().map(str::to_string).collect()
                                                })
                                                .unwrap_or_default()
                                        });
                                    (!unused.is_empty() && !statement.get().trim().is_empty())
                                        .then(|| {
                                            view! {
                                                <p class="small" data-testid="unused-verbs">
                                                    {fill(
                                                        t(K::UnusedVerbs),
                                                        &[
                                                            (
                                                                "verbs",
                                                                &crate::kernel::text::join_isolated(&unused, ", "),
                                                            ),
                                                        ],
                                                    )}
                                                </p>
                                            }
                                        })
                                }}
                                <div class="actions">
                                    {move || {
                                        if is_current() {
                                            view! {
                                                <p class="badge current-badge" data-testid="is-current">
                                                    {t(K::IsCurrentVision)}
                                                </p>
                                            }
                                                .into_any()
                                        } else {
                                            view! {
                                                <button
                                                    type="button"
                                                    class="primary"
                                                    data-testid="choose-this"
                                                    disabled=move || statement.get().trim().is_empty()
                                                    on:click=move |_| {
                                                        if let Some(id) = id.get_untracked() {
                                                            app.edit(|wb| wb.vision.set(Some(id), now()));
                                                        }
                                                    }
                                                >
                                                    {t(K::ChooseVision)}
                                                </button>
                                            }
                                                .into_any()
                                        }
                                    }}
                                </div>
                            }
                                .into_any()
                        }
                    }}
                </div>
                <div class="actions nav-buttons">
                    <Show when=move || step.get() != 1>
                        <a
                            class="button"
                            href=move || step_href(step.get() - 1)
                            data-testid="prev-step"
                        >
                            {move || t(K::PreviousStep)}
                        </a>
                    </Show>
                    <span class="muted small">{move || t(K::SavedAsTyped)}</span>
                    <Show when=move || step.get() != 5>
                        <a
                            class="button primary"
                            href=move || step_href(step.get() + 1)
                            data-testid="next-step"
                        >
                            {move || t(K::NextStep)}
                        </a>
                    </Show>
                </div>
                <div class="actions">
                    <A href=to("/draft")>{move || t(K::BackToDrafts)}</A>
                    <button
                        type="button"
                        class="link"
                        data-testid="delete-draft"
                        on:click=move |_| {
                            if let Some(id) = id.get_untracked() {
                                app.edit(|wb| {
                                    wb.visions.trash(id, now());
                                });
                                app.notice.set(Some(Notice::Trashed(Part::Visions, id)));
                                use_navigate()("/draft", Default::default());
                            }
                        }
                    >
                        {move || t(K::MoveToTrashShort)}
                    </button>
                </div>
            </section>
        </Show>
    }
}

/// Steps 1 to 3 shown again while summarising.
#[component]
fn ReviewLists(draft: Memo<Option<VisionDraft>>) -> impl IntoView {
    let app = use_app();
    move || {
        let lang = app.lang.get();
        let d = draft.get().unwrap_or_default();
        let list = |k: K, items: Vec<String>| {
            let items: Vec<String> = items.into_iter().filter(|s| !s.trim().is_empty()).collect();
            (!items.is_empty()).then(|| {
                view! {
                    <div>
                        <h3>{k.in_lang(lang)}</h3>
                        <ul>{items.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ul>
                    </div>
                }
            })
        };
        view! {
            <div class="review-lists">
                {list(K::StepSuccess, d.successes)} {list(K::StepReasons, d.reasons)}
                {list(K::StepSteps, d.steps)}
            </div>
        }
    }
}

// ---- goals ---------------------------------------------------------------------

#[component]
pub fn Goals() -> impl IntoView {
    crate::app::kit::title(K::GoalsTitle);
    let app = use_app();
    let t = move |k: K| app.t(k);
    let add_seed = move |_| {
        app.edit(|wb| {
            let have: Vec<Measure> = wb.goals.live().map(|r| r.data.measure).collect();
            // A millisecond apart, so they list in the seed's order.
            let at = now();
            for (i, m) in Measure::SEED.into_iter().enumerate() {
                if !have.contains(&m) {
                    wb.goals.insert(
                        Goal::seed(m),
                        crate::kernel::bounds::shift(at, chrono::TimeDelta::milliseconds(i as i64)),
                    );
                }
            }
        });
    };
    // The goals keyed by id, so saving a field as it is typed keeps the
    // field (and the keyboard) where it is.
    let ids = Memo::new(move |_| {
        app.wb
            .with(|wb| wb.goals.live().map(|r| r.id).collect::<Vec<_>>())
    });
    let problems = Memo::new(move |_| {
        app.wb.with(|wb| {
            wb.problems
                .live()
                .map(|r| (r.id, r.data.title.clone()))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section class="page draft goals">
            <SectionTabs tabs=crate::app::kit::DRAFT_TABS />
            <h1>{move || t(K::GoalsTitle)}</h1>
            <p class="lead">{move || t(K::GoalsLead)}</p>
            {move || {
                let (vision, top): (Option<String>, Vec<String>) = app
                    .wb
                    .with(|wb| {
                        let vision = wb
                            .vision
                            .data
                            .and_then(|id| wb.visions.get(id))
                            .filter(|r| r.is_live())
                            .map(|r| r.data.statement.clone())
                            .filter(|s| !s.trim().is_empty());
                        let top = top_three(&wb.problems)
                            .0
                            .iter()
                            .flatten()
                            .map(|r| r.data.title.clone())
                            .collect();
                        (vision, top)
                    });
                view! {
                    <div class="grid align-with">
                        <div class="card">
                            <h2>{t(K::CurrentVision)}</h2>
                            {match vision {
                                Some(v) => view! { <p class="vision-statement">{v}</p> }.into_any(),
                                None => {
                                    view! {
                                        <p class="muted">
                                            {t(K::NoCurrentVision)}" "
                                            <A href=to("/draft")>{t(K::TabVision)}</A>
                                        </p>
                                    }
                                        .into_any()
                                }
                            }}
                        </div>
                        <div class="card">
                            <h2>{t(K::YourTopThree)}</h2>
                            {if top.is_empty() {
                                view! {
                                    <p class="muted">
                                        {t(K::HomeTopNone)}" "
                                        <A href=to("/listen/problems")>{t(K::TabProblems)}</A>
                                    </p>
                                }
                                    .into_any()
                            } else {
                                view! {
                                    <ol>
                                        {top
                                            .into_iter()
                                            .map(|p| view! { <li>{p}</li> })
                                            .collect_view()}
                                    </ol>
                                }
                                    .into_any()
                            }}
                        </div>
                    </div>
                }
            }}
            <Show when=move || {
                app.wb
                    .with(|wb| {
                        let have: Vec<Measure> = wb.goals.live().map(|r| r.data.measure).collect();
                        Measure::SEED.iter().any(|m| !have.contains(m))
                    })
            }>
                <div class="card">
                    <p>{move || t(K::SeedGoalsText)}</p>
                    <button
                        type="button"
                        class="primary"
                        data-testid="add-seed-goals"
                        on:click=add_seed
                    >
                        {move || t(K::AddSeedGoals)}
                    </button>
                </div>
            </Show>
            <For each=move || ids.get() key=|id| *id let(id)>
                <GoalCard id=id problems=problems />
            </For>
            {crate::listen::inputs_view::add_title_form(
                K::AddOwnGoal,
                K::OwnGoalExample,
                "own-goal",
                move |title| {
                    app.edit(|wb| {
                        wb.goals
                            .insert(
                                Goal {
                                    title,
                                    ..Goal::seed(Measure::Own)
                                },
                                now(),
                            );
                    });
                },
            )}
        </section>
    }
}

/// What a goal's number field holds: `Some(None)` when empty (no value),
/// `Some(Some(v))` for a number `accept` takes (a comma for the decimal
/// point too), `None` for anything else.
fn parse_goal_number(text: &str, accept: fn(f64) -> bool) -> Option<Option<f64>> {
    let text = text.trim();
    if text.is_empty() {
        return Some(None);
    }
    text.replace(',', ".")
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite() && accept(*v))
        .map(Some)
}

/// A goal's number field, saved as it is typed. The field is never redrawn
/// under the keyboard: while its text reads as the stored value ("1." or
/// "1,5" for 1.5) it stays as typed, and a text that is no number `accept`
/// takes is kept in the field but not saved. It also saves on `change`, so
/// a neighbour tab's save does not undo what is being typed
/// (`web::commit_focused`).
fn goal_number(
    testid: &'static str,
    value: Memo<Option<f64>>,
    accept: fn(f64) -> bool,
    save: impl Fn(Option<f64>) + Copy + 'static,
) -> impl IntoView {
    let field = NodeRef::<leptos::html::Input>::new();
    let commit = move |text: String| {
        if let Some(v) = parse_goal_number(&text, accept) {
            if v != value.get_untracked() {
                save(v);
            }
        }
    };
    view! {
        <input
            type="text"
            inputmode="decimal"
            autocomplete="off"
            data-testid=testid
            node_ref=field
            prop:value=move || {
                let stored = value.get();
                field
                    .get_untracked()
                    .map(|el| el.value())
                    .filter(|typed| parse_goal_number(typed, accept) == Some(stored))
                    .unwrap_or_else(|| stored.map(|v| v.to_string()).unwrap_or_default())
            }
            on:input=move |ev| commit(event_target_value(&ev))
            on:change=move |ev| commit(event_target_value(&ev))
        />
    }
}

/// One goal: its standing, target and value, and the fields that set them.
/// Keyed by id in the list, so saving a field as it is typed redraws the
/// texts around it but never the field.
#[component]
fn GoalCard(id: Uuid, problems: Memo<Vec<(Uuid, String)>>) -> impl IntoView {
    let app = use_app();
    let t = move |k: K| app.t(k);
    let editor = Editor::new(app, id, |wb| &mut wb.goals);
    let goal = Memo::new(move |_| {
        app.wb
            .with(|wb| wb.goals.get(id).map(|r| r.data.clone()).unwrap_or_default())
    });
    let act = Memo::new(move |_| {
        let when = now();
        let offset = web::offset_minutes();
        app.wb.with(|wb| {
            wb.goals
                .get(id)
                .and_then(|r| actual(&r.data, wb.heard(), when, offset))
        })
    });
    let computed =
        Memo::new(move |_| act.with(|a| a.as_ref().is_some_and(|a| a.basis != Basis::Entered)));
    let target = Memo::new(move |_| goal.with(|g| g.target));
    let entered = Memo::new(move |_| goal.with(|g| g.actual));
    let heading_id = format!("goal-{id}");
    let head = {
        let heading_id = heading_id.clone();
        move || {
            let lang = app.lang.get();
            let g = goal.get();
            let act = act.get();
            let st = standing(&g, act.as_ref());
            let title = if g.measure == Measure::Own {
                g.title.clone()
            } else {
                measure_text(g.measure, lang).to_string()
            };
            let actual_text = act
                .as_ref()
                .map(|a| {
                    value_text(
                        a.value,
                        g.unit,
                        lang,
                        &Intl(lang),
                        app.wb.with(|wb| wb.currency()),
                    )
                })
                .unwrap_or_else(|| "—".into());
            let basis = act
                .as_ref()
                .map(|a| match &a.basis {
                    Basis::Complaints { known } => P::BasisComplaints.fill(
                        lang,
                        *known as f64,
                        &Intl(lang).count(*known as u64),
                        &[("period", cadence_text(g.cadence, lang))],
                    ),
                    Basis::Month(p) => fill(
                        K::BasisMonth.in_lang(lang),
                        &[("month", &Intl(lang).month(p.first_day()))],
                    ),
                    Basis::Entered => K::BasisEntered.in_lang(lang).to_string(),
                })
                .unwrap_or_else(|| K::BasisNone.in_lang(lang).to_string());
            let (st_class, st_text) = match st {
                Standing::Met => ("band band-asset", K::GoalMet),
                Standing::Missed => ("band band-losing", K::GoalMissed),
                Standing::Unknown => ("band", K::GoalUnknown),
            };
            view! {
                <div class="goal-head">
                    <h2 id=heading_id.clone()>{title}</h2>
                    <span class=st_class data-testid="goal-standing">
                        {st_text.in_lang(lang)}
                    </span>
                </div>
                <p class="goal-actual">
                    <strong data-testid="goal-actual">{actual_text}</strong>
                    " "
                    <span class="muted small">{basis}</span>
                </p>
                {g
                    .target
                    .map(|target| {
                        view! {
                            <p class="small" data-testid="goal-target-text">
                                {fill(
                                    K::TargetIs.in_lang(lang),
                                    &[
                                        (
                                            "sign",
                                            if g.direction == Direction::AtMost { "≤" } else { "≥" },
                                        ),
                                        (
                                            "value",
                                            &value_text(
                                                target,
                                                g.unit,
                                                lang,
                                                &Intl(lang),
                                                app.wb.with(|wb| wb.currency()),
                                            ),
                                        ),
                                    ],
                                )}
                            </p>
                        }
                    })}
            }
        }
    };
    // The unit, direction and measuring period: redrawn with the goal (no
    // field is typed into here).
    let choices = move || {
        let lang = app.lang.get();
        let g = goal.get();
        let unit = g.unit;
        view! {
            <label class="field">
                <span>{K::Unit.in_lang(lang)}</span>
                <select
                    data-testid="goal-unit"
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        if let Some(u) = Unit::ALL.into_iter().find(|u| code(u) == v) {
                            editor.set(|g| &mut g.unit, u);
                        }
                    }
                >
                    {Unit::ALL
                        .into_iter()
                        .map(|u| {
                            view! {
                                <option value=code(u) selected=u == unit>
                                    {unit_text(u, lang)}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
            <label class="field">
                <span>{K::MetWhen.in_lang(lang)}</span>
                <select
                    data-testid="goal-direction"
                    on:change=move |ev| {
                        let d = if event_target_value(&ev) == "AtMost" {
                            Direction::AtMost
                        } else {
                            Direction::AtLeast
                        };
                        editor.set(|g| &mut g.direction, d);
                    }
                >
                    <option value="AtMost" selected=g.direction == Direction::AtMost>
                        {K::AtMost.in_lang(lang)}
                    </option>
                    <option value="AtLeast" selected=g.direction == Direction::AtLeast>
                        {K::AtLeast.in_lang(lang)}
                    </option>
                </select>
            </label>
            <label class="field">
                <span>{K::Cadence.in_lang(lang)}</span>
                <select on:change=move |ev| {
                    let v = event_target_value(&ev);
                    let c = [Cadence::Month, Cadence::Quarter, Cadence::Year]
                        .into_iter()
                        .find(|c| code(c) == v)
                        .unwrap_or_default();
                    editor.set(|g| &mut g.cadence, c);
                }>
                    {[Cadence::Month, Cadence::Quarter, Cadence::Year]
                        .into_iter()
                        .map(|c| {
                            view! {
                                <option value=code(c) selected=c == g.cadence>
                                    {cadence_text(c, lang)}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
        }
    };
    // The entered value, where the workbook cannot compute one.
    let entered_field = move || {
        (!computed.get()).then(|| {
            view! {
                <label class="field">
                    <span>{move || t(K::ActualEntered)}</span>
                    {goal_number(
                        "goal-actual-input",
                        entered,
                        |_| true,
                        move |v| editor.set(|g| &mut g.actual, v),
                    )}
                </label>
            }
        })
    };
    let problem = move || {
        let lang = app.lang.get();
        let chosen = goal.with(|g| g.problem);
        view! {
            <label class="field">
                <span>{K::AddressesProblem.in_lang(lang)}</span>
                <select
                    data-testid="goal-problem"
                    on:change=move |ev| {
                        let v = Uuid::parse_str(&event_target_value(&ev)).ok();
                        editor.set(|g| &mut g.problem, v);
                    }
                >
                    <option value="">"—"</option>
                    {problems
                        .get()
                        .into_iter()
                        .map(|(pid, title)| {
                            view! {
                                <option value=pid.to_string() selected=chosen == Some(pid)>
                                    {title}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
        }
    };
    view! {
        <article class="card goal" data-testid="goal" aria-labelledby=heading_id>
            {head}
            <div class="form-grid">
                <label class="field">
                    <span>{move || t(K::Target)}</span>
                    {goal_number(
                        "goal-target",
                        target,
                        |v| v >= 0.0,
                        move |v| editor.set(|g| &mut g.target, v),
                    )}
                </label>
                {choices}
                {entered_field}
                {problem}
            </div>
            {move || {
                target
                    .with(Option::is_none)
                    .then(|| view! { <p class="small muted">{move || t(K::NoTargetYet)}</p> })
            }}
            <button
                type="button"
                class="link"
                data-testid="remove-goal"
                on:click=move |_| {
                    app.edit(|wb| {
                        wb.goals.trash(id, now());
                    });
                    app.notice.set(Some(Notice::Trashed(Part::Goals, id)));
                }
            >
                {move || t(K::MoveToTrashShort)}
            </button>
        </article>
    }
}

// ---- the policy ------------------------------------------------------------------

/// The seven policy points, each with the seed's questions, the user's
/// answer (saved as typed), its stage and the staff's feedback.
#[component]
pub fn Policy() -> impl IntoView {
    crate::app::kit::title(K::PolicyTitle);
    let app = use_app();
    let t = move |k: K| app.t(k);
    view! {
        <section class="page draft policy">
            <SectionTabs tabs=crate::app::kit::DRAFT_TABS />
            <h1>{move || t(K::PolicyTitle)}</h1>
            <p class="lead">{move || t(K::PolicyLead)}</p>
            <WeakAreas />
            <crate::draft::plan_view::RulesCard />
            {POINTS.iter().map(|p| view! { <PolicyPointCard key=p.key /> }).collect_view()}
        </section>
    }
}

/// The self-test's two weakest areas and the points that address them.
#[component]
fn WeakAreas() -> impl IntoView {
    let app = use_app();
    move || {
        let lang = app.lang.get();
        let score = app
            .wb
            .with(|wb| wb.finished_self_tests().last().and_then(|r| r.data.score()));
        let score = score?;
        let rows: Vec<(String, String, Vec<PointKey>)> = score
            .weakest_first()
            .into_iter()
            .take(2)
            .map(|i| {
                let area = &crate::selftest::quotient::AREAS[i];
                (
                    area.title.in_lang(lang).to_string(),
                    Intl(lang).number(score.areas[i].value(), 2),
                    points_for_area(area.id).to_vec(),
                )
            })
            .collect();
        Some(view! {
            <div class="card weak-areas" data-testid="weak-areas">
                <h2>{K::WeakAreasTitle.in_lang(lang)}</h2>
                <ul>
                    {rows
                        .into_iter()
                        .map(|(area, value, points)| {
                            let text = fill(
                                K::WeakAreaPoints.in_lang(lang),
                                &[("area", &area), ("score", &value)],
                            );
                            view! {
                                <li>
                                    {crate::app::kit::text_with_links(
                                        lang,
                                        &text,
                                        "{points}",
                                        crate::app::kit::point_links(&points, lang),
                                    )}
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </div>
        })
    }
}

#[component]
fn PolicyPointCard(key: PointKey) -> impl IntoView {
    let app = use_app();
    let t = move |k: K| app.t(k);
    let text = point_text(key);
    let data = Memo::new(move |_| {
        app.wb
            .with(|wb| point(&wb.policy, key).map(|r| r.data.clone()))
    });
    let answer =
        Memo::new(move |_| data.with(|d| d.as_ref().map(|d| d.answer.clone()).unwrap_or_default()));
    let stage = Memo::new(move |_| data.with(|d| d.as_ref().map(|d| d.stage).unwrap_or_default()));
    let refused = RwSignal::new(None::<AdoptRefused>);
    let by = RwSignal::new(String::new());
    let said = RwSignal::new(String::new());
    let slug = format!("{key:?}").to_lowercase();
    let heading = format!("point-{slug}");
    let add_feedback = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = said.get_untracked().trim().to_string();
        if text.is_empty() {
            return;
        }
        let who = by.get_untracked().trim().to_string();
        let on = crate::listen::complaints::local_date(now(), web::offset_minutes());
        app.edit(|wb| {
            edit_point(&mut wb.policy, key, now(), |p| {
                p.feedback.push(StaffFeedback { by: who, on, text })
            })
        });
        said.set(String::new());
        refused.set(None);
    };
    view! {
        <article
            class="card policy-point"
            data-testid=format!("point-{slug}")
            aria-labelledby=heading.clone()
        >
            <div class="goal-head">
                <h2 id=heading.clone() tabindex="-1">
                    {move || text.title.in_lang(app.lang.get())}
                </h2>
                <span
                    class=move || format!("band stage-{:?}", stage.get()).to_lowercase()
                    data-testid="stage-badge"
                >
                    {move || stage_text(stage.get(), app.lang.get())}
                </span>
            </div>
            <ul class="questions muted">
                {text
                    .questions
                    .iter()
                    .map(|q| view! { <li>{move || q.in_lang(app.lang.get())}</li> })
                    .collect_view()}
            </ul>
            <label class="field">
                <span>{move || t(K::YourPolicy)}</span>
                <textarea
                    rows="4"
                    data-testid="point-answer"
                    prop:value=move || answer.get()
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        app.edit(|wb| edit_point(&mut wb.policy, key, now(), |p| p.answer = v));
                    }
                ></textarea>
            </label>
            <div class="form-grid">
                <label class="field">
                    <span>{move || t(K::Stage)}</span>
                    <select
                        data-testid="point-stage"
                        prop:value=move || format!("{:?}", stage.get())
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            let new = [Stage::Draft, Stage::Proposed, Stage::Adopted]
                                .into_iter()
                                .find(|s| format!("{s:?}") == v)
                                .unwrap_or_default();
                            if new == Stage::Adopted {
                                let current = data
                                    .get_untracked()
                                    .unwrap_or(PolicyPoint {
                                        key,
                                        answer: String::new(),
                                        stage: Stage::Draft,
                                        feedback: Vec::new(),
                                    });
                                if let Err(e) = can_adopt(&current) {
                                    refused.set(Some(e));
                                    if let Some(el) = ev
                                        .target()
                                        .and_then(|t| {
                                            wasm_bindgen::JsCast::dyn_into::<
                                                web_sys::HtmlSelectElement,
                                            >(t)
                                                .ok()
                                        })
                                    {
                                        el.set_value(&format!("{:?}", stage.get_untracked()));
                                    }
                                    return;
                                }
                            }
                            refused.set(None);
                            app.edit(|wb| edit_point(
                                &mut wb.policy,
                                key,
                                now(),
                                |p| p.stage = new,
                            ));
                        }
                    >
                        {[Stage::Draft, Stage::Proposed, Stage::Adopted]
                            .into_iter()
                            .map(|s| {
                                view! {
                                    <option value=format!(
                                        "{s:?}",
                                    )>{move || stage_text(s, app.lang.get())}</option>
                                }
                            })
                            .collect_view()}
                    </select>
                </label>
            </div>
            {move || {
                refused
                    .get()
                    .map(|r| {
                        view! {
                            <p class="banner warn" role="alert" data-testid="adopt-refused">
                                {match r {
                                    AdoptRefused::NoAnswer => t(K::AdoptNoAnswer),
                                    AdoptRefused::NoStaffFeedback => t(K::AdoptNoFeedback),
                                }}
                            </p>
                        }
                    })
            }}
            <details class="feedback" open=move || stage.get() == Stage::Proposed>
                <summary>
                    {move || {
                        let n = data.with(|d| d.as_ref().map_or(0, |d| d.feedback.len()));
                        fill(t(K::StaffFeedbackN), &[("n", &app.fmt().count(n as u64))])
                    }}
                </summary>
                <ul class="plain" data-testid="feedback-list">
                    {move || {
                        data.get()
                            .map(|d| d.feedback)
                            .unwrap_or_default()
                            .into_iter()
                            .map(|f| {
                                let lang = app.lang.get();
                                let when = Intl(lang).date(f.on);
                                view! {
                                    <li>
                                        <strong>
                                            {if f.by.is_empty() { "—".to_string() } else { f.by }}
                                        </strong>
                                        " · "
                                        <span class="muted">{when}</span>
                                        <br />
                                        {f.text}
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
                <form class="feedback-form" on:submit=add_feedback>
                    <div class="form-grid">
                        <label class="field">
                            <span>{move || t(K::FeedbackBy)}</span>
                            <input
                                type="text"
                                data-testid="feedback-by"
                                prop:value=move || by.get()
                                on:input=move |ev| by.set(event_target_value(&ev))
                            />
                        </label>
                        <label class="field">
                            <span>{move || t(K::FeedbackText)}</span>
                            <input
                                type="text"
                                data-testid="feedback-text"
                                prop:value=move || said.get()
                                on:input=move |ev| said.set(event_target_value(&ev))
                            />
                        </label>
                    </div>
                    <button type="submit" data-testid="add-feedback">
                        {move || t(K::AddFeedback)}
                    </button>
                </form>
            </details>
        </article>
    }
}
