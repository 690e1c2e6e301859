//! The builder with arbitrary keywords and settings, then `analyze`.
//! Input: first byte = threshold, second = minimum span size, then keyword
//! lines, a NUL, and the text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use spamsplit::{Category, Detector, Lexicon};

mod check;

fuzz_target!(|data: &[u8]| {
    let [t, m, rest @ ..] = data else { return };
    let Ok(rest) = std::str::from_utf8(rest) else { return };
    let (terms, text) = rest.split_once('\0').unwrap_or((rest, ""));
    let mut lexicon = Lexicon::new();
    for (i, term) in terms.lines().enumerate() {
        let cat = Category::ALL[i % Category::ALL.len()];
        // Bad terms are rejected with an error, never a panic.
        let _ = lexicon.push(term, cat);
    }
    let threshold = f64::from(*t) / 200.0; // beyond 1.0 is an error too
    let built = Detector::builder()
        .threshold(threshold)
        .min_tokens(usize::from(*m))
        .lexicon(lexicon.clone())
        .build();
    match built {
        Ok(d) => {
            let report = d.analyze(text);
            check::check("fuzz input", &d, text, &report);
        }
        Err(_) => assert!(threshold > 1.0 || *m == 0 || lexicon.is_empty()),
    }
});
