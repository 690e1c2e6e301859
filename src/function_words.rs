//! Function words (articles, pronouns, prepositions, auxiliaries) in many
//! languages: the commonest mark of real prose, and rare in keyword stuffing.

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};

use crate::tokenize::hash_bytes;

const LISTS: &[&str] = &[
    include_str!("function_words/cs.txt"),
    include_str!("function_words/de.txt"),
    include_str!("function_words/en.txt"),
    include_str!("function_words/es.txt"),
    include_str!("function_words/fr.txt"),
    include_str!("function_words/id.txt"),
    include_str!("function_words/it.txt"),
    include_str!("function_words/nl.txt"),
    include_str!("function_words/nordic.txt"),
    include_str!("function_words/pl.txt"),
    include_str!("function_words/pt.txt"),
    include_str!("function_words/ru.txt"),
    include_str!("function_words/tr.txt"),
    include_str!("function_words/zh.txt"),
];

/// The keys are already hashes, so hashing them again would be wasted work.
#[derive(Default)]
pub(crate) struct IdentityHasher(u64);

impl Hasher for IdentityHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

pub(crate) type HashBuild = BuildHasherDefault<IdentityHasher>;

/// The set of function-word hashes.
#[derive(Debug, Clone)]
pub(crate) struct FunctionWords {
    set: HashSet<u64, HashBuild>,
}

impl FunctionWords {
    pub(crate) fn builtin() -> FunctionWords {
        let mut set = HashSet::with_hasher(HashBuild::default());
        for list in LISTS {
            for w in list.split_whitespace() {
                let folded = w.to_lowercase().replace('’', "'");
                set.insert(hash_bytes(folded.as_bytes()));
            }
        }
        FunctionWords { set }
    }

    /// True when the folded word with this hash is a function word.
    #[cfg(test)]
    pub(crate) fn contains(&self, hash: u64) -> bool {
        self.set.contains(&hash)
    }

    /// The hashes of all function words.
    pub(crate) fn hashes(&self) -> impl Iterator<Item = u64> + '_ {
        self.set.iter().copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize::tokenize;

    #[test]
    fn knows_function_words_in_several_languages() {
        let fw = FunctionWords::builtin();
        let toks = tokenize("The und les для 的 Moncler outlet");
        let is: Vec<bool> = toks.tokens.iter().map(|t| fw.contains(t.hash)).collect();
        assert_eq!(is, [true, true, true, true, true, false, false]);
    }
}
