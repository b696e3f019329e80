"""Lesson 04's readouts and check-yourself questions: the figures they state, and answers."""

from __future__ import annotations

import pytest

from helpers.core import display
from helpers.lessons.crisis import quizzes, readouts

TABLES = [
    name
    for name in dir(readouts)
    if not name.startswith("_")
    and callable(getattr(readouts, name))
    and getattr(readouts, name).__module__ == readouts.__name__
]


@pytest.mark.parametrize("name", TABLES)
def test_every_readout_is_a_table_or_a_sentence(name):
    shown = getattr(readouts, name)()
    assert isinstance(shown, display.Table | display.Prose)
    assert "nan" not in str(shown).lower()


def test_figures_the_text_quotes():
    leap = readouts.leap_1958()
    assert leap.column("Change 1957-58, %") == ["57", "55", "45", "53", "50"]
    assert readouts.farm_chain().column("Level, 1958 = 100")[-1] == "73.3"
    industry = readouts.industry_levels()
    official = dict(zip(industry.headers[1:], industry.rows[0][1:], strict=True))
    assert official["1960"] == "221" and official["1962"] == "109"  # above 1957 in 1962
    assert "smallest since 1950" in str(readouts.harvest_1961())
    assert "1962 against 1960: -82 %." in str(readouts.investment())
    assert "300 Mt: 77 % above" in str(readouts.plan_1960())
    assert "8.5 kg per rural person in 1961" in str(readouts.imports_per_person())
    assert "116 kg" in str(readouts.imports_per_person())
    assert "match the registered death rates" in str(readouts.text_rates_check())
    assert "do not match Banister's" in str(readouts.text_rates_check())


def test_rates_table_gives_exercise_4_its_inputs():
    rates = readouts.rates()
    row = dict(zip(rates.headers, rates.rows[rates.column("Year").index("1960")], strict=True))
    assert row["Births per 1,000, registered"] == "20.86"
    assert row["Deaths per 1,000, registered"] == "25.43"
    assert row["Deaths per 1,000, Banister (1984)"] == "44.6"


def test_villages_lost_more_than_the_harvest():
    table = readouts.villages_1957_1959()
    assert table.column("Left in the villages, Mt") == ["147.0", "105.6"]


def test_fixed_quota_inputs_give_exercise_3():
    values = readouts.fixed_quota_1960().column("Value")
    quota, harvest_1960 = float(values[3]), float(values[2])
    assert 100 * quota / harvest_1960 == pytest.approx(33.8, abs=0.05)


def test_two_levels_quiz_states_the_gap():
    q = quizzes.quiz_two_levels()
    assert "155" in q.prompt.value and "145" in q.prompt.value
    assert q.correct == "It stays about 7 % in every later year"
