//! `spamsplit annotate` on one stream: rows are never lost or reordered,
//! bad lines are reported by number, write errors end the run, compressed
//! and WET inputs give the rows of the plain file.

use std::io::Write;
use std::process::Stdio;

use crate::support::{good_rows, gzip, json_rows, rows, run, run_files, scratch_dir, spamsplit};

#[test]
fn skip_bad_keeps_one_line_per_row_in_order() {
    let input = rows(5000).join("\n") + "\n";
    let out = run(
        &["annotate", "--skip-bad", "--threads", "2"],
        input.as_bytes(),
    );
    assert_eq!(
        out.status.code(),
        Some(1),
        "bad lines make the exit non-zero"
    );
    let lines = json_rows(&out.stdout);
    assert_eq!(lines.len(), 5000);
    for (i, v) in lines.iter().enumerate() {
        match i % 7 {
            3 | 5 => assert_eq!(v["line"], i + 1, "{v}"),
            6 => {
                assert_eq!(v["id"], i);
                assert_eq!(v["x"], serde_json::json!([1, 2]), "other fields kept");
                assert_eq!(v["spam_spans"].as_array().unwrap().len(), 1);
            }
            _ => {
                assert_eq!(v["id"], i);
                assert_eq!(v["spam_spans"], serde_json::json!([]));
            }
        }
    }
}

#[test]
fn a_bad_line_stops_the_run_and_names_the_line() {
    let input = rows(5).join("\n");
    let out = run(&["annotate"], input.as_bytes());
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("line 4: invalid JSON"), "{stderr}");
    assert_eq!(
        String::from_utf8(out.stdout).unwrap().lines().count(),
        3,
        "rows before it are written"
    );
}

#[test]
fn drop_and_explain() {
    let input = rows(7)[6].clone();
    let out = run(&["annotate", "--drop", "--explain"], input.as_bytes());
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["text"], "News 6.");
    // The core's own segment form: offsets, score, signals.
    let explain = &v["spam_explain"][0];
    assert_eq!(explain["start"], 8);
    assert!(explain["score"].as_f64().unwrap() >= 0.5);
    assert!(
        explain["signals"]["keywords"]
            .as_array()
            .unwrap()
            .iter()
            .any(|k| k["term"] == "moncler" && k["category"] == "brand")
    );
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("1 rows, 1 with spam"), "summary: {stderr}");
}

#[test]
fn a_closed_output_pipe_ends_the_run_with_an_error_not_a_panic() {
    let mut child = spamsplit(&["annotate"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take()); // the reader goes away
    let mut stdin = child.stdin.take().unwrap();
    let input = rows(700).join("\n").repeat(20);
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(input.as_bytes());
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(!out.status.success());
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn other_fields_pass_through_as_written_and_old_results_are_replaced() {
    // A price written `12.50`, spacing inside an array, an escaped key: all
    // kept byte for byte. Old `spam_*` fields are overwritten in place, and a
    // key given twice keeps its first place with its last value.
    let input = concat!(
        r#"{"price":12.50,"tags":[1, 2],"spam_spans":[[0,3]],"k\"ey":"v","#,
        r#""text":"Fog lifted by noon, the port said.","dup":1,"dup":2}"#,
        "\n",
    );
    let out = run(&["annotate", "--threads", "1"], input.as_bytes());
    assert!(out.status.success());
    let line = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        line.trim_end()
            .rsplit_once(",\"spam_score\":")
            .map(|(head, _)| head),
        Some(concat!(
            r#"{"price":12.50,"tags":[1, 2],"spam_spans":[],"k\"ey":"v","#,
            r#""text":"Fog lifted by noon, the port said.","dup":2"#,
        )),
        "{line}"
    );
}

#[test]
fn compressed_corpora_round_trip_with_the_rows_of_the_plain_file() {
    let dir = scratch_dir("annotate-compressed");
    let input = good_rows(40).join("\n") + "\n";
    let plain = dir.join("rows.jsonl");
    std::fs::write(&plain, &input).unwrap();
    let expected = run_files(&["annotate", plain.to_str().unwrap()]).stdout;
    assert_eq!(
        String::from_utf8_lossy(&expected).lines().count(),
        good_rows(40).len()
    );

    let gz = dir.join("rows.jsonl.gz");
    std::fs::write(&gz, gzip(input.as_bytes())).unwrap();
    let zst = dir.join("rows.jsonl.zst");
    std::fs::write(&zst, zstd::encode_all(input.as_bytes(), 3).unwrap()).unwrap();
    for compressed in [&gz, &zst] {
        assert_eq!(
            run_files(&["annotate", compressed.to_str().unwrap()]).stdout,
            expected,
            "{compressed:?}"
        );
        // On standard input, the magic bytes tell.
        let mut child = spamsplit(&["annotate"])
            .stdin(std::fs::File::open(compressed).unwrap())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut out = Vec::new();
        std::io::Read::read_to_end(child.stdout.as_mut().unwrap(), &mut out).unwrap();
        assert!(child.wait().unwrap().success());
        assert_eq!(out, expected, "stdin {compressed:?}");
    }
    // Written compressed by the output's name, the same rows inside.
    let out_gz = dir.join("out.jsonl.gz");
    let out_zst = dir.join("out.jsonl.zst");
    for out in [&out_gz, &out_zst] {
        let status = run_files(&[
            "annotate",
            plain.to_str().unwrap(),
            "--output",
            out.to_str().unwrap(),
        ]);
        assert!(status.status.success());
    }
    let mut unzipped = Vec::new();
    std::io::Read::read_to_end(
        &mut flate2::read::GzDecoder::new(std::fs::File::open(&out_gz).unwrap()),
        &mut unzipped,
    )
    .unwrap();
    assert_eq!(unzipped, expected);
    assert_eq!(
        zstd::decode_all(std::fs::File::open(&out_zst).unwrap()).unwrap(),
        expected
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_truncated_stream_fails_naming_the_line_and_keeps_the_rows_before() {
    let dir = scratch_dir("annotate-truncated");
    // Gzip gives out what it has decoded as it goes (zstd works in blocks
    // of 128 KB: a short truncated frame yields no row at all).
    let input = good_rows(400).join("\n") + "\n";
    let whole = gzip(input.as_bytes());
    let cut = dir.join("cut.jsonl.gz");
    std::fs::write(&cut, &whole[..whole.len() * 2 / 3]).unwrap();
    let out = run_files(&["annotate", cut.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("cannot read input at line"), "{stderr}");
    let written = String::from_utf8(out.stdout).unwrap();
    let n = written.lines().count();
    assert!(n > 0 && n < good_rows(400).len(), "{n} rows written");
    for line in written.lines() {
        let v: serde_json::Value = serde_json::from_str(line).expect("every row written is whole");
        assert!(v["spam_spans"].is_array());
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn char_offsets_slice_what_byte_offsets_slice() {
    let texts = [
        "Café déjà vu, naïve résumé. cheap moncler outlet cheap moncler outlet cheap moncler outlet",
        "東京は晴れ。スーパーコピー 激安 スーパーコピー 激安 スーパーコピー 激安 ブランドコピー 通販",
        "😀 Emoji first. 𝐛𝐮𝐲 𝐯𝐢𝐚𝐠𝐫𝐚 𝐨𝐧𝐥𝐢𝐧𝐞 cheap cialis online pharmacy no prescription",
    ];
    let input: String = texts
        .iter()
        .map(|t| serde_json::json!({ "text": t }).to_string() + "\n")
        .collect();
    let bytes = run(&["annotate", "--threads", "1"], input.as_bytes());
    let chars = run(
        &["annotate", "--threads", "1", "--offsets", "char"],
        input.as_bytes(),
    );
    let (by_byte, by_char) = (json_rows(&bytes.stdout), json_rows(&chars.stdout));
    for ((text, b), c) in texts.iter().zip(&by_byte).zip(&by_char) {
        assert_eq!(c["spam_offsets"], "char");
        assert!(
            b.get("spam_offsets").is_none(),
            "byte offsets are the default, unmarked"
        );
        let spans = |v: &serde_json::Value| -> Vec<(usize, usize)> {
            v["spam_spans"]
                .as_array()
                .unwrap()
                .iter()
                .map(|s| {
                    (
                        s[0].as_u64().unwrap() as usize,
                        s[1].as_u64().unwrap() as usize,
                    )
                })
                .collect()
        };
        let (bs, cs) = (spans(b), spans(c));
        assert!(!bs.is_empty(), "{text}");
        assert_eq!(bs.len(), cs.len());
        // What Python's str[start:end] gives: Unicode scalar values.
        let scalars: Vec<char> = text.chars().collect();
        for ((bstart, bend), (cstart, cend)) in bs.into_iter().zip(cs) {
            let by_char: String = scalars[cstart..cend].iter().collect();
            assert_eq!(by_char, text[bstart..bend], "{text}");
        }
    }
}

#[test]
fn wet_records_become_rows_with_their_uri_id_and_date() {
    let wet = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/data/sample.warc.wet"
    ))
    .unwrap();
    let dir = scratch_dir("annotate-wet");
    let plain = dir.join("sample.warc.wet");
    std::fs::write(&plain, &wet).unwrap();
    let gz = dir.join("sample.warc.wet.gz");
    std::fs::write(&gz, gzip(&wet)).unwrap();
    let mut outputs = Vec::new();
    for path in [&plain, &gz] {
        let out = run_files(&["annotate", path.to_str().unwrap()]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        outputs.push(out.stdout);
    }
    assert_eq!(outputs[0], outputs[1]);
    let rows = json_rows(&outputs.remove(0));
    // The warcinfo record is no row; the three conversion records are.
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[1]["url"], "https://blog.example.net/garden-notes");
    assert_eq!(
        rows[1]["id"],
        "<urn:uuid:22222222-2222-4222-8222-222222222222>"
    );
    assert_eq!(rows[1]["date"], "2026-11-29T09:40:11Z");
    let text = rows[1]["text"].as_str().unwrap();
    let span = &rows[1]["spam_spans"][0];
    let spam = &text[span[0].as_u64().unwrap() as usize..span[1].as_u64().unwrap() as usize];
    assert!(
        spam.starts_with("cheap ugg boots") && spam.ends_with("replica rolex online"),
        "{spam}"
    );
    assert_eq!(rows[0]["spam_spans"], serde_json::json!([]));
    assert_eq!(rows[2]["spam_spans"], serde_json::json!([]));

    // Cut inside the last record's body: the run fails naming the record,
    // and the rows of the records before it are written.
    let cut = dir.join("cut.warc.wet");
    std::fs::write(&cut, &wet[..wet.len() - 40]).unwrap();
    let out = run_files(&["annotate", cut.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("WET record 4: truncated"), "{stderr}");
    assert_eq!(String::from_utf8(out.stdout).unwrap().lines().count(), 2);

    // A length no record has is corruption, not a request for memory.
    let huge = dir.join("huge.warc.wet");
    std::fs::write(
        &huge,
        b"WARC/1.0\r\nWARC-Type: conversion\r\nContent-Length: 99999999999999\r\n\r\nshort",
    )
    .unwrap();
    let out = run_files(&["annotate", huge.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8(out.stderr).unwrap().contains("over the"),
        "a clear error"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
