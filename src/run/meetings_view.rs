//! Run → Meetings: seed 004's template for notes of a meeting with a
//! customer (by phone or in person), kept, searchable, with follow-ups due.

use crate::app::kit::date_value;
use crate::app::kit::parse_date_value;
use crate::app::kit::to;
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
use crate::kernel::format::Format;
use crate::kernel::record::now;
use crate::run::meetings::ActionItem;
use crate::run::meetings::MeetingKind;
use crate::run::meetings::MeetingNote;
use crate::share::erasure::Found;
use crate::share::erasure::Person;
use crate::share::erasure_view::ErasePanel;
use chrono::NaiveDate;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;
use uuid::Uuid;

fn kind_text(k: MeetingKind, lang: Lang) -> &'static str {
    match k {
        MeetingKind::Phone => K::MeetPhone,
        MeetingKind::InPerson => K::MeetInPerson,
    }
    .in_lang(lang)
}

/// Where a note's follow-up stands, as a badge class and its words.
fn follow_up_badge(
    m: &MeetingNote,
    today: chrono::NaiveDate,
    lang: Lang,
) -> Option<(&'static str, String)> {
    let day = m.follow_up?;
    let date = Intl(lang).date(day);
    Some(if m.followed_up {
        (
            "band band-asset",
            fill(K::MeetFollowedUp.in_lang(lang), &[("date", &date)]),
        )
    } else if m.follow_up_due(today) {
        (
            "band band-losing",
            fill(K::MeetFollowUpDue.in_lang(lang), &[("date", &date)]),
        )
    } else {
        (
            "band band-good",
            fill(K::MeetFollowUpOn.in_lang(lang), &[("date", &date)]),
        )
    })
}

/// The list: search, only follow-ups due, a new note.
#[component]
pub fn Meetings() -> impl IntoView {
    crate::app::kit::title(K::MeetTitle);
    let app = use_app();
    let t = move |k: K| app.t(k);
    let query = RwSignal::new(String::new());
    // "Only follow-ups due" lives in the page address (`?due=1`), so a link
    // (Home's figure and next step) opens the list filtered, and Back and a
    // reload keep it.
    let params = use_query_map();
    let only_due = Memo::new(move |_| params.with(|q| q.get("due").as_deref() == Some("1")));
    let navigate = use_navigate();
    let set_due = {
        let navigate = navigate.clone();
        move |due: bool| {
            navigate(
                if due {
                    "/run/meetings?due=1"
                } else {
                    "/run/meetings"
                },
                NavigateOptions {
                    replace: true,
                    scroll: false,
                    ..Default::default()
                },
            )
        }
    };
    let new_note = move |_| {
        let mut id = Uuid::nil();
        app.edit(|wb| {
            id = wb.meetings.insert(
                MeetingNote {
                    date: web::today(),
                    kind: MeetingKind::Phone,
                    customer: String::new(),
                    staff: String::new(),
                    topics: String::new(),
                    feedback: String::new(),
                    actions: Vec::new(),
                    follow_up: None,
                    followed_up: false,
                },
                now(),
            )
        });
        navigate(&format!("/run/meetings/{id}"), Default::default());
    };
    let due_count = Memo::new(move |_| {
        let today = web::today();
        app.wb.with(|wb| {
            wb.meetings
                .live()
                .filter(|r| r.data.follow_up_due(today))
                .count()
        })
    });
    let found = Memo::new(move |_| {
        let q = query.get();
        let due = only_due.get();
        let today = web::today();
        app.wb.with(|wb| {
            let mut v: Vec<(Uuid, MeetingNote)> = wb
                .meetings
                .live()
                .filter(|r| r.data.matches(&q))
                .filter(|r| !due || r.data.follow_up_due(today))
                .map(|r| (r.id, r.data.clone()))
                .collect();
            crate::kernel::order::sort_by_key(&mut v, |(_, m)| std::cmp::Reverse(m.date));
            v
        })
    });
    view! {
        <section class="page run meetings">
            <SectionTabs tabs=crate::app::kit::RUN_TABS />
            <h1>{move || t(K::MeetTitle)}</h1>
            <p class="lead">{move || t(K::MeetLead)}</p>
            {move || {
                let n = due_count.get();
                (n > 0)
                    .then(|| {
                        view! {
                            <p class="banner warn" data-testid="meet-due-banner">
                                {app.fmt().plural(P::MeetDue, n as u64)}
                            </p>
                        }
                    })
            }}
            <div class="card filters" role="search">
                <label class="field grow">
                    <span>{move || t(K::MeetSearch)}</span>
                    <input
                        type="search"
                        data-testid="meet-search"
                        prop:value=move || query.get()
                        on:input=move |ev| query.set(event_target_value(&ev))
                    />
                </label>
                <label class="field check">
                    <input
                        type="checkbox"
                        data-testid="meet-only-due"
                        prop:checked=move || only_due.get()
                        on:change=move |ev| set_due(event_target_checked(&ev))
                    />
                    <span>{move || t(K::MeetOnlyDue)}</span>
                </label>
            </div>
            <div class="actions">
                <button type="button" class="primary" data-testid="new-meeting" on:click=new_note>
                    {move || t(K::MeetNew)}
                </button>
            </div>
            {move || {
                let lang = app.lang.get();
                let today = web::today();
                let list = found.get();
                if list.is_empty() {
                    return view! {
                        <p class="muted" data-testid="meet-none">
                            {t(K::MeetNone)}
                        </p>
                    }
                        .into_any();
                }
                view! {
                    <ul class="plain meet-list" data-testid="meet-list">
                        {list
                            .into_iter()
                            .map(|(id, m)| {
                                let who = if m.customer.trim().is_empty() {
                                    K::MeetNoCustomer.in_lang(lang).to_string()
                                } else {
                                    m.customer.clone()
                                };
                                let badge = follow_up_badge(&m, today, lang);
                                let open = m.open_actions();
                                view! {
                                    <li class="card meet-item" data-testid="meet-item">
                                        <div class="goal-head">
                                            <h2>
                                                <A href=to(&format!("/run/meetings/{id}"))>{who}</A>
                                            </h2>
                                            {badge
                                                .map(|(class, text)| {
                                                    view! {
                                                        <span class=class data-testid="meet-badge">
                                                            {text}
                                                        </span>
                                                    }
                                                })}
                                        </div>
                                        <p class="muted small">
                                            {Intl(lang).date(m.date)}" · "{kind_text(m.kind, lang)}
                                            {(!m.staff.trim().is_empty())
                                                .then(|| {
                                                    format!(
                                                        " · {}",
                                                        crate::kernel::text::isolate_if_needed(&m.staff),
                                                    )
                                                })}
                                            {(open > 0)
                                                .then(|| {
                                                    format!(
                                                        " · {}",
                                                        Intl(lang).plural(P::MeetOpen, open as u64),
                                                    )
                                                })}
                                        </p>
                                        {(!m.topics.trim().is_empty())
                                            .then(|| {
                                                view! { <p class="prewrap">{m.topics.clone()}</p> }
                                            })}
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

/// A change to a note other than one of its own text fields: plain data,
/// applied by one function, so the code that saves a note is compiled once
/// for all of them rather than once per change, as a closure given to
/// `Editor::change` at each field would be.
enum NoteChange {
    Date(NaiveDate),
    Kind(MeetingKind),
    FollowUp(Option<NaiveDate>),
    FollowedUp(bool),
    Action(usize, fn(&mut ActionItem) -> &mut String, String),
    ActionDone(usize, bool),
    RemoveAction(usize),
    AddAction,
}

impl NoteChange {
    fn apply(self, n: &mut MeetingNote) {
        match self {
            NoteChange::Date(d) => n.date = d,
            NoteChange::Kind(k) => n.kind = k,
            NoteChange::FollowUp(d) => n.follow_up = d,
            NoteChange::FollowedUp(v) => n.followed_up = v,
            NoteChange::Action(i, field, v) => {
                if let Some(a) = n.actions.get_mut(i) {
                    *field(a) = v;
                }
            }
            NoteChange::ActionDone(i, v) => {
                if let Some(a) = n.actions.get_mut(i) {
                    a.done = v;
                }
            }
            NoteChange::RemoveAction(i) => {
                if i < n.actions.len() {
                    n.actions.remove(i);
                }
            }
            NoteChange::AddAction => n.actions.push(ActionItem::default()),
        }
    }
}

fn change(editor: Editor<MeetingNote>, c: NoteChange) {
    editor.change(move |n| c.apply(n));
}

/// One note, in the template's order; every field is saved as it changes.
#[component]
pub fn MeetingPage() -> impl IntoView {
    crate::app::kit::title(K::MeetNoteTitle);
    let app = use_app();
    let t = move |k: K| app.t(k);
    let id = crate::app::kit::id_param();
    let note = Memo::new(move |_| {
        let id = id.get()?;
        app.wb.with(|wb| {
            wb.meetings
                .get(id)
                .filter(|r| r.is_live())
                .map(|r| r.data.clone())
        })
    });
    let get = move |f: fn(&MeetingNote) -> String| {
        move || note.with(|n| n.as_ref().map(f).unwrap_or_default())
    };
    // Erasing: the customer line as it is saved; this note is listed first.
    let find_customer = Callback::new(move |()| {
        let found = id.get_untracked().and_then(|id| {
            note.with_untracked(|n| {
                n.as_ref().map(|n| {
                    let this = Found {
                        part: Part::Meetings,
                        id,
                        date: n.date,
                        label: n
                            .topics
                            .lines()
                            .next()
                            .unwrap_or("")
                            .chars()
                            .take(60)
                            .collect(),
                        by: Vec::new(),
                        trashed: false,
                    };
                    (Person::from_line(&n.customer), Some(this))
                })
            })
        });
        found.unwrap_or_default()
    });
    let bad_date = RwSignal::new(false);
    // Rebuild the page only when the record shown comes or goes, not on
    // every edit, so that focus stays where it is.
    let shown = Memo::new(move |_| id.get().filter(|_| note.with(Option::is_some)));
    let navigate = use_navigate();
    move || {
        let Some(note_id) = shown.get() else {
            return crate::app::kit::not_found("/run/meetings", K::MeetBack);
        };
        let editor = Editor::new(app, note_id, |wb| &mut wb.meetings);
        let navigate = navigate.clone();
        view! {
            <section class="page run meeting-page">
                <p>
                    <A href=to("/run/meetings")>{move || t(K::MeetBack)}</A>
                </p>
                <h1>{move || t(K::MeetNoteTitle)}</h1>
                <div class="card">
                    <div class="form-grid">
                        <label class="field">
                            <span>{move || t(K::MeetDate)}</span>
                            <DateInput
                                testid="meet-date"
                                required=true
                                lazy=true
                                value=Signal::derive(move || date_value(
                                    note.with(|n| n.as_ref().map(|n| n.date)),
                                ))
                                on_incomplete=move || bad_date.set(true)
                                on_set=move |v: String| match parse_date_value(&v) {
                                    Some(d) => {
                                        bad_date.set(false);
                                        change(editor, NoteChange::Date(d));
                                    }
                                    None => bad_date.set(true),
                                }
                            />
                        </label>
                        <label class="field">
                            <span>{move || t(K::MeetKind)}</span>
                            <select
                                data-testid="meet-kind"
                                prop:value=move || {
                                    format!(
                                        "{:?}",
                                        note
                                            .with(|n| n.as_ref().map(|n| n.kind).unwrap_or_default()),
                                    )
                                }
                                on:change=move |ev| {
                                    let k = if event_target_value(&ev) == "InPerson" {
                                        MeetingKind::InPerson
                                    } else {
                                        MeetingKind::Phone
                                    };
                                    change(editor, NoteChange::Kind(k));
                                }
                            >
                                <option value="Phone">
                                    {move || kind_text(MeetingKind::Phone, app.lang.get())}
                                </option>
                                <option value="InPerson">
                                    {move || kind_text(MeetingKind::InPerson, app.lang.get())}
                                </option>
                            </select>
                        </label>
                        <label class="field">
                            <span>{move || t(K::MeetCustomer)}</span>
                            <input
                                type="text"
                                autocomplete="off"
                                data-testid="meet-customer"
                                prop:value=get(|n| n.customer.clone())
                                on:change=move |ev| {
                                    let v = event_target_value(&ev);
                                    editor.set(|n| &mut n.customer, v);
                                }
                            />
                        </label>
                        <label class="field">
                            <span>{move || t(K::MeetStaff)}</span>
                            <input
                                type="text"
                                data-testid="meet-staff"
                                prop:value=get(|n| n.staff.clone())
                                on:change=move |ev| {
                                    let v = event_target_value(&ev);
                                    editor.set(|n| &mut n.staff, v);
                                }
                            />
                        </label>
                    </div>
                    <Show when=move || bad_date.get()>
                        <p class="banner warn" role="alert" data-testid="meet-date-error">
                            {move || t(K::MeetNoDate)}
                        </p>
                    </Show>
                    <label class="field">
                        <span>{move || t(K::MeetTopics)}</span>
                        <textarea
                            rows="3"
                            data-testid="meet-topics"
                            prop:value=get(|n| n.topics.clone())
                            on:change=move |ev| {
                                let v = event_target_value(&ev);
                                editor.set(|n| &mut n.topics, v);
                            }
                        ></textarea>
                    </label>
                    <label class="field">
                        <span>{move || t(K::MeetFeedback)}</span>
                        <textarea
                            rows="3"
                            data-testid="meet-feedback"
                            prop:value=get(|n| n.feedback.clone())
                            on:change=move |ev| {
                                let v = event_target_value(&ev);
                                editor.set(|n| &mut n.feedback, v);
                            }
                        ></textarea>
                    </label>
                </div>
                <ActionsCard note=note editor=editor />
                <section class="card" aria-labelledby="follow-title">
                    <h2 id="follow-title">{move || t(K::MeetFollowUp)}</h2>
                    <div class="form-grid">
                        <label class="field">
                            <span>{move || t(K::MeetFollowUpDate)}</span>
                            <DateInput
                                testid="meet-follow-up"
                                lazy=true
                                value=Signal::derive(move || date_value(
                                    note.with(|n| n.as_ref().and_then(|n| n.follow_up)),
                                ))
                                on_set=move |v: String| {
                                    let d = parse_date_value(&v);
                                    change(editor, NoteChange::FollowUp(d));
                                }
                            />
                        </label>
                    </div>
                    <label class="field check">
                        <input
                            type="checkbox"
                            data-testid="meet-followed-up"
                            prop:checked=move || {
                                note.with(|n| n.as_ref().is_some_and(|n| n.followed_up))
                            }
                            on:change=move |ev| {
                                let v = event_target_checked(&ev);
                                change(editor, NoteChange::FollowedUp(v));
                            }
                        />
                        <span>{move || t(K::MeetFollowedUpCheck)}</span>
                    </label>
                    {move || {
                        let lang = app.lang.get();
                        note.with(|n| {
                                n.as_ref().and_then(|n| follow_up_badge(n, web::today(), lang))
                            })
                            .map(|(class, text)| {
                                view! {
                                    <p>
                                        <span class=class data-testid="meet-page-badge">
                                            {text}
                                        </span>
                                    </p>
                                }
                            })
                    }}
                </section>
                // Erasing the customer sits with the other action on the
                // whole note, after the note's fields in tab order.
                <ErasePanel
                    show=Signal::derive(move || {
                        note.with(|n| { n.as_ref().is_some_and(|n| !n.customer.trim().is_empty()) })
                    })
                    find=find_customer
                    this_kind=K::EraseThisMeetingNote
                />
                <div class="actions">
                    <button
                        type="button"
                        class="secondary"
                        data-testid="delete-meeting"
                        on:click=move |_| {
                            app.edit(|wb| {
                                wb.meetings.trash(note_id, now());
                            });
                            app.notice.set(Some(Notice::Trashed(Part::Meetings, note_id)));
                            navigate("/run/meetings", Default::default());
                        }
                    >
                        {move || t(K::MoveToTrashShort)}
                    </button>
                </div>
            </section>
        }
        .into_any()
    }
}

#[component]
fn ActionsCard(note: Memo<Option<MeetingNote>>, editor: Editor<MeetingNote>) -> impl IntoView {
    let app = use_app();
    let t = move |k: K| app.t(k);
    let places = move || {
        (0..note.with(|n| n.as_ref().map_or(0, |n| n.actions.len()))).collect::<Vec<usize>>()
    };
    view! {
        <section class="card" data-testid="meet-actions" aria-labelledby="actions-title">
            <h2 id="actions-title">{move || t(K::MeetActions)}</h2>
            <ul class="plain">
                <For each=places key=|i| *i let(i)>
                    {
                        let action = move || {
                            note.with(|n| {
                                n.as_ref()
                                    .and_then(|n| n.actions.get(i).cloned())
                                    .unwrap_or_default()
                            })
                        };
                        view! {
                            <li class="form-grid action-row" data-testid="meet-action">
                                <label class="field">
                                    <span>{move || t(K::MeetActionText)}</span>
                                    <input
                                        type="text"
                                        data-testid="action-text"
                                        prop:value=move || action().text
                                        on:change=move |ev| {
                                            let v = event_target_value(&ev);
                                            change(editor, NoteChange::Action(i, |a| &mut a.text, v));
                                        }
                                    />
                                </label>
                                <label class="field">
                                    <span>{move || t(K::MeetActionWho)}</span>
                                    <input
                                        type="text"
                                        data-testid="action-who"
                                        prop:value=move || action().who
                                        on:change=move |ev| {
                                            let v = event_target_value(&ev);
                                            change(editor, NoteChange::Action(i, |a| &mut a.who, v));
                                        }
                                    />
                                </label>
                                <div class="inline-fields">
                                    <label class="field check">
                                        <input
                                            type="checkbox"
                                            data-testid="action-done"
                                            prop:checked=move || action().done
                                            on:change=move |ev| {
                                                let v = event_target_checked(&ev);
                                                change(editor, NoteChange::ActionDone(i, v));
                                            }
                                        />
                                        <span>{move || t(K::MeetActionDone)}</span>
                                    </label>
                                    <button
                                        type="button"
                                        class="secondary small"
                                        data-testid="action-remove"
                                        aria-label=move || fill(
                                            t(K::MeetRemoveAction),
                                            &[("n", &app.fmt().count((i + 1) as u64))],
                                        )
                                        on:click=move |_| change(
                                            editor,
                                            NoteChange::RemoveAction(i),
                                        )
                                    >
                                        {move || t(K::Remove)}
                                    </button>
                                </div>
                            </li>
                        }
                    }
                </For>
            </ul>
            <button
                type="button"
                data-testid="add-action"
                on:click=move |_| change(editor, NoteChange::AddAction)
            >
                {move || t(K::MeetAddAction)}
            </button>
        </section>
    }
}
