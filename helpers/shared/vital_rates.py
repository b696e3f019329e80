"""Population and vital rates, computed once for every lesson that needs them.

The course's rates are per 1,000 people a year (``data.load("national_series")``): the
officially registered crude birth and death rates (China Statistical Yearbook 1999) and
Banister's (1984) reconstruction, which corrects them for under-registration. A rate
applies to the **mid-year** population, taken here as the mean of the two year-end totals
either side of the year; :func:`population` is the one place that computes it.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from helpers.core.i18n import N_
from helpers.core.validate import check_choice, check_frame

#: Rate columns of ``data.load("national_series")`` for each series: (births, deaths).
SERIES = {
    "official": ("cbr_official_per_1000", "cdr_official_per_1000"),
    "banister": ("cbr_banister_per_1000", "cdr_banister_per_1000"),
}
#: Words for each series, in English (marked with ``N_``): translate them with ``t`` where
#: shown. (Lesson 06's ``excess_deaths.series_label`` gives them translated.)
SERIES_LABELS = {
    "official": N_("official registered rates"),
    "banister": N_("Banister's reconstructed rates"),
}
#: What :func:`population` can return: mid-year (mean of adjacent year-ends) or year-end.
POPULATIONS = ("midyear", "yearend")


def population(national: pd.DataFrame, *, basis: str = "midyear") -> pd.Series:
    """Population (million) by year: mid-year (mean of adjacent year-ends) or year-end.

    The mid-year value of year ``y`` is ``(P[y-1] + P[y]) / 2``, where ``P`` is the year-end
    total; the first year of the table, and a year after a gap, have none.

    Examples
    --------
    >>> ns = pd.DataFrame({"year": [1957, 1958], "population_yearend_million": [640.0, 660.0]})
    >>> population(ns).to_dict()
    {1958: 650.0}
    """
    check_frame("national", national, ["year", "population_yearend_million"])
    check_choice("basis", basis, POPULATIONS)
    end = national.set_index("year")["population_yearend_million"].astype(float).sort_index()
    if basis == "yearend":
        return end.rename("population_million")
    before = end.shift(1)
    before[~(end.index.to_series().diff() == 1)] = np.nan  # a gap in years: no mid-year value
    return ((end + before) / 2).dropna().rename("population_million")


#: The death rates of claim S20 exactly as the source text writes them, in percent.
S20_DEATH_RATE_PERCENT = {1958: 1.2, 1959: 1.5, 1960: 2.5, 1961: 1.4}
S20_COLUMNS = (
    "year",
    "text_death_rate_percent",
    "text_death_rate_per_1000",
    "cdr_official_per_1000",
    "cdr_banister_per_1000",
    "population_midyear_million",
    "deaths_at_text_rate_million",
    "deaths_if_misread_million",
)


def s20_death_rates(national: pd.DataFrame) -> pd.DataFrame:
    """Set the text's S20 death rates beside the official and reconstructed series.

    Parameters
    ----------
    national : pandas.DataFrame
        ``data.load("national_series")``: ``year``, ``population_yearend_million``,
        ``cdr_official_per_1000``, ``cdr_banister_per_1000``, covering 1957-1961.

    Returns
    -------
    pandas.DataFrame
        One row per year 1958-1961: ``text_death_rate_percent`` (as the text writes it),
        ``text_death_rate_per_1000`` (the same rate per 1,000, x 10), the official registered
        and Banister's reconstructed rates per 1,000, ``population_midyear_million``
        (:func:`population`), ``deaths_at_text_rate_million`` (rate x population) and
        ``deaths_if_misread_million`` (the text's number wrongly read as per 1,000).

    Examples
    --------
    >>> ns = pd.DataFrame({"year": [1959, 1960], "population_yearend_million": [672.07, 662.07],
    ...                    "cdr_official_per_1000": [14.59, 25.43],
    ...                    "cdr_banister_per_1000": [22.1, 44.6]})
    >>> s20_death_rates(ns)[["year", "text_death_rate_per_1000"]].values.tolist()
    [[1960.0, 25.0]]
    """
    cols = ["year", "population_yearend_million", "cdr_official_per_1000", "cdr_banister_per_1000"]
    check_frame("national", national, cols)
    ns = national.set_index("year")
    midyear = population(national)
    years = [y for y in S20_DEATH_RATE_PERCENT if y in midyear.index]
    if not years:
        raise ValueError("national must cover at least one year of 1958-1961 and the year before")
    midyear = midyear.loc[years]
    percent = pd.Series([S20_DEATH_RATE_PERCENT[y] for y in years], index=years)
    out = pd.DataFrame(
        {
            "year": years,
            "text_death_rate_percent": percent.values,
            "text_death_rate_per_1000": (percent * 10).round(1).values,
            "cdr_official_per_1000": ns.loc[years, "cdr_official_per_1000"].values,
            "cdr_banister_per_1000": ns.loc[years, "cdr_banister_per_1000"].values,
            "population_midyear_million": midyear.round(1).values,
            "deaths_at_text_rate_million": (percent / 100 * midyear).round(1).values,
            "deaths_if_misread_million": (percent / 1000 * midyear).round(2).values,
        }
    )
    return out.loc[:, list(S20_COLUMNS)]


#: Which rates :func:`long_rates` returns, and the columns of each (rate, basis). The rate
#: and basis labels are English (marked with ``N_``) and so are the columns ``rate`` and
#: ``basis`` of :func:`long_rates`: translate them where shown (``i18n.translated``).
VITAL_RATES = ("deaths", "births", "both")
DEATH_RATE, BIRTH_RATE = N_("death rate"), N_("birth rate")
OFFICIAL, RECONSTRUCTED = N_("official (registered)"), N_("Banister (1984) reconstruction")
VITAL_COLUMNS = {
    (DEATH_RATE, OFFICIAL): "cdr_official_per_1000",
    (BIRTH_RATE, OFFICIAL): "cbr_official_per_1000",
    (DEATH_RATE, RECONSTRUCTED): "cdr_banister_per_1000",
    (BIRTH_RATE, RECONSTRUCTED): "cbr_banister_per_1000",
}


def long_rates(national: pd.DataFrame, *, rates: str = "both", reconstruction: bool = False):
    """Crude birth and death rates per 1,000, 1949-66, long form, official and reconstructed.

    Parameters
    ----------
    national : pandas.DataFrame
        ``data.load("national_series")``.
    rates : {"deaths", "births", "both"}
    reconstruction : bool
        Add Banister's (1984) reconstructed rates (1953-66 only).

    Returns
    -------
    pandas.DataFrame
        ``year``, ``rate`` ("death rate" or "birth rate"), ``basis`` ("official (registered)"
        or "Banister (1984) reconstruction"), ``rate_per_1000``; years without a figure are
        left out.

    Examples
    --------
    >>> ns = pd.DataFrame({"year": [1960], "cdr_official_per_1000": [25.43],
    ...     "cbr_official_per_1000": [20.86], "cdr_banister_per_1000": [44.6],
    ...     "cbr_banister_per_1000": [26.8]})
    >>> long_rates(ns, rates="deaths", reconstruction=True)["rate_per_1000"].tolist()
    [25.43, 44.6]
    """
    check_frame("national", national, ["year", *VITAL_COLUMNS.values()])
    check_choice("rates", rates, VITAL_RATES)
    check_choice("reconstruction", reconstruction, (True, False))
    wanted = {"deaths": ("death rate",), "births": ("birth rate",)}.get(
        rates, ("death rate", "birth rate")
    )
    frames = [
        pd.DataFrame(
            {"year": national["year"], "rate": rate, "basis": basis, "rate_per_1000": national[col]}
        )
        for (rate, basis), col in VITAL_COLUMNS.items()
        if rate in wanted and (reconstruction or basis.startswith("official"))
    ]
    out = pd.concat(frames, ignore_index=True).dropna(subset=["rate_per_1000"])
    return out.astype({"year": int}).reset_index(drop=True)
