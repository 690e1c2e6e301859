//! Where rows come from and go to: plain, gzip or zstd files and streams,
//! outputs that are written under a temporary name and renamed when
//! complete, and the check that an output is not one of the inputs.

use std::fs::File;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use anyhow::{Context, Result, bail};

/// How a corpus file is compressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compression {
    Gzip,
    Zstd,
}

impl Compression {
    /// By the file name's ending: `.gz`, `.zst`.
    pub fn of_path(path: &Path) -> Option<Compression> {
        let name = path.to_string_lossy();
        if name.ends_with(".gz") {
            Some(Compression::Gzip)
        } else if name.ends_with(".zst") || name.ends_with(".zstd") {
            Some(Compression::Zstd)
        } else {
            None
        }
    }

    /// By the stream's first bytes (gzip `1f 8b`, zstd `28 b5 2f fd`).
    pub fn of_magic(head: &[u8]) -> Option<Compression> {
        if head.starts_with(&[0x1f, 0x8b]) {
            Some(Compression::Gzip)
        } else if head.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
            Some(Compression::Zstd)
        } else {
            None
        }
    }
}

/// Counts the bytes read through it, for the progress bar.
pub struct Counted<R> {
    inner: R,
    read: Arc<AtomicU64>,
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.read.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// `raw` decompressed as `named` says or, without a name, as its first
/// bytes say; `read` counts the raw bytes.
pub fn decompressed(
    raw: Box<dyn Read + Send>,
    named: Option<Compression>,
    read: Arc<AtomicU64>,
) -> std::io::Result<Box<dyn BufRead + Send>> {
    let mut buffered = BufReader::new(Counted { inner: raw, read });
    let kind = match named {
        Some(kind) => Some(kind),
        None => Compression::of_magic(buffered.fill_buf()?),
    };
    Ok(match kind {
        None => Box::new(buffered),
        Some(Compression::Gzip) => {
            Box::new(BufReader::new(flate2::read::MultiGzDecoder::new(buffered)))
        }
        Some(Compression::Zstd) => Box::new(BufReader::new(
            zstd::stream::read::Decoder::with_buffer(buffered)?,
        )),
    })
}

/// Opens `path` (standard input for `None`) decompressed.
pub fn open(path: Option<&Path>, read: Arc<AtomicU64>) -> Result<Box<dyn BufRead + Send>> {
    match path {
        Some(path) => {
            let file = File::open(path).with_context(|| path.display().to_string())?;
            decompressed(Box::new(file), Compression::of_path(path), read)
                .with_context(|| format!("{}: cannot read", path.display()))
        }
        None => decompressed(Box::new(std::io::stdin()), None, read)
            .context("standard input: cannot read"),
    }
}

/// An output file written under a temporary name (`NAME.partial`) and
/// renamed to its name only when complete: a run that stops leaves no file
/// that looks done, and what it wrote before stopping stays in the
/// temporary one. Special files (`/dev/stdout`, a pipe) are written in
/// place.
pub struct Destination {
    path: PathBuf,
    partial: Option<PathBuf>,
}

impl Destination {
    pub fn new(path: &Path) -> Destination {
        let special = std::fs::metadata(path).is_ok_and(|m| !m.is_file());
        let partial = (!special).then(|| partial_name(path));
        Destination {
            path: path.to_path_buf(),
            partial,
        }
    }

    /// Where the bytes go while the output is being written.
    pub fn writing_to(&self) -> &Path {
        self.partial.as_deref().unwrap_or(&self.path)
    }

    /// The final name.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Creates the file being written (and its folders).
    pub fn create(&self) -> Result<File> {
        let at = self.writing_to();
        if let Some(dir) = at.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).with_context(|| dir.display().to_string())?;
        }
        File::create(at).with_context(|| at.display().to_string())
    }

    /// Gives the complete file its name.
    pub fn commit(&self) -> Result<()> {
        if let Some(partial) = &self.partial {
            std::fs::rename(partial, &self.path).with_context(|| {
                format!(
                    "cannot rename {} to {}",
                    partial.display(),
                    self.path.display()
                )
            })?;
        }
        Ok(())
    }
}

/// `NAME.partial` beside `path`.
pub fn partial_name(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".partial");
    path.with_file_name(name)
}

/// Where rows go, compressed as the output's name says.
pub enum Output {
    Plain(Box<dyn Write + Send>),
    Gzip(flate2::write::GzEncoder<File>),
    Zstd(zstd::stream::write::Encoder<'static, File>),
}

impl Output {
    /// Standard output, unbuffered here (the sink buffers).
    pub fn stdout() -> Output {
        Output::Plain(Box::new(std::io::stdout()))
    }

    /// `file`, compressed as `name` ends.
    pub fn file(file: File, name: &Path) -> Result<Output> {
        Ok(match Compression::of_path(name) {
            None => Output::Plain(Box::new(file)),
            Some(Compression::Gzip) => Output::Gzip(flate2::write::GzEncoder::new(
                file,
                flate2::Compression::default(),
            )),
            Some(Compression::Zstd) => Output::Zstd(
                zstd::stream::write::Encoder::new(file, 3)
                    .with_context(|| name.display().to_string())?,
            ),
        })
    }

    /// Flushes and writes the compressed stream's end, so that what was
    /// written is readable even when the run stops.
    pub fn finish(self) -> std::io::Result<()> {
        match self {
            Output::Plain(mut w) => w.flush(),
            Output::Gzip(w) => w.finish().and_then(|mut f| f.flush()),
            Output::Zstd(w) => w.finish().and_then(|mut f| f.flush()),
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

/// Fails when `output` is the same file as one of `inputs`: the same
/// path, a hard link or a symbolic link to it. Writing it would destroy the
/// input before it is read.
pub fn refuse_overwriting_an_input<'a>(
    output: &Path,
    inputs: impl IntoIterator<Item = &'a Path>,
) -> Result<()> {
    let Ok(out) = std::fs::metadata(output) else {
        return Ok(()); // a new file is no input
    };
    if !out.is_file() {
        return Ok(());
    }
    for input in inputs {
        if let Ok(inp) = std::fs::metadata(input)
            && same_file(&out, &inp, output, input)
        {
            bail!(
                "{} is an input ({}): refusing to write over it",
                output.display(),
                input.display()
            );
        }
    }
    Ok(())
}

#[cfg(unix)]
fn same_file(a: &std::fs::Metadata, b: &std::fs::Metadata, _: &Path, _: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    a.dev() == b.dev() && a.ino() == b.ino()
}

#[cfg(not(unix))]
fn same_file(_: &std::fs::Metadata, _: &std::fs::Metadata, a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}
