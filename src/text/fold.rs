//! Compatibility folding: letters dressed up to dodge filters (mathematical
//! bold and script letters, fullwidth forms, circled and squared letters,
//! combining underlines) are read as the plain letters they imitate.
//!
//! A text that holds none of them (nearly every text) is analysed as it is.
//! One that does is analysed as its folded copy, and the offsets of the
//! report are mapped back to the original bytes. Each folded character is
//! also evidence in itself: prose has no reason to spell a word in
//! mathematical italics, a gambling site's name does.

/// What a character folds to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fold {
    /// An ordinary character: kept.
    Keep,
    /// Read as this plain character.
    To(char),
    /// A fullwidth form, read as this plain character: ordinary in Chinese
    /// and Japanese text, a disguise elsewhere.
    Wide(char),
    /// Dropped (a combining underline or a variation selector).
    Drop,
}

/// Letterlike symbols that fill the holes of the mathematical alphabets
/// (the script, fraktur and double-struck letters Unicode had encoded
/// before them).
const LETTERLIKE: &[(char, char)] = &[
    ('ℂ', 'C'),
    ('ℊ', 'g'),
    ('ℋ', 'H'),
    ('ℌ', 'H'),
    ('ℍ', 'H'),
    ('ℎ', 'h'),
    ('ℐ', 'I'),
    ('ℑ', 'I'),
    ('ℒ', 'L'),
    ('ℓ', 'l'),
    ('ℕ', 'N'),
    ('ℙ', 'P'),
    ('ℚ', 'Q'),
    ('ℛ', 'R'),
    ('ℜ', 'R'),
    ('ℝ', 'R'),
    ('ℤ', 'Z'),
    ('ℨ', 'Z'),
    ('ℬ', 'B'),
    ('ℭ', 'C'),
    ('ℯ', 'e'),
    ('ℰ', 'E'),
    ('ℱ', 'F'),
    ('ℳ', 'M'),
    ('ℴ', 'o'),
];

fn offset_char(base: char, from: u32, c: u32) -> char {
    char::from_u32(base as u32 + (c - from)).unwrap_or(base)
}

fn fold_char(c: char) -> Fold {
    let u = c as u32;
    if u < 0x0300 {
        return Fold::Keep;
    }
    match u {
        // Combining low line, overline, long stroke; variation selectors.
        0x0305 | 0x0332 | 0x0336 | 0xFE0E | 0xFE0F => Fold::Drop,
        // Fullwidth digits and letters.
        0xFF10..=0xFF19 => Fold::Wide(offset_char('0', 0xFF10, u)),
        0xFF21..=0xFF3A => Fold::Wide(offset_char('A', 0xFF21, u)),
        0xFF41..=0xFF5A => Fold::Wide(offset_char('a', 0xFF41, u)),
        // Mathematical alphanumerics: thirteen alphabets of 52 letters...
        0x1D400..=0x1D6A3 => {
            let i = (u - 0x1D400) % 52;
            Fold::To(if i < 26 {
                offset_char('A', 0, i)
            } else {
                offset_char('a', 26, i)
            })
        }
        // ...and five sets of digits.
        0x1D7CE..=0x1D7FF => Fold::To(offset_char('0', 0, (u - 0x1D7CE) % 10)),
        // Parenthesized, circled letters and digits.
        0x249C..=0x24B5 => Fold::To(offset_char('a', 0x249C, u)),
        0x24B6..=0x24CF => Fold::To(offset_char('A', 0x24B6, u)),
        0x24D0..=0x24E9 => Fold::To(offset_char('a', 0x24D0, u)),
        0x24EA => Fold::To('0'),
        0x2460..=0x2468 => Fold::To(offset_char('1', 0x2460, u)),
        0x2776..=0x277E => Fold::To(offset_char('1', 0x2776, u)),
        0x2780..=0x2788 => Fold::To(offset_char('1', 0x2780, u)),
        0x278A..=0x2792 => Fold::To(offset_char('1', 0x278A, u)),
        // Squared, negative circled and negative squared capitals.
        0x1F130..=0x1F149 => Fold::To(offset_char('A', 0x1F130, u)),
        0x1F150..=0x1F169 => Fold::To(offset_char('A', 0x1F150, u)),
        0x1F170..=0x1F189 => Fold::To(offset_char('A', 0x1F170, u)),
        0x2100..=0x214F => LETTERLIKE
            .iter()
            .find(|&&(from, _)| from == c)
            .map_or(Fold::Keep, |&(_, to)| Fold::To(to)),
        _ => Fold::Keep,
    }
}

/// Whether the three bytes `b`, `n`, `t` (a lead byte and the two after
/// it) can start a character that folds. Branch-free, so that a scan of a
/// whole text compiles to vector code: texts without any such character
/// (nearly all) are passed over at the speed of a byte scan.
#[inline(always)]
fn may_fold(b: u8, n: u8, t: u8) -> bool {
    let combining = (b == 0xCC) & ((n == 0x85) | (n == 0xB2) | (n == 0xB6));
    let symbols = (b == 0xE2)
        & ((n == 0x84) | (n == 0x85) | (n == 0x91) | (n == 0x92) | (n == 0x93))
        | (b == 0xE2) & ((n == 0x9D) | (n == 0x9E));
    // Variation selectors; fullwidth digits and letters, not the fullwidth
    // punctuation Chinese and Japanese are written with.
    let wide = (b == 0xEF)
        & ((n == 0xB8)
            | (n == 0xBC) & ((t.wrapping_sub(0x90) < 10) | (t.wrapping_sub(0xA1) < 26))
            | (n == 0xBD) & (t.wrapping_sub(0x81) < 26));
    let astral = (b == 0xF0) & ((n == 0x9D) | (n == 0x9F));
    combining | symbols | wide | astral
}

/// Where the next character from `from` on that may fold starts. Blocks
/// of 64 bytes are tested without branches first; only a block with a
/// candidate is searched byte by byte.
fn next_foldable(bytes: &[u8], from: usize) -> Option<usize> {
    const BLOCK: usize = 64;
    let n = bytes.len();
    let mut start = from;
    while start + BLOCK + 2 <= n {
        // Fixed-size arrays, so that the loop below compiles to vector code.
        let block = |at: usize| -> &[u8; BLOCK] {
            bytes[at..at + BLOCK]
                .try_into()
                .expect("a block is BLOCK bytes")
        };
        let (lead, next, third) = (block(start), block(start + 1), block(start + 2));
        // Every lead byte that may fold is 0xCC or above: a block of ASCII,
        // Latin, Greek or Cyrillic letters has none, and one maximum tells.
        if lead.iter().fold(0u8, |m, &b| m.max(b)) < 0xCC {
            start += BLOCK;
            continue;
        }
        // A coarse test first, on two bytes: most blocks fail it (the
        // punctuation of U+2000 to U+207F, E2 80 and E2 81, never folds).
        let mut coarse = 0u8;
        for i in 0..BLOCK {
            let (b, n) = (lead[i], next[i]);
            coarse |= u8::from(b == 0xCC)
                | (u8::from(b == 0xE2) & u8::from(n > 0x81))
                | u8::from(b >= 0xEF);
        }
        let mut hits = 0u8;
        if coarse != 0 {
            for i in 0..BLOCK {
                hits |= u8::from(may_fold(lead[i], next[i], third[i]));
            }
        }
        if hits != 0 {
            return (0..BLOCK)
                .find(|&i| may_fold(lead[i], next[i], third[i]))
                .map(|i| start + i);
        }
        start += BLOCK;
    }
    // The last bytes (all of a short text): none may fold without a lead
    // byte of the four, which a plain scan rules out (ASCII, eight bytes
    // at a time, first).
    let tail = &bytes[start.min(n)..];
    if tail.is_ascii() || !tail.iter().any(|&b| b == 0xCC || b == 0xE2 || b >= 0xEF) {
        return None;
    }
    let at = |i: usize| bytes.get(i).copied().unwrap_or(0);
    (start..n).find(|&i| may_fold(bytes[i], at(i + 1), at(i + 2)))
}

/// A folded copy of a text and the way back to the original's offsets.
#[derive(Debug, Default)]
pub(crate) struct Folded {
    /// The text with every folding character replaced.
    pub text: String,
    /// Where the copy and the original realign: (offset in `text`, offset
    /// in the original) before and after each folded character, sorted.
    anchors: Vec<(u32, u32)>,
    /// Where in `text` the disguised letters were.
    pub disguises: Disguises,
}

/// Where a folded text had disguised letters: byte offsets in the folded
/// text, sorted.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct Disguises {
    /// Mathematical, circled, squared letters and digits.
    marks: Vec<u32>,
    /// Fullwidth forms.
    wide: Vec<u32>,
}

impl Disguises {
    /// How many disguised letters lie in `bytes`; fullwidth forms count
    /// only where `cjk_text` is false, since Chinese and Japanese writing
    /// uses them as a matter of course.
    pub(crate) fn count_in(&self, bytes: std::ops::Range<usize>, cjk_text: bool) -> usize {
        let within = |v: &[u32]| {
            let from = v.partition_point(|&d| (d as usize) < bytes.start);
            let to = v.partition_point(|&d| (d as usize) < bytes.end);
            to - from
        };
        within(&self.marks) + if cjk_text { 0 } else { within(&self.wide) }
    }

    /// The disguises inside the window `range`, relative to its start.
    pub(crate) fn window(&self, range: std::ops::Range<usize>) -> Disguises {
        let cut = |v: &[u32]| -> Vec<u32> {
            v.iter()
                .filter(|&&d| range.contains(&(d as usize)))
                .map(|&d| d - range.start as u32)
                .collect()
        };
        Disguises {
            marks: cut(&self.marks),
            wide: cut(&self.wide),
        }
    }

    /// Whether there are none.
    pub(crate) fn is_empty(&self) -> bool {
        self.marks.is_empty() && self.wide.is_empty()
    }
}

impl Folded {
    /// The original offset of folded offset `at` (`at` may be the end).
    pub(crate) fn origin(&self, at: usize) -> usize {
        let at = at as u32;
        let k = self.anchors.partition_point(|&(folded, _)| folded <= at);
        match k.checked_sub(1).map(|k| self.anchors[k]) {
            Some((folded, original)) => (original + (at - folded)) as usize,
            None => at as usize,
        }
    }
}

/// The folded copy of `text`, or `None` when nothing in it folds. The text
/// between folded characters is copied as it is.
pub(crate) fn fold(text: &str) -> Option<Folded> {
    let bytes = text.as_bytes();
    let mut at = next_foldable(bytes, 0)?;
    let mut out = Folded::default();
    let mut copied = 0;
    loop {
        let c = text[at..]
            .chars()
            .next()
            .expect("a lead byte starts a character");
        let after = at + c.len_utf8();
        let fold = fold_char(c);
        if fold != Fold::Keep {
            out.text.reserve(text.len());
            out.text.push_str(&text[copied..at]);
            out.anchors.push((out.text.len() as u32, at as u32));
            match fold {
                Fold::To(plain) => {
                    out.disguises.marks.push(out.text.len() as u32);
                    out.text.push(plain);
                }
                Fold::Wide(plain) => {
                    out.disguises.wide.push(out.text.len() as u32);
                    out.text.push(plain);
                }
                Fold::Drop | Fold::Keep => {}
            }
            out.anchors.push((out.text.len() as u32, after as u32));
            copied = after;
        }
        match next_foldable(bytes, after) {
            Some(next) => at = next,
            None => break,
        }
    }
    if out.anchors.is_empty() {
        return None;
    }
    out.text.push_str(&text[copied..]);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dressed_up_letters_read_as_plain_ones() {
        let f = fold("𝐁𝐎𝐍𝐔𝐒 𝘀𝗹𝗼𝘁 ＷＩＮ 𝟴𝟴 Ⓐⓑ 🅿🆄 ℓucky 8̲8").unwrap();
        assert_eq!(f.text, "BONUS slot WIN 88 Ab PU lucky 88");
        let d = &f.disguises;
        assert_eq!((d.marks.len(), d.wide.len()), (16, 3));
        assert_eq!(d.count_in(0..f.text.len(), false), 19);
        assert_eq!(d.count_in(0..f.text.len(), true), 16);
    }

    #[test]
    fn offsets_map_back_to_character_boundaries() {
        let text = "Play 𝐒𝐋𝐎𝐓 now!";
        let f = fold(text).unwrap();
        let at = f.text.find("SLOT").unwrap();
        assert_eq!(&text[f.origin(at)..f.origin(at + 4)], "𝐒𝐋𝐎𝐓");
        assert_eq!(f.origin(f.text.len()), text.len());
        for i in 0..=f.text.len() {
            assert!(text.is_char_boundary(f.origin(i)));
        }
    }

    #[test]
    fn plain_text_and_near_misses_are_left_alone() {
        assert!(fold("Plain text, café, 漢字，全角。").is_none());
        // ™ and № share a lead byte pair with the letterlike symbols.
        assert!(fold("Brand™ №5 — “quoted”").is_none());
    }
}
