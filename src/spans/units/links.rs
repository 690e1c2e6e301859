//! The one URL reader: the links of a text, found among its tokens (the
//! tokenizer flags the words of `http://…` and `www.…` addresses; a site
//! named bare, `bestdeals.com`, is one word ending in a known top-level
//! domain), each read once for its shape: a front page, a host that hides
//! or shouts, an anchor's markup around it.

use std::ops::Range;

use crate::model::units::{self as model, MAX_LINK_CHUNK, MAX_TLD_LEN, MIN_TLD_LEN, RANDOM_LABEL};
use crate::text::floor_char_boundary;
use crate::text::tokenize::{Token, flag};

/// One link: its tokens and its shape.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Link {
    /// The tokens of its chunk of text (the address, and any markup or
    /// anchor text glued to it).
    pub tokens: Range<usize>,
    /// Addresses in the chunk (`href="http://a…">http://a…</a>` has two).
    pub count: usize,
    /// To a site's front page (no path): what SEO links point at.
    pub front_page: bool,
    /// Written out with `http` or `www`, not a bare name.
    pub explicit: bool,
    /// Its host hides or shouts: a shortener, a redirect, a made-up or
    /// hyphen-joined host, or glued to the end of a sentence.
    pub odd: bool,
    /// Inside an HTML or BBCode anchor.
    pub anchor: bool,
    /// For an anchor set inside a sentence (words before it on its line
    /// with no sentence end between: `…I wrote about <a …>the case</a>,
    /// and…`, as a citation is written), its tokens up to the end of its
    /// text, before the closing markup (`</a>`, `[/url]`). Empty otherwise.
    pub cited_text: Range<usize>,
    /// To a member's page on a forum or a blog (`member.php?…`,
    /// `/user/…`, `action=profile`): where a profile spammer's links go.
    /// It names a person, not a page it cites.
    pub profile: bool,
    /// For a front page, the hash of the site's name in its host, folded
    /// (`cloudflare` in `blog.cloudflare.com`, `bbc` in `bbc.co.uk`), to
    /// be told apart from a link whose site the text names; 0 otherwise.
    pub site_name: u64,
}

/// Hosts that only forward to another address: a link that hides where it
/// goes.
const SHORTENERS: &[&str] = &[
    "bit.ly",
    "goo.gl",
    "tinyurl.com",
    "cutt.ly",
    "j.mp",
    "ow.ly",
    "is.gd",
    "rebrand.ly",
    "page.link",
    "clck.ru",
    "vk.cc",
    "u.to",
    "shorturl.at",
    "tiny.cc",
    "rb.gy",
    "t.ly",
    "bitly.com",
    "s.id",
    "linktr.ee",
    "t.co",
    "buff.ly",
    "adf.ly",
    "bc.vc",
    "sh.st",
    "shorte.st",
    "ouo.io",
    "exe.io",
    "shrink.me",
    "linkvertise.com",
    "v.gd",
    "x.co",
    "tr.im",
    "su.pr",
    "po.st",
    "mcaf.ee",
    "soo.gd",
    "qr.net",
    "1url.com",
    "bl.ink",
    "short.io",
    "urlz.fr",
    "shorturl.asia",
];

/// The commonest top-level domains of sites named without `http` or `www`
/// (`bestdeals.com`): looked for before the unit stage reads anything.
pub(crate) const COMMON_TLDS: &[&[u8]] = &[b"com", b"net", b"org", b"info", b"biz", b"ru"];

/// The other top-level domains a bare `word.word` is read as a link with
/// (so that `end.The`, glued by a missing space, is not one).
const OTHER_BARE_TLDS: &[&str] = &[
    "de", "uk", "in", "io", "co", "us", "xyz", "online", "site", "shop", "top", "pl", "fr", "it",
    "es", "nl", "eu", "me", "id", "vip", "store", "club", "live", "app", "br", "cn", "jp", "kr",
];

/// Markup that opens an anchor.
const ANCHOR_MARKS: &[&str] = &["href=", "[url", "[link"];

/// Path words of a redirect.
const REDIRECTS: &[&str] = &["url?q=", "goto=", "redirect"];

/// Whether `t` names a site without `http` or `www`: a word ending in a dot
/// and a common top-level domain (`bestdeals.com`), or a link shortener's
/// host (`bit.ly`), which names no site but hides one. Reads the bytes of
/// dotted words only.
pub(crate) fn is_bare_domain(text: &str, t: &Token) -> bool {
    if !t.has(flag::DOTTED) || t.has(flag::URL) {
        return false;
    }
    let word = &text.as_bytes()[t.start()..t.end()];
    if SHORTENERS.iter().any(|s| is_on_site(word, s.as_bytes())) {
        return true;
    }
    if word.len() <= 5 {
        return false;
    }
    let dot_near_end = word[word.len() - 5..word.len() - 2].contains(&b'.');
    dot_near_end
        && COMMON_TLDS.iter().any(|tld| {
            word.len() > tld.len() + 2
                && word.ends_with(tld)
                && word[word.len() - tld.len() - 1] == b'.'
        })
}

/// Whether the address piece `t` (a token flagged as part of a link) lies
/// in the address's path, after its host: `sneakers` in
/// `https://news.example.com/2023/sneakers` names what the page is about,
/// where in `cheapsneakers.example` it names the site.
pub(crate) fn in_path(text: &str, t: &Token) -> bool {
    let bytes = text.as_bytes();
    let floor = t.start().saturating_sub(MAX_LINK_CHUNK);
    // The nearest slash back, within the address (which starts after
    // whitespace or a quote): a path's, unless it is the scheme's `://`.
    (floor..t.start())
        .rev()
        .map(|p| (p, bytes[p]))
        .take_while(|&(_, b)| !(b.is_ascii_whitespace() || b == b'"' || b == b'\''))
        .find(|&(_, b)| b == b'/')
        .is_some_and(|(p, _)| !(p >= 2 && &bytes[p - 2..p] == b":/"))
}

/// Every link of the text, in order; `flags` are the tokens' flags side
/// by side.
#[cfg(test)]
pub(crate) fn read(text: &str, tokens: &[Token], flags: &[u16]) -> Vec<Link> {
    let mut links = Vec::new();
    read_in(
        text,
        tokens,
        flags,
        0..tokens.len(),
        &mut links,
        &mut Vec::new(),
    );
    links
}

/// The links that start among the tokens `r`, added to `links` in order.
/// `r` must start a chunk of text (the text before its first token ends in
/// ASCII whitespace, or it is the first token): an address never spans
/// whitespace, so the links read range by range are those read whole.
///
/// The e-mail addresses at free mail services there go to `emails`, as
/// their first tokens: a private address to write to is a contact, as a
/// phone number is, not a page.
pub(crate) fn read_in(
    text: &str,
    tokens: &[Token],
    flags: &[u16],
    r: Range<usize>,
    links: &mut Vec<Link>,
    emails: &mut Vec<usize>,
) {
    let bytes = text.as_bytes();
    let mut i = r.start;
    while i < r.end {
        // Most words are no part of an address: skipped by their flags.
        let Some(next) = crate::spans::first_with(&flags[i..r.end], flag::URL | flag::DOTTED)
        else {
            break;
        };
        i += next;
        let t = &tokens[i];
        // The chunk of text between whitespace that holds the token, read
        // at most a bounded length either side.
        let floor = floor_char_boundary(text, t.start().saturating_sub(MAX_LINK_CHUNK));
        let ceiling = floor_char_boundary(text, t.end() + MAX_LINK_CHUNK);
        let start = bytes[floor..t.start()]
            .iter()
            .rposition(u8::is_ascii_whitespace)
            .map_or(floor, |p| floor + p + 1);
        let end = bytes[t.end()..ceiling]
            .iter()
            .position(u8::is_ascii_whitespace)
            .map_or(ceiling, |p| t.end() + p);
        // The chunk's tokens are a few: counted forward.
        let last = i + tokens[i..].iter().take_while(|u| u.start() < end).count();
        if let Some(mut link) = read_chunk(&text[start..end], i..last) {
            if link.anchor && set_in_sentence(&text[..start]) {
                let close = anchor_close(&text[start..ceiling.max(end)]).map_or(end, |c| start + c);
                let upto = i + tokens[i..].partition_point(|u| u.start() < close);
                link.cited_text = i..upto.max(i + 1);
            }
            links.push(link);
        } else if is_free_mail(&text[start..end]) {
            emails.push(i);
        }
        i = last.max(i + 1);
    }
}

/// Free mail services: an address there is a private person's, or a
/// private seller's. Matched by the host's name label, under any country's
/// domain (`yahoo.co.uk`, `gmx.de`).
const FREE_MAIL_NAMES: &str = "gmail googlemail yahoo ymail hotmail outlook live msn aol \
    icloud protonmail proton tutanota gmx yandex rambler zoho naver daum hanmail rediffmail qq \
    163 126 sina yopmail libero inbox";

/// Free mail services whose name is a common word: matched by the whole
/// host.
const FREE_MAIL_HOSTS: &str = "mail.com mail.ru bk.ru list.ru web.de email.com consultant.com \
    usa.com pm.me me.com";

/// Whether `chunk` (text between whitespace) is an e-mail address at a
/// free mail service (`someone@gmail.com`): a private contact, where a
/// company's or an office's address is where its own staff read.
fn is_free_mail(chunk: &str) -> bool {
    let Some(host) = email_host(chunk) else {
        return false;
    };
    // The name label, under any country's domain (`yahoo.co.uk`).
    site_name(host.as_bytes()).is_some_and(|name| {
        FREE_MAIL_NAMES
            .split_ascii_whitespace()
            .any(|f| name.eq_ignore_ascii_case(f.as_bytes()))
    }) || FREE_MAIL_HOSTS
        .split_ascii_whitespace()
        .any(|f| host.eq_ignore_ascii_case(f))
}

/// The host of the e-mail address `chunk` (text between whitespace) is,
/// if it is one: a local part of letters, digits and `._%+-`, an `@`, and
/// a host with a top-level domain (`jane.doe@example.org`, `mailto:…`, in
/// brackets or before a full stop). A handle (`@name`) or a host alone is
/// none.
fn email_host(chunk: &str) -> Option<&str> {
    let trimmed = chunk.trim_matches(|c: char| c.is_ascii_punctuation() && c != '@');
    let trimmed = trimmed
        .get(..7)
        .filter(|p| p.eq_ignore_ascii_case("mailto:"))
        .map_or(trimmed, |_| &trimmed[7..]);
    let (local, host) = trimmed.split_once('@')?;
    (!local.is_empty()
        && local
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || b"._%+-".contains(&c))
        && host_len(host) == host.len()
        && is_host(host))
    .then_some(host)
}

/// Whether an anchor whose markup starts after `before` is set inside a
/// sentence: a word (or a comma) ends `before` on the anchor's line, once
/// the `<a` that opens an HTML anchor is passed over.
fn set_in_sentence(before: &str) -> bool {
    let trimmed = before.trim_end_matches([' ', '\t']);
    let trimmed = trimmed
        .strip_suffix("<a")
        .or_else(|| trimmed.strip_suffix("<A"))
        .map_or(trimmed, |t| t.trim_end_matches([' ', '\t']));
    trimmed
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric() || c == ',')
}

/// Where the markup that closes an anchor (`</a>`, `[/url]`, `[/link]`)
/// starts in `after`, if it is there.
fn anchor_close(after: &str) -> Option<usize> {
    let b = after.as_bytes();
    [&b"</a>"[..], b"[/url]", b"[/link]"]
        .iter()
        .filter_map(|m| find_folded(b, m))
        .min()
}

/// The parts of a path (between `/`, `?`, `&` and `;`) that name a
/// member's page, on the forum and blog engines profile spam fills (phpBB,
/// vBulletin, SMF, Discuz, WordPress, Drupal).
const PROFILE_PARTS: &[&str] = &[
    "member.php",
    "memberlist.php",
    "profile.php",
    "action=profile",
    "mod=space",
    "members",
    "member",
    "users",
    "user",
    "profile",
    "profiles",
    "author",
];

/// Whether `path` is a member's page: one of its parts is one of
/// [`PROFILE_PARTS`], in any case.
fn is_profile(path: &[u8]) -> bool {
    path.split(|&c| matches!(c, b'/' | b'?' | b'&' | b';'))
        .any(|part| {
            PROFILE_PARTS
                .iter()
                .any(|p| part.eq_ignore_ascii_case(p.as_bytes()))
        })
}

/// Whether `path` holds a redirect's words ([`REDIRECTS`]), in any case:
/// one pass that compares only where a byte starts one of them.
fn has_redirect(path: &[u8]) -> bool {
    path.iter().enumerate().any(|(i, &b)| {
        let first = b.to_ascii_lowercase();
        REDIRECTS.iter().any(|r| {
            let r = r.as_bytes();
            r[0] == first
                && path
                    .get(i..i + r.len())
                    .is_some_and(|w| w.eq_ignore_ascii_case(r))
        })
    })
}

/// Whether `hay` contains `needle` (lower-case ASCII), in any case.
fn contains_folded(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len())
        .any(|w| w.eq_ignore_ascii_case(needle))
}

/// Where `needle` (lower-case ASCII, starting with a byte that has no
/// case or a letter) starts in `hay`, in any case: compared only where its
/// first byte is.
fn find_folded(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let first = needle[0];
    (0..hay.len().checked_sub(needle.len())? + 1).find(|&i| {
        hay[i].to_ascii_lowercase() == first
            && hay[i..i + needle.len()].eq_ignore_ascii_case(needle)
    })
}

/// Whether `host` is `site` or a subdomain of it, in any case.
fn is_on_site(host: &[u8], site: &[u8]) -> bool {
    host.len() >= site.len()
        && host[host.len() - site.len()..].eq_ignore_ascii_case(site)
        && (host.len() == site.len() || host[host.len() - site.len() - 1] == b'.')
}

/// The link in a whitespace-free chunk of text, if any; quotes end a link
/// inside markup (`href="…"`). Chunks are short: every test is a loop
/// over bytes, as a string searcher's set-up would cost more than the
/// search.
fn read_chunk(chunk: &str, tokens: Range<usize>) -> Option<Link> {
    let bytes = chunk.as_bytes();
    let mut link: Option<Link> = None;
    let mut from = 0;
    for piece in bytes.split(|&c| c == b'"' || c == b'\'') {
        // Split at ASCII quotes, each piece is whole characters.
        let at = from;
        from += piece.len() + 1;
        let Some(shape) = address(&chunk[at..at + piece.len()]) else {
            continue;
        };
        match &mut link {
            Some(l) => {
                l.count += 1;
                l.front_page |= shape.front_page;
                l.odd |= shape.odd;
                l.explicit |= shape.explicit;
                l.profile |= shape.profile;
            }
            None => {
                link = Some(Link {
                    tokens: tokens.clone(),
                    count: 1,
                    ..shape
                });
            }
        }
    }
    let mut link = link?;
    // Every anchor mark has a `=` or a `[`.
    link.anchor = bytes.iter().any(|&c| c == b'=' || c == b'[')
        && ANCHOR_MARKS
            .iter()
            .any(|m| contains_folded(bytes, m.as_bytes()));
    Some(link)
}

/// The shape of the address in `piece` (as written: every test ignores
/// ASCII case, and made-up labels are told by theirs), if it holds one.
fn address(piece: &str) -> Option<Link> {
    // A host has a dot with a letter or digit after it: a word before a
    // full stop has none, and is passed over without further work.
    let b = piece.as_bytes();
    if !b
        .windows(2)
        .any(|w| w[0] == b'.' && w[1].is_ascii_alphanumeric())
    {
        return None;
    }
    let (at, explicit) = if let Some(i) = find_folded(b, b"://") {
        (i + 3, true)
    } else if let Some(i) = find_folded(b, b"www.") {
        (i, true)
    } else {
        (0, false)
    };
    let rest = &piece[at..];
    let host_end = host_len(rest);
    let host = rest[..host_end].trim_end_matches('.');
    if !is_host(host) {
        return None;
    }
    let random_label = host.split('.').any(is_random_label);
    // A bare `word.word` is a link only with a known top-level domain, so
    // that `end.The` glued by a missing space is not one.
    let tld = host.rsplit('.').next().unwrap_or("").as_bytes();
    let bare_ok = explicit
        || COMMON_TLDS.iter().any(|t| tld.eq_ignore_ascii_case(t))
        || OTHER_BARE_TLDS
            .iter()
            .any(|t| tld.eq_ignore_ascii_case(t.as_bytes()));
    let shortener = SHORTENERS
        .iter()
        .any(|s| is_on_site(host.as_bytes(), s.as_bytes()));
    if !(bare_ok || shortener) {
        return None;
    }
    // The path ends where markup around the address starts (`]`, `>`).
    let after = &rest[host_end..];
    let path_end = after
        .bytes()
        .position(|c| matches!(c, b'<' | b'>' | b'[' | b']'))
        .unwrap_or(after.len());
    let path = after[..path_end].trim_end_matches(|c: char| !c.is_alphanumeric());
    let front_page = path.is_empty();
    let host = host.as_bytes();
    let odd = shortener
        || random_label
        || host.iter().filter(|&&c| c == b'-').count() >= model::MIN_HOST_HYPHENS
        || host.windows(2).any(|w| w == b"--")
        || has_redirect(path.as_bytes());
    let profile = is_profile(path.as_bytes());
    let site_name = if front_page { site_name_hash(host) } else { 0 };
    Some(Link {
        tokens: 0..0,
        count: 1,
        front_page,
        explicit,
        odd,
        anchor: false,
        cited_text: 0..0,
        profile,
        site_name,
    })
}

/// Whether `host` is written as one: two labels or more, none empty, the
/// last (the top-level domain) of letters only and of a top-level domain's
/// length.
fn is_host(host: &str) -> bool {
    let tld = host.rsplit('.').next().unwrap_or("");
    host.contains('.')
        && !host.split('.').any(str::is_empty)
        && (MIN_TLD_LEN..=MAX_TLD_LEN).contains(&tld.len())
        && tld.bytes().all(|c| c.is_ascii_alphabetic())
}

/// The hash of a host's name label, folded: the label before the
/// top-level domain, or before a country's second-level one (`co.uk`,
/// `com.br`: a label of three letters or fewer between a longer name and
/// a two-letter country code).
fn site_name_hash(host: &[u8]) -> u64 {
    let Some(name) = site_name(host) else {
        return 0;
    };
    let folded: Vec<u8> = name.iter().map(u8::to_ascii_lowercase).collect();
    crate::text::tokenize::hash_bytes(&folded)
}

/// A host's name label: the label before the top-level domain, or before a
/// country's second-level one (`co.uk`, `com.br`: a label of three letters
/// or fewer between a longer name and a two-letter country code).
fn site_name(host: &[u8]) -> Option<&[u8]> {
    // The last three labels, from the end.
    let mut labels = host.rsplit(|&c| c == b'.');
    let (tld, second) = (labels.next()?, labels.next()?);
    Some(match labels.next() {
        Some(third) if tld.len() == 2 && second.len() <= 3 => third,
        _ => second,
    })
}

/// The length of the host that starts `rest`: letters and digits of any
/// script, dots and hyphens.
fn host_len(rest: &str) -> usize {
    let b = rest.as_bytes();
    let mut k = 0;
    while k < b.len() {
        let c = b[k];
        if c.is_ascii_alphanumeric() || c == b'.' || c == b'-' {
            k += 1;
        } else if c < 0x80 {
            break;
        } else {
            match rest[k..].chars().next() {
                Some(ch) if ch.is_alphanumeric() => k += ch.len_utf8(),
                _ => break,
            }
        }
    }
    k
}

/// A host label a bot made up: long, and mixing capitals, small letters
/// and digits (`6shpFpANPwYnffbs9P5rsRN67oJWDZuQ`); a site's name is
/// written in one case.
fn is_random_label(label: &str) -> bool {
    if label.len() < RANDOM_LABEL {
        return false;
    }
    let (mut upper, mut lower, mut digits) = (0, 0, 0);
    for c in label.bytes() {
        upper += usize::from(c.is_ascii_uppercase());
        lower += usize::from(c.is_ascii_lowercase());
        digits += usize::from(c.is_ascii_digit());
    }
    upper.min(lower) >= model::RANDOM_LABEL_MIN_CASE && digits > 0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize::tokenize;

    fn links(text: &str) -> Vec<Link> {
        let toks = tokenize(text);
        let flags: Vec<u16> = toks.tokens.iter().map(|t| t.flags).collect();
        read(text, &toks.tokens, &flags)
    }

    /// An e-mail address is a local part, an `@` and a host; a handle, a
    /// host alone or a made-up domain is none.
    #[test]
    fn e_mail_addresses_are_told_from_handles_and_hosts() {
        for (chunk, email) in [
            ("jane.doe@example.org", true),
            ("(dr.oduwa@gmail.com).", true),
            ("mailto:press@lotto-commission.gov", true),
            ("MAILTO:Info+news@Example.COM,", true),
            ("prensa@ordenacionjuego.es", true),
            ("@handle", false),
            ("name@", false),
            ("name@localhost", false),
            ("example.com", false),
            ("user@host.c0m", false),
            ("https://user@example.com/path", false),
            ("a b@example.com", false),
        ] {
            assert_eq!(email_host(chunk).is_some(), email, "{chunk:?}");
        }
    }

    /// Free mail is a private address; a company's or an office's is not.
    #[test]
    fn free_mail_is_told_from_an_organisations_mail() {
        for (chunk, free) in [
            ("dr.oduwa@gmail.com", true),
            ("Recovery.Pro@Outlook.com.", true),
            ("someone@yahoo.co.uk", true),
            ("jemand@gmx.de", true),
            ("ivan@mail.ru", true),
            ("press@lotto-commission.gov", false),
            ("jobs@oddsdata.com", false),
            ("someone@gmail.example.org", false),
            ("gmail.com", false),
        ] {
            assert_eq!(is_free_mail(chunk), free, "{chunk:?}");
        }
    }

    /// The reader of a range finds free mail addresses as contacts, not
    /// links, and passes over an organisation's.
    #[test]
    fn e_mail_addresses_are_read_apart_from_links() {
        let text = "write to jane@gmail.com or office@example.org, see https://example.org/about";
        let toks = tokenize(text);
        let flags: Vec<u16> = toks.tokens.iter().map(|t| t.flags).collect();
        let (mut links, mut emails) = (Vec::new(), Vec::new());
        read_in(
            text,
            &toks.tokens,
            &flags,
            0..toks.tokens.len(),
            &mut links,
            &mut emails,
        );
        assert_eq!(links.len(), 1);
        assert_eq!(emails.len(), 1);
        assert_eq!(&text[toks.tokens[emails[0]].start()..][..4], "jane");
    }

    /// A redirect's words anywhere in a path, in any case.
    #[test]
    fn redirects_are_told_by_their_words_in_any_case() {
        for (path, redirect) in [
            ("/url?q=http://x.example", true),
            ("/out?GOTO=abc", true),
            ("/Redirect/123", true),
            ("/urls/quick-start", false),
            ("/go/to/page", false),
            ("", false),
            ("redirec", false),
        ] {
            assert_eq!(has_redirect(path.as_bytes()), redirect, "{path:?}");
        }
    }

    /// The one link of `text`.
    fn the_link(text: &str) -> Link {
        let mut found = links(text);
        assert_eq!(found.len(), 1, "{text}");
        found.remove(0)
    }

    /// A link through a shortener or an ad-paying redirect hides where it
    /// goes, on the host or any subdomain of it; a host that only ends like
    /// one does not.
    #[test]
    fn shortened_links_are_odd() {
        for (text, odd) in [
            ("https://bit.ly/3xYzAb", true),
            ("http://adf.ly/1AbCd", true),
            ("https://t.co/AbC123", true),
            ("http://sh.st/xYz", true),
            ("https://ouo.io/qWe12", true),
            ("https://www.tinyurl.com/abc", true),
            ("https://microsoft.co/products", false),
            ("https://robot.co/help", false),
            ("https://docs.python.org/3/", false),
        ] {
            assert_eq!(the_link(text).odd, odd, "{text}");
        }
    }

    /// A member's page on a forum or blog engine is a profile, in any case;
    /// a page whose path only mentions users or members is not.
    #[test]
    fn profiles_are_told_by_their_paths() {
        for (text, profile) in [
            ("http://forum.example.net/member.php?23449-xkcdwq", true),
            (
                "http://board.example.org/index.php?action=profile;u=213",
                true,
            ),
            ("https://blog.example.com/user/qwzrtpl/", true),
            ("https://site.example.de/Members/karl-h/", true),
            ("https://www.example.cn/home.php?mod=space&uid=8812", true),
            ("https://news.example.com/author/jane-doe/", true),
            ("https://docs.example.com/guide/users-and-groups", false),
            (
                "https://www.example.com/2024/05/member-benefits.html",
                false,
            ),
            ("https://www.example.com/", false),
        ] {
            assert_eq!(the_link(text).profile, profile, "{text}");
        }
    }

    /// Links read chunk range by chunk range, in any grouping, are the
    /// links read whole: the unit stage reads only the ranges it weighs.
    #[test]
    fn links_read_by_ranges_are_those_read_whole() {
        let texts = [
            "Great post! <a href=\"http://cheap-bags.example/buy\">cheap bags</a> thanks",
            "See www.example.org/docs and bestdeals.com,\nthen https://bit.ly/x3Yz.\n\nok",
            "链接：https://例子.中国/路径 和 www.example.com 再见",
            "no links at all here",
            "[url=http://a.example]a[/url] [link=https://b.example/p]b[/link]\nhttp://c.example",
        ];
        for text in texts {
            let toks = tokenize(text);
            let flags: Vec<u16> = toks.tokens.iter().map(|t| t.flags).collect();
            let whole = read(text, &toks.tokens, &flags);
            let starts: Vec<usize> = (1..toks.tokens.len())
                .filter(|&i| {
                    text.as_bytes()[toks.tokens[i - 1].end()..toks.tokens[i].start()]
                        .iter()
                        .any(u8::is_ascii_whitespace)
                })
                .collect();
            // Every second chunk start, and every one, as range bounds.
            for step in [1, 2] {
                let mut bounds: Vec<usize> = starts.iter().step_by(step).copied().collect();
                bounds.insert(0, 0);
                bounds.push(toks.tokens.len());
                let mut pieces = Vec::new();
                for w in bounds.windows(2) {
                    read_in(
                        text,
                        &toks.tokens,
                        &flags,
                        w[0]..w[1],
                        &mut pieces,
                        &mut Vec::new(),
                    );
                }
                assert_eq!(pieces, whole, "{text:?}, every {step} chunk start");
            }
            assert!(text.starts_with("no links") == whole.is_empty(), "{text:?}");
        }
    }

    /// Address pieces in a path name a page; in a host, the site.
    #[test]
    fn pieces_of_a_path_are_told_from_pieces_of_a_host() {
        let cases: &[(&str, &str, bool)] = &[
            ("https://www.theverge.com/2023/sneakers", "sneakers", true),
            (
                "see https://news.example.org/style/handbags-prices.html",
                "handbags",
                true,
            ),
            (
                "<a href=\"http://blog.example.de/uhren/rolex\">",
                "rolex",
                true,
            ),
            ("http://cheapsneakers.example.com/", "cheapsneakers", false),
            ("www.nike-outlet.example.net/shop", "outlet", false),
            ("https://sneakers.example.com", "sneakers", false),
            ("https://www.example.com/", "com", false),
        ];
        for &(text, piece, want) in cases {
            let toks = tokenize(text);
            let t = toks
                .tokens
                .iter()
                .find(|t| &text[t.start()..t.end()] == piece)
                .unwrap_or_else(|| panic!("{piece} in {text}"));
            assert!(t.has(flag::URL), "{text}: {piece} is an address piece");
            assert_eq!(in_path(text, t), want, "{text}: {piece}");
        }
    }

    /// Counts over the links of a text: addresses, front pages, odd,
    /// anchors.
    type Shape = (usize, usize, usize, usize);

    /// The [`Shape`] of the links of `text`.
    fn shape(text: &str) -> Shape {
        let ls = links(text);
        (
            ls.iter().map(|l| l.count).sum(),
            ls.iter().filter(|l| l.front_page).count(),
            ls.iter().filter(|l| l.odd).count(),
            ls.iter().filter(|l| l.anchor).count(),
        )
    }

    #[test]
    fn links_and_their_shapes() {
        let cases: &[(&str, Shape)] = &[
            // A hyphen-joined host is odd, a front page is a front page, a
            // shortener hides where it goes.
            (
                "see http://www.cheap--bags.com/ and https://docs.python.org/3/library/ or bit.ly/x1",
                (3, 1, 2, 0),
            ),
            // A missing space after a full stop is no link.
            ("It ended.The next day", (0, 0, 0, 0)),
            // A made-up host is odd; a site's name in one case is not.
            ("http://www.6shpFpANPwYnffbs9P5rsRN67.com", (1, 1, 1, 0)),
            ("http://www.KitchenGardenSupplies.com", (1, 1, 0, 0)),
            // Glued to a sentence or after a space: the same link.
            (
                "thanks for the article.http://www.example.com",
                (1, 1, 0, 0),
            ),
            (
                "thanks. http://www.example.com (www.example.org)",
                (2, 2, 0, 0),
            ),
            // Named bare, with a known top-level domain.
            ("Visit bestdeals.com today", (1, 1, 0, 0)),
            // Anchors in HTML and BBCode.
            (
                "<a href=\"http://x.example.com/p\">y</a> [url=http://z.example.org]w[/url]",
                (2, 1, 0, 2),
            ),
            // Russian and Chinese text around a link.
            ("Подробнее: https://example.ru/статья", (1, 0, 0, 0)),
            ("详情见 https://example.cn/post/1 谢谢", (1, 0, 0, 0)),
        ];
        for &(text, want) in cases {
            assert_eq!(shape(text), want, "{text}");
        }
    }

    #[test]
    fn bare_domains_are_found_among_words() {
        let text = "Try bestdeals.com or end.The or version2.0 or bit.ly/3xSeoAud or t.co/x1";
        let toks = tokenize(text);
        let found: Vec<&str> = toks
            .tokens
            .iter()
            .filter(|t| is_bare_domain(text, t))
            .map(|t| &text[t.start()..t.end()])
            .collect();
        assert_eq!(found, ["bestdeals.com", "bit.ly", "t.co"]);
    }

    /// A front page carries the hash of its site's name: the label before
    /// the top-level domain, or before a country's second-level one.
    #[test]
    fn front_pages_carry_their_site_s_name() {
        use crate::text::tokenize::hash_bytes;
        for (text, name) in [
            ("https://blog.cloudflare.com/", Some("cloudflare")),
            ("https://www.BBC.co.uk/", Some("bbc")),
            ("http://www.globo.com.br", Some("globo")),
            ("enriquedans.com", Some("enriquedans")),
            ("https://blog.cloudflare.com/2023/post", None),
        ] {
            let want = name.map_or(0, |n| hash_bytes(n.as_bytes()));
            assert_eq!(the_link(text).site_name, want, "{text}");
        }
    }

    /// An anchor is set in a sentence when a word or a comma comes before
    /// its markup on its line; its cited text then runs to the closing
    /// markup. At the start of a line, after a sentence end or after a
    /// colon (`More info:`), it is not.
    #[test]
    fn anchors_set_in_a_sentence_carry_their_text() {
        let cases = [
            (
                "I wrote about <a href=\"http://b.example/p\">the case</a>, and",
                Some("case"),
            ),
            (
                "wie im [url=http://f.example/t/1]Thread zur Regel[/url] steht",
                Some("Regel"),
            ),
            (
                "我写了<a href=\"http://b.example.cn/p\">文章</a>。",
                Some("章"),
            ),
            (
                "Nice post!\n<a href=\"http://b.example/p\">the case</a>",
                None,
            ),
            ("Great. <a href=\"http://b.example/p\">the case</a>", None),
            (
                "More info: <a href=\"http://b.example/p\">the case</a>",
                None,
            ),
        ];
        for (text, cited) in cases {
            let toks = tokenize(text);
            let link = the_link(text);
            assert!(link.anchor, "{text}");
            let words: Vec<&str> = toks.tokens[link.cited_text.clone()]
                .iter()
                .map(|t| &text[t.start()..t.end()])
                .collect();
            match cited {
                Some(word) => assert_eq!(words.last(), Some(&word), "{text}: {words:?}"),
                None => assert!(words.is_empty(), "{text}: {words:?}"),
            }
        }
    }
}
