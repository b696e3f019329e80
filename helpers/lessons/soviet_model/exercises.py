"""Lesson 01's exercise checks, and the settings and answers they are checked against."""

from __future__ import annotations

from helpers.core import feedback, progress
from helpers.core.i18n import number, t
from helpers.core.validate import check_number
from helpers.lessons.soviet_model import two_sector
from helpers.lessons.soviet_model.apps import TWO_SECTOR_DEFAULTS
from helpers.lessons.soviet_model.evidence import PLAN_END, PLAN_START, food_path, plan_figure

#: Settings of exercises 2 and 3 (the notebook's exercise text states them; a test checks).
EX2_SETTINGS = {"high_share": 0.6, "comparison_share": 0.3, "v_k": 3.0, "v_c": 2.0, "years": 40}


EX3_SETTINGS = {"grain_kg_per_person": 250, "years": 15}


@progress.tracked
def ex_1(answer: object) -> feedback.Feedback:
    """Exercise 1: the average annual growth rate (%) implied by GVIO +128.6 % over 1952-57."""
    total = plan_figure("ffyp_actual_gvio_growth_total")
    target = plan_figure("ffyp_target_industrial_growth")
    years = PLAN_END - PLAN_START
    expected = 100 * ((1 + total / 100) ** (1 / years) - 1)
    return feedback.check_number(
        answer,
        expected,
        rel=0.01,
        # The formula is Python's, as the learner types it: its figures are not localised.
        hint=t(
            "find g with (1 + g)**{years} = 1 + {total}/100, and give g in percent.",
            years=years,
            total=total,
        ),
        explain=t(
            "{rate} % a year, compounded, against the plan's {target} %: industry beat its target.",
            rate=number(expected, ".1f"),
            target=number(target),
        ),
        wrong={
            total / years: t("that divides the total by five, which ignores compounding."),
            target: t("that is the plan's target, not the rate the outcome implies."),
            expected / 100: t("right rate, but give it in percent (18, not 0.18)."),
            total: t("that is the five-year total; the question asks for the yearly rate."),
        },
    )


def ex_2_expected() -> int | None:
    """The answer to exercise 2, computed with the model."""
    s = EX2_SETTINGS
    paths = two_sector.two_sector_paths(
        s["high_share"], s["comparison_share"], v_k=s["v_k"], v_c=s["v_c"], years=s["years"]
    )
    return two_sector.overtaking_year(paths)


@progress.tracked
def ex_2(answer: object) -> feedback.Feedback:
    """Exercise 2: the overtaking year for the settings in :data:`EX2_SETTINGS`."""
    expected = ex_2_expected()
    return feedback.check_number(
        answer,
        expected,
        rel=1e-9,
        hint=t(
            "set the two-sector app's controls as the exercise says; the chart's title names "
            "the first year the high-share path gives more consumer goods than the comparison "
            "path."
        ),
        explain=t(
            "year {year}: until then the high-share path gives up consumption to build capital "
            "goods.",
            year=expected,
        ),
        wrong={
            expected - 1: t("one year early: the paths must cross, not just get close."),
            **_default_year_slip(expected),
        },
    )


def _default_year_slip(expected: int | None) -> dict[float, str]:
    """The overtaking year at the app's default settings, if it differs from the answer."""
    d = TWO_SECTOR_DEFAULTS
    default = two_sector.overtaking_year(
        two_sector.two_sector_paths(
            d["high_share"], d["comparison_share"], v_k=d["v_k"], v_c=d["v_c"], years=d["years"]
        )
    )
    if default is None or default in (expected, (expected or 0) - 1):
        return {}
    return {
        default: t(
            "year {year} is the overtaking year at the app's default settings; set the "
            "controls as the exercise says first.",
            year=default,
        )
    }


def ex_3_expected(step: float = 0.01) -> float:
    """The answer to exercise 3: the smallest share (to ``step``) that never binds."""
    check_number("step", step, low=0.001, high=0.1)
    for k in range(round(0.5 / step) + 1):
        share = round(k * step, 10)
        if two_sector.binding_year(food_path(share, **EX3_SETTINGS)) is None:
            return share
    raise RuntimeError("no share up to 0.5 keeps the constraint from binding")


@progress.tracked
def ex_3(answer: object) -> feedback.Feedback:
    """Exercise 3: the smallest share to farming that avoids binding within the set years."""
    years = EX3_SETTINGS["years"]
    hint = t(
        "in the food app, set the grain per town dweller to {kg} kg and the years to {years}, "
        "then move the share of investment to farming: the chart says whether the towns can be "
        "fed throughout.",
        kg=EX3_SETTINGS["grain_kg_per_person"],
        years=years,
    )
    if (problem := feedback.share_problem(answer, hint)) is not None:
        return problem
    expected = ex_3_expected()
    if abs(answer - expected) <= 0.006:
        plan = plan_figure("ffyp_planned_outlay_share_agriculture")
        return feedback.Feedback(
            True,
            t(
                "{share}, about {times} times the plan's {plan} %: in this model, feeding the "
                "towns for {years} years takes that much capital for farming, and every bit of "
                "it is capital not spent on industry.",
                share=number(expected, ".2f"),
                times=number(expected / (plan / 100), ".1f"),
                plan=number(plan, "g"),
                years=years,
            ),
        )
    year = two_sector.binding_year(food_path(answer, **EX3_SETTINGS))
    if year is not None:
        return feedback.Feedback(
            False,
            t(
                "with {share} the constraint still binds in {year}.",
                share=number(answer, ".2f"),
                year=year,
            ),
        )
    again = hint[:1].upper() + hint[1:]
    return feedback.Feedback(
        False,
        t(
            "{share} works, but a smaller share also does. {hint}",
            share=number(answer, ".2f"),
            hint=again,
        ),
    )
