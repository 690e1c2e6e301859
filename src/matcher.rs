//! Finds lexicon terms in a text's folded token stream with one
//! aho-corasick pass.
//!
//! Patterns are folded with the same tokenizer as the text, so case,
//! punctuation inside multi-word terms and the text's spacing never matter.

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

use crate::error::Error;
use crate::lexicon::{Category, Lexicon};
use crate::tokenize::{Tokens, flag, is_cjk, tokenize};

/// A compiled lexicon.
#[derive(Debug, Clone)]
pub(crate) struct Matcher {
    automaton: Option<AhoCorasick>,
    patterns: Vec<Pattern>,
}

#[derive(Debug, Clone)]
pub(crate) struct Pattern {
    /// The term as written in the lexicon.
    pub term: String,
    pub category: Category,
    /// Han and kana terms match inside longer runs of those scripts.
    anywhere: bool,
    /// Long enough to be matched inside a URL word (`cheapjerseys`).
    in_urls: bool,
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
        let mut folded: Vec<Vec<u8>> = Vec::with_capacity(lexicon.len());
        let mut patterns = Vec::with_capacity(lexicon.len());
        let mut seen = std::collections::HashSet::new();
        for (index, kw) in lexicon.iter().enumerate() {
            let mut f = tokenize(kw.term()).folded;
            f.pop(); // the space after the last token
            if f.is_empty() {
                return Err(Error::InvalidKeyword {
                    index,
                    keyword: kw.term().to_string(),
                });
            }
            if !seen.insert(f.clone()) {
                continue;
            }
            let anywhere = kw.term().chars().all(|c| is_cjk(c) || c == ' ');
            patterns.push(Pattern {
                term: kw.term().to_string(),
                category: kw.category(),
                anywhere,
                in_urls: f.len() >= 5 && !f.contains(&b' '),
            });
            folded.push(f);
        }
        if patterns.is_empty() {
            return Ok(Matcher {
                automaton: None,
                patterns,
            });
        }
        // A DFA costs more memory at build time but searches about twice as
        // fast as the default choice, and a lexicon is built once.
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&folded)
            .or_else(|_| {
                AhoCorasick::builder()
                    .match_kind(MatchKind::LeftmostLongest)
                    .build(&folded)
            })
            .map_err(|e| Error::Automaton(e.to_string()))?;
        Ok(Matcher {
            automaton: Some(automaton),
            patterns,
        })
    }

    pub(crate) fn pattern(&self, id: u32) -> &Pattern {
        &self.patterns[id as usize]
    }

    /// Every accepted keyword occurrence, in text order.
    pub(crate) fn find(&self, toks: &Tokens, hits: &mut Vec<Hit>) {
        hits.clear();
        let Some(ac) = &self.automaton else { return };
        let buf = &toks.folded;
        for m in ac.find_iter(buf.as_slice()) {
            let p = &self.patterns[m.pattern().as_usize()];
            let (s, e) = (m.start(), m.end());
            let first = toks.token_at_folded(s);
            let last = toks.token_at_folded(e - 1);
            let starts_word = s == 0 || buf[s - 1] == b' ';
            let ends_word = buf.get(e) == Some(&b' ');
            let ok = (starts_word && ends_word)
                || p.anywhere
                || (p.in_urls && first == last && toks.tokens[first].has(flag::URL));
            if ok {
                hits.push(Hit {
                    pattern: m.pattern().as_u32(),
                    first: first as u32,
                    last: last as u32,
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(m: &Matcher, text: &str) -> Vec<String> {
        let toks = tokenize(text);
        let mut hits = Vec::new();
        m.find(&toks, &mut hits);
        hits.iter()
            .map(|h| m.pattern(h.pattern).term.clone())
            .collect()
    }

    fn matcher(list: &[(&str, Category)]) -> Matcher {
        Matcher::new(&Lexicon::from_terms(list.iter().copied()).unwrap()).unwrap()
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
    fn long_terms_match_inside_url_words() {
        let m = matcher(&[
            ("jerseys", Category::Product),
            ("cheap", Category::Commerce),
        ]);
        assert_eq!(
            terms(&m, "http://cheapjerseysshop.org"),
            ["cheap", "jerseys"]
        );
        assert!(terms(&m, "cheapjerseys").is_empty());
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
