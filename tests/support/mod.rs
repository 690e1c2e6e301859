//! What the test modules share: hostile inputs, report invariants, and how
//! to run the examples.

pub mod adversarial;
pub mod examples;
pub mod invariants;
