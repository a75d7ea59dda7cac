//! Run → Checklist: seed 004's checklist for a conversation with a customer,
//! its points editable, ticked per shift or agent, kept over time with how
//! often each point was kept.

use crate::app::kit::parse_date_value;
use crate::app::kit::DateInput;
use crate::app::kit::SectionTabs;
use crate::app::state::use_app;
use crate::app::state::AppState;
use crate::app::state::Notice;
use crate::app::web::Intl;
use crate::book::workbook::Part;
use crate::i18n::fill;
use crate::i18n::K;
use crate::kernel::format::Format;
use crate::kernel::record::now;
use crate::run::checklist::checklist_items;
use crate::run::checklist::tick_rates;
use crate::run::checklist::CheckRound;
use leptos::prelude::*;
use uuid::Uuid;

#[component]
pub fn Checklist() -> impl IntoView {
    crate::app::kit::title(K::CheckTitle);
    let app = use_app();
    let t = move |k: K| app.t(k);
    view! {
        <section class="page run checklist">
            <SectionTabs tabs=crate::app::kit::RUN_TABS />
            <h1>{move || t(K::CheckTitle)}</h1>
            <p class="lead">{move || t(K::CheckLead)}</p>
            <KeepRound />
            <History />
            <Points />
        </section>
    }
}

/// The points as they stand: the user's, or the seed's in the interface's
/// language.
fn items_now() -> Memo<Vec<String>> {
    let app = use_app();
    Memo::new(move |_| {
        let lang = app.lang.get();
        app.wb.with(|wb| checklist_items(&wb.checklist.data, lang))
    })
}

#[component]
fn KeepRound() -> impl IntoView {
    let app = use_app();
    let t = move |k: K| app.t(k);
    let items = items_now();
    // What is entered is kept as it is typed or ticked, until it is added.
    let picked = crate::app::kit::kept_date("check-date");
    let date = picked.value;
    let shift = crate::app::kit::kept_field("check-who", String::new());
    let who = shift.value;
    let note = crate::app::kit::kept_text("check-note");
    let ticked = crate::app::kit::kept_json::<Vec<String>>("check-ticked");
    let error = RwSignal::new(None::<K>);
    let whos = Memo::new(move |_| {
        let mut v: Vec<String> = app.wb.with(|wb| {
            wb.check_rounds
                .live()
                .map(|r| r.data.who.trim().to_string())
                .filter(|w| !w.is_empty())
                .collect()
        });
        crate::kernel::order::sort_by_key(&mut v, |w| w.to_lowercase());
        v.dedup_by_key(|w| w.to_lowercase());
        v
    });
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(day) = parse_date_value(&date.get_untracked()) else {
            error.set(Some(K::CheckNoDate));
            return;
        };
        let person = who.get_untracked().trim().to_string();
        if person.is_empty() {
            error.set(Some(K::CheckNoWho));
            return;
        }
        error.set(None);
        let marks = ticked.get_untracked();
        let round = CheckRound {
            date: day,
            who: person,
            items: items
                .get_untracked()
                .into_iter()
                .map(|i| {
                    let on = marks.contains(&i);
                    (i, on)
                })
                .collect(),
            note: note.get_untracked().trim().to_string(),
        };
        app.edit(|wb| {
            wb.check_rounds.insert(round, now());
        });
        app.record_saved(Part::CheckRounds);
        ticked.set(Vec::new());
        note.set(String::new());
        picked.done();
        shift.done();
    };
    view! {
        <form
            on:keydown=crate::app::kit::enter_never_submits
            class="card keep-round"
            on:submit=save
            data-testid="check-form"
            novalidate
            aria-labelledby="keep-title"
        >
            <h2 id="keep-title">{move || t(K::CheckKeep)}</h2>
            <div class="form-grid">
                <label class="field">
                    <span>{move || t(K::DocDate)}</span>
                    <DateInput
                        testid="check-date"
                        required=true
                        value=date
                        on_set=move |v: String| date.set(v)
                    />
                </label>
                <label class="field">
                    <span>{move || t(K::CheckWho)}</span>
                    <input
                        type="text"
                        required
                        list="check-whos"
                        data-testid="check-who"
                        prop:value=move || who.get()
                        on:input=move |ev| who.set(event_target_value(&ev))
                    />
                </label>
                <datalist id="check-whos">
                    {move || {
                        whos.get().into_iter().map(|w| view! { <option value=w /> }).collect_view()
                    }}
                </datalist>
            </div>
            <fieldset class="check-items">
                <legend>{move || t(K::CheckPoints)}</legend>
                {move || {
                    items
                        .get()
                        .into_iter()
                        .map(|item| {
                            let (a, b) = (item.clone(), item.clone());
                            view! {
                                <label class="field check check-item" data-testid="check-item">
                                    <input
                                        type="checkbox"
                                        prop:checked=move || ticked.with(|v| v.contains(&a))
                                        on:change=move |ev| {
                                            let on = event_target_checked(&ev);
                                            let item = b.clone();
                                            ticked
                                                .update(|v| {
                                                    v.retain(|x| *x != item);
                                                    if on {
                                                        v.push(item);
                                                    }
                                                });
                                        }
                                    />
                                    <span>{item}</span>
                                </label>
                            }
                        })
                        .collect_view()
                }}
            </fieldset>
            <p class="muted small" data-testid="check-count" aria-live="polite">
                {move || {
                    let total = items.with(Vec::len);
                    let on = items
                        .with(|i| ticked.with(|v| i.iter().filter(|x| v.contains(x)).count()));
                    fill(
                        t(K::CheckTicked),
                        &[
                            ("n", &app.fmt().count(on as u64)),
                            ("total", &app.fmt().count(total as u64)),
                        ],
                    )
                }}
            </p>
            <label class="field">
                <span>{move || t(K::CheckNote)}</span>
                <textarea
                    rows="2"
                    data-testid="check-note"
                    prop:value=move || note.get()
                    on:input=move |ev| note.set(event_target_value(&ev))
                ></textarea>
            </label>
            {move || {
                error
                    .get()
                    .map(|k| {
                        view! {
                            <p class="banner warn" role="alert" data-testid="check-error">
                                {t(k)}
                            </p>
                        }
                    })
            }}
            <button type="submit" class="primary" data-testid="save-round">
                {move || t(K::CheckSave)}
            </button>
        </form>
    }
}

#[component]
fn History() -> impl IntoView {
    let app = use_app();
    let t = move |k: K| app.t(k);
    let items = items_now();
    let who = RwSignal::new(String::new());
    let rounds = Memo::new(move |_| {
        app.wb.with(|wb| {
            let mut v: Vec<(Uuid, CheckRound)> = wb
                .check_rounds
                .live()
                .map(|r| (r.id, r.data.clone()))
                .collect();
            crate::kernel::order::sort_by_key(&mut v, |(_, r)| std::cmp::Reverse(r.date));
            v
        })
    });
    let whos = Memo::new(move |_| {
        let mut v: Vec<String> = rounds.with(|r| {
            r.iter()
                .map(|(_, r)| r.who.trim().to_string())
                .filter(|w| !w.is_empty())
                .collect()
        });
        crate::kernel::order::sort_by_key(&mut v, |w| w.to_lowercase());
        v.dedup_by_key(|w| w.to_lowercase());
        v
    });
    let shown = Memo::new(move |_| {
        let w = who.get();
        rounds.with(|r| {
            r.iter()
                .filter(|(_, r)| w.is_empty() || r.who.trim().eq_ignore_ascii_case(&w))
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section class="card" data-testid="check-history" aria-labelledby="history-title">
            <h2 id="history-title">{move || t(K::CheckHistory)}</h2>
            {move || {
                let lang = app.lang.get();
                if rounds.with(Vec::is_empty) {
                    return view! {
                        <p class="muted" data-testid="check-none">
                            {t(K::CheckNone)}
                        </p>
                    }
                        .into_any();
                }
                let list = shown.get();
                let current = items.get();
                let mut rates = tick_rates(list.iter().map(|(_, r)| r));
                crate::kernel::order::sort_by_key(
                    &mut rates,
                    |(text, _, _)| {
                        current.iter().position(|i| i.trim() == text).unwrap_or(usize::MAX)
                    },
                );
                // Today's points first, in their order; points no longer on
                // the list after them.
                view! {
                    <label class="field inline">
                        <span>{t(K::CheckFor)}</span>
                        <select
                            data-testid="check-filter"
                            prop:value=move || who.get()
                            on:change=move |ev| who.set(event_target_value(&ev))
                        >
                            <option value="">{t(K::CheckEveryone)}</option>
                            {whos
                                .get()
                                .into_iter()
                                .map(|w| view! { <option value=w.clone()>{w.clone()}</option> })
                                .collect_view()}
                        </select>
                    </label>
                    <h3>{t(K::CheckRates)}</h3>
                    <ul class="plain rates" data-testid="check-rates">
                        {rates
                            .into_iter()
                            .map(|(text, on, of)| {
                                let share = if of == 0 { 0.0 } else { on as f64 / of as f64 };
                                view! {
                                    <li class="rate-row" data-testid="check-rate">
                                        <span class="rate-text">{text}</span>
                                        <span class="rate-figure">
                                            <span class="bar-track" aria-hidden="true">
                                                <span
                                                    class="bar"
                                                    style=format!("width: {:.0}%", 100.0 * share)
                                                ></span>
                                            </span>
                                            <span class="nowrap" data-testid="check-rate-figure">
                                                {fill(
                                                    K::CheckOf.in_lang(lang),
                                                    &[
                                                        ("n", &Intl(lang).count(on as u64)),
                                                        ("total", &Intl(lang).count(of as u64)),
                                                        ("pct", &Intl(lang).percent(share, 0)),
                                                    ],
                                                )}
                                            </span>
                                        </span>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                    <h3>{t(K::CheckRounds)}</h3>
                    <ul class="plain round-list" data-testid="check-rounds">
                        {list
                            .into_iter()
                            .map(|(id, r)| {
                                let missed: Vec<String> = r
                                    .items
                                    .iter()
                                    .filter(|(_, on)| !on)
                                    .map(|(i, _)| i.clone())
                                    .collect();
                                view! {
                                    <li class="round" data-testid="check-round">
                                        <div class="goal-head">
                                            <strong>
                                                {Intl(lang).date(r.date)}" · "<bdi>{r.who.clone()}</bdi>
                                            </strong>
                                            <span class="nowrap">
                                                {fill(
                                                    K::CheckTicked.in_lang(lang),
                                                    &[
                                                        ("n", &Intl(lang).count(r.ticked() as u64)),
                                                        ("total", &Intl(lang).count(r.items.len() as u64)),
                                                    ],
                                                )}
                                            </span>
                                        </div>
                                        {(!missed.is_empty())
                                            .then(|| {
                                                view! {
                                                    <p class="muted small">
                                                        {fill(
                                                            K::CheckMissed.in_lang(lang),
                                                            &[
                                                                (
                                                                    "points",
                                                                    &crate::kernel::text::join_isolated(&missed, "; "),
                                                                ),
                                                            ],
                                                        )}
                                                    </p>
                                                }
                                            })}
                                        {(!r.note.trim().is_empty())
                                            .then(|| {
                                                view! { <p class="prewrap small">{r.note.clone()}</p> }
                                            })}
                                        <button
                                            type="button"
                                            class="secondary small"
                                            data-testid="round-delete"
                                            aria-label=fill(
                                                K::CheckTrashRound.in_lang(lang),
                                                &[("date", &Intl(lang).date(r.date)), ("who", &r.who)],
                                            )
                                            on:click=move |_| {
                                                app.edit(|wb| {
                                                    wb.check_rounds.trash(id, now());
                                                });
                                                app.notice
                                                    .set(Some(Notice::Trashed(Part::CheckRounds, id)));
                                            }
                                        >
                                            {K::MoveToTrashShort.in_lang(lang)}
                                        </button>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
                    .into_any()
            }}
        </section>
    }
}

/// Saves the points as changed, unless that would leave none.
fn save_points(app: AppState, mut list: Vec<String>) {
    // Ticks are kept by a point's text: two points with the same words
    // would tick together, so keep one.
    let mut seen = std::collections::HashSet::new();
    list.retain(|i| !i.trim().is_empty() && seen.insert(i.trim().to_lowercase()));
    if list.is_empty() {
        return;
    }
    app.edit(|wb| wb.checklist.set(list, now()));
}

/// The points themselves: change, remove, add, or go back to the seed's.
#[component]
fn Points() -> impl IntoView {
    let app = use_app();
    let t = move |k: K| app.t(k);
    let items = items_now();
    let fresh = crate::app::kit::kept_text("check-point");
    let places = move || (0..items.with(Vec::len)).collect::<Vec<usize>>();
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let v = fresh.get_untracked().trim().to_string();
        if v.is_empty() {
            return;
        }
        let mut list = items.get_untracked();
        list.push(v);
        save_points(app, list);
        fresh.set(String::new());
    };
    view! {
        <section class="card" data-testid="check-points" aria-labelledby="points-title">
            <h2 id="points-title">{move || t(K::CheckEdit)}</h2>
            <p class="muted small">{move || t(K::CheckEditLead)}</p>
            <ol class="point-list">
                <For each=places key=|i| *i let(i)>
                    <li class="inline-fields point-row" data-testid="check-point">
                        <label class="field grow">
                            <span class="sr-only">
                                {move || fill(
                                    t(K::CheckPointN),
                                    &[("n", &app.fmt().count((i + 1) as u64))],
                                )}
                            </span>
                            <input
                                type="text"
                                data-testid="point-text"
                                prop:value=move || {
                                    items.with(|l| l.get(i).cloned().unwrap_or_default())
                                }
                                on:change=move |ev| {
                                    let v = event_target_value(&ev);
                                    let mut list = items.get_untracked();
                                    if let Some(x) = list.get_mut(i) {
                                        *x = v;
                                    }
                                    save_points(app, list);
                                }
                            />
                        </label>
                        <button
                            type="button"
                            class="secondary small"
                            data-testid="point-remove"
                            aria-label=move || fill(
                                t(K::CheckRemovePoint),
                                &[("n", &app.fmt().count((i + 1) as u64))],
                            )
                            prop:disabled=move || items.with(Vec::len) < 2
                            on:click=move |_| {
                                let mut list = items.get_untracked();
                                if i < list.len() {
                                    list.remove(i);
                                }
                                save_points(app, list);
                            }
                        >
                            {move || t(K::Remove)}
                        </button>
                    </li>
                </For>
            </ol>
            <form class="inline-fields" on:submit=add>
                <label class="field grow">
                    <span>{move || t(K::CheckNewPoint)}</span>
                    <input
                        type="text"
                        data-testid="new-point"
                        prop:value=move || fresh.get()
                        on:input=move |ev| fresh.set(event_target_value(&ev))
                    />
                </label>
                <button type="submit" data-testid="add-point">
                    {move || t(K::Add)}
                </button>
            </form>
            <Show when=move || app.wb.with(|wb| !wb.checklist.data.is_empty())>
                <button
                    type="button"
                    class="secondary"
                    data-testid="points-reset"
                    on:click=move |_| {
                        let before = app.wb.with_untracked(|wb| wb.checklist.data.clone());
                        app.edit(|wb| wb.checklist.set(Vec::new(), now()));
                        app.notice.set(Some(Notice::ChecklistReset { before }));
                    }
                >
                    {move || t(K::CheckReset)}
                </button>
            </Show>
        </section>
    }
}
