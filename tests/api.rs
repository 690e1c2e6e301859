//! Public-API behaviour: builder validation, errors, invariants of reports
//! and of `clean` over awkward input.

use spamsplit::{Category, Detector, Error, Lexicon};

use crate::support::invariants;

const STUFFING: &str =
    "moncler outlet moncler outlet moncler outlet cheap ugg boots cheap ugg boots";

fn tricky_inputs() -> Vec<String> {
    vec![
        String::new(),
        "   \n\t  \r\n".into(),
        "Prose line one.\r\nProse line two.\r\n\r\nmoncler outlet moncler outlet moncler outlet\r\n".into(),
        "👩‍👩‍👧‍👦 family 👍🏽 emoji 🇫🇷 flags moncler outlet moncler outlet moncler outlet".into(),
        "e\u{301}\u{301}\u{301}\u{301} a\u{308}\u{308} zalgo".repeat(20),
        "\u{202e}reversed\u{202c} עברית טקסט \u{200f} عربي cheap ugg boots cheap ugg boots cheap ugg boots".into(),
        "\0\u{1}\u{7f} control characters\u{0} here".into(),
        "!!!???...,,,;;;---|||".repeat(50),
        "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𐍈𐍉 astral letters 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𐍈𐍉 astral letters".into(),
        "中文没有空格的句子很长".repeat(100) + "激安通販スーパーコピー激安通販スーパーコピー",
        format!("{} {}", "word ".repeat(5000), STUFFING),
        "a".repeat(50_000),
        format!("Intro sentence here.\n\n{STUFFING}\n\nOutro sentence here."),
    ]
}

#[test]
fn reports_are_well_formed_and_clean_removes_exactly_the_spam() {
    let d = Detector::new();
    for (i, text) in tricky_inputs().into_iter().enumerate() {
        let report = d.analyze(&text);
        invariants::check(&format!("tricky input {i}"), &d, &text, &report);
        let cleaned = d.clean(&text);
        assert!(
            !d.analyze(&cleaned).is_spam(),
            "clean leaves no spam: {cleaned:?}"
        );
    }
}

#[test]
fn analysis_is_deterministic_across_threads() {
    let d = Detector::new();
    let inputs = tricky_inputs();
    let first: Vec<_> = inputs.iter().map(|t| d.analyze(t)).collect();
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| {
                for (t, want) in inputs.iter().zip(&first) {
                    assert_eq!(&d.analyze(t), want);
                }
            });
        }
    });
}

#[test]
fn analyze_bytes_matches_analyze_and_reports_bad_offsets() {
    let d = Detector::new();
    let text = format!("News of the day.\n\n{STUFFING}");
    assert_eq!(d.analyze_bytes(text.as_bytes()).unwrap(), d.analyze(&text));
    let mut bad = text.clone().into_bytes();
    bad.insert(5, 0xC3); // a lead byte without its continuation
    assert_eq!(d.analyze_bytes(&bad), Err(Error::InvalidUtf8 { offset: 5 }));
    assert_eq!(
        d.analyze_bytes(b"\xe6\x97").unwrap_err().to_string(),
        "invalid UTF-8 at byte offset 0"
    );
}

#[test]
fn segments_explain_the_spam() {
    let d = Detector::new();
    let text = format!("The museum reopened on Friday after repairs to the roof.\n\n{STUFFING}");
    let report = d.analyze(&text);
    let spam: Vec<_> = report.spam_segments().collect();
    assert_eq!(spam.len(), 1);
    let s = spam[0];
    assert_eq!(&text[s.range()], STUFFING);
    assert!(s.is_spam());
    let sig = s.signals();
    assert_eq!(sig.tokens(), 12);
    assert!(sig.keyword_density() > 0.9);
    assert!(sig.repetition() >= 0.5);
    assert_eq!(sig.function_words(), 0);
    let moncler = sig
        .keywords()
        .iter()
        .find(|k| k.keyword().term() == "moncler")
        .unwrap();
    assert_eq!(
        (moncler.count(), moncler.keyword().category()),
        (3, Category::Brand)
    );
    let top = &sig.top_repeats()[0];
    assert_eq!((top.word(), top.count()), ("moncler", 3));
    let prose = &report.segments()[0];
    assert!(!prose.is_spam());
    assert!(prose.signals().function_words() >= 4);
    assert!(prose.score() < s.score());
}

#[test]
fn custom_lexicon_replaces_the_builtin_one() {
    let own = Lexicon::from_terms([
        ("zap widget", Category::Commerce),
        ("acme", Category::Brand),
    ])
    .unwrap();
    let d = Detector::builder().lexicon(own).build().unwrap();
    let text = "Weather was fine today. acme zap widget acme zap widget acme zap widget";
    let spans: Vec<&str> = d.analyze(text).spam_ranges().map(|r| &text[r]).collect();
    assert_eq!(spans, ["acme zap widget acme zap widget acme zap widget"]);
    // The built-in terms are gone: shop words alone carry no keyword signal.
    let report = d.analyze("moncler outlet, cheap.");
    assert!(
        report
            .segments()
            .iter()
            .all(|s| s.signals().keywords().is_empty())
    );
}

#[test]
fn extra_keywords_and_lexicons_add_terms() {
    let dir = std::env::temp_dir().join(format!("spamsplit-api-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("terms.txt");
    std::fs::write(&path, "# test terms\n[brand]\nzorbatron\n").unwrap();
    let d = Detector::builder()
        .extra_keywords(["mega deal"])
        .extra_lexicon(Lexicon::from_file(&path).unwrap())
        .build()
        .unwrap();
    let text = "Council met today. zorbatron mega deal zorbatron mega deal zorbatron mega deal";
    let spans: Vec<&str> = d.analyze(text).spam_ranges().map(|r| &text[r]).collect();
    assert_eq!(
        spans,
        ["zorbatron mega deal zorbatron mega deal zorbatron mega deal"]
    );
    std::fs::write(&path, "[nonsense]\nx\n").unwrap();
    let err = Lexicon::from_file(&path).unwrap_err();
    assert!(matches!(err, Error::LexiconSyntax { line: 1, .. }), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn threshold_and_min_tokens_change_the_verdict() {
    let text = "Good morning to all of you. cheap ugg boots cheap ugg boots cheap ugg boots";
    let strict = Detector::builder().threshold(1.0).build().unwrap();
    assert!(!strict.analyze(text).is_spam());
    let long_only = Detector::builder().min_tokens(50).build().unwrap();
    assert!(!long_only.analyze(text).is_spam());
    assert!(Detector::new().analyze(text).is_spam());
}

#[test]
fn builder_errors_are_clear() {
    let cases: Vec<(spamsplit::DetectorBuilder, &str)> = vec![
        (
            {
                let mut b = Detector::builder();
                b.threshold(2.0);
                b
            },
            "threshold must be within 0.0..=1.0, got 2",
        ),
        (
            {
                let mut b = Detector::builder();
                b.min_tokens(0);
                b
            },
            "minimum span size must be at least 1 token, got 0",
        ),
        (
            {
                let mut b = Detector::builder();
                b.extra_keywords(["  "]);
                b
            },
            "keyword 0 (\"  \") has no letters or digits",
        ),
        (
            {
                let mut b = Detector::builder();
                b.lexicon(Lexicon::new());
                b
            },
            "the lexicon is empty: give at least one keyword",
        ),
    ];
    for (builder, message) in cases {
        assert_eq!(builder.build().unwrap_err().to_string(), message);
    }
}
