//! The top three problems (seed 001 part 1, step 5): combine the internal
//! and suppliers' inputs with what customers say into a list of problems,
//! rank them by how common they are, what they cost and whether they can be
//! acted on, and keep the three the user confirms.

use crate::kernel::record::{Collection, Record};
use crate::listen::complaints::Complaint;
use crate::listen::inputs::{by_period, Heard, Operations, Period, SupplierFigures};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// Where a problem shows: a category of one of the inputs, or a figure.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(tag = "kind", content = "name", rename_all = "snake_case")]
pub enum Source {
    /// A complaint category of the log.
    Complaints(String),
    /// A category of website feedback.
    WebFeedback(String),
    /// A category of the call centre's complaints.
    CallCentre(String),
    Returns,
    Backlog,
    OutOfStock,
    Rejects,
    Redeliveries,
    HangUps,
}

impl Source {
    /// Sources sharing a base (all complaints, all web feedback…) add up.
    fn group(&self) -> u8 {
        match self {
            Source::Complaints(_) => 0,
            Source::WebFeedback(_) => 1,
            Source::CallCentre(_) => 2,
            Source::Returns => 3,
            Source::Backlog => 4,
            Source::OutOfStock => 5,
            Source::Rejects => 6,
            Source::Redeliveries => 7,
            Source::HangUps => 8,
        }
    }

    /// The category's own words, when the source is a category.
    pub fn category(&self) -> Option<&str> {
        match self {
            Source::Complaints(c) | Source::WebFeedback(c) | Source::CallCentre(c) => Some(c),
            _ => None,
        }
    }
}

/// How often a source comes up in the chosen time, and what it cost.
#[derive(Debug, Clone, PartialEq)]
pub struct Evidence {
    pub source: Source,
    /// Complaints, mentions, returns… in the time.
    pub count: u64,
    /// What the count is a share of (all complaints, items sold…).
    pub base: u64,
    /// Compensation given for it (complaints only).
    pub cost: f64,
}

impl Evidence {
    pub fn share(&self) -> f64 {
        if self.base == 0 {
            0.0
        } else {
            self.count as f64 / self.base as f64
        }
    }
}

/// Points out of 100, and where they come from.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Score {
    /// Share of its input, up to [`COMMON_POINTS`].
    pub common: f64,
    /// Share of all compensation paid, up to [`COST_POINTS`].
    pub cost: f64,
    /// [`ACTIONABLE_POINTS`] when specific enough to act on.
    pub actionable: f64,
}

pub const COMMON_POINTS: f64 = 60.0;
pub const COST_POINTS: f64 = 25.0;
pub const ACTIONABLE_POINTS: f64 = 15.0;

impl Score {
    pub fn total(&self) -> f64 {
        self.common + self.cost + self.actionable
    }
}

/// A problem put together from one or more sources, assessed.
#[derive(Debug, Clone, PartialEq)]
pub struct Assessment {
    /// How many times it came up in the input where it is most common:
    /// `count` out of `base` (complaints, items sold…), the `share`.
    pub count: u64,
    pub base: u64,
    /// That input (one of its sources there), to say what was counted;
    /// `None` when no source has evidence.
    pub input: Option<Source>,
    /// The largest share among the problem's inputs (sources sharing a
    /// base add up first).
    pub share: f64,
    pub cost: f64,
    /// Share of all compensation in the time.
    pub cost_share: f64,
    pub specific: bool,
    pub score: Score,
}

/// Everything the ranking draws on, for one time window.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Inputs {
    pub evidence: Vec<Evidence>,
    /// All compensation paid in the time.
    pub total_cost: f64,
}

impl Inputs {
    /// Gathers the evidence from complaints received on or after `since`
    /// and months from `since`'s month on (everything when `None`).
    pub fn gather(wb: Heard, since: Option<NaiveDate>) -> Inputs {
        let mut evidence = Vec::new();
        let from = since.map(Period::of);
        let in_time = |p: Period| from.is_none_or(|f| p >= f);

        // Complaints by category.
        let complaints: Vec<&Complaint> = wb
            .complaints
            .live()
            .map(|r| &r.data)
            .filter(|c| since.is_none_or(|s| c.received.date_naive() >= s))
            .collect();
        let total_cost: f64 = complaints
            .iter()
            .filter_map(|c| c.compensation_amount)
            .filter(|a| a.is_finite() && *a > 0.0)
            .sum();
        let base = complaints.len() as u64;
        let mut by_category: Vec<(String, u64, f64)> = Vec::new();
        for c in &complaints {
            let name = c.category.trim();
            if name.is_empty() {
                continue;
            }
            let cost = c
                .compensation_amount
                .filter(|a| a.is_finite() && *a > 0.0)
                .unwrap_or(0.0);
            match by_category.iter_mut().find(|(n, _, _)| n == name) {
                Some(entry) => {
                    entry.1 += 1;
                    entry.2 += cost;
                }
                None => by_category.push((name.to_string(), 1, cost)),
            }
        }
        evidence.extend(by_category.into_iter().map(|(name, count, cost)| Evidence {
            source: Source::Complaints(name),
            count,
            base,
            cost,
        }));

        // Suppliers' categories and figures.
        let (suppliers, _) = by_period(wb.supplier_figures);
        let suppliers: Vec<&SupplierFigures> = suppliers
            .into_iter()
            .map(|r| &r.data)
            .filter(|s| in_time(s.period))
            .collect();
        for (make, pick) in [
            (
                Source::WebFeedback as fn(String) -> Source,
                (|s: &SupplierFigures| &s.web_feedback) as fn(&SupplierFigures) -> &Vec<_>,
            ),
            (Source::CallCentre, |s: &SupplierFigures| &s.call_complaints),
        ] {
            let base: u64 = suppliers
                .iter()
                .flat_map(|s| pick(s).iter())
                .map(|c| u64::from(c.count))
                .sum();
            let mut counts: Vec<(String, u64)> = Vec::new();
            for c in suppliers.iter().flat_map(|s| pick(s).iter()) {
                let name = c.category.trim();
                if name.is_empty() || c.count == 0 {
                    continue;
                }
                match counts.iter_mut().find(|(n, _)| n == name) {
                    Some(e) => e.1 += u64::from(c.count),
                    None => counts.push((name.to_string(), u64::from(c.count))),
                }
            }
            evidence.extend(counts.into_iter().map(|(name, count)| Evidence {
                source: make(name),
                count,
                base,
                cost: 0.0,
            }));
        }
        let sum = |f: &dyn Fn(&SupplierFigures) -> Option<(u32, u32)>| -> (u64, u64) {
            suppliers
                .iter()
                .filter_map(|s| f(s))
                .fold((0, 0), |(a, b), (p, w)| {
                    (a + u64::from(p), b + u64::from(w))
                })
        };
        let figures: [(Source, (u64, u64)); 2] = [
            (
                Source::Redeliveries,
                sum(&|s| Some((s.redeliveries?, s.shipments?))),
            ),
            (Source::HangUps, sum(&|s| Some((s.hang_ups?, s.calls?)))),
        ];

        // The shop's own figures.
        let (ops, _) = by_period(wb.operations);
        let ops: Vec<&Operations> = ops
            .into_iter()
            .map(|r| &r.data)
            .filter(|o| in_time(o.period))
            .collect();
        let sum_ops = |f: &dyn Fn(&Operations) -> Option<(u32, u32)>| -> (u64, u64) {
            ops.iter()
                .filter_map(|o| f(o))
                .fold((0, 0), |(a, b), (p, w)| {
                    (a + u64::from(p), b + u64::from(w))
                })
        };
        let own: [(Source, (u64, u64)); 4] = [
            (Source::Returns, sum_ops(&|o| Some((o.returns?, o.sold?)))),
            (Source::Backlog, sum_ops(&|o| Some((o.backlog?, o.sold?)))),
            (
                Source::OutOfStock,
                sum_ops(&|o| Some((o.out_of_stock?, o.range?))),
            ),
            (
                Source::Rejects,
                sum_ops(&|o| Some((o.rejected?, o.checked?))),
            ),
        ];
        evidence.extend(
            own.into_iter()
                .chain(figures)
                .filter(|(_, (count, base))| *count > 0 && *base > 0)
                .map(|(source, (count, base))| Evidence {
                    source,
                    count,
                    base,
                    cost: 0.0,
                }),
        );
        Inputs {
            evidence,
            total_cost,
        }
    }

    pub fn find(&self, source: &Source) -> Option<&Evidence> {
        self.evidence.iter().find(|e| &e.source == source)
    }

    /// Assesses a problem made of `sources`, titled `title`; `specific`
    /// overrides the wording check when the user has decided.
    pub fn assess(&self, sources: &[Source], title: &str, specific: Option<bool>) -> Assessment {
        let found: Vec<&Evidence> = sources.iter().filter_map(|s| self.find(s)).collect();
        // Shares and counts add up within one input; across inputs the
        // largest share counts, with that input's count beside it.
        // (group, share, count, base, a source of it)
        let mut groups: Vec<(u8, f64, u64, u64, &Source)> = Vec::new();
        for e in &found {
            match groups.iter_mut().find(|g| g.0 == e.source.group()) {
                Some(g) => {
                    g.1 += e.share();
                    g.2 = g.2.saturating_add(e.count);
                    g.3 = g.3.max(e.base);
                }
                None => groups.push((e.source.group(), e.share(), e.count, e.base, &e.source)),
            }
        }
        let (share, count, base, input) =
            groups
                .iter()
                .fold((0.0, 0, 0, None), |best, (_, s, n, b, src)| {
                    if *s > best.0 {
                        (*s, *n, *b, Some((*src).clone()))
                    } else {
                        best
                    }
                });
        let share = f64::min(share, 1.0);
        let count = count.min(base);
        let cost: f64 = found.iter().map(|e| e.cost).sum();
        let cost_share = if self.total_cost > 0.0 {
            (cost / self.total_cost).min(1.0)
        } else {
            0.0
        };
        let specific = specific.unwrap_or_else(|| !is_vague(title));
        Assessment {
            count,
            base,
            input,
            share,
            cost,
            cost_share,
            specific,
            score: Score {
                common: share * COMMON_POINTS,
                cost: cost_share * COST_POINTS,
                actionable: if specific { ACTIONABLE_POINTS } else { 0.0 },
            },
        }
    }

    /// Every source as a candidate problem, best first. `title_of` gives the
    /// words a source is shown with (a category keeps its own).
    pub fn candidates(&self, title_of: impl Fn(&Source) -> String) -> Vec<(Source, Assessment)> {
        let mut out: Vec<(Source, Assessment)> = self
            .evidence
            .iter()
            .map(|e| {
                let title = title_of(&e.source);
                (
                    e.source.clone(),
                    self.assess(std::slice::from_ref(&e.source), &title, None),
                )
            })
            .collect();
        crate::kernel::order::sort_by(&mut out, |a, b| {
            b.1.score
                .total()
                .total_cmp(&a.1.score.total())
                .then(b.1.count.cmp(&a.1.count))
                .then(a.0.cmp(&b.0))
        });
        out
    }
}

/// The seed's rule: a problem must be specific enough to act on ("the item
/// arrived broken"), not vague ("I was not satisfied"). True when the words
/// are among the vague ones in English, Italian or Turkish.
pub fn is_vague(text: &str) -> bool {
    let t = text.trim().to_lowercase();
    if t.chars().filter(|c| c.is_alphanumeric()).count() < 4 {
        return true;
    }
    const VAGUE: &[&str] = &[
        "not satisfied",
        "unsatisfied",
        "dissatisfied",
        "not happy",
        "unhappy",
        "bad service",
        "poor service",
        "bad experience",
        "general",
        "miscellaneous",
        "other",
        "various",
        "non soddisfatt",
        "insoddisfatt",
        "scontent",
        "servizio scadente",
        "cattivo servizio",
        "esperienza negativa",
        "altro",
        "altri",
        "generale",
        "varie",
        "memnun değil",
        "memnun kalmadım",
        "memnuniyetsiz",
        "kötü hizmet",
        "kötü deneyim",
        "diğer",
        "genel",
        "çeşitli",
    ];
    let words: Vec<&str> = t
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .collect();
    // A negated feeling, however phrased: "I was not satisfied".
    const NEGATED: &[(&str, &str)] = &[
        ("not", "satisf"),
        ("not", "happy"),
        ("non", "soddisfatt"),
        ("non", "content"),
    ];
    if NEGATED
        .iter()
        .any(|(neg, stem)| words.contains(neg) && t.contains(stem))
    {
        return true;
    }
    VAGUE.iter().any(|v| {
        if v.contains(' ') || v.len() > 8 {
            t.contains(v)
        } else {
            // Short words must stand alone: "other" but not "mother".
            words.contains(v)
        }
    })
}

/// A problem on the user's shortlist; the three confirmed carry a rank.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Problem {
    pub title: String,
    #[serde(default)]
    pub sources: Vec<Source>,
    /// The user's word on whether it is specific enough to act on; `None`
    /// leaves it to the wording check.
    #[serde(default)]
    pub specific: Option<bool>,
    /// 1, 2 or 3 when confirmed in the top three.
    #[serde(default)]
    pub rank: Option<u8>,
    #[serde(default)]
    pub note: String,
}

/// Why a problem cannot take a place in the top three.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RankRefused {
    /// The title is too vague to act on (the seed's rule).
    Vague,
    NoTitle,
}

pub fn can_rank(p: &Problem) -> Result<(), RankRefused> {
    if p.title.trim().is_empty() {
        Err(RankRefused::NoTitle)
    } else if !p.specific.unwrap_or_else(|| !is_vague(&p.title)) {
        Err(RankRefused::Vague)
    } else {
        Ok(())
    }
}

/// Puts a problem at `rank` (1 to 3) of the top three, or takes it out
/// (`None`). Whoever held that rank gives it up.
pub fn set_rank(
    problems: &mut Collection<Problem>,
    id: Uuid,
    rank: Option<u8>,
    at: DateTime<Utc>,
) -> Result<(), RankRefused> {
    let rank = rank.filter(|r| (1..=3).contains(r));
    if rank.is_some() {
        if let Some(r) = problems.get(id) {
            can_rank(&r.data)?;
        }
    }
    if let Some(rank) = rank {
        let holders: Vec<Uuid> = problems
            .live()
            .filter(|r| r.id != id && r.data.rank == Some(rank))
            .map(|r| r.id)
            .collect();
        for other in holders {
            problems.update(other, at, |p| p.rank = None);
        }
    }
    problems.update(id, at, |p| p.rank = rank);
    Ok(())
}

/// Folds `from` into `into`: sources and notes join, the better rank stays,
/// and `from` goes to the trash (so the merge can be undone from there).
pub fn merge_problems(
    problems: &mut Collection<Problem>,
    into: Uuid,
    from: Uuid,
    at: DateTime<Utc>,
) -> bool {
    if into == from {
        return false;
    }
    let Some(other) = problems
        .get(from)
        .filter(|r| r.is_live())
        .map(|r| r.data.clone())
    else {
        return false;
    };
    if problems.get(into).filter(|r| r.is_live()).is_none() {
        return false;
    }
    problems.update(into, at, |p| {
        for s in other.sources {
            if !p.sources.contains(&s) {
                p.sources.push(s);
            }
        }
        crate::kernel::order::sort(&mut p.sources);
        if !other.note.trim().is_empty() {
            if !p.note.trim().is_empty() {
                p.note.push('\n');
            }
            p.note.push_str(other.note.trim());
        }
        p.rank = match (p.rank, other.rank) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
    });
    problems.trash(from, at);
    true
}

/// After a problem comes back from the trash: if another problem took its
/// place in the meantime, the one coming back gives the place up.
pub fn after_restore(problems: &mut Collection<Problem>, id: Uuid, at: DateTime<Utc>) {
    let Some(rank) = problems.get(id).and_then(|r| r.data.rank) else {
        return;
    };
    if problems
        .live()
        .any(|r| r.id != id && r.data.rank == Some(rank))
    {
        problems.update(id, at, |p| p.rank = None);
    }
}

/// The confirmed top three in rank order. Two copies merged may give one
/// rank to two problems: the most recently changed holds it, and the ranks
/// given twice are returned so the user can choose again.
pub fn top_three(problems: &Collection<Problem>) -> ([Option<&Record<Problem>>; 3], Vec<u8>) {
    let mut out: [Option<&Record<Problem>>; 3] = [None, None, None];
    let mut twice = Vec::new();
    for r in problems.live() {
        let Some(rank) = r.data.rank.filter(|r| (1..=3).contains(r)) else {
            continue;
        };
        let slot = &mut out[usize::from(rank - 1)];
        match slot {
            Some(held) => {
                if !twice.contains(&rank) {
                    twice.push(rank);
                }
                if (r.updated, r.id) > (held.updated, held.id) {
                    *slot = Some(r);
                }
            }
            None => *slot = Some(r),
        }
    }
    crate::kernel::order::sort(&mut twice);
    (out, twice)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::book::workbook::Workbook;
    use crate::listen::inputs::CategoryCount;
    use chrono::TimeZone;

    fn at(s: i64) -> DateTime<Utc> {
        Utc.timestamp_opt(1_760_000_000 + s, 0).unwrap()
    }

    fn complaint(category: &str, amount: Option<f64>, when: DateTime<Utc>) -> Complaint {
        Complaint {
            nature: "x".into(),
            category: category.into(),
            compensation_amount: amount,
            ..Complaint::new(when)
        }
    }

    fn sample() -> Workbook {
        let mut wb = Workbook::default();
        for _ in 0..6 {
            wb.complaints
                .insert(complaint("Item arrived broken", Some(20.0), at(0)), at(0));
        }
        for _ in 0..3 {
            wb.complaints
                .insert(complaint("Delivery late", None, at(0)), at(0));
        }
        wb.complaints
            .insert(complaint("Other", Some(20.0), at(0)), at(0));
        let gone = wb
            .complaints
            .insert(complaint("Delivery late", None, at(0)), at(0));
        wb.complaints.trash(gone, at(1));
        wb.operations.insert(
            Operations {
                period: Period::of(at(0).date_naive()),
                sold: Some(1000),
                returns: Some(50),
                ..Operations::default()
            },
            at(0),
        );
        wb.supplier_figures.insert(
            SupplierFigures {
                period: Period::of(at(0).date_naive()),
                web_feedback: vec![
                    CategoryCount {
                        category: "Checkout error".into(),
                        count: 8,
                    },
                    CategoryCount {
                        category: "Slow pages".into(),
                        count: 2,
                    },
                ],
                calls: Some(100),
                hang_ups: Some(0),
                ..SupplierFigures::default()
            },
            at(0),
        );
        wb
    }

    #[test]
    fn evidence_counts_each_input_against_its_base() {
        let inputs = Inputs::gather(sample().heard(), None);
        let broken = inputs
            .find(&Source::Complaints("Item arrived broken".into()))
            .unwrap();
        assert_eq!((broken.count, broken.base, broken.cost), (6, 10, 120.0));
        assert_eq!(inputs.total_cost, 140.0);
        let returns = inputs.find(&Source::Returns).unwrap();
        assert_eq!((returns.count, returns.base), (50, 1000));
        assert_eq!(
            inputs
                .find(&Source::WebFeedback("Checkout error".into()))
                .unwrap()
                .share(),
            0.8
        );
        assert!(
            inputs.find(&Source::HangUps).is_none(),
            "nothing to report: no candidate"
        );
        assert!(inputs.find(&Source::Backlog).is_none());
    }

    #[test]
    fn candidates_rank_by_common_cost_and_actionable_and_say_why() {
        let inputs = Inputs::gather(sample().heard(), None);
        let ranked = inputs.candidates(|s| s.category().unwrap_or("Returns").to_string());
        let order: Vec<&Source> = ranked.iter().map(|(s, _)| s).collect();
        assert_eq!(order[0], &Source::Complaints("Item arrived broken".into()));
        assert_eq!(order[1], &Source::WebFeedback("Checkout error".into()));
        let top = &ranked[0].1;
        assert!((top.score.common - 0.6 * COMMON_POINTS).abs() < 1e-9);
        assert!((top.score.cost - 120.0 / 140.0 * COST_POINTS).abs() < 1e-9);
        assert_eq!(top.score.actionable, ACTIONABLE_POINTS);
        let other = ranked
            .iter()
            .find(|(s, _)| s == &Source::Complaints("Other".into()))
            .unwrap();
        assert!(!other.1.specific, "'Other' is too vague to act on");
        assert_eq!(other.1.score.actionable, 0.0);
    }

    /// Issue 17: the reasons read "37.5% of its input (3)"; they are now said
    /// as "3 complaints out of 8": so the assessment carries what was
    /// counted, out of how many, and in which input.
    #[test]
    fn an_assessment_says_what_was_counted_out_of_how_many_and_where() {
        let inputs = Inputs::gather(sample().heard(), None);
        let broken = Source::Complaints("Item arrived broken".into());
        let a = inputs.assess(std::slice::from_ref(&broken), "Item arrived broken", None);
        assert_eq!((a.count, a.base, a.input), (6, 10, Some(broken.clone())));
        assert!((a.share - 0.6).abs() < 1e-12);
        assert_eq!(a.cost, 120.0);
        assert!((a.cost_share - 120.0 / 140.0).abs() < 1e-12);
        let returns = inputs.assess(&[Source::Returns], "Products are returned", None);
        assert_eq!(
            (returns.count, returns.base, returns.input),
            (50, 1000, Some(Source::Returns))
        );
        // Across inputs, the input with the largest share speaks.
        let both = inputs.assess(&[Source::Returns, broken.clone()], "Broken", None);
        assert_eq!((both.count, both.base, both.input), (6, 10, Some(broken)));
        let none = inputs.assess(&[Source::HangUps], "Hang-ups", None);
        assert_eq!((none.count, none.base, none.input), (0, 0, None));
    }

    #[test]
    fn the_time_window_leaves_older_inputs_out() {
        let wb = sample();
        let later = at(0).date_naive() + chrono::Days::new(62);
        let inputs = Inputs::gather(wb.heard(), Some(later));
        assert!(inputs.evidence.is_empty());
        assert_eq!(inputs.total_cost, 0.0);
    }

    #[test]
    fn sources_sharing_a_base_add_up_when_merged() {
        let inputs = Inputs::gather(sample().heard(), None);
        let a = inputs.assess(
            &[
                Source::Complaints("Item arrived broken".into()),
                Source::Complaints("Delivery late".into()),
                Source::Returns,
            ],
            "Orders arrive damaged or late",
            None,
        );
        assert_eq!(
            a.count,
            6 + 3,
            "the count of the input with the largest share"
        );
        assert!((a.share - 0.9).abs() < 1e-9, "6/10 + 3/10 of complaints");
        assert!(a.specific);
    }

    #[test]
    fn vague_wording_is_spotted() {
        for vague in [
            "I was not satisfied",
            "Non ero soddisfatto",
            "Memnun değilim",
            "Other",
            "Altro",
            "bad service",
            "ok",
        ] {
            assert!(is_vague(vague), "{vague}");
        }
        for specific in [
            "The item arrived broken",
            "L'oggetto era rotto",
            "Ürün kırık geldi",
            "Mother's day order late",
        ] {
            assert!(!is_vague(specific), "{specific}");
        }
    }

    #[test]
    fn ranks_are_unique_and_vague_problems_cannot_take_one() {
        let mut c = Collection::default();
        let a = c.insert(
            Problem {
                title: "Item arrived broken".into(),
                ..Problem::default()
            },
            at(0),
        );
        let b = c.insert(
            Problem {
                title: "Delivery late".into(),
                ..Problem::default()
            },
            at(0),
        );
        let vague = c.insert(
            Problem {
                title: "Customers not satisfied".into(),
                ..Problem::default()
            },
            at(0),
        );
        assert_eq!(set_rank(&mut c, a, Some(1), at(1)), Ok(()));
        assert_eq!(set_rank(&mut c, b, Some(1), at(2)), Ok(()));
        assert_eq!(c.get(a).unwrap().data.rank, None, "a gave rank 1 up");
        assert_eq!(
            set_rank(&mut c, vague, Some(2), at(3)),
            Err(RankRefused::Vague)
        );
        c.update(vague, at(4), |p| p.specific = Some(true));
        assert_eq!(
            set_rank(&mut c, vague, Some(2), at(5)),
            Ok(()),
            "the user decided"
        );
        let (top, twice) = top_three(&c);
        assert_eq!(top[0].unwrap().id, b);
        assert_eq!(top[1].unwrap().id, vague);
        assert!(top[2].is_none());
        assert!(twice.is_empty());
        assert_eq!(set_rank(&mut c, b, None, at(6)), Ok(()));
        assert!(top_three(&c).0[0].is_none());
    }

    #[test]
    fn a_rank_given_twice_by_two_copies_is_reported() {
        let mut one = Collection::default();
        let a = one.insert(
            Problem {
                title: "Item arrived broken".into(),
                rank: Some(1),
                ..Problem::default()
            },
            at(0),
        );
        let mut two = Collection::default();
        let b = two.insert(
            Problem {
                title: "Delivery late".into(),
                rank: Some(1),
                ..Problem::default()
            },
            at(5),
        );
        one.merge_from(&two);
        let (top, twice) = top_three(&one);
        assert_eq!(top[0].unwrap().id, b, "the newer holds it");
        assert_ne!(top[0].unwrap().id, a);
        assert_eq!(twice, vec![1]);
    }

    #[test]
    fn merging_problems_joins_sources_and_trashes_one() {
        let mut c = Collection::default();
        let a = c.insert(
            Problem {
                title: "Orders arrive damaged".into(),
                sources: vec![Source::Complaints("Item arrived broken".into())],
                note: "seen in store".into(),
                ..Problem::default()
            },
            at(0),
        );
        let b = c.insert(
            Problem {
                title: "Returns".into(),
                sources: vec![
                    Source::Returns,
                    Source::Complaints("Item arrived broken".into()),
                ],
                rank: Some(2),
                note: "courier".into(),
                ..Problem::default()
            },
            at(0),
        );
        assert!(merge_problems(&mut c, a, b, at(1)));
        let merged = &c.get(a).unwrap().data;
        assert_eq!(merged.sources.len(), 2);
        assert_eq!(merged.rank, Some(2));
        assert_eq!(merged.note, "seen in store\ncourier");
        assert!(!c.get(b).unwrap().is_live());
        assert!(!merge_problems(&mut c, a, b, at(2)), "already merged");
        assert!(!merge_problems(&mut c, a, a, at(2)));
    }

    #[test]
    fn a_problem_restored_after_its_place_was_taken_gives_it_up() {
        let mut c = Collection::default();
        let a = c.insert(
            Problem {
                title: "Item arrived broken".into(),
                rank: Some(1),
                ..Problem::default()
            },
            at(0),
        );
        let b = c.insert(
            Problem {
                title: "Delivery late".into(),
                ..Problem::default()
            },
            at(0),
        );
        c.trash(a, at(1));
        set_rank(&mut c, b, Some(1), at(2)).unwrap();
        c.restore(a, at(3));
        after_restore(&mut c, a, at(3));
        let (top, twice) = top_three(&c);
        assert_eq!(top[0].unwrap().id, b);
        assert!(twice.is_empty());
        assert_eq!(c.get(a).unwrap().data.rank, None);
        // A place nobody took is kept.
        c.update(a, at(4), |p| p.rank = Some(2));
        c.trash(a, at(5));
        c.restore(a, at(6));
        after_restore(&mut c, a, at(6));
        assert_eq!(c.get(a).unwrap().data.rank, Some(2));
    }

    #[test]
    fn sources_serialise_readably() {
        let json = serde_json::to_string(&vec![Source::Returns, Source::Complaints("Late".into())])
            .unwrap();
        assert_eq!(
            json,
            r#"[{"kind":"returns"},{"kind":"complaints","name":"Late"}]"#
        );
        let back: Vec<Source> = serde_json::from_str(&json).unwrap();
        assert_eq!(back[1], Source::Complaints("Late".into()));
    }
}
