"""Lesson 06's readouts state the figures the prose quotes; its quizzes judge wrong and right."""

from __future__ import annotations

import pytest

from helpers.core import display
from helpers.lessons.counting_the_cost import evidence, quizzes, readouts


def test_rates_table_has_human_headers_and_no_missing_cells():
    t = readouts.rates_table()
    assert len(t) == 14 and t.column("Year")[0] == "1953"
    assert t.column("Deaths per 1,000, registered")[7] == "25.43"  # 1960
    assert t.column("Deaths per 1,000, Banister")[7] == "44.60"
    assert t.column("Mid-year population, million")[7] == "667.07"
    assert "—" not in str(t)


def test_worked_example_states_the_1960_excess_and_all_registered_deaths():
    text = str(readouts.worked_example())
    assert isinstance(readouts.worked_example(), display.Prose)
    for figure in ("25.43", "14.63", "10.80", "667.07", "9.76 million", "43.9 million"):
        assert figure in text


def test_s21_baselines_marks_the_matches_the_prose_names():
    t = readouts.s21_baselines()
    rows = dict(
        zip(
            t.column("Baseline (registered rates)"), t.column("Excess deaths, million"), strict=True
        )
    )
    assert rows["mean of the 1956-1957 rates"] == "14.5"
    assert rows["the 1957 rate"] == "15.3" and rows["the 1956 rate"] == "13.7"
    births = t.column("“About 23 million”?")
    assert births.count("yes") == 1
    assert t.column("Births lost, million")[births.index("yes")] == "23.0"
    assert t.column("“More than 14 million”?").count("yes") == 3
    assert "11.3 to 16.4 million" in str(t)


def test_s21_search_finds_one_combination():
    t = readouts.s21_search_result()
    assert len(t) == 1 and "1 of 456" in t.caption
    assert t.column("Baseline (registered rates)") == ["line from the 1955 to the 1966 rate"]
    assert t.column("Years counted") == ["1959-62"]


def test_gap_table_states_the_1960_gap():
    t = readouts.gap_table()
    at = t.column("Year").index("1960")
    assert t.column("Change in year-end population, million")[at] == "−10.00"
    assert t.column("Registered births minus deaths, million")[at] == "−3.05"
    assert t.column("Gap, million")[at] == "−6.95"
    assert [round(float(v.replace("−", "-")), 1) for v in t.column("Gap, million")[3:]] == [
        -6.0,
        -3.6,
        -4.0,
    ]


def test_series_table_states_both_series():
    t = readouts.series_table()
    assert t.column("Excess deaths 1958–61, million") == ["14.5", "16.4", "22.6", "30.7"]
    text = str(t)
    assert "every year 1953–66: yes; her birth rate too: yes" in text
    assert "25.43 against 11.1" in text and "44.60 against 19.1" in text


def test_baseline_steps_and_period_table():
    steps = readouts.baseline_steps()
    assert steps.column("Excess deaths 1958–61, million") == [
        "25.3",
        "22.6",
        "19.8",
        "17.1",
        "14.7",
        "30.7",
    ]
    assert "14.0 per 1,000 in 1953, 10.8 in 1957" in str(steps)
    assert "43.37" in str(steps) and "37.97" in str(steps)
    periods = readouts.period_table()
    deaths = [float(v) for v in periods.column("Excess deaths, million")]
    assert deaths[0] - deaths[1] == pytest.approx(0.5, abs=0.1)  # "about half a million"
    assert abs(deaths[0] - deaths[3]) < 0.1  # year-end: "well under 0.1 million"


def test_estimates_table_counts_every_row_once():
    t = readouts.estimates_table()
    assert sum(int(n) for n in t.column("Rows")) == 23
    assert "The 13 independent national estimates run from 15 to 55 million." in str(t)
    assert "Rummel 1991 (repeats)" in " ".join(t.column("Estimates"))


def test_quizzes_quote_the_computed_figures():
    assert "43.9 million" in quizzes.quiz_excess().prompt.value
    assert (
        "25.8 million"
        in quizzes.quiz_reproducing().options[
            "No: several baselines give it, and this one misses the births."
        ]
    )
    reasons = " ".join(quizzes.quiz_reconstructed().options.values())
    assert "44.6 against a baseline of 19.1" in reasons and "25.43 against 11.1" in reasons
    reasons = " ".join(quizzes.quiz_baseline_years().options.values())
    assert "from 22.6 to 14.7 million" in reasons and "25.8 per 1,000" in reasons
    assert evidence.S21["period"] == (1958, 1961)


def test_defence_is_self_assessed_never_marked_correct():
    q = quizzes.defend_baseline()
    q.answer("")
    assert "Write your answer first" in q.result.value
    q.answer("eight words of gibberish a b c d e")
    assert "model answer" in q.result.value and "✅" not in q.result.value
    assert "0 of 4" in q.tally.value
    q.points[0].value = True
    assert "1 of 4" in q.tally.value
