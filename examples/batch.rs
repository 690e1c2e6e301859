//! Many texts on all cores, in order (feature `rayon`).
//!
//! ```text
//! cargo run --release --features rayon --example batch -- [FILE]
//! ```
//!
//! Reads FILE (or a few built-in rows), one text a line, analyses all of
//! them with `Detector::analyze_batch`, and prints how many carry spam and
//! how many of their bytes it is.

use spamsplit::Detector;

const ROWS: &[&str] = &[
    "Rain is expected in the north on Friday, forecasters said.",
    "Markets closed higher. cheap ugg boots outlet cheap ugg boots outlet cheap ugg boots",
    "The council approved the new library budget on Tuesday.",
    "buy viagra online cheap cialis online pharmacy no prescription casino free spins",
];

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let owned: Vec<String> = match std::env::args().nth(1) {
        Some(path) => std::fs::read_to_string(path)?
            .lines()
            .map(str::to_string)
            .collect(),
        None => ROWS.iter().map(|r| r.to_string()).collect(),
    };
    let detector = Detector::new();
    // One report per text, in the texts' order, on every core.
    let reports = detector.analyze_batch(&owned);

    let with_spam = reports.iter().filter(|r| r.is_spam()).count();
    let spam_bytes: usize = reports.iter().map(|r| r.spam_bytes()).sum();
    let bytes: usize = owned.iter().map(String::len).sum();
    println!(
        "{} texts, {with_spam} with spam; {spam_bytes} of {bytes} bytes are spam",
        owned.len()
    );
    for (text, report) in owned.iter().zip(&reports).filter(|(_, r)| r.is_spam()) {
        println!("  {:?} -> {:?}", text, report.clean(text));
    }
    Ok(())
}
