"""Lesson 07's check-yourself questions (template: replace them).

Each is a function ``quiz_<topic>()`` returning a :mod:`helpers.core.quiz` widget, so the
notebook's cell is one call and the reading-time count finds it. Give every option the
reason it is right or wrong: the feedback is the teaching.
"""

from __future__ import annotations

from helpers.core import quiz


def quiz_compounding():
    """Check yourself, section 1: five years at 10 % a year."""
    return quiz.choice(
        "At 10 % a year, how far above 1957 is output after five years?",
        {
            "50 % above": "That adds 10 % of the 1957 output each year; each year's 10 % "
            "is of a larger total.",
            "About 61 % above": "1.1 to the power 5 is about 1.61: growth compounds.",
            "Twice as high": "Doubling at 10 % a year takes eight years, not five.",
        },
        answer="About 61 % above",
    )
