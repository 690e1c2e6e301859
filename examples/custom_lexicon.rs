//! A detector with your own terms: added to the built-in lexicon, or in
//! its place.
//!
//! ```text
//! cargo run --example custom_lexicon -- [LEXICON_FILE]
//! ```
//!
//! A lexicon file has one term a line, `#` comments, and `[brand]`,
//! `[product]`, `[commerce]` or `[vice]` headers. Without a file a small
//! lexicon written here is used.

use spamsplit::{Detector, Lexicon};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let own = match std::env::args().nth(1) {
        // Errors name the file and the line.
        Some(path) => Lexicon::from_file(path)?,
        None => Lexicon::parse(
            "# a shop we keep seeing\n[brand]\nzentrix pro\n[commerce]\nbest price\n",
        )?,
    };
    let text = "The road reopened on Friday after repairs. \
                zentrix pro best price zentrix pro best price zentrix pro best price";

    // The built-in terms plus yours...
    let added = Detector::builder().extra_lexicon(own.clone()).build()?;
    // ...or yours alone.
    let only = Detector::builder().lexicon(own).build()?;

    for (name, detector) in [("built-in + yours", &added), ("yours only", &only)] {
        for segment in detector.analyze(text).spam_segments() {
            println!(
                "{name}: spam {:?}, score {:.2}",
                &text[segment.range()],
                segment.score()
            );
        }
    }
    for (language, terms) in Lexicon::builtin_languages() {
        println!("built-in {language:<8} {terms:>5} terms");
    }
    Ok(())
}
