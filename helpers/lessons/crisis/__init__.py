"""Lesson 04, "The crisis, 1959-62": what its notebook calls.

Apps in ``apps.py``, exercise checks in ``exercises.py``, sourced figures and the models run
on the course data in ``evidence.py``, the static figure in ``figures.py``, the models in
``index_chains.py`` (yearly changes chained into levels) and ``grain_balance.py`` (grain
left in the villages), charts in ``charts.py``, the tables and sentences cells show in
``readouts.py``, the check-yourself questions in ``quizzes.py``.
"""

from helpers.core.ui import figure
from helpers.lessons.crisis.apps import grain_balance_app, index_app, vital_rates_app
from helpers.lessons.crisis.exercises import ex_1, ex_2, ex_3, ex_4
from helpers.lessons.crisis.figures import trade_figure
from helpers.lessons.crisis.quizzes import (
    quiz_base_year,
    quiz_new_plants,
    quiz_rules_coincide,
    quiz_same_series,
    quiz_two_levels,
    quiz_villages,
)
from helpers.lessons.crisis.readouts import (
    excess_deaths_range,
    farm_chain,
    farm_levels,
    first_plan_projects,
    fixed_quota_1960,
    harvest_1958,
    harvest_1961,
    imports,
    imports_per_person,
    industry_changes,
    industry_levels,
    investment,
    kg_by_rule,
    leap_1958,
    plan_1960,
    procurement,
    rates,
    soviet_withdrawal,
    text_rates_check,
    villages_1957_1959,
)

__all__ = [
    "leap_1958",
    "harvest_1958",
    "farm_chain",
    "farm_levels",
    "industry_levels",
    "harvest_1961",
    "first_plan_projects",
    "soviet_withdrawal",
    "investment",
    "procurement",
    "villages_1957_1959",
    "plan_1960",
    "kg_by_rule",
    "imports",
    "imports_per_person",
    "rates",
    "text_rates_check",
    "excess_deaths_range",
    "industry_changes",
    "fixed_quota_1960",
    "quiz_two_levels",
    "quiz_base_year",
    "quiz_new_plants",
    "quiz_villages",
    "quiz_rules_coincide",
    "quiz_same_series",
    "ex_1",
    "ex_2",
    "ex_3",
    "ex_4",
    "figure",
    "grain_balance_app",
    "index_app",
    "trade_figure",
    "vital_rates_app",
]
