"""Lesson 07: the model against a closed form, the chart as a spec, the app moved, the checks."""

from __future__ import annotations

import pytest

from helpers.lessons.provinces import apps, charts, evidence, exercises, model, quizzes


def test_the_model_compounds():
    path = model.output_path(100.0, 10.0, 3)
    assert path["output_mt"].tolist() == pytest.approx([100.0, 110.0, 121.0, 133.1])


def test_the_chart_describes_its_data_and_reuses_its_template():
    one = charts.path_chart(model.output_path(5.0, 10.0, 3)).to_dict()
    two = charts.path_chart(model.output_path(6.0, 10.0, 3)).to_dict()
    assert one["description"].startswith("Output grows from 5.0 million tonnes")
    assert one["encoding"] == two["encoding"] and one["datasets"] != two["datasets"]


def test_moving_the_app_redraws_it():
    app = apps.growth_app()
    before = app.chart.to_dict()["description"]
    app.controls["growth_percent"].value = 20.0
    assert app.error is None and app.chart.to_dict()["description"] != before


def test_the_checks_pass_the_answer_and_explain_a_wrong_one():
    assert exercises.ex_1(
        float(model.output_path(evidence.steel_1957_mt(), 10, 5)["output_mt"].iloc[-1])
    )
    assert not exercises.ex_1(evidence.steel_1957_mt() * 1.5)
    assert exercises.ex_2(8) and not exercises.ex_2(10)


def test_the_quiz_explains_a_wrong_answer_and_confirms_the_right_one():
    q = quizzes.quiz_compounding()
    q.answer("50 % above")
    assert q.result.value.startswith("❌") and "larger total" in q.result.value
    q.answer("About 61 % above")
    assert q.result.value.startswith("✅")
