//! Share: export, import and merge, backups and their reminder, the trash,
//! and erasing a customer's personal data.

pub mod backup;
pub mod calendar;
pub mod calendar_view;
pub mod erasure;
pub mod erasure_view;
pub mod share_view;
