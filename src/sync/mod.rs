//! Sync: the workbook shared through the team's own Apache CouchDB
//! database. Plain Rust, no DOM: the documents (doc), their revisions
//! (rev) and the replication engine (engine), driven by the app through a
//! transport. See docs/sync.md.

pub mod doc;
pub mod engine;
pub mod rev;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod fake;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
