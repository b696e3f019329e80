"""Lesson 01, "The Soviet model and why it was abandoned": apps, figures and exercise checks.

Apps (in :data:`APPS`):

* :func:`plan_growth_app`: industry against agriculture 1952-57, by measure and base year;
* :func:`two_sector_app`: Feldman-Mahalanobis growth, a high against a low capital-goods share;
* :func:`food_constraint_app`: when the towns' grain need outruns the marketed surplus.

Sourced figures come from the course data (``data.load``); the rest are illustrative and
say so. Every figure a learner sees is computed here or in the notebook.
"""

from __future__ import annotations

from dataclasses import replace

import altair as alt
import pandas as pd

from helpers import plan_charts, two_sector, two_sector_charts
from helpers.core import data, feedback, progress, ui
from helpers.core.validate import check_choice, check_number

PLAN_START, PLAN_END = plan_charts.PLAN_YEARS

#: Illustrative defaults for the Feldman-Mahalanobis app (no source gives them).
TWO_SECTOR_DEFAULTS = {
    "high_share": 0.5,
    "comparison_share": 0.2,
    "v_k": 2.0,
    "v_c": 2.0,
    "years": 20,
}
#: Illustrative grain need per non-farm person, kg a year, and the food app's range.
GRAIN_KG_DEFAULT, GRAIN_KG_RANGE = 200, (150, 300)
#: Settings of exercises 2 and 3 (the notebook prints them).
EX2_SETTINGS = {"high_share": 0.6, "comparison_share": 0.3, "v_k": 3.0, "v_c": 2.0, "years": 40}
EX3_SETTINGS = {"grain_kg_per_person": 250, "years": 15}


def plan_figure(indicator: str) -> float:
    """One value of the ``first_plan`` table, e.g. ``plan_figure("ffyp_target_industrial_growth")``.

    Examples
    --------
    >>> plan_figure("ffyp_planned_outlay_share_agriculture")
    7.0
    """
    plan = data.load_cached("first_plan")
    check_choice("indicator", indicator, tuple(plan["indicator"]))
    return float(plan.loc[plan["indicator"] == indicator, "value"].iloc[0])


def default_investment_rate() -> float:
    """Capital-construction investment 1953-57 as a share of that period's GDP (both nominal).

    Examples
    --------
    >>> round(default_investment_rate(), 3)
    0.117
    """
    va = data.load_cached("value_added")
    gdp = va.loc[va["year"].between(PLAN_START + 1, PLAN_END), "gdp_100m_yuan"].sum()
    invest_100m_yuan = plan_figure("ffyp_capital_construction_investment_actual") * 10  # bn -> 1e8
    return float(invest_100m_yuan / gdp)


def food_economy() -> two_sector.FoodEconomy:
    """The food model's 1952 economy: grain, population and value added from the course data.

    Population growth is the compound rate of the year-end population 1952-57. The urban
    share, marketed share and capital-output ratios keep their illustrative defaults.

    Examples
    --------
    >>> food_economy().grain_mt
    163.92
    """
    ns = data.load_cached("national_series").set_index("year")
    va = data.load_cached("value_added").set_index("year")
    pop = ns["population_yearend_million"]
    return two_sector.FoodEconomy(
        start_year=PLAN_START,
        grain_mt=float(ns.loc[PLAN_START, "grain_output_revised_mt"]),
        population_million=float(pop[PLAN_START]),
        population_growth=float(
            (pop[PLAN_END] / pop[PLAN_START]) ** (1 / (PLAN_END - PLAN_START)) - 1
        ),
        farm_va=float(va.loc[PLAN_START, "primary_va_100m_yuan"]),
        nonfarm_va=float(
            va.loc[PLAN_START, "gdp_100m_yuan"] - va.loc[PLAN_START, "primary_va_100m_yuan"]
        ),
    )


def food_path(
    share_agriculture: float | None = None,
    investment_rate: float | None = None,
    grain_kg_per_person: float = GRAIN_KG_DEFAULT,
    years: int = 20,
    **economy_changes: float,
) -> pd.DataFrame:
    """The food-constraint model on the 1952 economy; ``None`` means the sourced default.

    ``share_agriculture`` defaults to the plan's 7 % of outlay, ``investment_rate`` to
    :func:`default_investment_rate`. ``economy_changes`` replace fields of
    :func:`food_economy` (e.g. ``urban_share=0.15``).

    Examples
    --------
    >>> food_path(years=5)["year"].tolist()
    [1952, 1953, 1954, 1955, 1956, 1957]
    """
    if share_agriculture is None:
        share_agriculture = plan_figure("ffyp_planned_outlay_share_agriculture") / 100
    if investment_rate is None:
        investment_rate = default_investment_rate()
    economy = replace(food_economy(), **economy_changes) if economy_changes else food_economy()
    return two_sector.food_constraint_path(
        economy,
        share_agriculture=share_agriculture,
        investment_rate=investment_rate,
        grain_kg_per_person=grain_kg_per_person,
        years=years,
    )


# ---- apps -------------------------------------------------------------------------------


def plan_growth_app() -> ui.App:
    """Industry against agriculture, 1952-57: choose the measure and the base year."""

    # Plain strings as options (not a label -> value mapping): what is shown is what is passed.
    measures = {"value added, current prices": "value_added", "steel and grain, tonnes": "physical"}

    def render(measure: str, base_year: int) -> alt.Chart:
        frame = plan_charts.sector_index_frame(
            data.load_cached("value_added"),
            data.load_cached("national_series"),
            measure=measures[check_choice("measure", measure, measures)],
            base_year=base_year,
        )
        return plan_charts.sector_index_chart(frame, base_year=base_year)

    controls = {
        "measure": ui.dropdown("Measure", list(measures), "value added, current prices"),
        "base_year": ui.slider("Base year (= 100)", PLAN_START, PLAN_START, PLAN_END - 1, 1),
    }
    return ui.app(render, controls, title="Industry against agriculture, 1952-57")


def two_sector_app() -> ui.App:
    """Feldman-Mahalanobis: consumer-goods output under a high and a comparison share."""

    def render(high_share, comparison_share, v_k, v_c, years) -> alt.LayerChart:
        paths = two_sector.two_sector_paths(
            high_share, comparison_share, v_k=v_k, v_c=v_c, years=years
        )
        return two_sector_charts.consumption_paths_chart(paths)

    d = TWO_SECTOR_DEFAULTS
    controls = {
        "high_share": ui.slider("High share to capital goods λ", d["high_share"], 0.05, 0.95, 0.05),
        "comparison_share": ui.slider(
            "Comparison share λ", d["comparison_share"], 0.05, 0.95, 0.05
        ),
        "v_k": ui.slider("Capital-output ratio, capital goods", d["v_k"], 1.0, 6.0, 0.5),
        "v_c": ui.slider("Capital-output ratio, consumer goods", d["v_c"], 1.0, 6.0, 0.5),
        "years": ui.slider("Years", d["years"], 5, 40, 1),
    }
    return ui.app(render, controls, title="Two-sector growth (Feldman-Mahalanobis)")


def food_constraint_app() -> ui.App:
    """The food constraint: urban grain need against the marketed surplus from 1952."""

    def render(share_agriculture, investment_rate, grain_kg_per_person, years) -> alt.LayerChart:
        path = food_path(share_agriculture, investment_rate, grain_kg_per_person, years)
        return two_sector_charts.food_constraint_chart(path, share_agriculture=share_agriculture)

    share = plan_figure("ffyp_planned_outlay_share_agriculture") / 100
    controls = {
        "share_agriculture": ui.slider("Share of investment to farming", share, 0.0, 0.5, 0.01),
        "investment_rate": ui.slider(
            "Investment rate (share of output)",
            round(default_investment_rate(), 2),
            0.05,
            0.35,
            0.01,
        ),
        "grain_kg_per_person": ui.slider(
            "Grain per town dweller (kg/yr, illustrative)", GRAIN_KG_DEFAULT, *GRAIN_KG_RANGE, 10
        ),
        "years": ui.slider("Years from 1952", 20, 5, 30, 1),
    }
    return ui.app(render, controls, title="The food constraint")


APPS = (plan_growth_app, two_sector_app, food_constraint_app)


# ---- static figures -----------------------------------------------------------------------


def outlay_chart() -> alt.LayerChart:
    """The plan's outlay shares (single source), as a bar chart."""
    return plan_charts.outlay_shares_chart(
        plan_charts.outlay_shares_frame(data.load_cached("first_plan"))
    )


def plan_vs_outcome_chart() -> alt.LayerChart:
    """The plan's five-year targets against the recorded increases, 1952-57."""
    frame = plan_charts.plan_vs_outcome_frame(
        data.load_cached("first_plan"), data.load_cached("national_series")
    )
    return plan_charts.plan_vs_outcome_chart(frame)


# ---- exercise checks ---------------------------------------------------------------------


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
        hint=f"find g with (1 + g)**{years} = 1 + {total}/100, and give g in percent.",
        explain=(
            f"{expected:.1f} % a year, compounded, against the plan's {target} %: industry "
            f"beat its target."
        ),
        wrong={
            total / years: "that divides the total by five, which ignores compounding.",
            target: "that is the plan's target, not the rate the outcome implies.",
            expected / 100: "right rate, but give it in percent (18, not 0.18).",
            total: "that is the five-year total; the question asks for the yearly rate.",
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
        hint="build both paths with two_sector.two_sector_paths(...) and pass them to "
        "two_sector.overtaking_year(...).",
        explain=(
            f"year {expected}: until then the high-share path gives up consumption to build "
            f"capital goods."
        ),
        wrong={expected - 1: "one year early: the paths must cross, not just get close."},
    )


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
    hint = (
        f"loop over shares 0.00, 0.01, ... and use lesson01.food_path(share, "
        f"grain_kg_per_person={EX3_SETTINGS['grain_kg_per_person']}, years={years}) with "
        f"two_sector.binding_year(...)."
    )
    if (problem := feedback.share_problem(answer, hint)) is not None:
        return problem
    expected = ex_3_expected()
    if abs(answer - expected) <= 0.006:
        plan = plan_figure("ffyp_planned_outlay_share_agriculture")
        return feedback.Feedback(
            True,
            f"{expected:.2f}, about {expected / (plan / 100):.1f} times the plan's {plan:g} %: in "
            f"this model, feeding the towns for {years} years takes that much capital for farming, "
            f"and every bit of it is capital not spent on industry.",
        )
    year = two_sector.binding_year(food_path(answer, **EX3_SETTINGS))
    if year is not None:
        return feedback.Feedback(False, f"with {answer:.2f} the constraint still binds in {year}.")
    return feedback.Feedback(False, f"{answer:.2f} works, but a smaller share also does. {hint}")
