"""Lesson 02's labelled tables pin the figures its prose quotes; each quiz answered wrong, then right."""

from __future__ import annotations

import json

from helpers.lessons import decentralisation as lesson
from helpers.lessons.decentralisation import evidence, exercises, quizzes, readouts
from tests.support.lessons import ROOT

NOTEBOOK = ROOT / "lessons" / "02_decentralisation.ipynb"


def markdown() -> str:
    cells = json.loads(NOTEBOOK.read_text(encoding="utf-8"))["cells"]
    return "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")


def test_second_plan_table_gives_ranges_and_sources():
    t = lesson.second_plan_table()
    values = dict(zip(t.column("Target"), t.column("Value"), strict=True))
    assert values["Steel (original plan)"] == "10.6–12"
    assert values["Grain (Beidaihe)"] == "750"
    assert values["Steel (Beidaihe)"] == "80"
    assert values["Grain for 1959 (Beidaihe)"] == "400–500"
    assert values["Steel for 1959 (Beidaihe)"] == "27–30"
    assert all(t.column("Source"))


def test_steel_targets_1958_do_not_give_away_exercise_1():
    t = lesson.steel_targets_1958()
    assert t.column("Million tonnes") == ["10.6–12", "5.35", "6.248", "10.7"]
    assert t.column("Compared")[2] == "17 % above 1957"
    assert "times" not in " ".join(t.column("Compared"))


def test_labour_model_settings_say_what_is_illustrative():
    t = lesson.labour_model_settings()
    status = dict(zip(t.column("Parameter"), t.column("Where it comes from"), strict=True))
    assert status["Normal harvest"].startswith("sourced")
    assert status["Farm work needs, winter slack"] == "illustrative"
    values = dict(zip(t.column("Parameter"), t.column("Value"), strict=True))
    assert values["Normal harvest"] == "195.05" and values["Farm work needs, winter slack"] == "40"


def test_mobilisation_cases_hold_exercise_3s_inputs_but_not_its_answer():
    t = lesson.mobilisation_cases()
    assert t.column("Grain lost this year (Mt)") == ["0.0", "21.7", "21.7"]
    assert t.column("Works' extra grain a year, from next year (Mt)") == ["0.9", "0.9", "3.6"]
    assert not any("ayback" in h for h in t.headers)
    assert "below 0.33" in t.notes[-1]
    second = list(readouts.LABOUR_CASES.values())[1]
    settings = {**evidence.LABOUR_DEFAULTS, **second}
    assert settings == exercises.EX3_SETTINGS


def test_steel_record_states_the_rise_the_claim_and_the_peak():
    t = lesson.steel_record()
    mt = dict(zip(t.column("Steel"), t.column("Million tonnes"), strict=True))
    assert mt["Recorded, 1957"] == "5.35" and mt["Recorded, 1958"] == "8.00"
    assert mt["Claimed in December 1958 (to 19 December)"] == "10.73"
    assert mt["Highest recorded (1960)"] == "18.66"
    assert "50 % more" in t.column("Note")[1] and "2.73 Mt above" in t.column("Note")[3]


def test_grain_1958_against_the_beidaihe_expectation():
    t = lesson.grain_1958()
    assert t.column("Million tonnes") == ["195.05", "197.65", "200", "300–350"]
    assert t.column("Compared")[-1] == "1.52–1.77 times the revised harvest"


def test_procurement_table_and_reports_readout():
    assert lesson.procurement_table().column("State procurement, gross (% of the harvest)") == [
        "24.6",
        "25.9",
        "37.7",
    ]
    r = lesson.reports_readout()
    assert r.column("Taken (% of the real harvest)")[0] == "24.6"
    assert r.column("Taken (% of the real harvest)")[2] == "36.9"
    assert r.column("Localities below 200 kg (of 20)") == ["0", "0", "4", "10", "13"]


def test_quiz_feedback_figures_come_from_the_models():
    w = quizzes.quiz_winter_surplus()
    assert "needs 40 %" in w.options[w.correct] and "no grain is lost" in w.options[w.correct]
    f = quizzes.quiz_furnaces()
    assert "2.73 Mt" in f.options[f.correct]
    # even over-reporting at the default average leaves nobody below the line; uneven does
    even = evidence.reports(inflation_spread=0.0)
    uneven = evidence.reports(inflation_spread=1.0)
    assert not even["below_subsistence"].any() and uneven["below_subsistence"].any()


def test_exercise_text_states_the_checked_settings():
    text = markdown()
    s = exercises.EX2_SETTINGS
    assert (
        f"With {s['backyard_slack']:g} of the labour in backyard industry during the winter "
        f"slack season and {s['backyard_harvest']:g} taken from the harvest"
    ) in text
    assert f"middling quality ({exercises.EX3_SETTINGS['quality']:g})" in text


def test_exercise_hints_speak_of_the_history_not_code():
    for message in (exercises.ex_2(0.1).message, exercises.ex_3(1.0).message):
        assert "lesson." not in message and "loop" not in message and "_mt" not in message
