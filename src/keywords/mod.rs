//! The keyword stage: the lexicon of commercial terms, the function words
//! of many languages, one table that says of a word which it is, and the
//! search for terms in a text's tokens.

pub(crate) mod cues;
pub(crate) mod function_words;
pub(crate) mod hashers;
pub(crate) mod lexicon;
pub(crate) mod matcher;
mod term_trie;
pub(crate) mod words;
