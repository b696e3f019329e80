"""Lesson 00, "Start here": what its notebook calls, and nothing else.

``apps.py`` holds the timeline app and ``exercises.py`` the exercise checks. The rest is
the course's machinery and shared models, named here so the notebook imports one thing.
"""

from helpers.core.course import index_markdown as course_index
from helpers.core.course import lessons as course_table
from helpers.core.course import map_markdown as course_map
from helpers.core.data import describe, load
from helpers.core.progress import progress_panel
from helpers.core.reference import glossary
from helpers.lessons.start_here.apps import timeline_app
from helpers.lessons.start_here.exercises import ex_1, ex_2, ex_3
from helpers.shared.timeline import filter_events
from helpers.shared.vital_rates import S20_DEATH_RATE_PERCENT, s20_death_rates

__all__ = [
    "S20_DEATH_RATE_PERCENT",
    "course_index",
    "course_map",
    "course_table",
    "describe",
    "ex_1",
    "ex_2",
    "ex_3",
    "filter_events",
    "glossary",
    "load",
    "progress_panel",
    "s20_death_rates",
    "timeline_app",
]
