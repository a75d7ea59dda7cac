//! Listen: the top three problems, drawn from the complaint log and the
//! other inputs, ranked with the reasons shown, and confirmed by the user.

use crate::app::kit::SectionTabs;
use crate::app::state::{use_app, Notice};
use crate::app::web;
use crate::app::web::Intl;
use crate::book::workbook::Part;
use crate::i18n::{fill, Lang, K, P};
use crate::kernel::format::{Currency, Format};
use crate::kernel::record::{now, Record};
use crate::listen::complaints::local_date;
use crate::listen::problems::{
    merge_problems, set_rank, top_three, Assessment, Inputs, Problem, RankRefused, Source,
    ACTIONABLE_POINTS, COMMON_POINTS, COST_POINTS,
};
use leptos::prelude::*;
use uuid::Uuid;

/// The words a source is shown with: a category keeps its own.
pub fn source_title(s: &Source, lang: Lang) -> String {
    let k = match s {
        Source::Complaints(c) | Source::WebFeedback(c) | Source::CallCentre(c) => return c.clone(),
        Source::Returns => K::SrcReturnsTitle,
        Source::Backlog => K::SrcBacklogTitle,
        Source::OutOfStock => K::SrcOutOfStockTitle,
        Source::Rejects => K::SrcRejectsTitle,
        Source::Redeliveries => K::SrcRedeliveriesTitle,
        Source::HangUps => K::SrcHangUpsTitle,
    };
    k.in_lang(lang).to_string()
}

/// Where a source comes from, and what its share is a share of.
fn source_origin(s: &Source, lang: Lang) -> &'static str {
    match s {
        Source::Complaints(_) => K::SrcComplaints,
        Source::WebFeedback(_) => K::SrcWebFeedback,
        Source::CallCentre(_) => K::SrcCallCentre,
        Source::Returns => K::SrcReturns,
        Source::Backlog => K::SrcBacklog,
        Source::OutOfStock => K::SrcOutOfStock,
        Source::Rejects => K::SrcRejects,
        Source::Redeliveries => K::SrcRedeliveries,
        Source::HangUps => K::SrcHangUps,
    }
    .in_lang(lang)
}

fn refused_text(r: RankRefused, lang: Lang) -> &'static str {
    match r {
        RankRefused::Vague => K::RankRefusedVague,
        RankRefused::NoTitle => K::RankRefusedNoTitle,
    }
    .in_lang(lang)
}

/// "Why it ranks here", said as a sentence: how often it came up and out of
/// how many, what was paid for it, and whether it can be acted on.
fn why(a: &Assessment, lang: Lang, currency: Option<Currency>) -> String {
    let k = |k: K| k.in_lang(lang);
    let f = Intl(lang);
    let mut parts = Vec::new();
    if let Some(input) = &a.input {
        let key = match input {
            Source::Complaints(_) => P::WhyComplaints,
            Source::WebFeedback(_) => P::WhyWebFeedback,
            Source::CallCentre(_) => P::WhyCallCentre,
            _ => P::WhyFigure,
        };
        parts.push(f.plural_with(
            key,
            a.count,
            &[
                ("base", &f.count(a.base)),
                ("share", &f.percent(a.share, 1)),
            ],
        ));
    }
    parts.push(if a.cost > 0.0 {
        fill(
            k(K::WhyCost),
            &[
                ("amount", &f.money(a.cost, currency)),
                ("share", &f.percent(a.cost_share, 0)),
            ],
        )
    } else {
        k(K::WhyNoCost).to_string()
    });
    parts.push(
        if a.specific {
            k(K::WhySpecific)
        } else {
            k(K::WhyVague)
        }
        .to_string(),
    );
    parts.join(" — ")
}

/// A bar made of the score's three parts.
fn score_bar(a: &Assessment, lang: Lang) -> AnyView {
    let total = a.score.total();
    let pct = |v: f64| format!("width:{:.1}%", v);
    view! {
        <span
            class="score-bar"
            role="img"
            aria-label=fill(K::ScoreOf.in_lang(lang), &[("n", &Intl(lang).number(total, 0))])
        >
            <span class="seg common" style=pct(a.score.common)></span>
            <span class="seg cost" style=pct(a.score.cost)></span>
            <span class="seg actionable" style=pct(a.score.actionable)></span>
        </span>
        <span class="score-n">{Intl(lang).number(total, 0)}</span>
    }
    .into_any()
}

#[component]
pub fn Problems() -> impl IntoView {
    crate::app::kit::title(K::ProblemsTitle);
    let app = use_app();
    let t = move |k: K| app.t(k);
    // The time the candidates are drawn from: months back, 0 for all.
    let months = RwSignal::new(12u32);
    let inputs = Memo::new(move |_| {
        let m = months.get();
        let since = (m > 0).then(|| {
            let today = local_date(now(), web::offset_minutes());
            today
                .checked_sub_months(chrono::Months::new(m))
                .unwrap_or(today)
        });
        app.wb.with(|wb| Inputs::gather(wb.heard(), since))
    });
    let refused = RwSignal::new(None::<(Uuid, RankRefused)>);
    view! {
        <section class="page listen problems">
            <SectionTabs tabs=crate::app::kit::LISTEN_TABS />
            <h1>{move || t(K::ProblemsTitle)}</h1>
            <p class="lead">{move || t(K::ProblemsLead)}</p>
            <TopThree />
            <section class="figures-section" aria-labelledby="shortlist-title">
                <h2 id="shortlist-title">{move || t(K::Shortlist)}</h2>
                <p class="muted">{move || t(K::ShortlistLead)}</p>
                {move || {
                    let lang = app.lang.get();
                    let list: Vec<(Record<Problem>, Assessment)> = inputs
                        .with(|inputs| {
                            app.wb
                                .with(|wb| {
                                    let mut v: Vec<_> = wb
                                        .problems
                                        .live()
                                        .map(|r| {
                                            let a = inputs
                                                .assess(&r.data.sources, &r.data.title, r.data.specific);
                                            (r.clone(), a)
                                        })
                                        .collect();
                                    crate::kernel::order::sort_by(
                                        &mut v,
                                        |a, b| {
                                            let rank = |r: &Record<Problem>| {
                                                r.data.rank.unwrap_or(u8::MAX)
                                            };
                                            rank(&a.0)
                                                .cmp(&rank(&b.0))
                                                .then(b.1.score.total().total_cmp(&a.1.score.total()))
                                                .then(a.0.created.cmp(&b.0.created))
                                        },
                                    );
                                    v
                                })
                        });
                    if list.is_empty() {
                        return view! {
                            <p class="muted card" data-testid="shortlist-empty">
                                {t(K::ShortlistEmpty)}
                            </p>
                        }
                            .into_any();
                    }
                    let others: Vec<(Uuid, String)> = list
                        .iter()
                        .map(|(r, _)| (r.id, r.data.title.clone()))
                        .collect();
                    list.into_iter()
                        .map(|(r, a)| {
                            let id = r.id;
                            let p = r.data;
                            let sources: Vec<String> = p
                                .sources
                                .iter()
                                .map(|s| {
                                    format!(
                                        "{} — {}",
                                        source_origin(s, lang),
                                        crate::kernel::text::isolate_if_needed(
                                            &source_title(s, lang),
                                        ),
                                    )
                                })
                                .collect();
                            let merge_into = RwSignal::new(String::new());
                            let merge_targets: Vec<(Uuid, String)> = others
                                .iter()
                                .filter(|(o, _)| *o != id)
                                .cloned()
                                .collect();
                            let title_id = format!("title-{id}");
                            view! {
                                <article
                                    class="card problem"
                                    data-testid="problem"
                                    aria-labelledby=title_id.clone()
                                >
                                    <div class="problem-head">
                                        {p
                                            .rank
                                            .map(|r| {
                                                view! {
                                                    <span class="rank-badge" aria-hidden="true">
                                                        {r}
                                                    </span>
                                                }
                                            })} <label class="field grow">
                                            <span id=title_id.clone()>{t(K::ProblemTitle)}</span>
                                            <input
                                                type="text"
                                                data-testid="problem-title"
                                                prop:value=p.title.clone()
                                                on:change=move |ev| {
                                                    let v = event_target_value(&ev);
                                                    refused.set(None);
                                                    app.edit(|wb| {
                                                        wb.problems
                                                            .update(id, now(), |p| p.title = v.trim().to_string());
                                                    });
                                                }
                                            />
                                        </label>
                                    </div>
                                    <p class="why">
                                        {score_bar(&a, lang)}
                                        <span class="why-text" data-testid="problem-why">
                                            {why(&a, lang, app.wb.with(|wb| wb.currency()))}
                                        </span>
                                    </p>
                                    {(!sources.is_empty())
                                        .then(|| {
                                            view! {
                                                <p class="muted small">
                                                    {t(K::DrawnFrom)}" "{sources.join("; ")}
                                                </p>
                                            }
                                        })}
                                    <div class="form-grid">
                                        <label class="field">
                                            <span>{t(K::PlaceInTopThree)}</span>
                                            <select
                                                data-testid="problem-rank"
                                                prop:value=p.rank.map(|r| r.to_string()).unwrap_or_default()
                                                on:change=move |ev| {
                                                    let rank = event_target_value(&ev).parse::<u8>().ok();
                                                    let mut result = Ok(());
                                                    app.edit(|wb| {
                                                        result = set_rank(&mut wb.problems, id, rank, now());
                                                    });
                                                    refused.set(result.err().map(|e| (id, e)));
                                                }
                                            >
                                                <option value="" selected=p.rank.is_none()>
                                                    {t(K::NotInTopThree)}
                                                </option>
                                                {(1u8..=3)
                                                    .map(|n| {
                                                        view! {
                                                            <option value=n.to_string() selected=p.rank == Some(n)>
                                                                {n.to_string()}
                                                            </option>
                                                        }
                                                    })
                                                    .collect_view()}
                                            </select>
                                        </label>
                                        <label class="field check">
                                            <input
                                                type="checkbox"
                                                data-testid="problem-specific"
                                                prop:checked=a.specific
                                                on:change=move |ev| {
                                                    let v = event_target_checked(&ev);
                                                    refused.set(None);
                                                    app.edit(|wb| {
                                                        wb.problems
                                                            .update(
                                                                id,
                                                                now(),
                                                                |p| {
                                                                    p.specific = Some(v);
                                                                    if !v {
                                                                        p.rank = None;
                                                                    }
                                                                },
                                                            );
                                                    });
                                                }
                                            />
                                            <span>{t(K::SpecificCheck)}</span>
                                        </label>
                                        {(!merge_targets.is_empty())
                                            .then(|| {
                                                view! {
                                                    <div class="field merge-field">
                                                        <label for=format!("merge-{id}")>{t(K::MergeInto)}</label>
                                                        <div class="inline-fields">
                                                            <select
                                                                id=format!("merge-{id}")
                                                                data-testid="merge-into"
                                                                on:change=move |ev| merge_into.set(event_target_value(&ev))
                                                            >
                                                                <option value="">"—"</option>
                                                                {merge_targets
                                                                    .into_iter()
                                                                    .map(|(o, title)| {
                                                                        view! { <option value=o.to_string()>{title}</option> }
                                                                    })
                                                                    .collect_view()}
                                                            </select>
                                                            <button
                                                                type="button"
                                                                data-testid="merge-problem"
                                                                on:click=move |_| {
                                                                    if let Ok(into) = Uuid::parse_str(
                                                                        &merge_into.get_untracked(),
                                                                    ) {
                                                                        let before = app
                                                                            .wb
                                                                            .with_untracked(|wb| {
                                                                                wb.problems.get(into).map(|r| r.data.clone())
                                                                            });
                                                                        let mut merged = false;
                                                                        app.edit(|wb| {
                                                                            merged = merge_problems(&mut wb.problems, into, id, now());
                                                                        });
                                                                        if let (true, Some(before)) = (merged, before) {
                                                                            app.notice
                                                                                .set(
                                                                                    Some(Notice::ProblemsMerged {
                                                                                        into,
                                                                                        before: Box::new(before),
                                                                                        from: id,
                                                                                    }),
                                                                                );
                                                                        }
                                                                    }
                                                                }
                                                            >
                                                                {t(K::Merge)}
                                                            </button>
                                                        </div>
                                                    </div>
                                                }
                                            })}
                                    </div>
                                    {move || {
                                        refused
                                            .get()
                                            .filter(|(r, _)| *r == id)
                                            .map(|(_, e)| {
                                                view! {
                                                    <p
                                                        class="banner warn"
                                                        role="alert"
                                                        data-testid="rank-refused"
                                                    >
                                                        {refused_text(e, app.lang.get())}
                                                    </p>
                                                }
                                            })
                                    }}
                                    <label class="field">
                                        <span>{t(K::Note)}</span>
                                        <textarea
                                            rows="2"
                                            prop:value=p.note.clone()
                                            on:change=move |ev| {
                                                let v = event_target_value(&ev);
                                                app.edit(|wb| {
                                                    wb.problems.update(id, now(), |p| p.note = v);
                                                });
                                            }
                                        ></textarea>
                                    </label>
                                    <button
                                        type="button"
                                        class="link"
                                        data-testid="remove-problem"
                                        on:click=move |_| {
                                            app.edit(|wb| {
                                                wb.problems.trash(id, now());
                                            });
                                            app.notice.set(Some(Notice::Trashed(Part::Problems, id)));
                                        }
                                    >
                                        {t(K::RemoveFromShortlist)}
                                    </button>
                                </article>
                            }
                        })
                        .collect_view()
                        .into_any()
                }}
                {crate::listen::inputs_view::add_title_form(
                    K::AddOwnProblem,
                    K::OwnProblemExample,
                    "own-problem",
                    move |title| {
                        app.edit(|wb| {
                            wb.problems
                                .insert(
                                    Problem {
                                        title,
                                        ..Problem::default()
                                    },
                                    now(),
                                );
                        });
                    },
                )}
            </section>
            <section class="figures-section" aria-labelledby="candidates-title">
                <h2 id="candidates-title">{move || t(K::Candidates)}</h2>
                <p class="muted">
                    {move || fill(
                        t(K::CandidatesLead),
                        &[
                            ("common", &COMMON_POINTS.to_string()),
                            ("cost", &COST_POINTS.to_string()),
                            ("actionable", &ACTIONABLE_POINTS.to_string()),
                        ],
                    )}
                </p>
                <label class="field narrow">
                    <span>{move || t(K::DrawnFromTime)}</span>
                    <select
                        data-testid="window"
                        on:change=move |ev| months.set(event_target_value(&ev).parse().unwrap_or(0))
                    >
                        <option value="3">{move || t(K::Last3Months)}</option>
                        <option value="12" selected>
                            {move || t(K::Last12Months)}
                        </option>
                        <option value="0">{move || t(K::AllTime)}</option>
                    </select>
                </label>
                {move || {
                    let lang = app.lang.get();
                    let on_list: Vec<Source> = app
                        .wb
                        .with(|wb| {
                            wb.problems.live().flat_map(|r| r.data.sources.clone()).collect()
                        });
                    let candidates = inputs.with(|i| i.candidates(|s| source_title(s, lang)));
                    if candidates.is_empty() {
                        return view! {
                            <p class="muted card" data-testid="no-candidates">
                                {t(K::NoCandidates)}
                            </p>
                        }
                            .into_any();
                    }
                    view! {
                        <div class="card table-card cards-wrap">
                            <table class="scores candidates cards" data-testid="candidates">
                                <thead>
                                    <tr>
                                        <th scope="col">{t(K::ProblemTitle)}</th>
                                        <th scope="col" class="opt">
                                            {t(K::FoundIn)}
                                        </th>
                                        <th scope="col">{t(K::WhyRanks)}</th>
                                        <th scope="col">{t(K::Score)}</th>
                                        <th scope="col">
                                            <span class="sr-only">{t(K::AddToShortlist)}</span>
                                        </th>
                                    </tr>
                                </thead>
                                <tbody>
                                    {candidates
                                        .into_iter()
                                        .map(|(source, a)| {
                                            let title = source_title(&source, lang);
                                            let listed = on_list.contains(&source);
                                            let add = {
                                                let (source, title) = (source.clone(), title.clone());
                                                move |_| {
                                                    let (source, title) = (source.clone(), title.clone());
                                                    app.edit(|wb| {
                                                        wb.problems
                                                            .insert(
                                                                Problem {
                                                                    title,
                                                                    sources: vec![source],
                                                                    ..Problem::default()
                                                                },
                                                                now(),
                                                            );
                                                    });
                                                }
                                            };
                                            view! {
                                                <tr data-testid="candidate">
                                                    <th scope="row">{title.clone()}</th>
                                                    <td class="opt" data-label=t(K::FoundIn)>
                                                        {source_origin(&source, lang)}
                                                    </td>
                                                    <td class="why" data-label=t(K::WhyRanks)>
                                                        {why(&a, lang, app.wb.with(|wb| wb.currency()))}
                                                    </td>
                                                    <td class="nowrap" data-label=t(K::Score)>
                                                        {score_bar(&a, lang)}
                                                    </td>
                                                    <td class="card-actions">
                                                        {if listed {
                                                            view! {
                                                                <span class="muted small">{t(K::OnShortlist)}</span>
                                                            }
                                                                .into_any()
                                                        } else {
                                                            view! {
                                                                <button
                                                                    type="button"
                                                                    data-testid="shortlist"
                                                                    aria-label=fill(
                                                                        t(K::AddNamedToShortlist),
                                                                        &[("name", &title)],
                                                                    )
                                                                    on:click=add
                                                                >
                                                                    {t(K::AddToShortlist)}
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
            </section>
        </section>
    }
}

/// The three the user confirmed, in order.
#[component]
fn TopThree() -> impl IntoView {
    let app = use_app();
    let t = move |k: K| app.t(k);
    view! {
        <section class="card top-three" aria-labelledby="top-title" data-testid="top-three">
            <h2 id="top-title">{move || t(K::YourTopThree)}</h2>
            {move || {
                let lang = app.lang.get();
                let (slots, twice): (Vec<Option<String>>, Vec<u8>) = app
                    .wb
                    .with(|wb| {
                        let (top, twice) = top_three(&wb.problems);
                        (top.iter().map(|r| r.map(|r| r.data.title.clone())).collect(), twice)
                    });
                view! {
                    <ol class="top-list">
                        {slots
                            .into_iter()
                            .map(|s| match s {
                                Some(title) => {
                                    view! { <li data-testid="top-problem">{title}</li> }.into_any()
                                }
                                None => {
                                    view! {
                                        <li class="muted" data-testid="top-empty">
                                            {t(K::TopEmpty)}
                                        </li>
                                    }
                                        .into_any()
                                }
                            })
                            .collect_view()}
                    </ol>
                    {(!twice.is_empty())
                        .then(|| {
                            view! {
                                <p class="banner warn" data-testid="rank-twice">
                                    {fill(
                                        K::RankTwice.in_lang(lang),
                                        &[
                                            (
                                                "ranks",
                                                &Intl(lang)
                                                    .list(
                                                        &twice.iter().map(|r| r.to_string()).collect::<Vec<_>>(),
                                                    ),
                                            ),
                                        ],
                                    )}
                                </p>
                            }
                        })}
                }
            }}
            <p class="muted small">{move || t(K::TopThreeUse)}</p>
        </section>
    }
}
