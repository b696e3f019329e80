"""Lesson 04's models and charts: the source text's figures, index chains, grain balance, rates."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from helpers.core import chart_kit, data, theme
from helpers.lessons.crisis import charts as crisis_charts
from helpers.lessons.crisis import grain_balance as gb
from helpers.lessons.crisis import index_chains as crisis
from helpers.shared import vital_rates
from tests.support.lessons import non_finite_numbers


@pytest.fixture(scope="module")
def tables() -> dict[str, pd.DataFrame]:
    return {
        "value_added": data.load("value_added"),
        "national": data.load("national_series"),
        "output_indices": data.load("output_indices"),
    }


@pytest.fixture(scope="module")
def inputs(tables) -> pd.DataFrame:
    return gb.grain_inputs(tables["national"])


def chart_rows(spec: dict) -> list[dict]:
    """Every data row a chart spec carries (inline values and named datasets)."""
    rows = [r for d in spec.get("datasets", {}).values() for r in d]
    for layer in spec.get("layer", [spec]):
        rows += layer.get("data", {}).get("values", [])
    return rows


# ---- the source text's figures ---------------------------------------------------------


def test_source_text_changes_are_the_claims_each_cited_once():
    table = {(s, y): (c, claim) for s, y, c, claim in crisis.SOURCE_TEXT_CHANGES}
    assert table == {
        ("industry", 1958): (55.0, "S17"),
        ("agriculture", 1959): (-14.0, "S19"),
        ("agriculture", 1960): (-13.0, "S19"),
        ("agriculture", 1961): (-2.0, "S19"),
        ("industry", 1961): (-38.0, "S24"),
        ("industry", 1962): (-16.0, "S24"),
    }
    assert len(crisis.SOURCE_TEXT_CHANGES) == len(table)


def test_s19_farm_output_chain():
    path = crisis.chain_index(crisis.source_text_changes("agriculture"), base_year=1958)
    assert path["year"].tolist() == [1958, 1959, 1960, 1961]
    assert path["index_base_100"].iloc[-1] == pytest.approx(100 * 0.86 * 0.87 * 0.98)
    assert path["change_percent"].iloc[1:].tolist() == [-14.0, -13.0, -2.0]


def test_official_industry_index_is_chained_and_the_text_is_not_spliced(tables):
    """E1: the text gives no 1959-60 figures; no other source's rates fill its gap."""
    changes = crisis.sector_changes("industry", **tables)
    official = changes[changes["series"] == crisis.SERIES["industry"][0]].set_index("year")
    levels = {1957: 244.5, 1958: 383.5, 1959: 501.5, 1960: 541.4, 1961: 315.9, 1962: 267.4}
    assert official["change_percent"].to_dict() == pytest.approx(
        {y: 100 * (levels[y] / levels[y - 1] - 1) for y in range(1958, 1963)}
    )
    text_1958 = changes[changes["series"] == crisis.SERIES["industry"][1]].set_index("year")
    text_1961 = changes[changes["series"] == crisis.SERIES["industry"][2]].set_index("year")
    assert text_1958["change_percent"].to_dict() == {1958: 55.0}
    assert text_1961["change_percent"].to_dict() == {1961: -38.0, 1962: -16.0}
    assert (text_1961["source"] == "source text [S24]").all()
    indices = crisis.sector_indices(changes, base_year=1957)
    chain = indices[indices["series"] == crisis.SERIES["industry"][0]].set_index("year")
    assert chain.loc[1960, "index_base_100"] == pytest.approx(100 * 541.4 / 244.5)  # ~221
    assert chain.loc[1962, "index_base_100"] == pytest.approx(100 * 267.4 / 244.5)  # ~109
    assert chain.loc[1962, "index_base_100"] > 105  # well above 1957, not "back near it"
    # The text's 1961-62 run has no level for 1957: it is not drawn on that base.
    late = indices[indices["series"] == crisis.SERIES["industry"][2]]
    assert late["index_base_100"].isna().all()


def test_the_official_index_agrees_with_the_text_not_with_the_library_of_congress(tables):
    changes = crisis.sector_changes("industry", **tables)
    official = changes[changes["series"] == crisis.SERIES["industry"][0]].set_index("year")
    text = crisis.source_text_changes("industry")
    for year, change in text.items():
        assert abs(official.loc[year, "change_percent"] - change) < 4
    assert abs(official.loc[1958, "change_percent"] - 45.0) > 10  # LoC's 1958 figure


def test_library_of_congress_disagrees_with_the_text_on_1958(tables):
    changes = crisis.sector_changes("industry", **tables)
    loc = changes[changes["series"] == crisis.SERIES["industry"][3]].set_index("year")
    assert loc["change_percent"].to_dict() == {1958: 45.0, 1959: 22.0, 1960: 4.0}
    assert crisis.source_text_changes("industry")[1958] != loc.loc[1958, "change_percent"]


def test_nbs_value_added_changes_are_the_nominal_figures(tables):
    """NBS value added at current prices: +53.0/-36.3/-10.1 (industry), -13.9/-11.2/+29.5."""
    want = {
        "industry": (crisis.SERIES["industry"][4], {1958: 53.0, 1961: -36.3, 1962: -10.1}),
        "agriculture": (crisis.SERIES["agriculture"][1], {1959: -13.9, 1960: -11.2, 1961: 29.5}),
    }
    for sector, (name, expected) in want.items():
        changes = crisis.sector_changes(sector, **tables)
        got = changes[changes["series"] == name].set_index("year")["change_percent"].round(1)
        assert {y: got[y] for y in expected} == expected


def test_grain_series_older_official_covers_only_the_years_printed(tables):
    changes = crisis.sector_changes("agriculture", **tables)
    old = changes[changes["series"] == crisis.SERIES["agriculture"][3]]
    assert old["year"].tolist() == [1959, 1960, 1961, 1962]
    assert old["change_percent"].round(1).tolist() == [-15.0, -15.6, 2.8, 8.5]


def test_the_revision_moved_1961_far_more_than_the_years_before(tables):
    """E9: under 2 % in 1958-60, but 7.5 % for 1961 and 3.5 % for 1962 (weak sources)."""
    ns = tables["national"].set_index("year")
    cut = 100 * (1 - ns["grain_output_revised_mt"] / ns["grain_output_old_official_mt"])
    assert (cut.loc[1958:1960].abs() < 2).all()
    assert cut[1961] == pytest.approx(7.46, abs=0.01)
    assert cut[1962] == pytest.approx(3.49, abs=0.01)


# ---- chaining ---------------------------------------------------------------------------


@pytest.mark.parametrize("base", [1958, 1959, 1960, 1961])
def test_chain_index_is_100_at_the_base_and_ratios_do_not_depend_on_it(base):
    changes = {1959: -14.0, 1960: -13.0, 1961: -2.0}
    path = crisis.chain_index(changes, base_year=base).set_index("year")["index_base_100"]
    assert path[base] == pytest.approx(100)
    reference = crisis.chain_index(changes, base_year=1958).set_index("year")["index_base_100"]
    assert (path / reference).round(12).nunique() == 1


def test_chaining_the_changes_of_a_level_series_gives_the_levels_back(tables):
    va = tables["value_added"].set_index("year")["industry_va_100m_yuan"]
    changes = crisis.sector_changes("industry", **tables)
    indices = crisis.sector_indices(changes, base_year=1957)
    chained = indices[indices["series"] == crisis.SERIES["industry"][4]].set_index("year")
    expected = 100 * va.loc[1957:1962] / va[1957]
    assert chained["index_base_100"].to_numpy() == pytest.approx(expected.to_numpy())


def test_series_without_a_figure_for_the_base_year_are_blank_not_dropped(tables):
    changes = crisis.sector_changes("agriculture", **tables)
    indices = crisis.sector_indices(changes, base_year=1957)
    text = indices[indices["series"] == crisis.SERIES["agriculture"][0]]
    assert len(text) == 4 and text["index_base_100"].isna().all()
    grain = indices[indices["series"] == crisis.SERIES["agriculture"][2]]
    assert grain["index_base_100"].notna().all()


def test_chain_index_order_of_the_mapping_does_not_matter():
    a = crisis.chain_index({1961: -2, 1959: -14, 1960: -13}, base_year=1958)
    b = crisis.chain_index({1959: -14, 1960: -13, 1961: -2}, base_year=1958)
    pd.testing.assert_frame_equal(a, b)


# ---- vital rates ------------------------------------------------------------------------


def test_vital_rates_official_and_reconstructed(tables):
    ns = tables["national"]
    both = vital_rates.long_rates(ns)
    assert len(both) == 2 * len(ns) and set(both["basis"]) == {"official (registered)"}
    full = vital_rates.long_rates(ns, rates="deaths", reconstruction=True)
    recon = full[full["basis"].str.startswith("Banister")]
    assert recon["year"].min() == 1953 and recon["year"].max() == 1966
    assert not full["rate_per_1000"].isna().any()
    peak = full.set_index(["basis", "year"])["rate_per_1000"]
    assert peak[("official (registered)", 1960)] == pytest.approx(25.43)
    assert peak[("Banister (1984) reconstruction", 1960)] == pytest.approx(44.6)


def test_s20_text_rates_are_the_registered_rates_rounded_not_banisters(tables):
    s20 = vital_rates.s20_death_rates(tables["national"]).set_index("year")
    assert s20["text_death_rate_per_1000"].tolist() == [12.0, 15.0, 25.0, 14.0]
    assert (s20["cdr_official_per_1000"].round(0) == s20["text_death_rate_per_1000"]).all()
    assert not (s20["cdr_banister_per_1000"].round(0) == s20["text_death_rate_per_1000"]).any()


# ---- grain balance ----------------------------------------------------------------------


def test_grain_inputs_are_revised_harvests_and_mid_year_population(tables, inputs):
    ns = tables["national"].set_index("year")
    assert inputs["year"].tolist() == [1958, 1959, 1960, 1961, 1962]
    assert inputs["harvest_mt"].tolist() == ns.loc[1958:1962, "grain_output_revised_mt"].tolist()
    pop = ns["population_yearend_million"]
    assert inputs["population_million"].iloc[2] == pytest.approx((pop[1959] + pop[1960]) / 2)


def test_share_rule_takes_the_same_share_every_year(inputs):
    df = gb.grain_balance(inputs, rule="share of harvest", procurement_share_percent=30)
    assert df["procurement_share_percent"].to_numpy() == pytest.approx(30.0)


def test_fixed_quota_takes_the_same_tonnage_so_its_share_rises_as_the_harvest_falls(inputs):
    df = gb.grain_balance(inputs, rule="fixed quota", procurement_share_percent=24.6)
    h = inputs.set_index("year")["harvest_mt"]
    assert df["procurement_mt"].nunique() == 1
    share = df.set_index("year")["procurement_share_percent"]
    assert share[1960] == pytest.approx(24.6 * h[1958] / h[1960])
    assert share[1958] == pytest.approx(24.6)


def test_without_a_harvest_fall_the_two_rules_agree(inputs):
    a = gb.grain_balance(inputs, rule="fixed quota", harvest_fall_percent=0)
    b = gb.grain_balance(inputs, rule="share of harvest", harvest_fall_percent=0)
    assert a["harvest_mt"].nunique() == 1
    pd.testing.assert_frame_equal(a, b)


def test_harvest_fall_scales_the_recorded_fall(inputs):
    h = inputs["harvest_mt"].to_numpy()
    df = gb.grain_balance(inputs, harvest_fall_percent=50)
    assert df["harvest_mt"].to_numpy() == pytest.approx(h[0] - 0.5 * (h[0] - h))
    assert gb.grain_balance(inputs)["harvest_mt"].to_numpy() == pytest.approx(h)


def test_imports_replace_procurement_one_for_one_from_their_first_year(inputs):
    none = gb.grain_balance(inputs, imports_mt=0).set_index("year")
    some = gb.grain_balance(inputs, imports_mt=4.5, imports_from=1961).set_index("year")
    gained = some["grain_left_mt"] - none["grain_left_mt"]
    assert gained.loc[:1960].to_numpy() == pytest.approx(0)
    assert gained.loc[1961:].to_numpy() == pytest.approx(4.5)
    huge = gb.grain_balance(inputs, imports_mt=20, procurement_share_percent=5)
    assert (huge["procurement_mt"] >= 0).all()  # never negative procurement


def test_kilograms_per_rural_person_closed_form(inputs):
    df = gb.grain_balance(inputs, urban_share=0.25, subsistence_kg=220)
    expected = 1000 * df["grain_left_mt"] / (0.75 * inputs["population_million"])
    assert df["grain_per_rural_person_kg"].to_numpy() == pytest.approx(expected.to_numpy())
    assert (df["below_subsistence"] == (df["grain_per_rural_person_kg"] < 220)).all()


def test_fixed_quota_never_leaves_more_than_the_share_rule(inputs):
    for share in (10, 25, 40):
        q = gb.grain_balance(inputs, rule="fixed quota", procurement_share_percent=share)
        s = gb.grain_balance(inputs, rule="share of harvest", procurement_share_percent=share)
        assert (q["grain_left_mt"] <= s["grain_left_mt"] + 1e-9).all()


def test_recorded_procurement_is_one_series_on_the_older_output(tables):
    procured = gb.recorded_procurement(
        data.load("grain_procurement_trade"), tables["national"]
    ).set_index("year")
    assert procured.index.tolist() == [1957, 1958, 1959, 1960, 1962]  # no 1961 figure
    assert procured.loc[1958, "procurement_mt"] == pytest.approx(0.259 * 200)
    assert procured.loc[1959, "procurement_mt"] == pytest.approx(0.377 * 170)
    assert procured.loc[1962, "procurement_mt"] == pytest.approx(0.238 * 160)
    assert procured.loc[1957, "procurement_mt"] == pytest.approx(0.246 * 195.05)
    assert (procured["basis"].str.startswith(gb.SERIES_BASIS)).all()
    assert "unverified" in procured.loc[1960, "basis"]
    assert procured.loc[[1958, 1959, 1957, 1962], "basis"].eq(gb.SERIES_BASIS).all()
    # Where a source prints tonnes, the one series agrees with them to 0.1 Mt.
    printed = procured["printed_mt"].dropna()
    assert printed.index.tolist() == [1957, 1959, 1962]
    assert (abs(procured.loc[printed.index, "procurement_mt"] - printed) < 0.1).all()


def test_trade_keeps_both_sources_for_1961(tables):
    trade = gb.trade_by_source(data.load("grain_procurement_trade"))
    rows = {(r.year, r.source_short): r.net_imports_mt for r in trade.itertuples()}
    assert rows == {
        (1958, "Lin & Yang (2000)"): -2.7,
        (1959, "Lin & Yang (2000)"): -4.2,
        (1960, "Shang"): -2.5,  # "more than 2.5 Mt": still a net exporter in 1960
        (1961, "Lin & Yang (2000)"): 4.5,
        (1961, "Price"): 6.2,
        (1962, "Price"): 5.32,
    }


# ---- charts -----------------------------------------------------------------------------


def test_famine_band_shades_1959_to_1961():
    spec = chart_kit.famine_band().to_dict()
    assert spec["mark"]["color"] == theme.FAMINE_SHADE
    assert chart_rows(spec) == [{"start": 1958.5, "end": 1961.5}]
    # Without zero=False a quantitative rect pulls the shared year axis down to 0.
    assert spec["encoding"]["x"]["scale"] == {"zero": False, "nice": False}


@pytest.mark.parametrize("sector", crisis.SECTORS)
@pytest.mark.parametrize("base", range(1957, 1963))
def test_index_chart_draws_what_the_base_allows_and_says_what_it_left_out(tables, sector, base):
    indices = crisis.sector_indices(crisis.sector_changes(sector, **tables), base_year=base)
    spec = crisis_charts.index_chart(indices, sector=sector, base_year=base).to_dict()
    assert spec["title"] and spec["description"].startswith(f"With {base} = 100")
    assert not non_finite_numbers(spec)
    drawn = {r["series"] for r in chart_rows(spec) if "series" in r}
    blank = set(indices.loc[indices["index_base_100"].isna(), "series"])
    assert drawn == set(indices["series"]) - blank
    assert ("not drawn" in spec["description"].lower()) == bool(blank)


def test_grain_chart_states_the_years_below_the_line(inputs):
    df = gb.grain_balance(
        inputs, rule="fixed quota", procurement_share_percent=24.6, imports_mt=4.5
    )
    below = df.loc[df["below_subsistence"], "year"].tolist()
    spec = crisis_charts.grain_balance_chart(df, rule="fixed quota").to_dict()
    assert below and f"{len(below)} of 5 years" in spec["title"]
    assert all(str(y) in spec["description"] for y in below)
    lowest = df.loc[df["grain_per_rural_person_kg"].idxmin()]
    assert (
        f"{lowest['grain_per_rural_person_kg']:.0f} kg in {int(lowest['year'])}"
        in (spec["description"])
    )
    generous = gb.grain_balance(inputs, procurement_share_percent=0, subsistence_kg=150)
    spec = crisis_charts.grain_balance_chart(generous, rule="fixed quota").to_dict()
    assert "every year" in spec["title"] and "stays above" in spec["description"]


def test_vital_rates_chart_marks_famine_and_the_texts_figures_only_with_deaths(tables):
    ns = tables["national"]
    s20 = vital_rates.s20_death_rates(ns)
    deaths = crisis_charts.vital_rates_chart(vital_rates.long_rates(ns, rates="deaths"), s20=s20)
    spec = deaths.to_dict()
    assert spec["layer"][0]["mark"]["color"] == theme.FAMINE_SHADE
    assert any(r.get("label") == crisis_charts.S20_LABEL for r in chart_rows(spec))
    assert "25.4 per 1,000 in 1960" in spec["description"]
    births = crisis_charts.vital_rates_chart(vital_rates.long_rates(ns, rates="births"), s20=s20)
    spec = births.to_dict()
    assert not any(r.get("label") == crisis_charts.S20_LABEL for r in chart_rows(spec))
    assert "18.0 in 1961" in spec["description"] and "death" not in spec["description"]
    full = vital_rates.long_rates(ns, reconstruction=True)
    spec = crisis_charts.vital_rates_chart(full, s20=s20).to_dict()
    assert "44.6" in spec["description"] and not non_finite_numbers(spec)
    births_only = vital_rates.long_rates(ns, rates="births", reconstruction=True)
    spec = crisis_charts.vital_rates_chart(births_only).to_dict()
    assert "reconstruction puts the 1961 birth rate at 22.4" in spec["description"]


def test_trade_chart_names_both_sources():
    trade = gb.trade_by_source(data.load("grain_procurement_trade"))
    spec = crisis_charts.trade_chart(trade).to_dict()
    assert "Lin & Yang (2000): 1958 net exports 2.7 Mt" in spec["description"]
    assert "Price: 1961 net imports 6.2 Mt" in spec["description"]


def test_inline_chart_data_carry_no_nan(tables):
    indices = crisis.sector_indices(crisis.sector_changes("industry", **tables), base_year=1958)
    spec = crisis_charts.index_chart(indices, sector="industry", base_year=1958).to_dict()
    values = [v for r in chart_rows(spec) for v in r.values()]
    assert None in values  # the first year's change, as null
    assert not any(isinstance(v, float) and not math.isfinite(v) for v in values)
    assert np.isnan(indices["change_percent"]).any()  # the model keeps NaN; only charts null it
