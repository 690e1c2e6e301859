"""The dolma tagger in dolma's own CLI: ``dolma tag`` with our module, then
``dolma mix`` with a span replacement, whose text must equal Python's cut of
the same code-point spans."""

from __future__ import annotations

import gzip
import json
import shutil
import subprocess
import sys
from pathlib import Path

from spamsplit import Detector

from conftest import corpus, require_framework

require_framework("dolma")


def dolma_cli() -> str:
    exe = Path(sys.executable).with_name("dolma")
    return str(exe) if exe.exists() else shutil.which("dolma") or "dolma"


def cut(text: str, spans: list[tuple[int, int, float]]) -> str:
    pieces, at = [], 0
    for start, end, _ in spans:
        pieces.append(text[at:start])
        at = end
    return "".join(pieces) + text[at:]


def read_gz_jsonl(folder: Path) -> list[dict]:
    rows = []
    for path in sorted(folder.rglob("*.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as f:
            rows += [json.loads(line) for line in f if line.strip()]
    return rows


def test_tag_then_mix_cuts_exactly_the_spans(tmp_path: Path) -> None:
    docs = [dict(d, source="spamsplit-test", version="v0") for d in corpus()]
    docs.append({"id": "emoji", "source": "t", "text": "Weather 🌧️ today, café.\n\ncheap ugg boots outlet cheap ugg boots outlet cheap ugg boots outlet 🌈 again"})
    documents = tmp_path / "data" / "documents"
    documents.mkdir(parents=True)
    with gzip.open(documents / "part-0.jsonl.gz", "wt", encoding="utf-8") as f:
        for doc in docs:
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")

    subprocess.run(
        [
            dolma_cli(), "tag",
            "--documents", str(documents / "*.jsonl.gz"),
            "--experiment", "spam",
            "--taggers", "spamsplit",
            "--tagger_modules", "spamsplit.integrations.dolma",
            "--processes", "1",
        ],
        check=True,
        cwd=tmp_path,
    )
    attributes = {row["id"]: row["attributes"] for row in read_gz_jsonl(tmp_path / "data" / "attributes" / "spam")}
    detector = Detector()
    for doc in docs:
        report = detector.analyze(doc["text"])
        got = attributes[doc["id"]]
        assert [tuple(s[:2]) for s in got["spam__spamsplit__spam"]] == [(s, e) for s, e, _ in report.span_tuples()]
        assert got["spam__spamsplit__doc"][0][:2] == [0, len(doc["text"])]

    config = {
        "streams": [
            {
                "name": "cleaned",
                "documents": [str(documents / "*.jsonl.gz")],
                "attributes": ["spam"],
                "output": {"path": str(tmp_path / "mixed"), "max_size_in_bytes": 1_000_000_000},
                "span_replacement": [
                    {"span": "$.attributes.spam__spamsplit__spam", "min_score": 0.5, "replacement": ""}
                ],
            }
        ],
        "work_dir": {"input": str(tmp_path / "work" / "in"), "output": str(tmp_path / "work" / "out")},
        "processes": 1,
    }
    (tmp_path / "mix.json").write_text(json.dumps(config))
    subprocess.run([dolma_cli(), "-c", str(tmp_path / "mix.json"), "mix"], check=True, cwd=tmp_path)
    mixed = {row["id"]: row["text"] for row in read_gz_jsonl(tmp_path / "mixed")}
    assert len(mixed) == len(docs)
    changed = 0
    for doc in docs:
        spans = detector.analyze(doc["text"]).span_tuples()
        assert mixed[doc["id"]] == cut(doc["text"], spans), doc["id"]
        changed += bool(spans)
    assert changed > len(docs) // 2
