#!/usr/bin/env bash
# Per-family byte F1 on the real dev set (and the composed F1), one line,
# for comparing a change across source families:
#   devtools/scripts/families.sh target/release/spamsplit [LABEL]
set -euo pipefail
bin="$1"; label="${2:-}"
cd "$(dirname "$0")/../.."
real=../shared/eval/real/dev.jsonl; dev=../shared/eval/dev.jsonl
[ -f "$real" ] || { echo "skipped: $real not found"; exit 0; }
"$bin" annotate "$real" 2>/dev/null > /tmp/families.real.jsonl
"$bin" annotate "$dev" 2>/dev/null > /tmp/families.dev.jsonl
[ -n "$label" ] && cp /tmp/families.real.jsonl "/tmp/families.real.$label.jsonl"
python3 - "$label" <<'PY'
import json, subprocess, sys
def score(gold, pred, depth):
    out = subprocess.run(["python3", "../shared/eval/score.py", gold, pred, "--json", "--depth", str(depth)],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out)
r = score("../shared/eval/real/dev.jsonl", "/tmp/families.real.jsonl", 2)
c = score("../shared/eval/dev.jsonl", "/tmp/families.dev.jsonl", 1)
fams = {}
for k, v in r["by_kind"].items():
    fam = k.split("/")[-1]
    if k.startswith("real-ham"):
        fams.setdefault(fam, {})["ham"] = v["clean_doc_fp_rate"]
    else:
        fams.setdefault(fam, {})[k.split("/")[0].split("-")[1]] = v["byte_f1"]
a = r["all"]
cells = [f"real F1 {a['byte_f1']:.4f} P {a['byte_precision']:.4f} R {a['byte_recall']:.4f} ham {a['clean_doc_fp_rate']:.3f}",
         f"composed {c['all']['byte_f1']:.4f}"]
for fam, v in sorted(fams.items()):
    parts = [f"{k}={v[k]:.3f}" for k in ("spam", "mixed", "ham") if k in v and v[k] is not None]
    cells.append(f"{fam}: " + " ".join(parts))
print(sys.argv[1], "|", " | ".join(cells))
PY
