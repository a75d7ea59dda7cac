//! Run → Team: the employee Net Promoter Score over rounds, and 1:1
//! meetings per team member with who is due.

use crate::app::kit::parse_date_value;
use crate::app::kit::DateInput;
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
use crate::kernel::chart::Frame;
use crate::kernel::format::Format;
use crate::kernel::record::now;
use crate::run::team::average;
use crate::run::team::one_on_one_due;
use crate::run::team::parse_answers;
use crate::run::team::starter_pulse;
use crate::run::team::tally;
use crate::run::team::Cadence;
use crate::run::team::Due;
use crate::run::team::EnpsRound;
use crate::run::team::Member;
use crate::run::team::OneOnOne;
use crate::run::team::Pulse;
use crate::run::team::PulseRound;
use crate::run::team::Scale;
use crate::run::team::ENPS_QUESTION;
use crate::run::team::PULSE_MAX_QUESTIONS;
use chrono::NaiveDate;
use leptos::prelude::*;
use uuid::Uuid;

#[component]
pub fn Team() -> impl IntoView {
    crate::app::kit::title(K::TeamTitle);
    let app = use_app();
    let t = move |k: K| app.t(k);
    view! {
        <section class="page run team">
            <SectionTabs tabs=crate::app::kit::RUN_TABS />
            <h1>{move || t(K::TeamTitle)}</h1>
            <p class="lead">{move || t(K::TeamLead)}</p>
            <EnpsCard />
            <Pulses />
            <OneOnOnes />
        </section>
    }
}

fn signed(v: f64, lang: Lang) -> String {
    let n = Intl(lang).number(v.round(), 0);
    if v.round() > 0.0 {
        format!("+{n}")
    } else {
        n
    }
}

/// `n` of `of` as a whole percentage.
fn pct(n: u32, of: u32, lang: Lang) -> String {
    let share = if of == 0 {
        0.0
    } else {
        f64::from(n) / f64::from(of)
    };
    Intl(lang).percent(share, 0)
}

#[component]
fn EnpsCard() -> impl IntoView {
    let app = use_app();
    let t = move |k: K| app.t(k);
    let picked = crate::app::kit::kept_date("enps-date");
    let date = picked.value;
    let scale = RwSignal::new(Scale::ZeroToTen);
    let answers = crate::app::kit::kept_text("enps-answers");
    let error = RwSignal::new(None::<String>);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let lang = app.lang.get_untracked();
        let Some(day) = parse_date_value(&date.get_untracked()) else {
            error.set(Some(K::EnpsNoDate.in_lang(lang).into()));
            return;
        };
        let values = match parse_answers(&answers.get_untracked()) {
            Ok(v) => v,
            Err(word) => {
                error.set(Some(fill(
                    K::EnpsNotNumber.in_lang(lang),
                    &[("word", &word)],
                )));
                return;
            }
        };
        let mut round = EnpsRound::new(day, scale.get_untracked());
        let refused = round.add_answers(&values);
        if !refused.is_empty() {
            let list = refused
                .iter()
                .map(u8::to_string)
                .collect::<Vec<_>>()
                .join(", ");
            let range = if scale.get_untracked() == Scale::OneToTen {
                "1–10"
            } else {
                "0–10"
            };
            error.set(Some(fill(
                K::EnpsOutOfScale.in_lang(lang),
                &[("values", &list), ("range", range)],
            )));
            return;
        }
        if round.enps().is_none() {
            error.set(Some(K::EnpsNoAnswers.in_lang(lang).into()));
            return;
        }
        error.set(None);
        app.edit(|wb| {
            wb.enps.insert(round, now());
        });
        app.record_saved(Part::Enps);
        answers.set(String::new());
        picked.done();
    };
    let rounds = Memo::new(move |_| {
        app.wb.with(|wb| {
            let mut v: Vec<(Uuid, EnpsRound)> =
                wb.enps.live().map(|r| (r.id, r.data.clone())).collect();
            crate::kernel::order::sort_by_key(&mut v, |(_, r)| r.date);
            v
        })
    });
    view! {
        <section class="card" data-testid="enps" aria-labelledby="enps-title">
            <h2 id="enps-title">{move || t(K::EnpsTitle)}</h2>
            <p>
                <strong>{move || ENPS_QUESTION.in_lang(app.lang.get())}</strong>
            </p>
            <p class="muted small">{move || t(K::EnpsHow)}</p>
            {move || {
                let lang = app.lang.get();
                let list = rounds.get();
                let latest = list.last().and_then(|(_, r)| r.enps().map(|e| (r.date, e)));
                let before = list.iter().rev().nth(1).and_then(|(_, r)| r.enps());
                latest
                    .map(|(date, e)| {
                        let change = before
                            .map(|b| {
                                let d = e.score.round() - b.score.round();
                                fill(K::EnpsChange.in_lang(lang), &[("change", &signed(d, lang))])
                            });
                        // The difference of the scores as shown, so the two agree.
                        view! {
                            <div class="enps-latest" data-testid="enps-latest">
                                <span class="big" data-testid="enps-score">
                                    {signed(e.score, lang)}
                                </span>
                                <span class="muted">
                                    {P::EnpsOf
                                        .fill(
                                            lang,
                                            e.responses as f64,
                                            &Intl(lang).count(e.responses as u64),
                                            &[("date", &Intl(lang).date(date))],
                                        )}
                                </span>
                                {change
                                    .map(|c| {
                                        view! {
                                            <span class="change" data-testid="enps-change">
                                                {c}
                                            </span>
                                        }
                                    })}
                            </div>
                        }
                    })
            }}
            {move || {
                let lang = app.lang.get();
                let points: Vec<(NaiveDate, Option<f64>)> = rounds
                    .with(|l| {
                        l.iter().map(|(_, r)| (r.date, r.enps().map(|e| e.score.round()))).collect()
                    });
                (points.len() > 1).then(|| view! { <EnpsTrend points=points lang=lang /> })
            }}
            {move || {
                let lang = app.lang.get();
                let list = rounds.get();
                (!list.is_empty())
                    .then(|| {
                        view! {
                            <div class="table-card cards-wrap">
                                <table class="enps-table cards" data-testid="enps-rounds">
                                    <thead>
                                        <tr>
                                            <th scope="col">{K::DocDate.in_lang(lang)}</th>
                                            <th scope="col">{K::EnpsResponses.in_lang(lang)}</th>
                                            <th scope="col">{K::EnpsPromoters.in_lang(lang)}</th>
                                            <th scope="col">{K::EnpsPassives.in_lang(lang)}</th>
                                            <th scope="col">{K::EnpsDetractors.in_lang(lang)}</th>
                                            <th scope="col">"eNPS"</th>
                                            <th scope="col">
                                                <span class="sr-only">
                                                    {K::MoveToTrashShort.in_lang(lang)}
                                                </span>
                                            </th>
                                        </tr>
                                    </thead>
                                    <tbody>
                                        {list
                                            .into_iter()
                                            .rev()
                                            .map(|(id, r)| {
                                                let e = r.enps();
                                                let scale = if r.scale == Scale::OneToTen {
                                                    "1–10"
                                                } else {
                                                    "0–10"
                                                };
                                                view! {
                                                    <tr data-testid="enps-round">
                                                        <th scope="row">
                                                            {Intl(lang).date(r.date)}<br />
                                                            <span class="muted small">{scale}</span>
                                                        </th>
                                                        <td data-label=K::EnpsResponses
                                                            .in_lang(
                                                                lang,
                                                            )>
                                                            {e.map(|e| e.responses.to_string()).unwrap_or_default()}
                                                        </td>
                                                        <td data-label=K::EnpsPromoters
                                                            .in_lang(
                                                                lang,
                                                            )>
                                                            {e
                                                                .map(|e| {
                                                                    format!(
                                                                        "{} ({})",
                                                                        Intl(lang).count(e.promoters.into()),
                                                                        pct(e.promoters, e.responses, lang),
                                                                    )
                                                                })
                                                                .unwrap_or_default()}
                                                        </td>
                                                        <td data-label=K::EnpsPassives
                                                            .in_lang(
                                                                lang,
                                                            )>
                                                            {e
                                                                .map(|e| {
                                                                    format!(
                                                                        "{} ({})",
                                                                        Intl(lang).count(e.passives.into()),
                                                                        pct(e.passives, e.responses, lang),
                                                                    )
                                                                })
                                                                .unwrap_or_default()}
                                                        </td>
                                                        <td data-label=K::EnpsDetractors
                                                            .in_lang(
                                                                lang,
                                                            )>
                                                            {e
                                                                .map(|e| {
                                                                    format!(
                                                                        "{} ({})",
                                                                        Intl(lang).count(e.detractors.into()),
                                                                        pct(e.detractors, e.responses, lang),
                                                                    )
                                                                })
                                                                .unwrap_or_default()}
                                                        </td>
                                                        <td data-label="eNPS">
                                                            <strong data-testid="enps-round-score">
                                                                {e.map(|e| signed(e.score, lang)).unwrap_or_default()}
                                                            </strong>
                                                        </td>
                                                        <td class="card-actions">
                                                            <button
                                                                type="button"
                                                                class="secondary small"
                                                                data-testid="enps-delete"
                                                                on:click=move |_| {
                                                                    app.edit(|wb| {
                                                                        wb.enps.trash(id, now());
                                                                    });
                                                                    app.notice.set(Some(Notice::Trashed(Part::Enps, id)));
                                                                }
                                                            >
                                                                {K::MoveToTrashShort.in_lang(lang)}
                                                            </button>
                                                        </td>
                                                    </tr>
                                                }
                                            })
                                            .collect_view()}
                                    </tbody>
                                </table>
                            </div>
                        }
                    })
            }}
            <form
                on:keydown=crate::app::kit::enter_never_submits
                class="enps-form"
                on:submit=add
                data-testid="enps-form"
                novalidate
            >
                <h3>{move || t(K::EnpsAdd)}</h3>
                <div class="form-grid">
                    <label class="field">
                        <span>{move || t(K::DocDate)}</span>
                        <DateInput
                            testid="enps-date"
                            value=date
                            on_set=move |v: String| date.set(v)
                        />
                    </label>
                    <label class="field">
                        <span>{move || t(K::EnpsScale)}</span>
                        <select
                            data-testid="enps-scale"
                            prop:value=move || format!("{:?}", scale.get())
                            on:change=move |ev| {
                                scale
                                    .set(
                                        if event_target_value(&ev) == "OneToTen" {
                                            Scale::OneToTen
                                        } else {
                                            Scale::ZeroToTen
                                        },
                                    )
                            }
                        >
                            <option value="ZeroToTen">{move || t(K::EnpsScale010)}</option>
                            <option value="OneToTen">{move || t(K::EnpsScale110)}</option>
                        </select>
                    </label>
                </div>
                <label class="field">
                    <span>{move || t(K::EnpsAnswers)}</span>
                    <textarea
                        rows="2"
                        data-testid="enps-answers"
                        placeholder="10 9 8 7 9 6 10"
                        prop:value=move || answers.get()
                        on:input=move |ev| answers.set(event_target_value(&ev))
                    ></textarea>
                </label>
                {move || {
                    error
                        .get()
                        .map(|e| {
                            view! {
                                <p class="banner warn" role="alert" data-testid="enps-error">
                                    {e}
                                </p>
                            }
                        })
                }}
                <button type="submit" data-testid="add-enps">
                    {move || t(K::EnpsAddButton)}
                </button>
            </form>
        </section>
    }
}

fn cadence_text(c: Cadence, lang: Lang) -> &'static str {
    match c {
        Cadence::Weekly => K::EveryWeek,
        Cadence::Monthly => K::EveryMonth,
        Cadence::Quarterly => K::EveryQuarter,
    }
    .in_lang(lang)
}

#[component]
fn OneOnOnes() -> impl IntoView {
    let app = use_app();
    let t = move |k: K| app.t(k);
    let name = crate::app::kit::kept_text("member-name");
    let role = crate::app::kit::kept_text("member-role");
    let no_name = RwSignal::new(false);
    let add_member = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let n = name.get_untracked().trim().to_string();
        no_name.set(n.is_empty());
        if n.is_empty() {
            return;
        }
        let r = role.get_untracked().trim().to_string();
        app.edit(|wb| {
            wb.members.insert(
                Member {
                    name: n,
                    role: r,
                    cadence: Cadence::Monthly,
                },
                now(),
            );
        });
        name.set(String::new());
        role.set(String::new());
    };
    let ids = Memo::new(move |_| {
        app.wb.with(|wb| {
            let mut v: Vec<(Uuid, String)> = wb
                .members
                .live()
                .map(|r| (r.id, r.data.name.to_lowercase()))
                .collect();
            crate::kernel::order::sort_by(&mut v, |a, b| a.1.cmp(&b.1));
            v.into_iter().map(|(id, _)| id).collect::<Vec<Uuid>>()
        })
    });
    view! {
        <section class="card" data-testid="one-on-ones" aria-labelledby="ones-title">
            <h2 id="ones-title">{move || t(K::OnesTitle)}</h2>
            <p class="muted small">{move || t(K::OnesLead)}</p>
            <ul class="plain member-list" data-testid="member-list">
                <For each=move || ids.get() key=|id| *id let(id)>
                    <MemberRow id=id />
                </For>
            </ul>
            <form class="add-member" on:submit=add_member data-testid="member-form">
                <h3>{move || t(K::OnesAddMember)}</h3>
                <div class="form-grid">
                    <label class="field">
                        <span>{move || t(K::OnesName)}</span>
                        <input
                            type="text"
                            data-testid="member-name"
                            prop:value=move || name.get()
                            on:input=move |ev| name.set(event_target_value(&ev))
                        />
                    </label>
                    <label class="field">
                        <span>{move || t(K::OnesRole)}</span>
                        <input
                            type="text"
                            data-testid="member-role"
                            prop:value=move || role.get()
                            on:input=move |ev| role.set(event_target_value(&ev))
                        />
                    </label>
                </div>
                <Show when=move || no_name.get()>
                    <p class="banner warn" role="alert" data-testid="member-error">
                        {move || t(K::OnesNoName)}
                    </p>
                </Show>
                <button type="submit" data-testid="add-member">
                    {move || t(K::Add)}
                </button>
            </form>
        </section>
    }
}

#[component]
fn MemberRow(id: Uuid) -> impl IntoView {
    let app = use_app();
    let t = move |k: K| app.t(k);
    let member = Memo::new(move |_| {
        app.wb.with(|wb| {
            wb.members
                .get(id)
                .map(|r| r.data.clone())
                .unwrap_or_default()
        })
    });
    let meetings = Memo::new(move |_| {
        app.wb.with(|wb| {
            let mut v: Vec<OneOnOne> = wb
                .one_on_ones
                .live()
                .filter(|r| r.data.member == id)
                .map(|r| r.data.clone())
                .collect();
            crate::kernel::order::sort_by_key(&mut v, |m| std::cmp::Reverse(m.date));
            v
        })
    });
    let picked = crate::app::kit::kept_date(format!("one-on-one-date/{id}"));
    let date = picked.value;
    let notes = crate::app::kit::kept_text(format!("one-on-one-notes/{id}"));
    let actions = crate::app::kit::kept_text(format!("one-on-one-actions/{id}"));
    let no_date = RwSignal::new(false);
    let log = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(day) = parse_date_value(&date.get_untracked()) else {
            no_date.set(true);
            return;
        };
        no_date.set(false);
        let meeting = OneOnOne {
            member: id,
            date: day,
            notes: notes.get_untracked().trim().to_string(),
            actions: actions
                .get_untracked()
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(str::to_string)
                .collect(),
        };
        app.edit(|wb| {
            wb.one_on_ones.insert(meeting, now());
        });
        app.record_saved(Part::OneOnOnes);
        notes.set(String::new());
        actions.set(String::new());
        picked.done();
    };
    let due = move || {
        let lang = app.lang.get();
        let (cadence, list) = (member.with(|m| m.cadence), meetings.get());
        match one_on_one_due(id, cadence, list.iter(), web::today()) {
            Due::Never => ("band band-good", K::OnesNever.in_lang(lang).to_string()),
            Due::Overdue { since } => (
                "band band-losing",
                fill(
                    K::OnesOverdue.in_lang(lang),
                    &[("date", &Intl(lang).date(since))],
                ),
            ),
            Due::DueToday => ("band band-good", K::OnesDueToday.in_lang(lang).to_string()),
            Due::Next(d) => (
                "band band-asset",
                fill(K::OnesNext.in_lang(lang), &[("date", &Intl(lang).date(d))]),
            ),
        }
    };
    let heading = format!("member-{id}");
    view! {
        <li class="member" data-testid="member" aria-labelledby=heading.clone()>
            <div class="goal-head">
                <h3 id=heading
                    .clone()>
                    {move || {
                        member
                            .with(|m| {
                                if m.role.is_empty() {
                                    m.name.clone()
                                } else {
                                    format!(
                                        "{} · {}",
                                        crate::kernel::text::isolate_if_needed(&m.name),
                                        crate::kernel::text::isolate_if_needed(&m.role),
                                    )
                                }
                            })
                    }}
                </h3>
                <span class=move || due().0 data-testid="member-due">
                    {move || due().1}
                </span>
            </div>
            <div class="row-actions">
                <label class="field inline">
                    <span>{move || t(K::OnesCadence)}</span>
                    <select
                        data-testid="member-cadence"
                        prop:value=move || format!("{:?}", member.with(|m| m.cadence))
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            if let Some(c) = Cadence::ALL
                                .into_iter()
                                .find(|c| format!("{c:?}") == v)
                            {
                                app.edit(|wb| {
                                    wb.members.update(id, now(), |m| m.cadence = c);
                                });
                            }
                        }
                    >
                        {Cadence::ALL
                            .into_iter()
                            .map(|c| {
                                view! {
                                    <option value=format!(
                                        "{c:?}",
                                    )>{move || cadence_text(c, app.lang.get())}</option>
                                }
                            })
                            .collect_view()}
                    </select>
                </label>
                <button
                    type="button"
                    class="secondary small"
                    data-testid="member-delete"
                    on:click=move |_| {
                        app.edit(|wb| {
                            wb.members.trash(id, now());
                        });
                        app.notice.set(Some(Notice::Trashed(Part::Members, id)));
                    }
                >
                    {move || t(K::MoveToTrashShort)}
                </button>
            </div>
            <details class="ones">
                <summary>
                    {move || fill(
                        t(K::OnesMeetingsN),
                        &[("n", &app.fmt().count(meetings.with(Vec::len) as u64))],
                    )}
                </summary>
                <ol class="plain ones-list" data-testid="member-meetings">
                    {move || {
                        let lang = app.lang.get();
                        meetings
                            .get()
                            .into_iter()
                            .map(|m| {
                                view! {
                                    <li>
                                        <strong>{Intl(lang).date(m.date)}</strong>
                                        {(!m.notes.is_empty())
                                            .then(|| {
                                                view! { <p class="prewrap">{m.notes.clone()}</p> }
                                            })}
                                        {(!m.actions.is_empty())
                                            .then(|| {
                                                view! {
                                                    <ul>
                                                        {m
                                                            .actions
                                                            .iter()
                                                            .map(|a| view! { <li>{a.clone()}</li> })
                                                            .collect_view()}
                                                    </ul>
                                                }
                                            })}
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ol>
                <form on:submit=log data-testid="one-on-one-form">
                    <div class="form-grid">
                        <label class="field">
                            <span>{move || t(K::DocDate)}</span>
                            <DateInput
                                testid="one-date"
                                value=date
                                on_set=move |v: String| date.set(v)
                            />
                        </label>
                    </div>
                    <label class="field">
                        <span>{move || t(K::OnesNotes)}</span>
                        <textarea
                            rows="2"
                            data-testid="one-notes"
                            prop:value=move || notes.get()
                            on:input=move |ev| notes.set(event_target_value(&ev))
                        ></textarea>
                    </label>
                    <label class="field">
                        <span>{move || t(K::OnesActions)}</span>
                        <textarea
                            rows="2"
                            data-testid="one-actions"
                            prop:value=move || actions.get()
                            on:input=move |ev| actions.set(event_target_value(&ev))
                        ></textarea>
                    </label>
                    <Show when=move || no_date.get()>
                        <p class="banner warn" role="alert" data-testid="one-error">
                            {move || t(K::OnesNoDate)}
                        </p>
                    </Show>
                    <button type="submit" data-testid="log-one">
                        {move || t(K::OnesLog)}
                    </button>
                </form>
            </details>
        </li>
    }
}

/// The eNPS of each round on the full scale, -100 to 100, with the zero line.
#[component]
fn EnpsTrend(points: Vec<(NaiveDate, Option<f64>)>, lang: Lang) -> impl IntoView {
    // 300 units wide, as the Pareto chart: its 12-unit text stays 11 px or
    // more on a 360 px phone (style/main.css, `.enps-trend`).
    let frame = Frame {
        w: 300.0,
        h: 180.0,
        pad: 40.0,
        min: -100.0,
        max: 100.0,
    };
    let values: Vec<Option<f64>> = points.iter().map(|(_, v)| *v).collect();
    let placed = frame.place(&values);
    let line = frame.polyline(&values);
    let n = points.len();
    let summary = fill(
        K::EnpsTrendLabel.in_lang(lang),
        &[
            ("n", &Intl(lang).count(n as u64)),
            (
                "first",
                &placed
                    .first()
                    .map(|p| signed(p.value, lang))
                    .unwrap_or_default(),
            ),
            (
                "last",
                &placed
                    .last()
                    .map(|p| signed(p.value, lang))
                    .unwrap_or_default(),
            ),
        ],
    );
    let labels: Vec<(f64, String, &'static str)> = points
        .iter()
        .enumerate()
        .map(|(i, (d, _))| {
            let anchor = if i == 0 {
                "start"
            } else if i + 1 == n {
                "end"
            } else {
                "middle"
            };
            (frame.x(i, n), Intl(lang).date(*d), anchor)
        })
        // Only the first and the last date when there are many rounds.
        .filter(|(x, _, _)| n <= 2 || *x == frame.x(0, n) || *x == frame.x(n - 1, n))
        .collect();
    view! {
        <figure class="enps-trend" data-testid="enps-trend">
            <svg
                class="trend"
                viewBox=format!("0 0 {} {}", frame.w, frame.h)
                role="img"
                aria-label=summary
            >
                {[-100.0, 0.0, 100.0]
                    .into_iter()
                    .map(|v| {
                        view! {
                            <line
                                class=if v == 0.0 { "grid band-line" } else { "grid" }
                                x1=frame.pad
                                x2=frame.w - frame.pad
                                y1=frame.y(v)
                                y2=frame.y(v)
                            />
                            <text
                                class="tick"
                                x=frame.pad - 6.0
                                y=frame.y(v)
                                text-anchor="end"
                                dominant-baseline="middle"
                            >
                                {signed(v, lang)}
                            </text>
                        }
                    })
                    .collect_view()}
                <polyline class="trend-line" points=line />
                {placed
                    .into_iter()
                    .map(|p| {
                        let (x, anchor) = if p.index == 0 && n > 1 {
                            (p.x + 6.0, "start")
                        } else if p.index + 1 == n && n > 1 {
                            (p.x - 6.0, "end")
                        } else {
                            (p.x, "middle")
                        };
                        // The first and the last value sit inside the frame, clear of the axis.
                        view! {
                            <circle class="dot" cx=p.x cy=p.y r="5">
                                <title>{signed(p.value, lang)}</title>
                            </circle>
                            <text
                                class="tick value"
                                x=x
                                y=p.y - 11.0
                                text-anchor=anchor
                                data-testid="enps-trend-value"
                            >
                                {signed(p.value, lang)}
                            </text>
                        }
                    })
                    .collect_view()}
                {labels
                    .into_iter()
                    .map(|(x, text, anchor)| {
                        view! {
                            <text class="tick" x=x y=frame.h - 8.0 text-anchor=anchor>
                                {text}
                            </text>
                        }
                    })
                    .collect_view()}
            </svg>
        </figure>
    }
}

/// Pulse surveys: short, at most ten questions, on a cadence; answers per
/// round on a 1-to-5 scale; each question's average over the rounds.
#[component]
fn Pulses() -> impl IntoView {
    let app = use_app();
    let t = move |k: K| app.t(k);
    let ids = Memo::new(move |_| {
        app.wb
            .with(|wb| wb.pulses.live().map(|r| r.id).collect::<Vec<Uuid>>())
    });
    view! {
        <section class="card" data-testid="pulses" aria-labelledby="pulses-title">
            <h2 id="pulses-title">{move || t(K::PulseTitle)}</h2>
            <p class="muted small">{move || t(K::PulseLead)}</p>
            <For each=move || ids.get() key=|id| *id let(id)>
                <PulseItem id=id />
            </For>
            <button
                type="button"
                data-testid="new-pulse"
                on:click=move |_| {
                    let lang = app.lang.get_untracked();
                    app.edit(|wb| {
                        wb.pulses.insert(starter_pulse(lang), now());
                    });
                    app.record_saved(Part::Pulses);
                }
            >
                {move || t(K::PulseNew)}
            </button>
        </section>
    }
}

#[component]
fn PulseItem(id: Uuid) -> impl IntoView {
    let app = use_app();
    let t = move |k: K| app.t(k);
    let pulse = Memo::new(move |_| {
        app.wb.with(|wb| {
            wb.pulses
                .get(id)
                .map(|r| r.data.clone())
                .unwrap_or_default()
        })
    });
    let editor = Editor::new(app, id, |wb| &mut wb.pulses);
    let heading = format!("pulse-{id}");
    let due = move || {
        let lang = app.lang.get();
        match pulse.with(Pulse::next_due) {
            None => ("band band-good", K::PulseNoRound.in_lang(lang).to_string()),
            Some(d) if d <= web::today() => (
                "band band-losing",
                fill(K::PulseDue.in_lang(lang), &[("date", &Intl(lang).date(d))]),
            ),
            Some(d) => (
                "band band-asset",
                fill(K::PulseNext.in_lang(lang), &[("date", &Intl(lang).date(d))]),
            ),
        }
    };
    view! {
        <article class="pulse" data-testid="pulse" aria-labelledby=heading.clone()>
            <div class="goal-head">
                <h3 id=heading
                    .clone()>
                    {move || {
                        pulse
                            .with(|p| {
                                if p.title.trim().is_empty() {
                                    t(K::PulseUntitled).to_string()
                                } else {
                                    p.title.clone()
                                }
                            })
                    }}
                </h3>
                <span class=move || due().0 data-testid="pulse-due">
                    {move || due().1}
                </span>
            </div>
            <PulseResults pulse=pulse />
            <details class="pulse-part">
                <summary>{move || t(K::PulseEnterRound)}</summary>
                <RoundForm pulse=pulse editor=editor />
            </details>
            <details class="pulse-part">
                <summary>{move || t(K::PulseEdit)}</summary>
                <PulseEditor pulse=pulse editor=editor />
                <button
                    type="button"
                    class="secondary small"
                    data-testid="pulse-delete"
                    on:click=move |_| {
                        app.edit(|wb| {
                            wb.pulses.trash(id, now());
                        });
                        app.notice.set(Some(Notice::Trashed(Part::Pulses, id)));
                    }
                >
                    {move || t(K::MoveToTrashShort)}
                </button>
            </details>
        </article>
    }
}

/// Each question's average in each round, the last six rounds, with the
/// change since the round before.
#[component]
fn PulseResults(pulse: Memo<Pulse>) -> impl IntoView {
    let app = use_app();
    move || {
        let lang = app.lang.get();
        let p = pulse.get();
        let rounds: Vec<&PulseRound> = p.rounds_in_order();
        if rounds.is_empty() {
            return view! {
                <p class="muted small" data-testid="pulse-empty">
                    {K::PulseNoResults.in_lang(lang)}
                </p>
            }
            .into_any();
        }
        let shown: Vec<&PulseRound> = rounds.iter().rev().take(6).rev().copied().collect();
        // Each round's date names its cell when a phone shows a question as a card.
        let dates: Vec<String> = shown.iter().map(|r| Intl(lang).date(r.date)).collect();
        let avg = |v: Option<f64>| {
            v.map(|v| Intl(lang).fixed(v, 1))
                .unwrap_or_else(|| "–".into())
        };
        view! {
            <div class="table-card cards-wrap">
                <table class="pulse-table cards" data-testid="pulse-results">
                    <caption class="sr-only">{K::PulseResultsCaption.in_lang(lang)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{K::PulseQuestion.in_lang(lang)}</th>
                            {shown
                                .iter()
                                .map(|r| {
                                    let n = r.respondents();
                                    view! {
                                        <th scope="col" class="num">
                                            {Intl(lang).date(r.date)}
                                            <br />
                                            <span class="muted small">
                                                {P::PulseAnswersN
                                                    .fill(lang, n as f64, &Intl(lang).count(n as u64), &[])}
                                            </span>
                                        </th>
                                    }
                                })
                                .collect_view()}
                            <th scope="col">{K::PulseChange.in_lang(lang)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {p
                            .questions
                            .iter()
                            .enumerate()
                            .filter(|(_, q)| !q.trim().is_empty())
                            .map(|(q, text)| {
                                let trend = p.trend(q);
                                let last_two: Vec<f64> = trend
                                    .iter()
                                    .filter_map(|(_, v)| *v)
                                    .rev()
                                    .take(2)
                                    .collect();
                                let change = (last_two.len() == 2)
                                    .then(|| last_two[0] - last_two[1]);
                                let cells: Vec<Option<f64>> = shown
                                    .iter()
                                    .map(|r| r.answers.get(q).and_then(average))
                                    .collect();
                                view! {
                                    <tr data-testid="pulse-row">
                                        <th scope="row">{text.clone()}</th>
                                        {cells
                                            .into_iter()
                                            .zip(&dates)
                                            .map(|(v, date)| {
                                                view! {
                                                    <td
                                                        class="num"
                                                        data-testid="pulse-cell"
                                                        data-label=date.clone()
                                                    >
                                                        {avg(v)}
                                                    </td>
                                                }
                                            })
                                            .collect_view()}
                                        <td
                                            class="num"
                                            data-testid="pulse-change"
                                            data-label=K::PulseChange.in_lang(lang)
                                        >
                                            {change
                                                .map(|c| {
                                                    let n = Intl(lang).fixed(c, 1);
                                                    if c > 0.049 { format!("+{n}") } else { n }
                                                })
                                                .unwrap_or_else(|| "–".into())}
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
    }
}

#[component]
fn RoundForm(pulse: Memo<Pulse>, editor: Editor<Pulse>) -> impl IntoView {
    let app = use_app();
    let t = move |k: K| app.t(k);
    let pulse_id = editor.id();
    let picked = crate::app::kit::kept_date(format!("pulse-date/{pulse_id}"));
    let date = picked.value;
    // Typed answers by question text, so they stay with their question when
    // another one is removed or added; kept as typed until the round is added.
    let answers = crate::app::kit::kept_json::<std::collections::BTreeMap<String, String>>(
        format!("pulse-answers/{pulse_id}"),
    );
    let error = RwSignal::new(None::<String>);
    let questions = move || {
        pulse.with(|p| {
            p.questions
                .iter()
                .enumerate()
                .filter(|(_, q)| !q.trim().is_empty())
                .map(|(i, q)| (i, q.clone()))
                .collect::<Vec<_>>()
        })
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let lang = app.lang.get_untracked();
        let Some(day) = parse_date_value(&date.get_untracked()) else {
            error.set(Some(K::EnpsNoDate.in_lang(lang).into()));
            return;
        };
        let typed = answers.get_untracked();
        let count = pulse.with_untracked(|p| p.questions.len());
        let mut tallies = vec![[0u32; 5]; count];
        for (q, text) in questions() {
            let raw = typed.get(&text).cloned().unwrap_or_default();
            let parsed = parse_answers(&raw)
                .map_err(|word| vec![word])
                .and_then(|v| tally(&v).map_err(|bad| bad.iter().map(u8::to_string).collect()));
            match parsed {
                Ok(t) => tallies[q] = t,
                Err(bad) => {
                    error.set(Some(fill(
                        K::PulseBadAnswers.in_lang(lang),
                        &[("question", &text), ("values", &bad.join(", "))],
                    )));
                    return;
                }
            }
        }
        if tallies.iter().flatten().all(|c| *c == 0) {
            error.set(Some(K::PulseNoAnswers.in_lang(lang).into()));
            return;
        }
        error.set(None);
        change(
            editor,
            PulseChange::Round(PulseRound {
                date: day,
                answers: tallies,
            }),
        );
        app.record_saved(Part::Pulses);
        answers.set(Default::default());
        picked.done();
    };
    view! {
        <form class="pulse-round" on:submit=save data-testid="pulse-round-form" novalidate>
            <p class="muted small">{move || t(K::PulseRoundLead)}</p>
            <div class="form-grid">
                <label class="field">
                    <span>{move || t(K::DocDate)}</span>
                    <DateInput testid="pulse-date" value=date on_set=move |v: String| date.set(v) />
                </label>
            </div>
            {move || {
                questions()
                    .into_iter()
                    .map(|(_, text)| {
                        let (key, key2) = (text.clone(), text.clone());
                        view! {
                            <label class="field">
                                <span>{text}</span>
                                <input
                                    type="text"
                                    inputmode="numeric"
                                    placeholder="4 5 3 4"
                                    data-testid="pulse-answers"
                                    prop:value=move || {
                                        answers.with(|a| a.get(&key).cloned().unwrap_or_default())
                                    }
                                    on:input=move |ev| {
                                        let v = event_target_value(&ev);
                                        answers
                                            .update(|a| {
                                                a.insert(key2.clone(), v);
                                            });
                                    }
                                />
                            </label>
                        }
                    })
                    .collect_view()
            }}
            {move || {
                error
                    .get()
                    .map(|e| {
                        view! {
                            <p class="banner warn" role="alert" data-testid="pulse-error">
                                {e}
                            </p>
                        }
                    })
            }}
            <button type="submit" data-testid="save-pulse-round">
                {move || t(K::PulseSaveRound)}
            </button>
            {move || {
                let lang = app.lang.get();
                let rounds: Vec<(NaiveDate, u32)> = pulse
                    .with(|p| {
                        p.rounds_in_order()
                            .into_iter()
                            .rev()
                            .map(|r| (r.date, r.respondents()))
                            .collect()
                    });
                (!rounds.is_empty())
                    .then(|| {
                        view! {
                            <h4>{K::PulseRoundsEntered.in_lang(lang)}</h4>
                            <ul class="plain pulse-rounds">
                                {rounds
                                    .into_iter()
                                    .map(|(d, n)| {
                                        view! {
                                            <li class="inline-fields" data-testid="pulse-round">
                                                <span>
                                                    {Intl(lang).date(d)}" · "
                                                    {P::PulseAnswersN
                                                        .fill(lang, n as f64, &Intl(lang).count(n as u64), &[])}
                                                </span>
                                                <button
                                                    type="button"
                                                    class="secondary small"
                                                    data-testid="pulse-round-remove"
                                                    aria-label=fill(
                                                        K::PulseRemoveRound.in_lang(lang),
                                                        &[("date", &Intl(lang).date(d))],
                                                    )
                                                    on:click=move |_| {
                                                        let Some(round) = pulse
                                                            .with_untracked(|p| {
                                                                p.rounds.iter().find(|r| r.date == d).cloned()
                                                            }) else { return };
                                                        change(editor, PulseChange::RemoveRound(d));
                                                        app.notice
                                                            .set(
                                                                Some(Notice::PulseRoundRemoved {
                                                                    pulse: editor.id(),
                                                                    round,
                                                                }),
                                                            );
                                                    }
                                                >
                                                    {K::Remove.in_lang(lang)}
                                                </button>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        }
                    })
            }}
        </form>
    }
}

/// A change to a pulse other than its name: plain data, applied by one
/// function, so the code that saves a pulse is compiled once for all of
/// them rather than once per change, as a closure given to `Editor::change`
/// at each field would be.
enum PulseChange {
    Cadence(Cadence),
    /// Adds a round, in place of one on the same date.
    Round(PulseRound),
    RemoveRound(NaiveDate),
    Question(usize, String),
    /// Removes question `i` with its answers in every round.
    RemoveQuestion(usize),
    AddQuestion,
}

impl PulseChange {
    fn apply(self, p: &mut Pulse) {
        match self {
            PulseChange::Cadence(c) => p.cadence = c,
            PulseChange::Round(round) => {
                p.rounds.retain(|r| r.date != round.date);
                p.rounds.push(round);
            }
            PulseChange::RemoveRound(d) => p.rounds.retain(|r| r.date != d),
            PulseChange::Question(i, v) => {
                if let Some(q) = p.questions.get_mut(i) {
                    *q = v;
                }
            }
            PulseChange::RemoveQuestion(i) => {
                if i < p.questions.len() {
                    p.questions.remove(i);
                    for r in &mut p.rounds {
                        if i < r.answers.len() {
                            r.answers.remove(i);
                        }
                    }
                }
            }
            PulseChange::AddQuestion => {
                if p.questions.len() < PULSE_MAX_QUESTIONS {
                    p.questions.push(String::new());
                }
            }
        }
    }
}

fn change(editor: Editor<Pulse>, c: PulseChange) {
    editor.change(move |p| c.apply(p));
}

#[component]
fn PulseEditor(pulse: Memo<Pulse>, editor: Editor<Pulse>) -> impl IntoView {
    let app = use_app();
    let t = move |k: K| app.t(k);
    let places = move || (0..pulse.with(|p| p.questions.len())).collect::<Vec<usize>>();
    let full = move || pulse.with(|p| p.questions.len()) >= PULSE_MAX_QUESTIONS;
    view! {
        <div class="pulse-editor">
            <div class="form-grid">
                <label class="field">
                    <span>{move || t(K::PulseName)}</span>
                    <input
                        type="text"
                        data-testid="pulse-title"
                        prop:value=move || pulse.with(|p| p.title.clone())
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            editor.set(|p| &mut p.title, v);
                        }
                    />
                </label>
                <label class="field">
                    <span>{move || t(K::PulseCadence)}</span>
                    <select
                        data-testid="pulse-cadence"
                        prop:value=move || format!("{:?}", pulse.with(|p| p.cadence))
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            if let Some(c) = Cadence::ALL
                                .into_iter()
                                .find(|c| format!("{c:?}") == v)
                            {
                                change(editor, PulseChange::Cadence(c));
                            }
                        }
                    >
                        {Cadence::ALL
                            .into_iter()
                            .map(|c| {
                                view! {
                                    <option value=format!(
                                        "{c:?}",
                                    )>{move || cadence_text(c, app.lang.get())}</option>
                                }
                            })
                            .collect_view()}
                    </select>
                </label>
            </div>
            <ol class="question-list">
                <For each=places key=|i| *i let(i)>
                    <li class="inline-fields" data-testid="pulse-question">
                        <label class="field grow">
                            <span class="sr-only">
                                {move || fill(
                                    t(K::PulseQuestionN),
                                    &[("n", &app.fmt().count((i + 1) as u64))],
                                )}
                            </span>
                            <input
                                type="text"
                                data-testid="question-text"
                                prop:value=move || {
                                    pulse.with(|p| p.questions.get(i).cloned().unwrap_or_default())
                                }
                                on:change=move |ev| {
                                    let v = event_target_value(&ev);
                                    change(editor, PulseChange::Question(i, v));
                                }
                            />
                        </label>
                        <button
                            type="button"
                            class="secondary small"
                            data-testid="question-remove"
                            aria-label=move || fill(
                                t(K::PulseRemoveQuestion),
                                &[("n", &app.fmt().count((i + 1) as u64))],
                            )
                            on:click=move |_| change(editor, PulseChange::RemoveQuestion(i))
                        >
                            {move || t(K::Remove)}
                        </button>
                    </li>
                </For>
            </ol>
            <button
                type="button"
                data-testid="add-question"
                prop:disabled=full
                on:click=move |_| change(editor, PulseChange::AddQuestion)
            >
                {move || t(K::PulseAddQuestion)}
            </button>
            <Show when=full>
                <p class="muted small" data-testid="pulse-full">
                    {move || t(K::PulseFull)}
                </p>
            </Show>
        </div>
    }
}
