"""Lesson 02, "Decentralisation and mass mobilisation, 1957-58": apps, figures, exercise checks.

Apps (in :data:`APPS`):

* :func:`labour_app`: the rural labour force split, by season, across farming, water works
  and backyard industry, and what that gives in grain and steel now and grain later;
* :func:`reports_app`: localities over-report a good harvest, the state procures a share of
  what is reported, and some are left below a subsistence line.

Sourced figures come from the course data (``data.load``); the rest are illustrative and
say so. Every figure a learner sees is computed here or in the notebook.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace

import altair as alt
import pandas as pd

from helpers import inflated_reports, mobilisation, mobilisation_charts
from helpers.core import data, feedback, progress, ui
from helpers.core.validate import check_choice, check_number
from helpers.shared import timeline
from helpers.shared import timeline_chart as timeline_charts

#: The year before the Leap: its harvest and steel output are the labour model's "normal".
BASE_YEAR = 1957
#: The year of the reports app: a good harvest.
HARVEST_YEAR = 1958
#: Illustrative defaults of the labour app (shares of the rural labour force; quality 0-1).
LABOUR_DEFAULTS = {
    "water_slack": 0.3,
    "backyard_slack": 0.1,
    "backyard_harvest": 0.0,
    "quality": 0.5,
}
#: Illustrative defaults of the reports app (subsistence line in kg of grain a year).
REPORTS_DEFAULTS = {"mean_inflation": 0.5, "inflation_spread": 0.8, "subsistence_kg": 200}
#: Themes of the 1957-58 timeline figure.
TIMELINE_THEMES = ("planning", "politics", "industry", "agriculture and communes")
#: Settings of exercises 2 and 3 (the notebook prints them).
EX2_SETTINGS = {"backyard_slack": 0.2, "backyard_harvest": 0.0}
EX3_SETTINGS = {"water_slack": 0.3, "backyard_slack": 0.1, "backyard_harvest": 0.2, "quality": 0.5}
JIN_KG = 0.5  # one jin (市斤) is half a kilogram


# ---- sourced figures --------------------------------------------------------------------


def national(year: int, column: str) -> float:
    """One value of the ``national_series`` table, e.g. ``national(1957, "steel_output_mt")``.

    Examples
    --------
    >>> national(1957, "steel_output_mt")
    5.35
    """
    ns = data.load_cached("national_series")
    check_choice("column", column, tuple(c for c in ns.columns if c != "year"))
    first, last = int(ns["year"].min()), int(ns["year"].max())
    year = check_number("year", year, low=first, high=last, integer=True)
    value = float(ns.loc[ns["year"] == year, column].iloc[0])
    if math.isnan(value):
        raise ValueError(f"{column} has no value for year {year} in national_series")
    return value


def procurement_share(year: int) -> float:
    """The state's grain procurement as a share of output in ``year`` (0-1), as recorded.

    From ``grain_procurement_trade`` (CSY 1993 via Heilig for 1952, 1957, 1962 and 1967;
    Lin and Yang 2000 for 1958-60).

    Examples
    --------
    >>> procurement_share(1959)
    0.377
    """
    g = data.load_cached("grain_procurement_trade")
    rows = g[g["series"] == "procurement_share_of_output"]
    check_choice("year", year, tuple(int(y) for y in rows["year"]))
    return round(float(rows.loc[rows["year"] == year, "value"].iloc[0]) / 100, 6)


def beidaihe_steel_target_mt() -> float:
    """The 1958 steel target set at the Beidaihe meeting (August 1958), million tonnes.

    Examples
    --------
    >>> beidaihe_steel_target_mt()
    10.7
    """
    return float(_beidaihe()["value"])


def beidaihe_grain_expectation_mt() -> tuple[float, float]:
    """The 1958 harvest the Beidaihe meeting expected, million tonnes (low, high).

    The timeline table's note gives it in jin ("600-700 bn jin"); one jin is 0.5 kg.

    Examples
    --------
    >>> beidaihe_grain_expectation_mt()
    (300.0, 350.0)
    """
    match = re.search(r"(\d+)\s*-\s*(\d+)\s*bn jin", _beidaihe()["note"])
    if match is None:
        raise ValueError("the Beidaihe row of the timeline no longer gives the grain expectation")
    # billion jin x 0.5 kg per jin = billion kg = million tonnes
    low, high = (float(m) * JIN_KG for m in match.groups())
    return low, high


def _beidaihe() -> pd.Series:
    t = data.load_cached("timeline")
    rows = t[t["event"].str.startswith("Beidaihe enlarged Politburo meeting")]
    return rows.iloc[0]


def second_plan_targets() -> pd.DataFrame:
    """The Second Five-Year Plan's targets in ``first_plan`` (kind "target"), with sources.

    Examples
    --------
    >>> bool(second_plan_targets()["indicator"].str.startswith("second_plan").all())
    True
    """
    plan = data.load_cached("first_plan")
    columns = ["indicator", "period", "value", "value_high", "unit", "source"]
    return plan.loc[plan["kind"] == "target", columns].reset_index(drop=True)


def rural_economy() -> mobilisation.RuralEconomy:
    """The labour model's economy: 1957's harvest and steel output, illustrative rates.

    Examples
    --------
    >>> eco = rural_economy()
    >>> eco.normal_grain_mt, eco.modern_steel_mt
    (195.05, 5.35)
    """
    return mobilisation.RuralEconomy(
        normal_grain_mt=national(BASE_YEAR, "grain_output_revised_mt"),
        modern_steel_mt=national(BASE_YEAR, "steel_output_mt"),
    )


# ---- the two models on the course data ------------------------------------------------------


def allocation(
    water_slack: float = LABOUR_DEFAULTS["water_slack"],
    backyard_slack: float = LABOUR_DEFAULTS["backyard_slack"],
    backyard_harvest: float = LABOUR_DEFAULTS["backyard_harvest"],
) -> pd.DataFrame:
    """The labour split by season: water works and backyard industry in the winter slack
    season, backyard industry in the autumn harvest; everyone else farms.

    Examples
    --------
    >>> allocation(0.3, 0.1, 0.2)["farming_share"].round(2).tolist()
    [0.6, 1.0, 0.8]
    """
    return mobilisation.allocate_labour(
        [water_slack, 0.0, 0.0], [backyard_slack, 0.0, backyard_harvest]
    )


def mobilise(
    water_slack: float = LABOUR_DEFAULTS["water_slack"],
    backyard_slack: float = LABOUR_DEFAULTS["backyard_slack"],
    backyard_harvest: float = LABOUR_DEFAULTS["backyard_harvest"],
    quality: float = LABOUR_DEFAULTS["quality"],
    **economy_changes: float,
) -> pd.DataFrame:
    """This year's grain and steel and the water works' payoff: one row (see
    :func:`helpers.mobilisation.mobilisation_outcome`). ``economy_changes`` replace fields of
    :func:`rural_economy` (e.g. ``backyard_usable_share=0.3``).

    Examples
    --------
    >>> out = mobilise(backyard_harvest=0.2).iloc[0]
    >>> round(float(out["grain_lost_mt"]), 1), round(float(out["steel_backyard_mt"]), 1)
    (21.7, 5.0)
    """
    economy = rural_economy()
    if economy_changes:
        economy = replace(economy, **economy_changes)
    plan = allocation(water_slack, backyard_slack, backyard_harvest)
    return mobilisation.mobilisation_outcome(plan, economy, quality=quality)


def reports(
    mean_inflation: float = REPORTS_DEFAULTS["mean_inflation"],
    inflation_spread: float = REPORTS_DEFAULTS["inflation_spread"],
    share: float | None = None,
    subsistence_kg: float = REPORTS_DEFAULTS["subsistence_kg"],
    year: int = HARVEST_YEAR,
) -> pd.DataFrame:
    """The reports model on ``year``'s true harvest (revised series) and year-end population.

    ``share`` (of reported output procured) defaults to the share recorded for ``year``.

    Examples
    --------
    >>> df = reports(mean_inflation=0.0)
    >>> round(float(df["procured_mt"].sum()), 2), round(0.259 * 197.65, 2)
    (51.19, 51.19)
    """
    if share is None:
        share = procurement_share(year)
    return inflated_reports.locality_reports(
        national(year, "grain_output_revised_mt"),
        national(year, "population_yearend_million"),
        procurement_share=share,
        mean_inflation=mean_inflation,
        inflation_spread=inflation_spread,
        subsistence_kg=subsistence_kg,
    )


# ---- apps -------------------------------------------------------------------------------


def labour_app() -> ui.App:
    """Capital from labour: who works where, by season, and what it yields now and later."""
    economy = rural_economy()
    target = beidaihe_steel_target_mt()

    def render(water_slack, backyard_slack, backyard_harvest, quality) -> alt.VConcatChart:
        plan = allocation(water_slack, backyard_slack, backyard_harvest)
        outcome = mobilisation.mobilisation_outcome(plan, economy, quality=quality)
        return mobilisation_charts.labour_chart(plan, outcome, steel_target_mt=target)

    d = LABOUR_DEFAULTS
    controls = {
        "water_slack": ui.slider(
            "Water works, winter slack (share of labour)", d["water_slack"], 0.0, 0.5, 0.05
        ),
        "backyard_slack": ui.slider(
            "Backyard industry, winter slack", d["backyard_slack"], 0.0, 0.5, 0.05
        ),
        "backyard_harvest": ui.slider(
            "Backyard industry, autumn harvest", d["backyard_harvest"], 0.0, 0.5, 0.05
        ),
        "quality": ui.slider("Water-works quality (0 bad, 1 good)", d["quality"], 0.0, 1.0, 0.05),
    }
    return ui.app(render, controls, title="Capital from labour: one rural year (illustrative)")


def procurement_options() -> dict[str, float]:
    """The procurement shares on record for 1957-59, labelled for the reports app's toggle.

    Examples
    --------
    >>> list(procurement_options())
    ['24.6 % (1957)', '25.9 % (1958)', '37.7 % (1959)']
    """
    return {
        f"{100 * procurement_share(y):.1f} % ({y})": procurement_share(y)
        for y in (1957, 1958, 1959)
    }


def reports_app() -> ui.App:
    """Inflated reports in a good year: what the state takes and what the villages keep."""
    harvest = national(HARVEST_YEAR, "grain_output_revised_mt")

    def render(mean_inflation, inflation_spread, share, subsistence_kg) -> alt.VConcatChart:
        frame = reports(mean_inflation, inflation_spread, share, subsistence_kg)
        return mobilisation_charts.reports_chart(frame, procurement_share=share)

    d = REPORTS_DEFAULTS
    controls = {
        "mean_inflation": ui.slider(
            "Reports above the true harvest (average, illustrative)",
            d["mean_inflation"],
            0.0,
            1.0,
            0.05,
            fmt=".0%",
        ),
        "inflation_spread": ui.slider(
            "Unevenness of over-reporting (0 even, 1 very uneven)",
            d["inflation_spread"],
            0.0,
            1.0,
            0.1,
        ),
        "share": ui.toggle(
            "Procurement share of reported output", procurement_options(), procurement_share(1958)
        ),
        "subsistence_kg": ui.slider(
            "Subsistence line, kg a year (illustrative)", d["subsistence_kg"], 150, 300, 10
        ),
    }
    return ui.app(
        render,
        controls,
        title=f"Inflated reports in a good year: the {HARVEST_YEAR} harvest of {harvest:g} Mt",
    )


APPS = (labour_app, reports_app)


# ---- static figures -----------------------------------------------------------------------


def timeline_figure() -> alt.LayerChart:
    """Events that began in 1957-58, in planning, politics, industry and agriculture.

    Spans that began earlier (the First Plan, 1953-57) are left out: the figure's time axis
    starts in 1957.
    """
    events = timeline.filter_events(data.load_cached("timeline"), TIMELINE_THEMES, 1957, 1958)
    events = events[events["start"] >= "1957-01-01"].reset_index(drop=True)
    return timeline_charts.timeline_chart(
        events, start_year=1957, end_year=1958, themes=TIMELINE_THEMES
    )


def steel_figure() -> alt.LayerChart:
    """Iron and steel output 1949-66 (COW NMC), the 1958 target and the Second Plan's."""
    ns = data.load_cached("national_series")
    series = pd.DataFrame(
        {"year": ns["year"], "series": "recorded (COW NMC)", "output_mt": ns["steel_output_mt"]}
    )
    plan = second_plan_targets().set_index("indicator")
    steel_1962 = plan.loc["second_plan_original_target_steel_1962"]
    references = pd.DataFrame(
        {
            "year": [HARVEST_YEAR, 1962],
            "label": ["1958 target (Beidaihe)", "1962 target (Second Plan)"],
            "low_mt": [beidaihe_steel_target_mt(), steel_1962["value"]],
            "high_mt": [beidaihe_steel_target_mt(), steel_1962["value_high"]],
        }
    )
    return mobilisation_charts.record_chart(
        series, references, quantity="Iron and steel", focus_year=HARVEST_YEAR
    )


def grain_figure() -> alt.LayerChart:
    """Grain output 1949-66 (revised and older official series) and the Beidaihe expectation."""
    ns = data.load_cached("national_series")
    series = pd.concat(
        [
            pd.DataFrame(
                {
                    "year": ns["year"],
                    "series": "revised official",
                    "output_mt": ns["grain_output_revised_mt"],
                }
            ),
            pd.DataFrame(
                {
                    "year": ns["year"],
                    "series": "older official",
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
            "label": ["expected at Beidaihe"],
            "low_mt": [low],
            "high_mt": [high],
        }
    )
    return mobilisation_charts.record_chart(
        series, references, quantity="Grain", focus_year=HARVEST_YEAR
    )


# ---- exercise checks ---------------------------------------------------------------------


@progress.tracked
def ex_1(answer: object) -> feedback.Feedback:
    """Exercise 1: the Beidaihe 1958 steel target as a multiple of 1957 output."""
    target = beidaihe_steel_target_mt()
    before = national(BASE_YEAR, "steel_output_mt")
    expected = target / before
    recorded = national(HARVEST_YEAR, "steel_output_mt")
    return feedback.check_number(
        answer,
        expected,
        rel=0.01,
        hint="divide the 1958 target by the steel output recorded for 1957.",
        explain=(
            f"{expected:.1f} times: the target ({target:g} Mt) asked for {expected:.1f} times "
            f"1957's {before:g} Mt within a single year."
        ),
        wrong={
            target / recorded: "that divides by 1958's recorded output; use 1957's.",
            100 * (expected - 1): "that is the increase in percent; give the multiple.",
            expected - 1: "that is the increase as a fraction; give the multiple (target / 1957).",
        },
    )


def ex_2_expected(step: float = 0.05) -> float:
    """The answer to exercise 2: the largest winter water-works share (to ``step``) that
    costs no grain, with :data:`EX2_SETTINGS`."""
    check_number("step", step, low=0.01, high=0.25)
    best = 0.0
    for k in range(round(1 / step) + 1):
        share = round(k * step, 10)
        if share + EX2_SETTINGS["backyard_slack"] > 1 + 1e-9:
            break
        if mobilise(share, **EX2_SETTINGS)["grain_lost_mt"].iloc[0] == 0:
            best = share
    return best


@progress.tracked
def ex_2(answer: object) -> feedback.Feedback:
    """Exercise 2: how much winter labour can go to water works at no cost in grain."""
    hint = (
        "loop over shares 0.00, 0.05, ... with lesson02.mobilise(share, **settings) and keep "
        "the largest whose grain_lost_mt is 0."
    )
    if (problem := feedback.share_problem(answer, hint)) is not None:
        return problem
    expected = ex_2_expected()
    need = rural_economy().seasons[0].farm_need_share
    if abs(answer - expected) <= 0.01:
        return feedback.Feedback(
            True,
            f"{expected:.2f}: winter farm work needs only {need:.0%} of the labour, so with "
            f"{EX2_SETTINGS['backyard_slack']:.0%} in backyard industry another "
            f"{expected:.0%} can dig canals without losing grain. That idle margin is the "
            f"'under-employed' labour the strategy counted on [S6].",
        )
    room = 1 - EX2_SETTINGS["backyard_slack"]
    lost = mobilise(answer, **EX2_SETTINGS)["grain_lost_mt"].iloc[0] if answer <= room else None
    if lost is None or lost > 0:
        return feedback.Feedback(
            False, f"{answer:.2f} is too much: farm work is left undone and grain is lost."
        )
    return feedback.Feedback(
        False, f"{answer:.2f} costs no grain, but more labour could go. {hint}"
    )


def ex_3_expected() -> float:
    """The answer to exercise 3: years for the water works to repay the grain lost."""
    return float(mobilise(**EX3_SETTINGS)["payback_years"].iloc[0])


@progress.tracked
def ex_3(answer: object) -> feedback.Feedback:
    """Exercise 3: payback years of the water works in :data:`EX3_SETTINGS`."""
    expected = ex_3_expected()
    out = mobilise(**EX3_SETTINGS).iloc[0]
    good = float(mobilise(**{**EX3_SETTINGS, "quality": 1.0})["payback_years"].iloc[0])
    return feedback.check_number(
        answer,
        expected,
        rel=0.02,
        hint="take grain_lost_mt / works_payoff_mt_per_year from lesson02.mobilise(**settings).",
        explain=(
            f"about {expected:.0f} years: pulling labour from the harvest loses "
            f"{out['grain_lost_mt']:.1f} Mt now, and works of middling quality add only "
            f"{out['works_payoff_mt_per_year']:.1f} Mt a year. Even perfectly built works "
            f"would take {good:.0f} years."
        ),
        wrong={good: "that is the payback with quality 1; the settings say 0.5."},
    )


def ex_4_expected() -> float:
    """The answer to exercise 4: percent of the true 1958 harvest taken if reports matched
    the low end of the Beidaihe expectation and the state took 1958's recorded share."""
    low, _ = beidaihe_grain_expectation_mt()
    return 100 * procurement_share(1958) * low / national(1958, "grain_output_revised_mt")


@progress.tracked
def ex_4(answer: object) -> feedback.Feedback:
    """Exercise 4: share of the real harvest procured on reports matching Beidaihe's hopes."""
    expected = ex_4_expected()
    share_1958, share_1959 = 100 * procurement_share(1958), 100 * procurement_share(1959)
    return feedback.check_number(
        answer,
        expected,
        rel=0.01,
        hint="procured = share x reported; divide it by the true harvest and give percent.",
        explain=(
            f"{expected:.1f} % of the real harvest, not {share_1958:g} %: a normal-looking share "
            f"of an inflated report is a much larger share of the grain that exists, more than "
            f"the {share_1959:g} % actually taken in 1959."
        ),
        wrong={
            share_1958: "that is the share of the *reported* harvest; divide by the true one.",
            expected / 100: "right, but give it in percent (39, not 0.39).",
        },
    )
