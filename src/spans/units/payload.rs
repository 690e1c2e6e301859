//! What a unit holds, counted, and how it weighs: whether it carries a
//! payload, and by how much its evidence beats its cost.

use super::reading::Cues;
use crate::model::units as model;

/// What one unit holds, counted.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(super) struct Payload {
    pub(super) words: f32,
    pub(super) vice: usize,
    pub(super) combo: usize,
    pub(super) other_keywords: usize,
    /// Shop words (`buy`, `cheap`, `online`) among all the keywords,
    /// beside a brand or not.
    pub(super) shop_words: usize,
    pub(super) keywords_in_links: usize,
    /// Other terms in the paths of links (`/payday-loans.aspx`): what a
    /// page is about, which sells only where its link does.
    pub(super) keywords_in_paths: usize,
    /// Tokens inside keywords.
    pub(super) keyword_tokens: usize,
    /// Function words.
    pub(super) function_words: usize,
    /// How often the most frequent keyword occurs.
    pub(super) top_keyword: usize,
    /// Phrases that sell (a brand beside a shop word, a phrase with a
    /// product or shop word inside)...
    pub(super) selling_phrases: usize,
    /// ...how often the most frequent of them occurs...
    pub(super) top_selling: usize,
    /// ...and whether every part of the unit has one.
    pub(super) steady: bool,
    /// Tokens of links.
    pub(super) link_tokens: usize,
    /// Tokens a full stop follows.
    pub(super) sentence_ends: usize,
    /// Amounts of money (`$39`, `99 €`).
    pub(super) prices: usize,
    /// Numbers outside links (prices, sizes, years, percentages).
    pub(super) figures: usize,
    /// Runs of numbers long enough to be a phone number.
    pub(super) phone_like: usize,
    /// Gambling-site names (`PLUTO88`) among the tokens.
    pub(super) lucky_tokens: usize,
    pub(super) disguised: usize,
    /// A keyword stands in the unit's last few words after its last
    /// sentence (a signature: `…great post! casino online`).
    pub(super) signed: bool,
    pub(super) cues: Cues,
}

impl Payload {
    /// Whether anything in the unit is a payload a spammer would post: the
    /// rest (praise, noise, calls) only adds to one.
    pub(super) fn has_payload(&self, unit: Unit) -> bool {
        let c = &self.cues;
        // Shop words and brands alone are what deals articles are made of:
        // they count as a payload only beside a link; brand-and-shop pairs
        // said again and again are spun copy.
        // Vice terms alone are what a story about casinos or drugs is made
        // of: they sell only beside something to buy or somewhere to buy
        // it (a shop word, a price, a link, a number, a call, a support
        // line's words), in a comment template (stock praise, the terms
        // where a signature would be), or many.
        // A phone number sells a line beside a support line's words; beside
        // a brand or shop word it is a seller's contact, an order or a
        // parcel.
        // A price in sentences is what a review or a story says a thing
        // costs; in a list of terms, an offer.
        // A private e-mail address (free mail: an organisation's is not
        // counted) is a place to write to, not to buy: a reader's beside
        // the casino their brother works at. It backs vice terms beside a
        // call to write or phone (`contact him on WhatsApp or by mail:
        // …@gmail.com`); a call to write backs nothing without one.
        let priced = self.prices > 0 && !self.reads_as_prose();
        let written_to = c.emails > 0 && c.calls + c.write_calls > 0;
        let backed = self.shop_words > 0
            || priced
            || written_to
            || c.uncited_links() + c.phones + c.calls + c.pitch > 0
            || self.signed_under_praise()
            || c.support >= model::SUPPORT_WORDS;
        let unbacked_needed = if self.sentence_ends > 0 && self.reads_as_prose() {
            model::MIN_UNBACKED_VICE_HITS_IN_SENTENCES
        } else {
            model::MIN_UNBACKED_VICE_HITS
        };
        let vice = self.vice > 0 && (backed || self.vice >= unbacked_needed);
        let commercial = vice
            || self.keywords_in_addresses() + c.lucky_names > 0
            || self.disguised + model::DISGUISED_PER_WORD * c.mixed_scripts >= model::MIN_DISGUISED
            || (c.phones > 0 && c.support >= model::SUPPORT_WORDS)
            || self.spun();
        // A notice that a site has moved (`our new address is …`, `博客搬家了，
        // 新地址：…`) gives the writer's own new pages: its links sell
        // nothing (its keywords still may), unless stock praise opens it
        // (`Great post! my blog has moved to …`: a comment template's).
        let links = c.links + c.anchors > 0 && (c.moved == 0 || c.praise > 0);
        // Links and anchors cite as often as they sell (a roundup, a
        // blogroll, a credit, a reply pointing to the documentation): they
        // are a payload only beside words that sell (praise, a pitch, a
        // call, a price, bot noise, a keyword) or in an odd shape.
        // Stock praise sells a site's front page; praise over a deep link
        // is a reader thanking and pointing to a page.
        // Praise over a site the words name (`great read from the
        // Cloudflare blog`) recommends it.
        let praised_site = c.praise > 0 && c.front_page_links > c.named_front_pages;
        // A pointer to more on the topic is what a citation says of a page
        // (`for more information see the docs: …/asyncio.html`) and a
        // company of its own site, named in its words (`About Acme
        // Robotics: … visit www.acmerobotics.com`), and an advert of a
        // site it does not name (`for more details: https://pharma.example`).
        let selling = c.push_links()
            || (c.pointers > 0 && c.front_page_links > c.named_front_pages)
            || praised_site;
        // Names and prices beside a link that cites are what a roundup, a
        // review or a credit says of the page it cites.
        let uncited = c.uncited_links() > 0;
        let named = self.prices + self.other_keywords + self.combo > 0;
        let pushed_links = links && (selling || (uncited && named));
        match unit {
            Unit::Message => commercial || pushed_links,
            // A bot's link list (random strings between links), or links
            // that do not cite beside shop words (a roundup's titles name
            // goods too).
            Unit::Paragraph => {
                commercial
                    || (links
                        && (c.noise_words >= model::MIN_NOISE_WORDS
                            || (uncited && self.combo + self.other_keywords > 0)))
            }
        }
    }

    /// Whether the keywords are all there is: no link, anchor, phone
    /// number, gambling name or disguised letter beside them.
    /// Whether the text's cues could change the verdict: the unit is a
    /// short message (reading it costs little, and a bare domain hides in
    /// few tokens),
    /// there is a link
    /// (its shape, the praise and calls around it count), a disguise or a
    /// gambling name, a long number beside a keyword, or a payload the
    /// calls and pitch could push over its cost.
    pub(super) fn may_have_cues(&self, unit: Unit) -> bool {
        (unit == Unit::Message && self.words <= model::SHORT_WORDS)
            || self.link_tokens + self.disguised + self.lucky_tokens + self.phone_like > 0
            || (self.other_keywords > 0 && self.phone_like > 0)
            || self.vice + self.keywords_in_links + self.keywords_in_paths > 0
            || self.spun()
    }

    /// The keywords in the addresses of links: those in a host, and those
    /// in a path where the link sells (it is no citation, or praise, a
    /// pitch or a call stands around it).
    pub(super) fn keywords_in_addresses(&self) -> usize {
        let c = &self.cues;
        let selling_link = c.links > c.citing_links || c.calls + c.praise + c.pitch > 0;
        self.keywords_in_links + usize::from(selling_link) * self.keywords_in_paths
    }

    /// Spun copy: brand-and-shop pairs again and again, one keyword coming
    /// back (a deals article names many brands once or twice each), or a
    /// long text returning to a selling phrase in every part of it.
    pub(super) fn spun(&self) -> bool {
        let pairs = self.combo >= model::MIN_COMBOS && self.top_keyword >= model::MIN_COMBOS;
        pairs || self.spun_steadily()
    }

    /// Long copy that comes back to a selling phrase all the way through
    /// at a steady rate (a name alone, as news repeats it, is none), and
    /// to shop words (a review names the goods as often, but shops once),
    /// without figures (a deals article quotes prices, sizes and dates).
    pub(super) fn spun_steadily(&self) -> bool {
        self.words >= model::MIN_SPUN_WORDS
            && self.steady
            && self.top_selling >= model::MIN_SPUN_REPEATS
            && self.shop_words >= model::MIN_SPUN_SHOP_WORDS
            && self.figures as f32 * model::WORDS_PER_SPUN_FIGURE <= self.words
            && self.selling_phrases as f32 * model::WORDS_PER_SPUN_PHRASE >= self.words
    }

    /// Stock praise with keywords where a signature would be: a comment
    /// template, whose keywords no sentence is about.
    fn signed_under_praise(&self) -> bool {
        self.signed && self.cues.praise > 0
    }

    /// Whether the unit reads as sentences: grammar, or words other than
    /// keywords.
    pub(super) fn reads_as_prose(&self) -> bool {
        self.function_words as f32 >= model::PROSE_FUNCTION_SHARE * self.words
            || (self.keyword_tokens as f32) < model::PROSE_KEYWORD_SHARE * self.words
    }

    /// Only keywords, in text that reads as sentences, count for less.
    fn keywords_only(&self) -> bool {
        let c = &self.cues;
        let sentences = self.reads_as_prose();
        // Calls to action (`dial`, `24/7`, `toll-free`) make keywords an
        // advert: news names a drug, it does not tell you to call.
        !self.signed_under_praise()
            && c.links + c.anchors + c.phones + c.emails + c.lucky_names + c.mixed_scripts == 0
            && self.disguised < model::MIN_DISGUISED
            && c.calls + usize::from(c.phone_calls > 0) * c.support < model::ADVERT_CALLS
            && sentences
    }

    /// The weight of the keywords of a unit that talks of the trade rather
    /// than selling it: a post about spam or scams names their wares, and a
    /// report (news of a seizure, a patient's or a buyer's own account)
    /// counts them as prose does, or for nothing when nothing else backs
    /// them; a report that calls on the reader to act is an advert (one
    /// that points to more on its story is not). `None` for a unit that
    /// does neither.
    fn talked_of_weight(&self) -> Option<f32> {
        let c = &self.cues;
        if c.about_spam > 0 || (c.reporting > 0 && self.keywords_only()) {
            Some(model::TALKED_OF_KEYWORDS)
        } else if c.reporting > 0 && c.calls == c.pointers {
            Some(model::KEYWORDS_ONLY)
        } else {
            None
        }
    }

    pub(super) fn margin(&self, unit: Unit) -> f32 {
        let bias = match unit {
            Unit::Message => model::MESSAGE_BIAS,
            Unit::Paragraph => model::PARAGRAPH_BIAS,
        };
        // The first words cost the most: a long message says more of
        // everything, its payload included.
        let short = self.words.min(model::SHORT_WORDS);
        let long = (self.words - model::SHORT_WORDS).max(0.0);
        let weighed =
            self.evidence(unit) - bias - model::PER_WORD * short - model::PER_LONG_WORD * long;
        // Spun copy is spam at any length: its rate of selling phrases is
        // the evidence, where the per-word cost would outgrow any count.
        if self.spun_steadily() {
            weighed.max(model::SPUN_COPY_MARGIN)
        } else {
            weighed
        }
    }

    fn evidence(&self, unit: Unit) -> f32 {
        use model::*;
        let c = &self.cues;
        let cap =
            |n: usize, floor: usize| n.min(floor.max((self.words / WORDS_PER_CUE) as usize)) as f32;
        let most = MAX_KEYWORDS.max(self.words / WORDS_PER_KEYWORD_CAP);
        let in_text = VICE * self.vice as f32
            + COMBO * self.combo as f32
            + OTHER_KEYWORD * self.other_keywords as f32;
        let in_links = KEYWORD_IN_LINK * self.keywords_in_addresses() as f32;
        let keywords = match self.talked_of_weight() {
            // Only a link's address still sells what the words talk of.
            Some(weight) => (weight * in_text).min(most) + in_links.min(most),
            None if self.keywords_only() && !self.spun() => {
                (in_text + in_links).min(most) * KEYWORDS_ONLY
            }
            None => (in_text + in_links).min(most),
        };
        let links = cap(c.links, MAX_LINKS) * LINK
            + cap(c.front_page_links, MAX_LINKS) * FRONT_PAGE
            + cap(c.odd_links, MAX_LINKS) * ODD_LINK
            + cap(c.anchors, MAX_LINKS) * ANCHOR;
        let disguised = (DISGUISED
            * (self.disguised + DISGUISED_PER_WORD * c.mixed_scripts) as f32
            / MIN_DISGUISED as f32)
            .min(MAX_DISGUISED);
        let extras = CONTACT * (c.phones + c.emails).min(MAX_REPEATED_CUE) as f32
            + NOISE * cap(c.noise_words, MAX_NOISE)
            + LUCKY_NAME * c.lucky_names.min(MAX_REPEATED_CUE) as f32
            + CALL * cap(c.calls, MAX_CALLS)
            + if c.phones + c.phone_calls > 0 {
                SUPPORT * c.support.min(MAX_SUPPORT) as f32
            } else {
                0.0
            }
            // Praise weighs beside what it promotes: a link, or keywords
            // signed under it.
            + if c.links + c.anchors > 0 || self.signed_under_praise() {
                PRAISE * c.praise.min(MAX_REPEATED_CUE) as f32
            } else {
                0.0
            }
            + if unit == Unit::Message {
                PITCH * cap(c.pitch, MAX_PITCH)
            } else {
                0.0
            };
        keywords
            + links
            + disguised
            + extras
            + ABOUT_SPAM * c.about_spam.min(MAX_REPEATED_CUE) as f32
            + REPORTING * c.reporting.min(MAX_REPEATED_CUE) as f32
    }
}

/// Which kind of unit a candidate is: the payload it needs differs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Unit {
    /// A comment of a comment section, or a whole short text: a link or
    /// an anchor there is what the writer came to post.
    Message,
    /// A paragraph of a longer text: links there are mostly citations, so
    /// it needs a commercial payload.
    Paragraph,
}

#[cfg(test)]
mod tests {
    //! The payload gates and the margin, on counted units: each row is a
    //! shape in one sentence, what the unit holds, and whether it is a
    //! payload.

    use super::*;

    /// A unit of `words` words of running text (a fifth of them function
    /// words, a sentence end per ten), with what `add` puts in it.
    fn unit(words: usize, add: impl Fn(&mut Payload)) -> Payload {
        let mut p = Payload {
            words: words as f32,
            function_words: words / 5 + 1,
            sentence_ends: words / 10,
            ..Payload::default()
        };
        add(&mut p);
        p
    }

    #[test]
    fn what_makes_a_payload() {
        use Unit::{Message, Paragraph};
        let cases: Vec<(&str, Payload, Unit, bool)> = vec![
            // A link that cites backs no vice term, and a term in its path
            // names the page; praise around it, or a front page, sells.
            (
                "a vice term beside a link that cites",
                unit(20, |p| {
                    p.vice = 1;
                    p.cues.links = 1;
                    p.cues.citing_links = 1;
                }),
                Message,
                false,
            ),
            (
                "a vice term beside a site's front page",
                unit(20, |p| {
                    p.vice = 1;
                    p.cues.links = 1;
                    p.cues.front_page_links = 1;
                }),
                Message,
                true,
            ),
            (
                "a term in the path of a link that cites",
                unit(20, |p| {
                    p.keywords_in_paths = 1;
                    p.cues.links = 1;
                    p.cues.citing_links = 1;
                }),
                Message,
                false,
            ),
            (
                "a term in the path of a link under praise",
                unit(20, |p| {
                    p.keywords_in_paths = 1;
                    p.cues.links = 1;
                    p.cues.citing_links = 1;
                    p.cues.praise = 1;
                }),
                Message,
                true,
            ),
            (
                "a term in the path of a link that does not cite",
                unit(20, |p| {
                    p.keywords_in_paths = 1;
                    p.cues.links = 1;
                    p.cues.odd_links = 1;
                }),
                Message,
                true,
            ),
            // A call to pick up the phone sells the number, not a link.
            (
                "a helpline to call beside a link that cites",
                unit(20, |p| {
                    p.cues.links = 1;
                    p.cues.citing_links = 1;
                    p.cues.calls = 1;
                    p.cues.phone_calls = 1;
                }),
                Message,
                false,
            ),
            (
                "a call to visit beside a link",
                unit(20, |p| {
                    p.cues.links = 1;
                    p.cues.citing_links = 1;
                    p.cues.calls = 1;
                }),
                Message,
                true,
            ),
            // A pointer to more on the topic cites a page and advertises
            // a site.
            (
                "a pointer to more at a page",
                unit(20, |p| {
                    p.cues.links = 1;
                    p.cues.calls = 1;
                    p.cues.pointers = 1;
                }),
                Message,
                false,
            ),
            (
                "a pointer to more at a site's front page",
                unit(20, |p| {
                    p.cues.links = 1;
                    p.cues.front_page_links = 1;
                    p.cues.calls = 1;
                    p.cues.pointers = 1;
                }),
                Message,
                true,
            ),
            // A price backs a vice term in a list of terms, not in a
            // sentence that says what a thing costs.
            (
                "a vice term and a price in a sentence",
                unit(12, |p| (p.vice, p.prices, p.keyword_tokens) = (1, 1, 1)),
                Message,
                false,
            ),
            (
                "a vice term and a price in a list of terms",
                unit(6, |p| {
                    (p.vice, p.prices, p.keyword_tokens) = (1, 1, 3);
                    p.function_words = 0;
                }),
                Message,
                true,
            ),
            // Links and anchors sell only beside words that sell.
            (
                "a bare link in a reply",
                unit(20, |p| p.cues.links = 1),
                Message,
                false,
            ),
            (
                "three cited links",
                unit(30, |p| p.cues.links = 3),
                Message,
                false,
            ),
            (
                "an anchor to what a post discusses",
                unit(40, |p| p.cues.anchors = 1),
                Message,
                false,
            ),
            (
                "stock praise and a link to a site's front page",
                unit(12, |p| {
                    (p.cues.links, p.cues.front_page_links, p.cues.praise) = (1, 1, 1)
                }),
                Message,
                true,
            ),
            (
                "praise and a link to the front page of a site the words name",
                unit(12, |p| {
                    (p.cues.links, p.cues.front_page_links, p.cues.praise) = (1, 1, 1);
                    p.cues.named_front_pages = 1;
                }),
                Message,
                false,
            ),
            (
                "thanks and a link to a documentation page",
                unit(12, |p| (p.cues.links, p.cues.praise) = (1, 1)),
                Message,
                false,
            ),
            (
                "a call to action and a link",
                unit(12, |p| (p.cues.links, p.cues.calls) = (1, 1)),
                Message,
                true,
            ),
            (
                "a link and a price",
                unit(25, |p| (p.cues.links, p.prices) = (2, 1)),
                Message,
                true,
            ),
            (
                "a link beside a keyword",
                unit(15, |p| (p.cues.links, p.other_keywords) = (1, 1)),
                Message,
                true,
            ),
            // Names and prices beside links that cite are a roundup, a
            // review or a credit: they sell only beside a link that does
            // not cite (a front page, an anchor).
            (
                "brands named beside links that cite",
                unit(22, |p| {
                    (p.cues.links, p.cues.citing_links, p.other_keywords) = (2, 2, 2)
                }),
                Message,
                false,
            ),
            (
                "prices beside links that cite",
                unit(24, |p| {
                    (p.cues.links, p.cues.citing_links, p.prices) = (2, 2, 2)
                }),
                Message,
                false,
            ),
            (
                "goods beside a link that cites and one that does not",
                unit(22, |p| {
                    (p.cues.links, p.cues.citing_links, p.combo) = (2, 1, 1)
                }),
                Message,
                true,
            ),
            (
                "goods in an anchor's text",
                unit(10, |p| (p.cues.anchors, p.combo) = (1, 1)),
                Message,
                true,
            ),
            (
                "a shortened or made-up link",
                unit(8, |p| (p.cues.links, p.cues.odd_links) = (1, 1)),
                Message,
                true,
            ),
            (
                "one odd word beside a link",
                unit(20, |p| (p.cues.links, p.cues.noise_words) = (1, 1)),
                Message,
                false,
            ),
            (
                "a bot's strings beside a link",
                unit(20, |p| (p.cues.links, p.cues.noise_words) = (1, 2)),
                Message,
                true,
            ),
            // Vice terms sell only beside something to buy.
            (
                "a story naming a casino and a drug",
                unit(40, |p| p.vice = 3),
                Message,
                false,
            ),
            (
                "vice terms beside a shop word",
                unit(20, |p| (p.vice, p.shop_words, p.other_keywords) = (1, 1, 1)),
                Message,
                true,
            ),
            (
                "vice terms beside a phone number",
                unit(20, |p| (p.vice, p.cues.phones) = (1, 1)),
                Message,
                true,
            ),
            (
                "vice terms signed under stock praise",
                unit(30, |p| {
                    (p.vice, p.cues.praise) = (2, 1);
                    p.signed = true;
                }),
                Message,
                true,
            ),
            (
                "vice terms named in a sentence under stock praise",
                unit(30, |p| (p.vice, p.cues.praise) = (2, 1)),
                Message,
                false,
            ),
            // Many vice terms sell by themselves in a list of terms; in
            // sentences a comparison names a few drugs twice each.
            (
                "vice terms and nothing else, many, in a list",
                unit(30, |p| {
                    p.vice = model::MIN_UNBACKED_VICE_HITS;
                    (p.function_words, p.sentence_ends) = (0, 0);
                }),
                Message,
                true,
            ),
            (
                "vice terms and nothing else, as many, in sentences",
                unit(30, |p| p.vice = model::MIN_UNBACKED_VICE_HITS),
                Message,
                false,
            ),
            (
                "vice terms and nothing else, more, in sentences",
                unit(30, |p| p.vice = model::MIN_UNBACKED_VICE_HITS_IN_SENTENCES),
                Message,
                true,
            ),
            // Other payloads.
            (
                "a keyword inside a link",
                unit(10, |p| p.keywords_in_links = 1),
                Paragraph,
                true,
            ),
            (
                "a gambling site's name",
                unit(10, |p| p.cues.lucky_names = 1),
                Message,
                true,
            ),
            (
                "three disguised letters",
                unit(10, |p| p.disguised = 3),
                Message,
                true,
            ),
            (
                "two disguised letters",
                unit(10, |p| p.disguised = 2),
                Message,
                false,
            ),
            (
                "a phone number beside a brand or shop word (a seller, an order)",
                unit(15, |p| (p.cues.phones, p.other_keywords) = (1, 1)),
                Message,
                false,
            ),
            (
                "a phone number beside a support line's words",
                unit(15, |p| (p.cues.phones, p.cues.support) = (1, 2)),
                Message,
                true,
            ),
            (
                "a phone number beside a vice term",
                unit(15, |p| (p.cues.phones, p.vice) = (1, 1)),
                Message,
                true,
            ),
            (
                "a phone number alone",
                unit(15, |p| p.cues.phones = 1),
                Message,
                false,
            ),
            (
                "an e-mail address and a call to write beside a vice term",
                unit(25, |p| {
                    (p.vice, p.cues.emails, p.cues.write_calls) = (1, 1, 1)
                }),
                Message,
                true,
            ),
            (
                "a call to write beside a vice term, no address",
                unit(20, |p| (p.vice, p.cues.write_calls) = (1, 1)),
                Message,
                false,
            ),
            (
                "an e-mail address beside a vice term, no call (a writer's bio)",
                unit(20, |p| (p.vice, p.cues.emails) = (2, 1)),
                Message,
                false,
            ),
            (
                "an e-mail address and a call, nothing sold",
                unit(15, |p| (p.cues.emails, p.cues.calls) = (1, 1)),
                Message,
                false,
            ),
            (
                "brand-and-shop pairs again and again",
                unit(120, |p| (p.combo, p.top_keyword) = (3, 3)),
                Paragraph,
                true,
            ),
            (
                "a deals article naming brands once each",
                unit(120, |p| (p.combo, p.top_keyword) = (3, 1)),
                Paragraph,
                false,
            ),
            (
                "long copy returning to a selling phrase throughout",
                unit(300, |p| {
                    (p.selling_phrases, p.top_selling, p.steady) = (6, 5, true);
                    p.shop_words = model::MIN_SPUN_SHOP_WORDS;
                }),
                Paragraph,
                true,
            ),
            (
                "a deals article naming a brand's goods throughout, with prices",
                unit(300, |p| {
                    (p.selling_phrases, p.top_selling, p.steady) = (6, 5, true);
                    (p.shop_words, p.figures) = (model::MIN_SPUN_SHOP_WORDS, 8);
                }),
                Paragraph,
                false,
            ),
            (
                "a review naming a brand's goods throughout, shops once",
                unit(300, |p| {
                    (p.selling_phrases, p.top_selling, p.steady) = (6, 5, true);
                    p.shop_words = 1;
                }),
                Paragraph,
                false,
            ),
            (
                "the same phrases bunched in one part",
                unit(300, |p| {
                    (p.selling_phrases, p.top_selling, p.steady) = (6, 5, false);
                }),
                Paragraph,
                false,
            ),
            (
                "a selling phrase now and then in a long text",
                unit(600, |p| {
                    (p.selling_phrases, p.top_selling, p.steady) = (5, 4, true);
                }),
                Paragraph,
                false,
            ),
            // A paragraph of a longer text needs more than a message.
            (
                "a paragraph citing links",
                unit(40, |p| (p.cues.links, p.cues.praise) = (2, 1)),
                Paragraph,
                false,
            ),
            (
                "a paragraph of links beside shop words",
                unit(20, |p| (p.cues.links, p.other_keywords) = (2, 1)),
                Paragraph,
                true,
            ),
            (
                "a roundup paragraph citing pages, a shop word in a title",
                unit(20, |p| {
                    (p.cues.links, p.cues.citing_links, p.other_keywords) = (3, 3, 1)
                }),
                Paragraph,
                false,
            ),
        ];
        for (shape, payload, kind, want) in cases {
            assert_eq!(payload.has_payload(kind), want, "{shape}");
        }
    }

    #[test]
    fn the_margin_weighs_evidence_against_length() {
        let advert = |words| {
            unit(words, |p| {
                (p.cues.links, p.cues.front_page_links, p.cues.praise) = (1, 1, 1)
            })
        };
        // The same payload pays for a short comment, not for a long one.
        assert!(advert(8).margin(Unit::Message) > 0.0);
        assert!(advert(80).margin(Unit::Message) < 0.0);
        // A paragraph of a longer text pays more than a message.
        assert!(advert(8).margin(Unit::Paragraph) < advert(8).margin(Unit::Message));
        // Words about spam count against it.
        let complaint = unit(8, |p| {
            (p.cues.links, p.cues.praise, p.cues.about_spam) = (1, 1, 1)
        });
        assert!(complaint.margin(Unit::Message) < 0.0);
        // Fakes named beside a seizure are news of a raid; beside a link
        // and a call they are still an advert.
        let fakes = |seized| {
            unit(15, move |p| {
                (p.vice, p.combo, p.shop_words, p.cues.reporting) = (1, 2, 1, seized)
            })
        };
        assert!(fakes(0).margin(Unit::Message) > 0.0);
        assert!(fakes(1).margin(Unit::Message) < 0.0);
        let advert = unit(15, |p| {
            (
                p.vice,
                p.combo,
                p.cues.links,
                p.cues.calls,
                p.cues.reporting,
            ) = (1, 2, 1, 1, 2)
        });
        assert!(advert.margin(Unit::Message) > 0.0);
        // Keywords in grammatical text with nothing behind them weigh less.
        let news = unit(30, |p| p.vice = 2);
        let advert = unit(30, |p| (p.vice, p.cues.links) = (2, 1));
        assert!(news.margin(Unit::Message) + model::LINK < advert.margin(Unit::Message));
        // The keywords' part is capped: mentions alone cannot carry a long unit.
        let many = unit(300, |p| p.other_keywords = 200);
        assert!(many.margin(Unit::Paragraph) < 0.0);
        // Spun copy pays at any length; the same phrases bunched in one
        // part of it do not.
        let spun = |words: f32, steady| {
            unit(words as usize, move |p| {
                let phrases = (words / model::WORDS_PER_SPUN_PHRASE).ceil() as usize;
                (p.selling_phrases, p.top_selling, p.combo, p.steady) =
                    (phrases, phrases, phrases, steady);
                p.shop_words = phrases;
            })
        };
        assert!(spun(900.0, true).margin(Unit::Message) > 0.0);
        assert!(spun(900.0, false).margin(Unit::Message) < 0.0);
    }

    /// A unit that talks of the trade names its wares: a post about spam
    /// weighs its words' keywords for nothing, a report for half beside a
    /// link and for nothing without one; the keywords of a link's address
    /// still count in full.
    #[test]
    fn talk_of_the_trade_weighs_the_words_keywords_less() {
        let wares = |about_spam, reporting, links, in_links| {
            unit(15, move |p| {
                (p.combo, p.shop_words) = (3, 1);
                (p.cues.about_spam, p.cues.reporting) = (about_spam, reporting);
                (p.cues.links, p.cues.front_page_links) = (links, links);
                p.keywords_in_links = in_links;
            })
        };
        let cases = [
            ("wares beside a shop's front page", wares(0, 0, 1, 0), true),
            (
                "a post about spam naming wares, with a link",
                wares(1, 0, 1, 0),
                false,
            ),
            (
                "a buyer's account with the shop's link",
                wares(0, 1, 1, 0),
                false,
            ),
            ("a report naming wares, no link", wares(0, 1, 0, 0), false),
        ];
        for (shape, p, advert) in cases {
            let margin = p.margin(Unit::Message);
            assert_eq!(margin > 0.0, advert, "{shape}: {margin}");
        }
        // The keywords of an address count whatever the words talk of.
        let (plain, named) = (wares(1, 0, 1, 0), wares(1, 0, 1, 2));
        let gained = named.margin(Unit::Message) - plain.margin(Unit::Message);
        assert!(
            (gained - 2.0 * model::KEYWORD_IN_LINK).abs() < 1e-4,
            "{gained}"
        );
        // A report beside a link weighs its words' keywords for half.
        let (sold, reported) = (wares(0, 0, 1, 0), wares(0, 1, 1, 0));
        let lost = sold.margin(Unit::Message) - reported.margin(Unit::Message) + model::REPORTING;
        assert!(lost > 0.0, "{lost}");
        // A report that points to more on its story is still a report; one
        // that calls on the reader to visit is an advert.
        let with_call = |pointers| {
            let mut p = wares(0, 1, 1, 0);
            (p.cues.calls, p.cues.pointers) = (1, pointers);
            p.talked_of_weight()
        };
        assert_eq!(with_call(1), Some(model::KEYWORDS_ONLY));
        assert_eq!(with_call(0), None);
    }

    /// Praise with a keyword where a signature would be is a template:
    /// its keywords weigh in full, as an advert's do.
    #[test]
    fn praise_signed_with_a_keyword_is_no_sentence_about_it() {
        let base = Payload {
            words: 8.0,
            vice: 1,
            keyword_tokens: 2,
            function_words: 2,
            sentence_ends: 1,
            ..Payload::default()
        };
        let cases = [
            ("praise and a keyword signature", true, 1, true),
            ("praise, the keyword in a sentence", false, 1, false),
            ("a keyword signature, no praise", true, 0, false),
        ];
        for (shape, signed, praise, advert) in cases {
            let mut p = base;
            p.signed = signed;
            p.cues.praise = praise;
            assert_eq!(!p.keywords_only(), advert, "{shape}");
        }
    }

    /// Praise weighs beside what it promotes: a link, or keywords signed
    /// under it; praise before a keyword in a sentence weighs nothing.
    #[test]
    fn praise_weighs_beside_what_it_promotes() {
        let with = |signed: bool, links: usize, praise: usize| {
            unit(23, |p| {
                p.vice = 1;
                p.keyword_tokens = 3;
                p.signed = signed;
                p.cues.links = links;
                p.cues.praise = praise;
            })
            .margin(Unit::Message)
        };
        let cases = [
            ("praise over a keyword signature", true, 0, true),
            ("praise beside a link", false, 1, true),
            ("praise, the keyword in a sentence", false, 0, false),
        ];
        for (shape, signed, links, weighs) in cases {
            let gained = with(signed, links, 2) - with(signed, links, 0);
            assert_eq!(gained > 0.0, weighs, "{shape}: {gained}");
        }
    }
}
