//! The sync card on Share & backup: connect to the team's CouchDB
//! database, log in again when the session ends, disconnect, and what the
//! server sent that was not taken.

use crate::app::kit::{changed_name, enter_never_submits, file_error_text, part_name};
use crate::app::state::use_app;
use crate::app::sync::Status;
use crate::app::sync_web::{self, LoginError};
use crate::book::workbook::Changed;
use crate::i18n::{fill, K};
use crate::sync::doc::DocKey;
use crate::sync::engine::RefusedWhy;
use leptos::prelude::*;

fn login_error(e: LoginError) -> K {
    match e {
        LoginError::BadUrl => K::SyncBadUrl,
        LoginError::Unreachable => K::SyncUnreachable,
        LoginError::WrongPassword => K::SyncWrongPassword,
        LoginError::LockedOut => K::SyncLockedOut,
        LoginError::NoDatabase => K::SyncNoDatabase,
        LoginError::Forbidden => K::SyncForbiddenUser,
        LoginError::Unexpected => K::SyncUnexpectedAnswer,
    }
}

#[component]
pub fn SyncCard() -> impl IntoView {
    let app = use_app();
    let t = move |k: K| app.t(k);
    let saved = sync_web::config();
    let url = RwSignal::new(saved.db_url.clone());
    let user = RwSignal::new(saved.user.clone());
    let password = RwSignal::new(String::new());
    let error = RwSignal::new(None::<K>);
    let busy = RwSignal::new(false);
    let connected = RwSignal::new(saved.on);
    let connect = move |_| {
        if busy.get_untracked() {
            return;
        }
        let (u, n, p) = (
            url.get_untracked(),
            user.get_untracked(),
            password.get_untracked(),
        );
        if crate::app::sync::Db::parse(&u).is_none() {
            error.set(Some(K::SyncBadUrl));
            return;
        }
        if n.trim().is_empty() || p.is_empty() {
            error.set(Some(K::SyncFillAll));
            return;
        }
        error.set(None);
        busy.set(true);
        leptos::task::spawn_local(async move {
            let result = sync_web::connect(app, &u, &n, &p).await;
            busy.set(false);
            match result {
                Ok(()) => {
                    password.set(String::new());
                    connected.set(true);
                }
                Err(e) => error.set(Some(login_error(e))),
            }
        });
    };
    let log_in_again = move |_| {
        if busy.get_untracked() {
            return;
        }
        let p = password.get_untracked();
        if p.is_empty() {
            error.set(Some(K::SyncPasswordNeeded));
            return;
        }
        error.set(None);
        busy.set(true);
        leptos::task::spawn_local(async move {
            let result = sync_web::log_in_again(app, &p).await;
            busy.set(false);
            match result {
                Ok(()) => password.set(String::new()),
                Err(e) => error.set(Some(login_error(e))),
            }
        });
    };
    let disconnect = move |_| {
        sync_web::disconnect(app);
        connected.set(false);
        error.set(None);
    };
    let password_field = move |testid: &'static str| {
        view! {
            <label class="field">
                <span>{move || t(K::SyncPassword)}</span>
                <input
                    type="password"
                    autocomplete="current-password"
                    data-testid=testid
                    prop:value=move || password.get()
                    on:input=move |ev| password.set(event_target_value(&ev))
                    on:keydown=enter_never_submits
                />
            </label>
        }
    };
    view! {
        <div
            class="card sync-card"
            id="sync"
            tabindex="-1"
            data-testid="sync"
            role="region"
            aria-labelledby="sync-title"
        >
            <h2 id="sync-title">{move || t(K::SyncTitle)}</h2>
            <p>{move || t(K::SyncExplain)}</p>
            <p class="sync-status" role="status" data-testid="sync-status">
                {move || sync_web::status_text(app, &app.sync.get())}
            </p>
            {move || {
                error
                    .get()
                    .map(|k| {
                        view! {
                            <p class="banner error" role="alert" data-testid="sync-error">
                                {move || t(k)}
                            </p>
                        }
                    })
            }}
            {move || {
                if !connected.get() {
                    return view! {
                        <div class="sync-form">
                            <label class="field">
                                <span>{move || t(K::SyncUrl)}</span>
                                <input
                                    type="url"
                                    inputmode="url"
                                    autocomplete="url"
                                    spellcheck="false"
                                    aria-describedby="sync-url-hint"
                                    data-testid="sync-url"
                                    prop:value=move || url.get()
                                    on:input=move |ev| url.set(event_target_value(&ev))
                                    on:keydown=enter_never_submits
                                />
                                <small id="sync-url-hint" class="muted">
                                    {move || t(K::SyncUrlHint)}
                                </small>
                            </label>
                            <label class="field">
                                <span>{move || t(K::SyncUser)}</span>
                                <input
                                    type="text"
                                    autocomplete="username"
                                    spellcheck="false"
                                    autocapitalize="none"
                                    data-testid="sync-user"
                                    prop:value=move || user.get()
                                    on:input=move |ev| user.set(event_target_value(&ev))
                                    on:keydown=enter_never_submits
                                />
                            </label>
                            {password_field("sync-password")}
                            <button
                                type="button"
                                class="primary"
                                data-testid="sync-connect"
                                prop:disabled=move || busy.get()
                                on:click=connect
                            >
                                {move || t(K::SyncConnect)}
                            </button>
                        </div>
                    }
                        .into_any();
                }
                let c = sync_web::config();
                view! {
                    <div class="sync-form">
                        <p class="muted small sync-where">
                            {move || {
                                fill(
                                    t(K::SyncConnectedTo),
                                    &[("url", c.db_url.as_str()), ("user", c.user.as_str())],
                                )
                            }}
                        </p>
                        <Show when=move || {
                            app.sync.get() == Status::LoginNeeded
                        }>
                            {password_field("sync-login-password")} <p>
                                <button
                                    type="button"
                                    class="primary"
                                    data-testid="sync-login"
                                    prop:disabled=move || busy.get()
                                    on:click=log_in_again
                                >
                                    {move || t(K::SyncLogIn)}
                                </button>
                            </p>
                        </Show>
                        <p class="muted small">{move || t(K::SyncDisconnectNote)}</p>
                        <button type="button" data-testid="sync-disconnect" on:click=disconnect>
                            {move || t(K::SyncDisconnect)}
                        </button>
                    </div>
                }
                    .into_any()
            }}
            <Refused />
        </div>
    }
}

/// The documents the server holds that were not taken, in words.
#[component]
fn Refused() -> impl IntoView {
    let app = use_app();
    move || {
        app.sync.track();
        let lang = app.lang.get();
        let list = sync_web::refused();
        if list.is_empty() {
            return None;
        }
        let items = list
            .into_iter()
            .map(|r| {
                let what = match DocKey::parse(&r.id) {
                    Some(DocKey::Record(part, _)) => part_name(part, lang).to_string(),
                    Some(DocKey::Setting(s)) => changed_name(Changed::Setting(s), lang).to_string(),
                    None => r.id.clone(),
                };
                let why = match r.why {
                    RefusedWhy::NotOurs => K::SyncDocNotOurs.in_lang(lang).to_string(),
                    RefusedWhy::Malformed => K::SyncDocMalformed.in_lang(lang).to_string(),
                    RefusedWhy::Newer => K::SyncDocNewer.in_lang(lang).to_string(),
                    // What an imported file with this record would say.
                    RefusedWhy::Invalid => match &r.error {
                        // (its full stop would stand before the id)
                        Some(e) => file_error_text(e, lang).trim_end_matches('.').to_string(),
                        None => K::SyncDocInvalid.in_lang(lang).to_string(),
                    },
                    RefusedWhy::ServerRefused => K::SyncDocServerRefused.in_lang(lang).to_string(),
                };
                view! {
                    <li>
                        {crate::kernel::text::isolate_if_needed(&what).to_string()} ": " {why} " "
                        <span class="muted small">
                            "(" {crate::kernel::text::isolate_if_needed(&r.id).to_string()} ")"
                        </span>
                    </li>
                }
            })
            .collect_view();
        Some(view! {
            <div class="sync-refused" data-testid="sync-refused">
                <h3>{K::SyncRefusedTitle.in_lang(lang)}</h3>
                <p class="muted small">{K::SyncRefusedNote.in_lang(lang)}</p>
                <ul class="plain">{items}</ul>
            </div>
        })
    }
}
