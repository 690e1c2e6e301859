//! Byte offsets and code-point offsets of the same text, converted in one
//! pass over the text whatever the number of offsets.
//!
//! Reports give UTF-8 byte offsets. Python's `str`, Spark's `substring`
//! and dolma's span attributes count code points (Unicode scalar values)
//! instead; these functions convert between the two. Each walks the text
//! once: converting every span of a report one by one from the start of
//! the text would take time quadratic in the number of spans.
//!
//! # Examples
//!
//! ```
//! use spamsplit::offsets::{bytes_to_chars, chars_to_bytes};
//!
//! let text = "Café déjà vu";
//! let mut offsets = [0, 5, 13];
//! bytes_to_chars(text, &mut offsets);
//! assert_eq!(offsets, [0, 4, 10]);
//! chars_to_bytes(text, &mut offsets);
//! assert_eq!(offsets, [0, 5, 13]);
//! ```

/// Rewrites byte offsets of `text` as code-point offsets, in place.
///
/// An offset counts the characters that start before it, so an offset
/// inside a character's bytes gives that character's index plus one, and an
/// offset past the end gives the number of characters. The offsets may come
/// in any order; sorted ones (a report's) need no sorting.
///
/// # Examples
///
/// ```
/// let text = "aé漢😀b";
/// let mut offsets = [11, 0, 3, 6, 10];
/// spamsplit::offsets::bytes_to_chars(text, &mut offsets);
/// assert_eq!(offsets, [5, 0, 2, 3, 4]);
/// ```
pub fn bytes_to_chars(text: &str, offsets: &mut [usize]) {
    if text.is_ascii() {
        let len = text.len();
        offsets.iter_mut().for_each(|o| *o = (*o).min(len));
        return;
    }
    let bytes = text.as_bytes();
    let (mut at, mut chars) = (0, 0);
    in_order(offsets, |offset| {
        let to = offset.min(bytes.len()).max(at);
        chars += bytes[at..to]
            .iter()
            .filter(|&&b| !is_continuation(b))
            .count();
        at = to;
        chars
    });
}

/// Rewrites code-point offsets of `text` as byte offsets, in place: the
/// byte offset where the character of that index starts, or the text's
/// length for an index at or past the end. The offsets may come in any
/// order.
///
/// # Examples
///
/// ```
/// let text = "aé漢😀b";
/// let mut offsets = [5, 0, 2, 3, 4, 99];
/// spamsplit::offsets::chars_to_bytes(text, &mut offsets);
/// assert_eq!(offsets, [11, 0, 3, 6, 10, 11]);
/// ```
pub fn chars_to_bytes(text: &str, offsets: &mut [usize]) {
    if text.is_ascii() {
        let len = text.len();
        offsets.iter_mut().for_each(|o| *o = (*o).min(len));
        return;
    }
    let bytes = text.as_bytes();
    let (mut at, mut chars) = (0, 0);
    in_order(offsets, |wanted| {
        while chars < wanted && at < bytes.len() {
            at += 1;
            while at < bytes.len() && is_continuation(bytes[at]) {
                at += 1;
            }
            chars += 1;
        }
        at
    });
}

fn is_continuation(b: u8) -> bool {
    b & 0xC0 == 0x80
}

/// Calls `convert` on the offsets in ascending order (each call may go on
/// from where the last one stopped) and writes each answer back in its
/// place.
fn in_order(offsets: &mut [usize], mut convert: impl FnMut(usize) -> usize) {
    if offsets.is_sorted() {
        offsets.iter_mut().for_each(|o| *o = convert(*o));
        return;
    }
    let mut order: Vec<usize> = (0..offsets.len()).collect();
    order.sort_unstable_by_key(|&i| offsets[i]);
    for i in order {
        offsets[i] = convert(offsets[i]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each offset converted alone, the slow way.
    fn one_by_one_chars(text: &str, offset: usize) -> usize {
        text.char_indices().filter(|&(i, _)| i < offset).count()
    }

    fn one_by_one_bytes(text: &str, chars: usize) -> usize {
        text.char_indices()
            .nth(chars)
            .map_or(text.len(), |(i, _)| i)
    }

    #[test]
    fn both_ways_agree_with_the_slow_way_in_any_order() {
        let texts = ["", "plain ascii", "aé漢😀b", "😀😀😀", "Ünïcödé wörds ñ"];
        for text in texts {
            let mut offsets: Vec<usize> = (0..=text.len() + 2).rev().collect();
            let expected: Vec<usize> = offsets.iter().map(|&o| one_by_one_chars(text, o)).collect();
            bytes_to_chars(text, &mut offsets);
            assert_eq!(offsets, expected, "{text:?}");

            let mut chars: Vec<usize> = (0..=text.chars().count() + 2).rev().collect();
            let expected: Vec<usize> = chars.iter().map(|&c| one_by_one_bytes(text, c)).collect();
            chars_to_bytes(text, &mut chars);
            assert_eq!(chars, expected, "{text:?}");
        }
    }

    #[test]
    fn round_trip_on_char_boundaries() {
        let text = "Café, 東京, 😀 and more";
        let bounds: Vec<usize> = text
            .char_indices()
            .map(|(i, _)| i)
            .chain([text.len()])
            .collect();
        let mut offsets = bounds.clone();
        bytes_to_chars(text, &mut offsets);
        assert_eq!(offsets, (0..bounds.len()).collect::<Vec<_>>());
        chars_to_bytes(text, &mut offsets);
        assert_eq!(offsets, bounds);
    }
}
