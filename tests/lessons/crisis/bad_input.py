"""Bad-input cases for lesson 04's helpers (crisis, grain_balance, crisis_charts, lesson04).

Merged by tests/course/test_bad_input.py, which enumerates every public helper.
"""

from __future__ import annotations

import pandas as pd

from helpers.core import data
from helpers.lessons.crisis import charts as crisis_charts
from helpers.lessons.crisis import evidence
from helpers.lessons.crisis import grain_balance as gb
from helpers.lessons.crisis import index_chains as crisis
from helpers.shared import vital_rates

EMPTY = pd.DataFrame()


def _inputs(harvest: float = 200.0) -> pd.DataFrame:
    return pd.DataFrame({"year": [1958], "harvest_mt": [harvest], "population_million": [600.0]})


def _tables() -> dict[str, pd.DataFrame]:
    return {
        "value_added": data.load("value_added"),
        "national": data.load("national_series"),
        "output_indices": data.load("output_indices"),
    }


BAD = {
    "lessons.crisis.charts.basis_words": [
        (lambda: crisis_charts.basis_words(None), TypeError, "basis must be")
    ],
    "lessons.crisis.charts.series_words": [
        (lambda: crisis_charts.series_words(pd.DataFrame()), ValueError, "frame")
    ],
    "lessons.crisis.index_chains.source_text_changes": [
        (lambda: crisis.source_text_changes("mining"), ValueError, "sector must be one of")
    ],
    "lessons.crisis.index_chains.chain_index": [
        (lambda: crisis.chain_index({}, base_year=1958), ValueError, "changes_percent must be"),
        (
            lambda: crisis.chain_index({1959: -14, 1961: -2}, base_year=1958),
            ValueError,
            "changes_percent must cover consecutive years",
        ),
        (
            lambda: crisis.chain_index({1959: -150}, base_year=1958),
            ValueError,
            "changes_percent[1959] must be a number from -99.9",
        ),
        (lambda: crisis.chain_index({1959: "a"}, base_year=1958), TypeError, "changes_percent"),
        (
            lambda: crisis.chain_index({1959: -14}, base_year=1950),
            ValueError,
            "base_year must be a whole number from 1958 to 1959",
        ),
    ],
    "lessons.crisis.index_chains.sector_changes": [
        (lambda: crisis.sector_changes("mining", **_tables()), ValueError, "sector must be one of"),
        (
            lambda: crisis.sector_changes(
                "industry", value_added=EMPTY, national=EMPTY, output_indices=EMPTY
            ),
            ValueError,
            "value_added must have columns",
        ),
        (
            lambda: crisis.sector_changes(
                "industry",
                **{
                    **_tables(),
                    "output_indices": pd.DataFrame(
                        {"series": ["x"], "year": [1958], "value": [1.0]}
                    ),
                },
            ),
            ValueError,
            "output_indices must hold 'industry_national_income_index'",
        ),
    ],
    "lessons.crisis.index_chains.sector_indices": [
        (lambda: crisis.sector_indices(EMPTY, base_year=1958), ValueError, "changes must have"),
        (
            lambda: crisis.sector_indices(evidence.changes("industry"), base_year=1950),
            ValueError,
            "base_year must be a whole number from 1957 to 1962",
        ),
    ],
    "lessons.crisis.index_chains.sector_levels": [
        (lambda: crisis.sector_levels(EMPTY), ValueError, "changes must have"),
    ],
    "lessons.crisis.index_chains.on_base": [
        (lambda: crisis.on_base(EMPTY, base_year=1958), ValueError, "levels must have"),
        (
            lambda: crisis.on_base(
                crisis.sector_levels(evidence.changes("industry")), base_year=1950
            ),
            ValueError,
            "base_year must be a whole number from 1957 to 1962",
        ),
    ],
    "shared.vital_rates.long_rates": [
        (lambda: vital_rates.long_rates(EMPTY), ValueError, "national must have columns"),
        (
            lambda: vital_rates.long_rates(data.load("national_series"), rates="all"),
            ValueError,
            "rates must be one of",
        ),
        (
            lambda: vital_rates.long_rates(data.load("national_series"), reconstruction="yes"),
            ValueError,
            "reconstruction must be one of",
        ),
    ],
    "lessons.crisis.grain_balance.grain_inputs": [
        (lambda: gb.grain_inputs(EMPTY), ValueError, "national must have columns"),
        (
            lambda: gb.grain_inputs(
                pd.DataFrame(
                    {
                        "year": [1970],
                        "grain_output_revised_mt": [1.0],
                        "population_yearend_million": [1.0],
                    }
                )
            ),
            ValueError,
            "national must cover",
        ),
    ],
    "lessons.crisis.grain_balance.grain_balance": [
        (lambda: gb.grain_balance(EMPTY), ValueError, "inputs must have columns"),
        (lambda: gb.grain_balance(_inputs(), rule="tax"), ValueError, "rule must be one of"),
        (
            lambda: gb.grain_balance(_inputs(), procurement_share_percent=70),
            ValueError,
            "procurement_share_percent must be a number from 0 to 60",
        ),
        (
            lambda: gb.grain_balance(_inputs(), harvest_fall_percent=300),
            ValueError,
            "harvest_fall_percent must be a number from 0 to 200",
        ),
        (lambda: gb.grain_balance(_inputs(), imports_mt=-1), ValueError, "imports_mt must be"),
        (lambda: gb.grain_balance(_inputs(), imports_from=1960.5), ValueError, "imports_from"),
        (lambda: gb.grain_balance(_inputs(), urban_share=1), ValueError, "urban_share must be"),
        (lambda: gb.grain_balance(_inputs(), subsistence_kg="x"), TypeError, "subsistence_kg"),
        (lambda: gb.grain_balance(_inputs(-5)), ValueError, "inputs must have a positive"),
    ],
    "lessons.crisis.grain_balance.recorded_procurement": [
        (
            lambda: gb.recorded_procurement(EMPTY, data.load("national_series")),
            ValueError,
            "grain_trade must have columns",
        ),
        (
            lambda: gb.recorded_procurement(
                pd.DataFrame(
                    {"series": ["x"], "year": [1959], "value": [1.0], "source": ["s"], "note": [""]}
                ),
                data.load("national_series"),
            ),
            ValueError,
            "grain_trade must hold procurement shares",
        ),
    ],
    "lessons.crisis.grain_balance.trade_by_source": [
        (lambda: gb.trade_by_source(EMPTY), ValueError, "grain_trade must have columns"),
        (
            lambda: gb.trade_by_source(
                pd.DataFrame(
                    {
                        "series": ["x"],
                        "year": [1959],
                        "year_end": [1959],
                        "value": [1.0],
                        "source": ["s"],
                    }
                )
            ),
            ValueError,
            "grain_trade must hold yearly grain trade rows",
        ),
    ],
    "lessons.crisis.charts.index_chart": [
        (
            lambda: crisis_charts.index_chart(EMPTY, sector="industry", base_year=1958),
            ValueError,
            "indices must have columns",
        ),
        (
            lambda: crisis_charts.index_chart(
                crisis.sector_indices(evidence.changes("industry"), base_year=1958),
                sector="mining",
                base_year=1958,
            ),
            ValueError,
            "sector must be one of",
        ),
    ],
    "lessons.crisis.charts.grain_balance_chart": [
        (
            lambda: crisis_charts.grain_balance_chart(EMPTY, rule="fixed quota"),
            ValueError,
            "balance must have columns",
        ),
        (
            lambda: crisis_charts.grain_balance_chart(evidence.grain_path(), rule="tax"),
            ValueError,
            "rule must be one of",
        ),
        (
            lambda: crisis_charts.grain_balance_chart(
                evidence.grain_path(), rule="fixed quota", history=EMPTY
            ),
            ValueError,
            "history must have columns",
        ),
    ],
    "lessons.crisis.charts.vital_rates_chart": [
        (lambda: crisis_charts.vital_rates_chart(EMPTY), ValueError, "rates must have columns"),
        (
            lambda: crisis_charts.vital_rates_chart(
                vital_rates.long_rates(data.load("national_series")), s20=EMPTY
            ),
            ValueError,
            "s20 must have columns",
        ),
    ],
    "lessons.crisis.charts.trade_chart": [
        (lambda: crisis_charts.trade_chart(EMPTY), ValueError, "trade must have columns")
    ],
    "lessons.crisis.evidence.grain_series": [
        (lambda: evidence.grain_series("nope", 1959), ValueError, "series must be one of"),
        (
            lambda: evidence.grain_series("procurement_gross", 1900),
            ValueError,
            "year must be one of",
        ),
    ],
    "lessons.crisis.evidence.changes": [
        (lambda: evidence.changes("mining"), ValueError, "sector must be one of")
    ],
    "lessons.crisis.evidence.grain_path": [
        (lambda: evidence.grain_path("tax"), ValueError, "rule must be one of"),
        (
            lambda: evidence.grain_path(procurement_share_percent=99),
            ValueError,
            "procurement_share_percent must be a number from 0 to 60",
        ),
    ],
    "lessons.crisis.evidence.loc_growth": [
        (lambda: evidence.loc_growth(1961), ValueError, "year must be a whole number from 1958")
    ],
    "lessons.crisis.evidence.natural_increase": [
        (lambda: evidence.natural_increase(1940), ValueError, "year must be a whole number")
    ],
}

EXEMPT = {
    "lessons.crisis.quizzes.quiz_base_year": "takes no arguments",
    "lessons.crisis.quizzes.quiz_new_plants": "takes no arguments",
    "lessons.crisis.quizzes.quiz_rules_coincide": "takes no arguments",
    "lessons.crisis.quizzes.quiz_same_series": "takes no arguments",
    "lessons.crisis.quizzes.quiz_two_levels": "takes no arguments",
    "lessons.crisis.quizzes.quiz_villages": "takes no arguments",
    "lessons.crisis.readouts.excess_deaths_range": "takes no arguments",
    "lessons.crisis.readouts.farm_chain": "takes no arguments",
    "lessons.crisis.readouts.farm_levels": "takes no arguments",
    "lessons.crisis.readouts.first_plan_projects": "takes no arguments",
    "lessons.crisis.readouts.fixed_quota_1960": "takes no arguments",
    "lessons.crisis.readouts.harvest_1958": "takes no arguments",
    "lessons.crisis.readouts.harvest_1961": "takes no arguments",
    "lessons.crisis.readouts.imports": "takes no arguments",
    "lessons.crisis.readouts.imports_per_person": "takes no arguments",
    "lessons.crisis.readouts.industry_changes": "takes no arguments",
    "lessons.crisis.readouts.industry_levels": "takes no arguments",
    "lessons.crisis.readouts.investment": "takes no arguments",
    "lessons.crisis.readouts.kg_by_rule": "takes no arguments",
    "lessons.crisis.readouts.leap_1958": "takes no arguments",
    "lessons.crisis.readouts.plan_1960": "takes no arguments",
    "lessons.crisis.readouts.procurement": "takes no arguments",
    "lessons.crisis.readouts.rates": "takes no arguments",
    "lessons.crisis.readouts.soviet_withdrawal": "takes no arguments",
    "lessons.crisis.readouts.text_rates_check": "takes no arguments",
    "lessons.crisis.readouts.villages_1957_1959": "takes no arguments",
    "lessons.crisis.evidence.default_share_percent": "takes no arguments",
    "lessons.crisis.evidence.default_imports_mt": "takes no arguments",
    "lessons.crisis.evidence.recorded_history": "takes no arguments",
    "lessons.crisis.evidence.grain_inputs": "takes no arguments",
    "lessons.crisis.evidence.trade": "takes no arguments",
    "lessons.crisis.figures.trade_figure": "takes no arguments",
    "lessons.crisis.exercises.ex_2_expected": "takes no arguments",
    "lessons.crisis.exercises.ex_3_expected": "takes no arguments",
}
