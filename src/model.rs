//! Every tuned number of the model, by stage, each with what it does.
//!
//! Evidence is in log-odds-like units: positive pushes towards spam. The
//! crate docs and docs/how-it-works.md quote the formulas of the first
//! stages; a test below holds them to this table.

/// The logistic function: every stage turns its evidence margin into a
/// score in `0.0..=1.0` with this one.
#[inline]
pub(crate) fn logistic(z: f64) -> f64 {
    1.0 / (1.0 + (-z).exp())
}

/// The score a span needs to be spam, unless the caller sets another
/// (the public [`DEFAULT_THRESHOLD`](crate::DEFAULT_THRESHOLD)).
pub(crate) const DEFAULT_THRESHOLD: f64 = 0.5;

/// Keyword search.
pub(crate) mod keywords {
    /// Terms at least this many bytes long (and of one word) also match
    /// inside the words of an address (`cheap-moncler-outlet.com`).
    pub const MIN_TERM_IN_ADDRESS: usize = 5;
    /// Patterns of at most this many bytes in all (a short custom list)
    /// are searched with a DFA; more, with a contiguous NFA, whose memory
    /// is a small multiple of the patterns' bytes. For the built-in
    /// lexicon the DFA took 24 MB and 40 ms to build and saved 1% of the
    /// instructions of an analysis (the automaton only reads addresses,
    /// katakana runs and glued words).
    pub const MAX_DFA_PATTERN_BYTES: usize = 4 << 10;
    /// A word of letters at least this long may be terms glued together
    /// (`cheapnfljerseysonline`)...
    pub const MIN_GLUED_WORD: usize = 12;
    /// A hashtag's or a handle's word (`#slotgacor`) may be shorter, and
    /// one term may make it...
    pub const MIN_GLUED_TAG: usize = 6;
    /// ...and counts as them when it holds at least this many terms...
    pub const MIN_GLUED_TERMS: usize = 2;
    /// ...that make up at least this share of its letters.
    pub const MIN_GLUED_COVERAGE: f32 = 0.5;
}

/// Per-token evidence.
pub(crate) mod evidence {
    /// Every token starts slightly on the prose side.
    pub const BASE: f32 = -0.3;
    /// A Han or kana token is a character, not a word: less evidence each.
    pub const BASE_CJK: f32 = -0.1;
    /// Hiragana marks Japanese grammar, but every kana is its own token.
    pub const HIRAGANA: f32 = -0.35;
    /// A brand name.
    pub const BRAND: f32 = 1.3;
    /// A product noun.
    pub const PRODUCT: f32 = 0.5;
    /// A shop word (`outlet`, `pas cher`).
    pub const COMMERCE: f32 = 1.5;
    /// A vice term: pharmacy, gambling, loans, counterfeits, scam services.
    pub const VICE: f32 = 2.2;
    /// Extra for a brand or product next to a shop word.
    pub const COMBO: f32 = 0.8;
    /// How near (in tokens, either side) a shop word makes a combination.
    pub const COMBO_REACH: u32 = 3;
    /// A function word: grammar.
    pub const FUNCTION_WORD: f32 = -1.6;
    /// Sentence-final punctuation after the token.
    pub const SENTENCE_END: f32 = -2.0;
    /// A comma, semicolon or colon after the token.
    pub const PAUSE: f32 = -0.5;
    /// A number.
    pub const NUMBER: f32 = -0.3;
    /// Prices mark shopping articles and listings, which stuffing is not.
    pub const PRICE: f32 = -1.5;
    /// A token inside a word pair that occurred again within the window.
    pub const REPEATED_PAIR: f32 = 1.4;
    /// The same for a Han or kana character: a character is less than a word.
    pub const REPEATED_PAIR_CJK: f32 = 0.4;
    /// A word that occurred again within a few tokens.
    pub const REPEATED_WORD: f32 = 0.7;
    /// A token of a phrase repeated back to back, three times or more.
    pub const PERIODIC: f32 = 1.8;
    /// How far back (in tokens) a repeated pair counts as stuffing-like.
    pub const PAIR_WINDOW: usize = 32;
    /// Occurrences of a pair, each within the window of the last, that
    /// make a repetition.
    pub const MIN_PAIR_OCCURRENCES: u32 = 3;
    /// How far back a repeated single word counts.
    pub const WORD_WINDOW: usize = 4;
    /// The longest phrase, in tokens, whose back-to-back repetition is
    /// sought (at most 15: one bit per period).
    pub const MAX_PERIOD: usize = 8;
    /// Times one word must follow itself to be chanting...
    pub const MIN_WORD_CHANT: usize = 3;
    /// ...and the fewest bytes of a chanted phrase.
    pub const MIN_CHANT_BYTES: usize = 4;
}

/// The token-level segmentation.
pub(crate) mod segmentation {
    /// Cost of switching between prose and spam, in units of token
    /// evidence: a span must gather more than this to exist (half of it at
    /// the text's start and end).
    pub const SWITCH_COST: f32 = 3.0;
    /// The share of a switch paid for starting or ending the text in spam
    /// (in every segmentation, the sentence-level one too).
    pub const END_SHARE: f32 = 0.5;
    /// Texts with less positive evidence than this share of the cost skip
    /// the pass; the margin keeps float rounding from deciding.
    pub const SKIP_MARGIN: f32 = 0.99;
}

/// The span score: a logistic function of a run's shares of tokens.
pub(crate) mod span_score {
    /// Where every run starts.
    pub const BIAS: f64 = -2.0;
    /// Per share of keyword tokens (`k`).
    pub const KEYWORDS: f64 = 2.5;
    /// Per share of strong-keyword tokens (`s`).
    pub const STRONG: f64 = 1.5;
    /// Per share of repeated tokens (`r`).
    pub const REPEATED: f64 = 3.0;
    /// Per share of function words (`f`), against.
    pub const FUNCTION_WORDS: f64 = 6.0;
    /// Per share of sentence ends (`e`), against.
    pub const SENTENCE_ENDS: f64 = 8.0;
    /// Per share of prices (`p`), against.
    pub const PRICES: f64 = 8.0;
    /// Per share of commas (`c`), against.
    pub const PAUSES: f64 = 3.0;
    /// Per log of the run's tokens (`n`): a long run of evidence outweighs
    /// a short one...
    pub const LENGTH: f64 = 0.3;
    /// ...up to this much.
    pub const MAX_LENGTH: f64 = 1.2;
}

/// The evidence gate: what a run needs besides its score.
pub(crate) mod gate {
    /// Keyword hits that back a run, and strong-keyword tokens.
    pub const KEYWORD_HITS: usize = 3;
    /// Strong-keyword tokens that back a run.
    pub const STRONG_TOKENS: usize = 3;
    /// A run with a full stop inside and no repeated word needs this many
    /// times `KEYWORD_HITS`.
    pub const SENTENCE_HITS_FACTOR: usize = 2;
    /// The share of a run its evidence (keywords or repetition, plus half
    /// the strong tokens) must cover.
    pub const MIN_BACKED_SHARE: f64 = 0.4;
    /// Han and kana characters per word, as a fraction: `CJK_WORDS` words
    /// per `CJK_CHARS` characters.
    pub const CJK_WORDS: usize = 2;
    /// See [`CJK_WORDS`].
    pub const CJK_CHARS: usize = 5;
    /// Hiragana share above which a run is Japanese grammar.
    pub const MAX_HIRAGANA_SHARE: f64 = 0.5;
    /// Repetition without keywords: the fewest tokens...
    pub const REPETITION_MIN_TOKENS: usize = 12;
    /// ...the most listed function words...
    pub const REPETITION_MAX_FUNCTION_SHARE: f64 = 0.15;
    /// ...sentence ends...
    pub const REPETITION_MAX_END_SHARE: f64 = 0.05;
    /// ...and commas, as shares of the run...
    pub const REPETITION_MAX_PAUSE_SHARE: f64 = 0.1;
    /// ...the fewest repeated tokens...
    pub const REPETITION_MIN_REPEATED: usize = 8;
    /// ...as a share...
    pub const REPETITION_MIN_SHARE: f64 = 0.5;
    /// ...the most distinct words, as a share...
    pub const REPETITION_MAX_DISTINCT_SHARE: f64 = 0.5;
    /// ...and the fewest words per line (menus and tables repeat their
    /// template from line to line).
    pub const REPETITION_WORDS_PER_LINE: usize = 10;
    /// Chanting without keywords: the fewest tokens of repeated phrases...
    pub const CHANT_MIN_TOKENS: usize = 8;
    /// ...the fewest words per line...
    pub const CHANT_WORDS_PER_LINE: usize = 4;
    /// ...the least share of the run in phrases...
    pub const CHANT_MIN_SHARE: f64 = 0.5;
    /// ...the most commas...
    pub const CHANT_MAX_PAUSE_SHARE: f64 = 0.1;
    /// ...and sentence ends, as shares.
    pub const CHANT_MAX_END_SHARE: f64 = 0.05;
    /// A run that names its terms once each inside a sentence is what the
    /// sentence is about when the rest of the sentence is at least this
    /// many times as long as the run...
    pub const CLAUSE_REST_PER_RUN: usize = 1;
    /// ...the run names at most this many terms (a brand, a product and a
    /// shop word: stuffing strings more together)...
    pub const CLAUSE_MAX_TERMS: usize = 3;
    /// ...or this many in a sentence that reports on them (`police seized
    /// replica watches and fake Gucci bags`).
    pub const CLAUSE_MAX_REPORTED_TERMS: usize = 6;
    /// ...has this many function words or more...
    pub const CLAUSE_MIN_FUNCTION_WORDS: usize = 1;
    /// ...and at most this share of keywords.
    pub const CLAUSE_MAX_KEYWORD_SHARE: f64 = 0.25;
    /// The sentence is read at most this many tokens either side of the
    /// run (a text without sentence ends or lines is one long sentence).
    pub const CLAUSE_MAX_READ: usize = 64;
}

/// Assembly of the report from the candidates.
pub(crate) mod assembly {
    /// How many of a spam span's most repeated words its signals name.
    pub const TOP_REPEATS: usize = 5;
    /// Markup marks (`<>="/{}`) per token that make a run without keywords
    /// a page's code: one per this many tokens.
    pub const TOKENS_PER_MARKUP_MARK: usize = 2;
    /// Vice terms or brand-and-shop pairs a piece of a clipped passage
    /// needs to stay.
    pub const CLIPPED_PAYLOAD_HITS: usize = 2;
    /// Prose segments score at least this much below the threshold, so that
    /// a report's score and its labels agree.
    pub const PROSE_BELOW_THRESHOLD: f64 = 1e-9;
    /// Bullets of at most this many characters join a span that follows.
    pub const MAX_BULLET_CHARS: usize = 3;
}

/// Spun text: sentences that keep returning to vice terms.
pub(crate) mod spun {
    /// Evidence of one vice term in a sentence.
    pub const VICE_HIT: f32 = 2.5;
    /// Evidence of a brand or product next to a shop word (`cheap nfl jerseys`).
    pub const COMBO_HIT: f32 = 1.5;
    /// Evidence of any other keyword.
    pub const OTHER_HIT: f32 = 0.5;
    /// Cost per word of length: ordinary sentences pay it, so a long
    /// sentence needs several hits.
    pub const WORD_COST: f32 = 0.1;
    /// Han and kana characters per word, roughly.
    pub const CJK_CHARS_PER_WORD: f32 = 2.5;
    /// Cost of switching state between sentences.
    pub const SWITCH_COST: f32 = 4.0;
    /// A passage needs at least this many vice hits (two combinations count
    /// as one)...
    pub const MIN_VICE_HITS: usize = 3;
    /// ...or this many when nothing to buy backs them (no shop word, link
    /// or price in the passage).
    pub(crate) use super::MIN_UNBACKED_VICE_HITS_IN_SENTENCES;
    /// ...and at least one per this many words.
    pub const MAX_WORDS_PER_VICE_HIT: f32 = 30.0;
    /// The score is the logistic of the gain over the switch cost, divided
    /// by this.
    pub const GAIN_SCALE: f32 = 2.0;
}

/// Foreign commercial passages.
pub(crate) mod foreign {
    /// The least function words that make a text's language known.
    pub const MIN_LANGUAGE_VOTES: u32 = 8;
    /// The least words of prose that must surround a foreign passage.
    pub const MIN_SURROUNDING_WORDS: u32 = 40;
    /// The least keyword hits in a foreign passage.
    pub const MIN_HITS: usize = 3;
    /// The least words of a foreign passage: a quoted sentence in another
    /// language is not one...
    pub const MIN_WORDS: u32 = 30;
    /// ...and the least sentences.
    pub const MIN_SENTENCES: usize = 2;
    /// A sentence is in another script when at least `OTHER_SCRIPT_PARTS`
    /// in `OTHER_SCRIPT_WHOLE` of its words (and three at least) are.
    pub const OTHER_SCRIPT_PARTS: u32 = 2;
    /// See [`OTHER_SCRIPT_PARTS`].
    pub const OTHER_SCRIPT_WHOLE: u32 = 3;
    /// The fewest words a sentence needs to be judged by its script.
    pub const MIN_SCRIPT_WORDS: u32 = 3;
    /// A sentence is in another language when some other language has at
    /// least this many function words in it...
    pub const MIN_OTHER_VOTES: u32 = 2;
    /// ...and at least `OTHER_VOTES_PER_NATIVE` times the main language's
    /// plus `OTHER_VOTES_LEAD`.
    pub const OTHER_VOTES_PER_NATIVE: u32 = 2;
    /// See [`OTHER_VOTES_PER_NATIVE`].
    pub const OTHER_VOTES_LEAD: u32 = 2;
    /// The score of a passage with the fewest hits...
    pub const BASE_SCORE: f64 = 0.6;
    /// ...rising towards this much more...
    pub const EXTRA_SCORE: f64 = 0.4;
    /// ...with every this many hits more.
    pub const HITS_PER_STEP: f64 = 3.0;
}

/// Vice terms that make spam without a shop word, a link, a price or a
/// call beside them: news about casinos and drugs names them too.
pub(crate) const MIN_UNBACKED_VICE_HITS: usize = 6;
/// ...and in sentences: a paragraph comparing three drugs or games names
/// each twice (six), where a list of terms is made of nothing else.
pub(crate) const MIN_UNBACKED_VICE_HITS_IN_SENTENCES: usize = 8;

/// Whole units (comments, paragraphs, short texts) weighed by their
/// payload against their length.
pub(crate) mod units {
    pub(crate) use super::{MIN_UNBACKED_VICE_HITS, MIN_UNBACKED_VICE_HITS_IN_SENTENCES};
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
    /// The weight of the words of a unit that talks of the trade (a post
    /// about spam, a report with nothing else to sell by): its wares are
    /// its subject. The keywords of its links still count in full.
    pub const TALKED_OF_KEYWORDS: f32 = 0.0;
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
    /// A contact: a phone number or an e-mail address.
    pub const CONTACT: f32 = 1.2;
    /// Phone numbers, gambling names and praise phrases counted at most
    /// (what more of them says, the first two said).
    pub const MAX_REPEATED_CUE: usize = 2;
    /// A bot's random string.
    pub const NOISE: f32 = 0.6;
    /// Noise strings counted at most.
    pub const MAX_NOISE: usize = 5;
    /// Noise strings that make links a bot's list: one odd word is any
    /// post's path or name.
    pub const MIN_NOISE_WORDS: usize = 2;
    /// A gambling-site name (`PLUTO88`).
    pub const LUCKY_NAME: f32 = 1.5;
    /// Per three disguised letters (mathematical, fullwidth, circled).
    pub const DISGUISED: f32 = 1.5;
    /// A word that mixes Latin letters with Greek or Cyrillic look-alikes
    /// counts as this many disguised letters.
    pub const DISGUISED_PER_WORD: usize = 3;
    /// Disguised letters that make a payload (with mixed-script words
    /// counted as above), and the letters one `DISGUISED` weighs for.
    pub const MIN_DISGUISED: usize = 3;
    /// Disguised-letter evidence at most.
    pub const MAX_DISGUISED: f32 = 4.5;
    /// The words of an advertised support line, beside a phone number.
    pub const SUPPORT: f32 = 0.7;
    /// Support-line words counted at most.
    pub const MAX_SUPPORT: usize = 2;
    /// Support-line words that make a phone number a payload without a
    /// keyword.
    pub const SUPPORT_WORDS: usize = 2;
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
    /// A word of a text that reports rather than sells: news of enforcement
    /// against a trade (`seized`, `fined`), a patient's own experience of a
    /// drug (`my doctor`, `I took`).
    pub const REPORTING: f32 = -1.5;
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
    /// Digits in a run of numbers that make a phone number...
    pub const PHONE_DIGITS: usize = 10;
    /// ...up to this many (more is a table, an id, an order number).
    pub const MAX_PHONE_DIGITS: usize = 15;
    /// The most marks (`-`, ` `, `(`) between two numbers of one phone
    /// number.
    pub const MAX_PHONE_GAP: usize = 2;
    /// The evidence of a comment whose author name is made of keywords.
    pub const KEYWORD_NAME: f32 = 1.0;
    /// A comment whose body another model took goes with its header, at
    /// this margin.
    pub const TAKEN_BODY: f32 = 1.0;
    /// Brand-and-shop pairs that make a payload without a link.
    pub const MIN_COMBOS: usize = 3;
    /// Spun copy, long form: a text of at least this many words...
    pub const MIN_SPUN_WORDS: f32 = 150.0;
    /// ...with a selling phrase in each of this many equal parts...
    pub const SPUN_PARTS: usize = 4;
    /// ...the most frequent coming back this many times...
    pub const MIN_SPUN_REPEATS: usize = 4;
    /// ...and one selling phrase per this many words at least...
    pub const WORDS_PER_SPUN_PHRASE: f32 = 60.0;
    /// ...with this many shop words (a review of a brand's bags names
    /// them as often, but shops once)...
    pub const MIN_SPUN_SHOP_WORDS: usize = 4;
    /// Spun copy names goods without figures: at most one number (a
    /// price, a size, a year) per this many words.
    pub const WORDS_PER_SPUN_FIGURE: f32 = 100.0;
    /// The margin of spun copy, whatever its length.
    pub const SPUN_COPY_MARGIN: f32 = 1.0;
    /// The function-word share of grammatical text...
    pub const PROSE_FUNCTION_SHARE: f32 = 0.2;
    /// ...or the most of its words keywords take in running text.
    pub const PROSE_KEYWORD_SHARE: f32 = 0.25;
    /// A text whose keyword tokens make at least this share of its words
    /// is made of keywords (`Prada wallet`), when it has this many
    /// keywords (an author line too: `cheap ugg boots says:`).
    pub const KEYWORD_TEXT_SHARE: f32 = 0.5;
    /// See [`KEYWORD_TEXT_SHARE`].
    pub const MIN_KEYWORD_TEXT_TERMS: usize = 2;
    /// The most words a text writes apart where a host glues them into a
    /// site's name (`Enrique Dans`, `enriquedans.com`).
    pub const MAX_NAME_WORDS: usize = 3;
    /// Hyphens in a host that make it odd (`buy-cheap-bags.example`).
    pub const MIN_HOST_HYPHENS: usize = 2;
    /// A made-up label has at least this many capitals and small letters
    /// each (and a digit).
    pub const RANDOM_LABEL_MIN_CASE: usize = 2;
    /// A CamelCase name may end in an acronym of at most this many
    /// capitals (`ChatGPT`, `PostgreSQL`, `NordVPN`, `macOS`).
    pub const CAMEL_ACRONYM: usize = 3;
    /// Content words shorter than this (`a`, `to`, `is`) are not compared.
    pub const MIN_CONTENT_WORD: usize = 3;
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
    /// A paragraph of this many tokens or fewer greets (`hello sir,`):
    /// beside praise, it is part of a comment template.
    pub const MAX_GREETING_TOKENS: usize = 3;
    /// Texts up to this many words are also weighed as one unit.
    pub const SHORT_TEXT_WORDS: f32 = 400.0;
    /// The longest author line, in bytes.
    pub const MAX_AUTHOR_LINE: usize = 100;
    /// A site is named by its link (`Kayak - https://www.kayak.com`,
    /// `Hotel Santa Maria in Trastevere (from €95/night, https://…)`) when
    /// its name stands within this many tokens before the link on its
    /// line: a name of up to three words, and a place, a price or a dash
    /// between.
    pub const MAX_LISTED_NAME_WORDS: usize = 8;
    /// A list of sites (a post's resources, a blogroll under headings):
    /// at least this many front pages of different sites, each ending its
    /// line under a few words...
    pub const MIN_LISTED_SITES: usize = 3;
    /// ...whose words name goods on fewer than this share of its lines
    /// (`Cheap flights: https://www.skyscanner.net` among five sites
    /// describes one; a keyword on every line is an advert's list).
    pub const MAX_NAMED_LIST_LINES: f32 = 0.5;
    /// The most tokens an author line's ending word takes (`より`, two
    /// kana; `написал(а)`, a word and a letter).
    pub const MAX_AUTHOR_END_TOKENS: usize = 3;
    /// The longest date line, in bytes.
    pub const MAX_DATE_LINE: usize = 48;
    /// The most words before the link of a signature line (and the most
    /// tokens of a keyword signature after a message's last sentence).
    pub const MAX_TAIL_WORDS: usize = 8;
    /// The least share of a keyword signature's tokens that are keywords:
    /// a name, not a clause (`payday loans`, not `Xanax worked for me`).
    pub const SIGNATURE_KEYWORD_SHARE: f32 = 0.5;
    /// Comment headers needed before a text is read as a comment section
    /// (one is enough when it is an author line over a date line).
    pub const MIN_HEADERS: usize = 2;
    /// The shortest and longest top-level domain of a link.
    pub const MIN_TLD_LEN: usize = 2;
    /// See [`MIN_TLD_LEN`].
    pub const MAX_TLD_LEN: usize = 12;
    /// The shortest host label read as made up (long, mixing capitals,
    /// small letters and digits).
    pub const RANDOM_LABEL: usize = 16;
    /// The most bytes read on each side of a link's first token for the
    /// chunk of text around it: in Chinese or Japanese, where no space
    /// ends the chunk, a scan to the line's end for every link would read
    /// a long page once per link.
    pub const MAX_LINK_CHUNK: usize = 512;
}

#[cfg(test)]
mod doc_sync {
    //! The crate docs and docs/how-it-works.md quote this table; these tests hold
    //! every quoted number to it. A failure prints the sentence to write.

    use super::*;

    /// `x` as the docs write it: a sign (a true minus), at least one decimal.
    fn signed(x: f64) -> String {
        let sign = if x < 0.0 { '−' } else { '+' };
        format!("{sign}{}", plain(x.abs()))
    }

    /// `x` without a sign for positives, at least one decimal.
    fn plain(x: f64) -> String {
        let s = if x.fract() == 0.0 {
            format!("{x:.1}")
        } else {
            format!("{x}")
        };
        s.replace('-', "−")
    }

    /// `x` as a coefficient of a formula: no trailing `.0`.
    fn coefficient(x: f64) -> String {
        format!("{x}").replace('-', "−")
    }

    /// An `f32` as its shortest decimal, widened without the float noise.
    fn widen(x: f32) -> f64 {
        x.to_string().parse().expect("a float's own decimal parses")
    }

    /// Rows of the token-evidence table.
    fn evidence_rows() -> Vec<String> {
        use evidence::*;
        let f = |x: f32| signed(widen(x));
        let rows = [
            ("every token, to start".to_string(), f(BASE)),
            ("a Han or kana character, to start".into(), f(BASE_CJK)),
            ("a brand name".into(), f(BRAND)),
            ("a product noun".into(), f(PRODUCT)),
            ("a shop word".into(), f(COMMERCE)),
            ("a vice term".into(), f(VICE)),
            (
                format!("a brand or product within {COMBO_REACH} tokens of a shop word"),
                format!("{} more", f(COMBO)),
            ),
            (
                format!(
                    "a word pair seen {MIN_PAIR_OCCURRENCES} times, each within {PAIR_WINDOW} tokens of the last"
                ),
                f(REPEATED_PAIR),
            ),
            ("the same pair of Han or kana".into(), f(REPEATED_PAIR_CJK)),
            (
                format!("a phrase of up to {MAX_PERIOD} words said three times back to back"),
                f(PERIODIC),
            ),
            (
                format!("a word repeated within {WORD_WINDOW} tokens"),
                f(REPEATED_WORD),
            ),
            ("a function word".into(), f(FUNCTION_WORD)),
            ("a hiragana character".into(), f(HIRAGANA)),
            ("a full stop after it".into(), f(SENTENCE_END)),
            ("a comma, semicolon or colon after it".into(), f(PAUSE)),
            ("a number".into(), f(NUMBER)),
            ("a price".into(), f(PRICE)),
        ];
        rows.into_iter()
            .map(|(what, weight)| format!("| {what} | {weight} |"))
            .collect()
    }

    /// Every other sentence the docs quote.
    fn sentences() -> Vec<String> {
        let switch = widen(segmentation::SWITCH_COST);
        let score = {
            use span_score::*;
            format!(
                "σ({} + {}·k + {}·s + {}·r − {}·f − {}·e − {}·p − {}·c + min({}·ln n, {}))",
                coefficient(BIAS),
                coefficient(KEYWORDS),
                coefficient(STRONG),
                coefficient(REPEATED),
                coefficient(FUNCTION_WORDS),
                coefficient(SENTENCE_ENDS),
                coefficient(PRICES),
                coefficient(PAUSES),
                coefficient(LENGTH),
                coefficient(MAX_LENGTH),
            )
        };
        let units = {
            use units::*;
            let f = |x: f32| plain(widen(x));
            format!(
                "a cost of {} ({} for a paragraph of a longer text, where links are citations) plus {} per word for the first {} words and {} after",
                f(MESSAGE_BIAS),
                f(PARAGRAPH_BIAS),
                f(PER_WORD),
                SHORT_WORDS,
                f(PER_LONG_WORD),
            )
        };
        vec![
            format!(
                "paying {} for each change of state ({} at either end of the text)",
                plain(switch),
                plain(switch / 2.0)
            ),
            score,
            format!(
                "{} keyword hits with {} strong tokens",
                gate::KEYWORD_HITS,
                gate::STRONG_TOKENS
            ),
            format!(
                "at least {} sentences and {} words in another language",
                foreign::MIN_SENTENCES,
                foreign::MIN_WORDS
            ),
            format!("with {} keyword hits or more", foreign::MIN_HITS),
            format!("a short text (up to {} words)", units::SHORT_TEXT_WORDS),
            units,
        ]
    }

    /// `doc` with comment markers dropped and whitespace collapsed.
    fn flat(doc: &str) -> String {
        doc.lines()
            .map(|l| l.trim().trim_start_matches("//!").trim())
            .collect::<Vec<_>>()
            .join(" ")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn assert_quotes(name: &str, doc: &str) {
        let doc = flat(doc);
        let missing: Vec<String> = evidence_rows()
            .into_iter()
            .chain(sentences())
            .filter(|s| !doc.contains(s.as_str()))
            .collect();
        assert!(
            missing.is_empty(),
            "{name} does not quote the model table; write:\n{}",
            missing.join("\n")
        );
    }

    #[test]
    fn crate_docs_quote_the_table() {
        assert_quotes("src/lib.rs", include_str!("lib.rs"));
    }

    #[test]
    fn how_it_works_quotes_the_table() {
        assert_quotes(
            "docs/how-it-works.md",
            include_str!("../docs/how-it-works.md"),
        );
    }

    #[test]
    fn numbers_are_written_as_the_docs_write_them() {
        assert_eq!(signed(-0.3), "−0.3");
        assert_eq!(signed(2.0), "+2.0");
        assert_eq!(plain(0.05), "0.05");
        assert_eq!(coefficient(-2.0), "−2");
        assert_eq!(coefficient(2.5), "2.5");
    }
}
