//! Finds SEO spam inside text and splits it from the real prose around it.
//!
//! Web text often carries keyword stuffing that someone appended or injected
//! into a real article. spamsplit returns the exact byte ranges of that spam,
//! so a corpus pipeline can keep every sentence of the article and drop only
//! the stuffing.
//!
//! ```
//! use spamsplit::Detector;
//!
//! let text = "The museum reopens on Saturday after a two-year renovation. \
//!             moncler pas cher moncler pas cher moncler outlet moncler outlet";
//! let detector = Detector::new();
//! let report = detector.analyze(text);
//! let spam: Vec<&str> = report.spam_ranges().map(|r| &text[r]).collect();
//! assert_eq!(spam, ["moncler pas cher moncler pas cher moncler outlet moncler outlet"]);
//! assert_eq!(detector.clean(text), "The museum reopens on Saturday after a two-year renovation.");
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![deny(rustdoc::broken_intra_doc_links)]
#![warn(missing_debug_implementations)]

mod assemble;
#[cfg(feature = "rayon")]
mod batch;
mod detector;
mod error;
mod evidence;
mod function_words;
mod lexicon;
mod matcher;
mod passage;
mod report;
mod score;
mod segment;
mod slots;
mod tokenize;
mod words;

pub use detector::{DEFAULT_MIN_TOKENS, DEFAULT_THRESHOLD, Detector, DetectorBuilder};
pub use error::Error;
pub use lexicon::{Category, Keyword, Lexicon};
pub use report::{KeywordHit, Label, Report, Segment, Signals};

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send_sync<T: Send + Sync + 'static>() {}

    #[test]
    fn public_types_are_send_and_sync() {
        assert_send_sync::<Detector>();
        assert_send_sync::<DetectorBuilder>();
        assert_send_sync::<Report>();
        assert_send_sync::<Segment>();
        assert_send_sync::<Error>();
        assert_send_sync::<Lexicon>();
    }
}
