//! The units a reader removes whole, as token ranges: the comments of a
//! comment section (author line, date line, body), the paragraphs of other
//! text, a short text as a whole, and a signature line under a message.

use std::ops::Range;

use super::reading::{Reading, is_year};
use crate::keywords::cues::CueKind;
use crate::model::units::{
    MAX_AUTHOR_END_TOKENS, MAX_AUTHOR_LINE, MAX_DATE_LINE, MAX_TAIL_WORDS, MIN_HEADERS,
};
use crate::text::tokenize::flag;

/// One comment of a comment section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Comment {
    /// The whole comment, header included.
    pub tokens: Range<usize>,
    /// Its header line (an author line, or a name over a date line).
    pub header: Range<usize>,
    /// Where its body starts: after the header and the date line under
    /// it.
    pub body: usize,
}

/// A text laid out as a comment section: what comes before the comments,
/// and the comments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Section {
    pub head: Range<usize>,
    pub comments: Vec<Comment>,
}

/// Whether `line` is a date line: short, with a year, made only of numbers
/// and date words in any language the cue lists know (`2012-04-19 09:02`,
/// `April 19, 2012 at 9:02 pm`, `19 апреля 2012 г.`, `2012年4月19日`).
pub(crate) fn is_date_line(r: &Reading, line: &Range<usize>) -> bool {
    let bytes = r.bytes_of(line);
    // Most lines are long, or hold no digit: their flags, side by side,
    // tell.
    if bytes.len() > MAX_DATE_LINE
        || r.flags()[line.clone()].iter().fold(0, |all, &f| all | f) & flag::DIGIT == 0
    {
        return false;
    }
    let has_year = r.tokens[line.clone()].iter().any(|t| {
        let word = &r.text.as_bytes()[t.start()..t.end()];
        t.has(flag::DIGIT)
            && word.windows(4).enumerate().any(|(k, w)| {
                is_year(w)
                    && (k == 0 || !word[k - 1].is_ascii_digit())
                    && word.get(k + 4).is_none_or(|b| !b.is_ascii_digit())
            })
    });
    has_year && line.clone().all(|i| r.is_date_token(i))
}

/// A token of at most this many bytes may be one character of an ending
/// of several tokens (a kana is three bytes, a Cyrillic letter two).
const MAX_SHORT_TOKEN_BYTES: usize = 3;

/// The name on an author line (`Anna says:`, `Marco ha detto:`, `Иван
/// пишет:`, `小明 说：`): the tokens before its last word, which ends
/// author lines, followed by a colon, an ellipsis or nothing.
pub(crate) fn author_name(r: &Reading, line: &Range<usize>) -> Option<Range<usize>> {
    if line.len() < 2 {
        return None;
    }
    // The last words: an ending may be more than one token (`より` is two
    // kana, `написал(а)` a word and a letter), and then its last token is
    // one short character. Most lines end in no cue word, which one bit of
    // the word table tells.
    let last_token = &r.tokens[line.end - 1];
    let short_last = last_token.end() - last_token.start() <= MAX_SHORT_TOKEN_BYTES;
    let tokens = if short_last { MAX_AUTHOR_END_TOKENS } else { 1 };
    let last = (1..=tokens.min(line.len() - 1))
        .map(|k| line.end - k)
        .find(|&from| r.is_cue(&(from..line.end), CueKind::AuthorEnd))?;
    if r.bytes_of(line).len() > MAX_AUTHOR_LINE {
        return None;
    }
    let after = r.text[r.tokens[line.end - 1].end()..]
        .split('\n')
        .next()
        .unwrap_or("")
        // A closing bracket ends a written-out ending (`написал(а):`).
        .trim_start_matches([')', ']'])
        .trim();
    let ends = after.is_empty()
        || after.starts_with([':', '：'])
        || after.starts_with("...")
        || after.starts_with('…');
    ends.then_some(line.start..last)
}

/// The comments of a comment section: each from its header (an author
/// line, or a short line over a date line) to the next header. `None` when
/// the text is no comment section: fewer than two headers, and no author
/// line over a date line.
pub(crate) fn comments(r: &Reading) -> Option<Section> {
    let lines = &r.lines;
    // Each header line, with where the body under it (and under its date
    // line) starts.
    let mut headers: Vec<(Range<usize>, usize)> = Vec::new();
    // An author line over a date line is a comment however few there are.
    let mut signed = false;
    let mut i = 0;
    while i < lines.len() {
        let line = &lines[i];
        let author = author_name(r, line).is_some();
        // The line below is read only where it can make a header: under
        // an author line, or under a short line.
        let next_is_date = (author || r.bytes_of(line).len() <= MAX_AUTHOR_LINE)
            && lines.get(i + 1).is_some_and(|n| is_date_line(r, n));
        if author || (next_is_date && !is_date_line(r, line)) {
            signed |= author && next_is_date;
            let body = if next_is_date {
                lines[i + 1].end
            } else {
                line.end
            };
            headers.push((line.clone(), body));
            i += 2;
        } else {
            i += 1;
        }
    }
    if headers.len() < MIN_HEADERS && !signed {
        return None;
    }
    let mut bounds: Vec<usize> = headers.iter().map(|(h, _)| h.start).collect();
    bounds.push(r.tokens.len());
    let comments = bounds
        .windows(2)
        .zip(headers)
        .map(|(w, (header, body))| Comment {
            tokens: w[0]..w[1],
            header,
            body: body.min(w[1]),
        })
        .collect::<Vec<_>>();
    Some(Section {
        head: 0..comments[0].tokens.start,
        comments,
    })
}

/// The paragraphs (split at blank lines) of the tokens `range`.
pub(crate) fn paragraphs(r: &Reading, range: Range<usize>) -> Vec<Range<usize>> {
    let mut from = range.start;
    // The flags side by side: a blank line is sought eight tokens at a
    // time, not one token's 24 bytes at a time.
    let flags = &r.flags()[range.clone()];
    let mut out =
        Vec::with_capacity(1 + crate::spans::count_where(flags, |f| f & flag::PARA_BEFORE != 0));
    crate::spans::each_with(flags, flag::PARA_BEFORE, |k| {
        if k > 0 {
            out.push(from..range.start + k);
            from = range.start + k;
        }
    });
    if from < range.end {
        out.push(from..range.end);
    }
    out
}

/// The last line of `message` when it reads as a signature link: a few
/// words and then an explicit link, with no sentence in it (`louis vuitton
/// hat https://…` under a pasted paragraph), and something in it to sell:
/// keywords (`has_keywords` tells) or a link to a site rather than to a
/// page (`Sign up for our newsletter: https://…/newsletters/markets` is a
/// page's own pointer). It is weighed on its own, as what the writer came
/// to post, unless it is the last item of a list of links.
pub(crate) fn tail_line(
    r: &mut Reading,
    message: &Range<usize>,
    has_keywords: impl Fn(&Range<usize>) -> bool,
) -> Option<Range<usize>> {
    // The last line that starts inside the message (lines are sorted):
    // a binary search, as a comment section has many messages.
    let last = r.lines.partition_point(|l| l.start < message.end);
    // The last of `lines`, clipped to the message, where the two meet.
    let last_in_message = |lines: &[Range<usize>]| {
        lines
            .last()
            .filter(|l| message.start < l.end)
            .map(|l| l.start.max(message.start)..l.end.min(message.end))
    };
    let line = last_in_message(&r.lines[..last])?;
    // A one-line message is weighed as a whole; a line without an
    // address written out has no signature link.
    if line.start == message.start
        || crate::spans::count_where(&r.flags()[line.clone()], |f| f & flag::URL != 0) == 0
    {
        return None;
    }
    let link = r.links_in(&line).last()?.clone();
    let words = link.tokens.start - line.start;
    let ends_line = link.tokens.end >= line.end;
    let sentence = r.tokens[line.start..link.tokens.start]
        .iter()
        .any(|t| t.has(flag::END_AFTER));
    let sells = link.front_page || link.odd || has_keywords(&line);
    if !(link.explicit && ends_line && (1..=MAX_TAIL_WORDS).contains(&words) && !sentence && sells)
    {
        return None;
    }
    // The last line of a list of links (the line above it ends on one too)
    // is its last item, weighed with the list.
    let listed = last_in_message(&r.lines[..last - 1]).is_some_and(|above| {
        r.links_in(&above)
            .last()
            .is_some_and(|l| l.explicit && l.tokens.end >= above.end)
    });
    (!listed).then_some(line)
}

#[cfg(test)]
mod tests {
    use super::super::reading::{Buffers, read_phones};
    use super::*;
    use crate::keywords::cues::Cues;
    use crate::keywords::function_words::FunctionWords;
    use crate::keywords::words::{WordClasses, WordTable};
    use crate::text::tokenize::tokenize;

    /// `f` on the reading of `text`.
    fn with_reading<T>(text: &str, f: impl Fn(&mut Reading) -> T) -> T {
        let toks = tokenize(text);
        let cues = Cues::builtin();
        let table = WordTable::new(
            &FunctionWords::builtin(),
            std::iter::empty(),
            cues.first_words(),
        );
        let mut words = WordClasses::default();
        words.classify(&toks.tokens, &table);
        let flags: Vec<u16> = toks.tokens.iter().map(|t| t.flags).collect();
        let phones = read_phones(text, &toks.tokens, &flags);
        let mut buffers = Buffers::default();
        buffers.phones = phones;
        let mut r = Reading::new(text, &toks, &flags, &cues, &words, buffers);
        f(&mut r)
    }

    fn texts(r: &Reading, ranges: &[Range<usize>]) -> Vec<String> {
        ranges
            .iter()
            .map(|t| r.text[r.bytes_of(t)].to_string())
            .collect()
    }

    #[test]
    fn cues_of_long_lines_are_read_when_a_unit_asks() {
        // Cue phrases are read at once on short lines only; a long line's
        // are read when its unit is measured, and counted once however
        // often it is.
        let long = "nice post, really. ".repeat(8);
        let cases: &[(String, usize)] = &[
            (long.clone(), 8),
            (format!("Anna says:\n{long}"), 8),
            (
                format!("{} ihre website und ihr unternehmen", "x ".repeat(60)),
                0,
            ),
        ];
        for (text, praise) in cases {
            with_reading(text, |r| {
                let all = 0..r.tokens.len();
                let first = r.cues(std::slice::from_ref(&all), true);
                let again = r.cues(std::slice::from_ref(&all), true);
                assert_eq!(first.praise, *praise, "{text}");
                assert_eq!(first, again, "{text}");
            });
        }
        // German pitch phrases in a long line, each counted once.
        let text = format!("{} ihre website und ihr unternehmen", "x ".repeat(60));
        with_reading(&text, |r| {
            let all = 0..r.tokens.len();
            assert_eq!(r.cues(std::slice::from_ref(&all), true).pitch, 2);
        });
    }

    #[test]
    fn date_lines_in_many_languages() {
        let dates = [
            "2012-04-19 09:02",
            "April 19, 2012 at 9:02 pm",
            "19.04.2012",
            "2011/07/05",
            "19 avril 2012 à 10 h 15",
            "19. April 2012 um 10:15",
            "19 апреля 2012 г. в 10:15",
            "2012年4月19日 10:15",
            "2012년 4월 19일 오후 3:15",
            "19 de abril de 2012 a las 10:15",
            "12 Mei 2012 pukul 10:15",
        ];
        let not_dates = [
            "In 2012 we moved.",
            "Call 555-1234",
            "version 2.0",
            "Posted on 2012-04-19 by Anna",
        ];
        for d in dates {
            assert!(with_reading(d, |r| is_date_line(r, &r.lines[0])), "{d}");
        }
        for d in not_dates {
            assert!(!with_reading(d, |r| is_date_line(r, &r.lines[0])), "{d}");
        }
    }

    #[test]
    fn author_lines_in_many_languages() {
        let authors = [
            ("Anna says:", "Anna"),
            ("Jean Dupont a dit :", "Jean Dupont a"),
            ("Marco ha detto:", "Marco ha"),
            ("Juan dijo:", "Juan"),
            ("Hans schreibt:", "Hans"),
            ("Иван пишет:", "Иван"),
            ("小明 说：", "小 明"),
            ("Anonymous said...", "Anonymous"),
            // Endings of more than one token: two kana, a word and a
            // letter in brackets.
            ("田中 より:", "田 中"),
            ("Иван написал(а):", "Иван"),
        ];
        for (line, name) in authors {
            let got = with_reading(line, |r| {
                author_name(r, &r.lines[0]).map(|n| {
                    r.tokens[n]
                        .iter()
                        .map(|t| &line[t.start()..t.end()])
                        .collect::<Vec<_>>()
                        .join(" ")
                })
            });
            assert_eq!(got.as_deref(), Some(name), "{line}");
        }
        for line in [
            "That is what she said.",
            "より",
            "Иван написал(а) письмо",
            "says",
            "The report says that prices rose:",
        ] {
            assert!(
                with_reading(line, |r| author_name(r, &r.lines[0]).is_none()),
                "{line}"
            );
        }
    }

    #[test]
    fn a_comment_section_splits_into_comments() {
        let text = "Post title\n\nThe post body.\n\nAnna says:\n2012-04-19 09:02\n\nNice.\n\n\
                    Bob\nMay 3, 2012 at 10:15 am\n\nFirst line.\n\nSecond line.\n";
        with_reading(text, |r| {
            let s = comments(r).unwrap();
            assert_eq!(
                texts(r, std::slice::from_ref(&s.head)),
                ["Post title\n\nThe post body"]
            );
            let all: Vec<Range<usize>> = s.comments.iter().map(|c| c.tokens.clone()).collect();
            assert_eq!(
                texts(r, &all),
                [
                    "Anna says:\n2012-04-19 09:02\n\nNice",
                    "Bob\nMay 3, 2012 at 10:15 am\n\nFirst line.\n\nSecond line"
                ]
            );
        });
    }

    #[test]
    fn a_comment_section_in_italian_and_in_russian() {
        for text in [
            "Articolo.\n\nMarco ha detto:\n19 aprile 2012 alle 10:15\n\nBello.\n\nLuca ha detto:\n20 aprile 2012 alle 11:00\n\nGrazie.",
            "Статья.\n\nИван пишет:\n19 апреля 2012 г. в 10:15\n\nСпасибо.\n\nОльга пишет:\n20 апреля 2012 г. в 11:00\n\nХорошо.",
        ] {
            assert_eq!(
                with_reading(text, |r| comments(r).map(|s| s.comments.len())),
                Some(2),
                "{text}"
            );
        }
    }

    #[test]
    fn comment_sections_in_every_language_of_the_cue_data() {
        // Two comments, each an author line over a date line in the
        // language, then a body: read as two comments.
        let sections = [
            (
                "en",
                "Anna says:\nApril 19, 2012 at 9:02 pm",
                "Tom wrote:\nMay 2, 2012 at 10:15 am",
            ),
            (
                "de",
                "Anna schreibt:\n19. April 2012 um 10:15",
                "Tom sagt:\n2. Mai 2012 um 11:20",
            ),
            (
                "fr",
                "Anne a dit :\n19 avril 2012 à 10 h 15",
                "Tom a écrit :\n2 mai 2012 à 11 h 20",
            ),
            (
                "es",
                "Ana dijo:\n19 de abril de 2012 a las 10:15",
                "Tomás comentó:\n2 de mayo de 2012 a las 11:20",
            ),
            (
                "it",
                "Anna ha detto:\n19 aprile 2012 alle 10:15",
                "Tommaso scrive:\n2 maggio 2012 alle 11:20",
            ),
            (
                "pt",
                "Ana disse:\n19 de abril de 2012 às 10:15",
                "Tomás escreveu:\n2 de maio de 2012 às 11:20",
            ),
            (
                "nl",
                "Anna zegt:\n19 april 2012 om 10:15",
                "Tom schreef:\n2 mei 2012 om 11:20",
            ),
            (
                "pl",
                "Anna napisała:\n19 kwietnia 2012 o 10:15",
                "Tomek pisze:\n2 maja 2012 o 11:20",
            ),
            (
                "ru",
                "Анна пишет:\n19 апреля 2012 в 10:15",
                "Иван написал:\n2 мая 2012 в 11:20",
            ),
            (
                "tr",
                "Ayşe dedi ki:\n19 Nisan 2012 10:15",
                "Mehmet yazdı:\n2 Mayıs 2012 11:20",
            ),
            (
                "id",
                "Budi berkata:\n19 April 2012 pukul 10:15",
                "Sari menulis:\n2 Mei 2012 pukul 11:20",
            ),
            (
                "vi",
                "Lan nói:\nngày 19 tháng 4 năm 2012 lúc 10:15",
                "Minh viết:\nngày 2 tháng 5 năm 2012 lúc 11:20",
            ),
            (
                "zh",
                "小明 说：\n2012年4月19日 10:15",
                "小红 说：\n2012年5月2日 11:20",
            ),
            (
                "ja",
                "田中 より:\n2012年4月19日 10:15",
                "佐藤 より:\n2012年5月2日 11:20",
            ),
            (
                "ko",
                "철수 말:\n2012년 4월 19일 오후 3:15",
                "영희 말:\n2012년 5월 2일 오전 11:20",
            ),
        ];
        for (lang, first, second) in sections {
            let text = format!("{first}\n\nThe first body.\n\n{second}\n\nThe second body.");
            assert_eq!(
                with_reading(&text, |r| comments(r).map(|s| s.comments.len())),
                Some(2),
                "{lang}"
            );
        }
    }

    #[test]
    fn one_header_is_a_comment_section_only_when_signed() {
        assert_eq!(
            with_reading("About\n\nAnna says:\n2012-04-19 09:02\n\nNice.", |r| {
                comments(r).map(|s| s.comments.len())
            }),
            Some(1)
        );
        for text in [
            "Opening hours\n2012-04-19 09:02\n\nWe open at nine.",
            "Plain text.\nMore text.",
        ] {
            assert!(with_reading(text, |r| comments(r).is_none()), "{text:?}");
        }
    }

    #[test]
    fn paragraphs_split_at_blank_lines() {
        let text = "  one\ntwo\n\n\n three \n\n";
        with_reading(text, |r| {
            assert_eq!(
                texts(r, &paragraphs(r, 0..r.tokens.len())),
                ["one\ntwo", "three"]
            );
        });
    }

    #[test]
    fn a_signature_link_is_the_last_line_of_a_few_words_and_a_link() {
        let cases: &[(&str, Option<&str>)] = &[
            (
                "Copied text from somewhere.\nlouis vuitton hat https://example.com/hat",
                Some("louis vuitton hat https://example.com/hat"),
            ),
            (
                "Copied text.\nСкидки тут https://example.ru/",
                Some("Скидки тут https://example.ru"),
            ),
            // A sentence before the link, a link alone, one line: none.
            ("Text.\nRead the docs. https://docs.example.org", None),
            ("Text.\nhttps://example.com", None),
            ("cheap hats https://example.com", None),
            // The last item of a list of links is the list's.
            (
                "Links:\n- Docs: https://docs.example.org/a\n- Cheap hosting: https://example.com",
                None,
            ),
            (
                "Ссылки:\n- Документация: https://docs.example.org/a\n- Дешёвый хостинг: https://example.ru",
                None,
            ),
        ];
        for &(text, want) in cases {
            let got = with_reading(text, |r| {
                tail_line(r, &(0..r.tokens.len()), |_| true)
                    .map(|l| r.text[r.bytes_of(&l)].to_string())
            });
            assert_eq!(got.as_deref(), want, "{text}");
        }
    }
}
