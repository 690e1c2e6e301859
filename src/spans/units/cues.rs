//! Cues read off a unit's raw text: links and their shapes, markup, phone
//! numbers, bot noise words, and the stock phrases of comment spam.

use super::phrases::{ABOUT_SPAM, Phrase, SHORTENERS, phrases};

/// What the raw text of one unit shows.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct Cues {
    /// Links: `http://…`, `www.…`, bare domains.
    pub links: usize,
    /// Links to a site's front page (no path): what SEO links point at.
    pub front_page_links: usize,
    /// Links whose host hides or shouts: a shortener, a redirect, or a
    /// host of hyphen-joined words.
    pub odd_links: usize,
    /// Anchors in HTML or BBCode.
    pub anchors: usize,
    /// Phone numbers (ten digits or more in one group).
    pub phones: usize,
    /// Random strings of mixed case or without vowels.
    pub noise_words: usize,
    /// Names with a lucky number (`PLUTO88`, `Garuda777`, `VISI4D`): how
    /// gambling sites are named.
    pub lucky_names: usize,
    /// Words that mix Latin letters with Greek or Cyrillic ones
    /// (`ρülAυ`, `AERО`): look-alikes put in to dodge filters.
    pub mixed_scripts: usize,
    /// Calls to action.
    pub calls: usize,
    /// Stock praise phrases.
    pub praise: usize,
    /// Sales-pitch phrases.
    pub pitch: usize,
    /// The words of an advertised support line (`toll-free helpline`).
    pub support: usize,
    /// Calls to action to pick up the phone (`dial`, `toll free`), among
    /// the calls.
    pub phone_calls: usize,
    /// Words about spam.
    pub about_spam: usize,
    /// Sentence-final marks before a space or the end (`.`, `!`, `?`, `。`).
    pub stops: usize,
}

/// Reads the cues of `text`.
pub(crate) fn read(text: &str) -> Cues {
    let mut cues = Cues::default();
    let (automaton, kinds) = phrases();
    let mut pitches = Vec::new();
    // Overlapping: each list counts its phrases as if searched alone.
    for m in automaton.find_overlapping_iter(text) {
        match kinds[m.pattern().as_usize()] {
            Phrase::Anchor => cues.anchors += 1,
            Phrase::Call => cues.calls += 1,
            Phrase::Praise => cues.praise += 1,
            Phrase::Pitch => pitches.push(m.pattern()),
            Phrase::Support => cues.support += 1,
            Phrase::PhoneCall => {
                cues.calls += 1;
                cues.phone_calls += 1;
            }
        }
    }
    // Each pitch phrase counts once.
    pitches.sort_unstable();
    pitches.dedup();
    cues.pitch = pitches.len();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if matches!(c, '.' | '!' | '?' | '。' | '！' | '？') {
            cues.stops += usize::from(chars.peek().is_none_or(|n| n.is_whitespace()));
        }
    }
    let mut phones = Phones::default();
    for chunk in text.split_whitespace() {
        // Quotes end a link inside markup (`href="…"`).
        let mut linked = false;
        if chunk.contains('.') {
            for piece in chunk.split(['"', '\'']) {
                if let Some(link) = link_in(piece) {
                    linked = true;
                    cues.links += 1;
                    cues.front_page_links += link.front_page as usize;
                    cues.odd_links += link.odd as usize;
                }
            }
        }
        // Digits and letters inside links are ids, not phone numbers or
        // bot noise.
        if linked || !chunk.bytes().any(|b| b.is_ascii_digit()) {
            phones.end_group();
        } else {
            phones.feed(chunk);
            phones.feed(" ");
        }
        if !chunk.is_ascii() {
            // Look-alike letters only matter in words with non-ASCII ones.
            for word in chunk.split(|c: char| !c.is_alphanumeric()) {
                cues.mixed_scripts += usize::from(!word.is_ascii() && mixes_scripts(word));
            }
        }
        for word in chunk.split(|c: char| !c.is_ascii_alphanumeric()) {
            if word.len() < 4 {
                continue;
            }
            if !linked {
                cues.noise_words += is_noise_word(word) as usize;
                cues.lucky_names += is_lucky_name(word) as usize;
            }
            let first = word.as_bytes()[0].to_ascii_lowercase();
            if matches!(first, b's' | b'j' | b'p') {
                cues.about_spam += ABOUT_SPAM.iter().any(|w| w.eq_ignore_ascii_case(word)) as usize;
            }
        }
    }
    cues.phones = phones.finish();
    // A page's own markup (tables, lists, code) links as a matter of
    // course: where other tags outnumber the anchors, its links are
    // navigation, not a payload.
    let tags = text
        .as_bytes()
        .windows(2)
        .filter(|w| w[0] == b'<' && (w[1].is_ascii_alphabetic() || w[1] == b'/'))
        .count();
    if tags > 0 && tags.saturating_sub(2 * cues.anchors) > 2 * cues.anchors {
        cues.anchors = 0;
        cues.links = 0;
        cues.front_page_links = 0;
        cues.odd_links = 0;
    }
    cues
}

/// Greek and Cyrillic letters that look like Latin ones.
const LOOK_ALIKES: &str = "αβεικνορτυχωасекмнопртуххіјѕАВЕКМНОРСТХІЈЅΑΒΕΖΗΙΚΜΝΟΡΤΥΧ";

/// Whether a word is Latin with Greek or Cyrillic look-alikes put in
/// (`ρülAυ`, `AERО`): mostly Latin letters, the others all look-alikes.
fn mixes_scripts(word: &str) -> bool {
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

struct Link {
    front_page: bool,
    odd: bool,
}

/// A host label a bot made up: long, and mixing capitals, small letters
/// and digits (`6shpFpANPwYnffbs9P5rsRN67oJWDZuQ`); a site's name is
/// written in one case.
fn is_random_label(label: &str) -> bool {
    let count = |f: fn(&u8) -> bool| label.as_bytes().iter().filter(|b| f(b)).count();
    let (upper, lower, digits) = (
        count(u8::is_ascii_uppercase),
        count(u8::is_ascii_lowercase),
        count(u8::is_ascii_digit),
    );
    label.len() >= RANDOM_LABEL && upper >= 2 && lower >= 2 && digits >= 1
}

/// The shortest host label read as made up (see [`is_random_label`]).
const RANDOM_LABEL: usize = 16;

/// The commonest top-level domains of sites named without `http` or
/// `www` (`bestdeals.com`): the unit stage looks for these before it reads
/// any text.
pub(super) const COMMON_TLDS: &[&[u8]] = &[b"com", b"net", b"org", b"info", b"biz", b"ru"];

/// The other top-level domains a bare `word.word` is read as a link with
/// (so that `end.The`, glued by a missing space, is not one).
const OTHER_BARE_TLDS: &[&str] = &[
    "de", "uk", "in", "io", "co", "us", "xyz", "online", "site", "shop", "top", "pl", "fr", "it",
    "es", "nl", "eu", "me",
];

/// The link in a whitespace-free chunk of text, if any.
fn link_in(chunk: &str) -> Option<Link> {
    // A host has a dot with a letter or digit after it: a word before a
    // full stop has none, and is passed over without further work.
    let b = chunk.as_bytes();
    if !b
        .windows(2)
        .any(|w| w[0] == b'.' && w[1].is_ascii_alphanumeric())
    {
        return None;
    }
    let written = chunk;
    let lower = chunk.to_ascii_lowercase();
    let chunk = lower.as_str();
    let (rest, explicit, from) = if let Some(i) = chunk.find("://") {
        let scheme = chunk[..i].len()
            - chunk[..i]
                .trim_end_matches(|c: char| c.is_ascii_alphabetic())
                .len();
        (&chunk[i + 3..], true, i - scheme)
    } else if let Some(i) = chunk.find("www.") {
        (&chunk[i..], true, i)
    } else {
        (chunk, false, 0)
    };
    // A link glued to the end of a sentence (`great post.http://…`): a bot
    // pasting its link after stock text, where a person leaves a space (a
    // person may glue it to a question, `????http://…`).
    let before = &chunk[..from];
    let glued = before.ends_with(['.', ','])
        && before
            .chars()
            .filter(char::is_ascii_alphabetic)
            .nth(1)
            .is_some();
    let host_end = rest
        .find(|c: char| !(c.is_alphanumeric() || c == '.' || c == '-'))
        .unwrap_or(rest.len());
    let host = rest[..host_end].trim_end_matches('.');
    // Lower-casing keeps every byte's place: the host as written.
    let host_at = chunk.len() - rest.len();
    let written_host = &written[host_at..host_at + host.len()];
    let labels: Vec<&str> = host.split('.').collect();
    let tld = labels.last().copied().unwrap_or("");
    let is_host = labels.len() >= 2
        && labels.iter().all(|l| !l.is_empty())
        && (2..=12).contains(&tld.len())
        && tld.chars().all(|c| c.is_ascii_lowercase());
    // A bare `word.word` is a link only with a common top-level domain, so
    // that `end.The` glued by a missing space is not one.
    let bare_ok =
        explicit || COMMON_TLDS.contains(&tld.as_bytes()) || OTHER_BARE_TLDS.contains(&tld);
    let shortener = SHORTENERS.iter().any(|s| {
        host.strip_suffix(s)
            .is_some_and(|head| head.is_empty() || head.ends_with('.'))
    });
    if !is_host || !(bare_ok || shortener) {
        return None;
    }
    let path = rest[host_end..].trim_end_matches(|c: char| !c.is_alphanumeric());
    let front_page = path.chars().all(|c| !c.is_alphanumeric());
    let hyphens = host.matches('-').count();
    let odd = shortener
        || glued
        || written_host.split('.').any(is_random_label)
        || hyphens >= 2
        || host.contains("--")
        || path.contains("url?q=")
        || path.contains("goto=")
        || path.contains("redirect");
    Some(Link { front_page, odd })
}

/// Counts groups of ten digits or more, written with the separators phone
/// numbers use (`+1 888-480-0288`, `(800) 041 8324`), over text fed in
/// pieces.
#[derive(Debug, Default)]
struct Phones {
    found: usize,
    digits: usize,
    gap: usize,
}

impl Phones {
    fn feed(&mut self, text: &str) {
        for c in text.chars() {
            if c.is_ascii_digit() {
                self.digits += 1;
                self.gap = 0;
            } else if matches!(c, ' ' | '-' | '.' | '(' | ')' | '+')
                && self.gap < 2
                && self.digits > 0
            {
                self.gap += 1;
            } else {
                self.end_group();
            }
        }
    }

    fn end_group(&mut self) {
        self.found += usize::from((10..=15).contains(&self.digits));
        self.digits = 0;
        self.gap = 0;
    }

    fn finish(mut self) -> usize {
        self.end_group();
        self.found
    }
}

#[cfg(test)]
fn phones(text: &str) -> usize {
    let mut p = Phones::default();
    p.feed(text);
    p.finish()
}

/// A word a bot made up: ASCII letters in a case pattern no language has
/// (`CsvwLQZV`, `arjNzhQz`), or five letters or more without a vowel.
pub(crate) fn is_noise_word(word: &str) -> bool {
    let b = word.as_bytes();
    if b.len() < 5 || b.len() > 24 || !b.iter().all(u8::is_ascii_alphabetic) {
        return false;
    }
    let vowels = b.iter().filter(|c| b"aeiouyAEIOUY".contains(c)).count();
    if vowels == 0 {
        return true;
    }
    let rest = &b[1..];
    let upper = rest.iter().filter(|c| c.is_ascii_uppercase()).count();
    let lower = rest.len() - upper;
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
/// capital after a small letter, each with a vowel, the last one allowed to
/// be a short acronym (`WordPress`, `PostgreSQL`, `LetoDMS`).
fn camel_parts(word: &str) -> bool {
    let b = word.as_bytes();
    let mut starts: Vec<usize> = vec![0];
    starts.extend(
        (1..b.len()).filter(|&i| b[i].is_ascii_uppercase() && b[i - 1].is_ascii_lowercase()),
    );
    starts.push(b.len());
    let last = starts.len() - 2;
    starts.windows(2).enumerate().all(|(k, w)| {
        let part = &b[w[0]..w[1]];
        let caps = part.iter().take_while(|c| c.is_ascii_uppercase()).count();
        if caps == part.len() {
            return k == last && k > 0 && part.len() <= 3;
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

    #[test]
    fn links_and_their_shapes() {
        let c = read(
            "see http://www.cheap--bags.com/ and https://docs.python.org/3/library/ or bit.ly/x1",
        );
        assert_eq!((c.links, c.front_page_links, c.odd_links), (3, 1, 2));
        assert_eq!(read("It ended.The next day").links, 0);
        // A made-up host is odd; a site's name in one case is not.
        let made_up = read(
            "http://www.6shpFpANPwYnffbs9P5rsRN67.com and http://www.KitchenGardenSupplies.com",
        );
        assert_eq!((made_up.links, made_up.odd_links), (2, 1));
        // Glued to a sentence: odd. After a space or a bracket: not.
        let glued = read("thanks for the article.http://www.example.com");
        assert_eq!((glued.links, glued.odd_links), (1, 1));
        let spaced = read("thanks for the article. http://www.example.com (www.example.org)");
        assert_eq!((spaced.links, spaced.odd_links), (2, 0));
        assert_eq!(read("<a href=\"x\">y</a> [URL=z]w[/URL]").anchors, 2);
    }

    #[test]
    fn a_page_s_markup_is_no_payload() {
        let table = "<table><tr><td><a href=\"https://example.org/a\">A</a></td></tr>\
                     <tr><td><a href=\"https://example.org/b\">B</a></td></tr></table>";
        let c = read(table);
        assert_eq!((c.anchors, c.links), (0, 0));
        let comment = "nice post <a href=\"https://example-pills.com\">cheap pills</a>";
        assert_eq!(read(comment).anchors, 1);
    }

    #[test]
    fn phone_numbers_are_counted() {
        assert_eq!(phones("Call +1 888-480-0288 or (800) 041 8324 today"), 2);
        assert_eq!(phones("In 2012, 15 of 30 voted."), 0);
    }
}
