//! Block-level detection: the units a reader would remove whole (a comment
//! with its author and date lines, a paragraph, a short message) weighed by
//! their payload — the links, anchors, phone numbers, vice terms, bot noise
//! and disguised letters a spammer came to post — against their length.
//!
//! The token model finds stuffing by its repetition and lack of grammar; it
//! cannot see a fluent two-line comment whose point is a link, or a
//! gambling site's name in mathematical bold. This stage can, and it gives
//! the whole unit, which is what a reader would cut.

mod cues;
mod units;

use std::ops::Range;

use crate::evidence::{Evidence, mark};
use crate::fold::Disguises;
use crate::lexicon::Category;
use crate::matcher::Matcher;
use crate::passage::Passage;
use crate::tokenize::{Token, flag};

/// The tuned numbers of this stage, in units of log-odds.
pub(crate) mod model {
    /// A pharmacy, gambling, loan, adult or scam-service term.
    pub const VICE: f32 = 2.0;
    /// A brand or product next to a shop word.
    pub const COMBO: f32 = 1.2;
    /// Any other keyword.
    pub const OTHER_KEYWORD: f32 = 0.5;
    /// A keyword inside a link (`cheap-bags-outlet.com`).
    pub const KEYWORD_IN_LINK: f32 = 0.8;
    /// The keywords' part is capped, so that a long unit cannot pass on
    /// mentions alone.
    pub const MAX_KEYWORDS: f32 = 10.0;
    /// A long unit's keyword part may reach one per this many words.
    pub const WORDS_PER_KEYWORD_CAP: f32 = 25.0;
    /// The keywords' weight when nothing else backs them: news names drugs
    /// and casinos too.
    pub const KEYWORDS_ONLY: f32 = 0.5;
    /// A link.
    pub const LINK: f32 = 0.7;
    /// A link to a front page, more.
    pub const FRONT_PAGE: f32 = 0.6;
    /// A shortener, a redirect or a hyphen-joined host, more.
    pub const ODD_LINK: f32 = 1.0;
    /// Links counted at most.
    pub const MAX_LINKS: usize = 4;
    /// An HTML or BBCode anchor.
    pub const ANCHOR: f32 = 1.5;
    /// A phone number.
    pub const PHONE: f32 = 1.2;
    /// A bot's random string.
    pub const NOISE: f32 = 0.6;
    /// Noise strings counted at most.
    pub const MAX_NOISE: usize = 5;
    /// A gambling-site name (`PLUTO88`).
    pub const LUCKY_NAME: f32 = 1.5;
    /// Per three disguised letters (mathematical, fullwidth, circled).
    pub const DISGUISED: f32 = 1.5;
    /// A word that mixes Latin letters with Greek or Cyrillic look-alikes
    /// counts as this many disguised letters.
    pub const DISGUISED_PER_WORD: usize = 3;
    /// Disguised-letter evidence at most.
    pub const MAX_DISGUISED: f32 = 4.5;
    /// A call to action, when there is a payload to act on.
    pub const CALL: f32 = 0.7;
    /// Calls counted at most in a short unit.
    pub const MAX_CALLS: usize = 2;
    /// A sales-pitch phrase in a message (each phrase counts once).
    pub const PITCH: f32 = 0.5;
    /// Pitch phrases counted at most in a short message.
    pub const MAX_PITCH: usize = 3;
    /// Stock praise, when there is a link to praise.
    pub const PRAISE: f32 = 0.5;
    /// A word about spam (the text complains of it).
    pub const ABOUT_SPAM: f32 = -2.5;
    /// What a message (a comment, a short text) pays before its words.
    pub const MESSAGE_BIAS: f32 = 1.0;
    /// What a paragraph of a longer text pays: links and shop words are
    /// common in articles.
    pub const PARAGRAPH_BIAS: f32 = 2.0;
    /// What a unit pays per word of its first [`SHORT_WORDS`]: a long unit
    /// needs a dense payload...
    pub const PER_WORD: f32 = 0.05;
    /// ...and per word after them.
    pub const PER_LONG_WORD: f32 = 0.02;
    /// Where the cost per word drops.
    pub const SHORT_WORDS: f32 = 60.0;
    /// Links, calls and noise strings count up to this many, or one per
    /// this many words if more.
    pub const WORDS_PER_CUE: f32 = 40.0;
    /// Han and kana characters per word.
    pub const CJK_CHARS_PER_WORD: f32 = 2.5;
    /// Digits in a row of numbers that may be a phone number.
    pub const PHONE_DIGITS: usize = 10;
    /// The evidence of a comment whose author name is made of keywords.
    pub const KEYWORD_NAME: f32 = 1.0;
    /// Brand-and-shop pairs that make a payload without a link.
    pub const MIN_COMBOS: usize = 3;
    /// The function-word share of grammatical text...
    pub const PROSE_FUNCTION_SHARE: f32 = 0.2;
    /// ...or the most of its words keywords take in running text.
    pub const PROSE_KEYWORD_SHARE: f32 = 0.25;
    /// Content words a message's rest must share with the stuffing in it
    /// to go with it.
    pub const MIN_SHARED_WORDS: usize = 2;
    /// ...and it may be at most this many times as long as the stuffing.
    pub const MAX_REST_PER_STUFFING: f32 = 2.0;
    /// A message's rest that is at most this share of its stuffing goes
    /// with it (`look at this` before a link).
    pub const MAX_GLUE_SHARE: f32 = 0.5;
    /// ...counted over this many of the stuffing's words at most.
    pub const MAX_GLUE_WORDS: f32 = 24.0;
    /// Texts up to this many words are also weighed as one unit.
    pub const SHORT_TEXT_WORDS: f32 = 400.0;
}

/// What one unit holds, counted.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct Payload {
    words: f32,
    vice: usize,
    combo: usize,
    other_keywords: usize,
    keywords_in_links: usize,
    /// Tokens inside keywords.
    keyword_tokens: usize,
    /// Function words.
    function_words: usize,
    /// How often the most frequent keyword occurs.
    top_keyword: usize,
    /// Tokens of links.
    link_tokens: usize,
    /// Tokens a full stop follows.
    sentence_ends: usize,
    /// Runs of numbers long enough to be a phone number.
    phone_like: usize,
    /// Gambling-site names (`PLUTO88`) among the tokens.
    lucky_tokens: usize,
    disguised: usize,
    cues: cues::Cues,
}

impl Payload {
    /// Whether anything in the unit is a payload a spammer would post: the
    /// rest (praise, noise, calls) only adds to one.
    fn has_payload(&self, unit: Unit) -> bool {
        let c = &self.cues;
        // Shop words and brands alone are what deals articles are made of:
        // they count as a payload only beside a link.
        // A text made of keywords and little else (`Prada wallet`) is an
        // advert however short; brand-and-shop pairs said again and again
        // are spun copy.
        let all_keywords = self.all_keywords();
        let commercial = self.vice + self.keywords_in_links + c.lucky_names > 0
            || self.disguised + model::DISGUISED_PER_WORD * c.mixed_scripts >= 3
            || (c.phones > 0 && self.other_keywords > 0)
            || all_keywords
            || self.spun();
        let links = c.links + c.anchors > 0;
        // One bare link in a line of text is as often a question about a
        // site as an advert for it; with praise, a call, bot noise or
        // company it is a payload.
        let pushed_links = c.anchors > 0
            || c.links >= 2
            || (c.links > 0
                && c.praise
                    + c.calls
                    + c.noise_words
                    + c.odd_links
                    + self.other_keywords
                    + self.combo
                    > 0);
        match unit {
            Unit::Message => commercial || pushed_links,
            // A bot's link list (random strings between links), or links
            // beside shop words.
            Unit::Paragraph => {
                commercial
                    || (links && (c.noise_words >= 2 || self.combo + self.other_keywords > 0))
            }
        }
    }

    /// Whether the keywords are all there is: no link, anchor, phone
    /// number, gambling name or disguised letter beside them.
    /// Whether the text's cues could change the verdict: the unit is a
    /// short message (reading it costs little, and a bare domain hides in
    /// few tokens),
    /// there is a link
    /// (its shape, the praise and calls around it count), a disguise or a
    /// gambling name, a long number beside a keyword, or a payload the
    /// calls and pitch could push over its cost.
    fn may_have_cues(&self, unit: Unit) -> bool {
        (unit == Unit::Message && self.words <= model::SHORT_WORDS)
            || self.link_tokens + self.disguised + self.lucky_tokens > 0
            || (self.other_keywords > 0 && self.phone_like > 0)
            || self.vice + self.keywords_in_links > 0
            || self.all_keywords()
            || self.spun()
    }

    /// A text made of keywords and little else (`Prada wallet`).
    fn all_keywords(&self) -> bool {
        let keywords = self.vice + self.combo + self.other_keywords;
        keywords >= 2 && self.keyword_tokens as f32 * 2.0 >= self.words
    }

    /// Spun copy: brand-and-shop pairs again and again, one keyword coming
    /// back (a deals article names many brands once or twice each).
    fn spun(&self) -> bool {
        self.combo >= model::MIN_COMBOS && self.top_keyword >= model::MIN_COMBOS
    }

    /// Only keywords, in text that reads as sentences (grammar, or words
    /// other than keywords), count for less.
    fn keywords_only(&self) -> bool {
        let c = &self.cues;
        let sentences = self.function_words as f32 >= model::PROSE_FUNCTION_SHARE * self.words
            || (self.keyword_tokens as f32) < model::PROSE_KEYWORD_SHARE * self.words;
        c.links + c.anchors + c.phones + c.lucky_names + c.mixed_scripts == 0
            && self.disguised < 3
            && sentences
    }

    fn margin(&self, unit: Unit) -> f32 {
        let bias = match unit {
            Unit::Message => model::MESSAGE_BIAS,
            Unit::Paragraph => model::PARAGRAPH_BIAS,
        };
        // The first words cost the most: a long message says more of
        // everything, its payload included.
        let short = self.words.min(model::SHORT_WORDS);
        let long = (self.words - model::SHORT_WORDS).max(0.0);
        self.evidence(unit) - bias - model::PER_WORD * short - model::PER_LONG_WORD * long
    }

    fn evidence(&self, unit: Unit) -> f32 {
        use model::*;
        let c = &self.cues;
        let cap =
            |n: usize, floor: usize| n.min(floor.max((self.words / WORDS_PER_CUE) as usize)) as f32;
        let keywords = (VICE * self.vice as f32
            + COMBO * self.combo as f32
            + OTHER_KEYWORD * self.other_keywords as f32
            + KEYWORD_IN_LINK * self.keywords_in_links as f32)
            .min(MAX_KEYWORDS.max(self.words / WORDS_PER_KEYWORD_CAP))
            * if self.keywords_only() && !self.spun() {
                KEYWORDS_ONLY
            } else {
                1.0
            };
        let links = cap(c.links, MAX_LINKS) * LINK
            + cap(c.front_page_links, MAX_LINKS) * FRONT_PAGE
            + cap(c.odd_links, MAX_LINKS) * ODD_LINK
            + cap(c.anchors, MAX_LINKS) * ANCHOR;
        let disguised =
            (DISGUISED * (self.disguised + DISGUISED_PER_WORD * c.mixed_scripts) as f32 / 3.0)
                .min(MAX_DISGUISED);
        let extras = PHONE * c.phones.min(2) as f32
            + NOISE * cap(c.noise_words, MAX_NOISE)
            + LUCKY_NAME * c.lucky_names.min(2) as f32
            + CALL * cap(c.calls, MAX_CALLS)
            + if c.links + c.anchors > 0 {
                PRAISE * c.praise.min(2) as f32
            } else {
                0.0
            }
            + if unit == Unit::Message {
                PITCH * cap(c.pitch, MAX_PITCH)
            } else {
                0.0
            };
        keywords + links + disguised + extras + ABOUT_SPAM * c.about_spam.min(2) as f32
    }
}

/// Which kind of unit a candidate is: the payload it needs differs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unit {
    /// A comment of a comment section, or a whole short text: a link or
    /// an anchor there is what the writer came to post.
    Message,
    /// A paragraph of a longer text: links there are mostly citations, so
    /// it needs a commercial payload.
    Paragraph,
}

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
) -> Vec<Passage> {
    // Nothing to weigh without two keywords, a vice term, a link, a
    // disguised letter or a code name: most texts stop here. (A vice term
    // is a keyword: with fewer than two hits, one look at it will do.)
    let vice = ev
        .hits
        .first()
        .is_some_and(|h| ev.marks[h.first as usize] & mark::VICE != 0);
    if ev.hits.len() < 2 && !vice && disguised.is_empty() && !ev.flags().iter().any(|&f| telling(f))
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
    // A long text whose tokens show no payload anywhere has none in its
    // paragraphs either, but for a keyword line, which the token model
    // weighs.
    let mut candidates: Vec<(Range<usize>, Unit)> = Vec::new();
    let lines: Vec<Range<usize>> = units::lines(text).collect();
    let mut named: Vec<Range<usize>> = Vec::new();
    match units::comments(text, &lines) {
        Some((head, comments)) => {
            let paragraphs = units::paragraphs(text, &lines, head);
            candidates.extend(paragraphs.into_iter().map(|r| (r, Unit::Paragraph)));
            // A comment whose author name is made of keywords (`cheap ugg
            // boots says:`) is spam whatever its body says.
            for comment in comments {
                let header = comment.start
                    ..text[comment.clone()]
                        .find('\n')
                        .map_or(comment.end, |i| comment.start + i);
                if measure.keyword_name(&token_range(tokens, &header)) {
                    let toks = token_range(tokens, &comment);
                    add_range(&mut named, toks.clone());
                    continue;
                }
                candidates.push((comment, Unit::Message));
            }
        }
        None => {
            // A text of one paragraph is weighed once, as a message.
            let paragraphs = units::paragraphs(text, &lines, 0..text.len());
            if paragraphs.len() > 1 {
                candidates.extend(paragraphs.into_iter().map(|r| (r, Unit::Paragraph)));
            }
            candidates.push((units::trim(text, 0..text.len()), Unit::Message));
        }
    }
    let mut out: Vec<Passage> = named
        .iter()
        .map(|r| Passage {
            tokens: r.clone(),
            score: sigmoid(model::KEYWORD_NAME),
        })
        .collect();
    // The whole text comes after its paragraphs, and sees the ones found.
    let mut taken = taken.to_vec();
    for (bytes, unit) in candidates {
        let toks = token_range(tokens, &bytes);
        if toks.is_empty() {
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
            whole.cues = measure.cues(unit_parts);
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
        let rest = outside(&toks, &taken);
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
            if !on_its_own && !(unit == Unit::Message && (same_topic || glue)) {
                continue;
            }
        }
        add_range(&mut taken, toks.clone());
        out.push(Passage {
            tokens: toks,
            score: sigmoid(whole.margin(unit)),
        });
    }
    out.sort_by_key(|p| (p.tokens.start, std::cmp::Reverse(p.tokens.end)));
    out
}

/// Whether a token's flags tell of a possible payload: a piece of a link,
/// or a capitalised word with digits (a code name such as `PLUTO88`).
fn telling(flags: u16) -> bool {
    let code = flag::UPPER | flag::DIGIT | flag::NUMERIC;
    flags & flag::URL != 0 || flags & code == flag::UPPER | flag::DIGIT
}

/// Adds `r` to the sorted, disjoint ranges `set`, merging where they meet.
fn add_range(set: &mut Vec<Range<usize>>, r: Range<usize>) {
    let at = set.partition_point(|s| s.end < r.start);
    let mut merged = r;
    while at < set.len() && set[at].start <= merged.end {
        let s = set.remove(at);
        merged = merged.start.min(s.start)..merged.end.max(s.end);
    }
    set.insert(at, merged);
}

/// The parts of `r` outside the sorted, disjoint ranges `taken`.
fn outside(r: &Range<usize>, taken: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut from = r.start;
    let first = taken.partition_point(|t| t.end <= r.start);
    for t in taken[first..].iter().take_while(|t| t.start < r.end) {
        if from < t.start {
            out.push(from..t.start);
        }
        from = from.max(t.end);
    }
    if from < r.end {
        out.push(from..r.end);
    }
    out
}

fn sigmoid(x: f32) -> f64 {
    1.0 / (1.0 + (-(x as f64)).exp())
}

/// The tokens that lie inside the byte range `bytes`.
fn token_range(tokens: &[Token], bytes: &Range<usize>) -> Range<usize> {
    let from = tokens.partition_point(|t| t.start() < bytes.start);
    let to = tokens.partition_point(|t| t.end() <= bytes.end);
    from..to.max(from)
}

/// What a payload is measured from.
struct Measure<'a> {
    text: &'a str,
    tokens: &'a [Token],
    ev: &'a Evidence,
    matcher: &'a Matcher,
    disguised: &'a Disguises,
}

impl Measure<'_> {
    /// Whether the author line `header` (its tokens) names keywords rather
    /// than a person: two keyword words or more (a person may be called
    /// Jordan), and keywords for half its words (the `says` aside).
    fn keyword_name(&self, header: &Range<usize>) -> bool {
        let hits = self.ev.hits_in(header.clone());
        let keyword_tokens: usize = hits.iter().map(|h| (h.last - h.first + 1) as usize).sum();
        keyword_tokens >= 2 && keyword_tokens * 2 >= header.len().saturating_sub(1)
    }

    /// Whether the tokens `r` cannot hold a payload, by what the keyword
    /// hits and the token flags alone show: no vice term, no keyword in a
    /// link, too few brand-and-shop pairs and keywords to be spun copy or a
    /// keyword-only text, no link, code name, long number or disguise.
    fn cannot_pay(&self, r: &Range<usize>) -> bool {
        let hits = self.ev.hits_in(r.clone());
        let (mut vice, mut combos, mut keyword_tokens) = (false, 0, 0);
        for h in hits {
            let first = h.first as usize;
            vice |= self.ev.marks[first] & mark::VICE != 0
                || self.tokens[first].has(flag::URL)
                || self.matcher.pattern(h.pattern).category == Category::Vice;
            combos += usize::from(self.ev.marks[first] & mark::COMBO != 0);
            keyword_tokens += (h.last - h.first + 1) as usize;
        }
        // A word is at least one token in 2.5 (Han and kana).
        let keyword_text = hits.len() >= 2
            && keyword_tokens as f32 * 2.0 * model::CJK_CHARS_PER_WORD >= r.len() as f32;
        if vice || combos >= model::MIN_COMBOS || keyword_text {
            return false;
        }
        if self.ev.flags()[r.clone()].iter().any(|&f| telling(f)) {
            return false;
        }
        // A phone number is a payload only beside a keyword.
        let long_number = !hits.is_empty()
            && self.tokens[r.clone()]
                .iter()
                .any(|t| t.has(flag::NUMERIC) && t.end() - t.start() >= model::PHONE_DIGITS);
        let bytes = self.tokens[r.start].start()..self.tokens[r.end - 1].end();
        !long_number && self.disguised.count_in(bytes, false) == 0
    }

    /// How many different content words of the tokens in `parts` (a part
    /// of `unit`) occur in the rest of `unit` too.
    fn shared_words(&self, unit: &Range<usize>, parts: &[Range<usize>]) -> usize {
        let content = |i: usize| {
            let t = &self.tokens[i];
            self.ev.marks[i] & mark::FUNCTION == 0
                && !t.has(flag::NUMERIC | flag::CJK | flag::URL)
                && t.end() - t.start() >= 3
        };
        let in_parts = |i: usize| parts.iter().any(|p| p.contains(&i));
        let mut others: Vec<u64> = unit
            .clone()
            .filter(|&i| !in_parts(i) && content(i))
            .map(|i| self.tokens[i].hash)
            .collect();
        others.sort_unstable();
        let mut mine: Vec<u64> = parts
            .iter()
            .flat_map(|p| p.clone())
            .filter(|&i| content(i))
            .map(|i| self.tokens[i].hash)
            .collect();
        mine.sort_unstable();
        mine.dedup();
        mine.iter()
            .filter(|h| others.binary_search(h).is_ok())
            .count()
    }

    /// The payload of the token ranges `parts` (sorted, disjoint).
    /// What the tokens of `parts` (sorted, disjoint token ranges) hold;
    /// the text's cues are left for [`Measure::cues`].
    fn payload(&self, parts: &[Range<usize>]) -> Payload {
        let mut p = Payload::default();
        let mut cjk = 0usize;
        for part in parts.iter().filter(|r| !r.is_empty()) {
            let mut digits_run = 0;
            for (i, t) in self.tokens[part.clone()].iter().enumerate() {
                let mark = self.ev.marks[part.start + i];
                p.link_tokens += usize::from(t.has(flag::URL));
                p.sentence_ends += usize::from(t.has(flag::END_AFTER));
                if t.has(flag::NUMERIC) {
                    digits_run += t.end() - t.start();
                } else {
                    p.phone_like += usize::from(digits_run >= model::PHONE_DIGITS);
                    digits_run = 0;
                }
                if telling(t.flags) && !t.has(flag::URL) {
                    let word = &self.text[t.start()..t.end()];
                    p.lucky_tokens += usize::from(cues::is_lucky_name(word));
                }
                p.keyword_tokens += usize::from(mark & mark::KEYWORD != 0);
                p.function_words += usize::from(mark & mark::FUNCTION != 0);
                if t.has(flag::CJK) {
                    cjk += 1;
                } else if !t.has(flag::NUMERIC | flag::URL) {
                    p.words += 1.0;
                }
            }
            for h in self.ev.hits_in(part.clone()) {
                let first = h.first as usize;
                if self.tokens[first].has(flag::URL) {
                    p.keywords_in_links += 1;
                } else if self.ev.marks[first] & mark::VICE != 0
                    || self.matcher.pattern(h.pattern).category == Category::Vice
                {
                    p.vice += 1;
                } else if self.ev.marks[first] & mark::COMBO != 0 {
                    p.combo += 1;
                } else {
                    p.other_keywords += 1;
                }
            }
            let bytes = self.tokens[part.start].start()..self.tokens[part.end - 1].end();
            p.phone_like += usize::from(digits_run >= model::PHONE_DIGITS);
            let cjk_text = self.tokens[part.clone()].iter().any(|t| t.has(flag::CJK));
            p.disguised += self.disguised.count_in(bytes.clone(), cjk_text);
        }
        p.words += cjk as f32 / model::CJK_CHARS_PER_WORD;
        let mut terms: Vec<u32> = parts
            .iter()
            .flat_map(|part| self.ev.hits_in(part.clone()))
            .map(|h| h.pattern)
            .collect();
        terms.sort_unstable();
        p.top_keyword = terms
            .chunk_by(|a, b| a == b)
            .map(<[u32]>::len)
            .max()
            .unwrap_or(0);
        p
    }

    /// The cues of the text of `parts`, with the markup glued to their
    /// first and last words.
    fn cues(&self, parts: &[Range<usize>]) -> cues::Cues {
        let mut raw = String::new();
        for part in parts.iter().filter(|r| !r.is_empty()) {
            let bytes = self.tokens[part.start].start()..self.tokens[part.end - 1].end();
            let before = &self.text[..bytes.start];
            let glued = before.len() - before.trim_end_matches(|c: char| !c.is_whitespace()).len();
            let end = self.text[bytes.end..]
                .find(char::is_whitespace)
                .map_or(self.text.len(), |i| bytes.end + i);
            raw.push_str(&self.text[bytes.start - glued..end]);
            raw.push('\n');
        }
        cues::read(&raw)
    }
}
