//! Long texts in windows: cut where a blank line is, analysed one by one,
//! their reports joined.

use crate::report::Report;
use crate::text::floor_char_boundary;
use crate::text::fold::Disguises;

/// The size of the windows long texts are analysed in.
pub(super) const WINDOW: usize = 1 << 20;

/// Where the window starting at `from` ends: the last blank line in its
/// second half, else the last line break, else the last ASCII space, else a
/// char boundary at the window's size.
fn window_end(text: &str, from: usize) -> usize {
    let hard_end = from + WINDOW;
    if hard_end >= text.len() {
        return text.len();
    }
    let bytes = text.as_bytes();
    let half = &bytes[from + WINDOW / 2..hard_end];
    let cut = |needle: &[u8]| {
        half.windows(needle.len())
            .rposition(|w| w == needle)
            .map(|i| i + needle.len())
    };
    if let Some(i) = cut(b"\n\n").or_else(|| cut(b"\n")).or_else(|| cut(b" ")) {
        return from + WINDOW / 2 + i;
    }
    floor_char_boundary(text, hard_end)
}

/// Analyses `text` in windows of about [`WINDOW`] bytes, cut at a blank
/// line where there is one (else a line break, else a space), with
/// `analyze_one`. Every signal is local (a window of tokens, a sentence),
/// so the cuts change nothing but where a span crossing one is split; in
/// exchange, time stays linear in cache-friendly pieces and memory is
/// bounded by the window, not the text.
pub(super) fn analyze(
    text: &str,
    disguised: &Disguises,
    mut analyze_one: impl FnMut(&str, &Disguises) -> Report,
) -> Report {
    if text.len() <= WINDOW {
        return analyze_one(text, disguised);
    }
    let mut parts = Vec::new();
    let mut from = 0;
    while from < text.len() {
        let to = window_end(text, from);
        let local = disguised.window(from..to);
        parts.push((from, analyze_one(&text[from..to], &local)));
        from = to;
    }
    Report::join(text.len(), parts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn window_ends_fall_back_to_lines_spaces_and_char_boundaries() {
        let blank = format!("{}\n\n{}", "a".repeat(WINDOW - 10), "b".repeat(100));
        assert_eq!(window_end(&blank, 0), WINDOW - 8);
        let spaced = format!("{} {}", "a".repeat(WINDOW - 10), "b".repeat(100));
        assert_eq!(window_end(&spaced, 0), WINDOW - 9);
        let cjk = "字".repeat(WINDOW);
        let end = window_end(&cjk, 0);
        assert!(cjk.is_char_boundary(end) && end <= WINDOW && end > WINDOW - 3);
        assert_eq!(window_end("short", 0), 5);
    }
}
