"""Peers on a labeled JSONL set (the shared real or composed dev set), written
as `annotate`-style predictions that `../shared/eval/score.py` scores.

    python3 benches/peers.py GOLD.jsonl OUT_DIR

Needs `pip install justext lxml_html_clean datatrove regex nltk spacy` (not
dependencies of the crate). Whole-
document filters mark a dropped document as all spam; jusText classifies one
paragraph per line, and a line it calls boilerplate is spam.
"""
import json
import os
import sys

import justext
from datatrove.data import Document
from datatrove.pipeline.filters import (
    C4QualityFilter,
    FineWebQualityFilter,
    GopherQualityFilter,
    GopherRepetitionFilter,
)

STOPLISTS = {s.lower(): s for s in justext.get_stoplists()}
LANG_NAMES = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian",
    "pt": "Portuguese", "ru": "Russian", "id": "Indonesian", "da": "Danish",
    "fi": "Finnish", "nl": "Dutch", "pl": "Polish",
}


def whole(text, kept):
    return [] if kept else [[0, len(text.encode())]]


def keep_all(filters, text):
    for f in filters:
        verdict = f.filter(Document(text=text, id="x"))
        if verdict is False or (isinstance(verdict, tuple) and not verdict[0]):
            return False
    return True


def justext_spans(text, lang):
    name = LANG_NAMES.get(lang, "English")
    stoplist = justext.get_stoplist(name if name in STOPLISTS.values() else "English")
    lines = text.split("\n")
    html = "<html><body>" + "".join(
        "<p>" + l.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</p>" for l in lines
    ) + "</body></html>"
    paragraphs = justext.justext(html.encode(), stoplist)
    good = {p.text.strip() for p in paragraphs if not p.is_boilerplate}
    spans, at = [], 0
    for l in lines:
        b = len(l.encode())
        if l.strip() and " ".join(l.split()) not in good:
            spans.append([at, at + b])
        at += b + 1
    return spans


def main():
    gold_path, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    rows = [json.loads(l) for l in open(gold_path, encoding="utf-8")]
    systems = {
        "gopher": [GopherRepetitionFilter(), GopherQualityFilter()],
        "fineweb_c4": [FineWebQualityFilter(), C4QualityFilter(filter_no_terminal_punct=False)],
    }
    for name, filters in systems.items():
        with open(f"{out}/{name}.jsonl", "w") as f:
            for r in rows:
                f.write(json.dumps({"spam_spans": whole(r["text"], keep_all(filters, r["text"]))}) + "\n")
    for name, own in [("justext_en", False), ("justext_own", True)]:
        with open(f"{out}/{name}.jsonl", "w") as f:
            for r in rows:
                lang = r.get("lang", "en") if own else "en"
                f.write(json.dumps({"spam_spans": justext_spans(r["text"], lang)}) + "\n")


if __name__ == "__main__":
    main()
