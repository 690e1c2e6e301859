//! A yardstick, not a detector: the bare work any repetition + keyword
//! detector must do, done the obvious way, over the `text` field of JSON Lines
//! (FILE or stdin). Per row: one aho-corasick DFA pass with the built-in
//! lexicon's terms, `unicode_words`, and a hash map of word counts. Prints the
//! totals, so the work cannot be optimised away. Compare its run time with
//! `annotate --threads 1` on the same file.

use std::collections::HashMap;
use std::io::BufRead;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use unicode_segmentation::UnicodeSegmentation;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let input: Box<dyn BufRead> = match std::env::args().nth(1) {
        Some(path) => Box::new(std::io::BufReader::new(std::fs::File::open(path)?)),
        None => Box::new(std::io::stdin().lock()),
    };
    let lexicon = spamsplit::Lexicon::builtin();
    let ac = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .ascii_case_insensitive(true)
        .kind(Some(AhoCorasickKind::DFA))
        .build(lexicon.iter().map(|k| k.term()))?;
    let (mut hits, mut words, mut distinct) = (0usize, 0usize, 0usize);
    for line in input.lines() {
        let row: serde_json::Value = serde_json::from_str(&line?)?;
        let Some(text) = row.get("text").and_then(|t| t.as_str()) else {
            continue;
        };
        hits += ac.find_iter(text).count();
        let mut counts: HashMap<&str, u32> = HashMap::new();
        for w in text.unicode_words() {
            *counts.entry(w).or_default() += 1;
            words += 1;
        }
        distinct += counts.len();
    }
    println!("keyword hits {hits}, words {words}, distinct per row {distinct}");
    Ok(())
}
