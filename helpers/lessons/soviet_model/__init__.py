"""Lesson 01, "The Soviet model and why it was abandoned": what its notebook calls.

Apps in ``apps.py``, exercise checks in ``exercises.py``, sourced figures in ``evidence.py``,
static figures in ``figures.py``, labelled tables in ``readouts.py``, check-yourself
questions in ``quizzes.py``, the models in ``plan.py`` (the First Plan as frames) and
``two_sector.py`` (Feldman-Mahalanobis and the food constraint), charts in ``charts.py``.
"""

from helpers.core.ui import figure
from helpers.lessons.soviet_model.apps import (
    food_constraint_app,
    plan_growth_app,
    two_sector_app,
)
from helpers.lessons.soviet_model.evidence import food_path, plan_figure
from helpers.lessons.soviet_model.exercises import ex_1, ex_2, ex_3
from helpers.lessons.soviet_model.figures import outlay_figure, plan_vs_outcome_figure
from helpers.lessons.soviet_model.quizzes import (
    quiz_base_year,
    quiz_capital_output,
    quiz_grain_need,
    quiz_like_with_like,
    quiz_testable_reason,
)
from helpers.lessons.soviet_model.readouts import (
    binding_years,
    consumer_goods_table,
    food_model_settings,
    grain_per_person,
    growth_by_1957,
    heavy_industry_table,
    plan_priorities,
)
from helpers.lessons.soviet_model.two_sector import binding_year, overtaking_year, two_sector_paths

__all__ = [
    "binding_year",
    "binding_years",
    "consumer_goods_table",
    "ex_1",
    "ex_2",
    "ex_3",
    "figure",
    "food_constraint_app",
    "food_model_settings",
    "food_path",
    "grain_per_person",
    "growth_by_1957",
    "heavy_industry_table",
    "outlay_figure",
    "overtaking_year",
    "plan_figure",
    "plan_growth_app",
    "plan_priorities",
    "plan_vs_outcome_figure",
    "quiz_base_year",
    "quiz_capital_output",
    "quiz_grain_need",
    "quiz_like_with_like",
    "quiz_testable_reason",
    "two_sector_app",
    "two_sector_paths",
]
