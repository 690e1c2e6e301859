//! Shards in, shards out: directories and patterns of shards, one output
//! per input at the same relative path, reruns that skip what is done, and
//! a summary of the whole run.

use std::path::Path;
use std::process::Stdio;

use crate::support::{
    good_rows, gunzip, gzip, json_rows, run_files, scratch_dir, spamsplit, stderr,
};

fn write(path: &Path, data: &[u8]) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, data).unwrap();
}

/// The rows of an output shard, decompressed as its name says.
fn rows_of(path: &Path) -> Vec<serde_json::Value> {
    let name = path.to_string_lossy();
    let bytes = if name.ends_with(".gz") {
        gunzip(path)
    } else if name.ends_with(".zst") {
        zstd::decode_all(std::fs::File::open(path).unwrap()).unwrap()
    } else {
        std::fs::read(path).unwrap()
    };
    json_rows(&bytes)
}

#[test]
fn a_directory_of_shards_becomes_a_directory_of_outputs_and_reruns_skip_them() {
    let dir = scratch_dir("shards");
    let (input, output) = (dir.join("in"), dir.join("out"));
    let rows = good_rows(40).join("\n") + "\n";
    write(&input.join("a.jsonl"), rows.as_bytes());
    write(&input.join("2024/b.jsonl.gz"), &gzip(rows.as_bytes()));
    write(
        &input.join("2024/deep/c.jsonl.zst"),
        &zstd::encode_all(rows.as_bytes(), 3).unwrap(),
    );
    write(&input.join("notes.txt"), b"not a shard");
    let summary = dir.join("summary.json");
    let args = [
        "annotate",
        input.to_str().unwrap(),
        "--output-dir",
        output.to_str().unwrap(),
        "--summary",
        summary.to_str().unwrap(),
    ];
    let out = run_files(&args);
    assert!(out.status.success(), "{}", stderr(&out));
    let plain = rows_of(&output.join("a.jsonl"));
    assert_eq!(plain.len(), good_rows(40).len());
    for other in ["2024/b.jsonl.gz", "2024/deep/c.jsonl.zst"] {
        assert_eq!(rows_of(&output.join(other)), plain, "{other}");
    }
    assert!(!output.join("notes.txt").exists());
    let s: serde_json::Value = serde_json::from_slice(&std::fs::read(&summary).unwrap()).unwrap();
    assert_eq!(s["documents"], 3 * plain.len());
    assert_eq!(s["shards_done"], 3);
    assert!(s["bytes_removed"].as_u64().unwrap() > 0);
    assert_eq!(s["by_language"]["und"]["documents"], 3 * plain.len());

    // Run again: every output exists, so every shard is skipped.
    let before = std::fs::metadata(output.join("a.jsonl"))
        .unwrap()
        .modified()
        .unwrap();
    let out = run_files(&args);
    assert!(out.status.success());
    assert!(stderr(&out).contains("3 skipped"), "{}", stderr(&out));
    let after = std::fs::metadata(output.join("a.jsonl"))
        .unwrap()
        .modified()
        .unwrap();
    assert_eq!(before, after);
    let out = run_files(&[&args[..], &["--overwrite"]].concat());
    assert!(
        stderr(&out).contains("shards: 3 done, 0 skipped"),
        "{}",
        stderr(&out)
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_corrupt_shard_fails_by_name_and_the_others_are_done() {
    let dir = scratch_dir("shards-corrupt");
    let (input, output) = (dir.join("in"), dir.join("out"));
    let rows = good_rows(40).join("\n") + "\n";
    write(&input.join("a.jsonl"), rows.as_bytes());
    let whole = gzip(rows.as_bytes());
    write(&input.join("b.jsonl.gz"), &whole[..whole.len() / 2]);
    write(&input.join("c.jsonl"), rows.as_bytes());
    let out = run_files(&[
        "annotate",
        input.to_str().unwrap(),
        "--output-dir",
        output.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("b.jsonl.gz") && err.contains("1 of 3 shards failed"),
        "{err}"
    );
    assert!(output.join("a.jsonl").exists() && output.join("c.jsonl").exists());
    assert!(
        !output.join("b.jsonl.gz").exists(),
        "no failed shard looks done"
    );
    assert!(
        output.join("b.jsonl.gz.partial").exists(),
        "its rows so far are kept"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn patterns_name_shards_and_keep_their_folders() {
    let dir = scratch_dir("shards-glob");
    let rows = good_rows(20).join("\n") + "\n";
    for name in ["x/p-1.jsonl", "y/p-2.jsonl", "y/q-3.jsonl"] {
        write(&dir.join("in").join(name), rows.as_bytes());
    }
    let pattern = format!("{}/in/*/p-*.jsonl", dir.display());
    let output = dir.join("out");
    let out = run_files(&[
        "annotate",
        &pattern,
        "--output-dir",
        output.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(output.join("x/p-1.jsonl").exists() && output.join("y/p-2.jsonl").exists());
    assert!(!output.join("y/q-3.jsonl").exists());
    let out = run_files(&["annotate", &format!("{}/in/*/none-*", dir.display())]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no file matches"));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_run_killed_mid_shard_leaves_no_shard_that_looks_done() {
    let dir = scratch_dir("shards-killed");
    let (input, output) = (dir.join("in"), dir.join("out"));
    // Enough rows that the run is still going when it is killed.
    let rows = good_rows(700).join("\n") + "\n";
    write(&input.join("big.jsonl"), rows.repeat(300).as_bytes());
    let mut child = spamsplit(&[
        "annotate",
        input.to_str().unwrap(),
        "--output-dir",
        output.to_str().unwrap(),
        "--threads",
        "1",
    ])
    .stderr(Stdio::null())
    .spawn()
    .unwrap();
    let partial = output.join("big.jsonl.partial");
    while std::fs::metadata(&partial).map_or(true, |m| m.len() == 0) {
        assert!(
            child.try_wait().unwrap().is_none(),
            "the run ended before it was killed"
        );
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(!output.join("big.jsonl").exists());
    // A new run does the shard again, whole.
    let out = run_files(&[
        "annotate",
        input.to_str().unwrap(),
        "--output-dir",
        output.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        rows_of(&output.join("big.jsonl")).len(),
        good_rows(700).len() * 300
    );
    assert!(!partial.exists());
    std::fs::remove_dir_all(&dir).unwrap();
}
