"""Reading budgets, measured: a lesson's stated time is the one its text and apps make.

``helpers.core.course.reading_time`` counts prose at 150 words a minute, folded "more" blocks
at 450, and fixed minutes per app, exercise and check-yourself question. Each lesson's
``**Time:**`` line must equal it, and stay within 45 minutes (lesson 00 within 20). Code a
learner must read before the exercises stays short: no cell over 8 lines, median at most 3.
"""

from __future__ import annotations

import statistics

import pytest

from helpers.core import course
from tests.support.lessons import LESSONS, load

MAX_MIN, FIRST_MAX_MIN = 45, 20
MAX_LINES, MEDIAN_LINES = 8, 3

lessons = pytest.mark.parametrize("path", LESSONS, ids=[p.stem for p in LESSONS])


def stated(path) -> int:
    row = course.lessons(path.parent).set_index("file").loc[path.name]
    return int(row["time_min"])


@lessons
def test_stated_time_is_the_computed_one(path):
    computed = course.reading_time(path)
    assert stated(path) == computed["minutes"], (
        f"{path.name} says ~{stated(path)} min; its text and apps make {computed['minutes']} "
        f"({computed}): write the computed time in its **Time:** line, or cut"
    )


@lessons
def test_lesson_fits_its_budget(path):
    limit = FIRST_MAX_MIN if path.name.startswith("00_") else MAX_MIN
    minutes = course.reading_time(path)["minutes"]
    assert minutes <= limit, (
        f"{path.name} takes {minutes} min by the measure; the budget is {limit}"
    )


def code_before_exercises(path) -> list[int]:
    """Line counts of the code cells a learner reads before the lesson's ``## Exercises``."""
    counts = []
    for cell in load(path)["cells"]:
        text = "".join(cell["source"])
        if cell["cell_type"] == "markdown" and text.lstrip().startswith("## Exercises"):
            break
        if cell["cell_type"] == "code":
            counts.append(len([line for line in text.strip().splitlines() if line.strip()]))
    return counts


@lessons
def test_visible_code_is_short(path):
    counts = code_before_exercises(path)
    assert counts, f"{path.name}: no code cell before its exercises"
    long = [n for n in counts if n > MAX_LINES]
    assert not long, f"{path.name}: code cells of {long} lines (at most {MAX_LINES})"
    assert statistics.median(counts) <= MEDIAN_LINES, (
        f"{path.name}: median code cell {statistics.median(counts)} lines (at most {MEDIAN_LINES})"
    )
