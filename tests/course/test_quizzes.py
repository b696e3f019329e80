"""Every check-yourself question of every lesson, answered as a learner would.

Each lesson's ``quiz_<topic>`` functions (found in its package's ``__all__``, so a new
lesson is covered without editing this file) build a :mod:`helpers.core.quiz` widget.
Pressing Check with no answer asks for one. For a multiple-choice question every option is
chosen in turn: the right one says "Right", each wrong one "Not quite" and shows the reason
written for it; a numeric one is given its answer, each slip it foresees (each shows its
reason) and a far-off number. A lesson's own tests check what its questions say.
"""

from __future__ import annotations

import importlib

import pytest

from helpers.core import quiz
from helpers.core.discovery import lessons

QUIZZES = [
    (f"{lesson.package}.{name}", getattr(importlib.import_module(lesson.package), name))
    for lesson in lessons()
    for name in importlib.import_module(lesson.package).__all__
    if name.startswith("quiz_")
]


def test_every_lesson_has_questions():
    packages = {name.rsplit(".", 1)[0] for name, _ in QUIZZES}
    assert packages == {lesson.package for lesson in lessons()}


@pytest.mark.parametrize(("name", "make"), QUIZZES, ids=[n for n, _ in QUIZZES])
def test_every_answer_gets_its_own_reason(name, make):
    q = make()
    q.button.click()
    assert q.result.value.startswith(("Choose", "Type a number")), name
    if isinstance(q, quiz._Number):  # the answer, each slip foreseen, and a far-off number
        answers = {f"{q.expected:g}": None, **{f"{v:g}": why for v, why in q.wrong.items()}}
        answers[f"{3 * q.expected + 1:g}"] = "is not it"
        for typed, reason in answers.items():
            q.answer(typed)
            right = reason is None
            assert q.result.value.startswith("✅" if right else "❌"), (name, typed)
            assert right or reason[1:] in q.result.value, (name, typed)
        return
    for option, reason in q.options.items():
        q.answer(option)
        mark = "✅ Right." if option == q.correct else "❌ Not quite."
        # the verdict says it: a reason that starts "Right" again reads "Right. Right: ..."
        assert not reason.startswith("Right"), (name, option)
        assert q.result.value.startswith(mark), (name, option)
        assert reason[1:] in q.result.value, (name, option)  # its first letter is capitalised
