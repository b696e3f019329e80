"""Lesson 03's static figure: how fast the communes were formed in 1958."""

from __future__ import annotations

import altair as alt

from helpers.lessons.communes import charts
from helpers.lessons.communes.evidence import communisation_frames


def communisation_figure() -> alt.LayerChart:
    """Rural households in communes at the end of September and of December 1958."""
    return charts.communisation_chart(*communisation_frames())
