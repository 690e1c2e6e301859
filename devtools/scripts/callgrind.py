#!/usr/bin/env python3
"""Instructions per analysis, counted by callgrind: the yardstick for a change
to a hot path (deterministic, unlike wall time on a shared machine).

    devtools/scripts/callgrind.py PROFILE_INPUT [PROFILE_INPUT ...]

Each PROFILE_INPUT is a `profile_input` binary (`cargo build --release -p
spamsplit-devtools --bin profile_input`, or an older commit's). Only the
instructions inside `Detector::analyze` are counted, and every input is run
with one loop and with more (three for the dev rows, hundreds for the short
texts): the difference over the extra loops is one pass over the input,
with the first call's one-time set-up cancelled out.

The inputs: the shared real and composed dev rows, a 6 KB English article
joined from `../shared/corpus/prose.jsonl` (the `article` bench input), and
a 60-byte sentence of prose and the 60-byte `tiny` bench text (prose and a
keyword tail). Inputs whose shared file is absent are left
out with a note.
"""
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.path.join(ROOT, "..", "shared")
TINY = "Great phone, battery lasts two days. cheap ugg boots outlet"
SENTENCE = "The ferry service resumes on Monday, the port authority said"


def article(lang: str, size: int) -> str | None:
    path = os.path.join(SHARED, "corpus", "prose.jsonl")
    if not os.path.exists(path):
        return None
    out = ""
    for line in open(path, encoding="utf-8"):
        row = json.loads(line)
        if row.get("lang") != lang:
            continue
        if len(out.encode()) >= size:
            break
        out += row["text"] + "\n\n"
    return out


def inputs(tmp: str) -> list[tuple[str, str]]:
    found = []
    for name, rel in [("real dev rows", "eval/real/dev.jsonl"), ("composed dev rows", "eval/dev.jsonl")]:
        path = os.path.join(SHARED, rel)
        if os.path.exists(path):
            found.append((name, path))
        else:
            print(f"skipped: {name} ({path} not found)", file=sys.stderr)
    text = article("en", 6000)
    if text is not None:
        path = os.path.join(tmp, "article_en.txt")
        open(path, "w", encoding="utf-8").write(text)
        found.append(("6 KB English article", path))
    for name, text in [("60-byte sentence", SENTENCE), ("60-byte text with keywords (tiny)", TINY)]:
        path = os.path.join(tmp, name.split()[1] + ".txt")
        open(path, "w", encoding="utf-8").write(text)
        found.append((name, path))
    return found


def instructions(binary: str, path: str, loops: int) -> int:
    with tempfile.NamedTemporaryFile(suffix=".out") as out:
        subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                # Only inside analyze: building the detector hashes with a
                # random seed, and its cost differs from run to run.
                "--toggle-collect=*Detector::analyze",
                f"--callgrind-out-file={out.name}",
                binary,
                path,
                str(loops),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for line in open(out.name):
            if line.startswith("summary:") or line.startswith("totals:"):
                return int(line.split()[1])
    raise RuntimeError("no totals in callgrind output")


def main() -> None:
    binaries = sys.argv[1:]
    if not binaries:
        sys.exit(__doc__)
    with tempfile.TemporaryDirectory() as tmp:
        rows = inputs(tmp)
        print("| input | " + " | ".join(binaries) + " |")
        print("|---|" + "---|" * len(binaries))
        for name, path in rows:
            counts = []
            # The first call builds lazily made tables, at a cost that
            # varies by some thousands of instructions from run to run:
            # short inputs are run more often to drown it.
            extra = max(2, 200_000 // max(1, os.path.getsize(path)))
            for b in binaries:
                one, more = instructions(b, path, 1), instructions(b, path, 1 + extra)
                counts.append((more - one) // extra)
            first = counts[0]
            cells = [f"{counts[0]:,}"] + [f"{c:,} ({c / first:.2f}×)" for c in counts[1:]]
            print(f"| {name} | " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    main()
