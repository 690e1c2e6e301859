//! Split a text into its prose and its spam.
//!
//! ```text
//! cargo run --example split -- [FILE]
//! ```
//!
//! Analyses FILE (or a built-in sample), prints each spam range with its
//! score and the keywords behind it, then the text with the spam cut out.

use spamsplit::Detector;

const SAMPLE: &str = "The ferry service resumes on Monday, the port authority said.\n\n\
    cheap ugg boots outlet cheap ugg boots outlet moncler pas cher moncler pas cher";

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let text = match std::env::args().nth(1) {
        Some(path) => std::fs::read_to_string(path)?,
        None => SAMPLE.to_string(),
    };
    // Build once (it compiles the lexicon), then share it freely.
    let detector = Detector::new();
    let report = detector.analyze(&text);

    for segment in report.spam_segments() {
        let terms: Vec<&str> = segment
            .signals()
            .keywords()
            .iter()
            .map(|k| k.keyword().term())
            .collect();
        println!(
            "spam {:?} (bytes {}..{}, score {:.2}, keywords {terms:?})",
            &text[segment.range()],
            segment.start(),
            segment.end(),
            segment.score()
        );
    }
    // The prose, byte for byte, without analysing again.
    println!("\n{}", report.clean(&text));
    Ok(())
}
