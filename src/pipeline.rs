//! One analysis, stage by stage, each reading only what the stages before
//! it produced:
//!
//! text → tokens → word classes → keyword hits → token evidence → Viterbi
//! runs → sentence-level candidates (spun text, foreign passages) →
//! selection (token runs gated, passages clipped, then whole units weighed
//! knowing what those took, all merged) → report.

use std::ops::Range;

use crate::evidence::Evidence;
use crate::keywords::cues::Cues;
use crate::keywords::matcher::{Hit, Matcher};
use crate::keywords::words::{WordClasses, WordTable};
use crate::model::segmentation::SWITCH_COST;
use crate::report::Report;
use crate::report::assemble::Assembler;
use crate::spans::distinct::DistinctSet;
use crate::spans::select::{Selection, Settings};
use crate::spans::{self, foreign, segmentation, spun, units};
use crate::text::fold::Disguises;
use crate::text::tokenize::{Tokens, tokenize_into};

/// What a detector compiled from its configuration: the stages' read-only
/// inputs.
#[derive(Debug)]
pub(crate) struct Model {
    pub matcher: Matcher,
    pub cues: Cues,
    pub words: WordTable,
    pub settings: Settings,
}

/// The buffers of one analysis, reused from one text to the next, so that
/// a corpus pass does not allocate and zero fresh memory for every document.
#[derive(Debug, Default)]
pub(crate) struct Scratch {
    toks: Tokens,
    words: WordClasses,
    hits: Vec<Hit>,
    ev: Evidence,
    runs: Vec<Range<usize>>,
    sentences: Vec<Range<usize>>,
    seen: DistinctSet,
    units: units::Buffers,
}

/// Analyses `text` (at most one window long); `disguised` says where the
/// text had disguised letters.
pub(crate) fn analyze(
    model: &Model,
    text: &str,
    disguised: &Disguises,
    scratch: &mut Scratch,
) -> Report {
    let Scratch {
        toks,
        words,
        hits,
        ev,
        runs,
        sentences,
        seen,
        units: unit_buffers,
    } = scratch;
    tokenize_into(text, toks);
    words.classify(&toks.tokens, &model.words);
    model
        .matcher
        .find(text, toks, |i| words.starts_term(i), hits);
    ev.compute(&toks.tokens, words, hits, &model.matcher);
    segmentation::spam_runs(ev.scores(), SWITCH_COST, runs);
    // Both sentence-level passes need a few keyword hits; most texts have
    // too few, and their sentences are never read.
    sentences.clear();
    let (spun_may, foreign_may) = (spun::may_find(&toks.tokens, ev), foreign::may_find(ev));
    if spun_may || foreign_may {
        spans::sentences_into(&toks.tokens, sentences);
    }
    let mut passages = if spun_may {
        spun::find(&toks.tokens, sentences, ev)
    } else {
        Vec::new()
    };
    if foreign_may {
        passages.extend(foreign::find(&toks.tokens, sentences, ev));
    }
    let mut selection = Selection::new(&model.settings, text, toks, &model.cues, ev, seen);
    selection.token_runs(runs);
    selection.passages(passages);
    let taken = selection.taken();
    let inputs = units::Inputs {
        text,
        toks,
        words,
        cues: &model.cues,
        ev,
        matcher: &model.matcher,
        disguised,
    };
    selection.units(units::find(&inputs, &taken, unit_buffers));
    let chosen = selection.chosen();
    let assembler = Assembler {
        settings: &model.settings,
        matcher: &model.matcher,
        text,
        tokens: &toks.tokens,
        ev,
        seen,
    };
    assembler.report(chosen)
}
