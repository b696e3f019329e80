"""Check-yourself questions a learner answers with a click, offline.

Three kinds, each an ipywidgets box that draws in JupyterLab and Voilà with no network and
is tested by setting its value and pressing its button, like any control:

* :func:`choice` — pick one option; every option carries the reason it is right or wrong.
* :func:`number` — type a number; the feedback explains the answer and common slips.
* :func:`open_question` — write an answer, then compare it with a model answer and tick
  the rubric points it meets. It is self-assessed and is never marked "correct".

They do not record progress: they are for the learner, not a score. A lesson package wraps
each of its questions in a function named ``quiz_<topic>`` so that the notebook's cell is
one call (``lesson.quiz_baseline()``) and the reading-time count finds it.

Why not ``jupyterquiz``: it draws with JavaScript in an HTML output, so a headless kernel
test cannot answer it, and its answers never reach the kernel; these widgets are answered
and tested through the same kernel-side values as the apps.

Examples
--------
>>> q = choice("Which year was worst?", {"1959": "Bad, but not the peak.",
...            "1960": "The registered death rate peaked in 1960."}, answer="1960")
>>> q.answer("1959"); q.result.value
'❌ Not quite. Bad, but not the peak.'
>>> q.answer("1960"); q.result.value
'✅ Right. The registered death rate peaked in 1960.'
"""

from __future__ import annotations

import hashlib
import html
import math
import re
from collections.abc import Mapping, Sequence
from numbers import Real

import ipywidgets as widgets

from helpers.core import feedback, validate
from helpers.core.i18n import t

_BOX = {"width": "100%", "max_width": "760px"}
KEYS = (
    "Click an answer, then Check (keyboard: Tab to an answer, Space to choose it, then Tab on "
    "past the other answers to Check and press Enter)."
)
# A long answer wraps onto several lines: ipywidgets gives each radio label one line's
# height, so without this its second line is drawn over the next answer (and its button).
_WRAP = (
    "<style>.glf-quiz .widget-radio-box label{height:auto;line-height:1.35;"
    "white-space:normal;align-items:flex-start;margin:0 0 0.4em 0}"
    ".glf-quiz .widget-radio-box input{margin-top:0.2em;flex:none}</style>"
)
_HOW = "font-size:0.85em;color:#555"


class _Question(widgets.VBox):
    """A question, its input, a button and the feedback line (``result``)."""

    def __init__(self, question: str, field: widgets.Widget, button_text: str):
        self.prompt = widgets.HTMLMath(f"<b>{html.escape(question)}</b>")
        self.field = field
        self.button = widgets.Button(description=button_text, button_style="info")
        self.result = widgets.HTMLMath("")
        self.button.on_click(lambda _: self._judge())
        super().__init__(
            [self.prompt, self.field, self.button, self.result],
            layout=widgets.Layout(**_BOX),
        )
        self.add_class("glf-quiz")

    def answer(self, value: object) -> None:
        """Set the answer and press the button (what a learner does; what tests do)."""
        self.field.value = value
        self.button.click()

    def _judge(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class _Choice(_Question):
    def __init__(self, question: str, options: Mapping[str, str], answer: str):
        field = widgets.RadioButtons(
            options=_shuffled(question, options), value=None, layout=widgets.Layout(width="auto")
        )
        super().__init__(question, field, t("Check"))
        # In JupyterLab an arrow key on a radio button moves to the next cell instead.
        how = widgets.HTML(f'{_WRAP}<span style="{_HOW}">{html.escape(t(KEYS))}</span>')
        self.children = (self.prompt, how, *self.children[1:])
        self.options, self.correct = dict(options), answer

    def _judge(self) -> None:
        picked = self.field.value
        if picked is None:
            self.result.value = t("Choose one of the answers first.")
            return
        mark = t("✅ Right.") if picked == self.correct else t("❌ Not quite.")
        self.result.value = f"{mark} {_sentence(self.options[picked])}"


class _Number(_Question):
    def __init__(
        self,
        question: str,
        answer: float,
        rel: float,
        explain: str,
        hint: str,
        wrong: Mapping[float, str],
        unit: str,
    ):
        field = widgets.Text(
            value="",
            placeholder=t("a number"),
            description=unit,
            style={"description_width": "initial"},
        )
        field.layout = widgets.Layout(width="auto")
        super().__init__(question, field, t("Check"))
        self.expected, self.rel = answer, rel
        self.explain, self.hint, self.wrong = explain, hint, dict(wrong)

    def _judge(self) -> None:
        value = _parse_number(self.field.value)
        if value is None:
            self.result.value = t(
                "Type a number (such as 14.5) first. Hint: {hint}", hint=self.hint
            )
            return
        result = feedback.check_number(
            value,
            self.expected,
            rel=self.rel,
            hint=self.hint,
            explain=self.explain,
            wrong=self.wrong,
        )
        mark = t("✅ Right.") if result.passed else t("❌ Not quite.")
        self.result.value = f"{mark} {_sentence(result.message)}"


class _Open(_Question):
    def __init__(self, question: str, model_answer: str, rubric: Sequence[str]):
        field = widgets.Textarea(
            placeholder=t("Write your answer here, in your own words."),
            layout=widgets.Layout(width="100%", height="6em"),
        )
        super().__init__(question, field, t("Compare with a model answer"))
        self.model_answer = model_answer
        self.points = [
            widgets.Checkbox(
                description=p, value=False, indent=False, layout=widgets.Layout(width="auto")
            )
            for p in rubric
        ]
        for box in self.points:
            box.observe(lambda _: self._tally(), names="value")
        self.tally = widgets.HTML("")
        self.rubric = widgets.VBox([], layout=widgets.Layout(width="100%"))
        self.children = (*self.children, self.rubric, self.tally)

    def _judge(self) -> None:
        if not str(self.field.value).strip():
            self.result.value = t("Write your answer first; then compare it.")
            return
        self.result.value = t(
            "<b>A model answer:</b> {answer}<br>Tick each point your answer makes. This is for "
            "you: nothing is marked or recorded.",
            answer=html.escape(self.model_answer),
        )
        self.rubric.children = self.points
        self._tally()

    def _tally(self) -> None:
        if not self.rubric.children:
            return
        met = sum(box.value for box in self.points)
        self.tally.value = t(
            "Your answer makes {met} of {total} points.", met=met, total=len(self.points)
        )


def choice(question: str, options: Mapping[str, str], answer: str) -> widgets.VBox:
    """A multiple-choice question.

    Parameters
    ----------
    question : str
    options : mapping
        Each option's text -> the reason it is right or wrong (shown after Check).
    answer : str
        The right option (one of ``options``).
    """
    _text("question", question)
    if not isinstance(options, Mapping) or not 2 <= len(options) <= 6:
        raise ValueError("options must map 2 to 6 answers to the reason each is right or wrong")
    for option, why in options.items():
        _text("options (answer)", option)
        _text(f"options[{option!r}] (its reason)", why)
    validate.check_choice("answer", answer, list(options))
    # Translated once checked, so an author's error names the English they wrote.
    return _Choice(t(question), {t(o): t(why) for o, why in options.items()}, t(answer))


def number(
    question: str,
    answer: float,
    *,
    explain: str,
    hint: str,
    unit: str = "",
    rel: float = 0.02,
    wrong: Mapping[float, str] | None = None,
) -> widgets.VBox:
    """A question answered with a number, within a relative tolerance ``rel``."""
    _text("question", question)
    validate.check_number("answer", answer)
    validate.check_number("rel", rel, low=0, high=0.5)
    _text("explain", explain)
    _text("hint", hint)
    if not isinstance(unit, str):
        raise TypeError(f"unit must be a string such as 'million'; got {unit!r}")
    for value, why in (wrong or {}).items():
        if isinstance(value, bool) or not isinstance(value, Real):
            raise TypeError(f"wrong: each key must be a number; got {value!r}")
        _text(f"wrong[{value!r}]", why)
    wrong = {value: t(why) for value, why in (wrong or {}).items()}
    return _Number(t(question), answer, rel, t(explain), t(hint), wrong, t(unit) if unit else "")


def open_question(question: str, model_answer: str, rubric: Sequence[str]) -> widgets.VBox:
    """An open question: the learner writes, then compares with a model answer and a rubric."""
    _text("question", question)
    _text("model_answer", model_answer)
    if isinstance(rubric, str) or not isinstance(rubric, Sequence) or not 2 <= len(rubric) <= 6:
        raise ValueError("rubric must be a list of 2 to 6 points a good answer makes")
    for point in rubric:
        _text("rubric (each point)", point)
    return _Open(t(question), t(model_answer), [t(point) for point in rubric])


def _shuffled(question: str, options: Mapping[str, str]) -> list[str]:
    """The options in an order fixed by their text, so the right one is not always first
    (authors tend to write it first) and every run shows the same order."""
    return sorted(options, key=lambda o: hashlib.sha256(f"{question}\n{o}".encode()).hexdigest())


def _sentence(text: str) -> str:
    """``text`` with a capital first letter: it follows "Right." or "Not quite."."""
    return text[:1].upper() + text[1:]


def _parse_number(text: object) -> float | None:
    """A typed number: 14.5, 14,5 (decimal comma), 14,500 or 14 500 (thousands)."""
    raw = str(text).strip().replace("\u00a0", "").replace(" ", "").replace("−", "-")
    if "," in raw and "." in raw:
        raw = raw.replace(",", "")
    elif "," in raw:
        raw = (
            raw.replace(",", "")
            if re.fullmatch(r"-?\d{1,3}(,\d{3})+", raw)
            else raw.replace(",", ".")
        )
    try:
        value = float(raw)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _text(name: str, value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        raise TypeError(f"{name} must be a non-empty string; got {value!r}")
