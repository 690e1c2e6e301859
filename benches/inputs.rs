//! The texts the benchmarks run on: real web prose from
//! `../shared/corpus/prose.jsonl` (rows joined to article size, none
//! repeated) and the rows of `../shared/eval/dev.jsonl` when those files
//! exist; otherwise the project's own fixtures (`tests/data`), repeated to
//! article size. Shared by `benches/detect.rs` and the peers' benchmark in
//! `devtools/`.
#![allow(dead_code)]

/// A file of `../shared` beside the repository (the devtools crate's
/// manifest is one folder down).
fn shared_file(name: &str) -> std::path::PathBuf {
    let manifest = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let root = match manifest.ends_with("devtools") {
        true => manifest.parent().unwrap_or(manifest),
        false => manifest,
    };
    root.join("../shared").join(name)
}

/// The fields of a corpus row the benchmarks read.
#[derive(serde::Deserialize)]
struct Row {
    text: String,
    #[serde(default)]
    lang: String,
}

pub const EN: &str = include_str!("../tests/data/prose_en.txt");
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
pub const TAIL: &str = "moose knuckles pas cher moose knuckles pas cher stone island outlet \
    stone island outlet barbour pas cher barbour pas cher nike air max outlet cheap ugg boots \
    cheap ugg boots michael kors prezzi louis vuitton soldes canada goose günstig";

/// `text` repeated to about `bytes` bytes, whole copies only.
pub fn sized(text: &str, bytes: usize) -> String {
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
    let path = shared_file("corpus/prose.jsonl");
    let lines = std::fs::read_to_string(path).ok()?;
    let rows: Vec<String> = lines
        .lines()
        .filter_map(|l| serde_json::from_str::<Row>(l).ok())
        .filter(|row| accept(&row.lang))
        .map(|row| row.text)
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

pub fn inputs() -> Vec<(&'static str, String)> {
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
    let dev = shared_file("eval/dev.jsonl");
    if let Ok(lines) = std::fs::read_to_string(dev) {
        // The rows' texts, as the JSON-decoded strings a caller would pass.
        let texts: Vec<String> = lines
            .lines()
            .filter_map(|l| serde_json::from_str::<Row>(l).ok())
            .map(|row| row.text)
            .collect();
        v.push(("dev_rows", texts.join("\n\u{0}\n")));
    }
    v
}
