"""Bad-input cases for lesson 06's helpers (merged by tests/course/test_bad_input.py)."""

from __future__ import annotations

import pandas as pd

from helpers.core import data
from helpers.lessons.counting_the_cost import charts as demography_charts
from helpers.lessons.counting_the_cost import evidence, figures, readouts
from helpers.lessons.counting_the_cost import excess_deaths as demography
from helpers.lessons.counting_the_cost import published_estimates as death_estimates

EMPTY = pd.DataFrame()


def _national() -> pd.DataFrame:
    return data.load("national_series")


def _estimates() -> pd.DataFrame:
    return death_estimates.tidy_estimates(data.load("excess_death_estimates"))


BAD = {
    "lessons.counting_the_cost.excess_deaths.series_label": [
        (lambda: demography.series_label("census"), ValueError, "series must be one of")
    ],
    "lessons.counting_the_cost.readouts.gap_table": [
        (lambda: readouts.gap_table((1963, 1958)), ValueError, "start must not be after"),
    ],
    "shared.vital_rates.population": [
        (lambda: demography.population(EMPTY), ValueError, "national must have columns"),
        (
            lambda: demography.population(_national(), basis="census"),
            ValueError,
            "basis must be one of",
        ),
    ],
    "shared.baselines.baseline_label": [
        (
            lambda: demography.baseline_label("trend", (1956, 1957)),
            ValueError,
            "method must be one of",
        ),
        (
            lambda: demography.baseline_label("mean", (1957, 1956)),
            ValueError,
            "baseline_years start must not be after its end",
        ),
    ],
    "lessons.counting_the_cost.excess_deaths.excess_by_year": [
        (lambda: demography.excess_by_year("x"), TypeError, "national must be a pandas DataFrame"),
        (
            lambda: demography.excess_by_year(_national(), series="census"),
            ValueError,
            "series must be one of",
        ),
        (
            lambda: demography.excess_by_year(_national(), method="trend"),
            ValueError,
            "method must be one of",
        ),
        (
            lambda: demography.excess_by_year(_national(), baseline_years=1957),
            TypeError,
            "baseline_years must be a pair of years",
        ),
        (
            lambda: demography.excess_by_year(_national(), period=(1958, 1961, 1962)),
            TypeError,
            "period must be a pair of years",
        ),
        (
            lambda: demography.excess_by_year(
                _national(), method="fixed", baseline_years=(1956, 1957)
            ),
            ValueError,
            "baseline_years must be one year twice for method 'fixed'",
        ),
        (
            lambda: demography.excess_by_year(
                _national(), method="line", baseline_years=(1957, 1957)
            ),
            ValueError,
            "baseline_years must be two different years for method 'line'",
        ),
        (
            lambda: demography.excess_by_year(
                _national(), series="banister", baseline_years=(1950, 1957)
            ),
            ValueError,
            "baseline_years start must be a whole number from 1953 to 1966",
        ),
        (
            lambda: demography.excess_by_year(_national(), period=(1961, 1958)),
            ValueError,
            "period start must not be after its end",
        ),
        (
            lambda: demography.excess_by_year(_national(), period=(1958, 1970)),
            ValueError,
            "period end must be a whole number from 1950 to 1966",
        ),
        (
            lambda: demography.excess_by_year(_national(), population_basis="census"),
            ValueError,
            "population_basis must be one of",
        ),
    ],
    "lessons.counting_the_cost.excess_deaths.excess_totals": [
        (lambda: demography.excess_totals(EMPTY), ValueError, "by_year must have columns")
    ],
    "lessons.counting_the_cost.published_estimates.short_author": [
        (lambda: death_estimates.short_author(""), ValueError, "author must be a non-empty string")
    ],
    "lessons.counting_the_cost.published_estimates.period_spans": [
        (lambda: death_estimates.period_spans(1958), TypeError, "period must be a string")
    ],
    "lessons.counting_the_cost.published_estimates.decade_of": [
        (lambda: death_estimates.decade_of("1984"), TypeError, "year must be a whole number"),
        (lambda: death_estimates.decade_of(1984.5), ValueError, "year must be a whole number"),
    ],
    "lessons.counting_the_cost.published_estimates.tidy_estimates": [
        (lambda: death_estimates.tidy_estimates(EMPTY), ValueError, "table must have columns")
    ],
    "lessons.counting_the_cost.published_estimates.filter_estimates": [
        (
            lambda: death_estimates.filter_estimates(EMPTY),
            ValueError,
            "estimates must have columns",
        ),
        (
            lambda: death_estimates.filter_estimates(_estimates(), method="guess"),
            ValueError,
            "method must be one of",
        ),
        (
            lambda: death_estimates.filter_estimates(_estimates(), period="1950-52"),
            ValueError,
            "period must be one of",
        ),
        (
            lambda: death_estimates.filter_estimates(_estimates(), decade="1970s"),
            ValueError,
            "decade must be one of",
        ),
    ],
    "lessons.counting_the_cost.charts.excess_chart": [
        (lambda: demography_charts.excess_chart(EMPTY), ValueError, "by_year must have columns"),
        (
            lambda: demography_charts.excess_chart(evidence.estimate(), note=3),
            TypeError,
            "note must be a string",
        ),
        (
            lambda: demography_charts.excess_chart(evidence.estimate().assign(in_period=False)),
            ValueError,
            "by_year must include at least one row in the period",
        ),
    ],
    "lessons.counting_the_cost.charts.sensitivity_chart": [
        (lambda: demography_charts.sensitivity_chart(EMPTY), ValueError, "grid must have columns"),
        (
            lambda: demography_charts.sensitivity_chart(evidence.baseline_grid(), measure="x"),
            ValueError,
            "measure must be one of",
        ),
        (
            lambda: demography_charts.sensitivity_chart(evidence.baseline_grid(), reference=-1),
            ValueError,
            "reference must be a number of at least 0",
        ),
    ],
    "lessons.counting_the_cost.charts.estimates_chart": [
        (lambda: demography_charts.estimates_chart("x"), TypeError, "estimates must be a pandas"),
        (
            lambda: demography_charts.estimates_chart(EMPTY),
            ValueError,
            "estimates must have columns",
        ),
        (
            lambda: demography_charts.estimates_chart(_estimates(), sort="author"),
            ValueError,
            "sort must be one of",
        ),
    ],
    "lessons.counting_the_cost.evidence.estimate": [
        (lambda: evidence.estimate("census"), ValueError, "series must be one of"),
        (lambda: evidence.estimate(period=(1940, 1961)), ValueError, "period start must be"),
    ],
    "lessons.counting_the_cost.evidence.totals": [
        (lambda: evidence.totals(method="trend"), ValueError, "method must be one of")
    ],
    "lessons.counting_the_cost.evidence.baseline_grid": [
        (lambda: evidence.baseline_grid(("census",)), ValueError, "series must be one of"),
        (
            lambda: evidence.baseline_grid(periods=((1958, 1961), (1950, 1955))),
            ValueError,
            "periods start must be a whole number from 1958 to 1962",
        ),
    ],
    "lessons.counting_the_cost.evidence.s21_search": [
        (lambda: evidence.s21_search(1940), ValueError, "first_year start must be a whole number")
    ],
    "lessons.counting_the_cost.evidence.population_gap": [
        (lambda: evidence.population_gap((1949, 1960)), ValueError, "years start must be"),
        (lambda: evidence.population_gap((1961, 1958)), ValueError, "years"),
    ],
    "lessons.counting_the_cost.published_estimates.national_range": [
        (lambda: death_estimates.national_range(EMPTY), ValueError, "estimates must have columns"),
        (
            lambda: death_estimates.national_range(_estimates().query("area != 'China'")),
            ValueError,
            "at least one independent national estimate",
        ),
    ],
    "lessons.counting_the_cost.figures.sensitivity_figure": [
        (lambda: figures.sensitivity_figure("deaths"), ValueError, "measure must be one of")
    ],
}

EXEMPT = {
    "lessons.counting_the_cost.quizzes.defend_baseline": "takes no arguments",
    "lessons.counting_the_cost.quizzes.quiz_adopted": "takes no arguments",
    "lessons.counting_the_cost.quizzes.quiz_baseline_years": "takes no arguments",
    "lessons.counting_the_cost.quizzes.quiz_excess": "takes no arguments",
    "lessons.counting_the_cost.quizzes.quiz_reconstructed": "takes no arguments",
    "lessons.counting_the_cost.quizzes.quiz_reproducing": "takes no arguments",
    "lessons.counting_the_cost.readouts.baseline_steps": "takes no arguments",
    "lessons.counting_the_cost.readouts.estimates_table": "takes no arguments",
    "lessons.counting_the_cost.readouts.period_table": "takes no arguments",
    "lessons.counting_the_cost.readouts.rates_table": "takes no arguments",
    "lessons.counting_the_cost.readouts.s21_baselines": "takes no arguments",
    "lessons.counting_the_cost.readouts.s21_search_result": "takes no arguments",
    "lessons.counting_the_cost.readouts.series_table": "takes no arguments",
    "lessons.counting_the_cost.readouts.worked_example": "takes no arguments",
    "lessons.counting_the_cost.exercises.ex_1_expected": "takes no arguments",
    "lessons.counting_the_cost.exercises.ex_2_values": "takes no arguments",
    "lessons.counting_the_cost.exercises.ex_2_expected": "takes no arguments",
    "lessons.counting_the_cost.exercises.ex_3_expected": "takes no arguments",
    "lessons.counting_the_cost.exercises.ex_4_problems": "its contract is to answer any input with a list of problems",
}
