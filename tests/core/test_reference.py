"""The glossary and the bibliography: complete, well-formed, and used by the lessons."""

from __future__ import annotations

import re

import pytest

from helpers.core import reference
from tests.support.lessons import LESSONS, load


def test_glossary_terms_are_unique_defined_and_point_at_real_lessons():
    df = reference.glossary()
    assert df["term"].is_unique and len(df) >= 20
    assert (df["definition"].str.len() > 20).all()
    numbers = {p.name[:2] for p in LESSONS} | {"02", "03", "04", "05"}
    for cell in df["lessons"]:
        assert cell.split() and set(cell.split()) <= numbers, cell
    both_or_neither = (df["pinyin"] == "") == (df["hanzi"] == "")
    assert both_or_neither.all(), "a Chinese term needs both pinyin and characters"


def test_glossary_filters_by_lesson_and_defines_a_term():
    assert set(reference.glossary("05")["term"]) >= {"excess deaths", "counterfactual baseline"}
    assert "生产队" in reference.define("production team")
    with pytest.raises(ValueError, match="term must be one of"):
        reference.define("tractor")
    with pytest.raises(ValueError, match="lesson must be one of"):
        reference.glossary("99")


def test_bibliography_entries_have_author_title_year():
    refs = reference.references()
    assert refs["key"].is_unique and len(refs) >= 10
    for row in refs.itertuples():
        assert row.author and row.title and re.fullmatch(r"\d{4}", row.year), row.key


def test_citations_are_author_year():
    assert reference.cite("lin1990") == "Lin (1990)"
    assert reference.cite("changwen1997") == "Chang and Wen (1997)"
    with pytest.raises(ValueError, match="key must be one of"):
        reference.cite("nobody2025")


def test_every_lesson_points_learners_to_the_bibliography():
    for path in LESSONS:
        text = "\n".join("".join(c["source"]) for c in load(path)["cells"])
        sources = text[text.find("## Sources") :]
        assert "reference/references.bib" in sources, f"{path.name}: Sources should link it"
