"""Bad-input cases for lesson 07's helpers (merged by tests/course/test_bad_input.py)."""

from __future__ import annotations

import pandas as pd

from helpers.lessons.provinces import charts, model

BAD = {
    "lessons.provinces.model.output_path": [
        (lambda: model.output_path(-1, 10, 5), ValueError, "start_mt must be"),
        (lambda: model.output_path(5, 10, 0), ValueError, "years must be a whole number"),
        (lambda: model.output_path(5, "x", 5), TypeError, "growth_percent"),
    ],
    "lessons.provinces.charts.path_chart": [
        (lambda: charts.path_chart(pd.DataFrame()), ValueError, "path must have columns"),
    ],
}
EXEMPT = {
    "lessons.provinces.evidence.steel_1957_mt": "takes no arguments",
    "lessons.provinces.quizzes.quiz_compounding": "takes no arguments",
}
