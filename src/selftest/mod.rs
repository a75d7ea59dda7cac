//! Self-test: the customer service quotient, taken, scored and compared.

pub mod quotient;
pub mod quotient_view;
