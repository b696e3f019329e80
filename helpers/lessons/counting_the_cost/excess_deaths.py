"""Excess deaths and births lost: a counterfactual baseline against the recorded rates.

Demographers estimate a famine's toll by asking what the death and birth rates *would have
been* under normal conditions (the **baseline**) and counting, year by year, the deaths above
it and the births below it:

``excess_deaths = (cdr - cdr_baseline) / 1000 * population``,
``births_lost = (cbr_baseline - cbr) / 1000 * population``,

summed over the **period** counted. Four choices decide the answer:

* the **series**: the officially registered rates (China Statistical Yearbook 1999) or
  Banister's (1984) reconstruction, which corrects them for under-registration;
* the **baseline method**: one year's rate (``"fixed"``), the mean rate of a span of years
  (``"mean"``), or a straight line through the rates of two years, typically one before and
  one after the famine (``"line"``);
* the **period**, e.g. 1958-61 or 1959-61;
* the **population** the rates apply to: the mid-year population, taken here as the mean of
  the two year-end totals either side of the year (``"midyear"``), or the year-end total.

Years in which the rate is on the other side of the baseline count negatively (a net total).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from helpers.core.i18n import t
from helpers.core.validate import check_choice, check_frame, check_year_span
from helpers.shared.baselines import METHODS, baseline_label, baseline_rate, check_baseline
from helpers.shared.vital_rates import POPULATIONS, SERIES, SERIES_LABELS, population

__all__ = ["METHODS", "baseline_label", "excess_by_year", "excess_totals", "series_label"]

NATIONAL_COLUMNS = ["year", "population_yearend_million", *SERIES["official"], *SERIES["banister"]]
EXCESS_COLUMNS = [
    "year",
    "series",
    "baseline",
    "in_period",
    "population_million",
    "cdr_per_1000",
    "cdr_baseline_per_1000",
    "cbr_per_1000",
    "cbr_baseline_per_1000",
    "excess_deaths_million",
    "births_lost_million",
]


def series_label(series: str) -> str:
    """Words for a series in the current language (already translated, like
    :func:`baseline_label`: show them as they are).

    Examples
    --------
    >>> series_label("banister")
    "Banister's reconstructed rates"
    """
    check_choice("series", series, tuple(SERIES))
    return t(SERIES_LABELS[series])


def excess_by_year(
    national: pd.DataFrame,
    *,
    series: str = "official",
    method: str = "mean",
    baseline_years: tuple[int, int] = (1956, 1957),
    period: tuple[int, int] = (1958, 1961),
    population_basis: str = "midyear",
) -> pd.DataFrame:
    """Excess deaths and births lost against a baseline, for every year the series covers.

    Parameters
    ----------
    national : pandas.DataFrame
        ``data.load("national_series")`` (or a frame with the same columns).
    series : {"official", "banister"}
        Registered rates, or Banister's (1984) reconstruction (1953-66 only).
    method : {"fixed", "mean", "line"}
        The rate of one year (``baseline_years`` must then be one year twice); the mean rate
        of the years ``baseline_years[0]..baseline_years[1]``; or the straight line through
        the rates of those two (different) years, extended to every year.
    baseline_years : (int, int)
        First and last year of the baseline (``first <= last``), years the series covers.
    period : (int, int)
        First and last year counted (inclusive), years with rates and a population.
    population_basis : {"midyear", "yearend"}
        Population the rates apply to (see :func:`population`).

    Returns
    -------
    pandas.DataFrame
        One row per year with rates and a population: ``year``, ``series`` and ``baseline``
        (labels in the current language: :func:`series_label`, :func:`baseline_label`), ``in_period`` (bool), ``population_million``, ``cdr_per_1000``,
        ``cdr_baseline_per_1000``, ``cbr_per_1000``, ``cbr_baseline_per_1000``,
        ``excess_deaths_million`` and ``births_lost_million`` (computed for every year; add
        up the rows ``in_period`` for the total, as :func:`excess_totals` does).

    Examples
    --------
    >>> ns = pd.DataFrame({"year": [1956, 1957, 1958],
    ...     "population_yearend_million": [600.0, 600.0, 600.0],
    ...     "cbr_official_per_1000": [30.0, 30.0, 20.0], "cdr_official_per_1000": [10.0, 10.0, 15.0],
    ...     "cbr_banister_per_1000": [np.nan] * 3, "cdr_banister_per_1000": [np.nan] * 3})
    >>> df = excess_by_year(ns, method="fixed", baseline_years=(1957, 1957), period=(1958, 1958))
    >>> df.loc[df["in_period"], ["excess_deaths_million", "births_lost_million"]].values.tolist()
    [[3.0, 6.0]]
    """
    check_frame("national", national, NATIONAL_COLUMNS)
    check_choice("series", series, tuple(SERIES))
    check_choice("method", method, METHODS)
    check_choice("population_basis", population_basis, POPULATIONS)
    check_baseline(method, baseline_years, low=1000, high=3000)  # the pair and its method
    if not isinstance(period, tuple | list) or len(period) != 2:
        raise TypeError(f"period must be a pair of years (first, last); got {period!r}")
    births_col, deaths_col = SERIES[series]
    table = national.set_index("year").sort_index()
    known = table[[births_col, deaths_col]].dropna()
    low, high = int(known.index.min()), int(known.index.max())
    first, last = check_baseline(method, baseline_years, low=low, high=high)
    pop = population(national, basis=population_basis)
    years = np.array([y for y in known.index if y in pop.index], dtype=int)
    if len(years) == 0:
        raise ValueError("national must hold rates and a population for at least one year")
    start, end = check_year_span("period", *period, low=int(years.min()), high=int(years.max()))
    missing = sorted(set(range(first, last + 1)) - set(known.index))
    if missing:
        raise ValueError(f"baseline_years must be years with {series} rates; missing {missing}")
    rates = known.loc[years]
    pop_m = pop.loc[years].to_numpy()
    cdr_base = baseline_rate(known[deaths_col], method, first, last, years)
    cbr_base = baseline_rate(known[births_col], method, first, last, years)
    return pd.DataFrame(
        {
            "year": years,
            "series": series_label(series),
            "baseline": baseline_label(method, (first, last)),
            "in_period": (years >= start) & (years <= end),
            "population_million": pop_m,
            "cdr_per_1000": rates[deaths_col].to_numpy(),
            "cdr_baseline_per_1000": cdr_base,
            "cbr_per_1000": rates[births_col].to_numpy(),
            "cbr_baseline_per_1000": cbr_base,
            "excess_deaths_million": (rates[deaths_col].to_numpy() - cdr_base) / 1000 * pop_m,
            "births_lost_million": (cbr_base - rates[births_col].to_numpy()) / 1000 * pop_m,
        }
    )


def excess_totals(by_year: pd.DataFrame) -> dict[str, float]:
    """Total excess deaths and births lost (million) over the rows ``in_period``.

    Examples
    --------
    >>> df = pd.DataFrame({"in_period": [False, True, True], "excess_deaths_million": [9, 1, 2],
    ...                    "births_lost_million": [9, 3, 4]})
    >>> excess_totals(df)
    {'excess_deaths_million': 3.0, 'births_lost_million': 7.0}
    """
    check_frame("by_year", by_year, ["in_period", "excess_deaths_million", "births_lost_million"])
    counted = by_year[by_year["in_period"].astype(bool)]
    return {
        "excess_deaths_million": float(counted["excess_deaths_million"].sum()),
        "births_lost_million": float(counted["births_lost_million"].sum()),
    }
