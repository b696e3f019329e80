"""Lesson 05, "Counting the cost": the estimator, the estimates explorer, exercise checks.

Apps (in :data:`APPS`):

* :func:`excess_app`: excess deaths and births lost for a chosen series, baseline and period,
  with the baseline drawn on the chart;
* :func:`estimates_app`: the published estimates, filtered by method, period and decade.

Every figure comes from ``data.load`` or is computed here; the source text's own figures
(claim S21) are kept as the text gives them, in :data:`S21`.
"""

from __future__ import annotations

import math

import altair as alt
import ipywidgets as widgets
import numpy as np
import pandas as pd

from helpers import death_estimates, demography, demography_charts
from helpers.core import data, feedback, progress, ui
from helpers.core.validate import check_choice, check_year_span

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
#: Exercise 2: which baseline, over 1958-61, gives "about 23 million" fewer births?
EX2_OPTIONS = {
    "A": ("fixed", (1957, 1957)),
    "B": ("fixed", (1956, 1956)),
    "C": ("mean", (1956, 1957)),
    "D": ("mean", (1953, 1957)),
}


def estimate(
    series: str = "official",
    method: str = "mean",
    baseline_years: tuple[int, int] = (1956, 1957),
    period: tuple[int, int] = (1958, 1961),
    population_basis: str = "midyear",
) -> pd.DataFrame:
    """:func:`helpers.demography.excess_by_year` on the course's ``national_series``.

    Examples
    --------
    >>> df = estimate("official", "fixed", (1957, 1957), (1958, 1961))
    >>> round(demography.excess_totals(df)["excess_deaths_million"], 1)
    15.3
    """
    return demography.excess_by_year(
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
    return demography.excess_totals(estimate(*args, **kwargs))


def _span(years: tuple[int, int]) -> str:
    return f"{years[0]}-{str(years[1])[-2:]}"


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
        check_choice("series", s, tuple(demography.SERIES))
    rows = []
    for s in series:
        for method, years in BASELINES:
            by_year = estimate(s, method, years, periods[0])
            for start, end in periods:
                check_year_span("periods", start, end, low=1958, high=1962)
                counted = by_year[by_year["year"].between(start, end)]
                rows.append(
                    {
                        "series": demography.SERIES_LABELS[s],
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
    return _with_s21_flags(grid.assign(series=demography.SERIES_LABELS["official"]))


# ---- apps -------------------------------------------------------------------------------


def _excess_render(series, method, first_year, second_year, period) -> alt.VConcatChart:
    check_choice("method", method, demography.METHODS)
    low, high = sorted((int(first_year), int(second_year)))
    years, used, note = (low, high), method, ""
    if method == "fixed":
        years = (int(first_year), int(first_year))
    elif low == high:
        used = "fixed"
        if method == "line":
            note = " Both years are the same, so the line is flat: a one-year baseline."
    start, end = sorted(int(y) for y in period)
    anchors = set(years) if used == "line" else set(range(years[0], years[1] + 1))
    if any(start <= y <= end for y in anchors):
        note += " The baseline uses years inside the period counted, so it partly measures "
        note += "the famine against itself."
    frame = estimate(series, used, years, (start, end))
    frame = frame[frame["year"].between(*APP_YEARS)]
    return demography_charts.excess_chart(frame, note=note.strip())


def excess_app() -> ui.App:
    """Excess deaths and births lost: choose the rates, the baseline and its years, the period."""
    first, last = APP_YEARS
    period = widgets.IntRangeSlider(
        value=S21["period"],
        min=first,
        max=last,
        step=1,
        description="Years counted",
        style={"description_width": "initial"},
        layout=widgets.Layout(width="460px"),
    )
    controls = {
        "series": ui.toggle(
            "Rates",
            {"official (registered)": "official", "Banister (reconstructed)": "banister"},
            DEFAULT["series"],
        ),
        "method": ui.toggle(
            "Baseline",
            {"one year's rate": "fixed", "mean of years": "mean", "line between two years": "line"},
            DEFAULT["method"],
        ),
        "first_year": ui.slider(
            "Baseline year: first", DEFAULT["baseline_years"][0], first, last, 1
        ),
        "second_year": ui.slider(
            "Baseline year: second (mean, line)", DEFAULT["baseline_years"][1], first, last, 1
        ),
        "period": period,
    }
    app = ui.app(_excess_render, controls, title="Excess deaths and births lost: the estimator")

    def grey_out(_change=None) -> None:
        controls["second_year"].disabled = controls["method"].value == "fixed"

    controls["method"].observe(grey_out, names="value")
    grey_out()
    return app


def estimates_app() -> ui.App:
    """The published estimates: filter by method, period and decade; sort by year or size."""
    estimates = death_estimates.tidy_estimates(data.load_cached("excess_death_estimates"))
    decades = sorted(set(estimates["decade"]) - {death_estimates.NO_YEAR})
    if death_estimates.NO_YEAR in set(estimates["decade"]):
        decades.append(death_estimates.NO_YEAR)
    methods = [m for m in demography_charts.METHOD_COLOURS if m in set(estimates["method"])]
    methods += sorted(set(estimates["method"]) - set(methods))

    def render(method: str, period: str, decade: str, sort: str) -> alt.LayerChart:
        shown = death_estimates.filter_estimates(
            estimates, method=method, period=period, decade=decade
        )
        return demography_charts.estimates_chart(shown, sort=sort)

    controls = {
        "method": ui.dropdown("Method", {"all methods": "all", **{m: m for m in methods}}, "all"),
        "period": ui.dropdown(
            "Period", {"all periods": "all", **{p: p for p in death_estimates.PERIODS}}, "all"
        ),
        "decade": ui.dropdown(
            "Published", {"all decades": "all", **{d: d for d in decades}}, "all"
        ),
        "sort": ui.toggle("Sort by", {"year published": "year", "size": "size"}, "year"),
    }
    return ui.app(render, controls, title="Published estimates of excess deaths: explorer")


APPS = (excess_app, estimates_app)


# ---- static figures -----------------------------------------------------------------------


def sensitivity_figure(measure: str = "excess_deaths_million") -> alt.LayerChart:
    """Totals over 1958-61 for every baseline in :data:`BASELINES`, both series."""
    check_choice("measure", measure, ("excess_deaths_million", "births_lost_million"))
    grid = baseline_grid(periods=(S21["period"],))
    key = (
        "deaths_more_than_million" if measure == "excess_deaths_million" else "births_about_million"
    )
    words = "more than" if key.startswith("deaths") else "about"
    return demography_charts.sensitivity_chart(
        grid,
        measure=measure,
        reference=S21[key],
        reference_label=f"text: {words} {S21[key]} M [S21]",
    )


# ---- exercise checks ---------------------------------------------------------------------


def _is_number(answer: object) -> bool:
    return (
        not isinstance(answer, bool)
        and isinstance(answer, int | float | np.integer | np.floating)
        and math.isfinite(answer)
    )


def ex_1_expected() -> float:
    """Exercise 1: excess deaths 1958-61, official rates, the 1957 rate as baseline."""
    return totals("official", "fixed", (1957, 1957), S21["period"])["excess_deaths_million"]


@progress.tracked
def ex_1(answer: object) -> feedback.Feedback:
    """Exercise 1: excess deaths 1958-61 (million) against the 1957 official death rate."""
    expected = ex_1_expected()
    by_year = estimate("official", "fixed", (1957, 1957), S21["period"])
    counted = by_year[by_year["in_period"]]
    rate_sum = float((counted["cdr_per_1000"] - counted["cdr_baseline_per_1000"]).sum())
    return feedback.check_number(
        answer,
        expected,
        rel=0.005,
        hint="for each year 1958-61, (death rate - 1957 rate) / 1000 x mid-year population "
        "(million); then add the four years.",
        explain=(
            f"{expected:.1f} million: {expected - S21['deaths_more_than_million']:.1f} million "
            "more than the text's 'more than 14 million' [S21], because the 1957 rate was the "
            "lowest of the 1950s, so it is a demanding baseline."
        ),
        wrong={
            expected * 1000: "rates are per 1,000: divide by 1,000 (and keep the population in "
            "millions).",
            rate_sum: "that adds up the rates per 1,000; multiply each year's excess rate by "
            "that year's population.",
            totals("official", "fixed", (1957, 1957), (1959, 1961))["excess_deaths_million"]: (
                "that counts 1959-61 only; the text's period starts in 1958."
            ),
            totals("official", "fixed", (1957, 1957), S21["period"])["births_lost_million"]: (
                "that is the births lost; the question asks for deaths."
            ),
        },
    )


def ex_2_values() -> dict[str, float]:
    """Births lost 1958-61 (million, official rates) for each option of exercise 2."""
    return {
        k: totals("official", m, y, S21["period"])["births_lost_million"]
        for k, (m, y) in EX2_OPTIONS.items()
    }


def ex_2_expected() -> str:
    """The option of exercise 2 whose births lost is closest to the text's figure."""
    values = ex_2_values()
    return min(values, key=lambda k: abs(values[k] - S21["births_about_million"]))


@progress.tracked
def ex_2(answer: object) -> feedback.Feedback:
    """Exercise 2: which baseline gives "about 23 million" fewer births over 1958-61?"""
    values = ex_2_values()
    right = ex_2_expected()

    def text(k: str) -> str:
        method, years = EX2_OPTIONS[k]
        return f"{demography.baseline_label(method, years)} gives {values[k]:.1f} million"

    return feedback.check_choice(
        answer,
        right,
        hint="compute lesson05.totals('official', method, years)['births_lost_million'] for "
        "each option and compare with 23.",
        explain=f"{text(right)}. The deaths from the same baseline are "
        f"{totals('official', *EX2_OPTIONS[right])['excess_deaths_million']:.1f} million, "
        "not 'more than 14': one simple baseline does not give both of the text's figures.",
        wrong={k: f"{text(k)}, not about 23." for k in EX2_OPTIONS if k != right},
    )


def ex_3_expected() -> float:
    """Exercise 3: Banister's excess deaths minus the official ones, default baseline."""
    args = (DEFAULT["method"], DEFAULT["baseline_years"], S21["period"])
    return (
        totals("banister", *args)["excess_deaths_million"]
        - totals("official", *args)["excess_deaths_million"]
    )


@progress.tracked
def ex_3(answer: object) -> feedback.Feedback:
    """Exercise 3: how many more excess deaths (million) do the reconstructed rates give?"""
    args = (DEFAULT["method"], DEFAULT["baseline_years"], S21["period"])
    banister = totals("banister", *args)["excess_deaths_million"]
    official = totals("official", *args)["excess_deaths_million"]
    expected = banister - official
    return feedback.check_number(
        answer,
        expected,
        rel=0.01,
        hint="compute lesson05.totals(series, 'mean', (1956, 1957)) for both series and "
        "subtract the official deaths from Banister's.",
        explain=(
            f"{expected:.1f} million more: {banister:.1f} against {official:.1f} million, with "
            "the same baseline method, years and period. The difference is what "
            "under-registration hides."
        ),
        wrong={
            banister: "that is Banister's total; subtract the official one.",
            banister / official: "that is the ratio; the question asks for the difference in "
            "millions.",
            -expected: "the other way round: Banister's rates give more deaths, not fewer.",
        },
    )


EX4_KEYS = ("series", "method", "baseline_years", "period", "excess_deaths_million", "why")


def ex_4_problems(answer: object) -> list[str]:
    """Why an exercise 4 answer is not (yet) a consistent, defensible baseline; [] if it is."""
    if not isinstance(answer, dict):
        return ["answer must be a dict with the keys " + ", ".join(EX4_KEYS)]
    missing = [k for k in EX4_KEYS if k not in answer or answer[k] is ...]
    if missing:
        return [f"fill in {', '.join(missing)}"]
    series, method = answer["series"], answer["method"]
    if series not in demography.SERIES:
        return [f"series must be one of {list(demography.SERIES)}"]
    if method not in demography.METHODS:
        return [f"method must be one of {list(demography.METHODS)}"]
    years, period = answer["baseline_years"], answer["period"]
    if isinstance(years, int) and not isinstance(years, bool):
        years = (years, years)
    pairs = [years, period]
    if not all(isinstance(p, tuple | list) and len(p) == 2 for p in pairs) or not all(
        isinstance(y, int) and not isinstance(y, bool) for p in pairs for y in p
    ):
        return ["baseline_years and period must be pairs of whole years, e.g. (1956, 1957)"]
    (first, last), (start, end) = sorted(years), sorted(period)
    problems = []
    if not (start in (1958, 1959) and end in (1961, 1962)):
        problems.append(
            "the period should start in 1958 or 1959 and end in 1961 or 1962 (the spans the "
            "published estimates use)"
        )
    if method in ("fixed", "mean") and last >= start:
        problems.append(f"a {method} baseline should use years before the period ({start})")
    if method == "fixed" and first != last:
        problems.append("a fixed baseline is one year: give it twice, e.g. (1957, 1957)")
    if method == "line" and not (first < start and last > end):
        problems.append(f"a line should run from a year before {start} to a year after {end}")
    words = answer["why"].split() if isinstance(answer["why"], str) else []
    if len(words) < 8:
        problems.append("'why' should defend the choice in a sentence or two (8 words or more)")
    if not _is_number(answer["excess_deaths_million"]):
        problems.append("excess_deaths_million must be a number (million)")
    return problems


@progress.tracked
def ex_4(answer: object) -> feedback.Feedback:
    """Exercise 4: choose and defend a baseline; the total must match the estimator."""
    hint = (
        "set each key of the dict; compute the total with lesson05.totals(series, method, "
        "baseline_years, period)['excess_deaths_million']."
    )
    if answer is ... or (isinstance(answer, dict) and all(v is ... for v in answer.values())):
        return feedback.not_attempted(hint)
    problems = ex_4_problems(answer)
    if problems:
        return feedback.Feedback(False, "; ".join(problems) + ". Hint: " + hint)
    years = answer["baseline_years"]
    years = (years, years) if isinstance(years, int) else tuple(sorted(years))
    period = tuple(sorted(answer["period"]))
    try:
        got = totals(answer["series"], answer["method"], years, period)
    except (TypeError, ValueError) as exc:
        return feedback.Feedback(False, f"the estimator refused this choice: {exc}")
    expected = got["excess_deaths_million"]
    given = float(answer["excess_deaths_million"])
    if not math.isclose(given, expected, rel_tol=0.01, abs_tol=0.05):
        return feedback.Feedback(
            False,
            f"your choice is defensible, but it gives {expected:.1f} million, not {given:g}. "
            f"Check the series, years and period you used. Hint: {hint}",
        )
    published = death_estimates.tidy_estimates(data.load_cached("excess_death_estimates"))
    national = published[published["area"] == "China"]
    low = float(national["deaths_million"].fillna(national["low_million"]).min())
    high = float(national["high_million"].fillna(national["deaths_million"]).max())
    label = demography.baseline_label(answer["method"], years)
    return feedback.Feedback(
        True,
        f"{demography.SERIES_LABELS[answer['series']]}, {label}, {_span(period)}: "
        f"{expected:.1f} million excess deaths and {got['births_lost_million']:.1f} million "
        f"births lost. The published national estimates in the table run from {low:g} to "
        f"{high:g} million. Compare your defence with a classmate's: what would change your mind?",
    )
