//! The `annotate` example as a user runs it: rows are never lost or
//! reordered, bad lines are reported by number, write errors end the run.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

/// The example binary built by `cargo test` next to this test.
fn annotate() -> Command {
    let mut dir = std::env::current_exe().expect("test binary path");
    dir.pop(); // deps
    if dir.ends_with("deps") {
        dir.pop();
    }
    let bin: PathBuf = dir
        .join("examples")
        .join(format!("annotate{}", std::env::consts::EXE_SUFFIX));
    assert!(bin.exists(), "build the examples first: {}", bin.display());
    Command::new(bin)
}

fn run(args: &[&str], input: &str) -> Output {
    let mut child = annotate()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_string();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(input.as_bytes());
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

fn rows(n: usize) -> Vec<String> {
    (0..n)
        .map(|i| match i % 7 {
            3 => "not json at all".to_string(),
            5 => format!(r#"{{"id":{i},"body":"no text field"}}"#),
            6 => format!(
                r#"{{"id":{i},"text":"News {i}. cheap moncler outlet cheap moncler outlet cheap moncler outlet","x":[1,2]}}"#
            ),
            _ => format!(r#"{{"id":{i},"text":"Story {i} was filed on time by the desk."}}"#),
        })
        .collect()
}

#[test]
fn skip_bad_keeps_one_line_per_row_in_order() {
    let input = rows(5000).join("\n") + "\n";
    let out = run(&["--skip-bad", "--threads", "2"], &input);
    assert_eq!(
        out.status.code(),
        Some(1),
        "bad lines make the exit non-zero"
    );
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
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
    let out = run(&[], &input);
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
    let out = run(&["--drop", "--explain"], &input);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["text"], "News 6.");
    let explain = &v["spam_explain"][0];
    assert!(explain["score"].as_f64().unwrap() >= 0.5);
    assert!(
        explain["keywords"]
            .as_array()
            .unwrap()
            .iter()
            .any(|k| k["term"] == "moncler")
    );
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("1 rows, 1 with spam"), "summary: {stderr}");
}

#[test]
fn a_closed_output_pipe_ends_the_run_with_an_error_not_a_panic() {
    let mut child = annotate()
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
    let out = run(&["--threads", "1"], input);
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
