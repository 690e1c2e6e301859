//! Two-state segmentation of the token stream into prose and spam runs.
//!
//! A Viterbi pass picks, for every token, the state that maximises the summed
//! evidence of the spam tokens minus a fixed cost for every change of state.
//! The cost keeps single keywords in prose from becoming spans, while the
//! token-level decision lets a span start right after the last full stop,
//! even on the same line.

use std::ops::Range;

use crate::model::segmentation::{END_SHARE, SKIP_MARGIN};

/// Runs of tokens (half-open index ranges) that the segmentation labels spam.
pub(crate) fn spam_runs(score: &[f32], switch_cost: f32, runs: &mut Vec<Range<usize>>) {
    runs.clear();
    let n = score.len();
    // Every spam run pays a whole switch cost (entering and leaving, or half
    // of each at the text's ends), so with less positive evidence than that
    // in the whole text the best path is all prose. Most clean texts stop
    // here. The margin keeps float rounding from deciding.
    if n == 0 || !reaches(score, switch_cost * SKIP_MARGIN) {
        return;
    }
    // Only the lead of the best path ending in spam over the best ending in
    // prose matters: with `lead = spam - prose`, one step is
    //   prose' = prose + max(0, lead - cost)
    //   spam'  = prose + max(lead, -cost) + s
    // so lead' = clamp(lead, -cost, cost) + s. One short chain of float
    // operations per token instead of two maxima of growing sums, and the
    // lead stays small, so rounding does not grow with the text.
    // back[i] bit 0: best predecessor of "prose at i" was spam;
    // bit 1: best predecessor of "spam at i" was prose.
    let mut back = vec![0u8; n];
    // Starting or ending a text in spam costs half a switch.
    let mut lead = -switch_cost * END_SHARE;
    for (b, &s) in back.iter_mut().zip(score) {
        // Branches, not selects: in a long stretch of prose the lead stays
        // clamped at -cost, the branch is always taken, and the next lead
        // does not wait for this one.
        if lead < -switch_cost {
            *b = 2;
            lead = -switch_cost + s;
        } else if lead > switch_cost {
            *b = 1;
            lead = switch_cost + s;
        } else {
            *b = 0;
            lead += s;
        }
    }
    let mut in_spam = lead > switch_cost * END_SHARE;
    let mut end = n;
    for i in (0..n).rev() {
        let b = back[i];
        if in_spam {
            if b & 2 != 0 {
                runs.push(i..end);
                in_spam = false;
            }
        } else if b & 1 != 0 {
            in_spam = true;
            end = i;
        }
    }
    if in_spam {
        runs.push(0..end);
    }
    runs.reverse();
}

/// Whether the positive scores add up to `bound`. Eight partial sums, so
/// the loop vectorises, checked every 64 scores, so a text full of evidence
/// stops early.
fn reaches(score: &[f32], bound: f32) -> bool {
    let mut lanes = [0.0f32; 8];
    for block in score.chunks(64) {
        let mut eights = block.chunks_exact(8);
        for eight in &mut eights {
            for (lane, &s) in lanes.iter_mut().zip(eight) {
                *lane += if s > 0.0 { s } else { 0.0 };
            }
        }
        for (lane, &s) in lanes.iter_mut().zip(eights.remainder()) {
            *lane += if s > 0.0 { s } else { 0.0 };
        }
        if lanes.iter().sum::<f32>() >= bound {
            return true;
        }
    }
    false
}

#[cfg(test)]
#[allow(clippy::single_range_in_vec_init)]
mod tests {
    use super::*;

    fn runs(score: &[f32], cost: f32) -> Vec<Range<usize>> {
        let mut r = Vec::new();
        spam_runs(score, cost, &mut r);
        r
    }

    #[test]
    fn finds_a_tail() {
        let s = [-1.0, -1.0, -2.0, 2.0, 2.0, 2.0];
        assert_eq!(runs(&s, 3.0), vec![3..6]);
    }

    #[test]
    fn finds_head_and_middle() {
        let s = [2.0, 2.0, 2.0, -2.0, -2.0, -2.0, 3.0, 3.0, 3.0, -1.0, -1.0];
        assert_eq!(runs(&s, 2.0), [0..3, 6..9]);
    }

    #[test]
    fn all_spam_and_no_spam() {
        assert_eq!(runs(&[1.0; 5], 2.0), vec![0..5]);
        assert!(runs(&[-0.5; 5], 2.0).is_empty());
        assert!(runs(&[], 2.0).is_empty());
    }

    /// The value of labelling tokens `runs` spam: their scores, less a
    /// switch per change of state and half a switch per text end in spam.
    fn value(score: &[f32], runs: &[Range<usize>], cost: f32) -> f32 {
        let mut v = 0.0;
        for r in runs {
            v += score[r.clone()].iter().sum::<f32>();
            v -= if r.start == 0 { cost / 2.0 } else { cost };
            v -= if r.end == score.len() {
                cost / 2.0
            } else {
                cost
            };
        }
        v
    }

    proptest::proptest! {
        /// The runs found are worth as much as the best of all labellings,
        /// found by trying every one.
        #[test]
        fn segmentation_is_optimal(
            quarters in proptest::collection::vec(-12i32..12, 0..11),
            cost in 1i32..16,
        ) {
            let score: Vec<f32> = quarters.iter().map(|&q| q as f32 / 4.0).collect();
            let cost = cost as f32 / 4.0;
            let n = score.len();
            let best = (0u32..1 << n)
                .map(|labels| {
                    let mut runs = Vec::new();
                    let mut i = 0;
                    while i < n {
                        if labels >> i & 1 == 1 {
                            let start = i;
                            while i < n && labels >> i & 1 == 1 {
                                i += 1;
                            }
                            runs.push(start..i);
                        } else {
                            i += 1;
                        }
                    }
                    value(&score, &runs, cost)
                })
                .fold(f32::MIN, f32::max);
            let found = value(&score, &runs(&score, cost), cost);
            proptest::prop_assert!((found - best).abs() < 1e-4, "{found} vs {best}");
        }
    }

    #[test]
    fn little_positive_evidence_means_no_run() {
        // 2.9 of evidence cannot pay for a switch of 3.0, wherever it is.
        assert!(runs(&[-1.0, 1.45, 1.45, -1.0], 3.0).is_empty());
        assert!(runs(&[2.9, -1.0], 3.0).is_empty());
        // Just over the cost, for a text all spam (half a switch at each
        // end), is a run.
        assert_eq!(runs(&[3.1], 3.0), vec![0..1]);
        assert_eq!(runs(&[1.6, 1.5], 3.0), vec![0..2]);
        // Evidence spread thin over many blocks of the early check.
        assert!(runs(&[0.02; 100], 3.0).is_empty());
        assert_eq!(runs(&[0.05; 100], 3.0), vec![0..100]);
        assert!(reaches(&[0.05; 100], 4.9) && !reaches(&[0.05; 100], 5.1));
    }

    #[test]
    fn switch_cost_suppresses_lone_hits() {
        let s = [-1.0, -1.0, 1.5, -1.0, -1.0];
        assert!(runs(&s, 2.0).is_empty());
        assert_eq!(runs(&s, 0.5), vec![2..3]);
    }
}
