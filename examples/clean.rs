//! Writes a text with its SEO spam removed.
//!
//! ```text
//! cargo run --release --example clean -- [FILE] [--spans]
//! ```
//!
//! Reads FILE (or stdin) and writes the prose to stdout. With `--spans` it
//! prints each spam range instead: byte offsets, score, and the signals.

use std::io::{Read, Write};

use spamsplit::Detector;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut spans = false;
    let mut file = None;
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--spans" => spans = true,
            "-h" | "--help" => {
                println!("usage: clean [FILE] [--spans]");
                return Ok(());
            }
            _ => file = Some(arg),
        }
    }
    let bytes = match &file {
        Some(path) => std::fs::read(path).map_err(|e| format!("{path}: {e}"))?,
        None => {
            let mut buf = Vec::new();
            std::io::stdin().read_to_end(&mut buf)?;
            buf
        }
    };
    let text = std::str::from_utf8(&bytes).map_err(|e| {
        format!(
            "input is not UTF-8 (first bad byte at offset {})",
            e.valid_up_to()
        )
    })?;
    let detector = Detector::new();
    let mut out = std::io::stdout().lock();
    if !spans {
        out.write_all(detector.clean(text).as_bytes())?;
        return Ok(out.flush()?);
    }
    for seg in detector.analyze(text).spam_segments() {
        let s = seg.signals();
        let keywords: Vec<String> = s
            .keywords()
            .iter()
            .map(|k| format!("{}×{}", k.keyword().term(), k.count()))
            .collect();
        writeln!(
            out,
            "{}..{}\tscore {:.3}\ttokens {}\tkeywords {:.2}\trepetition {:.2}\tvariety {:.2}\t{}",
            seg.start(),
            seg.end(),
            seg.score(),
            s.tokens(),
            s.keyword_density(),
            s.repetition(),
            s.lexical_variety(),
            keywords.join(", ")
        )?;
        let preview: String = text[seg.range()].chars().take(100).collect();
        writeln!(out, "\t{preview:?}")?;
    }
    Ok(out.flush()?)
}
