//! The text stage: disguised letters read as plain ones, then word tokens
//! with what surrounds them.

pub(crate) mod fold;
pub(crate) mod tokenize;

/// The char boundary at or before byte `at` of `text` (its end past it).
pub(crate) fn floor_char_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}
