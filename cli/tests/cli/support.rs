//! Running the binary, and scratch space for one test.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The `spamsplit` binary with `args`.
pub fn spamsplit(args: &[&str]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_spamsplit"));
    cmd.args(args);
    cmd
}

/// Runs `spamsplit args` with `input` on standard input.
pub fn run(args: &[&str], input: &[u8]) -> Output {
    let mut child = spamsplit(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

/// Runs `spamsplit args` with nothing on standard input.
pub fn run_files(args: &[&str]) -> Output {
    spamsplit(args).stdin(Stdio::null()).output().unwrap()
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The JSON rows of an output.
pub fn json_rows(bytes: &[u8]) -> Vec<serde_json::Value> {
    String::from_utf8(bytes.to_vec())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// A fresh directory under the system's temporary one, for one test.
pub fn scratch_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("spamsplit-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

pub fn gzip(data: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    enc.write_all(data).unwrap();
    enc.finish().unwrap()
}

pub fn gunzip(path: &Path) -> Vec<u8> {
    let mut out = Vec::new();
    std::io::Read::read_to_end(
        &mut flate2::read::MultiGzDecoder::new(std::fs::File::open(path).unwrap()),
        &mut out,
    )
    .unwrap();
    out
}

/// Rows of our own: prose, prose with stuffing, and (every seventh and
/// fifth) bad lines.
pub fn rows(n: usize) -> Vec<String> {
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

/// Rows that are all good: prose, and prose with stuffing.
pub fn good_rows(n: usize) -> Vec<String> {
    rows(n)
        .into_iter()
        .enumerate()
        .filter(|(i, _)| i % 7 != 3 && i % 7 != 5)
        .map(|(_, r)| r)
        .collect()
}
