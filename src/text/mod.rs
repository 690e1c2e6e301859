//! The text stage: disguised letters read as plain ones, then word tokens
//! with what surrounds them.

pub(crate) mod fold;
pub(crate) mod tokenize;
