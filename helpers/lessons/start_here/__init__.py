"""Lesson 00, "Start here": what its notebook calls, and nothing else.

``apps.py`` holds the timeline app, ``readouts.py`` the tables and sentences the cells show,
``quizzes.py`` the check-yourself questions and ``exercises.py`` the exercise checks. The
rest is the course's machinery, named here so the notebook imports one thing.
"""

from helpers.core.progress import progress_panel
from helpers.lessons.start_here.apps import timeline_app
from helpers.lessons.start_here.exercises import ex_1, ex_2
from helpers.lessons.start_here.quizzes import (
    quiz_first_claim,
    quiz_rate_questions,
    quiz_restart,
)
from helpers.lessons.start_here.readouts import (
    course_index,
    course_map,
    events_table,
    glossary_table,
    national_table,
    population_million,
    s20_sentence,
    s20_table,
    soviet_disagreement,
)
from helpers.shared.vital_rates import S20_DEATH_RATE_PERCENT

__all__ = [
    "S20_DEATH_RATE_PERCENT",
    "course_index",
    "course_map",
    "events_table",
    "ex_1",
    "ex_2",
    "glossary_table",
    "national_table",
    "population_million",
    "progress_panel",
    "quiz_first_claim",
    "quiz_rate_questions",
    "quiz_restart",
    "s20_sentence",
    "s20_table",
    "soviet_disagreement",
    "timeline_app",
]
