//! Run → Team: the employee Net Promoter Score over rounds, and 1:1
//! meetings per team member with who is due.

use super::state::{use_app, Notice};
use super::to;
use crate::domain::complaint::local_date;
use crate::domain::document::{fmt_date, fmt_number};
use crate::domain::record::now;
use crate::domain::team::{
    one_on_one_due, parse_answers, Cadence, Due, EnpsRound, Member, OneOnOne, Scale, ENPS_QUESTION,
};
use crate::domain::workbook::Part;
use crate::i18n::{fill, Lang, K};
use crate::web;
use chrono::NaiveDate;
use leptos::prelude::*;
use leptos_router::components::A;
use uuid::Uuid;

fn today() -> NaiveDate {
    local_date(now(), web::offset_minutes())
}

fn iso(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

#[component]
pub fn RunTabs() -> impl IntoView {
    let app = use_app();
    let t = move |k: K| app.t(k);
    view! {
        <nav class="subnav" aria-label=move || t(K::NavRun) data-testid="run-tabs">
            <A href=to("/run") exact=true>{move || t(K::TabProcedures)}</A>
            <A href=to("/run/team")>{move || t(K::TabTeam)}</A>
        </nav>
    }
}

#[component]
pub fn Team() -> impl IntoView {
    let app = use_app();
    let t = move |k: K| app.t(k);
    view! {
        <section class="page run team">
            <RunTabs/>
            <h1>{move || t(K::TeamTitle)}</h1>
            <p class="lead">{move || t(K::TeamLead)}</p>
            <EnpsCard/>
            <OneOnOnes/>
        </section>
    }
}

fn signed(v: f64, lang: Lang) -> String {
    let n = fmt_number(v.round(), 0, lang);
    if v.round() > 0.0 {
        format!("+{n}")
    } else {
        n
    }
}

fn pct(n: u32, of: u32, lang: Lang) -> String {
    let v = if of == 0 {
        0.0
    } else {
        100.0 * f64::from(n) / f64::from(of)
    };
    if lang == Lang::Tr {
        format!("%{}", fmt_number(v, 0, lang))
    } else {
        format!("{}%", fmt_number(v, 0, lang))
    }
}

#[component]
fn EnpsCard() -> impl IntoView {
    let app = use_app();
    let t = move |k: K| app.t(k);
    let date = RwSignal::new(iso(today()));
    let scale = RwSignal::new(Scale::ZeroToTen);
    let answers = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let lang = app.lang.get_untracked();
        let Ok(day) = NaiveDate::parse_from_str(&date.get_untracked(), "%Y-%m-%d") else {
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
        app.notice.set(Some(Notice::Saved(Part::Enps)));
        answers.set(String::new());
    };
    let rounds = Memo::new(move |_| {
        app.wb.with(|wb| {
            let mut v: Vec<(Uuid, EnpsRound)> =
                wb.enps.live().map(|r| (r.id, r.data.clone())).collect();
            v.sort_by_key(|(_, r)| r.date);
            v
        })
    });
    view! {
        <section class="card" data-testid="enps" aria-labelledby="enps-title">
            <h2 id="enps-title">{move || t(K::EnpsTitle)}</h2>
            <p><strong>{move || ENPS_QUESTION[app.lang.get().index()]}</strong></p>
            <p class="muted small">{move || t(K::EnpsHow)}</p>
            {move || {
                let lang = app.lang.get();
                let list = rounds.get();
                let latest = list.last().and_then(|(_, r)| r.enps().map(|e| (r.date, e)));
                let before = list.iter().rev().nth(1).and_then(|(_, r)| r.enps());
                latest.map(|(date, e)| {
                    let change = before.map(|b| {
                        // The difference of the scores as shown, so the two agree.
                        let d = e.score.round() - b.score.round();
                        fill(K::EnpsChange.in_lang(lang), &[("change", &signed(d, lang))])
                    });
                    view! {
                        <div class="enps-latest" data-testid="enps-latest">
                            <span class="big" data-testid="enps-score">{signed(e.score, lang)}</span>
                            <span class="muted">{fill(K::EnpsOf.in_lang(lang), &[("date", &fmt_date(date, lang)), ("n", &e.responses.to_string())])}</span>
                            {change.map(|c| view! { <span class="change" data-testid="enps-change">{c}</span> })}
                        </div>
                    }
                })
            }}
            {move || {
                let lang = app.lang.get();
                let list = rounds.get();
                (!list.is_empty()).then(|| view! {
                    <div class="table-card">
                        <table class="enps-table" data-testid="enps-rounds">
                            <thead><tr>
                                <th scope="col">{K::DocDate.in_lang(lang)}</th>
                                <th scope="col">{K::EnpsResponses.in_lang(lang)}</th>
                                <th scope="col">{K::EnpsPromoters.in_lang(lang)}</th>
                                <th scope="col">{K::EnpsPassives.in_lang(lang)}</th>
                                <th scope="col">{K::EnpsDetractors.in_lang(lang)}</th>
                                <th scope="col">"eNPS"</th>
                                <th scope="col"><span class="sr-only">{K::MoveToTrashShort.in_lang(lang)}</span></th>
                            </tr></thead>
                            <tbody>
                                {list.into_iter().rev().map(|(id, r)| {
                                    let e = r.enps();
                                    let scale = if r.scale == Scale::OneToTen { "1–10" } else { "0–10" };
                                    view! {
                                        <tr data-testid="enps-round">
                                            <th scope="row">{fmt_date(r.date, lang)}<br/><span class="muted small">{scale}</span></th>
                                            <td>{e.map(|e| e.responses.to_string()).unwrap_or_default()}</td>
                                            <td>{e.map(|e| format!("{} ({})", e.promoters, pct(e.promoters, e.responses, lang))).unwrap_or_default()}</td>
                                            <td>{e.map(|e| format!("{} ({})", e.passives, pct(e.passives, e.responses, lang))).unwrap_or_default()}</td>
                                            <td>{e.map(|e| format!("{} ({})", e.detractors, pct(e.detractors, e.responses, lang))).unwrap_or_default()}</td>
                                            <td><strong data-testid="enps-round-score">{e.map(|e| signed(e.score, lang)).unwrap_or_default()}</strong></td>
                                            <td><button type="button" class="secondary small" data-testid="enps-delete" on:click=move |_| {
                                                app.edit(|wb| { wb.enps.trash(id, now()); });
                                                app.notice.set(Some(Notice::Trashed(Part::Enps, id)));
                                            }>{K::MoveToTrashShort.in_lang(lang)}</button></td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                })
            }}
            <form class="enps-form" on:submit=add data-testid="enps-form" novalidate>
                <h3>{move || t(K::EnpsAdd)}</h3>
                <div class="form-grid">
                    <label class="field"><span>{move || t(K::DocDate)}</span>
                        <input type="date" data-testid="enps-date" prop:value=move || date.get() on:input=move |ev| date.set(event_target_value(&ev))/></label>
                    <label class="field"><span>{move || t(K::EnpsScale)}</span>
                        <select data-testid="enps-scale" prop:value=move || format!("{:?}", scale.get()) on:change=move |ev| scale.set(if event_target_value(&ev) == "OneToTen" { Scale::OneToTen } else { Scale::ZeroToTen })>
                            <option value="ZeroToTen">{move || t(K::EnpsScale010)}</option>
                            <option value="OneToTen">{move || t(K::EnpsScale110)}</option>
                        </select></label>
                </div>
                <label class="field"><span>{move || t(K::EnpsAnswers)}</span>
                    <textarea rows="2" data-testid="enps-answers" placeholder="10 9 8 7 9 6 10" prop:value=move || answers.get() on:input=move |ev| answers.set(event_target_value(&ev))></textarea></label>
                {move || error.get().map(|e| view! { <p class="banner warn" role="alert" data-testid="enps-error">{e}</p> })}
                <button type="submit" data-testid="add-enps">{move || t(K::EnpsAddButton)}</button>
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
    let name = RwSignal::new(String::new());
    let role = RwSignal::new(String::new());
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
            v.sort_by(|a, b| a.1.cmp(&b.1));
            v.into_iter().map(|(id, _)| id).collect::<Vec<Uuid>>()
        })
    });
    view! {
        <section class="card" data-testid="one-on-ones" aria-labelledby="ones-title">
            <h2 id="ones-title">{move || t(K::OnesTitle)}</h2>
            <p class="muted small">{move || t(K::OnesLead)}</p>
            <ul class="plain member-list" data-testid="member-list">
                <For each=move || ids.get() key=|id| *id let(id)>
                    <MemberRow id=id/>
                </For>
            </ul>
            <form class="add-member" on:submit=add_member data-testid="member-form">
                <h3>{move || t(K::OnesAddMember)}</h3>
                <div class="form-grid">
                    <label class="field"><span>{move || t(K::OnesName)}</span>
                        <input type="text" data-testid="member-name" prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/></label>
                    <label class="field"><span>{move || t(K::OnesRole)}</span>
                        <input type="text" data-testid="member-role" prop:value=move || role.get() on:input=move |ev| role.set(event_target_value(&ev))/></label>
                </div>
                <Show when=move || no_name.get()>
                    <p class="banner warn" role="alert" data-testid="member-error">{move || t(K::OnesNoName)}</p>
                </Show>
                <button type="submit" data-testid="add-member">{move || t(K::Add)}</button>
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
            v.sort_by_key(|m| std::cmp::Reverse(m.date));
            v
        })
    });
    let date = RwSignal::new(iso(today()));
    let notes = RwSignal::new(String::new());
    let actions = RwSignal::new(String::new());
    let no_date = RwSignal::new(false);
    let log = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Ok(day) = NaiveDate::parse_from_str(&date.get_untracked(), "%Y-%m-%d") else {
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
        app.notice.set(Some(Notice::Saved(Part::OneOnOnes)));
        notes.set(String::new());
        actions.set(String::new());
    };
    let due = move || {
        let lang = app.lang.get();
        let (cadence, list) = (member.with(|m| m.cadence), meetings.get());
        match one_on_one_due(id, cadence, list.iter(), today()) {
            Due::Never => ("band band-good", K::OnesNever.in_lang(lang).to_string()),
            Due::Overdue { since } => (
                "band band-losing",
                fill(
                    K::OnesOverdue.in_lang(lang),
                    &[("date", &fmt_date(since, lang))],
                ),
            ),
            Due::DueToday => ("band band-good", K::OnesDueToday.in_lang(lang).to_string()),
            Due::Next(d) => (
                "band band-asset",
                fill(K::OnesNext.in_lang(lang), &[("date", &fmt_date(d, lang))]),
            ),
        }
    };
    let heading = format!("member-{id}");
    view! {
        <li class="member" data-testid="member" aria-labelledby=heading.clone()>
            <div class="goal-head">
                <h3 id=heading.clone()>{move || member.with(|m| if m.role.is_empty() { m.name.clone() } else { format!("{} · {}", m.name, m.role) })}</h3>
                <span class=move || due().0 data-testid="member-due">{move || due().1}</span>
            </div>
            <div class="row-actions">
                <label class="field inline"><span>{move || t(K::OnesCadence)}</span>
                    <select data-testid="member-cadence" prop:value=move || format!("{:?}", member.with(|m| m.cadence)) on:change=move |ev| {
                        let v = event_target_value(&ev);
                        if let Some(c) = Cadence::ALL.into_iter().find(|c| format!("{c:?}") == v) {
                            app.edit(|wb| { wb.members.update(id, now(), |m| m.cadence = c); });
                        }
                    }>
                        {Cadence::ALL.into_iter().map(|c| view! { <option value=format!("{c:?}")>{move || cadence_text(c, app.lang.get())}</option> }).collect_view()}
                    </select></label>
                <button type="button" class="secondary small" data-testid="member-delete" on:click=move |_| {
                    app.edit(|wb| { wb.members.trash(id, now()); });
                    app.notice.set(Some(Notice::Trashed(Part::Members, id)));
                }>{move || t(K::MoveToTrashShort)}</button>
            </div>
            <details class="ones">
                <summary>{move || fill(t(K::OnesMeetingsN), &[("n", &meetings.with(Vec::len).to_string())])}</summary>
                <ol class="plain ones-list" data-testid="member-meetings">
                    {move || {
                        let lang = app.lang.get();
                        meetings.get().into_iter().map(|m| view! {
                            <li>
                                <strong>{fmt_date(m.date, lang)}</strong>
                                {(!m.notes.is_empty()).then(|| view! { <p class="prewrap">{m.notes.clone()}</p> })}
                                {(!m.actions.is_empty()).then(|| view! { <ul>{m.actions.iter().map(|a| view! { <li>{a.clone()}</li> }).collect_view()}</ul> })}
                            </li>
                        }).collect_view()
                    }}
                </ol>
                <form on:submit=log data-testid="one-on-one-form">
                    <div class="form-grid">
                        <label class="field"><span>{move || t(K::DocDate)}</span>
                            <input type="date" data-testid="one-date" prop:value=move || date.get() on:input=move |ev| date.set(event_target_value(&ev))/></label>
                    </div>
                    <label class="field"><span>{move || t(K::OnesNotes)}</span>
                        <textarea rows="2" data-testid="one-notes" prop:value=move || notes.get() on:input=move |ev| notes.set(event_target_value(&ev))></textarea></label>
                    <label class="field"><span>{move || t(K::OnesActions)}</span>
                        <textarea rows="2" data-testid="one-actions" prop:value=move || actions.get() on:input=move |ev| actions.set(event_target_value(&ev))></textarea></label>
                    <Show when=move || no_date.get()>
                        <p class="banner warn" role="alert" data-testid="one-error">{move || t(K::OnesNoDate)}</p>
                    </Show>
                    <button type="submit" data-testid="log-one">{move || t(K::OnesLog)}</button>
                </form>
            </details>
        </li>
    }
}
