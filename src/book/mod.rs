//! The workbook: every section's records in one struct, its file format and
//! migrations, and its storage layout. Plain Rust, no DOM.

pub mod drafts;
pub mod example;
pub mod file;
pub mod store;
pub mod workbook;
