//! Reminders outside the tab: what is due, each with its own calendar
//! file, and one file of everything (`share::calendar`).

use crate::app::state::use_app;
use crate::app::web::{self, Intl};
use crate::i18n::K;
use crate::kernel::format::Format;
use crate::kernel::record::now;
use crate::share::calendar::{ics, reminders, Reminder, When};
use leptos::prelude::*;

fn download(file: &str, text: &str) {
    let _ = web::download(file, "text/calendar;charset=utf-8", text);
}

#[component]
pub fn CalendarCard() -> impl IntoView {
    let app = use_app();
    let t = move |k: K| app.t(k);
    let due = Memo::new(move |_| {
        let lang = app.lang.get();
        app.wb.with(|wb| reminders(wb, lang, web::today()))
    });
    let all = move |_| {
        let text = ics(&due.get_untracked(), Some(t(K::CalName)), now());
        download(&format!("servicebook-due-{}.ics", web::today_iso()), &text);
    };
    let one = move |r: &Reminder| {
        let text = ics(std::slice::from_ref(r), None, now());
        download(
            &format!("servicebook-{}.ics", r.when.day().format("%Y-%m-%d")),
            &text,
        );
    };
    view! {
        <div class="card" data-testid="calendar">
            <h2>{move || t(K::CalTitle)}</h2>
            <p class="muted small">{move || t(K::CalLead)}</p>
            {move || {
                let list = due.get();
                let lang = app.lang.get();
                if list.is_empty() {
                    return view! { <p data-testid="calendar-none">{t(K::CalNone)}</p> }.into_any();
                }
                view! {
                    <p>
                        <button
                            type="button"
                            class="primary"
                            data-testid="calendar-all"
                            on:click=all
                        >
                            {t(K::CalAll)}
                        </button>
                    </p>
                    <ul class="plain calendar-list">
                        {list
                            .into_iter()
                            .map(|r| {
                                let when = match r.when {
                                    When::Day(d) => Intl(lang).date(d),
                                    When::At(at) => Intl(lang).stamp(at),
                                };
                                let summary = r.summary.clone();
                                view! {
                                    <li data-testid="calendar-item">
                                        <span class="when">{when}</span>
                                        " "
                                        <bdi class="what">{summary}</bdi>
                                        " "
                                        <button
                                            type="button"
                                            class="link"
                                            data-testid="calendar-one"
                                            on:click=move |_| one(&r)
                                        >
                                            {K::CalOne.in_lang(lang)}
                                        </button>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
                    .into_any()
            }}
        </div>
    }
}
