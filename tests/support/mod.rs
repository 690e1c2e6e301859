//! What the test modules share: hostile inputs and report invariants.

pub mod adversarial;
pub mod invariants;
