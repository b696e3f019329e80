"""Lesson 05, "Lushan and the second leap: the politics of the famine, 1959-62": what its notebook calls, and nothing else.

Apps in ``apps.py``, exercise checks in ``exercises.py``, figures read from ``data/`` in
``evidence.py``, the person-years model in ``food_years.py``, charts in ``charts.py``,
tables and sentences in ``readouts.py``, check-yourself questions in ``quizzes.py``.
"""

from helpers.lessons.lushan.apps import food_app, policy_app
from helpers.lessons.lushan.exercises import ex_1, ex_2, ex_3
from helpers.lessons.lushan.food_years import person_years
from helpers.lessons.lushan.quizzes import (
    quiz_exports,
    quiz_first_retreat,
    quiz_lushan,
    quiz_recovery,
)
from helpers.lessons.lushan.readouts import (
    death_rate_sentence,
    famine_table,
    industry_table,
    trade_table,
)

__all__ = [
    "death_rate_sentence",
    "ex_1",
    "ex_2",
    "ex_3",
    "famine_table",
    "food_app",
    "industry_table",
    "person_years",
    "policy_app",
    "quiz_exports",
    "quiz_first_retreat",
    "quiz_lushan",
    "quiz_recovery",
    "trade_table",
]
