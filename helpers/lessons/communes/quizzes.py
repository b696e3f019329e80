"""Lesson 03's check-yourself questions: one ``quiz_<topic>()`` per section.

Every figure in a question or its feedback is computed from the data or the models.
"""

from __future__ import annotations

from helpers.core import quiz
from helpers.lessons.communes import incentives, mess_halls, structure
from helpers.lessons.communes.evidence import (
    FREE_MONTHS_DEFAULT,
    OVEREATING_PCT_DEFAULT,
    need_kg_per_month,
    unit_sizes,
)

#: The builder settings of section 2's question: households per cooperative, people each.
BUILDER_QUESTION = {"households_per_cooperative": 160, "persons_per_household": 5}


def quiz_households_or_people():
    """Section 1: a share of households against a share of the farm population."""
    return quiz.choice(
        "The source text counts the farm population; the reports count rural households. "
        "Are these the same measure?",
        {
            "Yes: a share is a share.": "A share of households equals a share of "
            "people only if households inside the communes were, on average, the same size as "
            "those outside; Cliff's count also includes some non-peasant households.",
            "No, though near 99 % the two cannot differ much.": "The two coincide only if "
            "households inside and outside the communes were of the same average size (and "
            "Cliff's count includes some non-peasant households). Near 99 % the difference "
            "is small, but a careful reader says which one is meant.",
            "No: the household share is always the larger.": "Not necessarily: it is larger "
            "only if the households that joined were smaller than those that did not, and "
            "nothing in the records says which were.",
        },
        answer="No, though near 99 % the two cannot differ much.",
    )


def quiz_cooperatives_and_members():
    """Section 2: the two ends of the text's "20 or 30 cooperatives" in members."""
    low, high = structure.S9_COOPERATIVES_PER_COMMUNE
    lo_m, hi_m = structure.S9_MEMBERS_AVERAGE
    per = BUILDER_QUESTION["households_per_cooperative"] * BUILDER_QUESTION["persons_per_household"]
    bottom, top = low * per, high * per
    return quiz.number(
        f"Set the builder to {low} cooperatives of "
        f"{BUILDER_QUESTION['households_per_cooperative']} households, "
        f"{BUILDER_QUESTION['persons_per_household']} people a household. How many members "
        f"does the commune have? (The text's average is {lo_m:,}–{hi_m:,}.)",
        bottom,
        unit="members",
        rel=0.001,
        hint="cooperatives × households per cooperative × people per household.",
        explain=(
            f"{low} × {BUILDER_QUESTION['households_per_cooperative']} × "
            f"{BUILDER_QUESTION['persons_per_household']} = {bottom:,}, below the text's "
            f"average; {high} cooperatives give {top:,}, only its middle. The text's two "
            "averages fit together only with bigger cooperatives (about 200 households) or "
            "bigger households: averages from different sources or dates need not describe "
            "the same commune."
        ),
        wrong={
            top: f"that is {high} cooperatives, the top end of the text's range; set {low}.",
            low * BUILDER_QUESTION["households_per_cooperative"]: "that counts households, "
            "not people: multiply by the people per household.",
        },
    )


def quiz_monitoring():
    """Section 3: with monitoring at 0.9, does the size of the unit still matter?"""
    sizes = unit_sizes()
    effort = incentives.effort_pct(list(sizes.values()), 0.9, exit_right=False)
    team, commune = effort[1], effort[-1]
    return quiz.choice(
        "In the app, raise the monitoring to 0.9. Does the size of the unit still matter much?",
        {
            "Hardly: effort stays high at every size.": f"{team:.0f} % in a team, "
            f"{commune:.0f} % in a commune. Size matters only because monitoring is imperfect; "
            "farm work is spread over fields and seasons and its quality shows only at "
            "harvest, so work points tended to record time spent rather than effort. Lin's "
            "argument starts from the same premise: farm work is hard to supervise.",
            "Yes: the commune still falls far below the team.": f"Look again: the commune is "
            f"at {commune:.0f} %, the team at {team:.0f} %. When work points pay 90 % of "
            "effort, sharing the rest hardly matters.",
            "Only if members have the right to exit.": "Exit adds little here: with 90 % "
            "paid by work points, effort is high with or without it.",
        },
        answer="Hardly: effort stays high at every size.",
    )


def quiz_mess_hall_timing():
    """Section 4: the amount of grain or its timing?"""
    need = need_kg_per_month()
    ration = mess_halls.ration_to_last(
        12 * need,
        need_kg_per_month=need,
        free_months=FREE_MONTHS_DEFAULT,
        overeating_pct=OVEREATING_PCT_DEFAULT,
    )
    return quiz.choice(
        "On both paths the village starts with the same grain. Is the problem in the model "
        "the amount of grain or its timing?",
        {
            "The amount: there is too little grain.": "Not in the model: the default stock "
            "is exactly one year's need, and rationed from the harvest it lasts the year.",
            "The timing: free meals move eating forward.": f"The same stock runs out "
            f"before the next harvest. Rationing from the harvest, or ending free meals early "
            f"and cutting the ration (at the defaults {ration:.1f} kg a month after the free "
            f"months, {100 * ration / need:.0f} % of the need, would have lasted) spreads the "
            "shortage. In a real village the choice was not the villagers': the stock "
            "depended on what the state procured, and the ration on the cadres.",
            "Neither: people simply ate more than they needed all year.": "No: after the "
            "free months the hall rations at the need; only the free months' extra eating "
            "moves the shortfall forward.",
        },
        answer="The timing: free meals move eating forward.",
    )


def quiz_nevertheless():
    """Section 5: what in the Kazakh sentence itself casts doubt on its date (S15)?"""
    return quiz.choice(
        "Without any outside source, what in the Kazakh sentence itself should make a careful "
        "reader doubt 'until the beginning of the 1960s'?",
        {
            "Its opening word, 'Nevertheless'.": "«Соған қарамастан» comes right after "
            "the retreat of 1959 and 1960, so the sentence says the system survived the "
            "retreat. Had it lasted only until the early 1960s, it would have ended about "
            "when the retreat ended, with nothing to say 'nevertheless' about. The counts "
            "to 1974 confirm the correction.",
            "Its word 'basic form of organisation'.": "That phrase is consistent with the "
            "communes lasting; it is the opening 'Nevertheless' that clashes with an end in "
            "the early 1960s.",
            "Nothing: only outside sources can show the error.": "Outside sources confirm it, "
            "but the sentence's own logic already does: it opens 'Nevertheless' right after "
            "the retreat.",
        },
        answer="Its opening word, 'Nevertheless'.",
    )
