//! Repetition: words seen again a few tokens back, word pairs seen again
//! and again within a window, phrases said back to back.

use super::pairs::Seen;
use super::{Evidence, REPEATED_WORD, mark};
use crate::model::evidence::{
    MAX_PERIOD, MIN_CHANT_BYTES, MIN_PAIR_OCCURRENCES, MIN_WORD_CHANT, WORD_WINDOW,
};
use crate::text::tokenize::{Token, flag};

/// Fills `out` with each token's echoes: bit `p` set when the token `p`
/// back has the same (32-bit) hash.
// The four passes stay functions of their own: inlined into
// `Evidence::compute` (as the compiler chose after unrelated changes) they
// cost 0.7% more instructions per analysis.
#[inline(never)]
pub(super) fn echoes(hashes: &[u32], out: &mut Vec<u16>) {
    let n = hashes.len();
    out.clear();
    out.resize(n, 0);
    // One pass per distance: each is a plain loop of vector compares.
    for p in 1..=MAX_PERIOD.min(n.saturating_sub(1)) {
        let pairs = out[p..].iter_mut().zip(&hashes[p..]).zip(hashes);
        for ((e, &now), &back) in pairs {
            *e |= u16::from(now == back) << p;
        }
    }
}

/// Marks phrases of up to [`MAX_PERIOD`] tokens that occur three or more
/// times in a row (a single word: four or more times, and not a short one).
/// One pass over the tokens that repeat a recent one, `repeating` (see
/// [`Walks`]), comparing each with the token `p` back for every period.
#[inline(never)]
pub(super) fn periodic_marks(
    tokens: &[Token],
    echoes: &[u16],
    repeating: &[u32],
    marks: &mut [u16],
) {
    let n = tokens.len();
    // run[p]: how many consecutive tokens so far equal the token p back.
    let mut run = [0usize; MAX_PERIOD + 1];
    let close = |p: usize, end: usize, len: usize, marks: &mut [u16]| {
        let needed = if p == 1 { MIN_WORD_CHANT } else { 2 * p };
        // Most runs are one word seen again: too short to look at.
        if len < needed {
            return;
        }
        let first = end - len - p;
        let phrase = &tokens[first..first + p];
        let bytes: usize = phrase.iter().map(|t| t.end() - t.start()).sum();
        // One word over and over is period 1, whatever p found it.
        let uniform = phrase.iter().all(|t| t.hash == phrase[0].hash);
        let long_enough = bytes >= MIN_CHANT_BYTES && (p == 1 || !uniform);
        // A sentence said three times is a duplicated paragraph, not chanting.
        let sentence = phrase.iter().any(|t| t.has(flag::END_AFTER));
        // Grammar said again and again, with one other word at most and no
        // keyword (`on and on and on`, `да да да да`, `round and round and
        // round`), is emphasis or a refrain: it chants nothing to sell.
        let emphasis = |marks: &[u16]| {
            let phrase_marks = &marks[first..first + p];
            let other_words = phrase_marks
                .iter()
                .filter(|&&m| m & mark::LISTED_FUNCTION_WORD == 0)
                .count();
            phrase_marks.iter().all(|&m| m & mark::KEYWORD == 0)
                && (other_words == 0 || (other_words == 1 && p > 1 && !uniform))
        };
        if long_enough && !sentence && !emphasis(marks) {
            for m in &mut marks[first..end] {
                *m |= mark::PERIODIC;
            }
        }
    };
    // Bit p of `open`: a run of period p is going on.
    let mut open = 0u16;
    let mut last = 0;
    for &i in repeating {
        let i = i as usize;
        if last + 1 != i {
            // The token after the last one walked equals none: every run
            // ends there.
            while open != 0 {
                let p = open.trailing_zeros() as usize;
                close(p, last + 1, run[p], marks);
                run[p] = 0;
                open &= open - 1;
            }
        }
        last = i;
        let equal = echoes[i];
        let mut closing = open & !equal;
        while closing != 0 {
            let p = closing.trailing_zeros() as usize;
            close(p, i, run[p], marks);
            run[p] = 0;
            closing &= closing - 1;
        }
        let mut going = equal;
        while going != 0 {
            let p = going.trailing_zeros() as usize;
            run[p] += 1;
            going &= going - 1;
        }
        open = equal;
    }
    let end = (last + 1).min(n);
    while open != 0 {
        let p = open.trailing_zeros() as usize;
        close(p, end, run[p], marks);
        open &= open - 1;
    }
}

#[inline(never)]
pub(super) fn repetition_marks(tokens: &[Token], ev: &mut Evidence) {
    let n = tokens.len();
    let marks = &mut ev.marks;
    let listed = |m: u16| m & mark::LISTED_FUNCTION_WORD != 0;
    let content = |t: &Token, m: u16| !t.has(flag::URL | flag::DIGIT | flag::CJK) && !listed(m);
    for i in 0..n {
        // The same word one to WORD_WINDOW tokens back, nearest first.
        let mut near = ev.echoes[i] & ((2 << WORD_WINDOW) - 2);
        if near != 0 && content(&tokens[i], marks[i]) {
            while near != 0 {
                let p = i - near.trailing_zeros() as usize;
                if content(&tokens[p], marks[p]) {
                    marks[i] |= REPEATED_WORD;
                    marks[p] |= REPEATED_WORD;
                    break;
                }
                near &= near - 1;
            }
        }
    }
    let pair_ends = ev.walks.pair_ends();
    ev.pairs.start(n);
    // Previous occurrence of the pair ending at i - 1, for CJK trigrams.
    let mut prev_pair_at: Option<usize> = None;
    let mut prev_i = 0;
    for &i in pair_ends {
        let i = i as usize;
        if prev_i + 1 != i {
            // The pair ending at i - 1 was not looked up.
            prev_pair_at = None;
        }
        prev_i = i;
        let (a, t) = (&tokens[i - 1], &tokens[i]);
        let key = a.hash.rotate_left(23) ^ t.hash.wrapping_mul(0x9e37_79b9_7f4a_7c15);
        let Some(Seen {
            last: p,
            before: q,
            count,
        }) = ev.pairs.see(key, i)
        else {
            prev_pair_at = None;
            continue;
        };
        // Han and kana pairs repeat in ordinary prose (they are words), so
        // those need a repeated run of three.
        let cjk = t.has(flag::CJK) || a.has(flag::CJK);
        let run3 = prev_pair_at.is_some_and(|r| r + 1 == p);
        prev_pair_at = Some(p);
        // A phrase said twice is a heading echoed or a caption duplicated;
        // stuffing says it again and again. A sentence end between two
        // occurrences makes a repeated sentence: duplicated prose.
        if count >= MIN_PAIR_OCCURRENCES && (!cjk || run3) {
            let across_sentences = ev.flags[p - 1..i].iter().any(|f| f & flag::END_AFTER != 0);
            if across_sentences {
                continue;
            }
            for j in [i - 1, i, p - 1, p] {
                marks[j] |= mark::REPEAT;
            }
            if let Some(q) = q {
                marks[q - 1] |= mark::REPEAT;
                marks[q] |= mark::REPEAT;
            }
        }
    }
}

/// The tokens the two repetition passes walk, gathered in one pass and
/// without branches: which tokens they are follows no pattern a branch
/// predictor learns, so a pass that walks only those stops guessing at
/// every token (and one loop fills both lists).
#[derive(Debug, Clone, Default)]
pub(super) struct Walks {
    /// Positions; each list only grows (every entry read is written first).
    pair_ends: Vec<u32>,
    repeating: Vec<u32>,
    pairs: usize,
    repeats: usize,
}

impl Walks {
    /// Gathers both lists from the tokens' echoes, flags and marks.
    ///
    /// The pairs worth a look end at the positions in `pair_ends`: numbers
    /// and codes repeat in tables, prices and data, not in stuffing, and
    /// pairs with a function word repeat in any prose ("of the", "said
    /// the"); stuffing repeats the content words. Neither kind is looked up.
    ///
    /// The tokens that equal one of the eight before them are in
    /// `repeating`; most tokens equal none (numbers and address words count
    /// as equal to none).
    #[inline(never)]
    pub(super) fn gather(&mut self, echoes: &[u16], flags: &[u16], marks: &[u16]) {
        let n = flags.len();
        for list in [&mut self.pair_ends, &mut self.repeating] {
            if list.len() < n {
                list.resize(n, 0);
            }
        }
        let (mut pairs, mut repeats) = (0, 0);
        let numbers = |f: u16| f & (flag::URL | flag::DIGIT) != 0;
        for i in 1..n {
            let grammar = (marks[i - 1] | marks[i]) & mark::LISTED_FUNCTION_WORD != 0;
            self.pair_ends[pairs] = i as u32;
            pairs += usize::from(!(numbers(flags[i - 1] | flags[i]) | grammar));
            self.repeating[repeats] = i as u32;
            repeats += usize::from((echoes[i] != 0) & !numbers(flags[i]));
        }
        (self.pairs, self.repeats) = (pairs, repeats);
    }

    pub(super) fn pair_ends(&self) -> &[u32] {
        &self.pair_ends[..self.pairs]
    }

    pub(super) fn repeating(&self) -> &[u32] {
        &self.repeating[..self.repeats]
    }
}
