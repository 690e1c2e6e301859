//! Lexicon terms as sequences of word hashes. The longest term that starts
//! at a word is found by following one edge per word of the text, where an
//! automaton over the folded bytes would take a step per byte (and a call
//! per search).

use crate::keywords::hashers::{WordHash, WordMap};

/// A trie whose edges are folded-word hashes, stored in one open-addressing
/// table.
#[derive(Debug, Clone)]
pub(crate) struct TermTrie {
    edges: Vec<Edge>,
    mask: usize,
    /// Per node: the pattern that ends there, or [`NO_PATTERN`].
    ends: Vec<u32>,
}

const NO_PATTERN: u32 = u32::MAX;
const ROOT: u32 = 0;

/// `parent --hash--> child`; a child of 0 (the root, never a child) marks
/// an empty slot.
#[derive(Debug, Clone, Copy, Default)]
struct Edge {
    hash: u64,
    parent: u32,
    child: u32,
}

impl TermTrie {
    /// The trie of `terms`: each a pattern id and the hashes of its words.
    /// A word sequence given twice keeps its first pattern.
    pub(crate) fn new(terms: impl IntoIterator<Item = (u32, Vec<u64>)>) -> TermTrie {
        let terms = terms.into_iter();
        // Sized for about two words a term: a map grown edge by edge
        // rehashes every key at each doubling.
        let mut children: WordMap<(u32, u64), u32> =
            WordMap::with_capacity_and_hasher(2 * terms.size_hint().0, WordHash::default());
        let mut ends = vec![NO_PATTERN];
        for (pattern, words) in terms {
            let mut node = ROOT;
            for hash in words {
                let next = ends.len() as u32;
                node = *children.entry((node, hash)).or_insert_with(|| {
                    ends.push(NO_PATTERN);
                    next
                });
            }
            if node != ROOT && ends[node as usize] == NO_PATTERN {
                ends[node as usize] = pattern;
            }
        }
        // At most half full, so that a probe rarely goes past its slot.
        let size = (children.len() * 2).next_power_of_two().max(16);
        let mut trie = TermTrie {
            edges: vec![Edge::default(); size],
            mask: size - 1,
            ends,
        };
        for ((parent, hash), child) in children {
            let mut at = trie.slot(parent, hash);
            while trie.edges[at].child != ROOT {
                at = (at + 1) & trie.mask;
            }
            trie.edges[at] = Edge {
                hash,
                parent,
                child,
            };
        }
        trie
    }

    fn slot(&self, parent: u32, hash: u64) -> usize {
        let h = hash ^ u64::from(parent).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        (h ^ (h >> 31)) as usize & self.mask
    }

    fn child(&self, parent: u32, hash: u64) -> Option<u32> {
        let mut at = self.slot(parent, hash);
        loop {
            let e = self.edges[at];
            if e.child == ROOT {
                return None;
            }
            if e.hash == hash && e.parent == parent {
                return Some(e.child);
            }
            at = (at + 1) & self.mask;
        }
    }

    /// The longest term made of the first words of `words` (by hash): its
    /// pattern and how many words it takes.
    pub(crate) fn longest(&self, words: impl Iterator<Item = u64>) -> Option<(u32, usize)> {
        let mut node = ROOT;
        let mut best = None;
        for (taken, hash) in words.enumerate() {
            match self.child(node, hash) {
                Some(child) => node = child,
                None => break,
            }
            let pattern = self.ends[node as usize];
            if pattern != NO_PATTERN {
                best = Some((pattern, taken + 1));
            }
        }
        best
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_longest_term_and_stops_at_the_first_unknown_word() {
        let trie = TermTrie::new([
            (0, vec![1, 2]),
            (1, vec![1, 2, 3]),
            (2, vec![5]),
            (3, vec![1, 2]), // the same words again: the first pattern stays
        ]);
        assert_eq!(trie.longest([1, 2, 3, 4].into_iter()), Some((1, 3)));
        assert_eq!(trie.longest([1, 2, 4, 3].into_iter()), Some((0, 2)));
        assert_eq!(trie.longest([1, 4].into_iter()), None, "a prefix only");
        assert_eq!(trie.longest([5, 1, 2].into_iter()), Some((2, 1)));
        assert_eq!(trie.longest([2].into_iter()), None);
        assert_eq!(trie.longest(std::iter::empty()), None);
    }

    #[test]
    fn many_terms_sharing_slots() {
        // Hashes with nothing in their low bits crowd into a few slots.
        let terms: Vec<(u32, Vec<u64>)> = (0..500u32)
            .map(|i| (i, vec![u64::from(i) << 40, u64::from(i % 7) << 40]))
            .collect();
        let trie = TermTrie::new(terms.clone());
        for (pattern, words) in terms {
            assert_eq!(trie.longest(words.into_iter()), Some((pattern, 2)));
        }
    }
}
