"""The three models of lesson 03 against closed forms, limits and the source text's figures.

* commune builder: the levels multiply out, and the text's sizes [S9, S11] are placed right;
* incentives (after Lin 1990): effort falls with the number of households that share the
  harvest, rises with monitoring, and the right to exit helps only in small units;
* mess halls (after Chang and Wen 1997): the stock is accounted for month by month, and free
  meals never make it last longer.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from helpers.lessons.communes import charts as cc
from helpers.lessons.communes import incentives, mess_halls, structure

SIZES = np.array([1, 2, 5, 10, 30, 31, 60, 162, 1000, 4797, 10_000], dtype=float)


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


# ---- commune builder -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("n", "h", "p", "t"),
    [(28, 160, 5.0, 30), (20, 100, 4.5, 25), (30, 300, 6.0, 33), (1, 7, 1, 30)],
)
def test_levels_multiply_out(n, h, p, t):
    df = structure.build_commune(n, h, p, t).set_index("level")
    assert list(df.index) == list(structure.LEVELS)
    teams = max(1, round(h / t))
    assert df.loc["commune", "units_per_commune"] == 1
    assert df.loc["production brigade", "units_per_commune"] == n
    assert df.loc["production team", "units_per_commune"] == n * teams
    assert df.loc["household", "units_per_commune"] == n * h
    assert df.loc["person", "units_per_commune"] == pytest.approx(n * h * p)
    # every level holds all the commune's households and people
    total = df["units_per_commune"] * df["households_per_unit"]
    np.testing.assert_allclose(total, n * h)
    np.testing.assert_allclose(df["persons_per_unit"], df["households_per_unit"] * p)


def test_team_is_never_empty_and_close_to_its_target():
    small = structure.build_commune(10, 12, 5.0, 30).set_index("level")
    assert small.loc["production team", "units_per_commune"] == 10  # one team per brigade
    for target in (10, 25, 30, 45, 60):
        size = structure.build_commune(28, 160, 5.0, target).set_index("level")
        per_team = size.loc["production team", "households_per_unit"]
        assert abs(per_team - target) <= target / 2 + 1e-9


def test_s9_the_texts_average_commune_is_inside_its_own_ranges():
    lo, hi = structure.S9_MEMBERS_AVERAGE
    smallest, largest = structure.S9_MEMBERS_RANGE
    assert smallest < lo < hi < largest
    assert structure.members_band((lo + hi) / 2) == "inside the average"
    assert structure.members_band(lo) == structure.members_band(hi) == "inside the average"
    assert structure.members_band(smallest) == "below the average"
    assert structure.members_band(largest) == "above the average"
    assert structure.members_band(smallest - 1) == "below the range"
    assert structure.members_band(largest + 1) == "above the range"
    assert "44,400" in structure.members_verdict(largest + 1)
    assert "6,000" in structure.members_verdict(0)


def test_s9_twenty_to_thirty_cooperatives_span_the_texts_average():
    # With cooperatives of 160 households and 5 people each, 20-30 cooperatives give
    # 16,000-24,000 members: the text's two averages are not one consistent size.
    low = (
        structure.build_commune(20, 160, 5.0).set_index("level").loc["person", "units_per_commune"]
    )
    high = (
        structure.build_commune(30, 160, 5.0).set_index("level").loc["person", "units_per_commune"]
    )
    assert (low, high) == (16_000, 24_000)


def test_persons_per_household():
    assert structure.persons_per_household(25_000, 5_000) == 5.0
    with pytest.raises(ValueError, match="households"):
        structure.persons_per_household(25_000, 0)


# ---- incentives ----------------------------------------------------------------------------


@pytest.mark.parametrize("m", [0.0, 0.1, 0.3, 0.6, 0.9, 1.0])
def test_marginal_reward_closed_form_and_limits(m):
    r = incentives.marginal_reward(SIZES, m)
    np.testing.assert_allclose(r, 1 / SIZES + m * (1 - 1 / SIZES))
    assert incentives.marginal_reward(1, m) == 1.0  # a household working alone keeps it all
    assert incentives.marginal_reward(1e9, m) == pytest.approx(m, abs=1e-8)  # only work points pay
    assert np.all(np.diff(r) <= 1e-12)  # never rises with size


def test_marginal_reward_without_monitoring_is_the_equal_share():
    np.testing.assert_allclose(incentives.marginal_reward(SIZES, 0.0), 1 / SIZES)
    np.testing.assert_allclose(incentives.marginal_reward(SIZES, 1.0), 1.0)


@pytest.mark.parametrize("exit_right", [False, True])
@pytest.mark.parametrize("m", [0.0, 0.2, 0.5, 0.8])
@pytest.mark.parametrize("watch", [5, 30, 100])
def test_effort_falls_with_the_unit_and_rises_with_monitoring(exit_right, m, watch):
    e = incentives.effort_pct(SIZES, m, exit_right=exit_right, watch_households=watch)
    assert e[0] == pytest.approx(100.0)  # one household: full effort
    assert np.all(np.diff(e) <= 1e-9), "effort must not rise with the number of sharers"
    assert np.all((e >= 0) & (e <= 100 + 1e-9))
    more = incentives.effort_pct(
        SIZES, min(1.0, m + 0.1), exit_right=exit_right, watch_households=watch
    )
    assert np.all(more >= e - 1e-9)


@pytest.mark.parametrize("m", [0.0, 0.3, 0.7])
def test_exit_never_hurts_and_gives_full_effort_where_members_can_watch(m):
    without = incentives.effort_pct(SIZES, m, exit_right=False)
    with_exit = incentives.effort_pct(SIZES, m, exit_right=True)
    assert np.all(with_exit >= without - 1e-9)
    small = SIZES <= structure.S11_HOUSEHOLDS_PER_TEAM
    np.testing.assert_allclose(with_exit[small], 100.0)


def test_effort_closed_form():
    n, m, w, s = 162.0, 0.3, 30.0, 0.5
    r = 1 / n + m * (1 - 1 / n)
    q = w / n
    assert incentives.effort_pct(
        n, m, exit_right=False, watch_households=w, sanction_without_exit=s
    ) == (pytest.approx(100 * (r + (1 - r) * q * s)))
    assert incentives.effort_pct(n, m, exit_right=True, watch_households=w) == pytest.approx(
        100 * (r + (1 - r) * q)
    )


def test_lins_pure_case_no_sanction_without_exit_is_the_marginal_reward():
    e = incentives.effort_pct(SIZES, 0.3, exit_right=False, sanction_without_exit=0.0)
    np.testing.assert_allclose(e, 100 * incentives.marginal_reward(SIZES, 0.3))
    same = incentives.effort_pct(SIZES, 0.3, exit_right=False, sanction_without_exit=1.0)
    np.testing.assert_allclose(same, incentives.effort_pct(SIZES, 0.3, exit_right=True))


def test_why_decisions_went_back_to_teams():
    """Team > brigade > commune without the exit right, by a margin the chart can show."""
    team, brigade, commune = incentives.effort_pct(np.array([30, 162, 4797]), 0.3, exit_right=False)
    assert team > brigade > commune
    assert team - commune > 20  # percentage points
    # ... and in a commune, neither exit nor watching more households can reach a shirker
    assert incentives.effort_pct(4797, 0.3, exit_right=True) - commune < 1
    assert incentives.effort_pct(4797, 0.3, exit_right=False, watch_households=60) - commune < 1
    assert incentives.effort_pct(4797, 0.6, exit_right=False) - commune > 25


def test_incentive_curves_shape():
    df = incentives.incentive_curves(0.3, points=61, max_households=10_000)
    assert list(df.columns) == incentives.EFFORT_COLUMNS and len(df) == 122
    assert set(df["regime"]) == set(incentives.REGIMES)
    sizes = df[df["regime"] == incentives.REGIMES[0]]["households_sharing"].to_numpy()
    assert sizes[0] == 1 and sizes[-1] == pytest.approx(10_000)
    np.testing.assert_allclose(np.diff(np.log10(sizes)), 4 / 60)


@pytest.mark.parametrize(
    ("call", "error", "words"),
    [
        (lambda: incentives.marginal_reward(0, 0.3), ValueError, "households must be"),
        (
            lambda: incentives.marginal_reward([1, float("nan")], 0.3),
            ValueError,
            "households must be",
        ),
        (lambda: incentives.marginal_reward("30", 0.3), TypeError, "households must be"),
        (lambda: incentives.marginal_reward(30, 1.5), ValueError, "monitoring must be"),
        (lambda: incentives.effort_pct(30, 0.3, exit_right="yes"), TypeError, "exit_right must be"),
        (
            lambda: incentives.effort_pct(30, 0.3, exit_right=True, watch_households=0),
            ValueError,
            "watch",
        ),
        (
            lambda: incentives.effort_pct(30, 0.3, exit_right=False, sanction_without_exit=2),
            ValueError,
            "sanction_without_exit",
        ),
        (lambda: incentives.incentive_curves(0.3, points=1), ValueError, "points must be"),
    ],
)
def test_incentive_bad_inputs_name_the_parameter(call, error, words):
    with pytest.raises(error, match=words):
        call()


# ---- mess halls ----------------------------------------------------------------------------

NEED = 203 / 12


def closed_form_shortfall(stock, need, free, over, months=12):
    """First month with less than the need, counted by hand: people want need*(1+o) in free
    months and the need after; they eat what they want while it lasts."""
    per_free = need * (1 + over / 100)
    for month in range(1, months + 1):
        wanted = per_free if month <= free else need
        if stock < need - 1e-9:
            return month
        stock -= min(wanted, stock)
    return None


@pytest.mark.parametrize("stock", [100, 150, 203, 250, 300])
@pytest.mark.parametrize("free", [0, 2, 4, 8, 12])
@pytest.mark.parametrize("over", [0, 30, 100])
def test_mess_hall_accounting_and_closed_form(stock, free, over):
    df = mess_halls.mess_hall_path(
        stock, need_kg_per_month=NEED, free_months=free, overeating_pct=over
    )
    assert list(df.columns) == mess_halls.MESS_COLUMNS and len(df) == 26
    for path in mess_halls.MESS_PATHS:
        p = df[df["path"] == path]
        eaten, left = p["eaten_kg_per_person"].to_numpy(), p["stock_kg_per_person"].to_numpy()
        assert left[0] == stock and eaten[0] == 0
        np.testing.assert_allclose(left, stock - np.cumsum(eaten), atol=1e-9)
        assert np.all(left >= 0) and np.all(np.diff(left) <= 1e-12)
    assert mess_halls.shortfall_month(df, NEED, "free meals first") == closed_form_shortfall(
        stock, NEED, free, over
    )
    assert mess_halls.shortfall_month(
        df, NEED, "rationed from the harvest"
    ) == closed_form_shortfall(stock, NEED, 0, 0)


def test_a_years_need_lasts_the_year_when_rationed():
    df = mess_halls.mess_hall_path(
        12 * NEED, need_kg_per_month=NEED, free_months=4, overeating_pct=50
    )
    assert mess_halls.shortfall_month(df, NEED, "rationed from the harvest") is None
    # four months at +50 % eat two months' food: short in month 11
    assert mess_halls.shortfall_month(df, NEED, "free meals first") == 11


def test_no_free_meals_or_no_overeating_changes_nothing():
    for kwargs in (
        {"free_months": 0, "overeating_pct": 80},
        {"free_months": 6, "overeating_pct": 0},
    ):
        df = mess_halls.mess_hall_path(180, need_kg_per_month=NEED, **kwargs)
        a, b = (
            df[df["path"] == p].drop(columns="path").reset_index(drop=True)
            for p in mess_halls.MESS_PATHS
        )
        pd.testing.assert_frame_equal(a, b)


def test_more_free_meals_never_make_the_grain_last_longer():
    never = 99
    for over in (10, 50, 100):
        months = []
        for free in range(13):
            df = mess_halls.mess_hall_path(
                203, need_kg_per_month=NEED, free_months=free, overeating_pct=over
            )
            months.append(mess_halls.shortfall_month(df, NEED, "free meals first") or never)
        assert months == sorted(months, reverse=True), months


def test_ration_to_last_closed_form():
    got = mess_halls.ration_to_last(203, need_kg_per_month=NEED, free_months=4, overeating_pct=50)
    assert got == pytest.approx((203 - 4 * NEED * 1.5) / 8)
    assert got / NEED == pytest.approx(0.75)
    assert (
        mess_halls.ration_to_last(203, need_kg_per_month=NEED, free_months=12, overeating_pct=50)
        is None
    )


@pytest.mark.parametrize(
    ("kwargs", "error", "words"),
    [
        ({"stock_kg": -1}, ValueError, "stock_kg must be"),
        ({"stock_kg": "a lot"}, TypeError, "stock_kg must be"),
        ({"free_months": 13}, ValueError, "free_months must be"),
        ({"free_months": 2.5}, ValueError, "free_months must be"),
        ({"overeating_pct": -5}, ValueError, "overeating_pct must be"),
        ({"need_kg_per_month": 0}, ValueError, "need_kg_per_month must be"),
        ({"months": 0}, ValueError, "months must be"),
    ],
)
def test_mess_hall_bad_inputs_name_the_parameter(kwargs, error, words):
    args = {
        "stock_kg": 200,
        "need_kg_per_month": NEED,
        "free_months": 3,
        "overeating_pct": 30,
        **kwargs,
    }
    stock = args.pop("stock_kg")
    with pytest.raises(error, match=words):
        mess_halls.mess_hall_path(stock, **args)


def test_shortfall_month_refuses_unknown_paths_and_frames():
    df = mess_halls.mess_hall_path(200, need_kg_per_month=NEED, free_months=3, overeating_pct=30)
    with pytest.raises(ValueError, match="which must be one of"):
        mess_halls.shortfall_month(df, NEED, "rationed")
    with pytest.raises(ValueError, match="path must have columns"):
        mess_halls.shortfall_month(pd.DataFrame({"month": [0]}), NEED, "free meals first")


# ---- charts ------------------------------------------------------------------------------


def test_commune_chart_states_levels_and_verdict():
    commune = structure.build_commune(28, 160, 5.0)
    chart = cc.commune_chart(commune, households_per_team=30)
    spec = chart.to_dict()  # validates
    assert marks(chart) == ["bar", "bar", "text"]
    rows = spec["datasets"][spec["data"]["name"]]
    bands = {(r["level"], r["start"], r["end"]) for r in rows if r["kind"] == "band"}
    assert bands == {
        ("production brigade", 20, 30),
        ("person", 6000, 44400),
        ("person", 20000, 30000),
    }
    bars = {r["level"]: r["units_per_commune"] for r in rows if r["kind"] == "bar"}
    assert bars == {
        "commune": 1,
        "production brigade": 28,
        "production team": 140,
        "household": 4480,
        "person": 22400,
    }
    d = spec["description"]
    assert "28 cooperatives of 160 households" in d and "22,400 members" in d
    assert "inside the text’s average of 20,000–30,000" in d and "inside its 20–30" in d
    assert "aimed at 30 households and hold about 32" in d
    big = cc.commune_chart(structure.build_commune(60, 400, 7.0)).to_dict()
    assert "above the largest commune the text reports (44,400)" in big["description"]
    assert "outside its 20–30" in big["description"]


def test_commune_chart_refuses_a_frame_that_is_not_a_commune():
    with pytest.raises(ValueError, match="commune must have columns"):
        cc.commune_chart(pd.DataFrame({"level": ["commune"]}))
    shuffled = structure.build_commune(28, 160, 5.0).iloc[::-1]
    with pytest.raises(ValueError, match="one row per level"):
        cc.commune_chart(shuffled)


def units_frame(m=0.3):
    sizes = {"household (1)": 1, "team (30)": 30, "brigade (162)": 162, "commune (4,797)": 4797}
    units = incentives.unit_efforts(list(sizes.values()), m)
    units["unit"] = list(sizes) * 2
    return units


@pytest.mark.parametrize("exit_right", [False, True])
def test_incentive_chart_names_team_and_commune(exit_right):
    chart = cc.incentive_chart(
        incentives.incentive_curves(0.3), units_frame(), exit_right=exit_right
    )
    spec = chart.to_dict()
    assert marks(chart) == ["line", "point", "text"]
    rows = spec["datasets"][spec["data"]["name"]]  # one data set shared by the layers
    lines = [row for row in rows if row["kind"] == "line"]
    assert len({row["series"] for row in lines}) == (2 if exit_right else 1)
    assert {row["unit"] for row in rows if row["kind"] == "point"} == set(units_frame()["unit"])
    d = spec["description"]
    assert "66 % of full effort in a team (30) and 30 % in a commune (4,797)" in d
    assert ("with it, 100 % and 30 %" in d) == exit_right
    enc = spec["layer"][0]["encoding"]
    assert enc["x"]["scale"]["type"] == "log" and enc["y"]["field"] == "effort_pct"


def test_incentive_chart_needs_two_named_units():
    one = units_frame()[lambda d: d["unit"].isin(["household (1)", "team (30)"])]
    with pytest.raises(ValueError, match="at least two unit sizes"):
        cc.incentive_chart(incentives.incentive_curves(0.3), one, exit_right=False)
    with pytest.raises(TypeError, match="exit_right"):
        cc.incentive_chart(incentives.incentive_curves(0.3), units_frame(), exit_right=1)


def short_from(path: pd.DataFrame) -> dict[str, int | None]:
    """The month each mess-hall path runs short, as the app finds it for the chart."""
    return {p: mess_halls.shortfall_month(path, NEED, p) for p in mess_halls.MESS_PATHS}


def test_mess_hall_chart_marks_the_shortfall_and_the_needed_ration():
    df = mess_halls.mess_hall_path(203, need_kg_per_month=NEED, free_months=4, overeating_pct=50)
    chart = cc.mess_hall_chart(
        df, need_kg_per_month=NEED, free_months=4, overeating_pct=50, short_from=short_from(df)
    )
    spec = chart.to_dict()
    assert marks(chart) == ["line", "rule", "text"]
    d = spec["description"]
    assert "runs short in month 11, 2 months before the next harvest" in d
    assert "12.7 kg a month, 75 % of need" in d and "rationed from the start, it lasts" in d
    assert "11" in spec["title"]


def test_mess_hall_chart_when_the_grain_lasts():
    df = mess_halls.mess_hall_path(300, need_kg_per_month=NEED, free_months=2, overeating_pct=20)
    chart = cc.mess_hall_chart(
        df, need_kg_per_month=NEED, free_months=2, overeating_pct=20, short_from=short_from(df)
    )
    assert marks(chart) == ["line"]
    assert "until the next harvest" in chart.to_dict()["description"]
    all_free = mess_halls.mess_hall_path(
        100, need_kg_per_month=NEED, free_months=12, overeating_pct=0
    )
    d = cc.mess_hall_chart(
        all_free,
        need_kg_per_month=NEED,
        free_months=12,
        overeating_pct=0,
        short_from=short_from(all_free),
    ).to_dict()["description"]
    assert "would have to be" not in d and "short from month 6" in d


def test_communisation_chart():
    shares = pd.DataFrame(
        {"date": ["1958-09-30", "1958-12-31"], "share_pct": [98.2, 99.0], "label": ["a", "b"]}
    )
    events = pd.DataFrame({"date": ["1958-08-29"], "event": ["Beidaihe resolution"]})
    spec = cc.communisation_chart(shares, events).to_dict()
    assert spec["description"].startswith("By 1958-09-30, 98.2 % of rural households")
    with pytest.raises(ValueError, match="events must have columns"):
        cc.communisation_chart(shares, pd.DataFrame({"date": ["1958-08-29"]}))


def test_no_chart_carries_nan():
    from tests.support.lessons import non_finite_numbers

    specs = [
        cc.commune_chart(structure.build_commune(5, 50, 3.0, 60)).to_dict(),
        cc.incentive_chart(
            incentives.incentive_curves(0.0), units_frame(0.0), exit_right=True
        ).to_dict(),
    ]
    assert all(not non_finite_numbers(s) for s in specs)
    assert math.isfinite(incentives.effort_pct(1e6, 0.0, exit_right=False))
