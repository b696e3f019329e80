"""Lesson 01's apps (in :data:`APPS`).

* :func:`plan_growth_app`: industry against agriculture 1952-57, by measure and base year;
* :func:`two_sector_app`: Feldman-Mahalanobis growth, a high against a low capital-goods share;
* :func:`food_constraint_app`: when the towns' grain need outruns the marketed surplus.
"""

from __future__ import annotations

import altair as alt

from helpers.core import data, ui
from helpers.core.validate import check_choice
from helpers.lessons.soviet_model import charts, plan, two_sector
from helpers.lessons.soviet_model.evidence import (
    GRAIN_KG_DEFAULT,
    GRAIN_KG_RANGE,
    PLAN_END,
    PLAN_START,
    default_investment_rate,
    food_path,
    plan_figure,
)

#: Illustrative defaults for the Feldman-Mahalanobis app (no source gives them).
TWO_SECTOR_DEFAULTS = {
    "high_share": 0.5,
    "comparison_share": 0.2,
    "v_k": 2.0,
    "v_c": 2.0,
    "years": 20,
}


def plan_growth_app() -> ui.App:
    """Industry against agriculture, 1952-57: choose the measure and the base year."""

    # Plain strings as options (not a label -> value mapping): what is shown is what is passed.
    measures = {"value added, current prices": "value_added", "steel and grain, tonnes": "physical"}
    # Bound once when the app is built, not on every redraw.
    value_added, national = data.load_cached("value_added"), data.load_cached("national_series")

    def render(measure: str, base_year: int) -> alt.Chart:
        frame = plan.sector_index_frame(
            value_added,
            national,
            measure=measures[check_choice("measure", measure, measures)],
            base_year=base_year,
        )
        return charts.sector_index_chart(frame, base_year=base_year)

    controls = {
        "measure": ui.toggle("Measure", list(measures), "value added, current prices"),
        "base_year": ui.slider("Base year (= 100)", PLAN_START, PLAN_START, PLAN_END - 1, 1),
    }
    return ui.app(render, controls, title="Industry against agriculture, 1952-57")


def two_sector_app() -> ui.App:
    """Feldman-Mahalanobis: consumer-goods output under a high and a comparison share."""

    def render(high_share, comparison_share, v_k, v_c, years) -> alt.LayerChart:
        paths = two_sector.two_sector_paths(
            high_share, comparison_share, v_k=v_k, v_c=v_c, years=years
        )
        return charts.consumption_paths_chart(paths, overtakes=two_sector.overtaking_year(paths))

    d = TWO_SECTOR_DEFAULTS
    controls = {
        "high_share": ui.slider("High share to capital goods λ", d["high_share"], 0.05, 0.95, 0.05),
        "comparison_share": ui.slider(
            "Comparison share λ", d["comparison_share"], 0.05, 0.95, 0.05
        ),
        "v_k": ui.slider("Capital-output ratio, capital goods", d["v_k"], 1.0, 6.0, 0.5),
        "v_c": ui.slider("Capital-output ratio, consumer goods", d["v_c"], 1.0, 6.0, 0.5),
        "years": ui.slider("Years", d["years"], 5, 40, 1),
    }
    return ui.app(render, controls, title="Two-sector growth (Feldman-Mahalanobis)")


def food_constraint_app() -> ui.App:
    """The food constraint: urban grain need against the marketed surplus from 1952."""

    def render(share_agriculture, investment_rate, grain_kg_per_person, years) -> alt.LayerChart:
        path = food_path(share_agriculture, investment_rate, grain_kg_per_person, years)
        return charts.food_constraint_chart(
            path, share_agriculture=share_agriculture, binds=two_sector.binding_year(path)
        )

    share = plan_figure("ffyp_planned_outlay_share_agriculture") / 100
    controls = {
        "share_agriculture": ui.slider("Share of investment to farming", share, 0.0, 0.5, 0.01),
        "investment_rate": ui.slider(
            "Investment rate (share of output)",
            round(default_investment_rate(), 2),
            0.05,
            0.35,
            0.01,
        ),
        "grain_kg_per_person": ui.slider(
            "Grain per town dweller (kg/yr, illustrative)", GRAIN_KG_DEFAULT, *GRAIN_KG_RANGE, 10
        ),
        "years": ui.slider("Years from 1952", 20, 5, 30, 1),
    }
    return ui.app(render, controls, title="The food constraint")


APPS = (plan_growth_app, two_sector_app, food_constraint_app)
