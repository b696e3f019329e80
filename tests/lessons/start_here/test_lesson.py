"""Lesson 00: the timeline app moves through every control, the S20 table, the checks."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from helpers.core import course, data, reference
from helpers.lessons.start_here import apps, exercises, quizzes, readouts
from helpers.shared import timeline, vital_rates


@pytest.fixture(scope="module")
def national() -> pd.DataFrame:
    return data.load("national_series")


def test_default_view_shows_every_event():
    app = apps.timeline_app()
    assert app.error is None
    spec = app.chart.to_dict()
    n = len(data.load("timeline"))
    assert spec["title"] == f"{n} events, 1949 to 1966, by theme"
    assert spec["description"].startswith(f"Timeline of {n} events")


def test_empty_period_draws_the_empty_state():
    app = apps.timeline_app()
    app.controls["years"].value = (1949, 1952)
    spec = app.chart.to_dict()
    assert spec["title"] == "No events in 1949 to 1952 for any theme"
    app.controls["theme"].value = "famine and food"
    app.controls["years"].value = (1966, 1966)
    assert app.chart.to_dict()["title"] == "No events in 1966 for 'famine and food'"


def test_s20_table_matches_the_official_rates(national):
    table = vital_rates.s20_death_rates(national)
    assert table.columns.tolist() == list(vital_rates.S20_COLUMNS)
    assert table["year"].tolist() == [1958, 1959, 1960, 1961]
    # The text's percent, times ten, is the official registered rate rounded.
    official = table["cdr_official_per_1000"].round(0)
    assert (table["text_death_rate_per_1000"] == official).all()
    assert table["text_death_rate_per_1000"].tolist() == [12, 15, 25, 14]
    # Misreading the unit gives ten times fewer deaths.
    ratio = table["deaths_at_text_rate_million"] / table["deaths_if_misread_million"]
    assert ratio.round(0).eq(10).all()
    # Registration missed deaths: the reconstruction is higher every year.
    assert (table["cdr_banister_per_1000"] > table["cdr_official_per_1000"]).all()
    pop = national.set_index("year")["population_yearend_million"]
    assert table.loc[2, "population_midyear_million"] == pytest.approx(
        (pop[1959] + pop[1960]) / 2, abs=0.05
    )


def test_s20_table_bad_input(national):
    with pytest.raises(TypeError, match="national"):
        vital_rates.s20_death_rates([1, 2])
    with pytest.raises(ValueError, match="national"):
        vital_rates.s20_death_rates(national.drop(columns="cdr_banister_per_1000"))
    with pytest.raises(ValueError, match="national"):
        vital_rates.s20_death_rates(national[national["year"] < 1950])


def test_ex_1(national):
    pop = national.set_index("year").loc[1960, "population_yearend_million"]
    assert exercises.ex_1(2.5 / 100 * pop)
    assert exercises.ex_1(25.43 / 1000 * pop)  # the official rate: within tolerance
    assert not exercises.ex_1(...).attempted
    misread = exercises.ex_1(2.5 / 1000 * pop)
    assert not misread and "per 1,000" in misread.message
    assert "divide by 100" in exercises.ex_1(2.5 * pop).message
    assert "millions" in exercises.ex_1(2.5 / 100 * pop * 1e6).message
    assert not exercises.ex_1("16.6")


def test_ex_2():
    assert exercises.soviet_withdrawal_date().isoformat() == "1960-07-16"
    for good in ("July", " july ", "Jul", 7, "07"):
        assert exercises.ex_2(good), good
    june = exercises.ex_2("June")
    assert not june and "one source" in june.message and "June" in june.message
    assert not exercises.ex_2("August")
    assert not exercises.ex_2(...).attempted


def test_notebook_names_the_timeline_span():
    events = data.load("timeline")
    years = events["date_start"].str[:4].astype(int)
    text = (course.LESSONS_DIR / "00_start_here.ipynb").read_text(encoding="utf-8")
    assert f"{years.min()}–{years.max()}" in text
    assert timeline.FIRST_YEAR <= years.min() <= years.max() <= timeline.LAST_YEAR


def test_s24_soviet_experts_recalled_in_mid_1960_with_the_june_july_disagreement():
    assert exercises.soviet_withdrawal_date() == dt.date(1960, 7, 16)
    events = timeline.filter_events(data.load("timeline"), "foreign relations", 1960, 1960)
    note = events[events["event"].str.contains("Soviet")].iloc[0]
    assert "16 June 1960" in note["cross_check"]


def test_s20_readouts_state_the_table_s_figures():
    table = readouts.s20_table()
    assert table.headers == ["Measure", "1958", "1959", "1960", "1961"]
    assert table.column("1960") == ["2.5", "25", "25.43", "44.6", "667.1", "16.7", "1.67"]
    sentence = str(readouts.s20_sentence(1960))
    for figure in (
        "2.5 %",
        "25 per 1,000",
        "16.7 million",
        "667 million",
        "1.67 million",
        "10.8 per 1,000",
        "44.6 per 1,000",
        "1.75 times",
        "25.43",
    ):
        assert figure in sentence, figure


def test_tables_show_whole_text():
    events = data.load("timeline")
    communes = readouts.events_table("agriculture and communes", 1958, 1958)
    assert len(communes) == 4
    assert set(communes.column("Event")) <= set(events["event"])  # whole, never cut
    glossary = readouts.glossary_table()
    assert glossary.column("Definition") == list(reference.glossary()["definition"])
    assert "—" in glossary.column("Chinese") and glossary.notes
    assert readouts.glossary_table("mess hall").column("Term") == ["communal mess hall"]


def test_soviet_disagreement_keeps_both_dates():
    text = str(readouts.soviet_disagreement())
    assert "16 July 1960" in text and "16 June 1960" in text


def test_national_table_and_population(national):
    table = readouts.national_table()
    assert table.column("Year") == ["1949", "1950", "1951"]
    pop = national.set_index("year").loc[1960, "population_yearend_million"]
    assert readouts.population_million(1960) == pytest.approx(pop)
    assert "| 00 |" in str(readouts.course_map()) or "00" in str(readouts.course_map())


def test_first_claim_quiz_is_read_from_the_map():
    q = quizzes.quiz_first_claim()
    assert q.correct == f"Lesson {exercises.first_lesson_citing('S1'):02d}"


def test_the_marked_soviet_cross_check_is_the_timeline_s():
    """readouts marks the Soviet note's cross-check for translation: it must stay the data's."""
    events = timeline.filter_events(data.load("timeline"), "foreign relations", 1960, 1960)
    assert readouts.SOVIET_CROSS_CHECK in set(events["cross_check"])


def test_in_kazakh_dates_charts_and_checks_are_kazakh():
    from helpers.core import i18n

    i18n.use_language("kk")
    try:
        assert timeline.date_label("1960-07-16") == "1960 жылғы 16 шілде"
        assert timeline.date_label("1958-05", "month") == "1958 жылғы мамыр"
        spec = apps.timeline_app().chart.to_dict()
        assert spec["title"].startswith("37 оқиға, 1949–1966")
        # The month axis of a short period is written %b, which Vega's Kazakh time locale
        # (set by helpers.core.render) names in Kazakh.
        short = timeline.filter_events(data.load("timeline"), "all", 1957, 1958)
        assert timeline_chart_spec(short)["encoding"]["x"]["axis"]["format"] == "%b %Y"
        # The learner types the month in English, as the Kazakh lesson asks.
        assert exercises.ex_2("July")
        assert "1960 жылғы шілде" in str(exercises.ex_2("July"))
    finally:
        i18n.use_language("en")


def timeline_chart_spec(events: pd.DataFrame) -> dict:
    from helpers.shared import timeline_chart

    spec = timeline_chart.timeline_chart(events, start_year=1957, end_year=1958).to_dict()
    return spec["layer"][0] if "encoding" not in spec else spec
