//! The review page's HTML: corpus text escaped for element text and for
//! attributes, documents rendered within a size budget, charts and tables.

use std::collections::BTreeMap;
use std::fmt::Write as _;

/// Prose longer than this (in characters) is folded around the spans...
const FOLD_PROSE: usize = 300;
/// ...keeping this much at each end in view.
const KEEP_PROSE: usize = 120;
/// A spam span longer than this (in characters) is folded too...
const FOLD_SPAM: usize = 600;
/// ...keeping this much at each end.
const KEEP_SPAM: usize = 200;
/// Histogram bins.
pub const BINS: usize = 10;

/// Whether `c` is a bidi control, which could reorder the page around it.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// `text` made safe as element text: markup escaped, and bidi controls
/// shown as their code points in a marked `<span>`.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            c if is_bidi_control(c) => {
                let _ = write!(out, "<span class=\"ctl\">U+{:04X}</span>", c as u32);
            }
            c => push_escaped(&mut out, c),
        }
    }
    out
}

/// `text` made safe inside a quoted attribute: markup and quotes escaped,
/// and bidi controls written as `U+202E` (no markup can be in an attribute).
pub fn escape_attribute(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            c if is_bidi_control(c) => {
                let _ = write!(out, "U+{:04X}", c as u32);
            }
            c => push_escaped(&mut out, c),
        }
    }
    out
}

fn push_escaped(out: &mut String, c: char) {
    match c {
        '&' => out.push_str("&amp;"),
        '<' => out.push_str("&lt;"),
        '>' => out.push_str("&gt;"),
        '"' => out.push_str("&quot;"),
        '\'' => out.push_str("&#39;"),
        c => out.push(c),
    }
}

/// The byte offset of the `n`th character of `text` (its end if past it).
fn byte_of_char(text: &str, n: usize) -> usize {
    text.char_indices().nth(n).map_or(text.len(), |(i, _)| i)
}

/// `text` (of `n` characters), folded when longer than `fold`: its first
/// and last `keep` characters and how many are left out between them.
fn folded(out: &mut String, text: &str, fold: usize, keep: usize, what: &str) {
    let n = text.chars().count();
    if n <= fold {
        out.push_str(&escape(text));
        return;
    }
    let head = byte_of_char(text, keep);
    // The tail counted from the end: a walk back over `keep` characters.
    let tail = text
        .char_indices()
        .rev()
        .nth(keep - 1)
        .map_or(head, |(i, _)| i.max(head));
    let _ = write!(
        out,
        "{}<span class=\"fold\">… {} characters of {what} …</span>{}",
        escape(&text[..head]),
        n - 2 * keep,
        escape(&text[tail..])
    );
}

/// One spam span of a document: byte offsets, score, what triggered it.
#[derive(Debug, Clone)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub score: f64,
    pub terms: Vec<String>,
    /// The other signals, as a reviewer reads them, when known.
    pub signals: String,
}

/// A document rendered with every spam span a `<mark>`, until its HTML
/// reaches `budget` bytes; what is left out is said. `spans` are sorted,
/// disjoint and on char boundaries of `text`.
pub fn document(label: &str, row: usize, text: &str, spans: &[Span], budget: usize) -> String {
    let mut body = String::new();
    let mut at = 0;
    let mut shown = 0;
    for s in spans {
        if body.len() >= budget {
            break;
        }
        folded(
            &mut body,
            &text[at..s.start],
            FOLD_PROSE,
            KEEP_PROSE,
            "prose",
        );
        let terms = if s.terms.is_empty() {
            String::new()
        } else {
            format!("; keywords: {}", s.terms.join(", "))
        };
        let title = format!("score {:.3}{terms}{}", s.score, s.signals);
        let _ = write!(body, "<mark title=\"{}\">", escape_attribute(&title));
        folded(
            &mut body,
            &text[s.start..s.end],
            FOLD_SPAM,
            KEEP_SPAM,
            "spam",
        );
        body.push_str("</mark>");
        at = s.end;
        shown += 1;
    }
    if shown == spans.len() && body.len() < budget {
        folded(&mut body, &text[at..], FOLD_PROSE, KEEP_PROSE, "prose");
    } else {
        let rest = text[at..].chars().count();
        let _ = write!(
            body,
            "<p class=\"fold\">… the rest of this document ({rest} characters, {} more spans) is not shown.</p>",
            spans.len() - shown
        );
    }
    format!(
        "<div class=\"doc\"><h4>{} · row {} · {shown} spans</h4>{body}</div>",
        escape(label),
        row
    )
}

/// An SVG bar chart of `bins`, with `label` under it.
pub fn histogram(bins: &[usize; BINS], label: &str) -> String {
    let max = bins.iter().copied().max().unwrap_or(0).max(1);
    let (w, h) = (30, 100);
    let mut svg = format!(
        "<figure><svg width=\"{}\" height=\"{}\" role=\"img\" aria-label=\"{}\">",
        w * BINS + 10,
        h + 20,
        escape_attribute(label)
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

/// The bin of a share in `0.0..=1.0`.
pub fn bin(x: f64) -> usize {
    ((x * BINS as f64) as usize).min(BINS - 1)
}

/// Counts of one group of documents.
#[derive(Default, Clone, Copy)]
pub struct Counts {
    pub docs: usize,
    pub flagged: usize,
    pub bytes: usize,
    pub spam_bytes: usize,
}

impl Counts {
    pub fn add(&mut self, bytes: usize, spam: usize) {
        self.docs += 1;
        self.flagged += usize::from(spam > 0);
        self.bytes += bytes;
        self.spam_bytes += spam;
    }
}

/// A table of `groups`, under `title`.
pub fn table(out: &mut String, title: &str, groups: &BTreeMap<String, Counts>) {
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

pub const STYLE: &str = "body{font:15px/1.45 system-ui,sans-serif;margin:2em auto;max-width:70em;padding:0 1em;color:#222}\
table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #ccc;padding:.2em .6em;text-align:right}\
td:first-child,th:first-child{text-align:left}figure{display:inline-block;margin:0 2em 1em 0}rect{fill:#c0392b}\
.doc{border:1px solid #ddd;border-radius:6px;padding:.6em .9em;margin:1em 0;white-space:pre-wrap;unicode-bidi:isolate}\
.doc h4{margin:0 0 .4em;font-size:13px;color:#555;white-space:normal}mark{background:#f8c9c4;unicode-bidi:isolate}\
.ctl{background:#ffe08a;font-size:11px}.summary{display:flex;flex-wrap:wrap;gap:0 2.5em;align-items:flex-start}.fold{color:#777;font-style:italic}";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attributes_never_get_markup() {
        let hostile = "a\u{202E}\"><script>x</script>'";
        let attr = escape_attribute(hostile);
        assert!(!attr.contains(['<', '>', '"', '\'']), "{attr}");
        assert!(attr.contains("U+202E"));
        assert!(escape(hostile).contains("<span class=\"ctl\">U+202E</span>"));
    }

    #[test]
    fn a_document_stays_within_its_budget() {
        let text = "prose ".repeat(20_000) + &"spam ".repeat(20_000);
        let spans: Vec<Span> = (0..2000)
            .map(|i| Span {
                start: 120_000 + i * 50,
                end: 120_000 + i * 50 + 40,
                score: 0.9,
                terms: vec!["t".into()],
                signals: String::new(),
            })
            .collect();
        let html = document("x", 1, &text, &spans, 20_000);
        assert!(html.len() < 25_000, "{}", html.len());
        let marks = html.matches("<mark").count();
        assert!(html.contains(&format!("· {marks} spans</h4>")));
        assert!(html.contains("more spans) is not shown"));
        // Long prose and long spam are folded, not embedded.
        let one = document(
            "y",
            2,
            &text,
            &[Span {
                start: 120_000,
                end: 220_000,
                ..spans[0].clone()
            }],
            20_000,
        );
        assert!(one.len() < 3_000, "{}", one.len());
        assert!(one.contains("characters of spam"));
    }
}
