"""The First Five-Year Plan (1953-57) in charts: what it favoured, and what grew.

Small pure functions shape the course tables (``data.load("value_added")``,
``"national_series"``, ``"first_plan"``) into chart-ready frames; chart functions
draw them, each with a title and a one-sentence description.

Units matter here. Value added is at **current prices** (nominal, so it mixes price and
volume changes) and is value added, not gross output. Steel and grain are physical
tonnages. The plan's shares and growth targets come from a single source (see
``data/first_plan.csv``).
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from helpers.core import theme
from helpers.core.validate import check_choice, check_frame, check_number

PLAN_YEARS = (1952, 1957)
MEASURES = {
    "value_added": {
        "industry_va_100m_yuan": "Industry value added",
        "primary_va_100m_yuan": "Primary-sector value added",
    },
    "physical": {
        "steel_output_mt": "Steel output",
        "grain_output_revised_mt": "Grain output",
    },
}
MEASURE_UNITS = {
    "value_added": "100 million yuan, current prices",
    "physical": "million tonnes",
}
MEASURE_NAMES = {
    "value_added": "value added at current prices",
    "physical": "physical output in tonnes",
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


def sector_index_chart(frame: pd.DataFrame, *, base_year: int = 1952) -> alt.Chart:
    """Indexed lines for the two series of :func:`sector_index_frame`, 1952-57.

    Examples
    --------
    >>> va = pd.DataFrame({"year": [1952, 1957], "industry_va_100m_yuan": [100.0, 226.0],
    ...                    "primary_va_100m_yuan": [100.0, 125.0]})
    >>> sector_index_chart(sector_index_frame(va, va)).to_dict()["description"]
    'With 1952 = 100, industry value added (100 million yuan, current prices) reached 226 in 1957, primary-sector value added 125.'
    """
    check_frame("frame", frame, ["year", "series", "value", "unit", "index_base_100"])
    base_year = check_number("base_year", base_year, low=1952, high=1956, integer=True)
    order = list(dict.fromkeys(frame["series"]))
    last_year = int(frame["year"].max())
    last = frame.loc[frame["year"] == last_year].set_index("series")["index_base_100"]
    unit = frame["unit"].iloc[0]
    lead, other = order[0], order[-1]
    description = (
        f"With {base_year} = 100, {lead.lower()} ({unit}) reached {last[lead]:.0f} in "
        f"{last_year}, {other.lower()} {last[other]:.0f}."
    )
    return (
        alt.Chart(
            frame,
            title=f"{lead} against {other.lower()}, 1952-57",
            description=description,
            width=theme.WIDTH,
            height=theme.HEIGHT,
        )
        .mark_line(point=True)
        .encode(
            x=alt.X("year:O", title="Year", axis=alt.Axis(labelAngle=0)),
            y=alt.Y("index_base_100:Q", title=f"Index, {base_year} = 100"),
            color=alt.Color("series:N", title=None, sort=order),
            tooltip=[
                alt.Tooltip("series:N", title="Series"),
                alt.Tooltip("year:O", title="Year"),
                alt.Tooltip("value:Q", title=unit, format=",.2f"),
                alt.Tooltip("index_base_100:Q", title=f"{base_year} = 100", format=".0f"),
            ],
        )
    )


OUTLAY_SHARES = {
    "ffyp_planned_outlay_share_industry": "Industry",
    "ffyp_planned_outlay_share_transport_telecom": "Transport and telecommunications",
    "ffyp_planned_outlay_share_agriculture": "Agriculture",
}


def outlay_shares_frame(first_plan: pd.DataFrame) -> pd.DataFrame:
    """The plan's outlay shares by sector: ``sector``, ``share_percent``, ``label``.

    ``label`` keeps the source's wording ("more than 50 %" for industry).

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
            "label": [
                f"{q} {v:g} %".strip() for q, v in zip(qualifier, rows["value"], strict=True)
            ],
        }
    )


def outlay_shares_chart(frame: pd.DataFrame) -> alt.LayerChart:
    """Horizontal bars of the plan's outlay shares, labelled with the source's wording.

    Examples
    --------
    >>> df = pd.DataFrame({"sector": ["Industry", "Agriculture"], "share_percent": [50.0, 7.0],
    ...                    "label": ["more than 50 %", "7 %"]})
    >>> outlay_shares_chart(df).to_dict()["description"]
    'Planned outlay 1953-57: Industry more than 50 %, Agriculture 7 %.'
    """
    check_frame("frame", frame, ["sector", "share_percent", "label"])
    y = alt.Y("sector:N", title=None, sort=list(frame["sector"]), axis=alt.Axis(labelLimit=260))
    x = alt.X(
        "share_percent:Q", title="Share of planned outlay (%)", scale=alt.Scale(domain=[0, 60])
    )
    bars = alt.Chart(frame).mark_bar(color=theme.PALETTE[0]).encode(x=x, y=y)
    text = alt.Chart(frame).mark_text(align="left", dx=4).encode(x=x, y=y, text="label:N")
    parts = ", ".join(f"{s} {lab}" for s, lab in zip(frame["sector"], frame["label"], strict=True))
    return alt.layer(
        bars,
        text,
        title="The First Five-Year Plan's outlay: industry first",
        description=f"Planned outlay 1953-57: {parts}.",
        width=theme.WIDTH,
        height=40 * len(frame),
    )


def plan_vs_outcome_frame(first_plan: pd.DataFrame, national_series: pd.DataFrame) -> pd.DataFrame:
    """The plan's five-year growth targets against what was recorded, 1952-57.

    Targets are the plan's annual rates compounded over five years. Outcomes: gross value
    of industrial output (+128.6 %, price basis not stated) and grain output in tonnes
    (no 1953-57 series of the gross value of farm output is in the course data).

    Returns
    -------
    pandas.DataFrame
        ``sector``, ``kind`` ("Plan target" / "Outcome"), ``increase_percent`` (1957 over
        1952), ``measure`` (what was measured).

    Examples
    --------
    >>> fp = pd.DataFrame({"indicator": ["ffyp_target_industrial_growth",
    ...     "ffyp_target_agricultural_growth", "ffyp_actual_gvio_growth_total"],
    ...     "value": [14.7, 4.3, 128.6]})
    >>> ns = pd.DataFrame({"year": [1952, 1957], "grain_output_revised_mt": [100.0, 119.0]})
    >>> plan_vs_outcome_frame(fp, ns)["increase_percent"].round(1).tolist()
    [98.5, 128.6, 23.4, 19.0]
    """
    check_frame("first_plan", first_plan, ["indicator", "value"])
    check_frame("national_series", national_series, ["year", "grain_output_revised_mt"])
    value = first_plan.drop_duplicates("indicator").set_index("indicator")["value"]
    grain = national_series.set_index("year")["grain_output_revised_mt"]
    span = PLAN_YEARS[1] - PLAN_YEARS[0]
    rows = []
    for sector, target in (
        ("Industry", "ffyp_target_industrial_growth"),
        ("Agriculture", "ffyp_target_agricultural_growth"),
    ):
        rate = float(value[target])
        compounded = 100 * ((1 + rate / 100) ** span - 1)
        rows.append((sector, "Plan target", compounded, f"{rate:g} %/yr target over {span} years"))
        if sector == "Industry":
            rows.append(
                (
                    sector,
                    "Outcome",
                    float(value["ffyp_actual_gvio_growth_total"]),
                    "gross value of industrial output (price basis not stated)",
                )
            )
        else:
            grown = 100 * (grain[PLAN_YEARS[1]] / grain[PLAN_YEARS[0]] - 1)
            rows.append(
                (
                    sector,
                    "Outcome",
                    float(grown),
                    "grain output in tonnes (not the value of all farm output)",
                )
            )
    return pd.DataFrame(rows, columns=["sector", "kind", "increase_percent", "measure"])


def plan_vs_outcome_chart(frame: pd.DataFrame) -> alt.LayerChart:
    """Grouped bars: the plan's five-year targets against the recorded increases.

    Examples
    --------
    >>> df = pd.DataFrame({"sector": ["Industry", "Industry"], "kind": ["Plan target", "Outcome"],
    ...                    "increase_percent": [98.6, 128.6], "measure": ["a", "b"]})
    >>> plan_vs_outcome_chart(df).to_dict()["description"]
    'Increase 1952-57: Industry plan target +99 %, outcome +129 %.'
    """
    check_frame("frame", frame, ["sector", "kind", "increase_percent", "measure"])
    kinds = ["Plan target", "Outcome"]
    enc = {
        "y": alt.Y("sector:N", title=None, sort=list(dict.fromkeys(frame["sector"]))),
        "yOffset": alt.YOffset("kind:N", sort=kinds),
        "x": alt.X("increase_percent:Q", title="Increase, 1957 over 1952 (%)"),
    }
    bars = (
        alt.Chart(frame)
        .mark_bar()
        .encode(
            **enc,
            color=alt.Color("kind:N", title=None, sort=kinds),
            tooltip=[
                alt.Tooltip("sector:N", title="Sector"),
                alt.Tooltip("kind:N", title="Kind"),
                alt.Tooltip("increase_percent:Q", title="Increase (%)", format=".1f"),
                alt.Tooltip("measure:N", title="Measure"),
            ],
        )
    )
    text = (
        alt.Chart(frame)
        .mark_text(align="left", dx=4)
        .encode(**enc, text=alt.Text("increase_percent:Q", format="+.0f"))
    )
    parts = []
    for sector, group in frame.groupby("sector", sort=False):
        bits = [
            f"{k.lower()} {v:+.0f} %"
            for k, v in zip(group["kind"], group["increase_percent"], strict=True)
        ]
        parts.append(f"{sector} " + ", ".join(bits))
    return alt.layer(
        bars,
        text,
        title="Plan targets against outcomes, 1952-57",
        description=f"Increase 1952-57: {'; '.join(parts)}.",
        width=theme.WIDTH,
        height=60 * frame["sector"].nunique(),
    )
