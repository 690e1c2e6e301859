//! The result of an analysis: segments with labels, scores and the signals
//! behind them. Plain data; all offsets are UTF-8 byte offsets into the
//! analysed text.

pub(crate) mod assemble;
mod clean;

use std::ops::Range;

use crate::keywords::lexicon::Category;

/// Whether a segment is real prose or spam.
///
/// # Examples
///
/// ```
/// use spamsplit::{Detector, Label};
///
/// let report = Detector::new().analyze("A quiet day. cheap ugg boots outlet cheap ugg boots outlet cheap");
/// let labels: Vec<Label> = report.segments().iter().map(|s| s.label()).collect();
/// assert_eq!(labels, [Label::Prose, Label::Spam]);
/// ```
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
///
/// # Examples
///
/// ```
/// let text = "Rates held steady, the bank said. moncler outlet moncler outlet moncler outlet cheap ugg boots";
/// let report = spamsplit::Detector::new().analyze(text);
/// let spam = report.spam_segments().next().unwrap();
/// let hit = spam.signals().keywords().iter().find(|k| k.term() == "moncler").unwrap();
/// assert_eq!((hit.count(), hit.category()), (3, spamsplit::Category::Brand));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct KeywordHit {
    /// Shared with the compiled lexicon: a report does not copy its terms.
    pub(crate) term: std::sync::Arc<str>,
    pub(crate) category: Category,
    pub(crate) count: usize,
}

impl KeywordHit {
    /// The lexicon term.
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "Rates held steady, the bank said. moncler outlet moncler outlet moncler outlet cheap ugg boots";
    /// let report = spamsplit::Detector::new().analyze(text);
    /// let hit = &report.spam_segments().next().unwrap().signals().keywords()[0];
    /// let hit = report.spam_segments().next().unwrap().signals().keywords().iter().find(|k| k.term() == "moncler").unwrap();
    /// assert_eq!(hit.term(), "moncler");
    /// ```
    pub fn term(&self) -> &str {
        &self.term
    }

    /// The term's category.
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "Rates held steady, the bank said. moncler outlet moncler outlet moncler outlet cheap ugg boots";
    /// let report = spamsplit::Detector::new().analyze(text);
    /// let hit = &report.spam_segments().next().unwrap().signals().keywords()[0];
    /// let hit = report.spam_segments().next().unwrap().signals().keywords().iter().find(|k| k.term() == "moncler").unwrap();
    /// assert_eq!(hit.category(), spamsplit::Category::Brand);
    /// ```
    pub fn category(&self) -> Category {
        self.category
    }

    /// Occurrences in the segment.
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "Rates held steady, the bank said. moncler outlet moncler outlet moncler outlet cheap ugg boots";
    /// let report = spamsplit::Detector::new().analyze(text);
    /// let hit = &report.spam_segments().next().unwrap().signals().keywords()[0];
    /// let hit = report.spam_segments().next().unwrap().signals().keywords().iter().find(|k| k.term() == "moncler").unwrap();
    /// assert_eq!(hit.count(), 3);
    /// ```
    pub fn count(&self) -> usize {
        self.count
    }
}

/// The measurements behind a segment's score.
///
/// # Examples
///
/// ```
/// let text = "Rates held steady, the bank said. moncler outlet moncler outlet moncler outlet cheap ugg boots";
/// let report = spamsplit::Detector::new().analyze(text);
/// let s = report.spam_segments().next().unwrap().signals();
/// assert!(s.keyword_density() > 0.9 && s.function_words() == 0);
/// ```
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
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "Rates held steady, the bank said. moncler outlet moncler outlet moncler outlet cheap ugg boots";
    /// let report = spamsplit::Detector::new().analyze(text);
    /// let s = report.spam_segments().next().unwrap().signals();
    /// assert_eq!(s.tokens(), 9);
    /// ```
    pub fn tokens(&self) -> usize {
        self.tokens
    }

    /// Tokens covered by a lexicon term.
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "Rates held steady, the bank said. moncler outlet moncler outlet moncler outlet cheap ugg boots";
    /// let report = spamsplit::Detector::new().analyze(text);
    /// let s = report.spam_segments().next().unwrap().signals();
    /// assert_eq!(s.keyword_tokens(), 9);
    /// ```
    pub fn keyword_tokens(&self) -> usize {
        self.keyword_tokens
    }

    /// Share of tokens covered by a lexicon term, in `0.0..=1.0`.
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "Rates held steady, the bank said. moncler outlet moncler outlet moncler outlet cheap ugg boots";
    /// let report = spamsplit::Detector::new().analyze(text);
    /// let s = report.spam_segments().next().unwrap().signals();
    /// assert_eq!(s.keyword_density(), 1.0);
    /// ```
    pub fn keyword_density(&self) -> f64 {
        crate::spans::stats::ratio(self.keyword_tokens, self.tokens)
    }

    /// Tokens inside a word pair that occurs again within a short window.
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "Rates held steady, the bank said. moncler outlet moncler outlet moncler outlet cheap ugg boots";
    /// let report = spamsplit::Detector::new().analyze(text);
    /// let s = report.spam_segments().next().unwrap().signals();
    /// assert!(s.repeated_tokens() >= 6);
    /// ```
    pub fn repeated_tokens(&self) -> usize {
        self.repeated_tokens
    }

    /// Share of tokens inside locally repeated word pairs, in `0.0..=1.0`.
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "Rates held steady, the bank said. moncler outlet moncler outlet moncler outlet cheap ugg boots";
    /// let report = spamsplit::Detector::new().analyze(text);
    /// let s = report.spam_segments().next().unwrap().signals();
    /// assert!((0.5..=1.0).contains(&s.repetition()));
    /// ```
    pub fn repetition(&self) -> f64 {
        crate::spans::stats::ratio(self.repeated_tokens, self.tokens)
    }

    /// Function words (articles, pronouns, prepositions…) outside keywords.
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "Rates held steady, the bank said. moncler outlet moncler outlet moncler outlet cheap ugg boots";
    /// let report = spamsplit::Detector::new().analyze(text);
    /// let s = report.spam_segments().next().unwrap().signals();
    /// assert_eq!(s.function_words(), 0);
    /// ```
    pub fn function_words(&self) -> usize {
        self.function_words
    }

    /// Tokens followed by sentence-final punctuation.
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "Rates held steady, the bank said. moncler outlet moncler outlet moncler outlet cheap ugg boots";
    /// let report = spamsplit::Detector::new().analyze(text);
    /// let s = report.spam_segments().next().unwrap().signals();
    /// assert_eq!(s.sentence_ends(), 0);
    /// ```
    pub fn sentence_ends(&self) -> usize {
        self.sentence_ends
    }

    /// Distinct words over all words (type-token ratio), in `0.0..=1.0`.
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "Rates held steady, the bank said. moncler outlet moncler outlet moncler outlet cheap ugg boots";
    /// let report = spamsplit::Detector::new().analyze(text);
    /// let s = report.spam_segments().next().unwrap().signals();
    /// assert!(s.lexical_variety() < 0.7);
    /// ```
    pub fn lexical_variety(&self) -> f64 {
        crate::spans::stats::ratio(self.distinct_tokens, self.tokens)
    }

    /// The lexicon terms found, most frequent first.
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "Rates held steady, the bank said. moncler outlet moncler outlet moncler outlet cheap ugg boots";
    /// let report = spamsplit::Detector::new().analyze(text);
    /// let s = report.spam_segments().next().unwrap().signals();
    /// assert!(s.keywords().iter().any(|k| k.term() == "outlet"));
    /// ```
    pub fn keywords(&self) -> &[KeywordHit] {
        &self.keywords
    }

    /// The most repeated words of the segment with their counts, most
    /// frequent first (at most five; only words seen more than once).
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "Rates held steady, the bank said. moncler outlet moncler outlet moncler outlet cheap ugg boots";
    /// let report = spamsplit::Detector::new().analyze(text);
    /// let s = report.spam_segments().next().unwrap().signals();
    /// assert_eq!(s.top_repeats()[0], ("moncler".to_string(), 3));
    /// ```
    pub fn top_repeats(&self) -> &[(String, usize)] {
        &self.top_repeats
    }
}

/// A labelled stretch of the text.
///
/// # Examples
///
/// ```
/// let text = "Rates held steady, the bank said. moncler outlet moncler outlet moncler outlet cheap ugg boots";
/// let report = spamsplit::Detector::new().analyze(text);
/// let seg = report.spam_segments().next().unwrap();
/// assert_eq!(&text[seg.range()], "moncler outlet moncler outlet moncler outlet cheap ugg boots");
/// ```
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
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "Rates held steady, the bank said. moncler outlet moncler outlet moncler outlet cheap ugg boots";
    /// let report = spamsplit::Detector::new().analyze(text);
    /// let seg = report.spam_segments().next().unwrap();
    /// assert_eq!(seg.start(), text.find("moncler").unwrap());
    /// ```
    pub fn start(&self) -> usize {
        self.start
    }

    /// Byte offset one past the last byte.
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "Rates held steady, the bank said. moncler outlet moncler outlet moncler outlet cheap ugg boots";
    /// let report = spamsplit::Detector::new().analyze(text);
    /// let seg = report.spam_segments().next().unwrap();
    /// assert_eq!(seg.end(), text.len());
    /// ```
    pub fn end(&self) -> usize {
        self.end
    }

    /// `start()..end()`, ready to slice the analysed text with.
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "Rates held steady, the bank said. moncler outlet moncler outlet moncler outlet cheap ugg boots";
    /// let report = spamsplit::Detector::new().analyze(text);
    /// let seg = report.spam_segments().next().unwrap();
    /// assert!(text[seg.range()].starts_with("moncler outlet"));
    /// ```
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// Prose or spam.
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "Rates held steady, the bank said. moncler outlet moncler outlet moncler outlet cheap ugg boots";
    /// let report = spamsplit::Detector::new().analyze(text);
    /// let seg = report.spam_segments().next().unwrap();
    /// assert_eq!(seg.label(), spamsplit::Label::Spam);
    /// ```
    pub fn label(&self) -> Label {
        self.label
    }

    /// True for a spam segment.
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "Rates held steady, the bank said. moncler outlet moncler outlet moncler outlet cheap ugg boots";
    /// let report = spamsplit::Detector::new().analyze(text);
    /// let seg = report.spam_segments().next().unwrap();
    /// assert!(seg.is_spam() && !report.segments()[0].is_spam());
    /// ```
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "Rates held steady, the bank said. moncler outlet moncler outlet moncler outlet cheap ugg boots";
    /// let report = spamsplit::Detector::new().analyze(text);
    /// assert!(report.is_spam());
    /// assert!(!spamsplit::Detector::new().analyze("Rates held steady.").is_spam());
    /// ```
    pub fn is_spam(&self) -> bool {
        self.label == Label::Spam
    }

    /// Spam score in `0.0..=1.0`. Spam segments score at least the
    /// detector's threshold; prose segments score below it.
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "Rates held steady, the bank said. moncler outlet moncler outlet moncler outlet cheap ugg boots";
    /// let report = spamsplit::Detector::new().analyze(text);
    /// let seg = report.spam_segments().next().unwrap();
    /// assert!(seg.score() >= spamsplit::DEFAULT_THRESHOLD);
    /// ```
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "Rates held steady, the bank said. moncler outlet moncler outlet moncler outlet cheap ugg boots";
    /// let report = spamsplit::Detector::new().analyze(text);
    /// assert!(report.score() >= 0.5 && report.score() <= 1.0);
    /// ```
    pub fn score(&self) -> f64 {
        self.score
    }

    /// The measurements behind the score.
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "Rates held steady, the bank said. moncler outlet moncler outlet moncler outlet cheap ugg boots";
    /// let report = spamsplit::Detector::new().analyze(text);
    /// let seg = report.spam_segments().next().unwrap();
    /// assert_eq!(seg.signals().tokens(), 9);
    /// ```
    pub fn signals(&self) -> &Signals {
        &self.signals
    }
}

/// What [`Detector::analyze`](crate::Detector::analyze) found in one text.
///
/// Segments are sorted by offset and never overlap; whitespace between them
/// belongs to none. Every offset lies on a `char` boundary of the text.
///
/// # Examples
///
/// ```
/// let text = "Rates held steady, the bank said. moncler outlet moncler outlet moncler outlet cheap ugg boots";
/// let report = spamsplit::Detector::new().analyze(text);
/// assert!(report.is_spam());
/// assert_eq!(report.segments().len(), 2);
/// assert_eq!(report.clean(text), "Rates held steady, the bank said.");
/// ```
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Report {
    pub(crate) len: usize,
    pub(crate) segments: Vec<Segment>,
}

impl Report {
    /// The report of one window of a longer text, to be joined by
    /// [`Report::join`].
    pub(crate) fn new(len: usize, segments: Vec<Segment>) -> Report {
        Report { len, segments }
    }

    /// The report of a text analysed in windows: `parts` with the offsets
    /// where they start, in order, covering a text of `len` bytes.
    pub(crate) fn join(len: usize, parts: impl IntoIterator<Item = (usize, Report)>) -> Report {
        let mut segments = Vec::new();
        for (from, part) in parts {
            segments.extend(part.segments.into_iter().map(|mut seg| {
                seg.start += from;
                seg.end += from;
                seg
            }));
        }
        Report { len, segments }
    }

    /// Moves every segment to the offsets `origin` gives for its ends, for
    /// a report made on a folded copy of a text of `len` bytes.
    pub(crate) fn map_offsets(&mut self, len: usize, origin: impl Fn(usize) -> usize) {
        self.len = len;
        for seg in &mut self.segments {
            seg.start = origin(seg.start);
            seg.end = origin(seg.end);
        }
    }

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
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "Rates held steady, the bank said. moncler outlet moncler outlet moncler outlet cheap ugg boots";
    /// let report = spamsplit::Detector::new().analyze(text);
    /// assert_eq!(report.spam_segments().count(), 1);
    /// ```
    pub fn spam_segments(&self) -> impl Iterator<Item = &Segment> + '_ {
        self.segments.iter().filter(|s| s.is_spam())
    }

    /// Every segment, prose and spam, in text order.
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "Rates held steady, the bank said. moncler outlet moncler outlet moncler outlet cheap ugg boots";
    /// let report = spamsplit::Detector::new().analyze(text);
    /// assert_eq!(&text[report.segments()[0].range()], "Rates held steady, the bank said");
    /// ```
    pub fn segments(&self) -> &[Segment] {
        &self.segments
    }

    /// True when any spam was found.
    ///
    /// # Examples
    ///
    /// ```
    /// let d = spamsplit::Detector::new();
    /// assert!(d.analyze("Hi. moncler outlet moncler outlet moncler outlet").is_spam());
    /// assert!(!d.analyze("Rates held steady.").is_spam());
    /// ```
    pub fn is_spam(&self) -> bool {
        self.segments.iter().any(Segment::is_spam)
    }

    /// The highest segment score, in `0.0..=1.0` (0.0 for an empty text).
    /// At or above the detector's threshold exactly when [`Report::is_spam`]
    /// (for a threshold above 0: at 0 every score reaches it).
    ///
    /// # Examples
    ///
    /// ```
    /// let d = spamsplit::Detector::new();
    /// let spam = d.analyze("Hi. moncler outlet moncler outlet moncler outlet");
    /// let prose = d.analyze("Rates held steady, the bank said.");
    /// assert!(spam.score() >= d.threshold() && prose.score() < d.threshold());
    /// assert_eq!(d.analyze("").score(), 0.0);
    /// ```
    pub fn score(&self) -> f64 {
        self.segments.iter().map(|s| s.score).fold(0.0, f64::max)
    }

    /// Bytes inside spam segments.
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "Rates held steady, the bank said. moncler outlet moncler outlet moncler outlet cheap ugg boots";
    /// let report = spamsplit::Detector::new().analyze(text);
    /// assert_eq!(report.spam_bytes(), text.len() - text.find("moncler").unwrap());
    /// ```
    pub fn spam_bytes(&self) -> usize {
        self.spam_ranges().map(|r| r.len()).sum()
    }

    /// Length in bytes of the analysed text.
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "Rates held steady, the bank said. moncler outlet moncler outlet moncler outlet cheap ugg boots";
    /// let report = spamsplit::Detector::new().analyze(text);
    /// assert_eq!(report.text_len(), text.len());
    /// ```
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
        clean::remove_ranges(text, self.spam_ranges())
    }
}
