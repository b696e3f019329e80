"""Lesson 06's apps (in :data:`APPS`).

* :func:`excess_app`: excess deaths and births lost for a chosen series, baseline and period,
  with the baseline drawn on the chart;
* :func:`estimates_app`: the published estimates, filtered by method, period and decade.
"""

from __future__ import annotations

from collections.abc import Callable

import altair as alt
import pandas as pd

from helpers.core import data, ui
from helpers.core.i18n import t
from helpers.core.validate import check_choice
from helpers.lessons.counting_the_cost import charts, excess_deaths, published_estimates
from helpers.lessons.counting_the_cost.evidence import APP_YEARS, DEFAULT, S21


def _excess_render(national: pd.DataFrame) -> Callable[..., alt.VConcatChart]:
    """The excess app's redraw, bound to the course's ``national_series`` (loaded once)."""

    def render(series, method, first_year, second_year, period) -> alt.VConcatChart:
        check_choice("method", method, excess_deaths.METHODS)
        low, high = sorted((int(first_year), int(second_year)))
        years, used, notes = (low, high), method, []
        if method == "fixed":
            years = (int(first_year), int(first_year))
        elif low == high:
            used = "fixed"
            if method == "line":
                notes.append(
                    t("Both years are the same, so the line is flat: a one-year baseline.")
                )
        start, end = sorted(int(y) for y in period)
        if used == "line" and years[1] < start:
            notes.append(
                t(
                    "Both years of the line are before the period counted, so it carries the "
                    "{first}-{last} trend on to {end}: a short trend carried far can drive the "
                    "baseline to nonsense. Choose a second year after the famine (e.g. 1962).",
                    first=years[0],
                    last=years[1],
                    end=end,
                )
            )
        anchors = set(years) if used == "line" else set(range(years[0], years[1] + 1))
        if any(start <= y <= end for y in anchors):
            notes.append(
                t(
                    "The baseline uses years inside the period counted, so it partly measures "
                    "the famine against itself."
                )
            )
        frame = excess_deaths.excess_by_year(
            national, series=series, method=used, baseline_years=years, period=(start, end)
        )
        frame = frame[frame["year"].between(*APP_YEARS)]
        return charts.excess_chart(frame, note=" ".join(notes))

    return render


def excess_app() -> ui.App:
    """Excess deaths and births lost: choose the rates, the baseline and its years, the period."""
    first, last = APP_YEARS
    period = ui.range_slider("Years counted", tuple(S21["period"]), first, last)
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
    render = _excess_render(data.load_cached("national_series"))
    app = ui.app(render, controls, title="Excess deaths and births lost: the estimator")

    def grey_out(_change=None) -> None:
        controls["second_year"].disabled = controls["method"].value == "fixed"

    controls["method"].observe(grey_out, names="value")
    grey_out()
    return app


def estimates_app() -> ui.App:
    """The published estimates: filter by method, period and decade; sort by year or size."""
    estimates = published_estimates.tidy_estimates(data.load_cached("excess_death_estimates"))
    decades = sorted(set(estimates["decade"]) - {published_estimates.NO_YEAR})
    if published_estimates.NO_YEAR in set(estimates["decade"]):
        decades.append(published_estimates.NO_YEAR)
    # One x axis for every filter: 0 to the table's largest figure, so filters do not rescale it.
    most = float(estimates[["deaths_million", "low_million", "high_million"]].max().max())
    methods = [m for m in charts.METHOD_COLOURS if m in set(estimates["method"])]
    methods += sorted(set(estimates["method"]) - set(methods))

    def render(method: str, period: str, decade: str, sort: str) -> alt.LayerChart:
        shown = published_estimates.filter_estimates(
            estimates, method=method, period=period, decade=decade
        )
        return charts.estimates_chart(shown, sort=sort, x_max=most)

    controls = {
        "method": ui.dropdown("Method", {"all methods": "all", **{m: m for m in methods}}, "all"),
        "period": ui.toggle(
            "Period", {"all periods": "all", **{p: p for p in published_estimates.PERIODS}}, "all"
        ),
        "decade": ui.dropdown(
            "Published", {"all decades": "all", **{d: d for d in decades}}, "all"
        ),
        "sort": ui.toggle("Sort by", {"year published": "year", "size": "size"}, "year"),
    }
    return ui.app(render, controls, title="Published estimates of excess deaths: explorer")


APPS = (excess_app, estimates_app)
