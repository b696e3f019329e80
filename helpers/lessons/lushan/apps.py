"""Lesson 05's apps (in :data:`APPS`).

* :func:`policy_app`: the death rate (registered or reconstructed) or the harvest, 1957-62,
  with the political events of one kind drawn on the same time axis;
* :func:`food_app`: the grain exported in 1958-60 and imported in 1961 as person-years of
  food, at a steerable (illustrative) ration, with a choice of source for the imports.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from helpers.core import ui
from helpers.lessons.lushan import charts, evidence, food_years

#: Illustrative ration, kg of grain a person a year (no source: steer it). Not the
#: exercises' 200 kg, so the app's caption does not give their answers away.
RATION_DEFAULT_KG = 250
KIND_CHOICES = ["all", *evidence.EVENT_KINDS]


def policy_app() -> ui.App:
    """A yearly series 1957-62 beside the political events of a chosen kind."""
    # Read once when the app is built: a redraw only selects.
    national = evidence.national(1957, 1962)
    events = evidence.political_events()

    def render(measure: str, kind: str) -> alt.LayerChart:
        column = charts.MEASURES[measure][0]
        series = pd.DataFrame({"year": national["year"], "value": national[column]})
        shown = events if kind == "all" else events[events["kind"] == kind]
        return charts.policy_chart(series, shown, measure=measure, kind=kind)

    controls = {
        "measure": ui.toggle("Series", list(charts.MEASURES), "registered deaths"),
        "kind": ui.toggle("Events (this lesson's reading)", KIND_CHOICES, "all"),
    }
    return ui.app(render, controls, title="Policy and the death rate, 1957-62")


def food_app() -> ui.App:
    """Grain exported and imported as person-years of food at a chosen ration."""
    flows = {source: evidence.trade_flows(source) for source in evidence.IMPORT_SOURCES}

    def render(ration_kg: int, imports_from: str) -> alt.Chart:
        table = food_years.person_years_table(flows[imports_from], ration_kg)
        return charts.food_chart(table, ration_kg=ration_kg)

    controls = {
        "ration_kg": ui.slider(
            "Ration, kg a person a year (illustrative)", RATION_DEFAULT_KG, 150, 300, 5
        ),
        "imports_from": ui.toggle(
            "1961 imports as given by", list(evidence.IMPORT_SOURCES), "Lin and Yang (2000)"
        ),
    }
    return ui.app(render, controls, title="Exports against lives: grain as food, 1958-61")


APPS = (policy_app, food_app)
