//! Progress over a whole run: one bar over the bytes of every shard on a
//! terminal; with `--progress` and no terminal, a line a few times a
//! second; otherwise nothing.

use std::io::IsTerminal;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// How often the plain progress line is written.
const LINE_EVERY: Duration = Duration::from_millis(250);

enum Show {
    Bar(ProgressBar),
    Lines { started: Instant, shown: Instant },
    Nothing,
}

/// The progress of a run.
pub struct Progress {
    show: Show,
    /// Raw (compressed) input bytes read so far, counted by the readers.
    read: Arc<AtomicU64>,
    rows: u64,
}

impl Progress {
    /// Progress over `total` input bytes (unknown for standard input).
    /// `forced` shows it even when standard error is not a terminal.
    pub fn new(total: Option<u64>, forced: bool) -> Progress {
        let show = if std::io::stderr().is_terminal() {
            let bar = match total {
                Some(n) => ProgressBar::with_draw_target(Some(n), ProgressDrawTarget::stderr()),
                None => ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr()),
            };
            let template = match total {
                Some(_) => {
                    "{spinner} [{elapsed_precise}] [{bar:30}] {bytes}/{total_bytes} ({bytes_per_sec}, {eta} left) {msg}"
                }
                None => "{spinner} [{elapsed_precise}] {bytes} ({bytes_per_sec}) {msg}",
            };
            bar.set_style(
                ProgressStyle::with_template(template)
                    .expect("a valid template")
                    .progress_chars("=> "),
            );
            Show::Bar(bar)
        } else if forced {
            Show::Lines {
                started: Instant::now(),
                shown: Instant::now(),
            }
        } else {
            Show::Nothing
        };
        Progress {
            show,
            read: Arc::new(AtomicU64::new(0)),
            rows: 0,
        }
    }

    /// The counter the readers add the bytes they read to.
    pub fn counter(&self) -> Arc<AtomicU64> {
        Arc::clone(&self.read)
    }

    /// Notes `rows` more rows written.
    pub fn rows_done(&mut self, rows: u64) {
        self.rows += rows;
        let read = self.read.load(Ordering::Relaxed);
        match &mut self.show {
            Show::Bar(bar) => {
                bar.set_position(read);
                bar.set_message(format!("{} rows", self.rows));
            }
            Show::Lines { started, shown } => {
                if shown.elapsed() >= LINE_EVERY {
                    *shown = Instant::now();
                    let mb = read as f64 / 1e6;
                    let secs = started.elapsed().as_secs_f64().max(1e-9);
                    eprint!(
                        "annotate: {} rows, {mb:.1} MB, {:.1} MB/s\r",
                        self.rows,
                        mb / secs
                    );
                }
            }
            Show::Nothing => {}
        }
    }

    /// Notes a message above the bar (a skipped or failed shard).
    pub fn note(&self, message: &str) {
        match &self.show {
            Show::Bar(bar) => bar.println(message),
            _ => eprintln!("{message}"),
        }
    }

    /// Ends the bar or the line.
    pub fn finish(&self) {
        match &self.show {
            Show::Bar(bar) => bar.finish_and_clear(),
            Show::Lines { .. } => eprintln!(),
            Show::Nothing => {}
        }
    }
}
