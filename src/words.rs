//! What the detector knows about a word from its hash alone: whether it is
//! a function word, and whether a lexicon term starts with it. One probe per
//! token answers both.

use crate::function_words::FunctionWords;

/// Bits of a word's class.
pub(crate) mod class {
    /// An article, pronoun, preposition or auxiliary in some language.
    pub const FUNCTION: u8 = 1;
    /// The first word of some lexicon term.
    pub const STARTS_TERM: u8 = 2;
}

/// A read-only open-addressing table from word hash to class bits. It keeps
/// 32 bits of each hash (the slot index comes from the others) and packs
/// key, class and languages into one `u64` per slot, so a probe touches one
/// cache line and the table stays small enough for the first-level cache.
#[derive(Debug, Clone)]
pub(crate) struct WordTable {
    /// `key | languages << 32 | class << 48`; 0 is an empty slot.
    slots: Vec<u64>,
    mask: usize,
}

impl WordTable {
    /// Builds the table from the function words and the first words of the
    /// lexicon's terms.
    pub(crate) fn new(
        function_words: &FunctionWords,
        term_starts: impl Iterator<Item = u64>,
    ) -> Self {
        let entries: Vec<(u64, u8, u16)> = function_words
            .entries()
            .map(|(h, langs)| (h, class::FUNCTION, langs))
            .chain(term_starts.map(|h| (h, class::STARTS_TERM, 0)))
            .collect();
        // Load factor at most 1/2: probes stay short and mostly miss at once.
        let size = (entries.len() * 2).next_power_of_two().max(64);
        let mut table = WordTable {
            slots: vec![0; size],
            mask: size - 1,
        };
        for (h, c, langs) in entries {
            let key = u64::from(fingerprint(h));
            let mut i = table.slot(h);
            while table.slots[i] != 0 && table.slots[i] as u32 as u64 != key {
                i = (i + 1) & table.mask;
            }
            table.slots[i] |= key | u64::from(langs) << 32 | u64::from(c) << 48;
        }
        table
    }

    fn slot(&self, hash: u64) -> usize {
        hash as usize & self.mask
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
        let mut i = self.slot(hash);
        loop {
            let slot = self.slots[i];
            if slot as u32 == key {
                return ((slot >> 48) as u8, (slot >> 32) as u16);
            }
            if slot == 0 {
                return (0, 0);
            }
            i = (i + 1) & self.mask;
        }
    }
}

/// The high half of a hash, never 0 (0 marks an empty slot).
fn fingerprint(hash: u64) -> u32 {
    ((hash >> 32) as u32).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize::hash_bytes;

    #[test]
    fn answers_both_questions_in_one_probe() {
        let fw = FunctionWords::builtin();
        let t = WordTable::new(&fw, [hash_bytes(b"cheap"), hash_bytes(b"the")].into_iter());
        assert_eq!(t.class(hash_bytes(b"cheap")), class::STARTS_TERM);
        assert_eq!(
            t.class(hash_bytes(b"the")),
            class::FUNCTION | class::STARTS_TERM
        );
        assert_eq!(t.class(hash_bytes(b"und")), class::FUNCTION);
        assert_eq!(t.class(hash_bytes(b"ministry")), 0);
    }
}
