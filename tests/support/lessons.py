"""Shared helpers for tests that read the lesson notebooks and their apps."""

from __future__ import annotations

import json
import math
import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LESSONS = sorted((ROOT / "lessons").glob("[0-9][0-9]_*.ipynb"))
CLAIM = re.compile(r"\bS([1-9]|1[0-9]|2[0-4])\b")


def lesson_ids() -> list[str]:
    return [p.stem for p in LESSONS]


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def git(cwd: Path, *args: str) -> str:
    """Run git in ``cwd`` with a throwaway identity; return its output."""
    return subprocess.run(
        ["git", "-c", "user.name=Course", "-c", "user.email=course@example.org", *args],
        cwd=cwd,
        check=True,
        capture_output=True,
        text=True,
    ).stdout


SOLUTION_CODE = re.compile(r"```python\n(.*?)\n```", re.S)


def solution_code(cell: dict) -> str:
    """The code of an exercise's solution cell: a folded markdown cell tagged "solution"
    whose ``<details>`` block holds one fenced Python block (it never runs by itself)."""
    found = SOLUTION_CODE.findall("".join(cell["source"]))
    if cell["cell_type"] != "markdown" or len(found) != 1:
        raise ValueError("a solution cell must be markdown with exactly one ```python block")
    return found[0]


def committed(path: Path) -> dict:
    """The notebook as git would commit it: the staged version (what the clean filter of
    ``.gitattributes`` left), or the file itself outside a git checkout. A learner's saved run
    in the working file is theirs and is not checked."""
    path = Path(path).resolve()
    shown = subprocess.run(
        ["git", "show", f":./{path.name}"],
        cwd=path.parent,
        capture_output=True,
        text=True,
        check=False,
    )
    return json.loads(shown.stdout) if shown.returncode == 0 else load(path)


def non_finite_numbers(spec: dict) -> list[object]:
    """Every NaN or infinite number in the data a chart spec carries."""
    bad = []

    def walk(obj):
        if isinstance(obj, float) and not math.isfinite(obj):
            bad.append(obj)
        elif isinstance(obj, dict):
            for v in obj.values():
                walk(v)
        elif isinstance(obj, list):
            for v in obj:
                walk(v)

    walk(spec.get("datasets", {}))
    walk(spec.get("data", {}))
    return bad
