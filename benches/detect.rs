//! Throughput of `Detector::analyze` on realistic inputs, and build time.
//!
//! Inputs are real web prose from `../shared/corpus/prose.jsonl` (rows
//! joined to article size, none repeated) and the rows of
//! `../shared/eval/dev.jsonl` when those files exist; otherwise the project's
//! own fixtures (`tests/data`), repeated to article size.

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use spamsplit::Detector;

/// The adversarial generators of the test suite.
#[path = "../tests/support/adversarial.rs"]
mod adversarial;

const EN: &str = include_str!("../tests/data/prose_en.txt");
const RU: &str = include_str!("../tests/data/prose_ru.txt");
const JA: &str = include_str!("../tests/data/prose_ja.txt");
const ZH: &str = include_str!("../tests/data/prose_zh.txt");
const ALL: &[&str] = &[
    EN,
    include_str!("../tests/data/prose_fr.txt"),
    include_str!("../tests/data/prose_de.txt"),
    include_str!("../tests/data/prose_es.txt"),
    RU,
    JA,
    ZH,
    include_str!("../tests/data/prose_pt.txt"),
    include_str!("../tests/data/prose_it.txt"),
    include_str!("../tests/data/prose_pl.txt"),
];
const TAIL: &str = "moose knuckles pas cher moose knuckles pas cher stone island outlet \
    stone island outlet barbour pas cher barbour pas cher nike air max outlet cheap ugg boots \
    cheap ugg boots michael kors prezzi louis vuitton soldes canada goose günstig";

/// `text` repeated to about `bytes` bytes, whole copies only.
fn sized(text: &str, bytes: usize) -> String {
    let mut s = String::with_capacity(bytes + text.len());
    while s.len() < bytes {
        s.push_str(text);
        s.push_str("\n\n");
    }
    s
}

/// Real web prose from `../shared/corpus/prose.jsonl` when it is there: the
/// `text` of every row whose `lang` is accepted, in file order, each once.
/// A fixture repeated to article size would let the branch predictor learn
/// the text by heart; real rows do not repeat.
fn corpus_rows(accept: impl Fn(&str) -> bool) -> Option<Vec<String>> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/prose.jsonl");
    let lines = std::fs::read_to_string(path).ok()?;
    let rows: Vec<String> = lines
        .lines()
        .filter(|l| string_field(l, "lang").is_some_and(|lang| accept(&lang)))
        .filter_map(|l| string_field(l, "text"))
        .collect();
    (!rows.is_empty()).then_some(rows)
}

/// Whole rows joined by blank lines until the text reaches `bytes`, then
/// `tail` (if any) after every fourth row.
fn joined(rows: &[String], bytes: usize, tail: &str) -> String {
    let mut s = String::new();
    for (i, row) in rows
        .iter()
        .cycle()
        .take(rows.len().max(1) * 1000)
        .enumerate()
    {
        if s.len() >= bytes {
            break;
        }
        s.push_str(row);
        if i % 4 == 3 {
            s.push(' ');
            s.push_str(tail);
        }
        s.push_str("\n\n");
    }
    s
}

/// A text of about `bytes` in language `lang`: real rows when the corpus is
/// there, else the fixture repeated.
fn article(lang: &str, fixture: &str, bytes: usize) -> String {
    corpus_rows(|l| l == lang)
        .map_or_else(|| sized(fixture, bytes), |rows| joined(&rows, bytes, ""))
}

fn inputs() -> Vec<(&'static str, String)> {
    let article_en = article("en", EN, 6_000);
    let mixed = match corpus_rows(|_| true) {
        Some(rows) => joined(&rows, 1_000_000, TAIL),
        None => {
            let rows: Vec<String> = ALL.iter().map(|s| s.to_string()).collect();
            joined(&rows, 1_000_000, TAIL)
        }
    };
    let mut v = vec![
        (
            "tiny",
            "Great phone, battery lasts two days. cheap ugg boots outlet".to_string(),
        ),
        ("article", article_en.clone()),
        ("article_tail", format!("{article_en} {TAIL}")),
        ("mixed_1mb", mixed),
        ("russian", article("ru", RU, 6_000)),
        ("japanese", article("ja", JA, 6_000)),
        ("chinese", article("zh", ZH, 6_000)),
    ];
    let dev = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/eval/dev.jsonl");
    if let Ok(lines) = std::fs::read_to_string(dev) {
        // The rows' texts, as the JSON-decoded strings a caller would pass.
        let texts: Vec<String> = lines
            .lines()
            .filter_map(|l| string_field(l, "text"))
            .collect();
        v.push(("dev_rows", texts.join("\n\u{0}\n")));
    }
    v
}

/// The string field `name` of a JSON line, decoded (enough JSON for these
/// files: flat objects whose keys are followed by `": "`).
fn string_field(line: &str, name: &str) -> Option<String> {
    let key = format!("\"{name}\": \"");
    let start = line.find(&key).map(|i| i + key.len())?;
    let mut out = String::new();
    let mut chars = line[start..].chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => return Some(out),
            '\\' => match chars.next()? {
                'n' => out.push('\n'),
                't' => out.push('\t'),
                'r' => out.push('\r'),
                'u' => {
                    let hex: String = chars.by_ref().take(4).collect();
                    let code = u32::from_str_radix(&hex, 16).ok()?;
                    out.push(char::from_u32(code).unwrap_or('\u{fffd}'));
                }
                other => out.push(other),
            },
            c => out.push(c),
        }
    }
    None
}

fn analyze(c: &mut Criterion) {
    let detector = Detector::new();
    let mut group = c.benchmark_group("analyze");
    for (name, text) in inputs() {
        group.throughput(Throughput::Bytes(text.len() as u64));
        if name == "dev_rows" {
            // One document per row, as a corpus pass would call it.
            let rows: Vec<&str> = text.split("\n\u{0}\n").collect();
            group.bench_with_input(BenchmarkId::from_parameter(name), &rows, |b, rows| {
                b.iter(|| {
                    rows.iter()
                        .map(|r| detector.analyze(black_box(r)).spam_bytes())
                        .sum::<usize>()
                })
            });
        } else {
            group.bench_with_input(BenchmarkId::from_parameter(name), &text, |b, t| {
                b.iter(|| detector.analyze(black_box(t)))
            });
        }
    }
    group.finish();
}

/// Per-byte cost on hostile input, to compare with ordinary prose.
fn hostile(c: &mut Criterion) {
    let detector = Detector::new();
    let mut group = c.benchmark_group("adversarial");
    group.sample_size(10);
    for (name, text) in adversarial::cases() {
        if text.is_empty() {
            continue;
        }
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), &text, |b, t| {
            b.iter(|| detector.analyze(black_box(t)))
        });
    }
    group.finish();
}

/// The same article text at 10 KB and at 10 MB: time must grow linearly.
fn linear(c: &mut Criterion) {
    let detector = Detector::new();
    let mut group = c.benchmark_group("linear");
    group.sample_size(10);
    for (name, bytes) in [("10KB", 10_000), ("10MB", 10_000_000)] {
        let text = sized(&format!("{EN}\n\n{TAIL}"), bytes);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), &text, |b, t| {
            b.iter(|| detector.analyze(black_box(t)))
        });
    }
    group.finish();
}

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

fn build(c: &mut Criterion) {
    c.bench_function("build/default", |b| b.iter(Detector::new));
}

criterion_group!(benches, analyze, justext_same_texts, hostile, linear, build);
criterion_main!(benches);
