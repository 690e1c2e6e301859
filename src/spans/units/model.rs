//! The tuned numbers of the block stage, in units of log-odds, each with
//! what it does.

/// A pharmacy, gambling, loan, adult or scam-service term.
pub const VICE: f32 = 2.0;
/// A brand or product next to a shop word.
pub const COMBO: f32 = 1.2;
/// Any other keyword.
pub const OTHER_KEYWORD: f32 = 0.5;
/// A keyword inside a link (`cheap-bags-outlet.com`).
pub const KEYWORD_IN_LINK: f32 = 0.8;
/// The keywords' part is capped, so that a long unit cannot pass on
/// mentions alone.
pub const MAX_KEYWORDS: f32 = 10.0;
/// A long unit's keyword part may reach one per this many words.
pub const WORDS_PER_KEYWORD_CAP: f32 = 25.0;
/// The keywords' weight when nothing else backs them: news names drugs
/// and casinos too.
pub const KEYWORDS_ONLY: f32 = 0.5;
/// Calls to action that back keywords as fully as a link does.
pub const ADVERT_CALLS: usize = 2;
/// A link.
pub const LINK: f32 = 0.7;
/// A link to a front page, more.
pub const FRONT_PAGE: f32 = 0.6;
/// A shortener, a redirect or a hyphen-joined host, more.
pub const ODD_LINK: f32 = 1.0;
/// Links counted at most.
pub const MAX_LINKS: usize = 4;
/// An HTML or BBCode anchor.
pub const ANCHOR: f32 = 1.5;
/// A phone number.
pub const PHONE: f32 = 1.2;
/// A bot's random string.
pub const NOISE: f32 = 0.6;
/// Noise strings counted at most.
pub const MAX_NOISE: usize = 5;
/// A gambling-site name (`PLUTO88`).
pub const LUCKY_NAME: f32 = 1.5;
/// Per three disguised letters (mathematical, fullwidth, circled).
pub const DISGUISED: f32 = 1.5;
/// A word that mixes Latin letters with Greek or Cyrillic look-alikes
/// counts as this many disguised letters.
pub const DISGUISED_PER_WORD: usize = 3;
/// Disguised-letter evidence at most.
pub const MAX_DISGUISED: f32 = 4.5;
/// A call to action, when there is a payload to act on.
pub const CALL: f32 = 0.7;
/// Calls counted at most in a short unit.
pub const MAX_CALLS: usize = 2;
/// A sales-pitch phrase in a message (each phrase counts once).
pub const PITCH: f32 = 0.5;
/// Pitch phrases counted at most in a short message.
pub const MAX_PITCH: usize = 3;
/// Stock praise, when there is a link to praise.
pub const PRAISE: f32 = 0.5;
/// A word about spam (the text complains of it).
pub const ABOUT_SPAM: f32 = -2.5;
/// What a message (a comment, a short text) pays before its words.
pub const MESSAGE_BIAS: f32 = 1.0;
/// What a paragraph of a longer text pays: links and shop words are
/// common in articles.
pub const PARAGRAPH_BIAS: f32 = 2.0;
/// What a unit pays per word of its first `SHORT_WORDS`: a long unit
/// needs a dense payload...
pub const PER_WORD: f32 = 0.05;
/// ...and per word after them.
pub const PER_LONG_WORD: f32 = 0.02;
/// Where the cost per word drops.
pub const SHORT_WORDS: f32 = 60.0;
/// Links, calls and noise strings count up to this many, or one per
/// this many words if more.
pub const WORDS_PER_CUE: f32 = 40.0;
/// Han and kana characters per word.
pub const CJK_CHARS_PER_WORD: f32 = 2.5;
/// Digits in a row of numbers that may be a phone number.
pub const PHONE_DIGITS: usize = 10;
/// The evidence of a comment whose author name is made of keywords.
pub const KEYWORD_NAME: f32 = 1.0;
/// Brand-and-shop pairs that make a payload without a link.
pub const MIN_COMBOS: usize = 3;
/// The function-word share of grammatical text...
pub const PROSE_FUNCTION_SHARE: f32 = 0.2;
/// ...or the most of its words keywords take in running text.
pub const PROSE_KEYWORD_SHARE: f32 = 0.25;
/// Content words a message's rest must share with the stuffing in it
/// to go with it.
pub const MIN_SHARED_WORDS: usize = 2;
/// ...and it may be at most this many times as long as the stuffing.
pub const MAX_REST_PER_STUFFING: f32 = 2.0;
/// A message's rest that is at most this share of its stuffing goes
/// with it (`look at this` before a link).
pub const MAX_GLUE_SHARE: f32 = 0.5;
/// ...counted over this many of the stuffing's words at most.
pub const MAX_GLUE_WORDS: f32 = 24.0;
/// Texts up to this many words are also weighed as one unit.
pub const SHORT_TEXT_WORDS: f32 = 400.0;
