//! The real example in `../shared/seed/`: a news article with keyword
//! stuffing appended. Skips when the shared folder is not there (a clone of
//! this repository alone does not have it).

use std::path::Path;

use spamsplit::Detector;

#[test]
fn seed_is_split_exactly_after_the_duplicated_caption() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seed");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("skipped: {} not found", dir.display());
        return;
    };
    let d = Detector::new();
    let mut seen = 0;
    for entry in entries {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        seen += 1;
        let spans: Vec<_> = d.analyze(&text).spam_ranges().collect();
        assert_eq!(spans.len(), 1, "{}", path.display());
        let spam = &text[spans[0].clone()];
        let last_para = text.trim_end().rsplit("\n\n").next().unwrap();
        assert_eq!(
            spam,
            last_para.trim(),
            "the whole stuffing paragraph and nothing else"
        );
        // Everything before it stays, the duplicated caption included.
        let kept = d.clean(&text);
        assert_eq!(kept.trim_end(), text[..spans[0].start].trim_end());
    }
    assert!(seen > 0, "no seed texts in {}", dir.display());
}
