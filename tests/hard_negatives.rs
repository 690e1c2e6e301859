//! Legitimate text that looks like spam must stay prose.

use spamsplit::Detector;

const CASES: &[(&str, &str)] = &[
    (
        "song chorus",
        "We rode the night train down to the sea,\nand nobody asked where we wanted to be.\n\n\
         Sing it loud, sing it slow, let the old river flow,\n\
         sing it loud, sing it slow, let the old river flow.\n\n\
         The station was empty, the lamps burning low,\nyou said that tomorrow was ours to let go.\n\n\
         Sing it loud, sing it slow, let the old river flow,\n\
         sing it loud, sing it slow, let the old river flow.",
    ),
    (
        "duplicated photo caption",
        "The new ferry terminal opened on Monday after two years of building work.\n\n\
         Passengers boarded the first crossing shortly after seven in the morning.\n\n\
         This photo, taken on May 3, shows the mayor cutting the ribbon at the ferry terminal. (City Hall)\n\n\
         This photo, taken on May 3, shows the mayor cutting the ribbon at the ferry terminal. (City Hall)",
    ),
    (
        "shopping deals article",
        "Black Friday deals are already live, and some of the best discounts are on running shoes.\n\n\
         Nike Pegasus 40 is on sale for $99 at the Nike outlet, down from $130. Adidas Ultraboost \
         pairs are 30% off at several retailers, and New Balance has cut prices on its 990 line.\n\n\
         If you want cheap sneakers, check the clearance section first: it changes every morning. \
         Shipping is free on orders over $50, and returns are accepted for 60 days.",
    ),
    (
        "recipe ingredients",
        "Lentil soup\n\nIngredients\n\n1 cup red lentils\n1 onion, chopped\n2 carrots, diced\n\
         2 cloves garlic\n1 tsp cumin\n1 tsp paprika\n4 cups vegetable stock\nsalt and pepper\n\n\
         Method\n\nFry the onion until soft, add the spices, then the lentils and stock. \
         Simmer for twenty minutes and blend half of the soup.",
    ),
    (
        "sports table",
        "Final standings\n\nPos Team P W D L Pts\n1 Riverside 30 21 5 4 68\n2 Northgate 30 19 6 5 63\n\
         3 Harbour City 30 17 7 6 58\n4 Old Mill 30 15 8 7 53\n5 Westbrook 30 14 6 10 48\n\
         6 Riverside Reserves 30 12 9 9 45\n7 Northgate Town 30 11 7 12 40",
    ),
    (
        "tour dates",
        "Tour dates\n\nMarch 3 – Leeds @ Stylus\nMarch 5 – Glasgow @ Barrowland Ballroom\n\
         March 7 – Manchester @ Albert Hall\nMarch 9 – Bristol @ Marble Factory\n\
         March 11 – London @ Roundhouse",
    ),
    (
        "short review",
        "Great phone, battery lasts two days. Would buy again!",
    ),
    ("short message", "ok see u at 7, bring the charger pls"),
    (
        "readme with code",
        "Install the package and run the example:\n\n    pip install widgets\n    widgets --demo\n\n\
         ```python\nfrom widgets import Widget\nw = Widget()\nw.run()\nw.run()\nw.run()\n```\n\n\
         The demo prints the widget state after each run.",
    ),
    (
        "product news with prices",
        "新型のスマートフォンは来月発売される。価格は税込み8万9800円で、人気の旧モデルより約1万円安い。\
         販売店によると、予約はすでに多く入っているという。",
    ),
    (
        "news about a drug maker",
        "Shares of the drug maker rose after regulators approved a generic version of Viagra. \
         Analysts said the online pharmacy market has grown quickly, but most sales still go \
         through hospitals and local chemists.",
    ),
];

#[test]
fn hard_negatives_stay_prose() {
    let detector = Detector::new();
    for (name, text) in CASES {
        let report = detector.analyze(text);
        let spans: Vec<&str> = report.spam_ranges().map(|r| &text[r]).collect();
        assert!(spans.is_empty(), "{name}: flagged {spans:?}");
        assert_eq!(detector.clean(text), *text, "{name}");
    }
}
