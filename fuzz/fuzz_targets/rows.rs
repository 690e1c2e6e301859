//! The JSON row reader on arbitrary lines, strict and with replacement: a
//! row is annotated or rejected with a reason, never a panic; its output is
//! one JSON object whose spans slice its text.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use spamsplit::Detector;
use spamsplit_cli::args::{InputErrors, Offsets};
use spamsplit_cli::rows::{self, RowOptions};

fuzz_target!(|data: &[u8]| {
    static DETECTOR: OnceLock<Detector> = OnceLock::new();
    let detector = DETECTOR.get_or_init(Detector::new);
    for (errors, offsets) in [
        (InputErrors::Strict, Offsets::Byte),
        (InputErrors::Replace, Offsets::Char),
    ] {
        let repaired = rows::repaired(data, errors);
        if errors == InputErrors::Replace {
            // Replacement reads every line as text, and leaves no lone
            // surrogate escape behind.
            assert!(std::str::from_utf8(&repaired).is_ok());
            assert_eq!(rows::first_lone_surrogate(&repaired), None);
        }
        let options = RowOptions {
            field: "text".into(),
            offsets,
            explain: true,
            drop: false,
            input_errors: errors,
            lang_field: None,
        };
        let Ok((line, tally)) = rows::annotate(detector, data, &options) else {
            continue;
        };
        // Other fields pass through as written: a lone surrogate escape in
        // one of them (which Python writes and reads) stays, so the row is
        // read back as the command reads rows.
        let (fields, text) = rows::parse(line.as_bytes(), "text").expect("one JSON object");
        let text: Vec<char> = text.chars().collect();
        let spans: serde_json::Value =
            serde_json::from_str(fields["spam_spans"].get()).expect("spans");
        let mut at = 0;
        for span in spans.as_array().expect("spans") {
            let (s, e) = (span[0].as_u64().unwrap() as usize, span[1].as_u64().unwrap() as usize);
            let bound = if offsets == Offsets::Char { text.len() } else { tally.bytes };
            assert!(at <= s && s < e && e <= bound, "{span} in {bound}");
            at = e;
        }
    }
});
