//! The invariants every report must satisfy, shared by the test suites and
//! the fuzz targets.

use spamsplit::{Detector, Report};

/// Panics unless `report` (of `text`, by `detector`) is well formed: segments
/// sorted, disjoint, non-empty, in bounds and on char boundaries; scores in
/// `0..=1` and agreeing with the labels; `clean` removing exactly the spam.
pub fn check(detector: &Detector, text: &str, report: &Report) {
    assert_eq!(report.text_len(), text.len());
    assert!((0.0..=1.0).contains(&report.score()));
    let mut last = 0;
    for seg in report.segments() {
        assert!(seg.start() >= last && seg.start() < seg.end() && seg.end() <= text.len());
        assert!(text.is_char_boundary(seg.start()) && text.is_char_boundary(seg.end()));
        assert!((0.0..=1.0).contains(&seg.score()));
        last = seg.end();
    }
    if report.is_spam() {
        assert!(report.score() >= detector.threshold());
    } else if detector.threshold() > 0.0 {
        assert!(report.score() < detector.threshold());
    }
    assert_eq!(non_ws(&detector.clean(text)), without_spam(text, report));
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
