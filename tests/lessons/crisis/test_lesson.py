"""Lesson 04: sourced defaults, every control of every app, the corrections, exercise checks."""

from __future__ import annotations

import pytest

from helpers.core import data
from helpers.lessons.crisis import apps, evidence, exercises, figures
from helpers.lessons.crisis import grain_balance as gb
from helpers.lessons.crisis import index_chains as crisis
from tests.support.lessons import non_finite_numbers

FACTORIES = {f.__name__: f for f in apps.APPS}


def grain_row(series: str, year: int, source_prefix: str = "") -> float:
    gt = data.load("grain_procurement_trade")
    rows = gt[(gt["series"] == series) & (gt["year"] == year)]
    rows = rows[rows["source"].str.startswith(source_prefix)]
    assert len(rows) == 1
    return float(rows["value"].iloc[0])


# ---- sourced figures and defaults -----------------------------------------------------------


def test_defaults_come_from_the_data():
    assert evidence.default_share_percent() == grain_row("procurement_share_of_output", 1957)
    assert evidence.default_imports_mt() == grain_row("grain_imports", 1961, "Lin")
    assert evidence.loc_growth(1958) == 45.0
    assert evidence.IMPORTS_FROM == 1961


def test_s22_imports_disagree_by_source_and_start_in_1961():
    gt = data.load("grain_procurement_trade")
    imports = gt[gt["series"] == "grain_imports"]
    assert imports["year"].min() == 1961  # no 1960 import figure: the text's "from 1960" [S22]
    assert sorted(imports.loc[imports["year"] == 1961, "value"]) == [4.5, 6.2]


def test_recorded_history_uses_the_models_rural_population():
    history = evidence.recorded_history().set_index("year")
    path = evidence.grain_path().set_index("year")
    for year in history.index:
        left = history.loc[year, "harvest_mt"] - history.loc[year, "procurement_mt"]
        assert history.loc[year, "grain_per_rural_person_kg"] == pytest.approx(
            1000 * left / path.loc[year, "rural_population_million"]
        )
    # In 1959 the state took more than a fixed quota at the 1957 share would have.
    assert (
        history.loc[1959, "grain_per_rural_person_kg"] < path.loc[1959, "grain_per_rural_person_kg"]
    )


def test_grain_path_defaults_are_the_sourced_ones():
    default = evidence.grain_path()
    explicit = evidence.grain_path(
        "fixed quota", evidence.default_share_percent(), 100.0, evidence.default_imports_mt()
    )
    assert default.equals(explicit)


def test_natural_increase_1960_is_negative_and_the_population_fell():
    ns = data.load("national_series").set_index("year")
    assert evidence.natural_increase(1960) == pytest.approx(20.86 - 25.43)
    assert ns.loc[1960, "population_yearend_million"] < ns.loc[1959, "population_yearend_million"]


def test_trade_figure_is_valid():
    spec = figures.trade_figure().to_dict()
    assert spec["title"] and spec["description"] and not non_finite_numbers(spec)


# ---- apps -------------------------------------------------------------------------------


def test_apps_tuple():
    assert set(FACTORIES) == {"index_app", "grain_balance_app", "vital_rates_app"}


@pytest.mark.parametrize("sector", crisis.SECTORS)
def test_index_app_every_base_year_for_both_sectors(sector):
    app = apps.index_app()
    app.controls["sector"].value = sector
    for base in range(crisis.FIRST_YEAR, crisis.LAST_YEAR + 1):
        app.controls["base_year"].value = base
        assert app.error is None
        description = app.chart.to_dict()["description"]
        assert description.startswith(f"With {base} = 100")
        description = description.lower()
        # Industry: the text's two runs (1958; 1961-62) never share a base year, so one of
        # them is always left out; farm output: the text covers 1958-61.
        text_drawn = sector == "agriculture" and 1958 <= base <= 1961
        assert (
            "not drawn" in description and "source text" in description.split("not drawn")[1]
        ) != (text_drawn)


def test_grain_app_description_follows_the_model():
    app = apps.grain_balance_app()
    for rule in gb.RULES:
        app.controls["rule"].value = rule
        for share in (15.0, 24.6, 40.0):
            app.controls["procurement_share_percent"].value = share
            path = evidence.grain_path(rule, share)
            below = path.loc[path["below_subsistence"], "year"].tolist()
            description = app.chart.to_dict()["description"]
            assert all(str(y) in description.split(";")[0] for y in below)
            assert ("falls below" in description) == bool(below)


def test_grain_app_imports_only_help_from_1961():
    app = apps.grain_balance_app()
    app.controls["imports_mt"].value = 0.0
    none = evidence.grain_path(imports_mt=0.0).set_index("year")
    some = evidence.grain_path(imports_mt=8.0).set_index("year")
    assert (some.loc[:1960, "grain_left_mt"] == none.loc[:1960, "grain_left_mt"]).all()
    assert (some.loc[1961:, "grain_left_mt"] > none.loc[1961:, "grain_left_mt"]).all()


def test_vital_app_adds_banister_and_drops_s20_points_without_deaths():
    app = apps.vital_rates_app()
    assert "Banister" not in app.chart.to_dict()["description"]
    app.controls["reconstruction"].value = "with Banister (1984)"
    assert "44.6" in app.chart.to_dict()["description"]
    app.controls["rates"].value = "births"
    assert "triangle-up" not in str(app.chart.to_dict())
    app.controls["rates"].value = "deaths"
    assert "triangle-up" in str(app.chart.to_dict())


def test_vital_app_refuses_an_unknown_series_in_words():
    app = apps.vital_rates_app()
    with pytest.raises(ValueError, match="reconstruction"):
        app.render(rates="both", reconstruction="census")


# ---- exercises --------------------------------------------------------------------------


def test_ex_1_chained_farm_fall():
    right = 100 * (1 - 0.86 * 0.87 * 0.98)
    assert exercises.ex_1(right) and exercises.ex_1(round(right, 1))
    assert "adds the percentages" in exercises.ex_1(29).message
    assert "positive" in exercises.ex_1(-right).message
    assert "level" in exercises.ex_1(100 - right).message
    assert exercises.ex_1(...).attempted is False


def test_ex_2_official_index_1962_is_above_1957():
    right = 100 * 267.4 / 244.5  # Chow (1993) via AER: 109.4
    assert exercises.ex_2_expected() == pytest.approx(right)
    assert exercises.ex_2(right) and exercises.ex_2(round(right, 1))
    assert right > 105  # the corrected answer: above 1957, not "back near it" or below
    spliced = 100 * 1.55 * 1.22 * 1.04 * 0.62 * 0.84
    assert "splices" in exercises.ex_2(spliced).message
    assert "two series" in exercises.ex_2(100 * 1.45 * 1.22 * 1.04 * 0.62 * 0.84).message
    assert "adds the percentages" in exercises.ex_2(138.6).message
    assert "change" in exercises.ex_2(right - 100).message
    assert exercises.ex_2(...).attempted is False


def test_ex_3_feedback_does_not_rest_on_the_reconstructed_1960_share():
    message = exercises.ex_3(exercises.ex_3_expected()).message
    assert "32.4" not in message and "37.7" in message


def test_ex_3_fixed_quota_share_in_1960():
    h = data.load("national_series").set_index("year")["grain_output_revised_mt"]
    right = evidence.default_share_percent() * h[1958] / h[1960]
    assert exercises.ex_3_expected() == pytest.approx(right)
    assert exercises.ex_3(right) and exercises.ex_3(round(right, 1))
    assert "fixed in tonnes" in exercises.ex_3(evidence.default_share_percent()).message
    assert exercises.ex_3(...).attempted is False


def test_ex_4_natural_increase():
    right = evidence.natural_increase(1960)
    assert exercises.ex_4(right) and exercises.ex_4(round(right, 2))
    assert "sign" in exercises.ex_4(-right).message
    assert "percent" in exercises.ex_4(right / 10).message
    assert exercises.ex_4(...).attempted is False
