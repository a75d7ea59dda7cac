//! The workbook: everything the user enters, as one plain document.

use crate::draft::plan::{CustomerProfile, Guideline, Review, Rule, Support, Training};
use crate::draft::policy::PolicyPoint;
use crate::draft::vision::{Goal, VisionDraft};
use crate::kernel::record::{Collection, FormRules, MergeCount, Single};
use crate::listen::complaints::Complaint;
use crate::listen::inputs::{Operations, SupplierFigures, Survey};
use crate::listen::problems::Problem;
use crate::run::checklist::CheckRound;
use crate::run::meetings::MeetingNote;
use crate::run::procedures::Sop;
use crate::run::team::{EnpsRound, Member, OneOnOne, Pulse};
use crate::selftest::quotient::SelfTest;
use serde::{de::DeserializeOwned, Deserialize, Serialize};

/// The business the workbook is about.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Profile {
    #[serde(default)]
    pub business_name: String,
    /// True for the example workbook a newcomer can open and clear.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub example: bool,
}

/// The small, single-valued parts of the workbook; stored as one chunk.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Core {
    #[serde(default)]
    pub profile: Single<Profile>,
    #[serde(default)]
    pub categories: Single<Vec<String>>,
    #[serde(default)]
    pub vision: Single<Option<uuid::Uuid>>,
    #[serde(default)]
    pub customer: Single<CustomerProfile>,
    #[serde(default)]
    pub support: Single<Support>,
    #[serde(default)]
    pub checklist: Single<Vec<String>>,
    #[serde(default)]
    pub currency: Single<String>,
}

/// Declares the workbook's collections once; everything that must visit
/// each of them (merge, trash, validation, storage sections, previews) is
/// generated from this list, so a new collection cannot be half-wired.
macro_rules! workbook {
    ($($field:ident: $ty:ty => $part:ident),* $(,)?) => {
        #[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
        pub struct Workbook {
            #[serde(default)]
            pub profile: Single<Profile>,
            /// The complaint categories the user chose (empty: the defaults).
            #[serde(default)]
            pub categories: Single<Vec<String>>,
            /// The vision draft chosen as the current vision.
            #[serde(default)]
            pub vision: Single<Option<uuid::Uuid>>,
            /// The plan's customer profile and needs.
            #[serde(default)]
            pub customer: Single<CustomerProfile>,
            /// Support hours, channels and customer education.
            #[serde(default)]
            pub support: Single<Support>,
            /// The service checklist's items (empty: the seed's, in the
            /// language of the moment).
            #[serde(default)]
            pub checklist: Single<Vec<String>>,
            /// The business's currency, an ISO 4217 code as the user chose
            /// it ("EUR"; empty: none). Read through [`Workbook::currency`],
            /// which refuses what is not a code.
            #[serde(default)]
            pub currency: Single<String>,
            $(#[serde(default)] pub $field: Collection<$ty>,)*
        }

        /// The collections of a workbook, to name a record's place.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Part { $($part),* }

        impl Part {
            pub const ALL: &'static [Part] = &[$(Part::$part),*];

            /// The collection's name in the file and in storage keys.
            pub fn section(self) -> &'static str {
                match self { $(Part::$part => stringify!($field)),* }
            }

            pub fn from_section(section: &str) -> Option<Part> {
                match section { $(stringify!($field) => Some(Part::$part),)* _ => None }
            }
        }

        impl Workbook {
    /// The Listen section's records, as the goals and the ranking read them.
    pub fn heard(&self) -> crate::listen::inputs::Heard<'_> {
        crate::listen::inputs::Heard {
            complaints: &self.complaints,
            operations: &self.operations,
            supplier_figures: &self.supplier_figures,
        }
    }

    /// The Run section's records, as its summary reads them.
    pub fn running(&self) -> crate::run::team::Running<'_> {
        crate::run::team::Running {
            sops: &self.sops,
            meetings: &self.meetings,
            members: &self.members,
            one_on_ones: &self.one_on_ones,
            pulses: &self.pulses,
            enps: &self.enps,
        }
    }

            /// Merges `other` into this workbook: every record of both is
            /// kept, by id, the newer version winning; nothing is deleted.
            pub fn merge_from(&mut self, other: &Workbook) -> MergeReport {
                let settings = [
                    (Setting::Profile, merge_single(&mut self.profile, &other.profile)),
                    (Setting::Categories, merge_single(&mut self.categories, &other.categories)),
                    (Setting::Vision, merge_single(&mut self.vision, &other.vision)),
                    (Setting::Customer, merge_single(&mut self.customer, &other.customer)),
                    (Setting::Support, merge_single(&mut self.support, &other.support)),
                    (Setting::Checklist, merge_single(&mut self.checklist, &other.checklist)),
                    (Setting::Currency, merge_single(&mut self.currency, &other.currency)),
                ];
                MergeReport {
                    settings: settings
                        .into_iter()
                        .filter_map(|(s, (changed, was_set))| {
                            changed.then_some((s, was_set))
                        })
                        .collect(),
                    parts: vec![$((Part::$part, self.$field.merge_from(&other.$field))),*],
                }
            }

            /// [`Workbook::merge_from`] of another tab's save `other`: the
            /// records of this tab's trash that it no longer holds were
            /// emptied from the trash there, when this tab's last save or
            /// load had them in the trash unchanged since (`seen`, as
            /// [`Workbook::trash_marks`] gives it). Those are dropped first
            /// (a merge alone would bring them back, and with them a
            /// customer's personal data the user erased) and returned; a
            /// record trashed or edited here since is kept.
            pub fn merge_dropping(&mut self, other: &Workbook, seen: &[TrashMark]) -> (MergeReport, Vec<(Part, uuid::Uuid)>) {
                // Which records may go is worked out on ids alone; only
                // listing ids and removing by id is done per record type.
                let candidates: Vec<TrashMark> = if seen.is_empty() {
                    Vec::new()
                } else {
                    self.trash_marks()
                        .into_iter()
                        .filter(|m| seen.binary_search(m).is_ok())
                        .collect()
                };
                let mut dropped = Vec::new();
                if !candidates.is_empty() {
                    $(
                        if candidates.iter().any(|m| m.0 == Part::$part) {
                            let gone = gone_from(&candidates, Part::$part, &other.$field.ids());
                            if !gone.is_empty() {
                                self.$field.remove_ids(&gone);
                                dropped.extend(gone.into_iter().map(|id| (Part::$part, id)));
                            }
                        }
                    )*
                }
                (self.merge_from(other), dropped)
            }

            /// Live records per collection.
            pub fn counts(&self) -> Vec<(Part, usize)> {
                vec![$((Part::$part, self.$field.live().count())),*]
            }

            /// Checks invariants a file or storage could break: unique ids.
            pub fn validate(&self) -> Result<(), String> {
                $(if let Some(id) = self.$field.duplicate_id() {
                    return Err(format!("{}: id {id} appears twice", stringify!($field)));
                })*
                Ok(())
            }

            /// The first record, in any collection and in the order read,
            /// that its form would refuse to save: its path in the file
            /// (`complaints[3].data.compensation_amount`) and why.
            pub fn form_refusal(&self) -> Option<(String, &'static str)> {
                $(for (i, r) in self.$field.all().iter().enumerate() {
                    if let Some((field, why)) = FormRules::refusal(&r.data) {
                        return Some((format!("{}[{i}].data.{field}", stringify!($field)), why));
                    }
                })*
                None
            }

            /// Keeps the newer version where one id appears twice (a
            /// hand-edited store), then restores the canonical order.
            pub fn repair(&mut self) {
                $(if self.$field.duplicate_id().is_some() {
                    self.$field = dedupe(&self.$field);
                })*
                self.normalise();
            }

            /// Restores the canonical order after reading from outside.
            pub fn normalise(&mut self) {
                $(self.$field.normalise();)*
            }

            /// Everything in the trash, most recently deleted first.
            pub fn trashed(&self) -> Vec<(Part, uuid::Uuid, chrono::DateTime<chrono::Utc>)> {
                let mut out = Vec::new();
                $(out.extend(self.$field.trashed().map(|r| (Part::$part, r.id, r.deleted.unwrap_or(r.updated))));)*
                crate::kernel::order::sort_by_key(&mut out, |(_, id, at)| (std::cmp::Reverse(*at), *id));
                out
            }

            /// How many records are in the trash.
            pub fn trashed_count(&self) -> usize {
                0 $(+ self.$field.trashed().count())*
            }

            fn restore_record(&mut self, part: Part, id: uuid::Uuid, at: chrono::DateTime<chrono::Utc>) -> bool {
                match part { $(Part::$part => self.$field.restore(id, at)),* }
            }

            /// Removes every record in the trash for good (a complaint's
            /// personal data goes with it); returns how many.
            pub fn purge_trash(&mut self) -> usize {
                0 $(+ self.$field.purge_trash())*
            }

            /// Removes one record for good, only if it is still the version
            /// last changed at `updated` (sync: a record purged on another
            /// device goes, unless it was edited here meanwhile).
            pub fn remove_if_still(&mut self, part: Part, id: uuid::Uuid, updated: chrono::DateTime<chrono::Utc>) -> bool {
                match part { $(Part::$part => self.$field.remove_if_still(id, updated)),* }
            }

            /// The records in the trash, each as (part, id, `updated`), sorted:
            /// what a save or a load found there (see [`Workbook::merge_dropping`]).
            pub fn trash_marks(&self) -> Vec<TrashMark> {
                let mut out = Vec::new();
                $(out.extend(self.$field.trashed().map(|r| TrashMark(Part::$part, r.id, r.updated)));)*
                crate::kernel::order::sort(&mut out);
                out
            }

            /// Calls `visitor` with each collection, for storage.
            pub fn visit<'a>(&'a self, visitor: &mut impl Visit<'a>) {
                $(visitor.visit(Part::$part, &self.$field);)*
            }

            /// Appends records read from storage to the named collection.
            pub fn absorb(&mut self, part: Part, json: &str) -> Result<(), String> {
                match part {
                    $(Part::$part => self.$field.extend_raw(
                        serde_json::from_str(json).map_err(|e| e.to_string())?,
                    ),)*
                }
                Ok(())
            }
        }
    };
}

/// Of the `candidates` in `part` (sorted, as [`Workbook::trash_marks`]
/// gives them, so their ids come sorted), the ids that the other side's
/// `held` ids (sorted) lack.
fn gone_from(candidates: &[TrashMark], part: Part, held: &[uuid::Uuid]) -> Vec<uuid::Uuid> {
    candidates
        .iter()
        .filter(|m| m.0 == part)
        .map(|m| m.1)
        .filter(|id| held.binary_search(id).is_err())
        .collect()
}

/// A record in the trash as a save or a load saw it: part, id, `updated`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct TrashMark(pub Part, pub uuid::Uuid, pub chrono::DateTime<chrono::Utc>);

workbook! {
    self_tests: SelfTest => SelfTests,
    complaints: Complaint => Complaints,
    surveys: Survey => Surveys,
    operations: Operations => Operations,
    supplier_figures: SupplierFigures => Suppliers,
    problems: Problem => Problems,
    visions: VisionDraft => Visions,
    goals: Goal => Goals,
    policy: PolicyPoint => Policy,
    rules: Rule => Rules,
    guidelines: Guideline => Guidelines,
    training: Training => Training,
    reviews: Review => Reviews,
    sops: Sop => Sops,
    meetings: MeetingNote => Meetings,
    check_rounds: CheckRound => CheckRounds,
    pulses: Pulse => Pulses,
    members: Member => Members,
    one_on_ones: OneOnOne => OneOnOnes,
    enps: EnpsRound => Enps,
}

// Records whose forms refuse nothing a file could hold (or whose rules
// depend on the day, like a review's date not being in the future).
impl FormRules for SelfTest {}
impl FormRules for Operations {}
impl FormRules for SupplierFigures {}
impl FormRules for Problem {}
impl FormRules for VisionDraft {}
impl FormRules for Goal {}
impl FormRules for PolicyPoint {}
impl FormRules for Rule {}
impl FormRules for Guideline {}
impl FormRules for Training {}
impl FormRules for Sop {}
impl FormRules for MeetingNote {}
impl FormRules for CheckRound {}
impl FormRules for Pulse {}
impl FormRules for Member {}
impl FormRules for OneOnOne {}
impl FormRules for EnpsRound {}

/// Something that visits each collection of a workbook (storage planning).
pub trait Visit<'a> {
    fn visit<T: Serialize + DeserializeOwned + Clone + PartialEq>(
        &mut self,
        part: Part,
        collection: &'a Collection<T>,
    );
}

fn dedupe<T: Serialize + DeserializeOwned + Clone + PartialEq>(c: &Collection<T>) -> Collection<T> {
    let mut merged = Collection::default();
    for r in c.all() {
        merged.merge_from(&Collection::from_records(vec![r.clone()]));
    }
    merged
}

/// A copy of `c` with `clear` applied to every record's data (stamps kept).
fn blank<T: Serialize + DeserializeOwned + Clone + PartialEq>(
    c: &Collection<T>,
    clear: impl Fn(&mut T),
) -> Collection<T> {
    Collection::from_records(
        c.all()
            .iter()
            .cloned()
            .map(|mut r| {
                clear(&mut r.data);
                r
            })
            .collect(),
    )
}

/// What merging another workbook into this one changes, per part.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MergeReport {
    /// The single values the other side changed, each with whether this
    /// side had set it before (an update) or not (new).
    pub settings: Vec<(Setting, bool)>,
    pub parts: Vec<(Part, MergeCount)>,
}

/// Merges one setting: whether it changed, and whether this side had set
/// it before.
fn merge_single<T: Serialize + Clone + PartialEq>(
    ours: &mut Single<T>,
    theirs: &Single<T>,
) -> (bool, bool) {
    let was_set = ours.updated.is_some();
    (ours.merge_from(theirs), was_set)
}

/// A single-valued part of the workbook, as a merge names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Setting {
    Profile,
    Categories,
    Vision,
    Customer,
    Support,
    Checklist,
    Currency,
}

impl Setting {
    pub const ALL: &'static [Setting] = &[
        Setting::Profile,
        Setting::Categories,
        Setting::Vision,
        Setting::Customer,
        Setting::Support,
        Setting::Checklist,
        Setting::Currency,
    ];

    /// The setting's name in the file (as `Part::section` names a collection).
    pub fn code(self) -> &'static str {
        match self {
            Setting::Profile => "profile",
            Setting::Categories => "categories",
            Setting::Vision => "vision",
            Setting::Customer => "customer",
            Setting::Support => "support",
            Setting::Checklist => "checklist",
            Setting::Currency => "currency",
        }
    }
}

/// What a merge does to one collection or one setting: the rows of the
/// import preview, whose New and Updated columns add up to what the
/// message after the merge reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Changed {
    Part(Part),
    Setting(Setting),
}

impl MergeReport {
    /// Every collection and setting the merge touches, with its counts;
    /// a setting counts as one record.
    pub fn rows(&self) -> Vec<(Changed, MergeCount)> {
        let settings = self.settings.iter().map(|&(s, was_set)| {
            let count = if was_set {
                MergeCount {
                    updated: 1,
                    ..MergeCount::default()
                }
            } else {
                MergeCount {
                    added: 1,
                    ..MergeCount::default()
                }
            };
            (Changed::Setting(s), count)
        });
        self.parts
            .iter()
            .map(|&(p, c)| (Changed::Part(p), c))
            .chain(settings)
            .collect()
    }

    /// New records and settings, and updated ones, over every row.
    pub fn added_updated(&self) -> (usize, usize) {
        self.rows().iter().fold((0, 0), |(a, u), (_, c)| {
            (a.saturating_add(c.added), u.saturating_add(c.updated))
        })
    }

    pub fn changes(&self) -> usize {
        let (a, u) = self.added_updated();
        a.saturating_add(u)
    }

    pub fn part(&self, part: Part) -> MergeCount {
        self.parts
            .iter()
            .find(|(p, _)| *p == part)
            .map(|(_, c)| *c)
            .unwrap_or_default()
    }
}

/// What a workbook holds, for previews and the home page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    pub business_name: String,
    pub self_tests_done: usize,
    pub self_test_in_progress: bool,
    /// Live records per collection.
    pub counts: Vec<(Part, usize)>,
    pub trashed: usize,
}

impl Summary {
    pub fn count(&self, part: Part) -> usize {
        self.counts
            .iter()
            .find(|(p, _)| *p == part)
            .map_or(0, |(_, n)| *n)
    }
}

impl Workbook {
    /// The single-valued parts, stored together as one chunk.
    pub fn core(&self) -> Core {
        Core {
            profile: self.profile.clone(),
            categories: self.categories.clone(),
            vision: self.vision.clone(),
            customer: self.customer.clone(),
            support: self.support.clone(),
            checklist: self.checklist.clone(),
            currency: self.currency.clone(),
        }
    }

    pub fn set_core(&mut self, core: Core) {
        self.profile = core.profile;
        self.categories = core.categories;
        self.vision = core.vision;
        self.customer = core.customer;
        self.support = core.support;
        self.checklist = core.checklist;
        self.currency = core.currency;
    }

    /// The business's currency, if it chose one and the choice is a
    /// well-formed code (a file's other value counts as none).
    pub fn currency(&self) -> Option<crate::kernel::format::Currency> {
        crate::kernel::format::Currency::parse(&self.currency.data)
    }

    pub fn summary(&self) -> Summary {
        Summary {
            business_name: self.profile.data.business_name.clone(),
            self_tests_done: self
                .self_tests
                .live()
                .filter(|r| r.data.completed.is_some())
                .count(),
            self_test_in_progress: self.self_test_in_progress().is_some(),
            counts: self.counts(),
            trashed: self.trashed_count(),
        }
    }

    /// Brings one record back from the trash. A problem whose place in the
    /// top three was taken meanwhile comes back without it.
    pub fn restore(
        &mut self,
        part: Part,
        id: uuid::Uuid,
        at: chrono::DateTime<chrono::Utc>,
    ) -> bool {
        let restored = self.restore_record(part, id, at);
        if restored && part == Part::Problems {
            crate::listen::problems::after_restore(&mut self.problems, id, at);
        }
        restored
    }

    /// The unfinished self-test to resume, if any (the newest).
    pub fn self_test_in_progress(&self) -> Option<&crate::kernel::record::Record<SelfTest>> {
        self.self_tests
            .live()
            .rev()
            .find(|r| r.data.completed.is_none())
    }

    /// Finished self-tests, oldest first.
    pub fn finished_self_tests(&self) -> Vec<&crate::kernel::record::Record<SelfTest>> {
        let mut v: Vec<_> = self
            .self_tests
            .live()
            .filter(|r| r.data.completed.is_some() && r.data.score().is_some())
            .collect();
        crate::kernel::order::sort_by_key(&mut v, |r| (r.data.completed, r.id));
        v
    }

    /// A copy without customers' personal data (names, addresses, phones,
    /// e-mails, in complaints and meeting notes) or private 1:1 notes, for
    /// sharing. Stamps stay, so merging it into a copy that
    /// has the data keeps the data there (a tie goes to the fuller record).
    pub fn anonymised(&self) -> Workbook {
        let mut copy = self.clone();
        copy.complaints = blank(&copy.complaints, |c| c.customer = Default::default());
        copy.meetings = blank(&copy.meetings, |m| m.customer.clear());
        // 1:1 notes are private to the one who wrote them.
        copy.one_on_ones = blank(&copy.one_on_ones, |m| m.notes.clear());
        copy
    }

    pub fn is_empty(&self) -> bool {
        *self == Workbook::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};

    /// Two tabs: B empties the trash and saves; A, which saw those records
    /// in its trash, takes B's save in and drops them, unless it changed
    /// one since; and never drops what B simply does not have yet.
    #[test]
    fn a_trash_emptied_in_another_tab_stays_empty_here() {
        use crate::listen::complaints::Complaint;
        let at = |s: i64| Utc.timestamp_opt(1_700_000_000 + s, 0).unwrap();
        let mut a = Workbook::default();
        let kept = a.complaints.insert(Complaint::new(at(0)), at(0));
        let erased = a.complaints.insert(Complaint::new(at(1)), at(1));
        let edited = a.complaints.insert(Complaint::new(at(2)), at(2));
        a.complaints.trash(erased, at(10));
        a.complaints.trash(edited, at(10));
        let seen = a.trash_marks();
        assert_eq!(seen.len(), 2);
        let mut b = a.clone();
        assert_eq!(b.purge_trash(), 2);
        // Meanwhile A restored and trashed `edited` again (a newer stamp),
        // and trashed `kept`, which B's save never saw.
        assert!(a.restore(Part::Complaints, edited, at(20)));
        a.complaints.trash(edited, at(21));
        a.complaints.trash(kept, at(22));
        let (_, dropped) = a.merge_dropping(&b, &seen);
        assert_eq!(dropped, vec![(Part::Complaints, erased)]);
        assert!(a.complaints.get(erased).is_none(), "erased here too");
        assert!(
            a.complaints.get(edited).is_some(),
            "changed here since: kept"
        );
        assert!(
            a.complaints.get(kept).is_some(),
            "not in B's save yet: kept"
        );
        // Taking B in again changes nothing more.
        let (report, dropped) = a.merge_dropping(&b, &seen);
        assert!(dropped.is_empty());
        assert_eq!(report.changes(), 0);
        // A record B still holds is never dropped.
        let mut c = Workbook::default();
        let x = c.complaints.insert(Complaint::new(at(0)), at(0));
        c.complaints.trash(x, at(5));
        let seen = c.trash_marks();
        let same = c.clone();
        assert!(c.merge_dropping(&same, &seen).1.is_empty());
        // Nor by a plain merge, whatever the other side lacks.
        assert!(c.merge_dropping(&Workbook::default(), &[]).1.is_empty());
        c.merge_from(&Workbook::default());
        assert!(c.complaints.get(x).is_some());
    }

    #[test]
    fn the_trash_holds_every_collection_and_empties_at_once() {
        use crate::listen::complaints::Complaint;
        let at = |s: i64| Utc.timestamp_opt(1_700_000_000 + s, 0).unwrap();
        let mut wb = Workbook::default();
        let t = wb.self_tests.insert(SelfTest::default(), at(0));
        let c = wb.complaints.insert(
            Complaint {
                nature: "broken".into(),
                ..Complaint::new(at(0))
            },
            at(0),
        );
        wb.complaints.insert(Complaint::new(at(1)), at(1));
        wb.self_tests.trash(t, at(10));
        wb.complaints.trash(c, at(20));
        let trash = wb.trashed();
        assert_eq!((trash.len(), wb.trashed_count()), (2, 2));
        assert_eq!(
            (trash[0].0, trash[0].1),
            (Part::Complaints, c),
            "newest first"
        );
        assert!(wb.restore(Part::Complaints, c, at(30)));
        assert_eq!((wb.trashed().len(), wb.trashed_count()), (1, 1));
        wb.complaints.trash(c, at(40));
        assert_eq!(wb.purge_trash(), 2);
        assert!(wb.trashed().is_empty());
        assert_eq!(wb.trashed_count(), 0);
        assert!(
            wb.complaints.get(c).is_none(),
            "gone for good, personal data too"
        );
        assert_eq!(wb.complaints.len(), 1);
    }

    #[test]
    fn the_anonymised_copy_has_no_personal_data_and_merging_it_keeps_ours() {
        use crate::listen::complaints::{Complaint, Customer};
        let at = Utc.timestamp_opt(1_700_000_000, 0).unwrap();
        let mut wb = Workbook::default();
        let id = wb.complaints.insert(
            Complaint {
                nature: "broken".into(),
                customer: Customer {
                    name: "Mario Rossi".into(),
                    address: "Via Roma 1".into(),
                    phone: "+39 055 1".into(),
                    email: "m@r.it".into(),
                },
                ..Complaint::new(at)
            },
            at,
        );
        let anon = wb.anonymised();
        let json = serde_json::to_string(&anon).unwrap();
        for secret in ["Mario", "Via Roma", "+39 055 1", "m@r.it"] {
            assert!(!json.contains(secret), "{secret} leaked");
        }
        assert_eq!(anon.complaints.get(id).unwrap().data.nature, "broken");
        let mut ours = wb.clone();
        ours.merge_from(&anon);
        assert_eq!(
            ours.complaints.get(id).unwrap().data.customer.name,
            "Mario Rossi"
        );
    }

    #[test]
    fn merge_keeps_every_record_of_both_sides() {
        let at = Utc.timestamp_opt(1_700_000_000, 0).unwrap();
        let mut a = Workbook::default();
        a.self_tests.insert(SelfTest::default(), at);
        let mut b = Workbook::default();
        b.self_tests.insert(SelfTest::default(), at);
        b.self_tests.insert(SelfTest::default(), at);
        let report = a.merge_from(&b);
        assert_eq!(report.part(Part::SelfTests).added, 2);
        assert_eq!(a.self_tests.len(), 3);
        let again = a.merge_from(&b);
        assert_eq!(again.changes(), 0, "merging twice changes nothing");
    }

    /// Regression (issue 17): the preview showed 10 new records and the
    /// message after Merge said 12, because the business name and the
    /// categories the file changed were counted only in the message.
    #[test]
    fn the_preview_rows_add_up_to_what_the_merge_reports() {
        use crate::selftest::quotient::SelfTest;
        let at = |s: i64| Utc.timestamp_opt(1_700_000_000 + s, 0).unwrap();
        let mut ours = Workbook::default();
        ours.profile.set(
            Profile {
                business_name: "Ours".into(),
                example: false,
            },
            at(1),
        );
        let kept = ours.self_tests.insert(SelfTest::default(), at(1));
        let mut file = ours.clone();
        for i in 0..10 {
            file.self_tests.insert(
                SelfTest {
                    note: format!("{i}"),
                    ..SelfTest::default()
                },
                at(2),
            );
        }
        file.self_tests
            .update(kept, at(3), |t| t.note = "newer".into());
        file.profile.set(
            Profile {
                business_name: "Theirs".into(),
                example: false,
            },
            at(4),
        );
        file.categories.set(vec!["Parking".into()], at(4));
        let mut probe = ours.clone();
        let preview = probe.merge_from(&file);
        let rows = preview.rows();
        assert!(rows.contains(&(
            Changed::Setting(Setting::Profile),
            MergeCount {
                updated: 1,
                ..MergeCount::default()
            }
        )));
        assert!(rows.contains(&(
            Changed::Setting(Setting::Categories),
            MergeCount {
                added: 1,
                ..MergeCount::default()
            }
        )));
        let new: usize = rows.iter().map(|(_, c)| c.added).sum();
        let updated: usize = rows.iter().map(|(_, c)| c.updated).sum();
        assert_eq!((new, updated), (11, 2));
        assert_eq!(preview.added_updated(), (new, updated));
        assert_eq!(preview.changes(), 13);
        // The merge itself reports what the preview showed.
        assert_eq!(ours.merge_from(&file), preview);
    }

    /// Issue 17: the currency is a setting of its own, merged like the
    /// others (the newer choice wins, the business name untouched), and a
    /// value that is not a code counts as no currency.
    #[test]
    fn the_currency_merges_as_a_setting_and_only_a_code_counts() {
        let at = |s: i64| Utc.timestamp_opt(1_700_000_000 + s, 0).unwrap();
        let mut ours = Workbook::default();
        assert_eq!(ours.currency(), None, "none by default");
        ours.profile.set(
            Profile {
                business_name: "Ours".into(),
                example: false,
            },
            at(1),
        );
        ours.currency.set("CHF".into(), at(1));
        let mut theirs = Workbook::default();
        theirs.currency.set("EUR".into(), at(2));
        let report = ours.clone().merge_from(&theirs);
        assert_eq!(report.settings, vec![(Setting::Currency, true)]);
        assert_eq!(Setting::Currency.code(), "currency");
        ours.merge_from(&theirs);
        assert_eq!(
            ours.currency().map(|c| c.code().to_string()),
            Some("EUR".into())
        );
        assert_eq!(ours.profile.data.business_name, "Ours");
        assert_eq!(ours.merge_from(&theirs).changes(), 0, "idempotent");
        // An older choice does not win over a newer one.
        let mut older = Workbook::default();
        older.currency.set("TRY".into(), at(0));
        assert_eq!(ours.merge_from(&older).changes(), 0);
        // The core chunk carries it.
        let mut copy = Workbook::default();
        copy.set_core(ours.core());
        assert_eq!(copy.currency, ours.currency);
        for hostile in [
            "",
            "eur",
            "EURO",
            "<script>",
            "E\u{202e}R",
            "€",
            &"A".repeat(10_000),
        ] {
            let mut wb = Workbook::default();
            wb.currency.set(hostile.to_string(), at(3));
            assert_eq!(wb.currency(), None, "{hostile:?}");
        }
    }

    #[test]
    fn the_plan_merges_part_by_part_and_the_newer_edit_wins() {
        use crate::draft::plan::{Review, Support};
        let at = |s: i64| Utc.timestamp_opt(1_700_000_000 + s, 0).unwrap();
        let day = |d: u32| chrono::NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
        let mut a = Workbook::default();
        let mut b = Workbook::default();
        // A changed the customer profile; B, later, the support hours.
        let mut profile = a.customer.data.clone();
        profile.location = "Bologna".into();
        a.customer.set(profile, at(1));
        let mut support = Support::default();
        support.hours[6].open = true;
        b.support.set(support.clone(), at(2));
        b.reviews.insert(
            Review {
                on: day(20),
                changed: "Sunday".into(),
                next: Some(day(30)),
            },
            at(3),
        );
        let report = a.merge_from(&b);
        assert!(report.settings.iter().any(|(s, _)| *s == Setting::Support));
        assert!(!report.settings.iter().any(|(s, _)| *s == Setting::Customer));
        assert_eq!(report.part(Part::Reviews).added, 1);
        assert_eq!(a.customer.data.location, "Bologna", "ours kept");
        assert_eq!(a.support.data, support, "theirs taken");
        assert_eq!(
            a.merge_from(&b).changes(),
            0,
            "merging twice changes nothing"
        );
        // The other way round ends in the same workbook.
        let mut b2 = b.clone();
        let mut a0 = Workbook::default();
        let mut p = a0.customer.data.clone();
        p.location = "Bologna".into();
        a0.customer.set(p, at(1));
        b2.merge_from(&a0);
        assert_eq!(b2, a);
    }

    #[test]
    fn the_anonymised_copy_drops_meeting_customers_and_private_1_1_notes() {
        let at = Utc.timestamp_opt(1_760_000_000, 0).unwrap();
        let wb = crate::book::example::tests::example(crate::i18n::Lang::En, at);
        assert!(wb.meetings.live().any(|r| r.data.customer == "Anna Verdi"));
        assert!(wb.one_on_ones.live().all(|r| !r.data.notes.is_empty()));
        let anon = wb.anonymised();
        assert!(anon.meetings.live().all(|r| r.data.customer.is_empty()));
        assert!(
            anon.meetings.live().all(|r| !r.data.topics.is_empty()),
            "the rest stays"
        );
        assert!(anon
            .one_on_ones
            .live()
            .all(|r| r.data.notes.is_empty() && !r.data.actions.is_empty()));
        let json = serde_json::to_string(&anon).unwrap();
        assert!(!json.contains("Anna Verdi") && !json.contains("Luca Neri"));
    }
}
