"""Lesson 01's static figures: charts of the course data, with no controls."""

from __future__ import annotations

import altair as alt

from helpers.core import data
from helpers.lessons.soviet_model import charts, plan


def outlay_figure() -> alt.LayerChart:
    """The plan's outlay shares (single source), as a bar chart."""
    return charts.outlay_shares_chart(plan.outlay_shares_frame(data.load_cached("first_plan")))


def plan_vs_outcome_figure() -> alt.LayerChart:
    """Industry's five-year target against the recorded increase, 1952-57 (like with like)."""
    return charts.plan_vs_outcome_chart(plan.plan_vs_outcome_frame(data.load_cached("first_plan")))
