//! A yardstick: the `justext` crate (paragraph-level boilerplate removal) over
//! the `text` field of JSON Lines (FILE or stdin), one `<p>` per line, English
//! stoplist. Prints how many paragraphs it kept. Compare its run time with
//! `annotate --threads 1` on the same file.

use std::io::BufRead;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let input: Box<dyn BufRead> = match std::env::args().nth(1) {
        Some(path) => Box::new(std::io::BufReader::new(std::fs::File::open(path)?)),
        None => Box::new(std::io::stdin().lock()),
    };
    let stoplist = justext::get_stoplist("English")?;
    let config = justext::Config::default();
    let (mut kept, mut total) = (0usize, 0usize);
    for line in input.lines() {
        let row: serde_json::Value = serde_json::from_str(&line?)?;
        let Some(text) = row.get("text").and_then(|t| t.as_str()) else {
            continue;
        };
        let html = as_html(text);
        for p in justext::justext(&html, &stoplist, &config) {
            total += 1;
            kept += usize::from(!p.is_boilerplate());
        }
    }
    println!("paragraphs kept {kept} of {total}");
    Ok(())
}

/// The text as an HTML page with one paragraph per line.
fn as_html(text: &str) -> String {
    let mut html = String::with_capacity(text.len() + text.len() / 8 + 32);
    html.push_str("<html><body>");
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        html.push_str("<p>");
        for c in line.chars() {
            match c {
                '<' => html.push_str("&lt;"),
                '>' => html.push_str("&gt;"),
                '&' => html.push_str("&amp;"),
                _ => html.push(c),
            }
        }
        html.push_str("</p>");
    }
    html.push_str("</body></html>");
    html
}
