"""Redrawn charts keep their specs when they become cached templates (issue 9, section 4).

Each case below was drawn by the app before its chart became a template, and its spec was
recorded in ``tests/course/specs/<app>.json`` (apart from dataset names: see
:mod:`tests.support.specs`). A chart drawn now from the same values must give the same
spec, so a missing layer, a lost marker or a changed scale fails here. A template keeps one
layer set for every value: a marker with nothing to mark is an empty layer, not a missing one.

To record the cases again after a deliberate change to a chart::

    GLF_RECORD_SPECS=1 .venv/bin/python -m pytest -q tests/course/test_redrawn_specs.py
"""

from __future__ import annotations

import json
import os

import pytest

from helpers.lessons.communes import apps as communes
from helpers.lessons.crisis import apps as crisis
from helpers.lessons.soviet_model import apps as soviet_model
from tests.support import specs

CASES = {
    "01.plan_growth_app": (
        soviet_model.plan_growth_app,
        [
            {"measure": measure, "base_year": year}
            for measure in ("value added, current prices", "steel and grain, tonnes")
            for year in range(1952, 1957)
        ],
    ),
    "01.two_sector_app": (
        soviet_model.two_sector_app,
        [
            {},
            {"years": 5},
            {"years": 21},
            {"years": 40},
            {"v_c": 1.0},
            {"v_c": 6.0},
            {"v_c": 4.5, "years": 10},
            {"v_k": 6.0},
            {"v_k": 1.0, "years": 8},
            {"high_share": 0.3, "comparison_share": 0.3},
            {"high_share": 0.1, "comparison_share": 0.6},
            {"high_share": 0.95, "comparison_share": 0.05, "years": 40},
            {"high_share": 0.55, "comparison_share": 0.5, "years": 12},
        ],
    ),
    "01.food_constraint_app": (
        soviet_model.food_constraint_app,
        [
            {},
            {"share_agriculture": 0.0},
            {"share_agriculture": 0.5},
            {"investment_rate": 0.05},
            {"investment_rate": 0.35},
            {"years": 5},
            {"years": 30},
            {"grain_kg_per_person": 150},
            {"grain_kg_per_person": 300, "share_agriculture": 0.3},
            {"share_agriculture": 0.5, "investment_rate": 0.05, "years": 30},
        ],
    ),
    "03.mess_hall_app": (
        communes.mess_hall_app,
        [
            {},
            {"free_months": 0},
            {"free_months": 1},
            {"free_months": 6},
            {"free_months": 11},
            {"free_months": 12},
            {"stock_kg": 100},
            {"stock_kg": 300},
            {"stock_kg": 300, "free_months": 12, "overeating_pct": 0},
            {"overeating_pct": 0},
            {"overeating_pct": 100},
            {"stock_kg": 100, "free_months": 9, "overeating_pct": 100},
            {"stock_kg": 200, "free_months": 2, "overeating_pct": 20},
        ],
    ),
    "04.index_app": (
        crisis.index_app,
        [
            {"sector": sector, "base_year": year}
            for sector in ("industry", "agriculture")
            for year in range(1957, 1963)
        ],
    ),
    "04.grain_balance_app": (
        crisis.grain_balance_app,
        [
            {},
            {"rule": "share of harvest"},
            {"procurement_share_percent": 10.0},
            {"procurement_share_percent": 45.0, "rule": "share of harvest"},
            {"harvest_fall_percent": 0},
            {"harvest_fall_percent": 150, "rule": "share of harvest"},
            {"imports_mt": 0.0},
            {"imports_mt": 8.0},
            {"subsistence_kg": 150},
            {"subsistence_kg": 300, "rule": "share of harvest"},
        ],
    ),
    "04.vital_rates_app": (
        crisis.vital_rates_app,
        [
            {"rates": rates, "reconstruction": reconstruction}
            for rates in ("both", "deaths", "births")
            for reconstruction in ("official only", "with Banister (1984)")
        ],
    ),
}
#: Apps whose chart adds a marker for some values: their layer set must not change.
MARKED = ("01.two_sector_app", "01.food_constraint_app", "03.mess_hall_app")
#: Apps whose template must keep one layer set (the vital-rates chart has two templates: its
#: source-text points carry a legend, which an empty layer would leave hanging).
FIXED_LAYERS = (*MARKED, "04.index_app", "04.grain_balance_app")


def draw_all(name: str) -> list[tuple[dict, object]]:
    factory, cases = CASES[name]
    app = factory()
    drawn = []
    for case in cases:
        values = {**app.values(), **case}
        drawn.append((values, app.render(**values)))
    return drawn


if os.environ.get("GLF_RECORD_SPECS"):  # pragma: no cover - run by hand, see above

    @pytest.mark.parametrize("name", list(CASES))
    def test_record(name):
        specs.write(
            name,
            [{"values": v, "spec": specs.normalised(chart)} for v, chart in draw_all(name)],
        )


@pytest.mark.parametrize("name", list(CASES))
def test_specs_are_those_drawn_before_apart_from_dataset_names(name):
    recorded = specs.load(name)
    drawn = draw_all(name)
    assert [case["values"] for case in recorded] == [json.loads(json.dumps(v)) for v, _ in drawn]
    for case, (values, chart) in zip(recorded, drawn, strict=True):
        assert specs.normalised(chart) == case["spec"], f"{name} at {values}"


@pytest.mark.parametrize("name", FIXED_LAYERS)
def test_a_redrawn_chart_keeps_one_layer_set_for_every_value(name):
    layer_sets = {tuple(specs.layer_marks(chart)) for _, chart in draw_all(name)}
    assert len(layer_sets) == 1, f"{name} draws different layer sets: {layer_sets}"


@pytest.mark.parametrize("name", MARKED)
def test_the_cases_include_values_with_and_without_a_marker(name):
    counts = {len(case["spec"]["layer"]) for case in specs.load(name)}
    assert len(counts) > 1, f"{name}: every case has {counts} layers"
