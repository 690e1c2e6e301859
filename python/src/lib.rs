//! `spamsplit._core`: the Python face of the spamsplit crate.
//!
//! The pure-Python package `spamsplit` re-exports these classes; the
//! integrations (`spamsplit.integrations.*`) are written in Python on top.
//! Every call that takes many texts copies nothing out of Python but the
//! string pointers, releases the GIL, and runs on a per-process pool.

mod detector;
mod pool;
mod report;
mod text;

use pyo3::prelude::*;

pyo3::create_exception!(
    _core,
    SpamSplitError,
    pyo3::exceptions::PyValueError,
    "A bad setting or lexicon; the message is the core library's."
);

#[pymodule]
fn _core(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<detector::Detector>()?;
    m.add_class::<report::Report>()?;
    m.add_class::<report::Span>()?;
    m.add_class::<report::Signals>()?;
    m.add("SpamSplitError", m.py().get_type::<SpamSplitError>())?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("DEFAULT_THRESHOLD", spamsplit::DEFAULT_THRESHOLD)?;
    m.add("DEFAULT_MIN_TOKENS", spamsplit::DEFAULT_MIN_TOKENS)?;
    Ok(())
}
