"""Lesson 06, "Counting the cost": what its notebook calls.

Apps in ``apps.py``, exercise checks in ``exercises.py``, check-yourself questions in
``quizzes.py``, the tables and sentences its cells show in ``readouts.py``, the estimator on the course data
and the source text's figures in ``evidence.py``, the static figure in ``figures.py``, the
models in ``excess_deaths.py`` (a counterfactual baseline against the recorded rates) and
``published_estimates.py`` (the published estimates, tidied), charts in ``charts.py``.
"""

from helpers.core.data import load
from helpers.core.ui import figure
from helpers.lessons.counting_the_cost.apps import estimates_app, excess_app
from helpers.lessons.counting_the_cost.evidence import totals
from helpers.lessons.counting_the_cost.exercises import ex_1, ex_2, ex_3, ex_4
from helpers.lessons.counting_the_cost.figures import sensitivity_figure
from helpers.lessons.counting_the_cost.quizzes import (
    defend_baseline,
    quiz_adopted,
    quiz_baseline_years,
    quiz_excess,
    quiz_reconstructed,
    quiz_reproducing,
)
from helpers.lessons.counting_the_cost.readouts import (
    baseline_steps,
    estimates_table,
    gap_table,
    period_table,
    rates_table,
    s21_baselines,
    s21_search_result,
    series_table,
    worked_example,
)
from helpers.shared.vital_rates import population

__all__ = [
    "baseline_steps",
    "defend_baseline",
    "estimates_app",
    "estimates_table",
    "ex_1",
    "ex_2",
    "ex_3",
    "ex_4",
    "excess_app",
    "figure",
    "gap_table",
    "load",
    "period_table",
    "population",
    "quiz_adopted",
    "quiz_baseline_years",
    "quiz_excess",
    "quiz_reconstructed",
    "quiz_reproducing",
    "rates_table",
    "s21_baselines",
    "s21_search_result",
    "sensitivity_figure",
    "series_table",
    "totals",
    "worked_example",
]
