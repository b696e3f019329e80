"""Lesson 04's apps (in :data:`APPS`).

* :func:`index_app`: the source text's yearly changes chained into an index, beside the
  series in the course data, for industry or agriculture, on a chosen base year;
* :func:`grain_balance_app`: harvest, procurement rule and imports -> grain left per
  rural person, 1958-62, against an illustrative subsistence line;
* :func:`vital_rates_app`: official crude birth and death rates 1949-66, famine years
  shaded, with Banister's (1984) reconstruction as an option.
"""

from __future__ import annotations

import functools

import altair as alt

from helpers.core import data, ui
from helpers.core.validate import check_choice
from helpers.lessons.crisis import charts, grain_balance, index_chains
from helpers.lessons.crisis.evidence import (
    IMPORTS_FROM,
    changes,
    default_imports_mt,
    default_share_percent,
    grain_inputs,
    grain_path,
    recorded_history,
)
from helpers.shared import vital_rates


def index_app() -> ui.App:
    """Yearly changes chained into an index, for industry or agriculture, on a base year."""
    # Chained once when the app is built: a redraw only puts the levels on its base year.
    levels = {
        sector: index_chains.sector_levels(changes(sector)) for sector in index_chains.SECTORS
    }

    # Two sectors by six base years: each chart is built once, the first time it is asked for.
    @functools.cache
    def render(sector: str, base_year: int) -> alt.LayerChart:
        check_choice("sector", sector, index_chains.SECTORS)
        indices = index_chains.on_base(levels[sector], base_year=base_year)
        return charts.index_chart(indices, sector=sector, base_year=base_year)

    controls = {
        "sector": ui.toggle("Sector", list(index_chains.SECTORS), "agriculture"),
        "base_year": ui.slider(
            "Base year (= 100)", 1958, index_chains.FIRST_YEAR, index_chains.LAST_YEAR, 1
        ),
    }
    return ui.app(render, controls, title="Chaining yearly changes: output, 1957-62")


def grain_balance_app() -> ui.App:
    """Grain left per rural person under a procurement rule, with imports, 1958-62."""
    # Bound once when the app is built, not on every redraw.
    history, inputs = recorded_history(), grain_inputs()

    def render(rule, procurement_share_percent, harvest_fall_percent, imports_mt, subsistence_kg):
        path = grain_path(
            rule,
            procurement_share_percent,
            harvest_fall_percent,
            imports_mt,
            subsistence_kg,
            inputs=inputs,
        )
        return charts.grain_balance_chart(path, rule=rule, history=history)

    controls = {
        "rule": ui.toggle("Procurement rule", list(grain_balance.RULES), "fixed quota"),
        "procurement_share_percent": ui.slider(
            "Share procured, %",
            default_share_percent(),
            10.0,
            45.0,
            0.1,
        ),
        "harvest_fall_percent": ui.slider("Harvest fall, % of recorded", 100, 0, 150, 10),
        "imports_mt": ui.slider(
            f"Imports from {IMPORTS_FROM}, Mt a year", default_imports_mt(), 0.0, 8.0, 0.1
        ),
        "subsistence_kg": ui.slider(
            "Subsistence, kg a year (illustrative)",
            int(grain_balance.SUBSISTENCE_KG),
            150,
            300,
            5,
        ),
    }
    return ui.app(render, controls, title="Grain in the villages, 1958-62")


def vital_rates_app() -> ui.App:
    """Official crude birth and death rates 1949-66, with Banister's reconstruction optional."""
    national = data.load_cached("national_series")
    s20 = vital_rates.s20_death_rates(national)
    reconstructions = {"official only": False, "with Banister (1984)": True}

    # Six charts in all (three choices by two): each is built once, when first asked for.
    @functools.cache
    def render(rates: str, reconstruction: str) -> alt.LayerChart:
        check_choice("reconstruction", reconstruction, reconstructions)
        frame = vital_rates.long_rates(
            national, rates=rates, reconstruction=reconstructions[reconstruction]
        )
        return charts.vital_rates_chart(frame, s20=s20)

    controls = {
        "rates": ui.toggle("Show", list(vital_rates.VITAL_RATES), "both"),
        "reconstruction": ui.toggle("Series", list(reconstructions), "official only"),
    }
    return ui.app(render, controls, title="Births and deaths per 1,000, 1949-66")


APPS = (index_app, grain_balance_app, vital_rates_app)
