"""Spam columns for Arrow batches: what the Ray Data and Spark steps share.

The spans column is ``list<struct<start: int64, end: int64, score: double>>``
in code points (``str`` indices, which are also Spark's ``substring``
positions); null texts get null in every new column and stay null.
"""

from __future__ import annotations

from spamsplit import Detector
from spamsplit.integrations import require

require("pyarrow", "ray")

import pyarrow as pa  # noqa: E402

__all__ = ["SPAN_TYPE", "spam_columns", "with_spam_columns"]

SPAN_TYPE = pa.list_(
    pa.struct([("start", pa.int64()), ("end", pa.int64()), ("score", pa.float64())])
)


def spam_columns(
    detector: Detector,
    texts: list[str | None],
    clean: bool,
    num_threads: int | None = None,
) -> tuple[pa.Array, pa.Array, pa.Array, pa.Array | None]:
    """``(spans, score, spam_fraction, cleaned text or None)`` for ``texts``."""
    present = [i for i, t in enumerate(texts) if t is not None]
    reports = detector.analyze_batch([t for t in texts if t is not None], num_threads=num_threads)
    n = len(texts)
    scores: list[float | None] = [None] * n
    fractions: list[float | None] = [None] * n
    cleaned: list[str | None] = list(texts)
    valid = [False] * n
    offsets = [0] * (n + 1)
    starts: list[int] = []
    ends: list[int] = []
    span_scores: list[float] = []
    for i, report in zip(present, reports):
        scores[i] = report.score
        fractions[i] = report.spam_fraction
        valid[i] = True
        spans = report.span_tuples()
        for start, end, score in spans:
            starts.append(start)
            ends.append(end)
            span_scores.append(score)
        offsets[i + 1] = len(spans)
        text = texts[i]
        if clean and spans and text is not None:
            cleaned[i] = report.clean(text)
    for i in range(n):
        offsets[i + 1] += offsets[i]
    structs = pa.StructArray.from_arrays(
        [pa.array(starts, pa.int64()), pa.array(ends, pa.int64()), pa.array(span_scores, pa.float64())],
        fields=list(SPAN_TYPE.value_type),
    )
    mask = pa.array([not v for v in valid], pa.bool_())
    spans_array = pa.ListArray.from_arrays(pa.array(offsets, pa.int32()), structs, mask=mask)
    return (
        spans_array,
        pa.array(scores, pa.float64()),
        pa.array(fractions, pa.float64()),
        pa.array(cleaned, pa.string()) if clean else None,
    )


def with_spam_columns(
    batch: pa.Table | pa.RecordBatch,
    detector: Detector,
    text_column: str = "text",
    clean: bool = True,
    prefix: str = "spam_",
    num_threads: int | None = None,
) -> pa.Table | pa.RecordBatch:
    """``batch`` with ``{prefix}spans``, ``{prefix}score`` and
    ``{prefix}fraction`` appended and, when ``clean``, the text column
    replaced by the text with its spam cut out."""
    texts = batch.column(text_column).to_pylist()
    spans, scores, fractions, cleaned = spam_columns(detector, texts, clean, num_threads)
    columns = list(batch.columns)
    names = list(batch.schema.names)
    if cleaned is not None:
        columns[names.index(text_column)] = cleaned
    columns += [spans, scores, fractions]
    names += [f"{prefix}spans", f"{prefix}score", f"{prefix}fraction"]
    kind = pa.Table if isinstance(batch, pa.Table) else pa.RecordBatch
    return kind.from_arrays(columns, names=names)
