"""Lesson 07's exercise checks and questions: each check through right, wrong and silly answers.

The right answers are the lesson's history, computed from its data and models; the tests keep
what the notebook's solutions and the instructor notes say tied to them.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from helpers.lessons.provinces import apps, exercises, procurement, quizzes

#: Answers no check may raise on: wrong types, non-finite numbers, containers, nonsense.
SILLY = [
    None,
    True,
    "",
    "   ",
    "sixty-eight",
    float("nan"),
    float("inf"),
    -1,
    0,
    10**9,
    [68.58],
    {"answer": 68.58},
    (1, 2),
    np.float64("nan"),
    pd.Series([1.0]),
    object(),
]


@pytest.mark.parametrize("check", [exercises.ex_1, exercises.ex_2, exercises.ex_3, exercises.ex_4])
def test_every_check_answers_anything_without_raising(check):
    assert check(...).attempted is False
    for answer in SILLY:
        result = check(answer)
        assert not result, (check.__name__, answer)
        assert result.message.strip(), (check.__name__, answer)


def test_ex_1_anhui_1960_against_1957():
    right = exercises.ex_1_expected()
    assert right == pytest.approx(68.58 / 9.10)
    assert exercises._rate("34", 1960) == pytest.approx(68.58)  # MQY = the gazetteer
    assert exercises.ex_1(right) and exercises.ex_1(7.5) and exercises.ex_1(np.float64(7.54))
    assert "1960 rate itself" in exercises.ex_1(68.58).message
    assert "difference" in exercises.ex_1(68.58 - 9.10).message
    assert "upside down" in exercises.ex_1(9.10 / 68.58).message
    assert "Hint" in exercises.ex_1(40).message
    # the map's default caption names Anhui's 1960 rate, not the ratio
    assert f"{right:.1f}" not in apps.map_app().chart.to_dict()["description"]


def test_ex_2_the_baseline_reverses_the_order():
    values = exercises.ex_2_values()
    assert set(values) == {"Yunnan", "Shandong"}
    assert exercises.ex_2_expected() == "Shandong" and values["Shandong"] > values["Yunnan"]
    # the registered rate puts them the other way round: the baseline makes the difference
    assert exercises._rate("53", 1960) > exercises._rate("37", 1960)
    assert exercises.ex_2("Shandong") and exercises.ex_2(" shandong ")
    assert exercises.ex_2("Шаньдун") and not exercises.ex_2("Юньнань")  # the Kazakh names
    wrong = exercises.ex_2("Yunnan")
    assert not wrong and "Shandong" not in wrong.message  # the answer is not given away
    assert "registered" in wrong.message
    assert "Hint" in exercises.ex_2("Anhui").message


def test_ex_3_the_official_series_is_not_clear():
    row = procurement.mqy_regression(grain="official").set_index("term")
    slope = row.loc[procurement.FAMINE_SLOPE]
    assert slope["ci_low"] < 0 < slope["ci_high"]
    assert exercises.ex_3_expected() == "B"
    assert exercises.ex_3("B") and exercises.ex_3(" b ")
    assert "+0.024" in exercises.ex_3("B").message
    for letter in "ACD":
        result = exercises.ex_3(letter)
        assert not result, letter
        assert "includes zero" not in result.message, letter  # the answer is not given away
    assert "Hint" in exercises.ex_3("E").message


def test_ex_4_the_controls_off():
    values = exercises.ex_4_values()
    assert values["off"]["ci_low"] > 0  # clearly positive without the controls
    assert values["on"]["ci_low"] < 0 < values["on"]["ci_high"]
    assert exercises.ex_4_expected() == "A" and exercises.ex_4("a")
    assert f"{values['off']['estimate']:+.3f}" in exercises.ex_4("A").message
    for letter in "BCD":
        assert not exercises.ex_4(letter)
    assert "Hint" in exercises.ex_4("E").message


def test_the_solutions_in_the_notebook_pass_their_checks():
    assert exercises.ex_1(68.58 / 9.10)
    assert exercises.ex_2("Shandong")
    assert exercises.ex_3("B")
    assert exercises.ex_4("A")


def test_the_questions_hold_the_lessons_answers():
    table = procurement.mqy_regression().set_index("term")
    normal, slope = table.loc[procurement.GRAIN], table.loc[procurement.FAMINE_SLOPE]
    assert normal["ci_low"] < 0 < normal["ci_high"] and slope["ci_low"] > 0
    reversal = quizzes.quiz_reversal()
    assert f"{abs(normal['estimate']):.3f}" in reversal.prompt.value
    assert reversal.correct.startswith("No clear relation")
    assert quizzes.quiz_politics().correct.startswith("Why leaders pushed")
    assert quizzes.quiz_ecological().correct.startswith("No:")


def test_the_right_answer_is_not_always_the_longest():
    makes = [
        quizzes.quiz_floor,
        quizzes.quiz_reversal,
        quizzes.quiz_politics,
        quizzes.quiz_counties,
        quizzes.quiz_ecological,
    ]
    longest = [max(q.options, key=len) == q.correct for q in (m() for m in makes)]
    assert sum(longest) <= len(longest) // 2, longest


def test_coefficient_refuses_what_is_not_a_regression_table():
    with pytest.raises(TypeError, match="table must be a table from lesson.mqy_regression"):
        exercises.coefficient(0.041)
    with pytest.raises(ValueError, match="term must be one of"):
        exercises.coefficient(procurement.mqy_regression(), "log_rain")


def test_the_notebooks_figures_are_the_models():
    """The figures the notebook's solutions quote, recomputed (as lesson 05's tests do)."""
    import json

    from helpers.core import paths

    cells = json.loads((paths.ROOT / "lessons" / "07_provinces.ipynb").read_text("utf-8"))["cells"]
    text = "".join("".join(c["source"]) for c in cells).replace("\u2212", "-")
    official = procurement.mqy_regression(grain="official").set_index("term")
    slope = official.loc[procurement.FAMINE_SLOPE]
    assert (
        f"{slope['estimate']:+.3f}, interval {slope['ci_low']:+.3f} to {slope['ci_high']:+.3f}"
        in text
    )
    off = exercises.ex_4_values()["off"]
    on = exercises.ex_4_values()["on"]
    assert f"off: {off['estimate']:+.3f} ({off['ci_low']:+.3f} to {off['ci_high']:+.3f})" in text
    assert f"on: {on['estimate']:+.3f}" in text
    values = exercises.ex_2_values()
    assert (
        f"{values['Shandong']:.1f} excess per 1,000 against Yunnan's {values['Yunnan']:.1f}" in text
    )
    assert f"about {exercises.ex_1_expected():.1f} times" in text
    assert f"{exercises._rate('34', 1960):.2f} / {exercises._rate('34', 1957):.2f}" in text
