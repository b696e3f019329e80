"""Lesson 03's apps (in :data:`APPS`).

* :func:`commune_builder_app`: merge cooperatives into a commune, shown level by level and
  checked against the source text's sizes [S9, S11];
* :func:`incentives_app`: a monitoring and team-size model (after Alchian and Demsetz 1972):
  effort against the number of households that share the harvest, with and without the right
  to exit (which the lesson contrasts with Lin 1990);
* :func:`mess_hall_app`: a grain stock under free meals against rationing (after Chang and
  Wen 1997).
"""

from __future__ import annotations

import altair as alt

from helpers.core import ui
from helpers.lessons.communes import charts, mess_halls, structure
from helpers.lessons.communes.evidence import (
    FREE_MONTHS_DEFAULT,
    MONITORING_DEFAULT,
    OVEREATING_PCT_DEFAULT,
    PERSONS_PER_HOUSEHOLD_DEFAULT,
    cooperatives_per_commune,
    households_per_cooperative,
    incentive_frames,
    need_kg_per_month,
)


def commune_builder_app() -> ui.App:
    """Merge cooperatives into a commune and see its levels against the text's sizes."""

    def render(n_cooperatives, households_per_cooperative, persons_per_household, team_target):
        commune = structure.build_commune(
            n_cooperatives, households_per_cooperative, persons_per_household, team_target
        )
        return charts.commune_chart(commune, households_per_team=team_target)

    controls = {
        "n_cooperatives": ui.slider(
            "Cooperatives merged", round(cooperatives_per_commune()), 5, 60, 1
        ),
        "households_per_cooperative": ui.slider(
            "Households per cooperative", int(round(households_per_cooperative(), -1)), 50, 400, 10
        ),
        "persons_per_household": ui.slider(
            "People per household (illustrative)",
            PERSONS_PER_HOUSEHOLD_DEFAULT,
            3.0,
            7.0,
            0.5,
            fmt=".1f",
        ),
        "team_target": ui.slider(
            "Households per team (target)", structure.S11_HOUSEHOLDS_PER_TEAM, 10, 60, 5
        ),
    }
    return ui.app(render, controls, title="Commune builder")


def incentives_app() -> ui.App:
    """Effort against the size of the unit that shares the harvest, with and without exit."""

    def render(monitoring, exit_right, watch_households) -> alt.LayerChart:
        curves, units = incentive_frames(monitoring, watch_households)
        return charts.incentive_chart(curves, units, exit_right=exit_right)

    controls = {
        "monitoring": ui.slider(
            "Share of effort paid by work points (illustrative)", MONITORING_DEFAULT, 0.0, 0.9, 0.05
        ),
        "exit_right": ui.toggle("Right to exit", {"no": False, "compare with exit": True}, False),
        "watch_households": ui.slider(
            "Households a member can watch (illustrative)",
            structure.S11_HOUSEHOLDS_PER_TEAM,
            5,
            100,
            5,
        ),
    }
    return ui.app(render, controls, title="Monitoring and team size: who shares the harvest")


def mess_hall_app() -> ui.App:
    """A village's grain per person after the harvest: free meals first against rationing."""
    need = need_kg_per_month()

    def render(stock_kg, free_months, overeating_pct) -> alt.LayerChart:
        path = mess_halls.mess_hall_path(
            stock_kg, need_kg_per_month=need, free_months=free_months, overeating_pct=overeating_pct
        )
        return charts.mess_hall_chart(
            path,
            need_kg_per_month=need,
            free_months=free_months,
            overeating_pct=overeating_pct,
            short_from={
                p: mess_halls.shortfall_month(path, need, p) for p in mess_halls.MESS_PATHS
            },
        )

    controls = {
        "stock_kg": ui.slider(
            "Grain per person after the harvest, kg", round(12 * need), 100, 300, 1
        ),
        "free_months": ui.slider(
            "Months of free meals (illustrative)", FREE_MONTHS_DEFAULT, 0, 12, 1
        ),
        "overeating_pct": ui.slider(
            "Eating above need while free, % (illustrative)", OVEREATING_PCT_DEFAULT, 0, 100, 5
        ),
    }
    return ui.app(render, controls, title="Communal mess halls: free meals or rations")


APPS = (commune_builder_app, incentives_app, mess_hall_app)
