//! Adds spam spans to JSON Lines records.
//!
//! ```text
//! cargo run --release --features rayon --example annotate -- \
//!     [FILE] [--field NAME] [--skip-bad] [--threads N]
//! ```
//!
//! Reads one JSON object per line (FILE, or stdin), analyses its string field
//! `text` (or `--field NAME`), and writes the object back, other fields kept,
//! with `"spam_spans": [[start, end], ...]` (UTF-8 byte offsets into that
//! field) and `"spam_score"`. One output line per input line, in order.
//! A bad line stops the run with its line number, or with `--skip-bad`
//! becomes `{"line": N, "error": "..."}` and the run exits non-zero at the end.
//!
//! Input is read in batches of bounded size, so memory does not grow with the
//! file. With the `rayon` feature each batch is parsed, analysed and written
//! out on `--threads` cores (default: all); without it, on one.

use std::io::{BufRead, BufWriter, Write};
use std::process::ExitCode;

use serde_json::{Map, Value, json};
use spamsplit::{Detector, Report};

/// A batch ends after this many lines or bytes, whichever comes first.
const BATCH_LINES: usize = 4096;
const BATCH_BYTES: usize = 16 << 20;

struct Options {
    file: Option<String>,
    field: String,
    skip_bad: bool,
    threads: usize,
    threads_given: bool,
}

fn parse_args() -> Result<Options, String> {
    let mut opts = Options {
        file: None,
        field: "text".into(),
        skip_bad: false,
        threads: std::thread::available_parallelism().map_or(1, |n| n.get()),
        threads_given: false,
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--field" => opts.field = args.next().ok_or("--field needs a name")?,
            "--skip-bad" => opts.skip_bad = true,
            "--threads" => {
                let n = args.next().ok_or("--threads needs a number")?;
                opts.threads_given = true;
                opts.threads = match n.parse::<usize>() {
                    Ok(n) if n > 0 => n,
                    _ => return Err(format!("--threads: not a positive number: {n}")),
                };
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

/// A line's record and the text to analyse, or why the line is bad.
fn parse(line: &[u8], field: &str) -> Result<(Map<String, Value>, String), String> {
    let line = std::str::from_utf8(line)
        .map_err(|e| format!("invalid UTF-8 at byte offset {}", e.valid_up_to()))?;
    let obj: Map<String, Value> = match serde_json::from_str(line) {
        Ok(Value::Object(m)) => m,
        Ok(_) => return Err("not a JSON object".into()),
        Err(e) => return Err(format!("invalid JSON: {e}")),
    };
    match obj.get(field) {
        Some(Value::String(s)) => {
            let text = s.clone();
            Ok((obj, text))
        }
        Some(_) => Err(format!("field {field:?} is not a string")),
        None => Err(format!("no field {field:?}")),
    }
}

/// The output line for a record and its report.
fn render(mut obj: Map<String, Value>, report: &Report) -> String {
    let spans: Vec<[usize; 2]> = report.spam_ranges().map(|r| [r.start, r.end]).collect();
    // Rounded down, so a score just below the threshold never prints as it.
    let score = (report.score() * 10_000.0).floor() / 10_000.0;
    obj.insert("spam_spans".into(), json!(spans));
    obj.insert("spam_score".into(), json!(score));
    serde_json::to_string(&Value::Object(obj)).expect("a JSON map serialises")
}

/// Annotates one batch: parse, analyse, render; results in input order.
fn annotate(detector: &Detector, lines: &[Vec<u8>], field: &str) -> Vec<Result<String, String>> {
    #[cfg(feature = "rayon")]
    {
        use rayon::prelude::*;
        let parsed: Vec<_> = lines.par_iter().map(|l| parse(l, field)).collect();
        let texts: Vec<&str> = parsed
            .iter()
            .filter_map(|p| p.as_ref().ok().map(|(_, t)| t.as_str()))
            .collect();
        let mut reports = detector.analyze_batch(&texts).into_iter();
        let paired: Vec<_> = parsed
            .into_iter()
            .map(|p| p.map(|(obj, _)| (obj, reports.next().expect("one report per text"))))
            .collect();
        paired
            .into_par_iter()
            .map(|p| p.map(|(obj, report)| render(obj, &report)))
            .collect()
    }
    #[cfg(not(feature = "rayon"))]
    {
        lines
            .iter()
            .map(|l| parse(l, field).map(|(obj, text)| render(obj, &detector.analyze(&text))))
            .collect()
    }
}

/// Reads the next batch of lines (without their line ends) into `lines`.
fn read_batch(input: &mut dyn BufRead, lines: &mut Vec<Vec<u8>>) -> Result<(), String> {
    lines.clear();
    let mut bytes = 0;
    while lines.len() < BATCH_LINES && bytes < BATCH_BYTES {
        let mut line = Vec::new();
        let n = input
            .read_until(b'\n', &mut line)
            .map_err(|e| format!("cannot read input: {e}"))?;
        if n == 0 {
            break;
        }
        while matches!(line.last(), Some(b'\n' | b'\r')) {
            line.pop();
        }
        bytes += n;
        lines.push(line);
    }
    Ok(())
}

fn run() -> Result<bool, String> {
    let opts = parse_args()?;
    let mut input: Box<dyn BufRead> = match &opts.file {
        Some(path) => Box::new(std::io::BufReader::new(
            std::fs::File::open(path).map_err(|e| format!("{path}: {e}"))?,
        )),
        None => Box::new(std::io::stdin().lock()),
    };
    #[cfg(feature = "rayon")]
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(opts.threads)
        .build()
        .map_err(|e| format!("cannot start {} threads: {e}", opts.threads))?;
    #[cfg(not(feature = "rayon"))]
    if opts.threads_given && opts.threads > 1 {
        eprintln!("annotate: built without the rayon feature; running on one thread");
    }
    let detector = Detector::new();
    let mut out = BufWriter::new(std::io::stdout().lock());
    let write_err = |e: std::io::Error| format!("cannot write output: {e}");
    let mut all_good = true;
    let mut line_no = 0;
    let mut lines = Vec::new();
    loop {
        read_batch(&mut *input, &mut lines)?;
        if lines.is_empty() {
            break;
        }
        #[cfg(feature = "rayon")]
        let results = pool.install(|| annotate(&detector, &lines, &opts.field));
        #[cfg(not(feature = "rayon"))]
        let results = annotate(&detector, &lines, &opts.field);
        for result in results {
            line_no += 1;
            let rendered = match result {
                Ok(line) => line,
                Err(e) if opts.skip_bad => {
                    all_good = false;
                    eprintln!("line {line_no}: {e}");
                    json!({"line": line_no, "error": e}).to_string()
                }
                Err(e) => {
                    out.flush().map_err(write_err)?;
                    return Err(format!("line {line_no}: {e}"));
                }
            };
            out.write_all(rendered.as_bytes()).map_err(write_err)?;
            out.write_all(b"\n").map_err(write_err)?;
        }
    }
    out.flush().map_err(write_err)?;
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
