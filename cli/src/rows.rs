//! One JSON row: its fields read as written, the analysed one decoded, and
//! the row written back with the spans, the score and (on request) the
//! signals.

use std::borrow::Cow;

use indexmap::IndexMap;
use serde_json::json;
use serde_json::value::RawValue;
use spamsplit::{Detector, Report};

use crate::args::{InputErrors, Offsets};

/// A row's fields in their order, each value as its source text. A key
/// given twice keeps its first place and its last value.
pub type Fields<'a> = IndexMap<String, &'a RawValue>;

/// How rows are read and written.
#[derive(Debug, Clone)]
pub struct RowOptions {
    pub field: String,
    pub offsets: Offsets,
    pub explain: bool,
    pub drop: bool,
    pub input_errors: InputErrors,
    /// The field naming the row's language, if not the default ones.
    pub lang_field: Option<String>,
}

/// A line as the JSON reader may take it: with `replace`, invalid UTF-8 is
/// read as U+FFFD, and so is a lone surrogate escape (`\ud800`, which
/// Python's `json.dumps` writes for a lone surrogate and no JSON reader
/// decodes), rewritten in place as `\ufffd`.
pub fn repaired(line: &[u8], errors: InputErrors) -> Cow<'_, [u8]> {
    if errors == InputErrors::Strict {
        return Cow::Borrowed(line);
    }
    let mut line = match String::from_utf8_lossy(line) {
        Cow::Borrowed(_) => Cow::Borrowed(line),
        Cow::Owned(s) => Cow::Owned(s.into_bytes()),
    };
    if let Some(at) = first_lone_surrogate(&line) {
        let bytes = line.to_mut();
        let mut from = at;
        while let Some(i) = first_lone_surrogate(&bytes[from..]) {
            bytes[from + i + 2..from + i + 6].copy_from_slice(b"fffd");
            from += i + 6;
        }
    }
    line
}

/// Where the first `\uXXXX` escape that is a surrogate without its pair
/// starts. Escaped backslashes (`\\ud800`) are no escape.
pub fn first_lone_surrogate(line: &[u8]) -> Option<usize> {
    let hex = |at: usize| -> Option<u16> {
        let digits = line.get(at..at + 4)?;
        u16::from_str_radix(std::str::from_utf8(digits).ok()?, 16).ok()
    };
    let mut i = 0;
    while i + 1 < line.len() {
        if line[i] != b'\\' {
            i += 1;
            continue;
        }
        if line[i + 1] != b'u' {
            i += 2; // `\\`, `\"`, `\n`…: the next byte is escaped
            continue;
        }
        match hex(i + 2) {
            Some(0xD800..=0xDBFF) => {
                let paired = line.get(i + 6..i + 8) == Some(b"\\u")
                    && matches!(hex(i + 8), Some(0xDC00..=0xDFFF));
                if !paired {
                    return Some(i);
                }
                i += 12;
            }
            Some(0xDC00..=0xDFFF) => return Some(i),
            _ => i += 6,
        }
    }
    None
}

/// The analysed field of `line`, decoded, and the row's fields.
pub fn parse<'a>(line: &'a [u8], field: &str) -> Result<(Fields<'a>, Cow<'a, str>), String> {
    let fields: Fields =
        serde_json::from_slice(line).map_err(|e| match std::str::from_utf8(line) {
            Err(u) => format!(
                "invalid UTF-8 at byte offset {} (--input-errors replace reads it as U+FFFD)",
                u.valid_up_to()
            ),
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
        true => Cow::Owned(serde_json::from_str(raw).map_err(|e| {
            if first_lone_surrogate(raw.as_bytes()).is_some() {
                format!(
                    "field {field:?} has a lone surrogate escape (--input-errors replace reads it as U+FFFD)"
                )
            } else {
                format!("invalid JSON: {e}")
            }
        })?),
        false => Cow::Borrowed(&raw[1..raw.len() - 1]),
    };
    Ok((fields, text))
}

/// What one row adds to the summary.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RowTally {
    pub bytes: usize,
    pub spam_bytes: usize,
    pub is_spam: bool,
    /// The row's language, from its language field.
    pub language: Option<String>,
}

impl RowTally {
    pub fn of(report: &Report, language: Option<String>) -> RowTally {
        RowTally {
            bytes: report.text_len(),
            spam_bytes: report.spam_bytes(),
            is_spam: report.is_spam(),
            language,
        }
    }
}

/// A row's output line and tally, or why the line is bad.
pub type Row = Result<(String, RowTally), String>;

/// Rounded down to four decimals, so a score just below the threshold
/// never prints as it.
pub fn round_score(x: f64) -> f64 {
    (x * 10_000.0).floor() / 10_000.0
}

/// The spam spans of `report` in the unit asked for.
pub fn spans(report: &Report, text: &str, offsets: Offsets) -> Vec<[usize; 2]> {
    let ranges = match offsets {
        Offsets::Byte => report.spam_ranges().collect(),
        Offsets::Char => report.spam_char_ranges(text),
    };
    ranges.into_iter().map(|r| [r.start, r.end]).collect()
}

/// The spam segments as the core library serialises them, with their
/// offsets in the unit asked for.
pub fn explain(report: &Report, text: &str, offsets: Offsets) -> Vec<serde_json::Value> {
    let bounds = spans(report, text, offsets);
    report
        .spam_segments()
        .zip(bounds)
        .map(|(seg, [start, end])| {
            let mut v = serde_json::to_value(seg).expect("a segment serialises");
            v["start"] = json!(start);
            v["end"] = json!(end);
            v
        })
        .collect()
}

/// The row's language: the string in its language field.
pub fn language(fields: &Fields, lang_field: Option<&str>) -> Option<String> {
    let raw = match lang_field {
        Some(name) => fields.get(name),
        None => fields.get("language").or_else(|| fields.get("lang")),
    }?;
    serde_json::from_str::<String>(raw.get()).ok()
}

/// Analyses one line and renders its output line.
pub fn annotate(detector: &Detector, line: &[u8], o: &RowOptions) -> Row {
    let line = repaired(line, o.input_errors);
    let (fields, text) = parse(&line, &o.field)?;
    let report = detector.analyze(&text);
    let mut set: Vec<(&str, serde_json::Value)> = Vec::new();
    if o.drop {
        set.push((&o.field, json!(report.clean(&text))));
    } else {
        set.push(("spam_spans", json!(spans(&report, &text, o.offsets))));
        if o.offsets == Offsets::Char {
            set.push(("spam_offsets", json!("char")));
        }
    }
    set.push(("spam_score", json!(round_score(report.score()))));
    if o.explain {
        set.push(("spam_explain", json!(explain(&report, &text, o.offsets))));
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
    let tally = RowTally::of(&report, language(&fields, o.lang_field.as_deref()));
    Ok((rendered, tally))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lone_surrogates_are_found_and_pairs_and_escaped_backslashes_are_not() {
        let cases: &[(&str, Option<usize>)] = &[
            (r#"{"t":"a\ud800b"}"#, Some(7)),
            (r#"{"t":"a\udc00"}"#, Some(7)),
            (r#"{"t":"\ud83d\ude00 ok"}"#, None),
            (r#"{"t":"\\ud800"}"#, None),
            (r#"{"t":"\ud83d\u0041"}"#, Some(6)),
            (r#"{"t":"plain \n text"}"#, None),
            (r#"{"t":"cut \ud8"}"#, None),
        ];
        for &(line, at) in cases {
            assert_eq!(first_lone_surrogate(line.as_bytes()), at, "{line}");
        }
    }

    #[test]
    fn replace_reads_lone_surrogates_and_bad_bytes_as_replacement_characters() {
        let line = br#"{"text":"a\ud800b \udc00 \ud83d\ude00"}"#;
        let fixed = repaired(line, InputErrors::Replace);
        let (_, text) = parse(&fixed, "text").unwrap();
        assert_eq!(text, "a\u{FFFD}b \u{FFFD} \u{1F600}");
        assert!(parse(line, "text").unwrap_err().contains("lone surrogate"));
        let bad = b"{\"text\":\"caf\xe9\"}";
        assert!(parse(bad, "text").unwrap_err().contains("invalid UTF-8"));
        let (_, text) = parse(&repaired(bad, InputErrors::Replace), "text")
            .map(|(f, t)| (f.len(), t.into_owned()))
            .unwrap();
        assert_eq!(text, "caf\u{FFFD}");
    }
}
