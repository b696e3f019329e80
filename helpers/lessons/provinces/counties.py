"""Within a province: the spread of county death rates, and one study's clan association.

Data: ``county_mortality``, the fdid package's county panel, inferred (not stated) to be Cao,
Xu & Zhang's (2022): 921 counties in 13 provinces, 1954-1966. A sample of counties, not
provincial totals, and registered rates, a floor.

The **clan split** is descriptive only: within each province, counties above and below the
province's median clan-genealogy density (``clan_genealogies_per_capita``), and the median
death rate of each half. Cao, Xu & Zhang report that counties with denser clan networks lost
fewer lives, with controls this split does not have: it is one study's data and measure, and
a difference here is an association between places, not a proof about people (the ecological
fallacy).
"""

from __future__ import annotations

import functools

import numpy as np
import pandas as pd

from helpers.core import data
from helpers.core.validate import check_number

YEARS = (1954, 1966)
QUANTILES = {"p10": 0.10, "p25": 0.25, "median": 0.50, "p75": 0.75, "p90": 0.90}
SPREAD_COLUMNS = [
    "gb_code",
    "name_english",
    "year",
    "n_counties",
    *(f"cdr_{k}_per_1000" for k in QUANTILES),
]
SPLIT_COLUMNS = [
    "gb_code",
    "name_english",
    "year",
    "n_dense",
    "n_sparse",
    "cdr_median_dense_per_1000",
    "cdr_median_sparse_per_1000",
    "difference_per_1000",
]


@functools.cache
def _panel() -> pd.DataFrame:
    counties = data.load("county_mortality")
    names = data.load("province_codes").set_index("gb_code")["name_english"]
    return counties.assign(name_english=counties["gb_code"].map(names))


@functools.cache
def panel_provinces() -> tuple[str, ...]:
    """The GB codes of the provinces the county panel covers, in code order."""
    return tuple(sorted(_panel()["gb_code"].unique()))


def _check(year: object, provinces: object) -> tuple[int, tuple[str, ...]]:
    year = check_number("year", year, low=YEARS[0], high=YEARS[1], integer=True)
    allowed = panel_provinces()
    if provinces is None:
        return year, allowed
    if isinstance(provinces, str) or not isinstance(provinces, tuple | list):
        raise TypeError(
            f"provinces must be a tuple of GB codes such as ('41', '52'), or None; got {provinces!r}"
        )
    unknown = [p for p in provinces if p not in allowed]
    if unknown or not provinces:
        raise ValueError(
            f"provinces must be one or more of the panel's codes {list(allowed)}; got {list(provinces)}"
        )
    return year, tuple(p for p in allowed if p in provinces)


def county_rates(year: int, provinces: tuple[str, ...] | None = None) -> pd.DataFrame:
    """The county death rates of ``year`` in ``provinces`` (all 13 if None), one row per county.

    Returns gb_code, name_english, county_id, year, cdr_per_1000, clan_genealogies_per_capita.

    Examples
    --------
    >>> len(county_rates(1960, ("52",)))
    74
    """
    year, codes = _check(year, provinces)
    panel = _panel()
    rows = panel[(panel["year"] == year) & panel["gb_code"].isin(codes)]
    cols = ["gb_code", "name_english", "county_id", "year", "cdr_per_1000"]
    return rows[[*cols, "clan_genealogies_per_capita"]].reset_index(drop=True)


def county_spread(year: int = 1960, provinces: tuple[str, ...] | None = None) -> pd.DataFrame:
    """Quantiles of county death rates within each province in ``year``.

    Parameters
    ----------
    year : int
        1954-1966.
    provinces : tuple of str, optional
        GB codes of panel provinces (:func:`panel_provinces`); all 13 if None.

    Returns
    -------
    pandas.DataFrame
        One row per province: ``gb_code``, ``name_english``, ``year``, ``n_counties`` and the
        10th, 25th, 50th, 75th and 90th percentiles ``cdr_p10_per_1000`` ...
        ``cdr_p90_per_1000`` (registered deaths per 1,000).

    Examples
    --------
    >>> s = county_spread(1960, ("41",)).iloc[0]
    >>> int(s["n_counties"]), round(float(s["cdr_median_per_1000"]), 1)
    (101, 22.6)
    """
    rates = county_rates(year, provinces)
    grouped = rates.groupby(["gb_code", "name_english"])["cdr_per_1000"]
    out = grouped.quantile(list(QUANTILES.values())).unstack()
    out.columns = [f"cdr_{k}_per_1000" for k in QUANTILES]
    out["n_counties"] = grouped.size()
    out = out.reset_index().assign(year=int(rates["year"].iloc[0]))
    return out[SPREAD_COLUMNS]


def clan_split(year: int = 1960, provinces: tuple[str, ...] | None = None) -> pd.DataFrame:
    """Median county death rate in the clan-dense and clan-sparse halves of each province.

    "Dense" counties have a clan-genealogy density above the province's median; the rest
    (at or below it) are "sparse". Descriptive only: no controls (see the module's note).

    Returns
    -------
    pandas.DataFrame
        One row per province: ``gb_code``, ``name_english``, ``year``, ``n_dense``,
        ``n_sparse``, ``cdr_median_dense_per_1000``, ``cdr_median_sparse_per_1000``,
        ``difference_per_1000`` (dense - sparse; negative: fewer deaths where clans were
        denser).

    Examples
    --------
    >>> list(clan_split(1960).columns) == SPLIT_COLUMNS
    True
    """
    rates = county_rates(year, provinces)
    rows = []
    for (code, name), group in rates.groupby(["gb_code", "name_english"]):
        clan = group["clan_genealogies_per_capita"]
        dense = group[clan > clan.median()]["cdr_per_1000"]
        sparse = group[clan <= clan.median()]["cdr_per_1000"]
        d = float(dense.median()) if len(dense) else np.nan
        s = float(sparse.median()) if len(sparse) else np.nan
        rows.append((code, name, int(group["year"].iloc[0]), len(dense), len(sparse), d, s, d - s))
    return pd.DataFrame(rows, columns=SPLIT_COLUMNS)
