"""Property-based sweep: random values within every control's range never break an app.

For every control of every app (found by helpers.core.discovery from the lessons present),
hypothesis draws values within the control's range, extremes included, and sets
them in sequence. Each must redraw without error, give a valid Vega-Lite spec, and
put no NaN or infinity into the data the chart shows.
"""

from __future__ import annotations

import ipywidgets as widgets
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers.core.discovery import all_app_factories, sweep_values
from tests.support.lessons import non_finite_numbers

pytestmark = pytest.mark.slow  # about 20 s: make test runs it, make test-fast does not
APPS = all_app_factories()
SETTINGS = settings(
    max_examples=8,  # the chart lint and test_lessons sweep every value besides
    deadline=None,  # timing is make bench's job
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    derandomize=True,  # the same examples on every run: CI stays reproducible
)


def values_of(control: widgets.ValueWidget) -> st.SearchStrategy:
    """A strategy for the values a learner can give ``control``."""
    if isinstance(control, widgets.IntSlider):
        return st.integers(control.min, control.max).map(
            lambda v: control.min + (v - control.min) // control.step * control.step
        )
    if isinstance(control, widgets.FloatSlider):
        n = round((control.max - control.min) / control.step)
        return st.integers(0, n).map(
            lambda k: min(control.max, round(control.min + k * control.step, 10))
        )
    if isinstance(control, widgets.IntRangeSlider):
        ints = st.integers(control.min, control.max)
        return st.tuples(ints, ints).map(lambda t: (min(t), max(t)))
    if isinstance(control, widgets.FloatRangeSlider):
        n = round((control.max - control.min) / control.step)
        picks = st.integers(0, n).map(lambda k: min(control.max, control.min + k * control.step))
        return st.tuples(picks, picks).map(lambda t: (min(t), max(t)))
    return st.sampled_from(sweep_values(control))


@pytest.mark.parametrize(("name", "factory"), APPS, ids=[n for n, _ in APPS])
def test_random_control_values_always_draw_a_clean_chart(name, factory):
    app = factory()
    keys = list(app.controls)
    moves = st.lists(
        st.sampled_from(keys).flatmap(lambda k: st.tuples(st.just(k), values_of(app.controls[k]))),
        min_size=1,
        max_size=6,
    )

    @SETTINGS
    @given(moves=moves)
    def check(moves):
        for key, value in moves:
            app.controls[key].value = value
            assert app.error is None, f"{name}: {key}={value!r} refused: {app.error}"
            spec = app.chart.to_dict()  # validates against the Vega-Lite schema
            assert spec.get("title") and spec.get("description")
            assert not non_finite_numbers(spec), f"{name}: {key}={value!r} shows NaN/inf"

    check()
