"""Lesson 02's static figures: the 1957-58 timeline, steel and grain, from the course data."""

from __future__ import annotations

import altair as alt
import pandas as pd

from helpers.core import data
from helpers.core.i18n import N_
from helpers.lessons.decentralisation import charts
from helpers.lessons.decentralisation.evidence import (
    HARVEST_YEAR,
    beidaihe_grain_expectation_mt,
    beidaihe_steel_target_mt,
    second_plan_targets,
)
from helpers.shared import timeline, timeline_chart

#: Themes of the 1957-58 timeline figure.
TIMELINE_THEMES = ("planning", "politics", "industry", "agriculture and communes")


def timeline_figure() -> alt.LayerChart:
    """Events that began in 1957-58, in planning, politics, industry and agriculture.

    Spans that began earlier (the First Plan, 1953-57) are left out: the figure's time axis
    starts in 1957.
    """
    events = timeline.filter_events(data.load_cached("timeline"), TIMELINE_THEMES, 1957, 1958)
    events = events[events["start"] >= "1957-01-01"].reset_index(drop=True)
    return timeline_chart.timeline_chart(
        events, start_year=1957, end_year=1958, themes=TIMELINE_THEMES
    )


def steel_figure() -> alt.LayerChart:
    """Steel output 1949-66 (COW NMC), the 1958 target and the Second Plan's."""
    ns = data.load_cached("national_series")
    series = pd.DataFrame(
        {"year": ns["year"], "series": N_("recorded (COW NMC)"), "output_mt": ns["steel_output_mt"]}
    )
    plan = second_plan_targets().set_index("indicator")
    steel_1962 = plan.loc["second_plan_original_target_steel_1962"]
    references = pd.DataFrame(
        {
            "year": [HARVEST_YEAR, 1962],
            "label": [N_("1958 target (Beidaihe)"), N_("1962 target (Second Plan)")],
            "low_mt": [beidaihe_steel_target_mt(), steel_1962["value"]],
            "high_mt": [beidaihe_steel_target_mt(), steel_1962["value_high"]],
        }
    )
    return charts.record_chart(series, references, quantity=N_("Steel"), focus_year=HARVEST_YEAR)


def grain_figure() -> alt.LayerChart:
    """Grain output 1949-66 (revised and older official series) and the Beidaihe expectation."""
    ns = data.load_cached("national_series")
    series = pd.concat(
        [
            pd.DataFrame(
                {
                    "year": ns["year"],
                    "series": N_("revised official"),
                    "output_mt": ns["grain_output_revised_mt"],
                }
            ),
            pd.DataFrame(
                {
                    "year": ns["year"],
                    "series": N_("older official"),
                    "output_mt": ns["grain_output_old_official_mt"],
                }
            ),
        ],
        ignore_index=True,
    )
    low, high = beidaihe_grain_expectation_mt()
    references = pd.DataFrame(
        {
            "year": [HARVEST_YEAR],
            "label": [N_("expected at Beidaihe")],
            "low_mt": [low],
            "high_mt": [high],
        }
    )
    return charts.record_chart(series, references, quantity=N_("Grain"), focus_year=HARVEST_YEAR)
