//! Per-token spam evidence: a log-odds-like number for every token, positive
//! where the token looks like stuffing and negative where it looks like prose.
//!
//! Three families of signal feed it: commercial keywords (from the lexicon),
//! local repetition (a word or word pair seen again a few tokens back), and
//! the marks of prose (function words, sentence punctuation).

use crate::keywords::lexicon::Category;
use crate::keywords::matcher::{Hit, Matcher};
#[cfg(test)]
use crate::keywords::words::WordTable;
use crate::keywords::words::{WordClasses, class};
use crate::model::evidence::{
    self as weight, COMBO_REACH, MAX_PERIOD, MIN_CHANT_BYTES, MIN_PAIR_OCCURRENCES, MIN_WORD_CHANT,
    PAIR_WINDOW, WORD_WINDOW,
};
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
        let cat = matcher.pattern(h.pattern).category;
        let mut w = category_weight(cat);
        // A brand or product with a shop word beside it is the core pattern
        // of stuffing; either alone is common in news.
        let near = |o: &Hit| {
            o.first <= h.last + COMBO_REACH && h.first <= o.last + COMBO_REACH && !split(o, h)
        };
        let partner = |o: &Hit| {
            let oc = matcher.pattern(o.pattern).category;
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

/// Fills `out` with each token's echoes: bit `p` set when the token `p`
/// back has the same (32-bit) hash.
fn echoes(hashes: &[u32], out: &mut Vec<u16>) {
    let n = hashes.len();
    out.clear();
    out.resize(n, 0);
    // One pass per distance: each is a plain loop of vector compares.
    for p in 1..=MAX_PERIOD.min(n.saturating_sub(1)) {
        let pairs = out[p..].iter_mut().zip(&hashes[p..]).zip(hashes);
        for ((e, &now), &back) in pairs {
            *e |= u16::from(now == back) << p;
        }
    }
}

/// Marks phrases of up to [`MAX_PERIOD`] tokens that occur three or more
/// times in a row (a single word: four or more times, and not a short one).
/// One pass over the tokens that repeat a recent one, `repeating` (see
/// [`Walks`]), comparing each with the token `p` back for every period.
fn periodic_marks(tokens: &[Token], echoes: &[u16], repeating: &[u32], marks: &mut [u16]) {
    let n = tokens.len();
    // run[p]: how many consecutive tokens so far equal the token p back.
    let mut run = [0usize; MAX_PERIOD + 1];
    let close = |p: usize, end: usize, len: usize, marks: &mut [u16]| {
        let needed = if p == 1 { MIN_WORD_CHANT } else { 2 * p };
        // Most runs are one word seen again: too short to look at.
        if len < needed {
            return;
        }
        let first = end - len - p;
        let phrase = &tokens[first..first + p];
        let bytes: usize = phrase.iter().map(|t| t.end() - t.start()).sum();
        // One word over and over is period 1, whatever p found it.
        let uniform = phrase.iter().all(|t| t.hash == phrase[0].hash);
        let long_enough = bytes >= MIN_CHANT_BYTES && (p == 1 || !uniform);
        // A sentence said three times is a duplicated paragraph, not chanting.
        let sentence = phrase.iter().any(|t| t.has(flag::END_AFTER));
        if long_enough && !sentence {
            for m in &mut marks[first..end] {
                *m |= mark::PERIODIC;
            }
        }
    };
    // Bit p of `open`: a run of period p is going on.
    let mut open = 0u16;
    let mut last = 0;
    for &i in repeating {
        let i = i as usize;
        if last + 1 != i {
            // The token after the last one walked equals none: every run
            // ends there.
            while open != 0 {
                let p = open.trailing_zeros() as usize;
                close(p, last + 1, run[p], marks);
                run[p] = 0;
                open &= open - 1;
            }
        }
        last = i;
        let equal = echoes[i];
        let mut closing = open & !equal;
        while closing != 0 {
            let p = closing.trailing_zeros() as usize;
            close(p, i, run[p], marks);
            run[p] = 0;
            closing &= closing - 1;
        }
        let mut going = equal;
        while going != 0 {
            let p = going.trailing_zeros() as usize;
            run[p] += 1;
            going &= going - 1;
        }
        open = equal;
    }
    let end = (last + 1).min(n);
    while open != 0 {
        let p = open.trailing_zeros() as usize;
        close(p, end, run[p], marks);
        open &= open - 1;
    }
}

fn repetition_marks(tokens: &[Token], ev: &mut Evidence) {
    let n = tokens.len();
    let marks = &mut ev.marks;
    let listed = |m: u16| m & mark::LISTED_FUNCTION_WORD != 0;
    let content = |t: &Token, m: u16| !t.has(flag::URL | flag::DIGIT | flag::CJK) && !listed(m);
    for i in 0..n {
        // The same word one to WORD_WINDOW tokens back, nearest first.
        let mut near = ev.echoes[i] & ((2 << WORD_WINDOW) - 2);
        if near != 0 && content(&tokens[i], marks[i]) {
            while near != 0 {
                let p = i - near.trailing_zeros() as usize;
                if content(&tokens[p], marks[p]) {
                    marks[i] |= REPEATED_WORD;
                    marks[p] |= REPEATED_WORD;
                    break;
                }
                near &= near - 1;
            }
        }
    }
    let pair_ends = ev.walks.pair_ends();
    ev.pairs.start(n);
    // Previous occurrence of the pair ending at i - 1, for CJK trigrams.
    let mut prev_pair_at: Option<usize> = None;
    let mut prev_i = 0;
    for &i in pair_ends {
        let i = i as usize;
        if prev_i + 1 != i {
            // The pair ending at i - 1 was not looked up.
            prev_pair_at = None;
        }
        prev_i = i;
        let (a, t) = (&tokens[i - 1], &tokens[i]);
        let key = a.hash.rotate_left(23) ^ t.hash.wrapping_mul(0x9e37_79b9_7f4a_7c15);
        let Some(Seen {
            last: p,
            before: q,
            count,
        }) = ev.pairs.see(key, i)
        else {
            prev_pair_at = None;
            continue;
        };
        // Han and kana pairs repeat in ordinary prose (they are words), so
        // those need a repeated run of three.
        let cjk = t.has(flag::CJK) || a.has(flag::CJK);
        let run3 = prev_pair_at.is_some_and(|r| r + 1 == p);
        prev_pair_at = Some(p);
        // A phrase said twice is a heading echoed or a caption duplicated;
        // stuffing says it again and again. A sentence end between two
        // occurrences makes a repeated sentence: duplicated prose.
        if count >= MIN_PAIR_OCCURRENCES && (!cjk || run3) {
            let across_sentences = ev.flags[p - 1..i].iter().any(|f| f & flag::END_AFTER != 0);
            if across_sentences {
                continue;
            }
            for j in [i - 1, i, p - 1, p] {
                marks[j] |= mark::REPEAT;
            }
            if let Some(q) = q {
                marks[q - 1] |= mark::REPEAT;
                marks[q] |= mark::REPEAT;
            }
        }
    }
}

/// The tokens the two repetition passes walk, gathered in one pass and
/// without branches: which tokens they are follows no pattern a branch
/// predictor learns, so a pass that walks only those stops guessing at
/// every token (and one loop fills both lists).
#[derive(Debug, Clone, Default)]
struct Walks {
    /// Positions; each list only grows (every entry read is written first).
    pair_ends: Vec<u32>,
    repeating: Vec<u32>,
    pairs: usize,
    repeats: usize,
}

impl Walks {
    /// Gathers both lists from the tokens' echoes, flags and marks.
    ///
    /// The pairs worth a look end at the positions in `pair_ends`: numbers
    /// and codes repeat in tables, prices and data, not in stuffing, and
    /// pairs with a function word repeat in any prose ("of the", "said
    /// the"); stuffing repeats the content words. Neither kind is looked up.
    ///
    /// The tokens that equal one of the eight before them are in
    /// `repeating`; most tokens equal none (numbers and address words count
    /// as equal to none).
    fn gather(&mut self, echoes: &[u16], flags: &[u16], marks: &[u16]) {
        let n = flags.len();
        for list in [&mut self.pair_ends, &mut self.repeating] {
            if list.len() < n {
                list.resize(n, 0);
            }
        }
        let (mut pairs, mut repeats) = (0, 0);
        let numbers = |f: u16| f & (flag::URL | flag::DIGIT) != 0;
        for i in 1..n {
            let grammar = (marks[i - 1] | marks[i]) & mark::LISTED_FUNCTION_WORD != 0;
            self.pair_ends[pairs] = i as u32;
            pairs += usize::from(!(numbers(flags[i - 1] | flags[i]) | grammar));
            self.repeating[repeats] = i as u32;
            repeats += usize::from((echoes[i] != 0) & !numbers(flags[i]));
        }
        (self.pairs, self.repeats) = (pairs, repeats);
    }

    fn pair_ends(&self) -> &[u32] {
        &self.pair_ends[..self.pairs]
    }

    fn repeating(&self) -> &[u32] {
        &self.repeating[..self.repeats]
    }
}

/// Slots of the pair cache: only pairs seen within the last
/// [`PAIR_WINDOW`] tokens matter, so a small direct-mapped table that stays
/// in the L1 cache does the work of a hash map over the whole text.
const PAIR_SLOTS: usize = 1024;

/// Recent word pairs and their chains of occurrences.
///
/// Positions are absolute across texts (each text starts past the window of
/// the one before), so entries left by an earlier text are simply stale and
/// the table only needs clearing when positions would overflow.
#[derive(Debug, Clone, Default)]
pub(crate) struct PairCache {
    slots: Vec<PairSlot>,
    base: u32,
    next_base: u32,
}

#[derive(Debug, Clone, Copy, Default)]
struct PairSlot {
    /// 32 bits of the pair's hash: enough to tell live pairs apart.
    key: u32,
    last: u32,
    before: u32,
    count: u32,
}

/// A pair seen again within the window: where it was seen before, the
/// occurrence before that (if in the chain), and the chain's length now.
struct Seen {
    last: usize,
    before: Option<usize>,
    count: u32,
}

impl PairCache {
    fn start(&mut self, n: usize) {
        let span = n as u64 + PAIR_WINDOW as u64 + 1;
        if self.slots.is_empty() || u64::from(self.next_base) + span > u64::from(u32::MAX) {
            // One more slot: the spare that takes writes nobody reads.
            self.slots = vec![PairSlot::default(); PAIR_SLOTS + 1];
            self.next_base = 1;
        }
        if span > u64::from(u32::MAX) {
            // Texts of four billion tokens: positions would not fit, so the
            // cache sees nothing (repetition is still found by the periodic
            // marks and keywords).
            self.base = u32::MAX;
            return;
        }
        self.base = self.next_base;
        self.next_base = self.base + span as u32;
    }

    /// Records pair `key` at token `i`; answers when this continues a chain.
    fn see(&mut self, key: u64, i: usize) -> Option<Seen> {
        if self.base == u32::MAX {
            return None;
        }
        let at = self.base + i as u32;
        let fingerprint = (key >> 32) as u32;
        let base = self.base;
        // Whether a slot is live and which slot a new pair takes depend on
        // the text in no way a branch predictor learns: they are computed
        // (`&`, not `&&`), and only a pair seen again, the rare case in
        // prose, takes a branch.
        // Positions start at 1 and each text starts past the window of the
        // one before: a slot never written (`last` 0) or left by an earlier
        // text has `last` below `base`.
        let live = |slot: &PairSlot| {
            (slot.last >= base) & (at.wrapping_sub(slot.last) <= PAIR_WINDOW as u32)
        };
        // Two-way set associative: a pair may sit in either slot of its set,
        // so two live pairs that hash alike both keep their chains.
        let set = (key as usize ^ (key >> 45) as usize) & (PAIR_SLOTS - 2);
        let (a, b) = (self.slots[set], self.slots[set + 1]);
        let (live_a, live_b) = (live(&a), live(&b));
        let (in_a, in_b) = (
            live_a & (a.key == fingerprint),
            live_b & (b.key == fingerprint),
        );
        if !(in_a | in_b) {
            // New or stale: take a free slot of the set, if there is one;
            // with none, the write goes to the spare slot past the table.
            let free = if !live_a {
                set
            } else if !live_b {
                set + 1
            } else {
                PAIR_SLOTS
            };
            self.slots[free] = PairSlot {
                key: fingerprint,
                last: at,
                before: 0,
                count: 1,
            };
            return None;
        }
        let slot = &mut self.slots[if in_a { set } else { set + 1 }];
        if at - slot.last < 2 {
            return None; // "a a a": the same pair overlapping itself
        }
        let seen = Seen {
            last: (slot.last - self.base) as usize,
            before: (slot.before >= self.base && slot.count > 1)
                .then(|| (slot.before - self.base) as usize),
            count: slot.count + 1,
        };
        slot.before = slot.last;
        slot.last = at;
        slot.count = seen.count;
        Some(seen)
    }
}

/// The evidence of `text` under the built-in lexicon, for unit tests.
#[cfg(test)]
pub(crate) fn for_test(text: &str) -> (crate::text::tokenize::Tokens, Evidence) {
    use crate::keywords::function_words::FunctionWords;
    use crate::keywords::lexicon::Lexicon;
    let toks = crate::text::tokenize::tokenize(text);
    let matcher = Matcher::new(&Lexicon::builtin()).unwrap();
    let table = WordTable::new(&FunctionWords::builtin(), matcher.first_words());
    let mut words = WordClasses::default();
    words.classify(&toks.tokens, &table);
    let mut hits = Vec::new();
    matcher.find(&toks, |i| words.starts_term(i), &mut hits);
    let mut ev = Evidence::default();
    ev.compute(&toks.tokens, &words, &mut hits, &matcher);
    (toks, ev)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn evidence(text: &str) -> Evidence {
        for_test(text).1
    }

    #[test]
    fn stuffing_scores_positive_and_prose_negative() {
        let spam = evidence("moncler outlet moncler outlet cheap ugg boots cheap ugg boots");
        assert!(spam.score.iter().all(|&s| s > 0.0), "{:?}", spam.score);
        let prose = evidence("The minister said that the talks were useful, and he left.");
        let sum: f32 = prose.score.iter().sum();
        assert!(sum < -5.0, "{sum}");
    }

    #[test]
    fn unknown_words_repeated_like_stuffing_are_marked() {
        let ev = evidence("zorbo flimp quax zorbo flimp quax zorbo flimp quax");
        assert!(ev.marks.iter().all(|m| m & mark::REPEAT != 0));
        assert!(ev.score.iter().all(|&s| s > 0.0));
    }

    #[test]
    fn phrases_repeated_back_to_back_are_periodic() {
        let ev = evidence("which weblog platform which weblog platform which weblog platform");
        assert!(ev.marks.iter().all(|m| m & mark::PERIODIC != 0));
        assert!(ev.marks.iter().all(|m| m & mark::FUNCTION == 0));
        // Twice is an echo, not stuffing.
        let ev = evidence("Volvo V60 Cross Country Volvo V60 Cross Country");
        assert!(ev.marks.iter().all(|m| m & mark::PERIODIC == 0));
        // Short words chanted ("la la la la") are left alone.
        let ev = evidence("la la la la la la");
        assert!(ev.marks.iter().all(|m| m & mark::PERIODIC == 0));
    }

    #[test]
    fn distant_repetition_is_not_marked() {
        let filler = "word ".repeat(0) + &(0..40).map(|i| format!("w{i}x ")).collect::<String>();
        let text = format!("alpha beta {filler} alpha beta");
        let ev = evidence(&text);
        assert_eq!(ev.marks[0] & mark::REPEAT, 0);
    }

    #[test]
    fn pairs_left_by_an_earlier_text_continue_no_chain() {
        let mut cache = PairCache::default();
        cache.start(40);
        assert!(cache.see(7, 0).is_none(), "a fresh table holds nothing");
        let again = cache.see(7, 5).expect("seen again within the window");
        assert_eq!((again.last, again.count), (0, 2));
        assert!(
            cache.see(7, 5 + PAIR_WINDOW + 1).is_none(),
            "out of the window"
        );
        // The next text starts a new chain at its first token.
        cache.start(40);
        assert!(cache.see(7, 0).is_none());
        assert_eq!(cache.see(7, 3).map(|s| s.count), Some(2));
    }

    #[test]
    fn combo_of_brand_and_shop_word_is_marked() {
        let ev = evidence("moncler pas cher");
        assert!(ev.marks.iter().all(|m| m & mark::COMBO != 0));
    }
}
