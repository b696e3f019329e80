"""Feedback for exercises: checks that explain, not hashes that judge.

A check returns a :class:`Feedback`, which shows its message when it is a
cell's last expression and is truthy only when the answer passed, so the
folded solution cell can ``assert`` the very check the learner ran.
"""

from __future__ import annotations

import html
import math
from dataclasses import dataclass
from numbers import Real

from helpers.core import validate
from helpers.core.i18n import number, t


@dataclass(frozen=True)
class Feedback:
    """The result of an exercise check: passed or not, and why."""

    passed: bool
    message: str
    attempted: bool = True

    def __bool__(self) -> bool:
        return self.passed

    def __str__(self) -> str:
        mark = (
            t("✅ Correct")
            if self.passed
            else (t("⏳ Not attempted yet") if not self.attempted else t("❌ Not yet"))
        )
        return f"{mark}: {self.message}"

    def _repr_html_(self) -> str:
        colour = "#009E73" if self.passed else ("#555555" if not self.attempted else "#D55E00")
        return f'<p style="border-left:4px solid {colour};padding-left:8px">{html.escape(str(self))}</p>'

    def __repr__(self) -> str:
        return str(self)


def not_attempted(hint: str) -> Feedback:
    """Feedback for an answer still left as ``...``."""
    _check_text("hint", hint)
    return Feedback(
        False, t("replace the ... with your answer. Hint: {hint}", hint=hint), attempted=False
    )


def check_number(
    answer: object,
    expected: float,
    *,
    rel: float = 0.01,
    hint: str,
    explain: str,
    wrong: dict[float, str] | None = None,
) -> Feedback:
    """Compare a numeric ``answer`` with ``expected`` within a relative tolerance.

    ``wrong`` maps common wrong answers to the misconception they reveal.

    Examples
    --------
    >>> bool(check_number(25, 25.0, hint="per thousand", explain="2.5 % is 25 per 1,000"))
    True
    >>> check_number(..., 25.0, hint="per thousand", explain="").attempted
    False
    """
    validate.check_number("expected", expected)
    _check_text("hint", hint)
    validate.check_number("rel", rel, low=0, high=1)
    _check_text("explain", explain)
    if answer is ...:
        return not_attempted(hint)
    if isinstance(answer, bool) or not isinstance(answer, Real) or math.isnan(answer):
        return Feedback(
            False,
            t(
                "the answer should be a number; got {answer}. Hint: {hint}",
                answer=repr(answer),
                hint=hint,
            ),
        )
    if math.isclose(answer, expected, rel_tol=rel, abs_tol=1e-9):
        return Feedback(True, explain)
    for value, why in (wrong or {}).items():
        if math.isclose(answer, value, rel_tol=rel, abs_tol=1e-9):
            return Feedback(False, why)
    return Feedback(False, t("{answer} is not it. Hint: {hint}", answer=_shown(answer), hint=hint))


def share_problem(answer: object, hint: str) -> Feedback | None:
    """Feedback if ``answer`` is not yet a share between 0 and 1, else None.

    Examples
    --------
    >>> share_problem(25, "h").message
    'give a share between 0 and 1 (0.25, not 25).'
    >>> share_problem(0.25, "h") is None
    True
    """
    _check_text("hint", hint)
    if answer is ...:
        return not_attempted(hint)
    if isinstance(answer, bool) or not isinstance(answer, Real) or math.isnan(answer):
        return Feedback(
            False, t("the answer should be a share such as 0.25. Hint: {hint}", hint=hint)
        )
    if not 0 <= answer <= 1:
        return Feedback(False, t("give a share between 0 and 1 (0.25, not 25)."))
    return None


def check_choice(
    answer: object,
    expected: object,
    *,
    hint: str,
    explain: str,
    wrong: dict[object, str] | None = None,
) -> Feedback:
    """Compare a multiple-choice ``answer`` (a letter or word) with ``expected``.

    Examples
    --------
    >>> bool(check_choice("b", "B", hint="", explain="yes"))
    True
    >>> bool(check_choice("а", "a", hint="", explain="yes"))  # a Cyrillic а
    True
    """
    _check_text("hint", hint)
    _check_text("explain", explain)
    if answer is ...:
        return not_attempted(hint)
    norm = _latin(str(answer).strip().lower())
    if norm == str(expected).strip().lower():
        return Feedback(True, explain)
    for value, why in (wrong or {}).items():
        if norm == str(value).strip().lower():
            return Feedback(False, why)
    return Feedback(False, t("{answer} is not it. Hint: {hint}", answer=_shown(answer), hint=hint))


#: A one-letter answer typed on a Kazakh (Cyrillic) keyboard: а, в, с look like a, b, c and
#: д is the d of the alphabet's order; each is read as the Latin letter the options use.
_CYRILLIC_LETTERS = {"а": "a", "в": "b", "с": "c", "д": "d"}


def _latin(answer: str) -> str:
    """A one-letter answer in Latin letters (``"а"`` typed in Cyrillic is ``"a"``)."""
    return _CYRILLIC_LETTERS.get(answer, answer) if len(answer) == 1 else answer


def _shown(answer: object) -> str:
    """An answer as a learner would write it: 1.495, not 1.4953271028037385."""
    if isinstance(answer, float):
        return number(answer, ".4g")
    if isinstance(answer, int) and not isinstance(answer, bool):
        return number(answer)  # a Kazakh minus sign, as for floats
    return repr(answer)


def _check_text(name: str, value: object) -> None:
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a string of feedback text; got {type(value).__name__}")
