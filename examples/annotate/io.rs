//! Where annotate's rows come from and go to: plain, gzip or zstd files and
//! streams, and Common Crawl WET files read as rows.

use std::io::{BufRead, Read, Write};

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
