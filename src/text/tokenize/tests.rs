//! Every fast path held to the segmenter's output, and the marks tokens carry.

use super::chars::is_single_cjk;
use super::*;

fn words(text: &str) -> Vec<&str> {
    tokenize(text)
        .tokens
        .iter()
        .map(|t| &text[t.start()..t.end()])
        .collect()
}

#[test]
fn ascii_words_hash_and_fold_like_hash_bytes() {
    // Lengths around the eight-byte blocks, at the end of the text
    // (the byte-by-byte load) and before more text (the wide load).
    for len in 1..=20 {
        let word: String = (0..len)
            .map(|i| (if i % 3 == 0 { b'A' } else { b'q' } + (i % 7) as u8) as char)
            .collect();
        let folded = word.to_ascii_lowercase();
        for text in [word.clone(), format!("{word} and more words after it")] {
            let toks = tokenize(&text);
            let t = toks.tokens[0];
            assert_eq!(t.hash, hash_bytes(folded.as_bytes()), "{text}");
            assert_eq!(&toks.folded[..len + 1], format!("{folded} ").as_bytes());
        }
    }
    let t = tokenize("Z9 2024 a_b").tokens;
    assert!(t[0].has(flag::UPPER) && t[0].has(flag::DIGIT) && !t[0].has(flag::NUMERIC));
    assert!(t[1].has(flag::NUMERIC) && t[1].has(flag::DIGIT));
    assert!(!t[2].has(flag::NUMERIC | flag::DIGIT));
}

#[test]
fn splits_latin_words_and_keeps_inner_marks() {
    assert_eq!(
        words("Don't stop: U.S. sales rose 3.5% in 2021, he said."),
        [
            "Don't", "stop", "U.S", "sales", "rose", "3.5", "in", "2021", "he", "said"
        ]
    );
}

#[test]
fn ascii_fast_path_matches_uax29() {
    let samples = [
        "a.b a..b a'b 1,000 1,,0 x:y 12:30 foo_bar a-b (c) e.g. U.S. 3.5% don't",
        "Hello, world! This is-a test_case of 1.2.3 and a1.5 and 1.a b.2",
        "'quoted' \"double\" end. next...dots?? ok!",
        "___ a__b __x 1_000 _",
    ];
    for s in samples {
        let uax: Vec<&str> = s
            .unicode_word_indices()
            .map(|(_, w)| w)
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .collect();
        assert_eq!(words(s), uax, "on {s:?}");
    }
}

/// Words as the segmenter finds them (the reference of the fast paths).
fn uax29_words(s: &str) -> Vec<&str> {
    s.split_word_bound_indices()
        .map(|(_, w)| w)
        .filter(|w| w.chars().any(|c| CharInfo::of(c).alphanumeric()))
        .collect()
}

/// A chunk of up to eight characters from one of the alphabets the
/// fast paths take (or from all of them, for the segmenter's share).
fn chunk() -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    let ascii = vec![
        'a', 'B', 'z', '0', '7', '_', '.', ',', ':', ';', '\'', '!', '"', '-',
    ];
    let alphabetic = vec![
        'é', 'Ž', 'ß', 'я', 'Ж', 'Ω', 'λ', '’', '«', '—', '…', 'a', '1', '.', '\'',
    ];
    let cjk = vec![
        '東', '京', 'の', 'カ', 'ナ', 'ー', 'ヽ', '、', '。', '，', '「', '_', 'a', '1', '“', '”',
        '—', '…', '’', '.', '・', '-',
    ];
    let other = vec!['\u{3099}', '\u{301}', '한', '١', '€', 'a', 'é', '東', '.'];
    let all: Vec<char> = [&ascii, &alphabetic, &cjk, &other]
        .into_iter()
        .flatten()
        .copied()
        .collect();
    prop_oneof![
        proptest::collection::vec(proptest::sample::select(ascii), 1..8),
        proptest::collection::vec(proptest::sample::select(alphabetic), 1..8),
        proptest::collection::vec(proptest::sample::select(cjk), 1..8),
        proptest::collection::vec(proptest::sample::select(all), 1..8),
    ]
    .prop_map(|chars| chars.into_iter().collect())
}

proptest::proptest! {
    /// Random text made of chunks from the alphabets every fast path
    /// looks at (letters of several scripts, digits, the joining marks,
    /// kana, Han) splits as the segmenter splits it. `/`, `@` and `w`
    /// are left out: they make addresses, which split differently on
    /// purpose.
    #[test]
    fn fast_paths_split_random_text_as_uax29(
        chunks in proptest::collection::vec(chunk(), 0..12)
    ) {
        let text = chunks.join(" ");
        proptest::prop_assert_eq!(words(&text), uax29_words(&text), "{:?}", text);
    }
}

#[test]
fn alphabetic_fast_path_matches_uax29() {
    // Every simple character, in every position the join rules look at.
    let simple = (0x80..0x600u32)
        .chain(0x2000..0x2200)
        .filter_map(char::from_u32)
        .filter(|&c| is_simple(c));
    for c in simple {
        for s in [
            format!("a{c}b"),
            format!("{c}a{c}"),
            format!("{c}.{c} {c}'{c}:{c}’{c}"),
            format!("1{c}2 {c}1,2 1’2{c} é{c}_"),
            format!("«{c}» {c}…{c}—{c}"),
        ] {
            assert!(s.chars().all(is_simple));
            assert_eq!(words(&s), uax29_words(&s), "on {s:?}");
        }
    }
    let samples = [
        "L’État a dit : « Non ! » — c’était l’été 2024, à 3,5 % près…",
        "Größe: 1.234,56 € für Müller’s Straße; Ünal's Ölçü",
        "Москва, 12 мая. «Правительство» — это 3’000 ₽… Ёжик_123",
        "Αθήνα: η κυβέρνηση ανακοίνωσε. Ψ.Χ.Ω",
        "Ąčęėįšųūž ŁÓDŹ Şanlıurfa İstanbul ǅemal",
    ];
    for s in samples {
        assert_eq!(words(s), uax29_words(s), "on {s:?}");
    }
}

#[test]
fn alphabetic_fast_path_folds_and_flags_like_the_slow_path() {
    // "İ" lower-cases to two characters; "Ǆ" is title-case-paired.
    for w in [
        "Élysée",
        "ПРИВЕТ",
        "привет",
        "ёжик",
        "İstanbul",
        "ǄEMAL",
        "Straße",
        "ΣΟΦΙΑ",
        "l’été",
        "x1’2",
    ] {
        let mut t = Tokenizer::new(w, Tokens::default());
        t.segmented_words(0, w.len());
        let fast = tokenize(w);
        assert_eq!(fast.tokens, t.out.tokens, "{w}");
        assert_eq!(fast.folded, t.out.folded, "{w}");
    }
}

#[test]
fn a_chunk_the_alphabetic_path_gives_up_on_is_split_as_if_never_tried() {
    // The alphabetic path has emitted words, set the separator mark and
    // flagged a word's sentence end by the time it meets the Han
    // character; all of that is undone and redone by the general path.
    for text in ["«Привет»—東京, да", "Да.東", "Élan…ü’s 1,5€東"] {
        let mut general = Tokenizer::new(text, Tokens::default());
        general.unicode_words(0, text.len());
        let fast = tokenize(text);
        assert_eq!(fast.tokens, general.out.tokens, "{text}");
        assert_eq!(fast.folded, general.out.folded, "{text}");
    }
    // What the chunk before left pending (a line break, a separator, a
    // currency sign) still marks the chunk's first word.
    let first_word_of_second_chunk = |text: &str| tokenize(text).tokens[1];
    assert!(first_word_of_second_chunk("a\nПривет東").has(flag::LINE_BEFORE));
    assert!(first_word_of_second_chunk("a - Да東").has(flag::SEP_BEFORE));
    assert!(first_word_of_second_chunk("a $ 5東").has(flag::PRICE));
}

#[test]
fn ideographs_are_emitted_like_any_word() {
    let chars = (0x3000..0xA000u32)
        .chain(0xF900..0xFB00)
        .chain(0x20000..0x20100)
        .filter_map(char::from_u32)
        .filter(|&c| is_single_cjk(c));
    for c in chars {
        // Alone, and three in a row (the ideograph loop takes the
        // second and third).
        for text in [format!("{c}"), format!("{c}{c}{c}")] {
            let mut general = Tokenizer::new(&text, Tokens::default());
            let width = c.len_utf8();
            for at in (0..text.len()).step_by(width) {
                general.emit(at, at + width, 0);
            }
            let fast = tokenize(&text);
            assert_eq!(fast.tokens, general.out.tokens, "{text}");
            assert_eq!(fast.folded, general.out.folded, "{text}");
        }
    }
}

#[test]
fn katakana_runs_are_emitted_like_any_word() {
    let chars = (0x3000..0x3100u32)
        .filter_map(char::from_u32)
        .filter(|&c| cjk::class(c) & cjk::KATAKANA != 0);
    for c in chars {
        for text in [format!("ア{c}"), format!("{c}ア{c}ー")] {
            let mut general = Tokenizer::new(&text, Tokens::default());
            general.emit(0, text.len(), 0);
            let fast = tokenize(&text);
            assert_eq!(fast.tokens, general.out.tokens, "{text}");
            assert_eq!(fast.folded, general.out.folded, "{text}");
        }
    }
}

#[test]
fn cjk_fast_path_matches_uax29() {
    let samples = [
        "東京で会議。スーパーコピー激安、「新作」（限定）！本当？",
        "価格は１，０００円、ＡＢＣ１２３とabc_デフ。",
        "漢字\u{3099}かな\u{309a}と😀👍🏽字、テスト・カタカナー",
        "中文，标点：分号；结束。English words 和 123 数字",
        "𠀋𠀍字々〻〆ヶ",
        "가나다 한국어 문장，中文",
        "スーパーコピー激安！ブランドコピー、ヴィトン_バッグ。カタカナ",
        "テスト\u{3099}語 カナ123 カナabc ｶﾀｶﾅ ーー ヽヾカ カ・ナ「ナ」",
        "コピーgoodsコピー。東京タワーとスカイツリー",
        "他说“2019年iPhone售价999美元”——很贵…东西。“引号”\u{301}字—\u{301}",
        "价格1,000.5元l’été,ﾃｽﾄ“a’b”",
        "Wi-Fiプロテクション a_カナ 1カナ .カナ a.カナ é・カナ・ナ字・",
    ];
    for s in samples {
        assert_eq!(words(s), uax29_words(s), "on {s:?}");
    }
}

#[test]
fn marks_sentence_ends_pauses_and_lines() {
    let t = tokenize("One two. Three, four\nfive\n\nsix");
    let f: Vec<u16> = t.tokens.iter().map(|t| t.flags).collect();
    assert!(f[1] & flag::END_AFTER != 0);
    assert!(f[2] & flag::PAUSE_AFTER != 0);
    assert!(f[4] & flag::LINE_BEFORE != 0 && f[4] & flag::PARA_BEFORE == 0);
    assert!(f[5] & flag::PARA_BEFORE != 0);
}

#[test]
fn typographic_apostrophe_folds_to_ascii() {
    let t = tokenize("don’t don't DON’T");
    assert_eq!(t.tokens[0].hash, t.tokens[1].hash);
    assert_eq!(t.tokens[0].hash, t.tokens[2].hash);
}

#[test]
fn marks_prices() {
    let t = tokenize("costs $89 or €12,50 and 7 items");
    let p: Vec<bool> = t.tokens.iter().map(|t| t.has(flag::PRICE)).collect();
    assert_eq!(p, [false, true, false, true, false, false, false]);
    // The sign after the number, as most of Europe writes it.
    let t = tokenize("kostet 89 € oder 5000$ für 7 Stück");
    let p: Vec<bool> = t.tokens.iter().map(|t| t.has(flag::PRICE)).collect();
    assert_eq!(p, [false, true, false, true, false, false, false]);
}

#[test]
fn urls_are_split_into_their_words() {
    let text = "see http://www.cheap-shop.fr/nike?id=2. Then";
    assert_eq!(
        words(text),
        [
            "see", "http", "www", "cheap", "shop", "fr", "nike", "id", "2", "Then"
        ]
    );
    let t = tokenize(text);
    assert!(t.tokens[1].has(flag::URL) && !t.tokens[0].has(flag::URL));
    assert!(t.tokens[8].has(flag::END_AFTER));
}

#[test]
fn markup_closes_an_address_and_the_anchor_text_is_words() {
    // Each row: a chunk with an address in markup, the words that are
    // part of the address, and the words after it that are text.
    let cases: &[(&str, &[&str], &[&str])] = &[
        (
            "<a href=\"https://x.example/p\">Data science training</a>",
            &["href", "https", "x", "example", "p"],
            &["a", "Data", "science", "training", "a"],
        ),
        (
            "<a href='http://x.example/'>Fußball Wetten</a>",
            &["href", "http", "x", "example"],
            &["a", "Fußball", "Wetten", "a"],
        ),
        (
            "[url=http://x.example/a]дешевые часы[/url]",
            &["url", "http", "x", "example", "a"],
            &["дешевые", "часы", "url"],
        ),
        (
            "<http://x.example/faq>",
            &["http", "x", "example", "faq"],
            &[],
        ),
        // An address without markup runs to its chunk's end.
        (
            "http://x.example/a-b?q=c",
            &["http", "x", "example", "a", "b", "q", "c"],
            &[],
        ),
    ];
    assert_address_and_words(cases);
}

/// Each case: a chunk, the words read as its address, the words outside.
fn assert_address_and_words(cases: &[(&str, &[&str], &[&str])]) {
    for &(text, address, outside_words) in cases {
        let t = tokenize(text);
        let (in_url, outside): (Vec<&Token>, Vec<&Token>) =
            t.tokens.iter().partition(|tok| tok.has(flag::URL));
        let words = |toks: Vec<&Token>| -> Vec<&str> {
            toks.iter()
                .map(|tok| &text[tok.start()..tok.end()])
                .collect()
        };
        assert_eq!(words(in_url), address, "{text}");
        assert_eq!(words(outside), outside_words, "{text}");
    }
}

#[test]
fn a_label_of_another_script_glued_before_an_address_is_words() {
    // Each row: a chunk, the words of the address, the words outside it.
    let cases: &[(&str, &[&str], &[&str])] = &[
        (
            "スカイスキャナー：https://www.skyscanner.jp",
            &["https", "www", "skyscanner", "jp"],
            &["スカイスキャナー"],
        ),
        (
            "網址：http://x.example/a",
            &["http", "x", "example", "a"],
            &["網", "址"],
        ),
        ("сайт:www.x.example", &["www", "x", "example"], &["сайт"]),
        // ASCII before the scheme is the address's own reading.
        (
            "href=\"https://x.example/p\"",
            &["href", "https", "x", "example", "p"],
            &[],
        ),
    ];
    assert_address_and_words(cases);
}

#[test]
fn folds_case_for_all_scripts() {
    let t = tokenize("NIKE Nike ДЁШЕВО дёшево");
    assert_eq!(t.tokens[0].hash, t.tokens[1].hash);
    assert_eq!(t.tokens[2].hash, t.tokens[3].hash);
    assert_eq!(
        std::str::from_utf8(&t.folded).unwrap(),
        "nike nike дёшево дёшево "
    );
}

#[test]
fn cjk_characters_are_tokens_and_flagged() {
    let text = "東京で会議。スーパーコピー";
    let t = tokenize(text);
    assert!(t.tokens.iter().all(|t| t.has(flag::CJK)));
    let w = words(text);
    assert!(w.contains(&"東") && w.contains(&"スーパーコピー"));
    let de = t
        .tokens
        .iter()
        .find(|t| &text[t.start()..t.end()] == "で")
        .unwrap();
    assert!(de.has(flag::HIRAGANA));
    let gi = t
        .tokens
        .iter()
        .find(|t| &text[t.start()..t.end()] == "議")
        .unwrap();
    assert!(gi.has(flag::END_AFTER));
}

#[test]
fn runs_of_ideographs_keep_their_marks_and_hashes() {
    // Long enough for the tight loop, with the stops and commas it
    // takes and the marks and katakana it leaves to the general path.
    let text = "中文，标点：分号；结束。句子、「引号」！字\u{3099}字ひらがなカナ字。，字";
    let t = tokenize(text);
    let marks: Vec<(&str, bool, bool)> = t
        .tokens
        .iter()
        .map(|t| {
            let word = &text[t.start()..t.end()];
            assert_eq!(t.hash, hash_bytes(word.as_bytes()), "{word}");
            (word, t.has(flag::PAUSE_AFTER), t.has(flag::END_AFTER))
        })
        .collect();
    let marked: Vec<&str> = marks.iter().filter(|m| m.1).map(|m| m.0).collect();
    assert_eq!(marked, ["文", "点", "号", "子", "字"]);
    let ends: Vec<&str> = marks.iter().filter(|m| m.2).map(|m| m.0).collect();
    assert_eq!(ends, ["束", "号", "字"]);
    assert!(t.tokens.iter().all(|t| t.has(flag::CJK)));
    assert_eq!(words(text), uax29_words(text));
}

#[test]
fn offsets_are_char_boundaries_on_mixed_input() {
    let text = "naïve café — 東京 👍🏽 a\u{301}b \u{202e}abc\u{202c} x";
    for t in tokenize(text).tokens {
        assert!(text.is_char_boundary(t.start()) && text.is_char_boundary(t.end()));
        assert!(t.start < t.end);
    }
}

#[test]
fn token_at_folded_maps_back() {
    let t = tokenize("alpha beta gamma");
    assert_eq!(t.token_at_folded(0), 0);
    assert_eq!(t.token_at_folded(6), 1);
    assert_eq!(t.token_at_folded(12), 2);
}

#[test]
fn bullets_separate_list_items_but_the_opening_angle() {
    for &c in BULLETS {
        let separates = matches!(emit::Punct::of(c), emit::Punct::Separator);
        assert_eq!(separates, c != '<', "{c:?}");
    }
}

#[test]
fn a_hyphen_joining_two_words_is_no_list_mark() {
    // (text, the word after the hyphen, whether a list mark precedes it)
    let cases = [
        ("Spam-Kommentare", "kommentare", false),
        ("e-mail", "mail", false),
        ("Glücksspiel-Anbieter", "anbieter", false),
        ("интернет-казино", "казино", false),
        ("Ray-Ban東", "ban", false),
        ("cheap - ugg", "ugg", true),
        ("cheap -ugg", "ugg", true),
        ("Glück -Spiel", "spiel", true),
        ("a|b", "b", true),
        ("a/b", "b", true),
    ];
    for (text, word, listed) in cases {
        let toks = tokenize(text);
        let i = toks
            .tokens
            .iter()
            .position(|t| text[t.start()..t.end()].to_lowercase() == word)
            .unwrap_or_else(|| panic!("{text}: no {word}"));
        assert_eq!(toks.tokens[i].has(flag::SEP_BEFORE), listed, "{text}");
    }
}
