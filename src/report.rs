//! The result of an analysis: segments with labels, scores and the signals
//! behind them. Plain data; all offsets are UTF-8 byte offsets into the
//! analysed text.

use std::ops::Range;

use crate::lexicon::Category;

/// Whether a segment is real prose or spam.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum Label {
    /// Text to keep.
    Prose,
    /// Text to drop.
    Spam,
}

/// A lexicon term found in a segment, with how often it occurred.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct KeywordHit {
    pub(crate) term: String,
    pub(crate) category: Category,
    pub(crate) count: usize,
}

impl KeywordHit {
    /// The lexicon term.
    pub fn term(&self) -> &str {
        &self.term
    }

    /// The term's category.
    pub fn category(&self) -> Category {
        self.category
    }

    /// Occurrences in the segment.
    pub fn count(&self) -> usize {
        self.count
    }
}

/// The measurements behind a segment's score.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Signals {
    pub(crate) tokens: usize,
    pub(crate) keyword_tokens: usize,
    pub(crate) repeated_tokens: usize,
    pub(crate) function_words: usize,
    pub(crate) sentence_ends: usize,
    pub(crate) distinct_tokens: usize,
    pub(crate) keywords: Vec<KeywordHit>,
    pub(crate) top_repeats: Vec<(String, usize)>,
}

impl Signals {
    /// Word tokens in the segment.
    pub fn tokens(&self) -> usize {
        self.tokens
    }

    /// Tokens covered by a lexicon term.
    pub fn keyword_tokens(&self) -> usize {
        self.keyword_tokens
    }

    /// Share of tokens covered by a lexicon term, in `0.0..=1.0`.
    pub fn keyword_density(&self) -> f64 {
        ratio(self.keyword_tokens, self.tokens)
    }

    /// Tokens inside a word pair that occurs again within a short window.
    pub fn repeated_tokens(&self) -> usize {
        self.repeated_tokens
    }

    /// Share of tokens inside locally repeated word pairs, in `0.0..=1.0`.
    pub fn repetition(&self) -> f64 {
        ratio(self.repeated_tokens, self.tokens)
    }

    /// Function words (articles, pronouns, prepositions…) outside keywords.
    pub fn function_words(&self) -> usize {
        self.function_words
    }

    /// Tokens followed by sentence-final punctuation.
    pub fn sentence_ends(&self) -> usize {
        self.sentence_ends
    }

    /// Distinct words over all words (type-token ratio), in `0.0..=1.0`.
    pub fn lexical_variety(&self) -> f64 {
        ratio(self.distinct_tokens, self.tokens)
    }

    /// The lexicon terms found, most frequent first.
    pub fn keywords(&self) -> &[KeywordHit] {
        &self.keywords
    }

    /// The most repeated words of the segment with their counts, most
    /// frequent first (at most five; only words seen more than once).
    pub fn top_repeats(&self) -> &[(String, usize)] {
        &self.top_repeats
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// A labelled stretch of the text.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Segment {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) label: Label,
    pub(crate) score: f64,
    pub(crate) signals: Signals,
}

impl Segment {
    /// Byte offset of the first byte.
    pub fn start(&self) -> usize {
        self.start
    }

    /// Byte offset one past the last byte.
    pub fn end(&self) -> usize {
        self.end
    }

    /// `start()..end()`, ready to slice the analysed text with.
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// Prose or spam.
    pub fn label(&self) -> Label {
        self.label
    }

    /// True for a spam segment.
    pub fn is_spam(&self) -> bool {
        self.label == Label::Spam
    }

    /// Spam score in `0.0..=1.0`. Spam segments score at least the
    /// detector's threshold; prose segments score below it.
    pub fn score(&self) -> f64 {
        self.score
    }

    /// The measurements behind the score.
    pub fn signals(&self) -> &Signals {
        &self.signals
    }
}

/// What [`Detector::analyze`](crate::Detector::analyze) found in one text.
///
/// Segments are sorted by offset and never overlap; whitespace between them
/// belongs to none. Every offset lies on a `char` boundary of the text.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Report {
    pub(crate) len: usize,
    pub(crate) segments: Vec<Segment>,
}

impl Report {
    /// The byte ranges of spam, sorted and disjoint.
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "The council met on Monday and approved the budget. \
    ///             cheap moncler outlet cheap moncler outlet cheap moncler outlet";
    /// let report = spamsplit::Detector::new().analyze(text);
    /// let spans: Vec<_> = report.spam_ranges().collect();
    /// assert_eq!(spans.len(), 1);
    /// assert!(text[spans[0].clone()].starts_with("cheap moncler"));
    /// ```
    pub fn spam_ranges(&self) -> impl Iterator<Item = Range<usize>> + '_ {
        self.spam_segments().map(Segment::range)
    }

    /// The spam segments.
    pub fn spam_segments(&self) -> impl Iterator<Item = &Segment> + '_ {
        self.segments.iter().filter(|s| s.is_spam())
    }

    /// Every segment, prose and spam, in text order.
    pub fn segments(&self) -> &[Segment] {
        &self.segments
    }

    /// True when any spam was found.
    pub fn is_spam(&self) -> bool {
        self.segments.iter().any(Segment::is_spam)
    }

    /// The highest segment score, in `0.0..=1.0` (0.0 for an empty text).
    /// At or above the detector's threshold exactly when [`Report::is_spam`].
    pub fn score(&self) -> f64 {
        self.segments.iter().map(|s| s.score).fold(0.0, f64::max)
    }

    /// Bytes inside spam segments.
    pub fn spam_bytes(&self) -> usize {
        self.spam_ranges().map(|r| r.len()).sum()
    }

    /// Length in bytes of the analysed text.
    pub fn text_len(&self) -> usize {
        self.len
    }

    /// `text` with this report's spam removed, as
    /// [`Detector::clean`](crate::Detector::clean) does, without analysing it
    /// again. `text` must be the analysed text; any other text (one whose
    /// length or char boundaries do not fit the report) comes back unchanged.
    ///
    /// # Examples
    ///
    /// ```
    /// let d = spamsplit::Detector::new();
    /// let text = "Markets closed higher. cheap ugg boots outlet cheap ugg boots outlet cheap ugg boots";
    /// let report = d.analyze(text);
    /// assert_eq!(report.clean(text), "Markets closed higher.");
    /// assert_eq!(report.clean("something else"), "something else");
    /// ```
    pub fn clean(&self, text: &str) -> String {
        let fits = text.len() == self.len && self.spam_ranges().all(|r| text.get(r).is_some());
        if !fits {
            return text.to_string();
        }
        crate::detector::remove_ranges(text, self.spam_ranges())
    }
}
