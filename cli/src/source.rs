//! The rows of one input in batches: lines of JSON Lines, or WET records
//! turned into rows; blank lines and a byte-order mark skipped, bad records
//! kept in their place so that they are reported in order.

use std::io::BufRead;
use std::ops::Range;

use crate::wet::{Record, WetReader};

/// A batch ends after this many rows or bytes, whichever comes first:
/// small batches keep the cores from waiting for the first one to be read
/// and the last one to be written.
pub const BATCH_ROWS: usize = 256;
pub const BATCH_BYTES: usize = 1 << 20;

/// Where an entry is in its input, for messages and error rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Position {
    Line(usize),
    Record(usize),
}

impl std::fmt::Display for Position {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Position::Line(n) => write!(f, "line {n}"),
            Position::Record(n) => write!(f, "WET record {n}"),
        }
    }
}

/// One entry of an input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry {
    /// A row: its bytes in the batch's buffer, without the line end.
    Row(Range<usize>),
    /// A blank line, skipped.
    Blank,
    /// A record that is no row, and why.
    Bad(String),
}

/// The next entries of an input, in one buffer, each with its position.
#[derive(Debug, Default)]
pub struct Batch {
    pub buf: Vec<u8>,
    pub entries: Vec<(Position, Entry)>,
}

/// An input read in batches. A read error comes after the entries read
/// before it, and ends the input.
pub enum Source {
    Lines {
        input: Box<dyn BufRead + Send>,
        lines: usize,
    },
    Wet(WetReader<Box<dyn BufRead + Send>>),
}

impl Source {
    /// `input` as rows: WET records when it starts like a WARC file,
    /// otherwise lines.
    pub fn new(mut input: Box<dyn BufRead + Send>) -> std::io::Result<Source> {
        if input.fill_buf()?.starts_with(b"WARC/") {
            return Ok(Source::Wet(WetReader::new(input)));
        }
        Ok(Source::Lines { input, lines: 0 })
    }

    /// The next batch (empty at the end), and the read error that ended the
    /// input, if one did.
    pub fn next_batch(&mut self) -> (Batch, Option<std::io::Error>) {
        let mut batch = Batch::default();
        while batch.entries.len() < BATCH_ROWS && batch.buf.len() < BATCH_BYTES {
            match self.next_entry(&mut batch.buf) {
                Ok(Some(entry)) => batch.entries.push(entry),
                Ok(None) => break,
                Err(e) => return (batch, Some(e)),
            }
        }
        (batch, None)
    }

    /// How far the reading got, for a read error's message: the position
    /// the next entry would have.
    pub fn reached(&self) -> Position {
        match self {
            Source::Lines { lines, .. } => Position::Line(lines + 1),
            Source::Wet(r) => Position::Record(r.record()),
        }
    }

    fn next_entry(&mut self, buf: &mut Vec<u8>) -> std::io::Result<Option<(Position, Entry)>> {
        match self {
            Source::Lines { input, lines } => {
                let start = buf.len();
                if input.read_until(b'\n', buf)? == 0 {
                    return Ok(None);
                }
                *lines += 1;
                let at = Position::Line(*lines);
                let mut from = start;
                // A byte-order mark before the first row is no part of it.
                if *lines == 1 && buf[start..].starts_with(b"\xEF\xBB\xBF") {
                    from += 3;
                }
                let end = buf[from..]
                    .iter()
                    .rposition(|b| !b"\r\n".contains(b))
                    .map_or(from, |i| from + i + 1);
                let line = &buf[from..end];
                if line.iter().all(u8::is_ascii_whitespace) {
                    buf.truncate(start);
                    return Ok(Some((at, Entry::Blank)));
                }
                Ok(Some((at, Entry::Row(from..end))))
            }
            Source::Wet(reader) => {
                let start = buf.len();
                let got = reader.next(buf)?;
                let at = Position::Record(reader.record());
                Ok(got.map(|record| match record {
                    Record::Row => (at, Entry::Row(start..buf.len() - 1)),
                    Record::Bad(why) => (at, Entry::Bad(why)),
                }))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries(data: &'static [u8]) -> Vec<(Position, Entry)> {
        let mut s = Source::new(Box::new(data)).unwrap();
        let (batch, err) = s.next_batch();
        assert!(err.is_none());
        batch.entries
    }

    #[test]
    fn a_byte_order_mark_and_blank_lines_are_skipped() {
        let got = entries(b"\xEF\xBB\xBF{\"a\":1}\r\n\n  \n{\"b\":2}");
        assert_eq!(
            got,
            [
                (Position::Line(1), Entry::Row(3..10)),
                (Position::Line(2), Entry::Blank),
                (Position::Line(3), Entry::Blank),
                (Position::Line(4), Entry::Row(12..19)),
            ]
        );
    }
}
