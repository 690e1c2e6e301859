#!/usr/bin/env python3
"""Throughput of the Python package against the Rust core, in MB/s.

    python python/bench.py [ROWS.jsonl] [--loops N]

ROWS defaults to ../shared/eval/dev.jsonl. Measures, on the same texts:
the Rust `analyze` loop on one thread (`devtools/src/bin/profile_input.rs`), then
`Detector.analyze_batch` with 1 and 2 threads, then a datatrove pipeline
(JsonlReader -> SpamSplitFilter -> JsonlWriter, in memory on /dev/shm) with
1 and 2 workers when datatrove is installed, and the same without the filter. Each figure is the best of several runs.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def best_of(runs: int, fn) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def rust_loop(rows: Path, loops: int) -> float:
    """MB/s of one run of the Rust loop over `rows`, `loops` times."""
    binary = ROOT / "target" / "release" / "profile_input"
    err = subprocess.run([binary, rows, str(loops)], capture_output=True, text=True, check=True).stderr
    match = re.search(r"= ([0-9.]+) MB/s", err)
    assert match, err
    return float(match.group(1))


def datatrove_rate(texts: list[str], workers: int, copies: int, spamsplit: bool = True) -> float | None:
    try:
        from datatrove.executor import LocalPipelineExecutor
        from datatrove.pipeline.readers import JsonlReader
        from datatrove.pipeline.writers import JsonlWriter
    except ImportError:
        return None
    from spamsplit.integrations.datatrove import SpamSplitFilter

    # In memory where there is a tmpfs: the disk is not what is measured.
    shm = "/dev/shm" if os.path.isdir("/dev/shm") else None
    with tempfile.TemporaryDirectory(dir=shm) as tmp:
        src = Path(tmp) / "in"
        src.mkdir()
        # Many small tasks, so two workers finish together.
        files = 16
        for f in range(files):
            with gzip.open(src / f"part-{f}.jsonl.gz", "wt", encoding="utf-8", compresslevel=1) as out:
                for c in range(copies):
                    for i, t in enumerate(texts[f::files]):
                        out.write(json.dumps({"id": f"{f}-{c}-{i}", "text": t}) + "\n")
        total = sum(len(t.encode()) for t in texts) * copies

        def run() -> None:
            out = Path(tmp) / f"out-{time.monotonic_ns()}"
            pipeline = [JsonlReader(str(src)), JsonlWriter(str(out), compression=None)]
            if spamsplit:
                pipeline.insert(1, SpamSplitFilter())
            LocalPipelineExecutor(
                pipeline, tasks=files, workers=workers, logging_dir=str(out) + "-logs"
            ).run()

        return total / best_of(3, run) / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", nargs="?", default=str(ROOT.parent / "shared" / "eval" / "dev.jsonl"))
    parser.add_argument("--loops", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--datatrove-copies", type=int, default=40)
    args = parser.parse_args()
    rows = Path(args.rows)
    if not rows.exists():
        sys.exit(f"{rows} not found: give a JSON Lines file with a text field")
    texts = [json.loads(line)["text"] for line in rows.open(encoding="utf-8") if line.strip()]
    mb = sum(len(t.encode()) for t in texts) * args.loops / 1e6

    from spamsplit import Detector

    detector = Detector()
    os.environ.pop("SPAMSPLIT_NUM_THREADS", None)
    loop_texts = texts * args.loops
    subprocess.run(
        ["cargo", "build", "-q", "--release", "-p", "spamsplit-devtools", "--bin", "profile_input"],
        cwd=ROOT,
        check=True,
    )
    # Rounds interleave the runs, so a slow spell of a shared machine hits
    # all of them; each figure is its best round.
    runs = {
        "rust analyze loop, 1 thread": lambda: rust_loop(rows, args.loops),
        "Python analyze_batch, num_threads=1": lambda: mb
        / best_of(1, lambda: detector.analyze_batch(loop_texts, num_threads=1)),
        "Python analyze_batch, num_threads=2": lambda: mb
        / best_of(1, lambda: detector.analyze_batch(loop_texts, num_threads=2)),
        "Python analyze, one call per text": lambda: mb
        / best_of(1, lambda: [detector.analyze(t) for t in loop_texts]),
    }
    results: dict[str, float] = {name: 0.0 for name in runs}
    for _ in range(args.rounds):
        for name, run in runs.items():
            results[name] = max(results[name], run())
    # datatrove's reader and writer alone, for how far its own steps scale.
    for spamsplit in (True, False):
        for workers in (1, 2):
            rate = datatrove_rate(texts, workers, args.datatrove_copies, spamsplit)
            if rate is not None:
                step = "read + SpamSplitFilter + write" if spamsplit else "read + write only"
                results[f"datatrove {step}, workers={workers}"] = rate

    base = results["rust analyze loop, 1 thread"]
    print(f"{len(texts)} texts, {mb / args.loops:.1f} MB, {os.cpu_count()} cores")
    print("| run | MB/s | vs Rust loop |")
    print("|---|---|---|")
    for name, rate in results.items():
        print(f"| {name} | {rate:.1f} | {rate / base:.2f}× |")


if __name__ == "__main__":
    main()
