"""Lesson 02's apps (in :data:`APPS`).

* :func:`labour_app`: the rural labour force split, by season, across farming, water works
  and backyard industry, and what that gives in grain and steel now and grain later;
* :func:`reports_app`: localities over-report a good harvest, the state procures a rate of
  what is reported (so a larger share of what was grown), and some are left below a
  subsistence line.
"""

from __future__ import annotations

import altair as alt

from helpers.core import ui
from helpers.lessons.decentralisation import charts, inflated_reports, mobilisation
from helpers.lessons.decentralisation.evidence import (
    HARVEST_YEAR,
    LABOUR_DEFAULTS,
    NORMAL_RATE_YEAR,
    REPORTS_DEFAULTS,
    allocation,
    beidaihe_steel_target_mt,
    national,
    procurement_share,
    rural_economy,
)


def labour_app() -> ui.App:
    """Capital from labour: who works where, by season, and what it yields now and later."""
    economy = rural_economy()
    target = beidaihe_steel_target_mt()

    def render(water_slack, backyard_slack, backyard_harvest, quality) -> alt.VConcatChart:
        plan = allocation(water_slack, backyard_slack, backyard_harvest)
        outcome = mobilisation.mobilisation_outcome(plan, economy, quality=quality)
        return charts.labour_chart(plan, outcome, steel_target_mt=target)

    d = LABOUR_DEFAULTS
    controls = {
        "water_slack": ui.slider(
            "Water works, winter slack (share of labour)", d["water_slack"], 0.0, 0.5, 0.05
        ),
        "backyard_slack": ui.slider(
            "Backyard industry, winter slack", d["backyard_slack"], 0.0, 0.5, 0.05
        ),
        "backyard_harvest": ui.slider(
            "Backyard industry, autumn harvest", d["backyard_harvest"], 0.0, 0.5, 0.05
        ),
        "quality": ui.slider("Water-works quality (0 bad, 1 good)", d["quality"], 0.0, 1.0, 0.05),
    }
    return ui.app(render, controls, title="Capital from labour: one rural year (illustrative)")


def procurement_options() -> dict[str, float]:
    """Rates on *reported* output for the reports app's toggle: 1957's recorded share (the
    normal rate, when reports and harvest agreed) and two illustrative rates around it.

    Examples
    --------
    >>> list(procurement_options())
    ['20 %', '24.6 % (1957)', '30 %']
    """
    normal = procurement_share(NORMAL_RATE_YEAR)
    return {"20 %": 0.2, f"{100 * normal:.1f} % ({NORMAL_RATE_YEAR})": normal, "30 %": 0.3}


def reports_app() -> ui.App:
    """Inflated reports in a good year: what the state takes and what the villages keep."""
    # Bound once: the harvest and population the model runs on (see evidence.reports).
    harvest = national(HARVEST_YEAR, "grain_output_revised_mt")
    population = national(HARVEST_YEAR, "population_yearend_million")

    def render(mean_inflation, inflation_spread, share, subsistence_kg) -> alt.VConcatChart:
        frame = inflated_reports.locality_reports(
            harvest,
            population,
            procurement_share=share,
            mean_inflation=mean_inflation,
            inflation_spread=inflation_spread,
            subsistence_kg=subsistence_kg,
        )
        summary = inflated_reports.reports_summary(frame)
        return charts.reports_chart(frame, summary, procurement_share=share)

    d = REPORTS_DEFAULTS
    controls = {
        "mean_inflation": ui.slider(
            "Reports above the true harvest (average, illustrative)",
            d["mean_inflation"],
            0.0,
            1.0,
            0.05,
            fmt=".0%",
        ),
        "inflation_spread": ui.slider(
            "Unevenness of over-reporting (0 even, 1 very uneven)",
            d["inflation_spread"],
            0.0,
            1.0,
            0.1,
        ),
        "share": ui.toggle(
            "Procurement rate on reported output",
            procurement_options(),
            procurement_share(NORMAL_RATE_YEAR),
        ),
        "subsistence_kg": ui.slider(
            "Subsistence line, kg a year (illustrative)", d["subsistence_kg"], 150, 300, 10
        ),
    }
    return ui.app(
        render,
        controls,
        title=f"Inflated reports in a good year: the {HARVEST_YEAR} harvest of {harvest:g} Mt",
    )


APPS = (labour_app, reports_app)
