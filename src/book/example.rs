//! The example workbook a newcomer can open: a small shop, in their language.

use crate::book::workbook::{Profile, Workbook};
use crate::draft::plan::{
    default_next, edit_guideline, ChannelKind, CustomerProfile, DayHours, GuideStep, Reach, Review,
    Rule, RuleDecision, Support, SupportChannel, Training, TrainingKind,
};
use crate::draft::policy::{edit_point, PointKey, StaffFeedback, Stage};
use crate::draft::vision::{Cadence, Goal, Measure, Unit, VisionDraft};
use crate::i18n::Lang;
use crate::kernel::bounds;
use crate::kernel::record::{Collection, Record};
use crate::listen::complaints::{Answer, Channel, Complaint, Customer, Status, DEFAULT_CATEGORIES};
use crate::listen::inputs::{
    Audience, CategoryCount, Operations, Period, SupplierFigures, Survey, SurveyKind,
};
use crate::listen::problems::{Problem, Source};
use crate::run::checklist::{CheckRound, CHECKLIST};
use crate::run::meetings::{ActionItem, MeetingKind, MeetingNote};
use crate::run::procedures::{from_starter, STARTERS};
use crate::run::team::{
    Cadence as Every, EnpsRound, Member, OneOnOne, Pulse, PulseRound, Scale, PULSE_STARTER,
    PULSE_TITLE,
};
use crate::selftest::quotient::{statements, SelfTest};
use chrono::{DateTime, Duration, NaiveTime, Utc};

/// Ratings per area for three takings a few months apart: the shop starts
/// weak on knowing and reaching its customers and improves.
const TAKINGS: [([u8; 7], &[&str; 3]); 3] = [
    (
        [3, 3, 2, 2, 2, 3, 3],
        &["First baseline", "Prima valutazione", "İlk değerlendirme"],
    ),
    (
        [4, 3, 3, 3, 3, 4, 3],
        &[
            "After the complaint log",
            "Dopo il registro dei reclami",
            "Şikâyet kaydından sonra",
        ],
    ),
    (
        [4, 4, 4, 3, 4, 4, 4],
        &[
            "After staff training",
            "Dopo la formazione del personale",
            "Personel eğitiminden sonra",
        ],
    ),
];

pub fn example(lang: Lang, at: DateTime<Utc>) -> Workbook {
    // Dated around the clock, at most a couple of years either way: kept
    // that far inside the accepted range, so that the plain date
    // arithmetic below can neither panic nor write a date a file may not
    // hold, whatever the clock says.
    let at = at.clamp(
        bounds::shift_days(bounds::min_stamp(), 3 * 366),
        bounds::shift_days(bounds::max_stamp(), -3 * 366),
    );
    let name = [
        "Corner Hardware (example)",
        "Ferramenta all'angolo (esempio)",
        "Köşe Hırdavat (örnek)",
    ][lang.index()];
    let mut wb = Workbook::default();
    wb.profile.set(
        Profile {
            business_name: name.to_string(),
            example: true,
        },
        at,
    );
    let mut records = Vec::new();
    for (i, (ratings, note)) in TAKINGS.iter().enumerate() {
        let when = at - Duration::days(90 * (TAKINGS.len() - i) as i64);
        let mut test = SelfTest {
            note: note[lang.index()].to_string(),
            ..SelfTest::default()
        };
        for (n, (area, s)) in statements().enumerate() {
            // A little variation inside each area, kept within 1..=5.
            let wobble = [0i8, 1, -1, 0, 0][n % 5];
            let r = (ratings[area] as i8 + wobble).clamp(1, 5) as u8;
            test.answer(s.id, r);
        }
        test.completed = Some(when);
        records.push(Record::new(test, when));
    }
    wb.self_tests = Collection::from_records(records);
    wb.complaints = Collection::from_records(
        COMPLAINTS
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let received = at - Duration::days(c.days_ago) - Duration::hours(i as i64 % 7);
                let l = lang.index();
                let complaint = Complaint {
                    customer: Customer {
                        name: c.customer.to_string(),
                        address: String::new(),
                        phone: format!("+39 055 01{i:02} 77{i:02}"),
                        email: String::new(),
                    },
                    taken_by: c.taken_by.to_string(),
                    received,
                    resolved: c.resolved_after_h.map(|h| received + Duration::hours(h)),
                    nature: c.nature[l].to_string(),
                    category: DEFAULT_CATEGORIES[c.category][l].to_string(),
                    channel: c.channel,
                    status: c.status,
                    solution: c.solution[l].to_string(),
                    on_the_spot: c.resolved_after_h.is_some_and(|h| h < 1),
                    follow_up: c.follow_up_after_d.map(|d| received + Duration::days(d)),
                    // Broken items get a voucher, late ones a delivery refund.
                    compensation: match c.category {
                        0 => ["Voucher", "Buono", "Hediye çeki"][l].to_string(),
                        1 => [
                            "Delivery refunded",
                            "Spedizione rimborsata",
                            "Kargo ücreti iade edildi",
                        ][l]
                            .to_string(),
                        _ => String::new(),
                    },
                    compensation_amount: match c.category {
                        0 => Some(25.0),
                        1 => Some(7.5),
                        _ => None,
                    },
                    satisfied: c.satisfied,
                    bought_again: c.bought_again,
                    ..Complaint::new(received)
                };
                Record::new(complaint, received)
            })
            .collect(),
    );
    add_inputs(&mut wb, lang, at);
    add_draft(&mut wb, lang, at);
    add_policy(&mut wb, lang, at);
    add_plan(&mut wb, lang, at);
    add_run(&mut wb, lang, at);
    wb
}

/// The Run section: the three starter procedures, two customer meetings,
/// checklist rounds, a monthly pulse, three team members with their 1:1s,
/// and three eNPS rounds that improve.
fn add_run(wb: &mut Workbook, lang: Lang, at: DateTime<Utc>) {
    let l = lang.index();
    let day = |d: i64| (at - Duration::days(d)).date_naive();
    let stamp = |d: i64, i: i64| at - Duration::days(d) + Duration::minutes(i);
    for (i, starter) in STARTERS.iter().enumerate() {
        wb.sops
            .insert(from_starter(starter, l, day(30)), stamp(30, i as i64));
    }
    let text = |t: [&str; 3]| t[l].to_string();
    wb.meetings.insert(
        MeetingNote {
            date: day(9),
            kind: MeetingKind::InPerson,
            customer: "Anna Verdi".into(),
            staff: "Marco".into(),
            topics: text([
                "Delivery of a large order",
                "Consegna di un ordine grande",
                "Büyük bir siparişin teslimatı",
            ]),
            feedback: text([
                "Would like deliveries on Saturday mornings",
                "Vorrebbe le consegne il sabato mattina",
                "Teslimatların cumartesi sabahı yapılmasını istiyor",
            ]),
            actions: vec![ActionItem {
                text: text([
                    "Ask the courier about Saturdays",
                    "Chiedere al corriere per il sabato",
                    "Kargoya cumartesiyi sormak",
                ]),
                who: "Marco".into(),
                done: false,
            }],
            follow_up: Some(day(2)),
            followed_up: false,
        },
        stamp(9, 0),
    );
    wb.meetings.insert(
        MeetingNote {
            date: day(4),
            kind: MeetingKind::Phone,
            customer: "Luca Neri".into(),
            staff: "Giulia".into(),
            topics: text([
                "A drill that stopped working",
                "Un trapano che non funziona più",
                "Çalışmayı bırakan bir matkap",
            ]),
            feedback: text([
                "Happy with the quick replacement",
                "Contento della sostituzione rapida",
                "Hızlı değişimden memnun",
            ]),
            actions: vec![ActionItem {
                text: text([
                    "Call back in a month",
                    "Richiamare tra un mese",
                    "Bir ay sonra geri aramak",
                ]),
                who: "Giulia".into(),
                done: true,
            }],
            follow_up: Some(day(-26)),
            followed_up: false,
        },
        stamp(4, 0),
    );
    for (i, (who, ticks)) in [
        ("Giulia", [true, true, true, false, true, true]),
        ("Marco", [true, true, false, true, true, true]),
        ("Giulia", [true; 6]),
    ]
    .into_iter()
    .enumerate()
    {
        wb.check_rounds.insert(
            CheckRound {
                date: day(14 - 5 * i as i64),
                who: who.into(),
                items: CHECKLIST
                    .iter()
                    .zip(ticks)
                    .map(|(item, t)| (item[l].to_string(), t))
                    .collect(),
                note: String::new(),
            },
            stamp(14 - 5 * i as i64, 0),
        );
    }
    wb.pulses.insert(
        Pulse {
            title: text(PULSE_TITLE),
            cadence: Every::Monthly,
            questions: PULSE_STARTER.iter().map(|q| text(*q)).collect(),
            rounds: vec![
                PulseRound {
                    date: day(62),
                    answers: vec![[0, 1, 1, 1, 0], [0, 0, 1, 2, 0], [1, 1, 1, 0, 0]],
                },
                PulseRound {
                    date: day(32),
                    answers: vec![[0, 0, 2, 1, 0], [0, 0, 1, 1, 1], [0, 1, 2, 0, 0]],
                },
                PulseRound {
                    date: day(2),
                    answers: vec![[0, 0, 1, 1, 1], [0, 0, 0, 2, 1], [0, 0, 2, 1, 0]],
                },
            ],
        },
        stamp(62, 0),
    );
    let members: Vec<uuid::Uuid> = [
        ("Giulia", ["Counter", "Banco", "Tezgâh"], Every::Monthly),
        (
            "Marco",
            ["Deliveries", "Consegne", "Teslimat"],
            Every::Monthly,
        ),
        (
            "Sara",
            [
                "Phone and e-mail",
                "Telefono ed e-mail",
                "Telefon ve e-posta",
            ],
            Every::Weekly,
        ),
    ]
    .into_iter()
    .enumerate()
    .map(|(i, (name, role, cadence))| {
        wb.members.insert(
            Member {
                name: name.into(),
                role: role[l].into(),
                cadence,
            },
            stamp(90, i as i64),
        )
    })
    .collect();
    let one = |member: uuid::Uuid, d: i64, notes: [&str; 3], actions: [&str; 3]| OneOnOne {
        member,
        date: day(d),
        notes: notes[l].to_string(),
        actions: vec![actions[l].to_string()],
    };
    let talks = [
        one(
            members[0],
            40,
            [
                "Wants to learn the power-tool range",
                "Vuole conoscere meglio gli elettroutensili",
                "Elektrikli aletleri daha iyi tanımak istiyor",
            ],
            [
                "Book the supplier's course",
                "Prenotare il corso del fornitore",
                "Tedarikçinin kursuna kayıt",
            ],
        ),
        one(
            members[0],
            10,
            [
                "Course booked; feels more confident",
                "Corso prenotato; si sente più sicura",
                "Kurs ayarlandı; kendini daha güvenli hissediyor",
            ],
            [
                "Share what she learns at the next meeting",
                "Condividere ciò che impara alla prossima riunione",
                "Öğrendiklerini sonraki toplantıda paylaşmak",
            ],
        ),
        one(
            members[1],
            45,
            [
                "Delivery van often late back",
                "Il furgone rientra spesso in ritardo",
                "Teslimat kamyoneti sık sık geç dönüyor",
            ],
            [
                "Plan routes the evening before",
                "Pianificare i giri la sera prima",
                "Rotaları bir akşam önceden planlamak",
            ],
        ),
        one(
            members[2],
            12,
            [
                "Too many calls at opening time",
                "Troppe chiamate all'apertura",
                "Açılışta çok fazla arama",
            ],
            [
                "Second person on the phone 9–10",
                "Seconda persona al telefono 9–10",
                "9–10 arası telefona ikinci kişi",
            ],
        ),
    ];
    for (i, t) in talks.into_iter().enumerate() {
        let d = (at.date_naive() - t.date).num_days();
        wb.one_on_ones.insert(t, stamp(d, i as i64));
    }
    for (i, (d, answers)) in [
        (180, &[10u8, 9, 8, 7, 6, 5, 3][..]),
        (90, &[10, 9, 9, 8, 7, 6][..]),
        (5, &[10, 10, 9, 9, 8, 7, 6][..]),
    ]
    .into_iter()
    .enumerate()
    {
        let mut round = EnpsRound::new(day(d), Scale::ZeroToTen);
        round.add_answers(answers);
        wb.enps.insert(round, stamp(d, i as i64));
    }
}

/// The rest of the plan: a rule marked for removal (the one behind the
/// broken items), one guideline in the shop's words, the training
/// plan, the customer profile, support hours and channels, and a review.
fn add_plan(wb: &mut Workbook, lang: Lang, at: DateTime<Utc>) {
    let l = lang.index();
    let day = |d: i64| (at - Duration::days(d)).date_naive();
    let when = at - Duration::days(12);
    wb.rules.insert(
        Rule {
            text: [
                "Items that arrive broken are replaced only after the courier's report",
                "Gli articoli arrivati rotti si sostituiscono solo dopo il verbale del corriere",
                "Kırık gelen ürünler yalnızca kargo tutanağından sonra değiştirilir",
            ][l]
                .to_string(),
            categories: vec![DEFAULT_CATEGORIES[0][l].to_string()],
            decision: RuleDecision::Remove,
            note: String::new(),
        },
        when,
    );
    wb.rules.insert(
        Rule {
            text: [
                "Home deliveries only on Tuesdays",
                "Consegne a domicilio solo il martedì",
                "Eve teslimat yalnızca salı günleri",
            ][l]
                .to_string(),
            categories: vec![DEFAULT_CATEGORIES[1][l].to_string()],
            decision: RuleDecision::Keep,
            note: String::new(),
        },
        when + Duration::minutes(1),
    );
    edit_guideline(&mut wb.guidelines, GuideStep::Resolve, when, |g| {
        g.text = [
            "Put it right, then ask whether the customer is happy with how it was solved. Apologise and offer a voucher of 10 for the trouble.",
            "Rimedia, poi chiedi al cliente se è soddisfatto di come è stato risolto. Scusati e offri un buono da 10 per il disagio.",
            "Sorunu giderin, sonra müşteriye çözümden memnun olup olmadığını sorun. Özür dileyin ve yaşadığı sıkıntı için 10'luk bir hediye çeki verin.",
        ][l]
            .to_string();
        g.example = [
            "“I am sorry for the trouble. A new one is ready for you today, and here is a voucher of 10 for your next visit. Is that all right?”",
            "“Mi scusi per il disagio. Il ricambio è pronto oggi, ed ecco un buono da 10 per la prossima visita. Le va bene così?”",
            "“Yaşattığımız sıkıntı için özür dilerim. Yenisi bugün hazır, bir sonraki gelişiniz için de 10'luk bir hediye çeki ekliyorum. Sizin için uygun mu?”",
        ][l]
            .to_string();
    });
    type Session = (
        TrainingKind,
        i64,
        bool,
        [&'static str; 3],
        [&'static str; 3],
    );
    let sessions: [Session; 3] = [
        (
            TrainingKind::KickOff,
            20,
            true,
            [
                "The new service plan and why",
                "Il nuovo piano di servizio e il perché",
                "Yeni hizmet planı ve nedeni",
            ],
            ["All staff", "Tutto il personale", "Tüm personel"],
        ),
        (
            TrainingKind::Meeting,
            -6,
            false,
            [
                "Last month's complaints",
                "I reclami del mese scorso",
                "Geçen ayın şikâyetleri",
            ],
            ["Counter staff", "Personale al banco", "Tezgâh personeli"],
        ),
        (
            TrainingKind::Workshop,
            -20,
            false,
            [
                "Resolving complaints: the four steps",
                "Risolvere i reclami: i quattro passi",
                "Şikâyet çözme: dört adım",
            ],
            ["Giulia, Marco", "Giulia, Marco", "Giulia, Marco"],
        ),
    ];
    for (i, (kind, days_ago, held, topic, who)) in sessions.into_iter().enumerate() {
        wb.training.insert(
            Training {
                kind,
                date: Some(day(days_ago)),
                topic: topic[l].to_string(),
                attendees: who[l].to_string(),
                held,
                notes: String::new(),
            },
            when + Duration::minutes(10 + i as i64),
        );
    }
    let text = |t: [&str; 3]| t[l].to_string();
    wb.customer.set(
        CustomerProfile {
            location: text([
                "The neighbourhood and two nearby villages",
                "Il quartiere e due paesi vicini",
                "Mahalle ve yakındaki iki köy",
            ]),
            education: text([
                "Mixed; many tradespeople",
                "Varia; molti artigiani",
                "Karışık; çoğu zanaatkâr",
            ]),
            gender: text([
                "About half and half",
                "Circa metà e metà",
                "Yaklaşık yarı yarıya",
            ]),
            age: text([
                "Mostly 35 to 65",
                "Soprattutto tra 35 e 65 anni",
                "Çoğunlukla 35–65 yaş",
            ]),
            other: text([
                "Come on foot or by van; buy small amounts often",
                "Vengono a piedi o in furgone; comprano spesso piccole quantità",
                "Yürüyerek ya da kamyonetle gelir; sık sık az miktarda alır",
            ]),
            performance: text([
                "Tools that work first time and fit the job",
                "Attrezzi che funzionano subito e adatti al lavoro",
                "İlk seferde çalışan ve işe uygun aletler",
            ]),
            support: text([
                "Advice from someone who knows the trade",
                "Consigli da chi conosce il mestiere",
                "İşi bilen birinden tavsiye",
            ]),
            price: text([
                "Fair prices; no surprises on delivery costs",
                "Prezzi onesti; nessuna sorpresa sulle spese di consegna",
                "Makul fiyatlar; teslimat ücretinde sürpriz yok",
            ]),
            durability: text([
                "Power tools that last years, repaired if they fail",
                "Elettroutensili che durano anni, riparati se si guastano",
                "Yıllarca dayanan, bozulursa onarılan elektrikli aletler",
            ]),
        },
        when,
    );
    let mut support = Support::default();
    support.hours[5] = DayHours {
        open: true,
        from: NaiveTime::from_hms_opt(9, 0, 0).expect("a time"),
        to: NaiveTime::from_hms_opt(13, 0, 0).expect("a time"),
    };
    support.channels = vec![
        SupportChannel {
            kind: ChannelKind::Shop,
            detail: String::new(),
            reach: Reach::InHours,
        },
        SupportChannel {
            kind: ChannelKind::Phone,
            detail: "+39 051 010 0000".into(),
            reach: Reach::InHours,
        },
        SupportChannel {
            kind: ChannelKind::Email,
            detail: "help@example.invalid".into(),
            reach: Reach::OffHours,
        },
    ];
    support.self_help = text([
        "Care and fitting guides on the website and by the till.",
        "Guide di manutenzione e montaggio sul sito e vicino alla cassa.",
        "Bakım ve montaj kılavuzları web sitesinde ve kasanın yanında.",
    ]);
    support.get_help = text([
        "Call or come to the shop in opening hours; otherwise e-mail with a photo of the receipt and we answer the next working day.",
        "Chiama o passa in negozio negli orari di apertura; altrimenti scrivi un'e-mail con la foto dello scontrino e rispondiamo il giorno lavorativo dopo.",
        "Açık olduğumuz saatlerde arayın ya da mağazaya gelin; diğer zamanlarda fişin fotoğrafıyla e-posta gönderin, bir sonraki iş günü yanıtlarız.",
    ]);
    wb.support.set(support, when);
    wb.reviews.insert(
        Review {
            on: day(25),
            changed: text([
                "First full review: Saturday morning hours added; e-mail answered the next working day.",
                "Prima revisione completa: aggiunto il sabato mattina; e-mail con risposta il giorno lavorativo dopo.",
                "İlk tam gözden geçirme: cumartesi sabahı eklendi; e-postalar bir sonraki iş günü yanıtlanıyor.",
            ]),
            next: Some(default_next(day(25))),
        },
        when,
    );
}

/// Three policy points: one adopted after staff feedback, one proposed,
/// one still a draft.
fn add_policy(wb: &mut Workbook, lang: Lang, at: DateTime<Utc>) {
    let l = lang.index();
    type Feedback = Option<(&'static str, [&'static str; 3])>;
    let points: [(PointKey, Stage, [&str; 3], Feedback); 3] = [
        (
            PointKey::Speed,
            Stage::Adopted,
            [
                "The phone is answered within two minutes in opening hours; nobody waits more than five minutes at the counter.",
                "Al telefono si risponde entro due minuti negli orari di apertura; nessuno aspetta più di cinque minuti al banco.",
                "Açık olduğumuz saatlerde telefon iki dakika içinde açılır; tezgâhta kimse beş dakikadan fazla beklemez.",
            ],
            Some((
                "Giulia",
                [
                    "Fine on weekdays; on Saturday mornings we need a second person.",
                    "Va bene nei giorni feriali; il sabato mattina serve una seconda persona.",
                    "Hafta içi uygun; cumartesi sabahları ikinci bir kişi gerekir.",
                ],
            )),
        ),
        (
            PointKey::Complaints,
            Stage::Proposed,
            [
                "Staff may replace an item or refund up to 100 on the spot; above that the owner decides the same day.",
                "Il personale può sostituire un articolo o rimborsare fino a 100 sul posto; oltre decide il titolare in giornata.",
                "Personel 100'e kadar ürünü yerinde değiştirebilir ya da ücretini iade edebilir; üzerini sahibi aynı gün karara bağlar.",
            ],
            Some((
                "Marco",
                [
                    "100 is too low for power tools.",
                    "100 è troppo poco per gli elettroutensili.",
                    "Elektrikli aletler için 100 çok düşük.",
                ],
            )),
        ),
        (
            PointKey::Communication,
            Stage::Draft,
            [
                "Returns, delivery costs and payment methods on the first page of the website and at the till.",
                "Resi, costi di spedizione e metodi di pagamento sulla prima pagina del sito e alla cassa.",
                "İadeler, kargo ücretleri ve ödeme yöntemleri web sitesinin ilk sayfasında ve kasada.",
            ],
            None,
        ),
    ];
    for (i, (key, stage, answer, feedback)) in points.into_iter().enumerate() {
        let when = at - Duration::days(15) + Duration::hours(i as i64);
        edit_point(&mut wb.policy, key, when, |p| {
            p.answer = answer[l].to_string();
            p.stage = stage;
            if let Some((by, text)) = feedback {
                p.feedback.push(StaffFeedback {
                    by: by.to_string(),
                    on: (when - Duration::days(2)).date_naive(),
                    text: text[l].to_string(),
                });
            }
        });
    }
}

/// Two vision drafts (the later one chosen) and the seed's four goals with
/// targets, plus one of the shop's own.
fn add_draft(wb: &mut Workbook, lang: Lang, at: DateTime<Utc>) {
    let l = lang.index();
    let tr = |t: [&str; 3]| t[l].to_string();
    let list = |items: &[[&str; 3]]| items.iter().map(|t| t[l].to_string()).collect::<Vec<_>>();
    let first = VisionDraft {
        successes: list(&[[
            "The shop everyone in the neighbourhood trusts",
            "Il negozio di cui si fida tutto il quartiere",
            "Mahallede herkesin güvendiği dükkân",
        ]]),
        summary: tr([
            "We help people fix their homes.",
            "Aiutiamo le persone a sistemare la casa.",
            "İnsanların evlerini onarmalarına yardım ederiz.",
        ]),
        statement: tr([
            "Help, fix, smile.",
            "Aiutare, riparare, sorridere.",
            "Yardım et, onar, gülümse.",
        ]),
        verbs: list(&[
            ["help", "Aiutiamo", "yardım"],
            ["fix", "sistemare", "onarmalarına"],
        ]),
        ..VisionDraft::default()
    };
    let second = VisionDraft {
        successes: list(&[
            [
                "Customers come back for advice, not only for parts",
                "I clienti tornano per un consiglio, non solo per i pezzi",
                "Müşteriler yalnızca parça için değil, tavsiye için de geri geliyor",
            ],
            [
                "Orders arrive when we promise",
                "Gli ordini arrivano quando promettiamo",
                "Siparişler söz verdiğimiz zaman ulaşıyor",
            ],
            [
                "Every complaint is solved within a day",
                "Ogni reclamo è risolto entro un giorno",
                "Her şikâyet bir gün içinde çözülüyor",
            ],
            [
                "Staff know every product they sell",
                "Il personale conosce ogni prodotto che vende",
                "Personel sattığı her ürünü tanıyor",
            ],
            [
                "Half our customers recommend us to a friend",
                "Metà dei clienti ci consiglia a un amico",
                "Müşterilerimizin yarısı bizi bir arkadaşına öneriyor",
            ],
        ]),
        reasons: list(&[
            [
                "They get honest advice, even when it means buying less",
                "Ricevono consigli onesti, anche quando significa comprare meno",
                "Daha az satın almak anlamına gelse bile dürüst tavsiye alıyorlar",
            ],
            [
                "They know what a delivery will cost and when it comes",
                "Sanno quanto costa una consegna e quando arriva",
                "Bir teslimatın ne kadar tutacağını ve ne zaman geleceğini biliyorlar",
            ],
        ]),
        steps: list(&[
            [
                "Stronger packaging for power tools",
                "Imballaggi più robusti per gli elettroutensili",
                "Elektrikli aletler için daha sağlam ambalaj",
            ],
            [
                "Staff may replace items up to 100 without asking",
                "Il personale può sostituire articoli fino a 100 senza chiedere",
                "Personel 100'e kadar olan ürünleri sormadan değiştirebiliyor",
            ],
        ]),
        summary: tr([
            "We advise honestly, deliver when we promise and solve problems the same day.",
            "Consigliamo con onestà, consegniamo quando promettiamo e risolviamo i problemi in giornata.",
            "Dürüstçe tavsiye eder, söz verdiğimiz zaman teslim eder ve sorunları aynı gün çözeriz.",
        ]),
        verbs: list(&[
            ["advise", "Consigliamo", "tavsiye"],
            ["deliver", "consegniamo", "teslim"],
            ["solve", "risolviamo", "çözeriz"],
        ]),
        statement: tr([
            "Advise honestly, deliver on time, solve it today.",
            "Consigliare con onestà, consegnare in tempo, risolvere oggi.",
            "Dürüstçe tavsiye et, zamanında teslim et, bugün çöz.",
        ]),
    };
    wb.visions.insert(first, at - Duration::days(50));
    let chosen = wb.visions.insert(second, at - Duration::days(20));
    wb.vision.set(Some(chosen), at - Duration::days(20));
    let top: Vec<uuid::Uuid> = wb.problems.live().map(|r| r.id).collect();
    let goals = [
        (
            Measure::AnswerTime,
            Some(2.0),
            Some(Unit::Minutes),
            top.get(2).copied(),
        ),
        (Measure::ReturnRate, Some(2.0), None, top.first().copied()),
        (Measure::SatisfiedShare, Some(80.0), None, None),
        (Measure::BoughtAgainShare, Some(60.0), None, None),
    ];
    for (i, (measure, target, unit, problem)) in goals.into_iter().enumerate() {
        let mut g = Goal::seed(measure);
        g.target = target;
        g.cadence = Cadence::Year;
        if let Some(u) = unit {
            g.unit = u;
        }
        g.problem = problem;
        wb.goals
            .insert(g, at - Duration::days(19) + Duration::minutes(i as i64));
    }
    wb.goals.insert(
        Goal {
            title: tr([
                "Customers called a month after a big purchase",
                "Clienti chiamati un mese dopo un acquisto importante",
                "Büyük bir alışverişten bir ay sonra aranan müşteriler",
            ]),
            unit: Unit::Percent,
            target: Some(90.0),
            actual: Some(72.0),
            ..Goal::seed(Measure::Own)
        },
        at - Duration::days(18),
    );
}

/// Surveys, six months of figures and a confirmed top three, so every
/// Listen screen shows something.
fn add_inputs(wb: &mut Workbook, lang: Lang, at: DateTime<Utc>) {
    let l = lang.index();
    let today = at.date_naive();
    let surveys = [
        (
            40,
            SurveyKind::Survey,
            Audience::Customers,
            Some(64),
            [
                "Online survey after delivery",
                "Sondaggio online dopo la consegna",
                "Teslimattan sonra çevrimiçi anket",
            ],
            [
                [
                    "What nearly stopped you from buying?",
                    "Cosa ti ha quasi fatto rinunciare all'acquisto?",
                    "Sizi satın almaktan neredeyse ne vazgeçirdi?",
                ],
                [
                    "What happened when your order arrived?",
                    "Cosa è successo quando è arrivato l'ordine?",
                    "Siparişiniz geldiğinde ne oldu?",
                ],
            ],
            [
                "Packaging is too thin for power tools; customers want a delivery time they can trust.",
                "L'imballaggio è troppo leggero per gli elettroutensili; i clienti vogliono tempi di consegna affidabili.",
                "Elektrikli aletler için ambalaj çok ince; müşteriler güvenebilecekleri bir teslimat süresi istiyor.",
            ],
        ),
        (
            12,
            SurveyKind::FocusGroup,
            Audience::Employees,
            Some(5),
            [
                "Staff focus group on customer problems",
                "Focus group del personale sui problemi dei clienti",
                "Müşteri sorunları üzerine personel odak grubu",
            ],
            [
                [
                    "Which customer problems do you meet most often?",
                    "Quali problemi dei clienti incontrate più spesso?",
                    "En sık hangi müşteri sorunlarıyla karşılaşıyorsunuz?",
                ],
                [
                    "What stops you from solving them on the spot?",
                    "Cosa vi impedisce di risolverli sul posto?",
                    "Bunları yerinde çözmenizi ne engelliyor?",
                ],
            ],
            [
                "Staff may not replace items over 50 without the owner; paint orders wait for the supplier.",
                "Il personale non può sostituire articoli oltre 50 senza il titolare; gli ordini di vernice aspettano il fornitore.",
                "Personel 50'nin üzerindeki ürünleri sahibi olmadan değiştiremiyor; boya siparişleri tedarikçiyi bekliyor.",
            ],
        ),
    ];
    for (days, kind, audience, participants, title, questions, learned) in surveys {
        let date = today - Duration::days(days);
        wb.surveys.insert(
            Survey {
                date,
                kind,
                audience,
                title: title[l].to_string(),
                participants,
                questions: questions.iter().map(|q| q[l].to_string()).collect(),
                learned: learned[l].to_string(),
            },
            at - Duration::days(days),
        );
    }
    // Six months, the latest being last month: returns fall after better
    // packaging, waiting on the phone improves.
    let mut month = Period::of(today).previous();
    for _ in 0..5 {
        month = month.previous();
    }
    let returns = [21, 24, 19, 15, 12, 10];
    let backlog = [14, 18, 22, 12, 9, 8];
    let out = [9, 11, 14, 8, 6, 5];
    let rejected = [6, 5, 7, 4, 3, 3];
    let broken = [9, 11, 8, 6, 4, 3];
    let late = [4, 5, 7, 3, 3, 2];
    let wait = [210, 195, 240, 150, 120, 95];
    let hang = [31, 28, 36, 19, 14, 11];
    for i in 0..6 {
        let when = month
            .next()
            .first_day()
            .and_hms_opt(9, 0, 0)
            .expect("9 am")
            .and_utc();
        wb.operations.insert(
            Operations {
                period: month,
                sold: Some(420 + 10 * i as u32),
                returns: Some(returns[i]),
                backlog: Some(backlog[i]),
                range: Some(850),
                out_of_stock: Some(out[i]),
                checked: Some(120),
                rejected: Some(rejected[i]),
                note: String::new(),
            },
            when,
        );
        let cat = |k: [&str; 3], n: u32| CategoryCount {
            category: k[l].to_string(),
            count: n,
        };
        wb.supplier_figures.insert(
            SupplierFigures {
                period: month,
                web_feedback: vec![
                    cat(DEFAULT_CATEGORIES[0], broken[i]),
                    cat(
                        [
                            "Delivery cost unclear at checkout",
                            "Costi di spedizione poco chiari al pagamento",
                            "Ödemede kargo ücreti belirsiz",
                        ],
                        late[i] + 2,
                    ),
                ],
                shipments: Some(180 + 5 * i as u32),
                redeliveries: Some(broken[i] / 2 + 1),
                call_complaints: vec![
                    cat(DEFAULT_CATEGORIES[1], late[i]),
                    cat(DEFAULT_CATEGORIES[0], broken[i] / 2),
                ],
                calls: Some(300),
                avg_wait_seconds: Some(wait[i]),
                hang_ups: Some(hang[i]),
                note: String::new(),
            },
            when,
        );
        month = month.next();
    }
    let problems: [([&str; 3], Vec<Source>, Option<u8>); 4] = [
        (
            [
                "Power tools arrive broken because the packaging is too thin",
                "Gli elettroutensili arrivano rotti perché l'imballaggio è troppo leggero",
                "Ambalaj çok ince olduğu için elektrikli aletler kırık geliyor",
            ],
            vec![
                Source::Complaints(DEFAULT_CATEGORIES[0][l].to_string()),
                Source::Returns,
            ],
            Some(1),
        ),
        (
            [
                "Paint orders arrive after the promised date",
                "Gli ordini di vernice arrivano dopo la data promessa",
                "Boya siparişleri söz verilen tarihten sonra geliyor",
            ],
            vec![
                Source::Complaints(DEFAULT_CATEGORIES[1][l].to_string()),
                Source::Backlog,
            ],
            Some(2),
        ),
        (
            [
                "Callers wait more than two minutes and hang up",
                "Chi chiama aspetta più di due minuti e riattacca",
                "Arayanlar iki dakikadan fazla bekleyip kapatıyor",
            ],
            vec![Source::HangUps],
            Some(3),
        ),
        (
            [
                "Popular items are out of stock",
                "Gli articoli più richiesti sono esauriti",
                "Çok satan ürünler stokta yok",
            ],
            vec![
                Source::Complaints(DEFAULT_CATEGORIES[3][l].to_string()),
                Source::OutOfStock,
            ],
            None,
        ),
    ];
    for (i, (title, sources, rank)) in problems.into_iter().enumerate() {
        wb.problems.insert(
            Problem {
                title: title[l].to_string(),
                sources,
                rank,
                ..Problem::default()
            },
            at - Duration::minutes(10 - i as i64),
        );
    }
}

struct Sample {
    days_ago: i64,
    customer: &'static str,
    taken_by: &'static str,
    category: usize,
    channel: Channel,
    status: Status,
    resolved_after_h: Option<i64>,
    follow_up_after_d: Option<i64>,
    satisfied: Answer,
    bought_again: Answer,
    nature: [&'static str; 3],
    solution: [&'static str; 3],
}

const BROKEN: [&str; 3] = [
    "The drill arrived with a cracked case.",
    "Il trapano è arrivato con la scocca incrinata.",
    "Matkap çatlak bir gövdeyle geldi.",
];
const REPLACE: [&str; 3] = [
    "Replacement sent the same day.",
    "Sostituzione spedita in giornata.",
    "Aynı gün yenisi gönderildi.",
];
const LATE: [&str; 3] = [
    "The paint order came four days after the promised date.",
    "L'ordine di vernice è arrivato quattro giorni dopo la data promessa.",
    "Boya siparişi söz verilen tarihten dört gün sonra geldi.",
];
const VOUCHER: [&str; 3] = [
    "Apologised; 10% voucher on the next order.",
    "Scuse e buono del 10% sul prossimo ordine.",
    "Özür dilendi; sonraki siparişte %10 indirim kuponu.",
];
const WRONG: [&str; 3] = [
    "Received 6 mm screws instead of 8 mm.",
    "Ricevute viti da 6 mm invece che da 8 mm.",
    "8 mm yerine 6 mm vida geldi.",
];
const SWAP: [&str; 3] = [
    "Swapped at the counter.",
    "Sostituite al banco.",
    "Tezgâhta değiştirildi.",
];
const STOCK: [&str; 3] = [
    "The hinges on the website were not in stock.",
    "Le cerniere del sito non erano disponibili.",
    "Web sitesindeki menteşeler stokta yoktu.",
];
const ORDERED: [&str; 3] = [
    "Ordered from the supplier; customer to be called.",
    "Ordinate al fornitore; richiamare il cliente.",
    "Tedarikçiden sipariş edildi; müşteri aranacak.",
];
const RUDE: [&str; 3] = [
    "The customer felt rushed at the till on Saturday.",
    "Il cliente si è sentito messo fretta alla cassa sabato.",
    "Müşteri cumartesi kasada aceleye getirildiğini hissetti.",
];
const TALK: [&str; 3] = [
    "Talked it through with the team.",
    "Parlato con il personale.",
    "Ekiple konuşuldu.",
];

const COMPLAINTS: [Sample; 8] = [
    Sample {
        days_ago: 60,
        customer: "Giulia Ferri",
        taken_by: "Marco",
        category: 0,
        channel: Channel::InPerson,
        status: Status::FollowedUp,
        resolved_after_h: Some(0),
        follow_up_after_d: Some(7),
        satisfied: Answer::Yes,
        bought_again: Answer::Yes,
        nature: BROKEN,
        solution: REPLACE,
    },
    Sample {
        days_ago: 45,
        customer: "Luca Conti",
        taken_by: "Marco",
        category: 1,
        channel: Channel::Phone,
        status: Status::FollowedUp,
        resolved_after_h: Some(26),
        follow_up_after_d: Some(10),
        satisfied: Answer::Yes,
        bought_again: Answer::No,
        nature: LATE,
        solution: VOUCHER,
    },
    Sample {
        days_ago: 30,
        customer: "Elif Demir",
        taken_by: "Sara",
        category: 0,
        channel: Channel::Email,
        status: Status::Resolved,
        resolved_after_h: Some(20),
        follow_up_after_d: Some(5),
        satisfied: Answer::Unknown,
        bought_again: Answer::Unknown,
        nature: BROKEN,
        solution: REPLACE,
    },
    Sample {
        days_ago: 21,
        customer: "Paolo Greco",
        taken_by: "Sara",
        category: 2,
        channel: Channel::InPerson,
        status: Status::FollowedUp,
        resolved_after_h: Some(0),
        follow_up_after_d: Some(3),
        satisfied: Answer::Yes,
        bought_again: Answer::Yes,
        nature: WRONG,
        solution: SWAP,
    },
    Sample {
        days_ago: 12,
        customer: "Anna Moretti",
        taken_by: "Marco",
        category: 3,
        channel: Channel::Web,
        status: Status::InProgress,
        resolved_after_h: None,
        follow_up_after_d: Some(4),
        satisfied: Answer::Unknown,
        bought_again: Answer::Unknown,
        nature: STOCK,
        solution: ORDERED,
    },
    Sample {
        days_ago: 9,
        customer: "Mehmet Kaya",
        taken_by: "Sara",
        category: 1,
        channel: Channel::Social,
        status: Status::Resolved,
        resolved_after_h: Some(48),
        follow_up_after_d: Some(20),
        satisfied: Answer::No,
        bought_again: Answer::Unknown,
        nature: LATE,
        solution: VOUCHER,
    },
    Sample {
        days_ago: 5,
        customer: "Chiara Russo",
        taken_by: "Marco",
        category: 4,
        channel: Channel::InPerson,
        status: Status::Resolved,
        resolved_after_h: Some(3),
        follow_up_after_d: Some(14),
        satisfied: Answer::Yes,
        bought_again: Answer::Unknown,
        nature: RUDE,
        solution: TALK,
    },
    Sample {
        days_ago: 2,
        customer: "Davide Bruno",
        taken_by: "Sara",
        category: 0,
        channel: Channel::Phone,
        status: Status::Open,
        resolved_after_h: None,
        follow_up_after_d: None,
        satisfied: Answer::Unknown,
        bought_again: Answer::Unknown,
        nature: BROKEN,
        solution: REPLACE,
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::listen::problems::{top_three, Inputs};
    use chrono::TimeZone;

    #[test]
    fn example_has_three_finished_takings_that_improve() {
        let at = Utc.timestamp_opt(1_760_000_000, 0).unwrap();
        for lang in Lang::ALL {
            let wb = example(lang, at);
            assert!(wb.profile.data.example);
            let done = wb.finished_self_tests();
            assert_eq!(done.len(), 3);
            let totals: Vec<u32> = done
                .iter()
                .map(|r| r.data.score().unwrap().total.0)
                .collect();
            assert!(totals[0] < totals[1] && totals[1] < totals[2], "{totals:?}");
        }
        for lang in Lang::ALL {
            let wb = example(lang, at);
            assert_eq!(wb.surveys.len(), 2);
            assert_eq!(wb.operations.len(), 6);
            assert_eq!(wb.supplier_figures.len(), 6);
            let (top, twice) = top_three(&wb.problems);
            assert!(top.iter().all(Option::is_some) && twice.is_empty());
            // Each problem draws on evidence the example really holds.
            let inputs = Inputs::gather(wb.heard(), None);
            for r in wb.problems.live() {
                for s in &r.data.sources {
                    assert!(inputs.find(s).is_some(), "{lang:?}: {s:?} has no evidence");
                }
                assert!(
                    !crate::listen::problems::is_vague(&r.data.title),
                    "{}",
                    r.data.title
                );
            }
            assert!(wb.validate().is_ok());
            // The chosen vision exists and every seed goal has a value.
            let chosen = wb.vision.data.and_then(|id| wb.visions.get(id)).unwrap();
            assert_eq!(chosen.data.steps_done(), 5);
            assert_eq!(wb.policy.live().count(), 3);
            // The plan: the rule marked for removal is the one behind the
            // most complaints, the kick-off is held, a review is scheduled.
            let since = Some((at - Duration::days(365)).date_naive());
            let rules = crate::draft::plan::rules_by_problems(&wb.rules, &wb.complaints, since);
            assert!(rules[0].1 > rules[1].1, "{lang:?}: {rules:?}");
            assert_eq!(
                wb.rules.get(rules[0].0).unwrap().data.decision,
                RuleDecision::Remove
            );
            assert!(crate::draft::plan::has_kick_off(&wb.training));
            assert!(crate::draft::plan::covers_off_hours(&wb.support.data));
            assert!(matches!(
                crate::draft::plan::review_status(&wb.reviews, at.date_naive()),
                crate::draft::plan::ReviewStatus::Scheduled { .. }
            ));
            assert_eq!(wb.customer.data.filled(), 9);
            for r in wb
                .policy
                .live()
                .filter(|r| r.data.stage == crate::draft::policy::Stage::Adopted)
            {
                assert!(
                    crate::draft::policy::can_adopt(&r.data).is_ok(),
                    "adopted with feedback"
                );
            }
            for g in wb.goals.live() {
                let a = crate::draft::vision::actual(&g.data, wb.heard(), at, 0);
                assert!(
                    a.is_some(),
                    "{lang:?}: {:?} has no actual value",
                    g.data.measure
                );
            }
        }
        assert!(example(Lang::It, at)
            .profile
            .data
            .business_name
            .contains("esempio"));
    }
}
