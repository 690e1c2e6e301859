//! Cue phrases: the stock phrases of comment and message spam (praise,
//! pitch, calls to action, support lines), words about spam, and the words
//! comment sections are laid out with (author-line endings, date words), in
//! many languages, as data files beside the lexicon (`cues/*.txt`).
//!
//! They are matched on the tokens like lexicon terms, through a trie of
//! word hashes, at the words the word table marks as starting a cue. A cue
//! is never a lexicon term: a cue adds to a payload or tells how a text is
//! laid out, a term is a payload.

use crate::keywords::hashers::{WordHash, WordMap};
use crate::keywords::term_trie::TermTrie;
use crate::text::tokenize::{Tokens, tokenize_into};

/// What a cue phrase does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub(crate) enum CueKind {
    /// Stock praise (`great post`): with a link, part of the payload.
    Praise,
    /// A sales pitch (`our services`), in a message.
    Pitch,
    /// A call to action pointing at the writer's site (`click here`).
    Call,
    /// A pointer to more on the topic (`for more information`): a call
    /// in an advert, the last line of a news story or a notice too.
    Pointer,
    /// The writer's own site (`my blog`): a call in a comment that
    /// praises or right before its link, a blogger's words elsewhere.
    OwnSite,
    /// A call to pick up the phone (`call us`, `toll free`).
    PhoneCall,
    /// A call to write to someone (`contact him`, `por WhatsApp`): it sells
    /// only beside a private address to write to.
    WriteCall,
    /// The words of an advertised support line (`customer care`).
    Support,
    /// A word about spam (`spam`, `scam`): the text complains of it.
    AboutSpam,
    /// The last word of a comment's author line (`says`).
    AuthorEnd,
    /// A word of a date line (`April`, `at`, `pm`).
    DateWord,
    /// A word that introduces the link right after it (`Link - http…`):
    /// a call to follow it.
    LinkIntro,
    /// A word of a text that reports rather than sells: news of
    /// enforcement against a trade (`seized`, `fined`), a patient's own
    /// experience of a drug (`my doctor`, `I took`).
    Reporting,
    /// A notice that a site has moved (`new address`, `博客搬家`): its
    /// links are where the writer's own pages went, not an advert's.
    Moved,
}

impl CueKind {
    const ALL: [(CueKind, &'static str); 14] = [
        (CueKind::Praise, "praise"),
        (CueKind::Pitch, "pitch"),
        (CueKind::Call, "call"),
        (CueKind::Pointer, "pointer"),
        (CueKind::OwnSite, "own-site"),
        (CueKind::PhoneCall, "phone-call"),
        (CueKind::WriteCall, "write-call"),
        (CueKind::Support, "support"),
        (CueKind::AboutSpam, "about-spam"),
        (CueKind::AuthorEnd, "author-end"),
        (CueKind::DateWord, "date-word"),
        (CueKind::LinkIntro, "link-intro"),
        (CueKind::Reporting, "reporting"),
        (CueKind::Moved, "moved"),
    ];

    fn named(name: &str) -> Option<CueKind> {
        CueKind::ALL
            .iter()
            .find(|(_, n)| *n == name)
            .map(|(k, _)| *k)
    }

    /// This kind's bit in a [`CueHit`]'s set of kinds.
    pub(crate) fn bit(self) -> u16 {
        1 << self as u8
    }
}

/// The built-in cue lists: (language or group, file contents).
const BUILTIN: &[(&str, &str)] = &[
    ("ar_fa_hi", include_str!("cues/ar_fa_hi.txt")),
    ("cjk", include_str!("cues/cjk.txt")),
    ("de", include_str!("cues/de.txt")),
    ("en", include_str!("cues/en.txt")),
    ("es", include_str!("cues/es.txt")),
    ("fr", include_str!("cues/fr.txt")),
    ("id", include_str!("cues/id.txt")),
    ("it", include_str!("cues/it.txt")),
    ("nl", include_str!("cues/nl.txt")),
    ("pl", include_str!("cues/pl.txt")),
    ("pt", include_str!("cues/pt.txt")),
    ("ru", include_str!("cues/ru.txt")),
    ("tr", include_str!("cues/tr.txt")),
    ("vi", include_str!("cues/vi.txt")),
];

/// One cue found in a text: its tokens and the kinds of the phrase (a
/// phrase may be in two lists, `your website` in praise and pitch).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct CueHit {
    pub first: u32,
    pub last: u32,
    pub kinds: u16,
    /// Which phrase: pitch phrases count once each.
    pub phrase: u32,
}

/// The compiled cue phrases.
#[derive(Debug, Clone)]
pub(crate) struct Cues {
    trie: TermTrie,
    /// Per phrase: the bits of its kinds.
    kinds: Vec<u16>,
    first_words: Vec<u64>,
}

impl Cues {
    /// The built-in lists, compiled.
    pub(crate) fn builtin() -> Cues {
        Cues::from_lists(BUILTIN)
    }

    /// Compiles lists of `(name, text)` in the data files' syntax; a
    /// phrase in two lists has both kinds.
    fn from_lists(lists: &[(&str, &str)]) -> Cues {
        // Sized once for a phrase per line, the most there can be.
        let lines = lists.iter().map(|(_, data)| data.lines().count()).sum();
        let mut phrases: Vec<(Vec<u64>, u16)> = Vec::with_capacity(lines);
        let mut index: WordMap<Vec<u64>, usize> =
            WordMap::with_capacity_and_hasher(lines, WordHash::default());
        // One buffer for every phrase's tokens.
        let mut toks = Tokens::default();
        for (name, data) in lists {
            for (phrase, kind) in parse(data).unwrap_or_else(|e| panic!("cues/{name}.txt: {e}")) {
                tokenize_into(&phrase, &mut toks);
                let words: Vec<u64> = toks.tokens.iter().map(|t| t.hash).collect();
                assert!(
                    !words.is_empty(),
                    "cues/{name}.txt: {phrase:?} has no words"
                );
                match index.get(&words) {
                    Some(&at) => phrases[at].1 |= kind.bit(),
                    None => {
                        index.insert(words.clone(), phrases.len());
                        phrases.push((words, kind.bit()));
                    }
                }
            }
        }
        let first_words = phrases.iter().map(|(w, _)| w[0]).collect();
        let kinds = phrases.iter().map(|(_, k)| *k).collect();
        let trie = TermTrie::new(
            phrases
                .into_iter()
                .enumerate()
                .map(|(i, (words, _))| (i as u32, words)),
        );
        Cues {
            trie,
            kinds,
            first_words,
        }
    }

    /// Hashes of the first word of every phrase, for the word table.
    pub(crate) fn first_words(&self) -> impl Iterator<Item = u64> + '_ {
        self.first_words.iter().copied()
    }

    /// The kinds of the one-word phrase `hash` names (0 for none).
    pub(crate) fn word_kinds(&self, hash: u64) -> u16 {
        match self.trie.longest(std::iter::once(hash)) {
            Some((phrase, 1)) => self.kinds[phrase as usize],
            _ => 0,
        }
    }

    /// Every cue in `toks` that starts in `range`, in text order, added to
    /// `out`: the longest phrase that starts at each token `starts_cue`
    /// marks (phrases may overlap, as each list counts its phrases as if
    /// searched alone; a phrase may run past the range's end).
    pub(crate) fn find_in(
        &self,
        toks: &Tokens,
        range: std::ops::Range<usize>,
        starts_cue: impl Fn(usize) -> bool,
        out: &mut Vec<CueHit>,
    ) {
        // (The word table marked the starts: one byte test a token.)
        out.extend(
            range
                .filter(|&i| starts_cue(i))
                .filter_map(|i| self.at(toks, i)),
        );
    }

    /// The longest cue phrase that starts at token `i`, if one does.
    pub(crate) fn at(&self, toks: &Tokens, i: usize) -> Option<CueHit> {
        let words = toks.tokens[i..].iter().map(|t| t.hash);
        let (phrase, taken) = self.trie.longest(words)?;
        Some(CueHit {
            first: i as u32,
            last: (i + taken - 1) as u32,
            kinds: self.kinds[phrase as usize],
            phrase,
        })
    }
}

/// The phrases of cue-list text: one a line under a `[kind]` header, `#`
/// comments.
fn parse(text: &str) -> Result<Vec<(String, CueKind)>, String> {
    let mut kind = None;
    let mut out = Vec::new();
    for (n, raw) in text.lines().enumerate() {
        let line = raw.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            kind =
                Some(CueKind::named(name).ok_or(format!("line {}: unknown list [{name}]", n + 1))?);
            continue;
        }
        let kind = kind.ok_or(format!("line {}: a phrase before any [list]", n + 1))?;
        out.push((line.to_lowercase(), kind));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keywords::lexicon::Lexicon;
    use crate::text::tokenize::tokenize;

    /// The kinds found in `text`, one entry per cue.
    fn kinds(text: &str) -> Vec<u16> {
        kinds_with(&Cues::builtin(), text)
    }

    fn kinds_with(cues: &Cues, text: &str) -> Vec<u16> {
        let firsts: std::collections::HashSet<u64> = cues.first_words().collect();
        let toks = tokenize(text);
        let mut out = Vec::new();
        let all = 0..toks.tokens.len();
        cues.find_in(
            &toks,
            all,
            |i| firsts.contains(&toks.tokens[i].hash),
            &mut out,
        );
        out.iter().map(|h| h.kinds).collect()
    }

    #[test]
    fn cues_match_whole_words_in_several_languages() {
        let cases: &[(&str, &[CueKind])] = &[
            ("Great post! Click here", &[CueKind::Praise, CueKind::Call]),
            (
                "Merci pour cet article, cliquez ici",
                &[CueKind::Praise, CueKind::Call],
            ),
            (
                "Vielen Dank! Rufen Sie an",
                &[CueKind::Praise, CueKind::PhoneCall],
            ),
            (
                "спасибо за статью, жми по ссылке",
                &[CueKind::Praise, CueKind::Call, CueKind::Call],
            ),
            (
                "Call us 24/7 for tech support",
                &[CueKind::PhoneCall, CueKind::PhoneCall, CueKind::Support],
            ),
            ("this is spam", &[CueKind::AboutSpam]),
            (
                "Police seized the goods",
                &[CueKind::Reporting, CueKind::Reporting],
            ),
            (
                "Die Polizei hat die Ware beschlagnahmt",
                &[CueKind::Reporting, CueKind::Reporting],
            ),
            (
                "Guardia di Finanza, sequestrato",
                &[CueKind::Reporting, CueKind::Reporting],
            ),
            ("海关查获", &[CueKind::Reporting]),
            ("My doctor told me", &[CueKind::Reporting]),
            (
                "Mi médico me recetó",
                &[CueKind::Reporting, CueKind::Reporting],
            ),
            // Inside a longer word a cue is no cue.
            ("spammed profitable greatpost", &[]),
        ];
        for (text, want) in cases {
            let got = kinds(text);
            let want: Vec<u16> = want.iter().map(|k| k.bit()).collect();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn a_phrase_in_two_lists_has_both_kinds() {
        let cues = Cues::from_lists(&[
            ("a", "[praise]\nyour website\n"),
            ("b", "[pitch]\nyour website\n"),
        ]);
        assert_eq!(
            kinds_with(&cues, "Your website")[0],
            CueKind::Praise.bit() | CueKind::Pitch.bit()
        );
    }

    #[test]
    fn no_cue_is_a_lexicon_term() {
        let terms: std::collections::HashSet<String> = Lexicon::builtin()
            .iter()
            .map(|k| k.term().to_string())
            .collect();
        for (name, data) in BUILTIN {
            for (phrase, _) in parse(data).unwrap() {
                assert!(
                    !terms.contains(&phrase),
                    "cues/{name}.txt: {phrase:?} is a lexicon term"
                );
            }
        }
    }
}
