"""Lesson 07, "Where the famine struck, and why": what its notebook calls, and nothing else.

Apps in ``apps.py``, exercise checks in ``exercises.py``, figures read from ``data/`` in
``evidence.py``, the models in ``procurement.py`` (MQY's regression), ``geography.py`` (the
map's measures) and ``counties.py`` (the county spread), charts in ``charts.py``, the static
figure in ``figures.py``, readable tables in ``readouts.py``, check-yourself questions in
``quizzes.py``. Keep ``__all__`` exactly the names the notebook calls (a test checks).
"""

from helpers.core.ui import figure
from helpers.lessons.provinces.apps import county_app, map_app, regression_app
from helpers.lessons.provinces.exercises import ex_1, ex_2, ex_3, ex_4
from helpers.lessons.provinces.figures import small_multiples
from helpers.lessons.provinces.quizzes import (
    quiz_counties,
    quiz_ecological,
    quiz_floor,
    quiz_politics,
    quiz_reversal,
)
from helpers.lessons.provinces.readouts import (
    death_rate_table,
    regression_sentence,
    regression_table,
)

__all__ = [
    "ex_1",
    "ex_2",
    "ex_3",
    "ex_4",
    "county_app",
    "death_rate_table",
    "figure",
    "map_app",
    "quiz_counties",
    "quiz_ecological",
    "quiz_floor",
    "quiz_politics",
    "quiz_reversal",
    "regression_app",
    "regression_sentence",
    "regression_table",
    "small_multiples",
]
