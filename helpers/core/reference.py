"""The course's glossary and bibliography, read from ``reference/``.

``reference/glossary.csv`` holds terms with their Kazakh term (``term_kk``), a
definition in English and in Kazakh (``definition_kk``) and, where useful, the Chinese term
(pinyin and characters); after ``use_language("kk")`` :func:`glossary` gives the Kazakh
term and definition (the English term stays in ``term_en``);
``reference/references.bib`` is the bibliography in BibTeX. Lessons show the
glossary and cite works by author and year; :func:`cite` formats a citation from a BibTeX key.
"""

from __future__ import annotations

import csv
import re
from functools import cache

import pandas as pd

from helpers.core import i18n
from helpers.core.paths import REFERENCE_DIR
from helpers.core.validate import check_choice

_ENTRY = re.compile(r"@(\w+)\s*\{\s*([^,\s]+)\s*,(.*?)\n\}", re.S)
_FIELD = re.compile(r"(\w+)\s*=\s*\{((?:[^{}]|\{[^{}]*\})*)\}", re.S)


@cache
def _glossary() -> pd.DataFrame:
    with (REFERENCE_DIR / "glossary.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    columns = ["term", "term_kk", "pinyin", "hanzi", "definition", "definition_kk", "lessons"]
    df = pd.DataFrame(rows, columns=columns)
    return df.sort_values("term", key=lambda s: s.str.lower(), ignore_index=True)


def _in_language(df: pd.DataFrame) -> pd.DataFrame:
    """``df`` with its term and definition in the current language (English: as it is)."""
    language = i18n.current_language()
    if language == "en":
        return df
    out = df.assign(
        term_en=df["term"], term=df[f"term_{language}"], definition=df[f"definition_{language}"]
    )
    return out.sort_values("term", key=lambda s: s.str.lower(), ignore_index=True)


def glossary(lesson: str | None = None) -> pd.DataFrame:
    """Glossary terms (all, or those used in lesson ``"NN"``), sorted by term.

    Examples
    --------
    >>> "people's commune" in set(glossary("03")["term"])
    True
    """
    df = _in_language(_glossary())
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
    row = _in_language(df[df["term"] == term]).iloc[0]
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


_ACCENTS = {
    '{\\"o}': "ö",
    '{\\"u}': "ü",
    '{\\"a}': "ä",
    "{\\=a}": "ā",
    "{\\'e}": "é",
    "{\\'a}": "á",
    "{\\'O}": "Ó",
}


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
    names = [_unlatex(a).split(",")[0].strip() for a in authors]
    shown = (
        names[0]
        if len(names) == 1
        else (f"{names[0]} and {names[1]}" if len(names) == 2 else f"{names[0]} et al.")
    )
    return f"{shown} ({row.year})"


# ---- author-year citations in prose ---------------------------------------------------------
#
# The course cites in prose as "Author (Year)", "Author and Author (Year)" or "Author et al.
# (Year)", optionally with a page: "Coale (1984: 7)". A citation resolves to the one entry of
# references.bib whose year is the cited year and whose first author's surname occurs among the
# cited names (accents ignored; Chinese names may be written surname first, "Yang Jisheng").

_TOKEN = r"(?:[A-ZÀ-ÞĀ-Ž][\w'’.-]*|[\u4e00-\u9fff]+)"
_NAME = rf"{_TOKEN}(?:(?:-|[ \t]+|[ \t]*\n[ \t]*){_TOKEN})*"
# Names may wrap onto the next line of a markdown paragraph; they are joined with one space.
_CITATION = re.compile(
    rf"(?P<names>{_NAME}(?:(?:,?\s+and\s+|,\s+|\s+&\s+){_NAME})*(?:\s+et\s+al\.)?)(?:['’]s?)?"
    r"\s+\((?P<year>(?:1[6-9]\d\d|20\d\d)[a-z]?)(?:[,:;] ?[^()]*)?\)"
)

#: Capitalised words that start a sentence before a name ("As Coale (1984) showed"): dropped.
_LEADING = {
    "As",
    "In",
    "The",
    "See",
    "Add",
    "And",
    "But",
    "Following",
    "After",
    "Unlike",
    "Like",
    "For",
    "By",
    "While",
    "Both",
    "Then",
    "So",
    "Yet",
    "Here",
    "Only",
    "Even",
    "Where",
}

#: Capitalised words before a bracketed year that are not names ("19.8 Mt (1957)").
NOT_NAMES = {"Mt", "M", "GW", "TWh"}

#: Names the course cites that are not the first author's surname in references.bib:
#: cited name -> that surname (organisations and short forms).
CITATION_ALIASES = {
    "National Bureau of Statistics": "National Bureau of Statistics of China",
    "NBS": "National Bureau of Statistics of China",
    "Cliff": "Gluckstein",
}


def _plain(text: str) -> str:
    import unicodedata

    text = unicodedata.normalize("NFKD", _unlatex(text))
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def _citations(text: str) -> list[tuple[str, str, str]]:
    """(names, year, the text on the same line before the names) for every citation."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a string; got {type(text).__name__}")
    found = []
    for m in _CITATION.finditer(text):
        words = m["names"].split()
        while len(words) > 1 and words[0] in _LEADING:
            words = words[1:]
        names = re.sub(r"['’]s?$", "", " ".join(words))
        if names not in NOT_NAMES:
            before = re.split(r"[\n;]", text[max(0, m.start() - 160) : m.start()])[-1]
            found.append((names, m["year"], before))
    return found


def find_citations(text: str) -> list[tuple[str, str]]:
    """Every author-year citation in ``text``, as ``(names as written, year)``.

    Examples
    --------
    >>> find_citations("As Coale (1984: 7) and Ashton et al. (1984) show; see Lin and Yang (2000).")
    [('Coale', '1984'), ('Ashton et al.', '1984'), ('Lin and Yang', '2000')]
    >>> find_citations("the First Plan (1953-57) and lesson 04 (the crisis)")
    []
    """
    return [(names, year) for names, year, _ in _citations(text)]


def _surnames(author: str) -> list[str]:
    names = [a.strip() for a in re.split(r"\s+and\s+", author) if a.strip()]
    return [_unlatex(n).split(",")[0].strip() for n in names]


def resolve(names: str, year: str) -> list[str]:
    """The bibliography keys a citation ``names (year)`` can mean: one key if it resolves.

    An entry matches when its year is ``year`` and its first author's surname (or an alias
    in :data:`CITATION_ALIASES`) occurs as whole words in ``names``. Two works of one author
    and year are cited with a letter, ``"2014b"``, that the entry's key ends with. If several entries match,
    only those whose every author's surname occurs (or, for three or more authors, "et al.")
    are kept.

    Examples
    --------
    >>> resolve("Ashton et al.", "1984"), resolve("Lin", "1990"), resolve("Smith", "2020")
    (['ashton1984'], ['lin1990'], [])
    """
    if not isinstance(names, str) or not isinstance(year, str):
        raise TypeError("names and year must be strings")
    year, letter = year[:4], year[4:]
    cited = _plain(names)
    for alias, surname in CITATION_ALIASES.items():
        if re.search(rf"(?<!\w){re.escape(_plain(alias))}(?!\w)", cited):
            cited += " " + _plain(surname)

    def has(name: str) -> bool:
        return bool(re.search(rf"(?<!\w){re.escape(_plain(name))}(?!\w)", cited))

    refs = _references()
    found = [
        (row.key, _surnames(row.author))
        for row in refs[refs["year"] == year].itertuples()
        if _surnames(row.author) and has(_surnames(row.author)[0])
    ]
    if letter:  # "Luo (2014b)": the entry whose key ends in 2014b
        found = [(key, sn) for key, sn in found if key.endswith(year + letter)]
    if len(found) > 1:
        found = [
            (key, s)
            for key, s in found
            if (len(s) > 2 and "et al" in cited) or (len(s) <= 2 and all(has(n) for n in s))
        ]
    return [key for key, _ in found]


def unresolved(text: str) -> list[str]:
    """The citations in ``text`` that do not resolve to exactly one bibliography entry.

    A citation that names only part of a title or a venue ("Library of Congress Country Study:
    China (1987)", "Chow (1993), '...', Quarterly Journal of Economics (1993)") is tried once
    more with the words before it, back to the start of the line or the last ";".

    Examples
    --------
    >>> unresolved("Coale (1984) and Nobody (2031), Madeup and Other (1999).")
    ['Nobody (2031)', 'Madeup and Other (1999)']
    """
    return [
        f"{names} ({year})"
        for names, year, before in _citations(text)
        if len(resolve(names, year)) != 1 and len(resolve(f"{before} {names}", year)) != 1
    ]
