//! Adds spam spans to JSON Lines records.
//!
//! ```text
//! cargo run --release --example annotate -- [FILE] [--field NAME] [--skip-bad] [--threads N]
//! ```
//!
//! Reads one JSON object per line (FILE, or stdin), analyses its string field
//! `text` (or `--field NAME`), and writes the object back, other fields kept,
//! with `"spam_spans": [[start, end], ...]` (UTF-8 byte offsets into that
//! field) and `"spam_score"`. One output line per input line, in order.
//! A bad line stops the run with its line number, or with `--skip-bad`
//! becomes `{"line": N, "error": "..."}` and the run exits non-zero at the end.

use std::io::{BufRead, BufWriter, Write};
use std::process::ExitCode;

use serde_json::{Map, Value, json};
use spamsplit::Detector;

struct Options {
    file: Option<String>,
    field: String,
    skip_bad: bool,
}

fn parse_args() -> Result<Options, String> {
    let mut opts = Options {
        file: None,
        field: "text".into(),
        skip_bad: false,
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--field" => opts.field = args.next().ok_or("--field needs a name")?,
            "--skip-bad" => opts.skip_bad = true,
            // Accepted for compatibility; this version runs on one thread.
            "--threads" => {
                let n = args.next().ok_or("--threads needs a number")?;
                n.parse::<usize>()
                    .map_err(|_| format!("--threads: not a number: {n}"))?;
            }
            "-h" | "--help" => {
                return Err(
                    "usage: annotate [FILE] [--field NAME] [--skip-bad] [--threads N]".into(),
                );
            }
            _ if a.starts_with("--") => return Err(format!("unknown option {a}")),
            _ => opts.file = Some(a),
        }
    }
    Ok(opts)
}

/// Annotates one line, or says why it cannot.
fn annotate(detector: &Detector, line: &str, field: &str) -> Result<Value, String> {
    let mut obj: Map<String, Value> = match serde_json::from_str(line) {
        Ok(Value::Object(m)) => m,
        Ok(_) => return Err("not a JSON object".into()),
        Err(e) => return Err(format!("invalid JSON: {e}")),
    };
    let text = match obj.get(field) {
        Some(Value::String(s)) => s,
        Some(_) => return Err(format!("field {field:?} is not a string")),
        None => return Err(format!("no field {field:?}")),
    };
    let report = detector.analyze(text);
    let spans: Vec<[usize; 2]> = report.spam_ranges().map(|r| [r.start, r.end]).collect();
    // Rounded down, so a score just below the threshold never prints as it.
    let score = (report.score() * 10_000.0).floor() / 10_000.0;
    obj.insert("spam_spans".into(), json!(spans));
    obj.insert("spam_score".into(), json!(score));
    Ok(Value::Object(obj))
}

fn run() -> Result<bool, String> {
    let opts = parse_args()?;
    let input: Box<dyn BufRead> = match &opts.file {
        Some(path) => Box::new(std::io::BufReader::new(
            std::fs::File::open(path).map_err(|e| format!("{path}: {e}"))?,
        )),
        None => Box::new(std::io::stdin().lock()),
    };
    let detector = Detector::new();
    let mut out = BufWriter::new(std::io::stdout().lock());
    let mut all_good = true;
    for (n, line) in input.lines().enumerate() {
        let n = n + 1;
        let line = line.map_err(|e| format!("line {n}: cannot read: {e}"))?;
        let value = match annotate(&detector, &line, &opts.field) {
            Ok(v) => v,
            Err(e) if opts.skip_bad => {
                all_good = false;
                eprintln!("line {n}: {e}");
                json!({"line": n, "error": e})
            }
            Err(e) => return Err(format!("line {n}: {e}")),
        };
        serde_json::to_writer(&mut out, &value).map_err(|e| format!("write: {e}"))?;
        out.write_all(b"\n").map_err(|e| format!("write: {e}"))?;
    }
    out.flush().map_err(|e| format!("write: {e}"))?;
    Ok(all_good)
}

fn main() -> ExitCode {
    match run() {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("annotate: {e}");
            ExitCode::from(2)
        }
    }
}
