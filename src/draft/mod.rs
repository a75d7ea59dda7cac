//! Draft: the vision workshop and goals, the seven policy points, the rest
//! of the plan, and the printable policy document.

pub mod customer_page;
pub mod document;
pub mod plan;
pub mod plan_view;
pub mod policy;
pub mod vision;
pub mod vision_view;
