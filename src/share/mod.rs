//! Share: export, import and merge, backups and their reminder, the trash,
//! erasing a customer's personal data, and sync with the team's server.

pub mod backup;
pub mod calendar;
pub mod calendar_view;
pub mod erasure;
pub mod erasure_view;
pub mod share_view;
pub mod sync_view;
