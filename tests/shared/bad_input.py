"""Bad-input cases for helpers.shared (merged by tests/course/test_bad_input.py, which requires a
case or a stated exemption for every public helper)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from helpers.core import (
    data,
)
from helpers.shared import baselines, timeline, vital_rates
from helpers.shared import timeline_chart as timeline_charts

EMPTY = pd.DataFrame()

# "module.function" -> [(call, exception, words the message must contain)]
BAD = {
    "shared.baselines.check_baseline": [
        (
            lambda: baselines.check_baseline("fixed", (1956, 1957), low=1950, high=1966),
            ValueError,
            "baseline_years must be one year twice",
        ),
        (
            lambda: baselines.check_baseline("line", (1957, 1957), low=1950, high=1966),
            ValueError,
            "baseline_years must be two different years",
        ),
        (
            lambda: baselines.check_baseline("mean", 1957, low=1950, high=1966),
            TypeError,
            "baseline_years must be a pair",
        ),
        (
            lambda: baselines.check_baseline("mean", (1940, 1957), low=1950, high=1966),
            ValueError,
            "baseline_years start must be a whole number from 1950 to 1966",
        ),
    ],
    "shared.baselines.baseline_rate": [
        (
            lambda: baselines.baseline_rate(pd.Series(dtype=float), "trend", 1, 2, np.array([1])),
            ValueError,
            "method must be one of",
        ),
    ],
    "shared.vital_rates.s20_death_rates": [
        (lambda: vital_rates.s20_death_rates(EMPTY), ValueError, "national must have columns"),
        (
            lambda: vital_rates.s20_death_rates("x"),
            TypeError,
            "national must be a pandas DataFrame",
        ),
    ],
    "shared.timeline.parse_date": [
        (lambda: timeline.parse_date("1958-13-01"), ValueError, "date must be an ISO date"),
        (lambda: timeline.parse_date(5), TypeError, "date must be an ISO date"),
    ],
    "shared.timeline.period_of": [(lambda: timeline.period_of("nope"), ValueError, "date must be")],
    "shared.timeline.date_label": [
        (lambda: timeline.date_label("1958-01-01", "week"), ValueError, "precision must be one of")
    ],
    "shared.timeline.filter_events": [
        (lambda: timeline.filter_events(EMPTY), ValueError, "events must have columns"),
        (
            lambda: timeline.filter_events(data.load("timeline"), "sport"),
            ValueError,
            "themes must be one of",
        ),
        (
            lambda: timeline.filter_events(data.load("timeline"), "all", 1940, 1950),
            ValueError,
            "from 1949 to 1966",
        ),
    ],
    "shared.timeline_chart.timeline_chart": [
        (lambda: timeline_charts.timeline_chart(EMPTY), ValueError, "events must have columns")
    ],
}
