"""Lesson 03: sourced figures, every control of every app, the static figure, exercise checks.

Claim ids in test names: S9 (commune size), S11 (team size), S12 (mess halls), S13 (speed),
S14 (retreat, corrected), S15 (persistence).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from helpers.core import data
from helpers.lessons.communes import apps, evidence, exercises, figures, incentives, structure
from tests.support.lessons import ROOT

FACTORIES = {f.__name__: f for f in apps.APPS}
NOTEBOOK = ROOT / "lessons" / "03_communes.ipynb"
SOURCE_TEXT = ROOT / "source-text" / "great-leap-forward.kk.txt"


def value(series: str, printed: str) -> float:
    table = data.load("communes")
    row = table[(table["series"] == series) & (table["date_as_printed"] == printed)]
    return float(row["value"].iloc[0])


# ---- sourced figures ---------------------------------------------------------------------


def test_s9_cooperatives_per_commune_from_the_data_fall_in_the_texts_range():
    per_commune = value("apcs_merged_into_communes", "1958-08/10") / value(
        "communes_number", "1958-10-31"
    )
    assert per_commune == pytest.approx(28.46, abs=0.01)
    assert evidence.cooperatives_per_commune() == pytest.approx(per_commune)
    low, high = structure.S9_COOPERATIVES_PER_COMMUNE
    assert low <= per_commune <= high


def test_cliffs_figures_are_consistent_with_each_other():
    households = value("communes_number", "1958-09") * value(
        "households_per_commune_average", "1958-09/10"
    )
    assert households / 1e6 == pytest.approx(value("households_in_communes", "1958-09"), rel=0.02)


def test_s13_ninety_eight_percent_only_by_the_end_of_october():
    """Xinhua's 30 September count is 90.4 %; 99 % comes by the end of October (E4)."""
    assert value("share_rural_households_in_communes", "1958-09-30") == 90.4
    assert value("share_rural_households_in_communes", "1958-10-31") >= 98
    assert value("share_rural_households_in_communes", "1958-09") == 98.2  # Cliff, disputed
    shares, events = evidence.communisation_frames()
    assert shares["date"].tolist() == ["1958-09-30", "1958-10-31", "1958-12-31"]
    assert shares["label"].tolist() == ["90.4 % (Xinhua)", "99 %", "over 99 %"]
    beidaihe = events.set_index("event").loc["Beidaihe resolution", "date"]
    assert beidaihe == "1958-08-29"
    days = evidence.days_after_beidaihe()
    assert days["days_after_resolution"].tolist() == [32, 63, 124]


def test_s12_mess_halls_were_near_universal_by_the_end_of_1958():
    assert value("mess_halls_number", "1958-end") == 3_450_000
    assert value("share_rural_population_in_mess_halls", "1958-end") >= 90


def test_s14_the_team_became_the_accounting_unit_in_february_1962():
    timeline = data.load("timeline")
    row = timeline[timeline["event"].str.startswith("CC directive makes the production team")]
    assert row["date_start"].tolist() == ["1962-02-13"]
    assert "29 Sept 1961" in row["cross_check"].iloc[0]


def test_s9_members_and_the_household_size_ceiling():
    """The text's 20,000 fits Xinhua's average commune; its 30,000 needs bigger households
    than even the all-population ceiling allows."""
    households = evidence.commune_figure("households_per_commune_average", "1958-09-30")
    ceiling = evidence.household_size_ceiling()
    lo, hi = structure.S9_MEMBERS_AVERAGE
    assert structure.persons_per_household(lo, households) < ceiling
    assert structure.persons_per_household(hi, households) > ceiling
    ns = data.load("national_series").set_index("year")
    rural_households = value("households_in_communes", "1958-09") / 0.982
    assert ceiling == pytest.approx(ns.loc[1958, "population_yearend_million"] / rural_households)
    assert evidence.PERSONS_PER_HOUSEHOLD_DEFAULT < ceiling


def test_s11_team_size_matches_the_local_examples():
    assert value("shanghai_households_per_team", "1961-winter") == structure.S11_HOUSEHOLDS_PER_TEAM
    assert evidence.unit_sizes()["team (30)"] == 30


def test_s15_communes_outlived_the_early_1960s_in_the_data():
    table = data.load("communes")
    later = table[(table["series"] == "communes_number") & (table["date_as_printed"] == "1974")]
    assert later["value"].iloc[0] > value("communes_number", "1958-10-31")


def test_unit_sizes_and_need_come_from_the_data():
    sizes = evidence.unit_sizes()
    assert list(sizes.values()) == [1.0, 30.0, round(evidence.households_per_cooperative()), 4797.0]
    grain = data.load("grain_procurement_trade")
    row = grain[(grain["series"] == "grain_consumption_per_capita") & (grain["year"] == 1957)]
    assert evidence.need_kg_per_month() == pytest.approx(row["value"].iloc[0] / 12)


# ---- apps: defaults, every control across its range --------------------------------------


def test_apps_tuple():
    assert set(FACTORIES) == {"commune_builder_app", "incentives_app", "mess_hall_app"}


def test_commune_builder_defaults_are_the_1958_average():
    app = apps.commune_builder_app()
    assert app.controls["n_cooperatives"].value == 28
    assert app.controls["households_per_cooperative"].value == 160
    d = app.chart.to_dict()["description"]
    assert "inside the text’s average" in d
    app.controls["n_cooperatives"].value = 60
    app.controls["households_per_cooperative"].value = 400
    assert "above the largest commune" in app.chart.to_dict()["description"]


def test_incentives_app_exit_toggle_adds_the_exit_curve():
    app = apps.incentives_app()
    d = app.chart.to_dict()["description"]
    assert "in a team (30)" in d and "in a commune (4,797)" in d and "with it" not in d
    app.controls["exit_right"].value = True
    assert "with it, 100 %" in app.chart.to_dict()["description"]


def test_mess_hall_app_default_stock_lasts_when_rationed():
    app = apps.mess_hall_app()
    assert app.controls["stock_kg"].value == 203
    d = app.chart.to_dict()["description"]
    assert "runs short in month 11" in d and "rationed from the start, it lasts" in d
    app.controls["free_months"].value = 0
    assert "until the next harvest" in app.chart.to_dict()["description"]


def test_communisation_chart_is_valid():
    spec = figures.communisation_figure().to_dict()
    assert spec["title"] and "90.4 %" in spec["description"]


# ---- exercises -------------------------------------------------------------------------


def test_ex_1_cooperatives_per_commune():
    right = evidence.cooperatives_per_commune()
    assert exercises.ex_1(right) and exercises.ex_1(28.5)
    assert "upside down" in exercises.ex_1(1 / right).message
    assert "30 September" in exercises.ex_1(740_000 / 23_397).message
    assert not exercises.ex_1(25) and exercises.ex_1(...).attempted is False


def test_ex_2_marginal_reward():
    right = incentives.marginal_reward(30, 0.25)
    assert right == pytest.approx(0.275)
    assert exercises.ex_2(right) and exercises.ex_2(0.275)
    assert "work points" in exercises.ex_2(1 / 30).message
    assert "shared pool" in exercises.ex_2(0.25).message
    assert "percentage" in exercises.ex_2(27.5).message
    assert not exercises.ex_2(0.9)


def test_ex_3_shortfall_month():
    right = exercises.ex_3_expected()
    assert right == 10  # five months at +50 % eat 2.5 months' food from a year's stock
    assert exercises.ex_3(right)
    assert "early" in exercises.ex_3(right - 1).message
    assert "late" in exercises.ex_3(right + 1).message


def test_ex_4_monitoring_is_the_only_lever_in_a_commune():
    assert exercises.ex_4_expected() == "b"
    assert exercises.ex_4("b") and exercises.ex_4(" B ")
    assert not exercises.ex_4("a") and "barely" in exercises.ex_4("a").message
    assert not exercises.ex_4("c")


# ---- the notebook's corrections of the source text -------------------------------------


def notebook_markdown() -> str:
    cells = json.loads(Path(NOTEBOOK).read_text(encoding="utf-8"))["cells"]
    return "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")


def test_s14_is_corrected_in_the_lesson():
    """The commune stayed the township government; what moved down was the accounting unit."""
    text = notebook_markdown()
    assert "政社合一" in text and "13 February 1962" in text and "29 September 1961" in text
    assert "the records support the text" not in text.lower()


def test_s13_is_shown_as_early_and_the_incentive_model_is_named_truthfully():
    text = notebook_markdown()
    assert "90.4 %" in text and "Alchian and Demsetz (1972)" in text
    assert "monitoring" in text and "Lin (1990)" in text


def kazakh_quotes() -> list[str]:
    cells = json.loads(Path(NOTEBOOK).read_text(encoding="utf-8"))["cells"]
    text = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")
    return re.findall(r"«([^»]*[а-яәіңғүұқөһ][^»]*)»", text)


def test_kazakh_quotations_are_verbatim_from_the_source_text():
    source = " ".join(SOURCE_TEXT.read_text(encoding="utf-8").split())
    quotes = kazakh_quotes()
    assert quotes, "the lesson quotes the Kazakh text (S15)"
    for quote in quotes:
        parts = [p.strip() for p in quote.split("…") if p.strip()]
        for part in parts:
            assert " ".join(part.split()) in source, f"not in the source text: {part!r}"
