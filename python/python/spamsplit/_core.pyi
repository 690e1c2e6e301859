"""Type stubs of the compiled module (hand-written; see python/src)."""

import os
from collections.abc import Iterable
from typing import Any, Literal

__version__: str
DEFAULT_THRESHOLD: float
DEFAULT_MIN_TOKENS: int

Offsets = Literal["char", "byte"]
Errors = Literal["strict", "replace"]

class SpamSplitError(ValueError):
    """A bad setting or lexicon; the message is the core library's."""

class Signals:
    """The measurements behind a span's score."""

    @property
    def tokens(self) -> int: ...
    @property
    def keyword_tokens(self) -> int: ...
    @property
    def keyword_density(self) -> float: ...
    @property
    def repeated_tokens(self) -> int: ...
    @property
    def repetition(self) -> float: ...
    @property
    def function_words(self) -> int: ...
    @property
    def sentence_ends(self) -> int: ...
    @property
    def lexical_variety(self) -> float: ...
    @property
    def keywords(self) -> list[tuple[str, str, int]]:
        """``(term, category, count)`` of each lexicon term matched."""
    @property
    def top_repeats(self) -> list[tuple[str, int]]: ...

class Span:
    """One spam span: ``text[start:end]`` is the spam."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def score(self) -> float: ...
    @property
    def signals(self) -> Signals: ...

class Report:
    """What ``Detector.analyze`` found in one text."""

    @property
    def is_spam(self) -> bool: ...
    @property
    def score(self) -> float:
        """The highest segment score, 0.0 to 1.0."""
    @property
    def spam_fraction(self) -> float:
        """The share of the text inside spam spans, in ``offsets`` units."""
    @property
    def offsets(self) -> Offsets: ...
    @property
    def text_len(self) -> int:
        """Length of the analysed text, in ``offsets`` units."""
    @property
    def spans(self) -> list[Span]:
        """The spam spans, sorted and disjoint."""
    def span_tuples(self) -> list[tuple[int, int, float]]:
        """``(start, end, score)`` of every spam span."""
    def clean(self, text: str, errors: Errors = "strict") -> str:
        """The analysed ``text`` with the spam cut out, without analysing again."""
    def to_dict(self) -> dict[str, Any]:
        """``is_spam``, ``score``, ``spam_fraction``, ``offsets``, ``spans``."""

class Detector:
    """A spam detector: build once, use for any number of texts.

    ``lexicon`` is lexicon text or a path to a lexicon file and replaces the
    built-in terms; ``extra_keywords`` adds terms. Bad settings raise
    ``SpamSplitError`` (a ``ValueError``). Picklable.
    """

    def __init__(
        self,
        threshold: float | None = None,
        min_tokens: int | None = None,
        extra_keywords: Iterable[str] = (),
        lexicon: str | os.PathLike[str] | None = None,
    ) -> None: ...
    @property
    def threshold(self) -> float: ...
    @property
    def min_tokens(self) -> int: ...
    def analyze(self, text: str, offsets: Offsets = "char", errors: Errors = "strict") -> Report: ...
    def analyze_batch(
        self,
        texts: Iterable[str],
        offsets: Offsets = "char",
        num_threads: int | None = None,
        errors: Errors = "strict",
    ) -> list[Report]:
        """Reports in order; ``num_threads`` defaults to ``$SPAMSPLIT_NUM_THREADS`` or 1 (0: one per core)."""
    def clean(self, text: str, errors: Errors = "strict") -> str: ...
    def clean_batch(
        self,
        texts: Iterable[str],
        num_threads: int | None = None,
        errors: Errors = "strict",
    ) -> list[str]: ...
