"""Bad-input cases for lesson 07's helpers (merged by tests/course/test_bad_input.py)."""

from __future__ import annotations

import pandas as pd

from helpers.lessons.provinces import (
    apps,
    charts,
    counties,
    evidence,
    geography,
    procurement,
    readouts,
)

EMPTY = pd.DataFrame()

BAD = {
    "lessons.provinces.charts.lines": [(lambda: charts.lines(None), TypeError, "text must be")],
    "lessons.provinces.charts.flat": [(lambda: charts.flat(3), TypeError, "text must be")],
    "lessons.provinces.procurement.span_words": [
        (lambda: procurement.span_words(1961, 1959), ValueError, "last must be"),
        (lambda: procurement.span_words("1959", 1961), TypeError, "first must be"),
    ],
    "lessons.provinces.procurement.mqy_regression": [
        (lambda: procurement.mqy_regression("north"), ValueError, "sample must be one of"),
        (
            lambda: procurement.mqy_regression(famine_years=(1961, 1959)),
            ValueError,
            "famine_years start must not be after its end",
        ),
        (
            lambda: procurement.mqy_regression(famine_years=(1950, 1961)),
            ValueError,
            "famine_years start must be a whole number from 1954 to 1983",
        ),
        (
            lambda: procurement.mqy_regression(famine_years=1960),
            TypeError,
            "famine_years must be a pair of years of death",
        ),
        (lambda: procurement.mqy_regression(controls="yes"), TypeError, "controls must be True"),
    ],
    "lessons.provinces.procurement.check_arguments": [
        (lambda: procurement.check_arguments("x", (1959, 1961), True), ValueError, "sample"),
    ],
    "lessons.provinces.procurement.design": [
        (
            lambda: procurement.design(EMPTY, "main", (1959, 1961), True),
            KeyError,
            "in_main_sample",
        ),
    ],
    "lessons.provinces.procurement.t_critical": [
        (lambda: procurement.t_critical(0), ValueError, "df must be a whole number"),
        (lambda: procurement.t_critical(5, 1.5), ValueError, "level must be a number"),
    ],
    "lessons.provinces.procurement.percent_change": [
        (lambda: procurement.percent_change("a"), TypeError, "elasticity must be"),
        (lambda: procurement.percent_change(0.1, -100), ValueError, "grain_percent must be"),
    ],
    "lessons.provinces.procurement.setting_words": [
        (lambda: procurement.setting_words("x", (1959, 1961), True), ValueError, "sample"),
    ],
    "lessons.provinces.procurement.sentence": [
        (lambda: procurement.sentence(EMPTY, (1961, 1959), True), ValueError, "famine_years"),
    ],
    "lessons.provinces.geography.excess_by_province": [
        (lambda: geography.excess_by_province(1950), ValueError, "year must be a whole number"),
        (lambda: geography.excess_by_province(1960, method="trend"), ValueError, "method"),
        (
            lambda: geography.excess_by_province(1960, method="fixed"),
            ValueError,
            "baseline_years must be one year twice",
        ),
    ],
    "lessons.provinces.geography.map_frame": [
        (lambda: geography.map_frame(1955), ValueError, "year must be a whole number from 1956"),
        (lambda: geography.map_frame(1960, "deaths"), ValueError, "measure must be one of"),
    ],
    "lessons.provinces.geography.cssi_by_province": [
        (lambda: geography.cssi_by_province("post"), ValueError, "kind must be one of"),
    ],
    "lessons.provinces.geography.rates_by_source": [
        (lambda: geography.rates_by_source(1900), ValueError, "year must be a whole number"),
    ],
    "lessons.provinces.counties.county_rates": [
        (lambda: counties.county_rates(1970), ValueError, "year must be a whole number"),
        (lambda: counties.county_rates(1960, "41"), TypeError, "provinces must be a tuple"),
        (lambda: counties.county_rates(1960, ("34",)), ValueError, "provinces must be one or more"),
    ],
    "lessons.provinces.counties.county_spread": [
        (lambda: counties.county_spread(1953), ValueError, "year must be a whole number"),
    ],
    "lessons.provinces.counties.clan_split": [
        (lambda: counties.clan_split(1960, ()), ValueError, "provinces must be one or more"),
    ],
    "lessons.provinces.charts.map_chart": [
        (lambda: charts.map_chart(EMPTY, "{}"), ValueError, "frame must have columns"),
        (
            lambda: charts.map_chart(geography.map_frame(1960), "{}"),
            ValueError,
            "topology must be the TopoJSON text",
        ),
    ],
    "lessons.provinces.charts.coefficient_chart": [
        (lambda: charts.coefficient_chart(EMPTY, "W.", setting=""), ValueError, "table must"),
        (
            lambda: charts.coefficient_chart(procurement.mqy_regression(), "", setting=""),
            ValueError,
            "sentence must be a non-empty sentence",
        ),
    ],
    "lessons.provinces.charts.county_chart": [
        (lambda: charts.county_chart(EMPTY, EMPTY), ValueError, "counties must have columns"),
    ],
    "lessons.provinces.apps.colour_domain": [
        (lambda: apps.colour_domain("rain"), ValueError, "measure must be one of"),
    ],
    "lessons.provinces.charts.small_multiples_chart": [
        (lambda: charts.small_multiples_chart(EMPTY), ValueError, "rates must have columns"),
    ],
    "lessons.provinces.evidence.registered_rate": [
        (lambda: evidence.registered_rate("99", 1960), ValueError, "code must be one of"),
        (lambda: evidence.registered_rate("34", 1960, "Mao"), ValueError, "source must be one of"),
        (lambda: evidence.registered_rate("51", 1980), ValueError, "year must be a year"),
    ],
    "lessons.provinces.readouts.death_rate_table": [
        (lambda: readouts.death_rate_table(1900), ValueError, "year must be a whole number"),
    ],
    "lessons.provinces.readouts.regression_table": [
        (lambda: readouts.regression_table("x"), ValueError, "sample must be one of"),
    ],
    "lessons.provinces.readouts.regression_sentence": [
        (lambda: readouts.regression_sentence(controls=1), TypeError, "controls must be True"),
    ],
}
EXEMPT = {
    "lessons.provinces.geography.preferred_rates": "takes no arguments",
    "lessons.provinces.geography.boundaries": "takes no arguments",
    "lessons.provinces.counties.panel_provinces": "takes no arguments",
    "lessons.provinces.evidence.province_names": "takes no arguments",
    "lessons.provinces.figures.small_multiples": "takes no arguments",
    # The other helper's names (exercises.py, quizzes.py): those that take no arguments.
    "lessons.provinces.exercises.ex_1_expected": "takes no arguments",
    "lessons.provinces.exercises.ex_2_expected": "takes no arguments",
    "lessons.provinces.exercises.ex_2_values": "takes no arguments",
    "lessons.provinces.exercises.ex_3_expected": "takes no arguments",
    "lessons.provinces.exercises.ex_4_expected": "takes no arguments",
    "lessons.provinces.exercises.ex_4_values": "takes no arguments",
    "lessons.provinces.quizzes.quiz_counties": "takes no arguments",
    "lessons.provinces.quizzes.quiz_ecological": "takes no arguments",
    "lessons.provinces.quizzes.quiz_floor": "takes no arguments",
    "lessons.provinces.quizzes.quiz_politics": "takes no arguments",
    "lessons.provinces.quizzes.quiz_reversal": "takes no arguments",
}

# Lesson 07's exercise helpers (the notebook helper's names).
from helpers.lessons.provinces import exercises  # noqa: E402

BAD["lessons.provinces.exercises.coefficient"] = [
    (lambda: exercises.coefficient(0.041), TypeError, "table must be a table"),
    (
        lambda: exercises.coefficient(procurement.mqy_regression(), "log_rain"),
        ValueError,
        "term must be one of",
    ),
]
