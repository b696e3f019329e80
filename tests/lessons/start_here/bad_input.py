"""Bad-input cases for lesson 00's helpers (merged by tests/course/test_bad_input.py, which requires a
case or a stated exemption for every public helper)."""

from __future__ import annotations

from helpers.lessons.start_here import exercises as start_here_exercises
from helpers.lessons.start_here import readouts as start_here_readouts

# "module.function" -> [(call, exception, words the message must contain)]
BAD = {
    "lessons.start_here.exercises.first_lesson_citing": [
        (
            lambda: start_here_exercises.first_lesson_citing("S99"),
            ValueError,
            "claim must be one of",
        )
    ],
    "lessons.start_here.readouts.population_million": [
        (lambda: start_here_readouts.population_million(1900), ValueError, "year")
    ],
    "lessons.start_here.readouts.national_table": [
        (lambda: start_here_readouts.national_table(1951, 1949), ValueError, "last")
    ],
    "lessons.start_here.readouts.events_table": [
        (
            lambda: start_here_readouts.events_table("foreign relations", 1960, 1960, ""),
            TypeError,
            "contains",
        )
    ],
    "lessons.start_here.readouts.s20_sentence": [
        (lambda: start_here_readouts.s20_sentence(1957), ValueError, "year")
    ],
    "lessons.start_here.readouts.glossary_table": [
        (lambda: start_here_readouts.glossary_table("zzzz"), ValueError, "search"),
        (lambda: start_here_readouts.glossary_table(3), TypeError, "search"),
    ],
}

# Functions with no input to refuse, or whose contract is to answer any input.
EXEMPT = {
    "lessons.start_here.exercises.soviet_withdrawal_date": "takes no arguments",
    "lessons.start_here.readouts.course_map": "takes no arguments",
    "lessons.start_here.readouts.course_index": "takes no arguments",
    "lessons.start_here.readouts.soviet_disagreement": "takes no arguments",
    "lessons.start_here.readouts.s20_frame": "takes no arguments",
    "lessons.start_here.readouts.s20_table": "takes no arguments",
    "lessons.start_here.quizzes.quiz_restart": "takes no arguments",
    "lessons.start_here.quizzes.quiz_first_claim": "takes no arguments",
    "lessons.start_here.quizzes.quiz_rate_questions": "takes no arguments",
}
