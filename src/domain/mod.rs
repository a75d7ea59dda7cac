//! The domain: plain Rust with no DOM access, tested natively.

pub mod backup;
pub mod bounds;
pub mod chart;
pub mod codec;
pub mod complaint;
pub mod count;
pub mod document;
pub mod draft;
pub mod erasure;
pub mod example;
pub mod file;
pub mod listening;
pub mod plan;
pub mod policy;
pub mod problems;
pub mod record;
pub mod selftest;
pub mod sop;
pub mod store;
pub mod team;
pub mod text;
pub mod workbook;
