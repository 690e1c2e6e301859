//! Builds a [`Report`] from the chosen spans: the prose between them, and
//! each segment's signals (measures, keywords, top repeated words).

use std::ops::Range;

use crate::evidence::{Evidence, mark};
use crate::keywords::matcher::Matcher;
use crate::model::assembly::*;
use crate::report::{KeywordHit, Repeat, Report, Segment, Signals};
use crate::spans::distinct::DistinctSet;
use crate::spans::select::{Chosen, Settings};
use crate::spans::stats::{self, SpanStats};
use crate::text::tokenize::{BULLETS, Token, flag};

/// Builds the report from the chosen spans.
pub(crate) struct Assembler<'a> {
    pub settings: &'a Settings,
    pub matcher: &'a Matcher,
    pub text: &'a str,
    pub tokens: &'a [Token],
    pub ev: &'a Evidence,
    /// Scratch space for distinct-word counts.
    pub seen: &'a mut DistinctSet,
}

impl Assembler<'_> {
    pub(crate) fn report(mut self, chosen: Vec<Chosen>) -> Report {
        let mut segments = Vec::new();
        let mut prose_from = 0;
        for c in chosen {
            let run = c.tokens;
            let stats = c
                .stats
                .unwrap_or_else(|| stats::measure(self.ev, run.clone(), self.seen));
            if prose_from < run.start {
                segments.push(self.prose(prose_from..run.start));
            }
            segments.push(self.segment(run.clone(), true, c.score, &stats));
            prose_from = run.end;
        }
        if prose_from < self.tokens.len() {
            segments.push(self.prose(prose_from..self.tokens.len()));
        }
        Report::new(self.text.len(), segments)
    }

    fn prose(&mut self, run: Range<usize>) -> Segment {
        let stats = stats::measure(self.ev, run.clone(), self.seen);
        // Prose scores stay below the threshold (0 when it is 0), so that a
        // report's score and its labels agree.
        let below = (self.settings.threshold - PROSE_BELOW_THRESHOLD).max(0.0);
        let s = stats::spam_score(&stats).min(below);
        self.segment(run, false, s, &stats)
    }

    fn segment(&self, run: Range<usize>, is_spam: bool, score: f64, stats: &SpanStats) -> Segment {
        let mut start = self.tokens[run.start].start();
        let mut end = self.tokens[run.end - 1].end();
        if is_spam {
            // Never into the neighbouring tokens' bytes.
            let floor = run.start.checked_sub(1).map_or(0, |p| self.tokens[p].end());
            let ceiling = self
                .tokens
                .get(run.end)
                .map_or(self.text.len(), |t| t.start());
            start = self.extend_back_over_marks(start).max(floor);
            end = self.extend_over_punctuation(end).min(ceiling);
        }
        Segment {
            start,
            end,
            is_spam,
            score,
            signals: Signals {
                tokens: stats.tokens,
                keyword_tokens: stats.keyword_tokens,
                repeated_tokens: stats.repeated_tokens,
                function_words: stats.function_words,
                sentence_ends: stats.sentence_ends,
                distinct_tokens: stats.distinct,
                keywords: self.keywords(&run),
                top_repeats: if is_spam {
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
        let mut new_start = start;
        loop {
            let trimmed = self.text[..new_start].trim_end();
            let chunk_start = trimmed.rfind(char::is_whitespace).map_or(0, |i| {
                i + trimmed[i..].chars().next().map_or(1, char::len_utf8)
            });
            let chunk = &trimmed[chunk_start..];
            if chunk.is_empty()
                || chunk.chars().count() > MAX_BULLET_CHARS
                || !chunk.chars().all(|c| BULLETS.contains(&c))
            {
                return new_start;
            }
            new_start = chunk_start;
        }
    }

    fn keywords(&self, run: &Range<usize>) -> Vec<KeywordHit> {
        // Counted by sorting the hits' patterns: a span has a few dozen.
        let mut patterns: Vec<u32> = self
            .ev
            .hits_in(run.clone())
            .iter()
            .map(|h| h.pattern)
            .collect();
        patterns.sort_unstable();
        let mut out: Vec<KeywordHit> = patterns
            .chunk_by(|a, b| a == b)
            .map(|same| {
                let pat = self.matcher.pattern(same[0]);
                KeywordHit {
                    keyword: pat.keyword.clone(),
                    count: same.len(),
                }
            })
            .collect();
        out.sort_by(|a, b| {
            (b.count.cmp(&a.count)).then_with(|| a.keyword.term().cmp(b.keyword.term()))
        });
        out
    }

    fn top_repeats(&self, run: &Range<usize>) -> Vec<Repeat> {
        // Words by hash, each with its first position: sorting groups a
        // word's occurrences, its first one first.
        let mut words: Vec<(u64, usize)> = run
            .clone()
            .filter(|&i| self.ev.marks()[i] & mark::FUNCTION == 0 && !self.tokens[i].has(flag::URL))
            .map(|i| (self.tokens[i].hash, i))
            .collect();
        words.sort_unstable();
        // Each repeated word: how often, and where first.
        let mut repeated: Vec<(usize, usize)> = words
            .chunk_by(|a, b| a.0 == b.0)
            .filter(|same| same.len() > 1)
            .map(|same| (same.len(), same[0].1))
            .collect();
        // Only words as frequent as the fifth most frequent can be among
        // the top five: only those are spelled out (ties go by spelling).
        if repeated.len() > TOP_REPEATS {
            let (_, fifth, _) =
                repeated.select_nth_unstable_by(TOP_REPEATS - 1, |a, b| b.0.cmp(&a.0));
            let floor = fifth.0;
            repeated.retain(|&(count, _)| count >= floor);
        }
        let mut top: Vec<Repeat> = repeated
            .into_iter()
            .map(|(count, first)| {
                let t = &self.tokens[first];
                Repeat {
                    word: self.text[t.start()..t.end()].to_lowercase(),
                    count,
                }
            })
            .collect();
        top.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.word.cmp(&b.word)));
        top.truncate(TOP_REPEATS);
        top
    }
}
