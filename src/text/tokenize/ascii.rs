//! The ASCII side of the tokenizer: a table of byte classes, eight bytes
//! tested at once (SWAR), and the word hash, which folds and hashes a word
//! in the same pass.

/// Byte classes gathered while a chunk is scanned.
pub(super) const CLASS_NON_ASCII: u8 = 1;
/// `:` `/` `@`: a chunk without them (or a dot) cannot be an address.
pub(super) const CLASS_URL_MARK: u8 = 2;
pub(super) const CLASS_DOT: u8 = 4;
/// ASCII whitespace: ends a chunk.
pub(super) const CLASS_SPACE: u8 = 8;
/// Letters, digits and `_`: the bytes of an ASCII word.
pub(super) const CLASS_WORD: u8 = 16;
/// Any other ASCII byte (punctuation, symbols, controls).
pub(super) const CLASS_PUNCT: u8 = 32;
pub(super) const BYTE_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_whitespace() {
            CLASS_SPACE
        } else if c.is_ascii_alphanumeric() || c == b'_' {
            CLASS_WORD
        } else {
            CLASS_PUNCT
        };
        b += 1;
    }
    let mut i = 128;
    while i < 256 {
        t[i] = CLASS_NON_ASCII;
        i += 1;
    }
    t[b':' as usize] = CLASS_URL_MARK | CLASS_PUNCT;
    t[b'/' as usize] = CLASS_URL_MARK | CLASS_PUNCT;
    t[b'@' as usize] = CLASS_URL_MARK | CLASS_PUNCT;
    t[b'.' as usize] = CLASS_DOT | CLASS_PUNCT;
    t
};

/// Hashes a folded word (64-bit multiply-rotate over 8-byte little-endian
/// words, in the spirit of FxHash).
pub(crate) fn hash_bytes(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0;
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        h = hash_round(h, w);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        // Byte by byte: a copy into a padded buffer would call memcpy.
        let w = rest
            .iter()
            .enumerate()
            .fold(0u64, |w, (i, &b)| w | u64::from(b) << (8 * i));
        h = hash_round(h, w);
    }
    hash_final(h, bytes.len())
}

#[inline]
pub(super) fn hash_round(h: u64, w: u64) -> u64 {
    (h.rotate_left(5) ^ w).wrapping_mul(0x517c_c1b7_2722_0a95)
}

/// Mixes in the length last, so that a word's hash can be built while its
/// end is still being sought.
#[inline]
pub(super) fn hash_final(h: u64, len: usize) -> u64 {
    let h = h ^ (len as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    h ^ (h >> 29)
}

/// Eight ASCII bytes in one little-endian word, tested all at once: each
/// byte is below 0x80, so adding up to 0x7F to it never carries into the
/// next byte and its top bit tells the comparison.
#[derive(Clone, Copy)]
pub(super) struct AsciiBlock(pub(super) u64);

impl AsciiBlock {
    pub(super) const ONES: u64 = 0x0101_0101_0101_0101;
    pub(super) const TOPS: u64 = 0x8080_8080_8080_8080;

    /// `n` (1 to 8) bytes of `bytes` from `at`, zero-padded like
    /// [`hash_bytes`] pads its last word.
    #[inline]
    pub(super) fn load(bytes: &[u8], at: usize, n: usize) -> AsciiBlock {
        if let Some(eight) = bytes.get(at..at + 8) {
            let w = u64::from_le_bytes(eight.try_into().expect("eight bytes"));
            let keep = if n == 8 {
                u64::MAX
            } else {
                (1u64 << (8 * n)) - 1
            };
            AsciiBlock(w & keep)
        } else {
            // Near the end of the text: byte by byte.
            let w = bytes[at..at + n]
                .iter()
                .enumerate()
                .fold(0u64, |w, (i, &b)| w | u64::from(b) << (8 * i));
            AsciiBlock(w)
        }
    }

    /// The top bit of every byte that lies in `lo..=hi`.
    #[inline]
    pub(super) fn in_range(self, lo: u8, hi: u8) -> u64 {
        let at_least_lo = self.0.wrapping_add(Self::ONES * u64::from(0x80 - lo));
        let above_hi = self.0.wrapping_add(Self::ONES * u64::from(0x7F - hi));
        at_least_lo & !above_hi & Self::TOPS
    }

    /// The top bit of every letter, digit and `_`; any bytes, not only
    /// ASCII: the tests run on the low seven bits of each byte and bytes of
    /// 0x80 and above are cleared after. Setting bit 5 maps `A`–`Z` onto
    /// `a`–`z` (and no other byte into that range).
    #[inline]
    pub(super) fn word_bytes(self) -> u64 {
        let low7 = AsciiBlock(self.0 & !Self::TOPS);
        let words = AsciiBlock(low7.0 | (Self::ONES * 0x20)).in_range(b'a', b'z')
            | low7.in_range(b'0', b'9')
            | low7.in_range(b'_', b'_');
        words & !self.0
    }

    /// The bytes with `A`–`Z` lower-cased.
    #[inline]
    pub(super) fn lower(self) -> u64 {
        self.0 | self.in_range(b'A', b'Z') >> 2
    }
}

/// Finds where the chunk that goes on at `from` ends (the first ASCII
/// whitespace byte, or the end of `bytes`), and adds the classes of its
/// bytes to `seen`.
///
/// A chunk of Chinese or Japanese runs for a whole paragraph. Whitespace
/// and the bytes whose classes matter beyond [`CLASS_NON_ASCII`] (`.`,
/// `/`, `:`, `@`) all lie below `A`, so eight bytes with none below it are
/// passed at once; the others are looked up one by one.
pub(super) fn chunk_end(bytes: &[u8], from: usize, seen: &mut u8) -> usize {
    let mut j = from;
    // Most chunks are a word or two: the first bytes one by one.
    let mut stretch = 16;
    loop {
        let stop = (j + stretch).min(bytes.len());
        while j < stop {
            let c = BYTE_CLASS[bytes[j] as usize];
            if c & CLASS_SPACE != 0 {
                return j;
            }
            *seen |= c;
            j += 1;
        }
        if j == bytes.len() {
            return j;
        }
        stretch = 8;
        while let Some(eight) = bytes.get(j..j + 8) {
            let w = u64::from_le_bytes(eight.try_into().expect("eight bytes"));
            // Whether any byte is below `A` (the answer for "any" is exact).
            let low = w.wrapping_sub(AsciiBlock::ONES * u64::from(b'A')) & !w & AsciiBlock::TOPS;
            if low != 0 {
                break;
            }
            if w & AsciiBlock::TOPS != 0 {
                *seen |= CLASS_NON_ASCII;
            }
            j += 8;
        }
    }
}

/// An ASCII word being folded eight bytes at a time: where its folded form
/// starts, the running hash, and the letters and digits seen.
pub(super) struct Folding {
    pub(super) at: usize,
    pub(super) hash: u64,
    pub(super) alpha: u64,
    pub(super) digit: u64,
}

impl Folding {
    pub(super) fn new(at: usize) -> Folding {
        Folding {
            at,
            hash: 0,
            alpha: 0,
            digit: 0,
        }
    }

    /// Folds the next block of the word (zero-padded past its end).
    #[inline]
    pub(super) fn add(&mut self, folded: &mut Vec<u8>, block: AsciiBlock) {
        let lower = block.lower();
        // Eight bytes are stored whatever the word's length; the cut when
        // the word is recorded drops the extra ones, so a block costs one
        // store, not a loop.
        folded.extend_from_slice(&lower.to_le_bytes());
        self.alpha |= AsciiBlock(lower).in_range(b'a', b'z');
        self.digit |= block.in_range(b'0', b'9');
        self.hash = hash_round(self.hash, lower);
    }
}

/// The index of the first byte whose top bit is set in `mask` (8 for none).
#[inline]
pub(super) fn first(mask: u64) -> usize {
    (mask.trailing_zeros() / 8) as usize
}

/// A mask of the `n` (0 to 8) low bytes of a word.
#[inline]
pub(super) fn low_bytes(n: usize) -> u64 {
    if n >= 8 {
        u64::MAX
    } else {
        (1u64 << (8 * n)) - 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunk_ends_and_classes_agree_with_the_byte_table() {
        // The table, byte by byte: the reference of `chunk_end`.
        let by_table = |bytes: &[u8], from: usize| {
            let mut seen = 0;
            let mut j = from;
            while j < bytes.len() && BYTE_CLASS[bytes[j] as usize] & CLASS_SPACE == 0 {
                seen |= BYTE_CLASS[bytes[j] as usize];
                j += 1;
            }
            (j, seen)
        };
        // The classes the tokenizer reads (blocks passed at once add no
        // word or punctuation class).
        const TOLD: u8 = CLASS_NON_ASCII | CLASS_URL_MARK | CLASS_DOT;
        // Every byte in every lane, among neighbours that would borrow.
        for b in 0..=255u8 {
            // Lanes past the first stretch, read one by one, fall in
            // blocks read eight at a time, at every alignment.
            for lane in 0..36 {
                for fill in [0xFFu8, b'a', 0x80, b'A', 0xE4] {
                    let mut bytes = [fill; 40];
                    bytes[lane] = b;
                    for from in [0, 1, 3, 9] {
                        let mut seen = 0;
                        let end = chunk_end(&bytes, from, &mut seen);
                        let (want_end, want_seen) = by_table(&bytes, from);
                        assert_eq!(
                            (end, seen & TOLD),
                            (want_end, want_seen & TOLD),
                            "{b:#x} at {lane}"
                        );
                    }
                }
            }
        }
        for text in [
            "東京 x",
            "a.b/c\td",
            "x\u{b}y z",
            "",
            "http://e.x/é\r\n",
            "@@",
            "中文中文中文中文。2023年中文中文 x",
        ] {
            let mut seen = 0;
            let end = chunk_end(text.as_bytes(), 0, &mut seen);
            let (want_end, want_seen) = by_table(text.as_bytes(), 0);
            assert_eq!((end, seen & TOLD), (want_end, want_seen & TOLD), "{text:?}");
        }
    }

    #[test]
    fn word_bytes_agree_with_the_byte_table_for_every_byte() {
        for b in 0..=255u8 {
            for lane in 0..8 {
                // Neighbours of 0xFF would carry into the lane if unguarded.
                let mut eight = [0xFFu8; 8];
                eight[lane] = b;
                let words = AsciiBlock(u64::from_le_bytes(eight)).word_bytes();
                let is_word = BYTE_CLASS[b as usize] & CLASS_WORD != 0;
                assert_eq!(words >> (8 * lane + 7) & 1 == 1, is_word, "{b:#x}");
                assert_eq!(words & !(0x80 << (8 * lane)), 0, "{b:#x}");
            }
        }
    }
}
