"""Lesson 06's estimator on the course data, and the source text's own figures.

Every figure comes from ``data.load`` or is computed here; the source text's own figures
(claim S21) are kept as the text gives them, in :data:`S21`.
"""

from __future__ import annotations

import pandas as pd

from helpers.core import data
from helpers.core.i18n import t
from helpers.core.validate import check_choice, check_year_span
from helpers.lessons.counting_the_cost import excess_deaths

#: Claim S21 of the source text: "more than 14 million" deaths and "about 23 million" fewer
#: births, 1958-61 (source-text/README.md). Read here as 14 <= deaths < 15 and 22.5 <= births
#: < 23.5 million (a writer with 15.3 million would have said "more than 15 million").
S21 = {"deaths_more_than_million": 14, "births_about_million": 23, "period": (1958, 1961)}


#: Years both series cover (Banister's rates start in 1953): the range of the app's sliders.
APP_YEARS = (1953, 1966)


#: The default of the estimator: official rates, mean of 1956-57, the text's period.
DEFAULT = {"series": "official", "method": "mean", "baseline_years": (1956, 1957)}


#: Simple baselines compared in the lesson (method, (first, last)).
BASELINES = (
    ("fixed", (1956, 1956)),
    ("fixed", (1957, 1957)),
    ("mean", (1953, 1957)),
    ("mean", (1955, 1957)),
    ("mean", (1956, 1957)),
    ("line", (1957, 1962)),
    ("line", (1957, 1964)),
    ("line", (1955, 1965)),
)


PERIODS = ((1958, 1961), (1959, 1961), (1958, 1962))


def estimate(
    series: str = "official",
    method: str = "mean",
    baseline_years: tuple[int, int] = (1956, 1957),
    period: tuple[int, int] = (1958, 1961),
    population_basis: str = "midyear",
) -> pd.DataFrame:
    """:func:`helpers.lessons.counting_the_cost.excess_deaths.excess_by_year` on the course's ``national_series``.

    Examples
    --------
    >>> df = estimate("official", "fixed", (1957, 1957), (1958, 1961))
    >>> round(excess_deaths.excess_totals(df)["excess_deaths_million"], 1)
    15.3
    """
    return excess_deaths.excess_by_year(
        data.load_cached("national_series"),
        series=series,
        method=method,
        baseline_years=tuple(baseline_years),
        period=tuple(period),
        population_basis=population_basis,
    )


def totals(*args, **kwargs) -> dict[str, float]:
    """Total excess deaths and births lost (million) for :func:`estimate`'s arguments.

    Examples
    --------
    >>> round(totals("official", "fixed", (1956, 1956))["births_lost_million"], 1)
    23.0
    """
    return excess_deaths.excess_totals(estimate(*args, **kwargs))


def _span(years: tuple[int, int]) -> str:
    """A span of years as ``1958-61`` (in the current language: Kazakh writes an en dash)."""
    return t("{first}-{last}", first=years[0], last=str(years[1])[-2:])


def baseline_grid(
    series: tuple[str, ...] = ("official", "banister"),
    periods: tuple[tuple[int, int], ...] = PERIODS,
) -> pd.DataFrame:
    """Totals for every baseline in :data:`BASELINES`, for each series and period.

    Returns columns ``series``, ``method``, ``baseline_years``, ``baseline``, ``period``,
    ``excess_deaths_million``, ``births_lost_million``, ``s21_deaths_match`` (14 <= deaths
    < 15) and ``s21_births_match`` (22.5 <= births < 23.5).

    Examples
    --------
    >>> g = baseline_grid(("official",), ((1958, 1961),))
    >>> g.loc[g["s21_births_match"], "baseline"].tolist()
    ['the 1956 rate']
    """
    for s in series:
        check_choice("series", s, tuple(excess_deaths.SERIES))
    rows = []
    for s in series:
        for method, years in BASELINES:
            by_year = estimate(s, method, years, periods[0])
            for start, end in periods:
                check_year_span("periods", start, end, low=1958, high=1962)
                counted = by_year[by_year["year"].between(start, end)]
                rows.append(
                    {
                        "series": excess_deaths.series_label(s),
                        "method": method,
                        "baseline_years": years,
                        "baseline": by_year["baseline"].iloc[0],
                        "period": _span((start, end)),
                        "excess_deaths_million": float(counted["excess_deaths_million"].sum()),
                        "births_lost_million": float(counted["births_lost_million"].sum()),
                    }
                )
    return _with_s21_flags(pd.DataFrame(rows))


def _with_s21_flags(grid: pd.DataFrame) -> pd.DataFrame:
    deaths, births = S21["deaths_more_than_million"], S21["births_about_million"]
    return grid.assign(
        s21_deaths_match=grid["excess_deaths_million"].between(deaths, deaths + 1, "left"),
        s21_births_match=grid["births_lost_million"].between(births - 0.5, births + 0.5, "left"),
    )


def s21_search(first_year: int = 1950) -> pd.DataFrame:
    """Every simple baseline on the official rates, for six periods: which match S21?

    Baselines: one year's rate (``first_year``-1957), the mean of any span of those years,
    and a line from any of them to any year 1962-66. Periods: start 1958 or 1959, end
    1960, 1961 or 1962. Columns as :func:`baseline_grid`.

    Examples
    --------
    >>> found = s21_search()
    >>> len(found), int((found["s21_deaths_match"] & found["s21_births_match"]).sum())
    (456, 1)
    """
    check_year_span("first_year", first_year, 1957, low=1950, high=1957)
    choices = [("fixed", (a, a)) for a in range(first_year, 1958)]
    choices += [("mean", (a, b)) for a in range(first_year, 1958) for b in range(a + 1, 1958)]
    choices += [("line", (a, b)) for a in range(first_year, 1958) for b in range(1962, 1967)]
    periods = [(a, b) for a in (1958, 1959) for b in (1960, 1961, 1962)]
    rows = []
    for method, years in choices:
        by_year = estimate("official", method, years, (1958, 1961)).set_index("year")
        deaths = by_year["excess_deaths_million"].cumsum()
        births = by_year["births_lost_million"].cumsum()
        for start, end in periods:
            rows.append(
                (
                    method,
                    years,
                    by_year["baseline"].iloc[0],
                    _span((start, end)),
                    float(deaths[end] - deaths[start - 1]),
                    float(births[end] - births[start - 1]),
                )
            )
    grid = pd.DataFrame(
        rows,
        columns=[
            "method",
            "baseline_years",
            "baseline",
            "period",
            "excess_deaths_million",
            "births_lost_million",
        ],
    )
    return _with_s21_flags(grid.assign(series=excess_deaths.series_label("official")))


def population_gap(years: tuple[int, int] = (1958, 1962)) -> pd.DataFrame:
    """The fall in the official population against the registered natural increase, by year.

    If every birth and death were registered (and few people left the country), the year-end
    total would change by the registered births minus deaths. Where it falls by more, deaths
    (or births) went unregistered, or the registers were corrected.

    Returns columns ``year``, ``population_change_million`` (year-end total minus the year
    before), ``natural_increase_million`` ((CBR - CDR) / 1000 x mid-year population) and
    ``gap_million`` (the change minus the natural increase).

    Examples
    --------
    >>> gap = population_gap((1960, 1960)).iloc[0]
    >>> round(float(gap["population_change_million"]), 1), round(float(gap["natural_increase_million"]), 2)
    (-10.0, -3.05)
    """
    ns = data.load_cached("national_series").set_index("year")
    first, last = check_year_span(
        "years", *years, low=int(ns.index.min()) + 1, high=int(ns.index.max())
    )
    mid = excess_deaths.population(data.load_cached("national_series"))
    span = list(range(first, last + 1))
    total = ns["population_yearend_million"]
    change = (total - total.shift(1)).loc[span]
    rates = ns.loc[span, "cbr_official_per_1000"] - ns.loc[span, "cdr_official_per_1000"]
    natural = rates / 1000 * mid.loc[span]
    return pd.DataFrame(
        {
            "year": span,
            "population_change_million": change.to_numpy(),
            "natural_increase_million": natural.to_numpy(),
            "gap_million": (change - natural).to_numpy(),
        }
    )
