"""Every repository path named in a docstring, a README or CONTRIBUTING exists.

A path is a token in backticks (or a Markdown link target) that starts with one of the
repository's top-level folders or files: ``tests/core/test_ui.py``, ``data/raw/``. A
placeholder (``<slug>``, ``NN``, ``*``) makes it a pattern, which must match something.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from tests.support.lessons import ROOT

TOP = sorted(
    p.name
    for p in ROOT.iterdir()
    if not p.name.startswith(".") or p.name == ".ci"
    if p.name not in {".git", ".venv"} and not p.name.endswith(".egg-info")
)
_START = "|".join(re.escape(name) for name in TOP)
#: `path`, ``path``, or a Markdown link target (path) that starts at a top-level name.
PATH = re.compile(rf"(?:``?|\]\((?:\.\./)*)((?:{_START})(?:/[\w.<>*\-]*)*)(?:``?|\)|#)")
DOCS = [
    ROOT / "README.md",
    ROOT / "CONTRIBUTING.md",
    *sorted(ROOT.glob("*/README.md")),
    *sorted(ROOT.glob("*/*/README.md")),
]
SOURCES = [
    p
    for d in ("helpers", "scripts", "tests", "benchmarks", "template")
    for p in sorted((ROOT / d).rglob("*.py"))
]


def docstrings(path: Path) -> str:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = [tree, *(n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.ClassDef))]
    return "\n".join(ast.get_docstring(n) or "" for n in nodes)


def exists(named: str) -> bool:
    pattern = re.sub(r"<[^>]*>|\bNN(?=_|\b)|\.\.\.", "*", named.rstrip("/"))
    if "*" in pattern:
        return any(ROOT.glob(pattern))
    return (ROOT / pattern).exists()


def named_paths(text: str) -> set[str]:
    return {m.group(1) for m in PATH.finditer(text) if "/" in m.group(1) or m.group(1) in TOP}


#: Paths that name a file of another repository, by the document that names them.
NOT_HERE = {
    "data/raw/README.md": {
        "data/mpd2020.csv": "the Maddison file's path in mp16445/macroeconomic-analysis",
    },
}
CASES = [(p, p.read_text(encoding="utf-8")) for p in DOCS if p.exists()]
CASES += [(p, docstrings(p)) for p in SOURCES]


@pytest.mark.parametrize(("where", "text"), CASES, ids=[str(p.relative_to(ROOT)) for p, _ in CASES])
def test_every_path_named_exists(where, text):
    elsewhere = NOT_HERE.get(str(where.relative_to(ROOT)), {})
    missing = sorted(p for p in named_paths(text) if not exists(p) and p not in elsewhere)
    assert not missing, f"{where.relative_to(ROOT)} names paths that do not exist: {missing}"


def test_the_check_finds_paths_and_can_fail():
    text = (
        "see `tests/core/test_ui.py`, ``data/raw/``, [a](../lessons/README.md) and `tests/nope.py`"
    )
    assert named_paths(text) == {
        "tests/core/test_ui.py",
        "data/raw/",
        "lessons/README.md",
        "tests/nope.py",
    }
    assert [p for p in sorted(named_paths(text)) if not exists(p)] == ["tests/nope.py"]
