"""Lesson 07, "Where the famine struck, and why": what its notebook calls, and nothing else.

Apps in ``apps.py``, exercise checks in ``exercises.py``, figures read from ``data/`` in
``evidence.py``, the model in ``model.py`` (rename it after its topic), charts in
``charts.py``, check-yourself questions in ``quizzes.py``. Keep ``__all__`` exactly the names the notebook calls (a test checks).
"""

from helpers.lessons.provinces.apps import growth_app
from helpers.lessons.provinces.evidence import steel_1957_mt
from helpers.lessons.provinces.exercises import ex_1, ex_2
from helpers.lessons.provinces.model import output_path
from helpers.lessons.provinces.quizzes import quiz_compounding

__all__ = ["ex_1", "ex_2", "growth_app", "output_path", "quiz_compounding", "steel_1957_mt"]
