//! Erasing a customer's personal data from a record's page: one button,
//! then every record that names the customer (complaints, meeting notes),
//! ticked, the record at hand first; the ticked ones are erased when the
//! user confirms (`domain::erasure` finds and erases).

use crate::app::state::use_app;
use crate::app::web::Intl;
use crate::book::workbook::Part;
use crate::i18n::K;
use crate::i18n::P;
use crate::kernel::format::Format;
use crate::kernel::record::now;
use crate::share::erasure;
use crate::share::erasure::By;
use crate::share::erasure::Found;
use crate::share::erasure::Person;
use chrono::{DateTime, Utc};
use leptos::prelude::*;
use uuid::Uuid;

/// `find` gives whom to look for and how the record at hand is listed (it
/// is listed even when, edited but not saved, it no longer matches);
/// `on_this_erased` runs when the record at hand was among those erased.
#[component]
pub fn ErasePanel(
    /// Whether the button shows (a saved record that names a customer).
    #[prop(into)]
    show: Signal<bool>,
    find: Callback<(), (Person, Option<Found>)>,
    /// How the record at hand is named in the list.
    this_kind: K,
    #[prop(optional)] on_this_erased: Option<Callback<DateTime<Utc>>>,
) -> impl IntoView {
    let app = use_app();
    let t = move |k: K| app.t(k);
    let erasing = RwSignal::new(None::<Vec<(Found, RwSignal<bool>)>>);
    let erased_count = RwSignal::new(None::<usize>);
    let this_id = StoredValue::new(None::<(Part, Uuid)>);
    let looked_for = StoredValue::new(None::<Person>);
    // The ticks belong to the panel, not to the click: a handler runs under
    // the owner of its element, and the Erase button's owner is disposed as
    // soon as the panel hides it (then reading a tick panicked in the wasm).
    let owner = Owner::current();
    let start = move |_: leptos::ev::MouseEvent| {
        let (who, this) = find.run(());
        looked_for.set_value(Some(who.clone()));
        let offset = crate::app::web::offset_minutes();
        let mut found = app.wb.with_untracked(|wb| erasure::find(wb, &who, offset));
        let here = this.as_ref().map(|f| (f.part, f.id));
        if let Some(this) = this {
            if !found.iter().any(|f| (f.part, f.id) == (this.part, this.id)) {
                found.push(this);
            }
        }
        crate::kernel::order::sort_by_key(&mut found, |f| Some((f.part, f.id)) != here);
        this_id.set_value(here);
        erased_count.set(None);
        let ticked = move || {
            found
                .into_iter()
                .map(|f| (f, RwSignal::new(true)))
                .collect::<Vec<_>>()
        };
        let list = match &owner {
            Some(owner) => owner.with(ticked),
            None => ticked(),
        };
        erasing.set(Some(list));
    };
    let confirm = move |_| {
        let Some(list) = erasing.get_untracked() else {
            return;
        };
        let which: Vec<(Part, Uuid)> = list
            .iter()
            .filter(|(_, ticked)| ticked.get_untracked())
            .map(|(f, _)| (f.part, f.id))
            .collect();
        let at = now();
        if let (Some(cb), Some(here)) = (on_this_erased, this_id.get_value()) {
            if which.contains(&here) {
                cb.run(at);
            }
        }
        let mut n = 0;
        app.edit(|wb| n = erasure::erase(wb, &which, at));
        if let Some(who) = looked_for.get_value() {
            erase_in_drafts(&who, at);
        }
        erasing.set(None);
        erased_count.set(Some(n));
    };
    view! {
        <Show when=move || show.get() && erasing.with(Option::is_none)>
            <button type="button" data-testid="erase" on:click=start.clone()>
                {move || t(K::ErasePersonal)}
            </button>
        </Show>
        {move || {
            erasing
                .get()
                .map(|list| {
                    let lang = app.lang.get();
                    let here = this_id.get_value();
                    let ticked = list.iter().map(|(_, on)| *on).collect::<Vec<_>>();
                    let ticked2 = ticked.clone();
                    view! {
                        <div
                            class="erase-panel"
                            role="group"
                            aria-labelledby="erase-lead"
                            data-testid="erase-panel"
                        >
                            <p id="erase-lead">{t(K::EraseLead)}</p>
                            <ul class="plain">
                                {list
                                    .into_iter()
                                    .map(|(f, on)| {
                                        let kind = if Some((f.part, f.id)) == here {
                                            this_kind
                                        } else if f.part == Part::Meetings {
                                            K::EraseMeetingNote
                                        } else {
                                            K::EraseOtherComplaint
                                        };
                                        let by: Vec<String> = f
                                            .by
                                            .iter()
                                            .map(|b| {
                                                match b {
                                                    By::Name => K::EraseByName,
                                                    By::Phone => K::EraseByPhone,
                                                    By::Email => K::EraseByEmail,
                                                }
                                                    .in_lang(lang)
                                            })
                                            .chain(f.trashed.then(|| K::EraseInTrash.in_lang(lang)))
                                            .map(str::to_string)
                                            .collect();
                                        let by = Intl(lang).list(&by);
                                        let label = if f.label.is_empty() {
                                            "—".to_string()
                                        } else {
                                            f.label.clone()
                                        };
                                        // All of them hold: "same name and same phone".
                                        view! {
                                            <li>
                                                <label class="field check" data-testid="erase-match">
                                                    <input
                                                        type="checkbox"
                                                        prop:checked=move || on.get()
                                                        on:change=move |ev| on.set(event_target_checked(&ev))
                                                    />
                                                    <span>
                                                        <strong>{kind.in_lang(lang)}</strong>
                                                        " · "
                                                        {Intl(lang).date(f.date)}
                                                        " · "
                                                        <bdi data-testid="erase-label">{label}</bdi>
                                                        {(!by.is_empty())
                                                            .then(|| {
                                                                view! { <span class="muted small">" ("{by}")"</span> }
                                                            })}
                                                    </span>
                                                </label>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                            <div class="actions">
                                <button
                                    type="button"
                                    class="primary danger"
                                    data-testid="erase-confirm"
                                    on:click=confirm
                                    prop:disabled=move || ticked2.iter().all(|on| !on.get())
                                >
                                    {move || {
                                        let n = ticked.iter().filter(|on| on.get()).count();
                                        Intl(lang).plural(P::EraseConfirm, n as u64)
                                    }}
                                </button>
                                <button
                                    type="button"
                                    class="secondary"
                                    data-testid="erase-cancel"
                                    on:click=move |_| erasing.set(None)
                                >
                                    {t(K::Cancel)}
                                </button>
                            </div>
                        </div>
                    }
                })
        }}
        {move || {
            erased_count
                .get()
                .map(|n| {
                    view! {
                        <p class="muted" role="status" data-testid="erase-done">
                            {app.fmt().plural(P::EraseDone, n as u64)}
                        </p>
                    }
                })
        }}
    }
}

/// Erases the person's data from the complaints kept as drafts on this
/// device too; a draft that cannot be written back goes, rather than keep
/// what the user asked to erase.
fn erase_in_drafts(who: &Person, at: DateTime<Utc>) {
    use crate::book::drafts;
    use crate::listen::complaints::Complaint;
    let Ok(mut kv) = crate::app::web::WebKv::open() else {
        return;
    };
    let (list, _) = drafts::list::<Complaint>(&mut kv, Part::Complaints);
    for (key, mut d) in list {
        if erasure::erase_in_draft(&mut d, who, at)
            && drafts::keep(&mut kv, Part::Complaints, key, &d).is_err()
        {
            drafts::drop(&mut kv, Part::Complaints, key);
        }
    }
}
