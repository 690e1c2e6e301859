//! Span-level measures and the span score: pure functions over a run of
//! tokens and their evidence.

use std::ops::Range;

use crate::evidence::{Evidence, mark};
use crate::model::{gate, logistic, span_score};
use crate::spans::count_where;
use crate::spans::distinct::DistinctSet;
use crate::text::tokenize::flag;

/// Counts over one run of tokens.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct SpanStats {
    pub tokens: usize,
    pub keyword_tokens: usize,
    /// Tokens of shop or vice terms, or of brand + shop combinations.
    pub strong_tokens: usize,
    /// Tokens of terms that name what is sold: brands, products, vice
    /// terms (shop words alone name nothing).
    pub named_tokens: usize,
    pub repeated_tokens: usize,
    pub function_words: usize,
    pub sentence_ends: usize,
    pub distinct: usize,
    /// Keyword occurrences (a multi-word term counts once).
    pub keyword_hits: usize,
    /// Line breaks inside the run.
    pub line_breaks: usize,
    /// Numbers after a currency sign.
    pub prices: usize,
    /// Tokens followed by a comma, semicolon or colon.
    pub pauses: usize,
    /// Tokens of phrases repeated back to back.
    pub periodic: usize,
    /// Listed function words, even those counted as stuffing here.
    pub listed_function_words: usize,
    /// Han and kana tokens (one a character).
    pub cjk_tokens: usize,
    /// Hiragana tokens: in Japanese, grammar.
    pub hiragana: usize,
}

impl SpanStats {
    fn share(&self, count: usize) -> f64 {
        ratio(count, self.tokens)
    }

    pub(crate) fn keyword_density(&self) -> f64 {
        self.share(self.keyword_tokens)
    }

    pub(crate) fn repetition(&self) -> f64 {
        self.share(self.repeated_tokens)
    }

    pub(crate) fn function_word_share(&self) -> f64 {
        self.share(self.function_words)
    }
}

/// Measures the tokens in `run`. `seen` is scratch space.
pub(crate) fn measure(ev: &Evidence, run: Range<usize>, seen: &mut DistinctSet) -> SpanStats {
    SpanStats {
        distinct: distinct(ev, run.clone(), seen),
        ..counts(ev, run)
    }
}

/// The measures of `run` but `distinct` (left at 0): the cheap ones, which
/// are all [`spam_score`] reads.
pub(crate) fn counts(ev: &Evidence, run: Range<usize>) -> SpanStats {
    // One pass per count over the flat arrays of marks and flags: each is
    // a vectorised loop, where one pass with a dozen counters is not.
    let count = |values: &[u16], bits: u16| count_where(values, |v| v & bits != 0);
    let (marks, flags) = (&ev.marks()[run.clone()], &ev.flags()[run.clone()]);
    SpanStats {
        tokens: run.len(),
        keyword_tokens: count(marks, mark::KEYWORD),
        strong_tokens: count(marks, mark::STRONG),
        named_tokens: count_where(marks, |m| {
            m & mark::KEYWORD != 0 && (m & mark::SHOP == 0 || m & mark::VICE != 0)
        }),
        repeated_tokens: count(marks, mark::REPEAT),
        function_words: count(marks, mark::FUNCTION),
        sentence_ends: count(flags, flag::END_AFTER),
        distinct: 0,
        keyword_hits: ev.hits_in(run.clone()).len(),
        line_breaks: flags.get(1..).map_or(0, |f| count(f, flag::LINE_BEFORE)),
        prices: count(flags, flag::PRICE),
        pauses: count(flags, flag::PAUSE_AFTER),
        periodic: count(marks, mark::PERIODIC),
        listed_function_words: count(marks, mark::LISTED_FUNCTION_WORD),
        cjk_tokens: count(flags, flag::CJK),
        hiragana: count(flags, flag::HIRAGANA),
    }
}

/// How many different words `run` has. `seen` is scratch space.
pub(crate) fn distinct(ev: &Evidence, run: Range<usize>, seen: &mut DistinctSet) -> usize {
    seen.count(&ev.word_keys()[run])
}

/// How spam-like a run is, in `0.0..=1.0`: a logistic function of
/// keyword density, strong-keyword share and repetition (pairs repeated
/// nearby, or phrases repeated back to back; towards spam) and of
/// function-word share, sentence ends, pauses and prices (towards prose), with a small bonus
/// for length (capped) so that a long run of evidence outweighs a short one.
pub(crate) fn spam_score(s: &SpanStats) -> f64 {
    if s.tokens == 0 {
        return 0.0;
    }
    use span_score::*;
    let z = BIAS
        + KEYWORDS * s.keyword_density()
        + STRONG * s.share(s.strong_tokens)
        + REPEATED * s.share(s.repeated_tokens.max(s.periodic))
        - FUNCTION_WORDS * s.function_word_share()
        - SENTENCE_ENDS * s.share(s.sentence_ends)
        - PRICES * s.share(s.prices)
        - PAUSES * s.share(s.pauses)
        + (LENGTH * (s.tokens as f64).ln()).min(MAX_LENGTH);
    let p = logistic(z);
    debug_assert!((0.0..=1.0).contains(&p));
    p
}

/// `part / whole`, and 0.0 for an empty whole: the shares every span
/// measure is made of.
#[inline]
pub(crate) fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

/// Whether a run has enough strong evidence to be spam at all: keywords or
/// repetition must carry a good part of it, whatever the score.
pub(crate) fn has_enough_evidence(s: &SpanStats, min_tokens: usize) -> bool {
    use gate::*;
    let backed = s.keyword_tokens.max(s.repeated_tokens).max(s.periodic) + s.strong_tokens / 2;
    // Stuffing names what it sells; shop words alone are a page's buttons
    // (`Buy Now Buy Now Buy Now`).
    // A run that reads as sentences (a full stop inside) and repeats
    // nothing is a story naming the trade, unless it names it twice as
    // often (a news item on a casino raid lists its vice terms once each).
    let hits_needed = if s.sentence_ends > 0 && s.repeated_tokens == 0 {
        KEYWORD_HITS * SENTENCE_HITS_FACTOR
    } else {
        KEYWORD_HITS
    };
    let keyword_backed =
        s.strong_tokens >= STRONG_TOKENS && s.keyword_hits >= hits_needed && s.named_tokens > 0;
    // Without keywords, only stuffing-like repetition counts: many
    // repeated tokens, few distinct words, almost no grammar (a chorus
    // repeats too, but in sentences; hiragana is Japanese grammar), and not
    // a list of short lines (menus and tables repeat their template from
    // line to line; a Han or kana character is less than a word).
    let words = s.tokens - s.cjk_tokens + s.cjk_tokens * CJK_WORDS / CJK_CHARS;
    let grammar_free = s.share(s.hiragana) <= MAX_HIRAGANA_SHARE;
    let repetition_backed = s.tokens >= REPETITION_MIN_TOKENS
        && grammar_free
        && s.share(s.listed_function_words) <= REPETITION_MAX_FUNCTION_SHARE
        && s.share(s.sentence_ends) <= REPETITION_MAX_END_SHARE
        && s.share(s.pauses) <= REPETITION_MAX_PAUSE_SHARE
        && s.repeated_tokens >= REPETITION_MIN_REPEATED
        && s.repetition() >= REPETITION_MIN_SHARE
        && s.share(s.distinct) <= REPETITION_MAX_DISTINCT_SHARE
        && (s.line_breaks + 1) * REPETITION_WORDS_PER_LINE <= words;
    // A phrase chanted three times or more in a row, without the commas and
    // full stops of a chorus, and not a template that starts every line.
    let periodic_backed = s.periodic >= CHANT_MIN_TOKENS
        && grammar_free
        && (s.line_breaks + 1) * CHANT_WORDS_PER_LINE <= words
        && s.share(s.periodic) >= CHANT_MIN_SHARE
        && s.share(s.pauses) <= CHANT_MAX_PAUSE_SHARE
        && s.share(s.sentence_ends) <= CHANT_MAX_END_SHARE;
    s.tokens >= min_tokens
        && (keyword_backed || repetition_backed || periodic_backed)
        && s.share(backed) >= MIN_BACKED_SHARE
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stats(
        tokens: usize,
        kw: usize,
        strong: usize,
        rep: usize,
        fw: usize,
        ends: usize,
    ) -> SpanStats {
        SpanStats {
            tokens,
            keyword_tokens: kw,
            strong_tokens: strong,
            named_tokens: kw - strong.min(kw),
            repeated_tokens: rep,
            function_words: fw,
            sentence_ends: ends,
            distinct: tokens / 2,
            keyword_hits: kw / 2,
            line_breaks: 0,
            prices: 0,
            pauses: 0,
            periodic: 0,
            listed_function_words: fw,
            cjk_tokens: 0,
            hiragana: 0,
        }
    }

    #[test]
    fn scores_are_bounded_and_ordered() {
        let stuffing = spam_score(&stats(60, 50, 30, 50, 2, 0));
        let prose = spam_score(&stats(60, 2, 1, 4, 25, 4));
        assert!((0.0..=1.0).contains(&stuffing) && (0.0..=1.0).contains(&prose));
        assert!(stuffing > 0.95, "{stuffing}");
        assert!(prose < 0.05, "{prose}");
        assert_eq!(spam_score(&SpanStats::default()), 0.0);
    }

    #[test]
    fn evidence_gate_needs_keywords_or_repetition() {
        assert!(has_enough_evidence(&stats(10, 8, 4, 0, 0, 0), 4));
        // Shop words alone name nothing to sell: buttons, not stuffing.
        let mut buttons = stats(10, 8, 4, 0, 0, 0);
        buttons.named_tokens = 0;
        assert!(!has_enough_evidence(&buttons, 4));
        assert!(has_enough_evidence(&stats(12, 0, 0, 12, 0, 0), 4));
        let mut varied = stats(12, 0, 0, 12, 0, 0);
        varied.distinct = 10;
        assert!(!has_enough_evidence(&varied, 4));
        assert!(!has_enough_evidence(&stats(12, 1, 1, 2, 0, 0), 4));
        assert!(!has_enough_evidence(&stats(3, 3, 3, 0, 0, 0), 4));
        let mut chant = stats(12, 0, 0, 2, 3, 0);
        chant.periodic = 12;
        assert!(has_enough_evidence(&chant, 4), "periodic phrases suffice");
        chant.sentence_ends = 3;
        assert!(
            !has_enough_evidence(&chant, 4),
            "but not repeated sentences"
        );
    }
}
