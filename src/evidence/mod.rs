//! Per-token spam evidence: a log-odds-like number for every token, positive
//! where the token looks like stuffing and negative where it looks like prose.
//!
//! Three families of signal feed it: commercial keywords (from the lexicon),
//! local repetition (a word or word pair seen again a few tokens back), and
//! the marks of prose (function words, sentence punctuation).

mod pairs;
mod repetition;
#[cfg(test)]
mod tests;

use pairs::PairCache;
use repetition::{Walks, echoes, periodic_marks, repetition_marks};

use crate::keywords::lexicon::Category;
use crate::keywords::matcher::{Hit, Matcher};
#[cfg(test)]
use crate::keywords::words::WordTable;
use crate::keywords::words::{WordClasses, class};
use crate::model::evidence::{self as weight, COMBO_REACH};
use crate::text::tokenize::{Token, flag};

/// Per-token marks, kept for the report's signals.
pub(crate) mod mark {
    pub const KEYWORD: u16 = 1;
    pub const REPEAT: u16 = 1 << 1;
    pub const FUNCTION: u16 = 1 << 2;
    /// A brand or product next to a shop word (`moncler outlet`).
    pub const COMBO: u16 = 1 << 3;
    /// A shop word or a vice term.
    pub const SHOP: u16 = 1 << 4;
    /// A vice term: pharmacy, gambling, loans, counterfeits.
    pub const VICE: u16 = 1 << 5;
    /// Part of a phrase said three or more times in a row
    /// (`which weblog platform which weblog platform which weblog platform`).
    pub const PERIODIC: u16 = 1 << 6;
    /// The word is in a function-word list, whatever it is used as here
    /// (`de` in `maillot de foot` is listed but not prose).
    pub const LISTED_FUNCTION_WORD: u16 = 1 << 15;
    /// A strong keyword, wherever the model asks for one: a shop word, a
    /// vice term, or a brand or product next to a shop word.
    pub const STRONG: u16 = SHOP | COMBO;
    /// What a passage clipped at token spans must still hold to stay: a
    /// vice term or a brand next to a shop word (a shop word alone is not).
    pub const PAYLOAD: u16 = VICE | COMBO;
}

/// Evidence for every token of one text.
#[derive(Debug, Default)]
pub(crate) struct Evidence {
    score: Vec<f32>,
    marks: Vec<u16>,
    /// The keyword hits, in text order: an input, kept for the later stages.
    hits: Vec<Hit>,
    /// The tokens' hashes cut to 32 bits, side by side, so that one vector
    /// compare tests a token against the eight before it.
    hashes: Vec<u32>,
    /// Per token: bit `p` (1 to [`MAX_PERIOD`]) set when the token `p`
    /// back is the same word. Both repetition passes read it.
    echoes: Vec<u16>,
    /// The tokens' flags side by side.
    flags: Vec<u16>,
    /// Per token: the languages whose function-word list has it (or 0).
    languages: Vec<u16>,
    /// Scratch tables, kept between texts to save allocations.
    pairs: PairCache,
    /// The token positions the two repetition passes walk (see
    /// [`Walks`]).
    walks: Walks,
}

impl Evidence {
    /// Per token: its evidence, positive for spam.
    pub(crate) fn scores(&self) -> &[f32] {
        &self.score
    }

    /// Per token: its [`mark`] bits.
    pub(crate) fn marks(&self) -> &[u16] {
        &self.marks
    }

    /// Every keyword hit, in text order.
    pub(crate) fn hits(&self) -> &[Hit] {
        &self.hits
    }

    /// Per token: the languages whose function-word list has it (or 0).
    pub(crate) fn languages(&self) -> &[u16] {
        &self.languages
    }

    /// Per token: its hash cut to 32 bits (equal words, equal keys).
    pub(crate) fn word_keys(&self) -> &[u32] {
        &self.hashes
    }

    /// Per token: its [`flag`] bits, side by side for counting.
    pub(crate) fn flags(&self) -> &[u16] {
        &self.flags
    }

    /// The keyword hits that start inside the token range `r`.
    pub(crate) fn hits_in(&self, r: std::ops::Range<usize>) -> &[Hit] {
        let from = self.hits.partition_point(|h| (h.first as usize) < r.start);
        let to = self.hits.partition_point(|h| (h.first as usize) < r.end);
        &self.hits[from..to.max(from)]
    }
}

fn category_weight(c: Category) -> f32 {
    match c {
        Category::Brand => weight::BRAND,
        Category::Product => weight::PRODUCT,
        Category::Commerce => weight::COMMERCE,
        Category::Vice => weight::VICE,
    }
}

fn is_shop(c: Category) -> bool {
    matches!(c, Category::Commerce | Category::Vice)
}

impl Evidence {
    /// Computes the evidence of `tokens`, given their word classes and
    /// their keyword `hits`. The hits move into the evidence (`hits` gets
    /// back the buffer of the text before, to be refilled).
    pub(crate) fn compute(
        &mut self,
        tokens: &[Token],
        words: &WordClasses,
        hits: &mut Vec<Hit>,
        matcher: &Matcher,
    ) {
        std::mem::swap(&mut self.hits, hits);
        self.reset(tokens, words);
        keyword_evidence(tokens, matcher, self);
        self.walks.gather(&self.echoes, &self.flags, &self.marks);
        repetition_marks(tokens, self);
        periodic_marks(
            tokens,
            &self.echoes,
            self.walks.repeating(),
            &mut self.marks,
        );
        final_scores(&self.marks, &self.flags, &mut self.score);
        final_marks(&self.flags, &mut self.marks);
    }

    /// Fills every per-token array for `tokens` in one pass.
    fn reset(&mut self, tokens: &[Token], words: &WordClasses) {
        let n = tokens.len();
        self.score.clear();
        self.score.resize(n, weight::BASE);
        // Whether a word is a function word is a coin toss for a branch
        // predictor: the marks are computed, not branched on. Each array
        // is filled by its own loop over a slice, which vectorises.
        let mark_of = |c: u8| u16::from(c & class::FUNCTION != 0) * mark::LISTED_FUNCTION_WORD;
        self.marks.clear();
        self.marks
            .extend(words.classes().iter().map(|&c| mark_of(c)));
        self.flags.clear();
        self.flags.extend(tokens.iter().map(|t| t.flags));
        self.hashes.clear();
        self.hashes
            .extend(tokens.iter().map(|t| (t.hash ^ (t.hash >> 32)) as u32));
        self.languages.clear();
        self.languages.extend_from_slice(words.languages());
        echoes(&self.hashes, &mut self.echoes);
    }
}

/// Adds the evidence of grammar, numbers, punctuation and repetition to
/// each token's score (base or keyword). Prose words come in no order a
/// branch predictor learns, so every rule is a select and the loop runs on
/// vectors. A rule that does not apply adds 0.0, which leaves a score as it
/// was (scores are never -0.0): the sums are exactly those of the rules
/// applied one after another.
fn final_scores(marks: &[u16], flags: &[u16], scores: &mut [f32]) {
    let pick = |yes: bool, w: f32| if yes { w } else { 0.0 };
    for ((s, &m), &f) in scores.iter_mut().zip(marks).zip(flags) {
        let has = |bits: u16| f & bits != 0;
        let marked = |bits: u16| m & bits != 0;
        // Inside a phrase chanted over and over, even "which" or "de" is
        // stuffing, not grammar.
        let plain = !marked(mark::KEYWORD | mark::PERIODIC);
        let base = if plain && has(flag::CJK) {
            weight::BASE_CJK
        } else {
            *s
        };
        let hiragana = plain && has(flag::HIRAGANA);
        let function_word = plain && !hiragana && marked(mark::LISTED_FUNCTION_WORD);
        let grammar = pick(hiragana, weight::HIRAGANA) + pick(function_word, weight::FUNCTION_WORD);
        let number = if has(flag::PRICE) {
            weight::PRICE
        } else {
            pick(has(flag::NUMERIC), weight::NUMBER)
        };
        let punctuation = if has(flag::END_AFTER) {
            weight::SENTENCE_END
        } else {
            pick(has(flag::PAUSE_AFTER), weight::PAUSE)
        };
        let pair = if has(flag::CJK) {
            weight::REPEATED_PAIR_CJK
        } else {
            weight::REPEATED_PAIR
        };
        let repetition = if marked(mark::PERIODIC) {
            weight::PERIODIC
        } else if marked(mark::REPEAT) {
            pair
        } else {
            pick(marked(REPEATED_WORD), weight::REPEATED_WORD)
        };
        // Addresses say little by themselves.
        let address = has(flag::URL) && !marked(mark::KEYWORD);
        let score = base + grammar + number + punctuation + repetition;
        *s = if address { 0.0 } else { score };
    }
}

/// Marks the function words that count as grammar (see [`final_scores`])
/// and drops the repeated-word mark inside repeated pairs.
fn final_marks(flags: &[u16], marks: &mut [u16]) {
    for (m, &f) in marks.iter_mut().zip(flags) {
        let plain = *m & (mark::KEYWORD | mark::PERIODIC) == 0;
        let address = f & flag::URL != 0 && *m & mark::KEYWORD == 0;
        let grammar = plain && (f & flag::HIRAGANA != 0 || *m & mark::LISTED_FUNCTION_WORD != 0);
        let function = if grammar && !address {
            mark::FUNCTION
        } else {
            0
        };
        // A word inside a repeated pair counts as that, not as a repeated
        // word.
        let superseded = if *m & mark::REPEAT != 0 {
            REPEATED_WORD
        } else {
            0
        };
        *m = (*m | function) & !superseded;
    }
}

/// Internal mark, cleared from the public marks: a tightly repeated word.
const REPEATED_WORD: u16 = 1 << 14;

fn keyword_evidence(tokens: &[Token], matcher: &Matcher, ev: &mut Evidence) {
    // True when a sentence end or a blank line separates two hits.
    let split = |a: &Hit, b: &Hit| {
        let (x, y) = if a.first < b.first { (a, b) } else { (b, a) };
        tokens[x.last as usize].has(flag::END_AFTER)
            || tokens[y.first as usize].has(flag::PARA_BEFORE)
    };
    for (k, h) in ev.hits.iter().enumerate() {
        let cat = matcher.pattern(h.pattern).keyword.category();
        let mut w = category_weight(cat);
        // A brand or product with a shop word beside it is the core pattern
        // of stuffing; either alone is common in news.
        let near = |o: &Hit| {
            o.first <= h.last + COMBO_REACH && h.first <= o.last + COMBO_REACH && !split(o, h)
        };
        let partner = |o: &Hit| {
            let oc = matcher.pattern(o.pattern).keyword.category();
            is_shop(cat) != is_shop(oc)
        };
        let combo = ev.hits[k.saturating_sub(2)..(k + 3).min(ev.hits.len())]
            .iter()
            .any(|o| near(o) && partner(o));
        if combo {
            w += weight::COMBO;
        }
        for i in h.first..=h.last {
            let i = i as usize;
            ev.score[i] = weight::BASE + w;
            ev.marks[i] |= mark::KEYWORD;
            if combo {
                ev.marks[i] |= mark::COMBO;
            }
            if is_shop(cat) {
                ev.marks[i] |= mark::SHOP;
            }
            if cat == Category::Vice {
                ev.marks[i] |= mark::VICE;
            }
        }
    }
}

/// The evidence of `text` under the built-in lexicon, for unit tests.
#[cfg(test)]
pub(crate) fn for_test(text: &str) -> (crate::text::tokenize::Tokens, Evidence) {
    use crate::keywords::function_words::FunctionWords;
    use crate::keywords::lexicon::Lexicon;
    let toks = crate::text::tokenize::tokenize(text);
    let matcher = Matcher::new(&Lexicon::builtin()).unwrap();
    let table = WordTable::new(
        &FunctionWords::builtin(),
        matcher.first_words(),
        std::iter::empty(),
    );
    let mut words = WordClasses::default();
    words.classify(&toks.tokens, &table);
    let mut hits = Vec::new();
    matcher.find(text, &toks, |i| words.starts_term(i), &mut hits);
    let mut ev = Evidence::default();
    ev.compute(&toks.tokens, &words, &mut hits, &matcher);
    (toks, ev)
}
