//! One row: its fields read as written, the analysed one decoded, and the
//! row written back with the spans, the score and (on request) the signals.

use std::borrow::Cow;

use indexmap::IndexMap;
use serde_json::json;
use serde_json::value::RawValue;
use spamsplit::Detector;

use crate::Options;

/// A row's fields in their order, each value as its source text. A key
/// given twice keeps its first place and its last value.
pub type Fields<'a> = IndexMap<String, &'a RawValue>;

/// The analysed field of `line`, decoded, and the row's fields.
pub fn parse<'a>(line: &'a [u8], field: &str) -> Result<(Fields<'a>, Cow<'a, str>), String> {
    let fields: Fields =
        serde_json::from_slice(line).map_err(|e| match std::str::from_utf8(line) {
            Err(u) => format!("invalid UTF-8 at byte offset {}", u.valid_up_to()),
            Ok(_) if e.is_data() => "not a JSON object".to_string(),
            Ok(_) => format!("invalid JSON: {e}"),
        })?;
    let raw = fields
        .get(field)
        .ok_or(format!("no field {field:?}"))?
        .get();
    if !raw.starts_with('"') {
        return Err(format!("field {field:?} is not a string"));
    }
    // Most texts have no escapes and are used where they lie.
    let text = match raw.contains('\\') {
        true => Cow::Owned(serde_json::from_str(raw).map_err(|e| format!("invalid JSON: {e}"))?),
        false => Cow::Borrowed(&raw[1..raw.len() - 1]),
    };
    Ok((fields, text))
}

/// What one row adds to the summary: rows, rows with spam, text bytes, spam bytes.
pub type Tally = [usize; 4];

/// Analyses one line and renders its output line.
pub fn annotate(detector: &Detector, line: &[u8], o: &Options) -> Result<(String, Tally), String> {
    let (fields, text) = parse(line, &o.field)?;
    let report = detector.analyze(&text);
    // Rounded down, so a score just below the threshold never prints as it.
    let round = |x: f64| (x * 10_000.0).floor() / 10_000.0;
    let mut set: Vec<(&str, serde_json::Value)> = Vec::new();
    if o.drop {
        set.push((&o.field, json!(report.clean(&text))));
    } else {
        let mut spans: Vec<[usize; 2]> = report.spam_ranges().map(|r| [r.start, r.end]).collect();
        if o.char_offsets {
            // Counted once over the text: the spans are sorted.
            let (mut at, mut chars) = (0, 0);
            for offset in spans.iter_mut().flatten() {
                chars += text[at..*offset].chars().count();
                (at, *offset) = (*offset, chars);
            }
        }
        set.push(("spam_spans", json!(spans)));
        if o.char_offsets {
            set.push(("spam_offsets", json!("char")));
        }
    }
    set.push(("spam_score", json!(round(report.score()))));
    if o.explain {
        let explain = report.spam_segments().map(|seg| {
            let s = seg.signals();
            let keywords = s.keywords().iter().map(|k| {
                let (term, category) = (k.keyword().term(), k.keyword().category().name());
                json!({"term": term, "category": category, "count": k.count()})
            });
            json!({
                "span": [seg.start(), seg.end()],
                "score": round(seg.score()),
                "keywords": keywords.collect::<Vec<_>>(),
                "repeated_words": s.top_repeats().iter().map(|r| (r.word(), r.count())).collect::<Vec<_>>(),
                "tokens": s.tokens(),
                "keyword_density": round(s.keyword_density()),
                "repetition": round(s.repetition()),
                "lexical_variety": round(s.lexical_variety()),
                "function_words": s.function_words(),
                "sentence_ends": s.sentence_ends(),
            })
        });
        set.push(("spam_explain", json!(explain.collect::<Vec<_>>())));
    }
    // Fields keep their place and, unless set, their source text; new keys
    // go at the end.
    let values: Vec<(&str, Box<RawValue>)> = set
        .into_iter()
        .map(|(k, v)| {
            (
                k,
                serde_json::value::to_raw_value(&v).expect("JSON serialises"),
            )
        })
        .collect();
    let mut out: IndexMap<&str, &RawValue> = fields.iter().map(|(k, v)| (k.as_str(), *v)).collect();
    out.extend(values.iter().map(|(k, v)| (*k, &**v)));
    let rendered = serde_json::to_string(&out).expect("JSON serialises");
    let tally = [
        1,
        usize::from(report.is_spam()),
        text.len(),
        report.spam_bytes(),
    ];
    Ok((rendered, tally))
}

/// A row's output line and tally, or why the line is bad.
pub type Row = Result<(String, Tally), String>;
