"""Lesson 02's check-yourself questions, one function each (``lesson.quiz_<topic>()``).

Figures in the feedback come from the course data and the lesson's models.
"""

from __future__ import annotations

import ipywidgets as widgets

from helpers.core import quiz
from helpers.lessons.decentralisation.evidence import (
    BASE_YEAR,
    HARVEST_YEAR,
    REPORTS_DEFAULTS,
    beidaihe_steel_target_mt,
    mobilise,
    national,
    rural_economy,
    steel_1958,
)


def quiz_time_allowed() -> widgets.VBox:
    """Section 1: the Beidaihe target and the Second Plan's 1962 target are close; why differ?"""
    return quiz.choice(
        f"The Beidaihe steel target for {HARVEST_YEAR} ({beidaihe_steel_target_mt():g} Mt) and "
        f"the original Second Plan target for 1962 are almost the same number. What makes "
        f"them so different?",
        {
            "The time allowed": (
                "The Second Plan gave five years of building new plants to reach that output in "
                "1962; Beidaihe made it binding for 1958, with four months left, starting from "
                "1957's much lower output (exercise 1 asks how much lower). Only a huge "
                "mobilisation of people outside the existing plants could even try."
            ),
            "They measure different kinds of steel": (
                "Both are targets for steel output in million tonnes; what differs is how long "
                "each gave to reach it."
            ),
            "The Beidaihe figure was a typing error": (
                "No: the figure is dated and sourced in the course timeline, and the "
                "mobilisation that followed was real."
            ),
        },
        answer="The time allowed",
    )


def quiz_winter_surplus() -> widgets.VBox:
    """Section 2: why winter water works at 0.5 cost no grain, and what more industry does."""
    need = rural_economy().seasons[0].farm_need_share
    lost = float(mobilise(water_slack=0.5)["grain_lost_mt"].iloc[0])
    more = float(mobilise(water_slack=0.5, backyard_slack=0.3)["grain_lost_mt"].iloc[0])
    return quiz.choice(
        "With nobody taken from the harvest, move the winter water-works share from 0.3 to 0.5 "
        "in the app. Why is no grain lost, and what happens if you then raise winter backyard "
        "industry as well?",
        {
            "Winter farm work needs part of the labour; beyond it, grain is lost": (
                f"Winter farm work needs {100 * need:.0f} % of the labour (the black tick). With 50 % on "
                f"water works and 10 % in backyard industry the labour still farming just covers "
                f"it, so {'no grain is' if lost == 0 else f'only {lost:.1f} Mt'} lost. Raise backyard industry to 0.3 and the farming "
                f"share falls below the tick: {more:.1f} Mt is lost. 'Surplus labour' has a size; "
                f"exercise 2 finds the limit."
            ),
            "Winter farm work does not matter to the harvest, so any share can go": (
                "It does: part of the harvest is at stake in winter too. No grain is lost only "
                "while the labour still farming covers what winter work needs."
            ),
            "The water works add grain that same year, making up for any loss": (
                "The works pay off from next year, not this one; this year's grain depends only "
                "on whether each season's farm work gets done."
            ),
        },
        answer="Winter farm work needs part of the labour; beyond it, grain is lost",
    )


def quiz_furnaces() -> widgets.VBox:
    """Section 3: does the recorded rise in steel show the backyard furnaces worked?"""
    claim = steel_1958().iloc[0]
    before, after = national(BASE_YEAR, "steel_output_mt"), claim["recorded_mt"]
    return quiz.choice(
        f"Recorded steel rose from {before:g} to {after:g} million tonnes in {HARVEST_YEAR}. Does "
        f"that show the backyard furnaces worked?",
        {
            "No: the record omits their steel, and counts none of their costs": (
                f"The recorded {after:g} Mt leaves out the furnaces' 'native' steel, the gap of "
                f"{claim['gap_mt']:g} Mt between the December claim and the record, most of it "
                f"useless. What the furnaces cost, in labour taken from the fields and in fuel, "
                f"appears in no steel total."
            ),
            "Yes: recorded output rose by half in one year, with the furnaces lit": (
                "The rise is in official output, which does not count the furnaces' steel; it "
                "cannot show that the furnaces worked."
            ),
            "Yes: in December 1958 the Party announced the steel target met": (
                "The announcement was a claim, and the claim included the furnaces' largely "
                "useless 'native' steel; the record fell well short of the target."
            ),
        },
        answer="No: the record omits their steel, and counts none of their costs",
    )


def quiz_consistency() -> widgets.VBox:
    """Section 4: the task the central planners performed that nobody performed afterwards."""
    return quiz.choice(
        "Which task did a central planning office perform that nobody performed once decisions "
        "passed to units run by their party branches?",
        {
            "Checking that plans and reports added up": (
                "Making sure that the inputs all units planned to use (labour, coal, ore, "
                "transport) added up to what existed, and comparing each unit's reports with "
                "others' and with deliveries. Without that check, overstated plans and reports "
                "are not caught, and decisions at the top (how much to procure, what to export) "
                "rest on numbers no one has tested."
            ),
            "Setting the national output targets for steel and grain": (
                "The centre still set national targets, such as the steel target at Beidaihe; "
                "what lapsed was the check that plans and reports were consistent."
            ),
            "Running the factories day to day, as the ministries had": (
                "After 1957 party branches ran many factories, so someone did run them; what "
                "nobody did was check that the units' plans and reports added up."
            ),
        },
        answer="Checking that plans and reports added up",
    )


def quiz_uneven_reports() -> widgets.VBox:
    """Section 5: why uneven over-reporting leaves localities below the line."""
    mean, line = REPORTS_DEFAULTS["mean_inflation"], REPORTS_DEFAULTS["subsistence_kg"]
    return quiz.choice(
        f"In the app, with the average over-report at {100 * mean:.0f} %, set the unevenness to 0, then "
        f"to 1. The national total taken does not change. Why are there now localities below "
        f"the {line} kg line?",
        {
            "The most zealous localities over-report most, and so lose most": (
                "With even over-reporting every locality loses the same share of its harvest "
                "and each stays above the line. With uneven over-reporting the average, and so "
                "the national total taken, is the same, but the most zealous localities lose far "
                "more than the average share while the most cautious keep more than they need. "
                "An average can hide hunger; that is why the chart shows each locality."
            ),
            "Those localities had smaller true harvests than the others": (
                "In the model every locality has the same true harvest per person; only the "
                "reports differ."
            ),
            "The state raised its procurement rate where the reports were highest": (
                "The rate on reported output is the same everywhere and unchanged, and so is "
                "the national total; the burden is spread differently."
            ),
        },
        answer="The most zealous localities over-report most, and so lose most",
    )
