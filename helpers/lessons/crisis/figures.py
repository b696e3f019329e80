"""Lesson 04's static figure: grain exports and imports, 1958-62, by source."""

from __future__ import annotations

import altair as alt

from helpers.lessons.crisis import charts
from helpers.lessons.crisis.evidence import trade


def trade_figure() -> alt.LayerChart:
    """Grain trade 1958-62, source by source."""
    return charts.trade_chart(trade())
