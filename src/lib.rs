//! Servicebook: build, run and improve a customer service plan, in the browser.

pub mod backup_file;
pub mod domain;
pub mod format;
pub mod i18n;

/// The app's version, written into exported files and the manifest.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");
pub mod ui;
pub mod web;
