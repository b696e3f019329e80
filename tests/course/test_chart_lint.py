"""The chart lint (tests/support/chart_lint.py) over every chart an app can show.

Each app is drawn at its defaults and with each control at every value of the sweep
(``helpers.core.discovery.sweep_values``: both ends of its range and the steps between, the
others at their defaults), and each drawing is laid out by Vega offline: no axis may repeat
a tick label, no two tick or legend labels may collide, and every chart has a title and a
description.
"""

from __future__ import annotations

import pytest

from helpers.core.discovery import all_app_factories, sweep_values
from tests.support.chart_lint import collisions, legend_mismatches, problems, sized_to_container

pytestmark = pytest.mark.slow  # about 30 s: make test runs it, make test-fast does not
APPS = all_app_factories()


@pytest.mark.parametrize(("name", "factory"), APPS, ids=[n for n, _ in APPS])
def test_every_drawing_is_clean(name, factory):
    app = factory()
    found = {f"defaults: {p}" for p in problems(app.chart.to_dict())}
    for key, control in app.controls.items():
        original = control.value
        for value in sweep_values(control):
            control.value = value
            found |= {f"{key}={value!r}: {p}" for p in problems(app.chart.to_dict())}
        control.value = original
    assert not found, f"{name}:\n" + "\n".join(sorted(found))


def test_the_lint_sees_a_collision_and_a_repeat():
    touching = [
        {"text": "100,000", "x": 437, "y": 7, "fontSize": 13, "align": "center", "baseline": "top"},
        {
            "text": "1,000,000",
            "x": 520,
            "y": 7,
            "fontSize": 13,
            "align": "right",
            "baseline": "top",
        },
    ]
    assert collisions(touching) == [("100,000", "1,000,000")]
    apart = [dict(touching[0], x=300), touching[1]]
    assert collisions(apart) == []
    spec = {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.20.1.json",
        "title": "t",
        "description": "d",
        "data": {"values": [{"year": 1952.0}, {"year": 1952.5}, {"year": 1953.0}]},
        "mark": "point",
        "encoding": {
            "x": {
                "field": "year",
                "type": "quantitative",
                "axis": {"format": "d"},
                "scale": {"zero": False},
            }
        },
        "width": 300,
    }
    assert any("repeats tick labels" in p for p in problems(spec))


def test_the_lint_sees_points_under_a_line_legend():
    line = {
        "mark": "line",
        "data": {"values": [{"s": "model", "y": 1}]},
        "encoding": {
            "color": {"field": "s", "type": "nominal", "legend": {"symbolType": "stroke"}}
        },
    }
    dots = {
        "mark": {"type": "point", "shape": "diamond"},
        "data": {"values": [{"s": "recorded", "y": 2}]},
        "encoding": {"color": {"field": "s", "type": "nominal"}},
    }
    assert legend_mismatches({"layer": [line, dots]}) == [
        "legend draws ['recorded'] as lines, but they are drawn as points"
    ]
    own_legend = {**dots, "encoding": {"color": {"value": "black"}, "shape": {"field": "s"}}}
    assert legend_mismatches({"layer": [line, own_legend]}) == []


def test_the_lint_sees_a_chart_sized_to_its_container():
    # In JupyterLab an ipywidgets Output gives such a chart no width: it draws 0 px wide.
    spec = {
        "title": "t",
        "description": "d",
        "data": {"values": [{"x": 1}]},
        "mark": "point",
        "encoding": {"x": {"field": "x", "type": "quantitative"}},
        "width": "container",
    }
    assert "sized to its container (width)" in problems(spec)
    assert sized_to_container({"vconcat": [{"height": "container"}, {"height": 200}]}) == [
        "vconcat.0.height"
    ]
