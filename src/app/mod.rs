//! The app shell: the router and the page frame, the banners, the app
//! state, and the browser adapters (`web`, `backup_file`).

pub mod backup_file;
mod banners;
mod home;
pub mod kit;
pub mod next;
mod pages;
pub mod state;
pub mod sync;
pub mod sync_web;
pub mod web;

use pages::Page;

use crate::i18n::{Lang, K};
use banners::{Banners, SaveStatus};
use kit::{focus_fragment, focus_main, to};
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::path;
use state::{use_app, AppState};
use wasm_bindgen::JsCast;

#[component]
pub fn App() -> impl IntoView {
    let app = AppState::start();
    provide_context(app);
    pages::start_sync(app);
    let base = crate::app::web::base_path();
    kit::set_base(&base);
    view! {
        <Router base=base>
            <Shell />
        </Router>
    }
}

#[component]
fn Shell() -> impl IntoView {
    let app = use_app();
    let t = move |k: K| app.t(k);
    let navigate = leptos_router::hooks::use_navigate();
    // After a page change, focus moves to the main region (not on the first
    // load), as screen readers expect. Each page names itself in the title.
    let location = leptos_router::hooks::use_location();
    // The phone's menu (a narrow screen shows the sections behind a button):
    // open or shut; it shuts on a page change, on Escape and on a click
    // outside it.
    let menu_open = RwSignal::new(false);
    let menu_button = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        if previous.as_ref().is_some_and(|p| *p != path) {
            menu_open.set(false);
            focus_main();
        }
        path
    });
    // A link to a part of a page (`#point-speed`) lands on it, focus and all.
    Effect::new(move |_| {
        if !location.hash.get().is_empty() {
            focus_fragment();
        }
    });
    let on_menu_key = move |ev: web_sys::KeyboardEvent| {
        if ev.key() == "Escape" && menu_open.get_untracked() {
            ev.prevent_default();
            menu_open.set(false);
            if let Some(b) = menu_button.get_untracked() {
                let _ = b.focus();
            }
        }
    };
    // A click or tap outside the menu and its button shuts it, after it has
    // done what it does there (focus goes where it went). Not on the press:
    // the open menu pushes the page down, so shutting it then would move
    // the page under the finger and the release would land elsewhere.
    let outside = window_event_listener(leptos::ev::click, move |ev| {
        if !menu_open.get_untracked() {
            return;
        }
        let inside = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("#main-menu, .menu-button").ok().flatten())
            .is_some();
        if !inside {
            menu_open.set(false);
        }
    });
    on_cleanup(move || outside.remove());
    // A file dropped anywhere on the page goes to the import preview.
    let on_drop = move |ev: web_sys::DragEvent| {
        ev.prevent_default();
        let Some(file) = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        else {
            return;
        };
        let navigate = navigate.clone();
        leptos::task::spawn_local(async move {
            app.stage_file(file).await;
            navigate("/share", Default::default());
        });
    };
    view! {
        <div class="app" on:dragover=|ev: web_sys::DragEvent| ev.prevent_default() on:drop=on_drop>
            <a
                class="skip"
                href="#main"
                on:click=|ev| {
                    ev.prevent_default();
                    focus_main();
                }
            >
                {move || t(K::SkipToContent)}
            </a>
            <header class="top" on:keydown=on_menu_key>
                <A href=to("/") attr:class="brand">
                    <span class="logo" aria-hidden="true">
                        "◆"
                    </span>
                    " Servicebook"
                </A>
                <SyncBadge />
                <button
                    type="button"
                    class="menu-button"
                    aria-controls="main-menu"
                    aria-expanded=move || menu_open.get().to_string()
                    data-testid="menu-button"
                    node_ref=menu_button
                    on:click=move |_| menu_open.update(|o| *o = !*o)
                >
                    <span class="menu-icon" aria-hidden="true"></span>
                    {move || t(K::Menu)}
                </button>
                <div id="main-menu" class="menu" class:open=move || menu_open.get()>
                    // A section picked from the phone's menu shuts it (also the page
                    // already shown, whose path does not change).
                    <nav
                        aria-label=move || t(K::NavLabel)
                        data-testid="main-nav"
                        on:click=move |ev: web_sys::MouseEvent| {
                            let on_link = ev
                                .target()
                                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                                .and_then(|e| e.closest("a").ok().flatten())
                                .is_some();
                            if on_link && menu_open.get_untracked() {
                                menu_open.set(false);
                                focus_main();
                            }
                        }
                    >
                        <A href=to("/") exact=true>
                            {move || t(K::NavHome)}
                        </A>
                        <A href=to("/self-test")>{move || t(K::NavSelfTest)}</A>
                        <A href=to("/listen")>{move || t(K::NavListen)}</A>
                        <A href=to("/draft")>{move || t(K::NavDraft)}</A>
                        <A href=to("/run")>{move || t(K::NavRun)}</A>
                        <A href=to("/share")>{move || t(K::NavShare)}</A>
                    </nav>
                    <LangPicker />
                </div>
            </header>
            <Banners />
            <main id="main" tabindex="-1">
                <Routes fallback=move || kit::not_found("/", K::NavHome)>
                    <Route path=path!("/") view=home::Home />
                    <Route path=path!("/self-test") view=|| pages::show(Page::TakeTest) />
                    <Route path=path!("/self-test/history") view=|| pages::show(Page::History) />
                    <Route path=path!("/self-test/:id") view=|| pages::show(Page::Results) />
                    <Route path=path!("/listen") view=|| pages::show(Page::Log) />
                    <Route path=path!("/listen/new") view=|| pages::show(Page::Complaint) />
                    <Route path=path!("/listen/surveys") view=|| pages::show(Page::Surveys) />
                    <Route path=path!("/listen/surveys/new") view=|| pages::show(Page::Survey) />
                    <Route path=path!("/listen/surveys/:id") view=|| pages::show(Page::Survey) />
                    <Route path=path!("/listen/figures") view=|| pages::show(Page::Figures) />
                    <Route
                        path=path!("/listen/figures/operations/new")
                        view=|| pages::show(Page::Operations)
                    />
                    <Route
                        path=path!("/listen/figures/operations/:id")
                        view=|| pages::show(Page::Operations)
                    />
                    <Route
                        path=path!("/listen/figures/suppliers/new")
                        view=|| pages::show(Page::Suppliers)
                    />
                    <Route
                        path=path!("/listen/figures/suppliers/:id")
                        view=|| pages::show(Page::Suppliers)
                    />
                    <Route path=path!("/listen/problems") view=|| pages::show(Page::Problems) />
                    <Route path=path!("/listen/:id") view=|| pages::show(Page::Complaint) />
                    <Route path=path!("/draft") view=|| pages::show(Page::Vision) />
                    <Route path=path!("/draft/goals") view=|| pages::show(Page::Goals) />
                    <Route path=path!("/draft/policy") view=|| pages::show(Page::Policy) />
                    <Route path=path!("/draft/vision/:id") view=|| pages::show(Page::Workshop) />
                    <Route path=path!("/draft/staff") view=|| pages::show(Page::Staff) />
                    <Route path=path!("/draft/plan") view=|| pages::show(Page::Plan) />
                    <Route path=path!("/draft/document") view=|| pages::show(Page::Document) />
                    <Route path=path!("/run") view=|| pages::show(Page::Procedures) />
                    <Route path=path!("/run/sop/:id") view=|| pages::show(Page::Sop) />
                    <Route path=path!("/run/meetings") view=|| pages::show(Page::Meetings) />
                    <Route path=path!("/run/meetings/:id") view=|| pages::show(Page::Meeting) />
                    <Route path=path!("/run/checklist") view=|| pages::show(Page::Checklist) />
                    <Route path=path!("/run/team") view=|| pages::show(Page::Team) />
                    <Route path=path!("/share") view=|| pages::show(Page::Share) />
                </Routes>
            </main>
            <footer class="foot">
                <SaveStatus />
            </footer>
        </div>
    }
}

/// Sync's status in the header, on every page, when sync is on: a mark
/// and a word (the mark alone on a phone), named in full for screen
/// readers, a link to the sync card on Share & backup.
#[component]
fn SyncBadge() -> impl IntoView {
    use sync::Status;
    let app = use_app();
    move || {
        let status = app.sync.get();
        let (state, mark, short) = match &status {
            Status::Off => return None,
            Status::Connecting => ("connecting", "↻", K::SyncConnecting),
            Status::Synced(_) => ("synced", "✓", K::SyncShortSynced),
            Status::Offline(_) => ("offline", "○", K::SyncShortOffline),
            Status::LoginNeeded => ("login", "!", K::SyncShortLogin),
            Status::Refused(_) => ("refused", "!", K::SyncShortRefused),
        };
        let full = sync_web::status_text(app, &status);
        let short = match status {
            Status::Offline(n) if n > 0 => format!(
                "{} · {}",
                app.t(short),
                crate::kernel::format::Format::count(&app.fmt(), n as u64),
            ),
            _ => app.t(short).to_string(),
        };
        Some(view! {
            <A
                href=to("/share#sync")
                attr:class="sync-badge"
                attr:data-state=state
                attr:data-testid="sync-badge"
                attr:aria-label=full.clone()
                attr:title=full
            >
                <span class="sync-mark" aria-hidden="true">
                    {mark}
                </span>
                <span class="sync-short" aria-hidden="true">
                    {short}
                </span>
            </A>
        })
    }
}

/// The language switcher. Italian and Turkish are fetched first (their
/// texts are data); if that fails, the interface stays in its language and
/// says so.
#[component]
fn LangPicker() -> impl IntoView {
    let app = use_app();
    let pick = move |ev: web_sys::Event| {
        if let Some(l) = Lang::from_code(&event_target_value(&ev)) {
            let shown = move || app.lang.get_untracked();
            app.with_texts(l, &ev, shown, move || app.set_lang(l));
        }
    };
    view! {
        <label class="lang">
            <span class="sr-only">{move || app.t(K::Language)}</span>
            <select on:change=pick prop:value=move || app.lang.get().code()>
                {Lang::ALL
                    .into_iter()
                    .map(|l| {
                        view! {
                            <option value=l.code() selected=move || app.lang.get() == l>
                                {l.native_name()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </label>
    }
}
