//! Reports serialise with serde and come back equal (feature `serde`).
#![cfg(feature = "serde")]

use spamsplit::{Detector, Report};

#[test]
fn report_round_trips_through_json() {
    let d = Detector::new();
    let text = "The council met on Monday.\n\ncheap moncler outlet cheap moncler outlet cheap moncler outlet";
    let report = d.analyze(text);
    assert!(report.is_spam());
    let json = serde_json::to_string(&report).unwrap();
    let back: Report = serde_json::from_str(&json).unwrap();
    assert_eq!(back, report);
    // The stored form names things plainly.
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    let spam = &value["segments"][1];
    assert_eq!(spam["is_spam"], true);
    let keywords = spam["signals"]["keywords"].as_array().unwrap();
    assert!(
        keywords
            .iter()
            .any(|k| k["term"] == "moncler" && k["category"] == "brand")
    );
}
