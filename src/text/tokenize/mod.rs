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

pub(crate) use ascii::hash_bytes;
use ascii::{
    AsciiBlock, BYTE_CLASS, CLASS_DOT, CLASS_NON_ASCII, CLASS_SPACE, CLASS_URL_MARK, CLASS_WORD,
    Folding, chunk_end, first, hash_final, hash_round, low_bytes,
};
pub(crate) use chars::is_cjk;
use chars::{CharInfo, Word, cjk, is_hiragana, is_simple, is_simple_letter, word_flags};

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

/// Currency codes and abbreviations written before an amount, folded.
const CURRENCY_CODES: &[&[u8]] = &[
    b"rs",
    b"inr",
    b"usd",
    b"eur",
    b"gbp",
    b"jpy",
    b"cny",
    b"rmb",
    b"rub",
    b"aud",
    b"cad",
    b"chf",
    b"rp",
    b"rm",
    b"sgd",
    b"hkd",
    b"nzd",
    b"brl",
    b"mxn",
    b"krw",
    b"idr",
    b"myr",
    b"thb",
    b"zar",
    b"sek",
    b"nok",
    b"dkk",
    b"pln",
    b"czk",
    b"huf",
    "руб".as_bytes(),
    "грн".as_bytes(),
];

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
                self.url(i, j);
            } else if seen & CLASS_NON_ASCII == 0 {
                self.ascii_words(i, j);
            } else if !self.alphabetic_words(i, j) {
                self.unicode_words(i, j);
            }
            i = j;
        }
    }

    /// Non-ASCII chunk. Han and hiragana characters are words of their own
    /// under UAX #29 and always have a boundary before them, so runs of them
    /// (and of the CJK punctuation around them) skip the segmenter; the rest
    /// goes through `unicode-segmentation`. A unit test holds both to the
    /// same output.
    fn unicode_words(&mut self, start: usize, end: usize) {
        let chunk = &self.text[start..end];
        let mut slow_from = 0;
        let mut prev_single = false;
        let mut chars = chunk.char_indices().peekable();
        // Offset of `chars`' text in the chunk (it restarts after a run
        // of [`Tokenizer::ideographs`]).
        let mut base = 0;
        // Each character is classified once: as the next one, then as the
        // current one.
        let class_of_next = |chars: &mut std::iter::Peekable<std::str::CharIndices>| {
            chars
                .peek()
                .map_or(cjk::BREAKS_AFTER, |&(_, n)| cjk::class(n))
        };
        let mut next = class_of_next(&mut chars);
        while let Some((off, c)) = chars.next() {
            let off = base + off;
            let class = next;
            next = class_of_next(&mut chars);
            // Nothing joins katakana after Han, kana or CJK punctuation
            // (what the loop has taken itself), nor after ASCII but `_`
            // (`Wi-Fiプロ`).
            let ascii_before =
                off > slow_from && matches!(chunk.as_bytes()[off - 1], b @ 0..0x80 if b != b'_');
            if (slow_from == off || ascii_before) && class & cjk::KATAKANA != 0 {
                // A run of katakana is one word (UAX #29 joins katakana to
                // katakana) unless `_` or a combining mark would join more.
                let mut run_end = off + c.len_utf8();
                while next & cjk::KATAKANA != 0 {
                    let (o, k) = chars.next().expect("peeked");
                    run_end = base + o + k.len_utf8();
                    next = class_of_next(&mut chars);
                }
                // `_` is ASCII, so it breaks after Han but joins katakana.
                let underscore = chars.peek().is_some_and(|&(_, n)| n == '_');
                if next & cjk::BREAKS_AFTER != 0 && !underscore {
                    if slow_from < off {
                        self.between_ideographs(start + slow_from, start + off);
                    }
                    self.emit_katakana(start + off, start + run_end);
                    slow_from = run_end;
                }
                prev_single = false;
                continue;
            }
            let single = if next & cjk::BREAKS_AFTER == 0 {
                None
            } else if class & cjk::SINGLE != 0 {
                Some(true)
            } else if class & cjk::STANDALONE != 0 || (class & cjk::MID != 0 && prev_single) {
                // Fullwidth comma, colon, semicolon (`MID`): standalone
                // after Han only.
                Some(false)
            } else {
                None
            };
            let Some(single) = single else {
                prev_single = false;
                continue;
            };
            if slow_from < off {
                self.between_ideographs(start + slow_from, start + off);
            }
            if single {
                self.emit_ideograph(start + off, c);
            } else {
                self.punct(c);
            }
            slow_from = off + c.len_utf8();
            prev_single = single;
            // Chinese and Japanese prose is mostly Han and hiragana with
            // stops and commas between: take as much of it as possible in
            // one tight loop, then carry on from where it stopped.
            let (stop, single) = self.ideographs(start + slow_from, end, prev_single);
            if stop > start + slow_from {
                slow_from = stop - start;
                prev_single = single;
                chars = chunk[slow_from..].char_indices().peekable();
                base = slow_from;
                next = class_of_next(&mut chars);
            }
        }
        if slow_from < chunk.len() {
            self.between_ideographs(start + slow_from, end);
        }
    }

    /// From byte `at` of a chunk ending at `end`: emits Han and hiragana
    /// characters and takes the CJK stops and commas between them, for as
    /// long as each is a word (or a mark) of its own, decoding the three
    /// bytes of each by hand. Returns where it stopped, at the first
    /// character it leaves to [`Tokenizer::unicode_words`], and whether the
    /// last character taken was a word. `prev_single`: the character
    /// before `at` was one.
    fn ideographs(&mut self, mut at: usize, end: usize, mut prev_single: bool) -> (usize, bool) {
        // Line breaks, separators and currency signs seen before mark the
        // next token: the general path records that one.
        if self.newlines != 0 || self.sep || self.currency {
            return (at, prev_single);
        }
        let bytes = self.text.as_bytes();
        let code_at = |i: usize| -> Option<u32> {
            let b = bytes.get(i..i + 3).filter(|_| i + 3 <= end)?;
            (b[0] & 0xF0 == 0xE0).then(|| {
                u32::from(b[0] & 0x0F) << 12 | u32::from(b[1] & 0x3F) << 6 | u32::from(b[2] & 0x3F)
            })
        };
        let Tokens { tokens, folded } = &mut self.out;
        let Some(mut code) = code_at(at) else {
            return (at, prev_single);
        };
        // Each character is classified once: as the next one, then as the
        // current one.
        let mut class = cjk::class_of_code(code);
        loop {
            // What follows must not join (UAX #29 joins marks to them):
            // the chunk's end, ASCII, or a CJK character that breaks.
            let next = code_at(at + 3);
            let next_class = match next {
                Some(n) => cjk::class_of_code(n),
                None if at + 3 == end || bytes[at + 3] < 0x80 => cjk::BREAKS_AFTER,
                None => 0,
            };
            if next_class & cjk::BREAKS_AFTER == 0 {
                break;
            }
            let flags = ideograph_flags(class);
            if flags != 0 {
                let b = &bytes[at..at + 3];
                let fs = folded.len();
                folded.extend_from_slice(&[b[0], b[1], b[2], b' ']);
                tokens.push(Token {
                    hash: ideograph_hash(b),
                    start: at as u32,
                    end: (at + 3) as u32,
                    folded: fs as u32,
                    flags,
                });
                prev_single = true;
            } else {
                if class & cjk::STANDALONE == 0 && !(class & cjk::MID != 0 && prev_single) {
                    break;
                }
                let c = char::from_u32(code).expect("a three-byte UTF-8 character");
                // Only stops and commas mark the token before; a mark for
                // the next one is left to the general path.
                match Punct::of(c) {
                    Punct::Mark(mark) => {
                        if let Some(t) = tokens.last_mut() {
                            t.flags |= mark;
                        }
                    }
                    Punct::Other => {}
                    _ => break,
                }
                prev_single = false;
            }
            at += 3;
            let Some(n) = next else { break };
            (code, class) = (n, next_class);
        }
        (at, prev_single)
    }

    /// A stretch of a chunk between the characters [`Tokenizer::unicode_words`]
    /// emitted itself: word boundaries on both sides, so any path that
    /// follows UAX #29 may split it. Latin words and numbers in Chinese or
    /// Japanese text take the alphabetic path.
    fn between_ideographs(&mut self, start: usize, end: usize) {
        if !self.alphabetic_words(start, end) {
            self.segmented_words(start, end);
        }
    }

    fn segmented_words(&mut self, start: usize, end: usize) {
        for (off, seg) in self.text[start..end].split_word_bound_indices() {
            if seg.chars().any(|c| CharInfo::of(c).alphanumeric()) {
                self.emit(start + off, start + off + seg.len(), 0);
            } else {
                seg.chars().for_each(|c| self.punct(c));
            }
        }
    }

    /// The ASCII rules of UAX #29: letters and digits join; `.`, `'` or `:`
    /// between two letters and `.`, `'`, `,` or `;` between two digits join too.
    fn ascii_words(&mut self, start: usize, end: usize) {
        let b = &self.text.as_bytes()[start..end];
        let word = |x: u8| BYTE_CLASS[x as usize] & CLASS_WORD != 0;
        let mut k = 0;
        while k < b.len() {
            if !word(b[k]) {
                self.punct(b[k] as char);
                k += 1;
                continue;
            }
            let s = k;
            loop {
                while k < b.len() && word(b[k]) {
                    k += 1;
                }
                if k + 1 < b.len() && word(b[k + 1]) {
                    let (prev, mid, next) = (b[k - 1], b[k], b[k + 1]);
                    let letters = prev.is_ascii_alphabetic()
                        && next.is_ascii_alphabetic()
                        && matches!(mid, b'.' | b'\'' | b':');
                    let digits = prev.is_ascii_digit()
                        && next.is_ascii_digit()
                        && matches!(mid, b'.' | b'\'' | b',' | b';');
                    if letters || digits {
                        k += 2;
                        continue;
                    }
                }
                break;
            }
            // Underscores alone join like a word under UAX #29 but have no
            // letter or digit, so they are not a word here (as in the
            // Unicode path).
            if b[s..k].iter().all(|&x| x == b'_') {
                continue;
            }
            self.emit_ascii(start + s, start + k);
        }
    }

    /// A chunk of ASCII and [`is_simple`] characters: the rules of
    /// [`Tokenizer::ascii_words`] with the letters of the Latin, Greek and
    /// Cyrillic alphabets as letters and the typographic apostrophe among
    /// the marks that join (UAX #29 gives them the same classes); a unit
    /// test holds it to the segmenter.
    ///
    /// At the first character that is not simple it undoes what it did and
    /// returns false, so that chunks need no separate check beforehand.
    fn alphabetic_words(&mut self, start: usize, end: usize) -> bool {
        let is_word = |c: char| c.is_ascii_alphanumeric() || c == '_' || is_simple_letter(c);
        let is_letter = |c: char| c.is_ascii_alphabetic() || is_simple_letter(c);
        let undo = Undo::of(self);
        let mut chars = self.text[start..end].char_indices().peekable();
        // Each character is decoded once: words are split, folded and
        // classified in the same pass. (Characters joined into a word are
        // simple by the join rules.)
        while let Some((s, c)) = chars.next() {
            if !is_word(c) {
                if !is_simple(c) {
                    undo.apply(self);
                    return false;
                }
                self.punct(c);
                continue;
            }
            let mut word = Word::new(self.out.folded.len(), c);
            word.fold(&mut self.out.folded, c);
            let mut k = s + c.len_utf8();
            let mut last = c;
            loop {
                while let Some(&(_, c)) = chars.peek().filter(|&&(_, c)| is_word(c)) {
                    word.fold(&mut self.out.folded, c);
                    last = c;
                    k += c.len_utf8();
                    chars.next();
                }
                let mut ahead = chars.clone();
                let (Some((_, mid)), Some((_, next))) = (ahead.next(), ahead.next()) else {
                    break;
                };
                let letters =
                    is_letter(last) && is_letter(next) && matches!(mid, '.' | '\'' | ':' | '’');
                let digits = last.is_ascii_digit()
                    && next.is_ascii_digit()
                    && matches!(mid, '.' | '\'' | ',' | ';' | '’');
                if !(letters || digits) {
                    break;
                }
                word.fold(&mut self.out.folded, mid);
                word.fold(&mut self.out.folded, next);
                last = next;
                k += mid.len_utf8() + next.len_utf8();
                chars.next();
                chars.next();
            }
            if self.text.as_bytes()[start + s..start + k]
                .iter()
                .all(|&x| x == b'_')
            {
                self.out.folded.truncate(word.at);
                continue;
            }
            let hash = hash_bytes(&self.out.folded[word.at..]);
            self.finish(start + s, start + k, word.at, hash, word.flags());
        }
        true
    }

    /// A URL is split at every non-alphanumeric character so that the words
    /// inside an address (`cheap-jerseys-shop`) are matched like any others.
    fn url(&mut self, start: usize, mut end: usize) {
        // Punctuation closing a sentence is not part of the address.
        while end > start && matches!(self.text.as_bytes()[end - 1], b'.' | b',' | b';' | b')') {
            end -= 1;
        }
        let mut s = None;
        for (off, c) in self.text[start..end].char_indices() {
            let at = start + off;
            match (c.is_alphanumeric(), s) {
                (true, None) => s = Some(at),
                (false, Some(b)) => {
                    self.emit(b, at, flag::URL);
                    s = None;
                }
                _ => {}
            }
        }
        if let Some(b) = s {
            self.emit(b, end, flag::URL);
        }
        let tail_end = self.text[end..].find(|c: char| c.is_ascii_whitespace());
        let tail = &self.text[end..end + tail_end.unwrap_or(self.text.len() - end)];
        tail.chars().for_each(|c| self.punct(c));
    }

    fn punct(&mut self, c: char) {
        match Punct::of(c) {
            Punct::Mark(mark) => {
                if let Some(t) = self.out.tokens.last_mut() {
                    t.flags |= mark;
                }
            }
            Punct::Separator => self.sep = true,
            Punct::LineBreak => self.newlines += 1,
            Punct::Currency => self.currency = true,
            Punct::Other => {}
        }
    }

    /// Emits an ASCII word: folds, hashes and classifies it in one pass of
    /// eight bytes at a time (see [`AsciiBlock`]).
    fn emit_ascii(&mut self, start: usize, end: usize) {
        let mut word = Folding::new(self.out.folded.len());
        let mut at = start;
        while at < end {
            let n = (end - at).min(8);
            word.add(
                &mut self.out.folded,
                AsciiBlock::load(self.text.as_bytes(), at, n),
            );
            at += n;
        }
        self.emit_folded(start, end, word);
    }

    /// Records the ASCII word `start..end` whose blocks `word` has folded.
    fn emit_folded(&mut self, start: usize, end: usize, word: Folding) {
        let bytes = self.text.as_bytes();
        let len = end - start;
        self.out.folded.truncate(word.at + len);
        let h = hash_final(word.hash, len);
        let mut flags = 0;
        if word.alpha == 0 {
            flags |= flag::NUMERIC;
        }
        if word.digit != 0 {
            flags |= flag::DIGIT;
        }
        if bytes[start].is_ascii_uppercase() {
            flags |= flag::UPPER;
        }
        if word.alpha != 0 {
            let script = if bytes[start].is_ascii_alphabetic() {
                flag::SCRIPT_LATIN
            } else {
                flag::SCRIPT_OTHER
            };
            flags |= script << flag::SCRIPT_SHIFT;
        }
        self.finish(start, end, word.at, h, flags);
    }

    /// Emits a Han or hiragana character: a word of one character that
    /// folds to itself, so its flags and hash need no per-character lookups.
    fn emit_ideograph(&mut self, start: usize, c: char) {
        let flags = ideograph_flags(cjk::class(c));
        if flags == 0 {
            return self.emit(start, start + c.len_utf8(), 0);
        }
        let end = start + 3;
        let bytes = &self.text.as_bytes()[start..end];
        let fs = self.out.folded.len();
        self.out.folded.extend_from_slice(bytes);
        self.finish(start, end, fs, ideograph_hash(bytes), flags);
    }

    /// Emits a run of katakana (of [`cjk::KATAKANA`] class): caseless
    /// letters that fold to themselves, so it needs no per-character
    /// lookups.
    fn emit_katakana(&mut self, start: usize, end: usize) {
        let fs = self.out.folded.len();
        self.out
            .folded
            .extend_from_slice(&self.text.as_bytes()[start..end]);
        let hash = hash_bytes(&self.out.folded[fs..]);
        let flags = flag::CJK | flag::SCRIPT_CJK << flag::SCRIPT_SHIFT;
        self.finish(start, end, fs, hash, flags);
    }

    fn emit(&mut self, start: usize, end: usize, mut flags: u16) {
        let word = &self.text[start..end];
        if word.is_ascii() {
            self.emit_ascii(start, end);
            if flags != 0 {
                self.out.tokens.last_mut().expect("just pushed").flags |= flags;
            }
            return;
        }
        let fs = self.out.folded.len();
        let mut buf = [0u8; 4];
        let (mut alpha, mut numeric, mut unchanged) = (false, false, true);
        let first = word.chars().next().unwrap_or(' ');
        for c in word.chars() {
            let info = CharInfo::of(c);
            alpha |= info.alphabetic;
            numeric |= info.numeric;
            unchanged &= info.lower == Some(c);
        }
        if unchanged {
            // Han, kana and lower-case words fold to themselves: one copy.
            self.out.folded.extend_from_slice(word.as_bytes());
        } else {
            for c in word.chars() {
                match CharInfo::of(c).lower {
                    Some(l) => self
                        .out
                        .folded
                        .extend_from_slice(l.encode_utf8(&mut buf).as_bytes()),
                    None => {
                        for l in c.to_lowercase() {
                            self.out
                                .folded
                                .extend_from_slice(l.encode_utf8(&mut buf).as_bytes());
                        }
                    }
                }
            }
        }
        flags |= word_flags(first, alpha, numeric);
        if is_cjk(first) {
            flags |= flag::CJK;
            if is_hiragana(first) {
                flags |= flag::HIRAGANA;
            }
        }
        let hash = hash_bytes(&self.out.folded[fs..]);
        self.finish(start, end, fs, hash, flags);
    }

    /// Whether the token before the one whose folded form starts at `fs` is
    /// a currency code (`Rs 272`, `USD 40`): only asked of numbers.
    fn after_currency_code(&self, fs: usize) -> bool {
        let Some(prev) = self.out.tokens.last() else {
            return false;
        };
        let from = prev.folded as usize;
        let word = &self.out.folded[from..fs.saturating_sub(1).max(from)];
        CURRENCY_CODES.contains(&word)
    }

    /// Records a token whose folded form ends `folded`, with the marks
    /// gathered since the previous token.
    fn finish(&mut self, start: usize, end: usize, fs: usize, hash: u64, mut flags: u16) {
        self.out.folded.push(b' ');
        if self.newlines >= 1 {
            flags |= flag::LINE_BEFORE;
        }
        if self.newlines >= 2 {
            flags |= flag::PARA_BEFORE;
        }
        if self.sep {
            flags |= flag::SEP_BEFORE;
        }
        if flags & flag::NUMERIC != 0 && (self.currency || self.after_currency_code(fs)) {
            flags |= flag::PRICE;
        }
        self.newlines = 0;
        self.sep = false;
        self.currency = false;
        self.out.tokens.push(Token {
            hash,
            start: u32::try_from(start).expect("texts are analysed in windows under 4 GiB"),
            end: end as u32,
            folded: fs as u32,
            flags,
        });
    }
}

/// What a punctuation mark or symbol between words tells.
enum Punct {
    /// Sets a mark on the word before: a sentence end or a pause.
    Mark(u16),
    /// A list separator: marks the next word.
    Separator,
    /// A line break beyond ASCII: counts for the next word.
    LineBreak,
    /// A currency sign: makes the next number a price.
    Currency,
    Other,
}

impl Punct {
    fn of(c: char) -> Punct {
        match c {
            '.' | '!' | '?' | '…' | '。' | '！' | '？' | '؟' | '।' | '｡' => {
                Punct::Mark(flag::END_AFTER)
            }
            ',' | ';' | ':' | '、' | '，' | '；' | '：' | '،' => {
                Punct::Mark(flag::PAUSE_AFTER)
            }
            '|' | '·' | '•' | '/' | '\\' | '–' | '—' | '-' | '>' | '»' | '«' | '~' | '*' | '+'
            | '#' | '=' | '★' | '☆' | '◆' | '■' | '●' | '▶' | '→' => Punct::Separator,
            '\u{2028}' | '\u{2029}' | '\u{85}' => Punct::LineBreak,
            '$' | '€' | '£' | '¥' | '₹' | '₽' | '₩' | '￥' => Punct::Currency,
            _ => Punct::Other,
        }
    }
}

/// The flags of a Han or hiragana character (a word by itself) of class
/// [`cjk::CASELESS`], from its class; 0 for any other character, which
/// takes the general path.
#[inline]
fn ideograph_flags(class: u8) -> u16 {
    let word = flag::CJK | flag::SCRIPT_CJK << flag::SCRIPT_SHIFT;
    let hiragana = if class & cjk::HIRAGANA != 0 {
        flag::HIRAGANA
    } else {
        0
    };
    if class & cjk::CASELESS != 0 {
        word | hiragana
    } else {
        0
    }
}

/// The hash of a three-byte character's word: [`hash_bytes`] of its bytes,
/// without the loop.
#[inline]
fn ideograph_hash(b: &[u8]) -> u64 {
    let w = u64::from(b[0]) | u64::from(b[1]) << 8 | u64::from(b[2]) << 16;
    hash_final(hash_round(0, w), 3)
}

/// What a [`Tokenizer`] has output and carries, to go back to. (Marks that
/// punctuation set on the token before are not undone: the path that
/// takes the chunk over meets the same punctuation and sets them again.)
struct Undo {
    tokens: usize,
    folded: usize,
    newlines: u32,
    sep: bool,
    currency: bool,
}

impl Undo {
    fn of(t: &Tokenizer) -> Undo {
        Undo {
            tokens: t.out.tokens.len(),
            folded: t.out.folded.len(),
            newlines: t.newlines,
            sep: t.sep,
            currency: t.currency,
        }
    }

    fn apply(self, t: &mut Tokenizer) {
        t.out.tokens.truncate(self.tokens);
        t.out.folded.truncate(self.folded);
        t.newlines = self.newlines;
        t.sep = self.sep;
        t.currency = self.currency;
    }
}

/// `…://…` (any scheme), `www.…` (after leading punctuation) or an e-mail
/// address. `has_marks`: the chunk contains `:`, `/` or `@`.
fn looks_like_url(chunk: &str, has_marks: bool) -> bool {
    let b = chunk.as_bytes();
    let lead = b.iter().take_while(|c| !c.is_ascii_alphanumeric()).count();
    let www = b.len() > lead + 4 && b[lead..lead + 4].eq_ignore_ascii_case(b"www.");
    www || (has_marks
        && (chunk.contains("://") || (b.len() > 5 && chunk.contains('@') && chunk.contains('.'))))
}

#[cfg(test)]
mod tests {
    use super::chars::is_single_cjk;
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text)
            .tokens
            .iter()
            .map(|t| &text[t.start()..t.end()])
            .collect()
    }

    #[test]
    fn ascii_words_hash_and_fold_like_hash_bytes() {
        // Lengths around the eight-byte blocks, at the end of the text
        // (the byte-by-byte load) and before more text (the wide load).
        for len in 1..=20 {
            let word: String = (0..len)
                .map(|i| (if i % 3 == 0 { b'A' } else { b'q' } + (i % 7) as u8) as char)
                .collect();
            let folded = word.to_ascii_lowercase();
            for text in [word.clone(), format!("{word} and more words after it")] {
                let toks = tokenize(&text);
                let t = toks.tokens[0];
                assert_eq!(t.hash, hash_bytes(folded.as_bytes()), "{text}");
                assert_eq!(&toks.folded[..len + 1], format!("{folded} ").as_bytes());
            }
        }
        let t = tokenize("Z9 2024 a_b").tokens;
        assert!(t[0].has(flag::UPPER) && t[0].has(flag::DIGIT) && !t[0].has(flag::NUMERIC));
        assert!(t[1].has(flag::NUMERIC) && t[1].has(flag::DIGIT));
        assert!(!t[2].has(flag::NUMERIC | flag::DIGIT));
    }

    #[test]
    fn splits_latin_words_and_keeps_inner_marks() {
        assert_eq!(
            words("Don't stop: U.S. sales rose 3.5% in 2021, he said."),
            [
                "Don't", "stop", "U.S", "sales", "rose", "3.5", "in", "2021", "he", "said"
            ]
        );
    }

    #[test]
    fn ascii_fast_path_matches_uax29() {
        let samples = [
            "a.b a..b a'b 1,000 1,,0 x:y 12:30 foo_bar a-b (c) e.g. U.S. 3.5% don't",
            "Hello, world! This is-a test_case of 1.2.3 and a1.5 and 1.a b.2",
            "'quoted' \"double\" end. next...dots?? ok!",
            "___ a__b __x 1_000 _",
        ];
        for s in samples {
            let uax: Vec<&str> = s
                .unicode_word_indices()
                .map(|(_, w)| w)
                .filter(|w| w.chars().any(char::is_alphanumeric))
                .collect();
            assert_eq!(words(s), uax, "on {s:?}");
        }
    }

    /// Words as the segmenter finds them (the reference of the fast paths).
    fn uax29_words(s: &str) -> Vec<&str> {
        s.split_word_bound_indices()
            .map(|(_, w)| w)
            .filter(|w| w.chars().any(|c| CharInfo::of(c).alphanumeric()))
            .collect()
    }

    /// A chunk of up to eight characters from one of the alphabets the
    /// fast paths take (or from all of them, for the segmenter's share).
    fn chunk() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let ascii = vec![
            'a', 'B', 'z', '0', '7', '_', '.', ',', ':', ';', '\'', '!', '"', '-',
        ];
        let alphabetic = vec![
            'é', 'Ž', 'ß', 'я', 'Ж', 'Ω', 'λ', '’', '«', '—', '…', 'a', '1', '.', '\'',
        ];
        let cjk = vec![
            '東', '京', 'の', 'カ', 'ナ', 'ー', 'ヽ', '、', '。', '，', '「', '_', 'a', '1', '“',
            '”', '—', '…', '’', '.', '・', '-',
        ];
        let other = vec!['\u{3099}', '\u{301}', '한', '١', '€', 'a', 'é', '東', '.'];
        let all: Vec<char> = [&ascii, &alphabetic, &cjk, &other]
            .into_iter()
            .flatten()
            .copied()
            .collect();
        prop_oneof![
            proptest::collection::vec(proptest::sample::select(ascii), 1..8),
            proptest::collection::vec(proptest::sample::select(alphabetic), 1..8),
            proptest::collection::vec(proptest::sample::select(cjk), 1..8),
            proptest::collection::vec(proptest::sample::select(all), 1..8),
        ]
        .prop_map(|chars| chars.into_iter().collect())
    }

    proptest::proptest! {
        /// Random text made of chunks from the alphabets every fast path
        /// looks at (letters of several scripts, digits, the joining marks,
        /// kana, Han) splits as the segmenter splits it. `/`, `@` and `w`
        /// are left out: they make addresses, which split differently on
        /// purpose.
        #[test]
        fn fast_paths_split_random_text_as_uax29(
            chunks in proptest::collection::vec(chunk(), 0..12)
        ) {
            let text = chunks.join(" ");
            proptest::prop_assert_eq!(words(&text), uax29_words(&text), "{:?}", text);
        }
    }

    #[test]
    fn alphabetic_fast_path_matches_uax29() {
        // Every simple character, in every position the join rules look at.
        let simple = (0x80..0x600u32)
            .chain(0x2000..0x2200)
            .filter_map(char::from_u32)
            .filter(|&c| is_simple(c));
        for c in simple {
            for s in [
                format!("a{c}b"),
                format!("{c}a{c}"),
                format!("{c}.{c} {c}'{c}:{c}’{c}"),
                format!("1{c}2 {c}1,2 1’2{c} é{c}_"),
                format!("«{c}» {c}…{c}—{c}"),
            ] {
                assert!(s.chars().all(is_simple));
                assert_eq!(words(&s), uax29_words(&s), "on {s:?}");
            }
        }
        let samples = [
            "L’État a dit : « Non ! » — c’était l’été 2024, à 3,5 % près…",
            "Größe: 1.234,56 € für Müller’s Straße; Ünal's Ölçü",
            "Москва, 12 мая. «Правительство» — это 3’000 ₽… Ёжик_123",
            "Αθήνα: η κυβέρνηση ανακοίνωσε. Ψ.Χ.Ω",
            "Ąčęėįšųūž ŁÓDŹ Şanlıurfa İstanbul ǅemal",
        ];
        for s in samples {
            assert_eq!(words(s), uax29_words(s), "on {s:?}");
        }
    }

    #[test]
    fn alphabetic_fast_path_folds_and_flags_like_the_slow_path() {
        // "İ" lower-cases to two characters; "Ǆ" is title-case-paired.
        for w in [
            "Élysée",
            "ПРИВЕТ",
            "привет",
            "ёжик",
            "İstanbul",
            "ǄEMAL",
            "Straße",
            "ΣΟΦΙΑ",
            "l’été",
            "x1’2",
        ] {
            let mut t = Tokenizer::new(w, Tokens::default());
            t.segmented_words(0, w.len());
            let fast = tokenize(w);
            assert_eq!(fast.tokens, t.out.tokens, "{w}");
            assert_eq!(fast.folded, t.out.folded, "{w}");
        }
    }

    #[test]
    fn a_chunk_the_alphabetic_path_gives_up_on_is_split_as_if_never_tried() {
        // The alphabetic path has emitted words, set the separator mark and
        // flagged a word's sentence end by the time it meets the Han
        // character; all of that is undone and redone by the general path.
        for text in ["«Привет»—東京, да", "Да.東", "Élan…ü’s 1,5€東"] {
            let mut general = Tokenizer::new(text, Tokens::default());
            general.unicode_words(0, text.len());
            let fast = tokenize(text);
            assert_eq!(fast.tokens, general.out.tokens, "{text}");
            assert_eq!(fast.folded, general.out.folded, "{text}");
        }
        // What the chunk before left pending (a line break, a separator, a
        // currency sign) still marks the chunk's first word.
        let first_word_of_second_chunk = |text: &str| tokenize(text).tokens[1];
        assert!(first_word_of_second_chunk("a\nПривет東").has(flag::LINE_BEFORE));
        assert!(first_word_of_second_chunk("a - Да東").has(flag::SEP_BEFORE));
        assert!(first_word_of_second_chunk("a $ 5東").has(flag::PRICE));
    }

    #[test]
    fn ideographs_are_emitted_like_any_word() {
        let chars = (0x3000..0xA000u32)
            .chain(0xF900..0xFB00)
            .chain(0x20000..0x20100)
            .filter_map(char::from_u32)
            .filter(|&c| is_single_cjk(c));
        for c in chars {
            // Alone, and three in a row (the ideograph loop takes the
            // second and third).
            for text in [format!("{c}"), format!("{c}{c}{c}")] {
                let mut general = Tokenizer::new(&text, Tokens::default());
                let width = c.len_utf8();
                for at in (0..text.len()).step_by(width) {
                    general.emit(at, at + width, 0);
                }
                let fast = tokenize(&text);
                assert_eq!(fast.tokens, general.out.tokens, "{text}");
                assert_eq!(fast.folded, general.out.folded, "{text}");
            }
        }
    }

    #[test]
    fn katakana_runs_are_emitted_like_any_word() {
        let chars = (0x3000..0x3100u32)
            .filter_map(char::from_u32)
            .filter(|&c| cjk::class(c) & cjk::KATAKANA != 0);
        for c in chars {
            for text in [format!("ア{c}"), format!("{c}ア{c}ー")] {
                let mut general = Tokenizer::new(&text, Tokens::default());
                general.emit(0, text.len(), 0);
                let fast = tokenize(&text);
                assert_eq!(fast.tokens, general.out.tokens, "{text}");
                assert_eq!(fast.folded, general.out.folded, "{text}");
            }
        }
    }

    #[test]
    fn cjk_fast_path_matches_uax29() {
        let samples = [
            "東京で会議。スーパーコピー激安、「新作」（限定）！本当？",
            "価格は１，０００円、ＡＢＣ１２３とabc_デフ。",
            "漢字\u{3099}かな\u{309a}と😀👍🏽字、テスト・カタカナー",
            "中文，标点：分号；结束。English words 和 123 数字",
            "𠀋𠀍字々〻〆ヶ",
            "가나다 한국어 문장，中文",
            "スーパーコピー激安！ブランドコピー、ヴィトン_バッグ。カタカナ",
            "テスト\u{3099}語 カナ123 カナabc ｶﾀｶﾅ ーー ヽヾカ カ・ナ「ナ」",
            "コピーgoodsコピー。東京タワーとスカイツリー",
            "他说“2019年iPhone售价999美元”——很贵…东西。“引号”\u{301}字—\u{301}",
            "价格1,000.5元l’été,ﾃｽﾄ“a’b”",
            "Wi-Fiプロテクション a_カナ 1カナ .カナ a.カナ é・カナ・ナ字・",
        ];
        for s in samples {
            assert_eq!(words(s), uax29_words(s), "on {s:?}");
        }
    }

    #[test]
    fn marks_sentence_ends_pauses_and_lines() {
        let t = tokenize("One two. Three, four\nfive\n\nsix");
        let f: Vec<u16> = t.tokens.iter().map(|t| t.flags).collect();
        assert!(f[1] & flag::END_AFTER != 0);
        assert!(f[2] & flag::PAUSE_AFTER != 0);
        assert!(f[4] & flag::LINE_BEFORE != 0 && f[4] & flag::PARA_BEFORE == 0);
        assert!(f[5] & flag::PARA_BEFORE != 0);
    }

    #[test]
    fn typographic_apostrophe_folds_to_ascii() {
        let t = tokenize("don’t don't DON’T");
        assert_eq!(t.tokens[0].hash, t.tokens[1].hash);
        assert_eq!(t.tokens[0].hash, t.tokens[2].hash);
    }

    #[test]
    fn marks_prices() {
        let t = tokenize("costs $89 or €12,50 and 7 items");
        let p: Vec<bool> = t.tokens.iter().map(|t| t.has(flag::PRICE)).collect();
        assert_eq!(p, [false, true, false, true, false, false, false]);
    }

    #[test]
    fn urls_are_split_into_their_words() {
        let text = "see http://www.cheap-shop.fr/nike?id=2. Then";
        assert_eq!(
            words(text),
            [
                "see", "http", "www", "cheap", "shop", "fr", "nike", "id", "2", "Then"
            ]
        );
        let t = tokenize(text);
        assert!(t.tokens[1].has(flag::URL) && !t.tokens[0].has(flag::URL));
        assert!(t.tokens[8].has(flag::END_AFTER));
    }

    #[test]
    fn folds_case_for_all_scripts() {
        let t = tokenize("NIKE Nike ДЁШЕВО дёшево");
        assert_eq!(t.tokens[0].hash, t.tokens[1].hash);
        assert_eq!(t.tokens[2].hash, t.tokens[3].hash);
        assert_eq!(
            std::str::from_utf8(&t.folded).unwrap(),
            "nike nike дёшево дёшево "
        );
    }

    #[test]
    fn cjk_characters_are_tokens_and_flagged() {
        let text = "東京で会議。スーパーコピー";
        let t = tokenize(text);
        assert!(t.tokens.iter().all(|t| t.has(flag::CJK)));
        let w = words(text);
        assert!(w.contains(&"東") && w.contains(&"スーパーコピー"));
        let de = t
            .tokens
            .iter()
            .find(|t| &text[t.start()..t.end()] == "で")
            .unwrap();
        assert!(de.has(flag::HIRAGANA));
        let gi = t
            .tokens
            .iter()
            .find(|t| &text[t.start()..t.end()] == "議")
            .unwrap();
        assert!(gi.has(flag::END_AFTER));
    }

    #[test]
    fn runs_of_ideographs_keep_their_marks_and_hashes() {
        // Long enough for the tight loop, with the stops and commas it
        // takes and the marks and katakana it leaves to the general path.
        let text = "中文，标点：分号；结束。句子、「引号」！字\u{3099}字ひらがなカナ字。，字";
        let t = tokenize(text);
        let marks: Vec<(&str, bool, bool)> = t
            .tokens
            .iter()
            .map(|t| {
                let word = &text[t.start()..t.end()];
                assert_eq!(t.hash, hash_bytes(word.as_bytes()), "{word}");
                (word, t.has(flag::PAUSE_AFTER), t.has(flag::END_AFTER))
            })
            .collect();
        let marked: Vec<&str> = marks.iter().filter(|m| m.1).map(|m| m.0).collect();
        assert_eq!(marked, ["文", "点", "号", "子", "字"]);
        let ends: Vec<&str> = marks.iter().filter(|m| m.2).map(|m| m.0).collect();
        assert_eq!(ends, ["束", "号", "字"]);
        assert!(t.tokens.iter().all(|t| t.has(flag::CJK)));
        assert_eq!(words(text), uax29_words(text));
    }

    #[test]
    fn offsets_are_char_boundaries_on_mixed_input() {
        let text = "naïve café — 東京 👍🏽 a\u{301}b \u{202e}abc\u{202c} x";
        for t in tokenize(text).tokens {
            assert!(text.is_char_boundary(t.start()) && text.is_char_boundary(t.end()));
            assert!(t.start < t.end);
        }
    }

    #[test]
    fn token_at_folded_maps_back() {
        let t = tokenize("alpha beta gamma");
        assert_eq!(t.token_at_folded(0), 0);
        assert_eq!(t.token_at_folded(6), 1);
        assert_eq!(t.token_at_folded(12), 2);
    }
}
