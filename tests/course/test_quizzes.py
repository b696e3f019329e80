"""Every check-yourself question of every lesson, answered as a learner would.

Each lesson's ``quiz_<topic>`` functions (found in its package's ``__all__``, so a new
lesson is covered without editing this file) build a :mod:`helpers.core.quiz` widget.
Pressing Check with no answer asks for one. For a multiple-choice question every option is
chosen in turn: the right one says "Right", each wrong one "Not quite" and shows the reason
written for it; a numeric one is given its answer, each slip it foresees (each shows its
reason) and a far-off number. A lesson's own tests check what its questions say.

The right option must not be given away by its length: in a lesson, it is the longest option
in at most half of the multiple-choice questions (one, if the lesson has only one), and it is
never more than 1.25 times as long as its question's longest wrong option. Nor may the cue
turn round: it is the shortest in at most half of them too.
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


#: A right option may be at most this many times as long as its question's longest wrong one.
MAX_LENGTH_RATIO = 1.25


def _choices(package: str) -> list[tuple[str, quiz._Choice]]:
    """A lesson package's multiple-choice questions, each with its function's name."""
    built = [(name, make()) for name, make in QUIZZES if name.rsplit(".", 1)[0] == package]
    return [(name, q) for name, q in built if isinstance(q, quiz._Choice)]


def _lengths(q: quiz._Choice) -> tuple[int, int]:
    """The right option's length and the longest wrong option's, in characters."""
    return len(q.correct), max(len(option) for option in q.options if option != q.correct)


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


@pytest.mark.parametrize("package", [lesson.package for lesson in lessons()])
def test_the_right_option_is_not_usually_the_longest_or_the_shortest(package):
    # a learner who always picks the longest option (or, once that fails, the shortest) must
    # not pass a lesson without reading
    questions = _choices(package)
    allowed = len(questions) // 2 if len(questions) > 1 else 1
    for cue, beats in (("longest", int.__gt__), ("shortest", int.__lt__)):
        hits = []
        for name, q in questions:
            right = len(q.correct)
            if all(beats(right, len(o)) for o in q.options if o != q.correct):
                hits.append(name)
        assert len(hits) <= allowed, (
            f"{package}: the right option is the {cue} in {len(hits)} of {len(questions)} "
            f"questions (at most {allowed} may be): {hits}"
        )


@pytest.mark.parametrize(("name", "make"), QUIZZES, ids=[n for n, _ in QUIZZES])
def test_the_right_option_is_not_much_longer_than_the_wrong_ones(name, make):
    q = make()
    if not isinstance(q, quiz._Choice):
        return
    right, wrong = _lengths(q)
    assert right <= MAX_LENGTH_RATIO * wrong, (
        f"{name}: the right option has {right} characters, {right / wrong:.2f} times the "
        f"longest wrong one's {wrong}; make the wrong options as specific, or trim the right one"
    )
