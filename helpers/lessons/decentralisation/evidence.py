"""Lesson 02's sourced figures, and the two models run on the course data.

Sourced figures come from ``data.load``; the models' other settings are illustrative and say so.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace

import pandas as pd

from helpers.core import data
from helpers.core.validate import check_choice, check_number
from helpers.lessons.decentralisation import inflated_reports, mobilisation

#: The year before the Leap: its harvest and steel output are the labour model's "normal".
BASE_YEAR = 1957


#: The year of the reports app: a good harvest.
HARVEST_YEAR = 1958


#: The year whose procurement share the reports model takes as the state's normal rate on
#: *reported* output. An assumption: in 1957 reports were not yet inflated, so the share of
#: the reported harvest and the share of the real one were about the same.
NORMAL_RATE_YEAR = 1957


#: Illustrative defaults of the labour app (shares of the rural labour force; quality 0-1).
LABOUR_DEFAULTS = {
    "water_slack": 0.3,
    "backyard_slack": 0.1,
    "backyard_harvest": 0.0,
    "quality": 0.5,
}


#: Illustrative defaults of the reports app (subsistence line in kg of grain a year).
REPORTS_DEFAULTS = {"mean_inflation": 0.5, "inflation_spread": 0.8, "subsistence_kg": 200}


JIN_KG = 0.5  # one jin (市斤) is half a kilogram


def national(year: int, column: str) -> float:
    """One value of the ``national_series`` table, e.g. ``national(1957, "steel_output_mt")``.

    Examples
    --------
    >>> national(1957, "steel_output_mt")
    5.35
    """
    ns = data.load_cached("national_series")
    check_choice("column", column, tuple(c for c in ns.columns if c != "year"))
    first, last = int(ns["year"].min()), int(ns["year"].max())
    year = check_number("year", year, low=first, high=last, integer=True)
    value = float(ns.loc[ns["year"] == year, column].iloc[0])
    if math.isnan(value):
        raise ValueError(f"{column} has no value for year {year} in national_series")
    return value


def procurement_share(year: int) -> float:
    """The state's gross grain procurement as a share of the harvest in ``year`` (0-1).

    From ``grain_procurement_trade``: two sources joined, both gross procurement (before
    resales to the villages) over the older official harvest, not over the harvests claimed
    at the time: CSY 1993 via Heilig (1999) for 1952, 1957, 1962 and 1967; Lin and Yang
    (2000) for 1958-60. For 1957-60 the older harvest is within 2 % of the revised series.

    Examples
    --------
    >>> procurement_share(1959)
    0.377
    """
    g = data.load_cached("grain_procurement_trade")
    rows = g[g["series"] == "procurement_share_of_output"]
    check_choice("year", year, tuple(int(y) for y in rows["year"]))
    return round(float(rows.loc[rows["year"] == year, "value"].iloc[0]) / 100, 6)


def beidaihe_steel_target_mt() -> float:
    """The 1958 steel target set at the Beidaihe meeting (August 1958), million tonnes.

    Examples
    --------
    >>> beidaihe_steel_target_mt()
    10.7
    """
    return float(_beidaihe()["value"])


def february_steel_plan_mt() -> float:
    """The 1958 steel plan adopted in February 1958 (the "first account"), million tonnes.

    From ``output_indices`` (series ``target_1958_steel_plan_february``).

    Examples
    --------
    >>> february_steel_plan_mt()
    6.248
    """
    oi = data.load_cached("output_indices")
    rows = oi.loc[oi["series"] == "target_1958_steel_plan_february", "value"]
    if rows.empty:
        raise ValueError("output_indices no longer holds target_1958_steel_plan_february")
    return float(rows.iloc[0])


def steel_1958() -> pd.DataFrame:
    """1958 steel: the output claimed in December 1958 against the output recorded, Mt.

    Columns ``claimed_dec_1958_mt`` (People's Daily, 22 December 1958, in
    ``output_indices``), ``recorded_mt`` (``national_series``) and ``gap_mt``.

    Examples
    --------
    >>> steel_1958().iloc[0].tolist()
    [10.73, 8.0, 2.73]
    """
    oi = data.load_cached("output_indices")
    rows = oi.loc[oi["series"] == "claim_steel_output_1958", "value"]
    if rows.empty:
        raise ValueError("output_indices no longer holds claim_steel_output_1958")
    claimed, recorded = float(rows.iloc[0]), national(HARVEST_YEAR, "steel_output_mt")
    return pd.DataFrame(
        {
            "claimed_dec_1958_mt": [claimed],
            "recorded_mt": [recorded],
            "gap_mt": [round(claimed - recorded, 2)],
        }
    )


def beidaihe_grain_expectation_mt() -> tuple[float, float]:
    """The 1958 harvest the Beidaihe meeting expected, million tonnes (low, high).

    The timeline table's note gives it in jin ("600-700 bn jin"); one jin is 0.5 kg.

    Examples
    --------
    >>> beidaihe_grain_expectation_mt()
    (300.0, 350.0)
    """
    match = re.search(r"(\d+)\s*-\s*(\d+)\s*bn jin", _beidaihe()["note"])
    if match is None:
        raise ValueError("the Beidaihe row of the timeline no longer gives the grain expectation")
    # billion jin x 0.5 kg per jin = billion kg = million tonnes
    low, high = (float(m) * JIN_KG for m in match.groups())
    return low, high


def _beidaihe() -> pd.Series:
    t = data.load_cached("timeline")
    rows = t[t["event"].str.startswith("Beidaihe enlarged Politburo meeting")]
    return rows.iloc[0]


def second_plan_targets() -> pd.DataFrame:
    """The Second Five-Year Plan's targets in ``first_plan`` (kind "target"), with sources.

    Examples
    --------
    >>> bool(second_plan_targets()["indicator"].str.startswith("second_plan").all())
    True
    """
    plan = data.load_cached("first_plan")
    columns = ["indicator", "period", "value", "value_high", "unit", "source"]
    return plan.loc[plan["kind"] == "target", columns].reset_index(drop=True)


def rural_economy() -> mobilisation.RuralEconomy:
    """The labour model's economy: 1957's harvest and steel output, illustrative rates.

    Examples
    --------
    >>> eco = rural_economy()
    >>> eco.normal_grain_mt, eco.modern_steel_mt
    (195.05, 5.35)
    """
    return mobilisation.RuralEconomy(
        normal_grain_mt=national(BASE_YEAR, "grain_output_revised_mt"),
        modern_steel_mt=national(BASE_YEAR, "steel_output_mt"),
    )


def allocation(
    water_slack: float = LABOUR_DEFAULTS["water_slack"],
    backyard_slack: float = LABOUR_DEFAULTS["backyard_slack"],
    backyard_harvest: float = LABOUR_DEFAULTS["backyard_harvest"],
) -> pd.DataFrame:
    """The labour split by season: water works and backyard industry in the winter slack
    season, backyard industry in the autumn harvest; everyone else farms.

    Examples
    --------
    >>> allocation(0.3, 0.1, 0.2)["farming_share"].round(2).tolist()
    [0.6, 1.0, 0.8]
    """
    return mobilisation.allocate_labour(
        [water_slack, 0.0, 0.0], [backyard_slack, 0.0, backyard_harvest]
    )


def mobilise(
    water_slack: float = LABOUR_DEFAULTS["water_slack"],
    backyard_slack: float = LABOUR_DEFAULTS["backyard_slack"],
    backyard_harvest: float = LABOUR_DEFAULTS["backyard_harvest"],
    quality: float = LABOUR_DEFAULTS["quality"],
    **economy_changes: float,
) -> pd.DataFrame:
    """This year's grain and steel and the water works' payoff: one row (see
    :func:`helpers.lessons.decentralisation.mobilisation.mobilisation_outcome`). ``economy_changes`` replace fields of
    :func:`rural_economy` (e.g. ``backyard_usable_share=0.3``).

    Examples
    --------
    >>> out = mobilise(backyard_harvest=0.2).iloc[0]
    >>> round(float(out["grain_lost_mt"]), 1), round(float(out["steel_backyard_mt"]), 1)
    (21.7, 5.0)
    """
    economy = rural_economy()
    if economy_changes:
        economy = replace(economy, **economy_changes)
    plan = allocation(water_slack, backyard_slack, backyard_harvest)
    return mobilisation.mobilisation_outcome(plan, economy, quality=quality)


def reports(
    mean_inflation: float = REPORTS_DEFAULTS["mean_inflation"],
    inflation_spread: float = REPORTS_DEFAULTS["inflation_spread"],
    rate: float | None = None,
    subsistence_kg: float = REPORTS_DEFAULTS["subsistence_kg"],
    year: int = HARVEST_YEAR,
) -> pd.DataFrame:
    """The reports model on ``year``'s true harvest (revised series) and year-end population.

    ``rate`` is the share of *reported* output the state procures; it defaults to the share
    recorded for :data:`NORMAL_RATE_YEAR` (1957), when reports and harvest still agreed. The
    share of the *real* harvest taken is the model's result (``reports_summary``), to be set
    beside the recorded shares of :func:`procurement_share`.

    Examples
    --------
    >>> df = reports(mean_inflation=0.0)
    >>> round(float(df["procured_mt"].sum()), 2), round(0.246 * 197.65, 2)
    (48.62, 48.62)
    """
    if rate is None:
        rate = procurement_share(NORMAL_RATE_YEAR)
    return inflated_reports.locality_reports(
        national(year, "grain_output_revised_mt"),
        national(year, "population_yearend_million"),
        procurement_share=rate,
        mean_inflation=mean_inflation,
        inflation_spread=inflation_spread,
        subsistence_kg=subsistence_kg,
    )


def reports_table(
    inflations: tuple[float, ...] = (0.0, 0.25, 0.5, 0.75, 1.0),
    inflation_spread: float = REPORTS_DEFAULTS["inflation_spread"],
) -> pd.DataFrame:
    """The reports model at the normal rate for several average over-reports: one row each.

    Columns: ``average_over_report_pct``, ``rate_on_reports_pct``,
    ``taken_pct_of_real_harvest`` (the model's result) and ``localities_below`` (of 20,
    below the 200 kg line).

    Examples
    --------
    >>> reports_table((0.0, 0.5))["taken_pct_of_real_harvest"].tolist()
    [24.6, 36.9]
    """
    if not isinstance(inflations, tuple | list) or not inflations:
        raise TypeError("inflations must be a non-empty tuple of numbers from 0 to 3")
    rate = procurement_share(NORMAL_RATE_YEAR)
    rows = []
    for inflation in inflations:
        frame = reports(inflation, inflation_spread, rate)
        s = inflated_reports.reports_summary(frame).iloc[0]
        rows.append(
            {
                "average_over_report_pct": round(100 * inflation),
                "rate_on_reports_pct": round(100 * rate, 1),
                "taken_pct_of_real_harvest": round(100 * s["procured_share_of_true"], 1),
                "localities_below": int(s["localities_below"]),
            }
        )
    return pd.DataFrame(rows)
