"""Lesson 05's exercise checks.

Each check answers any input with a :class:`~helpers.core.feedback.Feedback` that
explains, never with an exception, and records a pass in the learner's progress.
"""

from __future__ import annotations

from helpers.core import feedback, progress
from helpers.lessons.lushan.evidence import trade_figure
from helpers.lessons.lushan.food_years import grain_for_people, person_years

#: The illustrative ration the exercises use, kg a person a year.
RATION_KG = 200
#: People the May-June 1961 work conference planned to send from the towns, millions
#: (data/timeline.csv).
SENT_BACK_MILLION = 20


@progress.tracked
def ex_1(answer: object) -> feedback.Feedback:
    """Exercise 1: 1960's net exports as million person-years at 200 kg."""
    exported = trade_figure("net_grain_exports", 1960)
    expected = person_years(exported, RATION_KG)
    return feedback.check_number(
        answer,
        expected,
        rel=0.01,
        hint=f"divide {exported} million tonnes (a billion kg each) by {RATION_KG} kg.",
        explain=(
            f"{expected:.1f} million people for a year, at least: Shang (2010) says 'more "
            f"than' {exported} million tonnes, so this is a floor."
        ),
        wrong={
            exported * RATION_KG: "that multiplies by the ration: divide instead.",
            expected / 10: "a factor of ten out: a million tonnes is a billion kg.",
        },
    )


@progress.tracked
def ex_2(answer: object) -> feedback.Feedback:
    """Exercise 2: the first moderating event after the Lushan plenum (a letter)."""
    return feedback.check_choice(
        answer,
        "c",
        hint="filter the events to 'moderating' in the first app and look after August 1959.",
        explain=(
            "(c) The Twelve Articles, 3 November 1960: fifteen months after Lushan, and the "
            "whole of 1960's second leap in between."
        ),
        wrong={
            "a": "The Wuchang plenum (November 1958) came before Lushan: it was part of the "
            "first retreat.",
            "b": "The Shanghai meeting of January 1960 set the 1960 plan's higher targets: it "
            "radicalised.",
            "d": "The Seven Thousand Cadres Conference came in 1962, after the Twelve and the "
            "Sixty Articles.",
        },
    )


@progress.tracked
def ex_3(answer: object) -> feedback.Feedback:
    """Exercise 3 (go further): grain saved by sending 20 million back, as % of 1961 imports."""
    imported = trade_figure("grain_imports", 1961, "Lin, Justin Yifu")
    saved = grain_for_people(SENT_BACK_MILLION, RATION_KG)
    expected = 100 * saved / imported
    return feedback.check_number(
        answer,
        expected,
        rel=0.01,
        hint=(
            "lesson.grain_for_people(20, 200) gives the grain in million tonnes; divide by "
            f"Lin and Yang's {imported} million tonnes and multiply by 100."
        ),
        explain=(
            f"{expected:.1f} %: {saved:.1f} million tonnes a year against {imported} million "
            "tonnes imported in 1961. Sending people back was, on these illustrative "
            "numbers, nearly as large a relief to the state's grain as the imports."
        ),
        wrong={
            saved: "that is the grain saved in million tonnes; the question asks for a "
            "percentage of the imports."
        },
    )
