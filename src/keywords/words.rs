//! What the detector knows about a word from its hash alone: whether it is
//! a function word, and whether a lexicon term starts with it. One probe per
//! token answers both.

use crate::keywords::function_words::FunctionWords;
use crate::keywords::hashers::{WordHash, WordMap};
use crate::text::tokenize::Token;

/// Bits of a word's class.
pub(crate) mod class {
    /// An article, pronoun, preposition or auxiliary in some language.
    pub const FUNCTION: u8 = 1;
    /// The first word of some lexicon term.
    pub const STARTS_TERM: u8 = 2;
    /// The first word of some cue phrase.
    pub const STARTS_CUE: u8 = 4;
}

/// A read-only table from word hash to class bits, with two possible slots
/// per word (cuckoo hashing): a lookup reads both and picks without a
/// branch, where a probe sequence would branch on every occupied slot, and
/// whether a word is a function word is a coin toss the branch predictor
/// cannot learn. Each slot packs 32 bits of the hash, the class and the
/// languages into one `u64`.
#[derive(Debug, Clone)]
pub(crate) struct WordTable {
    /// `key | languages << 32 | class << 48`; 0 is an empty slot.
    slots: Vec<u64>,
    mask: usize,
}

impl WordTable {
    /// Builds the table from the function words and the first words of the
    /// lexicon's terms and of the cue phrases.
    pub(crate) fn new(
        function_words: &FunctionWords,
        term_starts: impl Iterator<Item = u64>,
        cue_starts: impl Iterator<Item = u64>,
    ) -> Self {
        // One entry per word, its classes and languages merged.
        let entries = function_words
            .entries()
            .map(|(h, langs)| (h, class::FUNCTION, langs))
            .chain(term_starts.map(|h| (h, class::STARTS_TERM, 0)))
            .chain(cue_starts.map(|h| (h, class::STARTS_CUE, 0)));
        // Sized once: a map grown entry by entry rehashes every key at
        // each doubling.
        let mut merged: WordMap<u64, (u8, u16)> =
            WordMap::with_capacity_and_hasher(entries.size_hint().0, WordHash::default());
        for (h, c, langs) in entries {
            let e = merged.entry(h).or_default();
            e.0 |= c;
            e.1 |= langs;
        }
        let mut entries: Vec<(u64, u8, u16)> =
            merged.into_iter().map(|(h, (c, l))| (h, c, l)).collect();
        entries.sort_unstable();
        // Load factor at most 1/2 to start with; a table that cannot place
        // every word doubles.
        let mut size = (entries.len() * 2).next_power_of_two().max(64);
        loop {
            if let Some(table) = Self::place(&entries, size) {
                return table;
            }
            size *= 2;
        }
    }

    /// The table of `entries` with `size` slots, if cuckoo placement works.
    fn place(entries: &[(u64, u8, u16)], size: usize) -> Option<WordTable> {
        /// Evictions one word may cause before the table is deemed too full.
        const MAX_KICKS: usize = 64;
        let mut table = WordTable {
            slots: vec![0; size],
            mask: size - 1,
        };
        // The full hash of each slot's word, for moving it: build time only.
        let mut hashes = vec![0u64; size];
        for &(h, c, langs) in entries {
            let mut slot = u64::from(fingerprint(h)) | u64::from(langs) << 32 | u64::from(c) << 48;
            let mut hash = h;
            let mut at = table.first(hash);
            // Each word evicted moves to its other slot.
            for _ in 0..MAX_KICKS {
                std::mem::swap(&mut table.slots[at], &mut slot);
                std::mem::swap(&mut hashes[at], &mut hash);
                if slot == 0 {
                    break;
                }
                at = if table.first(hash) == at {
                    table.second(hash)
                } else {
                    table.first(hash)
                };
            }
            if slot != 0 {
                return None;
            }
        }
        Some(table)
    }

    fn first(&self, hash: u64) -> usize {
        (spread(hash) >> 32) as usize & self.mask
    }

    fn second(&self, hash: u64) -> usize {
        (spread(hash) >> 8) as usize & self.mask
    }

    /// The class bits of the word with this hash (0 for an ordinary word).
    #[cfg(test)]
    pub(crate) fn class(&self, hash: u64) -> u8 {
        self.lookup(hash).0
    }

    /// The class bits and, for a function word, its language mask.
    #[inline]
    pub(crate) fn lookup(&self, hash: u64) -> (u8, u16) {
        let key = fingerprint(hash);
        let m = spread(hash);
        let (a, b) = (
            self.slots[(m >> 32) as usize & self.mask],
            self.slots[(m >> 8) as usize & self.mask],
        );
        let slot = if a as u32 == key {
            a
        } else if b as u32 == key {
            b
        } else {
            0
        };
        ((slot >> 48) as u8, (slot >> 32) as u16)
    }
}

/// The class of every token of one text, and its function-word languages:
/// what the keyword search and the evidence read of the word table.
#[derive(Debug, Default)]
pub(crate) struct WordClasses {
    classes: Vec<u8>,
    languages: Vec<u16>,
}

impl WordClasses {
    /// Looks every token up in `table` once.
    pub(crate) fn classify(&mut self, tokens: &[Token], table: &WordTable) {
        self.classes.clear();
        self.classes.resize(tokens.len(), 0);
        self.languages.clear();
        self.languages.resize(tokens.len(), 0);
        let slots = self.classes.iter_mut().zip(self.languages.iter_mut());
        for (t, (class, languages)) in tokens.iter().zip(slots) {
            (*class, *languages) = table.lookup(t.hash);
        }
    }

    /// Per token: its [`class`] bits.
    pub(crate) fn classes(&self) -> &[u8] {
        &self.classes
    }

    /// Per token: the languages whose function-word list has it (or 0).
    pub(crate) fn languages(&self) -> &[u16] {
        &self.languages
    }

    /// True when token `i` may start a lexicon term.
    pub(crate) fn starts_term(&self, i: usize) -> bool {
        self.classes[i] & class::STARTS_TERM != 0
    }

    /// True when token `i` may start a cue phrase.
    pub(crate) fn starts_cue(&self, i: usize) -> bool {
        self.classes[i] & class::STARTS_CUE != 0
    }
}

/// A word hash's bits spread over a product: words that differ only in
/// their last bytes (`term1`, `term2`) differ in few low bits of their hash,
/// and slots taken from those bits pile up until no size of table places
/// them all. Both slots come from the one product ([`WordTable::first`],
/// [`WordTable::second`]).
#[inline]
fn spread(hash: u64) -> u64 {
    (hash ^ (hash >> 32)).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

/// The high half of a hash, never 0 (0 marks an empty slot).
fn fingerprint(hash: u64) -> u32 {
    ((hash >> 32) as u32).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize::hash_bytes;

    #[test]
    fn places_every_word_of_a_large_lexicon() {
        let fw = FunctionWords::builtin();
        let starts: Vec<u64> = (0..20_000u32)
            .map(|i| hash_bytes(format!("kw{i:06}x").as_bytes()))
            .collect();
        let t = WordTable::new(&fw, starts.iter().copied(), std::iter::empty());
        // Placed at a load of a quarter or more: numbered terms differ in
        // a few bytes, and must not make the table grow without end.
        assert!(t.slots.len() <= 4 * 32_768, "{} slots", t.slots.len());
        for &h in &starts {
            assert_ne!(t.class(h) & class::STARTS_TERM, 0);
        }
        for i in 0..20_000u32 {
            assert_eq!(t.class(hash_bytes(format!("other{i}").as_bytes())), 0);
        }
        assert_eq!(t.class(hash_bytes(b"the")), class::FUNCTION);
    }

    #[test]
    fn answers_both_questions_in_one_probe() {
        let fw = FunctionWords::builtin();
        let t = WordTable::new(
            &fw,
            [hash_bytes(b"cheap"), hash_bytes(b"the")].into_iter(),
            std::iter::empty(),
        );
        assert_eq!(t.class(hash_bytes(b"cheap")), class::STARTS_TERM);
        assert_eq!(
            t.class(hash_bytes(b"the")),
            class::FUNCTION | class::STARTS_TERM
        );
        assert_eq!(t.class(hash_bytes(b"und")), class::FUNCTION);
        assert_eq!(t.class(hash_bytes(b"ministry")), 0);
    }
}
