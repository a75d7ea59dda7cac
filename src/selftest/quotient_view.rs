//! The self-test: take it area by area, see the results, compare takings.

use crate::app::kit::to;
use crate::app::state::use_app;
use crate::app::web::Intl;
use crate::i18n::{fill, Lang, K};
use crate::kernel::format::{when_labels, Format};
use crate::kernel::record::now;
use crate::selftest::quotient::{
    radar_point, radar_polygon, statement_count, Band, Score, SelfTest, Sixtieths, AREAS,
};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map, use_query_map};
use uuid::Uuid;

pub fn band_title(b: Band, lang: Lang) -> &'static str {
    match b {
        Band::Asset => K::BandAsset,
        Band::Good => K::BandGood,
        Band::Losing => K::BandLosing,
    }
    .in_lang(lang)
}

fn band_text(b: Band, lang: Lang) -> &'static str {
    match b {
        Band::Asset => K::BandAssetText,
        Band::Good => K::BandGoodText,
        Band::Losing => K::BandLosingText,
    }
    .in_lang(lang)
}

fn band_class(b: Band) -> &'static str {
    match b {
        Band::Asset => "band band-asset",
        Band::Good => "band band-good",
        Band::Losing => "band band-losing",
    }
}

const RATINGS: [K; 5] = [K::Rating1, K::Rating2, K::Rating3, K::Rating4, K::Rating5];

#[component]
pub fn TakeTest() -> impl IntoView {
    crate::app::kit::title(K::SelfTestTitle);
    let app = use_app();
    let t = move |k: K| app.t(k);
    let navigate = use_navigate();
    // Only the id: answering must not rebuild the form (focus would be lost).
    let current = Memo::new(move |_| app.wb.with(|wb| wb.self_test_in_progress().map(|r| r.id)));
    // The area on screen; starts where the test was left.
    let area = RwSignal::new(
        app.wb
            .with_untracked(|wb| {
                wb.self_test_in_progress()
                    .and_then(|r| r.data.first_unanswered())
            })
            .map(area_of_statement)
            .unwrap_or(0),
    );
    let start = move |_| {
        app.edit(|wb| {
            wb.self_tests.insert(SelfTest::default(), now());
        });
        area.set(0);
        // The keyboard goes straight to the first statement, not back to
        // the top of the page (the form is drawn by then).
        request_animation_frame(|| {
            if let Ok(Some(el)) = document().query_selector("fieldset.statement input") {
                if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
                    let _ = el.focus();
                }
            }
        });
    };
    let finish = {
        let navigate = navigate.clone();
        move |id: Uuid| {
            app.edit(|wb| {
                wb.self_tests
                    .update(id, now(), |d| d.completed = Some(now()));
            });
            navigate(&format!("/self-test/{id}"), Default::default());
        }
    };
    view! {
        <section class="page selftest">
            <h1>{move || t(K::SelfTestTitle)}</h1>
            {move || match current.get() {
                None => {
                    view! {
                        <div class="card">
                            <p>{move || t(K::SelfTestIntro)}</p>
                            <p class="muted">{move || t(K::SelfTestScale)}</p>
                            <div class="actions">
                                <button
                                    type="button"
                                    class="primary"
                                    on:click=start
                                    data-testid="start-test"
                                >
                                    {move || t(K::StartSelfTest)}
                                </button>
                                <A href=to("/self-test/history")>{move || t(K::History)}</A>
                            </div>
                        </div>
                    }
                        .into_any()
                }
                Some(id) => {
                    let finish = finish.clone();
                    view! {
                        <TestForm id=id area=area on_finish=finish />
                        <p class="discard">
                            <button
                                type="button"
                                class="link"
                                data-testid="discard-test"
                                on:click=move |_| {
                                    app.edit(|wb| {
                                        wb.self_tests.trash(id, now());
                                    })
                                }
                            >
                                {move || t(K::DiscardTest)}
                            </button>
                        </p>
                    }
                        .into_any()
                }
            }}
        </section>
    }
}

/// The keys 1 to 5 on a statement rate it and move the focus to that
/// rating, as the arrow keys do.
fn rate_by_key(
    app: crate::app::state::AppState,
    ev: &web_sys::KeyboardEvent,
    id: Uuid,
    sid: &'static str,
) {
    if ev.ctrl_key() || ev.alt_key() || ev.meta_key() {
        return;
    }
    let Some(r) = ev.key().parse::<u8>().ok().filter(|r| (1..=5).contains(r)) else {
        return;
    };
    ev.prevent_default();
    app.edit(|wb| {
        wb.self_tests.update(id, now(), |d| {
            d.answer(sid, r);
        });
    });
    let fieldset = ev
        .current_target()
        .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok());
    if let Some(Ok(Some(input))) =
        fieldset.map(|f| f.query_selector(&format!("input[value='{r}']")))
    {
        if let Ok(input) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(input) {
            let _ = input.focus();
        }
    }
}

fn area_of_statement(index: usize) -> usize {
    let mut n = 0;
    for (i, a) in AREAS.iter().enumerate() {
        n += a.statements.len();
        if index < n {
            return i;
        }
    }
    AREAS.len() - 1
}

#[component]
fn TestForm(
    id: Uuid,
    area: RwSignal<usize>,
    on_finish: impl Fn(Uuid) + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let app = use_app();
    let t = move |k: K| app.t(k);
    let answered = move || {
        app.wb.with(|wb| {
            wb.self_tests
                .get(id)
                .map(|r| r.data.answered())
                .unwrap_or(0)
        })
    };
    let complete = move || answered() == statement_count();
    let rating_of = move |sid: &'static str| {
        app.wb.with(|wb| {
            wb.self_tests
                .get(id)
                .and_then(|r| r.data.answers.get(sid).copied())
        })
    };
    let area_done = move |i: usize| {
        app.wb.with(|wb| {
            wb.self_tests.get(id).is_some_and(|r| {
                AREAS[i].statements.iter().all(|s| {
                    r.data
                        .answers
                        .get(s.id)
                        .is_some_and(|v| (1..=5).contains(v))
                })
            })
        })
    };
    let focus_top = move || {
        if let Some(el) = document().get_element_by_id("area-heading") {
            let _ = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).map(|e| e.focus());
        }
    };
    view! {
        <div class="progress" aria-live="polite">
            <span data-testid="progress">
                {move || fill(
                    t(K::Answered),
                    &[
                        ("n", &app.fmt().count(answered() as u64)),
                        ("total", &app.fmt().count(statement_count() as u64)),
                    ],
                )}
            </span>
            <progress max=statement_count() value=answered></progress>
        </div>
        <ol class="steps" aria-label=move || t(K::Areas)>
            {AREAS
                .iter()
                .enumerate()
                .map(|(i, a)| {
                    view! {
                        <li>
                            <button
                                type="button"
                                class="step"
                                class:current=move || area.get() == i
                                class:done=move || area_done(i)
                                attr:aria-current=move || (area.get() == i).then_some("step")
                                on:click=move |_| area.set(i)
                            >
                                <span class="num" aria-hidden="true">
                                    {move || {
                                        if area_done(i) {
                                            "✓".to_string()
                                        } else {
                                            (i + 1).to_string()
                                        }
                                    }}
                                </span>
                                <span class="step-title">
                                    {move || a.title.in_lang(app.lang.get())}
                                </span>
                                <span class="sr-only">
                                    {move || {
                                        if area_done(i) {
                                            t(K::AreaComplete)
                                        } else {
                                            t(K::AreaIncomplete)
                                        }
                                    }}
                                </span>
                            </button>
                        </li>
                    }
                })
                .collect_view()}
        </ol>
        // The heading stays the same element from area to area, so the
        // focus "Next area" gives it is not lost when the statements below
        // are drawn anew.
        <div class="card area">
            <h2 id="area-heading" tabindex="-1">
                {move || {
                    let i = area.get();
                    let lang = app.lang.get();
                    format!(
                        "{}: {}",
                        fill(
                            t(K::AreaOf),
                            &[("n", &Intl(lang).count((i + 1) as u64)), ("total", "7")],
                        ),
                        AREAS[i].title.in_lang(lang),
                    )
                }}
            </h2>
            {move || {
                let i = area.get();
                let a = &AREAS[i];
                let lang = app.lang.get();
                view! {
                    <p class="muted">{a.lead.in_lang(lang)}</p>
                    <p class="muted small" data-testid="rating-keys">
                        {K::RatingKeys.in_lang(lang)}
                    </p>
                    {a
                        .statements
                        .iter()
                        .map(|s| {
                            let sid = s.id;
                            view! {
                                <fieldset
                                    class="statement"
                                    data-statement=sid
                                    on:keydown=move |ev| rate_by_key(app, &ev, id, sid)
                                >
                                    <legend>{s.text.in_lang(lang)}</legend>
                                    <div class="scale">
                                        {(1u8..=5)
                                            .map(|r| {
                                                view! {
                                                    <label class="rate">
                                                        <input
                                                            type="radio"
                                                            name=sid
                                                            value=r
                                                            prop:checked=move || rating_of(sid) == Some(r)
                                                            on:change=move |_| {
                                                                app.edit(|wb| {
                                                                    wb.self_tests
                                                                        .update(
                                                                            id,
                                                                            now(),
                                                                            |d| {
                                                                                d.answer(sid, r);
                                                                            },
                                                                        );
                                                                })
                                                            }
                                                        />
                                                        <span class="n">{r}</span>
                                                        <span class="word">
                                                            {RATINGS[(r - 1) as usize].in_lang(lang)}
                                                        </span>
                                                    </label>
                                                }
                                            })
                                            .collect_view()}
                                    </div>
                                </fieldset>
                            }
                        })
                        .collect_view()}
                }
            }}
        </div>
        <div class="actions nav-buttons">
            <button
                type="button"
                disabled=move || area.get() == 0
                on:click=move |_| {
                    area.update(|a| *a = a.saturating_sub(1));
                    focus_top();
                }
            >
                {move || t(K::Previous)}
            </button>
            <Show when=move || area.get() + 1 < AREAS.len()>
                <button
                    type="button"
                    class="primary"
                    on:click=move |_| {
                        area.update(|a| *a += 1);
                        focus_top();
                    }
                >
                    {move || t(K::NextArea)}
                </button>
            </Show>
            <Show when=move || {
                area.get() + 1 == AREAS.len()
            }>
                {
                    let on_finish = on_finish.clone();
                    view! {
                        <button
                            type="button"
                            class="primary"
                            disabled=move || !complete()
                            data-testid="finish-test"
                            on:click=move |_| on_finish(id)
                        >
                            {move || t(K::SeeMyScore)}
                        </button>
                    }
                }
            </Show>
        </div>
        <Show when=move || !complete() && area.get() + 1 == AREAS.len()>
            <p class="muted">{move || t(K::AnswerAllFirst)}</p>
        </Show>
    }
}

/// The radar (spider) chart of one or two scores.
#[component]
pub fn Radar(scores: Vec<(Score, &'static str)>) -> impl IntoView {
    let app = use_app();
    let size = 320.0;
    let rings = (1..=5).map(|v| {
        let pts: Vec<String> = (0..7)
            .map(|i| {
                let (x, y) = radar_point(i, v as f64, 5.0, size);
                format!("{x:.1},{y:.1}")
            })
            .collect();
        view! { <polygon class="ring" points=pts.join(" ") /> }
    });
    let axes = (0..7).map(|i| {
        let (x, y) = radar_point(i, 5.0, 5.0, size);
        let (lx, ly) = radar_point(i, 6.1, 5.0, size);
        let anchor = if (lx - size / 2.0).abs() < 8.0 {
            "middle"
        } else if lx > size / 2.0 {
            "start"
        } else {
            "end"
        };
        view! {
            <line class="axis" x1=size / 2.0 y1=size / 2.0 x2=x y2=y />
            <text class="axis-label" x=lx y=ly text-anchor=anchor dominant-baseline="middle">
                {move || (i + 1).to_string()}
            </text>
        }
    });
    let polys = scores.into_iter().map(|(s, class)| {
        view! { <polygon class=format!("score {class}") points=radar_polygon(&s.areas, size) /> }
    });
    view! {
        <svg
            class="radar"
            viewBox=format!("-40 -10 {} {}", size + 80.0, size + 20.0)
            role="img"
            aria-label=move || app.t(K::RadarLabel)
        >
            {rings.collect_view()}
            {axes.collect_view()}
            {polys.collect_view()}
        </svg>
    }
}

#[component]
pub fn Results() -> impl IntoView {
    crate::app::kit::title(K::ResultsTitle);
    let app = use_app();
    let t = move |k: K| app.t(k);
    let params = use_params_map();
    let navigate = use_navigate();
    // A memo: the page re-renders only when this record changes, not when
    // anything else in the workbook does (a half-typed note stays).
    let record = Memo::new(move |_| {
        let id = params
            .read()
            .get("id")
            .and_then(|s| Uuid::parse_str(&s).ok())?;
        app.wb
            .with(|wb| wb.self_tests.get(id).filter(|r| r.is_live()).cloned())
    });
    view! {
        <section class="page results">
            {move || match record.get() {
                None => crate::app::kit::not_found("/self-test/history", K::History),
                Some(r) => {
                    match r.data.score() {
                        None => {
                            view! {
                                <h1>{move || t(K::SelfTestTitle)}</h1>
                                <p>{move || t(K::AnswerAllFirst)}</p>
                                <p>
                                    <A href=to("/self-test")>{move || t(K::ResumeSelfTest)}</A>
                                </p>
                            }
                                .into_any()
                        }
                        Some(score) => {
                            let lang = app.lang.get();
                            let when = r.data.completed.unwrap_or(r.updated);
                            let id = r.id;
                            let order = score.weakest_first();
                            let weakest: Vec<usize> = order.iter().copied().take(2).collect();
                            let note = r.data.note.clone();
                            let navigate = navigate.clone();
                            view! {
                                <h1>{move || t(K::ResultsTitle)}</h1>
                                <p class="muted">
                                    {fill(t(K::TakenOn), &[("date", &Intl(lang).day_of(when))])}
                                </p>
                                <div class="grid">
                                    <div class="card total">
                                        <p class="big">
                                            <span data-testid="total">
                                                {Intl(lang).number(score.total.value(), 2)}
                                            </span>
                                            <span class="of">" / 35"</span>
                                        </p>
                                        <p class=band_class(score.band) data-testid="band">
                                            {band_title(score.band, lang)}
                                        </p>
                                        <p>{band_text(score.band, lang)}</p>
                                        <p class="muted small">{t(K::BandRule)}</p>
                                    </div>
                                    <div class="card">
                                        <Radar scores=vec![(score.clone(), "a")] />
                                        <ol class="legend">
                                            {AREAS
                                                .iter()
                                                .map(|a| view! { <li>{a.title.in_lang(lang)}</li> })
                                                .collect_view()}
                                        </ol>
                                    </div>
                                </div>
                                <div class="card">
                                    <h2>{t(K::AreasWeakestFirst)}</h2>
                                    <table class="scores">
                                        <thead>
                                            <tr>
                                                <th scope="col">{t(K::Area)}</th>
                                                <th scope="col">{t(K::Score)}</th>
                                                <th scope="col">
                                                    <span class="sr-only">{t(K::Bar)}</span>
                                                </th>
                                            </tr>
                                        </thead>
                                        <tbody>
                                            {order
                                                .into_iter()
                                                .map(|i| {
                                                    let v = score.areas[i].value();
                                                    view! {
                                                        <tr data-testid="area-row">
                                                            <th scope="row">{AREAS[i].title.in_lang(lang)}</th>
                                                            <td class="num">{Intl(lang).number(v, 2)}</td>
                                                            <td class="barcell">
                                                                <span
                                                                    class="bar"
                                                                    style=format!("width:{:.0}%", v / 5.0 * 100.0)
                                                                ></span>
                                                            </td>
                                                        </tr>
                                                    }
                                                })
                                                .collect_view()}
                                        </tbody>
                                    </table>
                                </div>
                                <div class="card results-next" data-testid="results-next">
                                    <h2>{t(K::ResultsNextTitle)}</h2>
                                    <p>{t(K::ResultsNextLead)}</p>
                                    <ul>
                                        {weakest
                                            .into_iter()
                                            .map(|i| {
                                                let area = &AREAS[i];
                                                let text = fill(
                                                    K::WeakAreaPoints.in_lang(lang),
                                                    &[
                                                        ("area", area.title.in_lang(lang)),
                                                        ("score", &Intl(lang).number(score.areas[i].value(), 2)),
                                                    ],
                                                );
                                                let links = crate::app::kit::point_links(
                                                    crate::draft::policy::points_for_area(area.id),
                                                    lang,
                                                );
                                                view! {
                                                    <li data-testid="results-next-area">
                                                        {crate::app::kit::text_with_links(
                                                            lang,
                                                            &text,
                                                            "{points}",
                                                            links,
                                                        )}
                                                    </li>
                                                }
                                            })
                                            .collect_view()}
                                    </ul>
                                </div>
                                <div class="card">
                                    <label class="field">
                                        <span>{t(K::Note)}</span>
                                        <input
                                            type="text"
                                            prop:value=note
                                            on:change=move |ev| {
                                                let v = event_target_value(&ev);
                                                app.edit(|wb| {
                                                    wb.self_tests.update(id, now(), |d| d.note = v);
                                                });
                                            }
                                        />
                                    </label>
                                </div>
                                <div class="actions">
                                    <A href=to("/self-test/history") attr:class="button">
                                        {t(K::History)}
                                    </A>
                                    <A href=to("/self-test") attr:class="button">
                                        {t(K::RetakeSelfTest)}
                                    </A>
                                    <button
                                        type="button"
                                        class="link"
                                        data-testid="trash-result"
                                        on:click=move |_| {
                                            app.edit(|wb| {
                                                wb.self_tests.trash(id, now());
                                            });
                                            navigate("/self-test/history", Default::default());
                                        }
                                    >
                                        {t(K::MoveToTrash)}
                                    </button>
                                </div>
                            }
                                .into_any()
                        }
                    }
                }
            }}
        </section>
    }
}

/// The trend of totals over time, with the band lines at 21 and 28.
#[component]
fn Trend(points: Vec<(String, f64)>) -> impl IntoView {
    let app = use_app();
    // The caller's labels are in the language of this render.
    let f = Intl(app.lang.get_untracked());
    // Drawn 300 units wide, as the Pareto chart: its 12-unit text stays
    // 11 px or more on a 360 px phone (style/main.css, `.trend`).
    let (w, h, pad) = (300.0, 170.0, 30.0);
    let count = points.len();
    let n = count.max(2) as f64;
    let x = move |i: usize| pad + (w - 2.0 * pad) * i as f64 / (n - 1.0);
    let y = move |v: f64| h - pad - (h - 2.0 * pad) * (v - 7.0) / 28.0;
    let line: Vec<String> = points
        .iter()
        .enumerate()
        .map(|(i, (_, v))| format!("{:.1},{:.1}", x(i), y(*v)))
        .collect();
    view! {
        <svg
            class="trend"
            viewBox=format!("0 0 {w} {h}")
            role="img"
            aria-label=move || app.t(K::TrendLabel)
        >
            {[7.0, 21.0, 28.0, 35.0]
                .into_iter()
                .map(|v| {
                    view! {
                        <line
                            class=if v == 21.0 || v == 28.0 { "grid band-line" } else { "grid" }
                            x1=pad
                            x2=w - pad
                            y1=y(v)
                            y2=y(v)
                        />
                        <text
                            class="tick"
                            x=pad - 6.0
                            y=y(v)
                            text-anchor="end"
                            dominant-baseline="middle"
                        >
                            {f.number(v, 0)}
                        </text>
                    }
                })
                .collect_view()}
            <polyline class="trend-line" points=line.join(" ") />
            {points
                .into_iter()
                .enumerate()
                .map(|(i, (label, v))| {
                    let labelled = count <= 2 || i == 0 || i + 1 == count;
                    let tip = format!("{label}: {}", f.number(v, 2));
                    // Only the first and the last date under many points, so
                    // that no two overlap (each point's date is in its title and
                    // in the table below).
                    view! {
                        <circle class="dot" cx=x(i) cy=y(v) r="5">
                            <title>{tip}</title>
                        </circle>
                        {labelled
                            .then(|| {
                                view! {
                                    <text
                                        class="tick"
                                        x=x(i)
                                        y=h - 10.0
                                        text-anchor=if count == 1 {
                                            "middle"
                                        } else if i == 0 {
                                            "start"
                                        } else if i + 1 == count {
                                            "end"
                                        } else {
                                            "middle"
                                        }
                                    >
                                        {label}
                                    </text>
                                }
                            })}
                    }
                })
                .collect_view()}
        </svg>
    }
}

#[component]
pub fn History() -> impl IntoView {
    crate::app::kit::title(K::History);
    let app = use_app();
    let t = move |k: K| app.t(k);
    let query = use_query_map();
    let navigate = use_navigate();
    let finished = move || {
        app.wb.with(|wb| {
            wb.finished_self_tests()
                .into_iter()
                .filter_map(|r| {
                    Some((
                        r.id,
                        r.data.completed?,
                        r.data.score()?,
                        r.data.note.clone(),
                    ))
                })
                .collect::<Vec<_>>()
        })
    };
    let pick = move |name: &str| {
        query
            .read()
            .get(name)
            .and_then(|s| Uuid::parse_str(&s).ok())
    };
    let set_pick = move |name: &'static str, value: String| {
        let q = query.get_untracked();
        let mut a = q.get("a").unwrap_or_default();
        let mut b = q.get("b").unwrap_or_default();
        if name == "a" {
            a = value
        } else {
            b = value
        }
        navigate(
            &format!("/self-test/history?a={a}&b={b}"),
            Default::default(),
        );
    };
    view! {
        <section class="page history">
            <h1>{move || t(K::History)}</h1>
            {move || {
                let list = finished();
                let lang = app.lang.get();
                if list.is_empty() {
                    return view! {
                        <p>{t(K::NoHistory)}</p>
                        <p>
                            <A href=to("/self-test") attr:class="button primary">
                                {t(K::StartSelfTest)}
                            </A>
                        </p>
                    }
                        .into_any();
                }
                let when = when_labels(
                    &list.iter().map(|(_, at, _, _)| *at).collect::<Vec<_>>(),
                    &Intl(lang),
                );
                let points: Vec<(String, f64)> = list
                    .iter()
                    .zip(&when)
                    .map(|((_, _, s, _), w)| (w.clone(), s.total.value()))
                    .collect();
                let a = pick("a").or_else(|| list.len().checked_sub(2).map(|i| list[i].0));
                let b = pick("b").or_else(|| list.last().map(|x| x.0));
                let find = |id: Option<Uuid>| {
                    id.and_then(|id| list.iter().find(|x| x.0 == id).cloned())
                };
                let (sa, sb) = (find(a), find(b));
                let options = move |selected: Option<Uuid>| list_options(
                    &finished(),
                    selected,
                    lang,
                );
                let (pick_a, pick_b) = (set_pick.clone(), set_pick.clone());
                view! {
                    <div class="card">
                        <h2>{t(K::Trend)}</h2>
                        <Trend points=points />
                    </div>
                    <div class="card table-card cards-wrap">
                        <h2>{t(K::AllTakings)}</h2>
                        <table class="scores cards history-table">
                            <thead>
                                <tr>
                                    <th scope="col">{t(K::Date)}</th>
                                    <th scope="col">{t(K::Total)}</th>
                                    <th scope="col">{t(K::Band)}</th>
                                    <th scope="col" class="opt">
                                        {t(K::Note)}
                                    </th>
                                </tr>
                            </thead>
                            <tbody>
                                {list
                                    .clone()
                                    .into_iter()
                                    .zip(when.clone())
                                    .rev()
                                    .map(|((id, _, s, note), when)| {
                                        view! {
                                            <tr data-testid="history-row">
                                                <th scope="row">
                                                    <A href=to(&format!("/self-test/{id}"))>{when}</A>
                                                </th>
                                                <td class="num" data-label=t(K::Total)>
                                                    {Intl(lang).number(s.total.value(), 2)}
                                                </td>
                                                <td data-label=t(K::Band)>
                                                    <span class=band_class(
                                                        s.band,
                                                    )>{band_title(s.band, lang)}</span>
                                                </td>
                                                <td class="opt" data-label=t(K::Note)>
                                                    {note}
                                                </td>
                                            </tr>
                                        }
                                    })
                                    .collect_view()}
                            </tbody>
                        </table>
                    </div>
                    <div class="card compare">
                        <h2>{t(K::Compare)}</h2>
                        <div class="pickers">
                            <label class="field">
                                <span>{t(K::CompareA)}</span>
                                <select on:change=move |ev| pick_a(
                                    "a",
                                    event_target_value(&ev),
                                )>{options(a)}</select>
                            </label>
                            <label class="field">
                                <span>{t(K::CompareB)}</span>
                                <select on:change=move |ev| pick_b(
                                    "b",
                                    event_target_value(&ev),
                                )>{options(b)}</select>
                            </label>
                        </div>
                        {match (sa, sb) {
                            (Some(x), Some(y)) => view! { <Comparison a=x.2 b=y.2 /> }.into_any(),
                            _ => view! { <p class="muted">{t(K::CompareNeedsTwo)}</p> }.into_any(),
                        }}
                    </div>
                }
                    .into_any()
            }}
        </section>
    }
}

fn list_options(
    list: &[(Uuid, chrono::DateTime<chrono::Utc>, Score, String)],
    selected: Option<Uuid>,
    lang: Lang,
) -> impl IntoView {
    let when = when_labels(
        &list.iter().map(|(_, at, _, _)| *at).collect::<Vec<_>>(),
        &Intl(lang),
    );
    list.iter()
        .zip(when)
        .map(|((id, _, s, _), when)| {
            let label = format!("{when} — {}", Intl(lang).number(s.total.value(), 2));
            view! {
                <option value=id.to_string() selected=Some(*id) == selected>
                    {label}
                </option>
            }
        })
        .collect_view()
}

#[component]
fn Comparison(a: Score, b: Score) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = move |k: K| app.t(k);
    let delta = |x: Sixtieths, y: Sixtieths| {
        let d = (y.0 as f64 - x.0 as f64) / 60.0;
        let s = Intl(lang).number(d.abs(), 2);
        if d > 0.0 {
            format!("+{s}")
        } else if d < 0.0 {
            format!("−{s}")
        } else {
            s
        }
    };
    view! {
        <div class="grid">
            <table class="scores" data-testid="comparison">
                <thead>
                    <tr>
                        <th scope="col">{t(K::Area)}</th>
                        <th scope="col">"A"</th>
                        <th scope="col">"B"</th>
                        <th scope="col">"Δ"</th>
                    </tr>
                </thead>
                <tbody>
                    {AREAS
                        .iter()
                        .enumerate()
                        .map(|(i, area)| {
                            view! {
                                <tr>
                                    <th scope="row">{area.title.in_lang(lang)}</th>
                                    <td class="num">{Intl(lang).number(a.areas[i].value(), 2)}</td>
                                    <td class="num">{Intl(lang).number(b.areas[i].value(), 2)}</td>
                                    <td class="num">{delta(a.areas[i], b.areas[i])}</td>
                                </tr>
                            }
                        })
                        .collect_view()} <tr class="total-row">
                        <th scope="row">{t(K::Total)}</th>
                        <td class="num">{Intl(lang).number(a.total.value(), 2)}</td>
                        <td class="num">{Intl(lang).number(b.total.value(), 2)}</td>
                        <td class="num">{delta(a.total, b.total)}</td>
                    </tr>
                </tbody>
            </table>
            <div>
                <Radar scores=vec![(a.clone(), "a"), (b.clone(), "b")] />
                <p class="legend-inline">
                    <span class="swatch a"></span>
                    " A  "
                    <span class="swatch b"></span>
                    " B"
                </p>
            </div>
        </div>
    }
}
