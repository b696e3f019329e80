"""Lesson 01: sourced figures, every control of every app, static figures, exercise checks."""

from __future__ import annotations

import pytest

from helpers.core import data
from helpers.lessons.soviet_model import apps, evidence, exercises, figures, plan, two_sector

FACTORIES = {f.__name__: f for f in apps.APPS}


def first_plan_value(indicator: str) -> float:
    plan = data.load("first_plan")
    return float(plan.loc[plan["indicator"] == indicator, "value"].iloc[0])


# ---- sourced figures ---------------------------------------------------------------------


def test_food_economy_comes_from_the_data():
    ns = data.load("national_series").set_index("year")
    va = data.load("value_added").set_index("year")
    eco = evidence.food_economy()
    assert eco.start_year == 1952
    assert eco.grain_mt == ns.loc[1952, "grain_output_revised_mt"]
    assert eco.population_million == ns.loc[1952, "population_yearend_million"]
    grown = eco.population_million * (1 + eco.population_growth) ** 5
    assert grown == pytest.approx(ns.loc[1957, "population_yearend_million"])
    assert eco.farm_va == va.loc[1952, "primary_va_100m_yuan"]
    assert eco.farm_va + eco.nonfarm_va == pytest.approx(va.loc[1952, "gdp_100m_yuan"])


def test_default_investment_rate_is_capital_construction_over_gdp():
    va = data.load("value_added").set_index("year")
    invest_100m = first_plan_value("ffyp_capital_construction_investment_actual") * 10
    expected = invest_100m / va.loc[1953:1957, "gdp_100m_yuan"].sum()
    assert evidence.default_investment_rate() == pytest.approx(expected)
    assert 0.05 < expected < 0.35  # inside the app's slider range


def test_food_path_defaults_to_the_plan_share():
    default = evidence.food_path(years=10)
    explicit = evidence.food_path(
        first_plan_value("ffyp_planned_outlay_share_agriculture") / 100,
        evidence.default_investment_rate(),
        years=10,
    )
    assert default.equals(explicit)
    changed = evidence.food_path(years=10, urban_share=0.2)
    assert changed["urban_grain_need_mt"].iloc[0] > default["urban_grain_need_mt"].iloc[0]


def test_s1_industry_outgrew_agriculture_on_every_measure_and_base_year():
    va, ns = data.load("value_added"), data.load("national_series")
    for measure in plan.MEASURES:
        for base in range(1952, 1957):
            frame = plan.sector_index_frame(va, ns, measure=measure, base_year=base)
            end = frame[frame["year"] == 1957].set_index("series")["index_base_100"]
            industry, farm = end.iloc[0], end.iloc[1]
            assert industry > farm > 95, (measure, base, end.to_dict())
            assert frame.loc[frame["year"] == base, "index_base_100"].tolist() == pytest.approx(
                [100.0, 100.0]
            )


def test_outlay_shares_keep_the_sources_wording():
    frame = plan.outlay_shares_frame(data.load("first_plan"))
    labels = dict(zip(frame["sector"], frame["label"], strict=True))
    assert labels == {
        "Industry": "more than 50 %",
        "Transport and telecommunications": "20 %",
        "Agriculture": "7 %",
    }


def test_plan_vs_outcome_compares_like_with_like():
    """E7: industry's gross-value target against its gross-value outcome, and nothing else.

    Grain tonnes must not stand against agriculture's gross-value target (the old chart did).
    """
    spec = figures.plan_vs_outcome_figure().to_dict()
    data_name = spec.get("data", spec["layer"][0].get("data", {})).get("name")
    rows = spec["datasets"][data_name]
    got = {(r["sector"], r["kind"]): r["increase_percent"] for r in rows}
    assert set(got) == {("Industry", "Plan target"), ("Industry", "Outcome")}
    assert got[("Industry", "Plan target")] == pytest.approx(100 * (1.147**5 - 1))
    assert got[("Industry", "Outcome")] == first_plan_value("ffyp_actual_gvio_growth_total")
    assert all("gross value of industrial output" in r["measure"] for r in rows)


def test_e7_grain_per_head_peaked_in_1956_and_fell_in_1957():
    frame = plan.grain_per_head_frame(data.load("national_series"))
    ns = data.load("national_series").set_index("year")
    per_head = frame.set_index("year")["grain_kg_per_person"]
    assert per_head.index.tolist() == list(range(1952, 1958))
    assert per_head[1956] == pytest.approx(
        1000 * ns.loc[1956, "grain_output_revised_mt"] / ns.loc[1956, "population_yearend_million"]
    )
    assert per_head.idxmax() == 1956
    assert per_head[1957] < per_head[1956]
    assert per_head[1957] > per_head[1952]  # the 1952/1957 comparison hides the fall


def test_e2_the_leap_pushed_heavy_industry_harder():
    oi = data.load("output_indices")

    def one(series, year):
        return float(oi.loc[(oi["series"] == series) & (oi["year"] == year), "value"].iloc[0])

    frame = evidence.leap_heavy_industry().set_index("indicator")
    assert frame.loc["accumulation rate, 1953", "value"] == one("accumulation_rate", 1953) == 23
    assert frame.loc["accumulation rate, 1959", "value"] == one("accumulation_rate", 1959) == 44
    assert all("Yearbook of China 1984" in s for s in frame["source"].iloc[:2])
    assert "capital construction" not in " ".join(frame.index)  # no cross-series ratio
    share = frame.loc["heavy industry's share of industrial output, 1960", "value"]
    assert share == one("heavy_industry_share_of_gvio", 1960)
    assert share > 60  # "two thirds"


@pytest.mark.parametrize("make", [figures.outlay_figure, figures.plan_vs_outcome_figure])
def test_static_figures_are_valid_with_title_and_description(make):
    spec = make().to_dict()
    assert spec["title"] and spec["description"]
    assert [layer["mark"]["type"] for layer in spec["layer"]] == ["bar", "text"]


# ---- apps: defaults, every control across its range --------------------------------------


def test_apps_tuple():
    assert set(FACTORIES) == {"plan_growth_app", "two_sector_app", "food_constraint_app"}


def test_two_sector_app_states_the_overtaking_year():
    app = apps.two_sector_app()
    s = apps.TWO_SECTOR_DEFAULTS
    paths = two_sector.two_sector_paths(
        s["high_share"], s["comparison_share"], v_k=s["v_k"], v_c=s["v_c"], years=s["years"]
    )
    year = two_sector.overtaking_year(paths)
    assert (
        f"overtakes the comparison path's consumer-goods output in year {year}"
        in (app.chart.to_dict()["description"])
    )
    app.controls["comparison_share"].value = app.controls["high_share"].value
    assert app.error is None and "equal" in app.chart.to_dict()["description"]
    app.controls["high_share"].value = 0.05
    assert app.error is None and "below the comparison" in app.chart.to_dict()["description"]


def test_food_app_states_the_binding_year_and_moves_it_with_the_farm_share():
    app = apps.food_constraint_app()
    app.controls["years"].value = 30
    found = []
    for share in (0.0, 0.1, 0.2, 0.3, 0.4, 0.5):
        app.controls["share_agriculture"].value = share
        description = app.chart.to_dict()["description"]
        path = evidence.food_path(
            share,
            app.controls["investment_rate"].value,
            app.controls["grain_kg_per_person"].value,
            30,
        )
        year = two_sector.binding_year(path)
        assert (f"in {year}" in description) if year else ("stays below" in description)
        found.append(year or 9999)
    assert found == sorted(found)


def test_plan_app_refuses_an_unknown_measure_in_words():
    app = apps.plan_growth_app()
    with pytest.raises(ValueError, match="measure"):
        app.render(measure="gdp", base_year=1952)


@pytest.mark.parametrize(
    ("kwargs", "error", "name"),
    [
        ({"measure": "gdp"}, ValueError, "measure"),
        ({"base_year": 1957}, ValueError, "base_year"),
        ({"base_year": "1952"}, TypeError, "base_year"),
    ],
)
def test_sector_index_frame_bad_inputs(kwargs, error, name):
    va, ns = data.load("value_added"), data.load("national_series")
    with pytest.raises(error, match=name):
        plan.sector_index_frame(va, ns, **kwargs)


def test_plan_figure_refuses_unknown_indicators():
    with pytest.raises(ValueError, match="indicator"):
        evidence.plan_figure("ffyp_made_up")


# ---- exercises -------------------------------------------------------------------------


def test_ex_1_compounding():
    total = first_plan_value("ffyp_actual_gvio_growth_total")
    right = 100 * ((1 + total / 100) ** (1 / 5) - 1)
    assert exercises.ex_1(...).attempted is False and not exercises.ex_1(...)
    assert exercises.ex_1(right) and exercises.ex_1(round(right, 1))
    simple = exercises.ex_1(total / 5)
    assert not simple and simple.attempted and "compounding" in simple.message
    assert "percent" in exercises.ex_1(right / 100).message
    assert "plan's target" in exercises.ex_1(14.7).message
    assert not exercises.ex_1("18 %")


def test_ex_2_overtaking_year():
    s = exercises.EX2_SETTINGS
    paths = two_sector.two_sector_paths(
        s["high_share"], s["comparison_share"], v_k=s["v_k"], v_c=s["v_c"], years=s["years"]
    )
    right = two_sector.overtaking_year(paths)
    assert right is not None and right == exercises.ex_2_expected()
    assert exercises.ex_2(right)
    assert not exercises.ex_2(right - 1) and "early" in exercises.ex_2(right - 1).message
    assert not exercises.ex_2(right + 3)
    assert exercises.ex_2(...).attempted is False


def test_ex_3_smallest_farm_share():
    right = exercises.ex_3_expected()
    settings = exercises.EX3_SETTINGS
    assert two_sector.binding_year(evidence.food_path(right, **settings)) is None
    assert two_sector.binding_year(evidence.food_path(right - 0.01, **settings)) is not None
    assert 0.01 < right < 0.5, "the exercise should have a non-trivial answer"
    assert exercises.ex_3(right) and exercises.ex_3(round(right, 2))
    too_small = exercises.ex_3(0.0)
    assert not too_small and "binds" in too_small.message
    too_big = exercises.ex_3(0.5)
    assert not too_big and "smaller share" in too_big.message
    assert not exercises.ex_3(25) and "between 0 and 1" in exercises.ex_3(25).message
    assert exercises.ex_3(...).attempted is False
    assert not exercises.ex_3("a lot")
