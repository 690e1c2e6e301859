//! Function words (articles, pronouns, prepositions, auxiliaries) in many
//! languages: the commonest mark of real prose, and rare in keyword stuffing.

use crate::keywords::hashers::{WordHash, WordMap};
use crate::text::tokenize::hash_bytes;

/// One list per language (or close group); at most 16, the bits of a mask.
const LISTS: &[&str] = &[
    include_str!("function_words/ar_fa.txt"),
    include_str!("function_words/cs.txt"),
    include_str!("function_words/de.txt"),
    include_str!("function_words/en.txt"),
    include_str!("function_words/es.txt"),
    include_str!("function_words/fr.txt"),
    include_str!("function_words/hi.txt"),
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

/// Function-word hashes, each with the set of lists (languages) it is in:
/// bit `i` of the mask stands for the `i`-th list. `de` is in several.
#[derive(Debug, Clone)]
pub(crate) struct FunctionWords {
    languages: WordMap<u64, u16>,
}

impl FunctionWords {
    pub(crate) fn builtin() -> FunctionWords {
        let mut languages = WordMap::with_hasher(WordHash::default());
        for (i, list) in LISTS.iter().enumerate() {
            for w in list.split_whitespace() {
                let folded = w.to_lowercase().replace('’', "'");
                *languages.entry(hash_bytes(folded.as_bytes())).or_insert(0) |= 1 << i;
            }
        }
        FunctionWords { languages }
    }

    /// True when the folded word with this hash is a function word.
    #[cfg(test)]
    pub(crate) fn contains(&self, hash: u64) -> bool {
        self.languages.contains_key(&hash)
    }

    /// Every function word's hash with its language mask.
    pub(crate) fn entries(&self) -> impl Iterator<Item = (u64, u16)> + '_ {
        self.languages.iter().map(|(&h, &m)| (h, m))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize::tokenize;

    #[test]
    fn knows_function_words_in_several_languages() {
        let fw = FunctionWords::builtin();
        let toks = tokenize("The und les для 的 Moncler outlet");
        let is: Vec<bool> = toks.tokens.iter().map(|t| fw.contains(t.hash)).collect();
        assert_eq!(is, [true, true, true, true, true, false, false]);
        // Hindi, Arabic and Persian, beside a betting term.
        let toks = tokenize("और में في على در برای सट्टा");
        let is: Vec<bool> = toks.tokens.iter().map(|t| fw.contains(t.hash)).collect();
        assert_eq!(is, [true, true, true, true, true, true, false]);
    }
}
