"""helpers.shared.baselines: the three baselines, against hand-computed values."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from helpers.shared import baselines

RATES = pd.Series([10.0, 12.0, 20.0, 11.0], index=[1956, 1957, 1960, 1963])


@pytest.mark.parametrize(
    ("method", "years", "expected"),
    [
        ("fixed", (1957, 1957), [12.0, 12.0]),
        ("mean", (1956, 1957), [11.0, 11.0]),
        ("line", (1957, 1963), [12.0 - 1 / 6 * 3, 11.0]),
    ],
)
def test_each_method_gives_the_hand_computed_baseline(method, years, expected):
    first, last = baselines.check_baseline(method, years, low=1956, high=1963)
    got = baselines.baseline_rate(RATES, method, first, last, np.array([1960, 1963]))
    assert got.tolist() == pytest.approx(expected)


def test_the_label_says_the_method_and_years():
    assert baselines.baseline_label("mean", (1956, 1957)) == "mean of the 1956-1957 rates"
    assert baselines.baseline_label("fixed", (1957, 1957)) == "the 1957 rate"
