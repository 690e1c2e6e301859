//! The units a reader removes whole: the comments of a comment section
//! (author line, date line, body), the paragraphs of other text, and a short
//! text as a whole.

use std::ops::Range;

/// Words that end a comment's author line (`Anna says:`), in the languages
/// blog engines are set up in.
const AUTHOR_LINE_ENDS: &[&str] = &[
    "says:",
    "said:",
    "says",
    "wrote:",
    "writes:",
    "sagt:",
    "schreibt:",
    "dit :",
    "dit:",
    "a dit :",
    "dice:",
    "disse:",
    "zegt:",
    "pisze:",
    "пишет:",
    "писал:",
    "говорит:",
    "說：",
    "说：",
    "より:",
];

/// The longest author line, in bytes.
const MAX_AUTHOR_LINE: usize = 100;
/// The longest date line, in bytes.
const MAX_DATE_LINE: usize = 48;
/// The longest title line of a trackback, in bytes.
const MAX_TRACKBACK_TITLE: usize = 80;
/// The most words before the link of a signature line.
const MAX_TAIL_WORDS: usize = 8;
/// Comment headers needed before a text is read as a comment section.
const MIN_HEADERS: usize = 2;

/// Byte ranges of the text's lines, without their line breaks.
pub(crate) fn lines(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut from = 0;
    text.split_inclusive('\n').map(move |line| {
        let start = from;
        from += line.len();
        let body = line.trim_end_matches(['\n', '\r']);
        start..start + body.len()
    })
}

/// A line that is only a date and maybe a time (`2012-04-19 09:02`,
/// `April 19, 2012 at 9:02 pm`, `19.04.2012`).
pub(crate) fn is_date_line(line: &str) -> bool {
    let line = line.trim();
    if line.is_empty() || line.len() > MAX_DATE_LINE {
        return false;
    }
    let digits = line.bytes().filter(u8::is_ascii_digit).count();
    let has_year = line.as_bytes().windows(4).any(|w| {
        (w.starts_with(b"19") || w.starts_with(b"20")) && w.iter().all(u8::is_ascii_digit)
    });
    let has_time = line
        .as_bytes()
        .windows(3)
        .any(|w| w[0].is_ascii_digit() && w[1] == b':' && w[2].is_ascii_digit());
    let visible = line.chars().filter(|c| !c.is_whitespace()).count();
    has_year && (has_time || digits * 2 >= visible)
}

fn is_author_line(line: &str) -> bool {
    let line = line.trim();
    !line.is_empty() && line.len() <= MAX_AUTHOR_LINE && author_name(line).is_some()
}

/// Whether `comment` (of a comment section) is an autoblog's trackback:
/// the body opens with a short title and an ellipsis (`cheap flights
/// london says:` / date / `cheap flights london...` or `Extra Reading...`)
/// under an author of two words or more that names no site. A real blog
/// links back by pingback, under its post's and its site's name (`Post «
/// Blog`, `Post | site.com`), quoting the post (`[...] ... [...]`); an
/// autoblog names itself after the keywords it sells. Names of one word
/// are left alone.
pub(crate) fn autoblog_trackback(text: &str, comment: &Range<usize>) -> bool {
    let mut lines = text[comment.clone()].lines().map(str::trim);
    let Some(name) = lines.next().and_then(author_name) else {
        return false;
    };
    let Some(title) = lines.find(|l| !l.is_empty() && !is_date_line(l)) else {
        return false;
    };
    let titled =
        title.len() <= MAX_TRACKBACK_TITLE && (title.ends_with("...") || title.ends_with('…'));
    let site_named = name.contains(['«', '»', '|', '–', '—', '·']);
    titled && !site_named && name.split_whitespace().nth(1).is_some()
}

/// The last line of `message` when it reads as a signature link: a few
/// words and then a link, with no sentence in it (`louis vuitton hat
/// https://…` under a pasted paragraph). It is weighed on its own, as what
/// the writer came to post; the text above it stays unless it is spam too.
pub(crate) fn tail_line(text: &str, message: &Range<usize>) -> Option<Range<usize>> {
    let body = &text[message.clone()];
    let start = body.trim_end().rfind('\n')? + 1;
    let line = body[start..].trim();
    let words: Vec<&str> = line.split_whitespace().collect();
    let (last, before) = words.split_last()?;
    let linked = last.contains("://") || last.starts_with("www.");
    let sentence = before.iter().any(|w| w.ends_with(['.', '!', '?']));
    let short = (1..=MAX_TAIL_WORDS).contains(&before.len());
    (linked && short && !sentence).then(|| trim(text, message.start + start..message.end))
}

/// The name on an author line, without the `says:`.
fn author_name(line: &str) -> Option<&str> {
    let end = AUTHOR_LINE_ENDS
        .iter()
        .find(|end| line.len() > end.len() && line.ends_with(*end))?;
    Some(line[..line.len() - end.len()].trim())
}

/// The comments of a comment section: each from its header (an author line,
/// or a short line before a date line) to the next header, as byte ranges
/// trimmed of surrounding blank lines. The text before the first comment is
/// returned first (it may be empty). `None` when the text is no comment
/// section.
pub(crate) fn comments(
    text: &str,
    all: &[Range<usize>],
) -> Option<(Range<usize>, Vec<Range<usize>>)> {
    let mut headers = Vec::new();
    // An author line over a date line is a comment however few there are.
    let mut signed = false;
    let mut i = 0;
    while i < all.len() {
        let line = &text[all[i].clone()];
        let next_is_date = all
            .get(i + 1)
            .is_some_and(|n| is_date_line(&text[n.clone()]));
        let short = !line.trim().is_empty() && line.len() <= MAX_AUTHOR_LINE;
        if is_author_line(line) || (short && next_is_date && !is_date_line(line)) {
            signed |= is_author_line(line) && next_is_date;
            headers.push(all[i].start);
            i += 2;
        } else {
            i += 1;
        }
    }
    if headers.len() < MIN_HEADERS && !signed {
        return None;
    }
    let mut bounds = headers.clone();
    bounds.push(text.len());
    let comments = bounds
        .windows(2)
        .map(|w| trim(text, w[0]..w[1]))
        .filter(|r| !r.is_empty())
        .collect();
    Some((trim(text, 0..headers[0]), comments))
}

/// The paragraphs (split at blank lines, trimmed) of the lines `all` of
/// `text` that lie in `range`.
pub(crate) fn paragraphs(
    text: &str,
    all: &[Range<usize>],
    range: Range<usize>,
) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = None;
    let mut last_end = range.start;
    let first = all.partition_point(|l| l.end < range.start);
    for line in all[first..].iter().take_while(|l| l.start < range.end) {
        let line = line.start.max(range.start)..line.end.min(range.end);
        if text[line.clone()].trim().is_empty() {
            if let Some(s) = start.take() {
                out.push(trim(text, s..last_end));
            }
        } else {
            start.get_or_insert(line.start);
            last_end = line.end;
        }
    }
    if let Some(s) = start {
        out.push(trim(text, s..last_end));
    }
    out.retain(|r| !r.is_empty());
    out
}

/// `range` without the whitespace at its ends.
pub(crate) fn trim(text: &str, range: Range<usize>) -> Range<usize> {
    let s = &text[range.clone()];
    let start = range.start + (s.len() - s.trim_start().len());
    let end = range.start + s.trim_end().len();
    start..end.max(start)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts<'a>(text: &'a str, rs: &[Range<usize>]) -> Vec<&'a str> {
        rs.iter().map(|r| &text[r.clone()]).collect()
    }

    #[test]
    fn dates_are_recognised() {
        for d in [
            "2012-04-19 09:02",
            "April 19, 2012 at 9:02 pm",
            "19.04.2012",
            "2011/07/05",
        ] {
            assert!(is_date_line(d), "{d}");
        }
        for d in ["In 2012 we moved.", "Call 555-1234", "version 2.0", ""] {
            assert!(!is_date_line(d), "{d}");
        }
    }

    #[test]
    fn a_comment_section_splits_into_comments() {
        let text = "Post title\n\nThe post body.\n\nAnna says:\n2012-04-19 09:02\n\nNice.\n\n\
                    Bob\nMay 3, 2012 at 10:15 am\n\nFirst line.\n\nSecond line.\n";
        let all: Vec<_> = lines(text).collect();
        let (head, comments) = comments(text, &all).unwrap();
        assert_eq!(&text[head], "Post title\n\nThe post body.");
        assert_eq!(
            texts(text, &comments),
            [
                "Anna says:\n2012-04-19 09:02\n\nNice.",
                "Bob\nMay 3, 2012 at 10:15 am\n\nFirst line.\n\nSecond line."
            ]
        );
    }

    #[test]
    fn one_header_is_a_comment_section_only_when_signed() {
        // An author line over a date line is a comment on its own...
        let text = "About\n\nAnna says:\n2012-04-19 09:02\n\nNice.";
        let all: Vec<_> = lines(text).collect();
        let (head, found) = comments(text, &all).expect("a signed comment");
        assert_eq!((&text[head], found.len()), ("About", 1));
        // ...a short line over a date, or plain text, is not.
        for text in [
            "Opening hours\n2012-04-19 09:02\n\nWe open at nine.",
            "Plain text.\nMore text.",
        ] {
            let all: Vec<_> = lines(text).collect();
            assert!(comments(text, &all).is_none(), "{text:?}");
        }
    }

    #[test]
    fn paragraphs_split_at_blank_lines() {
        let text = "  one\ntwo\n\n\n three \n\n";
        let all: Vec<_> = lines(text).collect();
        assert_eq!(
            texts(text, &paragraphs(text, &all, 0..text.len())),
            ["one\ntwo", "three"]
        );
        assert_eq!(
            texts(text, &paragraphs(text, &all, 6..text.len())),
            ["two", "three"]
        );
    }
}
