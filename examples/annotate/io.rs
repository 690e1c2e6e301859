//! Where annotate's rows come from and go to: plain, gzip or zstd files and
//! streams, and Common Crawl WET files read as rows.

use std::io::{BufRead, BufWriter, Read, Write};
use std::time::Instant;

use anyhow::{Context, Result, bail};
use serde_json::json;

use crate::row::{Row, Tally};

/// How a corpus file is compressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compression {
    Gzip,
    Zstd,
}

impl Compression {
    /// By the file name's ending: `.gz`, `.zst`.
    pub fn of_path(path: &str) -> Option<Compression> {
        if path.ends_with(".gz") {
            Some(Compression::Gzip)
        } else if path.ends_with(".zst") || path.ends_with(".zstd") {
            Some(Compression::Zstd)
        } else {
            None
        }
    }

    /// By the stream's first bytes (gzip `1f 8b`, zstd `28 b5 2f fd`).
    fn of_magic(head: &[u8]) -> Option<Compression> {
        if head.starts_with(&[0x1f, 0x8b]) {
            Some(Compression::Gzip)
        } else if head.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
            Some(Compression::Zstd)
        } else {
            None
        }
    }
}

/// The input, decompressed as its name says or, without one, as its first
/// bytes say.
pub fn open_input(
    raw: Box<dyn Read + Send>,
    named: Option<Compression>,
) -> Result<Box<dyn BufRead + Send>, String> {
    let mut buffered = std::io::BufReader::new(raw);
    let kind = match named {
        Some(kind) => Some(kind),
        None => Compression::of_magic(
            buffered
                .fill_buf()
                .map_err(|e| format!("cannot read input: {e}"))?,
        ),
    };
    let mut rows: Box<dyn BufRead + Send> = match kind {
        None => Box::new(buffered),
        Some(Compression::Gzip) => Box::new(std::io::BufReader::new(
            flate2::read::MultiGzDecoder::new(buffered),
        )),
        Some(Compression::Zstd) => Box::new(std::io::BufReader::new(
            zstd::stream::read::Decoder::with_buffer(buffered)
                .map_err(|e| format!("cannot read input: {e}"))?,
        )),
    };
    // A WARC file (Common Crawl's WET text) is read as one row a record.
    let head = rows
        .fill_buf()
        .map_err(|e| format!("cannot read input: {e}"))?;
    if head.starts_with(b"WARC/") {
        rows = Box::new(std::io::BufReader::new(crate::wet::WetRows::new(rows)));
    }
    Ok(rows)
}

/// Where the rows go, compressed as the file's name says.
pub enum Output {
    Plain(Box<dyn Write + Send>),
    Gzip(flate2::write::GzEncoder<std::fs::File>),
    Zstd(zstd::stream::write::Encoder<'static, std::fs::File>),
}

impl Output {
    pub fn create(path: &str) -> Result<Output, String> {
        let file = std::fs::File::create(path).map_err(|e| format!("{path}: {e}"))?;
        Ok(match Compression::of_path(path) {
            None => Output::Plain(Box::new(file)),
            Some(Compression::Gzip) => Output::Gzip(flate2::write::GzEncoder::new(
                file,
                flate2::Compression::default(),
            )),
            Some(Compression::Zstd) => Output::Zstd(
                zstd::stream::write::Encoder::new(file, 3).map_err(|e| format!("{path}: {e}"))?,
            ),
        })
    }

    /// Flushes and writes the compressed stream's end.
    pub fn finish(self) -> std::io::Result<()> {
        match self {
            Output::Plain(mut w) => w.flush(),
            Output::Gzip(w) => w.finish().map(drop),
            Output::Zstd(w) => w.finish().map(drop),
        }
    }
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self {
            Output::Plain(w) => w.write(buf),
            Output::Gzip(w) => w.write(buf),
            Output::Zstd(w) => w.write(buf),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Output::Plain(w) => w.flush(),
            Output::Gzip(w) => w.flush(),
            Output::Zstd(w) => w.flush(),
        }
    }
}

/// Where the output lines go, counted: the summary's tally, the progress line.
pub struct Sink {
    out: BufWriter<Output>,
    skip_bad: bool,
    progress: Option<(Instant, Instant)>,
    all_good: bool,
    total: Tally,
    lines: usize,
    bytes: usize,
}

impl Sink {
    pub fn new(output: Output, skip_bad: bool, progress: bool) -> Sink {
        Sink {
            out: BufWriter::new(output),
            skip_bad,
            progress: progress.then(|| (Instant::now(), Instant::now())),
            all_good: true,
            total: [0; 4],
            lines: 0,
            bytes: 0,
        }
    }
}

impl Sink {
    /// Writes a batch's lines. A bad line ends the run unless `skip_bad`,
    /// when it becomes an error record.
    pub fn write(&mut self, batch: Vec<Row>, bytes: usize) -> Result<()> {
        for result in batch {
            self.lines += 1;
            let line = match result {
                Ok((line, tally)) => {
                    self.total.iter_mut().zip(tally).for_each(|(t, n)| *t += n);
                    line
                }
                Err(e) if self.skip_bad => {
                    self.all_good = false;
                    eprintln!("line {}: {e}", self.lines);
                    json!({"line": self.lines, "error": e}).to_string()
                }
                Err(e) => {
                    self.out.flush().context("cannot write output")?;
                    bail!("line {}: {e}", self.lines);
                }
            };
            writeln!(self.out, "{line}").context("cannot write output")?;
        }
        self.bytes += bytes;
        self.show_progress(false);
        Ok(())
    }

    /// At most a few times a second, and once at the end.
    fn show_progress(&mut self, done: bool) {
        let Some((start, shown)) = &mut self.progress else {
            return;
        };
        if done || shown.elapsed().as_millis() >= 250 {
            *shown = Instant::now();
            let (mb, secs) = (
                self.bytes as f64 / 1e6,
                start.elapsed().as_secs_f64().max(1e-9),
            );
            let end = if done { "\n" } else { "\r" };
            eprint!(
                "annotate: {} rows, {mb:.1} MB, {:.1} MB/s{end}",
                self.lines,
                mb / secs
            );
        }
    }

    /// Ends the output (a compressed stream's trailer) and prints the summary.
    pub fn finish(mut self) -> Result<bool> {
        self.show_progress(true);
        let output = self.out.into_inner().map_err(|e| e.into_error());
        output
            .and_then(Output::finish)
            .context("cannot write output")?;
        let [rows, spam_rows, text_bytes, spam_bytes] = self.total;
        let share = 100.0 * spam_bytes as f64 / text_bytes.max(1) as f64;
        let bad = match self.lines - rows {
            0 => String::new(),
            n => format!(", {n} bad lines"),
        };
        eprintln!(
            "annotate: {rows} rows, {spam_rows} with spam, {spam_bytes} of {text_bytes} text bytes removed ({share:.2}%){bad}"
        );
        Ok(self.all_good)
    }
}
