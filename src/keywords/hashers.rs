//! The hasher of the tables built from the lexicon and the word lists (the
//! crate's one hasher for them), whose keys are word hashes already (or
//! short runs of them): the standard
//! library's SipHash, made to resist chosen keys, hashes them again at many
//! times the cost, and nothing here is keyed by text an attacker chooses
//! (the built-in lists, or a caller's own lexicon).

use std::hash::{BuildHasherDefault, Hasher};

/// Multiplies each eight bytes into the state (the multiply-rotate hash of
/// rustc's `FxHasher`): a few instructions a key, and keys that differ in
/// any word (a trie edge's parent node, a phrase's second word) spread
/// apart.
#[derive(Default)]
pub(crate) struct WordHasher(u64);

/// An odd constant with bits spread through the word (the golden ratio's).
const SEED: u64 = 0x9E37_79B9_7F4A_7C15;

impl WordHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for WordHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(word) ^ ((rest.len() as u64) << 56));
        }
    }

    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }

    fn write_u32(&mut self, n: u32) {
        self.add(u64::from(n));
    }

    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }

    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }
}

/// Builds [`WordHasher`]s, for `HashMap::with_capacity_and_hasher`.
pub(crate) type WordHash = BuildHasherDefault<WordHasher>;

/// A map whose keys are word hashes or runs of them.
pub(crate) type WordMap<K, V> = std::collections::HashMap<K, V, WordHash>;

/// A set of word hashes or runs of them.
pub(crate) type WordSet<K> = std::collections::HashSet<K, WordHash>;

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::BuildHasher;

    /// Keys that differ in one part hash apart: a trie edge's parent, a
    /// word of a phrase, a byte of a term, its length.
    #[test]
    fn keys_that_differ_in_one_part_hash_apart() {
        let h = |k: &dyn Fn(&mut WordHasher)| {
            let mut s = WordHash::default().build_hasher();
            k(&mut s);
            s.finish()
        };
        let cases: [(&str, u64, u64); 4] = [
            (
                "an edge's parent",
                h(&|s| std::hash::Hash::hash(&(1u32, 77u64), s)),
                h(&|s| std::hash::Hash::hash(&(2u32, 77u64), s)),
            ),
            (
                "a phrase's second word",
                h(&|s| std::hash::Hash::hash(&vec![5u64, 6], s)),
                h(&|s| std::hash::Hash::hash(&vec![5u64, 7], s)),
            ),
            (
                "a byte of a term",
                h(&|s| std::hash::Hash::hash("cheap jerseys", s)),
                h(&|s| std::hash::Hash::hash("cheap jerseyz", s)),
            ),
            (
                "a term's length (trailing zero bytes)",
                h(&|s| s.write(b"ab")),
                h(&|s| s.write(b"ab\0")),
            ),
        ];
        for (part, a, b) in cases {
            assert_ne!(a, b, "{part}");
        }
    }
}
