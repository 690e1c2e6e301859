//! Emitting tokens: the punctuation around a word, its flags, its folded
//! copy and hash, and undoing a path that gave up.

use super::*;

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

/// A word of at most eight bytes as one number: a short word is compared
/// with [`CURRENCY_KEYS`] in one step, without a call per code.
const fn word_key(word: &[u8]) -> Option<u64> {
    if word.is_empty() || word.len() > 8 {
        return None;
    }
    let mut bytes = [0u8; 8];
    let mut i = 0;
    while i < word.len() {
        bytes[i] = word[i];
        i += 1;
    }
    Some(u64::from_le_bytes(bytes))
}

/// [`CURRENCY_CODES`] as [`word_key`]s.
const CURRENCY_KEYS: [u64; CURRENCY_CODES.len()] = {
    let mut keys = [0u64; CURRENCY_CODES.len()];
    let mut i = 0;
    while i < keys.len() {
        keys[i] = match word_key(CURRENCY_CODES[i]) {
            Some(key) => key,
            None => panic!("a currency code is at most eight bytes"),
        };
        i += 1;
    }
    keys
};

impl Tokenizer<'_> {
    pub(super) fn punct(&mut self, c: char) {
        match Punct::of(c) {
            Punct::Mark(mark) => {
                if let Some(t) = self.out.tokens.last_mut() {
                    t.flags |= mark;
                }
            }
            Punct::Separator => self.sep = true,
            Punct::LineBreak => self.newlines += 1,
            Punct::Currency => {
                // A sign right after a number (`99 €`, `5000$`) makes that
                // number the price; otherwise the next number is.
                match self.out.tokens.last_mut() {
                    Some(t) if self.newlines == 0 && t.flags & flag::NUMERIC != 0 => {
                        t.flags |= flag::PRICE;
                    }
                    _ => self.currency = true,
                }
            }
            Punct::Other => {}
        }
    }

    /// Emits an ASCII word: folds, hashes and classifies it in one pass of
    /// eight bytes at a time (see [`AsciiBlock`]).
    pub(super) fn emit_ascii(&mut self, start: usize, end: usize) {
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
    pub(super) fn emit_folded(&mut self, start: usize, end: usize, word: Folding) {
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
    pub(super) fn emit_ideograph(&mut self, start: usize, c: char) {
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
    pub(super) fn emit_katakana(&mut self, start: usize, end: usize) {
        let fs = self.out.folded.len();
        self.out
            .folded
            .extend_from_slice(&self.text.as_bytes()[start..end]);
        let hash = hash_bytes(&self.out.folded[fs..]);
        let flags = flag::CJK | flag::SCRIPT_CJK << flag::SCRIPT_SHIFT;
        self.finish(start, end, fs, hash, flags);
    }

    pub(super) fn emit(&mut self, start: usize, end: usize, mut flags: u16) {
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
    pub(super) fn after_currency_code(&self, fs: usize) -> bool {
        let Some(prev) = self.out.tokens.last() else {
            return false;
        };
        let from = prev.folded as usize;
        let word = &self.out.folded[from..fs.saturating_sub(1).max(from)];
        word_key(word).is_some_and(|key| CURRENCY_KEYS.contains(&key))
    }

    /// Records a token whose folded form ends `folded`, with the marks
    /// gathered since the previous token.
    pub(super) fn finish(
        &mut self,
        start: usize,
        end: usize,
        fs: usize,
        hash: u64,
        mut flags: u16,
    ) {
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

/// Marks that stand alone before a list item (`• cheap…`, `>> cheap…`): a
/// spam span takes in those before its first word. Every one but `<` also
/// separates list items ([`Punct::Separator`]), which a test holds.
pub(crate) const BULLETS: &[char] = &[
    '•', '·', '*', '◆', '■', '●', '▶', '→', '★', '☆', '»', '>', '<', '|',
];

/// What a punctuation mark or symbol between words tells.
pub(super) enum Punct {
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
    pub(super) fn of(c: char) -> Punct {
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
pub(super) fn ideograph_flags(class: u8) -> u16 {
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
pub(super) fn ideograph_hash(b: &[u8]) -> u64 {
    let w = u64::from(b[0]) | u64::from(b[1]) << 8 | u64::from(b[2]) << 16;
    hash_final(hash_round(0, w), 3)
}

/// What a [`Tokenizer`] has output and carries, to go back to. (Marks that
/// punctuation set on the token before are not undone: the path that
/// takes the chunk over meets the same punctuation and sets them again.)
pub(super) struct Undo {
    tokens: usize,
    folded: usize,
    newlines: u32,
    sep: bool,
    currency: bool,
}

impl Undo {
    pub(super) fn of(t: &Tokenizer) -> Undo {
        Undo {
            tokens: t.out.tokens.len(),
            folded: t.out.folded.len(),
            newlines: t.newlines,
            sep: t.sep,
            currency: t.currency,
        }
    }

    pub(super) fn apply(self, t: &mut Tokenizer) {
        t.out.tokens.truncate(self.tokens);
        t.out.folded.truncate(self.folded);
        t.newlines = self.newlines;
        t.sep = self.sep;
        t.currency = self.currency;
    }
}
