//! Evidence on small texts: stuffing positive, prose negative, and the marks behind it.

use super::*;
use crate::model::evidence::PAIR_WINDOW;

fn evidence(text: &str) -> Evidence {
    for_test(text).1
}

#[test]
fn stuffing_scores_positive_and_prose_negative() {
    let spam = evidence("moncler outlet moncler outlet cheap ugg boots cheap ugg boots");
    assert!(spam.score.iter().all(|&s| s > 0.0), "{:?}", spam.score);
    let prose = evidence("The minister said that the talks were useful, and he left.");
    let sum: f32 = prose.score.iter().sum();
    assert!(sum < -5.0, "{sum}");
}

#[test]
fn unknown_words_repeated_like_stuffing_are_marked() {
    let ev = evidence("zorbo flimp quax zorbo flimp quax zorbo flimp quax");
    assert!(ev.marks.iter().all(|m| m & mark::REPEAT != 0));
    assert!(ev.score.iter().all(|&s| s > 0.0));
}

#[test]
fn phrases_repeated_back_to_back_are_periodic() {
    let ev = evidence("which weblog platform which weblog platform which weblog platform");
    assert!(ev.marks.iter().all(|m| m & mark::PERIODIC != 0));
    assert!(ev.marks.iter().all(|m| m & mark::FUNCTION == 0));
    // Twice is an echo, not stuffing.
    let ev = evidence("Volvo V60 Cross Country Volvo V60 Cross Country");
    assert!(ev.marks.iter().all(|m| m & mark::PERIODIC == 0));
    // Short words chanted ("la la la la") are left alone.
    let ev = evidence("la la la la la la");
    assert!(ev.marks.iter().all(|m| m & mark::PERIODIC == 0));
}

#[test]
fn grammar_said_again_and_again_is_emphasis_not_chanting() {
    // A phrase of function words, with one other word at most and no
    // keyword, repeated back to back: emphasis or a refrain.
    for text in [
        "and the song goes on and on and on and on and on",
        "it happened again and again and again and again",
        "round and round and round and round we go",
        "es ging immer weiter und weiter und weiter und weiter",
        "да да да да да да да да конечно",
        "et ça recommence encore et encore et encore et encore",
    ] {
        let ev = evidence(text);
        assert!(
            ev.marks.iter().all(|m| m & mark::PERIODIC == 0),
            "{text}: {:?}",
            ev.marks
        );
    }
    // Two other words in the phrase: chanting.
    for text in [
        "zorblax gadgets zorblax gadgets zorblax gadgets zorblax gadgets",
        "zorblax and flimp zorblax and flimp zorblax and flimp",
        "which weblog platform which weblog platform which weblog platform",
    ] {
        let ev = evidence(text);
        assert!(
            ev.marks.iter().any(|m| m & mark::PERIODIC != 0),
            "{text}: {:?}",
            ev.marks
        );
    }
}

#[test]
fn distant_repetition_is_not_marked() {
    let filler = "word ".repeat(0) + &(0..40).map(|i| format!("w{i}x ")).collect::<String>();
    let text = format!("alpha beta {filler} alpha beta");
    let ev = evidence(&text);
    assert_eq!(ev.marks[0] & mark::REPEAT, 0);
}

#[test]
fn pairs_left_by_an_earlier_text_continue_no_chain() {
    let mut cache = PairCache::default();
    cache.start(40);
    assert!(cache.see(7, 0).is_none(), "a fresh table holds nothing");
    let again = cache.see(7, 5).expect("seen again within the window");
    assert_eq!((again.last, again.count), (0, 2));
    assert!(
        cache.see(7, 5 + PAIR_WINDOW + 1).is_none(),
        "out of the window"
    );
    // The next text starts a new chain at its first token.
    cache.start(40);
    assert!(cache.see(7, 0).is_none());
    assert_eq!(cache.see(7, 3).map(|s| s.count), Some(2));
}

#[test]
fn combo_of_brand_and_shop_word_is_marked() {
    let ev = evidence("moncler pas cher");
    assert!(ev.marks.iter().all(|m| m & mark::COMBO != 0));
}
