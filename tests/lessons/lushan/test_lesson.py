"""Lesson 05: the person-years model against its closed form, the charts as specs, the apps
moved, the sourced figures, the questions' answers and the exercise checks."""

from __future__ import annotations

import nbformat
import pandas as pd
import pytest

from helpers.core import paths
from helpers.lessons.lushan import apps, charts, evidence, exercises, food_years, quizzes, readouts


@pytest.mark.parametrize(("grain_mt", "ration_kg"), [(4.2, 200), (1.0, 250), (6.2, 150)])
def test_person_years_is_tonnes_over_the_ration(grain_mt, ration_kg):
    assert food_years.person_years(grain_mt, ration_kg) == pytest.approx(
        grain_mt * 1e9 / ration_kg / 1e6
    )


def test_the_sourced_flows_are_the_data_files_figures():
    assert evidence.trade_flows()["grain_mt"].tolist() == [2.7, 4.2, 2.5, 4.5]
    assert evidence.trade_flows("Price, quoted by Liu (1999)")["grain_mt"].iloc[-1] == 6.2
    assert evidence.procurement_figure("procurement_gross", 1959) == 64.12


def test_every_event_kind_names_one_timeline_event():
    events = evidence.political_events()
    assert len(events) == len(evidence.KINDS)
    assert set(events["kind"]) == set(evidence.EVENT_KINDS)
    assert events["year"].is_monotonic_increasing
    lushan = events[events["event"].str.startswith("Lushan: 8th Plenum")]
    assert lushan["kind"].iloc[0] == "purge" and lushan["year"].iloc[0] == pytest.approx(
        1959.58, abs=0.01
    )


def test_the_policy_chart_draws_the_events_of_one_kind_and_reuses_its_template():
    series = pd.DataFrame({"year": [1959, 1960], "value": [14.59, 25.43]})
    events = evidence.political_events()
    purge = charts.policy_chart(
        series, events[events["kind"] == "purge"], measure="registered deaths", kind="purge"
    ).to_dict()
    every = charts.policy_chart(series, events, measure="grain output", kind="all").to_dict()
    assert len(purge["datasets"]["events"]) == 2 and len(every["datasets"]["events"]) == 20
    assert purge["layer"][1]["encoding"]["y"]["title"] == "Deaths per 1,000 (registered)"
    assert every["layer"][1]["encoding"]["y"]["title"] == "Grain output, million tonnes"
    assert purge["layer"][2]["encoding"] == every["layer"][2]["encoding"]
    assert "25.4 per 1,000 in 1960" in purge["description"]
    # rates are drawn at mid-year
    assert [p["year"] for p in purge["datasets"]["series"]] == [1959.5, 1960.5]
    empty = charts.policy_chart(series, events.iloc[:0], measure="registered deaths", kind="purge")
    assert "no event" in empty.to_dict()["description"]


def test_the_food_chart_states_the_person_years():
    table = food_years.person_years_table(evidence.trade_flows(), 250)
    spec = charts.food_chart(table, ration_kg=250).to_dict()
    assert "16.8 million in 1959" in spec["description"]
    assert [r["person_years_million"] for r in spec["datasets"]["flows"]] == pytest.approx(
        [10.8, 16.8, 10.0, 18.0]
    )


def test_moving_the_apps_redraws_them():
    policy = apps.policy_app()
    before = policy.chart.to_dict()["description"]
    policy.controls["kind"].value = "radicalising"
    assert policy.error is None and policy.chart.to_dict()["description"] != before
    policy.controls["measure"].value = "deaths, Banister (1984)"
    assert "44.6 per 1,000 in 1960" in policy.chart.to_dict()["description"]
    food = apps.food_app()
    food.controls["imports_from"].value = "Price, quoted by Liu (1999)"
    food.controls["ration_kg"].value = 150
    assert food.error is None and "41.3 million in 1961" in food.chart.to_dict()["description"]


def test_the_readouts_show_the_figures_the_prose_quotes():
    famine = str(readouts.famine_table())
    assert "37.7" in famine and "24.6" in famine and "—" in famine
    trade = str(readouts.trade_table())
    assert "6.20" in trade and "4.50" in trade and "Shang" in trade
    assert "−53" in str(readouts.industry_table())
    assert "25.4 in 1960" in str(readouts.death_rate_sentence())


def test_the_checks_pass_the_answer_and_explain_a_wrong_one():
    assert exercises.ex_1(12.5) and not exercises.ex_1(1.25)
    assert "factor of ten" in str(exercises.ex_1(1.25))
    assert exercises.ex_2("c") and exercises.ex_2(" C ") and not exercises.ex_2("b")
    assert "radicalised" in str(exercises.ex_2("b"))
    # Chen Yun's 4.5 Mt for 20 million people: 225 kg; in jin it would read 450
    assert exercises.ex_3(225) and not exercises.ex_3(450)
    assert "half a kilogram" in str(exercises.ex_3(450))
    assert "as much grain as it bought abroad" in str(exercises.ex_3(225))
    assert "the number of people" in str(exercises.ex_1(12.5e6))
    assert not exercises.ex_1(...) and not exercises.ex_3("lots")


def test_the_questions_hold_the_lessons_answers():
    # every option's reason is checked course-wide (tests/course/test_quizzes.py); here, that
    # the right answers are this lesson's history
    assert quizzes.quiz_recovery().correct == "The Central Committee directive of 13 February 1962"
    assert (
        "16 July 1960"
        in quizzes.quiz_lushan().options["The Soviet experts left during the Lushan meetings"]
    )
    exports = quizzes.quiz_exports()
    assert exports.expected == pytest.approx(food_years.person_years(4.2, 200))
    assert "factor of ten" in exports.wrong[2.1]


def test_the_figures_the_prose_quotes_are_the_data_files():
    # figures typed in the markdown, checked against the tables they come from
    text = " ".join(
        c.source
        for c in nbformat.read(paths.LESSONS_DIR / "05_lushan.ipynb", as_version=4).cells
        if c.cell_type == "markdown"
    )
    national = evidence.national(1957, 1965).set_index("year")
    quoted = {
        f"{national.loc[1960, 'grain_output_revised_mt']:.1f} million tonnes harvested": 1960,
        f"back to {national.loc[1965, 'grain_output_revised_mt']:.1f} million tonnes": 1965,
        f"registered deaths were {national.loc[1965, 'cdr_official_per_1000']:.1f} per 1,000": 1965,
        f"Net grain exports were {evidence.trade_figure('net_grain_exports', 1958):.1f} million": 1958,
        f"{evidence.trade_figure('net_grain_exports', 1959):.1f} million in 1959": 1959,
        f"more than {evidence.trade_figure('net_grain_exports', 1960):.1f} million in 1960": 1960,
    }
    missing = [phrase for phrase in quoted if phrase not in text]
    assert not missing, missing


@pytest.fixture
def kazakh():
    from helpers.core import i18n

    i18n.use_language("kk")
    yield
    i18n.use_language("en")


def test_in_kazakh_the_charts_name_their_events_and_flows_in_kazakh(kazakh):
    # the events' dates, kinds and text are shown in Kazakh; the colour scale's domain is the
    # flows' Kazakh names, or the bars lose their colours
    events = evidence.political_events()
    series = pd.DataFrame({"year": [1959, 1960], "value": [14.59, 25.43]})
    purge = events[events["kind"] == "purge"]
    spec = charts.policy_chart(series, purge, measure="registered deaths", kind="purge").to_dict()
    shown = spec["datasets"]["events"][0]
    assert shown["date"] == "1959 жылғы 2 тамыз" and shown["kind"] == "қуғын-сүргін"
    assert shown["event"].startswith("Лушань:")
    assert "1959 жылы 1\u00a0000 адамға шаққанда 14,6" in spec["description"]
    food = charts.food_chart(
        food_years.person_years_table(evidence.trade_flows(), 250), ration_kg=250
    )
    food = food.to_dict()
    assert food["encoding"]["color"]["scale"]["domain"] == ["таза экспорт", "импорт"]
    assert {r["flow"] for r in food["datasets"]["flows"]} == {"таза экспорт", "импорт"}
    assert "1959 жылы 16,8 миллион" in food["description"]


def test_in_english_an_events_date_keeps_its_zero():
    assert charts._date("02 Aug 1959") == "02 Aug 1959"
