//! Finds SEO spam inside text and splits it from the real prose around it.
//!
//! Web text often carries keyword stuffing that someone appended or injected
//! into a real article. spamsplit returns the exact byte ranges of that spam,
//! so a corpus pipeline can keep every sentence of the article and drop only
//! the stuffing — wherever it sits, in any language, with no model download.
//!
//! # Overview
//!
//! - [`Detector`]: built once (embedded lexicon and tuned thresholds, or your
//!   own through [`DetectorBuilder`]), then shared by any number of threads.
//!   [`Detector::analyze`] never fails; [`Detector::clean`] returns the prose.
//! - [`Report`]: the [`Segment`]s of a text, prose and spam, each with a score
//!   and the [`Signals`] behind it (matched [`KeywordHit`]s, repetition,
//!   marks of prose).
//! - [`Lexicon`]: the commercial terms, by [`Category`]; the built-in one
//!   covers brands and shop, pharmacy, gambling and counterfeit words in a
//!   dozen languages, and you can add or replace terms, also from files.
//! - [`Error`]: bad configuration and bad bytes.
//!
//! # Example: detect
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
//! assert!(report.score() >= detector.threshold());
//! ```
//!
//! # Example: clean
//!
//! ```
//! let detector = spamsplit::Detector::new();
//! let text = "cheap ugg boots outlet cheap ugg boots outlet cheap ugg boots outlet\n\n\
//!             The ferry runs again from Monday, the port said.\n";
//! assert_eq!(detector.clean(text), "The ferry runs again from Monday, the port said.\n");
//! ```
//!
//! # Example: custom lexicon
//!
//! ```
//! use spamsplit::{Category, Detector, Lexicon};
//!
//! // Your own terms instead of the built-in ones...
//! let lexicon = Lexicon::parse("[brand]\nzentrix\n[commerce]\nbest price\n")?;
//! let detector = Detector::builder().lexicon(lexicon).build()?;
//! let text = "Rain today. zentrix best price zentrix best price zentrix best price";
//! assert!(detector.analyze(text).is_spam());
//!
//! // ...or the built-in ones plus yours.
//! let detector = Detector::builder().extra_keywords(["zentrix best price"]).build()?;
//! assert!(detector.is_spam(text));
//! # Ok::<(), spamsplit::Error>(())
//! ```
//!
//! # Example: batch
//!
//! With the `rayon` feature, `Detector::analyze_batch` analyses many texts
//! on all cores and keeps their order:
//!
//! ```
//! # #[cfg(feature = "rayon")] {
//! let detector = spamsplit::Detector::new();
//! let rows = ["A calm day in the city.", "payday loans online casino free spins buy viagra online"];
//! let reports = detector.analyze_batch(&rows);
//! assert_eq!(reports.iter().map(|r| r.is_spam()).collect::<Vec<_>>(), [false, true]);
//! # }
//! ```
//!
//! # How scoring works
//!
//! 1. **Tokens.** Words with byte offsets (UAX #29 rules; Han and kana are one
//!    token per character), each with what surrounds it: sentence-final
//!    punctuation, commas, line breaks, list separators, currency signs.
//! 2. **Token evidence** `e(t)`, a log-odds-like number, positive for spam:
//!    the sum of the rows that apply (keywords and repeated phrases are not
//!    read as grammar; a keyword token keeps the base of a word; an address
//!    without a keyword is 0):
//!
//!    | evidence of a token | weight |
//!    |---|---|
//!    | every token, to start | −0.3 |
//!    | a Han or kana character, to start | −0.1 |
//!    | a brand name | +1.3 |
//!    | a product noun | +0.5 |
//!    | a shop word | +1.5 |
//!    | a vice term | +2.2 |
//!    | a brand or product within 3 tokens of a shop word | +0.8 more |
//!    | a word pair seen 3 times, each within 32 tokens of the last | +1.4 |
//!    | the same pair of Han or kana | +0.4 |
//!    | a phrase of up to 8 words said three times back to back | +1.8 |
//!    | a word repeated within 4 tokens | +0.7 |
//!    | a function word | −1.6 |
//!    | a hiragana character | −0.35 |
//!    | a full stop after it | −2.0 |
//!    | a comma, semicolon or colon after it | −0.5 |
//!    | a number | −0.3 |
//!    | a price | −1.5 |
//!
//! 3. **Segmentation.** A two-state Viterbi pass labels each token prose or
//!    spam, maximising the summed evidence of spam tokens and paying 3.0 for
//!    each change of state (1.5 at either end of the text). Spans can
//!    therefore start right after a full stop on the same line.
//! 4. **Span score** in `0.0..=1.0`:
//!    `σ(−2 + 2.5·k + 1.5·s + 3·r − 6·f − 8·e − 8·p − 3·c + min(0.3·ln n, 1.2))`
//!    where `n` is the span's tokens and `k`, `s`, `r`, `f`, `e`, `p`, `c` the
//!    shares of tokens that are keywords, strong keywords, repeated, function
//!    words, sentence ends, prices and commas.
//! 5. **Evidence gate.** A span also needs real evidence: 3 keyword hits
//!    with 3 strong tokens (twice the hits where a full stop falls inside and
//!    no word repeats), or — for words no lexicon knows — phrases
//!    repeated back to back, or pairs repeated with few distinct words and no
//!    grammar. A song's refrain, a duplicated caption or a results table do
//!    not pass it.
//! 6. **Spun text.** A sentence-level pass weighs pharmacy, gambling and
//!    counterfeit terms (and brand + shop pairs) against sentence length, to
//!    catch grammatical spam; its spans yield to the token model's where both
//!    speak.
//! 7. **Foreign passages.** Runs of at least 2 sentences and 30 words in
//!    another language (by function words) or script than the rest of the
//!    text, with 3 keyword hits or more, are spam: brand-copy posts
//!    injected into an article of another language.
//! 8. **Disguised letters.** Mathematical bold and script letters,
//!    fullwidth forms, circled and squared letters are read as the plain
//!    letters they imitate before any of this; spans are mapped back to the
//!    text's own bytes.
//! 9. **Whole units.** The comments of a comment section (author line, date
//!    line, body), the paragraphs of other text, and a short text (up to 400
//!    words) as a whole are weighed by their payload (vice terms, keywords in
//!    links, links and their shapes, HTML and BBCode anchors, phone numbers
//!    and the words of a support line, bot noise strings, gambling-site
//!    names, disguised letters; calls to action, sales pitch and stock praise
//!    beside them) against a cost of 1.0
//!    (2.0 for a paragraph of a longer text, where links are citations) plus
//!    0.05 per word for the first 60 words and 0.02 after. A unit that passes
//!    is spam as a whole, but prose with stuffing appended keeps its prose.
//!    Links are a payload only beside words that sell, and vice terms only
//!    beside something to buy: a link that cites and a story about casinos
//!    stay prose.
//!
//! A span is spam when its score reaches the threshold (default
//! [`DEFAULT_THRESHOLD`] = 0.5) and it passes the gate. [`Report::score`] is
//! the highest segment score; prose segments always score below the
//! threshold, so (for any threshold above 0) `report.score() >= threshold`
//! exactly when `report.is_spam()`. Raise the threshold for fewer, surer spans.
//!
//! # Crate features
//!
//! - `serde`: `Serialize` and `Deserialize` for [`Report`] and everything in
//!   it, and for [`Category`].
//! - `rayon`: `Detector::analyze_batch`, many texts on all cores.
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![deny(rustdoc::broken_intra_doc_links)]
#![warn(missing_debug_implementations)]

mod detector;
mod error;
mod evidence;
mod keywords;
mod model;
pub mod offsets;
mod pipeline;
mod report;
mod spans;
mod text;

pub use detector::{DEFAULT_MIN_TOKENS, DEFAULT_THRESHOLD, Detector, DetectorBuilder};
pub use error::Error;
pub use keywords::lexicon::{Category, Keyword, Lexicon};
pub use report::{KeywordHit, Repeat, Report, Segment, Signals};

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
