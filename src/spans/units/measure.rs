//! Measuring a unit: what its tokens hold (keywords by kind, words, link
//! pieces, numbers) and, where that calls for it, the cues the reading of
//! the text found in it.

use std::ops::Range;

use super::links;
use super::payload::{Payload, Unit};
use super::reading::{Buffers, Cues, Reading};
use super::shapes;
use crate::evidence::{Evidence, mark};
use crate::keywords::lexicon::Category;
use crate::keywords::matcher::{Hit, Matcher};
use crate::model::units as model;
use crate::spans::{count_where, each_with, ranges};
use crate::text::fold::Disguises;
use crate::text::tokenize::{Token, flag};

/// Whether a token's flags tell of a possible payload: a piece of a link,
/// or a capitalised word with digits (a code name such as `PLUTO88`).
pub(super) fn telling(flags: u16) -> bool {
    let code = flag::UPPER | flag::DIGIT | flag::NUMERIC;
    flags & flag::URL != 0 || flags & code == flag::UPPER | flag::DIGIT
}

/// What a payload is measured from.
pub(super) struct Measure<'a> {
    pub(super) reading: Reading<'a>,
    pub(super) tokens: &'a [Token],
    pub(super) ev: &'a Evidence,
    pub(super) matcher: &'a Matcher,
    pub(super) disguised: &'a Disguises,
    /// The patterns [`Measure::payload`] lists, kept from one unit to the
    /// next so that a text with many units allocates them once.
    pub(super) terms: Vec<u32>,
    pub(super) selling: Vec<u32>,
}

impl Measure<'_> {
    /// Gives the buffers back, for the next text.
    pub(super) fn into_buffers(self) -> Buffers {
        let mut buffers = self.reading.into_buffers();
        buffers.terms = self.terms;
        buffers.selling = self.selling;
        buffers
    }

    /// Whether the tokens `r` cannot hold a payload, by what the keyword
    /// hits and the token flags alone show: no vice term, no keyword in a
    /// link, too few brand-and-shop pairs and keywords to be spun copy or a
    /// keyword-only text, no link, code name, long number or disguise.
    pub(super) fn cannot_pay(&self, r: &Range<usize>) -> bool {
        let hits = self.ev.hits_in(r.clone());
        let (mut vice, mut combos, mut keyword_tokens) = (false, 0, 0);
        for h in hits {
            let first = h.first as usize;
            vice |= self.ev.marks()[first] & mark::VICE != 0
                || self.tokens[first].has(flag::URL)
                || self.matcher.pattern(h.pattern).keyword.category() == Category::Vice;
            combos += usize::from(self.sells(h));
            keyword_tokens += (h.last - h.first + 1) as usize;
        }
        // A word is at least one token in 2.5 (Han and kana).
        let keyword_text = hits.len() >= model::MIN_KEYWORD_TEXT_TERMS
            && keyword_tokens as f32 * model::CJK_CHARS_PER_WORD
                >= model::KEYWORD_TEXT_SHARE * r.len() as f32;
        if vice || combos >= model::MIN_COMBOS || keyword_text {
            return false;
        }
        if count_where(&self.ev.flags()[r.clone()], telling) > 0 {
            return false;
        }
        // A phone number is a payload only beside a keyword.
        let long_number = !hits.is_empty() && self.reading.phones_in(r) > 0;
        let bytes = self.tokens[r.start].start()..self.tokens[r.end - 1].end();
        !long_number && self.disguised.count_in(bytes, false) == 0
    }

    /// How many different content words of the tokens in `parts` (a part
    /// of `unit`) occur in the rest of `unit` too.
    pub(super) fn shared_words(&self, unit: &Range<usize>, parts: &[Range<usize>]) -> usize {
        let content = |i: usize| {
            let t = &self.tokens[i];
            self.ev.marks()[i] & mark::FUNCTION == 0
                && !t.has(flag::NUMERIC | flag::CJK | flag::URL)
                && t.end() - t.start() >= model::MIN_CONTENT_WORD
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
    /// Whether hit `h` is a brand or product beside a shop word, or a brand
    /// phrase with one inside (`mulberry bags`).
    fn sells(&self, h: &Hit) -> bool {
        sells(self.ev, self.matcher, h)
    }

    /// What the tokens of `parts` (sorted, disjoint token ranges) hold;
    /// the text's cues are left for [`Measure::cues`].
    pub(super) fn payload(&mut self, parts: &[Range<usize>]) -> Payload {
        let mut p = Payload::default();
        let mut cjk = 0usize;
        // Every keyword's pattern, and those of the phrases that sell (a
        // brand beside a shop word, `mulberry bags`) with the parts of the
        // unit they stand in.
        let mut terms = std::mem::take(&mut self.terms);
        let mut selling = std::mem::take(&mut self.selling);
        terms.clear();
        selling.clear();
        let mut quarters = [false; model::SPUN_PARTS];
        let start = parts.first().map_or(0, |r| r.start);
        let span = parts.last().map_or(1, |r| (r.end - start).max(1));
        for part in parts.iter().filter(|r| !r.is_empty()) {
            p.phone_like += self.reading.phones_in(part);
            // One pass per count over the flat arrays of flags and marks:
            // each is a vectorised loop, where one pass with a dozen
            // counters is not.
            let flags = &self.ev.flags()[part.clone()];
            let marks = &self.ev.marks()[part.clone()];
            let count = |values: &[u16], bits: u16| count_where(values, |v| v & bits != 0);
            p.link_tokens += count(flags, flag::URL);
            p.sentence_ends += count(flags, flag::END_AFTER);
            p.prices += count(flags, flag::PRICE);
            p.figures += count_where(flags, |f| f & (flag::NUMERIC | flag::URL) == flag::NUMERIC);
            p.keyword_tokens += count(marks, mark::KEYWORD);
            p.function_words += count(marks, mark::FUNCTION);
            let (part_words, part_cjk) = words_and_cjk(flags);
            cjk += part_cjk;
            p.words += part_words as f32;
            // Code names are rare: their words are read where the flags
            // show one (a code name has a digit).
            each_with(flags, flag::DIGIT, |i| {
                if telling(flags[i]) && flags[i] & flag::URL == 0 {
                    let t = &self.tokens[part.start + i];
                    let word = &self.reading.text[t.start()..t.end()];
                    p.lucky_tokens += usize::from(shapes::is_lucky_name(word));
                }
            });
            let hits = self.ev.hits_in(part.clone());
            for (k, h) in hits.iter().enumerate() {
                let first = h.first as usize;
                let category = self.matcher.pattern(h.pattern).keyword.category();
                let sells = self.sells(h);
                // A term in a page's path is what the page is about (a
                // citation names it too), unless it sells there (a shop
                // word is a hit of its own): a brand or product there is
                // no keyword, another term counts only where the link
                // sells (see `Payload::keywords_in_addresses`).
                if names_a_page(&self.reading, self.ev, self.matcher, h) {
                    if !matches!(category, Category::Brand | Category::Product) {
                        p.keywords_in_paths += 1;
                        terms.push(h.pattern);
                    }
                    continue;
                }
                p.shop_words += usize::from(category == Category::Commerce);
                terms.push(h.pattern);
                if spins(self.ev, self.matcher, hits, k) {
                    // A brand comes back under many phrases (`mulberry
                    // bags`, `mulberry outlet`): its phrases count as one,
                    // by the brand's first word.
                    let key = if category == Category::Brand {
                        (self.tokens[first].hash >> 32) as u32
                    } else {
                        h.pattern
                    };
                    selling.push(key);
                    quarters[(first - start) * model::SPUN_PARTS / span] = true;
                }
                if self.tokens[first].has(flag::URL) {
                    p.keywords_in_links += 1;
                } else if self.ev.marks()[first] & mark::VICE != 0 || category == Category::Vice {
                    p.vice += 1;
                } else if sells {
                    p.combo += 1;
                } else {
                    p.other_keywords += 1;
                }
            }
            let bytes = self.tokens[part.start].start()..self.tokens[part.end - 1].end();
            p.disguised += self.disguised.count_in(bytes.clone(), part_cjk > 0);
        }
        p.words += cjk as f32 / model::CJK_CHARS_PER_WORD;
        // Only keywords can sign a message.
        if p.keyword_tokens > 0
            && let Some(last) = parts.iter().rev().find(|r| !r.is_empty())
        {
            p.signed = self.signed(last);
        }
        p.selling_phrases = selling.len();
        p.steady = quarters.iter().all(|&q| q);
        p.top_selling = most_repeated(&mut selling);
        p.top_keyword = most_repeated(&mut terms);
        self.terms = terms;
        self.selling = selling;
        p
    }

    /// Whether a keyword starts in the last words of `r` after its last
    /// sentence end or line break, with words before them.
    fn signed(&self, r: &Range<usize>) -> bool {
        let flags = &self.ev.flags()[r.clone()];
        let Some(tail) = flags
            .iter()
            .rposition(|f| f & flag::LINE_BEFORE != 0)
            .into_iter()
            .chain(
                flags
                    .iter()
                    .rposition(|f| f & flag::END_AFTER != 0)
                    .map(|i| i + 1),
            )
            .filter(|&i| i < flags.len())
            .max()
        else {
            return false;
        };
        let tail = r.start + tail..r.end;
        // Keywords make half the fragment: a name, not a clause.
        let keyword_tokens =
            count_where(&self.ev.marks()[tail.clone()], |m| m & mark::KEYWORD != 0);
        tail.start > r.start
            && tail.len() <= model::MAX_TAIL_WORDS
            && keyword_tokens as f32 >= model::SIGNATURE_KEYWORD_SHARE * tail.len() as f32
    }

    /// The runs of two or more adjacent `paragraphs` (in text order, each
    /// with whether it may hold a payload, as [`Measure::cannot_pay`]
    /// tells) that each may, each cut to its sentences from the first to
    /// the last that holds a keyword or a piece of a link: spam pasted as
    /// several paragraphs, without the prose of a paragraph it starts in.
    pub(super) fn blocks(&self, paragraphs: &[(Range<usize>, bool)]) -> Vec<Range<usize>> {
        let mut blocks = Vec::new();
        let mut block: Option<(Range<usize>, usize)> = None;
        let mut close = |block: &mut Option<(Range<usize>, usize)>| {
            if let Some((r, n)) = block.take()
                && n >= 2
            {
                blocks.push(self.trim_to_payload(r));
            }
        };
        for (p, pays) in paragraphs {
            match &mut block {
                Some((r, n)) if *pays && r.end == p.start => {
                    r.end = p.end;
                    *n += 1;
                }
                _ => {
                    close(&mut block);
                    if *pays {
                        block = Some((p.clone(), 1));
                    }
                }
            }
        }
        close(&mut block);
        blocks
    }

    /// `r` without its first and last sentences (to a sentence end or a
    /// line break) that hold neither a keyword nor a piece of a link.
    pub(super) fn trim_to_payload(&self, r: Range<usize>) -> Range<usize> {
        let (flags, marks) = (self.ev.flags(), self.ev.marks());
        let holds = |s: &Range<usize>| {
            s.clone().any(|i| {
                let i = r.start + i;
                flags[i] & flag::URL != 0 || marks[i] & mark::KEYWORD != 0
            })
        };
        let mut sentences = Vec::new();
        crate::spans::sentences_into(&self.tokens[r.clone()], &mut sentences);
        match (
            sentences.iter().position(holds),
            sentences.iter().rposition(holds),
        ) {
            (Some(first), Some(last)) => {
                r.start + sentences[first].start..r.start + sentences[last].end
            }
            _ => r,
        }
    }

    /// How many words the tokens `r` make (a Han or kana character is
    /// part of one), as [`Measure::payload`] counts them: read from the
    /// flags alone, before a long text is measured.
    /// Whether the tokens `r`, outside those `taken` (stuffing the token
    /// model cut is no copy), hold selling phrases at the rate of spun
    /// copy and in each part (what [`Payload::spun_steadily`] asks of a
    /// unit, counted without its cues), so that a long text is worth
    /// weighing whole.
    pub(super) fn may_be_spun(&self, r: &Range<usize>, taken: &[Range<usize>]) -> bool {
        let mut quarters = [false; model::SPUN_PARTS];
        let mut selling = 0usize;
        let span = r.len().max(1);
        let hits = self.ev.hits_in(r.clone());
        for (k, h) in hits.iter().enumerate() {
            let first = h.first as usize;
            if spins(self.ev, self.matcher, hits, k)
                && !self.tokens[first].has(flag::URL)
                && !ranges::covers(taken, &(first..first + 1))
            {
                selling += 1;
                quarters[(first - r.start) * model::SPUN_PARTS / span] = true;
            }
        }
        selling >= model::MIN_SPUN_REPEATS
            && quarters.iter().all(|&q| q)
            && selling as f32 * model::WORDS_PER_SPUN_PHRASE >= self.words(r)
    }

    pub(super) fn words(&self, r: &Range<usize>) -> f32 {
        let (words, cjk) = words_and_cjk(&self.ev.flags()[r.clone()]);
        words as f32 + cjk as f32 / model::CJK_CHARS_PER_WORD
    }

    /// The cues of the tokens of `parts` of a unit of kind `unit`.
    pub(super) fn cues(&mut self, parts: &[Range<usize>], unit: Unit) -> Cues {
        let mut c = self.reading.cues(parts, unit == Unit::Message);
        if c.links > c.odd_links {
            let (ev, matcher, tokens) = (self.ev, self.matcher, self.tokens);
            // The reading of the cues above read the parts' links.
            let reading = &self.reading;
            // A keyword names the site in its host, or sells in its path
            // (`/buy-…`); any other keyword in a path names the page. In
            // an anchor's text a shop word or a brand beside one sells.
            let sells_here = |h: &Hit| {
                if tokens[h.first as usize].has(flag::URL) {
                    !names_a_page(reading, ev, matcher, h)
                } else {
                    matcher.pattern(h.pattern).keyword.category() == Category::Commerce
                        || sells(ev, matcher, h)
                }
            };
            for part in parts {
                for l in reading.read_links_in(part) {
                    // An anchor cites only where a sentence runs into it.
                    let read = l.tokens.start..l.tokens.end.max(l.cited_text.end);
                    // An anchor whose text is keywords alone names goods,
                    // not a page (`<a …>ugg boots</a>`).
                    let uncited_anchor = l.anchor
                        && (l.cited_text.is_empty() || all_words_are_keywords(ev, &l.cited_text));
                    // A front page cites where it is listed by name (a
                    // blogroll, a list of tools).
                    let listed = reading.lists_by_name(l);
                    let cites = l.explicit
                        && !((l.front_page && !listed) || l.odd || l.profile || uncited_anchor)
                        && !ev.hits_in(read).iter().any(sells_here);
                    if cites {
                        c.citing_links += l.count;
                        c.anchors = c.anchors.saturating_sub(usize::from(l.anchor));
                    }
                }
            }
            if c.citing_links < c.links && lists_sites(reading, ev, parts) {
                c.citing_links = c.links;
            }
        }
        c
    }
}

/// Whether the links of `parts` are a list of sites (a post's resources, a
/// blogroll under headings): every link written out, ending its line under
/// a few words, with no keyword in its address, a front page of a site not
/// listed above it or a page deep in one, and at least
/// [`model::MIN_LISTED_SITES`] of them, the words naming goods on fewer
/// than [`model::MAX_NAMED_LIST_LINES`] of the lines. A description names
/// what a site is for (`Cheap flights: https://www.skyscanner.net`); an
/// advert's list says its keywords on every line, or names a vice. A
/// site's bare name before its link (`Book hotels on Booking.com:
/// https://…`) is a name.
fn lists_sites(reading: &Reading, ev: &Evidence, parts: &[Range<usize>]) -> bool {
    let flags = ev.flags();
    let mut sites: Vec<u64> = Vec::new();
    let (mut entries, mut named_lines) = (0usize, 0usize);
    for part in parts {
        for l in reading.read_links_in(part) {
            let ends_line = flags
                .get(l.tokens.end)
                .is_none_or(|f| f & flag::LINE_BEFORE != 0 || l.tokens.end >= part.end);
            if !l.explicit && !ends_line {
                continue;
            }
            let line = reading.line_start(l.tokens.start)..l.tokens.start;
            let new_site = !(l.front_page && sites.contains(&l.site_name));
            let listed = l.explicit
                && !l.odd
                && !l.anchor
                && !l.profile
                && l.count == 1
                && new_site
                && ends_line
                && !line.is_empty()
                && line.len() <= model::MAX_LISTED_NAME_WORDS
                && ev.hits_in(l.tokens.clone()).is_empty();
            if !listed {
                return false;
            }
            if l.front_page {
                sites.push(l.site_name);
            }
            entries += 1;
            // Keywords of the line outside a bare site name; a vice term
            // (a casino, a drug) lists an advert's sites.
            let mut named = false;
            for h in ev.hits_in(line) {
                if reading.tokens[h.first as usize].has(flag::URL | flag::DOTTED) {
                    continue;
                }
                if ev.marks()[h.first as usize] & mark::VICE != 0 {
                    return false;
                }
                named = true;
            }
            named_lines += usize::from(named);
        }
    }
    entries >= model::MIN_LISTED_SITES
        && (named_lines as f32) < model::MAX_NAMED_LIST_LINES * entries as f32
}

/// Whether every word of the tokens `r` outside an address is part of a
/// keyword (and there is one).
fn all_words_are_keywords(ev: &Evidence, r: &Range<usize>) -> bool {
    let (flags, marks) = (&ev.flags()[r.clone()], &ev.marks()[r.clone()]);
    let mut words = flags.iter().zip(marks).filter(|(f, _)| *f & flag::URL == 0);
    words.clone().next().is_some() && words.all(|(_, m)| m & mark::KEYWORD != 0)
}

/// Whether hit `h` lies in the path of a link's address and names the
/// page there: not a shop word, not a brand beside one (`/buy-…`,
/// `/cheap-ugg-boots` sell), unless the link's title says it too.
fn names_a_page(reading: &Reading, ev: &Evidence, matcher: &Matcher, h: &Hit) -> bool {
    let t = &reading.tokens[h.first as usize];
    t.has(flag::URL)
        && links::in_path(reading.text, t)
        && ((matcher.pattern(h.pattern).keyword.category() != Category::Commerce
            && !sells(ev, matcher, h))
            || titled(reading, ev, h))
}

/// Whether the words before the link that holds hit `h`, on its line,
/// say the same term and read as a title, not a list of keywords: an item
/// of a list of pages (`Cheap flights to Lisbon are back, $299 round trip
/// from Boston: https://…/cheap-flights-lisbon/`) names the page it cites.
fn titled(reading: &Reading, ev: &Evidence, h: &Hit) -> bool {
    let tokens = reading.tokens;
    let flags = ev.flags();
    let mut start = h.first as usize;
    while start > 0 && tokens[start - 1].has(flag::URL) && flags[start] & flag::LINE_BEFORE == 0 {
        start -= 1;
    }
    let title = reading.line_start(start)..start;
    let said = ev
        .hits_in(title.clone())
        .iter()
        .any(|t| t.pattern == h.pattern);
    let keyword_tokens = count_where(&ev.marks()[title.clone()], |m| m & mark::KEYWORD != 0);
    said && (keyword_tokens as f32) < model::PROSE_KEYWORD_SHARE * title.len() as f32
}

/// Whether hit `h` is a brand or product beside a shop word, or a brand
/// phrase with one inside (`mulberry bags`).
pub(super) fn sells(ev: &Evidence, matcher: &Matcher, h: &Hit) -> bool {
    ev.marks()[h.first as usize] & mark::COMBO != 0 || matcher.pattern(h.pattern).sells
}

/// Whether `hits[k]` is a phrase spun copy comes back to: one that sells,
/// or goods a brand names (`mulberry totes`).
pub(super) fn spins(ev: &Evidence, matcher: &Matcher, hits: &[Hit], k: usize) -> bool {
    sells(ev, matcher, &hits[k]) || names_goods(matcher, hits, k)
}

/// Whether `hits[k]` is a brand written right beside a product noun, in
/// either order (`mulberry totes`, `sacs louis vuitton`): goods named
/// the way the lexicon's brand phrases name them (`mulberry bags`), in
/// words the lexicon does not join.
fn names_goods(matcher: &Matcher, hits: &[Hit], k: usize) -> bool {
    let category = |h: &Hit| matcher.pattern(h.pattern).keyword.category();
    let h = &hits[k];
    category(h) == Category::Brand
        && (hits
            .get(k + 1)
            .is_some_and(|n| n.first == h.last + 1 && category(n) == Category::Product)
            || k.checked_sub(1)
                .and_then(|p| hits.get(p))
                .is_some_and(|p| p.last + 1 == h.first && category(p) == Category::Product))
}

/// The words (neither numbers nor pieces of links) and the Han or kana
/// characters among tokens with `flags`.
fn words_and_cjk(flags: &[u16]) -> (usize, usize) {
    let cjk = count_where(flags, |f| f & flag::CJK != 0);
    let other = count_where(flags, |f| {
        f & flag::CJK == 0 && f & (flag::NUMERIC | flag::URL) != 0
    });
    (flags.len() - cjk - other, cjk)
}

/// How often the most frequent pattern occurs in `patterns`.
fn most_repeated(patterns: &mut [u32]) -> usize {
    patterns.sort_unstable();
    patterns
        .chunk_by(|a, b| a == b)
        .map(<[u32]>::len)
        .max()
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keywords::cues::Cues as CuePhrases;
    use crate::keywords::function_words::FunctionWords;
    use crate::keywords::lexicon::Lexicon;
    use crate::keywords::words::{WordClasses, WordTable};
    use crate::spans::units::reading::read_phones;
    use crate::text::tokenize::tokenize;
    use std::sync::OnceLock;

    /// The built-in lexicon's matcher, cue phrases and word table, built
    /// once for all the tests.
    fn model() -> &'static (Matcher, CuePhrases, WordTable) {
        static MODEL: OnceLock<(Matcher, CuePhrases, WordTable)> = OnceLock::new();
        MODEL.get_or_init(|| {
            let matcher = Matcher::new(&Lexicon::builtin()).expect("the built-in lexicon builds");
            let cues = CuePhrases::builtin();
            let table = WordTable::new(
                &FunctionWords::builtin(),
                matcher.first_words(),
                cues.first_words(),
            );
            (matcher, cues, table)
        })
    }

    /// `f` on the measure of `text`, read as the pipeline reads it.
    fn with_measure<T>(text: &str, f: impl Fn(&mut Measure, Range<usize>) -> T) -> T {
        let (matcher, cues, table) = model();
        let toks = tokenize(text);
        let mut words = WordClasses::default();
        words.classify(&toks.tokens, table);
        let mut hits = Vec::new();
        matcher.find(text, &toks, |i| words.starts_term(i), &mut hits);
        let mut ev = Evidence::default();
        ev.compute(&toks.tokens, &words, &mut hits, matcher);
        let phones = read_phones(text, &toks.tokens, ev.flags());
        let mut buffers = Buffers::default();
        buffers.phones = phones;
        let reading = Reading::new(text, &toks, ev.flags(), cues, &words, buffers);
        let disguised = Disguises::default();
        let mut measure = Measure {
            reading,
            tokens: &toks.tokens,
            ev: &ev,
            matcher,
            disguised: &disguised,
            terms: Vec::new(),
            selling: Vec::new(),
        };
        f(&mut measure, 0..toks.tokens.len())
    }

    /// A brand right beside a product noun, in either order, names goods;
    /// a brand with words between, a product alone or a brand alone does
    /// not.
    #[test]
    fn a_brand_beside_a_product_noun_names_goods() {
        let cases = [
            (
                "brand, then product, English",
                "Longchamp totes for the office",
                true,
            ),
            (
                "brand, then product, German",
                "neue Swarovski Halsketten",
                true,
            ),
            (
                "product, then brand, French",
                "des sacs Longchamp pour l'été",
                true,
            ),
            (
                "product, then brand, Spanish",
                "unos bolsos Longchamp nuevos",
                true,
            ),
            ("words between", "Longchamp makes very light totes", false),
            ("a product alone", "light totes for the office", false),
            ("a brand alone", "Longchamp opened a shop in Paris", false),
        ];
        for (shape, text, want) in cases {
            let got = with_measure(text, |m, _| {
                let hits = m.ev.hits();
                (0..hits.len()).any(|k| names_goods(m.matcher, hits, k))
            });
            assert_eq!(got, want, "{shape}");
        }
    }

    /// Adjacent paragraphs that each may hold a payload make a block, cut
    /// to its sentences from the first to the last with a keyword or a
    /// link; a paragraph of prose between them breaks it.
    #[test]
    fn paragraphs_that_each_may_pay_make_a_block() {
        let cases: &[(&str, &str, &[&str])] = &[
            (
                "two paragraphs with a shop's link after prose",
                "The council met on Tuesday.\n\nWarm coats at http://coats.example today.\n\n\
                 Cheap boots at http://coats.example too.",
                &[
                    "Warm coats at http://coats.example today.\n\nCheap boots at http://coats.example too",
                ],
            ),
            (
                "the same, German",
                "Der Rat tagte am Dienstag.\n\nWarme Jacken unter http://jacken.example heute.\n\n\
                 Billige Stiefel unter http://jacken.example auch.",
                &[
                    "Warme Jacken unter http://jacken.example heute.\n\nBillige Stiefel unter http://jacken.example auch",
                ],
            ),
            (
                "a paragraph's prose sentence before the pasted spam stays out",
                "The council met on Tuesday. Cheap ugg boots at http://boots.example now.\n\n\
                 Ugg boots sale at http://boots.example again.",
                &[
                    "Cheap ugg boots at http://boots.example now.\n\nUgg boots sale at http://boots.example again",
                ],
            ),
            (
                "one paragraph alone is no block",
                "The council met on Tuesday.\n\nWarm coats at http://coats.example today.",
                &[],
            ),
            (
                "prose between two paragraphs that may pay",
                "Warm coats at http://coats.example today.\n\nThe council met on Tuesday and voted.\n\n\
                 Cheap boots at http://coats.example too.",
                &[],
            ),
        ];
        for &(shape, text, want) in cases {
            let got: Vec<String> = with_measure(text, |m, all| {
                let paragraphs: Vec<(Range<usize>, bool)> =
                    super::super::split::paragraphs(&m.reading, all)
                        .into_iter()
                        .map(|p| {
                            let pays = !m.cannot_pay(&p);
                            (p, pays)
                        })
                        .collect();
                m.blocks(&paragraphs)
                    .iter()
                    .map(|b| text[m.reading.bytes_of(b)].to_string())
                    .collect()
            });
            assert_eq!(got, want, "{shape}");
        }
    }

    /// The payload of the whole of `text`, with its cues, as a message.
    fn measured(text: &str) -> Payload {
        with_measure(text, |m, all| {
            let mut p = m.payload(std::slice::from_ref(&all));
            p.cues = m.cues(std::slice::from_ref(&all), Unit::Message);
            p
        })
    }

    /// What a unit holds, counted by kind: each row names the shape, the
    /// count it must show and the legitimate text that must not show it.
    #[test]
    fn a_unit_is_measured_by_what_it_holds() {
        type Count = fn(&Payload) -> usize;
        let cases: &[(&str, Count, &str, &str)] = &[
            (
                "vice terms outside links",
                |p| p.vice,
                "buy viagra online without a prescription, cheap cialis",
                "The ferry service resumes on Monday, the port authority said.",
            ),
            (
                "a brand beside a shop word sells",
                |p| p.combo,
                "cheap ugg boots outlet, gucci bags sale, moncler pas cher",
                "Gucci reported higher sales in Asia this quarter.",
            ),
            (
                "a keyword in a link's host",
                |p| p.keywords_in_links,
                "nice post http://www.cheapviagraonline.example/ thanks",
                "nice post https://docs.python.org/3/library/json.html thanks",
            ),
            (
                "a vice term in a cited page's path names the page",
                |p| p.keywords_in_paths,
                "The trial is described at https://www.nature.com/articles/viagra-trial-2021 in full.",
                "The trial is described at https://www.nature.com/articles/s41586-021 in full.",
            ),
            (
                "links, counted by address",
                |p| p.cues.links,
                "Visit http://a.example and www.b.example today",
                "Visit the museum and the old town today",
            ),
            (
                "a link that cites: written out, to a deep page, an ordinary host",
                |p| p.cues.citing_links,
                "Selon https://www.lemonde.fr/economie/article/2024/05/02/la-bourse.html, les marchés ont monté.",
                "Visitez http://www.lemonde.fr maintenant",
            ),
            (
                "a link to a front page",
                |p| p.cues.front_page_links,
                "Besuchen Sie http://www.beispiel.example/ heute",
                "Besuchen Sie https://www.beispiel.example/hilfe/anleitung heute",
            ),
            (
                "an anchor's markup",
                |p| p.cues.anchors,
                "<a href=\"http://deals.example/\">cheap bags</a> [url=http://b.example]b[/url]",
                "Prices: http://deals.example/list and more",
            ),
            (
                "a phone number",
                |p| p.cues.phones,
                "Call +1 888-480-0288 for help with your printer",
                "Meeting on 2021-08-22 10:15 in room 12",
            ),
            (
                "a keyword phrase in a message's last words, after its sentences",
                |p| usize::from(p.signed),
                "Great post, thanks for sharing. casino online",
                "Great post, thanks for sharing. I never play at the casino",
            ),
            (
                "prices",
                |p| p.prices,
                "only $19.99 today, €25 tomorrow",
                "only 19 people came today",
            ),
            (
                "bot noise beside a link",
                |p| p.cues.noise_words,
                "CsvwLQZV arjNzhQz http://x.example/p",
                "WordPress YouTube http://x.example/p",
            ),
            (
                "praise",
                |p| p.cues.praise,
                "Great post! Thanks for sharing, very informative.",
                "The post office closes at noon.",
            ),
            (
                "a sentence that reports",
                |p| p.cues.reporting,
                "Police seized replica watches at the port.",
                "Replica watches at the port.",
            ),
        ];
        for &(shape, count, shows, leaves) in cases {
            assert!(count(&measured(shows)) > 0, "{shape}: {shows:?}");
            assert_eq!(count(&measured(leaves)), 0, "{shape}: {leaves:?}");
        }
    }

    /// Words are counted as a reader counts them: numbers and pieces of
    /// links are none, and Han or kana characters make words a few at a
    /// time.
    #[test]
    fn words_are_counted_without_numbers_links_or_single_characters() {
        let cases: &[(&str, f32)] = &[
            ("three plain words", 3.0),
            ("two words 1234 http://x.example/a/b", 2.0),
            ("这是一个测试", 6.0 / model::CJK_CHARS_PER_WORD),
        ];
        for &(text, words) in cases {
            let measured = measured(text).words;
            assert!((measured - words).abs() < 1e-3, "{text:?}: {measured}");
            assert!(
                (with_measure(text, |m, all| m.words(&all)) - words).abs() < 1e-3,
                "{text:?}: the flags alone count the same"
            );
        }
    }

    /// A paragraph is passed over before it is measured only when its hits
    /// and flags show nothing it could pay with.
    #[test]
    fn a_paragraph_that_cannot_pay_is_told_by_its_hits_and_flags() {
        let cases: &[(&str, bool)] = &[
            ("The ferry service resumes on Monday.", true),
            ("Gucci reported higher sales in Asia.", true),
            ("Call 1-888-480-0288 to book a table.", true),
            ("buy viagra online", false),
            ("see http://example.org/page", false),
            ("cheap ugg boots and cheap gucci bags", false),
            ("call 1-888-480-0288 for cheap ugg boots", false),
            ("PLUTO88 is here", false),
        ];
        for &(text, cannot) in cases {
            assert_eq!(
                with_measure(text, |m, all| m.cannot_pay(&all)),
                cannot,
                "{text:?}"
            );
        }
    }
}
