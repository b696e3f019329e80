"""Lesson 03: what the cells show (tables and sentences pin the figures the prose quotes),
and each check-yourself question answered wrong and then right."""

from __future__ import annotations

import pytest

from helpers.core import display
from helpers.lessons.communes import mess_halls, quizzes, readouts
from helpers.lessons.communes.evidence import need_kg_per_month

# ---- readouts ------------------------------------------------------------------------------


def test_counts_1958_carry_the_figures_section_1_quotes():
    t = readouts.counts_1958()
    assert isinstance(t, display.Table)
    figures = t.column("Figure")
    for quoted in ("23,397", "90.4", "99", "98.2", "26,425", "3,450,000", "more than 90"):
        assert quoted in figures, quoted
    assert "communes_number" not in t.column("What was counted")


def test_days_after_beidaihe_as_a_table():
    t = readouts.communisation_days()
    assert t.column("Days after the Beidaihe resolution (29 August 1958)") == ["32", "63", "124"]


def test_commune_size_sentence():
    text = str(readouts.commune_size())
    assert "About 28.5 cooperatives" in text and "740,000" in text and "4,797 households" in text


def test_members_per_household_fits_only_the_lower_half():
    t = readouts.members_per_household()
    assert t.column("People per household needed") == ["4.17", "5.21", "6.25"]
    assert t.column("Under the ceiling?") == ["yes", "yes", "no"]
    assert "5.40 people" in t.notes[0]


def test_effort_table_pins_the_30_percent_with_or_without_exit():
    t = readouts.effort_table()
    assert t.column("No right to exit, % of full effort") == ["100", "66", "37", "30"]
    assert t.column("Right to exit, % of full effort") == ["100", "100", "43", "30"]
    assert t.column("No exit and no sanction (s = 0), % of full effort")[1] == "32"


def test_shortfall_table_and_the_month_11_sentence_agree_with_the_model():
    """The review's off-by-one: 4 months at +50 % eat 6 months' need; months 5-10 are fed in
    full and month 11 is the first short month (not 10)."""
    assert readouts.shortfall_table().column("First month with less than the need") == [
        "—",
        "12",
        "11",
        "10",
        "9",
    ]
    need = need_kg_per_month()
    path = mess_halls.mess_hall_path(
        12 * need, need_kg_per_month=need, free_months=4, overeating_pct=50
    )
    free = path[path["path"] == "free meals first"].set_index("month")
    assert free.loc[10, "eaten_kg_per_person"] == pytest.approx(need)
    assert free.loc[11, "eaten_kg_per_person"] < need
    text = str(readouts.shortfall_reason())
    assert "eat 6 months' need" in text and "in full to month 10" in text
    assert "short from month 11: the last 2 months before the next harvest" in text
    assert "short from month 10: the last 3 months" in str(readouts.shortfall_reason(5))
    assert "whole year's stock" in str(readouts.shortfall_reason(8))
    assert "lasts to the next harvest" in str(readouts.shortfall_reason(0))


def test_retreat_and_later_counts():
    dates = readouts.retreat_decisions().column("Date")
    assert "1962-02-13" in dates and "1959-02-27" in dates
    later = readouts.later_counts()
    assert "50,000" in later.column("Figure")
    assert later.notes[-1] == "In 1974 there were 1.9 times the communes of October 1958."


# ---- quizzes: wrong, then right --------------------------------------------------------------


def test_monitoring_quiz_quotes_the_model():
    q = quizzes.quiz_monitoring()
    q.answer(q.correct)
    assert "95 % in a team, 90 % in a commune" in q.result.value


def test_mess_hall_quiz_gives_the_ration_that_would_have_lasted():
    q = quizzes.quiz_mess_hall_timing()
    q.answer(q.correct)
    assert "12.7 kg a month" in q.result.value and "75 %" in q.result.value


def test_builder_quiz_numbers():
    q = quizzes.quiz_cooperatives_and_members()
    q.answer("24000")
    assert q.result.value.startswith("❌") and "top end" in q.result.value
    q.answer("3200")
    assert "households" in q.result.value
    q.answer("16,000")
    assert q.result.value.startswith("✅") and "24,000" in q.result.value
