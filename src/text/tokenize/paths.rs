//! The split paths: how each kind of chunk between ASCII whitespace is cut
//! into words (one ASCII word, other ASCII, Latin/Greek/Cyrillic letters,
//! Han and hiragana runs, anything else through the segmenter, addresses).

use super::*;

impl Tokenizer<'_> {
    /// Non-ASCII chunk. Han and hiragana characters are words of their own
    /// under UAX #29 and always have a boundary before them, so runs of them
    /// (and of the CJK punctuation around them) skip the segmenter; the rest
    /// goes through `unicode-segmentation`. A unit test holds both to the
    /// same output.
    pub(super) fn unicode_words(&mut self, start: usize, end: usize) {
        let chunk = &self.text[start..end];
        let mut slow_from = 0;
        let mut prev_single = false;
        let mut chars = chunk.char_indices().peekable();
        // Offset of `chars`' text in the chunk (it restarts after a run
        // of [`Tokenizer::ideographs`]).
        let mut base = 0;
        // Each character is classified once: as the next one, then as the
        // current one.
        let class_of_next = |chars: &mut std::iter::Peekable<std::str::CharIndices>| {
            chars
                .peek()
                .map_or(cjk::BREAKS_AFTER, |&(_, n)| cjk::class(n))
        };
        let mut next = class_of_next(&mut chars);
        while let Some((off, c)) = chars.next() {
            let off = base + off;
            let class = next;
            next = class_of_next(&mut chars);
            // Nothing joins katakana after Han, kana or CJK punctuation
            // (what the loop has taken itself), nor after ASCII but `_`
            // (`Wi-Fiプロ`).
            let ascii_before =
                off > slow_from && matches!(chunk.as_bytes()[off - 1], b @ 0..0x80 if b != b'_');
            if (slow_from == off || ascii_before) && class & cjk::KATAKANA != 0 {
                // A run of katakana is one word (UAX #29 joins katakana to
                // katakana) unless `_` or a combining mark would join more.
                let mut run_end = off + c.len_utf8();
                while next & cjk::KATAKANA != 0 {
                    let (o, k) = chars.next().expect("peeked");
                    run_end = base + o + k.len_utf8();
                    next = class_of_next(&mut chars);
                }
                // `_` is ASCII, so it breaks after Han but joins katakana.
                let underscore = chars.peek().is_some_and(|&(_, n)| n == '_');
                if next & cjk::BREAKS_AFTER != 0 && !underscore {
                    if slow_from < off {
                        self.between_ideographs(start + slow_from, start + off);
                    }
                    self.emit_katakana(start + off, start + run_end);
                    slow_from = run_end;
                }
                prev_single = false;
                continue;
            }
            let single = if next & cjk::BREAKS_AFTER == 0 {
                None
            } else if class & cjk::SINGLE != 0 {
                Some(true)
            } else if class & cjk::STANDALONE != 0 || (class & cjk::MID != 0 && prev_single) {
                // Fullwidth comma, colon, semicolon (`MID`): standalone
                // after Han only.
                Some(false)
            } else {
                None
            };
            let Some(single) = single else {
                prev_single = false;
                continue;
            };
            if slow_from < off {
                self.between_ideographs(start + slow_from, start + off);
            }
            if single {
                self.emit_ideograph(start + off, c);
            } else {
                self.punct(c);
            }
            slow_from = off + c.len_utf8();
            prev_single = single;
            // Chinese and Japanese prose is mostly Han and hiragana with
            // stops and commas between: take as much of it as possible in
            // one tight loop, then carry on from where it stopped.
            let (stop, single) = self.ideographs(start + slow_from, end, prev_single);
            if stop > start + slow_from {
                slow_from = stop - start;
                prev_single = single;
                chars = chunk[slow_from..].char_indices().peekable();
                base = slow_from;
                next = class_of_next(&mut chars);
            }
        }
        if slow_from < chunk.len() {
            self.between_ideographs(start + slow_from, end);
        }
    }

    /// From byte `at` of a chunk ending at `end`: emits Han and hiragana
    /// characters and takes the CJK stops and commas between them, for as
    /// long as each is a word (or a mark) of its own, decoding the three
    /// bytes of each by hand. Returns where it stopped, at the first
    /// character it leaves to [`Tokenizer::unicode_words`], and whether the
    /// last character taken was a word. `prev_single`: the character
    /// before `at` was one.
    pub(super) fn ideographs(
        &mut self,
        mut at: usize,
        end: usize,
        mut prev_single: bool,
    ) -> (usize, bool) {
        // Line breaks, separators and currency signs seen before mark the
        // next token: the general path records that one.
        if self.newlines != 0 || self.sep || self.currency {
            return (at, prev_single);
        }
        let bytes = self.text.as_bytes();
        let code_at = |i: usize| -> Option<u32> {
            let b = bytes.get(i..i + 3).filter(|_| i + 3 <= end)?;
            (b[0] & 0xF0 == 0xE0).then(|| {
                u32::from(b[0] & 0x0F) << 12 | u32::from(b[1] & 0x3F) << 6 | u32::from(b[2] & 0x3F)
            })
        };
        let Tokens { tokens, folded } = &mut self.out;
        let Some(mut code) = code_at(at) else {
            return (at, prev_single);
        };
        // Each character is classified once: as the next one, then as the
        // current one.
        let mut class = cjk::class_of_code(code);
        loop {
            // What follows must not join (UAX #29 joins marks to them):
            // the chunk's end, ASCII, or a CJK character that breaks.
            let next = code_at(at + 3);
            let next_class = match next {
                Some(n) => cjk::class_of_code(n),
                None if at + 3 == end || bytes[at + 3] < 0x80 => cjk::BREAKS_AFTER,
                None => 0,
            };
            if next_class & cjk::BREAKS_AFTER == 0 {
                break;
            }
            let flags = ideograph_flags(class);
            if flags != 0 {
                let b = &bytes[at..at + 3];
                let fs = folded.len();
                folded.extend_from_slice(&[b[0], b[1], b[2], b' ']);
                tokens.push(Token {
                    hash: ideograph_hash(b),
                    start: at as u32,
                    end: (at + 3) as u32,
                    folded: fs as u32,
                    flags,
                });
                prev_single = true;
            } else {
                if class & cjk::STANDALONE == 0 && !(class & cjk::MID != 0 && prev_single) {
                    break;
                }
                let c = char::from_u32(code).expect("a three-byte UTF-8 character");
                // Only stops and commas mark the token before; a mark for
                // the next one is left to the general path.
                match Punct::of(c) {
                    Punct::Mark(mark) => {
                        if let Some(t) = tokens.last_mut() {
                            t.flags |= mark;
                        }
                    }
                    Punct::Other => {}
                    _ => break,
                }
                prev_single = false;
            }
            at += 3;
            let Some(n) = next else { break };
            (code, class) = (n, next_class);
        }
        (at, prev_single)
    }

    /// A stretch of a chunk between the characters [`Tokenizer::unicode_words`]
    /// emitted itself: word boundaries on both sides, so any path that
    /// follows UAX #29 may split it. Latin words and numbers in Chinese or
    /// Japanese text take the alphabetic path.
    pub(super) fn between_ideographs(&mut self, start: usize, end: usize) {
        if !self.alphabetic_words(start, end) {
            self.segmented_words(start, end);
        }
    }

    pub(super) fn segmented_words(&mut self, start: usize, end: usize) {
        let is_word = |seg: &str| seg.chars().any(|c| CharInfo::of(c).alphanumeric());
        let mut segs = self.text[start..end].split_word_bound_indices().peekable();
        let mut after_word = false;
        while let Some((off, seg)) = segs.next() {
            if is_word(seg) {
                self.emit(start + off, start + off + seg.len(), 0);
                after_word = true;
                continue;
            }
            // A hyphen that joins two words makes a compound, not a list.
            let joins = seg == "-" && after_word && segs.peek().is_some_and(|&(_, n)| is_word(n));
            if !joins {
                seg.chars().for_each(|c| self.punct(c));
            }
            after_word = false;
        }
    }

    /// The ASCII rules of UAX #29: letters and digits join; `.`, `'` or `:`
    /// between two letters and `.`, `'`, `,` or `;` between two digits join too.
    pub(super) fn ascii_words(&mut self, start: usize, end: usize) {
        let b = &self.text.as_bytes()[start..end];
        let word = |x: u8| BYTE_CLASS[x as usize] & CLASS_WORD != 0;
        let mut k = 0;
        while k < b.len() {
            if !word(b[k]) {
                // A hyphen that joins two words (`Spam-Kommentare`, `e-mail`)
                // makes a compound, not a list.
                let joins = b[k] == b'-'
                    && k > 0
                    && word(b[k - 1])
                    && b.get(k + 1).is_some_and(|&n| word(n));
                if !joins {
                    self.punct(b[k] as char);
                }
                k += 1;
                continue;
            }
            let s = k;
            let mut dotted = false;
            loop {
                while k < b.len() && word(b[k]) {
                    k += 1;
                }
                if k + 1 < b.len() && word(b[k + 1]) {
                    let (prev, mid, next) = (b[k - 1], b[k], b[k + 1]);
                    let letters = prev.is_ascii_alphabetic()
                        && next.is_ascii_alphabetic()
                        && matches!(mid, b'.' | b'\'' | b':');
                    dotted |= letters && mid == b'.';
                    let digits = prev.is_ascii_digit()
                        && next.is_ascii_digit()
                        && matches!(mid, b'.' | b'\'' | b',' | b';');
                    if letters || digits {
                        k += 2;
                        continue;
                    }
                }
                break;
            }
            // Underscores alone join like a word under UAX #29 but have no
            // letter or digit, so they are not a word here (as in the
            // Unicode path).
            if b[s..k].iter().all(|&x| x == b'_') {
                continue;
            }
            self.emit_ascii(start + s, start + k);
            if dotted {
                self.out.tokens.last_mut().expect("just emitted").flags |= flag::DOTTED;
            }
        }
    }

    /// A chunk of ASCII and [`is_simple`] characters: the rules of
    /// [`Tokenizer::ascii_words`] with the letters of the Latin, Greek and
    /// Cyrillic alphabets as letters and the typographic apostrophe among
    /// the marks that join (UAX #29 gives them the same classes); a unit
    /// test holds it to the segmenter.
    ///
    /// At the first character that is not simple it undoes what it did and
    /// returns false, so that chunks need no separate check beforehand.
    pub(super) fn alphabetic_words(&mut self, start: usize, end: usize) -> bool {
        let is_word = |c: char| c.is_ascii_alphanumeric() || c == '_' || is_simple_letter(c);
        let is_letter = |c: char| c.is_ascii_alphabetic() || is_simple_letter(c);
        let undo = Undo::of(self);
        let mut chars = self.text[start..end].char_indices().peekable();
        // Each character is decoded once: words are split, folded and
        // classified in the same pass. (Characters joined into a word are
        // simple by the join rules.)
        let mut after_word = false;
        while let Some((s, c)) = chars.next() {
            if !is_word(c) {
                if !is_simple(c) {
                    undo.apply(self);
                    return false;
                }
                // A hyphen that joins two words makes a compound, not a list.
                let joins =
                    c == '-' && after_word && chars.peek().is_some_and(|&(_, n)| is_word(n));
                if !joins {
                    self.punct(c);
                }
                after_word = false;
                continue;
            }
            after_word = true;
            let mut word = Word::new(self.out.folded.len(), c);
            word.fold(&mut self.out.folded, c);
            let mut k = s + c.len_utf8();
            let mut last = c;
            loop {
                while let Some(&(_, c)) = chars.peek().filter(|&&(_, c)| is_word(c)) {
                    word.fold(&mut self.out.folded, c);
                    last = c;
                    k += c.len_utf8();
                    chars.next();
                }
                let mut ahead = chars.clone();
                let (Some((_, mid)), Some((_, next))) = (ahead.next(), ahead.next()) else {
                    break;
                };
                let letters =
                    is_letter(last) && is_letter(next) && matches!(mid, '.' | '\'' | ':' | '’');
                let digits = last.is_ascii_digit()
                    && next.is_ascii_digit()
                    && matches!(mid, '.' | '\'' | ',' | ';' | '’');
                if !(letters || digits) {
                    break;
                }
                word.fold(&mut self.out.folded, mid);
                word.fold(&mut self.out.folded, next);
                last = next;
                k += mid.len_utf8() + next.len_utf8();
                chars.next();
                chars.next();
            }
            if self.text.as_bytes()[start + s..start + k]
                .iter()
                .all(|&x| x == b'_')
            {
                self.out.folded.truncate(word.at);
                continue;
            }
            let hash = hash_bytes(&self.out.folded[word.at..]);
            self.finish(start + s, start + k, word.at, hash, word.flags());
        }
        true
    }

    /// A URL is split at every non-alphanumeric character so that the words
    /// inside an address (`cheap-jerseys-shop`) are matched like any others.
    /// `start..chunk_end` is the address with the punctuation after it.
    pub(super) fn url(&mut self, start: usize, chunk_end: usize) {
        let mut end = chunk_end;
        // Punctuation closing a sentence is not part of the address.
        while end > start && matches!(self.text.as_bytes()[end - 1], b'.' | b',' | b';' | b')') {
            end -= 1;
        }
        let mut s = None;
        for (off, c) in self.text[start..end].char_indices() {
            let at = start + off;
            match (c.is_alphanumeric(), s) {
                (true, None) => s = Some(at),
                (false, Some(b)) => {
                    self.emit(b, at, flag::URL);
                    s = None;
                }
                _ => {}
            }
        }
        if let Some(b) = s {
            self.emit(b, end, flag::URL);
        }
        let tail = &self.text[end..chunk_end];
        tail.chars().for_each(|c| self.punct(c));
    }
}

/// Where a label glued before the address in `chunk` (one that
/// [`looks_like_url`]) ends: at the scheme (`http`, `https`) or `www.`,
/// when what stands before it holds letters beyond ASCII (`網址：`,
/// `сайт:`); 0 when nothing does, or only ASCII (`href="`, `(`), which
/// the address's own reading takes.
pub(super) fn glued_label_end(chunk: &str) -> usize {
    let b = chunk.as_bytes();
    let start = match chunk.find("://") {
        // The scheme: the ASCII letters right before `://`.
        Some(at) => {
            at - b[..at]
                .iter()
                .rev()
                .take_while(|c| c.is_ascii_alphabetic())
                .count()
        }
        None => match chunk.find("www.") {
            Some(at) => at,
            None => return 0,
        },
    };
    let label = &chunk[..start];
    if label.chars().any(|c| !c.is_ascii() && c.is_alphanumeric()) {
        start
    } else {
        0
    }
}

/// Where the address in `chunk` (one that [`looks_like_url`]) ends: at the
/// first quote, angle or square bracket after its scheme or `www.`, none of
/// which an address holds unescaped, or at the chunk's end.
pub(super) fn address_end(chunk: &str) -> usize {
    let b = chunk.as_bytes();
    let from = chunk
        .find("://")
        .or_else(|| chunk.find('@'))
        .unwrap_or_else(|| b.iter().take_while(|c| !c.is_ascii_alphanumeric()).count());
    b[from..]
        .iter()
        .position(|c| matches!(c, b'"' | b'\'' | b'<' | b'>' | b'[' | b']'))
        .map_or(b.len(), |at| from + at)
}

/// `…://…` (any scheme), `www.…` (after leading punctuation) or an e-mail
/// address. `has_marks`: the chunk contains `:`, `/` or `@`.
pub(super) fn looks_like_url(chunk: &str, has_marks: bool) -> bool {
    let b = chunk.as_bytes();
    let lead = b.iter().take_while(|c| !c.is_ascii_alphanumeric()).count();
    let www = b.len() > lead + 4 && b[lead..lead + 4].eq_ignore_ascii_case(b"www.");
    www || (has_marks
        && (chunk.contains("://") || (b.len() > 5 && chunk.contains('@') && chunk.contains('.'))))
}
