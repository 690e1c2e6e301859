//! Finds lexicon terms in a text's token stream.
//!
//! Patterns are folded with the same tokenizer as the text, so case,
//! punctuation inside multi-word terms and the text's spacing never matter.
//! Most tokens start no term (one table probe tells); at those that may, the
//! longest term is found word by word in a [`TermTrie`] of word hashes. So
//! are terms in runs of Han and kana characters, each a token of its own.
//! In runs of katakana words and URL tokens, where terms may start or end
//! inside a token, aho-corasick searches the folded text: there each pattern
//! ends with the space that follows every folded token, so that it ends on
//! a word boundary, and runs at characters that can start a pattern.

use aho_corasick::{AhoCorasick, AhoCorasickKind, Anchored, Input, MatchKind, StartKind};

use crate::error::Error;
use crate::keywords::hashers::{WordHash, WordSet};
use crate::keywords::lexicon::{Category, Keyword, Lexicon};
use crate::keywords::term_trie::TermTrie;
use crate::model::keywords::{
    MAX_DFA_PATTERN_BYTES, MIN_GLUED_COVERAGE, MIN_GLUED_TAG, MIN_GLUED_TERMS, MIN_GLUED_WORD,
    MIN_TERM_IN_ADDRESS,
};
use crate::text::tokenize::{Tokens, flag, is_cjk, tokenize_into};

/// A compiled lexicon.
#[derive(Debug, Clone)]
pub(crate) struct Matcher {
    automaton: Option<AhoCorasick>,
    patterns: Vec<Pattern>,
    /// Per automaton pattern: the lexicon pattern and whether this is the
    /// variant without a closing space, valid only inside a URL word.
    variants: Vec<(u32, bool)>,
    /// Hashes of the first folded word of every term.
    first_words: Vec<u64>,
    /// The first character of every pattern.
    starts: StartChars,
    /// The first three letters of the patterns that may match at the start
    /// of a glued word (see [`GluedStarts`]).
    glued_starts: GluedStarts,
    /// The terms as word sequences, for matches that start at a word.
    terms: TermTrie,
}

/// The characters patterns start with: a bit per code point of the Basic
/// Multilingual Plane, and one flag for all the others.
#[derive(Debug, Clone)]
struct StartChars {
    bmp: Vec<u64>,
    astral: bool,
}

impl StartChars {
    fn new(chars: impl Iterator<Item = char>) -> StartChars {
        let mut set = StartChars {
            bmp: vec![0; 0x10000 / 64],
            astral: false,
        };
        for c in chars {
            match c as usize {
                u @ 0..0x10000 => set.bmp[u / 64] |= 1 << (u % 64),
                _ => set.astral = true,
            }
        }
        set
    }

    /// Whether the character whose UTF-8 starts at `bytes[0]` may start a
    /// pattern, and its width in bytes. Decodes without validating: the
    /// folded text is UTF-8, and a wrong answer on other bytes would only
    /// cost a search.
    #[inline]
    fn at(&self, bytes: &[u8]) -> (bool, usize) {
        let byte = |i: usize| u32::from(bytes.get(i).copied().unwrap_or(0) & 0x3F);
        let b0 = u32::from(bytes[0]);
        let (code, width) = match b0 {
            0xF0.. => return (self.astral, 4),
            0xE0.. => ((b0 & 0x0F) << 12 | byte(1) << 6 | byte(2), 3),
            0xC0.. => ((b0 & 0x1F) << 6 | byte(1), 2),
            _ => (b0, 1),
        };
        let u = code as usize;
        (self.bmp[u / 64] >> (u % 64) & 1 == 1, width)
    }
}

/// A bit for every three lower-case ASCII letters that start a pattern
/// valid inside an address: a glued word (`cheapjerseys`) holds terms only
/// if one starts it, and most long words start with three letters no such
/// pattern starts with.
#[derive(Debug, Clone)]
struct GluedStarts(Vec<u64>);

impl GluedStarts {
    const LETTERS: usize = 26;

    /// The bit of the first three bytes of `word`, if they are letters.
    fn index(word: &[u8]) -> Option<usize> {
        let three = word.get(..3)?;
        three.iter().all(u8::is_ascii_lowercase).then(|| {
            three
                .iter()
                .fold(0, |n, &b| n * GluedStarts::LETTERS + usize::from(b - b'a'))
        })
    }

    fn new<'p>(patterns: impl Iterator<Item = &'p [u8]>) -> GluedStarts {
        let bits = GluedStarts::LETTERS.pow(3);
        let mut set = GluedStarts(vec![0; bits.div_ceil(64)]);
        for i in patterns.filter_map(GluedStarts::index) {
            set.0[i / 64] |= 1 << (i % 64);
        }
        set
    }

    /// Whether a pattern may start `word` (always, unless its first three
    /// bytes are letters no pattern starts with).
    fn may_start(&self, word: &[u8]) -> bool {
        GluedStarts::index(word).is_none_or(|i| self.0[i / 64] >> (i % 64) & 1 == 1)
    }
}

#[derive(Debug, Clone)]
pub(crate) struct Pattern {
    /// The lexicon entry.
    pub keyword: Keyword,
    /// Han and kana terms match inside longer runs of those scripts.
    anywhere: bool,
    /// A brand phrase with something to sell inside it (`mulberry bags`,
    /// `coach outlet`: a word of it is a product or shop term), which
    /// weighs as a brand beside a shop word; a name (`louis vuitton`) has
    /// none.
    pub sells: bool,
}

/// One keyword occurrence, in tokens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hit {
    pub pattern: u32,
    pub first: u32,
    pub last: u32,
}

impl Matcher {
    pub(crate) fn new(lexicon: &Lexicon) -> Result<Matcher, Error> {
        let mut folded: Vec<Vec<u8>> = Vec::with_capacity(lexicon.len() * 2);
        let mut patterns = Vec::with_capacity(lexicon.len());
        let mut variants = Vec::with_capacity(lexicon.len() * 2);
        let mut first_words = Vec::with_capacity(lexicon.len());
        let mut word_sequences: Vec<(u32, Vec<u64>)> = Vec::with_capacity(lexicon.len());
        let mut seen = WordSet::with_capacity_and_hasher(lexicon.len() * 2, WordHash::default());
        // One buffer for every term's tokens.
        let mut toks = Tokens::default();
        for (index, kw) in lexicon.iter().enumerate() {
            tokenize_into(kw.term(), &mut toks);
            // Without the space after the last token.
            // Room for the space a whole-word pattern ends with.
            let mut f = Vec::with_capacity(toks.folded.len());
            f.extend_from_slice(&toks.folded[..toks.folded.len().saturating_sub(1)]);
            if f.is_empty() {
                return Err(Error::InvalidKeyword {
                    index,
                    keyword: kw.term().to_string(),
                });
            }
            if !seen.insert(f.clone()) {
                continue;
            }
            let id = patterns.len() as u32;
            let anywhere = kw.term().chars().all(|c| is_cjk(c) || c == ' ');
            // The tokenizer hashed the term's words already (`f` is not
            // empty, so neither are its tokens).
            first_words.push(toks.tokens[0].hash);
            // Every term goes in the trie; a Han or kana term is looked for
            // there only in runs of one-character tokens (see `find`).
            word_sequences.push((id, toks.tokens.iter().map(|t| t.hash).collect()));
            if anywhere {
                folded.push(f);
                variants.push((id, false));
            } else {
                // Long single words also match inside an address
                // (`cheapjerseysshop`), so they get a variant without the
                // closing space, accepted only there.
                // A phrase is written without its spaces in an address
                // (`paydayloans`, `printersupport`): that form too, for
                // addresses only, unless it is a term of its own.
                // Addresses are written in ASCII (a host in another script
                // is rare), and each term in another script would add a
                // pattern of its own bytes to the automaton: those terms
                // get no glued form.
                let glued: Vec<u8> = f.iter().copied().filter(|&b| b != b' ').collect();
                if glued.len() >= MIN_TERM_IN_ADDRESS
                    && glued.is_ascii()
                    && (glued.len() == f.len() || !seen.contains(&glued))
                {
                    folded.push(glued);
                    variants.push((id, true));
                }
                f.push(b' ');
                folded.push(f);
                variants.push((id, false));
            }
            patterns.push(Pattern {
                keyword: kw.clone(),
                anywhere,
                sells: false,
            });
        }
        // The single-word product and shop terms, by hash, and the brand
        // phrases with one of them inside.
        let sold: WordSet<u64> = word_sequences
            .iter()
            .filter(|(id, words)| {
                words.len() == 1
                    && matches!(
                        patterns[*id as usize].keyword.category(),
                        Category::Product | Category::Commerce
                    )
            })
            .map(|(_, words)| words[0])
            .collect();
        for (id, words) in &word_sequences {
            let p = &mut patterns[*id as usize];
            p.sells = p.keyword.category() == Category::Brand
                && words.len() > 1
                && words.iter().any(|w| sold.contains(w));
        }
        let automaton = if folded.is_empty() {
            None
        } else {
            // A DFA searches faster than an NFA, but its memory and build
            // time grow with the patterns times the byte classes they use:
            // past a few KB of patterns (see the model table) the
            // contiguous NFA is used. Both starts are built: a glued word is
            // first tried anchored at its start, runs of addresses and
            // katakana are searched unanchored.
            let pattern_bytes: usize = folded.iter().map(Vec::len).sum();
            let kind = if pattern_bytes <= MAX_DFA_PATTERN_BYTES {
                AhoCorasickKind::DFA
            } else {
                AhoCorasickKind::ContiguousNFA
            };
            let ac = AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .start_kind(StartKind::Both)
                .kind(Some(kind))
                // Runs of addresses and katakana are short, and nearly every
                // letter starts some term: a prefilter would not pay.
                .prefilter(false)
                .build(&folded)
                .map_err(|e| Error::Automaton(e.to_string()))?;
            Some(ac)
        };
        let starts = StartChars::new(
            folded
                .iter()
                .filter_map(|f| std::str::from_utf8(f).ok()?.chars().next()),
        );
        // Inside a word only the variants without a closing space match.
        let glued_starts = GluedStarts::new(
            folded
                .iter()
                .zip(&variants)
                .filter(|(_, (_, url_variant))| *url_variant)
                .map(|(f, _)| f.as_slice()),
        );
        Ok(Matcher {
            starts,
            glued_starts,
            automaton,
            patterns,
            variants,
            first_words,
            terms: TermTrie::new(word_sequences),
        })
    }

    pub(crate) fn pattern(&self, id: u32) -> &Pattern {
        &self.patterns[id as usize]
    }

    /// Hashes of the first word of every term, for the word table.
    pub(crate) fn first_words(&self) -> impl Iterator<Item = u64> + '_ {
        self.first_words.iter().copied()
    }

    /// Every keyword occurrence, in text order. `starts_term(i)` tells
    /// whether token `i` is the first word of some term.
    pub(crate) fn find(
        &self,
        text: &str,
        toks: &Tokens,
        starts_term: impl Fn(usize) -> bool,
        hits: &mut Vec<Hit>,
    ) {
        hits.clear();
        let Some(ac) = &self.automaton else { return };
        let n = toks.tokens.len();
        let inside_words = |i: usize| toks.tokens[i].has(flag::CJK | flag::URL);
        let mut i = 0;
        while i < n {
            if !inside_words(i) {
                if let Some(tag) = self.glued(text, toks, i) {
                    self.find_glued(ac, toks, i, tag, hits);
                    i += 1;
                } else {
                    i = self.longest_at(toks, i, n, &starts_term, hits);
                }
                continue;
            }
            // A run of Han, kana or URL tokens.
            let mut end = i + 1;
            let mut one_char = toks.is_one_cjk_char(i);
            while end < n && inside_words(end) {
                one_char &= toks.is_one_cjk_char(end);
                end += 1;
            }
            if one_char {
                // Every term there starts and ends at a token, so the trie
                // finds what the automaton would, a character at a time;
                // the search ends with the run.
                while i < end {
                    i = self.longest_at(toks, i, end, &starts_term, hits);
                }
            } else {
                // Terms may start or end inside a token: unanchored over
                // the whole run.
                self.find_in_run(ac, toks, i..end, hits);
                i = end;
            }
        }
    }

    /// Whether token `i` may be terms glued together: a site named bare
    /// (`guccireplicastore.com`), a long run of letters
    /// (`cheapnfljerseysonline`), or a hashtag or handle (`#slotgacor`,
    /// `tag`), where words are glued by custom.
    /// `Some(tag)` when it may, `tag` saying whether it is a hashtag's or a
    /// handle's word (read only for words long enough to be one).
    #[inline]
    fn glued(&self, text: &str, toks: &Tokens, i: usize) -> Option<bool> {
        let t = &toks.tokens[i];
        let len = t.end() - t.start();
        let dotted = t.has(flag::DOTTED);
        if !dotted && (len < MIN_GLUED_TAG || t.has(flag::NUMERIC | flag::DIGIT)) {
            return None;
        }
        let tag = is_tag(text, t);
        if !dotted && !tag && len < MIN_GLUED_WORD {
            return None;
        }
        // The folded form, which may be shorter than the word (`ẞ` folds
        // to `ß`): between its start and the space after it.
        let word = &toks.folded[toks.folded_start(i)..toks.folded_start(i + 1) - 1];
        (self.glued_starts.may_start(word) && (dotted || word.iter().all(u8::is_ascii_lowercase)))
            .then_some(tag)
    }

    /// The terms glued together in token `i`, which must start with one,
    /// kept only when there are two or more (one is enough in a hashtag or
    /// handle, `tag`) and they make up most of the word (its host, for a
    /// site): a short term inside an ordinary long word is no keyword.
    fn find_glued(
        &self,
        ac: &AhoCorasick,
        toks: &Tokens,
        i: usize,
        tag: bool,
        hits: &mut Vec<Hit>,
    ) {
        let (from, to) = (toks.folded_start(i), toks.folded_start(i + 1) - 1);
        let word = &toks.folded[from..to];
        // A site's top-level domain is no part of its name.
        let name_len = match word.iter().rposition(|&b| b == b'.') {
            Some(dot) if toks.tokens[i].has(flag::DOTTED) => dot,
            _ => word.len(),
        };
        // Glued terms start the word (`cheapjerseys`, `#slotgacor`,
        // `guccireplica.com`): one anchored look at its start passes over
        // the long words of ordinary prose.
        let (may_start, _) = self.starts.at(word);
        let input = Input::new(&toks.folded)
            .span(from..to)
            .anchored(Anchored::Yes);
        if !may_start || ac.find(input).is_none() {
            return;
        }
        let mut found = Vec::new();
        let mut covered = 0;
        for m in self.leftmost_matches(ac, &toks.folded, from..to) {
            let (id, url_variant) = self.variants[m.pattern().as_usize()];
            // Whole-word patterns end with a space: inside a word only the
            // variants without one can match.
            if !url_variant && !self.patterns[id as usize].anywhere {
                continue;
            }
            covered += m.end() - m.start();
            found.push(id);
        }
        let terms = if tag { 1 } else { MIN_GLUED_TERMS };
        let enough = found.len() >= terms && covered as f32 >= MIN_GLUED_COVERAGE * name_len as f32;
        if enough {
            hits.extend(found.into_iter().map(|pattern| Hit {
                pattern,
                first: i as u32,
                last: i as u32,
            }));
        }
    }

    /// The longest term that starts at token `i` and ends before token
    /// `limit`, if any, recorded in `hits`; returns the token to look at
    /// next. It is the match a leftmost-longest search anchored at the word
    /// finds: a pattern there covers whole words and the space after. (A
    /// URL-only variant, which has no space, could only be a prefix of the
    /// first word: never longer than a whole-word match, and no hit alone.)
    #[inline]
    fn longest_at(
        &self,
        toks: &Tokens,
        i: usize,
        limit: usize,
        starts_term: impl Fn(usize) -> bool,
        hits: &mut Vec<Hit>,
    ) -> usize {
        if !starts_term(i) {
            return i + 1;
        }
        let words = toks.tokens[i..limit].iter().map(|t| t.hash);
        match self.terms.longest(words) {
            Some((pattern, taken)) => {
                hits.push(Hit {
                    pattern,
                    first: i as u32,
                    last: (i + taken - 1) as u32,
                });
                i + taken
            }
            None => i + 1,
        }
    }

    /// The matches of a leftmost-longest search in `buf[span]`: one pass of
    /// the automaton's unanchored start over the bytes (trying an anchored
    /// search at every character that may start a term cost four times as
    /// much on long runs of addresses and katakana).
    fn leftmost_matches<'b>(
        &'b self,
        ac: &'b AhoCorasick,
        buf: &'b [u8],
        span: std::ops::Range<usize>,
    ) -> impl Iterator<Item = aho_corasick::Match> + 'b {
        ac.find_iter(Input::new(buf).span(span).anchored(Anchored::No))
    }

    /// Unanchored search over a run of tokens where terms may start or end
    /// inside a word.
    fn find_in_run(
        &self,
        ac: &AhoCorasick,
        toks: &Tokens,
        run: std::ops::Range<usize>,
        hits: &mut Vec<Hit>,
    ) {
        let buf = toks.folded.as_slice();
        let (from, to) = (toks.folded_start(run.start), toks.folded_start(run.end));
        for m in self.leftmost_matches(ac, buf, from..to) {
            let (id, url_variant) = self.variants[m.pattern().as_usize()];
            let p = &self.patterns[id as usize];
            let (s, e) = (m.start(), m.end());
            let first = toks.token_at_folded(s);
            let last = toks.token_at_folded(e - 1);
            let starts_word = s == 0 || buf[s - 1] == b' ';
            let ok = if p.anywhere {
                true
            } else if url_variant {
                first == last && toks.tokens[first].has(flag::URL)
            } else {
                starts_word
            };
            if ok {
                hits.push(Hit {
                    pattern: id,
                    first: first as u32,
                    last: last as u32,
                });
            }
        }
    }
}

/// Whether token `t` of `text` is a hashtag's or a handle's word: right
/// after a `#` or an `@`.
#[inline]
fn is_tag(text: &str, t: &crate::text::tokenize::Token) -> bool {
    t.start() > 0 && matches!(text.as_bytes()[t.start() - 1], b'#' | b'@')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keywords::lexicon::Category;
    use crate::text::tokenize::tokenize;

    /// The hits of `find`, with the first words of terms as the word
    /// table would mark them.
    fn hits(m: &Matcher, text: &str, toks: &Tokens) -> Vec<Hit> {
        let mut hits = Vec::new();
        let firsts: std::collections::HashSet<u64> = m.first_words().collect();
        m.find(
            text,
            toks,
            |i| firsts.contains(&toks.tokens[i].hash),
            &mut hits,
        );
        hits
    }

    fn terms(m: &Matcher, text: &str) -> Vec<String> {
        hits(m, text, &tokenize(text))
            .iter()
            .map(|h| m.pattern(h.pattern).keyword.term().to_string())
            .collect()
    }

    /// Each row: a text and the terms `m` finds in it, in order.
    fn assert_terms(m: &Matcher, cases: &[(&str, &[&str])]) {
        for &(text, want) in cases {
            assert_eq!(terms(m, text), want, "{text}");
        }
    }

    fn matcher(list: &[(&str, Category)]) -> Matcher {
        Matcher::new(&Lexicon::from_terms(list.iter().copied()).unwrap()).unwrap()
    }

    #[test]
    fn words_that_fold_shorter_are_read_within_their_folded_form() {
        // `ẞ` (three bytes) folds to `ß` (two): a long last word of them
        // once sent the glued-term search past the folded text's end.
        let m = matcher(&[("replica", Category::Commerce)]);
        for text in ["hello ẞẞẞẞẞẞ", "ȺȺȺȺȺȺȺȺ", "ẞẞẞẞẞẞẞẞẞẞ replica"]
        {
            let found = terms(&m, text);
            assert_eq!(
                found.len(),
                usize::from(text.ends_with("replica")),
                "{text}"
            );
        }
    }

    /// A hashtag or a handle glues its words by custom: one phrase that
    /// covers most of it is a hit, from six letters; an ordinary word needs
    /// twelve letters and two terms.
    #[test]
    fn hashtags_and_handles_are_read_for_glued_phrases() {
        let m = matcher(&[
            ("slot gacor", Category::Vice),
            ("judi online", Category::Vice),
            ("louis vuitton", Category::Brand),
            ("casino", Category::Vice),
        ]);
        let cases: &[(&str, &[&str])] = &[
            ("#slotgacor hari ini", &["slot gacor"]),
            ("daftar #JudiOnline sekarang", &["judi online"]),
            ("new bag from @louisvuitton", &["louis vuitton"]),
            // Without the mark, a nine-letter word is a word.
            ("slotgacor hari ini", &[]),
            // A short term in a longer tag is no hit (under half of it).
            ("#casinoroyalemovie tonight", &[]),
        ];
        assert_terms(&m, cases);
    }

    #[test]
    fn matches_on_word_boundaries_only() {
        let m = matcher(&[
            ("free", Category::Commerce),
            ("free shipping", Category::Commerce),
        ]);
        assert_eq!(
            terms(&m, "Freedom! FREE Shipping, free"),
            ["free shipping", "free"]
        );
    }

    #[test]
    fn multi_word_terms_match_across_punctuation() {
        let m = matcher(&[("pas cher", Category::Commerce)]);
        assert_eq!(terms(&m, "nike PAS-CHER"), ["pas cher"]);
    }

    #[test]
    fn cjk_terms_match_inside_runs() {
        let m = matcher(&[("コピー", Category::Commerce), ("激安", Category::Commerce)]);
        assert_eq!(terms(&m, "ブランドコピー激安です"), ["コピー", "激安"]);
    }

    #[test]
    fn the_start_character_scan_finds_what_an_unanchored_search_finds() {
        let m = matcher(&[
            ("激安", Category::Commerce),
            ("安売り", Category::Commerce),
            ("激安販売", Category::Commerce),
            ("コピー", Category::Commerce),
            ("スーパーコピー", Category::Commerce),
            ("𠀋字", Category::Brand),
            ("cheap", Category::Commerce),
            ("cheap jerseys", Category::Commerce),
            ("jerseys", Category::Product),
            ("é", Category::Brand),
        ]);
        let ac = m.automaton.as_ref().expect("patterns");
        // The same patterns in an automaton that also searches unanchored.
        let terms = m.variants.iter().map(|&(id, url_variant)| {
            let p = &m.patterns[id as usize];
            let mut f = tokenize(p.keyword.term()).folded;
            if url_variant {
                // Written without its spaces, in an address.
                f.retain(|&b| b != b' ');
            } else if p.anywhere {
                f.pop();
            }
            f
        });
        let unanchored = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(terms)
            .unwrap();
        for text in [
            "激安売り激安安売りです激安販",
            "スーパーコピー激安、ブランドコピー。",
            "𠀋字𠀋字と安売り激",
            "http://cheapjerseys-cheap.example/激安",
            "cheap jerseys cheapjerseys é éé",
        ] {
            let toks = tokenize(text);
            let buf = toks.folded.as_slice();
            let scanned: Vec<_> = m.leftmost_matches(ac, buf, 0..buf.len()).collect();
            let plain: Vec<_> = unanchored.find_iter(Input::new(buf)).collect();
            assert_eq!(scanned, plain, "{text}");
            assert!(!plain.is_empty(), "{text}");
        }
    }

    #[test]
    fn the_trie_finds_in_runs_of_characters_what_the_automaton_finds() {
        let m = matcher(&[
            ("激安", Category::Commerce),
            ("安売り", Category::Commerce),
            ("激安販売", Category::Commerce),
            ("販売", Category::Commerce),
            ("売", Category::Product),
            ("𠀋字", Category::Brand),
            ("中国 製", Category::Product),
            ("正品-代购", Category::Commerce),
        ]);
        let ac = m.automaton.as_ref().expect("patterns");
        for text in [
            "激安販売激安安売りです激安販",
            "販売の激安、売り。激安販売！",
            "𠀋字𠀋字と安売り激",
            "中国製の正品代购、正品。代购",
            "売売売激激安安",
        ] {
            let toks = tokenize(text);
            assert!(
                (0..toks.tokens.len()).all(|i| toks.is_one_cjk_char(i)),
                "{text}"
            );
            let by_trie = hits(&m, text, &toks);
            let mut by_automaton = Vec::new();
            m.find_in_run(ac, &toks, 0..toks.tokens.len(), &mut by_automaton);
            assert_eq!(by_trie, by_automaton, "{text}");
            assert!(!by_trie.is_empty(), "{text}");
        }
    }

    #[test]
    fn long_terms_match_inside_url_words() {
        let m = matcher(&[
            ("jerseys", Category::Product),
            ("cheap", Category::Commerce),
        ]);
        assert_eq!(
            terms(&m, "http://cheapjerseysshop.org"),
            ["cheap", "jerseys"]
        );
        // Outside an address a word is searched inside only when it is
        // long and the terms make most of it.
        assert_eq!(terms(&m, "cheapjerseys"), ["cheap", "jerseys"]);
        assert!(terms(&m, "cheapness").is_empty());
    }

    /// A phrase written without its spaces inside an address is found
    /// there, in any language, and only there.
    #[test]
    fn phrases_without_their_spaces_match_inside_url_words() {
        let m = matcher(&[
            ("payday loans", Category::Vice),
            ("printer support", Category::Vice),
            ("casino online", Category::Vice),
            ("online casino", Category::Vice),
        ]);
        let cases: &[(&str, &[&str])] = &[
            ("http://www.bestpaydayloansnow.example/", &["payday loans"]),
            ("https://easyprintersupport.example/", &["printer support"]),
            (
                "http://www.casinoonlineitalia.example.it/",
                &["casino online"],
            ),
            (
                "https://onlinecasinodeutschland.example.de/",
                &["online casino"],
            ),
            // Its spaces kept, it is the phrase as ever.
            ("https://example.com/payday-loans", &["payday loans"]),
            // Outside an address a phrase needs its spaces.
            ("paydayloans are expensive", &[]),
            ("a printersupport ticket", &[]),
        ];
        assert_terms(&m, cases);
    }

    #[test]
    fn brand_phrases_with_a_product_or_shop_word_inside_sell() {
        let m = matcher(&[
            ("bags", Category::Product),
            ("outlet", Category::Commerce),
            ("mulberry bags", Category::Brand),
            ("coach outlet", Category::Brand),
            ("louis vuitton", Category::Brand),
            ("gucci", Category::Brand),
            ("cheap bags", Category::Commerce),
        ]);
        let sells = |term: &str| {
            (0..m.patterns.len() as u32)
                .find(|&id| m.pattern(id).keyword.term() == term)
                .map(|id| m.pattern(id).sells)
        };
        let cases = [
            ("mulberry bags", true),
            ("coach outlet", true),
            // A name, a single word, or a phrase that is no brand.
            ("louis vuitton", false),
            ("gucci", false),
            ("bags", false),
            ("cheap bags", false),
        ];
        for (term, want) in cases {
            assert_eq!(sells(term), Some(want), "{term}");
        }
    }

    #[test]
    fn terms_glued_into_one_word_are_found_when_they_make_most_of_it() {
        let m = matcher(&[
            ("gucci", Category::Brand),
            ("replica", Category::Commerce),
            ("jerseys", Category::Product),
            ("cheap", Category::Commerce),
            ("online", Category::Commerce),
            ("angebote", Category::Commerce),
            ("stiefel", Category::Product),
        ]);
        let cases: &[(&str, &[&str])] = &[
            ("see guccireplicastore.com now", &["gucci", "replica"]),
            ("cheapnfljerseysonline", &["cheap", "jerseys", "online"]),
            ("#cheapjerseysonline", &["cheap", "jerseys", "online"]),
            // One term in an ordinary long word, or terms that make up
            // little of it, are no keywords.
            ("Winterstiefelkollektion", &[]),
            ("counterproductiveness", &[]),
            ("replicationcontrollers", &[]),
        ];
        assert_terms(&m, cases);
    }

    #[test]
    fn a_longer_term_that_breaks_mid_word_leaves_the_shorter_one() {
        let m = matcher(&[
            ("nike air", Category::Brand),
            ("nike air max", Category::Brand),
        ]);
        assert_eq!(terms(&m, "nike air maxx"), ["nike air"]);
    }

    #[test]
    fn non_latin_case_folding() {
        let m = matcher(&[("купить", Category::Commerce)]);
        assert_eq!(terms(&m, "КУПИТЬ сейчас"), ["купить"]);
    }

    #[test]
    fn empty_lexicon_finds_nothing() {
        let m = Matcher::new(&Lexicon::new()).unwrap();
        assert!(terms(&m, "cheap outlet").is_empty());
    }
}
