//! The detector: configuration, validation and the analysis pipeline.

#[cfg(feature = "rayon")]
mod batch;

use std::cell::RefCell;
use std::ops::Range;
use std::path::PathBuf;

use crate::error::Error;
use crate::evidence::{self, Evidence};
use crate::keywords::function_words::FunctionWords;
use crate::keywords::lexicon::{Category, Lexicon};
use crate::keywords::matcher::Matcher;
use crate::keywords::words::WordTable;
use crate::model::segmentation::SWITCH_COST;
use crate::report::Report;
use crate::report::assemble::{Assembler, Settings};
use crate::spans::distinct::DistinctSet;
use crate::spans::foreign;
use crate::spans::segmentation;
use crate::spans::spun;
use crate::spans::units;
use crate::text::fold::{self, Disguises};
use crate::text::tokenize::{Tokens, tokenize_into};

/// Default for [`DetectorBuilder::threshold`].
///
/// # Examples
///
/// ```
/// assert_eq!(spamsplit::Detector::new().threshold(), spamsplit::DEFAULT_THRESHOLD);
/// ```
pub const DEFAULT_THRESHOLD: f64 = 0.5;
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

/// The size of the windows long texts are analysed in.
const WINDOW: usize = 1 << 20;

/// Where the window starting at `from` ends: the last blank line in its
/// second half, else the last line break, else the last ASCII space, else a
/// char boundary at the window's size.
fn window_end(text: &str, from: usize) -> usize {
    let hard_end = from + WINDOW;
    if hard_end >= text.len() {
        return text.len();
    }
    let bytes = text.as_bytes();
    let half = &bytes[from + WINDOW / 2..hard_end];
    let cut = |needle: &[u8]| {
        half.windows(needle.len())
            .rposition(|w| w == needle)
            .map(|i| i + needle.len())
    };
    if let Some(i) = cut(b"\n\n").or_else(|| cut(b"\n")).or_else(|| cut(b" ")) {
        return from + WINDOW / 2 + i;
    }
    let mut end = hard_end;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    end
}

/// Buffers reused from one analysis to the next on the same thread, so that
/// a corpus pass does not allocate and zero fresh memory for every document.
#[derive(Default)]
struct Scratch {
    toks: Tokens,
    ev: Evidence,
    runs: Vec<Range<usize>>,
    seen: DistinctSet,
}

impl Scratch {}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

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
    matcher: Matcher,
    words: WordTable,
    settings: Settings,
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
        self.inner.settings.threshold
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
        let mut report = SCRATCH.with(|cell| match cell.try_borrow_mut() {
            Ok(mut scratch) => self.analyze_windows(input, disguised, &mut scratch),
            // Only reachable if analysis ever re-entered itself on one thread.
            Err(_) => self.analyze_windows(input, disguised, &mut Scratch::default()),
        });
        if let Some(f) = &folded {
            report.map_offsets(text.len(), |at| f.origin(at));
        }
        report
    }

    /// Long texts are analysed in windows of about [`WINDOW`] bytes, cut at
    /// a blank line where there is one (else a line break, else a space).
    /// Every signal is local (a window of tokens, a sentence), so the cuts
    /// change nothing but where a span crossing one is split; in exchange,
    /// time stays linear in cache-friendly pieces and memory is bounded by
    /// the window, not the text.
    fn analyze_windows(&self, text: &str, disguised: &Disguises, scratch: &mut Scratch) -> Report {
        if text.len() <= WINDOW {
            return self.analyze_with(text, disguised, scratch);
        }
        let mut segments = Vec::new();
        let mut from = 0;
        while from < text.len() {
            let to = window_end(text, from);
            let local = disguised.window(from..to);
            let part = self.analyze_with(&text[from..to], &local, scratch);
            segments.extend(part.segments.into_iter().map(|mut seg| {
                seg.start += from;
                seg.end += from;
                seg
            }));
            from = to;
        }
        Report {
            len: text.len(),
            segments,
        }
    }

    fn analyze_with(&self, text: &str, disguised: &Disguises, scratch: &mut Scratch) -> Report {
        let inner = &*self.inner;
        let Scratch {
            toks,
            ev,
            runs,
            seen,
        } = scratch;
        tokenize_into(text, toks);
        evidence::classify(&toks.tokens, &inner.words, ev);
        let Evidence { marks, hits, .. } = &mut *ev;
        inner
            .matcher
            .find(toks, |i| evidence::starts_term(marks, i), hits);
        evidence::compute(&toks.tokens, &inner.matcher, ev);
        segmentation::spam_runs(&ev.score, SWITCH_COST, runs);
        // Both sentence-level passes need keyword hits; most texts have none.
        let sentences = if ev.hits.is_empty() {
            Vec::new()
        } else {
            spun::sentences(&toks.tokens)
        };
        let mut passages = spun::find(&toks.tokens, &sentences, ev);
        passages.extend(foreign::find(&toks.tokens, &sentences, ev));
        Assembler::new(
            &inner.settings,
            &inner.matcher,
            text,
            &toks.tokens,
            ev,
            seen,
        )
        .report(runs, passages, |taken| {
            units::find(text, &toks.tokens, ev, &inner.matcher, taken, disguised)
        })
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

/// Configures a [`Detector`]. Setters never fail; [`DetectorBuilder::build`]
/// validates everything. A builder can be reused.
///
/// # Examples
///
/// ```
/// use spamsplit::{Category, Detector, Lexicon};
///
/// let detector = Detector::builder()
///     .threshold(0.6)
///     .min_tokens(3)
///     .extra_keywords(["bargain gadgets"])
///     .build()?;
/// assert_eq!(detector.threshold(), 0.6);
///
/// // Only your own terms:
/// let own = Lexicon::from_terms([("widget sale", Category::Commerce)])?;
/// let detector = Detector::builder().lexicon(own).build()?;
/// # Ok::<(), spamsplit::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct DetectorBuilder {
    threshold: f64,
    min_tokens: usize,
    lexicon: Option<Lexicon>,
    lexicon_files: Vec<PathBuf>,
    extra: Vec<String>,
}

impl Default for DetectorBuilder {
    fn default() -> Self {
        DetectorBuilder::new()
    }
}

impl DetectorBuilder {
    /// The default configuration.
    ///
    /// # Examples
    ///
    /// ```
    /// let d = spamsplit::DetectorBuilder::new().build()?;
    /// assert_eq!(d.threshold(), spamsplit::DEFAULT_THRESHOLD);
    /// # Ok::<(), spamsplit::Error>(())
    /// ```
    pub fn new() -> DetectorBuilder {
        DetectorBuilder {
            threshold: DEFAULT_THRESHOLD,
            min_tokens: DEFAULT_MIN_TOKENS,
            lexicon: None,
            lexicon_files: Vec::new(),
            extra: Vec::new(),
        }
    }

    /// The score (in `0.0..=1.0`, default [`DEFAULT_THRESHOLD`]) a candidate
    /// span needs to count as spam. Higher means fewer, surer spans.
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "Hello. cheap ugg boots cheap ugg boots cheap ugg boots";
    /// let strict = spamsplit::Detector::builder().threshold(1.0).build()?;
    /// assert!(!strict.is_spam(text));
    /// assert!(spamsplit::Detector::builder().threshold(1.01).build().is_err());
    /// # Ok::<(), spamsplit::Error>(())
    /// ```
    pub fn threshold(&mut self, threshold: f64) -> &mut Self {
        self.threshold = threshold;
        self
    }

    /// The fewest word tokens a spam span may have (default
    /// [`DEFAULT_MIN_TOKENS`], at least 1).
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "Hello. cheap ugg boots cheap ugg boots cheap ugg boots";
    /// let d = spamsplit::Detector::builder().min_tokens(20).build()?;
    /// assert!(!d.is_spam(text));
    /// assert!(spamsplit::Detector::builder().min_tokens(0).build().is_err());
    /// # Ok::<(), spamsplit::Error>(())
    /// ```
    pub fn min_tokens(&mut self, min_tokens: usize) -> &mut Self {
        self.min_tokens = min_tokens;
        self
    }

    /// Replaces the built-in lexicon with `lexicon`.
    ///
    /// # Examples
    ///
    /// ```
    /// use spamsplit::{Category, Detector, Lexicon};
    /// let only = Lexicon::from_terms([("widget sale", Category::Commerce)])?;
    /// let d = Detector::builder().lexicon(only).build()?;
    /// assert!(d.is_spam("News. widget sale widget sale widget sale widget sale"));
    /// assert!(!d.is_spam("News. cheap moncler outlet"));
    /// # Ok::<(), spamsplit::Error>(())
    /// ```
    pub fn lexicon(&mut self, lexicon: Lexicon) -> &mut Self {
        self.lexicon = Some(lexicon);
        self
    }

    /// Adds the terms of a lexicon file (see [`Lexicon::parse`] for the
    /// format) to the lexicon in use. The file is read by `build`.
    ///
    /// # Examples
    ///
    /// ```
    /// let path = std::env::temp_dir().join("spamsplit-doc-terms.txt");
    /// std::fs::write(&path, "[brand]\nzorbatron\n")?;
    /// let d = spamsplit::Detector::builder().lexicon_file(&path).build()?;
    /// assert!(d.is_spam("Hi. zorbatron outlet zorbatron outlet zorbatron outlet"));
    /// let missing = spamsplit::Detector::builder().lexicon_file("/no/such/file").build();
    /// assert!(matches!(missing, Err(spamsplit::Error::LexiconIo { .. })));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn lexicon_file(&mut self, path: impl Into<PathBuf>) -> &mut Self {
        self.lexicon_files.push(path.into());
        self
    }

    /// Adds shop words ([`Category::Commerce`]) to the lexicon in use.
    ///
    /// # Examples
    ///
    /// ```
    /// let d = spamsplit::Detector::builder().extra_keywords(["gizmo deal"]).build()?;
    /// assert!(d.is_spam("Hi. gizmo deal gizmo deal gizmo deal gizmo deal"));
    /// # Ok::<(), spamsplit::Error>(())
    /// ```
    pub fn extra_keywords<I, S>(&mut self, terms: I) -> &mut Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        self.extra
            .extend(terms.into_iter().map(|s| s.as_ref().to_string()));
        self
    }

    /// Validates the configuration and compiles the lexicon.
    ///
    /// # Errors
    ///
    /// - [`Error::InvalidThreshold`]: threshold outside `0.0..=1.0` or NaN.
    /// - [`Error::InvalidMinTokens`]: a minimum span size of 0.
    /// - [`Error::InvalidKeyword`]: an extra keyword without letters or digits.
    /// - [`Error::EmptyLexicon`]: the lexicon given to [`DetectorBuilder::lexicon`] is empty
    ///   and no other terms were added.
    /// - [`Error::LexiconIo`], [`Error::LexiconSyntax`]: a lexicon file.
    /// - [`Error::Automaton`]: the lexicon is too large to compile.
    ///
    /// # Examples
    ///
    /// ```
    /// use spamsplit::{Detector, Error};
    /// let mut builder = Detector::builder();
    /// builder.threshold(0.7);
    /// let a = builder.build()?;
    /// let b = builder.min_tokens(6).build()?; // a builder can be reused
    /// assert_eq!((a.threshold(), b.threshold()), (0.7, 0.7));
    /// assert_eq!(Detector::builder().threshold(-1.0).build().unwrap_err(), Error::InvalidThreshold(-1.0));
    /// # Ok::<(), Error>(())
    /// ```
    pub fn build(&self) -> Result<Detector, Error> {
        if !(0.0..=1.0).contains(&self.threshold) {
            return Err(Error::InvalidThreshold(self.threshold));
        }
        if self.min_tokens == 0 {
            return Err(Error::InvalidMinTokens(0));
        }
        let mut lexicon = self.lexicon.clone().unwrap_or_else(Lexicon::builtin);
        for path in &self.lexicon_files {
            lexicon.merge(&Lexicon::from_file(path)?);
        }
        for (index, term) in self.extra.iter().enumerate() {
            let mut one = Lexicon::new();
            one.push(term, Category::Commerce)
                .map_err(|_| Error::InvalidKeyword {
                    index,
                    keyword: term.clone(),
                })?;
            lexicon.merge(&one);
        }
        if lexicon.is_empty() {
            return Err(Error::EmptyLexicon);
        }
        let matcher = Matcher::new(&lexicon)?;
        Ok(Detector {
            inner: std::sync::Arc::new(Inner {
                words: WordTable::new(&FunctionWords::builtin(), matcher.first_words()),
                matcher,
                settings: Settings {
                    threshold: self.threshold,
                    min_tokens: self.min_tokens,
                },
            }),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builder_rejects_bad_settings() {
        assert_eq!(
            Detector::builder()
                .threshold(f64::NAN)
                .build()
                .unwrap_err()
                .to_string(),
            "threshold must be within 0.0..=1.0, got NaN"
        );
        assert_eq!(
            Detector::builder().threshold(-0.1).build().unwrap_err(),
            Error::InvalidThreshold(-0.1)
        );
        assert_eq!(
            Detector::builder().min_tokens(0).build().unwrap_err(),
            Error::InvalidMinTokens(0)
        );
        assert!(matches!(
            Detector::builder().extra_keywords(["ok", "  "]).build(),
            Err(Error::InvalidKeyword { index: 1, .. })
        ));
        assert_eq!(
            Detector::builder()
                .lexicon(Lexicon::new())
                .build()
                .unwrap_err(),
            Error::EmptyLexicon
        );
    }

    #[test]
    fn long_texts_are_cut_at_blank_lines_and_give_the_same_spans() {
        let prose = "The council approved the budget after a long debate on Tuesday.";
        let spam = "cheap moncler outlet cheap moncler outlet cheap moncler outlet";
        let unit = format!("{prose}\n\n{spam}\n\n");
        let text = unit.repeat(2 * WINDOW / unit.len() + 3);
        assert!(text.len() > 2 * WINDOW);
        let report = Detector::new().analyze(&text);
        let spans: Vec<Range<usize>> = report.spam_ranges().collect();
        assert_eq!(spans.len(), text.len() / unit.len());
        for (i, r) in spans.iter().enumerate() {
            let at = i * unit.len() + prose.len() + 2;
            assert_eq!(r.clone(), at..at + spam.len());
        }
        assert_eq!(report.text_len(), text.len());
    }

    #[test]
    fn window_ends_fall_back_to_lines_spaces_and_char_boundaries() {
        let blank = format!("{}\n\n{}", "a".repeat(WINDOW - 10), "b".repeat(100));
        assert_eq!(window_end(&blank, 0), WINDOW - 8);
        let spaced = format!("{} {}", "a".repeat(WINDOW - 10), "b".repeat(100));
        assert_eq!(window_end(&spaced, 0), WINDOW - 9);
        let cjk = "字".repeat(WINDOW);
        let end = window_end(&cjk, 0);
        assert!(cjk.is_char_boundary(end) && end <= WINDOW && end > WINDOW - 3);
        assert_eq!(window_end("short", 0), 5);
    }
}
