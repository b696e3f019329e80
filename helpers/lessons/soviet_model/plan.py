"""The First Five-Year Plan (1953-57) as frames: what it favoured, and what grew.

Small pure functions shape the course tables (``data.load("value_added")``,
``"national_series"``, ``"first_plan"``) into chart-ready frames for :mod:`.charts`.

Units matter here. Value added is at **current prices** (nominal, so it mixes price and
volume changes) and is value added, not gross output. Steel and grain are physical
tonnages. The plan's shares and growth targets come from a single source (see
``data/first_plan.csv``).
"""

from __future__ import annotations

import pandas as pd

from helpers.core.i18n import N_, number, t
from helpers.core.validate import check_choice, check_frame, check_number

PLAN_YEARS = (1952, 1957)


# The series, units and measure names are English in the frames (translated where shown).
MEASURES = {
    "value_added": {
        "industry_va_100m_yuan": N_("Industry value added"),
        "primary_va_100m_yuan": N_("Primary-sector value added"),
    },
    "physical": {
        "steel_output_mt": N_("Steel output"),
        "grain_output_revised_mt": N_("Grain output"),
    },
}


MEASURE_UNITS = {
    "value_added": N_("100 million yuan, current prices"),
    "physical": N_("million tonnes"),
}


MEASURE_NAMES = {
    "value_added": N_("value added at current prices"),
    "physical": N_("physical output in tonnes"),
}


def sector_index_frame(
    value_added: pd.DataFrame,
    national_series: pd.DataFrame,
    *,
    measure: str = "value_added",
    base_year: int = 1952,
) -> pd.DataFrame:
    """Industry against agriculture, 1952-57, as indices with ``base_year`` = 100.

    Parameters
    ----------
    value_added, national_series : pandas.DataFrame
        The course tables ``data.load("value_added")`` and ``data.load("national_series")``.
    measure : {"value_added", "physical"}
        Industry vs primary-sector value added (current prices), or steel vs grain (tonnes).
    base_year : int
        The year set to 100 (1952-1957).

    Returns
    -------
    pandas.DataFrame
        One row per year and series: ``year``, ``series``, ``value`` (in ``unit``), ``unit``,
        ``index_base_100``.

    Examples
    --------
    >>> va = pd.DataFrame({"year": [1952, 1957], "industry_va_100m_yuan": [100.0, 200.0],
    ...                    "primary_va_100m_yuan": [100.0, 125.0]})
    >>> sector_index_frame(va, va, base_year=1952)["index_base_100"].tolist()
    [100.0, 200.0, 100.0, 125.0]
    """
    measure = check_choice("measure", measure, MEASURES)
    base_year = check_number("base_year", base_year, low=1952, high=1956, integer=True)
    columns = MEASURES[measure]
    table = value_added if measure == "value_added" else national_series
    check_frame(
        "value_added" if measure == "value_added" else "national_series", table, ["year", *columns]
    )
    rows = table.loc[table["year"].between(*PLAN_YEARS), ["year", *columns]]
    if base_year not in set(rows["year"]):
        raise ValueError(f"base_year {base_year} is not in the table's years")
    long = rows.melt(id_vars="year", var_name="column", value_name="value")
    base = long.loc[long["year"] == base_year].set_index("column")["value"]
    long["index_base_100"] = 100 * long["value"] / long["column"].map(base)
    long["series"] = long["column"].map(columns)
    long["unit"] = MEASURE_UNITS[measure]
    return long.loc[:, ["year", "series", "value", "unit", "index_base_100"]].reset_index(drop=True)


OUTLAY_SHARES = {
    "ffyp_planned_outlay_share_industry": N_("Industry"),
    "ffyp_planned_outlay_share_transport_telecom": N_("Transport and telecommunications"),
    "ffyp_planned_outlay_share_agriculture": N_("Agriculture"),
}

#: The source's qualifiers of a share (``first_plan``'s ``qualifier``), as whole labels, so
#: that a language can put the figure where its grammar wants it ("50 %-дан астам").
QUALIFIED_SHARES = {"more than": N_("more than {value} %")}


def share_label(value: float, qualifier: str = "") -> str:
    """A plan share in words, in the current language: ``"more than 50 %"``, ``"7 %"``.

    Examples
    --------
    >>> share_label(50.0, "more than"), share_label(7.0)
    ('more than 50 %', '7 %')
    """
    value = check_number("value", value, low=0, high=100)
    if not isinstance(qualifier, str):
        raise TypeError(f"qualifier must be words such as 'more than' or ''; got {qualifier!r}")
    qualifier = qualifier.strip()
    if not qualifier:
        return f"{number(value, 'g')} %"
    check_choice("qualifier", qualifier, QUALIFIED_SHARES)
    return t(QUALIFIED_SHARES[qualifier], value=number(value, "g"))


def outlay_shares_frame(first_plan: pd.DataFrame) -> pd.DataFrame:
    """The plan's outlay shares by sector: ``sector``, ``share_percent``, ``label``.

    ``label`` keeps the source's wording ("more than 50 %" for industry), in the current
    language (:func:`share_label`); ``sector`` is English (translated where shown).

    Examples
    --------
    >>> fp = pd.DataFrame({"indicator": list(OUTLAY_SHARES), "value": [50.0, 20.0, 7.0],
    ...                    "qualifier": ["more than", "", ""]})
    >>> outlay_shares_frame(fp)["label"].tolist()
    ['more than 50 %', '20 %', '7 %']
    """
    check_frame("first_plan", first_plan, ["indicator", "value", "qualifier"])
    wanted = first_plan.loc[first_plan["indicator"].isin(list(OUTLAY_SHARES))]
    rows = wanted.drop_duplicates("indicator").set_index("indicator").reindex(list(OUTLAY_SHARES))
    if rows["value"].isna().any():
        raise ValueError(f"first_plan must hold the indicators {list(OUTLAY_SHARES)}")
    qualifier = rows["qualifier"].fillna("").astype(str)
    return pd.DataFrame(
        {
            "sector": [OUTLAY_SHARES[i] for i in rows.index],
            "share_percent": rows["value"].to_numpy(dtype=float),
            "label": [share_label(v, q) for q, v in zip(qualifier, rows["value"], strict=True)],
        }
    )


def plan_vs_outcome_frame(first_plan: pd.DataFrame) -> pd.DataFrame:
    """Industry's five-year target against what was recorded, 1952-57: like with like.

    The target is the plan's yearly rate compounded over five years; the outcome is the
    recorded rise of the gross value of industrial output (+128.6 %, price basis not stated).
    Both measure the same thing. Agriculture is left out on purpose: its target is for the
    gross value of farm output, which the course data do not hold for 1953-57, and grain
    tonnes are a different measure (an earlier version set one against the other).

    Returns
    -------
    pandas.DataFrame
        ``sector``, ``kind`` ("Plan target" / "Outcome"), ``increase_percent`` (1957 over
        1952), ``measure`` (what was measured, in the current language; ``sector`` and
        ``kind`` are English, translated where shown).

    Examples
    --------
    >>> fp = pd.DataFrame({"indicator": ["ffyp_target_industrial_growth",
    ...     "ffyp_actual_gvio_growth_total"], "value": [14.7, 128.6]})
    >>> plan_vs_outcome_frame(fp)["increase_percent"].round(1).tolist()
    [98.5, 128.6]
    """
    check_frame("first_plan", first_plan, ["indicator", "value"])
    value = first_plan.drop_duplicates("indicator").set_index("indicator")["value"]
    needed = ["ffyp_target_industrial_growth", "ffyp_actual_gvio_growth_total"]
    missing = [name for name in needed if name not in value.index]
    if missing:
        raise ValueError(f"first_plan must hold the indicators {missing}")
    span = PLAN_YEARS[1] - PLAN_YEARS[0]
    rate = float(value["ffyp_target_industrial_growth"])
    rows = [
        (
            N_("Industry"),
            N_("Plan target"),
            100 * ((1 + rate / 100) ** span - 1),
            t(
                "gross value of industrial output: {rate} %/yr target over {span} years",
                rate=number(rate, "g"),
                span=span,
            ),
        ),
        (
            N_("Industry"),
            N_("Outcome"),
            float(value["ffyp_actual_gvio_growth_total"]),
            t("gross value of industrial output, recorded (price basis not stated)"),
        ),
    ]
    return pd.DataFrame(rows, columns=["sector", "kind", "increase_percent", "measure"])


def grain_per_head_frame(
    national_series: pd.DataFrame, *, start: int = 1952, end: int = 1957
) -> pd.DataFrame:
    """Grain output per person, year by year: ``year``, ``grain_output_mt``,
    ``population_yearend_million``, ``grain_kg_per_person``.

    Uses the revised official grain series and the official year-end population.

    Examples
    --------
    >>> ns = pd.DataFrame({"year": [1956, 1957], "grain_output_revised_mt": [190.0, 195.0],
    ...                    "population_yearend_million": [620.0, 650.0]})
    >>> grain_per_head_frame(ns, start=1956)["grain_kg_per_person"].round(1).tolist()
    [306.5, 300.0]
    """
    start = check_number("start", start, low=1949, high=1965, integer=True)
    end = check_number("end", end, low=start + 1, high=1966, integer=True)
    columns = ["year", "grain_output_revised_mt", "population_yearend_million"]
    check_frame("national_series", national_series, columns)
    rows = national_series.loc[national_series["year"].between(start, end), columns]
    frame = rows.rename(columns={"grain_output_revised_mt": "grain_output_mt"}).reset_index(
        drop=True
    )
    frame["grain_kg_per_person"] = (
        1000 * frame["grain_output_mt"] / frame["population_yearend_million"]
    )
    return frame
