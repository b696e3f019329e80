"""The two models of lesson 01 against closed forms, limits and hand-computed cases.

Claim S5 (not enough capital for industry and agriculture at once) is what the
food-constraint tests pin down: more capital to farming must push the binding year
later, never earlier.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from helpers.lessons.soviet_model import charts as tsc
from helpers.lessons.soviet_model import two_sector as ts

ECONOMY = ts.FoodEconomy(
    start_year=1952,
    grain_mt=160.0,
    population_million=570.0,
    population_growth=0.02,
    farm_va=340.0,
    nonfarm_va=340.0,
)


def marks(chart) -> list[str]:
    """The marks drawn: a template's layer whose named dataset is empty draws nothing."""
    spec = chart.to_dict()
    datasets = spec.get("datasets", {})
    layers = [
        layer
        for layer in spec.get("layer", [spec])
        if datasets.get(layer.get("data", {}).get("name"), [None]) != []
    ]
    return [
        layer["mark"]["type"] if isinstance(layer["mark"], dict) else layer["mark"]
        for layer in layers
    ]


# ---- two-sector growth: closed forms and limits ----------------------------------------


@pytest.mark.parametrize(("lam", "v_k"), [(0.1, 1.0), (0.3, 2.0), (0.5, 2.5), (0.9, 6.0)])
def test_investment_grows_geometrically(lam, v_k):
    df = ts.two_sector_path(lam, v_k=v_k, v_c=3.0, years=25)
    t = df["year"].to_numpy()
    expected = 25.0 * (1 + lam / v_k) ** t
    np.testing.assert_allclose(df["investment_output_index"], expected, rtol=1e-12)


@pytest.mark.parametrize(("lam", "v_c"), [(0.2, 1.0), (0.5, 2.0), (0.8, 4.5)])
def test_consumption_is_initial_plus_installed_investment(lam, v_c):
    df = ts.two_sector_path(lam, v_k=2.0, v_c=v_c, years=20)
    invest = df["investment_output_index"].to_numpy()
    past = np.concatenate([[0.0], np.cumsum(invest)[:-1]])  # sum over s < t
    expected = 100.0 + (1 - lam) / v_c * past
    np.testing.assert_allclose(df["consumption_output_index"], expected, rtol=1e-12)


def test_capital_is_output_times_capital_output_ratio():
    df = ts.two_sector_path(0.4, v_k=2.5, v_c=3.5, years=10)
    np.testing.assert_allclose(
        df["capital_goods_capital_index"], 2.5 * df["investment_output_index"]
    )
    np.testing.assert_allclose(
        df["consumer_goods_capital_index"], 3.5 * df["consumption_output_index"]
    )


def test_lam_zero_keeps_investment_constant():
    df = ts.two_sector_path(0.0, v_k=2.0, v_c=2.0, years=15)
    assert np.allclose(df["investment_output_index"], 25.0)
    # all of it goes to consumer goods: consumption rises by 25 / v_c a year
    assert np.allclose(np.diff(df["consumption_output_index"]), 25.0 / 2.0)


def test_lam_one_keeps_consumption_constant():
    df = ts.two_sector_path(1.0, v_k=2.0, v_c=2.0, years=15)
    assert np.allclose(df["consumption_output_index"], 100.0)


def test_depreciation_shrinks_a_stock_that_gets_nothing():
    df = ts.two_sector_path(0.0, v_k=2.0, v_c=2.0, years=10, depreciation=0.1)
    expected = 25.0 * 0.9 ** df["year"].to_numpy()
    np.testing.assert_allclose(df["investment_output_index"], expected)


def test_equal_shares_give_identical_paths_and_no_overtaking():
    df = ts.two_sector_paths(0.35, 0.35, v_k=3.0, v_c=2.0, years=30)
    high = df[df["path"] == "high"].drop(columns="path").reset_index(drop=True)
    low = df[df["path"] == "comparison"].drop(columns="path").reset_index(drop=True)
    pd.testing.assert_frame_equal(high, low)
    assert ts.overtaking_year(df) is None


def test_higher_lam_grows_investment_faster_but_consumes_less_at_first():
    df = ts.two_sector_paths(0.6, 0.2, v_k=2.0, v_c=2.0, years=30)
    high, low = (df[df["path"] == p].set_index("year") for p in ("high", "comparison"))
    growth_high = high["investment_output_index"].pct_change().dropna()
    growth_low = low["investment_output_index"].pct_change().dropna()
    assert (growth_high > growth_low).all()
    assert high.loc[1, "consumption_output_index"] < low.loc[1, "consumption_output_index"]
    assert high.loc[0, "consumption_output_index"] == low.loc[0, "consumption_output_index"]


def test_overtaking_year_hand_computed():
    # lam 0.5 vs 0.2, v_k = v_c = 2, I_0 = 25, C_0 = 100:
    # high: I_t = 25 * 1.25**t, C_t = 100 + 0.25 * 100 * (1.25**t - 1) = 100 + 25 (1.25**t - 1)
    # low:  I_t = 25 * 1.10**t, C_t = 100 + 0.40 * 250 * (1.10**t - 1) = 100 + 100 (1.1**t - 1)
    # t = 7: 25 * 3.768 = 94.2 < 100 * 0.9487 = 94.9;  t = 8: 124.0 > 114.4  ->  year 8
    df = ts.two_sector_paths(0.5, 0.2, v_k=2.0, v_c=2.0, years=20)
    c = df.pivot(index="year", columns="path", values="consumption_output_index")
    assert c.loc[7, "high"] == pytest.approx(100 + 25 * (1.25**7 - 1))
    assert c.loc[7, "comparison"] == pytest.approx(100 + 100 * (1.1**7 - 1))
    assert c.loc[7, "high"] < c.loc[7, "comparison"] and c.loc[8, "high"] > c.loc[8, "comparison"]
    assert ts.overtaking_year(df) == 8


def test_overtaking_none_when_horizon_too_short_or_shares_reversed():
    assert ts.overtaking_year(ts.two_sector_paths(0.5, 0.2, v_k=2.0, v_c=2.0, years=7)) is None
    assert ts.overtaking_year(ts.two_sector_paths(0.2, 0.5, v_k=2.0, v_c=2.0, years=30)) is None


def test_slower_capital_goods_sector_delays_overtaking():
    years = [
        ts.overtaking_year(ts.two_sector_paths(0.5, 0.2, v_k=v_k, v_c=2.0, years=200))
        for v_k in (1.0, 2.0, 3.0, 4.0)
    ]
    assert years == sorted(years) and len(set(years)) > 1


# ---- two-sector growth: bad inputs ---------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "error", "name"),
    [
        ({"share_capital_goods": 1.5}, ValueError, "share_capital_goods"),
        ({"share_capital_goods": -0.1}, ValueError, "share_capital_goods"),
        ({"share_capital_goods": "half"}, TypeError, "share_capital_goods"),
        ({"share_capital_goods": True}, TypeError, "share_capital_goods"),
        ({"share_capital_goods": 0.5, "v_k": 0}, ValueError, "v_k"),
        ({"share_capital_goods": 0.5, "v_c": float("nan")}, ValueError, "v_c"),
        ({"share_capital_goods": 0.5, "years": 2.5}, ValueError, "years"),
        ({"share_capital_goods": 0.5, "years": 0}, ValueError, "years"),
        ({"share_capital_goods": 0.5, "depreciation": 0.9}, ValueError, "depreciation"),
    ],
)
def test_bad_two_sector_inputs_name_the_parameter(kwargs, error, name):
    with pytest.raises(error, match=name):
        ts.two_sector_path(**kwargs)


def test_overtaking_year_refuses_other_frames():
    with pytest.raises(TypeError, match="paths"):
        ts.overtaking_year([1, 2, 3])
    with pytest.raises(ValueError, match="paths"):
        ts.overtaking_year(ts.two_sector_path(0.5))  # one path only


# ---- food constraint -------------------------------------------------------------------


def test_food_accounting_holds():
    df = ts.food_constraint_path(ECONOMY, share_agriculture=0.1, investment_rate=0.2, years=15)
    t = df["year"] - 1952
    population = 570.0 * 1.02**t
    np.testing.assert_allclose(
        df["urban_population_million"] + df["rural_population_million"], population
    )
    np.testing.assert_allclose(df["marketed_surplus_mt"], 0.2 * df["grain_output_mt"])
    np.testing.assert_allclose(df["urban_grain_need_mt"], df["urban_population_million"] * 0.2)
    np.testing.assert_allclose(df["grain_output_mt"], 160.0 * df["farm_va_index"] / 100)
    # with equal capital-output ratios, total output grows at s / v a year whatever the split
    total = (340 * df["farm_va_index"] + 340 * df["nonfarm_va_index"]) / 100
    np.testing.assert_allclose(total, 680 * (1 + 0.2 / 3) ** t)


def test_no_farm_investment_means_flat_grain():
    df = ts.food_constraint_path(ECONOMY, share_agriculture=0.0, investment_rate=0.2, years=10)
    assert np.allclose(df["grain_output_mt"], 160.0)


@pytest.mark.parametrize("kg", [150, 200, 300])
@pytest.mark.parametrize("rate", [0.1, 0.2, 0.3])
def test_s5_more_to_farming_binds_later_or_never(kg, rate):
    never = 10_000
    years = []
    for share in np.linspace(0, 0.5, 26):
        df = ts.food_constraint_path(
            ECONOMY,
            share_agriculture=float(share),
            investment_rate=rate,
            grain_kg_per_person=kg,
            years=60,
        )
        found = ts.binding_year(df)
        years.append(never if found is None else found)
    assert years == sorted(years), f"binding year not monotone: {years}"


def test_s5_ignoring_farming_binds_within_the_horizon():
    df = ts.food_constraint_path(ECONOMY, share_agriculture=0.0, investment_rate=0.2, years=30)
    year = ts.binding_year(df)
    assert year is not None
    row = df.set_index("year").loc[year]
    assert row["urban_grain_need_mt"] > row["marketed_surplus_mt"]
    before = df[df["year"] < year]
    assert (before["urban_grain_need_mt"] <= before["marketed_surplus_mt"]).all()


def test_binding_year_can_be_the_first_year():
    df = pd.DataFrame(
        {"year": [1952, 1953], "urban_grain_need_mt": [5.0, 6.0], "marketed_surplus_mt": [4.0, 4.0]}
    )
    assert ts.binding_year(df) == 1952


@pytest.mark.parametrize(
    ("kwargs", "error", "name"),
    [
        ({"share_agriculture": -0.1}, ValueError, "share_agriculture"),
        ({"share_agriculture": "7%"}, TypeError, "share_agriculture"),
        ({"investment_rate": 0.9}, ValueError, "investment_rate"),
        ({"grain_kg_per_person": 1000}, ValueError, "grain_kg_per_person"),
        ({"years": 100}, ValueError, "years"),
    ],
)
def test_bad_food_inputs_name_the_parameter(kwargs, error, name):
    args = {"share_agriculture": 0.1, "investment_rate": 0.2, **kwargs}
    with pytest.raises(error, match=name):
        ts.food_constraint_path(ECONOMY, **args)


def test_food_model_needs_an_economy():
    with pytest.raises(TypeError, match="economy"):
        ts.food_constraint_path({"grain_mt": 160}, share_agriculture=0.1, investment_rate=0.2)


def test_binding_year_refuses_other_frames():
    with pytest.raises(ValueError, match="path"):
        ts.binding_year(pd.DataFrame({"year": [1952]}))


# ---- charts ------------------------------------------------------------------------------


def test_consumption_chart_marks_encodings_and_overtaking():
    paths = ts.two_sector_paths(0.5, 0.2, v_k=2.0, v_c=2.0, years=20)
    chart = tsc.consumption_paths_chart(paths, overtakes=ts.overtaking_year(paths))
    spec = chart.to_dict()  # validates against the Vega-Lite schema
    assert spec["title"] and spec["description"].endswith("year 8 of 20.")
    assert marks(chart) == ["line", "rule", "text"]
    enc = spec["layer"][0]["encoding"]
    assert enc["x"]["field"] == "year" and enc["y"]["field"] == "consumption_output_index"
    assert enc["color"]["field"] == "series"
    rule_data = spec["datasets"][spec["layer"][1]["data"]["name"]]
    assert rule_data[0]["year"] == 8


@pytest.mark.parametrize(
    ("high", "low", "years", "phrase"),
    [
        (0.5, 0.2, 5, "does not overtake within 5 years"),
        (0.3, 0.3, 20, "equal"),
        (0.2, 0.6, 20, "below the comparison share"),
    ],
)
def test_consumption_chart_without_overtaking_says_why(high, low, years, phrase):
    paths = ts.two_sector_paths(high, low, years=years)
    chart = tsc.consumption_paths_chart(paths, overtakes=ts.overtaking_year(paths))
    spec = chart.to_dict()
    assert phrase in spec["description"]
    assert marks(chart) == ["line"]


def test_food_chart_marks_encodings_and_binding_year():
    df = ts.food_constraint_path(ECONOMY, share_agriculture=0.0, investment_rate=0.2, years=30)
    year = ts.binding_year(df)
    chart = tsc.food_constraint_chart(df, share_agriculture=0.0, binds=year)
    spec = chart.to_dict()
    assert marks(chart) == ["line", "rule", "text"]
    assert f"in {year}" in spec["description"] and str(year) in spec["title"]
    enc = spec["layer"][0]["encoding"]
    assert enc["y"]["field"] == "grain_mt" and enc["color"]["field"] == "series"
    lines = spec["datasets"][spec["layer"][0]["data"]["name"]]
    assert {row["series"] for row in lines} == {"Urban grain need", "Marketed surplus"}


def test_food_chart_when_it_never_binds():
    df = ts.food_constraint_path(ECONOMY, share_agriculture=0.5, investment_rate=0.1, years=10)
    chart = tsc.food_constraint_chart(df, share_agriculture=0.5, binds=ts.binding_year(df))
    assert "stays below" in chart.to_dict()["description"] and marks(chart) == ["line"]


def test_charts_refuse_other_frames():
    with pytest.raises(ValueError, match="paths"):
        tsc.consumption_paths_chart(pd.DataFrame({"year": [0]}), overtakes=None)
    with pytest.raises(TypeError, match="path"):
        tsc.food_constraint_chart("not a frame", share_agriculture=0.1, binds=None)
