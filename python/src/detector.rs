//! `Detector`: settings in, reports and clean text out, one text or many.

use std::borrow::Cow;
use std::path::PathBuf;

use pyo3::prelude::*;
use pyo3::types::{PyString, PyTuple, PyType};
use rayon::prelude::*;

use crate::SpamSplitError;
use crate::pool::{count, pool, resolve_threads};
use crate::report::{Analysis, Offsets, Report};
use crate::text::{Errors, text_of};

fn config_error(err: spamsplit::Error) -> PyErr {
    SpamSplitError::new_err(err.to_string())
}

/// A spam detector: built once, then used for any number of texts, from any
/// number of threads or (pickled) processes.
#[pyclass(frozen, module = "spamsplit._core")]
pub struct Detector {
    core: spamsplit::Detector,
    threshold: f64,
    min_tokens: usize,
    extra_keywords: Vec<String>,
    /// The replacement lexicon's text (read from its file if given a path),
    /// kept so a pickled detector needs no file on the other side.
    lexicon: Option<String>,
}

/// A lexicon argument's text: a path-like object or a one-line `str` naming
/// an existing file is read; any other `str` is the lexicon itself.
fn lexicon_text(arg: &Bound<'_, PyAny>) -> PyResult<String> {
    let path: PathBuf = match arg.cast::<PyString>() {
        Ok(s) => {
            let s = s.to_str()?;
            let path = PathBuf::from(s);
            let looks_like_path = s.ends_with(".txt") || s.contains(std::path::MAIN_SEPARATOR);
            if s.contains('\n') || !(path.is_file() || looks_like_path) {
                return Ok(s.to_string());
            }
            path
        }
        Err(_) => arg.extract()?,
    };
    std::fs::read_to_string(&path).map_err(|e| {
        config_error(spamsplit::Error::LexiconIo {
            path: path.display().to_string(),
            reason: e.to_string(),
        })
    })
}

/// Text analysed per thread between two looks for a signal: about a
/// twentieth of a second's work, so Ctrl-C stops a batch at once.
const CHUNK_BYTES_PER_THREAD: usize = 2 << 20;

/// `one` over `texts` in order, off the GIL: on the calling thread when one
/// thread is asked for (or there is one text), else on this process's pool.
/// The texts go in chunks, and between chunks the GIL is taken back to run
/// Python's signal handlers: a KeyboardInterrupt stops the batch there.
fn map_texts<T, F>(
    py: Python<'_>,
    texts: &[Cow<'_, str>],
    threads: usize,
    one: F,
) -> PyResult<Vec<T>>
where
    T: Send,
    F: Fn(&str) -> T + Sync,
{
    let pool = (threads > 1 && texts.len() > 1)
        .then(|| pool(threads))
        .transpose()?;
    let budget = CHUNK_BYTES_PER_THREAD * threads;
    let mut out = Vec::with_capacity(texts.len());
    let mut rest = texts;
    while !rest.is_empty() {
        let (mut n, mut bytes) = (0, 0);
        while n < rest.len() && (n == 0 || bytes + rest[n].len() <= budget) {
            bytes += rest[n].len();
            n += 1;
        }
        let (chunk, after) = rest.split_at(n);
        rest = after;
        py.detach(|| match &pool {
            Some(pool) => pool.install(|| out.par_extend(chunk.par_iter().map(|t| one(t)))),
            None => out.extend(chunk.iter().map(|t| one(t))),
        });
        py.check_signals()?;
    }
    Ok(out)
}

/// The texts of an iterable of `str`, borrowed where they are valid UTF-8.
/// A non-`str` item is a `TypeError` that names its index.
fn texts_of<'a>(items: &'a [Bound<'_, PyAny>], errors: Errors) -> PyResult<Vec<Cow<'a, str>>> {
    items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            text_of(item, errors).map_err(|e| {
                let py = item.py();
                if e.is_instance_of::<pyo3::exceptions::PyTypeError>(py) {
                    return pyo3::exceptions::PyTypeError::new_err(format!(
                        "texts[{i}]: {}",
                        e.value(py)
                    ));
                }
                // Other errors (UnicodeEncodeError) keep their type and
                // fields; a note names the text (Python 3.11+ shows it).
                let _ = e
                    .value(py)
                    .call_method1("add_note", (format!("in texts[{i}]"),));
                e
            })
        })
        .collect()
}

fn items_of<'py>(texts: &Bound<'py, PyAny>) -> PyResult<Vec<Bound<'py, PyAny>>> {
    if texts.is_instance_of::<PyString>() {
        return Err(pyo3::exceptions::PyTypeError::new_err(
            "texts must be an iterable of str, not a single str",
        ));
    }
    texts.try_iter()?.collect()
}

#[pymethods]
impl Detector {
    /// `Detector()` is the embedded default. `lexicon` (lexicon text, or a
    /// path to a lexicon file) replaces the built-in terms;
    /// `extra_keywords` adds to whichever lexicon is in use.
    #[new]
    #[pyo3(signature = (threshold = None, min_tokens = None, extra_keywords = Vec::new(), lexicon = None))]
    fn new(
        threshold: Option<f64>,
        min_tokens: Option<&Bound<'_, PyAny>>,
        extra_keywords: Vec<String>,
        lexicon: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Detector> {
        let threshold = threshold.unwrap_or(spamsplit::DEFAULT_THRESHOLD);
        // Any int: negative or huge counts get the core's kind of message,
        // not an OverflowError.
        let min_tokens = match min_tokens.filter(|m| !m.is_none()) {
            None => spamsplit::DEFAULT_MIN_TOKENS,
            Some(n) => match count(n, "min_tokens") {
                Ok(Some(n)) => n,
                Ok(None) => {
                    let shown = n.repr().map_or_else(|_| "?".to_string(), |r| r.to_string());
                    return Err(SpamSplitError::new_err(format!(
                        "min_tokens is too large: at most {}, got {shown}",
                        usize::MAX
                    )));
                }
                // The core's message for zero, and for below it.
                Err(e) if e.is_instance_of::<SpamSplitError>(n.py()) => {
                    let shown = n.repr().map_or_else(|_| "?".to_string(), |r| r.to_string());
                    return Err(SpamSplitError::new_err(format!(
                        "minimum span size must be at least 1 token, got {shown}"
                    )));
                }
                Err(e) => return Err(e),
            },
        };
        let lexicon = lexicon
            .filter(|l| !l.is_none())
            .map(lexicon_text)
            .transpose()?;
        let mut builder = spamsplit::Detector::builder();
        builder
            .threshold(threshold)
            .min_tokens(min_tokens)
            .extra_keywords(&extra_keywords);
        if let Some(text) = &lexicon {
            builder.lexicon(spamsplit::Lexicon::parse(text).map_err(config_error)?);
        }
        Ok(Detector {
            core: builder.build().map_err(config_error)?,
            threshold,
            min_tokens,
            extra_keywords,
            lexicon,
        })
    }

    /// The spam threshold in use.
    #[getter]
    fn threshold(&self) -> f64 {
        self.threshold
    }

    /// The smallest span, in tokens.
    #[getter]
    fn min_tokens(&self) -> usize {
        self.min_tokens
    }

    /// The report on one text.
    #[pyo3(signature = (text, offsets = "char", errors = "strict"))]
    fn analyze(
        &self,
        py: Python<'_>,
        text: &Bound<'_, PyAny>,
        offsets: &str,
        errors: &str,
    ) -> PyResult<Report> {
        let unit = Offsets::parse(offsets)?;
        let text = text_of(text, Errors::parse(errors)?)?;
        let core = &self.core;
        Ok(py
            .detach(|| Analysis::new(&text, core.analyze(&text), unit))
            .into())
    }

    /// Reports for many texts, in order; the GIL is released and the work
    /// spread over `num_threads` threads.
    #[pyo3(signature = (texts, offsets = "char", num_threads = None, errors = "strict"))]
    fn analyze_batch(
        &self,
        py: Python<'_>,
        texts: &Bound<'_, PyAny>,
        offsets: &str,
        num_threads: Option<&Bound<'_, PyAny>>,
        errors: &str,
    ) -> PyResult<Vec<Report>> {
        let unit = Offsets::parse(offsets)?;
        let threads = resolve_threads(num_threads)?;
        let items = items_of(texts)?;
        let texts = texts_of(&items, Errors::parse(errors)?)?;
        let core = &self.core;
        let all = map_texts(py, &texts, threads, |t| {
            Analysis::new(t, core.analyze(t), unit)
        })?;
        Ok(all.into_iter().map(Report::from).collect())
    }

    /// The text with its spam cut out.
    #[pyo3(signature = (text, errors = "strict"))]
    fn clean(&self, py: Python<'_>, text: &Bound<'_, PyAny>, errors: &str) -> PyResult<String> {
        let text = text_of(text, Errors::parse(errors)?)?;
        Ok(py.detach(|| self.core.clean(&text)))
    }

    /// `clean` for many texts, in order, on `num_threads` threads.
    #[pyo3(signature = (texts, num_threads = None, errors = "strict"))]
    fn clean_batch(
        &self,
        py: Python<'_>,
        texts: &Bound<'_, PyAny>,
        num_threads: Option<&Bound<'_, PyAny>>,
        errors: &str,
    ) -> PyResult<Vec<String>> {
        let threads = resolve_threads(num_threads)?;
        let items = items_of(texts)?;
        let texts = texts_of(&items, Errors::parse(errors)?)?;
        let core = &self.core;
        map_texts(py, &texts, threads, |t| core.clean(t))
    }

    /// Pickle support: the settings, with the lexicon as text.
    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyType>, Bound<'py, PyTuple>)> {
        let me = slf.get();
        // A trailing line break keeps one-line lexicon text from ever being
        // read as a file name when it is unpickled.
        let lexicon = me.lexicon.as_ref().map(|t| {
            if t.ends_with('\n') {
                t.clone()
            } else {
                format!("{t}\n")
            }
        });
        let args = (
            me.threshold,
            me.min_tokens,
            me.extra_keywords.clone(),
            lexicon,
        );
        Ok((slf.get_type(), args.into_pyobject(slf.py())?))
    }

    fn __repr__(&self) -> String {
        format!(
            "Detector(threshold={}, min_tokens={}, extra_keywords={}, lexicon={})",
            self.threshold,
            self.min_tokens,
            self.extra_keywords.len(),
            if self.lexicon.is_some() {
                "custom"
            } else {
                "builtin"
            }
        )
    }
}
