"""Lesson 01, "The Soviet model and why it was abandoned": what its notebook calls.

Apps in ``apps.py``, exercise checks in ``exercises.py``, sourced figures in ``evidence.py``,
static figures in ``figures.py``, the models in ``plan.py`` (the First Plan as frames) and
``two_sector.py`` (Feldman-Mahalanobis and the food constraint), charts in ``charts.py``.
"""

from helpers.core.data import load
from helpers.core.ui import figure
from helpers.lessons.soviet_model.apps import (
    TWO_SECTOR_DEFAULTS,
    food_constraint_app,
    plan_growth_app,
    two_sector_app,
)
from helpers.lessons.soviet_model.evidence import (
    GRAIN_KG_DEFAULT,
    default_investment_rate,
    food_economy,
    food_path,
    leap_heavy_industry,
    plan_figure,
)
from helpers.lessons.soviet_model.exercises import EX2_SETTINGS, EX3_SETTINGS, ex_1, ex_2, ex_3
from helpers.lessons.soviet_model.figures import outlay_figure, plan_vs_outcome_figure
from helpers.lessons.soviet_model.plan import grain_per_head_frame, sector_index_frame
from helpers.lessons.soviet_model.two_sector import binding_year, overtaking_year, two_sector_paths

__all__ = [
    "EX2_SETTINGS",
    "EX3_SETTINGS",
    "GRAIN_KG_DEFAULT",
    "TWO_SECTOR_DEFAULTS",
    "binding_year",
    "default_investment_rate",
    "ex_1",
    "ex_2",
    "ex_3",
    "figure",
    "food_constraint_app",
    "food_economy",
    "food_path",
    "grain_per_head_frame",
    "leap_heavy_industry",
    "load",
    "outlay_figure",
    "overtaking_year",
    "plan_figure",
    "plan_growth_app",
    "plan_vs_outcome_figure",
    "sector_index_frame",
    "two_sector_app",
    "two_sector_paths",
]
