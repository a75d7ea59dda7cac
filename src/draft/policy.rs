//! The policy itself (seed 001 part 2, step 9): seven policy points, each
//! with the seed's guiding questions and the user's answer, proposed to the
//! staff for feedback before it is adopted.

use crate::kernel::record::{Collection, Record};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

type Tr = [&'static str; 3];

/// The seven policy points of the seed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PointKey {
    Overview,
    Speed,
    Communication,
    FollowUp,
    Complaints,
    Retention,
    Supervision,
}

pub struct PointText {
    pub key: PointKey,
    pub title: Tr,
    /// The seed's guiding questions.
    pub questions: &'static [Tr],
}

/// The seed's seven points, in its order, with its questions.
pub const POINTS: [PointText; 7] = [
    PointText {
        key: PointKey::Overview,
        title: ["Product or service overview", "Panoramica del prodotto o del servizio", "Ürün ya da hizmete genel bakış"],
        questions: &[[
            "Do you have a policy that makes it as easy as possible for customers to get information about what you sell?",
            "Hai una politica per rendere il più semplice possibile per i clienti ottenere informazioni su ciò che vendi?",
            "Müşterilerin sattığınız şeyler hakkında bilgi almasını olabildiğince kolaylaştıran bir politikanız var mı?",
        ]],
    },
    PointText {
        key: PointKey::Speed,
        title: ["Speed", "Velocità", "Hız"],
        questions: &[
            [
                "Can your customers order quickly and easily?",
                "I tuoi clienti possono ordinare in modo rapido e semplice?",
                "Müşterileriniz hızlı ve kolayca sipariş verebiliyor mu?",
            ],
            [
                "Are knowledgeable customer service representatives available?",
                "Sono disponibili rappresentanti del servizio clienti competenti?",
                "Bilgili müşteri hizmetleri temsilcileri ulaşılabilir durumda mı?",
            ],
            [
                "What is the maximum waiting time by phone and in the shop, and what does it take to meet it?",
                "Qual è il tempo di attesa massimo al telefono e in negozio, e cosa serve per rispettarlo?",
                "Telefonda ve mağazada en uzun bekleme süresi nedir ve buna uymak için ne gerekir?",
            ],
        ],
    },
    PointText {
        key: PointKey::Communication,
        title: ["Communication", "Comunicazione", "İletişim"],
        questions: &[
            [
                "Do you tell customers everything they need to know to buy from you?",
                "Informi adeguatamente i clienti su tutto ciò che devono sapere per acquistare da te?",
                "Müşterilerinize sizden satın almak için bilmeleri gereken her şeyi anlatıyor musunuz?",
            ],
            [
                "Are the returns and shipping policy easy to find?",
                "La politica di restituzione e spedizione è facile da trovare?",
                "İade ve kargo politikası kolayca bulunuyor mu?",
            ],
            [
                "Are the accepted payment methods clearly stated?",
                "Le forme di pagamento accettate sono indicate chiaramente?",
                "Kabul edilen ödeme yöntemleri açıkça belirtiliyor mu?",
            ],
            [
                "Are extra services and guarantees explained without pressing the customer to buy?",
                "Servizi aggiuntivi e garanzie sono spiegati senza costringere il cliente ad acquistare?",
                "Ek hizmetler ve garantiler müşteriyi satın almaya zorlamadan açıklanıyor mu?",
            ],
        ],
    },
    PointText {
        key: PointKey::FollowUp,
        title: ["Follow-up", "Azione supplementare", "Takip"],
        questions: &[
            [
                "Do customers get the name, phone number and e-mail of a person to contact for help after a purchase?",
                "I clienti ricevono nome, telefono ed e-mail di una persona da contattare se hanno bisogno di aiuto dopo l'acquisto?",
                "Müşteriler satın almadan sonra yardım için ulaşabilecekleri bir kişinin adını, telefonunu ve e-postasını alıyor mu?",
            ],
            [
                "Do you show them a timeline for the service or the delivery?",
                "Mostri loro una sequenza temporale per il servizio o la consegna?",
                "Hizmet ya da teslimat için bir zaman çizelgesi gösteriyor musunuz?",
            ],
            [
                "Do they know how to ask for technical support or other help?",
                "Sanno come richiedere supporto tecnico o altra assistenza?",
                "Teknik destek ya da başka yardımı nasıl isteyeceklerini biliyorlar mı?",
            ],
            [
                "Can they easily make a complaint if they feel they need to?",
                "Possono presentare facilmente un reclamo se lo ritengono necessario?",
                "Gerekli gördüklerinde kolayca şikâyette bulunabiliyorlar mı?",
            ],
        ],
    },
    PointText {
        key: PointKey::Complaints,
        title: ["Complaints and disputes", "Reclami e contestazioni", "Şikâyetler ve anlaşmazlıklar"],
        questions: &[
            [
                "Are complaints handled at once?",
                "I reclami vengono gestiti immediatamente?",
                "Şikâyetler hemen ele alınıyor mu?",
            ],
            [
                "Are employees free to solve problems to reach the best solution?",
                "I dipendenti hanno la libertà di risolvere i problemi per arrivare alla soluzione migliore?",
                "Çalışanlar en iyi çözüme ulaşmak için sorunları çözmekte serbest mi?",
            ],
            [
                "Is senior management involved quickly?",
                "L'alta dirigenza viene coinvolta rapidamente?",
                "Üst yönetim hızla devreye giriyor mu?",
            ],
            [
                "How are customers compensated for different problems?",
                "Come vengono compensati i clienti per i vari problemi?",
                "Müşterilere farklı sorunlar için nasıl tazminat veriliyor?",
            ],
            [
                "Is there a follow-up to make sure the customer is satisfied?",
                "C'è un follow-up per garantire la soddisfazione del cliente?",
                "Müşterinin memnun kaldığından emin olmak için takip yapılıyor mu?",
            ],
        ],
    },
    PointText {
        key: PointKey::Retention,
        title: ["Retention", "Fidelizzazione", "Müşteriyi elde tutma"],
        questions: &[
            [
                "Do you build long-term relationships with your customers?",
                "Costruisci relazioni a lungo termine con i tuoi clienti?",
                "Müşterilerinizle uzun süreli ilişkiler kuruyor musunuz?",
            ],
            [
                "Do you contact them a month after the purchase to make sure they are satisfied?",
                "Li contatti un mese dopo l'acquisto per assicurarti che siano soddisfatti?",
                "Memnun olduklarından emin olmak için satın almadan bir ay sonra onlarla iletişime geçiyor musunuz?",
            ],
            [
                "Would a newsletter or coupons suit your customers?",
                "Una newsletter o dei coupon sarebbero adatti ai tuoi clienti?",
                "Bir bülten ya da indirim kuponları müşterilerinize uygun olur mu?",
            ],
            [
                "Could a customer forum on your website help?",
                "Un forum dei clienti sul tuo sito potrebbe essere utile?",
                "Web sitenizde bir müşteri forumu yardımcı olabilir mi?",
            ],
        ],
    },
    PointText {
        key: PointKey::Supervision,
        title: ["Supervising employees", "Supervisione dei dipendenti", "Çalışanların denetimi"],
        questions: &[
            [
                "Do you encourage your employees to give good customer service?",
                "Incoraggi i tuoi dipendenti a fornire un buon servizio clienti?",
                "Çalışanlarınızı iyi müşteri hizmeti vermeye teşvik ediyor musunuz?",
            ],
            [
                "Do you share customers' feedback with them, and address it when standards are missed?",
                "Condividi con loro il feedback dei clienti e intervieni quando non rispettano gli standard di servizio?",
                "Müşteri geri bildirimlerini onlarla paylaşıyor ve standartlar karşılanmadığında bunu ele alıyor musunuz?",
            ],
            [
                "Do you recognise and reward them when they give good service?",
                "Li riconosci e li premi quando forniscono un buon servizio?",
                "İyi hizmet verdiklerinde onları takdir edip ödüllendiriyor musunuz?",
            ],
        ],
    },
];

pub fn point_text(key: PointKey) -> &'static PointText {
    POINTS
        .iter()
        .find(|p| p.key == key)
        .expect("every key has its text")
}

/// Where a policy point stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// Being written.
    #[default]
    Draft,
    /// Shown to the staff for their feedback.
    Proposed,
    /// In force.
    Adopted,
}

/// A member of staff's word on a proposed policy point.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct StaffFeedback {
    pub by: String,
    #[serde(deserialize_with = "crate::kernel::bounds::date")]
    pub on: NaiveDate,
    pub text: String,
}

/// The user's answer to one policy point.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PolicyPoint {
    pub key: PointKey,
    #[serde(default)]
    pub answer: String,
    #[serde(default)]
    pub stage: Stage,
    #[serde(default)]
    pub feedback: Vec<StaffFeedback>,
}

/// Every copy of the workbook gives a point the same id, so two colleagues'
/// answers to one point merge as one record (the newer wins).
pub fn point_id(key: PointKey) -> Uuid {
    let n = POINTS
        .iter()
        .position(|p| p.key == key)
        .expect("a known key") as u128;
    Uuid::from_u128(0x5e7c_0b00_c000_4000_8000_0000_0000_0000 | (n + 1))
}

/// The user's record for `key`, if any.
pub fn point(points: &Collection<PolicyPoint>, key: PointKey) -> Option<&Record<PolicyPoint>> {
    points.get(point_id(key)).filter(|r| r.is_live())
}

/// Changes the record of `key`, creating it first (with its fixed id) if
/// needed. A point moved to the trash comes back.
pub fn edit_point(
    points: &mut Collection<PolicyPoint>,
    key: PointKey,
    at: DateTime<Utc>,
    change: impl FnOnce(&mut PolicyPoint),
) {
    let id = point_id(key);
    points.ensure_fixed(id, at, || PolicyPoint {
        key,
        answer: String::new(),
        stage: Stage::Draft,
        feedback: Vec::new(),
    });
    points.update(id, at, change);
}

/// Why a point cannot be adopted yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AdoptRefused {
    NoAnswer,
    /// The seed: check with the employees before adopting.
    NoStaffFeedback,
}

pub fn can_adopt(p: &PolicyPoint) -> Result<(), AdoptRefused> {
    if p.answer.trim().is_empty() {
        Err(AdoptRefused::NoAnswer)
    } else if p.feedback.iter().all(|f| f.text.trim().is_empty()) {
        Err(AdoptRefused::NoStaffFeedback)
    } else {
        Ok(())
    }
}

/// The policy points that address a self-test area (the areas of
/// `selftest::AREAS`, by id): where a weak area points.
pub fn points_for_area(area: &str) -> &'static [PointKey] {
    match area {
        "culture" => &[PointKey::Supervision, PointKey::Complaints],
        "products" => &[PointKey::Overview, PointKey::Communication],
        "feedback" => &[PointKey::Complaints, PointKey::FollowUp],
        "knowledge" => &[PointKey::Retention, PointKey::FollowUp],
        "contact" => &[PointKey::Speed, PointKey::Communication, PointKey::FollowUp],
        "staff" => &[PointKey::Supervision],
        "improvement" => &[PointKey::Overview, PointKey::Retention],
        _ => &[],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(s: i64) -> DateTime<Utc> {
        Utc.timestamp_opt(1_760_000_000 + s, 0).unwrap()
    }

    #[test]
    fn the_seven_points_have_their_questions_in_three_languages() {
        assert_eq!(POINTS.len(), 7);
        for p in &POINTS {
            assert!(!p.questions.is_empty());
            for t in p.title.iter().chain(p.questions.iter().flatten()) {
                assert!(!t.trim().is_empty());
            }
        }
        let ids: std::collections::HashSet<Uuid> = POINTS.iter().map(|p| point_id(p.key)).collect();
        assert_eq!(ids.len(), 7, "one fixed id per point");
    }

    #[test]
    fn two_copies_answering_one_point_merge_as_one_record() {
        let mut a = Collection::default();
        edit_point(&mut a, PointKey::Speed, at(1), |p| {
            p.answer = "Phone answered within 3 rings".into()
        });
        let mut b = Collection::default();
        edit_point(&mut b, PointKey::Speed, at(5), |p| {
            p.answer = "Phone answered within 2 rings".into()
        });
        edit_point(&mut b, PointKey::Retention, at(6), |p| {
            p.answer = "Call after a month".into()
        });
        a.merge_from(&b);
        assert_eq!(a.len(), 2);
        assert_eq!(
            point(&a, PointKey::Speed).unwrap().data.answer,
            "Phone answered within 2 rings"
        );
        assert_eq!(
            a.all()[0].data.key,
            PointKey::Speed,
            "fixed order: the seed's"
        );
    }

    #[test]
    fn a_point_is_adopted_only_with_an_answer_and_staff_feedback() {
        let mut c = Collection::default();
        edit_point(&mut c, PointKey::Complaints, at(0), |p| {
            p.stage = Stage::Proposed
        });
        let p = &point(&c, PointKey::Complaints).unwrap().data;
        assert_eq!(can_adopt(p), Err(AdoptRefused::NoAnswer));
        edit_point(&mut c, PointKey::Complaints, at(1), |p| {
            p.answer = "Staff may refund up to 100 on the spot.".into()
        });
        assert_eq!(
            can_adopt(&point(&c, PointKey::Complaints).unwrap().data),
            Err(AdoptRefused::NoStaffFeedback)
        );
        edit_point(&mut c, PointKey::Complaints, at(2), |p| {
            p.feedback.push(StaffFeedback {
                by: "Giulia".into(),
                on: at(2).date_naive(),
                text: "100 is too low for power tools".into(),
            })
        });
        assert_eq!(
            can_adopt(&point(&c, PointKey::Complaints).unwrap().data),
            Ok(())
        );
    }

    #[test]
    fn a_trashed_point_comes_back_when_edited() {
        let mut c = Collection::default();
        edit_point(&mut c, PointKey::Overview, at(0), |p| {
            p.answer = "Catalogue online".into()
        });
        c.trash(point_id(PointKey::Overview), at(1));
        assert!(point(&c, PointKey::Overview).is_none());
        edit_point(&mut c, PointKey::Overview, at(2), |p| {
            p.answer.push_str(" and in store")
        });
        assert_eq!(
            point(&c, PointKey::Overview).unwrap().data.answer,
            "Catalogue online and in store"
        );
    }

    #[test]
    fn every_self_test_area_points_to_a_policy_point() {
        for area in crate::selftest::quotient::AREAS.iter() {
            assert!(!points_for_area(area.id).is_empty(), "{}", area.id);
        }
    }
}
