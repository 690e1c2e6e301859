//! The detector: configuration, validation and the analysis pipeline.

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::path::PathBuf;

use crate::error::Error;
use crate::evidence::{self, Evidence, mark};
use crate::function_words::{FunctionWords, HashBuild};
use crate::lexicon::{Category, Lexicon};
use crate::matcher::Matcher;
use crate::passage::{self, Passage};
use crate::report::{KeywordHit, Label, Report, Segment, Signals};
use crate::score::{self, SpanStats};
use crate::segment;
use crate::tokenize::{Token, flag, tokenize};

/// Default for [`DetectorBuilder::threshold`].
pub const DEFAULT_THRESHOLD: f64 = 0.5;
/// Default for [`DetectorBuilder::min_tokens`].
pub const DEFAULT_MIN_TOKENS: usize = 4;
/// Cost of switching between prose and spam in the segmentation, in units of
/// token evidence: a span must gather more than this to exist.
const SWITCH_COST: f32 = 3.0;

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
    function_words: FunctionWords,
    threshold: f64,
    min_tokens: usize,
}

impl Default for Detector {
    fn default() -> Self {
        Detector::new()
    }
}

impl Detector {
    /// The embedded default: built-in multilingual lexicon, default threshold.
    pub fn new() -> Detector {
        DetectorBuilder::new()
            .build()
            .expect("the default configuration is valid")
    }

    /// A builder to change the threshold, the minimum span size or the lexicon.
    pub fn builder() -> DetectorBuilder {
        DetectorBuilder::new()
    }

    /// The spam threshold in use.
    pub fn threshold(&self) -> f64 {
        self.inner.threshold
    }

    /// Analyses `text`. Never fails and never panics; the time is linear in
    /// the length of the text.
    pub fn analyze(&self, text: &str) -> Report {
        let inner = &*self.inner;
        let toks = tokenize(text);
        let mut hits = Vec::new();
        inner.matcher.find(&toks, &mut hits);
        let mut ev = Evidence::default();
        evidence::compute(
            &toks.tokens,
            hits,
            &inner.matcher,
            &inner.function_words,
            &mut ev,
        );
        let mut runs = Vec::new();
        segment::spam_runs(&ev.score, SWITCH_COST, &mut runs);
        Assembler {
            inner,
            text,
            tokens: &toks.tokens,
            ev: &ev,
            seen: HashSet::with_hasher(HashBuild::default()),
        }
        .report(&runs, passage::find(&toks.tokens, &ev, &inner.matcher))
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
        let report = self.analyze(text);
        remove_ranges(text, report.spam_ranges())
    }
}

/// Removes `ranges` (sorted, disjoint) from `text`, tidying whitespace at
/// each cut.
pub(crate) fn remove_ranges(text: &str, ranges: impl Iterator<Item = Range<usize>>) -> String {
    let mut out = String::with_capacity(text.len());
    let mut kept_from = 0;
    for r in ranges {
        let before = &text[kept_from..r.start];
        let trimmed = before.trim_end();
        let ws_before = &before[trimmed.len()..];
        out.push_str(trimmed);
        let after = &text[r.end..];
        let ws_after = &after[..after.len() - after.trim_start().len()];
        kept_from = r.end + ws_after.len();
        let at_start = out.is_empty();
        let at_end = kept_from == text.len();
        let lines = |s: &str| s.matches('\n').count();
        let sep = if at_start {
            ""
        } else if at_end {
            if ws_after.contains('\n') { "\n" } else { "" }
        } else if lines(ws_after) > lines(ws_before) {
            ws_after
        } else {
            ws_before
        };
        out.push_str(sep);
    }
    out.push_str(&text[kept_from..]);
    out
}

/// Builds the report from the segmentation's candidate runs.
struct Assembler<'a> {
    inner: &'a Inner,
    text: &'a str,
    tokens: &'a [Token],
    ev: &'a Evidence,
    seen: HashSet<u64, HashBuild>,
}

impl Assembler<'_> {
    fn report(mut self, runs: &[Range<usize>], passages: Vec<Passage>) -> Report {
        // Accepted runs from both models, then merged where they overlap.
        let mut accepted: Vec<(Range<usize>, f64)> = Vec::new();
        for run in runs {
            let stats = score::measure(self.tokens, self.ev, run.clone(), &mut self.seen);
            let s = score::spam_score(&stats);
            if s >= self.inner.threshold
                && score::has_enough_evidence(&stats, self.inner.min_tokens)
            {
                accepted.push((run.clone(), s));
            }
        }
        let token_runs = accepted.len();
        let mut pieces = Vec::new();
        for p in passages
            .into_iter()
            .filter(|p| p.score >= self.inner.threshold && p.tokens.len() >= self.inner.min_tokens)
        {
            pieces.clear();
            self.clip_passage(p.tokens, &accepted[..token_runs], &mut pieces);
            accepted.extend(pieces.drain(..).map(|r| (r, p.score)));
        }
        accepted.sort_by_key(|(r, _)| r.start);
        let mut merged: Vec<(Range<usize>, f64)> = Vec::with_capacity(accepted.len());
        for (r, s) in accepted {
            match merged.last_mut() {
                Some((last, ls)) if r.start <= last.end => {
                    last.end = last.end.max(r.end);
                    *ls = ls.max(s);
                }
                _ => merged.push((r, s)),
            }
        }
        let mut segments = Vec::new();
        let mut prose_from = 0;
        for (run, s) in merged {
            let stats = score::measure(self.tokens, self.ev, run.clone(), &mut self.seen);
            if prose_from < run.start {
                segments.push(self.prose(prose_from..run.start));
            }
            segments.push(self.segment(run.clone(), Label::Spam, s, &stats));
            prose_from = run.end;
        }
        if prose_from < self.tokens.len() {
            segments.push(self.prose(prose_from..self.tokens.len()));
        }
        Report {
            len: self.text.len(),
            segments,
        }
    }

    /// A sentence-level passage is coarse: where it overlaps token-level
    /// spans, the parts of it outside them are kept only if they hold strong
    /// hits of their own or no function word. So a sentence that runs from
    /// prose into stuffing is split at the token, and prose between two
    /// spans is never swallowed.
    fn clip_passage(
        &self,
        p: Range<usize>,
        runs: &[(Range<usize>, f64)],
        out: &mut Vec<Range<usize>>,
    ) {
        let strong_hits = |r: &Range<usize>| {
            self.ev
                .hits_in(r.clone())
                .iter()
                .filter(|h| {
                    self.inner.matcher.pattern(h.pattern).category == Category::Vice
                        || self.ev.marks[h.first as usize] & mark::COMBO != 0
                })
                .count()
        };
        let no_prose = |r: &Range<usize>| {
            self.ev.marks[r.clone()]
                .iter()
                .all(|m| m & mark::FUNCTION == 0)
        };
        let mut from = p.start;
        let mut pieces = Vec::new();
        let mut overlapped = false;
        for (r, _) in runs
            .iter()
            .filter(|(r, _)| r.start < p.end && p.start < r.end)
        {
            overlapped = true;
            if from < r.start {
                pieces.push(from..r.start);
            }
            from = from.max(r.end);
        }
        if !overlapped {
            out.push(p);
            return;
        }
        if from < p.end {
            pieces.push(from..p.end);
        }
        out.extend(
            pieces
                .into_iter()
                .filter(|r| strong_hits(r) >= 2 || no_prose(r)),
        );
    }

    fn prose(&mut self, run: Range<usize>) -> Segment {
        let stats = score::measure(self.tokens, self.ev, run.clone(), &mut self.seen);
        // Prose scores stay below the threshold, so that a report's score
        // and its label always agree.
        let below = (self.inner.threshold - 1e-9).max(0.0);
        let s = score::spam_score(&stats).min(below);
        self.segment(run, Label::Prose, s, &stats)
    }

    fn segment(&self, run: Range<usize>, label: Label, score: f64, stats: &SpanStats) -> Segment {
        let mut start = self.tokens[run.start].start;
        let mut end = self.tokens[run.end - 1].end;
        if label == Label::Spam {
            start = self.extend_back_over_marks(start);
            end = self.extend_over_punctuation(end);
        }
        Segment {
            start,
            end,
            label,
            score,
            signals: Signals {
                tokens: stats.tokens,
                keyword_tokens: stats.keyword_tokens,
                repeated_tokens: stats.repeated_tokens,
                function_words: stats.function_words,
                sentence_ends: stats.sentence_ends,
                distinct_tokens: stats.distinct,
                keywords: self.keywords(&run),
                top_repeats: if label == Label::Spam {
                    self.top_repeats(&run)
                } else {
                    Vec::new()
                },
            },
        }
    }

    /// A spam span keeps the punctuation glued to its last word (the `/`
    /// closing an address, a full stop), up to the next whitespace, when no
    /// other word follows in that chunk.
    fn extend_over_punctuation(&self, end: usize) -> usize {
        let rest = &self.text[end..];
        let chunk_len = rest.find(char::is_whitespace).unwrap_or(rest.len());
        if rest[..chunk_len].chars().any(char::is_alphanumeric) {
            end
        } else {
            end + chunk_len
        }
    }

    /// A spam span takes in the bullets standing alone before its first
    /// word (`• cheap…`), back to the previous word.
    fn extend_back_over_marks(&self, start: usize) -> usize {
        const BULLETS: &[char] = &[
            '•', '·', '*', '◆', '■', '●', '▶', '→', '★', '☆', '»', '>', '<', '|',
        ];
        let mut new_start = start;
        loop {
            let trimmed = self.text[..new_start].trim_end();
            let chunk_start = trimmed.rfind(char::is_whitespace).map_or(0, |i| {
                i + trimmed[i..].chars().next().map_or(1, char::len_utf8)
            });
            let chunk = &trimmed[chunk_start..];
            if chunk.is_empty()
                || chunk.chars().count() > 3
                || !chunk.chars().all(|c| BULLETS.contains(&c))
            {
                return new_start;
            }
            new_start = chunk_start;
        }
    }

    fn keywords(&self, run: &Range<usize>) -> Vec<KeywordHit> {
        let mut counts: HashMap<u32, usize> = HashMap::new();
        for h in self.ev.hits_in(run.clone()) {
            *counts.entry(h.pattern).or_default() += 1;
        }
        let mut out: Vec<KeywordHit> = counts
            .into_iter()
            .map(|(p, count)| {
                let pat = self.inner.matcher.pattern(p);
                KeywordHit {
                    term: pat.term.clone(),
                    category: pat.category,
                    count,
                }
            })
            .collect();
        out.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.term.cmp(&b.term)));
        out
    }

    fn top_repeats(&self, run: &Range<usize>) -> Vec<(String, usize)> {
        let mut counts: HashMap<u64, (usize, usize)> = HashMap::new();
        for i in run.clone() {
            let t = &self.tokens[i];
            if self.ev.marks[i] & mark::FUNCTION != 0 || t.has(flag::URL) {
                continue;
            }
            counts.entry(t.hash).or_insert((i, 0)).1 += 1;
        }
        let mut top: Vec<(String, usize)> = counts
            .into_values()
            .filter(|&(_, c)| c > 1)
            .map(|(i, c)| {
                let t = &self.tokens[i];
                (self.text[t.start..t.end].to_lowercase(), c)
            })
            .collect();
        top.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        top.truncate(5);
        top
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
    pub fn threshold(&mut self, threshold: f64) -> &mut Self {
        self.threshold = threshold;
        self
    }

    /// The fewest word tokens a spam span may have (default
    /// [`DEFAULT_MIN_TOKENS`], at least 1).
    pub fn min_tokens(&mut self, min_tokens: usize) -> &mut Self {
        self.min_tokens = min_tokens;
        self
    }

    /// Replaces the built-in lexicon with `lexicon`.
    pub fn lexicon(&mut self, lexicon: Lexicon) -> &mut Self {
        self.lexicon = Some(lexicon);
        self
    }

    /// Adds the terms of a lexicon file (see [`Lexicon::parse`] for the
    /// format) to the lexicon in use. The file is read by `build`.
    pub fn lexicon_file(&mut self, path: impl Into<PathBuf>) -> &mut Self {
        self.lexicon_files.push(path.into());
        self
    }

    /// Adds shop words ([`Category::Commerce`]) to the lexicon in use.
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
        Ok(Detector {
            inner: std::sync::Arc::new(Inner {
                matcher: Matcher::new(&lexicon)?,
                function_words: FunctionWords::builtin(),
                threshold: self.threshold,
                min_tokens: self.min_tokens,
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
    fn remove_ranges_tidies_whitespace_at_cuts() {
        let t = "A b.\n\nSPAM SPAM\n\nC d.";
        let s = t.find("SPAM").unwrap();
        assert_eq!(remove_ranges(t, std::iter::once(s..s + 9)), "A b.\n\nC d.");
        let t = "A b. SPAM";
        assert_eq!(remove_ranges(t, std::iter::once(5..9)), "A b.");
        let t = "SPAM\nA b.";
        assert_eq!(remove_ranges(t, std::iter::once(0..4)), "A b.");
        let t = "A b. SPAM\n";
        assert_eq!(remove_ranges(t, std::iter::once(5..9)), "A b.\n");
        let t = "A SPAM b";
        assert_eq!(remove_ranges(t, std::iter::once(2..6)), "A b");
    }
}
