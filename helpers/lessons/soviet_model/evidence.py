"""Lesson 01's sourced figures: the plan's numbers and the 1952 economy, from the course data.

Sourced figures come from ``data.load``; the rest are illustrative and say so.
"""

from __future__ import annotations

from dataclasses import replace

import pandas as pd

from helpers.core import data
from helpers.core.i18n import N_, t
from helpers.core.validate import check_choice
from helpers.lessons.soviet_model import plan, two_sector

PLAN_START, PLAN_END = plan.PLAN_YEARS


#: Illustrative grain need per non-farm person, kg a year, and the food app's range.
GRAIN_KG_DEFAULT, GRAIN_KG_RANGE = 200, (150, 300)

#: The units and sources :func:`leap_heavy_industry` gives, in English (as ``output_indices``
#: has them), translated where shown (:func:`.readouts.heavy_industry_table`).
LEAP_TEXT = (
    N_("percent of national income"),
    N_("percent of gross value of industrial output"),
    N_(
        "Shi Cheng (2006), China's Rural Industrialization Policy (Palgrave Macmillan), ch. 5 "
        "'Great Leap Backward in the Panic Famine', citing the Statistical Yearbook of China "
        "1984, pp. 32 and 34"
    ),
    N_(
        "Book description/extract on the 1961-66 readjustment (ulib.interlib.cn product page; "
        "book title not shown in the extract)"
    ),
)


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


def _series_value(table: pd.DataFrame, series: str, year: int) -> pd.Series:
    row = table[(table["series"] == series) & (table["year"] == year)]
    if row.empty:
        raise ValueError(f"output_indices has no {series!r} for {year}")
    return row.iloc[0]


def leap_heavy_industry() -> pd.DataFrame:
    """The Leap pushed heavy industry harder, from the course data: ``indicator``, ``value``,
    ``unit``, ``source``.

    The accumulation rate (share of national income accumulated) in 1953 and 1959, both from
    one yearbook series (Shi 2006, citing the Statistical Yearbook of China 1984), and heavy
    industry's share of the gross value of industrial output in 1960 (Shi 2006 gives light
    industry 33 %, the same split). Capital construction is left out: no single yearbook series
    for 1953-60 is in the course data, and dividing one source's 1960 by another's 1953-57 total
    would mix series. The indicators are in the current language; units and sources English.

    Examples
    --------
    >>> leap_heavy_industry()["value"].tolist()
    [23.0, 44.0, 66.6]
    """
    oi = data.load_cached("output_indices")
    rows = []
    for year in (PLAN_START + 1, 1959):
        row = _series_value(oi, "accumulation_rate", year)
        indicator = t("accumulation rate, {year}", year=year)
        rows.append((indicator, float(row["value"]), row["unit"], row["source"]))
    heavy = _series_value(oi, "heavy_industry_share_of_gvio", 1960)
    rows.append(
        (
            t("heavy industry's share of industrial output, 1960"),
            float(heavy["value"]),
            LEAP_TEXT[1],
            heavy["source"],
        )
    )
    return pd.DataFrame(rows, columns=["indicator", "value", "unit", "source"])


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
