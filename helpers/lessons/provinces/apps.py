"""Lesson 07's apps (in :data:`APPS`): each wires controls to a model and a chart."""

from __future__ import annotations

import altair as alt

from helpers.core import ui
from helpers.lessons.provinces import charts, model
from helpers.lessons.provinces.evidence import steel_1957_mt

#: Illustrative default growth, percent a year (no source gives it).
GROWTH_DEFAULT = 10.0


def growth_app() -> ui.App:
    """Steel output from 1957 at a chosen yearly growth rate (template: replace it)."""
    start = steel_1957_mt()

    def render(growth_percent: float, years: int) -> alt.Chart:
        return charts.path_chart(model.output_path(start, growth_percent, years))

    controls = {
        "growth_percent": ui.slider(
            "Growth a year, % (illustrative)", GROWTH_DEFAULT, -20.0, 50.0, 1.0
        ),
        "years": ui.slider("Years after 1957", 5, 1, 20, 1),
    }
    return ui.app(render, controls, title="Output at a constant growth rate")


APPS = (growth_app,)
