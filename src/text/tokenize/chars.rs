//! What the tokenizer needs to know of a character outside the byte
//! tables: letter or digit, case, script, and the classes of the fast paths
//! for Latin, Greek, Cyrillic, Han and kana.

use super::flag;

/// The script value (see [`flag::SCRIPT_SHIFT`]) of a word's first character.
pub(super) fn script_of(c: char) -> u16 {
    match c as u32 {
        0x41..=0x5A | 0x61..=0x7A | 0xC0..=0x24F | 0x1E00..=0x1EFF => flag::SCRIPT_LATIN,
        0x400..=0x4FF => flag::SCRIPT_CYRILLIC,
        0xAC00..=0xD7A3 | 0x1100..=0x11FF | 0x3130..=0x318F => flag::SCRIPT_HANGUL,
        0x600..=0x6FF => flag::SCRIPT_ARABIC,
        _ if is_cjk(c) => flag::SCRIPT_CJK,
        _ => flag::SCRIPT_OTHER,
    }
}

/// True for a character of a script written without spaces between words.
pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x31F0..=0x31FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
        | 0xF900..=0xFAFF | 0xFF66..=0xFF9F | 0x20000..=0x2FFFF)
}

/// What the tokenizer needs to know of a non-ASCII character, answered
/// from ranges for the scripts that dominate web text (Han, kana, Hangul,
/// Cyrillic) and from the standard library's tables otherwise.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct CharInfo {
    pub(super) alphabetic: bool,
    pub(super) numeric: bool,
    pub(super) upper: bool,
    /// The lower-case form when it is a single character (`None`: ask
    /// `char::to_lowercase`).
    pub(super) lower: Option<char>,
}

impl CharInfo {
    pub(super) fn of(c: char) -> CharInfo {
        let letter = |lower| CharInfo {
            alphabetic: true,
            numeric: false,
            upper: false,
            lower: Some(lower),
        };
        let capital = |lower: u32| CharInfo {
            upper: true,
            ..letter(char::from_u32(lower).unwrap_or(c))
        };
        match c as u32 {
            // ASCII, as in the words of any Latin-script text.
            0..=0x7F => CharInfo {
                alphabetic: c.is_ascii_alphabetic(),
                numeric: c.is_ascii_digit(),
                upper: c.is_ascii_uppercase(),
                lower: Some(c.to_ascii_lowercase()),
            },
            // Han, kana, Hangul syllables: no case.
            0x3041..=0x3096
            | 0x30A1..=0x30FA
            | 0x30FC..=0x30FE
            | 0x3400..=0x4DBF
            | 0x4E00..=0x9FFF
            | 0xAC00..=0xD7A3 => letter(c),
            // The typographic apostrophe folds to the ASCII one, so that
            // "don’t" and "don't" are the same word.
            0x2019 => CharInfo {
                alphabetic: false,
                numeric: false,
                upper: false,
                lower: Some('\''),
            },
            // Cyrillic capitals and small letters of the basic block.
            u @ 0x0410..=0x042F => capital(u + 0x20),
            u @ 0x0400..=0x040F => capital(u + 0x50),
            0x0430..=0x045F => letter(c),
            // Latin-1 letters: capitals sit 0x20 below their small letters.
            u @ (0xC0..=0xD6 | 0xD8..=0xDE) => capital(u + 0x20),
            0xDF..=0xF6 | 0xF8..=0xFF => letter(c),
            // Latin Extended-A: capital and small letter side by side, the
            // capital on the even code point in some stretches and on the
            // odd one in others; a handful stand alone.
            0x131 | 0x138 | 0x149 | 0x17F => letter(c),
            0x178 => capital(0xFF),
            u @ (0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177) => {
                if u % 2 == 0 {
                    capital(u + 1)
                } else {
                    letter(c)
                }
            }
            u @ (0x139..=0x148 | 0x179..=0x17E) => {
                if u % 2 == 1 {
                    capital(u + 1)
                } else {
                    letter(c)
                }
            }
            // Greek capitals and small letters of the basic block.
            u @ (0x391..=0x3A1 | 0x3A3..=0x3A9) => capital(u + 0x20),
            0x3AC..=0x3CE => letter(c),
            // The other alphabets of the first blocks (Arabic, Hebrew,
            // Devanagari, Bengali, Thai…): the standard library's answers,
            // looked up once.
            u @ 0..LOW_BLOCKS => low_blocks(u),
            _ => CharInfo::from_tables(c),
        }
    }

    /// The answer of the standard library's tables, which the ranges above
    /// only shortcut.
    pub(super) fn from_tables(c: char) -> CharInfo {
        let mut lower = c.to_lowercase();
        let single = match (lower.next(), lower.next()) {
            (Some(l), None) => Some(l),
            _ => None,
        };
        CharInfo {
            alphabetic: c.is_alphabetic(),
            numeric: c.is_numeric(),
            upper: c.is_uppercase(),
            lower: single,
        }
    }

    pub(super) fn alphanumeric(self) -> bool {
        self.alphabetic || self.numeric
    }
}

/// Code points below this are answered from a table (see [`low_blocks`]).
const LOW_BLOCKS: u32 = 0x1000;

/// Code points per block of that table, each block filled on first use.
const BLOCK: u32 = 64;

/// [`CharInfo::from_tables`] for the code point `u` below [`LOW_BLOCKS`],
/// from a table of blocks of [`BLOCK`] code points, each built the first
/// time one of its code points is asked: the standard library searches
/// its tables on every call, and a text or a lexicon touches a few of the
/// 64 blocks (a Latin supplement, Cyrillic, Arabic, Devanagari, Thai).
fn low_blocks(u: u32) -> CharInfo {
    type Block = std::sync::OnceLock<[CharInfo; BLOCK as usize]>;
    static BLOCKS: [Block; (LOW_BLOCKS / BLOCK) as usize] =
        [const { Block::new() }; (LOW_BLOCKS / BLOCK) as usize];
    let block = BLOCKS[(u / BLOCK) as usize].get_or_init(|| {
        let first = u - u % BLOCK;
        std::array::from_fn(|k| {
            char::from_u32(first + k as u32)
                .map_or(CharInfo::from_tables(' '), CharInfo::from_tables)
        })
    });
    block[(u % BLOCK) as usize]
}

/// Han ideographs and hiragana: each one a word under UAX #29.
#[cfg(test)]
pub(super) fn is_single_cjk(c: char) -> bool {
    cjk::class(c) & cjk::SINGLE != 0
}

/// What the CJK fast path needs to know of a character, in one answer.
pub(super) mod cjk {
    /// Never joins a Han character before it (UAX #29 joins only Extend,
    /// Format and ZWJ to it): ASCII, Han, kana and some CJK punctuation.
    pub const BREAKS_AFTER: u8 = 1;
    /// Han or hiragana: a word of its own.
    pub const SINGLE: u8 = 2;
    /// A letter or mark of a katakana word.
    pub const KATAKANA: u8 = 4;
    /// CJK punctuation that stands alone.
    pub const STANDALONE: u8 = 8;
    /// Fullwidth comma, colon and semicolon: alone after Han.
    pub const MID: u8 = 16;
    /// A `SINGLE` character of three bytes that [`CharInfo`](super::CharInfo)
    /// answers as a caseless letter: recorded without lookups.
    pub const CASELESS: u8 = 32;
    /// A `CASELESS` hiragana.
    pub const HIRAGANA: u8 = 64;

    #[inline]
    pub fn class(c: char) -> u8 {
        class_of_code(c as u32)
    }

    /// [`class`] of a code point.
    #[inline]
    pub fn class_of_code(code: u32) -> u8 {
        match code {
            0x4E00..=0x9FFF | 0x3400..=0x4DBF => SINGLE | BREAKS_AFTER | CASELESS,
            0x3041..=0x3096 => SINGLE | BREAKS_AFTER | CASELESS | HIRAGANA,
            0xF900..=0xFAFF | 0x20000..=0x2FFFF => SINGLE | BREAKS_AFTER,
            0x30A1..=0x30FA | 0x30FC => KATAKANA | BREAKS_AFTER,
            0x30FD..=0x30FE => KATAKANA,
            // CJK brackets and stops, the katakana middle dot, and the
            // quotes, dash and ellipsis that Chinese text borrows (all of
            // class Other in UAX #29).
            0x3001
            | 0x3002
            | 0x300C..=0x3011
            | 0xFF01
            | 0xFF08
            | 0xFF09
            | 0xFF1F
            | 0x201C
            | 0x201D
            | 0x2014
            | 0x2026
            | 0x30FB => STANDALONE | BREAKS_AFTER,
            0xFF0C | 0xFF1A | 0xFF1B => MID | BREAKS_AFTER,
            0..=0x7F => BREAKS_AFTER,
            _ => 0,
        }
    }
}

/// Letters of the Latin, Greek and Cyrillic alphabets that UAX #29 treats
/// exactly like ASCII letters (no combining marks, no letter-like symbols).
pub(super) fn is_simple_letter(c: char) -> bool {
    // A bit per code point below 0x530, built from the ranges at compile
    // time: one load instead of a chain of range tests per character.
    const BITS: [u64; 0x530 / 64 + 1] = {
        let mut bits = [0u64; 0x530 / 64 + 1];
        let mut u = 0;
        while u < 0x530 {
            if matches!(u, 0xC0..=0xD6 | 0xD8..=0xF6 | 0xF8..=0x24F
                | 0x391..=0x3A1 | 0x3A3..=0x3CE | 0x400..=0x481 | 0x48A..=0x52F)
            {
                bits[u / 64] |= 1 << (u % 64);
            }
            u += 1;
        }
        bits
    };
    let u = c as usize;
    u < 0x530 && BITS[u / 64] >> (u % 64) & 1 == 1
}

/// What [`Tokenizer::alphabetic_words`](super::Tokenizer::alphabetic_words) can take: ASCII, simple letters,
/// the typographic apostrophe, and punctuation that breaks words on both
/// sides (quotes, dashes, the ellipsis, no-break space, currency signs).
pub(super) fn is_simple(c: char) -> bool {
    c.is_ascii()
        || is_simple_letter(c)
        || matches!(
            c,
            '’' | '«'
                | '»'
                | '–'
                | '—'
                | '…'
                | '“'
                | '”'
                | '„'
                | '•'
                | '\u{a0}'
                | '€'
                | '£'
                | '₽'
        )
}

pub(super) fn is_hiragana(c: char) -> bool {
    matches!(c as u32, 0x3041..=0x309F)
}

/// A word of the alphabetic path being folded character by character.
pub(super) struct Word {
    pub(super) at: usize,
    pub(super) first: char,
    pub(super) alpha: bool,
    pub(super) numeric: bool,
}

impl Word {
    pub(super) fn new(at: usize, first: char) -> Word {
        Word {
            at,
            first,
            alpha: false,
            numeric: false,
        }
    }

    /// Appends the folded form of `c`.
    #[inline]
    pub(super) fn fold(&mut self, folded: &mut Vec<u8>, c: char) {
        // Small letters of ASCII and Cyrillic, most of the characters of
        // the texts this path takes, fold to themselves.
        if matches!(c, 'a'..='z' | '\u{430}'..='\u{45F}') {
            self.alpha = true;
            push_char(folded, c);
            return;
        }
        let info = CharInfo::of(c);
        self.alpha |= info.alphabetic;
        self.numeric |= info.numeric;
        match info.lower {
            Some(l) => push_char(folded, l),
            None => c.to_lowercase().for_each(|l| push_char(folded, l)),
        }
    }

    /// The word's flags (see [`word_flags`]).
    pub(super) fn flags(&self) -> u16 {
        word_flags(self.first, self.alpha, self.numeric)
    }
}

/// The flags of a non-ASCII word with this first character that has
/// letters (`alpha`) or digits (`numeric`) in it: number or not, case of
/// the first letter, script.
pub(super) fn word_flags(first: char, alpha: bool, numeric: bool) -> u16 {
    let mut flags = 0;
    if !alpha {
        flags |= flag::NUMERIC;
    }
    if numeric {
        flags |= flag::DIGIT;
    }
    if CharInfo::of(first).upper {
        flags |= flag::UPPER;
    }
    if alpha {
        flags |= script_of(first) << flag::SCRIPT_SHIFT;
    }
    flags
}

/// Appends the UTF-8 bytes of `c` (by length: a generic copy of one to
/// four bytes would call `memcpy`).
#[inline]
pub(super) fn push_char(out: &mut Vec<u8>, c: char) {
    let mut buf = [0u8; 4];
    let bytes = c.encode_utf8(&mut buf).as_bytes();
    match *bytes {
        [a] => out.push(a),
        [a, b] => out.extend_from_slice(&[a, b]),
        [a, b, c] => out.extend_from_slice(&[a, b, c]),
        _ => out.extend_from_slice(bytes),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_info_fast_ranges_agree_with_the_standard_library() {
        let ranges = [
            0x3041..=0x3096u32,
            0x30A1..=0x30FE,
            0x4E00..=0x4E50,
            0x9F00..=0x9FFF,
            0xAC00..=0xAC80,
            0x0400..=0x045F,
            0xC0..=0x17F,
            0x391..=0x3CE,
            0..=0x7F,
            0..=LOW_BLOCKS - 1,
        ];
        for c in ranges.into_iter().flatten().filter_map(char::from_u32) {
            assert_eq!(CharInfo::of(c), CharInfo::from_tables(c), "{c}");
        }
    }
}
