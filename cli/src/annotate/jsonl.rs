//! One JSON Lines (or WET) input annotated into one output: a reader
//! thread fills the next batch and a writer thread writes the last one
//! while this one is analysed on the workers. Rows are written in order;
//! the first thing that stops the run, in the order of the input, is the
//! one reported.

use std::io::{BufWriter, Write};
use std::sync::mpsc::sync_channel;

use anyhow::{Result, anyhow};
use serde_json::json;

use super::Context;
use crate::progress::Progress;
use crate::rows::{self, Row};
use crate::source::{Entry, Position, Source};
use crate::summary::Summary;

/// What the analysis hands the writer: a batch's entries with their rows.
struct Annotated {
    entries: Vec<(Position, Annotation)>,
    /// The read error that ended the input after these entries.
    error: Option<(Position, std::io::Error)>,
}

enum Annotation {
    Row(Row),
    Blank,
    Bad(String),
}

/// Annotates `source` into `output`, adding to `summary`; every row
/// written is flushed to `output` whether the input was read to its end or
/// not (ending a compressed stream is the caller's, who may write more).
pub fn annotate(
    ctx: &Context,
    mut source: Source,
    output: &mut (dyn Write + Send),
    summary: &mut Summary,
    progress: &mut Progress,
) -> Result<()> {
    let (to_analyse, batches) = sync_channel(1);
    let (to_write, annotated) = sync_channel::<Annotated>(1);
    std::thread::scope(|scope| {
        scope.spawn(move || {
            loop {
                let (batch, error) = source.next_batch();
                let error = error.map(|e| (source.reached(), e));
                let last = batch.entries.is_empty() || error.is_some();
                // A closed channel means the run stopped: so does the reader.
                if to_analyse.send((batch, error)).is_err() || last {
                    break;
                }
            }
        });
        let writer = scope.spawn(move || {
            let mut sink = Sink {
                out: BufWriter::with_capacity(1 << 16, output),
                skip_bad: ctx.skip_bad,
                summary,
                progress,
            };
            let result = annotated
                .into_iter()
                .try_for_each(|batch| sink.write(batch));
            // The rows written stay, whatever stopped the run.
            let flushed = sink.out.flush();
            result?;
            flushed.map_err(|e| anyhow!("cannot write output: {e}"))
        });
        for (batch, error) in batches {
            let rows = ctx.workers.map(batch.entries.len(), |i| {
                let (at, entry) = &batch.entries[i];
                let annotation = match entry {
                    Entry::Row(r) => Annotation::Row(rows::annotate(
                        &ctx.detector,
                        &batch.buf[r.clone()],
                        &ctx.rows,
                    )),
                    Entry::Blank => Annotation::Blank,
                    Entry::Bad(why) => Annotation::Bad(why.clone()),
                };
                (*at, annotation)
            });
            let last = error.is_some();
            // A closed channel means the writer stopped: it says why.
            if to_write
                .send(Annotated {
                    entries: rows,
                    error,
                })
                .is_err()
                || last
            {
                break;
            }
        }
        drop(to_write);
        writer
            .join()
            .map_err(|_| anyhow!("the output writer failed"))?
    })
}

/// Where annotated rows go: written in order, bad ones handled, counted.
struct Sink<'a> {
    out: BufWriter<&'a mut (dyn Write + Send)>,
    skip_bad: bool,
    summary: &'a mut Summary,
    progress: &'a mut Progress,
}

impl Sink<'_> {
    fn write(&mut self, batch: Annotated) -> Result<()> {
        let mut written = 0;
        for (at, annotation) in batch.entries {
            let line = match annotation {
                Annotation::Row(Ok((line, tally))) => {
                    self.summary.add_row(&tally);
                    line
                }
                Annotation::Blank => {
                    self.summary.blank_lines += 1;
                    continue;
                }
                Annotation::Row(Err(e)) | Annotation::Bad(e) if self.skip_bad => {
                    self.summary.bad_rows += 1;
                    self.progress.note(&format!("{at}: {e}"));
                    match at {
                        Position::Line(n) => json!({"line": n, "error": e}),
                        Position::Record(n) => json!({"record": n, "error": e}),
                    }
                    .to_string()
                }
                Annotation::Row(Err(e)) | Annotation::Bad(e) => {
                    self.summary.bad_rows += 1;
                    return Err(anyhow!("{at}: {e}"));
                }
            };
            writeln!(self.out, "{line}").map_err(|e| anyhow!("cannot write output: {e}"))?;
            written += 1;
        }
        self.progress.rows_done(written);
        match batch.error {
            None => Ok(()),
            Some((Position::Record(_), e)) => Err(anyhow!("{e}")),
            Some((at, e)) => Err(anyhow!(
                "cannot read input at {at}: {e} (the rows before it were written)"
            )),
        }
    }
}
