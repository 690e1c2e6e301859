//! Text removal: the prose that is left when the spam ranges are cut out.

use std::ops::Range;

/// Removes `ranges` (sorted, disjoint) from `text`, tidying whitespace at
/// each cut.
pub(crate) fn remove_ranges(text: &str, ranges: impl Iterator<Item = Range<usize>>) -> String {
    let mut out = String::with_capacity(text.len());
    let mut kept_from = 0;
    for r in ranges {
        let before = &text[kept_from..r.start];
        let trimmed = before.trim_end();
        let ws_before = &before[trimmed.len()..];
        out.push_str(trimmed);
        let after = &text[r.end..];
        let ws_after = &after[..after.len() - after.trim_start().len()];
        kept_from = r.end + ws_after.len();
        let at_start = out.is_empty();
        let at_end = kept_from == text.len();
        let lines = |s: &str| s.matches('\n').count();
        let sep = if at_start {
            ""
        } else if at_end {
            if ws_after.contains('\n') { "\n" } else { "" }
        } else if lines(ws_after) > lines(ws_before) {
            ws_after
        } else {
            ws_before
        };
        out.push_str(sep);
    }
    out.push_str(&text[kept_from..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remove_ranges_tidies_whitespace_at_cuts() {
        let t = "A b.\n\nSPAM SPAM\n\nC d.";
        let s = t.find("SPAM").unwrap();
        assert_eq!(remove_ranges(t, std::iter::once(s..s + 9)), "A b.\n\nC d.");
        let t = "A b. SPAM";
        assert_eq!(remove_ranges(t, std::iter::once(5..9)), "A b.");
        let t = "SPAM\nA b.";
        assert_eq!(remove_ranges(t, std::iter::once(0..4)), "A b.");
        let t = "A b. SPAM\n";
        assert_eq!(remove_ranges(t, std::iter::once(5..9)), "A b.\n");
        let t = "A SPAM b";
        assert_eq!(remove_ranges(t, std::iter::once(2..6)), "A b");
    }
}
