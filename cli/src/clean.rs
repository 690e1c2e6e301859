//! `spamsplit clean`: a text with its spam cut out, or its spam ranges.

use std::io::{Read, Write};

use anyhow::{Context, Result, anyhow};
use spamsplit::Detector;

use crate::args::CleanArgs;

/// Runs `spamsplit clean`.
pub fn run(args: &CleanArgs) -> Result<()> {
    let (bytes, name) = match &args.file {
        Some(path) => (
            std::fs::read(path).with_context(|| path.display().to_string())?,
            path.display().to_string(),
        ),
        None => {
            let mut buf = Vec::new();
            std::io::stdin()
                .read_to_end(&mut buf)
                .context("standard input")?;
            (buf, "standard input".to_string())
        }
    };
    let text = std::str::from_utf8(&bytes).map_err(|e| {
        anyhow!(
            "{name} is not UTF-8 (first bad byte at offset {})",
            e.valid_up_to()
        )
    })?;
    let detector = Detector::new();
    let mut out = std::io::stdout().lock();
    if !args.spans {
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
        // The text is shown escaped ({:?}), so no control character in it
        // reaches the terminal.
        let preview: String = text[seg.range()].chars().take(100).collect();
        writeln!(out, "\t{preview:?}")?;
    }
    Ok(out.flush()?)
}
