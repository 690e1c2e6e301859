//! Reports as Python sees them: offsets in code points (or bytes), spans
//! with their score and signals.

use std::sync::Arc;

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyDict;

use crate::text::{Errors, text_of};

/// The unit of a report's offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Offsets {
    /// Code points: indices into the Python `str`.
    Char,
    /// Bytes of the text's UTF-8 encoding, as the Rust crate reports them.
    Byte,
}

impl Offsets {
    pub fn parse(name: &str) -> PyResult<Offsets> {
        match name {
            "char" => Ok(Offsets::Char),
            "byte" => Ok(Offsets::Byte),
            other => Err(PyValueError::new_err(format!(
                "offsets must be \"char\" or \"byte\", got {other:?}"
            ))),
        }
    }

    fn name(self) -> &'static str {
        match self {
            Offsets::Char => "char",
            Offsets::Byte => "byte",
        }
    }
}

/// A core report with its spans already in the caller's unit; built off
/// the GIL, turned into a [`Report`] on it.
pub struct Analysis {
    core: Arc<spamsplit::Report>,
    /// Start and end of every spam span, in `unit`.
    bounds: Vec<usize>,
    /// Index of each spam span's segment in `core.segments()`.
    segments: Vec<usize>,
    len: usize,
    unit: Offsets,
}

impl Analysis {
    pub fn new(text: &str, core: spamsplit::Report, unit: Offsets) -> Analysis {
        let mut bounds = Vec::new();
        let mut segments = Vec::new();
        for (i, seg) in core.segments().iter().enumerate() {
            if seg.is_spam() {
                bounds.extend([seg.start(), seg.end()]);
                segments.push(i);
            }
        }
        let len = match unit {
            Offsets::Char if !bounds.is_empty() && !text.is_ascii() => {
                spamsplit::offsets::bytes_to_chars(text, &mut bounds);
                text.chars().count()
            }
            _ => text.len(),
        };
        Analysis {
            core: Arc::new(core),
            bounds,
            segments,
            len,
            unit,
        }
    }
}

/// What `Detector.analyze` found in one text.
#[pyclass(frozen, module = "spamsplit._core")]
pub struct Report {
    analysis: Analysis,
}

impl From<Analysis> for Report {
    fn from(analysis: Analysis) -> Report {
        Report { analysis }
    }
}

#[pymethods]
impl Report {
    /// True when any spam was found.
    #[getter]
    fn is_spam(&self) -> bool {
        !self.analysis.segments.is_empty()
    }

    /// The highest segment score, 0.0 to 1.0.
    #[getter]
    fn score(&self) -> f64 {
        self.analysis.core.score()
    }

    /// The share of the text inside spam spans, measured in `offsets` units.
    #[getter]
    fn spam_fraction(&self) -> f64 {
        let a = &self.analysis;
        if a.len == 0 {
            return 0.0;
        }
        let spam: usize = a.bounds.chunks_exact(2).map(|b| b[1] - b[0]).sum();
        spam as f64 / a.len as f64
    }

    /// `"char"` (code points) or `"byte"` (UTF-8 bytes).
    #[getter]
    fn offsets(&self) -> &'static str {
        self.analysis.unit.name()
    }

    /// Length of the analysed text, in `offsets` units.
    #[getter]
    fn text_len(&self) -> usize {
        self.analysis.len
    }

    /// The spam spans, sorted and disjoint.
    #[getter]
    fn spans(&self) -> Vec<Span> {
        let a = &self.analysis;
        a.bounds
            .chunks_exact(2)
            .zip(&a.segments)
            .map(|(b, &segment)| Span {
                start: b[0],
                end: b[1],
                score: a.core.segments()[segment].score(),
                report: Arc::clone(&a.core),
                segment,
            })
            .collect()
    }

    /// `(start, end, score)` of every spam span: the cheap form for tables.
    fn span_tuples(&self) -> Vec<(usize, usize, f64)> {
        let a = &self.analysis;
        a.bounds
            .chunks_exact(2)
            .zip(&a.segments)
            .map(|(b, &i)| (b[0], b[1], a.core.segments()[i].score()))
            .collect()
    }

    /// `text` (the analysed one) with the spam cut out, as `Detector.clean`
    /// cuts it, without analysing again.
    #[pyo3(signature = (text, errors = "strict"))]
    fn clean(&self, text: &Bound<'_, PyAny>, errors: &str) -> PyResult<String> {
        let text = text_of(text, Errors::parse(errors)?)?;
        Ok(self.analysis.core.clean(&text))
    }

    /// A plain dict: `is_spam`, `score`, `spam_fraction`, `offsets` and
    /// `spans` as `[start, end, score]` lists; JSON-ready.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("is_spam", self.is_spam())?;
        d.set_item("score", self.score())?;
        d.set_item("spam_fraction", self.spam_fraction())?;
        d.set_item("offsets", self.offsets())?;
        d.set_item("spans", self.span_tuples())?;
        Ok(d)
    }

    fn __repr__(&self) -> String {
        format!(
            "Report(is_spam={}, score={:.3}, spans={:?}, offsets={:?})",
            if self.is_spam() { "True" } else { "False" },
            self.score(),
            self.span_tuples()
                .iter()
                .map(|(s, e, _)| (*s, *e))
                .collect::<Vec<_>>(),
            self.offsets()
        )
    }
}

/// One spam span: `text[start:end]` is the spam.
#[pyclass(frozen, module = "spamsplit._core")]
pub struct Span {
    #[pyo3(get)]
    start: usize,
    #[pyo3(get)]
    end: usize,
    #[pyo3(get)]
    score: f64,
    report: Arc<spamsplit::Report>,
    segment: usize,
}

#[pymethods]
impl Span {
    /// What the detector measured in the span.
    #[getter]
    fn signals(&self) -> Signals {
        Signals {
            report: Arc::clone(&self.report),
            segment: self.segment,
        }
    }

    fn __repr__(&self) -> String {
        format!(
            "Span(start={}, end={}, score={:.3})",
            self.start, self.end, self.score
        )
    }
}

/// The measurements behind a span's score.
#[pyclass(frozen, module = "spamsplit._core")]
pub struct Signals {
    report: Arc<spamsplit::Report>,
    segment: usize,
}

impl Signals {
    fn get(&self) -> &spamsplit::Signals {
        self.report.segments()[self.segment].signals()
    }
}

#[pymethods]
impl Signals {
    /// Word tokens in the span.
    #[getter]
    fn tokens(&self) -> usize {
        self.get().tokens()
    }
    /// Tokens inside lexicon terms.
    #[getter]
    fn keyword_tokens(&self) -> usize {
        self.get().keyword_tokens()
    }
    /// `keyword_tokens / tokens`.
    #[getter]
    fn keyword_density(&self) -> f64 {
        self.get().keyword_density()
    }
    /// Tokens that repeat an earlier token of the span.
    #[getter]
    fn repeated_tokens(&self) -> usize {
        self.get().repeated_tokens()
    }
    /// `repeated_tokens / tokens`.
    #[getter]
    fn repetition(&self) -> f64 {
        self.get().repetition()
    }
    /// Function words (the, de, и, の...): marks of prose.
    #[getter]
    fn function_words(&self) -> usize {
        self.get().function_words()
    }
    /// Sentence-ending punctuation marks.
    #[getter]
    fn sentence_ends(&self) -> usize {
        self.get().sentence_ends()
    }
    /// Distinct tokens over tokens.
    #[getter]
    fn lexical_variety(&self) -> f64 {
        self.get().lexical_variety()
    }
    /// `(term, category, count)` of each lexicon term matched.
    #[getter]
    fn keywords(&self) -> Vec<(String, &'static str, usize)> {
        self.get()
            .keywords()
            .iter()
            .map(|k| {
                (
                    k.keyword().term().to_string(),
                    k.keyword().category().name(),
                    k.count(),
                )
            })
            .collect()
    }
    /// `(token, count)` of the most repeated tokens.
    #[getter]
    fn top_repeats(&self) -> Vec<(String, usize)> {
        self.get()
            .top_repeats()
            .iter()
            .map(|r| (r.word().to_string(), r.count()))
            .collect()
    }

    fn __repr__(&self) -> String {
        let s = self.get();
        format!(
            "Signals(tokens={}, keyword_density={:.2}, repetition={:.2}, function_words={}, keywords={:?})",
            s.tokens(),
            s.keyword_density(),
            s.repetition(),
            s.function_words(),
            s.keywords()
                .iter()
                .map(|k| k.keyword().term())
                .collect::<Vec<_>>()
        )
    }
}
