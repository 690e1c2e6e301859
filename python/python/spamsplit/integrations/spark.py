"""spamsplit in PySpark: a ``mapInArrow`` function and pandas UDFs.

>>> from spamsplit.integrations.spark import map_in_arrow, output_schema
>>> out = df.mapInArrow(map_in_arrow("text"), output_schema(df.schema))  # doctest: +SKIP
>>> from spamsplit.integrations.spark import spans_udf, clean_udf
>>> df = df.withColumn("spam_spans", spans_udf()("text"))  # doctest: +SKIP

Spans are ``array<struct<start: bigint, end: bigint, score: double>>`` in
code points, which are Spark's ``substring`` positions (1-based there:
``substring(text, start + 1, end - start)``). The detector is pickled into
each Python worker once, with the function.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from spamsplit import Detector
from spamsplit.integrations import require
from spamsplit.integrations._arrow import spam_columns, with_spam_columns

require("pyarrow", "spark")
require("pyspark", "spark")

import pyarrow as pa  # noqa: E402
from pyspark.sql import types as T  # noqa: E402

__all__ = ["SPAN_TYPE", "map_in_arrow", "output_schema", "spans_udf", "clean_udf", "score_udf"]

SPAN_TYPE = T.ArrayType(
    T.StructType(
        [
            T.StructField("start", T.LongType(), False),
            T.StructField("end", T.LongType(), False),
            T.StructField("score", T.DoubleType(), False),
        ]
    )
)


def output_schema(schema: T.StructType, prefix: str = "spam_") -> T.StructType:
    """The schema ``map_in_arrow`` produces from a frame of ``schema``."""
    return T.StructType(
        list(schema.fields)
        + [
            T.StructField(f"{prefix}spans", SPAN_TYPE, True),
            T.StructField(f"{prefix}score", T.DoubleType(), True),
            T.StructField(f"{prefix}fraction", T.DoubleType(), True),
        ]
    )


def map_in_arrow(
    text_column: str = "text",
    clean: bool = True,
    detector: Detector | None = None,
    prefix: str = "spam_",
    num_threads: int | None = None,
) -> Callable[[Iterator[pa.RecordBatch]], Iterator[pa.RecordBatch]]:
    """A function for ``DataFrame.mapInArrow(fn, output_schema(df.schema))``."""
    detector = detector if detector is not None else Detector()

    def run(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        for batch in batches:
            yield with_spam_columns(batch, detector, text_column, clean, prefix, num_threads)

    return run


def _texts(series: Iterable[str | None]) -> list[str | None]:
    return [None if t is None or t != t else t for t in series]  # NaN is pandas' null


def spans_udf(detector: Detector | None = None) -> Any:
    """A pandas UDF: a string column in, its spam spans out."""
    from pyspark.sql.functions import pandas_udf

    detector = detector if detector is not None else Detector()

    @pandas_udf(SPAN_TYPE)
    def spam_spans(texts):  # type: ignore[no-untyped-def]
        spans = spam_columns(detector, _texts(texts), clean=False)[0]
        return spans.to_pandas()

    return spam_spans


def score_udf(detector: Detector | None = None) -> Any:
    """A pandas UDF: a string column in, its spam score out."""
    from pyspark.sql.functions import pandas_udf

    detector = detector if detector is not None else Detector()

    @pandas_udf(T.DoubleType())
    def spam_score(texts):  # type: ignore[no-untyped-def]
        return spam_columns(detector, _texts(texts), clean=False)[1].to_pandas()

    return spam_score


def clean_udf(detector: Detector | None = None) -> Any:
    """A pandas UDF: a string column in, the text without its spam out."""
    from pyspark.sql.functions import pandas_udf

    detector = detector if detector is not None else Detector()

    @pandas_udf(T.StringType())
    def spam_clean(texts):  # type: ignore[no-untyped-def]
        cleaned = spam_columns(detector, _texts(texts), clean=True)[3]
        assert cleaned is not None  # clean=True always makes the column
        return cleaned.to_pandas()

    return spam_clean
