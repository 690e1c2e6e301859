//! Adds spam spans to JSON Lines records.
//!
//! ```text
//! cargo run --release --features rayon --example annotate -- \
//!     [FILE] [--field NAME] [--skip-bad] [--threads N] [--explain] [--drop] [--progress]
//! ```
//!
//! Reads one JSON object per line (FILE, or stdin), analyses its string field
//! `text` (or `--field NAME`), and writes the object back, other fields kept,
//! with `"spam_spans": [[start, end], ...]` (UTF-8 byte offsets into that
//! field) and `"spam_score"`. One output line per input line, in order.
//! A bad line stops the run with its line number, or with `--skip-bad`
//! becomes `{"line": N, "error": "..."}` and the run exits non-zero at the end.
//!
//! `--explain` adds `"spam_explain"`: per span its score and the signals
//! behind it. `--drop` writes the cleaned text into the field instead of the
//! spans. A progress line (rows, MB, MB/s) goes to stderr when it is a
//! terminal, or always with `--progress`; a summary ends every run.
//!
//! Input is read in batches of bounded size, so memory does not grow with the
//! file. With the `rayon` feature each batch is parsed, analysed and written
//! out on `--threads` cores (default: all); without it, on one.

use std::io::{BufRead, BufWriter, IsTerminal, Write};
use std::process::ExitCode;
use std::time::Instant;

use serde_json::{Map, Value, json};
use spamsplit::{Detector, Report};

/// A batch ends after this many lines or bytes, whichever comes first.
const BATCH_LINES: usize = 1024;
const BATCH_BYTES: usize = 4 << 20;

struct Options {
    file: Option<String>,
    field: String,
    skip_bad: bool,
    threads: usize,
    threads_given: bool,
    explain: bool,
    drop: bool,
    progress: bool,
}

const USAGE: &str = "usage: annotate [FILE] [--field NAME] [--skip-bad] [--threads N] [--explain] [--drop] [--progress]";

fn parse_args() -> Result<Options, String> {
    let mut opts = Options {
        file: None,
        field: "text".into(),
        skip_bad: false,
        threads: std::thread::available_parallelism().map_or(1, |n| n.get()),
        threads_given: false,
        explain: false,
        drop: false,
        progress: std::io::stderr().is_terminal(),
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--field" => opts.field = args.next().ok_or("--field needs a name")?,
            "--skip-bad" => opts.skip_bad = true,
            "--explain" => opts.explain = true,
            "--drop" => opts.drop = true,
            "--progress" => opts.progress = true,
            "--threads" => {
                let n = args.next().ok_or("--threads needs a number")?;
                opts.threads_given = true;
                opts.threads = match n.parse::<usize>() {
                    Ok(n) if n > 0 => n,
                    _ => return Err(format!("--threads: not a positive number: {n}")),
                };
            }
            "-h" | "--help" => return Err(USAGE.into()),
            _ if a.starts_with("--") => return Err(format!("unknown option {a}")),
            _ => opts.file = Some(a),
        }
    }
    Ok(opts)
}

/// A line's record, with the analysed field's text taken out of it (it goes
/// back in when the record is written), or why the line is bad.
type Record = Result<(Map<String, Value>, String), String>;

fn parse(line: &[u8], field: &str) -> Record {
    let line = std::str::from_utf8(line)
        .map_err(|e| format!("invalid UTF-8 at byte offset {}", e.valid_up_to()))?;
    let mut obj: Map<String, Value> = match serde_json::from_str(line) {
        Ok(Value::Object(m)) => m,
        Ok(_) => return Err("not a JSON object".into()),
        Err(e) => return Err(format!("invalid JSON: {e}")),
    };
    match obj.get_mut(field) {
        // Taken, not copied: the field keeps its place in the record.
        Some(Value::String(s)) => {
            let text = std::mem::take(s);
            Ok((obj, text))
        }
        Some(_) => Err(format!("field {field:?} is not a string")),
        None => Err(format!("no field {field:?}")),
    }
}

/// What one row contributes to the summary.
#[derive(Default, Clone, Copy)]
struct Tally {
    rows: usize,
    spam_rows: usize,
    text_bytes: usize,
    spam_bytes: usize,
}

/// The output line for a record and its report, and its tally.
fn render(
    mut obj: Map<String, Value>,
    text: String,
    report: &Report,
    opts: &Options,
) -> (String, Tally) {
    // Rounded down, so a score just below the threshold never prints as it.
    let round = |x: f64| (x * 10_000.0).floor() / 10_000.0;
    let tally = Tally {
        rows: 1,
        spam_rows: usize::from(report.is_spam()),
        text_bytes: text.len(),
        spam_bytes: report.spam_bytes(),
    };
    if opts.drop {
        obj.insert(opts.field.clone(), json!(report.clean(&text)));
    } else {
        obj.insert(opts.field.clone(), Value::String(text));
        let spans: Vec<[usize; 2]> = report.spam_ranges().map(|r| [r.start, r.end]).collect();
        obj.insert("spam_spans".into(), json!(spans));
    }
    obj.insert("spam_score".into(), json!(round(report.score())));
    if opts.explain {
        let explained: Vec<Value> = report
            .spam_segments()
            .map(|seg| {
                let s = seg.signals();
                let keywords: Vec<Value> = s
                    .keywords()
                    .iter()
                    .map(|k| json!({"term": k.term(), "category": k.category().name(), "count": k.count()}))
                    .collect();
                json!({
                    "span": [seg.start(), seg.end()],
                    "score": round(seg.score()),
                    "keywords": keywords,
                    "repeated_words": s.top_repeats(),
                    "tokens": s.tokens(),
                    "keyword_density": round(s.keyword_density()),
                    "repetition": round(s.repetition()),
                    "lexical_variety": round(s.lexical_variety()),
                    "function_words": s.function_words(),
                    "sentence_ends": s.sentence_ends(),
                })
            })
            .collect();
        obj.insert("spam_explain".into(), Value::Array(explained));
    }
    (
        serde_json::to_string(&Value::Object(obj)).expect("a JSON map serialises"),
        tally,
    )
}

type Rendered = Result<(String, Tally), String>;

/// Annotates one batch of records: analyse, render; results in input order.
fn annotate(detector: &Detector, records: Vec<Record>, opts: &Options) -> Vec<Rendered> {
    #[cfg(feature = "rayon")]
    {
        use rayon::prelude::*;
        let texts: Vec<&str> = records
            .iter()
            .filter_map(|p| p.as_ref().ok().map(|(_, t)| t.as_str()))
            .collect();
        let mut reports = detector.analyze_batch(&texts).into_iter();
        let paired: Vec<_> = records
            .into_iter()
            .map(|p| p.map(|(obj, text)| (obj, text, reports.next().expect("one report per text"))))
            .collect();
        paired
            .into_par_iter()
            .map(|p| p.map(|(obj, text, report)| render(obj, text, &report, opts)))
            .collect()
    }
    #[cfg(not(feature = "rayon"))]
    {
        records
            .into_iter()
            .map(|p| {
                p.map(|(obj, text)| {
                    let report = detector.analyze(&text);
                    render(obj, text, &report, opts)
                })
            })
            .collect()
    }
}

/// A batch of parsed lines, with the input bytes they came from.
struct Batch {
    records: Vec<Record>,
    bytes: usize,
}

/// Progress on stderr, at most a few times a second.
struct Progress {
    on: bool,
    start: Instant,
    last: Instant,
    bytes: usize,
}

impl Progress {
    fn update(&mut self, rows: usize, bytes: usize, done: bool) {
        self.bytes += bytes;
        if !self.on || (!done && self.last.elapsed().as_millis() < 250) {
            return;
        }
        self.last = Instant::now();
        let mb = self.bytes as f64 / 1e6;
        let secs = self.start.elapsed().as_secs_f64().max(1e-9);
        let end = if done { "\n" } else { "\r" };
        eprint!(
            "annotate: {rows} rows, {mb:.1} MB, {:.1} MB/s{end}",
            mb / secs
        );
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
    let input: Box<dyn BufRead + Send> = match &opts.file {
        Some(path) => Box::new(std::io::BufReader::new(
            std::fs::File::open(path).map_err(|e| format!("{path}: {e}"))?,
        )),
        None => Box::new(std::io::BufReader::new(std::io::stdin())),
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
    let mut total = Tally::default();
    let now = Instant::now();
    let mut progress = Progress {
        on: opts.progress,
        start: now,
        last: now,
        bytes: 0,
    };
    // A reader thread reads the next batch while this one is analysed; the
    // channel holds one batch, so at most three are in memory. It parses
    // the batch on the pool, so that `--threads N` is N threads of work.
    #[cfg(feature = "rayon")]
    let pool = std::sync::Arc::new(pool);
    #[cfg(feature = "rayon")]
    let parse_pool = std::sync::Arc::clone(&pool);
    let field = opts.field.clone();
    let (batches, received) = std::sync::mpsc::sync_channel::<Result<Batch, String>>(1);
    let reader = std::thread::spawn(move || {
        let mut input = input;
        loop {
            let mut lines = Vec::new();
            let batch = read_batch(&mut *input, &mut lines).map(|()| {
                let parse_one = |l: &Vec<u8>| parse(l, &field);
                #[cfg(feature = "rayon")]
                let records = {
                    use rayon::prelude::*;
                    parse_pool.install(|| lines.par_iter().map(parse_one).collect())
                };
                #[cfg(not(feature = "rayon"))]
                let records = lines.iter().map(parse_one).collect();
                Batch {
                    records,
                    bytes: lines.iter().map(|l| l.len() + 1).sum(),
                }
            });
            let last = !matches!(&batch, Ok(b) if !b.records.is_empty());
            // A closed channel means the consumer stopped: so do we.
            if batches.send(batch).is_err() || last {
                break;
            }
        }
    });
    for batch in received {
        let Batch { records, bytes } = batch?;
        if records.is_empty() {
            break;
        }
        let rows = records.len();
        #[cfg(feature = "rayon")]
        let results = pool.install(|| annotate(&detector, records, &opts));
        #[cfg(not(feature = "rayon"))]
        let results = annotate(&detector, records, &opts);
        progress.update(line_no + rows, bytes, false);
        for result in results {
            line_no += 1;
            let rendered = match result {
                Ok((line, tally)) => {
                    total.rows += tally.rows;
                    total.spam_rows += tally.spam_rows;
                    total.text_bytes += tally.text_bytes;
                    total.spam_bytes += tally.spam_bytes;
                    line
                }
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
    reader
        .join()
        .map_err(|_| "the input reader failed".to_string())?;
    progress.update(line_no, 0, true);
    let share = 100.0 * total.spam_bytes as f64 / total.text_bytes.max(1) as f64;
    eprintln!(
        "annotate: {} rows, {} with spam, {} of {} text bytes removed ({share:.2}%){}",
        total.rows,
        total.spam_rows,
        total.spam_bytes,
        total.text_bytes,
        if line_no > total.rows {
            format!(", {} bad lines", line_no - total.rows)
        } else {
            String::new()
        },
    );
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
