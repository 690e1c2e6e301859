//! The unit stage's one reading of a text, from its tokens: lines, links,
//! phone numbers, cue phrases, markup tags, and (when a unit asks) the
//! shapes of its words. Each is found once per text; a unit's cues are then
//! counted over its token range.

use std::ops::Range;

use super::links::{self, Link};
use super::shapes;
use crate::keywords::cues::{CueHit, CueKind, Cues as CuePhrases};
use crate::keywords::words::WordClasses;
use crate::model::units::{
    MAX_LISTED_NAME_WORDS, MAX_NAME_WORDS, MAX_PHONE_DIGITS, MAX_PHONE_GAP, MIN_NOISE_WORDS,
    PHONE_DIGITS,
};
use crate::spans::ranges;
use crate::text::tokenize::{Token, Tokens, flag, hash_bytes, tokenize};

/// What the text of one unit shows, counted.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct Cues {
    /// Links: `http://…`, `www.…`, bare domains.
    pub links: usize,
    /// Links that cite: written out, to a page deeper than a front page,
    /// of an ordinary shape, outside an anchor or in one set inside a
    /// sentence, with no keyword that sells in the address or the anchor's
    /// text (counted by the measure, which knows the keywords; an anchor
    /// that cites is then no longer counted in `anchors`).
    pub citing_links: usize,
    /// Links to a site's front page (no path): what SEO links point at.
    pub front_page_links: usize,
    /// Of those, the ones whose site the unit's words name (`the
    /// Cloudflare blog: https://blog.cloudflare.com/`): a recommendation
    /// names what it points to. Read only where there is praise or a
    /// pointer, and counted only up to the first front page not named:
    /// what matters is whether all are.
    pub named_front_pages: usize,
    /// Links whose host hides or shouts (see [`Link::odd`]).
    pub odd_links: usize,
    /// Anchors in HTML or BBCode.
    pub anchors: usize,
    /// Phone numbers.
    pub phones: usize,
    /// E-mail addresses at free mail services: a private contact, as a
    /// phone number is.
    pub emails: usize,
    /// Random strings of mixed case or without vowels.
    pub noise_words: usize,
    /// Names with a lucky number (`PLUTO88`): how gambling sites are named.
    pub lucky_names: usize,
    /// Latin words with Greek or Cyrillic look-alike letters.
    pub mixed_scripts: usize,
    /// Calls to action (to the phone ones and the pointers too).
    pub calls: usize,
    /// Pointers to more on the topic, among the calls.
    pub pointers: usize,
    /// The writer's own site named away from its link (`my blog`): among
    /// the calls only under praise.
    pub own_sites: usize,
    /// Stock praise phrases.
    pub praise: usize,
    /// Sales-pitch phrases, each counted once.
    pub pitch: usize,
    /// The words of an advertised support line.
    pub support: usize,
    /// Calls to pick up the phone, among the calls.
    pub phone_calls: usize,
    /// Calls to write to someone (not among the calls).
    pub write_calls: usize,
    /// Words about spam.
    pub about_spam: usize,
    /// Words of a text that reports rather than sells (seized, my doctor).
    pub reporting: usize,
    /// Words of a notice that a site has moved (new address).
    pub moved: usize,
    /// Sentence-final marks.
    pub stops: usize,
}

impl Cues {
    /// The links that do not cite (a front page, a made-up host, a path
    /// that sells) and the anchors: links that may sell.
    pub(crate) fn uncited_links(&self) -> usize {
        (self.links - self.citing_links) + self.anchors
    }

    /// Whether cues other than praise and pointers make the unit's links
    /// sell: a pitch, a call to visit (a call to pick up the phone sells
    /// the number, not the links), an odd host, or bot noise.
    pub(crate) fn push_links(&self) -> bool {
        self.pitch + (self.calls - self.phone_calls - self.pointers) + self.odd_links > 0
            || self.noise_words >= MIN_NOISE_WORDS
    }
}

/// Per-token shape bits, found when a unit first asks.
mod shape {
    pub const NOISE: u8 = 1;
    pub const LUCKY: u8 = 1 << 1;
    pub const MIXED: u8 = 1 << 2;
    /// Inside a link's chunk: its letters and digits are ids, not words.
    pub const IN_LINK: u8 = 1 << 3;
}

/// Reads phone numbers among the tokens, one token at a time: a run of
/// numbers, separated by at most a couple of the marks phone numbers are
/// written with (`+1 888-480-0288`, `(800) 041 8324`), whose digits are a
/// phone number's, and that does not open on a date (`2021-08-22 22:21`,
/// `22.08.2021 10:15`, whose digits count as many). The one phone reader
/// of the crate.
#[derive(Debug, Default)]
pub(crate) struct PhoneReader {
    digits: usize,
    /// Where the run starts in the text; its last token, and where it
    /// ends.
    start: usize,
    last: usize,
    end: usize,
}

impl PhoneReader {
    /// Reads token `i`; the last token of a phone number that ends before
    /// it, if one does.
    #[inline]
    pub(crate) fn feed(&mut self, text: &str, i: usize, t: &Token) -> Option<usize> {
        if t.flags & (flag::NUMERIC | flag::URL) != flag::NUMERIC {
            // Most tokens are words, between no numbers.
            return if self.digits == 0 {
                None
            } else {
                self.finish(text)
            };
        }
        let gap = &text.as_bytes()[self.end.min(t.start())..t.start()];
        let joined = self.digits > 0
            && gap.len() <= MAX_PHONE_GAP
            && gap.iter().all(|b| b" -.()+/".contains(b));
        let ended = if joined {
            None
        } else {
            let ended = self.finish(text);
            self.start = t.start();
            ended
        };
        self.digits += text.as_bytes()[t.start()..t.end()]
            .iter()
            .filter(|b| b.is_ascii_digit())
            .count();
        self.last = i;
        self.end = t.end();
        ended
    }

    /// Ends the run being read; its last token if it was a phone number.
    pub(crate) fn finish(&mut self, text: &str) -> Option<usize> {
        // Read again only when its digits are a phone's: a date and its
        // time have as many.
        let phone = (PHONE_DIGITS..=MAX_PHONE_DIGITS).contains(&self.digits)
            && !opens_on_date(&text.as_bytes()[self.start..self.end]);
        self.digits = 0;
        phone.then_some(self.last)
    }
}

/// Whether a run of numbers opens on a date: a year, a month and a day
/// joined by one same mark (`-`, `/`, `.`), year first or last
/// (`2021-08-22 22:21`, `22.08.2021 10:15`).
fn opens_on_date(run: &[u8]) -> bool {
    let mut parts: [&[u8]; 3] = [&[]; 3];
    let mut marks = [0u8; 2];
    let mut k = 0;
    for (n, part) in parts.iter_mut().enumerate() {
        let from = k;
        while k < run.len() && run[k].is_ascii_digit() {
            k += 1;
        }
        *part = &run[from..k];
        if part.is_empty() || part.len() > 4 {
            return false;
        }
        if n < marks.len() {
            // One mark, then the next part's digits.
            if !run.get(k + 1).is_some_and(u8::is_ascii_digit) {
                return false;
            }
            marks[n] = run[k];
            k += 1;
        }
    }
    let day_or_month =
        |p: &[u8]| p.len() <= 2 && p.iter().fold(0, |v, &b| v * 10 + u32::from(b - b'0')) <= 31;
    let [a, b, c] = parts;
    marks[0] == marks[1]
        && b"-/.".contains(&marks[0])
        && day_or_month(b)
        && ((is_year(a) && day_or_month(c)) || (is_year(c) && day_or_month(a)))
}

/// Whether `digits` are a year as dates write it: four digits, 19xx or
/// 20xx.
pub(crate) fn is_year(digits: &[u8]) -> bool {
    digits.len() == 4
        && (digits.starts_with(b"19") || digits.starts_with(b"20"))
        && digits.iter().all(u8::is_ascii_digit)
}

/// The last token of every phone number of the text, for the tests.
#[cfg(test)]
pub(crate) fn read_phones(text: &str, tokens: &[Token], flags: &[u16]) -> Vec<usize> {
    let mut phones = Vec::new();
    read_phones_into(text, tokens, flags, &mut phones);
    phones
}

/// The last token of every phone number of the text into `phones`
/// (emptied first), read at the numbers only (`flags` are the tokens'
/// flags side by side).
pub(crate) fn read_phones_into(
    text: &str,
    tokens: &[Token],
    flags: &[u16],
    phones: &mut Vec<usize>,
) {
    phones.clear();
    let mut reader = PhoneReader::default();
    let mut last = None;
    crate::spans::each_with(flags, flag::NUMERIC, |i| {
        // A word between two numbers ends the run.
        if last.is_some_and(|l: usize| l + 1 != i) {
            phones.extend(reader.finish(text));
        }
        phones.extend(reader.feed(text, i, &tokens[i]));
        last = Some(i);
    });
    phones.extend(reader.finish(text));
}

/// How many of the sorted token positions `at` lie inside `r`.
fn count_in(at: &[usize], r: &Range<usize>) -> usize {
    let from = at.partition_point(|&p| p < r.start);
    let to = at.partition_point(|&p| p < r.end);
    to.saturating_sub(from)
}

/// The buffer `v` holds, emptied, leaving an unallocated one in its place.
fn emptied<T>(v: &mut Vec<T>) -> Vec<T> {
    let mut v = std::mem::take(v);
    v.clear();
    v
}

/// The buffers of the unit stage, kept from one text to the next so that a
/// corpus pass does not allocate them for every document. Each is emptied
/// when a text's reading takes it.
#[derive(Debug, Default)]
pub(crate) struct Buffers {
    lines: Vec<Range<usize>>,
    links: Vec<Link>,
    linked: Vec<Range<usize>>,
    emails: Vec<usize>,
    cues: Vec<CueHit>,
    cued: Vec<Range<usize>>,
    pub(crate) phones: Vec<usize>,
    shapes: Vec<u8>,
    shaped: Vec<Range<usize>>,
    found_links: Vec<Link>,
    found_emails: Vec<usize>,
    found_cues: Vec<CueHit>,
    parts: Vec<Range<usize>>,
    pitches: Vec<u32>,
    pub(crate) terms: Vec<u32>,
    pub(crate) selling: Vec<u32>,
}

/// The unit stage's reading of one text.
pub(crate) struct Reading<'a> {
    pub text: &'a str,
    toks: &'a Tokens,
    pub tokens: &'a [Token],
    /// The tokens' flags side by side.
    flags: &'a [u16],
    phrases: &'a CuePhrases,
    /// The lines, as token ranges (lines without tokens left out).
    pub lines: Vec<Range<usize>>,
    /// The links that start in the token ranges `linked`, in text order:
    /// read where a unit asks for them, most texts' links are never read.
    links: Vec<Link>,
    linked: Vec<Range<usize>>,
    /// The first token of every free mail address in `linked`, in text
    /// order.
    emails: Vec<usize>,
    /// Which tokens may start a cue phrase.
    words: &'a WordClasses,
    /// Cue phrases that start in the token ranges `cued`, in text order:
    /// those of a unit, read when it is measured.
    cues: Vec<CueHit>,
    cued: Vec<Range<usize>>,
    /// The last token of every phone number.
    pub phones: Vec<usize>,
    /// Per token: its [`shape`] bits, for the tokens in `shaped`.
    shapes: Vec<u8>,
    shaped: Vec<Range<usize>>,
    /// Buffers for what one call finds, and the rest of [`Buffers`].
    spare: Buffers,
}

impl<'a> Reading<'a> {
    /// Reads `toks`; `words` tells the tokens a cue phrase may start at.
    /// `buffers.phones` are the text's phone numbers as
    /// [`read_phones_into`] reads them (the gate before the stage has read
    /// them already); the other buffers are emptied and reused.
    pub(crate) fn new(
        text: &'a str,
        toks: &'a Tokens,
        flags: &'a [u16],
        phrases: &'a CuePhrases,
        words: &'a WordClasses,
        mut buffers: Buffers,
    ) -> Reading<'a> {
        let tokens = &toks.tokens;
        let mut lines = emptied(&mut buffers.lines);
        let phones = std::mem::take(&mut buffers.phones);
        let mut from = 0;
        crate::spans::each_with(flags, flag::LINE_BEFORE, |i| {
            if i > 0 {
                lines.push(from..i);
                from = i;
            }
        });
        if from < tokens.len() {
            lines.push(from..tokens.len());
        }
        Reading {
            text,
            toks,
            words,
            cued: emptied(&mut buffers.cued),
            tokens,
            flags,
            phrases,
            lines,
            links: emptied(&mut buffers.links),
            linked: emptied(&mut buffers.linked),
            emails: emptied(&mut buffers.emails),
            cues: emptied(&mut buffers.cues),
            phones,
            shapes: emptied(&mut buffers.shapes),
            shaped: emptied(&mut buffers.shaped),
            spare: buffers,
        }
    }

    /// The buffers for the keyword lists of a unit's payload (emptied).
    pub(crate) fn take_lists(&mut self) -> (Vec<u32>, Vec<u32>) {
        (
            emptied(&mut self.spare.terms),
            emptied(&mut self.spare.selling),
        )
    }

    /// Gives the buffers back, for the next text.
    pub(crate) fn into_buffers(self) -> Buffers {
        Buffers {
            lines: self.lines,
            links: self.links,
            linked: self.linked,
            emails: self.emails,
            cues: self.cues,
            cued: self.cued,
            phones: self.phones,
            shapes: self.shapes,
            shaped: self.shaped,
            ..self.spare
        }
    }

    /// Reads the links that start in the tokens `r`, where not yet read.
    /// The range read is widened to whole chunks of text (from whitespace
    /// to whitespace), as [`links::read_in`] needs.
    fn read_links(&mut self, r: &Range<usize>) {
        let (tokens, bytes) = (self.tokens, self.text.as_bytes());
        if r.is_empty() || ranges::covers(&self.linked, r) {
            return;
        }
        // Whether a chunk of text starts at token `i`: whitespace stands
        // between it and the token before.
        let chunk_starts = |i: usize| {
            i == 0
                || i == tokens.len()
                || bytes[tokens[i - 1].end()..tokens[i].start()]
                    .iter()
                    .any(u8::is_ascii_whitespace)
        };
        let (mut start, mut end) = (r.start, r.end);
        while !chunk_starts(start) {
            start -= 1;
        }
        while !chunk_starts(end) {
            end += 1;
        }
        if self.shapes.len() != tokens.len() {
            self.shapes.clear();
            self.shapes.resize(tokens.len(), 0);
        }
        let mut parts = std::mem::take(&mut self.spare.parts);
        let mut found = std::mem::take(&mut self.spare.found_links);
        let mut emails = std::mem::take(&mut self.spare.found_emails);
        ranges::outside_into(&(start..end), &self.linked, |l| l, &mut parts);
        for part in parts.drain(..) {
            found.clear();
            emails.clear();
            links::read_in(
                self.text,
                tokens,
                self.flags,
                part.clone(),
                &mut found,
                &mut emails,
            );
            for l in &found {
                self.shapes[l.tokens.clone()]
                    .iter_mut()
                    .for_each(|s| *s |= shape::IN_LINK);
            }
            // The part lies between ranges read: its links go in one place.
            let at = self.links.partition_point(|l| l.tokens.start < part.start);
            self.links.splice(at..at, found.drain(..));
            let at = self.emails.partition_point(|&e| e < part.start);
            self.emails.splice(at..at, emails.drain(..));
            ranges::add(&mut self.linked, part);
        }
        self.spare.parts = parts;
        self.spare.found_links = found;
        self.spare.found_emails = emails;
    }

    /// How many markup tags (`<p`, `</a`) start in the bytes `r` (on
    /// character boundaries).
    fn tags_in(&self, r: &Range<usize>) -> usize {
        let bytes = self.text.as_bytes();
        let mut tags = 0;
        let mut from = r.start;
        // `find` on a char looks for its byte with memchr.
        while let Some(p) = self.text[from..r.end].find('<') {
            let at = from + p;
            tags += usize::from(
                bytes
                    .get(at + 1)
                    .is_some_and(|&n| n.is_ascii_alphabetic() || n == b'/'),
            );
            from = at + 1;
        }
        tags
    }

    /// The tokens' flags side by side.
    pub(crate) fn flags(&self) -> &'a [u16] {
        self.flags
    }

    /// The bytes of the tokens `r` (not empty).
    pub(crate) fn bytes_of(&self, r: &Range<usize>) -> Range<usize> {
        self.tokens[r.start].start()..self.tokens[r.end - 1].end()
    }

    /// Finds the cue phrases that start in `r` where they are not yet
    /// known.
    fn read_cues(&mut self, r: &Range<usize>) {
        let mut parts = std::mem::take(&mut self.spare.parts);
        let mut found = std::mem::take(&mut self.spare.found_cues);
        ranges::outside_into(r, &self.cued, |c| c, &mut parts);
        for part in parts.drain(..) {
            found.clear();
            let words = self.words;
            self.phrases
                .find_in(self.toks, part.clone(), |i| words.starts_cue(i), &mut found);
            // The part lies between known ranges: its hits go in one place.
            let at = self
                .cues
                .partition_point(|h| (h.first as usize) < part.start);
            self.cues.splice(at..at, found.drain(..));
            ranges::add(&mut self.cued, part);
        }
        self.spare.parts = parts;
        self.spare.found_cues = found;
    }

    /// The cue hits that start inside `r` (of those read).
    fn cues_in(&self, r: &Range<usize>) -> &[CueHit] {
        let from = self.cues.partition_point(|h| (h.first as usize) < r.start);
        let to = self.cues.partition_point(|h| (h.first as usize) < r.end);
        &self.cues[from..to.max(from)]
    }

    /// Whether the tokens `r` are exactly one cue phrase of `kind`: the
    /// longest phrase that starts at its first token, asked of that token
    /// alone (an author or date line is a few words, and most are asked of
    /// one word at most).
    pub(crate) fn is_cue(&self, r: &Range<usize>, kind: CueKind) -> bool {
        !r.is_empty()
            && self.words.starts_cue(r.start)
            && self
                .phrases
                .at(self.toks, r.start)
                .is_some_and(|h| h.last as usize + 1 == r.end && h.kinds & kind.bit() != 0)
    }

    /// Whether the token `i` is a date word, or a number with a date word
    /// glued to it (`19th`, `2012년`).
    pub(crate) fn is_date_token(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        if t.has(flag::NUMERIC) || self.is_cue(&(i..i + 1), CueKind::DateWord) {
            return true;
        }
        if !t.has(flag::DIGIT) {
            return false;
        }
        let word = &self.text[t.start()..t.end()];
        let suffix = word.trim_start_matches(|c: char| c.is_ascii_digit());
        if suffix.len() == word.len() || suffix.is_empty() {
            return false;
        }
        let toks = tokenize(suffix);
        toks.tokens.len() == 1
            && self.phrases.word_kinds(toks.tokens[0].hash) & CueKind::DateWord.bit() != 0
    }

    /// The links whose first token lies inside `r`.
    pub(crate) fn links_in(&mut self, r: &Range<usize>) -> &[Link] {
        self.read_links(r);
        self.read_links_in(r)
    }

    /// The links whose first token lies inside `r`, of those read.
    pub(crate) fn read_links_in(&self, r: &Range<usize>) -> &[Link] {
        let links = &self.links;
        let from = links.partition_point(|l| l.tokens.start < r.start);
        let to = links.partition_point(|l| l.tokens.start < r.end);
        &links[from..to.max(from)]
    }

    /// Whether the words of `r` (outside links) name the site whose name
    /// hashes to `site`: one word (`Cloudflare`), or two or three written
    /// apart that the host glues (`Enrique Dans`, `enriquedans.com`).
    fn names_site(&self, site: u64, r: &Range<usize>) -> bool {
        let is_word = |i: &usize| !self.tokens[*i].has(flag::URL);
        // A possessive still names its owner (`Kleppmann's site`).
        let folded = |i: usize| {
            let from = self.toks.folded_start(i);
            let word = &self.toks.folded[from..self.toks.folded_start(i + 1) - 1];
            word.strip_suffix(b"'s").unwrap_or(word)
        };
        // Each word, glued to the next few (links between them skipped).
        let mut glued = Vec::new();
        r.clone().filter(is_word).any(|first| {
            glued.clear();
            (first..r.end)
                .filter(is_word)
                .take(MAX_NAME_WORDS)
                .any(|i| {
                    glued.extend_from_slice(folded(i));
                    hash_bytes(&glued) == site
                })
        })
    }

    /// The tokens of `part` from the start of the sentence or line that
    /// holds token `end` up to it.
    fn sentence_to(&self, part: &Range<usize>, end: usize) -> Range<usize> {
        let flags = self.flags;
        let start = (part.start + 1..end)
            .rev()
            .find(|&i| flags[i] & flag::LINE_BEFORE != 0 || flags[i - 1] & flag::END_AFTER != 0)
            .unwrap_or(part.start);
        start..end
    }

    /// The first token of the line that holds token `at`.
    pub(crate) fn line_start(&self, at: usize) -> usize {
        let line = self.lines.partition_point(|line| line.start <= at);
        self.lines[..line].last().map_or(at, |line| line.start)
    }

    /// Whether the few words right before the link `l` on its line, or
    /// the text of its anchor, name its site: a list of sites by name
    /// (`Kayak - https://www.kayak.com`, a blogroll), a place and its site
    /// (`Hotel Artemide (from €120/night, https://www.hotelartemide.it)`),
    /// where an advert names its own site anywhere.
    pub(crate) fn lists_by_name(&self, l: &Link) -> bool {
        if !l.front_page || l.site_name == 0 {
            return false;
        }
        let at = l.tokens.start;
        // Within the link's own clause: back to its line's start or the
        // last sentence end, a few words at most.
        let mut start = self
            .line_start(at)
            .max(at.saturating_sub(MAX_LISTED_NAME_WORDS));
        if let Some(end) = (start..at)
            .rev()
            .find(|&i| self.flags[i] & flag::END_AFTER != 0)
        {
            start = end + 1;
        }
        // An anchor's own text may name it (`<a href="http://wordpress.org/">WordPress</a>`).
        (start < at && self.names_site(l.site_name, &(start..at)))
            || (l.anchor && self.names_site(l.site_name, &l.cited_text))
    }

    /// Phone numbers that end inside `r`.
    pub(crate) fn phones_in(&self, r: &Range<usize>) -> usize {
        count_in(&self.phones, r)
    }

    /// Whether a praise phrase starts inside `r`.
    pub(crate) fn praises(&mut self, r: &Range<usize>) -> bool {
        self.read_cues(r);
        self.cues_in(r)
            .iter()
            .any(|h| h.kinds & CueKind::Praise.bit() != 0)
    }

    /// Finds the shapes of the words of `r` not yet looked at.
    fn shape(&mut self, r: &Range<usize>) {
        self.read_links(r);
        let mut parts = std::mem::take(&mut self.spare.parts);
        ranges::outside_into(r, &self.shaped, |s| s, &mut parts);
        for part in parts.drain(..) {
            for i in part.clone() {
                let t = &self.tokens[i];
                if self.shapes[i] & shape::IN_LINK != 0
                    || t.has(flag::NUMERIC | flag::CJK | flag::URL)
                    || t.end() - t.start() < 4
                {
                    continue;
                }
                let word = &self.text[t.start()..t.end()];
                let mut bits = 0;
                if word.is_ascii() {
                    // Noise is letters only; a lucky name starts with a
                    // capital and ends in digits.
                    if !t.has(flag::DIGIT) {
                        bits |= shape::NOISE * u8::from(shapes::is_noise_word(word));
                    } else if t.has(flag::UPPER) {
                        bits |= shape::LUCKY * u8::from(shapes::is_lucky_name(word));
                    }
                } else {
                    bits |= shape::MIXED * u8::from(shapes::mixes_scripts(word));
                }
                self.shapes[i] |= bits;
            }
            ranges::add(&mut self.shaped, part);
        }
        self.spare.parts = parts;
    }

    /// The cues of the tokens of `parts` (sorted, disjoint). The shapes of
    /// words (bot noise, lucky names, look-alike letters) are read in a
    /// message, or where there is a link: in a paragraph of an article
    /// without one they could add to no payload.
    pub(crate) fn cues(&mut self, parts: &[Range<usize>], message: bool) -> Cues {
        let mut c = Cues::default();
        let mut pitches = std::mem::take(&mut self.spare.pitches);
        pitches.clear();
        let mut tags = 0;
        // The front pages' site names, with the part each stands in.
        let mut sites: Vec<(u64, Range<usize>)> = Vec::new();
        for part in parts.iter().filter(|r| !r.is_empty()) {
            self.read_cues(part);
            // The token after a part may be a link a cue introduces.
            self.read_links(&(part.start..(part.end + 1).min(self.tokens.len())));
            for l in self.links_in(part) {
                c.links += l.count;
                c.front_page_links += usize::from(l.front_page);
                c.odd_links += usize::from(l.odd);
                c.anchors += usize::from(l.anchor);
                if l.front_page && l.site_name != 0 {
                    sites.push((l.site_name, part.clone()));
                }
            }
            let links = &self.links;
            c.phones += self.phones_in(part);
            c.emails += count_in(&self.emails, part);
            for h in self.cues_in(part) {
                let has = |k: CueKind| usize::from(h.kinds & k.bit() != 0);
                // `Link - http://…`: a word that introduces the link right
                // after it, on its line, calls on the reader to follow it;
                // a heading above a list of links introduces none.
                // A site the words name is cited, not pushed (`his site
                // https://martin.kleppmann.com/`).
                let next = h.last as usize + 1;
                let introduces = has(CueKind::LinkIntro) + has(CueKind::OwnSite) > 0
                    && self
                        .flags
                        .get(next)
                        .is_some_and(|f| f & flag::LINE_BEFORE == 0)
                    && links
                        .binary_search_by_key(&next, |l| l.tokens.start)
                        .is_ok_and(|k| {
                            let l = &links[k];
                            !(l.front_page
                                && l.site_name != 0
                                && self.names_site(l.site_name, &self.sentence_to(part, next)))
                        });
                c.praise += has(CueKind::Praise);
                c.calls += has(CueKind::Call)
                    + has(CueKind::PhoneCall)
                    + has(CueKind::Pointer)
                    + usize::from(introduces);
                c.pointers += has(CueKind::Pointer);
                // The writer's own site not right before its link (counted
                // above when it is): a call only under praise (below).
                c.own_sites += usize::from(has(CueKind::OwnSite) > 0 && !introduces);
                c.phone_calls += has(CueKind::PhoneCall);
                c.write_calls += has(CueKind::WriteCall);
                c.support += has(CueKind::Support);
                c.about_spam += has(CueKind::AboutSpam);
                c.reporting += has(CueKind::Reporting);
                c.moved += has(CueKind::Moved);
                if h.kinds & CueKind::Pitch.bit() != 0 {
                    pitches.push(h.phrase);
                }
            }
            tags += self.tags_in(&self.bytes_of(part));
            c.stops +=
                crate::spans::count_where(&self.flags[part.clone()], |f| f & flag::END_AFTER != 0);
            let linked = crate::spans::count_where(&self.flags[part.clone()], |f| {
                f & (flag::URL | flag::DOTTED) != 0
            }) > 0;
            if !(message || linked) {
                continue;
            }
            self.shape(part);
            for &s in &self.shapes[part.clone()] {
                c.noise_words += usize::from(s & shape::NOISE != 0);
                c.lucky_names += usize::from(s & shape::LUCKY != 0);
                c.mixed_scripts += usize::from(s & shape::MIXED != 0);
            }
        }
        // A comment that praises and names the writer's site calls on the
        // reader to visit it; a blogger writes of their blog.
        if c.praise > 0 {
            c.calls += c.own_sites;
        }
        // Whether the words name a front page's site matters only to
        // praise or a pointer beside it, and is read only then.
        // All that matters is whether every front page is named: the count
        // stops at the first that is not (a link list has many, none named).
        // Nor is it read where other cues already make the links sell.
        if c.praise + c.pointers > 0 && sites.len() == c.front_page_links && !c.push_links() {
            c.named_front_pages = sites
                .iter()
                .take_while(|(site, part)| self.names_site(*site, part))
                .count();
        }
        pitches.sort_unstable();
        pitches.dedup();
        c.pitch = pitches.len();
        self.spare.pitches = pitches;
        // A page's own markup (tables, lists, code) links as a matter of
        // course: where other tags outnumber the anchors, its links are
        // navigation, not a payload.
        if tags > 0 && tags.saturating_sub(2 * c.anchors) > 2 * c.anchors {
            c.anchors = 0;
            c.links = 0;
            c.front_page_links = 0;
            c.odd_links = 0;
        }
        c
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn phones(text: &str) -> usize {
        let toks = tokenize(text);
        // Fed every token, as the gate before the unit stage feeds them.
        let mut reader = PhoneReader::default();
        let mut n = 0;
        for (i, t) in toks.tokens.iter().enumerate() {
            n += usize::from(reader.feed(text, i, t).is_some());
        }
        n + usize::from(reader.finish(text).is_some())
    }

    #[test]
    fn phone_numbers_are_read_among_the_tokens() {
        let cases: &[(&str, usize)] = &[
            ("Call +1 888-480-0288 or (800) 041 8324 today", 2),
            ("Звоните 8 800 555-35-35", 1),
            ("電話 0120-123-4567 まで", 1),
            // Years, scores and prices are no phone numbers.
            ("In 2012, 15 of 30 voted.", 0),
            ("1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16", 0),
            ("Order 12345678901234567890 shipped", 0),
            ("see http://x.example/8884800288 now", 0),
            // Dates with their times are no phone numbers, in any order.
            ("Posted 2021-08-22 22:21 by Anna", 0),
            ("am 22.08.2021 10:15 Uhr", 0),
            ("on 08/22/2021 09:47 am", 0),
            ("2023/11/02 09 30 meeting", 0),
            // A number that opens like a date but is not one stays a phone.
            ("Tel. 0211-123 45 67", 1),
            ("call 1800-123-456 78", 1),
        ];
        for &(text, n) in cases {
            assert_eq!(phones(text), n, "{text}");
        }
    }
}
