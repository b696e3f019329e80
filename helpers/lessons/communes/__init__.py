"""Lesson 03, "The people's communes": what its notebook calls.

Apps in ``apps.py``, exercise checks in ``exercises.py``, sourced figures and frames in
``evidence.py``, the static figure in ``figures.py``, the models in ``structure.py`` (the
commune builder), ``incentives.py`` (a monitoring and team-size model, contrasted with Lin
1990) and ``mess_halls.py`` (after Chang and Wen 1997), charts in ``charts.py``, the tables and
sentences the cells show in ``readouts.py``, the check-yourself questions in ``quizzes.py``.
"""

from helpers.core.ui import figure
from helpers.lessons.communes.apps import (
    commune_builder_app,
    incentives_app,
    mess_hall_app,
    need_kg_per_month,
)
from helpers.lessons.communes.evidence import commune_figure
from helpers.lessons.communes.exercises import EX3_SETTINGS, ex_1, ex_2, ex_3, ex_4
from helpers.lessons.communes.figures import communisation_figure
from helpers.lessons.communes.incentives import effort_pct
from helpers.lessons.communes.mess_halls import mess_hall_path, shortfall_month
from helpers.lessons.communes.quizzes import (
    quiz_cooperatives_and_members,
    quiz_households_or_people,
    quiz_mess_hall_timing,
    quiz_monitoring,
    quiz_nevertheless,
)
from helpers.lessons.communes.readouts import (
    commune_size,
    communisation_days,
    counts_1958,
    effort_table,
    later_counts,
    members_per_household,
    retreat_decisions,
    shortfall_reason,
    shortfall_table,
)

__all__ = [
    "EX3_SETTINGS",
    "commune_builder_app",
    "commune_figure",
    "commune_size",
    "communisation_days",
    "communisation_figure",
    "counts_1958",
    "effort_pct",
    "effort_table",
    "ex_1",
    "ex_2",
    "ex_3",
    "ex_4",
    "figure",
    "incentives_app",
    "later_counts",
    "members_per_household",
    "mess_hall_app",
    "mess_hall_path",
    "need_kg_per_month",
    "quiz_cooperatives_and_members",
    "quiz_households_or_people",
    "quiz_mess_hall_timing",
    "quiz_monitoring",
    "quiz_nevertheless",
    "retreat_decisions",
    "shortfall_month",
    "shortfall_reason",
    "shortfall_table",
]
