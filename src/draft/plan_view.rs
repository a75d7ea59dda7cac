//! The rest of the plan: rules that cause problems (on the policy page),
//! staff guidelines and training, the customer profile, support hours and
//! channels, the review cycle, and the printable policy document.

use crate::app::kit::code;
use crate::app::kit::date_value;
use crate::app::kit::parse_date_value;
use crate::app::kit::time_value;
use crate::app::kit::to;
use crate::app::kit::DateInput;
use crate::app::kit::Editor;
use crate::app::kit::SectionTabs;
use crate::app::state::use_app;
use crate::app::state::AppState;
use crate::app::state::Notice;
use crate::app::web;
use crate::app::web::Intl;
use crate::book::workbook::Part;
use crate::draft::customer_page::{customer_page, file_name as customer_file_name, has_content};
use crate::draft::document::{
    channel_text, policy_document, reach_text, to_markdown, training_kind_text, Block, Document,
};
use crate::draft::plan::{
    covers_off_hours, default_next, edit_guideline, guide_id, guide_text, hour_spans,
    reversed_days, review_status, reviews_newest_first, rules_by_problems, training_in_order,
    validate_review, ChannelKind, CustomerProfile, CustomerTerms, GuideStep, Reach, Review,
    ReviewInvalid, ReviewStatus, Rule, RuleDecision, Support, SupportChannel, Training,
    TrainingKind, GUIDE_STEPS, WEEK,
};
use crate::i18n::fill;
use crate::i18n::Lang;
use crate::i18n::K;
use crate::i18n::P;
use crate::kernel::format::Format;
use crate::kernel::record::now;
use chrono::NaiveTime;
use leptos::prelude::*;
use leptos_router::components::A;
use uuid::Uuid;

fn decision_text(d: RuleDecision, lang: Lang) -> &'static str {
    match d {
        RuleDecision::Keep => K::RuleKeep,
        RuleDecision::Remove => K::RuleRemove,
        RuleDecision::Removed => K::RuleRemoved,
    }
    .in_lang(lang)
}

// ---- rules that cause problems -------------------------------------------------------------

/// Seed 001 step 9.3: the rules applied today, linked to the complaint
/// categories they lead to, the most troublesome first, marked for removal.
#[component]
pub fn RulesCard() -> impl IntoView {
    let app = use_app();
    let t = move |k: K| app.t(k);
    let add = crate::listen::inputs_view::add_title_form(
        K::RuleNew,
        K::RuleNewHint,
        "rule-text",
        move |text| {
            app.edit(|wb| {
                wb.rules.insert(
                    Rule {
                        text,
                        ..Rule::default()
                    },
                    now(),
                );
            })
        },
    );
    // The rules with their complaint counts, most first; rows are keyed by
    // id so editing one keeps focus where it is.
    let counts = Memo::new(move |_| {
        let since = web::today().checked_sub_months(chrono::Months::new(12));
        app.wb
            .with(|wb| rules_by_problems(&wb.rules, &wb.complaints, since))
    });
    view! {
        <section class="card rules" data-testid="rules" aria-labelledby="rules-title">
            <h2 id="rules-title">{move || t(K::RulesTitle)}</h2>
            <p class="muted">{move || t(K::RulesLead)}</p>
            {add}
            <ol class="plain rule-list" data-testid="rule-list">
                <For each=move || counts.get() key=|(id, _)| *id let((id, _))>
                    <RuleRow id=id counts=counts />
                </For>
            </ol>
        </section>
    }
}

#[component]
fn RuleRow(id: Uuid, counts: Memo<Vec<(Uuid, usize)>>) -> impl IntoView {
    let app = use_app();
    let t = move |k: K| app.t(k);
    let data = Memo::new(move |_| {
        app.wb
            .with(|wb| wb.rules.get(id).map(|r| r.data.clone()).unwrap_or_default())
    });
    let n = move || counts.with(|c| c.iter().find(|(i, _)| *i == id).map_or(0, |(_, n)| *n));
    let rule = Editor::new(app, id, |wb| &mut wb.rules);
    // The categories on offer, plus any the rule names that left the list.
    let cats = Memo::new(move |_| {
        let mut all = crate::listen::complaints_view::categories(app);
        data.with(|r| {
            for c in &r.categories {
                if !all.iter().any(|a| a.trim().eq_ignore_ascii_case(c.trim())) {
                    all.push(c.clone());
                }
            }
        });
        all
    });
    let label_id = format!("rule-{id}");
    view! {
        <li
            class=move || {
                format!("rule decision-{}", code(data.with(|r| r.decision)).to_lowercase())
            }
            data-testid="rule"
        >
            <div class="goal-head">
                <label class="field grow">
                    <span id=label_id.clone()>{move || t(K::RuleText)}</span>
                    <input
                        type="text"
                        data-testid="rule-edit"
                        aria-labelledby=label_id.clone()
                        prop:value=move || data.with(|r| r.text.clone())
                        on:change=move |ev| {
                            rule.set(|r| &mut r.text, event_target_value(&ev));
                        }
                    />
                </label>
                <span
                    class=move || if n() == 0 { "band" } else { "band band-losing" }
                    data-testid="rule-count"
                >
                    {move || {
                        let n = n();
                        app.fmt().plural(P::RuleComplaints, n as u64)
                    }}
                </span>
            </div>
            <fieldset class="chips">
                <legend>{move || t(K::RuleCategories)}</legend>
                <For each=move || cats.get() key=|c| c.clone() let(c)>
                    {
                        let name = c.clone();
                        let on = {
                            let name = c.clone();
                            move || {
                                data.with(|r| {
                                    r.categories
                                        .iter()
                                        .any(|x| x.trim().eq_ignore_ascii_case(name.trim()))
                                })
                            }
                        };
                        view! {
                            <label class="chip">
                                <input
                                    type="checkbox"
                                    data-testid="rule-category"
                                    prop:checked=on
                                    on:change=move |ev| {
                                        let checked = event_target_checked(&ev);
                                        let name = name.clone();
                                        rule.change(move |r| {
                                            r.categories
                                                .retain(|x| !x.trim().eq_ignore_ascii_case(name.trim()));
                                            if checked {
                                                r.categories.push(name);
                                            }
                                        });
                                    }
                                />
                                {c}
                            </label>
                        }
                    }
                </For>
            </fieldset>
            <div class="row-actions">
                <label class="field inline">
                    <span>{move || t(K::RuleDecisionLabel)}</span>
                    <select
                        data-testid="rule-decision"
                        prop:value=move || code(data.with(|r| r.decision))
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            if let Some(d) = RuleDecision::ALL.into_iter().find(|d| code(d) == v) {
                                rule.set(|r| &mut r.decision, d);
                            }
                        }
                    >
                        {RuleDecision::ALL
                            .into_iter()
                            .map(|d| {
                                view! {
                                    <option value=code(
                                        d,
                                    )>{move || decision_text(d, app.lang.get())}</option>
                                }
                            })
                            .collect_view()}
                    </select>
                </label>
                <button
                    type="button"
                    class="secondary"
                    data-testid="rule-delete"
                    on:click=move |_| {
                        app.edit(|wb| {
                            wb.rules.trash(id, now());
                        });
                        app.notice.set(Some(Notice::Trashed(Part::Rules, id)));
                    }
                >
                    {move || t(K::MoveToTrashShort)}
                </button>
            </div>
        </li>
    }
}

// ---- staff: guidelines and training ----------------------------------------------------------

#[component]
pub fn Staff() -> impl IntoView {
    crate::app::kit::title(K::StaffTitle);
    let app = use_app();
    let t = move |k: K| app.t(k);
    view! {
        <section class="page draft staff">
            <SectionTabs tabs=crate::app::kit::DRAFT_TABS />
            <h1>{move || t(K::StaffTitle)}</h1>
            <p class="lead">{move || t(K::StaffLead)}</p>
            <section class="card" data-testid="guidelines" aria-labelledby="guidelines-title">
                <h2 id="guidelines-title">{move || t(K::GuidelinesTitle)}</h2>
                <p class="muted">{move || t(K::GuidelinesLead)}</p>
                <ol class="guide-steps">
                    {GUIDE_STEPS
                        .iter()
                        .map(|g| view! { <GuideStepEditor step=g.step /> })
                        .collect_view()}
                </ol>
            </section>
            <TrainingPlan />
        </section>
    }
}

#[component]
fn GuideStepEditor(step: GuideStep) -> impl IntoView {
    let app = use_app();
    let t = move |k: K| app.t(k);
    let slug = code(step).to_lowercase();
    let own = Memo::new(move |_| {
        app.wb.with(|wb| {
            wb.guidelines
                .get(guide_id(step))
                .filter(|r| r.is_live())
                .map(|r| r.data.clone())
        })
    });
    // Shown: the user's words once they edited the step, else the seed's.
    let shown = Memo::new(move |_| {
        let lang = app.lang.get();
        match own.get() {
            Some(g) => (g.text, g.example),
            None => {
                let seed = guide_text(step);
                (
                    seed.text.in_lang(lang).to_string(),
                    seed.example.in_lang(lang).to_string(),
                )
            }
        }
    });
    let placeholder = move |example: bool| {
        let seed = guide_text(step);
        let lang = app.lang.get();
        if example {
            seed.example.in_lang(lang)
        } else {
            seed.text.in_lang(lang)
        }
    };
    let title = guide_text(step).title;
    view! {
        <li class="guide-step" data-testid=format!("guide-{slug}")>
            <h3>{move || title.in_lang(app.lang.get())}</h3>
            <label class="field">
                <span>{move || t(K::GuideWhatToDo)}</span>
                <textarea
                    rows="3"
                    data-testid="guide-text"
                    placeholder=move || placeholder(false)
                    prop:value=move || shown.get().0
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        app.edit(|wb| edit_guideline(
                            &mut wb.guidelines,
                            step,
                            now(),
                            |g| {
                                if g.example.is_empty() && g.text.is_empty() {
                                    g.example = shown.get_untracked().1;
                                }
                                g.text = v;
                            },
                        ));
                    }
                ></textarea>
            </label>
            <label class="field">
                <span>{move || t(K::GuideExample)}</span>
                <textarea
                    rows="2"
                    data-testid="guide-example"
                    placeholder=move || placeholder(true)
                    prop:value=move || shown.get().1
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        app.edit(|wb| edit_guideline(
                            &mut wb.guidelines,
                            step,
                            now(),
                            |g| {
                                if g.example.is_empty() && g.text.is_empty() {
                                    g.text = shown.get_untracked().0;
                                }
                                g.example = v;
                            },
                        ));
                    }
                ></textarea>
            </label>
            <Show when=move || own.with(Option::is_some)>
                <button
                    type="button"
                    class="secondary small"
                    data-testid="guide-reset"
                    on:click=move |_| {
                        let id = guide_id(step);
                        app.edit(|wb| {
                            wb.guidelines.trash(id, now());
                        });
                        app.notice.set(Some(Notice::Trashed(Part::Guidelines, id)));
                    }
                >
                    {move || t(K::GuideReset)}
                </button>
            </Show>
        </li>
    }
}

#[component]
fn TrainingPlan() -> impl IntoView {
    let app = use_app();
    let t = move |k: K| app.t(k);
    let kind = RwSignal::new(None::<TrainingKind>);
    let date = RwSignal::new(String::new());
    let topic = RwSignal::new(String::new());
    let who = RwSignal::new(String::new());
    let has_kick_off = Memo::new(move |_| {
        app.wb
            .with(|wb| crate::draft::plan::has_kick_off(&wb.training))
    });
    let order = Memo::new(move |_| {
        app.wb.with(|wb| {
            training_in_order(&wb.training)
                .into_iter()
                .map(|r| r.id)
                .collect::<Vec<Uuid>>()
        })
    });
    let chosen_kind = move || {
        kind.get().unwrap_or(if has_kick_off.get() {
            TrainingKind::Meeting
        } else {
            TrainingKind::KickOff
        })
    };
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let k = kind
            .get_untracked()
            .unwrap_or(if has_kick_off.get_untracked() {
                TrainingKind::Meeting
            } else {
                TrainingKind::KickOff
            });
        let entry = Training {
            kind: k,
            date: parse_date_value(&date.get_untracked()),
            topic: topic.get_untracked().trim().to_string(),
            attendees: who.get_untracked().trim().to_string(),
            ..Training::default()
        };
        app.edit(|wb| {
            wb.training.insert(entry, now());
        });
        app.record_saved(Part::Training);
        kind.set(None);
        date.set(String::new());
        topic.set(String::new());
        who.set(String::new());
    };
    view! {
        <section class="card training" data-testid="training" aria-labelledby="training-title">
            <h2 id="training-title">{move || t(K::TrainingTitle)}</h2>
            <p class="muted">{move || t(K::TrainingLead)}</p>
            <Show when=move || !has_kick_off.get()>
                <p class="banner warn" data-testid="no-kick-off">
                    {move || t(K::TrainingNoKickOff)}
                </p>
            </Show>
            <Show when=move || order.with(|o| !o.is_empty())>
                <ul class="plain training-list" data-testid="training-list">
                    <For each=move || order.get() key=|id| *id let(id)>
                        <TrainingRow id=id />
                    </For>
                </ul>
            </Show>
            <form class="add-training" on:submit=add data-testid="add-training-form">
                <h3>{move || t(K::TrainingAdd)}</h3>
                <div class="form-grid">
                    <label class="field">
                        <span>{move || t(K::TrainingKindLabel)}</span>
                        <select
                            data-testid="training-kind"
                            prop:value=move || code(chosen_kind())
                            on:change=move |ev| {
                                let v = event_target_value(&ev);
                                kind.set(TrainingKind::ALL.into_iter().find(|k| code(k) == v));
                            }
                        >
                            {TrainingKind::ALL
                                .into_iter()
                                .map(|k| {
                                    view! {
                                        <option value=code(
                                            k,
                                        )>{move || training_kind_text(k, app.lang.get())}</option>
                                    }
                                })
                                .collect_view()}
                        </select>
                    </label>
                    <label class="field">
                        <span>{move || t(K::DocDate)}</span>
                        <DateInput
                            testid="training-date"
                            value=date
                            on_set=move |v: String| date.set(v)
                        />
                    </label>
                    <label class="field">
                        <span>{move || t(K::TrainingTopic)}</span>
                        <input
                            type="text"
                            data-testid="training-topic"
                            prop:value=move || topic.get()
                            on:input=move |ev| topic.set(event_target_value(&ev))
                        />
                    </label>
                    <label class="field">
                        <span>{move || t(K::TrainingAttendees)}</span>
                        <input
                            type="text"
                            data-testid="training-attendees"
                            placeholder=move || t(K::TrainingAttendeesHint)
                            prop:value=move || who.get()
                            on:input=move |ev| who.set(event_target_value(&ev))
                        />
                    </label>
                </div>
                <button type="submit" data-testid="add-training">
                    {move || t(K::Add)}
                </button>
            </form>
        </section>
    }
}

#[component]
fn TrainingRow(id: Uuid) -> impl IntoView {
    let app = use_app();
    let t = move |k: K| app.t(k);
    let data = Memo::new(move |_| {
        app.wb.with(|wb| {
            wb.training
                .get(id)
                .map(|r| r.data.clone())
                .unwrap_or_default()
        })
    });
    let training = Editor::new(app, id, |wb| &mut wb.training);
    let heading = format!("training-{id}");
    let title = move || {
        let lang = app.lang.get();
        data.with(|s| {
            let when = s
                .date
                .map(|d| Intl(lang).date(d))
                .unwrap_or_else(|| K::NoDate.in_lang(lang).into());
            format!("{} · {}", training_kind_text(s.kind, lang), when)
        })
    };
    view! {
        <li class="card training-item" data-testid="training-item" aria-labelledby=heading.clone()>
            <div class="goal-head">
                <h3 id=heading.clone()>{title}</h3>
                <label class="chip">
                    <input
                        type="checkbox"
                        data-testid="training-held"
                        prop:checked=move || data.with(|s| s.held)
                        on:change=move |ev| {
                            training.set(|t| &mut t.held, event_target_checked(&ev));
                        }
                    />
                    {move || t(K::TrainingHeld)}
                </label>
            </div>
            <div class="form-grid">
                <label class="field">
                    <span>{move || t(K::DocDate)}</span>
                    <DateInput
                        testid="training-item-date"
                        lazy=true
                        value=Signal::derive(move || date_value(data.with(|s| s.date)))
                        on_set=move |v: String| {
                            training.set(|t| &mut t.date, parse_date_value(&v));
                        }
                    />
                </label>
                <label class="field">
                    <span>{move || t(K::TrainingTopic)}</span>
                    <input
                        type="text"
                        data-testid="training-item-topic"
                        prop:value=move || data.with(|s| s.topic.clone())
                        on:change=move |ev| {
                            training.set(|t| &mut t.topic, event_target_value(&ev));
                        }
                    />
                </label>
                <label class="field">
                    <span>{move || t(K::TrainingAttendees)}</span>
                    <input
                        type="text"
                        data-testid="training-item-attendees"
                        prop:value=move || data.with(|s| s.attendees.clone())
                        on:change=move |ev| {
                            training.set(|t| &mut t.attendees, event_target_value(&ev));
                        }
                    />
                </label>
            </div>
            <label class="field">
                <span>{move || t(K::TrainingNotes)}</span>
                <textarea
                    rows="2"
                    data-testid="training-item-notes"
                    prop:value=move || data.with(|s| s.notes.clone())
                    on:change=move |ev| {
                        training.set(|t| &mut t.notes, event_target_value(&ev));
                    }
                ></textarea>
            </label>
            <button
                type="button"
                class="secondary small"
                data-testid="training-delete"
                on:click=move |_| {
                    app.edit(|wb| {
                        wb.training.trash(id, now());
                    });
                    app.notice.set(Some(Notice::Trashed(Part::Training, id)));
                }
            >
                {move || t(K::MoveToTrashShort)}
            </button>
        </li>
    }
}

// ---- the plan: customers, support, review ---------------------------------------------------------

#[component]
pub fn Plan() -> impl IntoView {
    crate::app::kit::title(K::PlanTitle);
    let app = use_app();
    let t = move |k: K| app.t(k);
    view! {
        <section class="page draft plan">
            <SectionTabs tabs=crate::app::kit::DRAFT_TABS />
            <h1>{move || t(K::PlanTitle)}</h1>
            <p class="lead">{move || t(K::PlanLead)}</p>
            <ReviewBanner />
            <CustomerCard />
            <SupportCard />
            <ReviewCard />
        </section>
    }
}

/// The review cycle's state, shown when a review is due (also on Home).
#[component]
pub fn ReviewBanner() -> impl IntoView {
    let app = use_app();
    move || {
        let lang = app.lang.get();
        let status = app.wb.with(|wb| review_status(&wb.reviews, web::today()));
        let (class, text) = match status {
            ReviewStatus::Never => ("banner info", K::ReviewNever.in_lang(lang).to_string()),
            ReviewStatus::NoNextDate { last } => (
                "banner info",
                fill(
                    K::ReviewNoNext.in_lang(lang),
                    &[("last", &Intl(lang).date(last))],
                ),
            ),
            ReviewStatus::Due { last, since } => (
                "banner warn",
                fill(
                    K::ReviewDue.in_lang(lang),
                    &[
                        ("last", &Intl(lang).date(last)),
                        ("since", &Intl(lang).date(since)),
                    ],
                ),
            ),
            ReviewStatus::Scheduled { last, next } => (
                "banner ok",
                fill(
                    K::ReviewScheduled.in_lang(lang),
                    &[
                        ("last", &Intl(lang).date(last)),
                        ("next", &Intl(lang).date(next)),
                    ],
                ),
            ),
        };
        view! {
            <p class=class role="status" data-testid="review-status">
                {text}
            </p>
        }
    }
}

#[component]
fn CustomerCard() -> impl IntoView {
    let app = use_app();
    let t = move |k: K| app.t(k);
    type Field = fn(&mut CustomerProfile) -> &mut String;
    let field = move |label: K, hint: K, testid: &'static str, get: Field| {
        let value =
            Memo::new(move |_| app.wb.with(|wb| get(&mut wb.customer.data.clone()).clone()));
        view! {
            <label class="field">
                <span>{move || t(label)}</span>
                <textarea
                    rows="2"
                    data-testid=testid
                    placeholder=move || t(hint)
                    prop:value=move || value.get()
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        app.edit(|wb| {
                            let mut c = wb.customer.data.clone();
                            *get(&mut c) = v;
                            wb.customer.set(c, now());
                        });
                    }
                ></textarea>
            </label>
        }
    };
    view! {
        <section class="card" data-testid="customer-profile" aria-labelledby="customer-title">
            <h2 id="customer-title">{move || t(K::CustomerTitle)}</h2>
            <p class="muted">{move || t(K::CustomerLead)}</p>
            <div class="form-grid">
                {field(K::CustLocation, K::CustLocationHint, "cust-location", |c| &mut c.location)}
                {field(
                    K::CustEducation,
                    K::CustEducationHint,
                    "cust-education",
                    |c| &mut c.education,
                )} {field(K::CustGender, K::CustGenderHint, "cust-gender", |c| &mut c.gender)}
                {field(K::CustAge, K::CustAgeHint, "cust-age", |c| &mut c.age)}
                {field(K::CustOther, K::CustOtherHint, "cust-other", |c| &mut c.other)}
            </div>
            <h3>{move || t(K::NeedsTitle)}</h3>
            <div class="form-grid">
                {field(
                    K::NeedPerformance,
                    K::NeedPerformanceHint,
                    "need-performance",
                    |c| &mut c.performance,
                )} {field(K::NeedSupport, K::NeedSupportHint, "need-support", |c| &mut c.support)}
                {field(K::NeedPrice, K::NeedPriceHint, "need-price", |c| &mut c.price)}
                {field(
                    K::NeedDurability,
                    K::NeedDurabilityHint,
                    "need-durability",
                    |c| &mut c.durability,
                )}
            </div>
        </section>
    }
}

/// Changes the support hours and channels: one value, set whole, not a
/// collection's record.
fn change_support(app: AppState, f: impl FnOnce(&mut Support)) {
    app.edit(|wb| {
        let mut s = wb.support.data.clone();
        f(&mut s);
        wb.support.set(s, now());
    })
}

/// One of the texts for customers: kept as it is typed, like the rest of
/// the support card.
fn terms_field(
    app: AppState,
    support: Memo<Support>,
    label: K,
    testid: &'static str,
    field: fn(&mut CustomerTerms) -> &mut String,
) -> impl IntoView {
    view! {
        <label class="field">
            <span>{move || app.t(label)}</span>
            <textarea
                rows="3"
                data-testid=testid
                prop:value=move || support.with(|s| field(&mut s.terms.clone()).clone())
                on:input=move |ev| {
                    let v = event_target_value(&ev);
                    change_support(app, move |s| *field(&mut s.terms) = v);
                }
            ></textarea>
        </label>
    }
}

fn parse_time(v: &str) -> Option<NaiveTime> {
    NaiveTime::parse_from_str(v, "%H:%M").ok()
}

#[component]
fn SupportCard() -> impl IntoView {
    let app = use_app();
    let t = move |k: K| app.t(k);
    let support = Memo::new(move |_| app.wb.with(|wb| wb.support.data.clone()));
    // Channels are keyed by place: a row reads its channel, so editing one
    // keeps the focus where it is.
    let places = move || (0..support.with(|s| s.channels.len())).collect::<Vec<usize>>();
    let summary = move || {
        let lang = app.lang.get();
        let s = support.get();
        let spans = hour_spans(&s.hours);
        if spans.is_empty() {
            return t(K::HoursNone).to_string();
        }
        let text = spans
            .iter()
            .map(|(a, b, from, to)| {
                let days = if a == b {
                    Intl(lang).weekday(*a)
                } else {
                    format!("{}–{}", Intl(lang).weekday(*a), Intl(lang).weekday(*b))
                };
                format!("{days} {}–{}", Intl(lang).time(*from), Intl(lang).time(*to))
            })
            .collect::<Vec<_>>()
            .join("; ");
        let hours = Intl(lang).number(crate::draft::plan::weekly_hours(&s.hours), 1);
        fill(t(K::HoursSummary), &[("hours", &hours), ("spans", &text)])
    };
    view! {
        <section class="card" data-testid="support" aria-labelledby="support-title">
            <h2 id="support-title">{move || t(K::SupportTitle)}</h2>
            <p class="muted">{move || t(K::SupportLead)}</p>
            <h3>{move || t(K::HoursTitle)}</h3>
            <p data-testid="hours-summary">
                <strong>{summary}</strong>
            </p>
            {move || {
                let lang = app.lang.get();
                let bad = reversed_days(&support.get().hours);
                (!bad.is_empty())
                    .then(|| {
                        view! {
                            <p class="banner warn" role="alert" data-testid="hours-reversed">
                                {fill(
                                    K::HoursReversed.in_lang(lang),
                                    &[
                                        (
                                            "days",
                                            &bad
                                                .iter()
                                                .map(|d| Intl(lang).weekday(*d))
                                                .collect::<Vec<_>>()
                                                .join(", "),
                                        ),
                                    ],
                                )}
                            </p>
                        }
                    })
            }}
            <Show when=move || !support.with(Support::hours_entered)>
                <div class="banner info" data-testid="hours-suggested">
                    <p>{move || t(K::HoursSuggested)}</p>
                    <button
                        type="button"
                        data-testid="hours-confirm"
                        on:click=move |_| change_support(app, |s| s.hours_confirmed = true)
                    >
                        {move || t(K::HoursConfirm)}
                    </button>
                </div>
            </Show>
            <table class="hours" data-testid="hours">
                <thead>
                    <tr>
                        <th scope="col">{move || t(K::DocDay)}</th>
                        <th scope="col">{move || t(K::HoursOpen)}</th>
                        <th scope="col">{move || t(K::HoursFrom)}</th>
                        <th scope="col">{move || t(K::HoursTo)}</th>
                    </tr>
                </thead>
                <tbody>
                    {WEEK
                        .iter()
                        .enumerate()
                        .map(|(i, day)| {
                            let day = *day;
                            let h = move || support.with(|s| s.hours[i]);
                            let name = move || Intl(app.lang.get()).weekday(day);
                            view! {
                                <tr data-testid="hours-day">
                                    <th scope="row">{name}</th>
                                    <td>
                                        <input
                                            type="checkbox"
                                            data-testid="day-open"
                                            aria-label=move || fill(
                                                t(K::HoursOpenOn),
                                                &[("day", &name())],
                                            )
                                            prop:checked=move || h().open
                                            on:change=move |ev| {
                                                let v = event_target_checked(&ev);
                                                change_support(
                                                    app,
                                                    move |s| {
                                                        s.hours[i].open = v;
                                                        s.hours_confirmed = true;
                                                    },
                                                );
                                            }
                                        />
                                    </td>
                                    <td>
                                        <input
                                            type="time"
                                            data-testid="day-from"
                                            aria-label=move || fill(
                                                t(K::HoursFromOn),
                                                &[("day", &name())],
                                            )
                                            prop:value=move || time_value(h().from)
                                            disabled=move || !h().open
                                            on:change=move |ev| {
                                                if let Some(v) = parse_time(&event_target_value(&ev)) {
                                                    change_support(
                                                        app,
                                                        move |s| {
                                                            s.hours[i].from = v;
                                                            s.hours_confirmed = true;
                                                        },
                                                    );
                                                }
                                            }
                                        />
                                    </td>
                                    <td>
                                        <input
                                            type="time"
                                            data-testid="day-to"
                                            aria-label=move || fill(
                                                t(K::HoursToOn),
                                                &[("day", &name())],
                                            )
                                            prop:value=move || time_value(h().to)
                                            disabled=move || !h().open
                                            on:change=move |ev| {
                                                if let Some(v) = parse_time(&event_target_value(&ev)) {
                                                    change_support(
                                                        app,
                                                        move |s| {
                                                            s.hours[i].to = v;
                                                            s.hours_confirmed = true;
                                                        },
                                                    );
                                                }
                                            }
                                        />
                                    </td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
            <h3>{move || t(K::ChannelsTitle)}</h3>
            <p class="muted small">{move || t(K::ChannelsLead)}</p>
            <Show when=move || !support.with(covers_off_hours)>
                <p class="banner info" data-testid="no-off-hours">
                    {move || t(K::NoOffHours)}
                </p>
            </Show>
            <ul class="plain channel-list" data-testid="channel-list">
                <For each=places key=|i| *i let(i)>
                    {
                        let c = move || {
                            support.with(|s| s.channels.get(i).cloned().unwrap_or_default())
                        };
                        let lang = move || app.lang.get();
                        view! {
                            <li class="channel form-grid" data-testid="channel">
                                <label class="field">
                                    <span>{move || t(K::ChannelKindLabel)}</span>
                                    <select
                                        data-testid="channel-kind"
                                        prop:value=move || code(c().kind)
                                        on:change=move |ev| {
                                            let v = event_target_value(&ev);
                                            if let Some(k) = ChannelKind::ALL
                                                .into_iter()
                                                .find(|k| code(k) == v)
                                            {
                                                change_support(
                                                    app,
                                                    move |s| {
                                                        if let Some(c) = s.channels.get_mut(i) {
                                                            c.kind = k;
                                                        }
                                                    },
                                                );
                                            }
                                        }
                                    >
                                        {ChannelKind::ALL
                                            .into_iter()
                                            .map(|k| {
                                                view! {
                                                    <option value=code(
                                                        k,
                                                    )>{move || channel_text(k, lang())}</option>
                                                }
                                            })
                                            .collect_view()}
                                    </select>
                                </label>
                                <label class="field">
                                    <span>{move || t(K::ChannelDetail)}</span>
                                    <input
                                        type="text"
                                        data-testid="channel-detail"
                                        prop:value=move || c().detail
                                        placeholder=move || t(K::ChannelDetailHint)
                                        on:change=move |ev| {
                                            let v = event_target_value(&ev);
                                            change_support(
                                                app,
                                                move |s| {
                                                    if let Some(c) = s.channels.get_mut(i) {
                                                        c.detail = v;
                                                    }
                                                },
                                            );
                                        }
                                    />
                                </label>
                                <label class="field">
                                    <span>{move || t(K::ChannelReach)}</span>
                                    <select
                                        data-testid="channel-reach"
                                        prop:value=move || code(c().reach)
                                        on:change=move |ev| {
                                            let v = event_target_value(&ev);
                                            if let Some(r) = Reach::ALL
                                                .into_iter()
                                                .find(|r| code(r) == v)
                                            {
                                                change_support(
                                                    app,
                                                    move |s| {
                                                        if let Some(c) = s.channels.get_mut(i) {
                                                            c.reach = r;
                                                        }
                                                    },
                                                );
                                            }
                                        }
                                    >
                                        {Reach::ALL
                                            .into_iter()
                                            .map(|r| {
                                                view! {
                                                    <option value=code(
                                                        r,
                                                    )>{move || reach_text(r, lang())}</option>
                                                }
                                            })
                                            .collect_view()}
                                    </select>
                                </label>
                                <button
                                    type="button"
                                    class="secondary small"
                                    data-testid="channel-remove"
                                    on:click=move |_| change_support(
                                        app,
                                        move |s| {
                                            if i < s.channels.len() {
                                                s.channels.remove(i);
                                            }
                                        },
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
                data-testid="add-channel"
                on:click=move |_| change_support(
                    app,
                    |s| {
                        let next = if s.channels.iter().any(|c| c.kind == ChannelKind::Phone) {
                            SupportChannel {
                                kind: ChannelKind::Email,
                                reach: Reach::OffHours,
                                ..SupportChannel::default()
                            }
                        } else {
                            SupportChannel::default()
                        };
                        s.channels.push(next);
                    },
                )
            >
                {move || t(K::AddChannel)}
            </button>
            <h3>{move || t(K::EducationTitle)}</h3>
            <p class="muted small">{move || t(K::EducationLead)}</p>
            <div class="form-grid">
                <label class="field">
                    <span>{move || t(K::SelfHelp)}</span>
                    <textarea
                        rows="3"
                        data-testid="self-help"
                        placeholder=move || t(K::SelfHelpHint)
                        prop:value=move || support.with(|s| s.self_help.clone())
                        on:input=move |ev| {
                            let v = event_target_value(&ev);
                            change_support(app, move |s| s.self_help = v);
                        }
                    ></textarea>
                </label>
                <label class="field">
                    <span>{move || t(K::GetHelp)}</span>
                    <textarea
                        rows="3"
                        data-testid="get-help"
                        placeholder=move || t(K::GetHelpHint)
                        prop:value=move || support.with(|s| s.get_help.clone())
                        on:input=move |ev| {
                            let v = event_target_value(&ev);
                            change_support(app, move |s| s.get_help = v);
                        }
                    ></textarea>
                </label>
            </div>
            <h3 id="terms">{move || t(K::TermsTitle)}</h3>
            <p class="muted small">{move || t(K::TermsLead)}</p>
            <div class="form-grid">
                {terms_field(app, support, K::TermsReturns, "terms-returns", |t| &mut t.returns)}
                {terms_field(app, support, K::TermsShipping, "terms-shipping", |t| &mut t.shipping)}
                {terms_field(app, support, K::TermsPayment, "terms-payment", |t| &mut t.payment)}
                {terms_field(
                    app,
                    support,
                    K::TermsGuarantees,
                    "terms-guarantees",
                    |t| &mut t.guarantees,
                )}
                {terms_field(app, support, K::TermsComplain, "terms-complain", |t| &mut t.complain)}
                {terms_field(app, support, K::TermsContact, "terms-contact", |t| &mut t.contact)}
            </div>
        </section>
    }
}

#[component]
fn ReviewCard() -> impl IntoView {
    let app = use_app();
    let t = move |k: K| app.t(k);
    let on = RwSignal::new(date_value(Some(web::today())));
    let changed = RwSignal::new(String::new());
    let next = RwSignal::new(date_value(Some(default_next(web::today()))));
    let errors = RwSignal::new(Vec::<ReviewInvalid>::new());
    let missing = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(date) = parse_date_value(&on.get_untracked()) else {
            missing.set(true);
            return;
        };
        missing.set(false);
        let review = Review {
            on: date,
            changed: changed.get_untracked().trim().to_string(),
            next: parse_date_value(&next.get_untracked()),
        };
        let bad = validate_review(&review, web::today());
        if !bad.is_empty() {
            errors.set(bad);
            return;
        }
        errors.set(Vec::new());
        app.edit(|wb| {
            wb.reviews.insert(review, now());
        });
        app.record_saved(Part::Reviews);
        changed.set(String::new());
        on.set(date_value(Some(web::today())));
        next.set(date_value(Some(default_next(web::today()))));
    };
    view! {
        <section class="card" data-testid="reviews" aria-labelledby="review-title">
            <h2 id="review-title">{move || t(K::ReviewTitle)}</h2>
            <p class="muted">{move || t(K::ReviewLead)}</p>
            <form
                on:keydown=crate::app::kit::enter_never_submits
                on:submit=submit
                data-testid="review-form"
                novalidate
            >
                <div class="form-grid">
                    <label class="field">
                        <span>{move || t(K::ReviewOn)}</span>
                        <DateInput
                            testid="review-on"
                            required=true
                            value=on
                            on_set=move |v: String| on.set(v)
                        />
                    </label>
                    <label class="field">
                        <span>{move || t(K::ReviewNext)}</span>
                        <DateInput
                            testid="review-next"
                            value=next
                            on_set=move |v: String| next.set(v)
                        />
                    </label>
                </div>
                <label class="field">
                    <span>{move || t(K::ReviewChanged)}</span>
                    <textarea
                        rows="3"
                        data-testid="review-changed"
                        placeholder=move || t(K::ReviewChangedHint)
                        prop:value=move || changed.get()
                        on:input=move |ev| changed.set(event_target_value(&ev))
                    ></textarea>
                </label>
                {move || {
                    let mut msgs: Vec<&'static str> = errors
                        .get()
                        .into_iter()
                        .map(|e| match e {
                            ReviewInvalid::InFuture => t(K::ReviewInFuture),
                            ReviewInvalid::NextNotAfter => t(K::ReviewNextNotAfter),
                        })
                        .collect();
                    if missing.get() {
                        msgs.push(t(K::ReviewNoDate));
                    }
                    (!msgs.is_empty())
                        .then(|| {
                            view! {
                                <div class="banner warn" role="alert" data-testid="review-errors">
                                    <ul>
                                        {msgs
                                            .into_iter()
                                            .map(|m| view! { <li>{m}</li> })
                                            .collect_view()}
                                    </ul>
                                </div>
                            }
                        })
                }}
                <button type="submit" data-testid="add-review">
                    {move || t(K::ReviewAdd)}
                </button>
            </form>
            {move || {
                let lang = app.lang.get();
                let list: Vec<(Uuid, Review)> = app
                    .wb
                    .with(|wb| {
                        reviews_newest_first(&wb.reviews)
                            .into_iter()
                            .map(|r| (r.id, r.data.clone()))
                            .collect()
                    });
                (!list.is_empty())
                    .then(|| {
                        view! {
                            <ol class="plain review-list" data-testid="review-list">
                                {list
                                    .into_iter()
                                    .map(|(id, r)| {
                                        view! {
                                            <li data-testid="review">
                                                <strong>{Intl(lang).date(r.on)}</strong>
                                                {r
                                                    .next
                                                    .map(|n| {
                                                        view! {
                                                            " · "
                                                            <span class="muted">
                                                                {fill(
                                                                    K::ReviewNextOn.in_lang(lang),
                                                                    &[("date", &Intl(lang).date(n))],
                                                                )}
                                                            </span>
                                                        }
                                                    })}
                                                <p class="prewrap">
                                                    {if r.changed.is_empty() {
                                                        "—".to_string()
                                                    } else {
                                                        r.changed.clone()
                                                    }}
                                                </p>
                                                <button
                                                    type="button"
                                                    class="secondary small"
                                                    data-testid="review-delete"
                                                    on:click=move |_| {
                                                        app.edit(|wb| {
                                                            wb.reviews.trash(id, now());
                                                        });
                                                        app.notice.set(Some(Notice::Trashed(Part::Reviews, id)));
                                                    }
                                                >
                                                    {K::MoveToTrashShort.in_lang(lang)}
                                                </button>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ol>
                        }
                    })
            }}
        </section>
    }
}

// ---- the document ---------------------------------------------------------------------------------

fn blocks_view(blocks: Vec<Block>) -> impl IntoView {
    blocks
        .into_iter()
        .map(|b| match b {
            Block::Text(t) => view! {
                <div class="doc-text">
                    {t.split("\n\n").map(|p| view! { <p>{p.to_string()}</p> }).collect_view()}
                </div>
            }.into_any(),
            Block::Quote(t) => view! { <blockquote>{t}</blockquote> }.into_any(),
            Block::Sub(t) => view! { <h4>{t}</h4> }.into_any(),
            Block::Note(t) => view! { <p class="doc-note">{t}</p> }.into_any(),
            Block::List(items) => view! { <ul>{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul> }.into_any(),
            Block::Table { head, rows } => view! {
                <table>
                    <thead>
                        <tr>
                            {head
                                .into_iter()
                                .map(|h| view! { <th scope="col">{h}</th> })
                                .collect_view()}
                        </tr>
                    </thead>
                    <tbody>
                        {rows
                            .into_iter()
                            .map(|r| {
                                view! {
                                    <tr>
                                        {r
                                            .into_iter()
                                            .map(|c| view! { <td>{c}</td> })
                                            .collect_view()}
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            }.into_any(),
        })
        .collect_view()
}

fn document_view(doc: Document) -> impl IntoView {
    view! {
        <article class="doc" data-testid="policy-document">
            <header class="doc-head">
                <h2 class="doc-title">{doc.title}</h2>
                {doc.meta.into_iter().map(|m| view! { <p class="doc-meta">{m}</p> }).collect_view()}
            </header>
            {doc
                .sections
                .into_iter()
                .map(|s| {
                    view! {
                        <section class="doc-section" data-testid=format!("doc-{}", s.id)>
                            <h3>{s.heading}</h3>
                            {blocks_view(s.blocks)}
                        </section>
                    }
                })
                .collect_view()}
        </article>
    }
}

/// The page for customers: what it is for, and its download.
#[component]
fn CustomerPageCard(lang: Signal<Lang>) -> impl IntoView {
    let app = use_app();
    let t = move |k: K| app.t(k);
    let page = Memo::new(move |_| {
        let l = lang.get();
        app.wb.with(|wb| {
            has_content(wb).then(|| {
                (
                    customer_page(wb, l, &Intl(l), web::today()),
                    customer_file_name(wb, l),
                )
            })
        })
    });
    let download = move |_| {
        if let Some((html, name)) = page.get_untracked() {
            // A refused download leaves the page as it was; nothing to undo.
            let _ = web::download(&name, "text/html;charset=utf-8", &html);
        }
    };
    view! {
        <div class="card customer-page" data-testid="customer-page">
            <h2>{move || t(K::CustomerPageTitle)}</h2>
            <p>{move || t(K::CustomerPageLead)}</p>
            {move || match page.get() {
                Some(_) => {
                    view! {
                        <div class="customer-actions">
                            <button
                                type="button"
                                data-testid="download-customer-page"
                                on:click=download
                            >
                                {move || t(K::CustomerPageDownload)}
                            </button>
                            <A href=to("/draft/plan#terms")>{move || t(K::CustomerPageWrite)}</A>
                        </div>
                    }
                        .into_any()
                }
                None => {
                    view! {
                        <p class="muted" data-testid="customer-page-empty">
                            {move || t(K::CustomerPageEmpty)}
                            " "
                            <A href=to("/draft/plan#terms")>{move || t(K::CustomerPageWrite)}</A>
                        </p>
                    }
                        .into_any()
                }
            }}
        </div>
    }
}

#[component]
pub fn DocumentPage() -> impl IntoView {
    crate::app::kit::title(K::DocPageTitle);
    let app = use_app();
    let t = move |k: K| app.t(k);
    let doc_lang = RwSignal::new(None::<Lang>);
    let lang = move || doc_lang.get().unwrap_or_else(|| app.lang.get());
    let download = move |_| {
        let l = lang();
        let md = app.wb.with_untracked(|wb| {
            to_markdown(&policy_document(
                wb,
                l,
                &Intl(l),
                now(),
                web::offset_minutes(),
            ))
        });
        let name = format!(
            "servicebook-policy-{}-{}.md",
            l.code(),
            web::today().format("%Y-%m-%d")
        );
        // A refused download leaves the page as it was; nothing to undo.
        let _ = web::download(&name, "text/markdown;charset=utf-8", &md);
    };
    view! {
        <section class="page draft document-page">
            <div class="no-print">
                <SectionTabs tabs=crate::app::kit::DRAFT_TABS />
                <h1>{move || t(K::DocPageTitle)}</h1>
                <p class="lead">{move || t(K::DocPageLead)}</p>
                <div class="toolbar">
                    <label class="field inline">
                        <span>{move || t(K::DocLanguage)}</span>
                        <select
                            data-testid="doc-lang"
                            prop:value=move || lang().code()
                            on:change=move |ev| {
                                if let Some(l) = Lang::from_code(&event_target_value(&ev)) {
                                    app.with_texts(l, &ev, lang, move || doc_lang.set(Some(l)));
                                }
                            }
                        >
                            {Lang::ALL
                                .into_iter()
                                .map(|l| {
                                    view! { <option value=l.code()>{l.native_name()}</option> }
                                })
                                .collect_view()}
                        </select>
                    </label>
                    <button
                        type="button"
                        data-testid="print-doc"
                        on:click=move |_| {
                            let _ = window().print();
                        }
                    >
                        {move || t(K::Print)}
                    </button>
                    <button
                        type="button"
                        class="secondary"
                        data-testid="download-md"
                        on:click=download
                    >
                        {move || t(K::DownloadMarkdown)}
                    </button>
                </div>
                <CustomerPageCard lang=Signal::derive(lang) />
            </div>
            <div lang=move || {
                lang().code()
            }>
                {move || {
                    let l = lang();
                    let doc = app
                        .wb
                        .with(|wb| policy_document(wb, l, &Intl(l), now(), web::offset_minutes()));
                    document_view(doc)
                }}
            </div>
        </section>
    }
}
