"""``python -m spamsplit annotate``: the Rust command's ``annotate`` for the
common cases, for those who have the Python package and not the binary.

Reads JSON Lines (plain, ``.gz``, ``.zst`` with the ``zstandard`` package)
and, with ``pyarrow``, Parquet; writes every row back with ``spam_spans``
(byte offsets unless ``--offsets char``), ``spam_score`` and, with
``--offsets char``, ``spam_offsets``: the fields and values the Rust command
writes. Parquet rows get ``spam_spans`` as ``list<struct<start, end>>``.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import math
import os
import sys
from collections.abc import Iterator
from typing import IO, Any, cast

from ._core import Detector, SpamSplitError

BATCH_ROWS = 256


def _open_read(path: str) -> IO[bytes]:
    if path == "-":
        return sys.stdin.buffer
    raw = open(path, "rb")
    if path.endswith(".gz"):
        return cast(IO[bytes], gzip.GzipFile(fileobj=raw))
    if path.endswith(".zst") or path.endswith(".zstd"):
        return io.BufferedReader(_zstd().ZstdDecompressor().stream_reader(raw))
    return raw


def _open_write(path: str | None) -> IO[bytes]:
    if path is None or path == "-":
        return sys.stdout.buffer
    raw = open(path, "wb")
    if path.endswith(".gz"):
        return cast(IO[bytes], gzip.GzipFile(fileobj=raw, mode="wb"))
    if path.endswith(".zst") or path.endswith(".zstd"):
        return _zstd().ZstdCompressor(level=3).stream_writer(raw)  # type: ignore[no-any-return]
    return raw


def _zstd() -> Any:
    try:
        import zstandard
    except ImportError as err:  # pragma: no cover - depends on the environment
        raise SystemExit("spamsplit: .zst files need the zstandard package (pip install zstandard)") from err
    return zstandard


def _round(score: float) -> float:
    """Rounded down to four decimals, as the Rust command writes it."""
    return math.floor(score * 10_000.0) / 10_000.0


def _line(row: dict[str, Any]) -> bytes:
    """The row as the Rust command writes it: compact, UTF-8; a row with a
    lone surrogate (which has no UTF-8 form) keeps it as an escape."""
    text = json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n"
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return (json.dumps(row, separators=(",", ":")) + "\n").encode("ascii")


def _batches(lines: IO[bytes]) -> Iterator[list[tuple[int, bytes]]]:
    batch: list[tuple[int, bytes]] = []
    for number, line in enumerate(lines, 1):
        if number == 1 and line.startswith(b"\xef\xbb\xbf"):
            line = line[3:]
        batch.append((number, line))
        if len(batch) == BATCH_ROWS:
            yield batch
            batch = []
    if batch:
        yield batch


def annotate_jsonl(args: argparse.Namespace, detector: Detector, path: str, out: IO[bytes]) -> tuple[int, int]:
    """Annotates one JSON Lines input into ``out``; (rows, bad rows)."""
    rows = bad = 0
    errors = args.input_errors
    for batch in _batches(_open_read(path)):
        parsed: list[tuple[int, dict[str, Any] | str]] = []
        for number, line in batch:
            if not line.strip():
                continue
            try:
                row = json.loads(line.decode("utf-8", errors="replace" if errors == "replace" else "strict"))
                if not isinstance(row, dict):
                    raise ValueError("not a JSON object")
                if not isinstance(row.get(args.field), str):
                    raise ValueError(f"no string field {args.field!r}")
                parsed.append((number, row))
            except ValueError as err:
                parsed.append((number, str(err)))
        good = [(n, r) for n, r in parsed if isinstance(r, dict)]
        texts = [r[args.field] for _, r in good]
        reports = iter(detector.analyze_batch(texts, offsets=args.offsets, num_threads=args.threads, errors=errors))
        for number, row in parsed:
            if isinstance(row, str):
                bad += 1
                if not args.skip_bad:
                    raise SystemExit(f"spamsplit: {path}: line {number}: {row}")
                out.write(_line({"line": number, "error": row}))
                continue
            report = next(reports)
            if args.drop:
                row[args.field] = report.clean(row[args.field], errors=errors)
            else:
                row["spam_spans"] = [[s, e] for s, e, _ in report.span_tuples()]
                if args.offsets == "char":
                    row["spam_offsets"] = "char"
            row["spam_score"] = _round(report.score)
            out.write(_line(row))
            rows += 1
    return rows, bad


def annotate_parquet(args: argparse.Namespace, detector: Detector, path: str, output: str) -> int:
    """Annotates one Parquet file into ``output``; the rows written."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as err:  # pragma: no cover - depends on the environment
        raise SystemExit("spamsplit: Parquet needs the pyarrow package (pip install pyarrow)") from err
    source = pq.ParquetFile(path)
    meta = source.metadata
    codec = meta.row_group(0).column(0).compression.lower() if meta.num_row_groups else "snappy"
    span_type = pa.list_(pa.struct([("start", pa.int64()), ("end", pa.int64())]))
    writer = None
    rows = 0
    try:
        for batch in source.iter_batches(batch_size=1024):
            texts = batch.column(args.field).to_pylist()
            present = [t for t in texts if t is not None]
            found = iter(detector.analyze_batch(present, offsets=args.offsets, num_threads=args.threads))
            reports = [next(found) if t is not None else None for t in texts]
            columns = {name: batch.column(name) for name in batch.schema.names}
            if args.drop:
                columns[args.field] = pa.array(
                    [r.clean(t) if r is not None else None for t, r in zip(texts, reports)], pa.string()
                )
            else:
                spans = [
                    [{"start": s, "end": e} for s, e, _ in r.span_tuples()] if r is not None else None for r in reports
                ]
                columns["spam_spans"] = pa.array(spans, span_type)
                if args.offsets == "char":
                    columns["spam_offsets"] = pa.array(["char" if r is not None else None for r in reports], pa.string())
            columns["spam_score"] = pa.array([_round(r.score) if r is not None else None for r in reports], pa.float64())
            table = pa.Table.from_pydict(columns)
            if writer is None:
                writer = pq.ParquetWriter(output, table.schema, compression=codec)
            writer.write_table(table)
            rows += len(texts)
    finally:
        if writer is not None:
            writer.close()
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m spamsplit", description="Cuts SEO spam out of corpora.")
    sub = parser.add_subparsers(dest="command", required=True)
    a = sub.add_parser("annotate", help="add spam spans and scores to every row")
    a.add_argument("inputs", nargs="*", default=["-"], help="JSON Lines (.gz, .zst) or Parquet files; - is stdin")
    a.add_argument("-o", "--output", help="the output file (.gz, .zst, .parquet); stdout when left out")
    a.add_argument("--offsets", choices=["byte", "char"], default="byte")
    a.add_argument("--field", default="text")
    a.add_argument("--skip-bad", action="store_true")
    a.add_argument("--drop", action="store_true", help="write the cleaned text instead of the spans")
    a.add_argument("--threads", type=int, default=0, help="0 (default): one per core")
    a.add_argument("--input-errors", choices=["strict", "replace"], default="strict")
    args = parser.parse_args(argv)

    detector = Detector()
    parquet_in = [p for p in args.inputs if p.endswith(".parquet")]
    total = bad = 0
    try:
        if parquet_in:
            if len(args.inputs) != 1 or not (args.output or "").endswith(".parquet"):
                parser.error("a Parquet input needs one input and an --output ending in .parquet")
            total = annotate_parquet(args, detector, args.inputs[0], args.output)
        else:
            out = _open_write(args.output)
            try:
                for path in args.inputs:
                    rows, b = annotate_jsonl(args, detector, path, out)
                    total, bad = total + rows, bad + b
            finally:
                if out is not sys.stdout.buffer:
                    out.close()
                else:
                    out.flush()
    except (OSError, SpamSplitError, UnicodeDecodeError) as err:
        print(f"spamsplit: {err}", file=sys.stderr)
        return 2
    print(f"annotate: {total} rows" + (f", {bad} bad lines" if bad else ""), file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
