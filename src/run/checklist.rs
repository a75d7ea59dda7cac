//! The service checklist (seed 004): what to do in every conversation with a
//! customer, and the rounds in which a shift or an agent ticks it.

use crate::i18n::{Lang, K};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Seed 004's checklist for a conversation with a customer.
pub const CHECKLIST_POINTS: [K; 6] = [
    K::ChecklistPolite,
    K::ChecklistNeverBlame,
    K::ChecklistPositiveTone,
    K::ChecklistNoEmotions,
    K::ChecklistStayCalm,
    K::ChecklistFollowProcedure,
];

/// The checklist's points: the user's own, or the seed's in `lang` while
/// there are none.
pub fn checklist_items(own: &[String], lang: Lang) -> Vec<String> {
    if own.is_empty() {
        CHECKLIST_POINTS
            .iter()
            .map(|k| k.in_lang(lang).to_string())
            .collect()
    } else {
        own.to_vec()
    }
}

/// One round of the checklist: a shift or an agent, and what was ticked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckRound {
    #[serde(deserialize_with = "crate::kernel::bounds::date")]
    pub date: NaiveDate,
    /// The shift or the agent it was kept for.
    #[serde(default)]
    pub who: String,
    /// The checklist's items as they were that day, with their ticks.
    #[serde(default)]
    pub items: Vec<(String, bool)>,
    #[serde(default)]
    pub note: String,
}

impl CheckRound {
    pub fn ticked(&self) -> usize {
        self.items.iter().filter(|(_, t)| *t).count()
    }
}

/// How often each item was ticked across rounds, by the item's text, in the
/// order items first appear.
pub fn tick_rates<'a>(
    rounds: impl IntoIterator<Item = &'a CheckRound>,
) -> Vec<(String, usize, usize)> {
    let mut out: Vec<(String, usize, usize)> = Vec::new();
    for r in rounds {
        for (text, ticked) in &r.items {
            let key = text.trim();
            match out.iter_mut().find(|(t, _, _)| t == key) {
                Some(row) => {
                    row.1 += usize::from(*ticked);
                    row.2 += 1;
                }
                None => out.push((key.to_string(), usize::from(*ticked), 1)),
            }
        }
    }
    out
}
