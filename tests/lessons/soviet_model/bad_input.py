"""Bad-input cases for lesson 01's helpers (merged by tests/course/test_bad_input.py, which requires a
case or a stated exemption for every public helper)."""

from __future__ import annotations

import pandas as pd

from helpers.core import (
    data,
)
from helpers.lessons.soviet_model import charts as soviet_model_charts
from helpers.lessons.soviet_model import evidence as soviet_model_evidence
from helpers.lessons.soviet_model import exercises as soviet_model_exercises
from helpers.lessons.soviet_model import plan as soviet_model_plan
from helpers.lessons.soviet_model import readouts as soviet_model_readouts
from helpers.lessons.soviet_model import two_sector

EMPTY = pd.DataFrame()

# "module.function" -> [(call, exception, words the message must contain)]
BAD = {
    "lessons.soviet_model.plan.share_label": [
        (lambda: soviet_model_plan.share_label(150), ValueError, "value must be"),
        (
            lambda: soviet_model_plan.share_label(50, "about"),
            ValueError,
            "qualifier must be one of",
        ),
        (lambda: soviet_model_plan.share_label(50, 3), TypeError, "qualifier must be words"),
    ],
    "lessons.soviet_model.readouts.binding_years": [
        (
            lambda: soviet_model_readouts.binding_years(0),
            ValueError,
            "years must be a whole number",
        )
    ],
    "lessons.soviet_model.evidence.plan_figure": [
        (lambda: soviet_model_evidence.plan_figure("nope"), ValueError, "indicator must be")
    ],
    "lessons.soviet_model.evidence.food_path": [
        (
            lambda: soviet_model_evidence.food_path(2.0),
            ValueError,
            "share_agriculture must be a number from 0 to 1",
        ),
        (
            lambda: soviet_model_evidence.food_path(0.1, years=0),
            ValueError,
            "years must be a whole number",
        ),
        (
            lambda: soviet_model_evidence.food_path(0.1, grain_kg_per_person="a"),
            TypeError,
            "grain_kg_per_person",
        ),
    ],
    "lessons.soviet_model.exercises.ex_3_expected": [
        (lambda: soviet_model_exercises.ex_3_expected(0), ValueError, "step must be")
    ],
    "lessons.soviet_model.plan.sector_index_frame": [
        (
            lambda: soviet_model_plan.sector_index_frame(EMPTY, EMPTY),
            ValueError,
            "value_added must have",
        ),
        (
            lambda: soviet_model_plan.sector_index_frame(
                data.load("value_added"), data.load("national_series"), base_year=1940
            ),
            ValueError,
            "base_year must be a whole number from 1952 to 1956",
        ),
        (
            lambda: soviet_model_plan.sector_index_frame(
                data.load("value_added"), data.load("national_series"), measure="x"
            ),
            ValueError,
            "measure must be one of",
        ),
    ],
    "lessons.soviet_model.charts.sector_index_chart": [
        (
            lambda: soviet_model_charts.sector_index_chart(EMPTY),
            ValueError,
            "frame must have columns",
        )
    ],
    "lessons.soviet_model.plan.outlay_shares_frame": [
        (lambda: soviet_model_plan.outlay_shares_frame(EMPTY), ValueError, "first_plan must have")
    ],
    "lessons.soviet_model.charts.outlay_shares_chart": [
        (
            lambda: soviet_model_charts.outlay_shares_chart(EMPTY),
            ValueError,
            "frame must have columns",
        )
    ],
    "lessons.soviet_model.plan.plan_vs_outcome_frame": [
        (
            lambda: soviet_model_plan.plan_vs_outcome_frame(EMPTY),
            ValueError,
            "first_plan must",
        ),
        (
            lambda: soviet_model_plan.plan_vs_outcome_frame(
                pd.DataFrame({"indicator": ["x"], "value": [1.0]})
            ),
            ValueError,
            "first_plan must hold the indicators",
        ),
    ],
    "lessons.soviet_model.plan.grain_per_head_frame": [
        (
            lambda: soviet_model_plan.grain_per_head_frame(EMPTY),
            ValueError,
            "national_series must have columns",
        ),
        (
            lambda: soviet_model_plan.grain_per_head_frame(
                data.load("national_series"), start=1957, end=1952
            ),
            ValueError,
            "end must be",
        ),
        (
            lambda: soviet_model_plan.grain_per_head_frame(
                data.load("national_series"), start="1952"
            ),
            TypeError,
            "start must be",
        ),
    ],
    "lessons.soviet_model.charts.plan_vs_outcome_chart": [
        (
            lambda: soviet_model_charts.plan_vs_outcome_chart(EMPTY),
            ValueError,
            "frame must have columns",
        )
    ],
    "lessons.soviet_model.two_sector.two_sector_path": [
        (lambda: two_sector.two_sector_path(1.5), ValueError, "share_capital_goods must be"),
        (lambda: two_sector.two_sector_path(0.5, v_k=0), ValueError, "v_k must be"),
        (lambda: two_sector.two_sector_path(0.5, years=2.5), ValueError, "years must be"),
        (lambda: two_sector.two_sector_path("a"), TypeError, "share_capital_goods must be"),
    ],
    "lessons.soviet_model.two_sector.two_sector_paths": [
        (lambda: two_sector.two_sector_paths(0.5, -1), ValueError, "must be a number from 0 to 1")
    ],
    "lessons.soviet_model.two_sector.overtaking_year": [
        (lambda: two_sector.overtaking_year(EMPTY), ValueError, "paths must have columns")
    ],
    "lessons.soviet_model.two_sector.food_constraint_path": [
        (
            lambda: two_sector.food_constraint_path(
                "x", share_agriculture=0.1, investment_rate=0.1
            ),
            TypeError,
            "economy must be",
        ),
        (
            lambda: two_sector.food_constraint_path(
                soviet_model_evidence.food_economy(), share_agriculture=2, investment_rate=0.1
            ),
            ValueError,
            "share_agriculture must be",
        ),
    ],
    "lessons.soviet_model.two_sector.binding_year": [
        (lambda: two_sector.binding_year(EMPTY), ValueError, "path must have columns")
    ],
    "lessons.soviet_model.charts.consumption_paths_chart": [
        (
            lambda: soviet_model_charts.consumption_paths_chart(EMPTY, overtakes=None),
            ValueError,
            "paths must have",
        )
    ],
    "lessons.soviet_model.charts.food_constraint_chart": [
        (
            lambda: soviet_model_charts.food_constraint_chart(
                EMPTY, share_agriculture=0.1, binds=None
            ),
            ValueError,
            "path must have columns",
        ),
        (
            lambda: soviet_model_charts.food_constraint_chart(
                soviet_model_evidence.food_path(0.1), share_agriculture=5, binds=None
            ),
            ValueError,
            "share_agriculture must be",
        ),
        (
            lambda: soviet_model_charts.food_constraint_chart(
                soviet_model_evidence.food_path(0.1), share_agriculture=0.1, binds=1900
            ),
            ValueError,
            "binds must be",
        ),
    ],
}

# Functions with no input to refuse, or whose contract is to answer any input.
EXEMPT = {
    "lessons.soviet_model.evidence.default_investment_rate": "takes no arguments",
    "lessons.soviet_model.evidence.food_economy": "takes no arguments",
    "lessons.soviet_model.evidence.leap_heavy_industry": "takes no arguments",
    "lessons.soviet_model.exercises.ex_2_expected": "takes no arguments",
    "lessons.soviet_model.figures.outlay_figure": "takes no arguments",
    "lessons.soviet_model.figures.plan_vs_outcome_figure": "takes no arguments",
    "lessons.soviet_model.readouts.plan_priorities": "takes no arguments",
    "lessons.soviet_model.readouts.growth_by_1957": "takes no arguments",
    "lessons.soviet_model.readouts.grain_per_person": "takes no arguments",
    "lessons.soviet_model.readouts.consumer_goods_table": "takes no arguments",
    "lessons.soviet_model.readouts.food_model_settings": "takes no arguments",
    "lessons.soviet_model.readouts.heavy_industry_table": "takes no arguments",
    "lessons.soviet_model.quizzes.quiz_like_with_like": "takes no arguments",
    "lessons.soviet_model.quizzes.quiz_base_year": "takes no arguments",
    "lessons.soviet_model.quizzes.quiz_capital_output": "takes no arguments",
    "lessons.soviet_model.quizzes.quiz_grain_need": "takes no arguments",
    "lessons.soviet_model.quizzes.quiz_testable_reason": "takes no arguments",
}
