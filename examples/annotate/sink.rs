//! Where annotated rows go: written in order, bad lines handled, counted
//! for the progress line and the summary.

use std::io::{BufWriter, Write};
use std::time::Instant;

use anyhow::{Context, Result, bail};
use serde_json::json;

use crate::io::Output;
use crate::row::{Row, Tally};

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
