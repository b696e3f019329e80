"""What a lesson cell must never show a learner: Python's own representations.

Every output is prose, a table (``helpers.core.display.table``) or a chart. This finds the
rest in a cell's outputs (nbformat dicts): reprs of objects and dataclasses, pandas'
``dtype:`` and ``Name:`` lines and its raw DataFrame tables, bare dicts, lists, tuples and
numbers, ``object at 0x``, and anything written to stderr (warnings, tracebacks).
"""

from __future__ import annotations

import re

PATTERNS = {
    "a pandas Series (dtype: line)": re.compile(r"^dtype: \w+", re.M),
    "a pandas Series (Name: line)": re.compile(r"^Name: .*, dtype:", re.M),
    "an object repr (object at 0x...)": re.compile(r"object at 0x[0-9a-f]+"),
    "a dataclass or object repr (Name(field=...))": re.compile(r"\b[A-Z]\w*\(\w+="),
    "a numpy or pandas scalar repr": re.compile(r"\b(np\.\w+|numpy\.\w+|array)\("),
    "a bare dict": re.compile(r"^\s*\{.*:.*\}\s*$", re.S),
    "a bare list or tuple": re.compile(r"^\s*[\[(].*[\])]\s*$", re.S),
    "a bare number": re.compile(r"^\s*[-+]?[\d.,]+(e[-+]?\d+)?\s*$"),
}
RAW_TABLE = re.compile(r'<table[^>]*class="dataframe"')


def problems(outputs: list[dict]) -> list[str]:
    """Each raw-Python output in ``outputs``, described with its first characters."""
    found = []
    for out in outputs:
        kind = out.get("output_type")
        if kind == "stream":
            text = _text(out.get("text", ""))
            if out.get("name") == "stderr":
                found.append(f"text on stderr: {text[:120]!r}")
            else:
                found += _plain(text)
        elif kind == "error":
            found.append(f"an error: {out.get('ename')}: {out.get('evalue')}"[:160])
        elif kind in ("execute_result", "display_data"):
            data = out.get("data", {})
            if RAW_TABLE.search(_text(data.get("text/html", ""))):
                found.append("a raw pandas table (use helpers.core.display.table)")
            elif set(data) <= {"text/plain"}:
                found += _plain(_text(data.get("text/plain", "")))
    return found


def _plain(text: str) -> list[str]:
    return [f"{what}: {text[:120]!r}" for what, rx in PATTERNS.items() if rx.search(text)]


def _text(value: object) -> str:
    return "".join(value) if isinstance(value, list) else str(value)
