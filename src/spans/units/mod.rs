//! Whole units: the units a reader would remove whole (a comment
//! with its author and date lines, a paragraph, a short message) weighed by
//! their payload — the links, anchors, phone numbers, vice terms, bot noise
//! and disguised letters a spammer came to post — against their length.
//!
//! The token model finds stuffing by its repetition and lack of grammar; it
//! cannot see a fluent two-line comment whose point is a link, or a
//! gambling site's name in mathematical bold. This stage can, and it gives
//! the whole unit, which is what a reader would cut.

mod links;
mod measure;
mod payload;
mod reading;
mod shapes;
mod split;

use std::ops::Range;

use crate::model::units as model;
use measure::{Measure, telling};
use payload::Unit;
pub(crate) use reading::Buffers;
use reading::{Reading, read_phones_into};

use crate::evidence::{Evidence, mark};
use crate::keywords::cues::Cues as CuePhrases;
use crate::keywords::matcher::Matcher;
use crate::keywords::words::WordClasses;
use crate::spans::Candidate;
use crate::spans::ranges;
use crate::text::fold::Disguises;
use crate::text::tokenize::{Token, Tokens, flag};

/// What the unit stage reads.
pub(crate) struct Inputs<'a> {
    pub text: &'a str,
    pub toks: &'a Tokens,
    pub words: &'a WordClasses,
    pub cues: &'a CuePhrases,
    pub ev: &'a Evidence,
    pub matcher: &'a Matcher,
    pub disguised: &'a Disguises,
}

/// The units of the text that are spam, as token ranges with their
/// scores. `taken` are the token ranges the other models already call spam
/// (sorted, disjoint).
///
/// `buffers` are the stage's buffers, reused from one text to the next.
pub(crate) fn find(
    inputs: &Inputs,
    taken: &[Range<usize>],
    buffers: &mut Buffers,
) -> Vec<Candidate> {
    let Inputs {
        text,
        toks,
        words,
        cues,
        ev,
        matcher,
        disguised,
    } = *inputs;
    let tokens = &toks.tokens;
    // Nothing to weigh without a vice term, a brand or product beside a
    // shop word, a brand naming its goods (spun copy), a link, a disguised
    // letter, a code name or a phone number: shop words and product nouns
    // alone make no payload, and most texts stop here.
    let hits = ev.hits();
    let sells = hits.iter().enumerate().any(|(k, h)| {
        ev.marks()[h.first as usize] & mark::VICE != 0 || measure::spins(ev, matcher, hits, k)
    });
    let payload = sells
        || !disguised.is_empty()
        || crate::spans::count_where(ev.flags(), telling) > 0
        || has_bare_domain(text, tokens, ev.flags());
    // The phones are read once, for the gate and the units.
    read_phones_into(text, tokens, ev.flags(), &mut buffers.phones);
    if !payload && buffers.phones.is_empty() {
        return Vec::new();
    }
    let mut reading = Reading::new(text, toks, ev.flags(), cues, words, std::mem::take(buffers));
    let keyworded = |r: &Range<usize>| !ev.hits_in(r.clone()).is_empty();
    // Each unit with where its cues are read from: a comment's author
    // line is a name (a handle, a site), not text the writer posted.
    let mut candidates: Vec<(Range<usize>, Unit, usize)> = Vec::new();
    let mut named: Vec<Range<usize>> = Vec::new();
    match split::comments(&reading) {
        Some(section) => {
            let head = split::paragraphs(&reading, section.head.clone());
            // Room for every unit at once: a comment and its tail line.
            candidates.reserve(head.len() + 2 * section.comments.len());
            candidates.extend(
                head.into_iter()
                    .map(|r| (r.clone(), Unit::Paragraph, r.start)),
            );
            for comment in &section.comments {
                // A comment whose author name is made of keywords (`cheap
                // ugg boots says:`) is spam whatever its body says.
                if keyword_name(ev, &comment.header) {
                    ranges::add(&mut named, comment.tokens.clone());
                    continue;
                }
                let tail = split::tail_line(&mut reading, &comment.tokens, keyworded);
                candidates.push((comment.tokens.clone(), Unit::Message, comment.body));
                candidates.extend(tail.map(|t| (t.clone(), Unit::Message, t.start)));
            }
        }
        None => {
            // A text of one paragraph is weighed once, as a message.
            let whole = 0..tokens.len();
            let paragraphs = split::paragraphs(&reading, whole.clone());
            // Room for every unit at once: the paragraphs, the whole and
            // its tail line.
            candidates.reserve(paragraphs.len() + 2);
            if paragraphs.len() > 1 {
                candidates.extend(
                    paragraphs
                        .into_iter()
                        .map(|r| (r.clone(), Unit::Paragraph, r.start)),
                );
            }
            candidates.push((whole.clone(), Unit::Message, 0));
            // After the whole: a signature line is weighed alone only if
            // the text it ends did not go.
            candidates.extend(
                split::tail_line(&mut reading, &whole, keyworded)
                    .map(|t| (t.clone(), Unit::Message, t.start)),
            );
        }
    }
    let (terms, selling) = reading.take_lists();
    let mut measure = Measure {
        reading,
        tokens,
        ev,
        matcher,
        disguised,
        terms,
        selling,
    };
    let mut out: Vec<Candidate> = named
        .iter()
        .map(|r| Candidate {
            tokens: r.clone(),
            score: sigmoid(model::KEYWORD_NAME),
        })
        .collect();
    // The whole text comes after its paragraphs, and sees the ones found.
    let mut taken = taken.to_vec();
    // Spam pasted as several paragraphs pays as one block, weighed after
    // everything else (so that a text or a comment that goes whole goes as
    // one) from what the paragraphs' own gates found.
    let mut paragraphs: Vec<(Range<usize>, bool)> = Vec::new();
    let mut blocks_read = false;
    let mut next = 0;
    loop {
        if next == candidates.len() && !blocks_read {
            blocks_read = true;
            let blocks = measure.blocks(&paragraphs);
            candidates.extend(
                blocks
                    .into_iter()
                    .map(|b| (b.clone(), Unit::Paragraph, b.start)),
            );
        }
        let Some((toks, unit, cues_from)) = candidates.get(next).cloned() else {
            break;
        };
        next += 1;
        let first_pass = !blocks_read && unit == Unit::Paragraph;
        if toks.is_empty() || ranges::covers(&taken, &toks) {
            if first_pass {
                let pays = !toks.is_empty() && !measure.cannot_pay(&toks);
                paragraphs.push((toks, pays));
            }
            continue;
        }
        // A comment whose body the other models took goes whole: its
        // header (author and date lines) is no text of its own.
        let body = cues_from.max(toks.start)..toks.end;
        if unit == Unit::Message
            && cues_from > toks.start
            && !body.is_empty()
            && ranges::covers(&taken, &body)
        {
            ranges::add(&mut taken, toks.clone());
            out.push(Candidate {
                tokens: toks,
                score: sigmoid(model::TAKEN_BODY),
            });
            continue;
        }
        // Too long to be a message (by its tokens, then by its words, both
        // read from the flags): weighed whole only as spun copy, and passed
        // over before it is measured unless selling phrases come back in
        // each part of it at spun copy's rate.
        let long = unit == Unit::Message
            && (toks.len() as f32 > model::SHORT_TEXT_WORDS * model::CJK_CHARS_PER_WORD
                || measure.words(&toks) > model::SHORT_TEXT_WORDS);
        if long && !measure.may_be_spun(&toks, &taken) {
            continue;
        }
        if unit == Unit::Paragraph {
            let pays = !measure.cannot_pay(&toks);
            if first_pass {
                paragraphs.push((toks.clone(), pays));
            }
            if !pays {
                continue;
            }
        }
        let unit_parts = std::slice::from_ref(&toks);
        let mut whole = measure.payload(unit_parts);
        // The text's cues are counted only where the tokens show something
        // they could add to.
        if whole.may_have_cues(unit) {
            let cue_part = cues_from.max(toks.start)..toks.end;
            whole.cues = measure.cues(std::slice::from_ref(&cue_part), unit);
        }
        if !whole.has_payload(unit) || whole.margin(unit) <= 0.0 || (long && !whole.spun_steadily())
        {
            continue;
        }
        // Where the token model already cut stuffing out of the unit, the
        // rest goes too only if it is spam on its own: prose with a keyword
        // line appended keeps its prose. A message's rest also goes when
        // it talks of what the stuffing sells (`…call our avast antivirus
        // support` above a list of avast support numbers; appended spam
        // shares no words with the prose), or is praise or a few words
        // glued to it. A comment's header (its author and date lines) is
        // no part of its rest: it goes with the body it heads.
        let rest = ranges::outside(&body, &taken, |r| r);
        if rest.len() != 1 || rest[0] != body {
            // A short rest's praise and full stops are read too.
            let rest_tokens: usize = rest.iter().map(ExactSizeIterator::len).sum();
            let short_rest = rest_tokens as f32 <= model::SHORT_WORDS;
            let mut remainder = measure.payload(&rest);
            if short_rest || remainder.may_have_cues(unit) {
                remainder.cues = measure.cues(&rest, unit);
            }
            let on_its_own = remainder.has_payload(unit) && remainder.margin(unit) > 0.0;
            let stuffing = whole.words - remainder.words;
            let same_topic = remainder.words <= model::MAX_REST_PER_STUFFING * stuffing
                && measure.shared_words(&toks, &rest) >= model::MIN_SHARED_WORDS;
            // Stock praise or a few words glued to a payload go with it,
            // and so does a rest without grammar, no longer than the
            // stuffing, that holds a link that does not cite: the
            // stuffing's address.
            let address = remainder.words <= stuffing
                && !remainder.reads_as_prose()
                && remainder.cues.uncited_links() > 0;
            // Praise glues a rest of praise: each paragraph apart from the
            // payload's own praises or greets (`hello sir,` / `great post,
            // thanks` / the link). A paragraph that does neither is other
            // people's text (an article's line, a reader's question).
            let praised = short_rest
                && remainder.cues.praise > 0
                && split::paragraphs(&measure.reading, body.clone())
                    .into_iter()
                    .filter(|p| !ranges::overlaps(&taken, p))
                    .all(|p| p.len() <= model::MAX_GREETING_TOKENS || measure.reading.praises(&p));
            let glue = address
                || praised
                || (remainder.sentence_ends + remainder.cues.stops == 0
                    && remainder.words
                        <= model::MAX_GLUE_SHARE * stuffing.min(model::MAX_GLUE_WORDS));
            // Brand-and-shop pairs in every part of the unit, some of them
            // left in its rest, are woven through the copy, not appended
            // to prose: it goes whole.
            let woven = whole.spun() && whole.steady && remainder.combo >= model::MIN_COMBOS;
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
    *buffers = measure.into_buffers();
    out
}

/// Whether the author line `header` (its tokens) names keywords rather
/// than a person: two keyword words or more (a person may be called
/// Jordan), and keywords for half its words (the `says` aside).
fn keyword_name(ev: &Evidence, header: &Range<usize>) -> bool {
    let hits = ev.hits_in(header.clone());
    let keyword_tokens: usize = hits.iter().map(|h| (h.last - h.first + 1) as usize).sum();
    keyword_tokens >= model::MIN_KEYWORD_TEXT_TERMS
        && keyword_tokens as f32
            >= model::KEYWORD_TEXT_SHARE * header.len().saturating_sub(1) as f32
}

/// Whether the tokens hold a site named without `http` or `www`
/// (`bestdeals.com`), read by the one URL reader of the crate at the
/// dotted words only.
fn has_bare_domain(text: &str, tokens: &[Token], flags: &[u16]) -> bool {
    // Most texts have no dotted word: one look at the flags tells.
    crate::spans::count_where(flags, |f| f & flag::DOTTED != 0) > 0
        && flags
            .iter()
            .zip(tokens)
            .any(|(&f, t)| f & flag::DOTTED != 0 && links::is_bare_domain(text, t))
}

fn sigmoid(x: f32) -> f64 {
    crate::model::logistic(f64::from(x))
}
