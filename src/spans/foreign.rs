//! Foreign commercial passages: sentences in another language or script
//! than the text around them that also talk shop — the brand-copy post in
//! Dutch or Russian injected into an English article. Real articles rarely
//! switch language for a whole passage, and when they quote one, it does not
//! read like a shop.

use crate::evidence::{Evidence, mark};
use crate::keywords::matcher::Hit;
use crate::model::foreign::*;
use std::ops::Range;

use crate::spans::Candidate;
use crate::spans::count_where;
use crate::text::tokenize::{Token, flag};

/// Scripts are told apart by the tokenizer (see `flag::SCRIPT_SHIFT`):
/// 0 for numbers, then Latin, Cyrillic, CJK, Hangul, Arabic, other.
const SCRIPTS: usize = 7;

/// Below this many tokens a profile is counted token by token.
const SHORT: usize = 64;

/// What one sentence looks like.
#[derive(Debug, Clone, Copy, Default)]
struct Profile {
    /// Function words per language list.
    languages: [u32; 16],
    scripts: [u32; SCRIPTS],
    words: u32,
}

impl Profile {
    /// The profile of the tokens with these flags and function-word
    /// languages.
    fn of(flags: &[u16], languages: &[u16]) -> Profile {
        // A sentence of a few words: token by token, which costs less than
        // setting up two dozen passes.
        if flags.len() < SHORT {
            let mut p = Profile::default();
            for (&f, &langs) in flags.iter().zip(languages) {
                let mut langs = langs;
                while langs != 0 {
                    p.languages[langs.trailing_zeros() as usize] += 1;
                    langs &= langs - 1;
                }
                p.scripts[usize::from((f & flag::SCRIPT_MASK) >> flag::SCRIPT_SHIFT)] += 1;
            }
            p.words = p.scripts[1..].iter().sum();
            return p;
        }
        // Column by column: one vectorised count per language and per
        // script. A loop over each token's language bits would branch on
        // how many it has, which no predictor can guess.
        let mut p = Profile::default();
        for (l, count) in p.languages.iter_mut().enumerate() {
            *count = count_where(languages, |m| m >> l & 1 != 0) as u32;
        }
        for (s, count) in p.scripts.iter_mut().enumerate() {
            let script = (s as u16) << flag::SCRIPT_SHIFT;
            *count = count_where(flags, |f| f & flag::SCRIPT_MASK == script) as u32;
        }
        p.words = p.scripts[1..].iter().sum();
        p
    }

    fn add(&mut self, other: &Profile) {
        for (a, b) in self.languages.iter_mut().zip(other.languages) {
            *a += b;
        }
        for (a, b) in self.scripts.iter_mut().zip(other.scripts) {
            *a += b;
        }
        self.words += other.words;
    }
}

fn argmax(counts: &[u32]) -> Option<usize> {
    counts
        .iter()
        .enumerate()
        .max_by_key(|&(i, &c)| (c, usize::MAX - i))
        .filter(|&(_, &c)| c > 0)
        .map(|(i, _)| i)
}

/// Whether the text has the keyword hits a passage needs: a few, one of
/// them strong.
pub(crate) fn may_find(ev: &Evidence) -> bool {
    ev.hits().len() >= MIN_HITS
        && ev
            .hits()
            .iter()
            .any(|h| ev.marks()[h.first as usize] & mark::STRONG != 0)
}

/// Finds foreign commercial passages; `sentences` are those of
/// [`sentences_into`](crate::spans::sentences_into).
pub(crate) fn find(tokens: &[Token], sentences: &[Range<usize>], ev: &Evidence) -> Vec<Candidate> {
    let strong = |h: &&Hit| ev.marks()[h.first as usize] & mark::STRONG != 0;
    if !may_find(ev) {
        return Vec::new();
    }
    let profile = |r: Range<usize>| Profile::of(&ev.flags()[r.clone()], &ev.languages()[r]);
    let whole = profile(0..tokens.len());
    // Numbers (script 0) have no say.
    let Some(main_script) = argmax(&whole.scripts[1..]).map(|s| s + 1) else {
        return Vec::new();
    };
    let main_language =
        argmax(&whole.languages).filter(|&l| whole.languages[l] >= MIN_LANGUAGE_VOTES);
    let is_foreign = |p: &Profile| {
        let other_script = p.words - p.scripts[main_script];
        let by_script = p.words >= MIN_SCRIPT_WORDS
            && other_script * OTHER_SCRIPT_WHOLE >= p.words * OTHER_SCRIPT_PARTS;
        let by_language = main_language.is_some_and(|l| {
            // Votes for some other language that the main one does not share.
            let native = p.languages[l];
            let best_other = (0..16)
                .filter(|&m| m != l)
                .map(|m| p.languages[m])
                .max()
                .unwrap_or(0);
            best_other >= MIN_OTHER_VOTES
                && best_other >= OTHER_VOTES_PER_NATIVE * native + OTHER_VOTES_LEAD
        });
        by_script || by_language
    };
    // A passage is a maximal run of foreign sentences with a strong hit in
    // it, so only the runs around the sentences of strong hits are sought:
    // most sentences never need a profile of their own.
    let mut found = Vec::new();
    // Sentences before `examined` are in a run already or not foreign.
    let mut examined = 0;
    for h in ev.hits().iter().filter(strong) {
        let s = sentences.partition_point(|r| r.end <= h.first as usize);
        if s < examined {
            continue;
        }
        let mut inside = profile(sentences[s].clone());
        if !is_foreign(&inside) {
            examined = s + 1;
            continue;
        }
        let mut first = s;
        while first > examined {
            let p = profile(sentences[first - 1].clone());
            if !is_foreign(&p) {
                break;
            }
            inside.add(&p);
            first -= 1;
        }
        let mut e = s + 1;
        while e < sentences.len() {
            let p = profile(sentences[e].clone());
            if !is_foreign(&p) {
                break;
            }
            inside.add(&p);
            e += 1;
        }
        examined = e;
        let run = sentences[first].start..sentences[e - 1].end;
        let surrounding = whole.words - inside.words;
        let hits = ev.hits_in(run.clone());
        let strong = hits.iter().filter(strong).count();
        let substantial = inside.words >= MIN_WORDS && e - first >= MIN_SENTENCES;
        if substantial
            && surrounding >= MIN_SURROUNDING_WORDS
            && surrounding > inside.words
            && hits.len() >= MIN_HITS
            && strong >= 1
        {
            let extra = (hits.len() - MIN_HITS) as f64;
            found.push(Candidate {
                tokens: run,
                score: BASE_SCORE + EXTRA_SCORE * (1.0 - (-extra / HITS_PER_STEP).exp()),
            });
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn passages(text: &str) -> Vec<String> {
        crate::spans::candidate_texts(text, find)
    }

    const ARTICLE: &str = "The city council voted on Tuesday to extend the night bus service to the \
        northern suburbs. Supporters said the change would help shift workers at the hospital and \
        the distribution centres near the ring road. The first routes will run from March, and the \
        council will review the numbers after six months.";

    #[test]
    fn finds_a_shop_passage_in_another_language() {
        let dutch = "Deze online winkels hebben merken zoals Nike en Adidas, en het beste is dat je \
                     bij het kopen van deze merken korting krijgt. Dat komt omdat deze winkels \
                     bijna altijd aanbiedingen hebben voor wie goedkoop wil kopen.";
        let text = format!("{ARTICLE}\n\n{dutch}");
        assert_eq!(passages(&text), [dutch.trim_end_matches('.')]);
    }

    #[test]
    fn a_quote_in_another_language_without_shop_words_stays() {
        let quote = "«Nous sommes très fiers de ce projet», a déclaré le maire de la ville.";
        assert!(passages(&format!("{ARTICLE}\n\n{quote}")).is_empty());
    }

    #[test]
    fn one_quoted_sentence_with_shop_words_stays() {
        let quote =
            "\"Nike is offering a discount on new shoes at its outlet stores,\" the company said.";
        let german = "Der Stadtrat hat am Dienstag beschlossen, die Sanierung der alten Brücke \
            vorzuziehen. Nach Angaben der Verwaltung sind die Schäden am Tragwerk größer als bei \
            der letzten Prüfung angenommen. Die Arbeiten sollen im Frühjahr beginnen und werden \
            den Verkehr in der Innenstadt für mehrere Monate einschränken.";
        assert!(passages(&format!("{german}\n\n{quote}\n\n{german}")).is_empty());
    }

    #[test]
    fn a_text_all_in_one_language_has_no_foreign_passage() {
        let shop = "Nike and Adidas shoes are on sale at the outlet this week.";
        assert!(passages(&format!("{ARTICLE} {shop}")).is_empty());
    }
}
