"""Lesson 02, "Decentralisation and mass mobilisation, 1957-58": what its notebook calls.

Apps in ``apps.py``, exercise checks in ``exercises.py``, sourced figures and the models run
on the course data in ``evidence.py``, static figures in ``figures.py``, the models in
``mobilisation.py`` (rural labour by season) and ``inflated_reports.py`` (reports and
procurement), charts in ``charts.py``.
"""

from helpers.core.data import load
from helpers.core.ui import figure
from helpers.lessons.decentralisation.apps import labour_app, procurement_share, reports_app
from helpers.lessons.decentralisation.evidence import (
    beidaihe_grain_expectation_mt,
    beidaihe_steel_target_mt,
    february_steel_plan_mt,
    mobilise,
    national,
    reports_table,
    rural_economy,
    second_plan_targets,
    steel_1958,
)
from helpers.lessons.decentralisation.exercises import (
    EX2_SETTINGS,
    EX3_SETTINGS,
    ex_1,
    ex_2,
    ex_3,
    ex_4,
)
from helpers.lessons.decentralisation.figures import grain_figure, steel_figure, timeline_figure
from helpers.lessons.decentralisation.mobilisation import break_even_quality

__all__ = [
    "EX2_SETTINGS",
    "EX3_SETTINGS",
    "beidaihe_grain_expectation_mt",
    "beidaihe_steel_target_mt",
    "break_even_quality",
    "ex_1",
    "ex_2",
    "ex_3",
    "ex_4",
    "february_steel_plan_mt",
    "figure",
    "grain_figure",
    "labour_app",
    "load",
    "mobilise",
    "national",
    "procurement_share",
    "reports_app",
    "reports_table",
    "rural_economy",
    "second_plan_targets",
    "steel_1958",
    "steel_figure",
    "timeline_figure",
]
