//! The WET reader on arbitrary bytes: every record it gives is a JSON row
//! with a string `text`; corruption is an error, never a panic or an
//! allocation the input did not pay for.
#![no_main]

use libfuzzer_sys::fuzz_target;
use spamsplit_cli::wet::{Record, WetReader};

fuzz_target!(|data: &[u8]| {
    let mut reader = WetReader::new(data);
    let mut last = 0;
    loop {
        let mut out = Vec::new();
        match reader.next(&mut out) {
            Ok(None) | Err(_) => break,
            Ok(Some(Record::Bad(why))) => assert!(!why.is_empty()),
            Ok(Some(Record::Row)) => {
                assert_eq!(out.last(), Some(&b'\n'));
                let row: serde_json::Value = serde_json::from_slice(&out).expect("a JSON row");
                assert!(row["text"].is_string());
                // The body is read from the input: a row is never longer
                // than what it was made of, escaped.
                assert!(out.len() <= 6 * data.len() + 64);
            }
        }
        assert!(reader.record() > last, "every call reads a record");
        last = reader.record();
    }
});
