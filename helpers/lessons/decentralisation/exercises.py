"""Lesson 02's exercise checks, and the settings and answers they are checked against."""

from __future__ import annotations

from helpers.core import feedback, progress
from helpers.core.i18n import number, t
from helpers.core.validate import check_number
from helpers.lessons.decentralisation.evidence import (
    BASE_YEAR,
    HARVEST_YEAR,
    NORMAL_RATE_YEAR,
    beidaihe_grain_expectation_mt,
    beidaihe_steel_target_mt,
    mobilise,
    national,
    procurement_share,
    rural_economy,
)

#: Settings of exercises 2 and 3 (the notebook's exercise text states them; a test checks).
EX2_SETTINGS = {"backyard_slack": 0.2, "backyard_harvest": 0.0}


EX3_SETTINGS = {"water_slack": 0.3, "backyard_slack": 0.1, "backyard_harvest": 0.2, "quality": 0.5}


@progress.tracked
def ex_1(answer: object) -> feedback.Feedback:
    """Exercise 1: the Beidaihe 1958 steel target as a multiple of 1957 output."""
    target = beidaihe_steel_target_mt()
    before = national(BASE_YEAR, "steel_output_mt")
    expected = target / before
    recorded = national(HARVEST_YEAR, "steel_output_mt")
    return feedback.check_number(
        answer,
        expected,
        rel=0.01,
        hint=t("divide the 1958 target by the steel output recorded for 1957."),
        explain=t(
            "{times} times: the target ({target} Mt) asked for {times} times "
            "1957's {before} Mt within a single year.",
            times=number(expected, ".1f"),
            target=number(target, "g"),
            before=number(before, "g"),
        ),
        wrong={
            target / recorded: t("that divides by 1958's recorded output; use 1957's."),
            100 * (expected - 1): t("that is the increase in percent; give the multiple."),
            expected - 1: t(
                "that is the increase as a fraction; give the multiple (target / 1957)."
            ),
        },
    )


def ex_2_expected(step: float = 0.05) -> float:
    """The answer to exercise 2: the largest winter water-works share (to ``step``) that
    costs no grain, with :data:`EX2_SETTINGS`."""
    check_number("step", step, low=0.01, high=0.25)
    best = 0.0
    for k in range(round(1 / step) + 1):
        share = round(k * step, 10)
        if share + EX2_SETTINGS["backyard_slack"] > 1 + 1e-9:
            break
        if mobilise(share, **EX2_SETTINGS)["grain_lost_mt"].iloc[0] == 0:
            best = share
    return best


@progress.tracked
def ex_2(answer: object) -> feedback.Feedback:
    """Exercise 2: how much winter labour can go to water works at no cost in grain."""
    hint = t(
        "in the labour app, set winter backyard industry to {winter} and the harvest to "
        "{harvest}, then raise the winter water works until the chart says grain is lost now: "
        "the largest share before that is the spare winter labour.",
        winter=number(EX2_SETTINGS["backyard_slack"], "g"),
        harvest=number(EX2_SETTINGS["backyard_harvest"], "g"),
    )
    if (problem := feedback.share_problem(answer, hint)) is not None:
        return problem
    expected = ex_2_expected()
    need = rural_economy().seasons[0].farm_need_share
    if abs(answer - expected) <= 0.01:
        return feedback.Feedback(
            True,
            t(
                "{answer}: winter farm work needs only {need}% of the labour, so with "
                "{backyard}% in backyard industry another {more}% can dig canals without "
                "losing grain. That idle margin is the 'under-employed' labour the strategy "
                "counted on [S6].",
                answer=number(expected, ".2f"),
                need=number(100 * need, ".0f"),
                backyard=number(100 * EX2_SETTINGS["backyard_slack"], ".0f"),
                more=number(100 * expected, ".0f"),
            ),
        )
    room = 1 - EX2_SETTINGS["backyard_slack"]
    lost = mobilise(answer, **EX2_SETTINGS)["grain_lost_mt"].iloc[0] if answer <= room else None
    if lost is None or lost > 0:
        return feedback.Feedback(
            False,
            t(
                "{answer} is too much: farm work is left undone and grain is lost.",
                answer=number(answer, ".2f"),
            ),
        )
    return feedback.Feedback(
        False,
        t(
            "{answer} costs no grain, but more labour could go. Hint: {hint}",
            answer=number(answer, ".2f"),
            hint=hint,
        ),
    )


def ex_3_expected() -> float:
    """The answer to exercise 3: years for the water works to repay the grain lost."""
    return float(mobilise(**EX3_SETTINGS)["payback_years"].iloc[0])


@progress.tracked
def ex_3(answer: object) -> feedback.Feedback:
    """Exercise 3: payback years of the water works in :data:`EX3_SETTINGS`."""
    expected = ex_3_expected()
    out = mobilise(**EX3_SETTINGS).iloc[0]
    good = float(mobilise(**{**EX3_SETTINGS, "quality": 1.0})["payback_years"].iloc[0])
    return feedback.check_number(
        answer,
        expected,
        rel=0.02,
        hint=t(
            "the works repay the grain lost this year at their extra grain a year: divide the "
            "one by the other (second row of the table of cases in section 2), or read the "
            "labour app's title at these settings."
        ),
        explain=t(
            "about {years} years: pulling labour from the harvest loses "
            "{lost} Mt now, and works of middling quality add only "
            "{payoff} Mt a year. Even perfectly built works would take {good} years.",
            years=number(expected, ".0f"),
            lost=number(out["grain_lost_mt"], ".1f"),
            payoff=number(out["works_payoff_mt_per_year"], ".1f"),
            good=number(good, ".0f"),
        ),
        wrong={good: t("that is the payback with quality 1; the settings say 0.5.")},
    )


def ex_4_expected() -> float:
    """The answer to exercise 4: percent of the true 1958 harvest taken if the state had
    applied its 1957 rate to reports matching the low end of the Beidaihe expectation."""
    low, _ = beidaihe_grain_expectation_mt()
    rate = procurement_share(NORMAL_RATE_YEAR)
    return 100 * rate * low / national(HARVEST_YEAR, "grain_output_revised_mt")


@progress.tracked
def ex_4(answer: object) -> feedback.Feedback:
    """Exercise 4: share of the real harvest taken by a normal rate on inflated reports."""
    expected = ex_4_expected()
    low, _ = beidaihe_grain_expectation_mt()
    true = national(HARVEST_YEAR, "grain_output_revised_mt")
    rate = 100 * procurement_share(NORMAL_RATE_YEAR)
    taken_1958, taken_1959 = 100 * procurement_share(1958), 100 * procurement_share(1959)
    return feedback.check_number(
        answer,
        expected,
        rel=0.01,
        hint=t(
            "the state takes 1957's rate of what is reported; what it takes as a share of the "
            "grain actually grown is rate x reported / true harvest, in percent."
        ),
        explain=t(
            "{taken} % of the real harvest, not {rate} %: a normal rate on an "
            "inflated report is a much larger share of the grain that exists. In 1958 the "
            "state actually took {taken_1958} % of the harvest (gross), so it did not procure "
            "on claims that high; in 1959 it took {taken_1959} % (Lin and Yang 2000).",
            taken=number(expected, ".1f"),
            rate=number(rate, "g"),
            taken_1958=number(taken_1958, "g"),
            taken_1959=number(taken_1959, "g"),
        ),
        wrong={
            rate: t("that is the rate on the *reported* harvest; divide by the true one."),
            expected / 100: t("right, but give it in percent (37, not 0.37)."),
            100 * procurement_share(1958) * low / true: t(
                "that applies 1958's share, already a share of the harvest grown, to the "
                "report: it counts the inflation twice. Use the 1957 rate."
            ),
        },
    )
