//! The kit every screen uses: links under the base path, the record id in
//! the route, form values, and the texts of counts, parts, load problems and
//! file errors.

use crate::app::web::Intl;
use crate::book::file::FileError;
use crate::book::store::Problem;
use crate::book::workbook::Part;
use crate::i18n::{fill, Lang, K, P};
use crate::kernel::format::Format;
use leptos::prelude::*;
use leptos_router::components::A;
use wasm_bindgen::JsCast;

mod date_input;
mod editor;
pub mod form;
pub use date_input::DateInput;
pub use editor::Editor;

thread_local! {
    static BASE: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// The record id in the route (`/…/:id`); `None` when it is missing or is
/// not a UUID.
pub(crate) fn id_param() -> Memo<Option<uuid::Uuid>> {
    let params = leptos_router::hooks::use_params_map();
    Memo::new(move |_| {
        params
            .with(|p| p.get("id"))
            .and_then(|s| uuid::Uuid::parse_str(&s).ok())
    })
}

/// The id in the route of a page that also makes a new record
/// (`/…/new` and `/…/:id`): `None` for a new record (no id in the route),
/// `Some(None)` for an id that is not a UUID, which no record has.
pub(crate) fn route_id() -> Memo<Option<Option<uuid::Uuid>>> {
    let params = leptos_router::hooks::use_params_map();
    Memo::new(move |_| {
        params
            .with(|p| p.get("id"))
            .map(|s| uuid::Uuid::parse_str(&s).ok())
    })
}

/// The one "Page not found": an address no page has, or a record that is
/// not there (a wrong id, or a record since trashed), with a link back to
/// its list. It names the window too.
pub(crate) fn not_found(back: &'static str, label: K) -> AnyView {
    let app = crate::app::state::use_app();
    title(K::NotFoundTitle);
    view! {
        <section class="page">
            <h1>{move || app.t(K::NotFoundTitle)}</h1>
            <p>
                <A href=to(back)>{move || app.t(label)}</A>
            </p>
        </section>
    }
    .into_any()
}

/// A link target inside the app, under the base path the app is hosted at.
/// (`<A>` leaves absolute paths alone; `navigate` adds the base itself.)
/// An enum's variant name, as the value of a `<select>` option.
pub(crate) fn code<T: std::fmt::Debug>(v: T) -> String {
    format!("{v:?}")
}

/// A date as an `<input type="date">` holds it (empty for none).
pub(crate) fn date_value(d: Option<chrono::NaiveDate>) -> String {
    d.map(|d| d.format("%Y-%m-%d").to_string())
        .unwrap_or_default()
}

/// A time of day as an `<input type="time">` holds it ("09:00").
pub(crate) fn time_value(t: chrono::NaiveTime) -> String {
    t.format("%H:%M").to_string()
}

/// The date in an `<input type="date">`'s value, if it holds one of the
/// years a file may hold (1900 to 9999; a browser takes years up to 275760,
/// which would be saved and then refused on loading).
pub(crate) fn parse_date_value(v: &str) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::parse_from_str(v, "%Y-%m-%d")
        .ok()
        .and_then(crate::kernel::bounds::checked_date)
}

/// Sets the base path the app is hosted at (once, at start).
pub fn set_base(base: &str) {
    BASE.with(|b| *b.borrow_mut() = base.to_string());
}

pub fn to(path: &str) -> String {
    BASE.with(|b| format!("{}{path}", b.borrow()))
}

pub fn problem_text(p: &Problem, lang: Lang) -> String {
    match p {
        Problem::ManifestUnreadable { .. } => K::ProblemManifest.in_lang(lang).to_string(),
        Problem::NewerVersion { found } => fill(
            K::ProblemNewer.in_lang(lang),
            &[("version", &found.to_string())],
        ),
        Problem::ChunkUnreadable {
            section, records, ..
        } => records_of_part(*records, section, P::ProblemChunk, lang),
        Problem::CannotKeep => K::ProblemCannotKeep.in_lang(lang).to_string(),
        Problem::Rebuilt { parts, records } => Intl(lang).plural_with(
            P::ProblemRebuilt,
            *parts as u64,
            &[("records", &Intl(lang).count(*records as u64))],
        ),
        Problem::ChunkMissing { section, records } => {
            records_of_part(*records, section, P::ProblemMissing, lang)
        }
        Problem::ChunkFromEarlier { section, records } => {
            records_of_part(*records, section, P::ProblemFromEarlier, lang)
        }
    }
}

/// "{n} records of “{part}” …".
fn records_of_part(records: u32, section: &str, text: P, lang: Lang) -> String {
    Intl(lang).plural_with(
        text,
        records as u64,
        &[("part", &section_name(section, lang))],
    )
}

fn section_name(section: &str, lang: Lang) -> String {
    match (section, Part::from_section(section)) {
        (_, Some(part)) => part_name(part, lang).to_string(),
        ("core", None) => K::BusinessName.in_lang(lang).to_string(),
        (other, None) => other.to_string(),
    }
}

/// A collection's name, as previews and the trash show it.
/// The name of what a merge changes: a collection or a setting.
pub fn changed_name(c: crate::book::workbook::Changed, lang: Lang) -> &'static str {
    use crate::book::workbook::{Changed, Setting};
    match c {
        Changed::Part(p) => part_name(p, lang),
        Changed::Setting(s) => match s {
            Setting::Profile => K::BusinessName,
            Setting::Categories => K::PartCategories,
            Setting::Vision => K::CurrentVision,
            Setting::Customer => K::CustomerTitle,
            Setting::Support => K::SupportTitle,
            Setting::Checklist => K::CheckTitle,
            Setting::Currency => K::Currency,
        }
        .in_lang(lang),
    }
}

pub fn part_name(part: Part, lang: Lang) -> &'static str {
    match part {
        Part::SelfTests => K::PartSelfTests,
        Part::Complaints => K::PartComplaints,
        Part::Surveys => K::PartSurveys,
        Part::Operations => K::PartOperations,
        Part::Suppliers => K::PartSuppliers,
        Part::Problems => K::PartProblems,
        Part::Visions => K::PartVisions,
        Part::Goals => K::PartGoals,
        Part::Policy => K::PartPolicy,
        Part::Rules => K::PartRules,
        Part::Guidelines => K::PartGuidelines,
        Part::Training => K::PartTraining,
        Part::Reviews => K::PartReviews,
        Part::Sops => K::PartSops,
        Part::Meetings => K::PartMeetings,
        Part::CheckRounds => K::PartCheckRounds,
        Part::Pulses => K::PartPulses,
        Part::Members => K::PartMembers,
        Part::OneOnOnes => K::PartOneOnOnes,
        Part::Enps => K::PartEnps,
    }
    .in_lang(lang)
}

pub fn file_error_text(e: &FileError, lang: Lang) -> String {
    let k = |k: K| k.in_lang(lang);
    match e {
        FileError::Empty => k(K::FileEmpty).into(),
        FileError::Unreadable => k(K::FileUnreadable).into(),
        FileError::TooLarge { .. } => k(K::FileTooLarge).into(),
        FileError::NotJson { line, column } => fill(
            k(K::FileNotJson),
            // A position in the text, as an editor shows it: "line 1756".
            &[("line", &line.to_string()), ("column", &column.to_string())],
        ),
        FileError::NotServicebook => k(K::FileNotServicebook).into(),
        FileError::NoVersion => k(K::FileNoVersion).into(),
        FileError::Newer { found, supported } => fill(
            k(K::FileNewer),
            &[
                ("found", &found.to_string()),
                ("supported", &supported.to_string()),
            ],
        ),
        FileError::BadField { path, detail } => {
            fill(k(K::FileBadField), &[("path", path), ("detail", detail)])
        }
        FileError::Invalid { detail } => fill(k(K::FileInvalid), &[("detail", detail)]),
    }
}

/// Moves focus to the main heading after a page change (for keyboards and
/// screen readers).
pub fn focus_main() {
    if let Some(el) = document()
        .get_element_by_id("main")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// A text whose `{placeholder}` stands for a list of links, the list
/// written as the language writes one ("A, B and C", "A, B e C", "A, B
/// ve C"). The list is formatted with a private-use marker for each link,
/// then cut at the markers, so each link sits where its name would.
pub fn text_with_links(
    lang: Lang,
    text: &str,
    placeholder: &str,
    links: Vec<(String, String, String)>,
) -> impl IntoView {
    const MARK: char = '\u{E000}';
    let markers: Vec<String> = (0..links.len())
        .map(|i| format!("{MARK}{i}{MARK}"))
        .collect();
    let written = text.replace(placeholder, &Intl(lang).list(&markers));
    let mut links: Vec<Option<(String, String, String)>> = links.into_iter().map(Some).collect();
    written
        .split(MARK)
        .enumerate()
        .map(|(i, part)| {
            let link = (i % 2 == 1)
                .then(|| part.parse::<usize>().ok())
                .flatten()
                .and_then(|n| links.get_mut(n).and_then(Option::take));
            match link {
                Some((href, name, testid)) => view! {
                    <A href=to(&href) attr:data-testid=testid>
                        {name}
                    </A>
                }
                .into_any(),
                None if i % 2 == 1 => ().into_any(),
                None => part.to_string().into_any(),
            }
        })
        .collect_view()
}

/// Links to policy points' cards on the policy page, by their titles.
pub fn point_links(
    points: &[crate::draft::policy::PointKey],
    lang: Lang,
) -> Vec<(String, String, String)> {
    points
        .iter()
        .map(|k| {
            let anchor = crate::app::next::point_anchor(*k);
            (
                format!("/draft/policy#{anchor}"),
                crate::draft::policy::point_text(*k)
                    .title
                    .in_lang(lang)
                    .to_string(),
                format!("link-{anchor}"),
            )
        })
        .collect()
}

/// Brings the element the address's fragment names (`/draft/policy#point-speed`)
/// into view and gives it the focus once it is drawn: a link from another
/// page or within one lands on the very card it names, for the eyes and
/// for the keyboard. A page loaded on demand may take a moment to draw, so
/// it tries again on each frame for about two seconds; nothing happens when
/// there is no fragment or no such element.
pub fn focus_fragment() {
    fn attempt(left: u32) {
        request_animation_frame(move || {
            let id = window().location().hash().unwrap_or_default();
            let id = id.trim_start_matches('#');
            if id.is_empty() {
                return;
            }
            let el = document()
                .get_element_by_id(id)
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
            match el {
                Some(el) => {
                    el.scroll_into_view();
                    let _ = el.focus();
                    let focused = document()
                        .active_element()
                        .is_some_and(|a| a == *el.as_ref());
                    if !focused && left > 0 {
                        attempt(left - 1);
                    }
                }
                None if left > 0 => attempt(left - 1),
                None => {}
            }
        });
    }
    attempt(120);
}

/// The file a file input's change event picked, if any; the input is
/// emptied so that picking the same file again is a change too.
pub fn picked_file(ev: &leptos::ev::Event) -> Option<web_sys::File> {
    let input = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())?;
    let file = input.files().and_then(|f| f.get(0))?;
    input.set_value("");
    Some(file)
}

/// A section's tabs: the section's own page first (matched exactly), then
/// its other pages.
#[derive(Debug, Clone, Copy)]
pub struct Tabs {
    pub label: K,
    pub testid: &'static str,
    pub items: &'static [(&'static str, K)],
}

/// The one tab bar every section uses.
#[component]
pub fn SectionTabs(tabs: Tabs) -> impl IntoView {
    let app = crate::app::state::use_app();
    view! {
        <nav class="subnav" aria-label=move || app.t(tabs.label) data-testid=tabs.testid>
            {tabs
                .items
                .iter()
                .enumerate()
                .map(|(i, &(path, label))| {
                    view! {
                        <A href=to(path) exact=i == 0>
                            {move || app.t(label)}
                        </A>
                    }
                })
                .collect_view()}
        </nav>
    }
}

/// The Draft section's tabs.
pub const DRAFT_TABS: Tabs = Tabs {
    label: K::NavDraft,
    testid: "draft-tabs",
    items: &[
        ("/draft", K::TabVision),
        ("/draft/goals", K::TabGoals),
        ("/draft/policy", K::TabPolicy),
        ("/draft/staff", K::TabStaff),
        ("/draft/plan", K::TabPlan),
        ("/draft/document", K::TabDocument),
    ],
};

/// The Listen section's tabs.
pub const LISTEN_TABS: Tabs = Tabs {
    label: K::NavListen,
    testid: "listen-tabs",
    items: &[
        ("/listen", K::TabComplaints),
        ("/listen/surveys", K::TabSurveys),
        ("/listen/figures", K::TabFigures),
        ("/listen/problems", K::TabProblems),
    ],
};

/// The Run section's tabs.
pub const RUN_TABS: Tabs = Tabs {
    label: K::NavRun,
    testid: "run-tabs",
    items: &[
        ("/run", K::TabProcedures),
        ("/run/meetings", K::TabMeetings),
        ("/run/checklist", K::TabChecklist),
        ("/run/team", K::TabTeam),
    ],
};

/// Names the page in the window's title; every page calls it first.
pub fn title(page: K) {
    title_with(move || page);
}

/// Names the page in the window's title, where the page's name depends on
/// its route (a new record or an existing one).
pub fn title_with(page: impl Fn() -> K + Send + Sync + 'static) {
    let app = crate::app::state::use_app();
    Effect::new(move |_| {
        document().set_title(&format!("{} · Servicebook", app.t(page())));
    });
}

/// For a record form's `on:keydown`: Enter in a one-line field does not
/// submit the form (a half-filled record is never saved by a stray Enter);
/// Enter still adds a line in a text area and presses a focused button.
pub fn enter_never_submits(ev: web_sys::KeyboardEvent) {
    let in_field = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        .is_some_and(|i| !matches!(i.type_().as_str(), "submit" | "button" | "reset"));
    if ev.key() == "Enter" && in_field {
        ev.prevent_default();
    }
}

/// Moves focus to the form's error list so a screen reader reads it.
pub fn focus_errors() {
    if let Some(el) = document()
        .get_element_by_id("form-errors")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// The one error list of a form: what keeps the record from being saved.
pub fn error_list(errors: Signal<Vec<String>>) -> impl IntoView {
    view! {
        <div id="form-errors" tabindex="-1" role="alert" data-testid="form-errors">
            {move || {
                let list = errors.get();
                (!list.is_empty())
                    .then(|| {
                        view! {
                            <div class="banner error">
                                <ul>
                                    {list
                                        .into_iter()
                                        .map(|e| view! { <li>{e}</li> })
                                        .collect_view()}
                                </ul>
                            </div>
                        }
                    })
            }}
        </div>
    }
}

/// A value being entered that is not text (the points ticked in a
/// checklist round, a pulse round's answers), kept on this device as it
/// changes like [`kept_text`], as JSON; back at its default it is dropped.
/// A stored value that does not read back (damaged, or of an older shape)
/// starts from the default.
pub fn kept_json<T>(name: impl Into<String>) -> RwSignal<T>
where
    T: serde::Serialize + serde::de::DeserializeOwned + Default + PartialEq + Send + Sync + 'static,
{
    let text = kept_text(name);
    let first = text
        .with_untracked(|t| serde_json::from_str::<T>(t).ok())
        .unwrap_or_default();
    let value = RwSignal::new(first);
    Effect::new(move |seen: Option<()>| {
        value.track();
        if seen.is_some() {
            let json = value.with_untracked(|v| {
                if *v == T::default() {
                    String::new()
                } else {
                    serde_json::to_string(v).unwrap_or_default()
                }
            });
            text.set(json);
        }
    });
    value
}

/// A field of an entry being made that starts from a default (today's
/// date, nobody), kept on this device while it differs from that default,
/// until the entry is added: `done` then forgets it, and the next visit
/// starts from the default again (the field keeps showing the value until
/// the page is left, for the next entry of the same kind).
#[derive(Clone, Copy)]
pub struct KeptField {
    /// What the field shows and sets.
    pub value: RwSignal<String>,
    kept: RwSignal<String>,
}

pub fn kept_field(name: impl Into<String>, default: String) -> KeptField {
    let kept = kept_text(name);
    let first = kept.with_untracked(|k| {
        if k.is_empty() {
            default.clone()
        } else {
            k.clone()
        }
    });
    let value = RwSignal::new(first);
    Effect::new(move |seen: Option<()>| {
        let v = value.get();
        if seen.is_some() {
            kept.set(if v == default { String::new() } else { v });
        }
    });
    KeptField { value, kept }
}

/// The date of an entry being made (a checklist round, an eNPS or pulse
/// round, a 1:1): today's unless another was picked for an entry not yet
/// added.
pub fn kept_date(name: impl Into<String>) -> KeptField {
    kept_field(name, date_value(Some(crate::app::web::today())))
}

impl KeptField {
    /// The entry is added: the next visit starts from the default again.
    pub fn done(self) {
        self.kept.set(String::new());
    }
}

/// The text of a one-field entry (a new goal's title, a round's answers),
/// kept on this device as it is typed, so leaving the page or a reload does
/// not lose it; emptied (after it is added) it is dropped.
pub fn kept_text(name: impl Into<String>) -> RwSignal<String> {
    let name: String = name.into();
    let kv = crate::app::web::WebKv::open().ok();
    let first = kv
        .as_ref()
        .map(|kv| crate::book::drafts::read_text(kv, &name))
        .unwrap_or_default();
    let text = RwSignal::new(first);
    Effect::new(move |seen: Option<()>| {
        text.track();
        if seen.is_some() {
            if let Ok(mut kv) = crate::app::web::WebKv::open() {
                let _ = text.with_untracked(|t| crate::book::drafts::keep_text(&mut kv, &name, t));
            }
        }
    });
    text
}
