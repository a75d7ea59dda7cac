//! Listening inputs beside the complaint log (seed 001 part 1, steps 2 to 4):
//! surveys and focus groups, operational figures, and what suppliers and
//! service providers report, each per month so a change shows over time.

use crate::kernel::count;
use crate::kernel::record::{Collection, Record};
use crate::listen::complaints::Complaint;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// What the Listen section has heard, as the goals and the problem ranking
/// read it (`Workbook::heard` lends it).
#[derive(Debug, Clone, Copy)]
pub struct Heard<'a> {
    pub complaints: &'a Collection<Complaint>,
    pub operations: &'a Collection<Operations>,
    pub supplier_figures: &'a Collection<SupplierFigures>,
}

/// A calendar month, written "YYYY-MM" in files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Period {
    pub year: i32,
    pub month: u32,
}

impl Period {
    pub fn new(year: i32, month: u32) -> Option<Period> {
        ((1..=12).contains(&month) && (1900..=9999).contains(&year))
            .then_some(Period { year, month })
    }

    pub fn of(date: NaiveDate) -> Period {
        Period {
            year: date.year(),
            month: date.month(),
        }
    }

    /// Reads "YYYY-MM" (what `<input type="month">` gives).
    pub fn parse(text: &str) -> Option<Period> {
        let (y, m) = text.trim().split_once('-')?;
        if y.len() != 4 || m.is_empty() || m.len() > 2 {
            return None;
        }
        Period::new(y.parse().ok()?, m.parse().ok()?)
    }

    pub fn previous(self) -> Period {
        if self.month == 1 {
            Period {
                year: self.year.saturating_sub(1),
                month: 12,
            }
        } else {
            Period {
                month: self.month - 1,
                ..self
            }
        }
    }

    pub fn next(self) -> Period {
        if self.month == 12 {
            Period {
                year: self.year.saturating_add(1),
                month: 1,
            }
        } else {
            Period {
                month: self.month + 1,
                ..self
            }
        }
    }

    /// The month's first day. A period read from outside is always a valid
    /// month of 1900 to 9999; one computed past chrono's range (or built by
    /// hand with a month out of 1..=12) saturates instead of panicking.
    pub fn first_day(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month.clamp(1, 12), 1).unwrap_or(if self.year < 0 {
            NaiveDate::MIN
        } else {
            NaiveDate::MAX
        })
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

impl Serialize for Period {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Period {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Period::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!("expected a month YYYY-MM, got {text:?}"))
        })
    }
}

impl Default for Period {
    fn default() -> Self {
        Period {
            year: 2000,
            month: 1,
        }
    }
}

// ---- surveys and focus groups -------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum SurveyKind {
    #[default]
    Survey,
    FocusGroup,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    #[default]
    Customers,
    Employees,
}

/// One survey or focus group and what it taught.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Survey {
    #[serde(deserialize_with = "crate::kernel::bounds::date")]
    pub date: NaiveDate,
    #[serde(default)]
    pub kind: SurveyKind,
    #[serde(default)]
    pub audience: Audience,
    /// A short name: "Online survey after delivery".
    #[serde(default)]
    pub title: String,
    #[serde(default, deserialize_with = "count::option")]
    pub participants: Option<u32>,
    /// The open questions asked, one per entry.
    #[serde(default)]
    pub questions: Vec<String>,
    /// What was learned.
    #[serde(default)]
    pub learned: String,
}

/// Why a survey cannot be saved as it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SurveyInvalid {
    NoTitle,
    NothingLearned,
}

impl Survey {
    pub fn new(date: NaiveDate) -> Survey {
        Survey {
            date,
            ..Survey::default()
        }
    }

    pub fn validate(&self) -> Vec<SurveyInvalid> {
        let mut out = Vec::new();
        if self.title.trim().is_empty() {
            out.push(SurveyInvalid::NoTitle);
        }
        if self.learned.trim().is_empty() {
            out.push(SurveyInvalid::NothingLearned);
        }
        out
    }
}

/// An unfinished survey is accepted on import: the form asks for what is
/// missing.
impl crate::kernel::record::FormRules for Survey {}

/// The seed asks for open questions that bring specific feedback rather
/// than ratings. True when a question reads like a yes/no or a rating
/// question in English, Italian or Turkish.
pub fn looks_closed(question: &str) -> bool {
    let q = question.trim().to_lowercase();
    if q.is_empty() {
        return false;
    }
    const STARTS: &[&str] = &[
        "do ",
        "does ",
        "did ",
        "are ",
        "is ",
        "was ",
        "were ",
        "would ",
        "will ",
        "have ",
        "has ",
        "can ",
        "could ",
        "rate ",
        "on a scale",
        "how satisfied",
        "how likely",
        "sei ",
        "è ",
        "e' ",
        "hai ",
        "avete ",
        "siete ",
        "ti è ",
        "vi è ",
        "valuta",
        "da 1 a",
        "quanto sei",
        "quanto è",
        "quanto siete",
    ];
    const CONTAINS: &[&str] = &[
        "1 to 5",
        "1-5",
        "1 to 10",
        "da 1 a",
        "1'den 5'e",
        "1-10",
        "puan",
        "yes or no",
        "sì o no",
        "evet mi hayır mı",
        "memnun musunuz",
        "memnun musun",
    ];
    const TURKISH_TAGS: &[&str] = &[
        " mı",
        " mi",
        " mu",
        " mü",
        " mısınız",
        " misiniz",
        " musunuz",
        " müsünüz",
    ];
    let bare = q.trim_end_matches(['?', '.', '!', ' ']);
    STARTS.iter().any(|s| q.starts_with(s))
        || CONTAINS.iter().any(|s| q.contains(s))
        || TURKISH_TAGS.iter().any(|t| bare.ends_with(t))
}

// ---- operational figures ---------------------------------------------

/// The shop's own figures for one month (step 3 of the seed).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Operations {
    pub period: Period,
    /// Items sold (or orders shipped): the base of the return rate.
    #[serde(default, deserialize_with = "count::option")]
    pub sold: Option<u32>,
    #[serde(default, deserialize_with = "count::option")]
    pub returns: Option<u32>,
    /// Orders waiting to be fulfilled at the end of the month.
    #[serde(default, deserialize_with = "count::option")]
    pub backlog: Option<u32>,
    /// Items in the range: the base of the out-of-stock share.
    #[serde(default, deserialize_with = "count::option")]
    pub range: Option<u32>,
    #[serde(default, deserialize_with = "count::option")]
    pub out_of_stock: Option<u32>,
    /// Items checked internally, and of those rejected.
    #[serde(default, deserialize_with = "count::option")]
    pub checked: Option<u32>,
    #[serde(default, deserialize_with = "count::option")]
    pub rejected: Option<u32>,
    #[serde(default)]
    pub note: String,
}

fn ratio(part: Option<u32>, whole: Option<u32>) -> Option<f64> {
    match (part, whole) {
        (Some(p), Some(w)) if w > 0 => Some(f64::from(p) / f64::from(w)),
        _ => None,
    }
}

impl Operations {
    pub fn return_rate(&self) -> Option<f64> {
        ratio(self.returns, self.sold)
    }
    pub fn backlog_share(&self) -> Option<f64> {
        ratio(self.backlog, self.sold)
    }
    pub fn out_of_stock_share(&self) -> Option<f64> {
        ratio(self.out_of_stock, self.range)
    }
    pub fn reject_rate(&self) -> Option<f64> {
        ratio(self.rejected, self.checked)
    }
}

// ---- suppliers and service providers ------------------------------------

/// A count under a category, as a provider reports it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct CategoryCount {
    pub category: String,
    #[serde(deserialize_with = "count::one")]
    pub count: u32,
}

/// What suppliers and service providers report for one month (step 4).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct SupplierFigures {
    pub period: Period,
    /// Website feedback, as the site's administrator classifies it.
    #[serde(default)]
    pub web_feedback: Vec<CategoryCount>,
    /// Shipments sent by the courier, and of those redelivered because the
    /// first delivery was refused (defects or other problems).
    #[serde(default, deserialize_with = "count::option")]
    pub shipments: Option<u32>,
    #[serde(default, deserialize_with = "count::option")]
    pub redeliveries: Option<u32>,
    /// Complaints and other feedback the call centre classified.
    #[serde(default)]
    pub call_complaints: Vec<CategoryCount>,
    #[serde(default, deserialize_with = "count::option")]
    pub calls: Option<u32>,
    /// Average waiting time before reaching an agent, in seconds.
    #[serde(default, deserialize_with = "count::option")]
    pub avg_wait_seconds: Option<u32>,
    /// Callers who hung up before reaching an agent.
    #[serde(default, deserialize_with = "count::option")]
    pub hang_ups: Option<u32>,
    #[serde(default)]
    pub note: String,
}

impl SupplierFigures {
    pub fn redelivery_rate(&self) -> Option<f64> {
        ratio(self.redeliveries, self.shipments)
    }
    pub fn hang_up_rate(&self) -> Option<f64> {
        ratio(self.hang_ups, self.calls)
    }
    pub fn web_feedback_total(&self) -> u32 {
        count::sum(self.web_feedback.iter().map(|c| c.count))
    }
    pub fn call_complaints_total(&self) -> u32 {
        count::sum(self.call_complaints.iter().map(|c| c.count))
    }
}

/// Reads "category: count" lines (one per line) as a provider lists them;
/// returns the entries and the 1-based numbers of lines it could not read.
pub fn parse_category_counts(text: &str) -> (Vec<CategoryCount>, Vec<usize>) {
    let mut out: Vec<CategoryCount> = Vec::new();
    let mut bad = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let parsed = line
            .rsplit_once([':', '\t', '='])
            .and_then(|(c, n)| Some((c.trim(), n.trim().parse::<u32>().ok()?)))
            .filter(|(c, n)| !c.is_empty() && count::ok(*n));
        match parsed {
            Some((category, n)) => match out.iter_mut().find(|c| c.category == category) {
                // A line that would take the category past the bound is
                // reported, not added.
                Some(existing) => match existing.count.checked_add(n).filter(|t| count::ok(*t)) {
                    Some(total) => existing.count = total,
                    None => bad.push(i + 1),
                },
                None => out.push(CategoryCount {
                    category: category.to_string(),
                    count: n,
                }),
            },
            None => bad.push(i + 1),
        }
    }
    (out, bad)
}

pub fn category_counts_text(counts: &[CategoryCount]) -> String {
    counts
        .iter()
        .map(|c| format!("{}: {}", c.category, c.count))
        .collect::<Vec<_>>()
        .join("\n")
}

// ---- over time ------------------------------------------------------------

/// Something with a month, for figures over time.
pub trait Monthly {
    fn period(&self) -> Period;
}

impl Monthly for Operations {
    fn period(&self) -> Period {
        self.period
    }
}

impl Monthly for SupplierFigures {
    fn period(&self) -> Period {
        self.period
    }
}

/// One record per month, oldest first. Two copies merged may both hold a
/// month: the most recently updated counts, and the month is reported so
/// the user can remove the other.
pub fn by_period<T>(collection: &Collection<T>) -> (Vec<&Record<T>>, Vec<Period>)
where
    T: Monthly + Serialize + serde::de::DeserializeOwned + Clone + PartialEq,
{
    let mut items: Vec<&Record<T>> = collection.live().collect();
    crate::kernel::order::sort_by_key(&mut items, |r| {
        (r.data.period(), std::cmp::Reverse(r.updated), r.id)
    });
    let mut out: Vec<&Record<T>> = Vec::with_capacity(items.len());
    let mut twice = Vec::new();
    for r in items {
        match out.last() {
            Some(last) if last.data.period() == r.data.period() => {
                if twice.last() != Some(&r.data.period()) {
                    twice.push(r.data.period());
                }
            }
            _ => out.push(r),
        }
    }
    (out, twice)
}

/// How a figure moved from the month before.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Change {
    pub from: f64,
    pub to: f64,
}

impl Change {
    pub fn delta(&self) -> f64 {
        self.to - self.from
    }
}

/// A figure month by month; `None` where it was not entered.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub points: Vec<(Period, Option<f64>)>,
}

impl Series {
    pub fn of<'a, T: 'a>(
        records: impl IntoIterator<Item = &'a Record<T>>,
        period: impl Fn(&T) -> Period,
        value: impl Fn(&T) -> Option<f64>,
    ) -> Series {
        Series {
            points: records
                .into_iter()
                .map(|r| (period(&r.data), value(&r.data)))
                .collect(),
        }
    }

    pub fn known(&self) -> impl Iterator<Item = (Period, f64)> + '_ {
        self.points.iter().filter_map(|(p, v)| v.map(|v| (*p, v)))
    }

    pub fn latest(&self) -> Option<(Period, f64)> {
        self.known().last()
    }

    /// The last two known values.
    pub fn change(&self) -> Option<Change> {
        let known: Vec<f64> = self.known().map(|(_, v)| v).collect();
        match known.as_slice() {
            [.., from, to] => Some(Change {
                from: *from,
                to: *to,
            }),
            _ => None,
        }
    }

    pub fn max(&self) -> Option<f64> {
        self.known().map(|(_, v)| v).reduce(f64::max)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};

    #[test]
    fn a_period_reads_and_writes_as_year_month() {
        let p = Period::parse("2026-03").unwrap();
        assert_eq!(p.to_string(), "2026-03");
        assert_eq!(Period::parse(" 2026-3 "), Period::new(2026, 3));
        for bad in [
            "2026-13",
            "2026-00",
            "26-03",
            "2026",
            "march",
            "2026-03-01",
            "",
        ] {
            assert_eq!(Period::parse(bad), None, "{bad}");
        }
        assert_eq!(p.previous(), Period::new(2026, 2).unwrap());
        assert_eq!(
            Period::new(2026, 1).unwrap().previous(),
            Period::new(2025, 12).unwrap()
        );
        assert_eq!(
            Period::new(2025, 12).unwrap().next(),
            Period::new(2026, 1).unwrap()
        );
        let json = serde_json::to_string(&p).unwrap();
        assert_eq!(json, "\"2026-03\"");
        assert_eq!(serde_json::from_str::<Period>(&json).unwrap(), p);
        assert!(serde_json::from_str::<Period>("\"2026-13\"").is_err());
    }

    #[test]
    fn rates_need_their_base() {
        let o = Operations {
            sold: Some(400),
            returns: Some(12),
            checked: Some(0),
            rejected: Some(3),
            ..Operations::default()
        };
        assert_eq!(o.return_rate(), Some(0.03));
        assert_eq!(o.reject_rate(), None, "nothing checked: no rate");
        assert_eq!(o.out_of_stock_share(), None);
        let s = SupplierFigures {
            calls: Some(200),
            hang_ups: Some(30),
            ..SupplierFigures::default()
        };
        assert_eq!(s.hang_up_rate(), Some(0.15));
        assert_eq!(s.redelivery_rate(), None);
    }

    #[test]
    fn closed_questions_are_spotted_in_three_languages() {
        for closed in [
            "Are you happy with our service?",
            "On a scale from 1 to 5, how was it?",
            "Sei soddisfatto del servizio?",
            "Hizmetimizden memnun musunuz?",
            "Teslimat zamanında mı?",
            "How satisfied were you?",
        ] {
            assert!(looks_closed(closed), "{closed}");
        }
        for open in [
            "What nearly stopped you from buying?",
            "Cosa ti ha fatto tornare da noi?",
            "Siparişinizde sizi en çok ne zorladı?",
            "Tell us about the last time you waited too long.",
            "",
        ] {
            assert!(!looks_closed(open), "{open}");
        }
    }

    #[test]
    fn category_counts_are_read_line_by_line() {
        let (counts, bad) = parse_category_counts(
            "Delivery late: 4\nPayment failed: 2\n\nnonsense\nDelivery late: 1\n:3",
        );
        assert_eq!(
            counts,
            vec![
                CategoryCount {
                    category: "Delivery late".into(),
                    count: 5
                },
                CategoryCount {
                    category: "Payment failed".into(),
                    count: 2
                },
            ]
        );
        assert_eq!(bad, vec![4, 6]);
        assert_eq!(
            category_counts_text(&counts),
            "Delivery late: 5\nPayment failed: 2"
        );
    }

    #[test]
    fn one_record_per_month_the_newest_winning() {
        let at = |s: i64| Utc.timestamp_opt(1_750_000_000 + s, 0).unwrap();
        let month = |m| Period::new(2026, m).unwrap();
        let mut c = Collection::default();
        c.insert(
            Operations {
                period: month(2),
                sold: Some(100),
                returns: Some(5),
                ..Operations::default()
            },
            at(0),
        );
        c.insert(
            Operations {
                period: month(1),
                sold: Some(100),
                returns: Some(2),
                ..Operations::default()
            },
            at(1),
        );
        let dup = c.insert(
            Operations {
                period: month(2),
                sold: Some(100),
                returns: Some(9),
                ..Operations::default()
            },
            at(2),
        );
        let trashed = c.insert(
            Operations {
                period: month(3),
                ..Operations::default()
            },
            at(3),
        );
        c.trash(trashed, at(4));
        let (months, twice) = by_period(&c);
        assert_eq!(months.len(), 2);
        assert_eq!(months[1].id, dup, "the newer record of February counts");
        assert_eq!(twice, vec![month(2)]);
        let series = Series::of(
            months.iter().copied(),
            |o| o.period,
            Operations::return_rate,
        );
        assert_eq!(
            series.points,
            vec![(month(1), Some(0.02)), (month(2), Some(0.09))]
        );
        let change = series.change().unwrap();
        assert!((change.delta() - 0.07).abs() < 1e-12);
        assert_eq!(series.latest(), Some((month(2), 0.09)));
        assert_eq!(series.max(), Some(0.09));
    }

    #[test]
    fn a_series_with_one_known_value_has_no_change() {
        let s = Series {
            points: vec![
                (Period::new(2026, 1).unwrap(), None),
                (Period::new(2026, 2).unwrap(), Some(3.0)),
            ],
        };
        assert_eq!(s.change(), None);
        assert_eq!(s.latest(), Some((Period::new(2026, 2).unwrap(), 3.0)));
    }
}
