//! The stock phrases of comment spam, and the markup of anchors, as one
//! automaton: calls to action, praise, sales pitch; and the hosts that
//! forward links and the words about spam.

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, MatchKind};

/// Hosts that only forward to another address: a link that hides where it
/// goes.
pub(super) const SHORTENERS: &[&str] = &[
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
];

/// Phrases that point the reader at the writer's own site or line.
const CALLS_TO_ACTION: &[&str] = &[
    "click here",
    "visit my",
    "visit our",
    "check out my",
    "check my",
    "my website",
    "my site",
    "my blog",
    "my web site",
    "our website",
    "our site",
    "register here",
    "sign up here",
    "join now",
    "link -",
    "link:",
    "visit the site",
    "visit site",
    "for more details",
    "for more info",
    "for more information",
    "get yours",
    "order now",
    "book now",
    "buy now",
    "try it free",
    "free trial",
    "sign up",
    "subscribe now",
];

/// Calls to pick up the phone: calls to action that also make support
/// words an advert.
const PHONE_CALLS: &[&str] = &[
    "call us",
    "call now",
    "contact us",
    "dial ",
    "get in touch",
    "reach us",
    "toll-free",
    "toll free",
    "24/7",
    "24x7",
];

/// How a support line advertises its number: the words of tech-support,
/// airline and helpline spam. A customer writing in gives a number too,
/// but says "my number", not "toll-free helpline".
const SUPPORT_LINES: &[&str] = &[
    "tech support",
    "technical support",
    "customer service",
    "customer care",
    "customer support",
    "customer phone",
    "support number",
    "support phone",
    "support team",
    "helpline",
    "help line",
    "help number",
    "help desk",
    "helpdesk",
    "contact number",
    "phone number",
    "telephone number",
    "care number",
    "service number",
    "reservation number",
    "booking number",
    "password recovery",
    "password reset",
];

/// Stock praise that spam comments open with. Praise alone is not spam;
/// next to a payload it is part of it.
const PRAISE: &[&str] = &[
    "nice post",
    "great post",
    "nice article",
    "great article",
    "nice blog",
    "great blog",
    "thanks for sharing",
    "thank you for sharing",
    "thanks for the post",
    "very informative",
    "informative post",
    "informative article",
    "keep posting",
    "keep sharing",
    "keep it up",
    "well written",
    "good job",
    "awesome post",
    "amazing post",
    "great information",
    "useful information",
    "great info",
    "nice info",
    "really helpful",
    "very helpful",
    "very useful",
    "great read",
    "great to read",
    "good read",
    "nice read",
    "nice to read",
    "good post",
    "good article",
    "excellent post",
    "excellent article",
    "wonderful post",
    "wonderful article",
    "awesome article",
    "amazing article",
    "useful post",
    "useful article",
    "helpful post",
    "helpful article",
    "thanks for this",
    "thank you for this",
    "great work",
    "nice work",
    "great job",
    "nice job",
    "great site",
    "nice site",
    "great website",
    "nice website",
    "i found your",
    "your article",
    "your blog",
    "your post",
    "your website",
    "this website",
    "this blog",
];

/// The stock phrases of a sales pitch: what the writer offers the reader,
/// and what the reader would gain.
const PITCH: &[&str] = &[
    "your business",
    "your company",
    "your website",
    "your site",
    "your brand",
    "your sales",
    "your customers",
    "more customers",
    "more leads",
    "more sales",
    "new customers",
    "special offer",
    "limited time",
    "best offer",
    "best offers",
    "best price",
    "best prices",
    "live demo",
    "no obligation",
    "unsubscribe",
    "opt out",
    "we offer",
    "we provide",
    "our services",
    "our service",
    "our team",
    "our experts",
    "our company",
    "guaranteed",
    "risk free",
    "risk-free",
    "100% free",
    "money back",
    "earn money",
    "extra money",
    "profit",
    "income",
    "bonus",
    "bonuses",
    "win big",
    "for free",
    "free of charge",
    "discount",
    "cheap",
    "lowest price",
    "affordable",
];

/// Words of text that talks about spam rather than being it (each starts
/// with `s`, `j` or `p`, which [`read`] tests first).
pub(super) const ABOUT_SPAM: &[&str] = &[
    "spam", "spammer", "spammers", "spamming", "spammy", "scam", "scams", "scammer", "scammers",
    "judol", "phishing",
];

/// Which list a phrase of [`phrases`] comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Phrase {
    Anchor,
    Call,
    Praise,
    Pitch,
    Support,
    PhoneCall,
}

/// Markup that opens an anchor.
const ANCHORS: &[&str] = &["href=", "[url", "[link"];

/// One automaton for every phrase list, matched ASCII-case-insensitively,
/// with the list each pattern came from.
pub(super) fn phrases() -> &'static (AhoCorasick, Vec<Phrase>) {
    static PHRASES: OnceLock<(AhoCorasick, Vec<Phrase>)> = OnceLock::new();
    PHRASES.get_or_init(|| {
        let lists = [
            (ANCHORS, Phrase::Anchor),
            (CALLS_TO_ACTION, Phrase::Call),
            (PRAISE, Phrase::Praise),
            (PITCH, Phrase::Pitch),
            (SUPPORT_LINES, Phrase::Support),
            (PHONE_CALLS, Phrase::PhoneCall),
        ];
        let mut patterns = Vec::new();
        let mut kinds = Vec::new();
        for (list, kind) in lists {
            patterns.extend_from_slice(list);
            kinds.extend(std::iter::repeat_n(kind, list.len()));
        }
        let automaton = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(&patterns)
            .expect("the phrase lists compile");
        (automaton, kinds)
    })
}
