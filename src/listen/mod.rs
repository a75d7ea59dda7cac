//! Listen: the complaint log, the other inputs (surveys, operational and
//! supplier figures) and the top three problems.

pub mod complaints;
pub mod complaints_view;
pub mod inputs;
pub mod inputs_view;
pub mod problems;
pub mod problems_view;
pub mod spreadsheet;
pub mod spreadsheet_view;
