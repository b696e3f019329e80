"""Grain in the villages, 1958-62: harvest, state procurement, imports and what was left.

A deliberately small teaching model. Each year the villages harvest grain; the state
procures part of it; what is left must feed the rural population. Two procurement rules:

* **fixed quota**: the state takes the same tonnage every year, set as a share of the
  good 1958 harvest, whatever the harvest turns out to be;
* **share of harvest**: the state takes the same share of each year's actual harvest.

Imports (from a chosen year) replace procurement one for one: grain bought abroad for
the towns is grain the state need not take from the villages. The harvest can be scaled
between no fall after 1958 and more than the recorded fall.

Harvests and population come from the course data; the rural share of the population
and the subsistence line are **illustrative** (no source in the course data gives them).
Grain is unprocessed grain, part of which is needed for seed and feed, so the kilograms
per person are an upper bound on food.

:func:`recorded_procurement` gives what the state actually procured, as far as the
sources say, and :func:`trade_by_source` the grain trade figures, source by source.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from helpers.core.i18n import N_
from helpers.core.validate import check_choice, check_frame, check_number
from helpers.shared.vital_rates import population

RULES = ("fixed quota", "share of harvest")
FIRST_YEAR, LAST_YEAR = 1958, 1962
#: Town dwellers as a share of the population (illustrative).
URBAN_SHARE = 0.2
#: Subsistence line, kg of unprocessed grain per rural person a year (illustrative).
SUBSISTENCE_KG = 200.0
INPUT_COLUMNS = ["year", "harvest_mt", "population_million"]
BALANCE_COLUMNS = [
    "year",
    "harvest_mt",
    "procurement_rule_mt",
    "imports_mt",
    "procurement_mt",
    "procurement_share_percent",
    "grain_left_mt",
    "rural_population_million",
    "grain_per_rural_person_kg",
    "subsistence_kg",
    "below_subsistence",
]


def grain_inputs(national: pd.DataFrame) -> pd.DataFrame:
    """Harvest (revised official series) and mid-year population, 1958-62.

    Mid-year population is :func:`helpers.shared.vital_rates.population`.

    Examples
    --------
    >>> ns = pd.DataFrame({"year": [1957, 1958], "grain_output_revised_mt": [195.0, 197.0],
    ...                    "population_yearend_million": [646.0, 660.0]})
    >>> grain_inputs(ns).values.tolist()
    [[1958.0, 197.0, 653.0]]
    """
    check_frame(
        "national", national, ["year", "grain_output_revised_mt", "population_yearend_million"]
    )
    ns = national.set_index("year")
    midyear = population(national)
    years = [y for y in range(FIRST_YEAR, LAST_YEAR + 1) if y in midyear.index]
    if not years:
        raise ValueError(f"national must cover at least one year of {FIRST_YEAR}-{LAST_YEAR}")
    return pd.DataFrame(
        {
            "year": years,
            "harvest_mt": ns.loc[years, "grain_output_revised_mt"].to_numpy(dtype=float),
            "population_million": midyear.loc[years].to_numpy(),
        }
    )


def grain_balance(
    inputs: pd.DataFrame,
    *,
    rule: str = "fixed quota",
    procurement_share_percent: float = 25.0,
    harvest_fall_percent: float = 100.0,
    imports_mt: float = 0.0,
    imports_from: int = 1961,
    urban_share: float = URBAN_SHARE,
    subsistence_kg: float = SUBSISTENCE_KG,
) -> pd.DataFrame:
    """Grain left per rural person, year by year, under a procurement rule.

    Parameters
    ----------
    inputs : pandas.DataFrame
        ``year``, ``harvest_mt`` (million tonnes), ``population_million`` (mid-year); the
        first row is the base year (1958 in the lesson).
    rule : {"fixed quota", "share of harvest"}
        A fixed quota takes ``procurement_share_percent`` of the base year's harvest every
        year; a share takes that share of each year's harvest.
    procurement_share_percent : float
        0-60 percent.
    harvest_fall_percent : float
        Scales the fall of each harvest below the base year's: 100 is the recorded
        harvest, 0 no fall at all, 150 half as much again (0-200).
    imports_mt : float
        Grain imported a year from ``imports_from`` on (0-20 million tonnes); it reduces
        procurement one for one (never below zero).
    imports_from : int
        First year of imports (1950-1970).
    urban_share : float
        Town dwellers' share of the population (0-0.9, illustrative).
    subsistence_kg : float
        The line to compare with, kg per rural person a year (50-500, illustrative).

    Returns
    -------
    pandas.DataFrame
        One row per year, columns :data:`BALANCE_COLUMNS`: the harvest, what the rule asks
        (``procurement_rule_mt``), imports, what is procured after imports and its share of
        the harvest, grain left in the villages, rural population, kg per rural person,
        the subsistence line, and whether the year falls below it.

    Examples
    --------
    >>> inp = pd.DataFrame({"year": [1958, 1959], "harvest_mt": [200.0, 150.0],
    ...                     "population_million": [600.0, 600.0]})
    >>> df = grain_balance(inp, rule="fixed quota", procurement_share_percent=25, urban_share=0.2)
    >>> df["procurement_share_percent"].round(1).tolist()
    [25.0, 33.3]
    >>> df["grain_per_rural_person_kg"].round(1).tolist()
    [312.5, 208.3]
    """
    check_frame("inputs", inputs, INPUT_COLUMNS)
    check_choice("rule", rule, RULES)
    share = check_number("procurement_share_percent", procurement_share_percent, low=0, high=60)
    fall = check_number("harvest_fall_percent", harvest_fall_percent, low=0, high=200)
    imports = check_number("imports_mt", imports_mt, low=0, high=20)
    imports_from = check_number("imports_from", imports_from, low=1950, high=1970, integer=True)
    urban = check_number("urban_share", urban_share, low=0, high=0.9)
    line = check_number("subsistence_kg", subsistence_kg, low=50, high=500)
    years = inputs["year"].to_numpy(dtype=int)
    recorded = inputs["harvest_mt"].to_numpy(dtype=float)
    if np.any(~np.isfinite(recorded)) or np.any(recorded <= 0):
        raise ValueError("inputs must have a positive harvest_mt in every year")
    base = recorded[0]
    harvest = np.maximum(base - fall / 100 * (base - recorded), 0.01 * base)
    asked = share / 100 * (np.full_like(harvest, base) if rule == "fixed quota" else harvest)
    imported = np.where(years >= imports_from, imports, 0.0)
    procured = np.clip(asked - imported, 0.0, harvest)
    left = harvest - procured
    rural = (1 - urban) * inputs["population_million"].to_numpy(dtype=float)
    per_person = 1000 * left / rural  # Mt per million people = tonnes per person; x 1000 -> kg
    return pd.DataFrame(
        {
            "year": years,
            "harvest_mt": harvest,
            "procurement_rule_mt": asked,
            "imports_mt": imported,
            "procurement_mt": procured,
            "procurement_share_percent": 100 * procured / harvest,
            "grain_left_mt": left,
            "rural_population_million": rural,
            "grain_per_rural_person_kg": per_person,
            "subsistence_kg": line,
            "below_subsistence": per_person < line,
        }
    )


#: The procurement the lesson uses: two sources joined, not one series, both gross procurement
#: as a percent of the older official harvest (CSY 1993 for 1957 and 1962, Lin & Yang 2000 for
#: 1958-60; lesson 02 uses the same base). The older and revised harvests agree up to 1957.
SERIES_BASIS = N_("gross, share of older official output")
#: Added to the basis of a year whose share is reconstructed.
RECONSTRUCTED = " (reconstructed share; unverified)"


def recorded_procurement(grain_trade: pd.DataFrame, national: pd.DataFrame) -> pd.DataFrame:
    """State grain procurement 1957-62 from two sources: gross, as a share of the older harvest.

    Both sources print gross procurement as a percent of the older official output (China
    Statistical Yearbook 1993 for 1957 and 1962; Lin & Yang 2000 for 1958-60), so tonnes
    are that share times the older official output in every year (the revised output in
    1957, where the two series agree). Where a source also prints tonnes (1957, 1959, 1962)
    they are kept in ``printed_mt`` as a check. The 1960 share (32.4 %) is reconstructed
    from a garbled online copy of Lin & Yang and is marked so. No source in the course data
    gives 1961, and none gives net procurement (after resales to the villages).

    Returns
    -------
    pandas.DataFrame
        ``year``, ``procurement_mt``, ``share_of_output_percent``, ``printed_mt`` (NaN if not
        printed), ``basis`` (the series, and "unverified" for the reconstructed share),
        ``source``.

    Examples
    --------
    >>> gt = pd.DataFrame({"series": ["procurement_share_of_output"], "year": [1959],
    ...                    "value": [37.7], "source": ["Lin & Yang"], "note": [""]})
    >>> ns = pd.DataFrame({"year": [1959], "grain_output_old_official_mt": [170.0],
    ...                    "grain_output_revised_mt": [169.68]})
    >>> recorded_procurement(gt, ns)[["year", "procurement_mt"]].round(2).values.tolist()
    [[1959.0, 64.09]]
    """
    check_frame("grain_trade", grain_trade, ["series", "year", "value", "source", "note"])
    check_frame(
        "national", national, ["year", "grain_output_old_official_mt", "grain_output_revised_mt"]
    )
    rows = grain_trade[grain_trade["year"].between(1957, LAST_YEAR)]
    gross = rows[rows["series"] == "procurement_gross"].set_index("year")["value"]
    shares = rows[rows["series"] == "procurement_share_of_output"].set_index("year")
    output = national.set_index("year")
    base = output["grain_output_old_official_mt"].fillna(
        output["grain_output_revised_mt"].where(output.index <= 1957)
    )
    out = []
    for year in sorted(shares.index):
        if year not in base.index or not np.isfinite(base[year]):
            continue
        share = float(shares.loc[year, "value"])
        basis = SERIES_BASIS
        if "RECONSTRUCTED" in str(shares.loc[year, "note"]).upper():
            basis += RECONSTRUCTED
        printed = float(gross[year]) if year in gross.index else np.nan
        out.append(
            (
                int(year),
                share / 100 * float(base[year]),
                share,
                printed,
                basis,
                shares.loc[year, "source"],
            )
        )
    if not out:
        raise ValueError("grain_trade must hold procurement shares for some year of 1957-1962")
    return pd.DataFrame(
        out,
        columns=[
            "year",
            "procurement_mt",
            "share_of_output_percent",
            "printed_mt",
            "basis",
            "source",
        ],
    )


TRADE_SERIES = {"net_grain_exports": -1.0, "grain_imports": 1.0}


def trade_by_source(grain_trade: pd.DataFrame) -> pd.DataFrame:
    """Yearly grain trade 1958-62, one row per figure and source; exports negative.

    Returns
    -------
    pandas.DataFrame
        ``year``, ``net_imports_mt`` (imports positive, net exports negative), ``series``,
        ``source_short`` (author), ``source``.

    Examples
    --------
    >>> gt = pd.DataFrame({"series": ["net_grain_exports", "grain_imports"], "year": [1959, 1961],
    ...     "year_end": [1959, 1961], "value": [4.2, 4.5],
    ...     "source": ["Lin, Justin Yifu and Dennis Tao Yang (2000)", "Robert Price, 'x'"]})
    >>> trade_by_source(gt)[["year", "net_imports_mt", "source_short"]].values.tolist()
    [[1959, -4.2, 'Lin & Yang (2000)'], [1961, 4.5, 'Price']]
    """
    check_frame("grain_trade", grain_trade, ["series", "year", "year_end", "value", "source"])
    rows = grain_trade[
        grain_trade["series"].isin(TRADE_SERIES)
        & (grain_trade["year"] == grain_trade["year_end"])
        & grain_trade["year"].between(FIRST_YEAR, LAST_YEAR)
    ]
    if rows.empty:
        raise ValueError("grain_trade must hold yearly grain trade rows for 1958-1962")
    short = rows["source"].map(
        lambda s: "Lin & Yang (2000)" if s.startswith("Lin") else s.split(",")[0].split()[-1]
    )
    return pd.DataFrame(
        {
            "year": rows["year"].astype(int).to_numpy(),
            "net_imports_mt": (rows["value"] * rows["series"].map(TRADE_SERIES)).to_numpy(),
            "series": rows["series"].to_numpy(),
            "source_short": short.to_numpy(),
            "source": rows["source"].to_numpy(),
        }
    ).sort_values(["year", "source_short"], ignore_index=True)
