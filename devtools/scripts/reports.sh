#!/usr/bin/env bash
# Writes `spamsplit annotate --explain` of every input the detector is
# checked on into DIR (one file each), for comparing two builds:
#   devtools/scripts/reports.sh target/release/spamsplit /tmp/before
#   ... change, rebuild ...
#   devtools/scripts/reports.sh target/release/spamsplit /tmp/after
#   diff -rq /tmp/before /tmp/after
# Inputs from ../shared are left out, with a note, when absent.
set -euo pipefail
bin="$1"; out="$2"
cd "$(dirname "$0")/../.."
mkdir -p "$out"
for f in ../shared/eval/dev.jsonl ../shared/eval/real/dev.jsonl ../shared/corpus/hard_negatives.jsonl \
         ../shared/corpus/prose.jsonl ../shared/corpus/spam_snippets.jsonl \
         tests/data/review_sample.jsonl tests/data/sample.warc.wet; do
  if [ -f "$f" ]; then
    name=$(echo "$f" | tr '/.' '__')
    "$bin" annotate --explain "$f" > "$out/$name.jsonl" 2>/dev/null
  else
    echo "skipped: $f not found" >&2
  fi
done
for f in tests/data/prose_*.txt; do
  python3 -c 'import json,sys; print(json.dumps({"text": open(sys.argv[1], encoding="utf-8").read()}))' "$f" \
    | "$bin" annotate --explain > "$out/$(basename "$f").jsonl" 2>/dev/null
done
