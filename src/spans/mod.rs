//! The span stage: the Viterbi runs of token evidence, their measures and
//! scores, and the other candidates (spun sentences, foreign passages,
//! whole units) that the report is assembled from.

pub(crate) mod distinct;
pub(crate) mod foreign;
pub(crate) mod ranges;
pub(crate) mod segmentation;
pub(crate) mod select;
pub(crate) mod spun;
pub(crate) mod stats;
pub(crate) mod units;

use std::ops::Range;

use crate::text::tokenize::{Token, flag};

/// A span of spam found by a sentence- or unit-level stage (spun text,
/// foreign passages, whole units), in tokens, with its score in
/// `0.0..=1.0`: what the report is assembled from besides the token runs.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Candidate {
    pub tokens: Range<usize>,
    pub score: f64,
}

/// Token ranges of sentences: a sentence ends at final punctuation or at a
/// line break.
#[cfg(test)]
pub(crate) fn sentences(tokens: &[Token]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    sentences_into(tokens, &mut out);
    out
}

/// The token ranges of the sentences of `tokens` into `out` (emptied
/// first): a sentence ends at final punctuation or at a line break.
pub(crate) fn sentences_into(tokens: &[Token], out: &mut Vec<Range<usize>>) {
    out.clear();
    let mut start = 0;
    for (i, t) in tokens.iter().enumerate() {
        let next_breaks = tokens.get(i + 1).is_none_or(|n| n.has(flag::LINE_BEFORE));
        if t.has(flag::END_AFTER) || next_breaks {
            out.push(start..i + 1);
            start = i + 1;
        }
    }
}

/// How many of `values` pass `keep`. Counted in 16-bit lanes (eight to a
/// vector, where a `usize` count has two), in pieces too short to overflow
/// one.
pub(crate) fn count_where(values: &[u16], keep: impl Fn(u16) -> bool) -> usize {
    values
        .chunks(usize::from(u16::MAX))
        .map(|piece| usize::from(piece.iter().fold(0u16, |n, &v| n + u16::from(keep(v)))))
        .sum()
}

/// How many flags [`each_with`] and [`first_with`] look at in one go.
const GROUP: usize = 16;

/// Calls `at` with the index of each of `values` that has any of `bits`,
/// in order. The values are read sixteen at a time, and a group none of
/// which has them is passed over after one vectorised look: a sparse flag
/// costs a fraction of an instruction per token, where a branch per token
/// costs several.
pub(crate) fn each_with(values: &[u16], bits: u16, mut at: impl FnMut(usize)) {
    let mut groups = values.chunks_exact(GROUP);
    let mut base = 0;
    for group in &mut groups {
        if group.iter().fold(0, |all, &v| all | v) & bits != 0 {
            for (k, &v) in group.iter().enumerate() {
                if v & bits != 0 {
                    at(base + k);
                }
            }
        }
        base += GROUP;
    }
    for (k, &v) in groups.remainder().iter().enumerate() {
        if v & bits != 0 {
            at(base + k);
        }
    }
}

/// The index of the first of `values` that has any of `bits`: read
/// sixteen at a time, as [`each_with`] reads them.
pub(crate) fn first_with(values: &[u16], bits: u16) -> Option<usize> {
    let mut found = None;
    let mut groups = values.chunks_exact(GROUP);
    let mut base = 0;
    for group in &mut groups {
        if group.iter().fold(0, |all, &v| all | v) & bits != 0 {
            found = group.iter().position(|&v| v & bits != 0).map(|k| base + k);
            break;
        }
        base += GROUP;
    }
    found.or_else(|| {
        let rest = &values[base..];
        rest.iter().position(|&v| v & bits != 0).map(|k| base + k)
    })
}

/// The texts of the candidates a sentence-level `find` gives for `text`
/// under the built-in lexicon, for unit tests.
#[cfg(test)]
pub(crate) fn candidate_texts(
    text: &str,
    find: impl Fn(&[Token], &[Range<usize>], &crate::evidence::Evidence) -> Vec<Candidate>,
) -> Vec<String> {
    let (toks, ev) = crate::evidence::for_test(text);
    find(&toks.tokens, &sentences(&toks.tokens), &ev)
        .into_iter()
        .map(|c| {
            let (a, b) = (&toks.tokens[c.tokens.start], &toks.tokens[c.tokens.end - 1]);
            text[a.start()..b.end()].to_string()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_are_found_across_groups() {
        const WANTED: u16 = 0b0100;
        // Lengths around the group size, with the wanted flag at the
        // edges of groups, in the remainder, everywhere or nowhere.
        let cases: &[(usize, &[usize])] = &[
            (0, &[]),
            (5, &[]),
            (5, &[0, 4]),
            (16, &[15]),
            (17, &[16]),
            (40, &[0, 15, 16, 31, 32, 39]),
            (48, &(0..48).collect::<Vec<_>>()),
        ];
        for &(len, at) in cases {
            // Other bits everywhere: only the wanted one counts.
            let mut values = vec![0b1011u16; len];
            for &k in at {
                values[k] |= WANTED;
            }
            let mut seen = Vec::new();
            each_with(&values, WANTED, |k| seen.push(k));
            assert_eq!(seen, at, "each_with, {len} values");
            assert_eq!(
                first_with(&values, WANTED),
                at.first().copied(),
                "first_with, {len} values"
            );
            assert_eq!(count_where(&values, |v| v & WANTED != 0), at.len());
        }
    }
}
