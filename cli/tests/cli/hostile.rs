//! Careless use and hostile files: what `spamsplit annotate` must survive
//! and say clearly.

use crate::support::{gzip, json_rows, run, run_files, scratch_dir, stderr};

#[test]
fn an_output_that_is_an_input_is_refused_and_the_input_kept() {
    let dir = scratch_dir("same-file");
    let input = dir.join("rows.jsonl");
    let rows = crate::support::good_rows(40).join("\n") + "\n";
    std::fs::write(&input, &rows).unwrap();
    let hard = dir.join("hard.jsonl");
    std::fs::hard_link(&input, &hard).unwrap();
    let soft = dir.join("soft.jsonl");
    #[cfg(unix)]
    std::os::unix::fs::symlink(&input, &soft).unwrap();
    for output in [&input, &hard, &soft] {
        if !output.exists() {
            continue;
        }
        let out = run_files(&[
            "annotate",
            input.to_str().unwrap(),
            "--output",
            output.to_str().unwrap(),
        ]);
        assert_eq!(out.status.code(), Some(2), "{output:?}");
        assert!(
            stderr(&out).contains("refusing to write over it"),
            "{}",
            stderr(&out)
        );
        assert_eq!(std::fs::read_to_string(&input).unwrap(), rows, "{output:?}");
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_bad_line_before_a_read_error_is_the_error_reported() {
    // Line 3 is bad and the gzip stream is cut further on, in the same
    // batch: the bad line comes first, and is what the run reports.
    let dir = scratch_dir("bad-then-cut");
    let mut rows = crate::support::good_rows(200);
    rows[2] = "not json".to_string();
    let whole = gzip((rows.join("\n") + "\n").as_bytes());
    let cut = dir.join("cut.jsonl.gz");
    std::fs::write(&cut, &whole[..whole.len() * 2 / 3]).unwrap();
    let out = run_files(&["annotate", cut.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("line 3: invalid JSON"), "{err}");
    assert!(!err.contains("every row before it was written"), "{err}");
    assert_eq!(
        json_rows(&out.stdout).len(),
        2,
        "the rows before the bad line"
    );
    // With --skip-bad the bad line is a row, and the read error ends the
    // run after every row before it.
    let out = run_files(&["annotate", "--skip-bad", cut.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("cannot read input at line"), "{err}");
    let written = json_rows(&out.stdout);
    assert_eq!(written[2]["line"], 3);
    assert!(written.len() > 3);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_stopped_run_leaves_a_readable_partial_file_and_no_complete_one() {
    let dir = scratch_dir("partial");
    let mut rows = crate::support::good_rows(240);
    rows[150] = "not json".to_string();
    let input = dir.join("rows.jsonl");
    std::fs::write(&input, rows.join("\n") + "\n").unwrap();
    let output = dir.join("out.jsonl.zst");
    let out = run_files(&[
        "annotate",
        input.to_str().unwrap(),
        "--output",
        output.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("line 151: invalid JSON") && err.contains("out.jsonl.zst.partial"),
        "{err}"
    );
    assert!(!output.exists(), "no output that looks complete");
    // The partial file is a whole zstd frame with every row before it.
    let kept = zstd::decode_all(std::fs::File::open(dir.join("out.jsonl.zst.partial")).unwrap())
        .expect("a finished zstd frame");
    assert_eq!(json_rows(&kept).len(), 150);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_byte_order_mark_blank_lines_and_lone_surrogates_are_read() {
    let rows = "\u{FEFF}{\"text\":\"The ferry runs again.\"}\n\n{\"text\":\"Rain.\"}\n\n";
    let out = run(&["annotate"], rows.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(json_rows(&out.stdout).len(), 2);
    assert!(
        stderr(&out).contains("2 blank lines skipped"),
        "{}",
        stderr(&out)
    );

    // What Python's json.dumps writes for a lone surrogate.
    let lone =
        r#"{"text":"cheap moncler outlet cheap moncler outlet cheap moncler outlet \ud800"}"#;
    let out = run(&["annotate"], lone.as_bytes());
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("--input-errors replace"),
        "{}",
        stderr(&out)
    );
    let out = run(&["annotate", "--input-errors", "replace"], lone.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let row = &json_rows(&out.stdout)[0];
    assert_eq!(row["spam_spans"].as_array().unwrap().len(), 1);
    // Invalid UTF-8 too.
    let out = run(
        &["annotate", "--input-errors", "replace"],
        b"{\"text\":\"caf\xe9\"}\n",
    );
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn a_wet_header_that_is_not_text_names_its_record_and_obeys_skip_bad() {
    let record = |uri: &[u8], body: &str| {
        let mut r = b"WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: ".to_vec();
        r.extend_from_slice(uri);
        r.extend(format!("\r\nContent-Length: {}\r\n\r\n{body}\r\n\r\n", body.len()).bytes());
        r
    };
    let mut wet = record(b"http://a.example/", "First page.");
    wet.extend(record(b"http://b.example/\xff\xfe", "Second page."));
    wet.extend(record(b"http://c.example/", "Third page."));
    let dir = scratch_dir("wet-header");
    let path = dir.join("x.warc.wet");
    std::fs::write(&path, &wet).unwrap();
    let out = run_files(&["annotate", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("WET record 2: header warc-target-uri is not UTF-8"),
        "{}",
        stderr(&out)
    );
    let out = run_files(&["annotate", "--skip-bad", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let rows = json_rows(&out.stdout);
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[1]["record"], 2);
    assert_eq!(rows[2]["text"], "Third page.");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn thread_counts_of_zero_and_of_a_billion_run() {
    let rows = crate::support::good_rows(30);
    for threads in ["0", "1000000000"] {
        let out = run(
            &["annotate", "--threads", threads],
            rows.join("\n").as_bytes(),
        );
        assert!(out.status.success(), "{threads}: {}", stderr(&out));
        assert_eq!(json_rows(&out.stdout).len(), rows.len());
    }
}
