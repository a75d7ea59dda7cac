//! The kernel: records and their merge, bounded dates and counts, text
//! folding, the storage codec, chart geometry and the one sort. Plain Rust, no DOM; it
//! knows no section.

pub mod bounds;
pub mod chart;
pub mod codec;
pub mod count;
pub mod format;
pub mod order;
pub mod record;
pub mod text;
