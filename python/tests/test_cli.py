"""``python -m spamsplit annotate`` against the Rust command: the same spans
for JSON Lines (plain, gzip, zstd) and Parquet."""

from __future__ import annotations

import gzip
import json
import os
import pathlib
import shutil
import subprocess
import sys

import pytest

from conftest import corpus, require_framework


def rust_binary() -> str:
    """The Rust ``spamsplit`` (``SPAMSPLIT_BIN``, else on PATH); a failure
    when ``SPAMSPLIT_REQUIRE`` names ``spamsplit-bin``, else a skip."""
    found = os.environ.get("SPAMSPLIT_BIN") or shutil.which("spamsplit")
    if found:
        return found
    if "spamsplit-bin" in os.environ.get("SPAMSPLIT_REQUIRE", ""):
        raise AssertionError("SPAMSPLIT_BIN is not set and no spamsplit is on PATH")
    pytest.skip("the Rust spamsplit binary is not built (set SPAMSPLIT_BIN)")


def python_cli(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "spamsplit", *args], capture_output=True, timeout=300)


def rows_of(data: bytes) -> list[dict[str, object]]:
    return [json.loads(line) for line in data.decode().splitlines()]


@pytest.mark.parametrize("offsets", ["byte", "char"])
@pytest.mark.parametrize("suffix", ["", ".gz", ".zst"])
def test_json_lines_get_the_spans_of_the_rust_command(tmp_path: pathlib.Path, suffix: str, offsets: str) -> None:
    binary = rust_binary()
    raw = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in corpus()).encode()
    path = tmp_path / f"rows.jsonl{suffix}"
    if suffix == ".gz":
        path.write_bytes(gzip.compress(raw))
    elif suffix == ".zst":
        zstandard = require_framework("zstandard")
        path.write_bytes(zstandard.ZstdCompressor().compress(raw))  # type: ignore[attr-defined]
    else:
        path.write_bytes(raw)
    ours = python_cli("annotate", str(path), "--offsets", offsets)
    assert ours.returncode == 0, ours.stderr
    theirs = subprocess.run([binary, "annotate", str(path), "--offsets", offsets], capture_output=True, timeout=300)
    assert theirs.returncode == 0, theirs.stderr
    py_rows, rust_rows = rows_of(ours.stdout), rows_of(theirs.stdout)
    assert len(py_rows) == len(rust_rows) == len(corpus())
    for p, r in zip(py_rows, rust_rows):
        assert p["spam_spans"] == r["spam_spans"]
        assert p["spam_score"] == r["spam_score"]
        assert p.get("spam_offsets") == r.get("spam_offsets")
    assert any(r["spam_spans"] for r in py_rows)
    # Compact JSON in the same field order: the lines are the same bytes.
    assert ours.stdout == theirs.stdout


def test_parquet_gets_the_spans_of_the_rust_command(tmp_path: pathlib.Path) -> None:
    binary = rust_binary()
    pa = require_framework("pyarrow")
    pq = require_framework("pyarrow.parquet")
    docs = corpus()
    table = pa.Table.from_pylist(docs)  # type: ignore[attr-defined]
    source = tmp_path / "rows.parquet"
    pq.write_table(table, source)  # type: ignore[attr-defined]
    ours, theirs = tmp_path / "py.parquet", tmp_path / "rust.parquet"
    done = python_cli("annotate", str(source), "--output", str(ours))
    assert done.returncode == 0, done.stderr
    done = subprocess.run([binary, "annotate", str(source), "--output", str(theirs)], capture_output=True, timeout=300)
    assert done.returncode == 0, done.stderr
    py_rows = pq.read_table(ours).to_pylist()  # type: ignore[attr-defined]
    rust_rows = pq.read_table(theirs).to_pylist()  # type: ignore[attr-defined]
    assert [r["spam_spans"] for r in py_rows] == [r["spam_spans"] for r in rust_rows]
    assert [r["spam_score"] for r in py_rows] == [r["spam_score"] for r in rust_rows]
    assert [r["id"] for r in py_rows] == [d["id"] for d in docs]
    assert any(r["spam_spans"] for r in py_rows)


def test_bad_lines_are_named_or_written_as_errors(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "rows.jsonl"
    path.write_text('{"text": "Rain."}\nnot json\n{"body": 1}\n')
    done = python_cli("annotate", str(path))
    assert done.returncode != 0 and b"line 2" in done.stderr
    done = python_cli("annotate", str(path), "--skip-bad")
    assert done.returncode == 1
    rows = rows_of(done.stdout)
    assert [r.get("line") for r in rows] == [None, 2, 3]
