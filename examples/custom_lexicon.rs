//! A detector with your own terms, read from a lexicon file at run time.
//!
//! ```text
//! cargo run --example custom_lexicon -- [LEXICON_FILE] [--only]
//! ```
//!
//! The file has one term a line, `#` comments, and `[brand]`, `[product]`,
//! `[commerce]` or `[vice]` headers. Without a file a small one is written to
//! a temporary folder. `--only` replaces the built-in lexicon instead of
//! adding to it. The program lists the built-in languages, then analyses a
//! sample text.

use spamsplit::{Detector, Lexicon};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let only = args.iter().any(|a| a == "--only");
    let path = match args.iter().find(|a| !a.starts_with("--")) {
        Some(p) => p.into(),
        None => {
            let p = std::env::temp_dir().join("spamsplit-example-lexicon.txt");
            std::fs::write(
                &p,
                "# a shop we keep seeing\n[brand]\nzentrix pro\n[commerce]\nbest price\n",
            )?;
            p
        }
    };

    println!("built-in lexicon:");
    for (language, terms) in Lexicon::builtin_languages() {
        println!("  {language:<7} {terms:>4} terms");
    }

    let detector = if only {
        Detector::builder()
            .lexicon(Lexicon::from_file(&path)?)
            .build()?
    } else {
        Detector::builder()
            .extra_lexicon(Lexicon::from_file(&path)?)
            .build()?
    };
    let text = "The road reopened on Friday after repairs. \
                zentrix pro best price zentrix pro best price zentrix pro best price";
    println!("\nwith {}:", path.display());
    for seg in detector.analyze(text).spam_segments() {
        let terms: Vec<&str> = seg
            .signals()
            .keywords()
            .iter()
            .map(|k| k.keyword().term())
            .collect();
        println!(
            "  spam {:?} score {:.2} terms {terms:?}",
            &text[seg.range()],
            seg.score()
        );
    }
    Ok(())
}
