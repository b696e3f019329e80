"""Give every lesson cell a stable, readable id (nbformat 4.5), and check that they have one.

Run from the repository root::

    .venv/bin/python scripts/notebook_ids.py          # add ids where missing or random
    .venv/bin/python scripts/notebook_ids.py --check  # exit 1 if a cell needs one

An id is made once, from where the cell sits, and then kept: ``learning-objectives``,
``1-the-leap-to-communes-1958`` for a heading cell, ``1-the-leap-to-communes-1958-code-2``
for the second code cell under it, ``exercise-1-solution`` for a solution. Translations
are keyed by these ids (``msgctxt``), so an id must not change when the cell's text does:
this script never renames a cell that already has a readable id. JupyterLab gives a new
cell a random id (``3f2a9c1e-...``); run this script before committing such a cell.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

LESSONS = Path(__file__).resolve().parents[1] / "lessons"
#: A readable id: lower-case words joined by hyphens.
_WORDS = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
#: What nbformat (8 hex digits), JupyterLab (a UUID) and other editors (32 hex digits, a UUID
#: without its hyphens) give a new cell.
_RANDOM = re.compile(
    r"^(?=.*\d)(?:[0-9a-f]{32}|[0-9a-f]{8}(?:-[0-9a-f]{4}){0,3}(?:-[0-9a-f]{12})?)$"
)


def readable(cell_id: object) -> bool:
    """True for ``exercise-1-solution``; False for ``27ee55a1`` or a UUID.

    Examples
    --------
    >>> [readable(i) for i in ("key-points", "27ee55a1", "7fb27b941602401d91542211134fc71a")]
    [True, False, False]
    """
    return bool(_WORDS.match(str(cell_id))) and not _RANDOM.match(str(cell_id))


_HEADING = re.compile(r"^#{1,6}\s+(.+)$", re.M)
_MAX = 24
_EXERCISE = re.compile(r"^exercise\s+(\d+)", re.I)
_SMALL = {
    "a",
    "an",
    "and",
    "by",
    "for",
    "how",
    "in",
    "is",
    "it",
    "of",
    "on",
    "the",
    "to",
    "was",
    "with",
}


def slug(text: str) -> str:
    """A heading's id: ``"1. The leap to communes, 1958"`` -> ``"1-leap-communes-1958"``.

    Small words are left out and the id stops near 24 characters; an exercise's heading
    gives ``exercise-N``.
    """
    exercise = _EXERCISE.match(text.strip())
    if exercise:
        return f"exercise-{exercise.group(1)}"
    words = [w for w in re.findall(r"[a-z0-9]+", text.lower().replace("'", "")) if w not in _SMALL]
    out = ""
    for word in words:
        if len(out) + len(word) + 1 > _MAX:
            break
        out = f"{out}-{word}" if out else word
    return out or "cell"


def assign_ids(nb: dict) -> int:
    """Give each cell without a readable id one; return how many were given."""
    taken = {c.get("id") for c in nb["cells"] if readable(c.get("id"))}
    section, counts, given = "top", {}, 0
    for cell in nb["cells"]:
        text = "".join(cell["source"])
        headings = _HEADING.findall(text) if cell["cell_type"] == "markdown" else []
        if headings and text.lstrip().startswith("#"):
            want = slug(headings[0])
            section = slug(headings[-1])
        else:
            kind = (
                "solution"
                if "solution" in cell.get("metadata", {}).get("tags", [])
                else ("code" if cell["cell_type"] == "code" else "text")
            )
            counts[(section, kind)] = counts.get((section, kind), 0) + 1
            n = counts[(section, kind)]
            want = f"{section}-{kind}" + (f"-{n}" if n > 1 else "")
        if readable(cell.get("id")):
            continue
        candidate, k = want, 2
        while candidate in taken:
            candidate, k = f"{want}-{k}", k + 1
        cell["id"] = candidate
        taken.add(candidate)
        given += 1
    nb["nbformat"], nb["nbformat_minor"] = 4, max(5, nb.get("nbformat_minor", 0))
    return given


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="report, change nothing")
    parser.add_argument("notebooks", nargs="*", type=Path, help="default: lessons/*.ipynb")
    args = parser.parse_args(argv)
    paths = args.notebooks or sorted(LESSONS.glob("*.ipynb"))
    needing = []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        nb = json.loads(text)
        if assign_ids(nb) or nb["nbformat_minor"] != json.loads(text)["nbformat_minor"]:
            needing.append(path)
            if not args.check:
                path.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + "\n", "utf-8")
    if needing and args.check:
        names = ", ".join(p.name for p in needing)
        print(
            f"cells without a readable id in {names}: run scripts/notebook_ids.py", file=sys.stderr
        )
        return 1
    for path in needing:
        print(f"ids given in {path.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
