"""Bad-input cases for lesson 05's helpers (merged by tests/course/test_bad_input.py)."""

from __future__ import annotations

import pandas as pd

from helpers.lessons.lushan import charts, evidence, food_years

_SERIES = pd.DataFrame({"year": [1959], "value": [14.59]})
_EVENTS = pd.DataFrame({"date": ["x"], "year": [1959.5], "event": ["e"], "kind": ["purge"]})

BAD = {
    "lessons.lushan.food_years.person_years": [
        (lambda: food_years.person_years(-1, 200), ValueError, "grain_mt must be"),
        (lambda: food_years.person_years(4.2, 0), ValueError, "ration_kg must be"),
        (lambda: food_years.person_years("x", 200), TypeError, "grain_mt"),
    ],
    "lessons.lushan.food_years.person_years_table": [
        (
            lambda: food_years.person_years_table(pd.DataFrame(), 200),
            ValueError,
            "flows must have columns",
        ),
        (lambda: food_years.person_years_table("x", 200), TypeError, "flows must be"),
    ],
    "lessons.lushan.evidence.trade_figure": [
        (lambda: evidence.trade_figure("no_such_series", 1959), ValueError, "series must be"),
        (lambda: evidence.trade_figure("net_grain_exports", 1940), ValueError, "year must be"),
        (lambda: evidence.trade_figure("grain_imports", 1961), ValueError, "exactly one"),
    ],
    "lessons.lushan.evidence.trade_flows": [
        (lambda: evidence.trade_flows("Dikötter"), ValueError, "imports_from must be"),
    ],
    "lessons.lushan.evidence.procurement_figure": [
        (
            lambda: evidence.procurement_figure("net_grain_exports", 1959),
            ValueError,
            "series must be",
        ),
    ],
    "lessons.lushan.evidence.national": [
        (lambda: evidence.national(1940), ValueError, "first must be"),
        (lambda: evidence.national(1960, 1958), ValueError, "last must be"),
    ],
    "lessons.lushan.charts.policy_chart": [
        (
            lambda: charts.policy_chart(
                pd.DataFrame(), _EVENTS, measure="grain output", kind="all"
            ),
            ValueError,
            "series must have columns",
        ),
        (
            lambda: charts.policy_chart(_SERIES, _EVENTS, measure="steel", kind="all"),
            ValueError,
            "measure must be",
        ),
        (
            lambda: charts.policy_chart(_SERIES, _EVENTS, measure="grain output", kind="x"),
            ValueError,
            "kind must be",
        ),
    ],
    "lessons.lushan.charts.food_chart": [
        (
            lambda: charts.food_chart(pd.DataFrame(), ration_kg=200),
            ValueError,
            "table must have columns",
        ),
        (
            lambda: charts.food_chart(
                food_years.person_years_table(evidence.trade_flows(), 200), ration_kg=10
            ),
            ValueError,
            "ration_kg must be",
        ),
    ],
}
EXEMPT = {
    "lessons.lushan.evidence.political_events": "takes no arguments",
    "lessons.lushan.readouts.trade_table": "takes no arguments",
    "lessons.lushan.readouts.famine_table": "takes no arguments",
    "lessons.lushan.readouts.industry_table": "takes no arguments",
    "lessons.lushan.readouts.death_rate_sentence": "takes no arguments",
    "lessons.lushan.quizzes.quiz_first_retreat": "takes no arguments",
    "lessons.lushan.quizzes.quiz_lushan": "takes no arguments",
    "lessons.lushan.quizzes.quiz_exports": "takes no arguments",
    "lessons.lushan.quizzes.quiz_recovery": "takes no arguments",
}
