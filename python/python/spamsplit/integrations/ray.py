"""spamsplit in Ray Data: a callable for ``Dataset.map_batches``.

>>> import ray
>>> from spamsplit.integrations.ray import SpamSplitBatches
>>> ds = ray.data.read_json("docs.jsonl")  # doctest: +SKIP
>>> ds = ds.map_batches(SpamSplitBatches, batch_format="pyarrow", concurrency=4)  # doctest: +SKIP

Passing the class runs one detector per actor; passing an instance
(``SpamSplitBatches(text_column="body")``) runs it as a task function.
Leave a CPU free for the read tasks: on a 2-CPU cluster, ``concurrency=2``
actors of one CPU each take every CPU and the dataset never gets read.
Output: the text column cleaned (unless ``clean=False``) plus
``spam_spans`` (``list<struct<start, end, score>>``, code points of the
original text), ``spam_score`` and ``spam_fraction``.
"""

from __future__ import annotations

from spamsplit import Detector
from spamsplit.integrations import require
from spamsplit.integrations._arrow import SPAN_TYPE, with_spam_columns

require("pyarrow", "ray")

import pyarrow as pa  # noqa: E402

__all__ = ["SpamSplitBatches", "SPAN_TYPE"]


class SpamSplitBatches:
    """Adds spam columns to pyarrow batches (``batch_format="pyarrow"``)."""

    def __init__(
        self,
        text_column: str = "text",
        clean: bool = True,
        detector: Detector | None = None,
        num_threads: int | None = None,
    ) -> None:
        self.text_column = text_column
        self.clean = clean
        self.detector = detector if detector is not None else Detector()
        self.num_threads = num_threads

    def __call__(self, batch: pa.Table) -> pa.Table:
        return with_spam_columns(
            batch, self.detector, self.text_column, self.clean, num_threads=self.num_threads
        )
