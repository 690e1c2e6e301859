// Shared by the fuzz targets: the invariants every report must satisfy.

use spamsplit::{Detector, Report};

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
    let cleaned = detector.clean(text);
    let non_ws = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    let mut kept = String::new();
    let mut from = 0;
    for r in report.spam_ranges() {
        kept.push_str(&text[from..r.start]);
        from = r.end;
    }
    kept.push_str(&text[from..]);
    assert_eq!(non_ws(&cleaned), non_ws(&kept));
}
