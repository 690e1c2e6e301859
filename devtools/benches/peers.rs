//! The `justext` crate on the texts of `benches/detect.rs` (one `<p>` per
//! line, English stoplist), for the speed ratio in the README.

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

/// The core crate's benchmark texts.
#[path = "../../benches/inputs.rs"]
mod inputs;
use inputs::inputs;

/// The `justext` crate on the same texts (one `<p>` per line, English
/// stoplist), for the ratio in the README.
fn justext_same_texts(c: &mut Criterion) {
    let stoplist = justext::get_stoplist("English").expect("English stoplist");
    let config = justext::Config::default();
    let mut group = c.benchmark_group("justext");
    for (name, text) in inputs() {
        let html = as_html(&text);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), &html, |b, h| {
            b.iter(|| justext::justext(black_box(h), &stoplist, &config).len())
        });
    }
    group.finish();
}

/// A text as an HTML page with one paragraph per line.
fn as_html(text: &str) -> String {
    let mut html = String::from("<html><body>");
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        html.push_str("<p>");
        html.push_str(
            &line
                .replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;"),
        );
        html.push_str("</p>");
    }
    html.push_str("</body></html>");
    html
}

criterion_group!(benches, justext_same_texts);
criterion_main!(benches);
