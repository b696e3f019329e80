"""Lesson 05, "Counting the cost": what its notebook calls.

Apps in ``apps.py``, exercise checks in ``exercises.py``, the estimator on the course data
and the source text's figures in ``evidence.py``, the static figure in ``figures.py``, the
models in ``excess_deaths.py`` (a counterfactual baseline against the recorded rates) and
``published_estimates.py`` (the published estimates, tidied), charts in ``charts.py``.
"""

from helpers.core.data import load
from helpers.core.ui import figure
from helpers.lessons.counting_the_cost.apps import estimates_app, excess_app
from helpers.lessons.counting_the_cost.evidence import (
    PERIODS,
    S21,
    baseline_grid,
    estimate,
    population_gap,
    s21_search,
    totals,
)
from helpers.lessons.counting_the_cost.excess_deaths import baseline_label
from helpers.lessons.counting_the_cost.exercises import EX2_OPTIONS, ex_1, ex_2, ex_3, ex_4
from helpers.lessons.counting_the_cost.figures import sensitivity_figure
from helpers.lessons.counting_the_cost.published_estimates import national_range, tidy_estimates
from helpers.shared.vital_rates import population

__all__ = [
    "EX2_OPTIONS",
    "PERIODS",
    "S21",
    "baseline_grid",
    "baseline_label",
    "estimate",
    "estimates_app",
    "ex_1",
    "ex_2",
    "ex_3",
    "ex_4",
    "excess_app",
    "figure",
    "load",
    "national_range",
    "population",
    "population_gap",
    "s21_search",
    "sensitivity_figure",
    "tidy_estimates",
    "totals",
]
