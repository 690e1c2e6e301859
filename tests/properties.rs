//! Property tests: invariants that hold for any input, over arbitrary
//! Unicode and over generated prose + spam mixtures.

use proptest::prelude::*;
use spamsplit::{Detector, Error, Report};

use crate::support::invariants;

fn detector() -> &'static Detector {
    static D: std::sync::OnceLock<Detector> = std::sync::OnceLock::new();
    D.get_or_init(Detector::new)
}

fn check_invariants(text: &str) -> Result<(), TestCaseError> {
    let d = detector();
    let report = d.analyze(text);
    invariants::check(&format!("{text:?}"), d, text, &report);
    // Same answer on every run, and from bytes.
    prop_assert_eq!(&d.analyze(text), &report);
    prop_assert_eq!(&d.analyze_bytes(text.as_bytes()).unwrap(), &report);
    Ok(())
}

/// Sentences from a small vocabulary of prose in several languages.
fn prose() -> impl Strategy<Value = String> {
    let sentences = prop::sample::select(vec![
        "The council met on Tuesday and approved the new budget.",
        "Officials said the bridge would reopen next spring.",
        "La mairie a annoncé la fin des travaux pour le mois prochain.",
        "Die Stadt will die Brücke im Frühjahr wieder öffnen.",
        "El ayuntamiento aprobó el presupuesto para el próximo año.",
        "В среду в городе открылся новый парк для детей.",
        "市は来月から図書館の開館時間を延長すると発表した。",
        "市政府宣布将在年底前完成道路改造工程。",
        "\"It was a long night,\" she said, \"but we finished.\"",
    ]);
    prop::collection::vec(
        (sentences, prop::sample::select(vec![" ", "\n", "\n\n"])),
        1..12,
    )
    .prop_map(|v| v.into_iter().map(|(s, sep)| format!("{s}{sep}")).collect())
}

/// What the block stage and the folding act on, in any order: disguised
/// letters, combining marks, fullwidth forms, links, anchors, phone numbers,
/// comment headers, noise strings, CJK punctuation.
fn web_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "𝐒𝐋𝐎𝐓𝟴𝟴",
        "8̲8",
        "ＷＩＮ",
        "，",
        "🅿🆄",
        "ℓ",
        "️",
        "ρülAυ",
        "http://cheap-bags.example.com/",
        "www.example.org",
        "bit.ly/x",
        "<a href=\"x\">",
        "[url=y]z[/url]",
        "+1 800-555-0199",
        "Anna says:",
        "2012-04-19 09:02",
        "QwpoHRTZ",
        "moncler outlet",
        "buy viagra online",
        "nice post",
        "click here",
        "。",
        "的",
        "spam",
        "\n",
        "\n\n",
        " ",
        "a",
        ".",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
}

/// Keyword stuffing from a vocabulary of brand and shop words.
fn spam() -> impl Strategy<Value = String> {
    let phrases = prop::sample::select(vec![
        "moncler outlet",
        "cheap ugg boots",
        "louis vuitton pas cher",
        "nike air max günstig",
        "buy viagra online",
        "online casino free spins",
        "ray ban sunglasses sale",
        "スーパーコピー 激安",
    ]);
    (
        prop::collection::vec(phrases, 4..20),
        prop::sample::select(vec![" ", " | ", ", "]),
    )
        .prop_map(|(v, sep)| v.join(sep))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn invariants_hold_on_arbitrary_unicode(text in "\\PC{0,300}") {
        check_invariants(&text)?;
    }

    #[test]
    fn invariants_hold_on_disguised_letters_links_and_comment_headers(text in web_text()) {
        check_invariants(&text)?;
    }

    #[test]
    fn invariants_hold_on_arbitrary_bytes_as_lossy_text(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        check_invariants(&String::from_utf8_lossy(&bytes))?;
    }

    #[test]
    fn invalid_utf8_is_an_error_at_the_right_offset(
        prefix in "[a-z ]{0,50}",
        bad in prop::sample::select(vec![vec![0xFFu8], vec![0xC3], vec![0xE6, 0x97], vec![0xED, 0xA0, 0x80]]),
        suffix in "[a-z ]{0,50}",
    ) {
        let mut bytes = prefix.clone().into_bytes();
        bytes.extend_from_slice(&bad);
        bytes.extend_from_slice(suffix.as_bytes());
        prop_assert_eq!(detector().analyze_bytes(&bytes), Err(Error::InvalidUtf8 { offset: prefix.len() }));
    }

    #[test]
    fn mixtures_keep_their_prose_and_lose_the_spam(
        before in prose(),
        stuffing in spam(),
        after in prose(),
        glue in prop::sample::select(vec![" ", "\n", "\n\n"]),
    ) {
        let text = format!("{before}{glue}{stuffing}{glue}{after}");
        check_invariants(&text)?;
        let d = detector();
        let report = d.analyze(&text);
        // The stuffing is found, and no prose sentence is touched.
        let start = before.len() + glue.len();
        let spam_range = start..start + stuffing.len();
        let found: usize = report.spam_ranges().map(|r| {
            r.end.min(spam_range.end).saturating_sub(r.start.max(spam_range.start))
        }).sum();
        prop_assert!(found * 10 >= stuffing.len() * 9, "found {} of {} in {:?}", found, stuffing.len(), text);
        for r in report.spam_ranges() {
            prop_assert!(r.start >= before.trim_end().len() && r.end <= start + stuffing.len() + 1,
                "span {:?} {:?} leaves the stuffing in {:?}", r.clone(), &text[r.clone()], text);
        }
        // Cleaning again finds nothing more where the prose is unchanged.
        let cleaned = d.clean(&text);
        prop_assert!(!d.analyze(&cleaned).is_spam(), "{:?}", cleaned);
    }

    #[test]
    fn prose_alone_is_never_flagged(text in prose()) {
        prop_assert!(!detector().analyze(&text).is_spam(), "{:?}", text);
    }
}

#[test]
fn same_reports_on_every_thread() {
    let texts: Vec<String> = (0..40)
        .map(|i| {
            format!(
                "Story {i} ran today. {}",
                "cheap ugg boots outlet ".repeat(i % 5)
            )
        })
        .collect();
    let want: Vec<Report> = texts.iter().map(|t| detector().analyze(t)).collect();
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| {
                for (t, w) in texts.iter().zip(&want) {
                    assert_eq!(&detector().analyze(t), w);
                }
            });
        }
    });
}
