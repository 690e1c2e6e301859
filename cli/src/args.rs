//! The command line: subcommands and their flags.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Cuts SEO spam (keyword stuffing, link lists, pharmacy, casino and
/// counterfeit copy) out of text and corpora, and keeps every sentence of
/// the prose around it.
#[derive(Debug, Parser)]
#[command(name = "spamsplit", version, propagate_version = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Writes a text with its spam cut out, or the spam ranges with --spans.
    Clean(CleanArgs),
    /// Adds spam spans and scores to every row of JSON Lines, Parquet or
    /// Common Crawl WET shards.
    Annotate(AnnotateArgs),
    /// Writes one self-contained HTML page of what was cut.
    Review(ReviewArgs),
    /// Prints a completion script for a shell.
    Completions {
        /// bash, elvish, fish, powershell or zsh.
        shell: clap_complete::Shell,
    },
}

#[derive(Debug, Args)]
pub struct CleanArgs {
    /// The text file (standard input when left out).
    pub file: Option<PathBuf>,
    /// Prints each spam range (byte offsets, score, signals) instead of the
    /// prose.
    #[arg(long)]
    pub spans: bool,
}

/// Offsets of the spans written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Offsets {
    /// UTF-8 byte offsets into the field's text.
    Byte,
    /// Unicode scalar values: what Python slices a `str` with.
    Char,
}

/// What to do with text that is not valid Unicode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InputErrors {
    /// A bad line: invalid UTF-8, or a lone surrogate escape (`\ud800`).
    Strict,
    /// Each invalid byte sequence and each lone surrogate escape is read
    /// as U+FFFD, as Python's errors="replace" does.
    Replace,
}

#[derive(Debug, Args)]
#[command(after_long_help = ANNOTATE_NOTES)]
pub struct AnnotateArgs {
    /// Shards: files, directories (searched for shards in every subfolder)
    /// or glob patterns (`data/*.jsonl.zst`). None, or `-`, reads standard
    /// input.
    pub inputs: Vec<String>,
    /// Writes every row to this file (compressed as its name ends: .gz,
    /// .zst; Parquet for .parquet) instead of standard output.
    #[arg(long, short, conflicts_with = "output_dir")]
    pub output: Option<PathBuf>,
    /// Writes one output shard per input shard here, at the same relative
    /// path and with the same compression (WET shards become .jsonl).
    #[arg(long)]
    pub output_dir: Option<PathBuf>,
    /// With --output-dir: annotates shards whose output exists again.
    #[arg(long, requires = "output_dir")]
    pub overwrite: bool,
    /// Offsets of the spans.
    #[arg(long, value_enum, default_value_t = Offsets::Byte)]
    pub offsets: Offsets,
    /// The field (JSON) or column (Parquet) that holds the text.
    #[arg(long, default_value = "text")]
    pub field: String,
    /// Writes a bad row as {"line": N, "error": "…"} (a bad WET record as
    /// {"record": N, …}) and goes on; the exit code is 1 at the end.
    #[arg(long)]
    pub skip_bad: bool,
    /// Text that is not valid Unicode: a bad row (strict) or read with
    /// U+FFFD in its place (replace).
    #[arg(long, value_enum, default_value_t = InputErrors::Strict)]
    pub input_errors: InputErrors,
    /// Worker threads; 0 (the default) is one per core. At most four per
    /// core are started.
    #[arg(long, default_value_t = 0)]
    pub threads: usize,
    /// Adds "spam_explain": each spam span with its score and signals.
    #[arg(long)]
    pub explain: bool,
    /// Writes the text with its spam cut out into the field instead of the
    /// spans.
    #[arg(long)]
    pub drop: bool,
    /// Shows progress even when standard error is not a terminal.
    #[arg(long)]
    pub progress: bool,
    /// Also writes the summary (documents, bytes removed, per language) to
    /// this file as JSON.
    #[arg(long)]
    pub summary: Option<PathBuf>,
    /// The field that names a row's language for the summary (default:
    /// `language`, else `lang`).
    #[arg(long)]
    pub lang_field: Option<String>,
}

const ANNOTATE_NOTES: &str = "\
Output: every row is written back with its other fields as written, plus
\"spam_spans\": [[start, end], ...] (with --offsets char also \"spam_offsets\":
\"char\") and \"spam_score\". A key given twice keeps its first place and its
last value. Blank lines and a UTF-8 byte-order mark are skipped. One output
row per input row, in order.

Shards: with --output-dir each shard is written to a temporary name
(NAME.partial) and renamed when complete, so a stopped run leaves no shard
that looks done; a shard whose output exists is skipped unless --overwrite.
A shard that fails is named, keeps its rows so far in NAME.partial, and the
other shards go on. An output that is an input is refused.

Exit codes: 0 done; 1 done, with bad rows written as errors (--skip-bad);
2 stopped by an error (named on standard error).";

#[derive(Debug, Args)]
pub struct ReviewArgs {
    /// `spamsplit annotate` output (JSON Lines, also .gz and .zst); rows
    /// without "spam_spans" are analysed here.
    pub file: PathBuf,
    /// The HTML page to write.
    #[arg(long, short)]
    pub output: PathBuf,
    /// Documents in the sample (at most 10000).
    #[arg(long, default_value_t = 100, value_parser = clap::value_parser!(u32).range(0..=10_000))]
    pub sample: u32,
    /// Seed of the sample: the same seed, the same sample.
    #[arg(long, default_value_t = 0)]
    pub seed: u64,
    /// A field to break the summary down by.
    #[arg(long)]
    pub group_by: Option<String>,
    /// The field that holds the text.
    #[arg(long, default_value = "text")]
    pub field: String,
    /// Counts a bad line (invalid JSON or UTF-8, no text) and goes on,
    /// instead of stopping at it.
    #[arg(long)]
    pub skip_bad: bool,
}
