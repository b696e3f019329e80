"""Bad-input cases for lesson 00's helpers (merged by tests/course/test_bad_input.py, which requires a
case or a stated exemption for every public helper)."""

from __future__ import annotations

from helpers.lessons.start_here import exercises as start_here_exercises

# "module.function" -> [(call, exception, words the message must contain)]
BAD = {
    "lessons.start_here.exercises.first_lesson_citing": [
        (
            lambda: start_here_exercises.first_lesson_citing("S99"),
            ValueError,
            "claim must be one of",
        )
    ],
}

# Functions with no input to refuse, or whose contract is to answer any input.
EXEMPT = {
    "lessons.start_here.exercises.soviet_withdrawal_date": "takes no arguments",
}
