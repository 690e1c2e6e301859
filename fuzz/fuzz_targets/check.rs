// The fuzz targets check the same invariants as the test suites.
#[path = "../../tests/support/invariants.rs"]
mod invariants;

pub use invariants::check;
