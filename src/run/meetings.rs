//! Customer meeting notes (seed 004): who was met, how, what was said and
//! agreed, and when to follow up.

use crate::kernel::text::fold;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum MeetingKind {
    #[default]
    Phone,
    InPerson,
}

/// An agreed action from a meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct ActionItem {
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub who: String,
    #[serde(default)]
    pub done: bool,
}

/// The standard template for a meeting with a customer (seed 004): who,
/// when, topics, the customer's feedback, action items, follow-up date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeetingNote {
    #[serde(deserialize_with = "crate::kernel::bounds::date")]
    pub date: NaiveDate,
    #[serde(default)]
    pub kind: MeetingKind,
    /// The customer (personal data: left out of anonymised copies).
    #[serde(default)]
    pub customer: String,
    /// Who took part for the business.
    #[serde(default)]
    pub staff: String,
    #[serde(default)]
    pub topics: String,
    #[serde(default)]
    pub feedback: String,
    #[serde(default)]
    pub actions: Vec<ActionItem>,
    #[serde(default, deserialize_with = "crate::kernel::bounds::opt_date")]
    pub follow_up: Option<NaiveDate>,
    /// The follow-up took place.
    #[serde(default)]
    pub followed_up: bool,
}

impl MeetingNote {
    pub fn matches(&self, query: &str) -> bool {
        let q = fold(query.trim());
        if q.is_empty() {
            return true;
        }
        let has = |s: &str| fold(s).contains(&q);
        has(&self.customer)
            || has(&self.staff)
            || has(&self.topics)
            || has(&self.feedback)
            || self.actions.iter().any(|a| has(&a.text) || has(&a.who))
    }

    /// A follow-up date on or before `today` that has not taken place.
    pub fn follow_up_due(&self, today: NaiveDate) -> bool {
        !self.followed_up && self.follow_up.is_some_and(|d| d <= today)
    }

    /// How many agreed actions are still open.
    pub fn open_actions(&self) -> usize {
        self.actions.iter().filter(|a| !a.done).count()
    }
}
