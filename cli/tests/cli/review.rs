//! `spamsplit review` as a user runs it: one self-contained HTML file,
//! every piece of corpus text escaped, one `<mark>` per span shown.

use std::process::Command;

use crate::support::{run_files, scratch_dir, spamsplit, stderr};

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
    succeed(spamsplit(&["annotate"]).args([
        input.to_str().unwrap(),
        "--explain",
        "--output",
        annotated.to_str().unwrap(),
    ]));
    let mut pages = Vec::new();
    for source in [&annotated, &input] {
        let report = dir.join("report.html");
        succeed(
            spamsplit(&["review"])
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
        assert!(html.contains("characters of prose"), "long prose is folded");
        assert!(html.contains("<svg"));
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A row of `n` char-offset spans over about `bytes` of text with
/// multi-byte characters, as `annotate --offsets char` writes them.
fn many_char_spans(n: usize, bytes: usize) -> String {
    let unit = "é漢 spam x ";
    let chars_per_unit = unit.chars().count();
    let units = bytes / unit.len();
    let text = unit.repeat(units);
    let step = units / n;
    let spans: Vec<[usize; 2]> = (0..n)
        .map(|i| {
            let at = i * step * chars_per_unit;
            [at + 3, at + 7]
        })
        .collect();
    serde_json::json!({"id": "many", "text": text, "spam_spans": spans, "spam_offsets": "char"})
        .to_string()
        + "\n"
}

#[test]
fn char_offsets_are_converted_in_one_pass_and_slice_what_they_say() {
    // 20,000 spans in a megabyte: each span converted from the start of
    // the text took 25 s; one pass over the row takes a few milliseconds.
    let dir = scratch_dir("review-many-spans");
    let input = dir.join("rows.jsonl");
    std::fs::write(&input, many_char_spans(20_000, 1 << 20)).unwrap();
    let page = dir.join("page.html");
    succeed(spamsplit(&["review"]).args([
        input.to_str().unwrap(),
        "--output",
        page.to_str().unwrap(),
        "--sample",
        "1",
    ]));
    let html = std::fs::read_to_string(&page).unwrap();
    // Characters 3..7 of each unit are "spam", whatever the byte widths.
    let first = html.find("<mark").unwrap();
    let mark = &html[first..];
    let body = &mark[mark.find('>').unwrap() + 1..mark.find("</mark>").unwrap()];
    assert_eq!(body, "spam");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_page_of_a_hundred_megabyte_rows_stays_small() {
    let dir = scratch_dir("review-bounded");
    let input = dir.join("rows.jsonl");
    let mut rows = String::new();
    let spam = "cheap ugg boots outlet moncler pas cher ".repeat(12_000);
    let prose = "The library kept its new opening hours and readers came. ".repeat(4_500);
    for i in 0..100 {
        let text = format!("{prose}\n\n{spam}\n\n{prose}");
        let spans = [[prose.len() + 2, prose.len() + 2 + spam.len() - 1]];
        rows +=
            &(serde_json::json!({"id": i, "text": text, "spam_spans": spans}).to_string() + "\n");
    }
    std::fs::write(&input, rows).unwrap();
    let page = dir.join("page.html");
    succeed(spamsplit(&["review"]).args([
        input.to_str().unwrap(),
        "--output",
        page.to_str().unwrap(),
    ]));
    let size = std::fs::metadata(&page).unwrap().len();
    assert!(size < 5 << 20, "{size} bytes for 100 rows of 1 MB");
    let html = std::fs::read_to_string(&page).unwrap();
    assert_eq!(html.matches("<mark").count(), 100);
    assert!(html.contains("characters of spam"));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn bad_lines_stop_review_or_are_passed_over_with_skip_bad() {
    let dir = scratch_dir("review-bad-lines");
    let input = dir.join("rows.jsonl");
    let deep = format!(
        r#"{{"id":"deep","text":"Nested metadata, plain prose.","meta":{}{}}}"#,
        "[".repeat(200),
        "]".repeat(200)
    );
    let mut data = Vec::new();
    data.extend(br#"{"id":"a","text":"The ferry runs again from Monday."}"#);
    data.extend(b"\nnot json\n");
    data.extend(b"{\"id\":\"b\",\"text\":\"caf\xe9\"}\n");
    data.extend(deep.as_bytes());
    data.extend(b"\n");
    std::fs::write(&input, data).unwrap();
    let page = dir.join("page.html");
    let args = [input.to_str().unwrap(), "--output", page.to_str().unwrap()];
    let out = run_files(&[&["review"], &args[..]].concat());
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("line 2: invalid JSON") && err.contains("--skip-bad"),
        "{err}"
    );
    assert!(!page.exists());
    let out = run_files(&[&["review", "--skip-bad"], &args[..]].concat());
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let html = std::fs::read_to_string(&page).unwrap();
    // The row nested 200 deep, which annotate passes through, is read.
    assert!(
        html.contains("2 documents") && html.contains("2 bad lines"),
        "{html}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn hostile_keyword_terms_cannot_break_out_of_an_attribute() {
    let dir = scratch_dir("review-attributes");
    let input = dir.join("rows.jsonl");
    let explain = serde_json::json!([{"start": 0, "end": 4, "score": 0.9,
        "signals": {"keywords": [{"term": "x\u{202E}\"><b>y</b>", "category": "brand", "count": 1}]}}]);
    let row = serde_json::json!({"id": "t", "text": "spam and prose", "spam_spans": [[0, 4]], "spam_explain": explain});
    std::fs::write(&input, row.to_string() + "\n").unwrap();
    let page = dir.join("page.html");
    succeed(spamsplit(&["review"]).args([
        input.to_str().unwrap(),
        "--output",
        page.to_str().unwrap(),
    ]));
    let html = std::fs::read_to_string(&page).unwrap();
    let at = html.find("<mark title=\"").unwrap() + "<mark title=\"".len();
    let title = &html[at..at + html[at..].find('"').unwrap()];
    assert!(
        title.contains("U+202E") && !title.contains(['<', '>']),
        "{title}"
    );
    assert!(!html.contains("<b>"));
    std::fs::remove_dir_all(&dir).unwrap();
}
