"""spamsplit in datatrove pipelines.

``SpamSplitFilter`` cuts the spam out of ``doc.text``, records what it cut
in ``doc.metadata`` and drops a document that is (nearly) all spam, with the
reason ``"spamsplit"`` for the exclusion writer. ``SpamSplitFormatter``
only cleans. Both analyse their documents in batches, off the GIL.

>>> from datatrove.pipeline.readers import JsonlReader
>>> from datatrove.pipeline.writers import JsonlWriter
>>> from spamsplit.integrations.datatrove import SpamSplitFilter
>>> pipeline = [JsonlReader("in/"), SpamSplitFilter(), JsonlWriter("out/")]  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Iterable

from spamsplit import Detector
from spamsplit.integrations import require

require("datatrove", "datatrove")

from datatrove.data import Document, DocumentsPipeline  # noqa: E402
from datatrove.pipeline.filters.base_filter import BaseFilter  # noqa: E402
from datatrove.pipeline.formatters.base import BaseFormatter  # noqa: E402
from datatrove.pipeline.writers.disk_base import DiskWriter  # noqa: E402
from datatrove.utils.batching import batched  # noqa: E402
from datatrove.utils.typeshelper import StatHints  # noqa: E402

__all__ = ["SpamSplitFilter", "SpamSplitFormatter", "DROP_REASON"]

#: The reason a dropped document carries in ``metadata["filter_reason"]``.
DROP_REASON = "spamsplit"


class SpamSplitFilter(BaseFilter):
    """Cuts spam out of documents; drops those that are nearly all spam.

    Each document gets ``metadata[metadata_key]``: a dict with ``score``,
    ``spam_fraction`` and ``spans`` (``[start, end, score]`` in code points
    of the text as it came in). A document whose ``spam_fraction`` is above
    ``max_spam_fraction`` is dropped with its text untouched; any other
    spam is cut out of ``doc.text``. Stats: ``documents_cleaned``,
    ``spam_chars`` and ``dropped_spamsplit``.
    """

    name = "✂️ spamsplit"

    def __init__(
        self,
        detector: Detector | None = None,
        max_spam_fraction: float = 0.9,
        metadata_key: str = "spamsplit",
        batch_size: int = 256,
        num_threads: int | None = None,
        exclusion_writer: DiskWriter | None = None,
    ) -> None:
        super().__init__(exclusion_writer=exclusion_writer, batch_size=batch_size)
        if not 0.0 <= max_spam_fraction <= 1.0:
            raise ValueError(f"max_spam_fraction must be within 0.0..=1.0, got {max_spam_fraction}")
        self.detector = detector if detector is not None else Detector()
        self.max_spam_fraction = max_spam_fraction
        self.metadata_key = metadata_key
        self.num_threads = num_threads

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        return self.filter_batch([doc])[0]

    def filter_batch(self, batch: list[Document]) -> list[bool | tuple[bool, str]]:
        reports = self.detector.analyze_batch(
            [doc.text for doc in batch], num_threads=self.num_threads
        )
        results: list[bool | tuple[bool, str]] = []
        for doc, report in zip(batch, reports):
            spans = report.span_tuples()
            doc.metadata[self.metadata_key] = {
                "score": report.score,
                "spam_fraction": report.spam_fraction,
                "spans": [list(span) for span in spans],
            }
            if not spans:
                results.append(True)
                continue
            self.stat_update("spam_chars", value=sum(end - start for start, end, _ in spans))
            if report.spam_fraction > self.max_spam_fraction:
                results.append((False, DROP_REASON))
                continue
            doc.text = report.clean(doc.text)
            self.stat_update("documents_cleaned")
            results.append(True)
        return results


class SpamSplitFormatter(BaseFormatter):
    """Cuts the spam out of every document's text; keeps every document."""

    name = "✂️ spamsplit clean"

    def __init__(
        self,
        detector: Detector | None = None,
        batch_size: int = 256,
        num_threads: int | None = None,
    ) -> None:
        super().__init__()
        self.detector = detector if detector is not None else Detector()
        self.batch_size = batch_size
        self.num_threads = num_threads

    def format(self, text: str) -> str:
        return self.detector.clean(text)

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        batch: Iterable[Document]
        for batch in batched(data, self.batch_size):
            with self.track_time("batch"):
                cleaned = self.detector.clean_batch(
                    [doc.text for doc in batch], num_threads=self.num_threads
                )
            for doc, text in zip(batch, cleaned):
                self.stat_update(StatHints.total)
                if len(text) != len(doc.text):
                    self.stat_update("documents_cleaned")
                doc.text = text
                yield doc
