"""Lesson 07's exercise checks (template: replace them).

Each check answers any input with a :class:`~helpers.core.feedback.Feedback` that
explains, never with an exception, and records a pass in the learner's progress.
"""

from __future__ import annotations

from helpers.core import feedback, progress
from helpers.lessons.provinces.evidence import steel_1957_mt
from helpers.lessons.provinces.model import output_path


@progress.tracked
def ex_1(answer: object) -> feedback.Feedback:
    """Exercise 1: steel output in 1962 at 10 % a year from 1957, million tonnes."""
    expected = float(output_path(steel_1957_mt(), 10.0, 5)["output_mt"].iloc[-1])
    return feedback.check_number(
        answer,
        expected,
        rel=0.01,
        hint="multiply the 1957 output by 1.10 five times.",
        explain=f"{expected:.1f} million tonnes: 1.1 to the power 5 is about 1.61.",
        wrong={steel_1957_mt() * 1.5: "that adds 10 % of 1957 five times: growth compounds."},
    )


@progress.tracked
def ex_2(answer: object) -> feedback.Feedback:
    """Exercise 2: years of 10 % growth until output doubles (a whole number)."""
    path = output_path(1.0, 10.0, 30)
    expected = int(path.loc[path["output_mt"] >= 2.0, "year"].iloc[0]) - 1957
    return feedback.check_number(
        answer,
        expected,
        rel=0,
        hint="move the Years slider until the line passes twice its 1957 value.",
        explain=f"{expected} years: 1.1 to the power 7 is 1.95, to the power 8 is 2.14.",
        wrong={10: "that is 10 % a year for ten years, not doubling: growth compounds."},
    )
