//! Common Crawl WET files (WARC records of extracted text) read as JSON
//! Lines: each `conversion` record becomes one row with the record's URI, id
//! and date and its text in `text`; the `warcinfo` record and any other
//! record type are passed over.

use std::io::{BufRead, Read};

use serde_json::json;

/// The largest record read: a Content-Length past it is taken for
/// corruption, not allocated.
const MAX_RECORD: usize = 256 << 20;

/// The rows of a WET stream, one JSON line a `conversion` record.
pub struct WetRows<R> {
    inner: R,
    /// The row being handed out, and how much of it is.
    row: Vec<u8>,
    at: usize,
    /// Records read so far, for error messages.
    records: usize,
}

impl<R: BufRead> WetRows<R> {
    pub fn new(inner: R) -> WetRows<R> {
        WetRows {
            inner,
            row: Vec::new(),
            at: 0,
            records: 0,
        }
    }

    fn corrupt(&self, what: &str) -> std::io::Error {
        std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!("WET record {}: {what}", self.records),
        )
    }

    /// Reads the next record into `row` (empty at the end of the stream).
    fn next_row(&mut self) -> std::io::Result<()> {
        self.row.clear();
        self.at = 0;
        loop {
            // The version line, after any blank lines between records.
            let mut line = String::new();
            loop {
                line.clear();
                if self.inner.read_line(&mut line)? == 0 {
                    return Ok(());
                }
                if !line.trim().is_empty() {
                    break;
                }
            }
            self.records += 1;
            if !line.starts_with("WARC/") {
                return Err(self.corrupt("expected a WARC/ version line"));
            }
            let mut headers = Vec::new();
            loop {
                line.clear();
                if self.inner.read_line(&mut line)? == 0 {
                    return Err(self.corrupt("truncated in its headers"));
                }
                let header = line.trim_end_matches(['\r', '\n']);
                if header.is_empty() {
                    break;
                }
                if let Some((key, value)) = header.split_once(':') {
                    headers.push((key.trim().to_ascii_lowercase(), value.trim().to_string()));
                }
            }
            let get = |key: &str| {
                headers
                    .iter()
                    .find(|(k, _)| k == key)
                    .map(|(_, v)| v.as_str())
            };
            let length: usize = get("content-length")
                .and_then(|v| v.parse().ok())
                .ok_or_else(|| self.corrupt("no valid Content-Length"))?;
            if length > MAX_RECORD {
                return Err(self.corrupt(&format!(
                    "Content-Length {length} is over the {MAX_RECORD}-byte limit"
                )));
            }
            let mut body = Vec::with_capacity(length.min(1 << 20));
            let read = (&mut self.inner)
                .take(length as u64)
                .read_to_end(&mut body)?;
            if read < length {
                return Err(self.corrupt("truncated in its body"));
            }
            if get("warc-type") != Some("conversion") {
                continue;
            }
            let row = json!({
                "url": get("warc-target-uri"),
                "id": get("warc-record-id"),
                "date": get("warc-date"),
                "text": String::from_utf8_lossy(&body),
            });
            serde_json::to_writer(&mut self.row, &row).expect("a JSON value serialises");
            self.row.push(b'\n');
            return Ok(());
        }
    }
}

impl<R: BufRead> Read for WetRows<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.at == self.row.len() {
            self.next_row()?;
        }
        let n = buf.len().min(self.row.len() - self.at);
        buf[..n].copy_from_slice(&self.row[self.at..self.at + n]);
        self.at += n;
        Ok(n)
    }
}
