//! Sentence-level detection of spun spam: grammatical text (it has function
//! words and full stops, so the token-level model calls it prose) whose
//! sentences keep returning to pharmacy, gambling or counterfeit terms.
//!
//! Sentences get an emission (vice hits against length) and a second
//! two-state segmentation joins consecutive spammy sentences, bridging the
//! odd sentence without a hit, as spun articles have.

use std::ops::Range;

use crate::evidence::{Evidence, mark};
use crate::model::logistic;
use crate::model::spun::*;
use crate::spans::Candidate;
use crate::spans::segmentation::spam_runs;
use crate::text::tokenize::{Token, flag};

/// Whether the text has the vice terms a passage needs (a combination
/// counting half): a passage has at most the text's, and most texts have
/// too few to read their sentences for.
pub(crate) fn may_find(tokens: &[Token], ev: &Evidence) -> bool {
    let (mut vice, mut combo) = (0, 0);
    for h in ev.hits() {
        let m = ev.marks()[h.first as usize];
        if !tokens[h.first as usize].has(flag::URL) {
            vice += usize::from(m & mark::VICE != 0);
            combo += usize::from(m & (mark::VICE | mark::COMBO) == mark::COMBO);
        }
    }
    vice + combo / 2 >= MIN_VICE_HITS
}

/// Finds spun-spam passages; `sentences` are those of [`sentences_into`](crate::spans::sentences_into).
pub(crate) fn find(tokens: &[Token], sentences: &[Range<usize>], ev: &Evidence) -> Vec<Candidate> {
    if sentences.is_empty() || !may_find(tokens, ev) {
        return Vec::new();
    }
    let mut vice = vec![0usize; sentences.len()];
    let mut combo = vec![0usize; sentences.len()];
    let mut other = vec![0usize; sentences.len()];
    let mut s = 0;
    for h in ev.hits() {
        while sentences[s].end <= h.first as usize {
            s += 1;
        }
        // A term in an address names a site or a page: it counts as a
        // keyword of the sentence, not as the vice it names (links are
        // weighed with their unit).
        let m = ev.marks()[h.first as usize];
        if tokens[h.first as usize].has(flag::URL) {
            other[s] += 1;
        } else if m & mark::VICE != 0 {
            vice[s] += 1;
        } else if m & mark::COMBO != 0 {
            combo[s] += 1;
        } else {
            other[s] += 1;
        }
    }
    // Read from the flags side by side: a vectorised count, not a walk
    // over the tokens' 24 bytes each.
    let flags = ev.flags();
    let words: Vec<f32> = sentences
        .iter()
        .map(|r| {
            let cjk = crate::spans::count_where(&flags[r.clone()], |f| f & flag::CJK != 0);
            (r.len() - cjk) as f32 + cjk as f32 / CJK_CHARS_PER_WORD
        })
        .collect();
    let emission: Vec<f32> = (0..sentences.len())
        .map(|i| {
            VICE_HIT * vice[i] as f32 + COMBO_HIT * combo[i] as f32 + OTHER_HIT * other[i] as f32
                - WORD_COST * words[i]
        })
        .collect();
    let tokens_of = |r: Range<usize>| tokens[r].iter();
    let mut runs = Vec::new();
    spam_runs(&emission, SWITCH_COST, &mut runs);
    runs.into_iter()
        .filter_map(|run| {
            // Combinations count as half a vice term each.
            let v = vice[run.clone()].iter().sum::<usize>()
                + combo[run.clone()].iter().sum::<usize>() / 2;
            let w: f32 = words[run.clone()].iter().sum();
            let gain: f32 = emission[run.clone()].iter().sum();
            // Vice terms alone are what a story about casinos or drugs is
            // made of: without a shop word, a link or a price beside them
            // (something to buy, somewhere to buy it) a passage needs
            // more than twice as many.
            let tokens = sentences[run.start].start..sentences[run.end - 1].end;
            let backed = other[run.clone()]
                .iter()
                .chain(&combo[run.clone()])
                .any(|&n| n > 0)
                || tokens_of(tokens.clone()).any(|t| t.has(flag::URL | flag::PRICE));
            let least = if backed {
                MIN_VICE_HITS
            } else {
                MIN_UNBACKED_VICE_HITS_IN_SENTENCES
            };
            (v >= least && w / v as f32 <= MAX_WORDS_PER_VICE_HIT).then(|| Candidate {
                tokens,
                score: logistic(f64::from((gain - SWITCH_COST) / GAIN_SCALE)),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn passages(text: &str) -> Vec<String> {
        crate::spans::candidate_texts(text, find)
    }

    #[test]
    fn finds_spun_pharmacy_text_after_prose() {
        let prose = "The council approved the new budget on Tuesday. Members said the plan \
                     would fund two schools and a library over the next five years.";
        let spun = "Looking for viagra? Our online pharmacy sells generic viagra with no \
                    prescription. Many men buy viagra online because it is easy. Order \
                    cialis today and enjoy the best online pharmacy prices.";
        let found = passages(&format!("{prose}\n\n{spun}"));
        assert_eq!(found, [spun.trim_end_matches('.')]);
    }

    #[test]
    fn a_news_story_mentioning_a_drug_once_is_not_a_passage() {
        let text = "Regulators said on Monday that sales of Viagra had slowed. \
                    The company expects a generic version next year, analysts said, \
                    and prices are likely to fall as more makers enter the market.";
        assert!(passages(text).is_empty());
    }
}
