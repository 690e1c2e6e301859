"""The README's Python example prints what the README says it prints."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import pytest

README = Path(__file__).resolve().parents[2] / "README.md"


def test_the_readme_example_runs_as_printed() -> None:
    if not README.exists():
        pytest.skip(f"{README} not found (package tested outside its repository)")
    section = README.read_text(encoding="utf-8").split("## From Python", 1)[1]
    code, printed = re.search(r"```python\n(.*?)```\s*prints\s*```text\n(.*?)```", section, re.S).groups()
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, str(README), "exec"), {})
    assert out.getvalue() == printed
