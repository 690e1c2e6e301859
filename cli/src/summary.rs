//! What a run did, counted: documents, bytes, bytes removed, documents
//! mostly spam, by language and in all; printed as one line at the end and,
//! on request, written as JSON.

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::{Context, Result};
use serde::Serialize;

use crate::rows::RowTally;

/// A document whose spam is more than this share of its bytes is "mostly
/// spam".
pub const MOSTLY_SPAM: f64 = 0.5;

/// Counts of one group of documents.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Counts {
    pub documents: u64,
    pub documents_with_spam: u64,
    pub documents_mostly_spam: u64,
    pub bytes: u64,
    pub bytes_removed: u64,
}

impl Counts {
    pub fn add(&mut self, row: &RowTally) {
        self.documents += 1;
        self.documents_with_spam += u64::from(row.is_spam);
        let mostly = row.bytes > 0 && row.spam_bytes as f64 > MOSTLY_SPAM * row.bytes as f64;
        self.documents_mostly_spam += u64::from(mostly);
        self.bytes += row.bytes as u64;
        self.bytes_removed += row.spam_bytes as u64;
    }

    fn merge(&mut self, other: &Counts) {
        self.documents += other.documents;
        self.documents_with_spam += other.documents_with_spam;
        self.documents_mostly_spam += other.documents_mostly_spam;
        self.bytes += other.bytes;
        self.bytes_removed += other.bytes_removed;
    }
}

/// The summary of a run, or of one shard.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Summary {
    #[serde(flatten)]
    pub all: Counts,
    /// Bad rows (written as errors with --skip-bad).
    pub bad_rows: u64,
    /// Blank lines, skipped.
    pub blank_lines: u64,
    /// Shards annotated, skipped (their output existed) and failed.
    pub shards_done: u64,
    pub shards_skipped: u64,
    pub shards_failed: u64,
    /// Documents by the language their row names (`und` for none).
    pub by_language: BTreeMap<String, Counts>,
}

impl Summary {
    pub fn add_row(&mut self, row: &RowTally) {
        self.all.add(row);
        let language = row.language.as_deref().unwrap_or("und");
        // A language field is data from the web: keep the key short.
        let key: String = language.chars().take(32).collect();
        self.by_language.entry(key).or_default().add(row);
    }

    pub fn merge(&mut self, other: &Summary) {
        self.all.merge(&other.all);
        self.bad_rows += other.bad_rows;
        self.blank_lines += other.blank_lines;
        self.shards_done += other.shards_done;
        self.shards_skipped += other.shards_skipped;
        self.shards_failed += other.shards_failed;
        for (lang, counts) in &other.by_language {
            self.by_language
                .entry(lang.clone())
                .or_default()
                .merge(counts);
        }
    }

    /// The summary line: what every run ends with on standard error.
    pub fn line(&self) -> String {
        let a = &self.all;
        let share = 100.0 * a.bytes_removed as f64 / a.bytes.max(1) as f64;
        let mut line = format!(
            "annotate: {} rows, {} with spam, {} of {} text bytes removed ({share:.2}%)",
            a.documents, a.documents_with_spam, a.bytes_removed, a.bytes
        );
        if a.documents_mostly_spam > 0 {
            line += &format!(", {} mostly spam", a.documents_mostly_spam);
        }
        if self.bad_rows > 0 {
            line += &format!(", {} bad lines", self.bad_rows);
        }
        if self.blank_lines > 0 {
            line += &format!(", {} blank lines skipped", self.blank_lines);
        }
        let shards = self.shards_done + self.shards_skipped + self.shards_failed;
        if shards > 1 || self.shards_skipped + self.shards_failed > 0 {
            line += &format!(
                "; shards: {} done, {} skipped (output exists), {} failed",
                self.shards_done, self.shards_skipped, self.shards_failed
            );
        }
        line
    }

    /// Writes the summary as JSON to `path` (under a temporary name first).
    pub fn write(&self, path: &Path) -> Result<()> {
        let dest = crate::io::Destination::new(path);
        let json = serde_json::to_string_pretty(self).expect("a summary serialises");
        std::fs::write(dest.writing_to(), json + "\n")
            .with_context(|| dest.writing_to().display().to_string())?;
        dest.commit()
    }
}
