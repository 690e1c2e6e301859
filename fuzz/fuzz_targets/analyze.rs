//! `analyze` and `analyze_bytes` on arbitrary bytes.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use spamsplit::{Detector, Error};

mod check;

fuzz_target!(|data: &[u8]| {
    static DETECTOR: OnceLock<Detector> = OnceLock::new();
    let d = DETECTOR.get_or_init(Detector::new);
    match std::str::from_utf8(data) {
        Ok(text) => {
            let report = d.analyze(text);
            check::check("fuzz input", d, text, &report);
            assert_eq!(d.analyze_bytes(data), Ok(report));
        }
        Err(e) => {
            assert_eq!(d.analyze_bytes(data), Err(Error::InvalidUtf8 { offset: e.valid_up_to() }));
        }
    }
});
