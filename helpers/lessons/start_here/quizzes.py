"""Lesson 00's check-yourself questions, one function each (``lesson.quiz_<topic>()``)."""

from __future__ import annotations

import ipywidgets as widgets

from helpers.core import course, quiz
from helpers.lessons.start_here.exercises import first_lesson_citing


def quiz_restart() -> widgets.VBox:
    """Section 1: an app drawn before a kernel restart no longer redraws."""
    return quiz.choice(
        "You restarted the kernel. The timeline app (section 2) still shows its chart and its "
        "slider still moves, but the chart no longer changes. What do you do?",
        {
            "Wait a few seconds: the new kernel is still loading the app.": (
                "It will not catch up: the app's code lived in the old kernel, which the "
                "restart erased. The controls you see are only their picture in the page."
            ),
            "Run the app's cell again (or Run All Cells).": (
                "Running the cell builds the app again in the new kernel. Every app cell in "
                "the course imports what it needs, so that one cell is enough; Kernel → "
                "Restart Kernel and Run All Cells rebuilds every app at once."
            ),
            "Move the slider back to where it was before the restart.": (
                "Nothing is listening to the slider any more: no position of it will redraw "
                "the chart until the cell runs again."
            ),
            "Reinstall the course: the restart has broken its packages.": (
                "Nothing is broken: a restart leaves the installed packages alone. The app "
                "just belongs to a kernel that no longer exists. Run its cell again."
            ),
        },
        answer="Run the app's cell again (or Run All Cells).",
    )


def quiz_first_claim() -> widgets.VBox:
    """Section 2: read the course map to find the first lesson that teaches claim S1."""
    first = first_lesson_citing("S1")
    if first is None:
        raise ValueError("no lesson cites [S1]: the map has nothing to ask about")
    if first == 0:  # pragma: no cover - the map would have to change
        raise ValueError("lesson 00 cites S1: rewrite this question")
    lessons = course.lessons().set_index("number")
    right = f"Lesson {first:02d}"
    options = {
        "Lesson 00": (
            "This lesson mentions the Soviet model, but the map shows that it teaches "
            f"{', '.join(lessons.loc[0, 'claims'])}, not S1. Read the 'Source claims' column."
        ),
        right: (
            f"The map's 'Source claims' column lists S1 for lesson {first:02d} "
            f"({lessons.loc[first, 'title']}), and for no lesson before it."
        ),
        "None: S1 is not taught.": (
            "Every claim S1–S24 is taught somewhere; the map's 'Source claims' column shows where."
        ),
    }
    return quiz.choice(
        "Claim S1 says why China's leaders turned away from the Soviet model. Which lesson "
        "is the first to teach it?",
        options,
        answer=right,
    )


def quiz_rate_questions() -> widgets.VBox:
    """Section 3: the two questions to ask of a death rate before using it."""
    return quiz.choice(
        'A source says a death rate "rose to 2.5". Which two questions do you ask before '
        "you use the number?",
        {
            "What is its unit, and is the rate registered or reconstructed?": (
                "Yes. Percent or per 1,000 is a factor of ten (2.5 % is 25 per 1,000); and "
                "registration missed many famine deaths, so a registered rate and a "
                "demographic reconstruction can differ by millions of lives."
            ),
            "Who wrote it, and was it translated from another language?": (
                "Worth knowing about any source (this one is a Kazakh translation), but neither "
                "tells you what 2.5 means: the unit alone can change the deaths it implies "
                "tenfold."
            ),
            "Is it rounded, and to how many decimal places was it given?": (
                "Rounding moves the number a little; the unit can move it by a factor of ten, "
                "and under-registration by millions of deaths."
            ),
        },
        answer="What is its unit, and is the rate registered or reconstructed?",
    )
