"""Lesson 02: sourced figures, every control of every app, static figures, exercise checks."""

from __future__ import annotations

import math

import pytest

from helpers.core import data
from helpers.lessons.decentralisation import (
    apps,
    evidence,
    exercises,
    figures,
    inflated_reports,
    mobilisation,
)
from tests.support.lessons import non_finite_numbers

FACTORIES = {f.__name__: f for f in apps.APPS}


def ns(year: int, column: str) -> float:
    table = data.load("national_series").set_index("year")
    return float(table.loc[year, column])


# ---- sourced figures ---------------------------------------------------------------------


def test_national_reads_the_table_and_refuses_gaps():
    assert evidence.national(1958, "grain_output_revised_mt") == ns(1958, "grain_output_revised_mt")
    assert evidence.national(1960, "steel_output_mt") == ns(1960, "steel_output_mt")
    with pytest.raises(ValueError, match="no value for year 1957"):
        evidence.national(1957, "grain_output_old_official_mt")


def test_procurement_shares_are_the_recorded_ones():
    g = data.load("grain_procurement_trade")
    rows = g[g["series"] == "procurement_share_of_output"].set_index("year")["value"]
    for year in (1957, 1958, 1959):
        assert evidence.procurement_share(year) == pytest.approx(rows[year] / 100)
    # the brief's figures: 24.6 % (CSY 1993 via Heilig), 25.9 % and 37.7 % (Lin and Yang 2000)
    assert [round(100 * evidence.procurement_share(y), 1) for y in (1957, 1958, 1959)] == [
        24.6,
        25.9,
        37.7,
    ]
    # only 1957's share, when reports were not yet inflated, serves as a rate on reports
    rates = list(apps.procurement_options().values())
    assert evidence.procurement_share(1957) in rates
    assert evidence.procurement_share(1958) not in rates
    assert evidence.procurement_share(1959) not in rates


def test_beidaihe_figures_come_from_the_timeline():
    t = data.load("timeline")
    row = t[t["event"].str.contains("Beidaihe enlarged Politburo")].iloc[0]
    assert evidence.beidaihe_steel_target_mt() == row["value"] == 10.7
    assert row["date_end"] == "1958-08-30"
    assert "600-700 bn jin" in row["note"]
    assert evidence.beidaihe_grain_expectation_mt() == (300.0, 350.0)  # jin = 0.5 kg


def test_s3_second_plan_targets_are_the_target_rows():
    targets = evidence.second_plan_targets()
    plan = data.load("first_plan")
    assert len(targets) == (plan["kind"] == "target").sum() >= 3
    steel = targets.set_index("indicator").loc["second_plan_original_target_steel_1962"]
    assert (steel["value"], steel["value_high"]) == (10.6, 12.0)


def test_rural_economy_is_1957():
    eco = evidence.rural_economy()
    assert eco.normal_grain_mt == ns(1957, "grain_output_revised_mt")
    assert eco.modern_steel_mt == ns(1957, "steel_output_mt")


def test_s2_timeline_figure_shows_the_1957_decentralisation():
    spec = figures.timeline_figure().to_dict()
    (rows,) = spec["datasets"].values()
    events = [r["event"] for r in rows]
    assert any("decentralising" in e for e in events)
    assert any(e.startswith("Beidaihe enlarged") for e in events)
    assert all(r["start"] >= "1957-01-01" and r["start"] <= "1958-12-31" for r in rows)


def test_steel_figure_marks_the_targets_and_states_1958():
    spec = figures.steel_figure().to_dict()
    assert "8 Mt in 1958" in spec["description"]
    assert "1958 target (Beidaihe): 10.7 Mt (1958)" in spec["description"]
    assert "1962 target (Second Plan): 10.6-12 Mt (1962)" in spec["description"]
    assert "18.66 Mt in 1960 (highest)" in spec["description"]
    assert not non_finite_numbers(spec)


def test_grain_figure_shows_both_series_and_the_expectation():
    spec = figures.grain_figure().to_dict()
    name = spec["layer"][0].get("data", spec.get("data"))["name"]
    rows = spec["datasets"][name]
    older = sorted(r["year"] for r in rows if r["series"] == "older official")
    assert older == [1958, 1959, 1960, 1961, 1962]  # 1961-62 from weak sources (issue 10)
    assert "expected at Beidaihe: 300-350 Mt (1958)" in spec["description"]
    assert not non_finite_numbers(spec)


def test_mobilise_defaults_and_changes():
    out = evidence.mobilise().iloc[0]
    assert out["grain_lost_mt"] == 0 and out["grain_normal_mt"] == ns(
        1957, "grain_output_revised_mt"
    )
    worse = evidence.mobilise(backyard_usable_share=0.2).iloc[0]
    assert worse["steel_usable_mt"] < out["steel_usable_mt"]


def test_reports_default_to_the_1958_harvest_and_the_1957_rate_on_reports():
    df = evidence.reports(mean_inflation=0.0)
    harvest = ns(1958, "grain_output_revised_mt")
    assert evidence.NORMAL_RATE_YEAR == 1957
    assert df["true_output_mt"].sum() == pytest.approx(harvest)
    assert df["procured_mt"].sum() == pytest.approx(0.246 * harvest)


def test_e6_the_rate_applies_to_reports_and_the_result_is_a_share_of_the_real_harvest():
    # the recorded shares (Lin and Yang 2000) are ratios to the real harvest: the model
    # applies the 1957 rate to reports and its result is the comparable ratio
    table = evidence.reports_table()
    assert table["rate_on_reports_pct"].eq(24.6).all()
    assert table["taken_pct_of_real_harvest"].tolist() == [24.6, 30.8, 36.9, 43.1, 49.2]
    assert table["localities_below"].is_monotonic_increasing
    honest = table.iloc[0]
    assert honest["taken_pct_of_real_harvest"] == honest["rate_on_reports_pct"]
    assert honest["localities_below"] == 0


def test_s16_a_good_year_is_enough_with_honest_reports_but_not_with_inflated_ones():
    honest = inflated_reports.reports_summary(evidence.reports(mean_inflation=0.0)).iloc[0]
    assert honest["localities_below"] == 0
    for rate in apps.procurement_options().values():
        s = inflated_reports.reports_summary(evidence.reports(0.0, 0.8, rate)).iloc[0]
        assert s["localities_below"] == 0, rate
    d = evidence.REPORTS_DEFAULTS
    default = inflated_reports.reports_summary(
        evidence.reports(d["mean_inflation"], d["inflation_spread"])
    ).iloc[0]
    assert 0 < default["localities_below"] < default["localities"]
    assert default["grain_left_kg_per_person"] > d["subsistence_kg"], "the average hides it"


# ---- apps ----------------------------------------------------------------------------------


def test_apps_tuple():
    assert set(FACTORIES) == {"labour_app", "reports_app"}


def test_labour_app_shows_the_autumn_problem():
    app = apps.labour_app()
    assert "no cost in grain" in app.chart.to_dict()["title"]
    app.controls["backyard_harvest"].value = 0.2
    spec = app.chart.to_dict()
    lost = evidence.mobilise(backyard_harvest=0.2)["grain_lost_mt"].iloc[0]
    assert lost > 0 and f"costs {lost:.1f} Mt of grain this year" in spec["description"]
    assert "against a target of 10.7" in spec["description"]


def test_reports_app_toggle_and_line():
    app = apps.reports_app()
    assert list(apps.procurement_options()) == ["20 %", "24.6 % (1957)", "30 %"]
    assert (
        "24.6 % of reported output, it takes 36.9 % of the real harvest"
        in (app.chart.to_dict()["description"])
    )
    app.controls["share"].value = 0.3
    assert (
        "30.0 % of reported output, it takes 45.0 % of the real"
        in (app.chart.to_dict()["description"])
    )
    app.controls["mean_inflation"].value = 0.0
    assert app.chart.to_dict()["title"].startswith("Every locality keeps at least 200 kg")


# ---- exercises -------------------------------------------------------------------------


def test_ex_1_doubling():
    right = evidence.beidaihe_steel_target_mt() / ns(1957, "steel_output_mt")
    assert right == pytest.approx(2.0)
    assert exercises.ex_1(right) and exercises.ex_1(2)
    assert "1958's recorded output" in exercises.ex_1(10.7 / 8.0).message
    assert "percent" in exercises.ex_1(100).message
    assert exercises.ex_1(...).attempted is False


def test_ex_2_winter_surplus():
    right = exercises.ex_2_expected()
    need = evidence.rural_economy().seasons[0].farm_need_share
    assert right == pytest.approx(1 - need - exercises.EX2_SETTINGS["backyard_slack"])
    assert evidence.mobilise(right, **exercises.EX2_SETTINGS)["grain_lost_mt"].iloc[0] == 0
    assert evidence.mobilise(right + 0.05, **exercises.EX2_SETTINGS)["grain_lost_mt"].iloc[0] > 0
    assert exercises.ex_2(right) and "S6" in exercises.ex_2(right).message
    assert "too much" in exercises.ex_2(right + 0.05).message
    assert "too much" in exercises.ex_2(0.95).message
    assert "more labour could go" in exercises.ex_2(right - 0.1).message
    assert "between 0 and 1" in exercises.ex_2(40).message
    assert exercises.ex_2(...).attempted is False and not exercises.ex_2("lots")


def test_ex_3_payback():
    out = evidence.mobilise(**exercises.EX3_SETTINGS).iloc[0]
    right = out["grain_lost_mt"] / out["works_payoff_mt_per_year"]
    assert right == pytest.approx(exercises.ex_3_expected()) and right > 10
    assert exercises.ex_3(right) and exercises.ex_3(round(right))
    good = evidence.mobilise(**{**exercises.EX3_SETTINGS, "quality": 1.0})["payback_years"].iloc[0]
    assert "quality 1" in exercises.ex_3(good).message
    assert exercises.ex_3(...).attempted is False


def test_ex_4_share_of_the_true_harvest():
    right = exercises.ex_4_expected()
    assert right == pytest.approx(100 * 0.246 * 300 / 197.65)
    assert round(right, 1) == 37.3
    assert 100 * evidence.procurement_share(1958) < right < 100 * evidence.procurement_share(1959)
    assert exercises.ex_4(right) and exercises.ex_4(round(right, 1))
    assert "reported" in exercises.ex_4(24.6).message
    assert "twice" in exercises.ex_4(100 * 0.259 * 300 / 197.65).message
    assert "percent" in exercises.ex_4(right / 100).message
    assert not exercises.ex_4(math.inf)


def test_exercise_settings_are_inside_the_app_ranges():
    app = apps.labour_app()
    for settings in (exercises.EX2_SETTINGS, exercises.EX3_SETTINGS, evidence.LABOUR_DEFAULTS):
        for key, value in settings.items():
            control = app.controls[key]
            assert control.min <= value <= control.max, (key, value)
    assert isinstance(evidence.rural_economy(), mobilisation.RuralEconomy)


def test_e13_the_february_1958_steel_plan_is_6248_kt_17_percent_above_1957():
    plan = evidence.february_steel_plan_mt()
    assert plan == 6.248
    assert round(100 * (plan / ns(1957, "steel_output_mt") - 1)) == 17


def test_e5_steel_claimed_in_december_1958_against_the_record():
    row = evidence.steel_1958().iloc[0]
    assert row["claimed_dec_1958_mt"] == 10.73 and row["recorded_mt"] == 8.0
    assert row["gap_mt"] == pytest.approx(2.73)


def test_e3_beidaihe_targets_for_1959_and_1962():
    t = evidence.second_plan_targets().set_index("indicator")
    grain_1962 = t.loc["second_plan_beidaihe_target_grain_1962", "value"]
    assert grain_1962 == 750
    assert grain_1962 / ns(1957, "grain_output_revised_mt") == pytest.approx(3.85, abs=0.01)
    assert t.loc["second_plan_beidaihe_target_steel_1962", "value"] == 80
    assert tuple(t.loc["second_plan_beidaihe_target_grain_1959", ["value", "value_high"]]) == (
        400,
        500,
    )
    assert tuple(t.loc["second_plan_beidaihe_target_steel_1959", ["value", "value_high"]]) == (
        27,
        30,
    )
