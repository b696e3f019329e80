"""Lesson 03's exercise checks, and the settings and answers they are checked against."""

from __future__ import annotations

from helpers.core import feedback, progress
from helpers.core.i18n import N_, number, t
from helpers.lessons.communes import incentives, mess_halls, structure
from helpers.lessons.communes.evidence import (
    COMMUNE_SIZE_DATE,
    MONITORING_DEFAULT,
    SANCTION_WITHOUT_EXIT,
    commune_figure,
    cooperatives_per_commune,
    need_kg_per_month,
)

#: Settings of exercises 2-4 (the notebook's text states them; the solutions use them).
EX2_SETTINGS = {"households": 30, "monitoring": 0.25}


EX3_SETTINGS = {"free_months": 5, "overeating_pct": 50}


EX4_CHANGES = {
    "a": N_("give members the right to exit"),
    "b": N_("double monitoring, from 0.3 to 0.6"),
    "c": N_("let members watch 60 households instead of 30"),
}


@progress.tracked
def ex_1(answer: object) -> feedback.Feedback:
    """Exercise 1: cooperatives merged per commune at the end of October 1958."""
    expected = cooperatives_per_commune()
    low, high = structure.S9_COOPERATIVES_PER_COMMUNE
    return feedback.check_number(
        answer,
        expected,
        rel=0.02,
        hint=t(
            "divide the cooperatives merged in 1958 by the number of communes at the end of "
            "October 1958, when the merger was complete."
        ),
        explain=t(
            "about {expected} cooperatives per commune, inside the text's {low}–{high} [S9]: "
            "the data and the source text agree here.",
            expected=number(expected, ".0f"),
            low=low,
            high=high,
        ),
        wrong={
            1 / expected: t("upside down: that is communes per cooperative."),
            commune_figure("apcs_merged_into_communes")
            / commune_figure("communes_number", "1958-09-30"): t(
                "that uses the 30 September count, when only 90.4 % of households had joined: "
                "use the end of October."
            ),
        },
    )


@progress.tracked
def ex_2(answer: object) -> feedback.Feedback:
    """Exercise 2: the marginal reward in a team, for :data:`EX2_SETTINGS`."""
    n, m = EX2_SETTINGS["households"], EX2_SETTINGS["monitoring"]
    expected = incentives.marginal_reward(n, m)
    return feedback.check_number(
        answer,
        expected,
        rel=0.005,
        hint=t(
            "the work points pay you the monitored share of your extra work; the rest goes into "
            "the harvest the 30 households share equally, and your part of it is 1/30."
        ),
        explain=t(
            "{expected}: of what an extra hour of your work adds, you keep about {kept} %; the "
            "other {rest} % goes to your {neighbours} neighbouring households.",
            expected=number(expected, ".3f"),
            kept=number(100 * expected, ".0f"),
            rest=number(100 * (1 - expected), ".0f"),
            neighbours=n - 1,
        ),
        wrong={
            1 / n: t("that is only the equal share: you forgot the work points."),
            m: t("that is only the work points: you also get 1/{n} of the shared pool.", n=n),
            100 * expected: t("right idea, but give a share (0.275), not a percentage."),
            m + 1 / n: t("close: the 1/{n} applies only to the part not paid by work points.", n=n),
        },
    )


def ex_3_expected() -> int | None:
    """The answer to exercise 3: the first month the grain runs short (free meals first)."""
    need = need_kg_per_month()
    path = mess_halls.mess_hall_path(12 * need, need_kg_per_month=need, **EX3_SETTINGS)
    return mess_halls.shortfall_month(path, need, "free meals first")


@progress.tracked
def ex_3(answer: object) -> feedback.Feedback:
    """Exercise 3: the month the grain runs short after free meals, :data:`EX3_SETTINGS`."""
    expected = ex_3_expected()
    free, over = EX3_SETTINGS["free_months"], EX3_SETTINGS["overeating_pct"]
    return feedback.check_number(
        answer,
        expected,
        rel=1e-9,
        hint=t(
            "count in months of need: {free} free months at {over} % above need eat {eaten} "
            "months' grain; how many months does the rest of a year's stock feed everyone in "
            "full? (Or set the mess-hall app to {free} months and {over} %.)",
            free=free,
            over=number(over, "g"),
            eaten=number(free * (1 + over / 100), "g"),
        ),
        explain=t(
            "month {month}: a stock that would have fed everyone for the whole year runs short "
            "{months} months before the next harvest.",
            month=expected,
            months=12 - expected + 1,
        ),
        wrong={
            expected - 1: t("one month early: in that month there is still enough for everyone."),
            expected + 1: t("one month late: look for the first month with less than the need."),
        },
    )


def ex_4_expected() -> str:
    """The answer to exercise 4: which change raises effort in a commune the most."""
    commune = commune_figure("households_per_commune_average", COMMUNE_SIZE_DATE)
    base = {"monitoring": MONITORING_DEFAULT, "watch_households": 30.0, "exit_right": False}
    changed = {
        "a": {**base, "exit_right": True},
        "b": {**base, "monitoring": 2 * MONITORING_DEFAULT},
        "c": {**base, "watch_households": 60.0},
    }
    effort = {
        key: incentives.effort_pct(
            commune,
            kw["monitoring"],
            exit_right=kw["exit_right"],
            watch_households=kw["watch_households"],
            sanction_without_exit=SANCTION_WITHOUT_EXIT,
        )
        for key, kw in changed.items()
    }
    return max(effort, key=effort.get)


@progress.tracked
def ex_4(answer: object) -> feedback.Feedback:
    """Exercise 4: which change (a, b or c) raises effort in a commune the most."""
    expected = ex_4_expected()
    return feedback.check_choice(
        answer,
        expected,
        hint=t(
            "in the incentives app, read the commune's effort after each change in turn: the "
            "right to exit, monitoring at 0.6, members watching 60 households."
        ),
        explain=t(
            "monitoring: in a commune of thousands of households members cannot see each "
            "other's work, so neither the exit threat nor neighbours' watching can reach a "
            "shirker. Only paying by measured work helps at that scale, and measuring farm work "
            "is hard: hence the retreat to smaller units."
        ),
        wrong={
            key: t(
                "{change}: that barely moves effort in a commune, because members notice a "
                "shirker only in a unit small enough to watch.",
                change=t(EX4_CHANGES[key]),
            )
            for key in EX4_CHANGES
            if key != expected
        },
    )
