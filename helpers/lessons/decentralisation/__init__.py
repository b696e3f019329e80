"""Lesson 02, "Decentralisation and mass mobilisation, 1957-58": what its notebook calls.

Apps in ``apps.py``, exercise checks in ``exercises.py``, sourced figures and the models run
on the course data in ``evidence.py``, labelled tables in ``readouts.py``, check-yourself
questions in ``quizzes.py``, static figures in ``figures.py``, the models in
``mobilisation.py`` (rural labour by season) and ``inflated_reports.py`` (reports and
procurement), charts in ``charts.py``.
"""

from helpers.core.ui import figure
from helpers.lessons.decentralisation.apps import labour_app, procurement_share, reports_app
from helpers.lessons.decentralisation.evidence import (
    beidaihe_grain_expectation_mt,
    beidaihe_steel_target_mt,
    mobilise,
    national,
)
from helpers.lessons.decentralisation.exercises import ex_1, ex_2, ex_3, ex_4
from helpers.lessons.decentralisation.figures import grain_figure, steel_figure, timeline_figure
from helpers.lessons.decentralisation.quizzes import (
    quiz_consistency,
    quiz_furnaces,
    quiz_time_allowed,
    quiz_uneven_reports,
    quiz_winter_surplus,
)
from helpers.lessons.decentralisation.readouts import (
    grain_1958,
    labour_model_settings,
    mobilisation_cases,
    procurement_table,
    reports_readout,
    second_plan_table,
    steel_record,
    steel_targets_1958,
)

__all__ = [
    "beidaihe_grain_expectation_mt",
    "beidaihe_steel_target_mt",
    "ex_1",
    "ex_2",
    "ex_3",
    "ex_4",
    "figure",
    "grain_1958",
    "grain_figure",
    "labour_app",
    "labour_model_settings",
    "mobilisation_cases",
    "mobilise",
    "national",
    "procurement_share",
    "procurement_table",
    "quiz_consistency",
    "quiz_furnaces",
    "quiz_time_allowed",
    "quiz_uneven_reports",
    "quiz_winter_surplus",
    "reports_app",
    "reports_readout",
    "second_plan_table",
    "steel_figure",
    "steel_record",
    "steel_targets_1958",
    "timeline_figure",
]
