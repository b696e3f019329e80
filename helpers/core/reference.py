"""The course's glossary and bibliography, read from ``reference/``.

``reference/glossary.csv`` holds terms with a definition and, where useful, the
Chinese term (pinyin and characters); ``reference/references.bib`` is the
bibliography in BibTeX. Lessons show the glossary and cite works by author and
year; :func:`cite` formats a citation from a BibTeX key.
"""

from __future__ import annotations

import csv
import re
from functools import cache

import pandas as pd

from helpers.core.paths import REFERENCE_DIR
from helpers.core.validate import check_choice

_ENTRY = re.compile(r"@(\w+)\s*\{\s*([^,\s]+)\s*,(.*?)\n\}", re.S)
_FIELD = re.compile(r"(\w+)\s*=\s*\{((?:[^{}]|\{[^{}]*\})*)\}", re.S)


@cache
def _glossary() -> pd.DataFrame:
    with (REFERENCE_DIR / "glossary.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    df = pd.DataFrame(rows, columns=["term", "pinyin", "hanzi", "definition", "lessons"])
    return df.sort_values("term", key=lambda s: s.str.lower(), ignore_index=True)


def glossary(lesson: str | None = None) -> pd.DataFrame:
    """Glossary terms (all, or those used in lesson ``"NN"``), sorted by term.

    Examples
    --------
    >>> "people's commune" in set(glossary("03")["term"])
    True
    """
    df = _glossary()
    if lesson is None:
        return df.copy()
    numbers = sorted({n for cell in df["lessons"] for n in cell.split()})
    check_choice("lesson", lesson, numbers)
    return df[df["lessons"].str.split().apply(lambda ns: lesson in ns)].reset_index(drop=True)


def define(term: str) -> str:
    """One line: the term, its Chinese name if any, and its definition.

    Examples
    --------
    >>> define("production team").startswith("production team (shēngchǎn duì 生产队):")
    True
    """
    df = _glossary()
    check_choice("term", term, list(df["term"]))
    row = df[df["term"] == term].iloc[0]
    chinese = " ".join(x for x in (row.pinyin, row.hanzi) if x)
    return f"{row.term}{f' ({chinese})' if chinese else ''}: {row.definition}"


@cache
def _references() -> pd.DataFrame:
    text = (REFERENCE_DIR / "references.bib").read_text(encoding="utf-8")
    rows = []
    for kind, key, body in _ENTRY.findall(text):
        fields = {k.lower(): re.sub(r"\s+", " ", v).strip() for k, v in _FIELD.findall(body)}
        fields["title"] = _unlatex(fields.get("title", ""))
        rows.append({"key": key, "kind": kind.lower(), **fields})
    return pd.DataFrame(rows).fillna("")


def references() -> pd.DataFrame:
    """The bibliography: one row per entry (key, kind, author, title, year, ...)."""
    return _references().copy()


_ACCENTS = {'{\\"o}': "ö", '{\\"u}': "ü", '{\\"a}': "ä", "{\\=a}": "ā", "{\\'e}": "é"}


def _unlatex(text: str) -> str:
    for latex, char in _ACCENTS.items():
        text = text.replace(latex, char)
    return text.replace("--", "–").replace("{", "").replace("}", "")


def cite(key: str) -> str:
    """Author–year citation for a BibTeX key.

    Examples
    --------
    >>> cite("linyang2000")
    'Lin and Yang (2000)'
    >>> cite("ashton1984")
    'Ashton et al. (1984)'
    >>> cite("dikotter2010")
    'Dikötter (2010)'
    """
    refs = _references()
    check_choice("key", key, list(refs["key"]))
    row = refs[refs["key"] == key].iloc[0]
    authors = [a.strip() for a in row.author.split(" and ")]
    names = [a.strip("{}").split(",")[0] for a in authors]
    names = [_unlatex(n) for n in names]
    shown = (
        names[0]
        if len(names) == 1
        else (f"{names[0]} and {names[1]}" if len(names) == 2 else f"{names[0]} et al.")
    )
    return f"{shown} ({row.year})"
