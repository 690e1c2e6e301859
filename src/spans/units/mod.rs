//! Whole units: the units a reader would remove whole (a comment
//! with its author and date lines, a paragraph, a short message) weighed by
//! their payload — the links, anchors, phone numbers, vice terms, bot noise
//! and disguised letters a spammer came to post — against their length.
//!
//! The token model finds stuffing by its repetition and lack of grammar; it
//! cannot see a fluent two-line comment whose point is a link, or a
//! gambling site's name in mathematical bold. This stage can, and it gives
//! the whole unit, which is what a reader would cut.

mod cues;
mod measure;

mod payload;
mod phrases;
mod split;

use std::ops::Range;

use crate::model::units as model;
use measure::{DigitRun, Measure, telling, token_range};
use payload::Unit;

use crate::evidence::{Evidence, mark};
use crate::keywords::matcher::Matcher;
use crate::spans::Candidate;
use crate::spans::ranges;
use crate::text::fold::Disguises;
use crate::text::tokenize::{Token, flag};

/// The units of `text` that are spam, as token ranges with their scores.
/// `taken` are the token ranges the other models already call spam
/// (sorted, disjoint); `disguised` where the text had disguised letters.
pub(crate) fn find(
    text: &str,
    tokens: &[Token],
    ev: &Evidence,
    matcher: &Matcher,
    taken: &[Range<usize>],
    disguised: &Disguises,
) -> Vec<Candidate> {
    // Nothing to weigh without two keywords, a vice term, a link, a
    // disguised letter or a code name: most texts stop here. (A vice term
    // is a keyword: with fewer than two hits, one look at it will do.)
    let vice = ev
        .hits()
        .first()
        .is_some_and(|h| ev.marks()[h.first as usize] & mark::VICE != 0);
    if ev.hits().len() < 2
        && !vice
        && disguised.is_empty()
        && !ev.flags().iter().any(|&f| telling(f))
        && !has_phone_or_bare_domain(text, tokens)
    {
        return Vec::new();
    }
    let measure = Measure {
        text,
        tokens,
        ev,
        matcher,
        disguised,
    };
    // Each unit with where its cues are read from: a comment's author
    // line is a name (a handle, a site), not text the writer posted.
    let mut candidates: Vec<(Range<usize>, Unit, usize)> = Vec::new();
    let lines: Vec<Range<usize>> = split::lines(text).collect();
    let mut named: Vec<Range<usize>> = Vec::new();
    match split::comments(text, &lines) {
        Some((head, comments)) => {
            let paragraphs = split::paragraphs(text, &lines, head);
            candidates.extend(
                paragraphs
                    .into_iter()
                    .map(|r| (r.clone(), Unit::Paragraph, r.start)),
            );
            // A comment whose author name is made of keywords (`cheap ugg
            // boots says:`) is spam whatever its body says.
            for comment in comments {
                let header = comment.start
                    ..text[comment.clone()]
                        .find('\n')
                        .map_or(comment.end, |i| comment.start + i);
                if measure.keyword_name(&token_range(tokens, &header))
                    || split::autoblog_trackback(text, &comment)
                {
                    let toks = token_range(tokens, &comment);
                    ranges::add(&mut named, toks.clone());
                    continue;
                }
                let tail = split::tail_line(text, &comment);
                candidates.push((comment, Unit::Message, header.end));
                candidates.extend(tail.map(|t| (t.clone(), Unit::Message, t.start)));
            }
        }
        None => {
            // A text of one paragraph is weighed once, as a message.
            let paragraphs = split::paragraphs(text, &lines, 0..text.len());
            if paragraphs.len() > 1 {
                candidates.extend(
                    paragraphs
                        .into_iter()
                        .map(|r| (r.clone(), Unit::Paragraph, r.start)),
                );
            }
            let whole = split::trim(text, 0..text.len());
            candidates.push((whole.clone(), Unit::Message, whole.start));
            // After the whole: a signature line is weighed alone only if
            // the text it ends did not go.
            candidates.extend(
                split::tail_line(text, &whole).map(|t| (t.clone(), Unit::Message, t.start)),
            );
        }
    }
    let mut out: Vec<Candidate> = named
        .iter()
        .map(|r| Candidate {
            tokens: r.clone(),
            score: sigmoid(model::KEYWORD_NAME),
        })
        .collect();
    // The whole text comes after its paragraphs, and sees the ones found.
    let mut taken = taken.to_vec();
    for (bytes, unit, cues_from) in candidates {
        let toks = token_range(tokens, &bytes);
        if toks.is_empty() || ranges::covers(&taken, &toks) {
            continue;
        }
        // Too long to be a message (a word is at most 2.5 tokens), or
        // nothing in it to weigh: passed over before it is measured.
        if unit == Unit::Message
            && toks.len() as f32 > model::SHORT_TEXT_WORDS * model::CJK_CHARS_PER_WORD
        {
            continue;
        }
        if unit == Unit::Paragraph && measure.cannot_pay(&toks) {
            continue;
        }
        let unit_parts = std::slice::from_ref(&toks);
        let mut whole = measure.payload(unit_parts);
        if unit == Unit::Message && whole.words > model::SHORT_TEXT_WORDS {
            continue;
        }
        // The text's cues are dear to read: only where the tokens show
        // something they could add to.
        if whole.may_have_cues(unit) {
            let cue_part = token_range(tokens, &(cues_from..bytes.end));
            whole.cues = measure.cues(std::slice::from_ref(&cue_part));
        }
        if !whole.has_payload(unit) || whole.margin(unit) <= 0.0 {
            continue;
        }
        // Where the token model already cut stuffing out of the unit, the
        // rest goes too only if it is spam on its own: prose with a keyword
        // line appended keeps its prose. A message's rest also goes when
        // it talks of what the stuffing sells (`…call our avast antivirus
        // support` above a list of avast support numbers; appended spam
        // shares no words with the prose), or is praise or a few words
        // glued to it.
        let rest = ranges::outside(&toks, &taken, |r| r);
        if rest.len() != 1 || rest[0] != toks {
            // A short rest's praise and full stops are read too.
            let rest_tokens: usize = rest.iter().map(ExactSizeIterator::len).sum();
            let short_rest = rest_tokens as f32 <= model::SHORT_WORDS;
            let mut remainder = measure.payload(&rest);
            if short_rest || remainder.may_have_cues(unit) {
                remainder.cues = measure.cues(&rest);
            }
            let on_its_own = remainder.has_payload(unit) && remainder.margin(unit) > 0.0;
            let stuffing = whole.words - remainder.words;
            let same_topic = remainder.words <= model::MAX_REST_PER_STUFFING * stuffing
                && measure.shared_words(&toks, &rest) >= model::MIN_SHARED_WORDS;
            // Stock praise or a few words glued to a payload go with it.
            let glue = (short_rest && remainder.cues.praise > 0)
                || (remainder.sentence_ends + remainder.cues.stops == 0
                    && remainder.words
                        <= model::MAX_GLUE_SHARE * stuffing.min(model::MAX_GLUE_WORDS));
            // Stuffing woven through a message's lines, not appended to
            // them (runs that start inside a line, in two places or more):
            // the message is written around its keywords, and goes whole.
            let inline_runs = taken
                .iter()
                .filter(|r| toks.start < r.start && r.end <= toks.end)
                .filter(|r| !tokens[r.start].has(flag::LINE_BEFORE))
                .count();
            let woven = inline_runs >= model::WOVEN_RUNS;
            if !on_its_own && !(unit == Unit::Message && (same_topic || glue || woven)) {
                continue;
            }
        }
        ranges::add(&mut taken, toks.clone());
        out.push(Candidate {
            tokens: toks,
            score: sigmoid(whole.margin(unit)),
        });
    }
    out.sort_by_key(|p| (p.tokens.start, std::cmp::Reverse(p.tokens.end)));
    out
}

/// Whether the tokens hold a phone number (a run of numbers with its
/// digits, `1 866 978 6819`) or a site named without `http` or `www` (a
/// word ending in a dot and a common top-level domain, `bestdeals.com`,
/// one word to the tokenizer). One pass, reading only the bytes of words
/// long enough to be either.
fn has_phone_or_bare_domain(text: &str, tokens: &[Token]) -> bool {
    let bytes = text.as_bytes();
    let mut digits = DigitRun::default();
    tokens.iter().any(|t| {
        let (start, end) = (t.start(), t.end());
        // Most words have no dot near their end: one look at three bytes.
        let bare_domain = || {
            let word = &bytes[start..end];
            let dot_near_end = word[word.len() - 5..word.len() - 2].contains(&b'.');
            dot_near_end
                && cues::COMMON_TLDS.iter().any(|tld| {
                    word.len() > tld.len() + 2
                        && word.ends_with(tld)
                        && word[word.len() - tld.len() - 1] == b'.'
                })
        };
        digits.reaches_phone(t) || (!t.has(flag::NUMERIC) && end - start > 5 && bare_domain())
    })
}

fn sigmoid(x: f32) -> f64 {
    crate::model::logistic(f64::from(x))
}
