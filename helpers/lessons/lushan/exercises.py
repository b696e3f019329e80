"""Lesson 05's exercise checks.

Each check answers any input with a :class:`~helpers.core.feedback.Feedback` that
explains, never with an exception, and records a pass in the learner's progress.
"""

from __future__ import annotations

from helpers.core import feedback, progress
from helpers.lessons.lushan.evidence import trade_figure
from helpers.lessons.lushan.food_years import person_years

#: The illustrative ration the exercises use, kg a person a year.
RATION_KG = 200
#: People the May-June 1961 work conference decided to move out of the towns, millions
#: (data/timeline.csv; Su 2008).
SENT_BACK_MILLION = 20
#: The grain Chen Yun reckoned that would save, million tonnes (9 billion jin; his speech of
#: 31 May 1961, quoted by Yang 2008).
CHEN_YUN_SAVING_MT = 4.5


@progress.tracked
def ex_1(answer: object) -> feedback.Feedback:
    """Exercise 1: 1960's net exports as million person-years at 200 kg."""
    exported = trade_figure("net_grain_exports", 1960)
    expected = person_years(exported, RATION_KG)
    return feedback.check_number(
        answer,
        expected,
        rel=0.01,
        hint="one million tonnes is a billion kg: share it out at the ration.",
        explain=(
            f"{expected:.1f} million people for a year, at least: Shang (2010) says 'more "
            f"than' {exported} million tonnes, so this is a floor."
        ),
        wrong={
            exported * RATION_KG: "that multiplies by the ration: divide instead.",
            expected / 10: "a factor of ten out: a million tonnes is a billion kg.",
            expected / 1000: "a factor of a thousand out: the answer is in millions of people.",
            expected * 1e6: "that is the number of people; the answer is in millions.",
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
    """Exercise 3 (go further): the ration, kg a year, behind Chen Yun's 4.5 Mt saving."""
    imported = trade_figure("grain_imports", 1961, "Lin, Justin Yifu")
    expected = CHEN_YUN_SAVING_MT * 1e9 / (SENT_BACK_MILLION * 1e6)
    return feedback.check_number(
        answer,
        expected,
        rel=0.01,
        hint="share the grain saved out among the people moved; a million tonnes is a billion kg.",
        explain=(
            f"{expected:.0f} kg a person a year: {CHEN_YUN_SAVING_MT} billion kg for "
            f"{SENT_BACK_MILLION} million people. The saving equals the {imported} million "
            "tonnes Lin and Yang give for 1961's imports: moving people saved the state as "
            "much grain as it bought abroad. The saving was the state's; the people moved had "
            "to live from villages that were still hungry."
        ),
        wrong={
            2 * expected: "that is in jin: a jin is half a kilogram.",
            expected / 10: "a factor of ten out: a million tonnes is a billion kg.",
            expected / 1000: "that is in tonnes; the question asks for kg.",
        },
    )
