//! Splits text into word tokens with byte offsets, plus the punctuation and
//! line breaks around each one, and builds the case-folded copy that the
//! keyword matcher searches.
//!
//! Chunks between ASCII whitespace are the unit of work. The rules are those
//! of UAX #29 word boundaries, which `unicode-segmentation` applies to any
//! chunk; fast paths apply them without it where they are simple:
//!
//! - a chunk that is one ASCII word (perhaps closed by `.` or `,`) is found,
//!   folded and hashed eight bytes at a time;
//! - other ASCII chunks, and chunks of Latin, Greek and Cyrillic letters,
//!   are split character by character with the letter/digit join rules;
//! - Han and hiragana characters are words of their own, katakana runs one
//!   word; runs of Han and hiragana with the CJK stops between them are
//!   split by a loop that decodes each character's three bytes by hand.
//!
//! Unit tests hold every fast path to the segmenter's output.

use unicode_segmentation::UnicodeSegmentation;

mod ascii;
mod chars;
mod emit;
mod paths;

use emit::{Punct, Undo, ideograph_flags, ideograph_hash};
use paths::looks_like_url;
#[cfg(test)]
mod tests;

pub(crate) use ascii::hash_bytes;
use ascii::{
    AsciiBlock, BYTE_CLASS, CLASS_DOT, CLASS_NON_ASCII, CLASS_SPACE, CLASS_URL_MARK, CLASS_WORD,
    Folding, chunk_end, first, hash_final, hash_round, low_bytes,
};
pub(crate) use chars::is_cjk;
use chars::{CharInfo, Word, cjk, is_hiragana, is_simple, is_simple_letter, word_flags};
pub(crate) use emit::BULLETS;

/// Per-token bit flags.
pub(crate) mod flag {
    /// Digits without letters (a number, a price, a year).
    pub const NUMERIC: u16 = 1;
    /// A piece of a URL, e-mail address or bare domain.
    pub const URL: u16 = 1 << 1;
    /// A Han or kana character: a letter of a script written without spaces.
    pub const CJK: u16 = 1 << 2;
    /// Hiragana: in Japanese nearly always grammar, so a mark of real prose.
    pub const HIRAGANA: u16 = 1 << 3;
    /// Sentence-final punctuation follows before the next token.
    pub const END_AFTER: u16 = 1 << 4;
    /// A comma, semicolon or colon follows before the next token.
    pub const PAUSE_AFTER: u16 = 1 << 5;
    /// A list separator (`|`, `·`, `•`, `/`, a dash…) precedes.
    pub const SEP_BEFORE: u16 = 1 << 6;
    /// A line break precedes.
    pub const LINE_BEFORE: u16 = 1 << 7;
    /// A blank line precedes.
    pub const PARA_BEFORE: u16 = 1 << 8;
    /// Starts with an upper-case letter.
    pub const UPPER: u16 = 1 << 9;
    /// A number right after a currency sign: a price.
    pub const PRICE: u16 = 1 << 10;
    /// Contains a digit (`2021`, `v60`, `3A`).
    pub const DIGIT: u16 = 1 << 11;
    /// An ASCII word with a full stop between letters inside it
    /// (`bestdeals.com`, `e.g`): the only words that may name a site bare.
    pub const DOTTED: u16 = 1 << 15;
    /// Bits 12–14: the writing system of the word's first letter, one of
    /// the `SCRIPT_*` values (0 for a number).
    pub const SCRIPT_SHIFT: u16 = 12;
    pub const SCRIPT_MASK: u16 = 0b111 << SCRIPT_SHIFT;
    pub const SCRIPT_LATIN: u16 = 1;
    pub const SCRIPT_CYRILLIC: u16 = 2;
    pub const SCRIPT_CJK: u16 = 3;
    pub const SCRIPT_HANGUL: u16 = 4;
    pub const SCRIPT_ARABIC: u16 = 5;
    pub const SCRIPT_OTHER: u16 = 6;
}

/// One word token: where it is and what surrounds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token {
    /// Hash of the case-folded form; equal words have equal hashes.
    pub hash: u64,
    /// Byte offset of the first byte in the analysed text (texts are
    /// analysed in windows far below 4 GiB, so 32 bits hold it).
    start: u32,
    /// Byte offset one past the last byte.
    end: u32,
    /// Where the folded form starts in [`Tokens::folded`] (it fills the
    /// struct's padding).
    folded: u32,
    /// Bit set of [`flag`] values.
    pub flags: u16,
}

// The token array is the largest working set of an analysis: keep a token
// at 24 bytes.
const _: () = assert!(std::mem::size_of::<Token>() == 24);

impl Token {
    pub(crate) fn has(&self, f: u16) -> bool {
        self.flags & f != 0
    }

    /// Byte offset of the first byte in the analysed text.
    pub(crate) fn start(&self) -> usize {
        self.start as usize
    }

    /// Byte offset one past the last byte.
    pub(crate) fn end(&self) -> usize {
        self.end as usize
    }
}

/// The tokens of one text plus the folded copy used for keyword matching.
#[derive(Debug, Default)]
pub(crate) struct Tokens {
    pub tokens: Vec<Token>,
    /// Lower-cased tokens, each followed by one space.
    pub folded: Vec<u8>,
}

impl Tokens {
    /// Index of the token whose folded form contains folded byte `pos`.
    pub(crate) fn token_at_folded(&self, pos: usize) -> usize {
        self.tokens
            .partition_point(|t| t.folded as usize <= pos)
            .saturating_sub(1)
    }

    /// Whether token `i` is a single Han or kana character (which folds to
    /// itself).
    pub(crate) fn is_one_cjk_char(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        // Han and kana take three or four bytes, so a token of three is
        // one, and of four is one if it starts with a four-byte character.
        let len = t.end - t.start;
        t.flags & (flag::CJK | flag::URL) == flag::CJK
            && (len == 3 || (len == 4 && self.folded[t.folded as usize] >= 0xF0))
    }

    /// Where token `i` starts in `folded` (its length for `i` past the end).
    pub(crate) fn folded_start(&self, i: usize) -> usize {
        self.tokens
            .get(i)
            .map_or(self.folded.len(), |t| t.folded as usize)
    }
}

/// Tokenizes `text`.
pub(crate) fn tokenize(text: &str) -> Tokens {
    let mut out = Tokens::default();
    tokenize_into(text, &mut out);
    out
}

/// Tokenizes `text` into `out`, reusing its buffers.
pub(crate) fn tokenize_into(text: &str, out: &mut Tokens) {
    out.tokens.clear();
    out.folded.clear();
    out.tokens.reserve(text.len() / 5 + 1);
    out.folded.reserve(text.len() + 16);
    let mut t = Tokenizer::new(text, std::mem::take(out));
    t.run();
    *out = t.out;
}

struct Tokenizer<'t> {
    text: &'t str,
    out: Tokens,
    /// Line breaks seen since the last token.
    newlines: u32,
    /// A list separator seen since the last token.
    sep: bool,
    /// A currency sign seen since the last token.
    currency: bool,
}

impl<'t> Tokenizer<'t> {
    fn new(text: &'t str, out: Tokens) -> Self {
        Tokenizer {
            text,
            out,
            newlines: 0,
            sep: false,
            currency: false,
        }
    }

    fn run(&mut self) {
        let bytes = self.text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            let class = BYTE_CLASS[b as usize];
            if class & CLASS_SPACE != 0 {
                self.newlines += u32::from(b == b'\n');
                i += 1;
                continue;
            }
            // Most chunks are one ASCII word: find the end of the run of
            // word bytes eight at a time, and if whitespace follows, that
            // is the chunk and the word.
            // The word is folded on the way; if the chunk turns out to be
            // more than one word, the folding is dropped.
            let mut word = Folding::new(self.out.folded.len());
            let mut j = i;
            while j < bytes.len() {
                let n = (bytes.len() - j).min(8);
                let block = AsciiBlock::load(bytes, j, n);
                let run = first(!block.word_bytes() & AsciiBlock::TOPS).min(n);
                if run == 0 {
                    break;
                }
                word.add(&mut self.out.folded, AsciiBlock(block.0 & low_bytes(run)));
                j += run;
                if run < 8 {
                    break;
                }
            }
            // The punctuation that commonly closes a word (`said.`, `it,`)
            // keeps the fast path when the chunk ends with it: no word
            // byte follows, so nothing can join, and only `www.` could
            // start an address.
            let mut k = j;
            while k < bytes.len()
                && matches!(
                    bytes[k],
                    b'.' | b',' | b';' | b'!' | b'?' | b')' | b'"' | b'\''
                )
            {
                k += 1;
            }
            let chunk_ends = bytes
                .get(k)
                .is_none_or(|&b| BYTE_CLASS[b as usize] & CLASS_SPACE != 0);
            let www = k > j && bytes[i..j].eq_ignore_ascii_case(b"www");
            if j > i && chunk_ends && !www {
                // Underscores alone are no word.
                if bytes[i..j].iter().all(|&b| b == b'_') {
                    self.out.folded.truncate(word.at);
                } else {
                    self.emit_folded(i, j, word);
                }
                for &b in &bytes[j..k] {
                    self.punct(b as char);
                }
                i = k;
                continue;
            }
            self.out.folded.truncate(word.at);
            // Otherwise find the chunk's end byte by byte and, on the way,
            // whether it has non-ASCII bytes or the marks of an address, so
            // most chunks need no second look.
            let mut seen = if j > i { CLASS_WORD } else { class };
            let j = chunk_end(bytes, j.max(i + 1), &mut seen);
            let maybe_url = seen & (CLASS_URL_MARK | CLASS_DOT) != 0
                && looks_like_url(&self.text[i..j], seen & CLASS_URL_MARK != 0);
            // (A chunk of word bytes alone took the fast path above.)
            if maybe_url {
                // Words of another script glued before the address, as
                // Chinese and Japanese write a label (`網址：http://…`,
                // `スカイスキャナー：https://…`), are words, not the address.
                let from = if seen & CLASS_NON_ASCII != 0 {
                    i + paths::glued_label_end(&self.text[i..j])
                } else {
                    i
                };
                if from > i && !self.alphabetic_words(i, from) {
                    self.unicode_words(i, from);
                }
                // Markup closes an address (`…/page">anchor text</a>`,
                // `[url=…]anchor text[/url]`): what follows is read again,
                // as words.
                let end = from + paths::address_end(&self.text[from..j]);
                self.url(from, end);
                i = end;
                continue;
            } else if seen & CLASS_NON_ASCII == 0 {
                self.ascii_words(i, j);
            } else if !self.alphabetic_words(i, j) {
                self.unicode_words(i, j);
            }
            i = j;
        }
    }
}
