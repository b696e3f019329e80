"""Names the lessons tell a learner to type exist: ``lesson.<name>`` and nothing else.

A learner copies what the prose and the exercise hints say. A name the notebook does not
have (``lesson04.grain_path``, ``course.lessons()``, ``mess_halls.shortfall_month``) is a
``NameError`` the learner cannot explain, so every dotted name in a lesson's Markdown code
spans, and in the hint each exercise check gives for a wrong answer, must be
``lesson.<name>`` with ``<name>`` in the lesson package's ``__all__``.
"""

from __future__ import annotations

import importlib
import inspect
import json
import re

import pytest

from helpers.core.discovery import lessons

LESSONS = lessons()
CODE_SPAN = re.compile(r"`([^`\n]+)`")
DOTTED = re.compile(r"(?<![\w/.])([A-Za-z_]\w*)\.([A-Za-z_]\w*)\b")
FILE_ENDINGS = {"csv", "json", "md", "ipynb", "py", "bib", "txt", "toml", "yml"}


def wrong_names(text: str, exported: set[str]) -> list[str]:
    """Dotted names in ``text``'s code spans that a lesson notebook does not have.

    >>> wrong_names("Use `lesson.totals(df)` and `lesson04.grain_path()`; see `data/timeline.csv`.", {"totals"})
    ['lesson04.grain_path']
    """
    found = []
    for span in CODE_SPAN.findall(text):
        if "/" in span:
            continue  # a path
        for prefix, name in DOTTED.findall(span):
            if name in FILE_ENDINGS:
                continue
            if prefix != "lesson" or name not in exported:
                found.append(f"{prefix}.{name}")
    return found


@pytest.mark.parametrize("lesson", LESSONS, ids=[lesson.slug for lesson in LESSONS])
def test_lesson_text_names_only_what_the_notebook_has(lesson):
    exported = set(importlib.import_module(lesson.package).__all__)
    cells = json.loads(lesson.notebook.read_text(encoding="utf-8"))["cells"]
    found = {
        c["id"]: wrong_names("".join(c["source"]), exported)
        for c in cells
        if c["cell_type"] == "markdown"
    }
    bad = {cell: names for cell, names in found.items() if names}
    assert not bad, f"{lesson.notebook.name}: names the notebook does not have, by cell: {bad}"


@pytest.mark.parametrize("lesson", LESSONS, ids=[lesson.slug for lesson in LESSONS])
def test_exercise_hints_name_only_what_the_notebook_has(lesson):
    exported = set(importlib.import_module(lesson.package).__all__)
    exercises = lesson.module("exercises")
    checks = [f for n, f in inspect.getmembers(exercises, callable) if re.fullmatch(r"ex_\d+", n)]
    assert checks, f"{lesson.slug}: no exercise checks"
    for check in checks:
        for wrong in (-12345.0, "not an answer"):
            said = str(check(wrong))
            names = re.findall(r"\b(?:lesson\w*|[a-z_]+s)\.[a-z_]\w*\(", said)
            spans = wrong_names(" ".join(f"`{n}`" for n in names), exported)
            assert not spans, f"{lesson.slug}.{check.__name__}({wrong!r}) hint names {spans}"
