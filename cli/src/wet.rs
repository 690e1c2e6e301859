//! Common Crawl WET files (WARC records of extracted text) read as rows:
//! each `conversion` record becomes one JSON row with the record's URI, id
//! and date and its text in `text`; the `warcinfo` record and any other
//! record type are passed over.
//!
//! Hand-written (about a hundred lines) rather than the `warc` crate: that
//! crate needs every record to carry a WARC-Record-ID, reads a record's
//! whole body at the length its header claims, names no record in its
//! errors, and brings some sixty crates with it.

use std::io::{BufRead, Read};

use serde_json::json;

/// The largest record read: a Content-Length past it is taken for
/// corruption, not allocated.
pub const MAX_RECORD: usize = 256 << 20;
/// The longest header line read.
const MAX_HEADER_LINE: usize = 64 << 10;

/// What one record gave.
#[derive(Debug, PartialEq, Eq)]
pub enum Record {
    /// A row, appended to the caller's buffer (a JSON object and `\n`).
    Row,
    /// A record that cannot be a row (its headers are not text), passed
    /// over: the next one can still be read.
    Bad(String),
}

/// Reads WET records one at a time.
pub struct WetReader<R> {
    inner: R,
    /// Records read so far: the number of the last one, for messages.
    records: usize,
}

impl<R: BufRead> WetReader<R> {
    pub fn new(inner: R) -> WetReader<R> {
        WetReader { inner, records: 0 }
    }

    /// The number of the record read last (1-based).
    pub fn record(&self) -> usize {
        self.records
    }

    fn corrupt(&self, what: &str) -> std::io::Error {
        std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!("WET record {}: {what}", self.records),
        )
    }

    /// One line, at most `MAX_HEADER_LINE` bytes, into `line` (cleared);
    /// false at the end of the stream.
    fn line(&mut self, line: &mut Vec<u8>) -> std::io::Result<bool> {
        line.clear();
        let n = (&mut self.inner)
            .take(MAX_HEADER_LINE as u64)
            .read_until(b'\n', line)?;
        if n == MAX_HEADER_LINE && !line.ends_with(b"\n") {
            return Err(self.corrupt("a header line is over 64 KiB"));
        }
        Ok(n > 0)
    }

    /// Reads the next conversion record into `out`; `None` at the end of
    /// the stream. An error is the stream's corruption: nothing after it
    /// can be read.
    pub fn next(&mut self, out: &mut Vec<u8>) -> std::io::Result<Option<Record>> {
        let mut line = Vec::new();
        loop {
            // The version line, after any blank lines between records.
            loop {
                if !self.line(&mut line)? {
                    return Ok(None);
                }
                if !line.trim_ascii().is_empty() {
                    break;
                }
            }
            self.records += 1;
            if !line.starts_with(b"WARC/") {
                return Err(self.corrupt("expected a WARC/ version line"));
            }
            let mut headers: Vec<(String, Vec<u8>)> = Vec::new();
            loop {
                if !self.line(&mut line)? {
                    return Err(self.corrupt("truncated in its headers"));
                }
                let header = line.trim_ascii_end();
                if header.is_empty() {
                    break;
                }
                if let Some(colon) = header.iter().position(|&b| b == b':') {
                    let key = String::from_utf8_lossy(&header[..colon]).to_ascii_lowercase();
                    headers.push((
                        key.trim().to_string(),
                        header[colon + 1..].trim_ascii().to_vec(),
                    ));
                }
            }
            let get = |key: &str| {
                headers
                    .iter()
                    .find(|(k, _)| k == key)
                    .map(|(_, v)| v.as_slice())
            };
            let length: usize = get("content-length")
                .and_then(|v| std::str::from_utf8(v).ok()?.parse().ok())
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
            if get("warc-type") != Some(b"conversion".as_slice()) {
                continue;
            }
            // Headers are ASCII by the standard; one that is not text is a
            // bad record, but the length told where the next one starts.
            let text = |key: &str| -> Result<Option<&str>, String> {
                get(key)
                    .map(|v| {
                        std::str::from_utf8(v).map_err(|e| {
                            format!(
                                "header {key} is not UTF-8 (byte {} of its value)",
                                e.valid_up_to()
                            )
                        })
                    })
                    .transpose()
            };
            let fields = (
                text("warc-target-uri"),
                text("warc-record-id"),
                text("warc-date"),
            );
            let (url, id, date) = match fields {
                (Ok(u), Ok(i), Ok(d)) => (u, i, d),
                (Err(e), _, _) | (_, Err(e), _) | (_, _, Err(e)) => {
                    return Ok(Some(Record::Bad(e)));
                }
            };
            let row = json!({
                "url": url,
                "id": id,
                "date": date,
                "text": String::from_utf8_lossy(&body),
            });
            serde_json::to_writer(&mut *out, &row).expect("a JSON value serialises");
            out.push(b'\n');
            return Ok(Some(Record::Row));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(kind: &str, uri: &[u8], body: &str) -> Vec<u8> {
        let mut r = format!("WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: ").into_bytes();
        r.extend_from_slice(uri);
        r.extend_from_slice(
            format!("\r\nContent-Length: {}\r\n\r\n{body}\r\n\r\n", body.len()).as_bytes(),
        );
        r
    }

    fn read_all(data: &[u8]) -> (Vec<Result<String, String>>, Option<String>) {
        let mut reader = WetReader::new(data);
        let mut rows = Vec::new();
        loop {
            let mut out = Vec::new();
            match reader.next(&mut out) {
                Ok(None) => return (rows, None),
                Ok(Some(Record::Row)) => rows.push(Ok(String::from_utf8(out).unwrap())),
                Ok(Some(Record::Bad(e))) => rows.push(Err(e)),
                Err(e) => return (rows, Some(e.to_string())),
            }
        }
    }

    #[test]
    fn a_header_that_is_not_text_spoils_its_record_only() {
        let mut data = record("warcinfo", b"-", "info");
        data.extend(record("conversion", b"http://a.example/\xff", "first"));
        data.extend(record("conversion", b"http://b.example/", "second"));
        let (rows, end) = read_all(&data);
        assert_eq!(end, None);
        assert_eq!(rows.len(), 2);
        assert!(rows[0].as_ref().unwrap_err().contains("not UTF-8"));
        assert!(rows[1].as_ref().unwrap().contains("\"text\":\"second\""));
    }

    #[test]
    fn corruption_names_the_record() {
        let mut data = record("conversion", b"http://a.example/", "first");
        data.extend(b"WARC/1.0\r\nWARC-Type: conversion\r\nContent-Length: 50\r\n\r\nshort");
        let (rows, end) = read_all(&data);
        assert_eq!(rows.len(), 1);
        assert_eq!(end.unwrap(), "WET record 2: truncated in its body");
        let (_, end) = read_all(b"WARC/1.0\r\nContent-Length: 99999999999\r\n\r\nx");
        assert!(end.unwrap().contains("over the"));
        let (_, end) = read_all(b"not a warc\r\n");
        assert!(end.unwrap().contains("WET record 1: expected"));
    }
}
