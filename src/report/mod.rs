//! The result of an analysis: segments, prose or spam, with scores and the
//! signals behind them. Plain data; all offsets are UTF-8 byte offsets into the
//! analysed text.

pub(crate) mod assemble;
mod clean;
mod segment;

use std::ops::Range;

pub use segment::{KeywordHit, Repeat, Segment, Signals};

/// `ranges` (sorted byte ranges of `text`) in code points, in one pass.
fn char_ranges(text: &str, ranges: impl Iterator<Item = Range<usize>>) -> Vec<Range<usize>> {
    let mut bounds: Vec<usize> = ranges.flat_map(|r| [r.start, r.end]).collect();
    crate::offsets::bytes_to_chars(text, &mut bounds);
    bounds.chunks_exact(2).map(|b| b[0]..b[1]).collect()
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

    /// The spam ranges in code points (Unicode scalar values), as Python
    /// slices a `str`: the ranges of [`Report::spam_ranges`] converted in
    /// one pass over `text`, which must be the analysed text.
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "Café déjà vu, the chef said. moncler outlet moncler outlet moncler outlet cheap ugg boots";
    /// let report = spamsplit::Detector::new().analyze(text);
    /// let chars: Vec<char> = text.chars().collect();
    /// let ranges = report.spam_char_ranges(text);
    /// let by_char: String = chars[ranges[0].clone()].iter().collect();
    /// assert_eq!(by_char, &text[report.spam_ranges().next().unwrap()]);
    /// ```
    pub fn spam_char_ranges(&self, text: &str) -> Vec<Range<usize>> {
        char_ranges(text, self.spam_ranges())
    }

    /// Every segment's range in code points, in the order of
    /// [`Report::segments`], converted in one pass over `text` (the
    /// analysed text).
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "Über den Fluss. moncler outlet moncler outlet moncler outlet cheap ugg boots";
    /// let report = spamsplit::Detector::new().analyze(text);
    /// let ranges = report.char_ranges(text);
    /// assert_eq!(ranges.len(), report.segments().len());
    /// assert_eq!(ranges[0], 0..14); // "Über den Fluss": 14 characters, 15 bytes
    /// ```
    pub fn char_ranges(&self, text: &str) -> Vec<Range<usize>> {
        char_ranges(text, self.segments.iter().map(Segment::range))
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
