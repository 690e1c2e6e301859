//! The builder: settings, their validation, and compiling the lexicon.

use super::{DEFAULT_MIN_TOKENS, DEFAULT_THRESHOLD, Detector};
use crate::error::Error;
use crate::keywords::cues::Cues;
use crate::keywords::function_words::FunctionWords;
use crate::keywords::lexicon::{Category, Lexicon};
use crate::keywords::matcher::Matcher;
use crate::keywords::words::WordTable;
use crate::pipeline::Model;
use crate::spans::select::Settings;

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
    extra_lexicons: Vec<Lexicon>,
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
            extra_lexicons: Vec::new(),
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

    /// Adds the terms of `lexicon` to the lexicon in use (the built-in one,
    /// or the one given to [`DetectorBuilder::lexicon`]). Read a file with
    /// [`Lexicon::from_file`] first: building does no I/O.
    ///
    /// # Examples
    ///
    /// ```
    /// use spamsplit::{Detector, Lexicon};
    /// let path = std::env::temp_dir().join("spamsplit-doc-terms.txt");
    /// std::fs::write(&path, "[brand]\nzorbatron\n")?;
    /// let d = Detector::builder().extra_lexicon(Lexicon::from_file(&path)?).build()?;
    /// assert!(d.is_spam("Hi. zorbatron outlet zorbatron outlet zorbatron outlet"));
    /// assert!(matches!(Lexicon::from_file("/no/such/file"), Err(spamsplit::Error::LexiconIo { .. })));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn extra_lexicon(&mut self, lexicon: Lexicon) -> &mut Self {
        self.extra_lexicons.push(lexicon);
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
        for extra in &self.extra_lexicons {
            lexicon.merge(extra);
        }
        for (index, term) in self.extra.iter().enumerate() {
            let mut one = Lexicon::new();
            one.push(term, Category::Commerce).map_err(|e| match e {
                Error::KeywordTooLong { bytes, max, .. } => {
                    Error::KeywordTooLong { index, bytes, max }
                }
                _ => Error::InvalidKeyword {
                    index,
                    keyword: term.clone(),
                },
            })?;
            lexicon.merge(&one);
        }
        if lexicon.is_empty() {
            return Err(Error::EmptyLexicon);
        }
        let matcher = Matcher::new(&lexicon)?;
        let cues = Cues::builtin();
        Ok(Detector::of(Model {
            words: WordTable::new(
                &FunctionWords::builtin(),
                matcher.first_words(),
                cues.first_words(),
            ),
            matcher,
            cues,
            settings: Settings {
                threshold: self.threshold,
                min_tokens: self.min_tokens,
            },
        }))
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
    fn keywords_too_long_to_match_sensibly_are_refused_before_any_automaton() {
        // A 1 MB keyword, and a phrase said 750,000 times, built matchers of
        // 1.1 GB and 6.1 GB; now they are refused, naming the keyword.
        let huge = "x".repeat(1 << 20);
        let chant = "moncler ".repeat(750_000);
        for (index, term) in [(1, huge.as_str()), (1, chant.trim_end())] {
            assert_eq!(
                Detector::builder()
                    .extra_keywords(["fine", term])
                    .build()
                    .unwrap_err(),
                Error::KeywordTooLong {
                    index,
                    bytes: term.len(),
                    max: Lexicon::MAX_TERM_BYTES
                }
            );
        }
        let longest = "y".repeat(Lexicon::MAX_TERM_BYTES);
        assert!(
            Detector::builder()
                .extra_keywords([longest])
                .build()
                .is_ok()
        );
    }
}
