//! The detector: a compiled configuration shared by every thread, and
//! the calls that analyse text with it.

#[cfg(feature = "rayon")]
mod batch;
mod builder;
mod pool;
mod windows;

pub use builder::DetectorBuilder;

use crate::error::Error;
use crate::pipeline::{self, Model, Scratch};
use crate::report::Report;
use crate::text::fold::{self, Disguises};
use pool::Pool;

/// Default for [`DetectorBuilder::threshold`].
///
/// # Examples
///
/// ```
/// assert_eq!(spamsplit::Detector::new().threshold(), spamsplit::DEFAULT_THRESHOLD);
/// ```
pub const DEFAULT_THRESHOLD: f64 = crate::model::DEFAULT_THRESHOLD;
/// Default for [`DetectorBuilder::min_tokens`].
///
/// # Examples
///
/// ```
/// // Three tokens of spam are below the default minimum span size.
/// assert!(!spamsplit::Detector::new().is_spam("The council met on Tuesday to discuss the budget. cheap moncler outlet"));
/// assert_eq!(spamsplit::DEFAULT_MIN_TOKENS, 4);
/// ```
pub const DEFAULT_MIN_TOKENS: usize = 4;

/// Finds SEO spam in text and returns its byte ranges.
///
/// Build one with [`Detector::new`] (the embedded lexicon and tuned
/// thresholds) or [`Detector::builder`], then call it from as many threads as
/// you like: it is immutable, `Send + Sync`, and cheap to clone (it shares its
/// compiled lexicon).
///
/// # Examples
///
/// ```
/// use spamsplit::Detector;
///
/// let detector = Detector::new();
/// let text = "Rain is expected in the north on Friday, forecasters said.\n\n\
///             ugg boots outlet ugg boots outlet ugg boots outlet cheap ugg boots";
/// let report = detector.analyze(text);
/// assert!(report.is_spam());
/// assert_eq!(detector.clean(text), "Rain is expected in the north on Friday, forecasters said.");
/// ```
#[derive(Debug, Clone)]
pub struct Detector {
    inner: std::sync::Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    model: Model,
    scratch: Pool<Scratch>,
}

impl Default for Detector {
    fn default() -> Self {
        Detector::new()
    }
}

impl Detector {
    /// The embedded default: built-in multilingual lexicon, default threshold.
    ///
    /// # Examples
    ///
    /// ```
    /// let d = spamsplit::Detector::new();
    /// assert!(d.is_spam("viagra online pharmacy no prescription cheap cialis online casino"));
    /// ```
    pub fn new() -> Detector {
        DetectorBuilder::new()
            .build()
            .expect("the default configuration is valid")
    }

    /// A builder to change the threshold, the minimum span size or the lexicon.
    ///
    /// # Examples
    ///
    /// ```
    /// let d = spamsplit::Detector::builder().threshold(0.9).build()?;
    /// assert_eq!(d.threshold(), 0.9);
    /// # Ok::<(), spamsplit::Error>(())
    /// ```
    pub fn builder() -> DetectorBuilder {
        DetectorBuilder::new()
    }

    /// The spam threshold in use.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(spamsplit::Detector::new().threshold(), 0.5);
    /// ```
    pub fn threshold(&self) -> f64 {
        self.inner.model.settings.threshold
    }

    /// Analyses `text`. Never fails and never panics; the time is linear in
    /// the length of the text, and the working memory (besides the report)
    /// is bounded: texts longer than a megabyte are analysed in windows.
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "Cloudy with rain later. buy viagra online cheap cialis online pharmacy no prescription";
    /// let report = spamsplit::Detector::new().analyze(text);
    /// let spans: Vec<&str> = report.spam_ranges().map(|r| &text[r]).collect();
    /// assert_eq!(spans, ["buy viagra online cheap cialis online pharmacy no prescription"]);
    /// ```
    pub fn analyze(&self, text: &str) -> Report {
        // Disguised letters are read as the plain ones they imitate; the
        // report is mapped back to the text's own offsets.
        let folded = fold::fold(text);
        let none = Disguises::default();
        let (input, disguised) = match &folded {
            Some(f) => (f.text.as_str(), &f.disguises),
            None => (text, &none),
        };
        let inner = &*self.inner;
        let mut report = inner.scratch.with(|scratch| {
            windows::analyze(input, disguised, |part, disguised| {
                pipeline::analyze(&inner.model, part, disguised, scratch)
            })
        });
        if let Some(f) = &folded {
            report.map_offsets(text.len(), |at| f.origin(at));
        }
        report
    }

    /// Like [`Detector::analyze`] for bytes that may not be UTF-8.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidUtf8`] with the offset of the first invalid byte.
    ///
    /// # Examples
    ///
    /// ```
    /// use spamsplit::{Detector, Error};
    ///
    /// let d = Detector::new();
    /// assert_eq!(d.analyze_bytes(b"ok \xff").unwrap_err(), Error::InvalidUtf8 { offset: 3 });
    /// assert_eq!(d.analyze_bytes(b"hello")?, d.analyze("hello"));
    /// # Ok::<(), Error>(())
    /// ```
    pub fn analyze_bytes(&self, bytes: &[u8]) -> Result<Report, Error> {
        match std::str::from_utf8(bytes) {
            Ok(text) => Ok(self.analyze(text)),
            Err(e) => Err(Error::InvalidUtf8 {
                offset: e.valid_up_to(),
            }),
        }
    }

    /// True when `text` holds any spam.
    ///
    /// # Examples
    ///
    /// ```
    /// let d = spamsplit::Detector::new();
    /// assert!(d.is_spam("Hi. ugg boots outlet ugg boots outlet ugg boots outlet"));
    /// assert!(!d.is_spam("Hi. The meeting moved to Friday."));
    /// ```
    pub fn is_spam(&self, text: &str) -> bool {
        self.analyze(text).is_spam()
    }

    /// The text with every spam range removed. All other bytes stay as they
    /// were, except the whitespace at each cut: the two runs of whitespace
    /// that met there become the one with more line breaks, and none is left
    /// at the very start or end of the text (a final line break is kept).
    ///
    /// # Examples
    ///
    /// ```
    /// let d = spamsplit::Detector::new();
    /// let text = "The bridge reopens in May, the city said. \
    ///             replica rolex cheap replica rolex cheap replica rolex outlet\n";
    /// assert_eq!(d.clean(text), "The bridge reopens in May, the city said.\n");
    /// ```
    pub fn clean(&self, text: &str) -> String {
        self.analyze(text).clean(text)
    }
}

impl Detector {
    /// A detector of a compiled model, with its own scratch buffers.
    fn of(model: Model) -> Detector {
        Detector {
            inner: std::sync::Arc::new(Inner {
                model,
                scratch: Pool::default(),
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ops::Range;

    #[test]
    fn long_texts_are_cut_at_blank_lines_and_give_the_same_spans() {
        let prose = "The council approved the budget after a long debate on Tuesday.";
        let spam = "cheap moncler outlet cheap moncler outlet cheap moncler outlet";
        let unit = format!("{prose}\n\n{spam}\n\n");
        let text = unit.repeat(2 * windows::WINDOW / unit.len() + 3);
        assert!(text.len() > 2 * windows::WINDOW);
        let report = Detector::new().analyze(&text);
        let spans: Vec<Range<usize>> = report.spam_ranges().collect();
        assert_eq!(spans.len(), text.len() / unit.len());
        for (i, r) in spans.iter().enumerate() {
            let at = i * unit.len() + prose.len() + 2;
            assert_eq!(r.clone(), at..at + spam.len());
        }
        assert_eq!(report.text_len(), text.len());
    }
}
