//! What a report says of each stretch of the text: where it is, prose or
//! spam, its score and the signals behind it.

use std::ops::Range;

use crate::keywords::lexicon::Keyword;

/// A lexicon term found in a segment, with how often it occurred.
///
/// # Examples
///
/// ```
/// let text = "Rates held steady, the bank said. moncler outlet moncler outlet moncler outlet cheap ugg boots";
/// let report = spamsplit::Detector::new().analyze(text);
/// let spam = report.spam_segments().next().unwrap();
/// let hit = spam.signals().keywords().iter().find(|k| k.keyword().term() == "moncler").unwrap();
/// assert_eq!((hit.count(), hit.keyword().category()), (3, spamsplit::Category::Brand));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct KeywordHit {
    /// Shared with the compiled lexicon: a report does not copy its terms.
    #[cfg_attr(feature = "serde", serde(flatten))]
    pub(crate) keyword: Keyword,
    pub(crate) count: usize,
}

impl KeywordHit {
    /// The lexicon entry: its term and category.
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "Rates held steady, the bank said. moncler outlet moncler outlet moncler outlet cheap ugg boots";
    /// let report = spamsplit::Detector::new().analyze(text);
    /// let keywords = report.spam_segments().next().unwrap().signals().keywords();
    /// assert!(keywords.iter().any(|k| k.keyword().term() == "moncler"));
    /// ```
    pub fn keyword(&self) -> &Keyword {
        &self.keyword
    }

    /// Occurrences in the segment.
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "Rates held steady, the bank said. moncler outlet moncler outlet moncler outlet cheap ugg boots";
    /// let report = spamsplit::Detector::new().analyze(text);
    /// let keywords = report.spam_segments().next().unwrap().signals().keywords();
    /// let hit = keywords.iter().find(|k| k.keyword().term() == "moncler").unwrap();
    /// assert_eq!(hit.count(), 3);
    /// ```
    pub fn count(&self) -> usize {
        self.count
    }
}

/// A word said more than once in a spam segment, with how often.
///
/// # Examples
///
/// ```
/// let text = "Rates held steady, the bank said. moncler outlet moncler outlet moncler outlet cheap ugg boots";
/// let report = spamsplit::Detector::new().analyze(text);
/// let top = &report.spam_segments().next().unwrap().signals().top_repeats()[0];
/// assert_eq!((top.word(), top.count()), ("moncler", 3));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Repeat {
    pub(crate) word: String,
    pub(crate) count: usize,
}

impl Repeat {
    /// The word, lower-cased.
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "Rates held steady, the bank said. moncler outlet moncler outlet moncler outlet cheap ugg boots";
    /// let report = spamsplit::Detector::new().analyze(text);
    /// assert_eq!(report.spam_segments().next().unwrap().signals().top_repeats()[0].word(), "moncler");
    /// ```
    pub fn word(&self) -> &str {
        &self.word
    }

    /// Its occurrences in the segment.
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "Rates held steady, the bank said. moncler outlet moncler outlet moncler outlet cheap ugg boots";
    /// let report = spamsplit::Detector::new().analyze(text);
    /// assert_eq!(report.spam_segments().next().unwrap().signals().top_repeats()[0].count(), 3);
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
    pub(crate) top_repeats: Vec<Repeat>,
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
    /// assert!(s.keywords().iter().any(|k| k.keyword().term() == "outlet"));
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
    /// assert_eq!(s.top_repeats()[0].word(), "moncler");
    /// ```
    pub fn top_repeats(&self) -> &[Repeat] {
        &self.top_repeats
    }
}

/// A stretch of the text, prose or spam.
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
    pub(crate) is_spam: bool,
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
    pub fn is_spam(&self) -> bool {
        self.is_spam
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
    /// assert!(report.segments()[0].score() < spamsplit::DEFAULT_THRESHOLD);
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
