"""Finds SEO spam inside text and splits it from the real prose around it.

>>> from spamsplit import Detector
>>> detector = Detector()
>>> text = "Rain is expected on Friday. cheap ugg boots outlet cheap ugg boots outlet cheap ugg boots"
>>> [text[s.start:s.end] for s in detector.analyze(text).spans]
['cheap ugg boots outlet cheap ugg boots outlet cheap ugg boots']
>>> detector.clean(text)
'Rain is expected on Friday.'

Offsets are code points (``str`` indices) unless ``offsets="byte"`` asks for
the UTF-8 byte offsets the Rust crate reports. The integrations for
datatrove, dolma, NeMo Curator, Ray Data and Spark live in
``spamsplit.integrations``; each imports its framework only when imported.
"""

from ._core import (
    DEFAULT_MIN_TOKENS,
    DEFAULT_THRESHOLD,
    Detector,
    Report,
    Signals,
    Span,
    SpamSplitError,
    __version__,
)

__all__ = [
    "DEFAULT_MIN_TOKENS",
    "DEFAULT_THRESHOLD",
    "Detector",
    "Report",
    "Signals",
    "Span",
    "SpamSplitError",
    "__version__",
]
