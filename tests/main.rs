//! The integration tests, in one binary (as regex does): one link step,
//! and the modules share `support`.
//!
//! Tests that read `../shared` (the seed, the corpus, the dev sets) print
//! `skipped: ...` to stderr when it is absent: a clone of this repository
//! alone does not have it.

mod support;

mod adversarial;
mod api;
mod hard_negatives;
mod legit_shapes;
mod placement;
mod properties;
mod seed;
mod serialization;
mod web_spam;
