//! Python `str` in, `&str` out: borrowed when the text is valid UTF-8
//! (CPython caches it in the object), else repaired one code point for one.

use std::borrow::Cow;

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyString;

/// What to do with lone surrogates, which have no UTF-8 form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Errors {
    /// Raise `UnicodeEncodeError`.
    Strict,
    /// Read each one as U+FFFD, so code-point offsets still index the
    /// caller's string.
    Replace,
}

impl Errors {
    pub fn parse(name: &str) -> PyResult<Errors> {
        match name {
            "strict" => Ok(Errors::Strict),
            "replace" => Ok(Errors::Replace),
            other => Err(PyValueError::new_err(format!(
                "errors must be \"strict\" or \"replace\", got {other:?}"
            ))),
        }
    }
}

/// The text of `obj`, which must be a `str`.
pub fn text_of<'a>(obj: &'a Bound<'_, PyAny>, errors: Errors) -> PyResult<Cow<'a, str>> {
    let s = obj.cast::<PyString>().map_err(|_| {
        PyTypeError::new_err(format!(
            "expected str, got {}",
            obj.get_type()
                .name()
                .map_or_else(|_| "?".to_string(), |n| n.to_string())
        ))
    })?;
    match s.to_str() {
        Ok(text) => Ok(Cow::Borrowed(text)),
        Err(err) if errors == Errors::Strict => Err(err),
        Err(_) => {
            let raw = s.call_method1("encode", ("utf-8", "surrogatepass"))?;
            Ok(Cow::Owned(replace_surrogates(raw.extract::<&[u8]>()?)))
        }
    }
}

/// UTF-8 with surrogates encoded as three bytes each (`surrogatepass`), as a
/// `String` with U+FFFD for each surrogate.
pub fn replace_surrogates(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len());
    let mut rest = bytes;
    loop {
        match std::str::from_utf8(rest) {
            Ok(valid) => {
                out.push_str(valid);
                return out;
            }
            Err(e) => {
                let (valid, after) = rest.split_at(e.valid_up_to());
                out.push_str(std::str::from_utf8(valid).unwrap_or_default());
                out.push('\u{FFFD}');
                // A surrogate is ED A0..=BF 80..=BF; skip all three bytes.
                // Anything else (which Python never produces) skips what the
                // decoder names as invalid.
                let skip = if after.len() >= 3 && after[0] == 0xED && after[1] >= 0xA0 {
                    3
                } else {
                    e.error_len().unwrap_or(after.len()).max(1)
                };
                rest = &after[skip.min(after.len())..];
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surrogates_become_one_replacement_each() {
        // "a", U+D800, "é", U+DFFF as surrogatepass writes them.
        let raw = b"a\xED\xA0\x80\xC3\xA9\xED\xBF\xBF";
        assert_eq!(replace_surrogates(raw), "a\u{FFFD}é\u{FFFD}");
    }
}
