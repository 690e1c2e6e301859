//! The shapes of single words that bots leave: random strings, gambling
//! site names with a lucky number, Latin words with look-alike letters from
//! other scripts.

use crate::model::units::CAMEL_ACRONYM;

/// Greek and Cyrillic letters that look like Latin ones.
const LOOK_ALIKES: &str = "αβεικνορτυχωасекмнопртуххіјѕАВЕКМНОРСТХІЈЅΑΒΕΖΗΙΚΜΝΟΡΤΥΧ";

/// Whether a word is Latin with Greek or Cyrillic look-alikes put in
/// (`ρülAυ`, `AERО`): mostly Latin letters, the others all look-alikes.
pub(super) fn mixes_scripts(word: &str) -> bool {
    // Greek and Cyrillic letters start with the bytes 0xCE to 0xD1, and
    // a Latin letter is ASCII or starts with 0xC2 to 0xC9: a word without
    // both (most words of any language) is passed at once.
    let b = word.as_bytes();
    let has_alike_script = b.iter().any(|c| (0xCE..=0xD1).contains(c));
    let has_latin = b
        .iter()
        .any(|c| c.is_ascii_alphabetic() || (0xC2..=0xC9).contains(c));
    if !(has_alike_script && has_latin) {
        return false;
    }
    let (mut latin, mut alike) = (0, 0);
    for c in word.chars().filter(|c| c.is_alphabetic()) {
        if (c as u32) < 0x0250 {
            latin += 1;
        } else if LOOK_ALIKES.contains(c) {
            alike += 1;
        } else {
            return false;
        }
    }
    alike > 0 && latin >= alike
}

/// A word a bot made up: ASCII letters in a case pattern no language has
/// (`CsvwLQZV`, `arjNzhQz`), or five letters or more without a vowel.
pub(crate) fn is_noise_word(word: &str) -> bool {
    let b = word.as_bytes();
    if b.len() < 5 || b.len() > 24 {
        return false;
    }
    // Most words have at most one capital and a vowel among their first
    // letters: they are passed after a count of capitals and a short look.
    let is_vowel = |c: u8| matches!(c | 0x20, b'a' | b'e' | b'i' | b'o' | b'u' | b'y');
    let capitals = b[1..].iter().filter(|c| c.is_ascii_uppercase()).count();
    if capitals < 2 && b.iter().any(|&c| is_vowel(c)) {
        return false;
    }
    // One pass: letters only, vowels, capitals after the first letter.
    let (mut vowels, mut upper) = (0, 0);
    for (i, &c) in b.iter().enumerate() {
        if !c.is_ascii_alphabetic() {
            return false;
        }
        vowels += usize::from(is_vowel(c));
        upper += usize::from(i > 0 && c.is_ascii_uppercase());
    }
    if vowels == 0 {
        return true;
    }
    let lower = b.len() - 1 - upper;
    if upper < 2 || lower < 2 {
        return false;
    }
    // CamelCase joins words: every capital after the first letter starts a
    // word of two letters or more with a vowel (`WordPress`, `YouTube`).
    !camel_parts(word)
}

/// Three letters or more, then a lucky number: two or three of one digit,
/// or the `4d` of four-digit lotteries.
pub(crate) fn is_lucky_name(word: &str) -> bool {
    let b = word.as_bytes();
    let letters = b.iter().take_while(|c| c.is_ascii_alphabetic()).count();
    let tail = &b[letters..];
    if letters < 3 || !b[0].is_ascii_uppercase() {
        return false;
    }
    let repeated =
        (2..=3).contains(&tail.len()) && tail.iter().all(|&c| c == tail[0] && c.is_ascii_digit());
    repeated || tail.eq_ignore_ascii_case(b"4d")
}

/// Whether `word` is words joined in CamelCase: parts that start at each
/// capital after a small letter, each with a vowel (`WordPress`,
/// `YouTube`), the last maybe a short acronym (`ChatGPT`, `MySQL`).
fn camel_parts(word: &str) -> bool {
    let b = word.as_bytes();
    let mut starts: Vec<usize> = vec![0];
    starts.extend(
        (1..b.len()).filter(|&i| b[i].is_ascii_uppercase() && b[i - 1].is_ascii_lowercase()),
    );
    starts.push(b.len());
    starts.windows(2).all(|w| {
        let part = &b[w[0]..w[1]];
        let caps = part.iter().take_while(|c| c.is_ascii_uppercase()).count();
        if caps == part.len() {
            return w[0] > 0 && w[1] == b.len() && part.len() <= CAMEL_ACRONYM;
        }
        caps <= 1 && part.iter().any(|c| b"aeiouyAEIOUY".contains(c))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bot_noise_is_told_from_words() {
        for w in [
            "CsvwLQZV",
            "arjNzhQz",
            "nkpmDZWhg",
            "gtltj",
            "SFktTfEt",
            "JigsJYZP",
        ] {
            assert!(is_noise_word(w), "{w}");
        }
        for w in [
            "WordPress",
            "YouTube",
            "iPhone",
            "McDonald",
            "ChatGPT",
            "PostgreSQL",
            "NordVPN",
            "macOS",
            "OpenAI",
            "rhythm",
            "NASA",
            "hello",
            "Paris",
        ] {
            assert!(!is_noise_word(w), "{w}");
        }
    }

    #[test]
    fn look_alike_letters_are_found() {
        for w in ["ρülAυ", "AERО", "pаypal"] {
            assert!(mixes_scripts(w), "{w}");
        }
        for w in ["paypal", "прогноз", "Поnпрогнозуn", "iPhone", "ПинАп"] {
            assert!(!mixes_scripts(w), "{w}");
        }
    }

    #[test]
    fn lucky_names_are_found() {
        for w in ["PLUTO88", "Garuda777", "VISI4D", "BERKAH99"] {
            assert!(is_lucky_name(w), "{w}");
        }
        for w in ["COVID19", "MP3", "A380", "Win10", "ABC123", "hello88"] {
            assert!(!is_lucky_name(w), "{w}");
        }
    }
}
