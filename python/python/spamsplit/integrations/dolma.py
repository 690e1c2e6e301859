"""spamsplit as a dolma tagger.

    dolma tag --documents 'data/documents/*.jsonl.gz' --experiment spam \\
        --taggers spamsplit --tagger_modules spamsplit.integrations.dolma

writes, per document, ``spam__spamsplit__spam``: one ``[start, end, score]``
per spam span, in code points (what dolma's mixer counts in), and
``spam__spamsplit__doc``: ``[[0, len(text), score]]``, the document's
highest span score. The mixer then cuts the spans with

    span_replacement:
      - span: "$.attributes.spam__spamsplit__spam"
        min_score: 0.5
        replacement: ""

which removes exactly the characters of each span (``clean`` also tidies the
whitespace at each cut, the mixer does not).
"""

from __future__ import annotations

from spamsplit import Detector
from spamsplit.integrations import require

require("dolma", "dolma")

from dolma import add_tagger  # noqa: E402
from dolma.core.data_types import DocResult, Document, Span  # noqa: E402
from dolma.core.taggers import BaseTagger  # noqa: E402

__all__ = ["SpamSplitTagger", "TAGGER_NAME"]

#: The name to pass to ``dolma tag --taggers``.
TAGGER_NAME = "spamsplit"


@add_tagger(TAGGER_NAME)
class SpamSplitTagger(BaseTagger):
    """Tags spam spans (type ``spam``) and the document's score (type ``doc``)."""

    def __init__(self, detector: Detector | None = None) -> None:
        self.detector = detector if detector is not None else Detector()

    @property
    def defaults(self) -> list[str]:
        return ["spam"]

    def predict(self, doc: Document) -> DocResult:
        report = self.detector.analyze(doc.text, errors="replace")
        spans = [Span(start=s, end=e, type="spam", score=score) for s, e, score in report.span_tuples()]
        spans.append(Span(start=0, end=len(doc.text), type="doc", score=report.score))
        return DocResult(doc=doc, spans=spans)
