//! Run: procedures and their flowcharts, customer meeting notes, the service
//! checklist, and the team (pulse surveys, 1:1s, eNPS).

pub mod checklist;
pub mod checklist_view;
pub mod meetings;
pub mod meetings_view;
pub mod procedures;
pub mod procedures_view;
pub mod team;
pub mod team_view;
