//! The service checklist (seed 004): what to do in every conversation with a
//! customer, and the rounds in which a shift or an agent ticks it.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Seed 004's checklist for a conversation with a customer.
pub const CHECKLIST: [[&str; 3]; 6] = [
    [
        "Keep a positive and polite attitude",
        "Mantieni un atteggiamento positivo ed educato",
        "Olumlu ve kibar bir tutum sürdürün",
    ],
    [
        "Never blame the customer for the problem, even when they are unhappy or angry",
        "Non incolpare mai il cliente per il problema, anche se è insoddisfatto o arrabbiato",
        "Müşteri mutsuz ya da kızgın olsa bile sorun için asla müşteriyi suçlamayın",
    ],
    [
        "Keep a positive, optimistic tone throughout the conversation",
        "Mantieni un tono positivo e ottimista per tutta la conversazione",
        "Konuşma boyunca olumlu ve iyimser bir ton koruyun",
    ],
    [
        "Do not get carried away by emotions when handling a complaint",
        "Non farti prendere dalle emozioni quando gestisci un reclamo",
        "Bir şikâyeti ele alırken duygularınıza kapılmayın",
    ],
    [
        "Stay calm: breathe, take a short walk or a sip of water",
        "Mantieni la calma: respira, fai una breve passeggiata o bevi un sorso d'acqua",
        "Sakin kalın: nefes alın, kısa bir yürüyüş yapın ya da bir yudum su için",
    ],
    [
        "Follow the complaint-handling procedure",
        "Segui la procedura di gestione dei reclami",
        "Şikâyet ele alma prosedürünü izleyin",
    ],
];

/// The checklist's points: the user's own, or the seed's in `lang` while
/// there are none.
pub fn checklist_items(own: &[String], lang: usize) -> Vec<String> {
    if own.is_empty() {
        CHECKLIST.iter().map(|i| i[lang].to_string()).collect()
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
