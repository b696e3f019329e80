"""Lesson 03, "The people's communes": sourced figures, apps, a static figure and exercise checks.

Apps (in :data:`APPS`):

* :func:`commune_builder_app`: merge cooperatives into a commune, shown level by level and
  checked against the source text's sizes [S9, S11];
* :func:`incentives_app`: effort against the number of households that share the harvest,
  with and without the right to exit (after Lin 1990);
* :func:`mess_hall_app`: a grain stock under free meals against rationing (after Chang and
  Wen 1997).

Sourced figures come from the course data (``data.load``); every other parameter is
illustrative and says so where it is used.
"""

from __future__ import annotations

from functools import cache

import altair as alt
import pandas as pd

from helpers import communes, communes_charts
from helpers.core import data, feedback, progress, ui
from helpers.core.validate import check_choice

#: Illustrative defaults (no source gives them); the lesson labels them as such.
PERSONS_PER_HOUSEHOLD_DEFAULT = 5.0
MONITORING_DEFAULT = 0.3
SANCTION_WITHOUT_EXIT = 0.5
FREE_MONTHS_DEFAULT = 4
OVEREATING_PCT_DEFAULT = 50
#: Settings of exercises 2-4 (the notebook prints them).
EX2_SETTINGS = {"households": 30, "monitoring": 0.25}
EX3_SETTINGS = {"free_months": 5, "overeating_pct": 50}
EX4_CHANGES = {
    "a": "give members the right to exit",
    "b": "double monitoring, from 0.3 to 0.6",
    "c": "let members watch 60 households instead of 30",
}


@cache
def _table(name: str) -> pd.DataFrame:
    return data.load(name)


def commune_figure(series: str, date_as_printed: str | None = None) -> float:
    """One value of the ``communes`` table, by series (and date as printed, if it repeats).

    Examples
    --------
    >>> commune_figure("communes_number", "1958-09-30")
    26425.0
    >>> commune_figure("apcs_merged_into_communes")
    740000.0
    """
    table = _table("communes")
    check_choice("series", series, tuple(dict.fromkeys(table["series"])))
    rows = table[table["series"] == series]
    if date_as_printed is not None:
        check_choice("date_as_printed", date_as_printed, tuple(rows["date_as_printed"]))
        rows = rows[rows["date_as_printed"] == date_as_printed]
    elif len(rows) > 1:
        raise ValueError(
            f"date_as_printed must be given for {series!r}: one of {tuple(rows['date_as_printed'])}"
        )
    return float(rows["value"].iloc[0])


def cooperatives_per_commune() -> float:
    """Cooperatives merged (740,000) per commune at the end of September 1958 (26,425).

    Examples
    --------
    >>> round(cooperatives_per_commune(), 1)
    28.0
    """
    return commune_figure("apcs_merged_into_communes") / commune_figure(
        "communes_number", "1958-09-30"
    )


def households_per_cooperative() -> float:
    """Households in communes at the end of 1958 (120 million) per cooperative merged.

    Examples
    --------
    >>> round(households_per_cooperative())
    162
    """
    households = commune_figure("households_in_communes", "1958-end") * 1e6
    return households / commune_figure("apcs_merged_into_communes")


def household_size_ceiling() -> float:
    """People per rural household if all of China's people had lived in rural households.

    Year-end 1958 population divided by all rural households (households in communes at the
    end of September 1958 over their share of all rural households). Town dwellers are in
    the numerator but their households are not in the denominator, so the true rural
    household was smaller: this is a ceiling.

    Examples
    --------
    >>> round(household_size_ceiling(), 2)
    5.4
    """
    ns = _table("national_series").set_index("year")
    households_million = commune_figure("households_in_communes", "1958-09-30") / (
        commune_figure("share_rural_households_in_communes", "1958-09-30") / 100
    )
    return float(ns.loc[1958, "population_yearend_million"] / households_million)


def unit_sizes() -> dict[str, float]:
    """Households in each unit that could share the harvest, from the sources.

    A household; a production team of about 30 households [S11]; a brigade the size of an
    average cooperative merged in 1958 (:func:`households_per_cooperative`); a commune of
    4,614 households, the average at the end of September 1958 (Cliff 1960).

    Examples
    --------
    >>> unit_sizes()
    {'household (1)': 1.0, 'team (30)': 30.0, 'brigade (162)': 162.0, 'commune (4,614)': 4614.0}
    """
    brigade = float(round(households_per_cooperative()))
    commune = commune_figure("households_per_commune_average")
    team = float(communes.S11_HOUSEHOLDS_PER_TEAM)
    return {
        "household (1)": 1.0,
        f"team ({team:,.0f})": team,
        f"brigade ({brigade:,.0f})": brigade,
        f"commune ({commune:,.0f})": commune,
    }


def need_kg_per_month() -> float:
    """Grain eaten per person in 1957 (203 kg a year, indicative) spread over 12 months.

    Examples
    --------
    >>> round(need_kg_per_month(), 2)
    16.92
    """
    grain = _table("grain_procurement_trade")
    row = grain[(grain["series"] == "grain_consumption_per_capita") & (grain["year"] == 1957)]
    return float(row["value"].iloc[0]) / 12


# ---- apps --------------------------------------------------------------------------------


def commune_builder_app() -> ui.App:
    """Merge cooperatives into a commune and see its levels against the text's sizes."""

    def render(n_cooperatives, households_per_cooperative, persons_per_household, team_target):
        commune = communes.build_commune(
            n_cooperatives, households_per_cooperative, persons_per_household, team_target
        )
        return communes_charts.commune_chart(commune, households_per_team=team_target)

    controls = {
        "n_cooperatives": ui.slider(
            "Cooperatives merged", round(cooperatives_per_commune()), 5, 60, 1
        ),
        "households_per_cooperative": ui.slider(
            "Households per cooperative", round(households_per_cooperative(), -1), 50, 400, 10
        ),
        "persons_per_household": ui.slider(
            "People per household (illustrative)", PERSONS_PER_HOUSEHOLD_DEFAULT, 3.0, 7.0, 0.5
        ),
        "team_target": ui.slider(
            "Households per team (target)", communes.S11_HOUSEHOLDS_PER_TEAM, 10, 60, 5
        ),
    }
    return ui.app(render, controls, title="Commune builder")


def incentive_frames(
    monitoring: float, watch_households: float
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The incentive model's curves and its values at :func:`unit_sizes`, both regimes.

    Examples
    --------
    >>> curves, units = incentive_frames(0.3, 30)
    >>> units[units["regime"] == "no right to exit"]["effort_pct"].round(0).tolist()
    [100.0, 66.0, 37.0, 30.0]
    """
    kwargs = {"watch_households": watch_households, "sanction_without_exit": SANCTION_WITHOUT_EXIT}
    curves = communes.incentive_curves(monitoring, **kwargs)
    sizes = unit_sizes()
    units = communes.unit_efforts(list(sizes.values()), monitoring, **kwargs)
    units["unit"] = list(sizes) * len(communes.REGIMES)
    return curves, units


def incentives_app() -> ui.App:
    """Effort against the size of the unit that shares the harvest, with and without exit."""

    def render(monitoring, exit_right, watch_households) -> alt.LayerChart:
        curves, units = incentive_frames(monitoring, watch_households)
        return communes_charts.incentive_chart(curves, units, exit_right=exit_right)

    controls = {
        "monitoring": ui.slider(
            "Share of effort paid by work points (illustrative)", MONITORING_DEFAULT, 0.0, 0.9, 0.05
        ),
        "exit_right": ui.toggle("Right to exit", {"no": False, "compare with exit": True}, False),
        "watch_households": ui.slider(
            "Households members can watch (illustrative)",
            communes.S11_HOUSEHOLDS_PER_TEAM,
            5,
            100,
            5,
        ),
    }
    return ui.app(render, controls, title="Incentives and the accounting unit")


def mess_hall_app() -> ui.App:
    """A village's grain per person after the harvest: free meals first against rationing."""
    need = need_kg_per_month()

    def render(stock_kg, free_months, overeating_pct) -> alt.LayerChart:
        path = communes.mess_hall_path(
            stock_kg, need_kg_per_month=need, free_months=free_months, overeating_pct=overeating_pct
        )
        return communes_charts.mess_hall_chart(
            path, need_kg_per_month=need, free_months=free_months, overeating_pct=overeating_pct
        )

    controls = {
        "stock_kg": ui.slider(
            "Grain per person after the harvest, kg", round(12 * need), 100, 300, 1
        ),
        "free_months": ui.slider(
            "Months of free meals (illustrative)", FREE_MONTHS_DEFAULT, 0, 12, 1
        ),
        "overeating_pct": ui.slider(
            "Eating above need while free, % (illustrative)", OVEREATING_PCT_DEFAULT, 0, 100, 5
        ),
    }
    return ui.app(render, controls, title="Communal mess halls: free meals or rations")


APPS = (commune_builder_app, incentives_app, mess_hall_app)


# ---- static figure -----------------------------------------------------------------------

COMMUNISATION_EVENTS = {
    "Chengdu conference": "Chengdu conference",
    "Qiliying": "Mao: “communes are good”",
    "Beidaihe resolution": "Beidaihe resolution",
}


def communisation_frames() -> tuple[pd.DataFrame, pd.DataFrame]:
    """The sourced shares of rural households in communes in 1958 and the decisions before.

    Examples
    --------
    >>> shares, events = communisation_frames()
    >>> shares["share_pct"].tolist(), events["date"].tolist()
    ([98.2, 99.0], ['1958-03-08', '1958-08-06', '1958-08-29'])
    """
    table = _table("communes")
    rows = table[table["series"] == "share_rural_households_in_communes"].sort_values("date")
    shares = pd.DataFrame(
        {
            "date": rows["date"].to_numpy(),
            "share_pct": rows["value"].to_numpy(),
            "label": [
                f"{'over ' if q else ''}{v:g} %"
                for v, q in zip(rows["value"], rows["qualifier"], strict=True)
            ],
        }
    )
    timeline = _table("timeline")
    events = []
    for key, label in COMMUNISATION_EVENTS.items():
        row = timeline[timeline["event"].str.contains(key, regex=False)].iloc[0]
        events.append({"date": row["date_start"], "event": label})
    return shares, pd.DataFrame(events)


def communisation_chart() -> alt.LayerChart:
    """Rural households in communes at the end of September and of December 1958."""
    return communes_charts.communisation_chart(*communisation_frames())


# ---- exercise checks ---------------------------------------------------------------------


@progress.tracked
def ex_1(answer: object) -> feedback.Feedback:
    """Exercise 1: cooperatives merged per commune at the end of September 1958."""
    expected = cooperatives_per_commune()
    low, high = communes.S9_COOPERATIVES_PER_COMMUNE
    return feedback.check_number(
        answer,
        expected,
        rel=0.02,
        hint="divide the cooperatives merged by the number of communes at the end of September "
        "1958 (lesson03.commune_figure(...)).",
        explain=(
            f"about {expected:.0f} cooperatives per commune, inside the text's {low}–{high} [S9]: "
            "the data and the source text agree here."
        ),
        wrong={1 / expected: "upside down: that is communes per cooperative."},
    )


@progress.tracked
def ex_2(answer: object) -> feedback.Feedback:
    """Exercise 2: the marginal reward in a team, for :data:`EX2_SETTINGS`."""
    n, m = EX2_SETTINGS["households"], EX2_SETTINGS["monitoring"]
    expected = communes.marginal_reward(n, m)
    return feedback.check_number(
        answer,
        expected,
        rel=0.005,
        hint="work points pay the monitored share to you; of the rest you get 1/N like everyone "
        "else: 1/N + m × (1 − 1/N).",
        explain=(
            f"{expected:.3f}: of what an extra hour of your work adds, you keep about "
            f"{100 * expected:.0f} %; the other {100 * (1 - expected):.0f} % goes to your "
            f"{n - 1} neighbouring households."
        ),
        wrong={
            1 / n: "that is only the equal share: you forgot the work points.",
            m: "that is only the work points: you also get 1/N of the shared pool.",
            100 * expected: "right idea, but give a share (0.275), not a percentage.",
            m + 1 / n: "close: the 1/N applies only to the part not paid by work points.",
        },
    )


def ex_3_expected() -> int | None:
    """The answer to exercise 3: the first month the grain runs short (free meals first)."""
    need = need_kg_per_month()
    path = communes.mess_hall_path(12 * need, need_kg_per_month=need, **EX3_SETTINGS)
    return communes.shortfall_month(path, need, "free meals first")


@progress.tracked
def ex_3(answer: object) -> feedback.Feedback:
    """Exercise 3: the month the grain runs short after free meals, :data:`EX3_SETTINGS`."""
    expected = ex_3_expected()
    return feedback.check_number(
        answer,
        expected,
        rel=1e-9,
        hint="build the path with communes.mess_hall_path(...) and pass it to "
        "communes.shortfall_month(path, need, 'free meals first').",
        explain=(
            f"month {expected}: a stock that would have fed everyone for the whole year runs "
            f"short {12 - expected + 1} months before the next harvest."
        ),
        wrong={
            expected - 1: "one month early: in that month there is still enough for everyone.",
            expected + 1: "one month late: look for the first month with less than the need.",
        },
    )


def ex_4_expected() -> str:
    """The answer to exercise 4: which change raises effort in a commune the most."""
    commune = commune_figure("households_per_commune_average")
    base = {"monitoring": MONITORING_DEFAULT, "watch_households": 30.0, "exit_right": False}
    changed = {
        "a": {**base, "exit_right": True},
        "b": {**base, "monitoring": 2 * MONITORING_DEFAULT},
        "c": {**base, "watch_households": 60.0},
    }
    effort = {
        key: communes.effort_pct(
            commune,
            kw["monitoring"],
            exit_right=kw["exit_right"],
            watch_households=kw["watch_households"],
            sanction_without_exit=SANCTION_WITHOUT_EXIT,
        )
        for key, kw in changed.items()
    }
    return max(effort, key=effort.get)


@progress.tracked
def ex_4(answer: object) -> feedback.Feedback:
    """Exercise 4: which change (a, b or c) raises effort in a commune the most."""
    expected = ex_4_expected()
    return feedback.check_choice(
        answer,
        expected,
        hint="use communes.effort_pct(4614, ...) for each change and compare.",
        explain=(
            "monitoring: in a commune of thousands of households members cannot see each "
            "other's work, so neither the exit threat nor neighbours' watching can reach a "
            "shirker. Only paying by measured work helps at that scale, and measuring farm work "
            "is hard: hence the retreat to smaller units."
        ),
        wrong={
            key: (
                f"{EX4_CHANGES[key]}: that barely moves effort in a commune, because members "
                f"notice a shirker only in a unit small enough to watch."
            )
            for key in EX4_CHANGES
            if key != expected
        },
    )
