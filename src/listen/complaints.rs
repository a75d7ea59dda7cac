//! The complaint log of seed 001, part 1, step 1: the fields the seed lists,
//! plus what a service lead needs to run the log (channel, status, whether
//! the customer was satisfied and bought again). Also the log's figures,
//! search, filters and CSV export.

use crate::i18n::K;
use crate::kernel::record::Record;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default, PartialOrd, Ord,
)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    #[default]
    Phone,
    Email,
    Web,
    Social,
    InPerson,
}

impl Channel {
    pub const ALL: [Channel; 5] = [
        Channel::Phone,
        Channel::Email,
        Channel::Web,
        Channel::Social,
        Channel::InPerson,
    ];

    /// Its word in a page address (`?channel=in_person`), as in the file.
    pub fn code(self) -> &'static str {
        match self {
            Channel::Phone => "phone",
            Channel::Email => "email",
            Channel::Web => "web",
            Channel::Social => "social",
            Channel::InPerson => "in_person",
        }
    }

    pub fn from_code(code: &str) -> Option<Channel> {
        Channel::ALL.into_iter().find(|c| c.code() == code)
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default, PartialOrd, Ord,
)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    #[default]
    Open,
    InProgress,
    Resolved,
    FollowedUp,
}

impl Status {
    pub const ALL: [Status; 4] = [
        Status::Open,
        Status::InProgress,
        Status::Resolved,
        Status::FollowedUp,
    ];

    /// Its word in a page address (`?status=in_progress`), as in the file.
    pub fn code(self) -> &'static str {
        match self {
            Status::Open => "open",
            Status::InProgress => "in_progress",
            Status::Resolved => "resolved",
            Status::FollowedUp => "followed_up",
        }
    }

    pub fn from_code(code: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// Yes, no, or not known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    #[default]
    Unknown,
    Yes,
    No,
}

/// The customer's personal data: kept on this device, erasable.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Customer {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub address: String,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub email: String,
}

impl Customer {
    pub fn is_blank(&self) -> bool {
        self.name.is_empty()
            && self.address.is_empty()
            && self.phone.is_empty()
            && self.email.is_empty()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Complaint {
    #[serde(default)]
    pub customer: Customer,
    /// The employee who took the complaint.
    #[serde(default)]
    pub taken_by: String,
    /// Date and time of the complaint.
    #[serde(deserialize_with = "crate::kernel::bounds::stamp")]
    pub received: DateTime<Utc>,
    /// Date and time of its resolution.
    #[serde(default, deserialize_with = "crate::kernel::bounds::opt_stamp")]
    pub resolved: Option<DateTime<Utc>>,
    /// The nature of the complaint, in the customer's words.
    #[serde(default)]
    pub nature: String,
    /// A category from the workbook's editable list.
    #[serde(default)]
    pub category: String,
    #[serde(default)]
    pub channel: Channel,
    #[serde(default)]
    pub status: Status,
    /// The agreed solution.
    #[serde(default)]
    pub solution: String,
    /// Whether the solution was carried out on the spot.
    #[serde(default)]
    pub on_the_spot: bool,
    /// If not on the spot, the date it was promised for.
    #[serde(default, deserialize_with = "crate::kernel::bounds::opt_date")]
    pub promised_for: Option<NaiveDate>,
    /// The steps under way now.
    #[serde(default)]
    pub steps_now: String,
    /// Date and time of the follow-up that checks the customer is satisfied.
    #[serde(default, deserialize_with = "crate::kernel::bounds::opt_stamp")]
    pub follow_up: Option<DateTime<Utc>>,
    /// Compensation given: its kind ("voucher") and amount.
    #[serde(default)]
    pub compensation: String,
    #[serde(default)]
    pub compensation_amount: Option<f64>,
    /// Suggestions to avoid the problem in future.
    #[serde(default)]
    pub prevention: String,
    #[serde(default)]
    pub satisfied: Answer,
    #[serde(default)]
    pub bought_again: Answer,
    /// When the customer's personal data was erased (the complaint stays).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::kernel::bounds::opt_stamp"
    )]
    pub erased: Option<DateTime<Utc>>,
}

/// What is wrong with a complaint as entered; each maps to a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Invalid {
    /// The nature of the complaint is required.
    NoNature,
    /// Resolved before it was received.
    ResolvedBeforeReceived,
    /// A follow-up before the complaint was received.
    FollowUpBeforeReceived,
    /// A negative compensation amount.
    NegativeAmount,
    /// An e-mail address without an @.
    BadEmail,
}

impl Complaint {
    pub fn new(received: DateTime<Utc>) -> Self {
        Complaint {
            received,
            ..Complaint::default()
        }
    }

    /// The problems that stop a complaint from being saved.
    pub fn validate(&self) -> Vec<Invalid> {
        let mut out = Vec::new();
        if self.nature.trim().is_empty() {
            out.push(Invalid::NoNature);
        }
        if self.resolved.is_some_and(|r| r < self.received) {
            out.push(Invalid::ResolvedBeforeReceived);
        }
        if self.follow_up.is_some_and(|f| f < self.received) {
            out.push(Invalid::FollowUpBeforeReceived);
        }
        if self
            .compensation_amount
            .is_some_and(|a| a < 0.0 || !a.is_finite())
        {
            out.push(Invalid::NegativeAmount);
        }
        let email = self.customer.email.trim();
        if !email.is_empty() && !email.contains('@') {
            out.push(Invalid::BadEmail);
        }
        out
    }

    /// Blanks the customer's personal data; the complaint itself stays.
    pub fn erase_personal_data(&mut self, at: DateTime<Utc>) {
        self.customer = Customer::default();
        self.erased = Some(at);
    }

    /// A follow-up is overdue when its time has passed and the status does
    /// not say it was done.
    pub fn follow_up_overdue(&self, now: DateTime<Utc>) -> bool {
        self.status != Status::FollowedUp && self.follow_up.is_some_and(|f| f < now)
    }

    /// A follow-up is due today (local date given) and not done yet.
    pub fn follow_up_due_on(&self, day: NaiveDate, offset_minutes: i32) -> bool {
        self.status != Status::FollowedUp
            && self
                .follow_up
                .is_some_and(|f| local_date(f, offset_minutes) == day)
    }

    /// Everything a search looks through, folded once
    /// ([`crate::kernel::text::fold`]: no case, no accents, one Turkish i).
    pub fn search_text(&self) -> String {
        let c = &self.customer;
        let text = [
            c.name.as_str(),
            &c.address,
            &c.phone,
            &c.email,
            &self.taken_by,
            &self.nature,
            &self.category,
            &self.solution,
            &self.steps_now,
            &self.compensation,
            &self.prevention,
        ]
        .join("\u{1f}");
        crate::kernel::text::fold(&text)
    }
}

/// On import, a value no form could ever hold is refused (it would block
/// saving the record). What the form asks the user to complete or correct
/// (an empty nature, dates out of order, an e-mail without @) is accepted:
/// refusing a colleague's whole file for one unfinished record would be
/// worse, and the form shows what to fix.
impl crate::kernel::record::FormRules for Complaint {
    fn refusal(&self) -> Option<(&'static str, &'static str)> {
        self.validate()
            .contains(&Invalid::NegativeAmount)
            .then_some(("compensation_amount", "a negative amount"))
    }
}

/// The local calendar date of a UTC time, for a time zone offset in minutes
/// east of UTC (the browser gives it).
///
/// Checked: at the ends of chrono's range the date saturates instead of
/// panicking (dates from outside are bounded well inside it anyway).
pub fn local_date(at: DateTime<Utc>, offset_minutes: i32) -> NaiveDate {
    crate::kernel::bounds::shift_minutes(at, i64::from(offset_minutes)).date_naive()
}

/// Categories a new workbook starts with (editable by the user).
pub const STARTER_CATEGORIES: [K; 6] = [
    K::CategoryBroken,
    K::CategoryLate,
    K::CategoryWrongItem,
    K::CategoryOutOfStock,
    K::CategoryRudeStaff,
    K::CategoryBilling,
];

// ---- the list: filter and sort --------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Due {
    #[default]
    Any,
    Overdue,
    Today,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Filter {
    /// Words that must all appear (folded as the index is), in any field.
    pub text: String,
    pub status: Option<Status>,
    pub category: Option<String>,
    pub channel: Option<Channel>,
    /// Received on or after this local date.
    pub from: Option<NaiveDate>,
    /// Received on or before this local date.
    pub to: Option<NaiveDate>,
    pub due: Due,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    #[default]
    NewestFirst,
    OldestFirst,
    FollowUpFirst,
    Status,
    Category,
}

impl Sort {
    pub const ALL: [Sort; 5] = [
        Sort::NewestFirst,
        Sort::OldestFirst,
        Sort::FollowUpFirst,
        Sort::Status,
        Sort::Category,
    ];

    /// Its word in a page address (`?sort=oldest`).
    pub fn code(self) -> &'static str {
        match self {
            Sort::NewestFirst => "newest",
            Sort::OldestFirst => "oldest",
            Sort::FollowUpFirst => "follow_up",
            Sort::Status => "status",
            Sort::Category => "category",
        }
    }

    pub fn from_code(code: &str) -> Option<Sort> {
        Sort::ALL.into_iter().find(|s| s.code() == code)
    }
}

impl Due {
    /// Its word in a page address (`?follow_up=overdue`); `Any` has none.
    pub fn code(self) -> Option<&'static str> {
        match self {
            Due::Any => None,
            Due::Overdue => Some("overdue"),
            Due::Today => Some("today"),
        }
    }
}

/// The longest search or category a page address may carry; the rest of a
/// longer one is dropped (a link is outside data).
pub const QUERY_TEXT_MAX: usize = 200;

/// The list's filters and order as kept in the page address, so that Back,
/// a reload or a link (`/listen?follow_up=overdue`) opens the same list.
/// Names: `q`, `status`, `category`, `channel`, `from`, `until` (YYYY-MM-DD),
/// `follow_up`, `sort`.
impl Filter {
    /// The filter a page address asks for, given its parameters by name. An
    /// unknown value or a date that is not one is ignored, never an error;
    /// text is cut at [`QUERY_TEXT_MAX`] characters.
    pub fn from_query(get: impl Fn(&str) -> Option<String>) -> (Filter, Sort) {
        let text = |name: &str| -> String {
            get(name)
                .map(|v| v.chars().take(QUERY_TEXT_MAX).collect())
                .unwrap_or_default()
        };
        let date = |name: &str| {
            get(name).and_then(|v| {
                NaiveDate::parse_from_str(v.trim(), "%Y-%m-%d")
                    .ok()
                    .filter(|d| crate::kernel::bounds::date_in_range(*d))
            })
        };
        let category = text("category");
        let filter = Filter {
            text: text("q"),
            status: get("status").and_then(|v| Status::from_code(&v)),
            category: (!category.trim().is_empty()).then_some(category),
            channel: get("channel").and_then(|v| Channel::from_code(&v)),
            from: date("from"),
            to: date("until"),
            due: match get("follow_up").as_deref() {
                Some("overdue") => Due::Overdue,
                Some("today") => Due::Today,
                _ => Due::Any,
            },
        };
        let sort = get("sort")
            .and_then(|v| Sort::from_code(&v))
            .unwrap_or_default();
        (filter, sort)
    }

    /// The parameters for [`Filter::from_query`], only those that are set,
    /// in a fixed order: (name, value), not yet encoded.
    pub fn query(&self, sort: Sort) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        if !self.text.is_empty() {
            out.push(("q", self.text.clone()));
        }
        if let Some(s) = self.status {
            out.push(("status", s.code().to_string()));
        }
        if let Some(c) = &self.category {
            out.push(("category", c.clone()));
        }
        if let Some(c) = self.channel {
            out.push(("channel", c.code().to_string()));
        }
        if let Some(d) = self.from {
            out.push(("from", d.format("%Y-%m-%d").to_string()));
        }
        if let Some(d) = self.to {
            out.push(("until", d.format("%Y-%m-%d").to_string()));
        }
        if let Some(d) = self.due.code() {
            out.push(("follow_up", d.to_string()));
        }
        if sort != Sort::default() {
            out.push(("sort", sort.code().to_string()));
        }
        out
    }
}

/// The query part of a page address for `pairs`: "" for none, else
/// "?name=value&…", each value percent-encoded (UTF-8; only letters, digits
/// and `-_.~` stay as they are).
pub fn query_string(pairs: &[(&'static str, String)]) -> String {
    let mut out = String::new();
    for (i, (name, value)) in pairs.iter().enumerate() {
        out.push(if i == 0 { '?' } else { '&' });
        out.push_str(name);
        out.push('=');
        for b in value.bytes() {
            if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
                out.push(char::from(b));
            } else {
                out.push_str(&format!("%{b:02X}"));
            }
        }
    }
    out
}

/// The categories the list's filter offers: the workbook's list, then every
/// other category typed on a complaint of the log, each once. Two spellings
/// that differ only in case, accents or spaces are one category
/// ([`crate::kernel::text::name_key`]); the list's spelling wins, then the
/// first typed one (in the log's order). Blank categories are not offered.
pub fn category_options<'a>(
    list: &[String],
    complaints: impl Iterator<Item = &'a Complaint>,
) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::new();
    let typed = complaints.map(|c| c.category.as_str());
    for name in list.iter().map(String::as_str).chain(typed) {
        let key = crate::kernel::text::name_key(name);
        if !key.is_empty() && seen.insert(key) {
            out.push(name.split_whitespace().collect::<Vec<_>>().join(" "));
        }
    }
    out
}

/// Folded search text of every live complaint, by id, in the order of
/// the log: computed once per change of the log, so that each keystroke of a
/// search costs one substring search per record and no allocation.
pub fn index(records: &[Record<Complaint>]) -> Vec<(uuid::Uuid, String)> {
    records
        .iter()
        .filter(|r| r.is_live())
        .map(|r| (r.id, r.data.search_text()))
        .collect()
}

/// The records that pass the filter, in the chosen order. `index` comes from
/// [`index`] over the same records.
pub fn select<'a>(
    records: &'a [Record<Complaint>],
    index: &[(uuid::Uuid, String)],
    filter: &Filter,
    sort: Sort,
    now: DateTime<Utc>,
    offset_minutes: i32,
) -> Vec<&'a Record<Complaint>> {
    let words: Vec<String> = crate::kernel::text::fold(&filter.text)
        .split_whitespace()
        .map(str::to_string)
        .collect();
    let today = local_date(now, offset_minutes);
    // A category is matched as the filter offers it: folded, spaces made one.
    let category = filter
        .category
        .as_deref()
        .map(crate::kernel::text::name_key);
    let live = records.iter().filter(|r| r.is_live());
    let mut out: Vec<&Record<Complaint>> = live
        .zip(index)
        .filter(|(r, (id, text))| {
            debug_assert_eq!(r.id, *id, "index built from other records");
            words.iter().all(|w| text.contains(w.as_str()))
        })
        .map(|(r, _)| r)
        .filter(|r| {
            let c = &r.data;
            let day = local_date(c.received, offset_minutes);
            filter.status.is_none_or(|s| c.status == s)
                && category
                    .as_ref()
                    .is_none_or(|k| &crate::kernel::text::name_key(&c.category) == k)
                && filter.channel.is_none_or(|ch| c.channel == ch)
                && filter.from.is_none_or(|f| day >= f)
                && filter.to.is_none_or(|t| day <= t)
                && match filter.due {
                    Due::Any => true,
                    Due::Overdue => c.follow_up_overdue(now),
                    Due::Today => c.follow_up_due_on(today, offset_minutes),
                }
        })
        .collect();
    match sort {
        Sort::NewestFirst => {
            crate::kernel::order::sort_by_key(&mut out, |r| std::cmp::Reverse(r.data.received))
        }
        Sort::OldestFirst => crate::kernel::order::sort_by_key(&mut out, |r| r.data.received),
        Sort::FollowUpFirst => crate::kernel::order::sort_by_key(&mut out, |r| {
            (r.data.follow_up.is_none(), r.data.follow_up)
        }),
        Sort::Status => crate::kernel::order::sort_by_key(&mut out, |r| {
            (r.data.status, std::cmp::Reverse(r.data.received))
        }),
        Sort::Category => crate::kernel::order::sort_by(&mut out, |a, b| {
            a.data
                .category
                .to_lowercase()
                .cmp(&b.data.category.to_lowercase())
                .then(b.data.received.cmp(&a.data.received))
        }),
    }
    out
}

// ---- figures ----------------------------------------------------------

/// One bar of the Pareto chart: a category, its count, its own share of all
/// complaints, and the cumulative share up to and including it (the line).
#[derive(Debug, Clone, PartialEq)]
pub struct ParetoBar {
    pub category: String,
    pub count: usize,
    pub share: f64,
    pub cumulative: f64,
}

/// Complaints by category, most frequent first (ties by name); complaints
/// without a category count under "". Spellings that differ only in case or
/// spaces are one category, shown as first written.
pub fn pareto<'a>(complaints: impl Iterator<Item = &'a Complaint>) -> Vec<ParetoBar> {
    let mut counts: std::collections::HashMap<String, (String, usize)> = Default::default();
    let mut total = 0usize;
    for c in complaints {
        let name = c.category.split_whitespace().collect::<Vec<_>>().join(" ");
        counts
            .entry(crate::kernel::text::name_key(&name))
            .or_insert((name, 0))
            .1 += 1;
        total += 1;
    }
    let mut bars: Vec<(String, usize)> = counts.into_values().collect();
    crate::kernel::order::sort_by(&mut bars, |a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let mut running = 0usize;
    bars.into_iter()
        .map(|(category, count)| {
            running += count;
            ParetoBar {
                category,
                count,
                share: count as f64 / total as f64,
                cumulative: running as f64 / total as f64,
            }
        })
        .collect()
}

/// The log's headline figures.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Figures {
    pub total: usize,
    pub open: usize,
    /// Median hours from complaint to resolution, over resolved complaints.
    pub median_hours_to_resolve: Option<f64>,
    /// Satisfied with the handling, of those whose answer is known.
    pub satisfied_share: Option<f64>,
    pub satisfied_known: usize,
    /// Bought again, of those whose answer is known.
    pub bought_again_share: Option<f64>,
    pub bought_again_known: usize,
    pub follow_ups_overdue: usize,
}

fn median(mut v: Vec<f64>) -> Option<f64> {
    if v.is_empty() {
        return None;
    }
    crate::kernel::order::sort_by(&mut v, f64::total_cmp);
    let n = v.len();
    Some(if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    })
}

fn share(answers: &[Answer]) -> (Option<f64>, usize) {
    let known: Vec<&Answer> = answers.iter().filter(|a| **a != Answer::Unknown).collect();
    let yes = known.iter().filter(|a| ***a == Answer::Yes).count();
    if known.is_empty() {
        (None, 0)
    } else {
        (Some(yes as f64 / known.len() as f64), known.len())
    }
}

pub fn figures<'a>(complaints: impl Iterator<Item = &'a Complaint>, now: DateTime<Utc>) -> Figures {
    let all: Vec<&Complaint> = complaints.collect();
    let hours: Vec<f64> = all
        .iter()
        .filter_map(|c| {
            c.resolved
                .map(|r| (r - c.received).num_minutes() as f64 / 60.0)
        })
        .filter(|h| *h >= 0.0)
        .collect();
    let (satisfied_share, satisfied_known) =
        share(&all.iter().map(|c| c.satisfied).collect::<Vec<_>>());
    let (bought_again_share, bought_again_known) =
        share(&all.iter().map(|c| c.bought_again).collect::<Vec<_>>());
    Figures {
        total: all.len(),
        open: all
            .iter()
            .filter(|c| matches!(c.status, Status::Open | Status::InProgress))
            .count(),
        median_hours_to_resolve: median(hours),
        satisfied_share,
        satisfied_known,
        bought_again_share,
        bought_again_known,
        follow_ups_overdue: all.iter().filter(|c| c.follow_up_overdue(now)).count(),
    }
}

/// The seed's statistics, applied to the log as a clearly labelled estimate:
/// for every customer who complains about 26 stay silent; an unhappy customer
/// tells 9 to 15 people.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Estimate {
    pub silent: usize,
    pub told_low: usize,
    pub told_high: usize,
}

pub fn estimate(complaints: usize) -> Estimate {
    Estimate {
        silent: complaints * 26,
        told_low: complaints * 9,
        told_high: complaints * 15,
    }
}

// ---- CSV --------------------------------------------------------------

/// Whether a spreadsheet could read a cell as a formula (OWASP's CSV
/// injection triggers): it starts with =, +, -, @, a tab, a carriage return
/// or a line feed, or their full-width forms ＝ ＋ － ＠, also after leading
/// spaces. A plain number ("-5", "-1.234,50") is not a formula and passes:
/// it can carry nothing else, and a spreadsheet should read it as a number.
fn is_formula_like(value: &str) -> bool {
    if matches!(value.chars().next(), Some('\t' | '\r' | '\n')) {
        return true;
    }
    let rest = value.trim_start_matches([' ', '\u{a0}', '\u{3000}']);
    let trigger = rest.chars().next().is_some_and(|c| {
        matches!(
            c,
            '=' | '+' | '-' | '@' | '\t' | '\r' | '\n' | '＝' | '＋' | '－' | '＠'
        )
    });
    trigger && !(rest.len() == value.len() && is_plain_number(value))
}

/// An optional minus, then digits with . or , between them: "-5", "-0,75".
fn is_plain_number(value: &str) -> bool {
    let digits = value.strip_prefix('-').unwrap_or(value);
    digits.starts_with(|c: char| c.is_ascii_digit())
        && digits.ends_with(|c: char| c.is_ascii_digit())
        && digits
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
}

/// One CSV cell: quoted (inner quotes doubled), and neutralised so a
/// spreadsheet never runs it as a formula: a formula-like cell gets a
/// leading apostrophe, as OWASP suggests.
pub fn csv_cell(value: &str) -> String {
    let guard = if is_formula_like(value) { "'" } else { "" };
    format!("\"{guard}{}\"", value.replace('"', "\"\""))
}

/// A cell as it was before [`csv_cell`] guarded it: the apostrophe in
/// front of a formula-like text taken off again (a file of ours read back).
pub fn csv_cell_unguard(value: &str) -> &str {
    match value.strip_prefix('\'') {
        Some(rest) if is_formula_like(rest) => rest,
        _ => value,
    }
}

/// Writes rows as CSV (cells separated by `sep`, CRLF, with a byte order
/// mark so spreadsheets read UTF-8).
pub fn csv(sep: char, header: &[&str], rows: impl Iterator<Item = Vec<String>>) -> String {
    let sep = sep.to_string();
    let mut out = String::from("\u{feff}");
    out.push_str(
        &header
            .iter()
            .map(|h| csv_cell(h))
            .collect::<Vec<_>>()
            .join(&sep),
    );
    out.push_str("\r\n");
    for row in rows {
        out.push_str(
            &row.iter()
                .map(|c| csv_cell(c))
                .collect::<Vec<_>>()
                .join(&sep),
        );
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, TimeZone};

    fn t(h: i64) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 3, 2, 9, 0, 0).unwrap() + Duration::hours(h)
    }

    /// Issue 15: converting a stamp at the edge of chrono's range to local
    /// time panicked east or west of UTC.
    #[test]
    fn local_date_does_not_panic_at_any_stamp_in_any_zone() {
        let edge = "+262142-12-31T23:59:59.999Z"
            .parse::<DateTime<Utc>>()
            .unwrap();
        for at in [edge, DateTime::<Utc>::MAX_UTC, DateTime::<Utc>::MIN_UTC] {
            for offset in [-840, -300, 0, 60, 180, 840, i32::MIN, i32::MAX] {
                let _ = local_date(at, offset);
            }
        }
        assert_eq!(local_date(edge, 840), edge.date_naive());
        let last = "9999-12-31T23:59:59.999Z".parse::<DateTime<Utc>>().unwrap();
        assert_eq!(local_date(last, 840).to_string(), "+10000-01-01");
        assert_eq!(local_date(last, -840).to_string(), "9999-12-31");
    }

    fn complaint(category: &str, h: i64) -> Complaint {
        Complaint {
            nature: format!("{category} problem"),
            category: category.into(),
            ..Complaint::new(t(h))
        }
    }

    #[test]
    fn validation_names_each_problem() {
        let mut c = Complaint::new(t(0));
        assert_eq!(c.validate(), vec![Invalid::NoNature]);
        c.nature = "The item arrived broken".into();
        assert!(c.validate().is_empty());
        c.resolved = Some(t(-1));
        c.follow_up = Some(t(-2));
        c.compensation_amount = Some(-5.0);
        c.customer.email = "mario.rossi".into();
        assert_eq!(
            c.validate(),
            vec![
                Invalid::ResolvedBeforeReceived,
                Invalid::FollowUpBeforeReceived,
                Invalid::NegativeAmount,
                Invalid::BadEmail
            ]
        );
    }

    #[test]
    fn erasing_personal_data_keeps_the_complaint() {
        let mut c = complaint("Late delivery", 0);
        c.customer = Customer {
            name: "Ayşe Yılmaz".into(),
            address: "Bağdat Cd. 12".into(),
            phone: "+90 555 000".into(),
            email: "ayse@example.com".into(),
        };
        c.erase_personal_data(t(5));
        assert!(c.customer.is_blank());
        assert_eq!(c.erased, Some(t(5)));
        assert_eq!(c.nature, "Late delivery problem");
    }

    #[test]
    fn follow_ups_overdue_and_due_today() {
        let mut c = complaint("x", 0);
        c.follow_up = Some(t(24));
        assert!(!c.follow_up_overdue(t(23)));
        assert!(c.follow_up_overdue(t(25)));
        assert!(c.follow_up_due_on(NaiveDate::from_ymd_opt(2026, 3, 3).unwrap(), 0));
        // 09:00 UTC on 3 March is still 3 March at UTC-8, not at UTC+16 (4th).
        assert!(c.follow_up_due_on(NaiveDate::from_ymd_opt(2026, 3, 3).unwrap(), -480));
        c.status = Status::FollowedUp;
        assert!(!c.follow_up_overdue(t(25)));
        assert!(!c.follow_up_due_on(NaiveDate::from_ymd_opt(2026, 3, 3).unwrap(), 0));
    }

    #[test]
    fn pareto_orders_by_count_with_cumulative_share() {
        let list = [
            complaint("Late", 0),
            complaint("Broken", 1),
            complaint("Late", 2),
            complaint("Late", 3),
            complaint("Rude", 4),
            complaint("Broken", 5),
        ];
        let bars = pareto(list.iter());
        let names: Vec<&str> = bars.iter().map(|b| b.category.as_str()).collect();
        assert_eq!(names, vec!["Late", "Broken", "Rude"]);
        assert_eq!(bars[0].count, 3);
        assert!((bars[0].cumulative - 0.5).abs() < 1e-12);
        assert!((bars[1].cumulative - 5.0 / 6.0).abs() < 1e-12);
        assert!((bars[2].cumulative - 1.0).abs() < 1e-12);
        assert!(pareto(std::iter::empty()).is_empty());
    }

    /// Issue 17: three categories of one complaint each read "1 · 33.3%",
    /// "1 · 66.7%", "1 · 100%": each bar now has its own share, and the
    /// running total is kept apart, for the line.
    #[test]
    fn each_bar_has_its_own_share_beside_the_cumulative_one() {
        let list = [
            complaint("Broken", 0),
            complaint("Late delivery", 1),
            complaint("Rude", 2),
            complaint(" late   DELIVERY", 3),
        ];
        let bars = pareto(list.iter());
        let rows: Vec<(&str, usize, f64, f64)> = bars
            .iter()
            .map(|b| (b.category.as_str(), b.count, b.share, b.cumulative))
            .collect();
        assert_eq!(
            rows,
            vec![
                ("Late delivery", 2, 0.5, 0.5),
                ("Broken", 1, 0.25, 0.75),
                ("Rude", 1, 0.25, 1.0),
            ]
        );
    }

    /// Issue 17: a category typed on the form showed in the table and the
    /// chart but the filter offered only the list's categories.
    #[test]
    fn the_filter_offers_the_lists_categories_then_every_typed_one_once() {
        let list = vec![
            "Late delivery".to_string(),
            "Item arrived broken".to_string(),
        ];
        let log = [
            complaint("Wrong colour", 0),
            complaint("LATE  delivery ", 1),
            complaint("", 2),
            complaint("  wrong COLOUR", 3),
            complaint("Gift wrap torn", 4),
            complaint("   ", 5),
        ];
        assert_eq!(
            category_options(&list, log.iter()),
            vec![
                "Late delivery",
                "Item arrived broken",
                "Wrong colour",
                "Gift wrap torn"
            ]
        );
        assert!(category_options(&[], std::iter::empty()).is_empty());
        // Filtering by a typed category finds every spelling of it.
        let recs: Vec<Record<Complaint>> = log
            .iter()
            .enumerate()
            .map(|(i, c)| Record::new(c.clone(), t(i as i64)))
            .collect();
        let idx = index(&recs);
        let f = Filter {
            category: Some("Wrong colour".into()),
            ..Filter::default()
        };
        let found: Vec<&str> = select(&recs, &idx, &f, Sort::OldestFirst, t(100), 0)
            .iter()
            .map(|r| r.data.category.as_str())
            .collect();
        assert_eq!(found, vec!["Wrong colour", "  wrong COLOUR"]);
    }

    fn query_of(pairs: &[(&str, &str)]) -> (Filter, Sort) {
        Filter::from_query(|name| {
            pairs
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.to_string())
        })
    }

    /// Issue 17: the list's filters live in the page address; what comes
    /// back from it is the same filter, and a hand-made link opens it.
    #[test]
    fn the_filters_go_into_the_page_address_and_come_back() {
        let filter = Filter {
            text: "rossi & co".into(),
            status: Some(Status::InProgress),
            category: Some("Late delivery".into()),
            channel: Some(Channel::InPerson),
            from: NaiveDate::from_ymd_opt(2026, 3, 1),
            to: NaiveDate::from_ymd_opt(2026, 3, 31),
            due: Due::Overdue,
        };
        let pairs = filter.query(Sort::OldestFirst);
        assert_eq!(
            pairs,
            vec![
                ("q", "rossi & co".to_string()),
                ("status", "in_progress".into()),
                ("category", "Late delivery".into()),
                ("channel", "in_person".into()),
                ("from", "2026-03-01".into()),
                ("until", "2026-03-31".into()),
                ("follow_up", "overdue".into()),
                ("sort", "oldest".into()),
            ]
        );
        let borrowed: Vec<(&str, &str)> = pairs.iter().map(|(n, v)| (*n, v.as_str())).collect();
        assert_eq!(query_of(&borrowed), (filter, Sort::OldestFirst));
        assert!(Filter::default().query(Sort::NewestFirst).is_empty());
        assert_eq!(
            query_of(&[("follow_up", "overdue")]),
            (
                Filter {
                    due: Due::Overdue,
                    ..Filter::default()
                },
                Sort::NewestFirst
            )
        );
    }

    #[test]
    fn a_query_string_encodes_every_value() {
        assert_eq!(query_string(&[]), "");
        assert_eq!(
            query_string(&[
                ("q", "Ayşe & co=1?#".to_string()),
                ("follow_up", "overdue".into())
            ]),
            "?q=Ay%C5%9Fe%20%26%20co%3D1%3F%23&follow_up=overdue"
        );
    }

    #[test]
    fn a_page_address_with_unknown_or_huge_values_is_ignored_not_a_panic() {
        let long = "x".repeat(100_000);
        let (f, s) = query_of(&[
            ("status", "Closed"),
            ("channel", "pigeon"),
            ("from", "2026-02-30"),
            ("until", "99999-01-01"),
            ("follow_up", "1"),
            ("sort", "random"),
            ("category", "   "),
            ("q", &long),
        ]);
        assert_eq!(
            (f.status, f.channel, f.from, f.to, f.due, f.category, s),
            (None, None, None, None, Due::Any, None, Sort::NewestFirst)
        );
        assert_eq!(f.text.chars().count(), QUERY_TEXT_MAX);
    }

    #[test]
    fn figures_median_and_shares() {
        let mut a = complaint("x", 0);
        a.resolved = Some(t(2));
        a.satisfied = Answer::Yes;
        a.bought_again = Answer::No;
        a.status = Status::Resolved;
        let mut b = complaint("x", 0);
        b.resolved = Some(t(10));
        b.satisfied = Answer::No;
        b.status = Status::Resolved;
        let mut c = complaint("x", 0);
        c.resolved = Some(t(4));
        c.satisfied = Answer::Yes;
        c.bought_again = Answer::Yes;
        c.status = Status::FollowedUp;
        let mut d = complaint("x", 0);
        d.follow_up = Some(t(1));
        let f = figures([a, b, c, d].iter(), t(30));
        assert_eq!(f.total, 4);
        assert_eq!(f.open, 1);
        assert_eq!(f.median_hours_to_resolve, Some(4.0));
        assert_eq!(f.satisfied_known, 3);
        assert!((f.satisfied_share.unwrap() - 2.0 / 3.0).abs() < 1e-12);
        assert_eq!(f.bought_again_known, 2);
        assert_eq!(f.bought_again_share, Some(0.5));
        assert_eq!(f.follow_ups_overdue, 1);
        let empty = figures(std::iter::empty(), t(0));
        assert_eq!(empty.median_hours_to_resolve, None);
        assert_eq!(empty.satisfied_share, None);
    }

    #[test]
    fn median_of_an_even_count_is_the_mean_of_the_middle_two() {
        assert_eq!(median(vec![4.0, 1.0, 3.0, 2.0]), Some(2.5));
        assert_eq!(median(vec![]), None);
    }

    #[test]
    fn the_seeds_estimate() {
        assert_eq!(
            estimate(4),
            Estimate {
                silent: 104,
                told_low: 36,
                told_high: 60
            }
        );
    }

    #[test]
    fn search_filters_and_sorts() {
        let mut recs = Vec::new();
        for (i, (cat, name, status)) in [
            ("Late delivery", "Mario Rossi", Status::Open),
            ("Item arrived broken", "Ayşe Yılmaz", Status::Resolved),
            ("Late delivery", "Anna Bianchi", Status::FollowedUp),
        ]
        .into_iter()
        .enumerate()
        {
            let mut c = complaint(cat, i as i64 * 24);
            c.customer.name = name.into();
            c.status = status;
            recs.push(Record::new(c, t(i as i64)));
        }
        let idx = index(&recs);
        let names = |v: Vec<&Record<Complaint>>| -> Vec<String> {
            v.iter().map(|r| r.data.customer.name.clone()).collect()
        };
        let f = Filter {
            text: "LATE  rossi".into(),
            ..Filter::default()
        };
        assert_eq!(
            names(select(&recs, &idx, &f, Sort::NewestFirst, t(100), 0)),
            vec!["Mario Rossi"]
        );
        let f = Filter {
            text: "ayşe".into(),
            ..Filter::default()
        };
        assert_eq!(
            names(select(&recs, &idx, &f, Sort::NewestFirst, t(100), 0)),
            vec!["Ayşe Yılmaz"]
        );
        let f = Filter {
            category: Some("Late delivery".into()),
            ..Filter::default()
        };
        assert_eq!(
            names(select(&recs, &idx, &f, Sort::NewestFirst, t(100), 0)),
            vec!["Anna Bianchi", "Mario Rossi"]
        );
        assert_eq!(
            names(select(&recs, &idx, &f, Sort::OldestFirst, t(100), 0)),
            vec!["Mario Rossi", "Anna Bianchi"]
        );
        let f = Filter {
            status: Some(Status::Resolved),
            ..Filter::default()
        };
        assert_eq!(
            names(select(&recs, &idx, &f, Sort::NewestFirst, t(100), 0)),
            vec!["Ayşe Yılmaz"]
        );
        let f = Filter {
            from: Some(NaiveDate::from_ymd_opt(2026, 3, 3).unwrap()),
            to: Some(NaiveDate::from_ymd_opt(2026, 3, 3).unwrap()),
            ..Filter::default()
        };
        assert_eq!(
            names(select(&recs, &idx, &f, Sort::NewestFirst, t(100), 0)),
            vec!["Ayşe Yılmaz"]
        );
    }

    #[test]
    fn search_folds_case_accents_and_turkish_i() {
        let recs: Vec<Record<Complaint>> = ["İSMAİL YILMAZ", "IŞIK Elektrik", "Zoë Martin"]
            .into_iter()
            .enumerate()
            .map(|(i, name)| {
                let mut c = complaint("Late delivery", i as i64);
                c.customer.name = name.into();
                Record::new(c, t(i as i64))
            })
            .collect();
        let idx = index(&recs);
        let find = |q: &str| -> Vec<String> {
            let f = Filter {
                text: q.into(),
                ..Filter::default()
            };
            select(&recs, &idx, &f, Sort::OldestFirst, t(100), 0)
                .iter()
                .map(|r| r.data.customer.name.clone())
                .collect()
        };
        assert_eq!(find("ismail"), vec!["İSMAİL YILMAZ"]);
        assert_eq!(find("ısmail yılmaz"), vec!["İSMAİL YILMAZ"]);
        assert_eq!(find("ışık"), vec!["IŞIK Elektrik"]);
        assert_eq!(find("isik ELEKTRIK"), vec!["IŞIK Elektrik"]);
        assert_eq!(find("zoe"), vec!["Zoë Martin"]);
        assert_eq!(find("ZOË"), vec!["Zoë Martin"]);
        assert_eq!(find("LATE"), find("late"), "upper-case queries find too");
        assert_eq!(find("LATE").len(), 3);
    }

    #[test]
    fn trashed_complaints_are_not_listed() {
        let mut r = Record::new(complaint("x", 0), t(0));
        r.deleted = Some(t(1));
        let recs = vec![r];
        assert!(index(&recs).is_empty());
    }

    #[test]
    fn csv_neutralises_formulas_and_quotes() {
        assert_eq!(csv_cell("=SUM(A1:A9)"), "\"'=SUM(A1:A9)\"");
        assert_eq!(csv_cell("+39 055 123"), "\"'+39 055 123\"");
        assert_eq!(csv_cell("@cmd"), "\"'@cmd\"");
        assert_eq!(csv_cell("said \"no\""), "\"said \"\"no\"\"\"");
        assert_eq!(csv_cell("plain, text"), "\"plain, text\"");
        let out = csv(
            ',',
            &["a", "b"],
            vec![vec!["1".to_string(), "=2".to_string()]].into_iter(),
        );
        assert_eq!(out, "\u{feff}\"a\",\"b\"\r\n\"1\",\"'=2\"\r\n");
    }

    #[test]
    fn csv_guards_every_formula_trigger() {
        for cell in [
            "=1+1",
            "+1+1",
            "-1+1",
            "@SUM(A1)",
            "\tx",
            "\rx",
            "\nx",
            "  =1+1",
            " +cmd",
            "   -2+3",
            "  @x",
            "\u{a0}=x",
            "\u{3000}=x",
            "＝1+1",
            "＋1",
            "－1",
            "＠x",
            "  ＝x",
            "-5+cmd|' /C calc'!A0",
            "- 5",
            "-",
        ] {
            let out = csv_cell(cell);
            assert!(out.starts_with("\"'"), "{cell:?} not guarded: {out:?}");
            assert_eq!(out, format!("\"'{}\"", cell.replace('"', "\"\"")));
        }
        // A quote inside a guarded cell is still doubled.
        assert_eq!(csv_cell("=\"x\""), "\"'=\"\"x\"\"\"");
        // Plain numbers are numbers, not formulas.
        for n in ["-5", "-0,75", "-1.234,50", "42", "3.5"] {
            assert_eq!(csv_cell(n), format!("\"{n}\""), "{n}");
        }
        for safe in ["Mario", " Mario", "a=b", "a-b", "x@y.it", ""] {
            assert_eq!(csv_cell(safe), format!("\"{safe}\""), "{safe:?}");
        }
    }

    #[test]
    fn json_round_trip_and_defaults() {
        let c = complaint("Late delivery", 0);
        let json = serde_json::to_string(&c).unwrap();
        assert!(json.contains("\"channel\":\"phone\""));
        let back: Complaint = serde_json::from_str(&json).unwrap();
        assert_eq!(back, c);
        let minimal: Complaint =
            serde_json::from_str(r#"{"received":"2026-03-02T09:00:00Z"}"#).unwrap();
        assert_eq!(minimal.status, Status::Open);
        assert_eq!(minimal.satisfied, Answer::Unknown);
    }
}
