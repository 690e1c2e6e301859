//! Selection: which candidates become spam spans. Token runs must pass
//! their score and the evidence gate; sentence-level passages are clipped
//! where they overlap token spans; whole units are weighed knowing what the
//! others took; then all are merged into sorted, disjoint spans.

use std::ops::Range;

use crate::evidence::{Evidence, mark};
use crate::keywords::cues::{CueKind, Cues as CuePhrases};
use crate::keywords::matcher::Hit;
use crate::model::assembly::*;
use crate::spans::Candidate;
use crate::spans::distinct::DistinctSet;
use crate::spans::ranges;
use crate::spans::stats::{self, SpanStats};
use crate::text::tokenize::{Token, Tokens, flag};

/// The detector settings selection needs.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Settings {
    pub threshold: f64,
    pub min_tokens: usize,
}

/// A chosen span: its tokens, its score and, for a token run whose extent
/// no merge changed, its measures.
#[derive(Debug, Clone)]
pub(crate) struct Chosen {
    pub tokens: Range<usize>,
    pub score: f64,
    pub stats: Option<SpanStats>,
}

/// What selection reads.
pub(crate) struct Selection<'a> {
    pub settings: &'a Settings,
    pub text: &'a str,
    pub toks: &'a Tokens,
    pub tokens: &'a [Token],
    /// The cue phrases: words of a sentence that reports.
    pub cues: &'a CuePhrases,
    pub ev: &'a Evidence,
    /// Scratch space for distinct-word counts.
    pub seen: &'a mut DistinctSet,
    /// The runs accepted so far, sorted, with their scores and measures.
    accepted: Vec<(Range<usize>, f64)>,
    measured: Vec<(Range<usize>, SpanStats)>,
}

impl<'a> Selection<'a> {
    pub(crate) fn new(
        settings: &'a Settings,
        text: &'a str,
        toks: &'a Tokens,
        cues: &'a CuePhrases,
        ev: &'a Evidence,
        seen: &'a mut DistinctSet,
    ) -> Selection<'a> {
        Selection {
            settings,
            text,
            toks,
            tokens: &toks.tokens,
            cues,
            ev,
            seen,
            accepted: Vec::new(),
            measured: Vec::new(),
        }
    }

    /// Takes the token runs that pass their score and the evidence gate.
    pub(crate) fn token_runs(&mut self, runs: &[Range<usize>]) {
        for run in runs {
            let run = &self.without_quiet_paragraphs(run.clone());
            if run.is_empty() {
                continue;
            }
            // Most runs fail on the score, which needs no distinct-word
            // count, by far the dearest measure: it is taken only for the
            // runs that pass.
            let mut stats = stats::counts(self.ev, run.clone());
            let s = stats::spam_score(&stats);
            if s < self.settings.threshold {
                continue;
            }
            stats.distinct = stats::distinct(self.ev, run.clone(), self.seen);
            if stats::has_enough_evidence(&stats, self.settings.min_tokens)
                && !self.is_markup(run)
                && !self.is_clause(run, &stats)
                && !self.is_clauses_across_paragraphs(run)
                && !self.is_quoted_mention(run)
            {
                self.accepted.push((run.clone(), s));
                self.measured.push((run.clone(), stats));
            }
        }
    }

    /// `run` without the whole paragraphs at either end that hold no
    /// keyword and no chanted phrase: a run or a passage reaches the start
    /// or the end of a text for half a switch, and would take a short
    /// paragraph of prose there with it (`Anna says:` / a date / `Great
    /// post!` above a stuffed comment, whose date line repeats the word
    /// pairs of the next one).
    fn without_quiet_paragraphs(&self, run: Range<usize>) -> Range<usize> {
        let t = self.tokens;
        let marks = self.ev.marks();
        let paragraph_starts = |r: Range<usize>| r.filter(move |&i| t[i].has(flag::PARA_BEFORE));
        let quiet = |r: Range<usize>| {
            marks[r]
                .iter()
                .all(|&m| m & (mark::KEYWORD | mark::PERIODIC) == 0)
        };
        let mut start = run.start;
        // The paragraphs that start inside the run, in order; each quiet
        // one before the first with a keyword goes.
        for next in paragraph_starts(run.start + 1..run.end) {
            if !quiet(start..next) {
                break;
            }
            start = next;
        }
        let mut end = run.end;
        for paragraph in paragraph_starts(start + 1..run.end).rev() {
            if !quiet(paragraph..end) {
                break;
            }
            end = paragraph;
        }
        start..end
    }

    /// Takes sentence-level passages, clipped where they overlap the token
    /// runs (call after [`Selection::token_runs`]).
    pub(crate) fn passages(&mut self, passages: Vec<Candidate>) {
        let token_runs = self.accepted.len();
        let mut pieces = Vec::new();
        let passing: Vec<Candidate> = passages
            .into_iter()
            .map(|p| Candidate {
                tokens: self.without_quiet_paragraphs(p.tokens),
                ..p
            })
            .filter(|p| self.passes(p) && !self.reports_on(&p.tokens))
            .collect();
        for p in passing {
            pieces.clear();
            self.clip_passage(p.tokens, &self.accepted[..token_runs], &mut pieces);
            self.accepted.extend(pieces.drain(..).map(|r| (r, p.score)));
        }
    }

    /// The token ranges taken so far, sorted and disjoint.
    pub(crate) fn taken(&self) -> Vec<Range<usize>> {
        if self.accepted.is_empty() {
            return Vec::new();
        }
        ranges::union(self.accepted.iter().map(|(r, _)| r.clone()).collect())
    }

    /// Takes whole units as they are.
    pub(crate) fn units(&mut self, units: Vec<Candidate>) {
        let keep: Vec<Candidate> = units.into_iter().filter(|u| self.passes(u)).collect();
        self.accepted
            .extend(keep.into_iter().map(|u| (u.tokens, u.score)));
    }

    fn passes(&self, c: &Candidate) -> bool {
        c.score >= self.settings.threshold && c.tokens.len() >= self.settings.min_tokens
    }

    /// Everything taken, merged where it overlaps, in text order; a token
    /// run keeps its measures unless a merge changed its extent.
    pub(crate) fn chosen(self) -> Vec<Chosen> {
        if self.accepted.is_empty() {
            return Vec::new();
        }
        let mut accepted = self.accepted;
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
        let measured = self.measured;
        merged
            .into_iter()
            .map(|(tokens, score)| {
                // Token runs are disjoint and sorted, so the one that starts
                // where this span starts is the only candidate.
                let stats = measured
                    .binary_search_by_key(&tokens.start, |(r, _)| r.start)
                    .ok()
                    .filter(|&k| measured[k].0 == tokens)
                    .map(|k| measured[k].1);
                Chosen {
                    tokens,
                    score,
                    stats,
                }
            })
            .collect()
    }

    /// Whether the tokens `r` name a few terms, each that sells once (see
    /// [`Selection::is_clause`]; a term in an address, a page's name, is
    /// passed over), beside a word of reporting: sentences that report on
    /// them.
    fn reports_on(&self, r: &Range<usize>) -> bool {
        use crate::model::gate::CLAUSE_MAX_REPORTED_TERMS;
        let named: Vec<Hit> = self
            .ev
            .hits_in(r.clone())
            .iter()
            .filter(|h| !self.tokens[h.first as usize].has(flag::URL))
            .copied()
            .collect();
        // A sentence that reports names a few terms: a passage, a few per
        // sentence.
        let inner = r.start..r.end.saturating_sub(1).max(r.start);
        let sentences =
            1 + crate::spans::count_where(&self.ev.flags()[inner], |f| f & flag::END_AFTER != 0);
        // Over several sentences a report names its goods or its brands
        // again (a headline and the story under it); spun copy comes back
        // to what sells: its vice terms, shop words and brand-and-goods
        // phrases.
        let marks = self.ev.marks();
        let selling: Vec<Hit> = named
            .iter()
            .filter(|h| marks[h.first as usize] & (mark::PAYLOAD | mark::SHOP) != 0)
            .copied()
            .collect();
        named.len() <= CLAUSE_MAX_REPORTED_TERMS * sentences
            && !names_a_term_twice(&selling)
            && self.reports(r.clone())
    }

    /// Whether a cue phrase of reporting (`fined`, `seized`, `my doctor`)
    /// or of talk about spam (`spam`, `scammers`) starts in the tokens `r`:
    /// a sentence that reports on a trade, or complains of its spam, names
    /// its wares.
    fn reports(&self, r: Range<usize>) -> bool {
        let kinds = CueKind::Reporting.bit() | CueKind::AboutSpam.bit();
        r.into_iter().any(|i| {
            self.cues
                .at(self.toks, i)
                .is_some_and(|h| h.kinds & kinds != 0)
        })
    }

    /// A run that is a clause of a sentence of prose, not stuffing: it
    /// names a few terms once each, inside one sentence on one line, and
    /// the rest of that sentence in the run's writing system (up to a
    /// sentence end, a line break or a list mark either side) is at least
    /// as long, has grammar and is mostly not keywords (`Gucci bags are on
    /// sale at Saks this weekend, with discounts of up to 40%`). A sentence
    /// that reports may be shorter than its terms and name a few more
    /// (`fined an online pharmacy for selling Viagra without a
    /// prescription`, `seized replica watches and fake Gucci bags`). (Its
    /// own bounded walk, not [`crate::spans::sentences_into`]: a list mark ends
    /// the sentence here, and only the run's neighbourhood is read.)
    fn is_clause(&self, run: &Range<usize>, s: &SpanStats) -> bool {
        use crate::model::gate::*;
        let t = self.tokens;
        let breaks_before = |i: usize| t[i].has(flag::LINE_BEFORE | flag::SEP_BEFORE);
        let ends = |i: usize| t[i].has(flag::END_AFTER);
        // A few terms, each once: no word pair said again, no keyword twice.
        let hits = self.ev.hits_in(run.clone());
        if s.repeated_tokens + s.periodic > 0
            || hits.len() > CLAUSE_MAX_REPORTED_TERMS
            || names_a_term_twice(hits)
            || (run.start + 1..run.end).any(breaks_before)
            || (run.start..run.end - 1).any(ends)
        {
            return false;
        }
        let mut from = run.start;
        let floor = run.start.saturating_sub(CLAUSE_MAX_READ);
        while from > floor && !breaks_before(from) && !ends(from - 1) {
            from -= 1;
        }
        let mut to = run.end;
        let ceiling = (run.end + CLAUSE_MAX_READ).min(t.len());
        if !ends(run.end - 1) {
            while to < ceiling && !breaks_before(to) {
                to += 1;
                if ends(to - 1) {
                    break;
                }
            }
        }
        // The sentence is the words around the run in its writing system:
        // a sentence in another language glued to it is another sentence.
        let script = t[run.start].flags & flag::SCRIPT_MASK;
        let marks = self.ev.marks();
        let rest = || {
            (from..run.start)
                .chain(run.end..to)
                .filter(|&i| t[i].flags & flag::SCRIPT_MASK == script)
                .map(|i| marks[i])
        };
        let rest_len = rest().count();
        let function_words = rest().filter(|m| m & mark::FUNCTION != 0).count();
        let keywords = rest().filter(|m| m & mark::KEYWORD != 0).count();
        // A sentence that reports (`fined`, `seized`, `my doctor`) may be
        // short beside the terms it names: they are what it reports on.
        // Past a few terms, or past the length of the sentence around
        // them, only a sentence that reports names them.
        let short = hits.len() > CLAUSE_MAX_TERMS || rest_len < CLAUSE_REST_PER_RUN * run.len();
        (!short || self.reports(from..to))
            && function_words >= CLAUSE_MIN_FUNCTION_WORDS
            && keywords as f64 <= CLAUSE_MAX_KEYWORD_SHARE * rest_len as f64
    }

    /// A run across paragraph breaks whose part in each paragraph is a
    /// clause of that paragraph's own sentence (see
    /// [`Selection::is_clause`]): a headline ending on a term over a
    /// paragraph that opens on one (`How to spot a fake Louis Vuitton bag`
    /// / `Replica bags are everywhere, from street markets…`). Stuffing
    /// set one phrase to a paragraph has no sentence around its phrases.
    fn is_clauses_across_paragraphs(&self, run: &Range<usize>) -> bool {
        let t = self.tokens;
        let mut breaks = (run.start + 1..run.end).filter(|&i| t[i].has(flag::PARA_BEFORE));
        let Some(first) = breaks.next() else {
            return false;
        };
        let mut from = run.start;
        for end in std::iter::once(first)
            .chain(breaks)
            .chain(std::iter::once(run.end))
        {
            let piece = from..end;
            if !self.is_clause(&piece, &stats::counts(self.ev, piece.clone())) {
                return false;
            }
            from = end;
        }
        true
    }

    /// A run set in quotation marks in a paragraph that reports or speaks
    /// of spam (`Most were the usual: 'cheap viagra online', 'replica
    /// watches'…` under `our blog got 3,000 spam comments`): the writer
    /// quotes what was sent, and sells none of it.
    fn is_quoted_mention(&self, run: &Range<usize>) -> bool {
        use crate::model::gate::CLAUSE_MAX_READ;
        const QUOTES: &[char] = &['\'', '"', '‘', '’', '“', '”', '«', '»', '„'];
        let t = self.tokens;
        let (start, end) = (t[run.start].start(), t[run.end - 1].end());
        // French sets its guillemets apart with a space: « casino en ligne ».
        let opens = self.text[..start]
            .trim_end()
            .chars()
            .next_back()
            .is_some_and(|c| QUOTES.contains(&c));
        let closes = self.text[end..]
            .trim_start()
            .chars()
            .next()
            .is_some_and(|c| QUOTES.contains(&c));
        if !(opens && closes) {
            return false;
        }
        // The paragraph around the run, read a bounded way either side.
        let mut from = run.start;
        let floor = run.start.saturating_sub(CLAUSE_MAX_READ);
        while from > floor && !t[from].has(flag::PARA_BEFORE) {
            from -= 1;
        }
        let mut to = run.end;
        let ceiling = (run.end + CLAUSE_MAX_READ).min(t.len());
        while to < ceiling && !t[to].has(flag::PARA_BEFORE) {
            to += 1;
        }
        self.reports(from..to)
    }

    /// Markup without keywords (`type="video/mp4">` repeated): a page's
    /// code, not stuffing.
    fn is_markup(&self, run: &Range<usize>) -> bool {
        if !self.ev.hits_in(run.clone()).is_empty() {
            return false;
        }
        let bytes = &self.text[self.tokens[run.start].start()..self.tokens[run.end - 1].end()];
        let marks = bytes.bytes().filter(|b| b"<>=\"/{}".contains(b)).count();
        marks * TOKENS_PER_MARKUP_MARK >= run.len()
    }

    /// A sentence-level passage is coarse: where it overlaps token-level
    /// spans, the parts of it outside them are kept only if they hold strong
    /// hits of their own or no grammar at all. So a sentence that runs from
    /// prose into stuffing is split at the token, and prose between two
    /// spans is never swallowed.
    fn clip_passage(
        &self,
        p: Range<usize>,
        runs: &[(Range<usize>, f64)],
        out: &mut Vec<Range<usize>>,
    ) {
        let payload_hits = |r: &Range<usize>| {
            self.ev
                .hits_in(r.clone())
                .iter()
                .filter(|h| self.ev.marks()[h.first as usize] & mark::PAYLOAD != 0)
                .count()
        };
        // No grammar at all: no function word and no sentence end.
        let no_prose = |r: &Range<usize>| {
            self.ev.marks()[r.clone()]
                .iter()
                .all(|m| m & mark::FUNCTION == 0)
                && self.tokens[r.clone()]
                    .iter()
                    .all(|t| !t.has(flag::END_AFTER))
        };
        // The runs are sorted and disjoint.
        let pieces = ranges::outside(&p, runs, |(r, _)| r);
        if pieces.len() == 1 && pieces[0] == p {
            out.push(p);
            return;
        }
        out.extend(
            pieces
                .into_iter()
                .filter(|r| payload_hits(r) >= CLIPPED_PAYLOAD_HITS || no_prose(r)),
        );
    }
}

/// Whether two of the keyword hits `hits` are the same term.
fn names_a_term_twice(hits: &[Hit]) -> bool {
    hits.iter()
        .enumerate()
        .any(|(k, h)| hits[..k].iter().any(|g| g.pattern == h.pattern))
}
