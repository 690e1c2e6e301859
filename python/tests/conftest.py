"""Shared fixtures: texts of our own with spam in known places."""

from __future__ import annotations

import pytest

from spamsplit import Detector

PROSE = "The ferry service resumes on Monday after the storm, the port authority said."
STUFFING = "cheap ugg boots outlet cheap ugg boots outlet cheap ugg boots outlet"
SPAMMY = f"{PROSE}\n\n{STUFFING}"


@pytest.fixture(scope="session")
def detector() -> Detector:
    return Detector()


def require_framework(module: str) -> object:
    """The framework ``module``, or a skip; a failure instead when
    ``SPAMSPLIT_REQUIRE`` names it (``.ci/run`` sets it, so an integration
    test cannot pass in CI by skipping)."""
    import importlib
    import os

    required = {m.strip() for m in os.environ.get("SPAMSPLIT_REQUIRE", "").split(",") if m.strip()}
    try:
        return importlib.import_module(module)
    except ImportError as err:
        if module in required:
            raise
        pytest.skip(f"{module} is not installed ({err})")


def corpus() -> list[dict[str, str]]:
    """Documents of our own: prose, prose with stuffing in several places
    and scripts, and pure stuffing."""
    prose = [
        "The library extends its opening hours during the exam weeks, the council said.",
        "Le marché couvert rouvre samedi après deux ans de travaux, selon la mairie.",
        "Новый мост через реку откроют в мае, сообщили в городской администрации.",
        "東京の図書館は来月から開館時間を延長すると発表した。利用者は歓迎している。",
        "Rain is expected in the north on Friday, with sunshine returning by Sunday.",
    ]
    spam = [
        "cheap ugg boots outlet cheap ugg boots outlet cheap ugg boots outlet",
        "moncler pas cher moncler pas cher moncler outlet moncler outlet",
        "buy viagra online cheap cialis online pharmacy no prescription",
    ]
    docs = []
    for i in range(40):
        p, s = prose[i % len(prose)], spam[i % len(spam)]
        kind = i % 4
        text = [p, f"{p}\n\n{s}", f"{s}\n\n{p}\n\n{p}", f"{s} {s} {s}"][kind]
        docs.append({"id": f"doc-{i:03d}", "text": text})
    return docs
