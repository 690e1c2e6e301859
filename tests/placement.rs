//! Every spam style in every placement, inside prose in ten languages:
//! the detector must return exactly the spam's byte range.

use spamsplit::Detector;

const PROSE: &[(&str, &str)] = &[
    ("en", include_str!("data/prose_en.txt")),
    ("fr", include_str!("data/prose_fr.txt")),
    ("de", include_str!("data/prose_de.txt")),
    ("es", include_str!("data/prose_es.txt")),
    ("ru", include_str!("data/prose_ru.txt")),
    ("ja", include_str!("data/prose_ja.txt")),
    ("zh", include_str!("data/prose_zh.txt")),
    ("pt", include_str!("data/prose_pt.txt")),
    ("it", include_str!("data/prose_it.txt")),
    ("pl", include_str!("data/prose_pl.txt")),
];

const SPAM: &[(&str, &str)] = &[
    (
        "stuffing",
        "barbour jackets pas cher barbour jackets pas cher barbour jackets pas cher \
         woolrich outlet woolrich outlet woolrich outlet cheap ray ban sunglasses \
         cheap ray ban sunglasses",
    ),
    (
        "tagcloud",
        "moncler günstig | cheap timberland boots | louis vuitton soldes | \
         nike air max sale | ugg boots outlet | michael kors prezzi",
    ),
    (
        "links",
        "cheap oakley http://www.cheap-oakley-shop.com/ ugg outlet \
         http://www.ugg-outlet-store.net/ replica rolex http://www.replica-rolex-sale.org/",
    ),
    (
        "pharma",
        "buy viagra online cheap cialis online pharmacy no prescription payday loans \
         free spins online casino generic levitra",
    ),
    (
        "unknown words",
        "glarvox penthide glarvox penthide zumbrella quade glarvox penthide zumbrella \
         quade glarvox penthide zumbrella quade glarvox penthide",
    ),
    (
        "bullet list",
        "• cheap jerseys\n• replica watches\n• ugg boots sale\n• moncler outlet store\n• discount oakley sunglasses",
    ),
    (
        "essay mill",
        "essay writing service buy essay online write my essay cheap custom essays \
         essay writing service buy essays online",
    ),
    (
        "unknown product list",
        "zentrix pro | zentrix pro review | zentrix pro price | zentrix pro buy | \
         zentrix pro official | zentrix pro scam",
    ),
    (
        "japanese",
        "スーパーコピー 激安通販 ブランドコピー 偽物 スーパーコピー 激安 送料無料 \
         ロレックス スーパーコピー 偽物 激安通販",
    ),
    (
        "russian",
        "купить кроссовки недорого купить кроссовки недорого скидки распродажа \
         купить сумки оптом дешево",
    ),
];

/// Builds the text and the expected spam range for one placement.
fn place(prose: &str, spam: &str, placement: &str) -> (String, std::ops::Range<usize>) {
    let prose = prose.trim_end();
    let (text, start) = match placement {
        "para" => (format!("{prose}\n\n{spam}\n"), prose.len() + 2),
        "line" => (format!("{prose}\n{spam}"), prose.len() + 1),
        "inline" => (format!("{prose} {spam}"), prose.len() + 1),
        "head" => (format!("{spam}\n\n{prose}\n"), 0),
        "middle" => {
            let cut = prose.find("\n\n").expect("fixture has paragraphs") + 2;
            (format!("{}{spam}\n\n{}", &prose[..cut], &prose[cut..]), cut)
        }
        "alone" => (spam.to_string(), 0),
        _ => unreachable!(),
    };
    (text, start..start + spam.len())
}

#[test]
fn exact_spans_for_every_style_placement_and_language() {
    let detector = Detector::new();
    let mut failures = Vec::new();
    let mut cases = 0;
    for (lang, prose) in PROSE {
        for (style, spam) in SPAM {
            for placement in ["para", "line", "inline", "head", "middle", "alone"] {
                cases += 1;
                let (text, want) = place(prose, spam, placement);
                let got: Vec<_> = detector.analyze(&text).spam_ranges().collect();
                // An unknown word closing an unknown-word list carries no
                // evidence of its own, so that style may lose its last word
                // but must never take prose.
                let close_enough = *style == "unknown product list"
                    && got.len() == 1
                    && got[0].start == want.start
                    && got[0].end <= want.end
                    && got[0].len() * 10 >= want.len() * 9;
                if got != [want.clone()] && !close_enough {
                    let shown: Vec<&str> = got.iter().map(|r| &text[r.clone()]).collect();
                    failures.push(format!(
                        "{lang}/{style}/{placement}: want {want:?}, got {got:?} {shown:?}"
                    ));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {cases} cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn prose_alone_has_no_spam_in_any_language() {
    let detector = Detector::new();
    for (lang, prose) in PROSE {
        let report = detector.analyze(prose);
        assert!(
            !report.is_spam(),
            "{lang}: {:?}",
            report.spam_ranges().collect::<Vec<_>>()
        );
        assert!(report.score() < detector.threshold());
        assert_eq!(detector.clean(prose), *prose, "{lang}");
    }
}

#[test]
fn two_spans_in_one_text() {
    let detector = Detector::new();
    let (_, stuffing) = SPAM[0];
    let (_, pharma) = SPAM[3];
    let (_, en) = PROSE[0];
    let cut = en.find("\n\n").unwrap();
    let text = format!(
        "{}\n\n{stuffing}\n\n{}\n\n{pharma}",
        &en[..cut],
        en[cut + 2..].trim_end()
    );
    let spans: Vec<&str> = detector
        .analyze(&text)
        .spam_ranges()
        .map(|r| &text[r])
        .collect();
    assert_eq!(spans, [stuffing, pharma]);
}

#[test]
fn a_shop_post_in_another_language_is_found_between_paragraphs() {
    let detector = Detector::new();
    // Grammatical Dutch brand copy: no stuffing, but off-language and
    // commercial.
    let post = "Deze online winkels verkopen merken zoals Nike, Adidas en Puma voor lagere \
                prijzen dan de winkels in de stad. Het beste is dat je bij het kopen van deze \
                schoenen altijd korting krijgt, en dat de levering gratis is voor wie goedkoop \
                wil kopen.";
    for (lang, prose) in [PROSE[0], PROSE[2]] {
        let (text, want) = place(prose, post, "middle");
        let got: Vec<_> = detector.analyze(&text).spam_ranges().collect();
        assert_eq!(got, [want], "{lang}");
    }
}
