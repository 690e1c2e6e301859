//! An HTML report of what spamsplit cut from a corpus, to read in a minute.
//!
//! ```text
//! cargo run --release --example review -- ANNOTATED.jsonl --output REPORT.html \
//!     [--sample N] [--seed S] [--group-by FIELD] [--field NAME]
//! ```
//!
//! Reads `annotate`'s output (also `.gz`, `.zst`); rows without
//! `spam_spans` are analysed here. Writes one self-contained HTML file (inline
//! CSS and SVG, nothing fetched): a summary by language and by `--group-by`
//! field, histograms of span scores and of the spam share per document, a
//! sample of documents with every spam span a `<mark>` (spans nearest the
//! threshold first, since those are where a reviewer's eye matters; the same
//! sample for the same `--seed`), and the terms that triggered most spans.
//! The summary is streamed; only the sample is kept in memory. Every piece
//! of text from the corpus is HTML-escaped, and bidi controls are shown as
//! code points, so no text can reorder the page around it.

use std::collections::{BTreeMap, BinaryHeap};
use std::fmt::Write as _;
use std::io::BufRead;
use std::process::ExitCode;

use serde_json::Value;
use spamsplit::{DEFAULT_THRESHOLD, Detector};

#[path = "annotate/io.rs"]
#[allow(dead_code)] // review reads corpora; writing them is annotate's
mod io;
#[path = "annotate/wet.rs"]
mod wet;

const USAGE: &str = "usage: review FILE --output REPORT.html [--sample N] [--seed S] [--group-by FIELD] [--field NAME]";

/// Prose longer than this (in characters) is folded around the spans.
const FOLD_PROSE: usize = 300;
/// How much of folded prose stays in view at each end.
const KEEP_PROSE: usize = 120;
/// Histogram bins.
const BINS: usize = 10;
/// Terms in the table.
const TOP_TERMS: usize = 15;

struct Options {
    file: String,
    output: String,
    sample: usize,
    seed: u64,
    group_by: Option<String>,
    field: String,
}

fn parse_args() -> Result<Options, String> {
    use lexopt::prelude::*;
    let (mut file, mut output) = (None, None);
    let mut o = Options {
        file: String::new(),
        output: String::new(),
        sample: 100,
        seed: 0,
        group_by: None,
        field: "text".into(),
    };
    let mut args = lexopt::Parser::from_env();
    let e = |e: lexopt::Error| format!("{e}\n{USAGE}");
    while let Some(arg) = args.next().map_err(e)? {
        match arg {
            Long("output") => output = Some(args.value().and_then(|v| v.string()).map_err(e)?),
            Long("sample") => o.sample = args.value().and_then(|v| v.parse()).map_err(e)?,
            Long("seed") => o.seed = args.value().and_then(|v| v.parse()).map_err(e)?,
            Long("group-by") => {
                o.group_by = Some(args.value().and_then(|v| v.string()).map_err(e)?)
            }
            Long("field") => o.field = args.value().and_then(|v| v.string()).map_err(e)?,
            Short('h') | Long("help") => return Err(USAGE.into()),
            Value(v) if file.is_none() => file = Some(v.string().map_err(e)?),
            _ => return Err(e(arg.unexpected())),
        }
    }
    o.file = file.ok_or(USAGE)?;
    o.output = output.ok_or(USAGE)?;
    Ok(o)
}

/// One spam span of a document, in byte offsets.
#[derive(Clone)]
struct Span {
    start: usize,
    end: usize,
    score: f64,
    terms: Vec<String>,
    /// The other signals, as a reviewer reads them (repetition, marks of
    /// prose), when known.
    signals: String,
}

/// A document kept for the sample.
struct Sampled {
    /// Lower is shown first: spans nearest the threshold, then a seeded
    /// shuffle.
    priority: (u64, u64),
    index: usize,
    text: String,
    spans: Vec<Span>,
    label: String,
}

impl PartialEq for Sampled {
    fn eq(&self, other: &Self) -> bool {
        self.priority == other.priority
    }
}
impl Eq for Sampled {}
impl PartialOrd for Sampled {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Sampled {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.priority.cmp(&other.priority)
    }
}

/// Counts of one group of documents.
#[derive(Default, Clone, Copy)]
struct Counts {
    docs: usize,
    flagged: usize,
    bytes: usize,
    spam_bytes: usize,
}

impl Counts {
    fn add(&mut self, bytes: usize, spam: usize) {
        self.docs += 1;
        self.flagged += usize::from(spam > 0);
        self.bytes += bytes;
        self.spam_bytes += spam;
    }
}

/// A stable 64-bit mix (splitmix64), so that a seed gives the same sample
/// on every machine.
fn mix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

/// The byte offset of char offset `chars` in `text` (its end if past it).
fn byte_of_char(text: &str, chars: usize) -> usize {
    text.char_indices()
        .nth(chars)
        .map_or(text.len(), |(i, _)| i)
}

/// A span's signals beside its keywords, in words.
fn signal_text(
    repetition: f64,
    function_words: usize,
    sentence_ends: usize,
    tokens: usize,
) -> String {
    format!(
        "; repetition {repetition:.2}; function words {function_words}; sentence ends {sentence_ends}; tokens {tokens}"
    )
}

/// The spans of a row: from `annotate`'s fields, or from the detector.
fn spans_of(row: &Value, text: &str, detector: &mut Option<Detector>) -> Vec<Span> {
    let Some(given) = row.get("spam_spans").and_then(Value::as_array) else {
        let d = detector.get_or_insert_with(Detector::new);
        return d
            .analyze(text)
            .spam_segments()
            .map(|seg| {
                let s = seg.signals();
                Span {
                    start: seg.start(),
                    end: seg.end(),
                    score: seg.score(),
                    terms: s
                        .keywords()
                        .iter()
                        .map(|k| k.keyword().term().to_string())
                        .collect(),
                    signals: signal_text(
                        s.repetition(),
                        s.function_words(),
                        s.sentence_ends(),
                        s.tokens(),
                    ),
                }
            })
            .collect();
    };
    let chars = row.get("spam_offsets").and_then(Value::as_str) == Some("char");
    let explain = row.get("spam_explain").and_then(Value::as_array);
    let doc_score = row.get("spam_score").and_then(Value::as_f64).unwrap_or(0.0);
    given
        .iter()
        .enumerate()
        .filter_map(|(i, pair)| {
            let (mut start, mut end) = (
                pair.get(0)?.as_u64()? as usize,
                pair.get(1)?.as_u64()? as usize,
            );
            if chars {
                (start, end) = (byte_of_char(text, start), byte_of_char(text, end));
            }
            // Offsets that do not fit the text are passed over, not trusted.
            if start >= end
                || end > text.len()
                || !text.is_char_boundary(start)
                || !text.is_char_boundary(end)
            {
                return None;
            }
            let detail = explain.and_then(|e| e.get(i));
            let score = detail
                .and_then(|d| d["score"].as_f64())
                .unwrap_or(doc_score);
            let terms = detail
                .and_then(|d| d["keywords"].as_array())
                .map(|ks| {
                    ks.iter()
                        .filter_map(|k| k["term"].as_str().map(str::to_string))
                        .collect()
                })
                .unwrap_or_default();
            let signals = detail.map_or(String::new(), |d| {
                let count = |k: &str| d[k].as_u64().unwrap_or(0) as usize;
                signal_text(
                    d["repetition"].as_f64().unwrap_or(0.0),
                    count("function_words"),
                    count("sentence_ends"),
                    count("tokens"),
                )
            });
            Some(Span {
                start,
                end,
                score,
                terms,
                signals,
            })
        })
        .collect()
}

/// `text` made safe to put in HTML: markup escaped, and bidi controls
/// (which could reorder the page around them) shown as code points.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\u{200E}'
            | '\u{200F}'
            | '\u{061C}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}' => {
                let _ = write!(out, "<span class=\"ctl\">U+{:04X}</span>", c as u32);
            }
            _ => out.push(c),
        }
    }
    out
}

/// Prose between spans, folded when long.
fn prose(out: &mut String, text: &str) {
    let n = text.chars().count();
    if n <= FOLD_PROSE {
        out.push_str(&escape(text));
        return;
    }
    let head = byte_of_char(text, KEEP_PROSE);
    let tail = byte_of_char(text, n - KEEP_PROSE);
    let _ = write!(
        out,
        "{}<details><summary>… {} characters …</summary>{}</details>{}",
        escape(&text[..head]),
        n - 2 * KEEP_PROSE,
        escape(&text[head..tail]),
        escape(&text[tail..])
    );
}

/// An SVG bar chart of `bins`, with `label` under it.
fn histogram(bins: &[usize; BINS], label: &str) -> String {
    let max = bins.iter().copied().max().unwrap_or(0).max(1);
    let (w, h) = (30, 100);
    let mut svg = format!(
        "<figure><svg width=\"{}\" height=\"{}\" role=\"img\" aria-label=\"{}\">",
        w * BINS + 10,
        h + 20,
        escape(label)
    );
    for (i, &n) in bins.iter().enumerate() {
        let bar = n * h / max;
        let _ = write!(
            svg,
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"><title>{:.1}–{:.1}: {}</title></rect>",
            5 + i * w,
            h - bar,
            w - 4,
            bar,
            i as f64 / BINS as f64,
            (i + 1) as f64 / BINS as f64,
            n
        );
    }
    let _ = write!(
        svg,
        "<text x=\"5\" y=\"{}\">0</text><text x=\"{}\" y=\"{}\">1</text></svg><figcaption>{}</figcaption></figure>",
        h + 15,
        w * BINS - 5,
        h + 15,
        escape(label)
    );
    svg
}

fn bin(x: f64) -> usize {
    ((x * BINS as f64) as usize).min(BINS - 1)
}

fn table(out: &mut String, title: &str, groups: &BTreeMap<String, Counts>) {
    let _ = write!(
        out,
        "<h3>{}</h3><table><tr><th>group</th><th>documents</th><th>flagged</th><th>bytes</th><th>spam bytes</th></tr>",
        escape(title)
    );
    for (name, c) in groups {
        let share = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
        let _ = write!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{:.1}%</td><td>{}</td><td>{:.2}%</td></tr>",
            escape(name),
            c.docs,
            share(c.flagged, c.docs),
            c.bytes,
            share(c.spam_bytes, c.bytes)
        );
    }
    out.push_str("</table>");
}

const STYLE: &str = "body{font:15px/1.45 system-ui,sans-serif;margin:2em auto;max-width:70em;padding:0 1em;color:#222}\
table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #ccc;padding:.2em .6em;text-align:right}\
td:first-child,th:first-child{text-align:left}figure{display:inline-block;margin:0 2em 1em 0}rect{fill:#c0392b}\
.doc{border:1px solid #ddd;border-radius:6px;padding:.6em .9em;margin:1em 0;white-space:pre-wrap;unicode-bidi:isolate}\
.doc h4{margin:0 0 .4em;font-size:13px;color:#555;white-space:normal}mark{background:#f8c9c4;unicode-bidi:isolate}\
.ctl{background:#ffe08a;font-size:11px}.summary{display:flex;flex-wrap:wrap;gap:0 2.5em;align-items:flex-start}details{display:inline}summary{display:inline;color:#777;cursor:pointer}";

fn run() -> Result<(), String> {
    let opts = parse_args()?;
    let file = std::fs::File::open(&opts.file).map_err(|e| format!("{}: {e}", opts.file))?;
    let input = io::open_input(Box::new(file), io::Compression::of_path(&opts.file))?;
    let mut detector = None;
    let mut all = Counts::default();
    let mut by_lang: BTreeMap<String, Counts> = BTreeMap::new();
    let mut by_group: BTreeMap<String, Counts> = BTreeMap::new();
    let mut score_bins = [0usize; BINS];
    let mut share_bins = [0usize; BINS];
    let mut terms: BTreeMap<String, usize> = BTreeMap::new();
    // The sample: a max-heap on priority holding the best `sample` rows.
    let mut sample: BinaryHeap<Sampled> = BinaryHeap::new();
    for (index, line) in input.lines().enumerate() {
        let line = line.map_err(|e| format!("line {}: cannot read: {e}", index + 1))?;
        if line.trim().is_empty() {
            continue;
        }
        let row: Value = serde_json::from_str(&line)
            .map_err(|e| format!("line {}: invalid JSON: {e}", index + 1))?;
        let Some(text) = row.get(&opts.field).and_then(Value::as_str) else {
            continue;
        };
        let spans = spans_of(&row, text, &mut detector);
        let spam: usize = spans.iter().map(|s| s.end - s.start).sum();
        all.add(text.len(), spam);
        if let Some(lang) = row.get("lang").and_then(Value::as_str) {
            by_lang
                .entry(lang.to_string())
                .or_default()
                .add(text.len(), spam);
        }
        if let Some(field) = &opts.group_by {
            let key = match row.get(field) {
                Some(Value::String(s)) => s.clone(),
                Some(v) => v.to_string(),
                None => "(none)".into(),
            };
            by_group.entry(key).or_default().add(text.len(), spam);
        }
        share_bins[bin(spam as f64 / text.len().max(1) as f64)] += 1;
        for s in &spans {
            score_bins[bin(s.score)] += 1;
            let mut seen: Vec<&String> = s.terms.iter().collect();
            seen.sort();
            seen.dedup();
            for t in seen {
                *terms.entry(t.clone()).or_default() += 1;
            }
        }
        // Flagged rows first, nearest the threshold first; then shuffled.
        let nearest = spans
            .iter()
            .map(|s| ((s.score - DEFAULT_THRESHOLD).abs() * 1000.0) as u64)
            .min()
            .unwrap_or(u64::MAX);
        let priority = (nearest, mix(opts.seed ^ mix(index as u64)));
        if sample.len() < opts.sample
            || sample.peek().is_some_and(|worst| priority < worst.priority)
        {
            let label = row.get("id").or_else(|| row.get("url")).map_or_else(
                || format!("line {}", index + 1),
                |v| v.as_str().map_or(v.to_string(), str::to_string),
            );
            sample.push(Sampled {
                priority,
                index,
                text: text.to_string(),
                spans,
                label,
            });
            if sample.len() > opts.sample {
                sample.pop();
            }
        }
    }

    let mut html = String::new();
    let _ = write!(
        html,
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>spamsplit review</title><style>{STYLE}</style></head><body><h1>spamsplit review</h1><p>{}</p>",
        escape(&opts.file)
    );
    let share = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
    let _ = write!(
        html,
        "<h2>Summary</h2><p>{} documents, {} bytes; {:.1}% of documents and {:.2}% of bytes flagged as spam.</p>",
        all.docs,
        all.bytes,
        share(all.flagged, all.docs),
        share(all.spam_bytes, all.bytes)
    );
    html.push_str("<div class=\"summary\"><div>");
    if !by_lang.is_empty() {
        table(&mut html, "By language", &by_lang);
    }
    if let Some(field) = &opts.group_by {
        table(&mut html, &format!("By {field}"), &by_group);
    }
    html.push_str("</div><div>");
    html.push_str(&histogram(&score_bins, "span scores"));
    html.push_str(&histogram(&share_bins, "spam share per document"));
    html.push_str("</div><div><h3>Terms that triggered most spans</h3><table><tr><th>term</th><th>spans</th></tr>");
    let mut ranked: Vec<(&String, &usize)> = terms.iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(a.1).then_with(|| a.0.cmp(b.0)));
    for (term, n) in ranked.into_iter().take(TOP_TERMS) {
        let _ = write!(html, "<tr><td>{}</td><td>{n}</td></tr>", escape(term));
    }
    html.push_str("</table></div></div>");
    let mut shown = sample.into_vec();
    shown.sort();
    let _ = write!(
        html,
        "<h2>Sample</h2><p>{} documents, spans nearest the threshold ({DEFAULT_THRESHOLD}) first; seed {}.</p>",
        shown.len(),
        opts.seed
    );
    for doc in &shown {
        let _ = write!(
            html,
            "<div class=\"doc\"><h4>{} · row {} · {} spans</h4>",
            escape(&doc.label),
            doc.index + 1,
            doc.spans.len()
        );
        let mut at = 0;
        for s in &doc.spans {
            if s.start < at {
                continue;
            }
            prose(&mut html, &doc.text[at..s.start]);
            let _ = write!(
                html,
                "<mark title=\"score {:.3}{}{}{}\">{}</mark>",
                s.score,
                if s.terms.is_empty() {
                    ""
                } else {
                    "; keywords: "
                },
                escape(&s.terms.join(", ")),
                escape(&s.signals),
                escape(&doc.text[s.start..s.end])
            );
            at = s.end;
        }
        prose(&mut html, &doc.text[at..]);
        html.push_str("</div>");
    }
    html.push_str("</body></html>\n");
    std::fs::write(&opts.output, html).map_err(|e| format!("{}: {e}", opts.output))
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("review: {e}");
            ExitCode::from(2)
        }
    }
}
