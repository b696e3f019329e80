"""Lesson 05's exercise checks.

Each check answers any input with a :class:`~helpers.core.feedback.Feedback` that
explains, never with an exception, and records a pass in the learner's progress.
"""

from __future__ import annotations

from helpers.core import feedback, progress
from helpers.core.i18n import number, t
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
        hint=t("one million tonnes is a billion kg: share it out at the ration."),
        explain=t(
            "{people} million people for a year, at least: Shang (2010) says 'more than' "
            "{exported} million tonnes, so this is a floor.",
            people=number(expected, ".1f"),
            exported=number(exported),
        ),
        wrong={
            exported * RATION_KG: t("that multiplies by the ration: divide instead."),
            expected / 10: t("a factor of ten out: a million tonnes is a billion kg."),
            expected / 1000: t("a factor of a thousand out: the answer is in millions of people."),
            expected * 1e6: t("that is the number of people; the answer is in millions."),
        },
    )


@progress.tracked
def ex_2(answer: object) -> feedback.Feedback:
    """Exercise 2: the first moderating event after the Lushan plenum (a letter)."""
    return feedback.check_choice(
        answer,
        "c",
        hint=t("filter the events to 'moderating' in the first app and look after August 1959."),
        explain=t(
            "(c) The Twelve Articles, 3 November 1960: fifteen months after Lushan, and the "
            "whole of 1960's second leap in between."
        ),
        wrong={
            "a": t(
                "The Wuchang plenum (November 1958) came before Lushan: it was part of the "
                "first retreat."
            ),
            "b": t(
                "The Shanghai meeting of January 1960 set the 1960 plan's higher targets: it "
                "radicalised."
            ),
            "d": t(
                "The Seven Thousand Cadres Conference came in 1962, after the Twelve and the "
                "Sixty Articles."
            ),
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
        hint=t(
            "share the grain saved out among the people moved; a million tonnes is a billion kg."
        ),
        explain=t(
            "{ration} kg a person a year: {saving} billion kg for {people} million people. "
            "The saving equals the {imported} million tonnes Lin and Yang give for 1961's "
            "imports: moving people saved the state as much grain as it bought abroad. The "
            "saving was the state's; the people moved had to live from villages that were "
            "still hungry.",
            ration=number(expected, ".0f"),
            saving=number(CHEN_YUN_SAVING_MT),
            people=number(SENT_BACK_MILLION),
            imported=number(imported),
        ),
        wrong={
            2 * expected: t("that is in jin: a jin is half a kilogram."),
            expected / 10: t("a factor of ten out: a million tonnes is a billion kg."),
            expected / 1000: t("that is in tonnes; the question asks for kg."),
        },
    )
