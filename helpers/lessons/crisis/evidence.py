"""Lesson 04's sourced figures, and the models run on the course data.

Sourced figures come from ``data.load``; the changes of the source text from
:data:`.index_chains.SOURCE_TEXT_CHANGES`; the rest are illustrative and say so.
"""

from __future__ import annotations

import pandas as pd

from helpers.core import data
from helpers.core.validate import check_choice, check_number
from helpers.lessons.crisis import grain_balance, index_chains

#: The 1957 procurement share of output (CSY 1993 via Heilig), the default for both rules.
DEFAULT_SHARE_YEAR = 1957


#: First year of grain imports: 1961 in Lin & Yang (2000); the text says "from 1960" [S22].
IMPORTS_FROM = 1961


def grain_series(series: str, year: int) -> float:
    """One figure of the ``grain_procurement_trade`` table (the first row for that year).

    Examples
    --------
    >>> grain_series("procurement_gross", 1959)
    64.12
    """
    gt = data.load_cached("grain_procurement_trade")
    check_choice("series", series, tuple(dict.fromkeys(gt["series"])))
    rows = gt[(gt["series"] == series) & (gt["year"] == year)]
    if rows.empty:
        years = sorted(gt.loc[gt["series"] == series, "year"].unique().tolist())
        raise ValueError(f"year must be one of {years} for series {series!r}; got {year!r}")
    return float(rows["value"].iloc[0])


def default_share_percent() -> float:
    """The procurement share of grain output in 1957, the last year before the Leap.

    Examples
    --------
    >>> default_share_percent()
    24.6
    """
    return grain_series("procurement_share_of_output", DEFAULT_SHARE_YEAR)


def default_imports_mt() -> float:
    """Grain imports in 1961 according to Lin & Yang (2000), the app's default.

    Examples
    --------
    >>> default_imports_mt()
    4.5
    """
    gt = data.load_cached("grain_procurement_trade")
    rows = gt[(gt["series"] == "grain_imports") & (gt["year"] == IMPORTS_FROM)]
    return float(rows.loc[rows["source"].str.startswith("Lin"), "value"].iloc[0])


def changes(sector: str) -> pd.DataFrame:
    """:func:`helpers.lessons.crisis.index_chains.sector_changes` on the course data.

    Examples
    --------
    >>> changes("agriculture").groupby("series").size().min()
    np.int64(3)
    """
    return index_chains.sector_changes(
        sector,
        value_added=data.load_cached("value_added"),
        national=data.load_cached("national_series"),
        output_indices=data.load_cached("output_indices"),
    )


def grain_inputs() -> pd.DataFrame:
    """The grain-balance model's inputs from the course data: recorded harvests and
    population, 1958-62 (:func:`helpers.lessons.crisis.grain_balance.grain_inputs`).

    Examples
    --------
    >>> grain_inputs()["year"].tolist()
    [1958, 1959, 1960, 1961, 1962]
    """
    return grain_balance.grain_inputs(data.load_cached("national_series"))


def grain_path(
    rule: str = "fixed quota",
    procurement_share_percent: float | None = None,
    harvest_fall_percent: float = 100.0,
    imports_mt: float | None = None,
    subsistence_kg: float = grain_balance.SUBSISTENCE_KG,
    *,
    inputs: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """The grain-balance model on the recorded harvests and population, 1958-62.

    ``None`` means the sourced default: the 1957 procurement share (24.6 %) and Lin &
    Yang's 4.5 Mt of imports a year from 1961. ``inputs`` are the model's harvests and
    population (:func:`grain_inputs`), read from the course data if None; an app reads
    them once when it is built and passes them on every redraw.

    Examples
    --------
    >>> grain_path()["year"].tolist()
    [1958, 1959, 1960, 1961, 1962]
    """
    if procurement_share_percent is None:
        procurement_share_percent = default_share_percent()
    if imports_mt is None:
        imports_mt = default_imports_mt()
    return grain_balance.grain_balance(
        grain_inputs() if inputs is None else inputs,
        rule=rule,
        procurement_share_percent=procurement_share_percent,
        harvest_fall_percent=harvest_fall_percent,
        imports_mt=imports_mt,
        imports_from=IMPORTS_FROM,
        subsistence_kg=subsistence_kg,
    )


def recorded_history() -> pd.DataFrame:
    """Recorded harvest less recorded procurement, per rural person, 1958-62 (1961: no figure).

    Uses the same rural population as the model (its illustrative urban share).

    Examples
    --------
    >>> recorded_history()["year"].tolist()
    [1958, 1959, 1960, 1962]
    """
    national = data.load_cached("national_series")
    procured = grain_balance.recorded_procurement(
        data.load_cached("grain_procurement_trade"), national
    )
    inputs = grain_balance.grain_inputs(national).merge(procured, on="year")
    rural = (1 - grain_balance.URBAN_SHARE) * inputs["population_million"]
    return pd.DataFrame(
        {
            "year": inputs["year"],
            "harvest_mt": inputs["harvest_mt"],
            "procurement_mt": inputs["procurement_mt"],
            "grain_per_rural_person_kg": 1000
            * (inputs["harvest_mt"] - inputs["procurement_mt"])
            / rural,
            "basis": inputs["basis"],
        }
    )


def trade() -> pd.DataFrame:
    """Grain trade 1958-62 by source (:func:`helpers.lessons.crisis.grain_balance.trade_by_source`).

    Examples
    --------
    >>> trade()["source_short"].unique().tolist()
    ['Lin & Yang (2000)', 'Shang', 'Price']
    """
    return grain_balance.trade_by_source(data.load_cached("grain_procurement_trade"))


def loc_growth(year: int) -> float:
    """The Library of Congress growth rate of industrial output in ``year`` (1958-60), percent.

    Examples
    --------
    >>> loc_growth(1958)
    45.0
    """
    check_number("year", year, low=1958, high=1960, integer=True)
    oi = data.load_cached("output_indices")
    rows = oi[(oi["series"] == "industrial_output_growth") & (oi["year"] == year)]
    return float(rows["value"].iloc[0])


def natural_increase(year: int) -> float:
    """The official rate of natural increase (births minus deaths per 1,000) in ``year``.

    Examples
    --------
    >>> round(natural_increase(1960), 2)
    -4.57
    """
    check_number("year", year, low=1949, high=1966, integer=True)
    ns = data.load_cached("national_series").set_index("year")
    return float(ns.loc[year, "cbr_official_per_1000"] - ns.loc[year, "cdr_official_per_1000"])
