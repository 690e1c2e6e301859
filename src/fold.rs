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

/// Whether the lead and second byte of a UTF-8 sequence can start a
/// character that folds: a cheap test, so that texts without any are
/// passed over at the speed of a byte scan.
fn may_fold(lead: u8, second: u8) -> bool {
    match lead {
        0xCC => matches!(second, 0x85 | 0xB2 | 0xB6),
        0xE2 => matches!(second, 0x84 | 0x85 | 0x91 | 0x92 | 0x93 | 0x9D | 0x9E),
        0xEF => matches!(second, 0xB8 | 0xBC | 0xBD),
        0xF0 => second == 0x9D || second == 0x9F,
        _ => false,
    }
}

/// A folded copy of a text and the way back to the original's offsets.
#[derive(Debug, Default)]
pub(crate) struct Folded {
    /// The text with every folding character replaced.
    pub text: String,
    /// For each byte of `text`, and one past its end, the offset in the
    /// original text.
    origin: Vec<u32>,
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
        self.origin[at] as usize
    }
}

/// The folded copy of `text`, or `None` when nothing in it folds.
pub(crate) fn fold(text: &str) -> Option<Folded> {
    let bytes = text.as_bytes();
    let first = bytes
        .iter()
        .enumerate()
        .position(|(i, &b)| b >= 0xCC && bytes.get(i + 1).is_some_and(|&s| may_fold(b, s)))?;
    // Back to the start of the character (the lead byte is one).
    let mut out = Folded {
        text: String::with_capacity(text.len()),
        origin: Vec::with_capacity(text.len() + 1),
        disguises: Disguises::default(),
    };
    out.text.push_str(&text[..first]);
    out.origin.extend(0..first as u32);
    let mut any = false;
    for (at, c) in text[first..].char_indices() {
        let at = (first + at) as u32;
        let folded = fold_char(c);
        match folded {
            Fold::Keep => {
                let from = out.text.len();
                out.text.push(c);
                out.origin
                    .extend(std::iter::repeat_n(at, out.text.len() - from));
            }
            Fold::To(plain) => {
                any = true;
                out.disguises.marks.push(out.text.len() as u32);
                out.text.push(plain);
                out.origin.push(at);
            }
            Fold::Wide(plain) => {
                any = true;
                out.disguises.wide.push(out.text.len() as u32);
                out.text.push(plain);
                out.origin.push(at);
            }
            Fold::Drop => any = true,
        }
    }
    if !any {
        return None;
    }
    out.origin.push(text.len() as u32);
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
