//! Hostile input, made by generators (no megabyte files in the repository):
//! every case must finish with a valid report and a consistent `clean`.
//! Their per-byte cost is measured in `benches/detect.rs` (group
//! `adversarial`), not timed here.

use spamsplit::Detector;

use crate::support::adversarial;
use crate::support::invariants;
use adversarial::cases;

#[test]
fn every_adversarial_input_gets_a_valid_report() {
    let d = Detector::new();
    for (name, text) in cases() {
        let report = d.analyze(&text);
        invariants::check(name, &d, &text, &report);
        assert!(d.clean(&text).len() <= text.len(), "{name}");
        assert_eq!(
            d.analyze_bytes(text.as_bytes()).as_ref(),
            Ok(&report),
            "{name}"
        );
    }
}

#[test]
fn verdicts_on_adversarial_input_are_sensible() {
    let d = Detector::new();
    let verdict = |name: &str| {
        let text = cases().into_iter().find(|(n, _)| *n == name).unwrap().1;
        d.analyze(&text).is_spam()
    };
    assert!(verdict("4 MB of keyword hits"));
    assert!(verdict("word repeated a million times"));
    assert!(!verdict("300k distinct words"));
    assert!(!verdict("CRLF prose"));
    assert!(!verdict("empty"));
    assert!(!verdict("punctuation only"));
}

/// Regressions found by the fuzzer (`fuzz/`), kept as data.
const FUZZ_REGRESSIONS: &[(&str, &str)] = &[(
    // A spam span stretched over trailing punctuation into a token of
    // underscores, overlapping the prose segment after it.
    "spam end ran into an underscore token",
    "Harbour ng the tower. The first guided tours soldgg boots d\u{0}tletpas cher ugg boots pas chert cheap moncler jaYkets outlet ugg bo!!!!!!!!ots pas cher ugg boots pas cher!!!!!!!!!!!!!!!!!!!!!!!!!#!!!#!!!!!!!!!!!!!!!!_________________________________ każdym pojeździe.\n\nPasażerowie mog do dworce i uniwersytetu. Przewoźnik zapowiada, że do końca roku biletomat będzie w każdym poje\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}ających do ddo !!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!thitiale\n",
)];

#[test]
fn fuzz_regressions() {
    let d = Detector::new();
    for (name, text) in FUZZ_REGRESSIONS {
        invariants::check(name, &d, text, &d.analyze(text));
    }
}

/// Words that fold shorter than they are written (`ẞ` to `ß`, the Kelvin
/// sign `K` to `k`): a long one at
/// the end of a text once sent the glued-term search past the folded
/// copy's end (found by reading the code, not by the fuzzer).
#[test]
fn words_that_fold_shorter_at_any_place() {
    let d = Detector::new();
    let words = ["ẞẞẞẞẞẞ", "KKKKKKKK", "ẞKẞKẞKẞK"];
    for word in words {
        for text in [
            format!("hello {word}"),
            word.to_string(),
            format!("{word} cheap replica bags outlet {word}"),
            format!("Visit {word}.com today, {word}"),
        ] {
            invariants::check(&text, &d, &text, &d.analyze(&text));
        }
    }
}
