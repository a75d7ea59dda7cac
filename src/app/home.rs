//! The home page: where the user stands, and what to do next.

use crate::app::kit;
use crate::app::kit::to;
use crate::app::next;
use crate::app::next::Step;
use crate::app::state::use_app;
use crate::app::state::Notice;
use crate::app::state::SaveState;
use crate::app::web;
use crate::app::web::Intl;
use crate::book::example;
use crate::book::workbook::Profile;
use crate::book::workbook::Workbook;
use crate::i18n::fill;
use crate::i18n::Lang;
use crate::i18n::K;
use crate::i18n::P;
use crate::kernel::format::{Currency, Format};
use crate::kernel::record::now;
use crate::selftest::quotient::statement_count;
use leptos::prelude::*;
use leptos_router::components::A;

/// Fetches the example in the user's language and opens it, if the
/// workbook is still empty when it arrives; says so if it cannot.
fn open_example(opening: RwSignal<bool>) {
    if opening.get_untracked() {
        return;
    }
    let app = use_app();
    opening.set(true);
    let lang = app.lang.get_untracked();
    leptos::task::spawn_local(async move {
        let text = web::fetch_text(&example::path(lang)).await;
        opening.set(false);
        match text
            .ok()
            .and_then(|text| example::open(&text, now(), web::offset_minutes()).ok())
        {
            Some(wb) if app.wb.with_untracked(Workbook::is_empty) => {
                app.replace_workbook(wb, Notice::ExampleOpened)
            }
            Some(_) => {}
            None => app.notice.set(Some(Notice::ExampleFailed)),
        }
    });
}

#[component]
pub fn Home() -> impl IntoView {
    crate::app::kit::title(K::NavHome);
    let app = use_app();
    let t = move |k: K| app.t(k);
    // A memo: the input is re-set only when the stored name itself changes,
    // so an edit merged from another tab does not wipe what is being typed.
    let name = Memo::new(move |_| app.wb.with(|wb| wb.profile.data.business_name.clone()));
    let is_example = move || app.wb.with(|wb| wb.profile.data.example);
    let opening = RwSignal::new(false);
    let is_empty = move || app.wb.with(Workbook::is_empty);
    let latest = move || {
        app.wb.with(|wb| {
            wb.finished_self_tests()
                .last()
                .and_then(|r| Some((r.id, r.data.completed?, r.data.score()?)))
        })
    };
    let in_progress = move || {
        app.wb
            .with(|wb| wb.self_test_in_progress().map(|r| r.data.answered()))
    };
    let saved = move || {
        let lang = app.lang.get();
        match app.save.get() {
            SaveState::Saved(at) => fill(t(K::SavedAt), &[("time", &Intl(lang).stamp(at))]),
            _ => t(K::SaveNever).to_string(),
        }
    };
    let exported = move || {
        let lang = app.lang.get();
        match app.last_exported.get() {
            Some(at) => fill(t(K::ExportedAt), &[("time", &Intl(lang).stamp(at))]),
            None => t(K::NeverExported).to_string(),
        }
    };
    view! {
        <section class="page home">
            <h1>
                {move || {
                    let n = name.get();
                    if n.trim().is_empty() { t(K::HomeTitle).to_string() } else { n }
                }}
            </h1>
            <p class="lead">{move || t(K::HomeLead)}</p>

            <Show when=is_empty>
                <div class="card first-visit" data-testid="first-visit">
                    <h2>{move || t(K::FirstVisitTitle)}</h2>
                    <p>{move || t(K::FirstVisitText)}</p>
                    <div class="actions">
                        <A href=to("/self-test") attr:class="button primary">
                            {move || t(K::StartSelfTest)}
                        </A>
                        <button
                            type="button"
                            data-testid="open-example"
                            disabled=move || opening.get()
                            on:click=move |_| open_example(opening)
                        >
                            {move || t(
                                if opening.get() { K::OpeningExample } else { K::OpenExample },
                            )}
                        </button>
                    </div>
                </div>
            </Show>
            <Show when=is_example>
                <div class="card example-note" data-testid="example-note">
                    <p>{move || t(K::ExampleNote)}</p>
                    <button
                        type="button"
                        on:click=move |_| app.replace_workbook(Workbook::default(), Notice::Cleared)
                    >
                        {move || t(K::ClearExample)}
                    </button>
                </div>
            </Show>

            <NextSteps />

            <div class="grid">
                <div class="card" data-testid="selftest-status">
                    <h2>{move || t(K::NavSelfTest)}</h2>
                    {move || match latest() {
                        Some((id, at, score)) => {
                            let lang = app.lang.get();
                            view! {
                                <p class="big">
                                    <span data-testid="latest-total">
                                        {Intl(lang).number(score.total.value(), 2)}
                                    </span>
                                    <span class="of">" / 35"</span>
                                </p>
                                <p class=format!("band band-{:?}", score.band)
                                    .to_lowercase()>
                                    {crate::selftest::quotient_view::band_title(score.band, lang)}
                                </p>
                                <p class="muted">
                                    {fill(t(K::TakenOn), &[("date", &Intl(lang).day_of(at))])}
                                </p>
                                <p>
                                    <A href=to(
                                        &format!("/self-test/{id}"),
                                    )>{move || t(K::SeeResults)}</A>
                                </p>
                            }
                                .into_any()
                        }
                        None => view! { <p>{move || t(K::NotTakenYet)}</p> }.into_any(),
                    }}
                    {move || {
                        in_progress()
                            .map(|n| {
                                view! {
                                    <p class="muted">
                                        {fill(
                                            t(K::InProgress),
                                            &[
                                                ("n", &app.fmt().count(n as u64)),
                                                ("total", &app.fmt().count(statement_count() as u64)),
                                            ],
                                        )}
                                    </p>
                                }
                            })
                    }}
                    <p>
                        <A href=to("/self-test") attr:class="button primary">
                            {move || {
                                if in_progress().is_some() {
                                    t(K::ResumeSelfTest)
                                } else if latest().is_some() {
                                    t(K::RetakeSelfTest)
                                } else {
                                    t(K::StartSelfTest)
                                }
                            }}
                        </A>
                    </p>
                </div>
                <ListenStatus />
                <DraftStatus />
                <RunStatusCard />
                <div class="card">
                    <h2>{move || t(K::YourWorkbook)}</h2>
                    <label class="field">
                        <span>{move || t(K::BusinessName)}</span>
                        <input
                            type="text"
                            autocomplete="organization"
                            prop:value=move || name.get()
                            on:change=move |ev| {
                                let v = event_target_value(&ev);
                                app.edit(|wb| {
                                    let p = Profile {
                                        business_name: v.trim().to_string(),
                                        ..wb.profile.data.clone()
                                    };
                                    wb.profile.set(p, now());
                                });
                            }
                        />
                    </label>
                    <CurrencyField />
                    <p class="muted" data-testid="home-saved">
                        {saved}
                    </p>
                    <p class="muted" data-testid="home-exported">
                        {exported}
                    </p>
                    <p>
                        <A href=to("/share")>{move || t(K::ShareAndBackup)}</A>
                    </p>
                </div>
            </div>
        </section>
    }
}

/// The next few steps of the plan (`next::steps`), each a link to where it
/// is done. On a first visit the welcome card above offers the self-test,
/// so the list leaves it out.
#[component]
fn NextSteps() -> impl IntoView {
    let app = use_app();
    let steps = move || {
        let reminder = crate::share::backup::Reminder {
            // The list keeps the backup step until a copy is saved, even
            // when the banner was put away.
            dismissed_at: None,
            ..app.reminder()
        };
        let cx = next::Context {
            now: now(),
            offset_minutes: web::offset_minutes(),
            backup_due: reminder.due(),
            days_since_export: reminder.days_since_export(),
        };
        app.wb.with(|wb| {
            let empty = wb.is_empty();
            next::steps(wb, cx)
                .into_iter()
                .filter(|s| !(empty && *s == Step::TakeSelfTest))
                .take(next::SHOWN)
                .collect::<Vec<_>>()
        })
    };
    view! {
        <div class="card next-steps" data-testid="next-steps">
            <h2>{move || app.t(K::NextStepsTitle)}</h2>
            {move || {
                let lang = app.lang.get();
                let steps = steps();
                if steps.is_empty() {
                    return view! {
                        <p class="muted" data-testid="next-steps-none">
                            {K::NextStepsNone.in_lang(lang)}
                        </p>
                    }
                        .into_any();
                }
                view! {
                    <ol>
                        {steps
                            .into_iter()
                            .map(|step| {
                                let testid = format!("step-{}", step.code());
                                view! { <li data-testid=testid>{step_view(&step, lang)}</li> }
                            })
                            .collect_view()}
                    </ol>
                }
                    .into_any()
            }}
        </div>
    }
}

/// One step: its sentence as a link to where it is done, or, for a weak
/// area, the sentence with each policy point a link of its own.
fn step_view(step: &Step, lang: Lang) -> AnyView {
    let f = Intl(lang);
    let count = |p: P, n: usize| p.fill(lang, n as f64, &f.count(n as u64), &[]);
    let text = match step {
        Step::FollowUpsOverdue(n) => count(P::StepFollowUpsOverdue, *n),
        Step::MeetingFollowUps(n) => count(P::StepMeetingFollowUps, *n),
        Step::ReviewDue { since } => {
            fill(K::StepReviewDue.in_lang(lang), &[("date", &f.date(*since))])
        }
        Step::BackupDue { days: Some(d) } => {
            let d = (*d).max(0) as u64;
            P::StepBackupDue.fill(lang, d as f64, &f.count(d), &[])
        }
        Step::BackupDue { days: None } => K::StepBackupNever.in_lang(lang).to_string(),
        Step::OnesDue(n) => count(P::StepOnesDue, *n),
        Step::PulsesDue(n) => count(P::StepPulsesDue, *n),
        Step::FinishSelfTest { answered, total } => fill(
            K::StepFinishSelfTest.in_lang(lang),
            &[
                ("n", &f.count(*answered as u64)),
                ("total", &f.count(*total as u64)),
            ],
        ),
        Step::TakeSelfTest => K::StepTakeSelfTest.in_lang(lang).to_string(),
        Step::WeakArea {
            area,
            score,
            points,
        } => {
            let title = crate::selftest::quotient::AREAS
                .get(*area)
                .map(|a| a.title.in_lang(lang))
                .unwrap_or_default();
            let text = fill(
                K::StepWeakArea.in_lang(lang),
                &[("area", title), ("score", &f.number(*score, 2))],
            );
            return kit::text_with_links(lang, &text, "{points}", kit::point_links(points, lang))
                .into_any();
        }
        Step::LogComplaints => K::StepLogComplaints.in_lang(lang).to_string(),
        Step::ChooseTopThree => K::StepChooseTopThree.in_lang(lang).to_string(),
        Step::DraftVision => K::StepDraftVision.in_lang(lang).to_string(),
        Step::SetGoals => K::StepSetGoals.in_lang(lang).to_string(),
        Step::AdoptPoints { adopted } => fill(
            K::StepAdoptPoints.in_lang(lang),
            &[("n", &f.count(*adopted as u64))],
        ),
        Step::RetakeSelfTest { taken } => fill(
            K::StepRetakeSelfTest.in_lang(lang),
            &[("date", &f.day_of(*taken))],
        ),
    };
    view! { <A href=to(&step.href())>{text}</A> }.into_any()
}

/// A figure that asks for action, as a link to the list that acts on it,
/// named for a screen reader by its label and value ("1:1s due: 2").
fn figure_link(href: &'static str, label: &str, value: String) -> impl IntoView {
    let name = format!("{label}: {value}");
    view! {
        <A href=to(href) attr:aria-label=name>
            {value}
        </A>
    }
}

/// The business's currency, chosen once: every amount in the app and the
/// document is written in it. The list holds the common codes, and the
/// workbook's own if a file brought another.
#[component]
fn CurrencyField() -> impl IntoView {
    let app = use_app();
    let t = move |k: K| app.t(k);
    let chosen = Memo::new(move |_| {
        app.wb
            .with(|wb| wb.currency().map(|c| c.code().to_string()))
    });
    view! {
        <label class="field">
            <span>{move || t(K::Currency)}</span>
            <select
                data-testid="currency"
                aria-describedby="currency-hint"
                prop:value=move || chosen.get().unwrap_or_default()
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    if Currency::parse(&v).is_some() || v.is_empty() {
                        app.edit(|wb| wb.currency.set(v, now()));
                    }
                }
            >
                <option value="">{move || t(K::CurrencyNone)}</option>
                {move || {
                    let lang = app.lang.get();
                    let mut codes: Vec<String> = Currency::COMMON
                        .iter()
                        .map(|c| c.to_string())
                        .collect();
                    if let Some(own) = chosen.get().filter(|c| !codes.contains(c)) {
                        codes.push(own);
                    }
                    codes
                        .into_iter()
                        .map(|code| {
                            let sample = Intl(lang).money(1234.5, Currency::parse(&code));
                            let selected = chosen.get().as_deref() == Some(code.as_str());
                            view! {
                                <option value=code.clone() selected=selected>
                                    {format!("{code} · {sample}")}
                                </option>
                            }
                        })
                        .collect_view()
                }}
            </select>
        </label>
        <p class="muted small" id="currency-hint">
            {move || t(K::CurrencyHint)}
        </p>
    }
}

/// Where listening stands: the log, overdue follow-ups, the top three.
#[component]
fn ListenStatus() -> impl IntoView {
    let app = use_app();
    let t = move |k: K| app.t(k);
    view! {
        <div class="card" data-testid="listen-status">
            <h2>{move || t(K::NavListen)}</h2>
            {move || {
                let lang = app.lang.get();
                let (complaints, overdue, top) = app
                    .wb
                    .with(|wb| {
                        let when = now();
                        let live: Vec<_> = wb.complaints.live().collect();
                        let overdue = live
                            .iter()
                            .filter(|r| r.data.follow_up_overdue(when))
                            .count();
                        let (top, _) = crate::listen::problems::top_three(&wb.problems);
                        let top: Vec<String> = top
                            .iter()
                            .flatten()
                            .map(|r| r.data.title.clone())
                            .collect();
                        (live.len(), overdue, top)
                    });
                view! {
                    <dl class="stats">
                        <dt>{t(K::HomeComplaints)}</dt>
                        <dd>
                            {figure_link(
                                "/listen",
                                t(K::HomeComplaints),
                                Intl(lang).count(complaints as u64),
                            )}
                        </dd>
                        <dt>{t(K::HomeOverdue)}</dt>
                        <dd>
                            <A
                                href=to("/listen?follow_up=overdue")
                                attr:aria-label=format!(
                                    "{}: {}",
                                    t(K::HomeOverdue),
                                    Intl(lang).count(overdue as u64),
                                )
                                attr:data-testid="home-overdue"
                            >
                                {Intl(lang).count(overdue as u64)}
                            </A>
                        </dd>
                    </dl>
                    <h3>{t(K::YourTopThree)}</h3>
                    {if top.is_empty() {
                        view! { <p class="muted">{t(K::HomeTopNone)}</p> }.into_any()
                    } else {
                        view! {
                            <ol data-testid="home-top-three">
                                {top.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}
                            </ol>
                        }
                            .into_any()
                    }}
                }
            }}
            <div class="actions">
                <A href=to("/listen/new") attr:class="button primary">
                    {move || t(K::NewComplaint)}
                </A>
                <A href=to("/listen/problems")>{move || t(K::TabProblems)}</A>
            </div>
        </div>
    }
}

/// Where the plan stands: the current vision, goals met, points adopted.
#[component]
fn DraftStatus() -> impl IntoView {
    let app = use_app();
    let t = move |k: K| app.t(k);
    view! {
        <div class="card" data-testid="draft-status">
            <h2>{move || t(K::NavDraft)}</h2>
            {move || {
                let lang = app.lang.get();
                let when = now();
                let offset = web::offset_minutes();
                let (vision, goals, met, adopted, due) = app
                    .wb
                    .with(|wb| {
                        use crate::draft::vision::{actual, standing, Standing};
                        let vision = wb
                            .vision
                            .data
                            .and_then(|id| wb.visions.get(id))
                            .filter(|r| r.is_live())
                            .map(|r| r.data.statement.clone())
                            .filter(|s| !s.trim().is_empty());
                        let goals: Vec<_> = wb.goals.live().collect();
                        let met = goals
                            .iter()
                            .filter(|r| {
                                standing(
                                    &r.data,
                                    actual(&r.data, wb.heard(), when, offset).as_ref(),
                                ) == Standing::Met
                            })
                            .count();
                        let adopted = wb
                            .policy
                            .live()
                            .filter(|r| r.data.stage == crate::draft::policy::Stage::Adopted)
                            .count();
                        let today = crate::listen::complaints::local_date(when, offset);
                        let due = match crate::draft::plan::review_status(&wb.reviews, today) {
                            crate::draft::plan::ReviewStatus::Due { last, since } => {
                                Some((last, since))
                            }
                            _ => None,
                        };
                        (vision, goals.len(), met, adopted, due)
                    });
                view! {
                    {match vision {
                        Some(v) => {
                            view! {
                                <p class="vision-statement" data-testid="home-vision">
                                    {v}
                                </p>
                            }
                                .into_any()
                        }
                        None => view! { <p class="muted">{t(K::NoCurrentVision)}</p> }.into_any(),
                    }}
                    <dl class="stats">
                        <dt>{t(K::HomeGoalsMet)}</dt>
                        <dd>
                            {format!(
                                "{} / {}",
                                Intl(lang).number(met as f64, 0),
                                Intl(lang).number(goals as f64, 0),
                            )}
                        </dd>
                        <dt>{t(K::HomePointsAdopted)}</dt>
                        <dd>{format!("{} / 7", Intl(lang).number(adopted as f64, 0))}</dd>
                    </dl>
                    {due
                        .map(|(last, since)| {
                            view! {
                                <p class="banner warn" data-testid="home-review-due">
                                    <span>
                                        {fill(
                                            K::ReviewDue.in_lang(lang),
                                            &[
                                                ("last", &Intl(lang).date(last)),
                                                ("since", &Intl(lang).date(since)),
                                            ],
                                        )}
                                    </span>
                                    <A href=to("/draft/plan")>{K::ReviewGoThere.in_lang(lang)}</A>
                                </p>
                            }
                        })}
                }
            }}
            <div class="actions">
                <A href=to("/draft") attr:class="button">
                    {move || t(K::TabVision)}
                </A>
                <A href=to("/draft/goals")>{move || t(K::TabGoals)}</A>
                <A href=to("/draft/policy")>{move || t(K::TabPolicy)}</A>
                <A href=to("/draft/document")>{move || t(K::TabDocument)}</A>
            </div>
        </div>
    }
}

/// What is due in Run: follow-ups with customers, 1:1s, pulse rounds, and
/// the latest eNPS.
#[component]
fn RunStatusCard() -> impl IntoView {
    let app = use_app();
    let t = move |k: K| app.t(k);
    view! {
        <div class="card" data-testid="run-status">
            <h2>{move || t(K::NavRun)}</h2>
            {move || {
                let lang = app.lang.get();
                let s = app.wb.with(|wb| crate::run::team::run_status(wb.running(), web::today()));
                let n = |v: usize| Intl(lang).number(v as f64, 0);
                view! {
                    <dl class="stats">
                        <dt>{t(K::HomeProcedures)}</dt>
                        <dd data-testid="home-procedures">{n(s.procedures)}</dd>
                        <dt>{t(K::HomeFollowUpsDue)}</dt>
                        <dd data-testid="home-follow-ups">
                            {figure_link(
                                "/run/meetings?due=1",
                                t(K::HomeFollowUpsDue),
                                n(s.follow_ups_due),
                            )}
                        </dd>
                        <dt>{t(K::HomeOnesDue)}</dt>
                        <dd data-testid="home-ones">
                            {figure_link("/run/team", t(K::HomeOnesDue), n(s.ones_due))}
                        </dd>
                        <dt>{t(K::HomePulsesDue)}</dt>
                        <dd data-testid="home-pulses">
                            {figure_link("/run/team", t(K::HomePulsesDue), n(s.pulses_due))}
                        </dd>
                        <dt>"eNPS"</dt>
                        // The date of the round on a line of its own under
                        // the score, across the card, so it does not widen the
                        // figures' column and squeeze the labels on a phone.
                        {match s.enps {
                            Some((d, v)) => {
                                let v = v.round();
                                let sign = if v > 0.0 { "+" } else { "" };
                                view! {
                                    <dd data-testid="home-enps">
                                        {format!("{sign}{}", Intl(lang).number(v, 0))}
                                    </dd>
                                    <dd class="when">{format!("({})", Intl(lang).date(d))}</dd>
                                }
                                    .into_any()
                            }
                            None => view! { <dd data-testid="home-enps">"–"</dd> }.into_any(),
                        }}
                    </dl>
                }
            }}
            <div class="actions">
                <A href=to("/run") attr:class="button">
                    {move || t(K::TabProcedures)}
                </A>
                <A href=to("/run/meetings")>{move || t(K::TabMeetings)}</A>
                <A href=to("/run/checklist")>{move || t(K::TabChecklist)}</A>
                <A href=to("/run/team")>{move || t(K::TabTeam)}</A>
            </div>
        </div>
    }
}
