//! Adds spam spans to JSON Lines records.
//!
//! ```text
//! cargo run --release --features rayon --example annotate -- \
//!     [FILE] [--output FILE] [--offsets char|byte] [--field NAME] [--skip-bad] \
//!     [--threads N] [--explain] [--drop] [--progress]
//! ```
//!
//! Reads one JSON object per line (FILE, or stdin), analyses its string field
//! `text` (or `--field NAME`), and writes the object back, other fields as written,
//! with `"spam_spans": [[start, end], ...]` (UTF-8 byte offsets into that
//! field; with `--offsets char`, Unicode scalar indices, what Python slices a
//! `str` with, and `"spam_offsets": "char"`) and `"spam_score"`. One output
//! line per input line, in order, to stdout or `--output FILE`.
//!
//! `FILE.gz` / `FILE.json.gz` and `FILE.zst` are decompressed (on stdin, the
//! magic bytes tell), and `--output` compresses by its name the same way.
//! A WARC file (Common Crawl's `.warc.wet`, `.warc.wet.gz`) is read as one row
//! a `conversion` record, with its `url`, `id` and `date`. A
//! truncated or corrupt stream ends the run with exit code 2 and the line it
//! reached; every row before it is written whole.
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

use std::borrow::Cow;
use std::io::{BufRead, BufWriter, IsTerminal, Write};
use std::ops::Range;
use std::process::ExitCode;
use std::time::Instant;

use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use serde_json::value::RawValue;
use serde_json::{Value, json};
use spamsplit::{Detector, Report};

mod io;
mod wet;

use io::{Compression, Output, open_input};

/// A batch ends after this many lines or bytes, whichever comes first.
/// Small batches keep the pipeline short: the cores wait less for the
/// first batch to be read and the last to be written.
const BATCH_LINES: usize = 256;
const BATCH_BYTES: usize = 1 << 20;

struct Options {
    file: Option<String>,
    field: String,
    skip_bad: bool,
    threads: usize,
    threads_given: bool,
    explain: bool,
    drop: bool,
    progress: bool,
    output: Option<String>,
    char_offsets: bool,
}

const USAGE: &str = "usage: annotate [FILE] [--output FILE] [--offsets char|byte] [--field NAME] [--skip-bad] [--threads N] [--explain] [--drop] [--progress]";

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
        output: None,
        char_offsets: false,
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--field" => opts.field = args.next().ok_or("--field needs a name")?,
            "--skip-bad" => opts.skip_bad = true,
            "--explain" => opts.explain = true,
            "--drop" => opts.drop = true,
            "--progress" => opts.progress = true,
            "--output" => opts.output = Some(args.next().ok_or("--output needs a file")?),
            "--offsets" => match args.next().as_deref() {
                Some("char") => opts.char_offsets = true,
                Some("byte") => opts.char_offsets = false,
                _ => return Err("--offsets takes char or byte".into()),
            },
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

/// A JSON object's fields in their order, each value kept as its source
/// text: fields pass through untouched, and only the analysed one is
/// decoded. A key given twice keeps its first place and its last value, as
/// in `serde_json::Map`.
struct Fields<'a>(Vec<(Cow<'a, str>, &'a RawValue)>);

/// A key borrowed from the line unless it has escapes.
struct Key<'a>(Cow<'a, str>);

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Borrowed(v)))
            }
            fn visit_str<E>(self, v: &str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(v.to_string())))
            }
        }
        d.deserialize_str(KeyVisitor)
    }
}

impl<'de> Deserialize<'de> for Fields<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct FieldsVisitor;
        impl<'de> Visitor<'de> for FieldsVisitor {
            type Value = Fields<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Fields<'de>, A::Error> {
                let mut fields = Vec::new();
                while let Some((Key(k), v)) = map.next_entry::<Key, &RawValue>()? {
                    fields.push((k, v));
                }
                Ok(Fields(dedup_keys(fields)))
            }
        }
        d.deserialize_map(FieldsVisitor)
    }
}

/// Keeps one field per key: the first place, the last value.
fn dedup_keys<'a>(
    mut fields: Vec<(Cow<'a, str>, &'a RawValue)>,
) -> Vec<(Cow<'a, str>, &'a RawValue)> {
    if fields.len() < 2 {
        return fields;
    }
    let mut order: Vec<usize> = (0..fields.len()).collect();
    order.sort_by(|&a, &b| fields[a].0.cmp(&fields[b].0));
    let mut dropped = vec![false; fields.len()];
    let mut moves = Vec::new();
    for same in order.chunk_by(|&a, &b| fields[a].0 == fields[b].0) {
        // A stable sort keeps equal keys in input order.
        if let [first, .., last] = *same {
            moves.push((first, last));
            same[1..].iter().for_each(|&i| dropped[i] = true);
        }
    }
    for (first, last) in moves {
        fields[first].1 = fields[last].1;
    }
    let mut kept = dropped.iter().map(|d| !d);
    fields.retain(|_| kept.next().expect("one flag per field"));
    fields
}

/// A line's fields and the decoded text of the analysed one, or why the
/// line is bad.
type Record<'a> = Result<(Fields<'a>, Cow<'a, str>), String>;

fn parse<'a>(line: &'a [u8], field: &str) -> Record<'a> {
    // serde_json checks the UTF-8 of every string (and bytes outside strings
    // are JSON syntax), so a separate check is needed only to say why a
    // line failed.
    let fields: Fields =
        serde_json::from_slice(line).map_err(|e| match std::str::from_utf8(line) {
            Err(u) => format!("invalid UTF-8 at byte offset {}", u.valid_up_to()),
            Ok(_) if e.is_data() => "not a JSON object".to_string(),
            Ok(_) => format!("invalid JSON: {e}"),
        })?;
    let raw = match fields.0.iter().find(|(k, _)| k == field) {
        Some((_, raw)) => raw.get(),
        None => return Err(format!("no field {field:?}")),
    };
    if !raw.starts_with('"') {
        return Err(format!("field {field:?} is not a string"));
    }
    // Most texts have no escapes and are used where they lie.
    let text = if raw.contains('\\') {
        Cow::Owned(serde_json::from_str::<String>(raw).map_err(|e| format!("invalid JSON: {e}"))?)
    } else {
        Cow::Borrowed(&raw[1..raw.len() - 1])
    };
    Ok((fields, text))
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
fn render(fields: &Fields, text: &str, report: &Report, opts: &Options) -> (String, Tally) {
    // Rounded down, so a score just below the threshold never prints as it.
    let round = |x: f64| (x * 10_000.0).floor() / 10_000.0;
    let tally = Tally {
        rows: 1,
        spam_rows: usize::from(report.is_spam()),
        text_bytes: text.len(),
        spam_bytes: report.spam_bytes(),
    };
    let to_json = |v: &Value| serde_json::to_string(v).expect("a JSON value serialises");
    // The values to set, one per key.
    let mut set: Vec<(&str, String)> = Vec::new();
    if opts.drop {
        set.push((&opts.field, to_json(&json!(report.clean(text)))));
    } else {
        let mut spans: Vec<[usize; 2]> = report.spam_ranges().map(|r| [r.start, r.end]).collect();
        if opts.char_offsets {
            // Unicode scalar indices, what Python slices a str with: counted
            // once over the text, the spans being sorted.
            let (mut at, mut chars) = (0, 0);
            for offset in spans.iter_mut().flatten() {
                chars += text[at..*offset].chars().count();
                at = *offset;
                *offset = chars;
            }
        }
        set_value(&mut set, "spam_spans", to_json(&json!(spans)));
        // Byte offsets are the default and say nothing; char ones say so.
        if opts.char_offsets {
            set_value(&mut set, "spam_offsets", to_json(&json!("char")));
        }
    }
    set_value(
        &mut set,
        "spam_score",
        to_json(&json!(round(report.score()))),
    );
    if opts.explain {
        let explained: Vec<Value> = report
            .spam_segments()
            .map(|seg| {
                let s = seg.signals();
                let keywords: Vec<Value> = s
                    .keywords()
                    .iter()
                    .map(|k| json!({"term": k.keyword().term(), "category": k.keyword().category().name(), "count": k.count()}))
                    .collect();
                json!({
                    "span": [seg.start(), seg.end()],
                    "score": round(seg.score()),
                    "keywords": keywords,
                    "repeated_words": s.top_repeats().iter().map(|r| (r.word(), r.count())).collect::<Vec<_>>(),
                    "tokens": s.tokens(),
                    "keyword_density": round(s.keyword_density()),
                    "repetition": round(s.repetition()),
                    "lexical_variety": round(s.lexical_variety()),
                    "function_words": s.function_words(),
                    "sentence_ends": s.sentence_ends(),
                })
            })
            .collect();
        set_value(&mut set, "spam_explain", to_json(&Value::Array(explained)));
    }
    // Fields keep their place and, unless set, their source text; new keys
    // go at the end.
    let mut line = String::with_capacity(text.len() + 64);
    let mut used = vec![false; set.len()];
    for (key, raw) in &fields.0 {
        let value = match set.iter().position(|(k, _)| k == key) {
            Some(i) => {
                used[i] = true;
                &set[i].1
            }
            None => raw.get(),
        };
        put_field(&mut line, key, value);
    }
    for ((key, value), _) in set.iter().zip(&used).filter(|(_, used)| !**used) {
        put_field(&mut line, key, value);
    }
    if line.is_empty() {
        line.push('{');
    }
    line.push('}');
    (line, tally)
}

/// Sets `key` in `set` to `value`, replacing an earlier value.
fn set_value<'k>(set: &mut Vec<(&'k str, String)>, key: &'k str, value: String) {
    match set.iter_mut().find(|(k, _)| *k == key) {
        Some((_, v)) => *v = value,
        None => set.push((key, value)),
    }
}

/// Appends `"key":value` to an object being written.
fn put_field(line: &mut String, key: &str, value: &str) {
    line.push(if line.is_empty() { '{' } else { ',' });
    let plain = key.bytes().all(|b| b >= 0x20 && b != b'"' && b != b'\\');
    if plain {
        line.push('"');
        line.push_str(key);
        line.push('"');
    } else {
        line.push_str(&serde_json::to_string(key).expect("a string serialises"));
    }
    line.push(':');
    line.push_str(value);
}

type Rendered = Result<(String, Tally), String>;

/// Annotates one batch of records: analyse, render; results in input order.
fn annotate(detector: &Detector, records: &[Record], opts: &Options) -> Vec<Rendered> {
    let render_one = |record: &Record, report: Option<Report>| match record {
        Ok((fields, text)) => Ok(render(
            fields,
            text,
            &report.expect("one report per text"),
            opts,
        )),
        Err(e) => Err(e.clone()),
    };
    #[cfg(feature = "rayon")]
    {
        use rayon::prelude::*;
        let texts: Vec<&str> = records
            .iter()
            .filter_map(|r| r.as_ref().ok().map(|(_, t)| t.as_ref()))
            .collect();
        let mut reports = detector.analyze_batch(&texts).into_iter();
        let paired: Vec<_> = records
            .iter()
            .map(|r| (r, r.is_ok().then(|| reports.next()).flatten()))
            .collect();
        paired
            .into_par_iter()
            .map(|(r, report)| render_one(r, report))
            .collect()
    }
    #[cfg(not(feature = "rayon"))]
    {
        records
            .iter()
            .map(|r| {
                let report = r.as_ref().ok().map(|(_, t)| detector.analyze(t));
                render_one(r, report)
            })
            .collect()
    }
}

/// A batch of input lines: one buffer, and each line's range in it without
/// its line end.
#[derive(Default)]
struct Batch {
    buf: Vec<u8>,
    lines: Vec<Range<usize>>,
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

/// Reads the next batch of lines into `batch` (cleared first); an empty
/// batch is the end of the input.
/// Fills `batch` with the next lines. A read error is returned after the
/// lines read before it, which stay in the batch to be written.
fn read_batch(
    input: &mut dyn BufRead,
    batch: &mut Batch,
    lines_before: usize,
) -> Result<(), String> {
    batch.buf.clear();
    batch.lines.clear();
    while batch.lines.len() < BATCH_LINES && batch.buf.len() < BATCH_BYTES {
        let start = batch.buf.len();
        let n = input.read_until(b'\n', &mut batch.buf).map_err(|e| {
            let line = lines_before + batch.lines.len() + 1;
            format!("cannot read input at line {line} (every row before it was written): {e}")
        })?;
        if n == 0 {
            break;
        }
        let mut end = batch.buf.len();
        while end > start && matches!(batch.buf[end - 1], b'\n' | b'\r') {
            end -= 1;
        }
        batch.lines.push(start..end);
    }
    Ok(())
}

fn run() -> Result<bool, String> {
    let opts = parse_args()?;
    let input = match &opts.file {
        Some(path) => open_input(
            Box::new(std::fs::File::open(path).map_err(|e| format!("{path}: {e}"))?),
            Compression::of_path(path),
        )?,
        None => open_input(Box::new(std::io::stdin()), None)?,
    };
    let output = match &opts.output {
        Some(path) => Output::create(path)?,
        None => Output::Plain(Box::new(std::io::stdout())),
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
    let now = Instant::now();
    let progress = Progress {
        on: opts.progress,
        start: now,
        last: now,
        bytes: 0,
    };
    // A reader thread reads the next batch while this one is analysed, and
    // a writer thread writes the last one's lines meanwhile; each channel
    // holds one batch, so a handful are in memory at most. Parsing happens
    // on the pool, so that `--threads N` is N threads of work. Analysed
    // batches go back to the reader to be filled again: their buffers are
    // reused, not freed and allocated anew.
    let (batches, received) = std::sync::mpsc::sync_channel::<Result<Batch, String>>(1);
    let (recycle, recycled) = std::sync::mpsc::channel::<Batch>();
    let reader = std::thread::spawn(move || {
        let mut input = input;
        let mut lines_read = 0;
        loop {
            let mut batch = recycled.try_recv().unwrap_or_default();
            let read = read_batch(&mut *input, &mut batch, lines_read);
            lines_read += batch.lines.len();
            let last = read.is_err() || batch.lines.is_empty();
            // The lines before a read error go out first, then the error.
            let mut sends = Vec::new();
            if read.is_ok() || !batch.lines.is_empty() {
                sends.push(Ok(batch));
            }
            if let Err(e) = read {
                sends.push(Err(e));
            }
            // A closed channel means the consumer stopped: so do we.
            if sends.into_iter().any(|b| batches.send(b).is_err()) || last {
                break;
            }
        }
    });
    let (to_write, written) = std::sync::mpsc::sync_channel::<Written>(1);
    let skip_bad = opts.skip_bad;
    let writer = std::thread::spawn(move || write_results(written, skip_bad, progress, output));
    let mut read_error = None;
    for batch in received {
        let batch = match batch {
            Ok(batch) if batch.lines.is_empty() => break,
            Ok(batch) => batch,
            Err(e) => {
                read_error = Some(e);
                break;
            }
        };
        let field = opts.field.as_str();
        let parse_all = || -> Vec<Record> {
            let parse_one = |r: &Range<usize>| parse(&batch.buf[r.clone()], field);
            #[cfg(feature = "rayon")]
            {
                use rayon::prelude::*;
                batch.lines.par_iter().map(parse_one).collect()
            }
            #[cfg(not(feature = "rayon"))]
            batch.lines.iter().map(parse_one).collect()
        };
        #[cfg(feature = "rayon")]
        let results = pool.install(|| annotate(&detector, &parse_all(), &opts));
        #[cfg(not(feature = "rayon"))]
        let results = annotate(&detector, &parse_all(), &opts);
        let bytes = batch.buf.len();
        // A closed channel means the writer stopped at a bad line or a
        // write error: it tells which below.
        if to_write.send(Written { results, bytes }).is_err() {
            break;
        }
        // The reader may have finished; then the batch is simply dropped.
        let _ = recycle.send(batch);
    }
    drop(to_write);
    let outcome = writer
        .join()
        .map_err(|_| "the output writer failed".to_string())?;
    reader
        .join()
        .map_err(|_| "the input reader failed".to_string())?;
    if let Some(e) = read_error {
        return Err(e);
    }
    let (all_good, total, line_no) = outcome?;
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

/// One batch's results on their way to the writer, with its input size.
struct Written {
    results: Vec<Rendered>,
    bytes: usize,
}

/// Writes the batches' lines in order and tallies them. A bad line ends the
/// run unless `skip_bad`, when it becomes an error record. Returns whether
/// every line was good, the tally and the number of lines.
fn write_results(
    batches: std::sync::mpsc::Receiver<Written>,
    skip_bad: bool,
    mut progress: Progress,
    output: Output,
) -> Result<(bool, Tally, usize), String> {
    let mut out = BufWriter::new(output);
    let write_err = |e: std::io::Error| format!("cannot write output: {e}");
    let mut all_good = true;
    let mut line_no = 0;
    let mut total = Tally::default();
    for Written { results, bytes } in batches {
        progress.update(line_no + results.len(), bytes, false);
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
                Err(e) if skip_bad => {
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
    out.into_inner()
        .map_err(|e| write_err(e.into_error()))?
        .finish()
        .map_err(write_err)?;
    progress.update(line_no, 0, true);
    Ok((all_good, total, line_no))
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
