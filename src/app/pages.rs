//! The pages of each section, loaded on demand. Home and the shell are in
//! the first download; each section's screens are a chunk of their own
//! (`wasm_split`), fetched the first time one of its pages opens, so a
//! first visit downloads only what the first screen needs.

use crate::app::state::use_app;
use crate::draft::{plan_view as plan, vision_view as draft};
use crate::i18n::K;
use crate::listen::{complaints_view as listen, inputs_view as inputs, problems_view as problems};
use crate::run::{
    checklist_view as checklist, meetings_view as meetings, procedures_view as run,
    team_view as team,
};
use crate::selftest::quotient_view as selftest;
use crate::share::share_view as share;
use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};

/// A page outside Home, by section.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Page {
    TakeTest,
    History,
    Results,
    Log,
    Complaint,
    Surveys,
    Survey,
    Figures,
    Operations,
    Suppliers,
    Problems,
    Vision,
    Goals,
    Policy,
    Workshop,
    Staff,
    Plan,
    Document,
    Procedures,
    Sop,
    Meetings,
    Meeting,
    Checklist,
    Team,
    Share,
}

#[wasm_split(selftest, wasm_split_path = ::leptos::wasm_split, fallible)]
fn selftest_page(page: Page) -> Result<AnyView, SplitLoaderError> {
    Ok(match page {
        Page::History => selftest::History().into_any(),
        Page::Results => selftest::Results().into_any(),
        _ => selftest::TakeTest().into_any(),
    })
}

#[wasm_split(listen, wasm_split_path = ::leptos::wasm_split, fallible)]
fn listen_page(page: Page) -> Result<AnyView, SplitLoaderError> {
    Ok(match page {
        Page::Complaint => listen::ComplaintPage().into_any(),
        Page::Surveys => inputs::Surveys().into_any(),
        Page::Survey => inputs::SurveyPage().into_any(),
        Page::Figures => inputs::Figures().into_any(),
        Page::Operations => inputs::OperationsPage().into_any(),
        Page::Suppliers => inputs::SuppliersPage().into_any(),
        Page::Problems => problems::Problems().into_any(),
        _ => listen::Log().into_any(),
    })
}

#[wasm_split(draft, wasm_split_path = ::leptos::wasm_split, fallible)]
fn draft_page(page: Page) -> Result<AnyView, SplitLoaderError> {
    Ok(match page {
        Page::Goals => draft::Goals().into_any(),
        Page::Policy => draft::Policy().into_any(),
        Page::Workshop => draft::Workshop().into_any(),
        Page::Staff => plan::Staff().into_any(),
        Page::Plan => plan::Plan().into_any(),
        Page::Document => plan::DocumentPage().into_any(),
        _ => draft::Vision().into_any(),
    })
}

#[wasm_split(run, wasm_split_path = ::leptos::wasm_split, fallible)]
fn run_page(page: Page) -> Result<AnyView, SplitLoaderError> {
    Ok(match page {
        Page::Sop => run::SopPage().into_any(),
        Page::Meetings => meetings::Meetings().into_any(),
        Page::Meeting => meetings::MeetingPage().into_any(),
        Page::Checklist => checklist::Checklist().into_any(),
        Page::Team => team::Team().into_any(),
        _ => run::Procedures().into_any(),
    })
}

#[wasm_split(share, wasm_split_path = ::leptos::wasm_split, fallible)]
fn share_page(_page: Page) -> Result<AnyView, SplitLoaderError> {
    Ok(share::Share().into_any())
}

/// Sync's driver and the replication engine, a chunk of their own: fetched
/// at start only where sync is on (Share's card reaches the same code).
#[wasm_split(sync, wasm_split_path = ::leptos::wasm_split, fallible)]
fn sync_chunk(app: crate::app::state::AppState) -> Result<(), SplitLoaderError> {
    crate::app::sync_web::start(app);
    Ok(())
}

/// Starts sync when this device has it on. If its chunk cannot be fetched
/// (offline before the app was cached whole), the status says offline and
/// the next start tries again; nothing else changes.
pub fn start_sync(app: crate::app::state::AppState) {
    if !crate::app::sync::Config::read(
        crate::app::web::local_item(crate::app::sync::CONFIG_KEY).as_deref(),
    )
    .on
    {
        return;
    }
    app.sync.set(crate::app::sync::Status::Connecting);
    leptos::task::spawn_local(async move {
        if sync_chunk(app).await.is_err() {
            app.sync.set(crate::app::sync::Status::Offline(0));
        }
    });
}

/// The section a page is in, whose chunk holds it.
async fn load(page: Page) -> Result<AnyView, SplitLoaderError> {
    match page {
        Page::TakeTest | Page::History | Page::Results => selftest_page(page).await,
        Page::Log
        | Page::Complaint
        | Page::Surveys
        | Page::Survey
        | Page::Figures
        | Page::Operations
        | Page::Suppliers
        | Page::Problems => listen_page(page).await,
        Page::Vision
        | Page::Goals
        | Page::Policy
        | Page::Workshop
        | Page::Staff
        | Page::Plan
        | Page::Document => draft_page(page).await,
        Page::Procedures
        | Page::Sop
        | Page::Meetings
        | Page::Meeting
        | Page::Checklist
        | Page::Team => run_page(page).await,
        Page::Share => share_page(page).await,
    }
}

/// The view of `page` once its section is loaded. Loading says so only if
/// it takes a moment (the note fades in after 300 ms, so a chunk served
/// from the cache shows no flash); a section that cannot be fetched (offline
/// before the app was ever cached whole) says so, with Try again, and the
/// rest of the app, and everything saved, stays as it was.
pub fn show(page: Page) -> impl IntoView {
    use leptos::__reexports::send_wrapper::SendWrapper;
    let app = use_app();
    let attempt = RwSignal::new(0u32);
    view! {
        <Suspense fallback=move || {
            view! {
                <p class="page-loading" role="status">
                    {move || app.t(K::PageLoading)}
                </p>
            }
        }>
            {move || {
                attempt.track();
                let loading = SendWrapper::new(load(page));
                Suspend::new(async move {
                    match loading.await {
                        Ok(view) => view,
                        Err(_) => {
                            view! {
                                <section class="page" data-testid="page-load-failed">
                                    <div class="banner error" role="alert">
                                        <p>{move || app.t(K::PageLoadFailed)}</p>
                                        <button
                                            type="button"
                                            on:click=move |_| attempt.update(|n| *n = n.wrapping_add(1))
                                        >
                                            {move || app.t(K::TryAgain)}
                                        </button>
                                    </div>
                                </section>
                            }
                                .into_any()
                        }
                    }
                })
            }}
        </Suspense>
    }
}
