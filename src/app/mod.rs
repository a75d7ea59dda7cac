//! The app shell: the router and the page frame, the banners, the app
//! state, and the browser adapters (`web`, `backup_file`).

pub mod backup_file;
mod banners;
mod home;
pub mod kit;
pub mod state;
pub mod web;

use crate::draft::{plan_view as plan, vision_view as draft};
use crate::listen::{complaints_view as listen, inputs_view as inputs, problems_view as problems};
use crate::run::{
    checklist_view as checklist, meetings_view as meetings, procedures_view as run,
    team_view as team,
};
use crate::selftest::quotient_view as selftest;
use crate::share::share_view as share;

use crate::i18n::{Lang, K};
use banners::{Banners, SaveStatus};
use kit::{focus_main, to};
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::path;
use state::{use_app, AppState};

#[component]
pub fn App() -> impl IntoView {
    let app = AppState::start();
    provide_context(app);
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
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        if previous.as_ref().is_some_and(|p| *p != path) {
            focus_main();
        }
        path
    });
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
            <header class="top">
                <A href=to("/") attr:class="brand">
                    <span class="logo" aria-hidden="true">
                        "◆"
                    </span>
                    " Servicebook"
                </A>
                <nav aria-label=move || t(K::NavLabel) data-testid="main-nav">
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
            </header>
            <Banners />
            <main id="main" tabindex="-1">
                <Routes fallback=move || kit::not_found("/", K::NavHome)>
                    <Route path=path!("/") view=home::Home />
                    <Route path=path!("/self-test") view=selftest::TakeTest />
                    <Route path=path!("/self-test/history") view=selftest::History />
                    <Route path=path!("/self-test/:id") view=selftest::Results />
                    <Route path=path!("/listen") view=listen::Log />
                    <Route path=path!("/listen/new") view=listen::ComplaintPage />
                    <Route path=path!("/listen/surveys") view=inputs::Surveys />
                    <Route path=path!("/listen/surveys/new") view=inputs::SurveyPage />
                    <Route path=path!("/listen/surveys/:id") view=inputs::SurveyPage />
                    <Route path=path!("/listen/figures") view=inputs::Figures />
                    <Route
                        path=path!("/listen/figures/operations/new")
                        view=inputs::OperationsPage
                    />
                    <Route
                        path=path!("/listen/figures/operations/:id")
                        view=inputs::OperationsPage
                    />
                    <Route path=path!("/listen/figures/suppliers/new") view=inputs::SuppliersPage />
                    <Route path=path!("/listen/figures/suppliers/:id") view=inputs::SuppliersPage />
                    <Route path=path!("/listen/problems") view=problems::Problems />
                    <Route path=path!("/listen/:id") view=listen::ComplaintPage />
                    <Route path=path!("/draft") view=draft::Vision />
                    <Route path=path!("/draft/goals") view=draft::Goals />
                    <Route path=path!("/draft/policy") view=draft::Policy />
                    <Route path=path!("/draft/vision/:id") view=draft::Workshop />
                    <Route path=path!("/draft/staff") view=plan::Staff />
                    <Route path=path!("/draft/plan") view=plan::Plan />
                    <Route path=path!("/draft/document") view=plan::DocumentPage />
                    <Route path=path!("/run") view=run::Procedures />
                    <Route path=path!("/run/sop/:id") view=run::SopPage />
                    <Route path=path!("/run/meetings") view=meetings::Meetings />
                    <Route path=path!("/run/meetings/:id") view=meetings::MeetingPage />
                    <Route path=path!("/run/checklist") view=checklist::Checklist />
                    <Route path=path!("/run/team") view=team::Team />
                    <Route path=path!("/share") view=share::Share />
                </Routes>
            </main>
            <footer class="foot">
                <SaveStatus />
            </footer>
        </div>
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
