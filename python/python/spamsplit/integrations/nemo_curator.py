"""spamsplit in NeMo Curator: a ``DocumentModifier`` and a processing stage.

>>> from nemo_curator.stages.text.modifiers import Modify
>>> from spamsplit.integrations.nemo_curator import SpamSplitModifier, SpamSplitStage
>>> pipeline.add_stage(Modify(SpamSplitModifier()))  # doctest: +SKIP
>>> pipeline.add_stage(SpamSplitStage(text_field="text"))  # doctest: +SKIP

``SpamSplitModifier`` cleans one text at a time (what ``Modify`` calls).
``SpamSplitStage`` works on a whole ``DocumentBatch`` at once, off the GIL:
it cleans the text field and adds ``spam_spans`` (code points of the text as
it came in), ``spam_score`` and ``spam_fraction``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spamsplit import Detector
from spamsplit.integrations import require
from spamsplit.integrations._arrow import with_spam_columns

require("nemo_curator", "nemo-curator")

from nemo_curator.stages.base import ProcessingStage  # noqa: E402
from nemo_curator.stages.text.modifiers import DocumentModifier  # noqa: E402
from nemo_curator.tasks import DocumentBatch  # noqa: E402

__all__ = ["SpamSplitModifier", "SpamSplitStage"]


class SpamSplitModifier(DocumentModifier):
    """``modify_document(text)`` is the text without its spam."""

    def __init__(self, detector: Detector | None = None) -> None:
        super().__init__()
        self.detector = detector if detector is not None else Detector()

    def modify_document(self, text: str) -> str:
        return self.detector.clean(text)


@dataclass
class SpamSplitStage(ProcessingStage[DocumentBatch, DocumentBatch]):
    """Cleans ``text_field`` and adds the spam columns, a batch at a time."""

    text_field: str = "text"
    clean: bool = True
    num_threads: int | None = None
    detector: Detector = field(default_factory=Detector)
    name: str = "spamsplit"

    def inputs(self) -> tuple[list[str], list[str]]:
        return ["data"], [self.text_field]

    def outputs(self) -> tuple[list[str], list[str]]:
        return ["data"], [self.text_field, "spam_spans", "spam_score", "spam_fraction"]

    def process(self, batch: DocumentBatch) -> DocumentBatch:
        table = with_spam_columns(
            batch.to_pyarrow(), self.detector, self.text_field, self.clean, num_threads=self.num_threads
        )
        return DocumentBatch(
            dataset_name=batch.dataset_name,
            data=table,
            _metadata=batch._metadata,
            _stage_perf=batch._stage_perf,
        )
