"""Bad-input cases for lesson 02's helpers (merged by tests/course/test_bad_input.py)."""

from __future__ import annotations

import pandas as pd

from helpers.lessons.decentralisation import charts as mobilisation_charts
from helpers.lessons.decentralisation import (
    evidence,
    exercises,
    inflated_reports,
    mobilisation,
)

EMPTY = pd.DataFrame()
ECONOMY = mobilisation.RuralEconomy(normal_grain_mt=195.0, modern_steel_mt=5.35)

BAD = {
    "lessons.decentralisation.mobilisation.allocate_labour": [
        (
            lambda: mobilisation.allocate_labour([0.6, 0, 0], [0.5, 0, 0]),
            ValueError,
            "water_works and backyard_industry must add up to at most 1",
        ),
        (
            lambda: mobilisation.allocate_labour([0.1], [0, 0, 0]),
            ValueError,
            "water_works must hold 3 shares",
        ),
        (
            lambda: mobilisation.allocate_labour([0, 0, 0], [0, 0, 2]),
            ValueError,
            "backyard_industry[2] must be a number from 0 to 1",
        ),
        (lambda: mobilisation.allocate_labour(0.3, [0, 0, 0]), TypeError, "water_works must be"),
    ],
    "lessons.decentralisation.mobilisation.mobilisation_outcome": [
        (
            lambda: mobilisation.mobilisation_outcome(EMPTY, ECONOMY, quality=0.5),
            ValueError,
            "allocation must have columns",
        ),
        (
            lambda: mobilisation.mobilisation_outcome(
                mobilisation.allocate_labour([0] * 3, [0] * 3), ECONOMY, quality=-1
            ),
            ValueError,
            "quality must be a number from 0 to 1",
        ),
        (
            lambda: mobilisation.mobilisation_outcome(
                mobilisation.allocate_labour([0] * 3, [0] * 3), "economy", quality=1
            ),
            TypeError,
            "economy must be a RuralEconomy",
        ),
    ],
    "lessons.decentralisation.mobilisation.break_even_quality": [
        (lambda: mobilisation.break_even_quality(3), TypeError, "economy must be a RuralEconomy")
    ],
    "lessons.decentralisation.inflated_reports.locality_reports": [
        (
            lambda: inflated_reports.locality_reports(
                197.65, 659.94, procurement_share=1.2, mean_inflation=0.5
            ),
            ValueError,
            "procurement_share must be a number from 0 to 1",
        ),
        (
            lambda: inflated_reports.locality_reports(
                197.65, 659.94, procurement_share=0.26, mean_inflation=-0.5
            ),
            ValueError,
            "mean_inflation must be a number from 0 to 3",
        ),
        (
            lambda: inflated_reports.locality_reports(
                "a lot", 659.94, procurement_share=0.26, mean_inflation=0.5
            ),
            TypeError,
            "harvest_mt must be",
        ),
        (
            lambda: inflated_reports.locality_reports(
                197.65, 659.94, procurement_share=0.26, mean_inflation=0.5, localities=0
            ),
            ValueError,
            "localities must be a whole number from 1 to 200",
        ),
    ],
    "lessons.decentralisation.inflated_reports.reports_summary": [
        (lambda: inflated_reports.reports_summary(EMPTY), ValueError, "reports must have columns"),
        (lambda: inflated_reports.reports_summary([1]), TypeError, "reports must be a pandas"),
    ],
    "lessons.decentralisation.charts.labour_chart": [
        (
            lambda: mobilisation_charts.labour_chart(EMPTY, EMPTY),
            ValueError,
            "allocation must have columns",
        ),
        (
            lambda: mobilisation_charts.labour_chart(
                evidence.allocation(), evidence.mobilise(), steel_target_mt=-1
            ),
            ValueError,
            "steel_target_mt must be",
        ),
    ],
    "lessons.decentralisation.charts.reports_chart": [
        (
            lambda: mobilisation_charts.reports_chart(EMPTY, EMPTY, procurement_share=0.26),
            ValueError,
            "reports must have columns",
        ),
        (
            lambda: mobilisation_charts.reports_chart(
                evidence.reports(),
                inflated_reports.reports_summary(evidence.reports()),
                procurement_share="a",
            ),
            TypeError,
            "procurement_share must be",
        ),
    ],
    "lessons.decentralisation.charts.record_chart": [
        (
            lambda: mobilisation_charts.record_chart(EMPTY, EMPTY, quantity="Steel"),
            ValueError,
            "series must have columns",
        ),
        (
            lambda: mobilisation_charts.record_chart(
                pd.DataFrame({"year": [1958], "series": ["a"], "output_mt": [8.0]}),
                pd.DataFrame({"year": [1958]}),
                quantity="Steel",
            ),
            ValueError,
            "references must have columns",
        ),
        (
            lambda: mobilisation_charts.record_chart(
                pd.DataFrame({"year": [1958], "series": ["a"], "output_mt": [8.0]}),
                pd.DataFrame(columns=["year", "label", "low_mt", "high_mt"]),
                quantity="",
            ),
            TypeError,
            "quantity must be a non-empty string",
        ),
    ],
    "lessons.decentralisation.evidence.national": [
        (lambda: evidence.national(1940, "steel_output_mt"), ValueError, "year must be"),
        (lambda: evidence.national(1958, "steel"), ValueError, "column must be one of"),
        (
            lambda: evidence.national(1957, "grain_output_old_official_mt"),
            ValueError,
            "no value for year 1957",
        ),
    ],
    "lessons.decentralisation.evidence.procurement_share": [
        (lambda: evidence.procurement_share(1961), ValueError, "year must be one of"),
        (lambda: evidence.procurement_share("1958"), ValueError, "year must be one of"),
    ],
    "lessons.decentralisation.evidence.allocation": [
        (lambda: evidence.allocation(0.8, 0.5), ValueError, "must add up to at most 1"),
        (lambda: evidence.allocation(-0.1), ValueError, "water_works[0] must be"),
    ],
    "lessons.decentralisation.evidence.mobilise": [
        (lambda: evidence.mobilise(quality=5), ValueError, "quality must be"),
        (lambda: evidence.mobilise(backyard_harvest="x"), TypeError, "backyard_industry[2]"),
        (lambda: evidence.mobilise(no_such_field=1), TypeError, "no_such_field"),
    ],
    "lessons.decentralisation.evidence.reports": [
        (lambda: evidence.reports(mean_inflation=9), ValueError, "mean_inflation must be"),
        (lambda: evidence.reports(year=1900), ValueError, "year must be a whole number from 1949"),
        (lambda: evidence.reports(subsistence_kg=0), ValueError, "subsistence_kg must be"),
    ],
    "lessons.decentralisation.evidence.reports_table": [
        (lambda: evidence.reports_table(()), TypeError, "inflations must be a non-empty tuple"),
        (lambda: evidence.reports_table(0.5), TypeError, "inflations must be a non-empty tuple"),
        (lambda: evidence.reports_table((9.0,)), ValueError, "mean_inflation must be"),
    ],
    "lessons.decentralisation.exercises.ex_2_expected": [
        (lambda: exercises.ex_2_expected(0), ValueError, "step must be a number from 0.01 to 0.25")
    ],
}

EXEMPT = {
    "lessons.decentralisation.evidence.beidaihe_steel_target_mt": "takes no arguments",
    "lessons.decentralisation.evidence.beidaihe_grain_expectation_mt": "takes no arguments",
    "lessons.decentralisation.evidence.second_plan_targets": "takes no arguments",
    "lessons.decentralisation.evidence.february_steel_plan_mt": "takes no arguments",
    "lessons.decentralisation.evidence.steel_1958": "takes no arguments",
    "lessons.decentralisation.evidence.rural_economy": "takes no arguments",
    "lessons.decentralisation.apps.procurement_options": "takes no arguments",
    "lessons.decentralisation.figures.timeline_figure": "takes no arguments",
    "lessons.decentralisation.figures.steel_figure": "takes no arguments",
    "lessons.decentralisation.figures.grain_figure": "takes no arguments",
    "lessons.decentralisation.exercises.ex_3_expected": "takes no arguments",
    "lessons.decentralisation.exercises.ex_4_expected": "takes no arguments",
    "lessons.decentralisation.readouts.second_plan_table": "takes no arguments",
    "lessons.decentralisation.readouts.steel_targets_1958": "takes no arguments",
    "lessons.decentralisation.readouts.labour_model_settings": "takes no arguments",
    "lessons.decentralisation.readouts.mobilisation_cases": "takes no arguments",
    "lessons.decentralisation.readouts.steel_record": "takes no arguments",
    "lessons.decentralisation.readouts.grain_1958": "takes no arguments",
    "lessons.decentralisation.readouts.procurement_table": "takes no arguments",
    "lessons.decentralisation.readouts.reports_readout": "takes no arguments",
    "lessons.decentralisation.quizzes.quiz_time_allowed": "takes no arguments",
    "lessons.decentralisation.quizzes.quiz_winter_surplus": "takes no arguments",
    "lessons.decentralisation.quizzes.quiz_furnaces": "takes no arguments",
    "lessons.decentralisation.quizzes.quiz_consistency": "takes no arguments",
    "lessons.decentralisation.quizzes.quiz_uneven_reports": "takes no arguments",
}
