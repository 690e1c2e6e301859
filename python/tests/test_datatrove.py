"""SpamSplitFilter and SpamSplitFormatter in real datatrove pipelines:
two worker processes over gzip JSONL to zstd JSONL, and the Ray executor."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from spamsplit import Detector

from conftest import corpus, require_framework

require_framework("datatrove")

from datatrove.executor import LocalPipelineExecutor  # noqa: E402
from datatrove.pipeline.readers import JsonlReader  # noqa: E402
from datatrove.pipeline.writers import JsonlWriter  # noqa: E402

from spamsplit.integrations.datatrove import DROP_REASON, SpamSplitFilter, SpamSplitFormatter  # noqa: E402


def write_input(folder: Path, docs: list[dict[str, str]], files: int = 2) -> None:
    folder.mkdir(parents=True)
    for f in range(files):
        with gzip.open(folder / f"part-{f}.jsonl.gz", "wt", encoding="utf-8") as out:
            for doc in docs[f::files]:
                out.write(json.dumps(doc, ensure_ascii=False) + "\n")


def read_output(folder: Path) -> dict[str, dict]:
    import zstandard

    rows = {}
    for path in sorted(folder.glob("*")):
        raw = path.read_bytes()
        if path.suffix == ".zst":
            raw = zstandard.ZstdDecompressor().stream_reader(io.BytesIO(raw)).read()
        elif path.suffix == ".gz":
            raw = gzip.decompress(raw)
        for line in raw.decode("utf-8").splitlines():
            row = json.loads(line)
            rows[row["id"]] = row
    return rows


def stat_totals(logging_dir: Path, step: str) -> dict[str, float]:
    stats = json.loads((logging_dir / "stats.json").read_text())
    (entry,) = [s for s in stats if step in s["name"]]
    return {k: (v["total"] if isinstance(v, dict) else v) for k, v in entry["stats"].items()}


def check_filtered(docs: list[dict[str, str]], out: dict[str, dict], excluded: dict[str, dict]) -> tuple[int, int]:
    detector = Detector()
    cleaned = spam_chars = 0
    for doc in docs:
        report = detector.analyze(doc["text"])
        spans = [list(s) for s in report.span_tuples()]
        spam_chars += sum(e - s for s, e, _ in spans)
        if report.spam_fraction > 0.9:
            row = excluded[doc["id"]]
            assert doc["id"] not in out
            assert row["text"] == doc["text"]  # dropped documents keep their text
            assert row["metadata"]["filter_reason"] == DROP_REASON
            continue
        row = out[doc["id"]]
        assert row["text"] == detector.clean(doc["text"])
        meta = row["metadata"]["spamsplit"]
        assert meta["spans"] == spans
        assert meta["score"] == report.score
        if spans:
            cleaned += 1
            assert row["text"] != doc["text"]
        else:
            assert row["text"] == doc["text"]
    return cleaned, spam_chars


def test_filter_with_two_workers_over_gzip_to_zstd(tmp_path: Path) -> None:
    docs = corpus()
    write_input(tmp_path / "in", docs)
    pipeline = [
        JsonlReader(str(tmp_path / "in"), glob_pattern="*.jsonl.gz"),
        SpamSplitFilter(
            batch_size=8,
            exclusion_writer=JsonlWriter(str(tmp_path / "excluded"), compression=None),
        ),
        JsonlWriter(str(tmp_path / "out"), output_filename="${rank}.jsonl.zst", compression="zstd"),
    ]
    LocalPipelineExecutor(pipeline, tasks=2, workers=2, logging_dir=str(tmp_path / "logs")).run()
    out = read_output(tmp_path / "out")
    excluded = read_output(tmp_path / "excluded")
    assert all(p.name.endswith(".jsonl.zst") for p in (tmp_path / "out").iterdir())
    assert len(out) + len(excluded) == len(docs) and excluded
    cleaned, spam_chars = check_filtered(docs, out, excluded)
    totals = stat_totals(tmp_path / "logs", "spamsplit")
    assert totals["documents_cleaned"] == cleaned > 0
    assert totals["spam_chars"] == spam_chars
    assert totals[f"dropped_{DROP_REASON}"] == len(excluded)


def test_formatter_only_cleans(tmp_path: Path) -> None:
    docs = corpus()
    write_input(tmp_path / "in", docs, files=1)
    pipeline = [
        JsonlReader(str(tmp_path / "in")),
        SpamSplitFormatter(batch_size=16),
        JsonlWriter(str(tmp_path / "out")),
    ]
    LocalPipelineExecutor(pipeline, tasks=1, workers=1, logging_dir=str(tmp_path / "logs")).run()
    out = read_output(tmp_path / "out")
    detector = Detector()
    assert {k: v.get("text", "") for k, v in out.items()} == {d["id"]: detector.clean(d["text"]) for d in docs}
    changed = sum(detector.clean(d["text"]) != d["text"] for d in docs)
    assert stat_totals(tmp_path / "logs", "spamsplit")["documents_cleaned"] == changed


def test_filter_on_the_ray_executor(tmp_path: Path) -> None:
    ray = require_framework("ray")
    from datatrove.executor.ray import RayPipelineExecutor

    docs = corpus()
    write_input(tmp_path / "in", docs, files=1)
    pipeline = [
        JsonlReader(str(tmp_path / "in")),
        SpamSplitFilter(exclusion_writer=JsonlWriter(str(tmp_path / "excluded"))),
        JsonlWriter(str(tmp_path / "out")),
    ]
    ray.init(num_cpus=2, include_dashboard=False, ignore_reinit_error=True)
    try:
        RayPipelineExecutor(pipeline, tasks=1, logging_dir=str(tmp_path / "logs")).run()
    finally:
        ray.shutdown()
    check_filtered(docs, read_output(tmp_path / "out"), read_output(tmp_path / "excluded"))


def test_filter_rejects_a_bad_fraction() -> None:
    with pytest.raises(ValueError, match="max_spam_fraction"):
        SpamSplitFilter(max_spam_fraction=1.5)
