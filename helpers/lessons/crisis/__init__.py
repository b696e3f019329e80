"""Lesson 04, "The crisis, 1959-62": what its notebook calls.

Apps in ``apps.py``, exercise checks in ``exercises.py``, sourced figures and the models run
on the course data in ``evidence.py``, the static figure in ``figures.py``, the models in
``index_chains.py`` (yearly changes chained into levels) and ``grain_balance.py`` (grain
left in the villages), charts in ``charts.py``, the tables and sentences cells show in
``readouts.py``, the check-yourself questions in ``quizzes.py``.
"""

from helpers.core.data import load
from helpers.core.ui import figure
from helpers.lessons.crisis.apps import grain_balance_app, index_app, vital_rates_app
from helpers.lessons.crisis.evidence import (
    changes,
    default_imports_mt,
    grain_path,
    grain_series,
    recorded_history,
)
from helpers.lessons.crisis.exercises import EX3_SETTINGS, ex_1, ex_2, ex_3, ex_4
from helpers.lessons.crisis.figures import trade_figure
from helpers.lessons.crisis.grain_balance import RULES, recorded_procurement
from helpers.lessons.crisis.index_chains import (
    SERIES,
    chain_index,
    sector_indices,
    source_text_changes,
)
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
from helpers.shared.timeline import filter_events
from helpers.shared.vital_rates import s20_death_rates

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
    "EX3_SETTINGS",
    "RULES",
    "SERIES",
    "chain_index",
    "changes",
    "default_imports_mt",
    "ex_1",
    "ex_2",
    "ex_3",
    "ex_4",
    "figure",
    "filter_events",
    "grain_balance_app",
    "grain_path",
    "grain_series",
    "index_app",
    "load",
    "recorded_history",
    "recorded_procurement",
    "s20_death_rates",
    "sector_indices",
    "source_text_changes",
    "trade_figure",
    "vital_rates_app",
]
