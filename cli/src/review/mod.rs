//! `spamsplit review`: an HTML report of what was cut from a corpus, to
//! read in a minute.
//!
//! Reads `spamsplit annotate` output (also `.gz`, `.zst`); rows without
//! `spam_spans` are analysed here. Writes one self-contained HTML file
//! (inline CSS and SVG, nothing fetched): a summary by language and by a
//! `--group-by` field, histograms of span scores and of the spam share per
//! document, the terms that triggered most spans, and a sample of
//! documents with every spam span a `<mark>` (spans nearest the threshold
//! first; the same sample for the same `--seed`).
//!
//! Bounded whatever the input: the summary is streamed, each sampled
//! document is rendered when it is taken (long prose and long spans
//! folded, each document within a share of the page's budget), and the
//! tables keep a bounded number of groups and terms. Every piece of corpus
//! text is escaped, for element text and for attributes alike.

mod html;

use std::collections::{BTreeMap, BinaryHeap};
use std::fmt::Write as _;
use std::path::Path;

use anyhow::{Context, Result, bail};
use serde::Deserialize;
use serde_json::value::RawValue;
use spamsplit::{DEFAULT_THRESHOLD, Detector};

use crate::args::ReviewArgs;
use crate::rows::Fields;
use crate::source::{Entry, Source};
use html::{BINS, Counts, Span};

/// The sampled documents together take about this many bytes of HTML...
const PAGE_BUDGET: usize = 4 << 20;
/// ...each at least this many and at most this many.
const MIN_DOC_BUDGET: usize = 2 << 10;
const MAX_DOC_BUDGET: usize = 64 << 10;
/// Terms in the table.
const TOP_TERMS: usize = 15;
/// Distinct groups (languages, --group-by values) and terms counted; later
/// ones go under "(other)".
const MAX_GROUPS: usize = 1000;
const MAX_TERMS: usize = 100_000;
/// A span's keywords shown in its title, and the longest term or label.
const TITLE_TERMS: usize = 20;
const MAX_NAME_CHARS: usize = 100;

/// A document kept for the sample, already rendered.
struct Sampled {
    /// Lower is shown first: spans nearest the threshold, then a seeded
    /// shuffle.
    priority: (u64, u64),
    html: String,
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

/// A stable 64-bit mix (splitmix64), so that a seed gives the same sample
/// on every machine.
fn mix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

/// `name` cut to a length fit for a table or a title.
fn short(name: &str) -> String {
    let mut s: String = name.chars().take(MAX_NAME_CHARS).collect();
    if s.len() < name.len() {
        s.push('…');
    }
    s
}

/// A field's value as text: a string as it is, anything else as JSON.
fn as_text(raw: &RawValue) -> String {
    serde_json::from_str::<String>(raw.get()).unwrap_or_else(|_| raw.get().to_string())
}

/// One span's details in `spam_explain`: the core's segment form
/// (`signals` inside), or the older flat form.
#[derive(Deserialize, Default)]
struct Explained {
    #[serde(default)]
    score: Option<f64>,
    #[serde(default)]
    signals: Option<Signals>,
    #[serde(default)]
    keywords: Vec<Term>,
}

#[derive(Deserialize, Default)]
struct Signals {
    #[serde(default)]
    tokens: u64,
    #[serde(default)]
    repeated_tokens: u64,
    #[serde(default)]
    function_words: u64,
    #[serde(default)]
    sentence_ends: u64,
    #[serde(default)]
    keywords: Vec<Term>,
}

#[derive(Deserialize)]
struct Term {
    term: String,
}

/// The spans of a row: from `annotate`'s fields, or from the detector.
/// Offsets that do not fit the text are passed over, not trusted.
fn spans_of(fields: &Fields, text: &str, detector: &mut Option<Detector>) -> Vec<Span> {
    let Some(given) = fields
        .get("spam_spans")
        .and_then(|raw| serde_json::from_str::<Vec<serde_json::Value>>(raw.get()).ok())
    else {
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
                        .take(TITLE_TERMS)
                        .map(|k| short(k.keyword().term()))
                        .collect(),
                    signals: signal_text(
                        s.repetition(),
                        s.function_words() as u64,
                        s.sentence_ends() as u64,
                        s.tokens() as u64,
                    ),
                }
            })
            .collect();
    };
    let chars = fields
        .get("spam_offsets")
        .is_some_and(|raw| raw.get() == "\"char\"");
    let explain: Vec<Explained> = fields
        .get("spam_explain")
        .and_then(|raw| serde_json::from_str::<Vec<serde_json::Value>>(raw.get()).ok())
        .map(|all| {
            all.into_iter()
                .map(|v| serde_json::from_value(v).unwrap_or_default())
                .collect()
        })
        .unwrap_or_default();
    let doc_score = fields
        .get("spam_score")
        .and_then(|raw| serde_json::from_str::<f64>(raw.get()).ok())
        .unwrap_or(0.0);
    // Every bound, converted from characters in one pass over the text.
    let pairs: Vec<Option<[u64; 2]>> = given
        .iter()
        .map(|pair| Some([pair.get(0)?.as_u64()?, pair.get(1)?.as_u64()?]))
        .collect();
    let mut bounds: Vec<usize> = pairs
        .iter()
        .flatten()
        .flat_map(|p| p.map(|b| usize::try_from(b).unwrap_or(usize::MAX)))
        .collect();
    if chars {
        spamsplit::offsets::chars_to_bytes(text, &mut bounds);
    }
    let mut bounds = bounds.chunks_exact(2);
    let mut out: Vec<Span> = Vec::new();
    for (i, pair) in pairs.iter().enumerate() {
        let Some(_) = pair else { continue };
        let Some(&[start, end]) = bounds.next() else {
            break;
        };
        let fits = start < end
            && end <= text.len()
            && text.is_char_boundary(start)
            && text.is_char_boundary(end)
            && out.last().is_none_or(|last| last.end <= start);
        if !fits {
            continue;
        }
        let detail = explain.get(i);
        let (signals, terms) = match detail {
            Some(Explained {
                signals: Some(s), ..
            }) => (
                signal_text(
                    s.repeated_tokens as f64 / s.tokens.max(1) as f64,
                    s.function_words,
                    s.sentence_ends,
                    s.tokens,
                ),
                &s.keywords,
            ),
            Some(d) => (String::new(), &d.keywords),
            None => (String::new(), &Vec::new()),
        };
        out.push(Span {
            start,
            end,
            score: detail.and_then(|d| d.score).unwrap_or(doc_score),
            terms: terms
                .iter()
                .take(TITLE_TERMS)
                .map(|t| short(&t.term))
                .collect(),
            signals,
        });
    }
    out
}

/// A span's signals beside its keywords, in words.
fn signal_text(repetition: f64, function_words: u64, sentence_ends: u64, tokens: u64) -> String {
    format!(
        "; repetition {repetition:.2}; function words {function_words}; sentence ends {sentence_ends}; tokens {tokens}"
    )
}

/// Adds to `groups[key]`, or to "(other)" once there are too many groups.
fn count_in(groups: &mut BTreeMap<String, Counts>, key: &str, bytes: usize, spam: usize) {
    let key = short(key);
    let key = if groups.contains_key(&key) || groups.len() < MAX_GROUPS {
        key
    } else {
        "(other)".to_string()
    };
    groups.entry(key).or_default().add(bytes, spam);
}

/// Runs `spamsplit review`; false when bad lines were skipped.
pub fn run(opts: &ReviewArgs) -> Result<bool> {
    let input = crate::io::open(Some(&opts.file), Default::default())?;
    let mut source = Source::new(input).with_context(|| opts.file.display().to_string())?;
    let sample_size = opts.sample as usize;
    let doc_budget = (PAGE_BUDGET / sample_size.max(1)).clamp(MIN_DOC_BUDGET, MAX_DOC_BUDGET);
    let mut detector = None;
    let mut all = Counts::default();
    let mut by_lang: BTreeMap<String, Counts> = BTreeMap::new();
    let mut by_group: BTreeMap<String, Counts> = BTreeMap::new();
    let mut score_bins = [0usize; BINS];
    let mut share_bins = [0usize; BINS];
    let mut terms: BTreeMap<String, usize> = BTreeMap::new();
    let mut bad = 0usize;
    // The sample: a max-heap on priority holding the best `sample` rows.
    let mut sample: BinaryHeap<Sampled> = BinaryHeap::new();
    let mut index = 0usize;
    loop {
        let (batch, error) = source.next_batch();
        if batch.entries.is_empty() && error.is_none() {
            break;
        }
        for (at, entry) in &batch.entries {
            let row = match entry {
                Entry::Blank => continue,
                Entry::Row(r) => &batch.buf[r.clone()],
                Entry::Bad(why) => {
                    if !opts.skip_bad {
                        bail!("{}: {at}: {why}", opts.file.display());
                    }
                    bad += 1;
                    continue;
                }
            };
            index += 1;
            let (fields, text) = match crate::rows::parse(row, &opts.field) {
                Ok(parsed) => parsed,
                Err(why) if opts.skip_bad => {
                    eprintln!("review: {at}: {why}");
                    bad += 1;
                    continue;
                }
                Err(why) => bail!(
                    "{}: {at}: {why} (--skip-bad passes bad lines over)",
                    opts.file.display()
                ),
            };
            let spans = spans_of(&fields, &text, &mut detector);
            let spam: usize = spans.iter().map(|s| s.end - s.start).sum();
            all.add(text.len(), spam);
            if let Some(lang) = fields.get("lang").or_else(|| fields.get("language")) {
                count_in(&mut by_lang, &as_text(lang), text.len(), spam);
            }
            if let Some(field) = &opts.group_by {
                let key = fields
                    .get(field)
                    .map_or("(none)".to_string(), |v| as_text(v));
                count_in(&mut by_group, &key, text.len(), spam);
            }
            share_bins[html::bin(spam as f64 / text.len().max(1) as f64)] += 1;
            for s in &spans {
                score_bins[html::bin(s.score)] += 1;
                let mut seen: Vec<&String> = s.terms.iter().collect();
                seen.sort();
                seen.dedup();
                for t in seen {
                    if terms.len() < MAX_TERMS || terms.contains_key(t) {
                        *terms.entry(t.clone()).or_default() += 1;
                    }
                }
            }
            // Flagged rows first, nearest the threshold first; then shuffled.
            let nearest = spans
                .iter()
                .map(|s| ((s.score - DEFAULT_THRESHOLD).abs() * 1000.0) as u64)
                .min()
                .unwrap_or(u64::MAX);
            let priority = (nearest, mix(opts.seed ^ mix(index as u64)));
            if sample.len() < sample_size
                || sample.peek().is_some_and(|worst| priority < worst.priority)
            {
                let label = fields
                    .get("id")
                    .or_else(|| fields.get("url"))
                    .map_or_else(|| format!("{at}"), |v| short(&as_text(v)));
                let html = html::document(&label, index, &text, &spans, doc_budget);
                sample.push(Sampled { priority, html });
                if sample.len() > sample_size {
                    sample.pop();
                }
            }
        }
        if let Some(e) = error {
            bail!(
                "{}: cannot read at {}: {e}",
                opts.file.display(),
                source.reached()
            );
        }
    }
    let page = page(
        opts,
        &all,
        &by_lang,
        &by_group,
        &score_bins,
        &share_bins,
        &terms,
        sample,
        bad,
    );
    write_page(&opts.output, &page)?;
    Ok(bad == 0)
}

#[allow(clippy::too_many_arguments)]
fn page(
    opts: &ReviewArgs,
    all: &Counts,
    by_lang: &BTreeMap<String, Counts>,
    by_group: &BTreeMap<String, Counts>,
    score_bins: &[usize; BINS],
    share_bins: &[usize; BINS],
    terms: &BTreeMap<String, usize>,
    sample: BinaryHeap<Sampled>,
    bad: usize,
) -> String {
    use html::escape;
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>spamsplit review</title><style>{}</style></head><body><h1>spamsplit review</h1><p>{}</p>",
        html::STYLE,
        escape(&opts.file.display().to_string())
    );
    let share = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
    let _ = write!(
        out,
        "<h2>Summary</h2><p>{} documents, {} bytes; {:.1}% of documents and {:.2}% of bytes flagged as spam.{}</p>",
        all.docs,
        all.bytes,
        share(all.flagged, all.docs),
        share(all.spam_bytes, all.bytes),
        if bad > 0 {
            format!(" {bad} bad lines were passed over.")
        } else {
            String::new()
        }
    );
    out.push_str("<div class=\"summary\"><div>");
    if !by_lang.is_empty() {
        html::table(&mut out, "By language", by_lang);
    }
    if let Some(field) = &opts.group_by {
        html::table(&mut out, &format!("By {field}"), by_group);
    }
    out.push_str("</div><div>");
    out.push_str(&html::histogram(score_bins, "span scores"));
    out.push_str(&html::histogram(share_bins, "spam share per document"));
    out.push_str("</div><div><h3>Terms that triggered most spans</h3><table><tr><th>term</th><th>spans</th></tr>");
    let mut ranked: Vec<(&String, &usize)> = terms.iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(a.1).then_with(|| a.0.cmp(b.0)));
    for (term, n) in ranked.into_iter().take(TOP_TERMS) {
        let _ = write!(out, "<tr><td>{}</td><td>{n}</td></tr>", escape(term));
    }
    out.push_str("</table></div></div>");
    let shown = sample.into_sorted_vec();
    let _ = write!(
        out,
        "<h2>Sample</h2><p>{} documents, spans nearest the threshold ({DEFAULT_THRESHOLD}) first; seed {}.</p>",
        shown.len(),
        opts.seed
    );
    for doc in &shown {
        out.push_str(&doc.html);
    }
    out.push_str("</body></html>\n");
    out
}

/// Writes the page under a temporary name, then gives it its name.
fn write_page(path: &Path, page: &str) -> Result<()> {
    let dest = crate::io::Destination::new(path);
    std::fs::write(dest.writing_to(), page)
        .with_context(|| dest.writing_to().display().to_string())?;
    dest.commit()
}
