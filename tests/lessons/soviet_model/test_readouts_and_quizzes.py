"""Lesson 01's labelled tables pin the figures its prose quotes; each quiz answered wrong, then right."""

from __future__ import annotations

import json

from helpers.core import data
from helpers.lessons import soviet_model as lesson
from helpers.lessons.soviet_model import exercises, quizzes
from tests.support.lessons import ROOT

NOTEBOOK = ROOT / "lessons" / "01_soviet_model.ipynb"


def markdown() -> str:
    cells = json.loads(NOTEBOOK.read_text(encoding="utf-8"))["cells"]
    return "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")


def test_plan_priorities_keep_the_sources_wording():
    t = lesson.plan_priorities()
    assert t.column("Value") == ["more than 50", "20", "7", "14.7", "4.3"]
    assert all("Guillermaz" in s for s in t.column("Source"))


def test_growth_by_1957_states_the_indices_the_notes_quote():
    t = lesson.growth_by_1957()
    assert t.column("1957 (1952 = 100)") == ["226", "125", "397", "119"]


def test_grain_per_person_peaks_in_1956():
    t = lesson.grain_per_person()
    per_head = [float(v) for v in t.column("Grain per person (kg)")]
    assert t.column("Year")[per_head.index(max(per_head))] == "1956"
    assert t.column("Grain per person (kg)")[0] == "285.2"


def test_consumer_goods_table_names_overtaking_and_catch_up():
    t = lesson.consumer_goods_table()
    assert t.column("Year") == ["0", "5", "10", "15", "20"]
    assert "from year 8." in t.notes[0] and "only in year 10." in t.notes[1]


def test_food_model_settings_say_what_is_illustrative():
    t = lesson.food_model_settings()
    status = dict(zip(t.column("Parameter"), t.column("Where it comes from"), strict=True))
    assert status["Grain per town dweller (default)"] == "illustrative"
    assert status["Grain output, 1952"].startswith("sourced")
    values = dict(zip(t.column("Parameter"), t.column("Value"), strict=True))
    assert values["Investment rate (default)"] == "11.7"
    assert values["Share of investment to farming (default)"] == "7.0"


def test_binding_years_and_the_model_harvest():
    t = lesson.binding_years()
    assert t.column("Constraint binds in") == ["1965", "1967", "1972", "—"]
    assert any("does not bind within 30 years" in n for n in t.notes)
    recorded = data.load("national_series").set_index("year").loc[1957, "grain_output_revised_mt"]
    assert f"recorded {recorded:.1f} million tonnes" in t.notes[-1]
    assert "168.7" in t.notes[-1]


def test_heavy_industry_table():
    assert lesson.heavy_industry_table().column("Value") == ["23.0", "44.0", "66.6"]


def test_quiz_feedback_figures_come_from_the_models():
    assert "Year 13 instead of year 8" in quizzes.quiz_capital_output().options["Later"]
    grain = quizzes.quiz_grain_need()
    assert "1962 instead of 1967" in grain.options[grain.correct]


def test_exercise_text_states_the_checked_settings():
    text = markdown()
    s = exercises.EX2_SETTINGS
    assert (
        f"high share {s['high_share']:g}, comparison share {s['comparison_share']:g}, "
        f"capital–output ratios {s['v_k']:g} and {s['v_c']:g}, {s['years']} years"
    ) in text
    e = exercises.EX3_SETTINGS
    assert f"{e['grain_kg_per_person']} kg and the years to {e['years']}" in text


def test_exercise_hints_speak_of_the_apps_not_code():
    for check in (exercises.ex_2, exercises.ex_3):
        message = check(0.0 if check is exercises.ex_3 else 1).message
        assert "lesson." not in message and "loop" not in message
