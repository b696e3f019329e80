"""Lesson 07's apps (in :data:`APPS`): each wires controls to a model and a chart.

* :func:`map_app`: the provinces by year (1956-1966) and measure (registered death rate,
  excess deaths per 1,000 over a chosen baseline, the prefectures' CSSI);
* :func:`regression_app`: Meng, Qian & Yared's regression by grain series, sample, famine
  years, controls;
* :func:`county_app`: the county death rates within each province, by year.
"""

from __future__ import annotations

import functools
import math

import altair as alt

from helpers.core import ui
from helpers.core.i18n import N_, t
from helpers.core.validate import check_choice
from helpers.lessons.provinces import charts, counties, geography, procurement

#: The map's baselines for the excess measure (label -> method, years).
BASELINES = {
    "mean of 1956-57": ("mean", (1956, 1957)),
    "1957's rate": ("fixed", (1957, 1957)),
    "line 1957 to 1963": ("line", (1957, 1963)),
    "mean of 1955-57": ("mean", (1955, 1957)),
}
MEASURE_CHOICES = {
    "registered death rate": "death_rate",
    "excess deaths per 1,000": "excess",
    "cohort shrinkage (CSSI)": "cssi",
}
#: The grain series the regression app offers (label -> argument of mqy_regression).
GRAIN_CHOICES = {"MQY's constructed": "constructed", "official": "official"}
#: Famine years of death the regression app offers (label -> first, last).
FAMINE_SPANS = {
    "1959-61": (1959, 1961),
    "1960 only": (1960, 1960),
    "1959-60": (1959, 1960),
    "1960-61": (1960, 1961),
    "1958-62": (1958, 1962),
}


#: The baselines in a caption ("against ..."), translated where shown.
BASELINE_WORDS = {
    "mean of 1956-57": N_("the mean rate of 1956-57"),
    "1957's rate": N_("the rate of 1957"),
    "line 1957 to 1963": N_("a line from 1957 to 1963"),
    "mean of 1955-57": N_("the mean rate of 1955-57"),
}


@functools.cache
def colour_domain(measure: str) -> tuple[float, float]:
    """One colour domain per measure over every map year (and, for excess, every baseline),
    so a colour means the same figure whatever the year: 0 (or the lowest) to the highest."""
    values = []
    first, last = geography.MAP_YEARS
    for method, years in BASELINES.values() if measure == "excess" else [("mean", (1956, 1957))]:
        for year in range(first, last + 1) if measure != "cssi" else [first]:
            frame = geography.map_frame(year, measure, method=method, baseline_years=years)
            values.extend(frame["value"].dropna().tolist())
    low = float(min(0.0, math.floor(min(values))))
    return low, float(math.ceil(max(values)))


def map_app() -> ui.App:
    """The provinces coloured by a measure in a year; the baseline for the excess measure.

    The colour scale is fixed for each measure across years. A control that does not apply
    says so in the title and caption: the Baseline unless the measure is excess, the Year
    when it is the CSSI (one figure for the cohorts of 1959-61)."""
    topology = geography.boundaries()

    def render(year: int, measure: str, baseline: str) -> alt.LayerChart:
        check_choice("baseline", baseline, tuple(BASELINES))
        method, years = BASELINES[baseline]
        frame = geography.map_frame(year, measure, method=method, baseline_years=years)
        words = t(BASELINE_WORDS[baseline])
        if measure == "cssi":
            when = " " + t(
                "(birth cohorts 1959-61 against 1950-57: one figure, so the Year slider, "
                "at {year}, does not apply)",
                year=year,
            )
        elif measure == "excess":
            when = ", " + t("{year}, against {baseline}", year=year, baseline=words)
        else:
            when = ", " + t(
                "{year} (the baseline, {baseline}, applies to the excess only)",
                year=year,
                baseline=words,
            )
        return charts.map_chart(frame, topology, when=when, domain=colour_domain(measure))

    first, last = geography.MAP_YEARS
    controls = {
        "year": ui.slider("Year", 1960, first, last, 1),
        "measure": ui.toggle("Measure", MEASURE_CHOICES, "death_rate"),
        "baseline": ui.toggle("Baseline (excess only)", list(BASELINES), "mean of 1956-57"),
    }

    return ui.app(render, controls, title="Where the famine struck: provinces by year")


def regression_app() -> ui.App:
    """MQY's regression: the two grain coefficients, in a chart and in words."""

    def render(
        grain: str, sample: str, famine_years: tuple[int, int], controls: bool
    ) -> alt.LayerChart:
        table = procurement.mqy_regression(sample, famine_years, controls, grain)
        sentence = procurement.sentence(table, famine_years, controls)
        setting = procurement.setting_words(sample, famine_years, controls, grain)
        return charts.coefficient_chart(table, sentence, setting=setting)

    controls = {
        "grain": ui.toggle("Grain series", GRAIN_CHOICES, "constructed"),
        "sample": ui.toggle("Provinces", {"main sample (19)": "main", "all 23": "all"}, "main"),
        "famine_years": ui.toggle("Famine years (deaths)", FAMINE_SPANS, (1959, 1961)),
        "controls": ui.toggle("Population controls", {"on": True, "off": False}, True),
    }
    return ui.app(
        render, controls, title="Grain and deaths: did the relation change in the famine?"
    )


def county_app() -> ui.App:
    """County death rates within each province in a year: one province, or all 13."""
    codes = counties.panel_provinces()
    names = counties.county_rates(1960).drop_duplicates("gb_code")
    choices = {"all 13 provinces": codes} | {
        r.name_english: (r.gb_code,) for r in names.itertuples()
    }

    first, last = counties.YEARS
    x_max = (
        math.ceil(
            max(counties.county_rates(y)["cdr_per_1000"].max() for y in range(first, last + 1)) / 10
        )
        * 10
    )  # one axis for every year and province

    def render(year: int, provinces: tuple[str, ...]) -> alt.LayerChart:
        rates = counties.county_rates(year, provinces)
        spread = counties.county_spread(year, provinces)
        return charts.county_chart(rates, spread, x_max=x_max)

    first, last = counties.YEARS
    controls = {
        "year": ui.slider("Year", 1960, first, last, 1),
        "provinces": ui.dropdown("Provinces", choices, codes),
    }
    return ui.app(render, controls, title="Counties within provinces")


APPS = (map_app, regression_app, county_app)
