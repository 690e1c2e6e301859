//! The commercial-keyword lexicon: brand names, product nouns, shop words and
//! "vice" terms (pharmacy, gambling, loans), as data.
//!
//! The built-in lists live in `src/lexicon/*.txt`, one term a line under a
//! `[category]` header, and are embedded with `include_str!`.

use std::fmt;
use std::path::Path;
use std::sync::Arc;

use crate::error::Error;

/// What kind of commercial term a keyword is. Each kind carries its own
/// weight as spam evidence.
///
/// # Examples
///
/// ```
/// use spamsplit::Category;
///
/// assert_eq!("commerce".parse::<Category>(), Ok(Category::Commerce));
/// assert!("shop".parse::<Category>().is_err());
/// assert_eq!(Category::Vice.to_string(), "vice");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum Category {
    /// A brand name stuffing trades on (`moncler`, `ray ban`).
    Brand,
    /// A product noun (`sneakers`, `handbags`): weak evidence on its own.
    Product,
    /// A shop word (`cheap`, `outlet`, `pas cher`, `günstig`, `激安`).
    Commerce,
    /// Pharmacy, gambling, loan and adult terms (`viagra`, `online casino`).
    Vice,
}

impl Category {
    /// Every category, in declaration order (a slice: a category added in
    /// a later release does not change its type).
    ///
    /// # Examples
    ///
    /// ```
    /// use spamsplit::Category;
    /// assert!(Category::ALL.contains(&Category::Vice));
    /// ```
    pub const ALL: &'static [Category] = &[
        Category::Brand,
        Category::Product,
        Category::Commerce,
        Category::Vice,
    ];

    /// The name used in lexicon files: `brand`, `product`, `commerce`, `vice`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(spamsplit::Category::Product.name(), "product");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Category::Brand => "brand",
            Category::Product => "product",
            Category::Commerce => "commerce",
            Category::Vice => "vice",
        }
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl std::str::FromStr for Category {
    type Err = Error;

    /// A category by its [`name`](Category::name).
    ///
    /// # Errors
    ///
    /// [`Error::UnknownCategory`] for any other name.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Category::ALL
            .iter()
            .copied()
            .find(|c| c.name() == s)
            .ok_or_else(|| Error::UnknownCategory(s.to_string()))
    }
}

/// One lexicon entry.
///
/// # Examples
///
/// ```
/// let lex = spamsplit::Lexicon::parse("[vice]\ncasino bonus")?;
/// let kw = lex.iter().next().unwrap();
/// assert_eq!((kw.term(), kw.category()), ("casino bonus", spamsplit::Category::Vice));
/// # Ok::<(), spamsplit::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Keyword {
    /// Shared by the lexicon, the compiled matcher and every report that
    /// names the term.
    term: Arc<str>,
    category: Category,
}

impl Keyword {
    /// The term, lower-cased and trimmed.
    ///
    /// # Examples
    ///
    /// ```
    /// let lex = spamsplit::Lexicon::parse("  Cheap Deals  ")?;
    /// assert_eq!(lex.iter().next().unwrap().term(), "cheap deals");
    /// # Ok::<(), spamsplit::Error>(())
    /// ```
    pub fn term(&self) -> &str {
        &self.term
    }

    /// Its category.
    ///
    /// # Examples
    ///
    /// ```
    /// let lex = spamsplit::Lexicon::parse("[brand]\nacme")?;
    /// assert_eq!(lex.iter().next().unwrap().category(), spamsplit::Category::Brand);
    /// # Ok::<(), spamsplit::Error>(())
    /// ```
    pub fn category(&self) -> Category {
        self.category
    }
}

/// A list of commercial keywords.
///
/// Matching is case-insensitive in every script and on word boundaries
/// (`free` does not match inside `freedom`), except for Han and kana terms,
/// which match anywhere because those scripts do not separate words.
/// A multi-word term matches across any run of spaces or punctuation
/// (`pas cher` matches `pas-cher`).
///
/// # Examples
///
/// ```
/// use spamsplit::{Category, Lexicon};
///
/// let mut lex = Lexicon::new();
/// lex.push("Cheap Widgets", Category::Commerce)?;
/// assert_eq!(lex.len(), 1);
/// assert_eq!(lex.iter().next().unwrap().term(), "cheap widgets");
/// assert!(Lexicon::builtin().len() > 400);
/// # Ok::<(), spamsplit::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Lexicon {
    keywords: Vec<Keyword>,
}

/// The built-in lists: (language or group, file contents).
const BUILTIN: &[(&str, &str)] = &[
    ("brands", include_str!("lexicon/brands.txt")),
    ("de", include_str!("lexicon/de.txt")),
    ("en", include_str!("lexicon/en.txt")),
    ("es", include_str!("lexicon/es.txt")),
    ("fr", include_str!("lexicon/fr.txt")),
    ("gambling", include_str!("lexicon/gambling.txt")),
    ("it", include_str!("lexicon/it.txt")),
    ("ja", include_str!("lexicon/ja.txt")),
    ("ko", include_str!("lexicon/ko.txt")),
    ("nl", include_str!("lexicon/nl.txt")),
    ("other", include_str!("lexicon/other.txt")),
    ("pharma", include_str!("lexicon/pharma.txt")),
    ("pl", include_str!("lexicon/pl.txt")),
    ("pt", include_str!("lexicon/pt.txt")),
    ("ru", include_str!("lexicon/ru.txt")),
    ("scams", include_str!("lexicon/scams.txt")),
    ("services", include_str!("lexicon/services.txt")),
    ("services_intl", include_str!("lexicon/services_intl.txt")),
    ("smokedetector", include_str!("lexicon/smokedetector.txt")),
    ("zh", include_str!("lexicon/zh.txt")),
];

impl Lexicon {
    /// The longest term accepted, in bytes (trimmed).
    ///
    /// # Examples
    ///
    /// ```
    /// use spamsplit::{Category, Lexicon};
    /// let long = "word ".repeat(100);
    /// assert!(Lexicon::new().push(&long, Category::Brand).is_err());
    /// assert!(Lexicon::new().push("cheap flights", Category::Commerce).is_ok());
    /// ```
    pub const MAX_TERM_BYTES: usize = 256;

    /// An empty lexicon.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(spamsplit::Lexicon::new().is_empty());
    /// ```
    pub fn new() -> Lexicon {
        Lexicon::default()
    }

    /// The embedded multilingual lexicon (brands, plus shop, product and vice
    /// words in English, French, German, Spanish, Italian, Portuguese, Dutch,
    /// Polish, Russian, Japanese, Chinese, Korean and a few more).
    ///
    /// # Examples
    ///
    /// ```
    /// let lex = spamsplit::Lexicon::builtin();
    /// assert!(lex.iter().any(|k| k.term() == "pas cher"));
    /// ```
    pub fn builtin() -> Lexicon {
        let mut lex = Lexicon::new();
        for (name, data) in BUILTIN {
            lex.extend_from_str(data)
                .unwrap_or_else(|e| panic!("built-in lexicon {name} is invalid: {e}"));
        }
        lex
    }

    /// The built-in lists and how many terms each holds, e.g. `("fr", 31)`.
    /// `brands` holds names shared by all languages; `other` a few languages
    /// with short lists (Nordic, Finnish, Hungarian, Romanian, Turkish, Czech,
    /// Indonesian, Vietnamese, Thai, Arabic, Hebrew, Hindi, Greek).
    ///
    /// # Examples
    ///
    /// ```
    /// let langs = spamsplit::Lexicon::builtin_languages();
    /// assert!(langs.iter().any(|&(lang, n)| lang == "ru" && n > 10));
    /// ```
    pub fn builtin_languages() -> Vec<(&'static str, usize)> {
        BUILTIN
            .iter()
            .map(|(name, data)| {
                let n = Lexicon::parse(data).map(|l| l.len()).unwrap_or(0);
                (*name, n)
            })
            .collect()
    }

    /// Builds a lexicon from `(term, category)` pairs.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidKeyword`] for a term without letters or digits.
    ///
    /// # Examples
    ///
    /// ```
    /// use spamsplit::{Category, Lexicon};
    /// let lex = Lexicon::from_terms([("acme", Category::Brand), ("bargain bin", Category::Commerce)])?;
    /// assert_eq!(lex.len(), 2);
    /// assert!(Lexicon::from_terms([(" ", Category::Brand)]).is_err());
    /// # Ok::<(), spamsplit::Error>(())
    /// ```
    pub fn from_terms<I, S>(terms: I) -> Result<Lexicon, Error>
    where
        I: IntoIterator<Item = (S, Category)>,
        S: AsRef<str>,
    {
        let mut lex = Lexicon::new();
        for (term, cat) in terms {
            lex.push(term.as_ref(), cat)?;
        }
        Ok(lex)
    }

    /// Parses lexicon text: one term a line, `#` starts a comment, and a
    /// `[brand]`, `[product]`, `[commerce]` or `[vice]` line sets the category
    /// of the terms below it (terms before any header are `commerce`).
    ///
    /// # Errors
    ///
    /// [`Error::LexiconSyntax`], with the line, for an unknown `[category]`
    /// header or a term without letters or digits.
    ///
    /// # Examples
    ///
    /// ```
    /// use spamsplit::{Category, Lexicon};
    ///
    /// let lex = Lexicon::parse("# my list\nbargain bin\n[brand]\nacme  # a brand\n")?;
    /// let cats: Vec<Category> = lex.iter().map(|k| k.category()).collect();
    /// assert_eq!(cats, [Category::Commerce, Category::Brand]);
    /// # Ok::<(), spamsplit::Error>(())
    /// ```
    pub fn parse(text: &str) -> Result<Lexicon, Error> {
        let mut lex = Lexicon::new();
        lex.extend_from_str(text)?;
        Ok(lex)
    }

    /// Reads a lexicon file in the format of [`Lexicon::parse`].
    ///
    /// # Errors
    ///
    /// [`Error::LexiconIo`] when the file cannot be read, or any error of
    /// [`Lexicon::parse`].
    ///
    /// # Examples
    ///
    /// ```
    /// let path = std::env::temp_dir().join("spamsplit-doc-lexicon.txt");
    /// std::fs::write(&path, "# mine\n[brand]\nacme\n")?;
    /// let lex = spamsplit::Lexicon::from_file(&path)?;
    /// assert_eq!(lex.len(), 1);
    /// assert!(spamsplit::Lexicon::from_file("/no/such/file").is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_file(path: impl AsRef<Path>) -> Result<Lexicon, Error> {
        let path = path.as_ref();
        let text = std::fs::read_to_string(path).map_err(|e| Error::LexiconIo {
            path: path.display().to_string(),
            reason: e.to_string(),
        })?;
        Lexicon::parse(&text).map_err(|e| match e {
            Error::LexiconSyntax { line, reason, .. } => Error::LexiconSyntax {
                path: Some(path.display().to_string()),
                line,
                reason,
            },
            other => other,
        })
    }

    fn extend_from_str(&mut self, text: &str) -> Result<(), Error> {
        let mut category = Category::Commerce;
        for (n, raw) in text.lines().enumerate() {
            let line = raw.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                category = name
                    .trim()
                    .parse()
                    .map_err(|e: Error| Error::LexiconSyntax {
                        path: None,
                        line: n + 1,
                        reason: e.to_string(),
                    })?;
                continue;
            }
            self.push(line, category)
                .map_err(|e| Error::LexiconSyntax {
                    path: None,
                    line: n + 1,
                    reason: match e {
                        Error::KeywordTooLong { bytes, max, .. } => {
                            format!("a term of {bytes} bytes (at most {max})")
                        }
                        _ => format!("term {line:?} has no letters or digits"),
                    },
                })?;
        }
        Ok(())
    }

    /// Adds one term. It is trimmed and lower-cased.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidKeyword`] when the term has no letters or digits;
    /// [`Error::KeywordTooLong`] when it is longer than
    /// [`Lexicon::MAX_TERM_BYTES`] (a pasted paragraph is no term, and
    /// would cost the matcher memory out of all proportion).
    ///
    /// # Examples
    ///
    /// ```
    /// use spamsplit::{Category, Lexicon};
    /// let mut lex = Lexicon::new();
    /// lex.push("Acme Outlet", Category::Commerce)?.push("acme", Category::Brand)?;
    /// assert_eq!(lex.len(), 2);
    /// # Ok::<(), spamsplit::Error>(())
    /// ```
    pub fn push(&mut self, term: &str, category: Category) -> Result<&mut Self, Error> {
        let trimmed = term.trim();
        if trimmed.len() > Lexicon::MAX_TERM_BYTES {
            return Err(Error::KeywordTooLong {
                index: self.keywords.len(),
                bytes: trimmed.len(),
                max: Lexicon::MAX_TERM_BYTES,
            });
        }
        // Most terms are ASCII in lower case already: shared as they are,
        // without a lower-cased copy first.
        let term: Arc<str> = if trimmed
            .bytes()
            .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
        {
            trimmed.into()
        } else {
            trimmed.to_lowercase().into()
        };
        if !term.chars().any(char::is_alphanumeric) {
            return Err(Error::InvalidKeyword {
                index: self.keywords.len(),
                keyword: term.to_string(),
            });
        }
        self.keywords.push(Keyword { term, category });
        Ok(self)
    }

    /// Adds every keyword of `other`.
    ///
    /// # Examples
    ///
    /// ```
    /// use spamsplit::{Category, Lexicon};
    /// let mut lex = Lexicon::builtin();
    /// let n = lex.len();
    /// lex.merge(&Lexicon::from_terms([("acme", Category::Brand)])?);
    /// assert_eq!(lex.len(), n + 1);
    /// # Ok::<(), spamsplit::Error>(())
    /// ```
    pub fn merge(&mut self, other: &Lexicon) -> &mut Self {
        self.keywords.extend(other.keywords.iter().cloned());
        self
    }

    /// The keywords, in the order they were added.
    ///
    /// # Examples
    ///
    /// ```
    /// let lex = spamsplit::Lexicon::parse("one\ntwo")?;
    /// let terms: Vec<&str> = lex.iter().map(|k| k.term()).collect();
    /// assert_eq!(terms, ["one", "two"]);
    /// # Ok::<(), spamsplit::Error>(())
    /// ```
    pub fn iter(&self) -> std::slice::Iter<'_, Keyword> {
        self.keywords.iter()
    }

    /// Number of keywords.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(spamsplit::Lexicon::parse("a\nb\n# c")?.len(), 2);
    /// # Ok::<(), spamsplit::Error>(())
    /// ```
    pub fn len(&self) -> usize {
        self.keywords.len()
    }

    /// True when there are no keywords.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(spamsplit::Lexicon::parse("# only a comment")?.is_empty());
    /// # Ok::<(), spamsplit::Error>(())
    /// ```
    pub fn is_empty(&self) -> bool {
        self.keywords.is_empty()
    }
}

impl<'a> IntoIterator for &'a Lexicon {
    type Item = &'a Keyword;
    type IntoIter = std::slice::Iter<'a, Keyword>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn builtin_lists_are_clean_and_unique() {
        for (name, data) in BUILTIN {
            let mut seen = HashSet::new();
            for line in data.lines().map(|l| l.split('#').next().unwrap().trim()) {
                if line.is_empty() || line.starts_with('[') {
                    continue;
                }
                assert_eq!(
                    line,
                    line.to_lowercase(),
                    "{name}: {line} is not lower-case"
                );
                assert!(seen.insert(line), "{name}: {line} twice");
            }
        }
        assert!(Lexicon::builtin().len() > 400);
    }

    #[test]
    fn no_term_is_in_two_builtin_lists() {
        let mut first: std::collections::HashMap<String, &str> = std::collections::HashMap::new();
        for (name, data) in BUILTIN {
            for kw in Lexicon::parse(data).unwrap().iter() {
                if let Some(other) = first.insert(kw.term().to_string(), name) {
                    panic!("{:?} is in {other} and {name}", kw.term());
                }
            }
        }
    }

    #[test]
    fn builtin_covers_the_required_languages() {
        let lex = Lexicon::builtin();
        let has = |t: &str| lex.iter().any(|k| k.term() == t);
        for t in [
            "cheap",
            "pas cher",
            "günstig",
            "barato",
            "saldi",
            "promoção",
            "goedkoop",
            "tanie",
            "купить",
            "激安",
            "打折",
        ] {
            assert!(has(t), "missing {t}");
        }
    }

    #[test]
    fn parse_rejects_unknown_header_with_line_number() {
        let err = Lexicon::parse("ok\n[shoes]\nx").unwrap_err();
        assert!(matches!(err, Error::LexiconSyntax { line: 2, .. }), "{err}");
    }

    #[test]
    fn push_rejects_blank_and_punctuation_terms() {
        let mut lex = Lexicon::new();
        assert!(matches!(
            lex.push("   ", Category::Brand),
            Err(Error::InvalidKeyword { index: 0, .. })
        ));
        assert!(lex.push("--", Category::Brand).is_err());
        assert!(lex.is_empty());
    }

    #[test]
    fn missing_file_is_an_io_error() {
        let err = Lexicon::from_file("/no/such/lexicon.txt").unwrap_err();
        assert!(matches!(err, Error::LexiconIo { .. }));
    }
}
