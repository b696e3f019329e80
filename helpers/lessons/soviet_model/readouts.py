"""What lesson 01's cells show when they are not charts: labelled tables built from the data.

Each function returns a :func:`helpers.core.display.table` whose figures come from the course
data or the lesson's models, so that every number the notebook's prose quotes is on screen.
"""

from __future__ import annotations

import pandas as pd

from helpers.core import data, display
from helpers.core.i18n import N_, number, t, translated
from helpers.core.validate import check_choice
from helpers.lessons.soviet_model import plan, two_sector
from helpers.lessons.soviet_model.apps import TWO_SECTOR_DEFAULTS
from helpers.lessons.soviet_model.evidence import (
    GRAIN_KG_DEFAULT,
    PLAN_END,
    PLAN_START,
    default_investment_rate,
    food_economy,
    food_path,
    leap_heavy_industry,
    plan_figure,
)

#: The plan's priorities, by indicator of ``first_plan``, in words.
PRIORITIES = {
    "ffyp_planned_outlay_share_industry": N_("Industry's share of planned outlay"),
    "ffyp_planned_outlay_share_transport_telecom": N_("Transport and telecommunications' share"),
    "ffyp_planned_outlay_share_agriculture": N_("Agriculture's share of planned outlay"),
    "ffyp_target_industrial_growth": N_("Target growth of industrial output"),
    "ffyp_target_agricultural_growth": N_("Target growth of farm output"),
}

#: The source's qualifiers of a figure (``first_plan``'s ``qualifier``), as whole cells.
QUALIFIED = {"more than": N_("more than {value}")}

#: The units and source of those rows in ``first_plan``, in English as the table has them
#: (translated where shown; a row whose text is not here is shown untranslated and the
#: Kazakh lesson's tests fail on it).
PRIORITIES_TEXT = (
    N_("percent of planned outlay"),
    N_("percent per year (plan)"),
    N_(
        "ChinaKnowledge.de (Ulrich Theobald), 'The First Five-Year Plan 1953-1957', citing "
        "Guillermaz (1976) p. 78"
    ),
)

#: Shares of investment to farming shown under the food app.
FARM_SHARES = (0.0, 0.07, 0.15, 0.3)


def plan_priorities() -> display.Table:
    """The First Plan's shares of outlay and growth targets, each with its source."""
    first_plan = data.load_cached("first_plan").set_index("indicator")
    rows = []
    for indicator, label in PRIORITIES.items():
        row = first_plan.loc[indicator]
        value = number(row["value"], "g")
        if isinstance(row["qualifier"], str) and row["qualifier"].strip():
            qualifier = check_choice("qualifier", row["qualifier"].strip(), QUALIFIED)
            value = t(QUALIFIED[qualifier], value=value)
        rows.append((t(label), value, t(row["unit"]), t(row["source"])))
    frame = pd.DataFrame(rows, columns=["item", "value", "unit", "source"])
    return display.table(
        frame,
        {
            "item": t("What the plan set"),
            "value": t("Value"),
            "unit": t("Unit"),
            "source": t("Source"),
        },
        caption=t("The First Five-Year Plan (1953–57): priorities and targets"),
    )


def growth_by_1957() -> display.Table:
    """Where each series stood in 1957 with 1952 = 100, on both of the app's measures."""
    va, ns = data.load_cached("value_added"), data.load_cached("national_series")
    parts = []
    for measure in plan.MEASURES:
        frame = plan.sector_index_frame(va, ns, measure=measure, base_year=PLAN_START)
        end = frame[frame["year"] == PLAN_END].copy()
        end["measure"] = plan.MEASURE_NAMES[measure]
        parts.append(end)
    frame = translated(pd.concat(parts, ignore_index=True), "measure", "series")
    return display.table(
        frame,
        {"measure": t("Measure"), "series": t("Series"), "index_base_100": "1957 (1952 = 100)"},
        decimals=0,
    )


def grain_per_person() -> display.Table:
    """Grain output, population and grain per person, 1952-57."""
    frame = plan.grain_per_head_frame(data.load_cached("national_series"))
    return display.table(
        frame,
        {
            "year": t("Year"),
            "grain_output_mt": t("Grain (million tonnes)"),
            "population_yearend_million": t("Population, year end (million)"),
            "grain_kg_per_person": t("Grain per person (kg)"),
        },
        decimals={"year": 0, "grain_output_mt": 1, "population_yearend_million": 1},
        notes=(t("Grain: the revised series in data/national_series.csv."),),
    )


def _default_paths() -> pd.DataFrame:
    s = TWO_SECTOR_DEFAULTS
    return two_sector.two_sector_paths(
        s["high_share"], s["comparison_share"], v_k=s["v_k"], v_c=s["v_c"], years=s["years"]
    )


def _cumulative_catch_up_year(paths: pd.DataFrame) -> int | None:
    """The first year in which the high path's total consumer goods exceed the comparison's."""
    wide = paths.pivot(index="year", columns="path", values="consumption_output_index")
    totals = wide.cumsum()
    ahead = totals.index[totals["high"] > totals["comparison"]]
    return int(ahead[0]) if len(ahead) else None


def consumer_goods_table() -> display.Table:
    """Consumer-goods output on both paths at the app's defaults, every fifth year."""
    s, paths = TWO_SECTOR_DEFAULTS, _default_paths()
    wide = paths.pivot(index="year", columns="path", values="consumption_output_index")
    shown = wide.loc[::5].reset_index()
    return display.table(
        shown,
        {
            "year": t("Year"),
            "high": t(
                "Consumer goods, share {share} (start = 100)", share=number(s["high_share"], "g")
            ),
            "comparison": t(
                "Consumer goods, share {share} (start = 100)",
                share=number(s["comparison_share"], "g"),
            ),
        },
        decimals={"year": 0, "high": 1, "comparison": 1},
        caption=t(
            "Capital–output ratios {v_k} (capital goods) and {v_c} (consumer goods); "
            "illustrative settings",
            v_k=number(s["v_k"], "g"),
            v_c=number(s["v_c"], "g"),
        ),
        notes=(
            t(
                "The high-share path produces more consumer goods from year {year}.",
                year=two_sector.overtaking_year(paths),
            ),
            t(
                "Its total since year 0 catches up with the comparison path's only in year {year}.",
                year=_cumulative_catch_up_year(paths),
            ),
        ),
    )


def food_model_settings() -> display.Table:
    """The food model's 1952 economy and defaults: what is sourced and what is illustrative."""
    eco = food_economy()
    share = plan_figure("ffyp_planned_outlay_share_agriculture")
    sourced_ns, sourced_va = N_("sourced: national_series"), N_("sourced: value_added")
    rows = [
        (N_("Grain output, 1952"), eco.grain_mt, N_("million tonnes"), sourced_ns),
        (N_("Population, end of 1952"), eco.population_million, N_("million"), sourced_ns),
        (
            N_("Population growth"),
            100 * eco.population_growth,
            N_("percent a year"),
            N_("computed: year-end populations 1952–57, compounded"),
        ),
        (N_("Farm value added, 1952"), eco.farm_va, N_("100 million yuan"), sourced_va),
        (N_("Non-farm value added, 1952"), eco.nonfarm_va, N_("100 million yuan"), sourced_va),
        (
            N_("Share of investment to farming (default)"),
            share,
            N_("percent"),
            N_("sourced: the plan's share of outlay (single source)"),
        ),
        (
            N_("Investment rate (default)"),
            100 * default_investment_rate(),
            N_("percent of output"),
            N_("computed: capital construction 1953–57 ÷ GDP 1953–57"),
        ),
        (
            N_("Town dwellers' share of population, 1952"),
            100 * eco.urban_share,
            N_("percent"),
            N_("illustrative"),
        ),
        (
            N_("Share of the harvest marketed"),
            100 * eco.marketed_share,
            N_("percent"),
            N_("illustrative"),
        ),
        (N_("Capital–output ratio, farming"), eco.v_agr, N_("ratio"), N_("illustrative")),
        (N_("Capital–output ratio, non-farm"), eco.v_nonfarm, N_("ratio"), N_("illustrative")),
        (
            N_("Grain per town dweller (default)"),
            float(GRAIN_KG_DEFAULT),
            N_("kg a year"),
            N_("illustrative"),
        ),
    ]
    frame = pd.DataFrame(rows, columns=["parameter", "value", "unit", "status"])
    return display.table(
        translated(frame, "parameter", "unit", "status"),
        {
            "parameter": t("Parameter"),
            "value": t("Value"),
            "unit": t("Unit"),
            "status": t("Where it comes from"),
        },
        decimals=1,
        caption=t("The food model's starting economy"),
    )


def binding_years(years: int = 30) -> display.Table:
    """The binding year for a few shares to farming, and the model's 1957 harvest."""
    rows = [
        (100 * share, two_sector.binding_year(food_path(share, years=years)))
        for share in FARM_SHARES
    ]
    frame = pd.DataFrame(rows, columns=["share", "binds"]).astype({"binds": "Int64"})
    model = food_path(years=PLAN_END - PLAN_START).set_index("year").loc[PLAN_END]
    recorded = data.load_cached("national_series").set_index("year")
    return display.table(
        frame,
        {"share": t("Share of investment to farming (%)"), "binds": t("Constraint binds in")},
        decimals={"share": 0},
        missing=t("does not bind within {years} years of {start}", years=years, start=PLAN_START),
        notes=(
            t(
                "Grain in {year}: the model's farms {model} million tonnes, recorded {recorded} "
                "million tonnes (plan share to farming, default settings).",
                year=PLAN_END,
                model=number(model["grain_output_mt"], ".1f"),
                recorded=number(recorded.loc[PLAN_END, "grain_output_revised_mt"], ".1f"),
            ),
        ),
    )


def heavy_industry_table() -> display.Table:
    """The Leap pushed heavy industry harder: :func:`.evidence.leap_heavy_industry`, labelled."""
    return display.table(
        translated(leap_heavy_industry(), "unit", "source"),
        {
            "indicator": t("Indicator"),
            "value": t("Value"),
            "unit": t("Unit"),
            "source": t("Source"),
        },
    )
