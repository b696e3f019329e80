"""The two models of lesson 02 and their charts: limits, hand-computed cases, monotonicity.

Claims pinned down here:
- [S6] labour moved within the slack season's surplus costs no grain; beyond it, it does;
- [S7] backyard output grows with the labour put in, and only part of it is usable;
- [S18] badly built water works take grain away every year (negative payoff);
- [S2]/[S16] a fixed share of *inflated* reports takes more of the real harvest and strips
  the most zealous localities first, even when honest reports would leave everyone enough.
"""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np
import pandas as pd
import pytest

from helpers.lessons.decentralisation import charts as mc
from helpers.lessons.decentralisation import inflated_reports as ir
from helpers.lessons.decentralisation import mobilisation as mob
from tests.support.lessons import non_finite_numbers

ECONOMY = mob.RuralEconomy(normal_grain_mt=200.0, modern_steel_mt=5.0)
WINTER, GROWING, HARVEST = mob.SEASONS


def outcome(water=(0, 0, 0), backyard=(0, 0, 0), quality=0.5, economy=ECONOMY) -> pd.Series:
    plan = mob.allocate_labour(list(water), list(backyard), seasons=economy.seasons)
    return mob.mobilisation_outcome(plan, economy, quality=quality).iloc[0]


# ---- labour model: accounting and limits --------------------------------------------------


def test_allocation_accounting():
    df = mob.allocate_labour([0.3, 0.1, 0.0], [0.1, 0.0, 0.25])
    np.testing.assert_allclose(
        df["farming_share"] + df["water_works_share"] + df["backyard_industry_share"], 1.0
    )
    np.testing.assert_allclose(df["farm_need_share"], [s.farm_need_share for s in mob.SEASONS])
    expected_done = np.minimum(1, df["farming_share"] / df["farm_need_share"])
    np.testing.assert_allclose(df["farm_work_done_share"], expected_done)
    assert df["months"].sum() == 12


def test_no_mobilisation_is_a_normal_year():
    out = outcome()
    assert out["grain_this_year_mt"] == 200.0 and out["grain_lost_mt"] == 0
    assert out["steel_total_mt"] == out["steel_usable_mt"] == 5.0
    assert out["works_payoff_mt_per_year"] == 0 and out["payback_years"] == 0
    assert out["grain_later_mt"] == 200.0


@pytest.mark.parametrize("backyard", [0.0, 0.1, 0.3])
def test_s6_labour_within_the_winter_surplus_costs_no_grain(backyard):
    surplus = 1 - WINTER.farm_need_share - backyard
    for water in np.linspace(0, surplus, 7):
        assert outcome(water=(water, 0, 0), backyard=(backyard, 0, 0))["grain_lost_mt"] == 0
    beyond = outcome(water=(surplus + 0.05, 0, 0), backyard=(backyard, 0, 0))
    assert beyond["grain_lost_mt"] > 0


def test_grain_lost_hand_computed():
    # harvest: 25 % away -> 75 % farming of 90 % needed -> 5/6 done -> 1/6 of the crop lost
    out = outcome(backyard=(0, 0, 0.25))
    assert out["grain_this_year_mt"] == pytest.approx(200 * (1 - 1.0 * (1 - 0.75 / 0.9)))
    # winter: everyone away -> none done -> the winter share at stake is lost
    out = outcome(water=(0.5, 0, 0), backyard=(0.5, 0, 0))
    assert out["grain_this_year_mt"] == pytest.approx(200 * (1 - WINTER.harvest_at_stake))


def test_taking_the_whole_harvest_labour_loses_the_whole_harvest():
    seasons = (mob.Season("harvest", 12, 1.0, 1.0),)
    eco = replace(ECONOMY, seasons=seasons)
    plan = mob.allocate_labour([0.0], [1.0], seasons=seasons)
    out = mob.mobilisation_outcome(plan, eco, quality=1.0).iloc[0]
    assert out["grain_this_year_mt"] == 0 and out["grain_lost_mt"] == 200


def test_the_harvest_costs_more_than_the_slack_season():
    winter = outcome(backyard=(0.7, 0, 0))["grain_lost_mt"]
    harvest = outcome(backyard=(0, 0, 0.7))["grain_lost_mt"]
    assert harvest > winter > 0


def test_grain_falls_as_more_labour_leaves_the_harvest():
    lost = [outcome(backyard=(0, 0, b))["grain_lost_mt"] for b in np.linspace(0, 1, 21)]
    assert all(b >= a for a, b in zip(lost, lost[1:], strict=False))
    assert lost[0] == 0 and lost[-1] > lost[len(lost) // 2] > 0


# ---- labour model: steel and water works ----------------------------------------------------


def test_s7_backyard_steel_is_proportional_to_labour_months_and_partly_usable():
    out = outcome(backyard=(0.1, 0, 0.2))
    labour_months = 0.1 * WINTER.months + 0.2 * HARVEST.months
    backyard = ECONOMY.backyard_steel_mt_per_labour_month * labour_months
    assert out["steel_backyard_mt"] == pytest.approx(backyard)
    assert out["steel_backyard_usable_mt"] == pytest.approx(
        ECONOMY.backyard_usable_share * backyard
    )
    assert out["steel_total_mt"] == pytest.approx(5.0 + backyard)
    assert out["steel_usable_mt"] < out["steel_total_mt"]
    all_good = outcome(backyard=(0.1, 0, 0.2), economy=replace(ECONOMY, backyard_usable_share=1))
    assert all_good["steel_usable_mt"] == pytest.approx(all_good["steel_total_mt"])


def test_water_works_payoff_hand_computed_and_linear_in_quality():
    works = 0.3 * WINTER.months
    gain, loss = ECONOMY.works_gain_mt_per_labour_month, ECONOMY.works_loss_mt_per_labour_month
    for q in (0.0, 0.25, 0.5, 1.0):
        out = outcome(water=(0.3, 0, 0), quality=q)
        assert out["works_labour_months"] == pytest.approx(works)
        assert out["works_payoff_mt_per_year"] == pytest.approx(works * (gain * q - loss * (1 - q)))
        assert out["grain_later_mt"] == pytest.approx(200 + out["works_payoff_mt_per_year"])


def test_s18_badly_built_works_take_grain_away():
    q0 = mob.break_even_quality(ECONOMY)
    assert 0 < q0 < 1
    below = outcome(water=(0.3, 0, 0), quality=q0 - 0.1)
    at = outcome(water=(0.3, 0, 0), quality=q0)
    above = outcome(water=(0.3, 0, 0), quality=q0 + 0.1)
    assert below["works_payoff_mt_per_year"] < 0 < above["works_payoff_mt_per_year"]
    assert at["works_payoff_mt_per_year"] == pytest.approx(0, abs=1e-9)


def test_payback_years_fall_with_quality_and_are_nan_when_the_works_never_pay():
    years = [
        outcome(water=(0.3, 0, 0), backyard=(0, 0, 0.2), quality=q)["payback_years"]
        for q in (0.4, 0.6, 0.8, 1.0)
    ]
    assert years == sorted(years, reverse=True) and years[-1] > 0
    out = outcome(water=(0.3, 0, 0), backyard=(0, 0, 0.2), quality=1.0)
    assert out["payback_years"] == pytest.approx(
        out["grain_lost_mt"] / out["works_payoff_mt_per_year"]
    )
    assert math.isnan(
        outcome(water=(0.3, 0, 0), backyard=(0, 0, 0.2), quality=0.0)["payback_years"]
    )
    assert math.isnan(outcome(backyard=(0, 0, 0.2))["payback_years"])  # no works at all


@pytest.mark.parametrize(
    ("call", "error", "words"),
    [
        (lambda: mob.allocate_labour([0.6, 0, 0], [0.5, 0, 0]), ValueError, "at most 1"),
        (lambda: mob.allocate_labour([0.1, 0], [0, 0, 0]), ValueError, "water_works must hold 3"),
        (lambda: mob.allocate_labour([0.1, 0, -1], [0, 0, 0]), ValueError, "water_works[2]"),
        (lambda: mob.allocate_labour("abc", [0, 0, 0]), TypeError, "water_works must be"),
        (lambda: mob.allocate_labour([0, 0, 0], [0, "x", 0]), TypeError, "backyard_industry[1]"),
        (lambda: mob.allocate_labour([0], [0], seasons=["winter"]), TypeError, "Season"),
        (
            lambda: mob.allocate_labour([0], [0], seasons=[mob.Season("x", 3, 0, 0.5)]),
            ValueError,
            "farm_need_share",
        ),
        (
            lambda: mob.mobilisation_outcome(
                mob.allocate_labour([0] * 3, [0] * 3), ECONOMY, quality=2
            ),
            ValueError,
            "quality must be",
        ),
        (
            lambda: mob.mobilisation_outcome(mob.allocate_labour([0] * 3, [0] * 3), {}, quality=1),
            TypeError,
            "economy must be",
        ),
        (
            lambda: mob.mobilisation_outcome(pd.DataFrame(), ECONOMY, quality=1),
            ValueError,
            "allocation",
        ),
        (lambda: mob.RuralEconomy(-1.0, 5.0), ValueError, "normal_grain_mt"),
        (lambda: replace(ECONOMY, backyard_usable_share=1.5), ValueError, "backyard_usable_share"),
        (lambda: mob.break_even_quality(None), TypeError, "economy must be"),
    ],
)
def test_labour_model_refuses_bad_input_by_name(call, error, words):
    with pytest.raises(error) as info:
        call()
    assert words in str(info.value)


# ---- inflated reports ----------------------------------------------------------------------


def reports(**kwargs) -> pd.DataFrame:
    args = {"procurement_share": 0.25, "mean_inflation": 0.0} | kwargs
    return ir.locality_reports(200.0, 650.0, **args)


def test_honest_reports_procure_the_share_of_the_true_harvest():
    df = reports(rural_share=0.8)
    assert df["procured_mt"].sum() == pytest.approx(50.0)
    assert df["grain_left_mt"].sum() == pytest.approx(150.0)
    assert df["grain_left_kg_per_person"].to_numpy() == pytest.approx(1000 * 150 / (0.8 * 650))
    assert (df["report_inflation"] == 0).all() and not df["below_subsistence"].any()


@pytest.mark.parametrize("spread", [0.0, 0.3, 1.0])
@pytest.mark.parametrize("mean", [0.2, 0.6])
def test_spread_keeps_the_mean_over_report_and_the_national_take(spread, mean):
    df = reports(mean_inflation=mean, inflation_spread=spread)
    assert df["report_inflation"].mean() == pytest.approx(mean)
    assert df["reported_output_mt"].sum() == pytest.approx(200 * (1 + mean))
    assert df["procured_mt"].sum() == pytest.approx(0.25 * 200 * (1 + mean))
    assert df["report_inflation"].is_monotonic_increasing
    assert df["report_inflation"].min() == pytest.approx(mean * (1 - spread))


def test_the_state_never_takes_more_than_a_locality_has():
    df = ir.locality_reports(
        200.0, 650.0, procurement_share=0.9, mean_inflation=2.0, inflation_spread=1.0
    )
    assert (df["procured_mt"] <= df["true_output_mt"] + 1e-12).all()
    assert (df["grain_left_mt"] >= 0).all() and (df["grain_left_mt"] == 0).any()


def test_s16_inflated_reports_strip_the_most_zealous_first():
    df = reports(mean_inflation=0.6, inflation_spread=1.0, procurement_share=0.3)
    below = df["below_subsistence"].to_numpy()
    assert below.any() and not below.all()
    assert (np.diff(below.astype(int)) >= 0).all(), "below-line localities are the most inflated"
    assert df["grain_left_kg_per_person"].is_monotonic_decreasing


@pytest.mark.parametrize("share", [0.2, 0.3, 0.4])
def test_more_inflation_never_leaves_fewer_localities_below_the_line(share):
    counts = [
        int(
            reports(mean_inflation=m, inflation_spread=0.8, procurement_share=share)[
                "below_subsistence"
            ].sum()
        )
        for m in np.linspace(0, 1.5, 16)
    ]
    assert counts == sorted(counts) and counts[-1] > counts[0]


def test_a_higher_share_never_leaves_fewer_localities_below_the_line():
    counts = [
        int(
            reports(mean_inflation=0.4, inflation_spread=0.8, procurement_share=s)[
                "below_subsistence"
            ].sum()
        )
        for s in np.linspace(0, 0.6, 13)
    ]
    assert counts == sorted(counts)


def test_summary_hand_computed():
    df = reports(mean_inflation=0.5, inflation_spread=1.0, procurement_share=0.3, localities=3)
    s = ir.reports_summary(df).iloc[0]
    # inflation 0, 0.5, 1 -> procured 0.30, 0.45, 0.60 of each third of the harvest
    assert s["procured_mt"] == pytest.approx(200 / 3 * (0.30 + 0.45 + 0.60))
    assert s["procured_share_of_true"] == pytest.approx(0.45)
    per_head = 1000 * 200 / (0.85 * 650)
    assert s["worst_left_kg_per_person"] == pytest.approx(0.4 * per_head)
    assert s["localities_below"] == 2 and s["rural_people_below_share"] == pytest.approx(2 / 3)


def test_one_locality_is_the_whole_country():
    df = reports(mean_inflation=0.5, inflation_spread=1.0, localities=1)
    assert len(df) == 1 and df["report_inflation"].iloc[0] == 0.5


@pytest.mark.parametrize(
    ("kwargs", "error", "name"),
    [
        ({"procurement_share": 1.5}, ValueError, "procurement_share"),
        ({"mean_inflation": -0.1}, ValueError, "mean_inflation"),
        ({"mean_inflation": "50%"}, TypeError, "mean_inflation"),
        ({"inflation_spread": 2}, ValueError, "inflation_spread"),
        ({"rural_share": 0}, ValueError, "rural_share"),
        ({"subsistence_kg": 10}, ValueError, "subsistence_kg"),
        ({"localities": 2.5}, ValueError, "localities"),
    ],
)
def test_reports_model_refuses_bad_input_by_name(kwargs, error, name):
    with pytest.raises(error, match=name):
        reports(**kwargs)
    with pytest.raises(ValueError, match="harvest_mt"):
        ir.locality_reports(0, 650.0, procurement_share=0.2, mean_inflation=0)
    with pytest.raises(ValueError, match="reports must have"):
        ir.reports_summary(pd.DataFrame({"locality": [1]}))


# ---- charts ----------------------------------------------------------------------------------


def layers_of(spec: dict) -> list[dict]:
    return [layer for panel in spec["vconcat"] for layer in panel["layer"]]


def test_labour_chart_panels_data_and_words():
    plan = mob.allocate_labour([0.3, 0, 0], [0.1, 0, 0.2])
    out = mob.mobilisation_outcome(plan, ECONOMY, quality=0.5)
    spec = mc.labour_chart(plan, out, steel_target_mt=10.7).to_dict()  # validates
    assert len(spec["vconcat"]) == 3
    marks = [layer["mark"]["type"] for layer in layers_of(spec)]
    assert marks == ["bar", "tick", "bar", "text", "bar", "rule", "text"]
    data = spec["datasets"]
    assert len(data["labour_shares"]) == 9 and len(data["steel"]) == 3
    assert sum(r["steel_mt"] for r in data["steel"]) == pytest.approx(out["steel_total_mt"].iloc[0])
    assert data["steel_target"] == [{"steel_mt": 10.7, "label": "target 10.7"}]
    row = out.iloc[0]
    assert f"costs {row['grain_lost_mt']:.1f} Mt of grain" in spec["description"]
    years = row["payback_years"]
    shown = f"{years:,.0f}" if years >= 10 else f"{years:.1f}"
    assert f"repay this year's loss in {shown} years" in spec["description"]
    assert "repaid by the works" in spec["title"]
    assert not non_finite_numbers(spec)


@pytest.mark.parametrize(
    ("water", "backyard", "quality", "title", "phrase"),
    [
        ((0.3, 0, 0), (0.1, 0, 0), 0.5, "no cost in grain", "add 0.9 Mt"),
        ((0.3, 0, 0), (0, 0, 0), 0.0, "badly built works", "cost 1.8 Mt"),
        ((0.0, 0, 0), (0, 0, 0.3), 0.5, "never pay it back", "neither add nor take away"),
        ((0.3, 0, 0), (0, 0, 0.3), 0.0, "never pay it back", "badly built"),
    ],
)
def test_labour_chart_words_for_each_case(water, backyard, quality, title, phrase):
    plan = mob.allocate_labour(list(water), list(backyard))
    out = mob.mobilisation_outcome(plan, ECONOMY, quality=quality)
    spec = mc.labour_chart(plan, out).to_dict()
    assert title in spec["title"] and phrase in spec["description"], spec["description"]
    assert spec["datasets"]["steel_target"] == [] and not non_finite_numbers(spec)


def with_summary(frame: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """A reports frame and its summary, the two things :func:`mc.reports_chart` draws."""
    return frame, ir.reports_summary(frame)


def test_charts_built_from_one_skeleton_do_not_share_data():
    first_plan = mob.allocate_labour([0.3, 0, 0], [0, 0, 0])
    first = mc.labour_chart(first_plan, mob.mobilisation_outcome(first_plan, ECONOMY, quality=1))
    before = first.to_dict()
    second_plan = mob.allocate_labour([0, 0, 0], [0.5, 0, 0.5])
    second = mc.labour_chart(second_plan, mob.mobilisation_outcome(second_plan, ECONOMY, quality=0))
    assert first.to_dict() == before and second.to_dict() != before
    a = mc.reports_chart(*with_summary(reports()), procurement_share=0.25).to_dict()
    mc.reports_chart(*with_summary(reports(mean_inflation=1.0)), procurement_share=0.25)
    assert mc.reports_chart(*with_summary(reports()), procurement_share=0.25).to_dict() == a


def test_reports_chart_data_and_words():
    df = reports(mean_inflation=0.6, inflation_spread=1.0, procurement_share=0.3)
    s = ir.reports_summary(df).iloc[0]
    spec = mc.reports_chart(df, ir.reports_summary(df), procurement_share=0.3).to_dict()
    assert [layer["mark"]["type"] for layer in layers_of(spec)] == [
        "bar",
        "text",
        "bar",
        "rule",
        "text",
    ]
    national = {r["quantity"]: r["grain_mt"] for r in spec["datasets"]["national"]}
    assert national["Procured"] == pytest.approx(s["procured_mt"])
    statuses = [r["status"] for r in spec["datasets"]["localities"]]
    assert statuses.count("Below the line") == s["localities_below"] > 0
    assert f"{int(s['localities_below'])} of 20 localities" in spec["title"]
    assert (
        f"takes {100 * s['procured_share_of_true']:.1f} % of the real harvest"
        in spec["description"]
    )
    honest = mc.reports_chart(*with_summary(reports()), procurement_share=0.25).to_dict()
    assert honest["title"].startswith("Every locality keeps")


def test_record_chart_drops_missing_years_and_marks_references():
    series = pd.DataFrame(
        {
            "year": [1957, 1958, 1959, 1958],
            "series": ["a", "a", "a", "b"],
            "output_mt": [5.0, 8.0, 13.0, float("nan")],
        }
    )
    refs = pd.DataFrame({"year": [1958], "label": ["target"], "low_mt": [10.0], "high_mt": [12.0]})
    spec = mc.record_chart(series, refs, quantity="Steel", focus_year=1958).to_dict()
    assert not non_finite_numbers(spec)
    assert spec["description"] == (
        "Steel output (a): 5 Mt in 1957, 8 Mt in 1958, 13 Mt in 1959 (highest); "
        "marked: target: 10-12 Mt (1958)."
    )
    assert [layer["mark"]["type"] for layer in spec["layer"]] == ["line", "rule", "point", "text"]
    bare = mc.record_chart(series, refs.iloc[0:0], quantity="Steel").to_dict()
    assert [layer["mark"]["type"] for layer in bare["layer"]] == ["line"]


@pytest.mark.parametrize(
    ("call", "error", "words"),
    [
        (lambda: mc.labour_chart(pd.DataFrame(), pd.DataFrame()), ValueError, "allocation must"),
        (
            lambda: mc.labour_chart(mob.allocate_labour([0] * 3, [0] * 3), "x"),
            TypeError,
            "outcome must be",
        ),
        (
            lambda: mc.reports_chart(*with_summary(reports()), procurement_share=2),
            ValueError,
            "procurement_share",
        ),
        (
            lambda: mc.record_chart(pd.DataFrame({"year": [1]}), pd.DataFrame(), quantity="x"),
            ValueError,
            "series must have",
        ),
        (
            lambda: mc.record_chart(
                pd.DataFrame({"year": [1], "series": ["a"], "output_mt": [1.0]}), None, quantity="x"
            ),
            TypeError,
            "references must be",
        ),
    ],
)
def test_charts_refuse_bad_input_by_name(call, error, words):
    with pytest.raises(error) as info:
        call()
    assert words in str(info.value)
