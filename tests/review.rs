//! The `review` example as a user runs it: one self-contained HTML file,
//! every piece of corpus text escaped, one `<mark>` per span shown.

use std::process::Command;

use crate::support::examples;

use examples::{example, scratch_dir};

/// Runs `cmd` and fails the test, with its stderr, unless it succeeds.
fn succeed(cmd: &mut Command) {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Rows of our own, some hostile: markup and quotes in the text and in the
/// fields shown, a right-to-left override, stuffing to cut.
fn rows() -> String {
    let stuffing =
        "cheap ugg boots outlet cheap ugg boots outlet moncler pas cher moncler pas cher";
    let rows = [
        serde_json::json!({"id": "a<script>alert(1)</script>", "lang": "en", "site": "x\"y",
            "text": format!("The ferry runs again from Monday. <script>alert(\"x\")</script>\n\n{stuffing}")}),
        serde_json::json!({"id": "b", "lang": "fr", "site": "z",
            "text": format!("Le marché ouvre à huit heures.\u{202E}txet desrever\u{202C} {stuffing}")}),
        serde_json::json!({"id": "c", "lang": "en", "site": "z",
            "text": (1..=20)
                .map(|i| format!("On day {i} the library kept its new opening hours, and {i} readers came. "))
                .collect::<String>()}),
    ];
    rows.iter().map(|r| r.to_string() + "\n").collect()
}

#[test]
fn the_report_escapes_corpus_text_and_marks_every_span() {
    let dir = scratch_dir("review-escape");
    let input = dir.join("rows.jsonl");
    std::fs::write(&input, rows()).unwrap();
    // Once from annotate's output, once analysing the raw rows itself.
    let annotated = dir.join("annotated.jsonl");
    succeed(example("annotate").args([
        input.to_str().unwrap(),
        "--explain",
        "--output",
        annotated.to_str().unwrap(),
    ]));
    let mut pages = Vec::new();
    for source in [&annotated, &input] {
        let report = dir.join("report.html");
        succeed(
            example("review")
                .args([
                    source.to_str().unwrap(),
                    "--output",
                    report.to_str().unwrap(),
                ])
                .args(["--sample", "10", "--seed", "3", "--group-by", "site"]),
        );
        pages.push(std::fs::read_to_string(&report).unwrap());
    }
    for html in &pages {
        assert!(!html.contains("<script"), "raw markup from the corpus");
        assert!(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/"));
        assert!(html.contains("a&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(html.contains("x&quot;y"), "field values are escaped too");
        assert!(
            !html.contains('\u{202E}') && html.contains("U+202E"),
            "bidi controls are shown, not obeyed"
        );
        assert!(
            !html.contains("http://") && !html.contains("https://"),
            "nothing is fetched"
        );
        // Two rows carry one span each; the third is prose.
        assert_eq!(html.matches("<mark").count(), 2);
        assert!(html.contains("<details>"), "long prose is folded");
        assert!(html.contains("<svg"));
    }
    std::fs::remove_dir_all(&dir).unwrap();
}
