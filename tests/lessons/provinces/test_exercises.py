"""Lesson 07's exercise checks and questions: each check through right, wrong and silly answers.

The right answers are the lesson's history, computed from its data and models; the tests keep
what the notebook's solutions and the instructor notes say tied to them.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from helpers.core import data
from helpers.lessons.provinces import exercises, procurement, quizzes

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


def test_ex_1_anhui_1960():
    rates = data.load_cached("province_vital_rates")
    anhui = rates[(rates["gb_code"] == "34") & (rates["year"] == 1960)]
    assert set(anhui["cdr_per_1000"]) == {exercises.ex_1_expected()}  # MQY = the gazetteer
    right = exercises.ex_1_expected()
    assert right == pytest.approx(68.58)
    assert exercises.ex_1(right) and exercises.ex_1(68.6) and exercises.ex_1(np.float64(68.58))
    assert "percent" in exercises.ex_1(6.858).message
    assert "Guizhou" in exercises.ex_1(52.33).message
    assert "1957" in exercises.ex_1(exercises._rate("34", 1957)).message
    assert "national" in exercises.ex_1(25.43).message
    assert "Hint" in exercises.ex_1(40).message


def test_ex_2_gansu_against_henan():
    values = exercises.ex_2_values()
    assert set(values) == {"Henan", "Gansu"}
    assert exercises.ex_2_expected() == "Gansu" and values["Gansu"] > values["Henan"]
    # the registered rates are close; the baselines make the difference
    assert exercises._rate("62", 1960) - exercises._rate("41", 1960) < 2
    assert exercises.ex_2("Gansu") and exercises.ex_2(" gansu ")
    wrong = exercises.ex_2("Henan")
    assert not wrong and "Not Henan, but Gansu" in wrong.message
    assert "Hint" in exercises.ex_2("Anhui").message


def test_ex_3_the_positive_interaction():
    assert exercises.ex_3_expected() == "B"
    assert exercises.ex_3("B") and exercises.ex_3(" b ")
    for letter, words in {"A": "negative", "C": "pattern", "D": "elasticity"}.items():
        result = exercises.ex_3(letter)
        assert not result and words in result.message, letter
    assert "Hint" in exercises.ex_3("E").message


def test_ex_4_all_provinces():
    table = procurement.mqy_regression(sample="all", famine_years=(1959, 1961), controls=True)
    right = exercises.coefficient(table)
    assert right == pytest.approx(exercises.ex_4_expected())
    row = table.set_index("term").loc[procurement.INTERACTION]
    assert row["ci_low"] < 0 < row["ci_high"]  # what the notebook and the notes say
    assert exercises.ex_4(right) and exercises.ex_4(round(right, 3))
    assert "includes zero" in exercises.ex_4(right).message
    main = exercises.coefficient(procurement.mqy_regression())
    assert 'sample to "all"' in exercises.ex_4(main).message
    assert "standard error" in exercises.ex_4(float(row["se"])).message
    assert (
        "normal-year"
        in exercises.ex_4(float(table.set_index("term").loc[procurement.GRAIN, "estimate"])).message
    )
    assert "whole table" in exercises.ex_4(table).message


def test_the_solutions_in_the_notebook_pass_their_checks():
    assert exercises.ex_1(68.58)
    assert exercises.ex_2("Gansu")
    assert exercises.ex_3("B")
    table = procurement.mqy_regression(sample="all", famine_years=(1959, 1961), controls=True)
    assert exercises.ex_4(exercises.coefficient(table))


def test_the_questions_hold_the_lessons_answers():
    table = procurement.mqy_regression().set_index("term")
    normal, inter = table.loc[procurement.GRAIN], table.loc[procurement.INTERACTION]
    assert normal["ci_low"] < 0 < normal["ci_high"] and inter["ci_low"] > 0
    reversal = quizzes.quiz_reversal()
    assert f"{abs(normal['estimate']):.3f}" in reversal.prompt.value
    assert reversal.correct.startswith("The data cannot tell")
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
