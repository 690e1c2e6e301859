"""The Arrow-batch steps in the real engines: Ray Data on a local cluster,
PySpark local[2] (mapInArrow and pandas UDFs), and NeMo Curator's stage on a
DocumentBatch."""

from __future__ import annotations

import pytest

from spamsplit import Detector

from conftest import corpus, require_framework


def expected(texts: list[str | None]) -> list[dict | None]:
    detector = Detector()
    rows: list[dict | None] = []
    for text in texts:
        if text is None:
            rows.append(None)
            continue
        report = detector.analyze(text)
        rows.append(
            {
                "text": report.clean(text),
                "spam_spans": [{"start": s, "end": e, "score": sc} for s, e, sc in report.span_tuples()],
                "spam_score": report.score,
                "spam_fraction": report.spam_fraction,
            }
        )
    return rows


def test_arrow_columns_keep_nulls_and_slice_the_original() -> None:
    pa = require_framework("pyarrow")
    from spamsplit.integrations._arrow import SPAN_TYPE, with_spam_columns

    texts = [d["text"] for d in corpus()[:8]] + [None, ""]
    table = pa.table({"id": list(range(len(texts))), "text": texts})
    out = with_spam_columns(table, Detector())
    assert out.schema.field("spam_spans").type == SPAN_TYPE
    assert out.column("id").to_pylist() == list(range(len(texts)))
    rows = out.to_pylist()
    for row, want, original in zip(rows, expected(texts), texts):
        if want is None:
            assert row["text"] is None and row["spam_spans"] is None and row["spam_score"] is None
            continue
        assert {k: row[k] for k in want} == want
        for span in row["spam_spans"]:
            assert original[span["start"] : span["end"]].strip()
    kept = with_spam_columns(table.to_batches()[0], Detector(), clean=False, prefix="x_")
    assert kept.column("text").to_pylist() == texts
    assert "x_spans" in kept.schema.names


def test_ray_data_map_batches_on_a_local_cluster() -> None:
    ray = require_framework("ray")
    from spamsplit.integrations.ray import SpamSplitBatches

    docs = corpus()
    ray.init(num_cpus=2, include_dashboard=False, ignore_reinit_error=True)
    try:
        ds = ray.data.from_items(docs).repartition(4)
        # The class: one detector per actor.
        by_actor = ds.map_batches(SpamSplitBatches, batch_format="pyarrow", batch_size=8, concurrency=1)
        # An instance: a task function (the detector is pickled into it).
        by_task = ds.map_batches(SpamSplitBatches(text_column="text"), batch_format="pyarrow", batch_size=8)
        for result in (by_actor, by_task):
            rows = sorted(result.take_all(), key=lambda r: r["id"])
            want = expected([d["text"] for d in docs])
            assert len(rows) == len(docs)
            for row, w in zip(rows, want):
                got = {k: row[k] for k in w}
                got["spam_spans"] = [dict(s) for s in got["spam_spans"]]
                assert got == w
    finally:
        ray.shutdown()


@pytest.fixture(scope="module")
def spark():  # type: ignore[no-untyped-def]
    require_framework("pyspark")
    import os
    import sys

    from pyspark.sql import SparkSession

    # Spark's Python workers must be this interpreter (with spamsplit), not
    # whatever python3 is first on PATH.
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable

    session = (
        SparkSession.builder.master("local[2]")
        .appName("spamsplit-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate()
    )
    yield session
    session.stop()


def test_spark_map_in_arrow(spark) -> None:  # type: ignore[no-untyped-def]
    from spamsplit.integrations.spark import map_in_arrow, output_schema

    docs = corpus()
    df = spark.createDataFrame(docs).repartition(2)
    out = df.mapInArrow(map_in_arrow("text"), output_schema(df.schema))
    rows = sorted(out.collect(), key=lambda r: r["id"])
    for row, w in zip(rows, expected([d["text"] for d in docs]), strict=True):
        got = row.asDict(recursive=True)
        assert {k: got[k] for k in w} == w


def test_spark_pandas_udfs(spark) -> None:  # type: ignore[no-untyped-def]
    from pyspark.sql import functions as F

    from spamsplit.integrations.spark import clean_udf, score_udf, spans_udf

    docs = corpus() + [{"id": "null", "text": None}]
    df = spark.createDataFrame(docs, "id string, text string")
    out = df.select(
        "id",
        "text",
        spans_udf()("text").alias("spans"),
        score_udf()("text").alias("score"),
        clean_udf()("text").alias("clean"),
    )
    # Spark's own substring, 1-based, cuts what the spans name.
    out = out.withColumn(
        "first_spam",
        F.expr("substring(text, get(spans, 0).start + 1, get(spans, 0).`end` - get(spans, 0).start)"),
    )
    rows = {r["id"]: r.asDict(recursive=True) for r in out.collect()}
    assert rows["null"]["spans"] is None and rows["null"]["clean"] is None
    detector = Detector()
    spammy = 0
    for doc in corpus():
        row, report = rows[doc["id"]], detector.analyze(doc["text"])
        assert row["clean"] == report.clean(doc["text"])
        assert row["score"] == report.score
        assert [(s["start"], s["end"]) for s in row["spans"]] == [(s, e) for s, e, _ in report.span_tuples()]
        if report.spans:
            spammy += 1
            first_span = report.spans[0]
            assert row["first_spam"] == doc["text"][first_span.start : first_span.end]
    assert spammy > 0


def test_nemo_curator_stage_and_modifier() -> None:
    require_framework("nemo_curator")
    import pandas as pd
    from nemo_curator.stages.text.modifiers import Modify
    from nemo_curator.tasks import DocumentBatch

    from spamsplit.integrations.nemo_curator import SpamSplitModifier, SpamSplitStage

    docs = corpus()
    batch = DocumentBatch(dataset_name="test", data=pd.DataFrame(docs))
    stage = SpamSplitStage()
    assert stage.inputs() == (["data"], ["text"])
    out = stage.process(batch)
    assert isinstance(out, DocumentBatch) and out.num_items == len(docs)
    rows = out.to_pyarrow().to_pylist()
    for row, w in zip(rows, expected([d["text"] for d in docs]), strict=True):
        assert {k: row[k] for k in w} == w
    modified = Modify(SpamSplitModifier()).process(batch).to_pandas()
    assert list(modified["text"]) == [Detector().clean(d["text"]) for d in docs]
