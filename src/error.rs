//! The crate's one error type.

use thiserror::Error as ThisError;

/// Everything that can go wrong in spamsplit.
///
/// Errors come from configuration (a bad threshold, an empty keyword, a lexicon
/// file that does not parse) or from bytes that are not UTF-8. Analysing a
/// `&str` never fails.
///
/// **This enum is `#[non_exhaustive]`**: new variants may be added in a minor
/// release, so match it with a wildcard arm.
///
/// # Examples
///
/// ```
/// use spamsplit::{Detector, Error};
///
/// let err = Detector::builder().threshold(1.5).build().unwrap_err();
/// assert_eq!(err, Error::InvalidThreshold(1.5));
/// assert_eq!(err.to_string(), "threshold must be within 0.0..=1.0, got 1.5");
/// ```
#[derive(Debug, Clone, PartialEq, ThisError)]
#[non_exhaustive]
pub enum Error {
    /// The spam threshold was outside `0.0..=1.0` or not a number.
    #[error("threshold must be within 0.0..=1.0, got {0}")]
    InvalidThreshold(f64),

    /// The minimum span size was zero.
    #[error("minimum span size must be at least 1 token, got {0}")]
    InvalidMinTokens(usize),

    /// A keyword was empty, only whitespace, or had no letters or digits.
    #[error("keyword {index} ({keyword:?}) has no letters or digits")]
    InvalidKeyword {
        /// Position of the keyword in the list it came from (0-based).
        index: usize,
        /// The keyword as given.
        keyword: String,
    },

    /// A keyword was longer than any term a matcher can sensibly hold
    /// (a pasted paragraph, not a term).
    #[error("keyword {index} is {bytes} bytes long; a term has at most {max} bytes")]
    KeywordTooLong {
        /// Position of the keyword in the list it came from (0-based).
        index: usize,
        /// Its length in bytes, trimmed.
        bytes: usize,
        /// The longest term accepted, in bytes.
        max: usize,
    },

    /// The lexicon held no keyword at all.
    #[error("the lexicon is empty: give at least one keyword")]
    EmptyLexicon,

    /// A category name that is none of `brand`, `product`, `commerce`, `vice`.
    #[error("unknown category {0:?} (expected brand, product, commerce or vice)")]
    UnknownCategory(String),

    /// A line of a lexicon file could not be read.
    #[error("{}line {line}: {reason}", path.as_ref().map_or("lexicon ".to_string(), |p| format!("lexicon file {p}, ")))]
    LexiconSyntax {
        /// The file, when the lexicon was read from one.
        path: Option<String>,
        /// 1-based line number.
        line: usize,
        /// What was wrong with it.
        reason: String,
    },

    /// Reading a lexicon file failed.
    #[error("cannot read lexicon file {path}: {reason}")]
    LexiconIo {
        /// The path as given.
        path: String,
        /// The operating system's message.
        reason: String,
    },

    /// The keyword automaton could not be built (too many or too long patterns).
    #[error("cannot build the keyword matcher: {0}")]
    Automaton(String),

    /// Input bytes were not valid UTF-8.
    #[error("invalid UTF-8 at byte offset {offset}")]
    InvalidUtf8 {
        /// Byte offset of the first byte that is not part of a valid sequence.
        offset: usize,
    },
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_are_lower_case_without_trailing_period() {
        let all = [
            Error::InvalidThreshold(2.0),
            Error::InvalidMinTokens(0),
            Error::InvalidKeyword {
                index: 3,
                keyword: " ".into(),
            },
            Error::EmptyLexicon,
            Error::LexiconSyntax {
                path: None,
                line: 2,
                reason: "unknown section [x]".into(),
            },
            Error::KeywordTooLong {
                index: 1,
                bytes: 9000,
                max: 256,
            },
            Error::Automaton("too big".into()),
            Error::InvalidUtf8 { offset: 7 },
        ];
        for e in all {
            let m = e.to_string();
            assert!(m.chars().next().unwrap().is_lowercase(), "{m}");
            assert!(!m.ends_with('.'), "{m}");
        }
    }

    #[test]
    fn utf8_error_names_the_offset() {
        assert_eq!(
            Error::InvalidUtf8 { offset: 12 }.to_string(),
            "invalid UTF-8 at byte offset 12"
        );
    }
}
