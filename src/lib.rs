//! Servicebook: build, run and improve a customer service plan, in the browser.
//!
//! Each section the user sees has its own folder, with its model (plain
//! Rust, no DOM) beside its screens (`*_view.rs`). The kernel and the book
//! below them never touch the DOM; the app shell above them does. See
//! ARCHITECTURE.md.

pub mod app;
pub mod book;
pub mod draft;
pub mod i18n;
pub mod kernel;
pub mod listen;
pub mod run;
pub mod selftest;
pub mod share;
pub mod sync;

/// The app's version, written into exported files and the manifest.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");
