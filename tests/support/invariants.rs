//! The invariants every report must satisfy, shared by the test suites and
//! the fuzz targets.

use spamsplit::{Detector, Report};

/// Panics unless `report` (of `text`, by `detector`) is well formed: segments
/// sorted, disjoint, non-empty, in bounds and on char boundaries; scores in
/// `0..=1` and agreeing with the labels; `clean` removing exactly the spam.
/// A failure names `case` and the segment at fault.
pub fn check(case: &str, detector: &Detector, text: &str, report: &Report) {
    assert_eq!(report.text_len(), text.len(), "{case}: text length");
    let score = report.score();
    assert!((0.0..=1.0).contains(&score), "{case}: report score {score}");
    let mut last = 0;
    for (i, seg) in report.segments().iter().enumerate() {
        let (start, end) = (seg.start(), seg.end());
        let at = format!(
            "{case}: segment {i} ({start}..{end}, text of {} bytes)",
            text.len()
        );
        assert!(
            start >= last,
            "{at} starts before the end of the last one ({last})"
        );
        assert!(
            start < end && end <= text.len(),
            "{at} is empty or out of bounds"
        );
        assert!(
            text.is_char_boundary(start) && text.is_char_boundary(end),
            "{at} is not on char boundaries"
        );
        assert!(
            (0.0..=1.0).contains(&seg.score()),
            "{at} scores {}",
            seg.score()
        );
        last = end;
    }
    let threshold = detector.threshold();
    if report.is_spam() {
        assert!(
            score >= threshold,
            "{case}: spam scoring {score} < {threshold}"
        );
    } else if threshold > 0.0 {
        assert!(
            score < threshold,
            "{case}: prose scoring {score} >= {threshold}"
        );
    }
    assert_eq!(
        non_ws(&detector.clean(text)),
        without_spam(text, report),
        "{case}: clean() does not remove exactly the spam ranges"
    );
}

/// The text without whitespace.
pub fn non_ws(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The text minus the report's spam ranges, whitespace aside.
pub fn without_spam(text: &str, report: &Report) -> String {
    let mut kept = String::new();
    let mut from = 0;
    for r in report.spam_ranges() {
        kept.push_str(&text[from..r.start]);
        from = r.end;
    }
    kept.push_str(&text[from..]);
    non_ws(&kept)
}
