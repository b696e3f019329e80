"""Lesson 06's static figure: how the answer moves with the baseline."""

from __future__ import annotations

import altair as alt

from helpers.core.i18n import t
from helpers.core.validate import check_choice
from helpers.lessons.counting_the_cost import charts
from helpers.lessons.counting_the_cost.evidence import S21, baseline_grid


def sensitivity_figure(measure: str = "excess_deaths_million") -> alt.LayerChart:
    """Totals over 1958-61 for every baseline in :data:`BASELINES`, both series."""
    check_choice("measure", measure, ("excess_deaths_million", "births_lost_million"))
    grid = baseline_grid(periods=(S21["period"],))
    key = (
        "deaths_more_than_million" if measure == "excess_deaths_million" else "births_about_million"
    )
    label = (
        t("text: more than {figure} M [S21]", figure=S21[key])
        if key.startswith("deaths")
        else t("text: about {figure} M [S21]", figure=S21[key])
    )
    return charts.sensitivity_chart(
        grid, measure=measure, reference=S21[key], reference_label=label
    )
