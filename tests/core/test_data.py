"""Tests for data/ and helpers.core.data: the descriptor, the figures, and refusing bad files."""

from __future__ import annotations

import csv
import hashlib
import json
import math
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from helpers.core import data

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "data"
SOURCES = DATA / "raw"  # the build's inputs (data/raw/README.md)

COLUMNS = {
    "national_series": [
        "year",
        "population_yearend_million",
        "cbr_official_per_1000",
        "cdr_official_per_1000",
        "cbr_banister_per_1000",
        "cdr_banister_per_1000",
        "grain_output_revised_mt",
        "grain_output_old_official_mt",
        "steel_output_mt",
    ],
    "value_added": [
        "year",
        "gdp_100m_yuan",
        "primary_va_100m_yuan",
        "secondary_va_100m_yuan",
        "industry_va_100m_yuan",
        "gdp_per_capita_yuan",
    ],
    # The contract's columns; the table may carry more provenance after them.
    "first_plan": [
        "indicator",
        "period",
        "value",
        "value_high",
        "qualifier",
        "unit",
        "kind",
        "source",
        "where_found",
    ],
    "timeline": [
        "event",
        "date_start",
        "date_end",
        "date_precision",
        "theme",
    ],
    "grain_procurement_trade": [
        "series",
        "year",
        "year_end",
        "period",
        "value",
        "value_high",
        "qualifier",
        "unit",
        "value_as_printed",
        "source",
        "where_found",
        "cross_check",
        "note",
    ],
    "communes": [
        "series",
        "date",
        "date_end",
        "date_precision",
        "date_as_printed",
        "area",
        "value",
        "value_high",
        "qualifier",
        "unit",
        "value_as_printed",
        "source",
        "where_found",
        "cross_check",
        "note",
    ],
    "output_indices": [
        "series",
        "year",
        "year_end",
        "period",
        "value",
        "value_high",
        "qualifier",
        "unit",
        "value_as_printed",
        "source",
        "where_found",
        "cross_check",
        "note",
    ],
    # Lesson 07's province tables, keyed on the two-digit GB code.
    "province_codes": [
        "gb_code",
        "name_pinyin",
        "name_characters",
        "name_english",
        "status_1960s",
        "in_mqy",
        "in_mqy_main",
        "in_county_panel",
        "in_cssi",
        "note",
    ],
    "province_vital_rates": [
        "gb_code",
        "year",
        "source",
        "cdr_per_1000",
        "population_yearend_10k",
    ],
    "province_grain": ["gb_code", "year", "grain_output_10k_tonnes"],
    "mqy_panel": [
        "gb_code",
        "year",
        "lgrain",
        "lgrain_constructed",
        "ldeath_b",
        "lurbpop",
        "ltotpop",
        "in_main_sample",
    ],
    "county_mortality": [
        "gb_code",
        "county_id",
        "year",
        "cdr_per_1000",
        "log_population",
        "clan_genealogies_per_capita",
    ],
    "prefecture_cssi": [
        "gb_code",
        "gb_code_today",
        "division_code",
        "province_as_printed",
        "prefecture",
        "cssi_pre_percent",
        "cssi_pre_post_percent",
        "shares_code",
    ],
}
ESTIMATE_METHODS = {
    "official registration data",
    "registration data adjusted for under-reporting",
    "demographic reconstruction",
    "provincial/local records",
    "archival extrapolation",
    "unpublished internal investigation",
    "adopts another estimate",
    "not stated",
}
THEMES = {
    "planning",
    "agriculture and communes",
    "industry",
    "politics",
    "famine and food",
    "foreign relations",
}


def descriptor() -> dict:
    return json.loads((DATA / "datapackage.json").read_text(encoding="utf-8"))


def row(df: pd.DataFrame, year: int) -> pd.Series:
    return df.loc[df["year"] == year].iloc[0]


# --- the descriptor ----------------------------------------------------------------------------


def test_descriptor_lists_every_table_with_hash_bytes_licence_and_sources():
    pkg = descriptor()
    assert pkg["name"] and pkg["title"]
    assert pkg["licenses"] and pkg["licenses"][0]["name"] == "CC-BY-4.0"
    assert pkg["sources"] and all(s["title"] for s in pkg["sources"])
    assert [r["name"] for r in pkg["resources"]] == data.names()
    assert set(data.names()) == {*COLUMNS, "excess_death_estimates"}
    for res in pkg["resources"]:
        raw = (DATA / res["path"]).read_bytes()
        assert res["hash"] == "sha256:" + hashlib.sha256(raw).hexdigest(), res["name"]
        assert res["bytes"] == len(raw)
        assert (res["format"], res["mediatype"], res["encoding"]) == ("csv", "text/csv", "utf-8")
        assert res["title"] and res["description"]
        assert res["licenses"] and res["licenses"][0]["path"].startswith("https://creativecommons")
        assert res["sources"] and all(s.get("title") and s.get("path") for s in res["sources"])
        assert all(s.get("upstream_terms") for s in res["sources"]), "say the upstream terms"
        assert res["claims"] and all(re.fullmatch(r"S([1-9]|1\d|2[0-4])", c) for c in res["claims"])
        names = [f["name"] for f in res["schema"]["fields"]]
        assert set(res["schema"]["primaryKey"]) <= set(names)
        for f in res["schema"]["fields"]:
            assert f["type"] in {"integer", "number", "string", "date"}
            assert f["title"] and f["description"]
            assert "required" in f["constraints"]
            is_label = f["type"] in {"string", "date"}
            assert is_label or f.get("unit"), f"{res['name']}.{f['name']} needs a unit"


def test_readme_lists_every_file_and_how_to_rebuild():
    text = (DATA / "README.md").read_text(encoding="utf-8")
    for res in descriptor()["resources"]:
        assert f"`{res['path']}`" in text
    assert "python -m scripts.build_data" in text and "data/raw/" in text and "CC BY 4.0" in text


def test_names_describe_and_unknown_name():
    meta = data.describe("national_series")
    assert meta["title"] and meta["sources"] and meta["licenses"]
    units = {f["name"]: f.get("unit") for f in meta["schema"]["fields"]}
    assert units["steel_output_mt"] == "million tonnes"
    assert units["population_yearend_million"] == "million persons"
    meta["title"] = "changed"
    assert data.describe("national_series")["title"] != "changed", "describe returns a copy"
    with pytest.raises(ValueError, match="unknown table 'grain'") as err:
        data.load("grain")
    for name in data.names():
        assert repr(name) in str(err.value)
    with pytest.raises(ValueError, match="national_series"):
        data.describe("nope")


# --- each table --------------------------------------------------------------------------------


@pytest.mark.parametrize("name", data.names())
def test_each_table_loads_with_its_columns(name):
    df = data.load(name)
    assert len(df) > 0
    assert list(df.columns) == [f["name"] for f in data.describe(name)["schema"]["fields"]]
    expected = COLUMNS.get(name)
    if expected:
        assert list(df.columns[: len(expected)]) == expected
    cached = data.load_cached(name)
    cached.iloc[0, 0] = None  # load_cached keeps one table per kernel: a change must not leak
    assert not cached.equals(df)
    pd.testing.assert_frame_equal(data.load_cached(name), df)


def test_national_series_years_and_units():
    df = data.load("national_series")
    assert df["year"].tolist() == list(range(1949, 1967))
    assert df["year"].dtype == "int64"
    assert df[COLUMNS["national_series"][1:]].dtypes.eq("float64").all()


def test_s20_official_death_rates_round_to_the_source_text():
    df = data.load("national_series").set_index("year")
    rates = df.loc[1958:1961, "cdr_official_per_1000"]
    # S20: "1.2 %, 1.5 %, 2.5 %, 1.4 %" are deaths per thousand, not per hundred.
    assert [round(v) for v in rates] == [12, 15, 25, 14]


def test_official_death_rates_equal_the_csy_1999_figures_in_the_sources():
    with (SOURCES / "national_series_candidates.csv").open(encoding="utf-8") as handle:
        csy = {
            int(r["year"]): float(r["value"])
            for r in csv.DictReader(handle)
            if r["series"] == "crude_death_rate" and "Yearbook 1999" in r["source_repo"]
        }
    df = data.load("national_series").set_index("year")
    for year in range(1949, 1967):
        assert df.loc[year, "cdr_official_per_1000"] == pytest.approx(csy[year])
    assert [csy[y] for y in (1958, 1959, 1960, 1961)] == [11.98, 14.59, 25.43, 14.24]
    assert [round(csy[y]) for y in (1958, 1959, 1960, 1961)] == [12, 15, 25, 14]


def test_population_falls_in_the_famine():
    df = data.load("national_series")
    pop = df.set_index("year")["population_yearend_million"]
    assert pop[1960] < pop[1959]
    assert pop[1961] < pop[1960]
    assert pop[1962] > pop[1961]
    assert 500 < pop[1949] < pop[1966] < 800  # million persons, not 10,000s


def test_banister_reconstruction():
    df = data.load("national_series")
    assert row(df, 1960)["cdr_banister_per_1000"] == 44.6
    before = df.loc[df["year"] < 1953, ["cbr_banister_per_1000", "cdr_banister_per_1000"]]
    assert before.isna().all().all()
    after = df.loc[df["year"] >= 1953, ["cbr_banister_per_1000", "cdr_banister_per_1000"]]
    assert after.notna().all().all()
    famine = df.loc[df["year"].between(1958, 1961)]
    assert (famine["cdr_banister_per_1000"] > famine["cdr_official_per_1000"]).all()


def test_steel_from_cow_in_million_tonnes():
    df = data.load("national_series")
    assert row(df, 1958)["steel_output_mt"] == 8.0
    assert row(df, 1957)["steel_output_mt"] == 5.35
    notes = " ".join(data.describe("national_series")["notes"])
    assert "Reuters" in notes and "Shanghai Daily" in notes, "rejected values are recorded"


def test_two_grain_series_and_no_invented_years():
    df = data.load("national_series").set_index("year")
    assert df["grain_output_revised_mt"].notna().all()
    old = df["grain_output_old_official_mt"]
    assert old.dropna().index.tolist() == [1958, 1959, 1960, 1961, 1962]
    assert old[1959] == 170.0
    assert old[1958] == 200.0
    assert df.loc[1959, "grain_output_revised_mt"] == 169.68


def test_value_added():
    df = data.load("value_added")
    assert df["year"].tolist() == list(range(1952, 1963))
    assert (df["primary_va_100m_yuan"] + df["secondary_va_100m_yuan"] <= df["gdp_100m_yuan"]).all()
    assert (df["industry_va_100m_yuan"] <= df["secondary_va_100m_yuan"]).all()
    va = df.set_index("year")["industry_va_100m_yuan"]
    assert va[1958] / va[1957] - 1 == pytest.approx(0.53, abs=0.005)  # sources README: +53.0 %


def test_first_plan_values_kinds_and_dropped_rows():
    df = data.load("first_plan").set_index(["indicator", "period"])
    agri = df.loc[("ffyp_planned_outlay_share_agriculture", "1953-1957")]
    assert (agri["value"], agri["unit"], agri["kind"]) == (7.0, "percent of planned outlay", "plan")
    assert df.loc[("ffyp_target_industrial_growth", "1953-1957"), "value"] == 14.7
    assert df.loc[("ffyp_target_agricultural_growth", "1953-1957"), "value"] == 4.3
    gvio = df.loc[("ffyp_actual_gvio_growth_total", "1952-1957")]
    assert (gvio["value"], gvio["kind"]) == (128.6, "outcome")
    industry = df.loc[("ffyp_planned_outlay_share_industry", "1953-1957")]
    assert (industry["value"], industry["qualifier"]) == (50.0, "more than")
    steel = df.loc[("second_plan_original_target_steel_1962", "1962")]
    assert (steel["value"], steel["value_high"], steel["kind"]) == (10.6, 12.0, "target")
    assert df.loc[("second_plan_original_target_gvio", "1958-1962"), "value"] == 2.0
    assert df.loc[("industry_va_nominal", "1952"), "value"] == 119.8
    assert df.loc[("primary_industry_va_nominal", "1957"), "value"] == 430.0
    assert set(df["kind"]) == {"plan", "outcome", "target"}
    ranges = df.loc[df["value_high"].notna()].index.get_level_values("indicator")
    assert sorted(ranges) == [
        "second_plan_beidaihe_target_grain_1959",
        "second_plan_beidaihe_target_steel_1959",
        "second_plan_original_target_steel_1962",
    ]
    grain_1962 = df.loc[("second_plan_beidaihe_target_grain_1962", "1962")]
    assert grain_1962["value"] == 750 and "not a translation error" in grain_1962["note"]
    assert df.loc[("second_plan_beidaihe_target_steel_1962", "1962"), "value"] == 80
    indicators = df.index.get_level_values("indicator")
    assert "capital_construction_share_note" not in indicators
    notes = " ".join(data.describe("first_plan")["notes"])
    assert "capital_construction_share_note" in notes and "35 -> 40" in notes


def test_timeline_dates_and_themes():
    df = data.load("timeline")
    assert set(df["theme"]) <= THEMES
    assert df["date_start"].tolist() == sorted(df["date_start"])
    start = pd.to_datetime(df["date_start"], format="%Y-%m-%d")
    ends = df["date_end"] != ""
    end = pd.to_datetime(df.loc[ends, "date_end"], format="%Y-%m-%d")
    assert (end >= start[ends]).all()
    plan = df.loc[df["event"] == "First Five-Year Plan period begins"].iloc[0]
    assert (plan["date_start"], plan["date_precision"]) == ("1953-01-01", "month")
    assert set(df["date_precision"]) == {"day", "month", "year"}
    soviet = df.loc[df["event"].str.startswith("Soviet note")].iloc[0]
    assert (soviet["date_start"], soviet["theme"]) == ("1960-07-16", "foreign relations")


def read_source(name: str) -> list[dict[str, str]]:
    with (SOURCES / name).open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_excess_death_estimates_keep_the_source_columns():
    df = data.load("excess_death_estimates")
    editorial = ["method", "data_basis", "area", "standing", "standing_note"]
    assert list(df.columns[-5:]) == editorial
    source = read_source("excess_death_estimates.csv")
    assert list(df.columns[:-5]) == list(source[0])
    assert df["author"].tolist() == [r["author"] for r in source]
    for got, printed in zip(df["year_published"], source, strict=True):
        year = printed["year_published"]
        assert (pd.isna(got) and not year) or year.startswith(str(got))
    both = df.dropna(subset=["excess_deaths_low_million", "excess_deaths_high_million"])
    assert (both["excess_deaths_low_million"] <= both["excess_deaths_high_million"]).all()
    assert df["excess_deaths_million"].dropna().between(0, 100).all()


def test_excess_death_estimates_years_and_editorial_columns():
    df = data.load("excess_death_estimates")
    assert df["year_published"].dtype == "Int64"
    assert df["year_published"].isna().sum() == 2  # Chen Yizi, Yu Xiguang: none printed
    census = df.loc[df["author"].str.startswith("US Bureau of the Census")].iloc[0]
    assert census["year_published"] == 1987
    assert (
        "[build: year_published printed as '1987 (LoC text; year memory-unverified)']"
        in (census["note"])
    )
    assert set(df["method"]) <= ESTIMATE_METHODS
    not_stated = df.loc[df["method"] == "not stated", "data_basis"]
    assert not_stated.str.startswith("not stated").all()  # "not stated; biography" for a biography

    def estimate(author: str, year: int) -> pd.Series:
        rows = df.loc[
            df["author"].str.startswith(author) & (df["year_published"] == year).fillna(False)
        ]
        assert len(rows) == 1, (author, year)
        return rows.iloc[0]

    assert estimate("Coale", 1984)["method"] == "registration data adjusted for under-reporting"
    assert estimate("Cao Shuji", 2005)["method"] == "provincial/local records"
    assert estimate("Rummel", 1991)["method"] == "adopts another estimate"
    assert estimate("Xia", 2021)["method"] == "official registration data"
    assert estimate("Ashton", 1984)["method"] == "demographic reconstruction"
    assert estimate("Yang Jisheng", 2008)["method"] == "provincial/local records"
    assert estimate("Dikötter", 2010)["method"] == "archival extrapolation"
    assert estimate("Cao Shuji", 2004)["area"] == "Sichuan"
    assert estimate("Jiang Zhenghua", 1988)["method"] == "demographic reconstruction"
    assert estimate("Chang, Jung", 2005)["data_basis"] == "not stated; biography"
    assert estimate("Official statistics", 1983)["standing"] == "derived from the registers"
    assert df.loc[df["author"].str.startswith("Chen Yizi"), "standing"].item() == (
        "repeats another estimate"  # known only through Dikötter (2010), who adopts it
    )
    # Rows that repeat another estimate or stand outside the scholarly literature say why.
    assert estimate("Becker", 1996)["standing"] == "repeats another estimate"
    assert estimate("Sun Jingxian", 2013)["standing"] == "outside the scholarly literature"
    assert estimate("Li Chengrui", 1997)["standing"] == "independent estimate"
    counted = df["standing"] == "independent estimate"
    assert (df.loc[counted, "standing_note"] == "").all()
    assert (df.loc[~counted, "standing_note"] != "").all()
    assert (df["area"] == "China").sum() == len(df) - 1
    notes = " ".join(data.describe("excess_death_estimates")["notes"])
    assert "editorial" in notes and "course team" in notes and "row's own text" in notes
    # S21's 'more than 14 million' and '23 million fewer births' are among the estimates.
    s21 = df.loc[df["excess_deaths_low_million"] == 14].iloc[0]
    assert (s21["lost_births_million"], s21["period"]) == (23.0, "1958-61")


# --- the tables for lessons 02-05 ------------------------------------------------------------


def one(df: pd.DataFrame, series: str, when: str, column: str = "period", **match) -> pd.Series:
    rows = df.loc[(df["series"] == series) & (df[column] == when)]
    for key, value in match.items():
        rows = rows.loc[rows[key].str.contains(value, regex=False)]
    assert len(rows) == 1, (series, when, match)
    return rows.iloc[0]


def test_grain_procurement_figures():
    df = data.load("grain_procurement_trade")
    assert one(df, "procurement_gross", "1959")["value"] == 64.12
    assert one(df, "procurement_share_of_output", "1957")["value"] == 24.6
    assert one(df, "procurement_share_of_output", "1959")["value"] == 37.7
    assert one(df, "procurement_gross", "1952")["unit"] == "million tonnes"
    # the share printed for 1957 is gross procurement over the revised output series
    output = data.load("national_series").set_index("year")["grain_output_revised_mt"]
    gross_1957 = one(df, "procurement_gross", "1957")["value"]
    assert round(100 * gross_1957 / output[1957], 1) == 24.6
    reconstructed = one(df, "procurement_share_of_output", "1960")
    assert reconstructed["value"] == 32.4
    assert reconstructed["note"].startswith("OCR-RECONSTRUCTED")
    dikotter = one(df, "procurement_share_of_output_range", "1959-1962")
    assert (dikotter["value"], dikotter["value_high"]) == (30.0, 37.0)
    assert (dikotter["year"], dikotter["year_end"]) == (1959, 1962)
    notes = " ".join(data.describe("grain_procurement_trade")["notes"])
    assert "reconstructed" in notes and "1962" in notes


def test_grain_imports_keep_both_sources_for_s22():
    df = data.load("grain_procurement_trade")
    imports_1961 = df.loc[(df["series"] == "grain_imports") & (df["year"] == 1961)]
    assert sorted(imports_1961["value"]) == [4.5, 6.2]
    assert one(df, "grain_imports", "1961", source="Lin, Justin Yifu")["value"] == 4.5
    assert one(df, "grain_imports", "1961", source="Robert Price")["value"] == 6.2
    assert one(df, "grain_imports", "1962")["value"] == 5.32
    total = one(df, "grain_imports_cumulative", "1961-1965")
    assert (total["value"], total["year"], total["year_end"]) == (30.0, 1961, 1965)
    wheat = one(df, "wheat_imports_per_year", "1961-1967")
    assert (wheat["value"], wheat["value_high"]) == (4.0, 5.0)
    decade = one(df, "wheat_imports_average", "1960s")
    assert (decade["year"], decade["year_end"], decade["value"]) == (1960, 1969, 5.0)
    assert "[build: period '1960s' read as 1960-1969]" in decade["note"]
    assert one(df, "net_grain_exports", "1959")["value"] == 4.2
    notes = " ".join(data.describe("grain_procurement_trade")["notes"])
    assert "grain_imports 1961: 2 sources" in notes and "Robert Price" in notes
    assert "S22" in data.describe("grain_procurement_trade")["claims"]


def test_long_tables_keep_every_source_row():
    assert len(data.load("grain_procurement_trade")) == len(
        read_source("grain_procurement_trade.csv")
    )
    assert len(data.load("communes")) == len(read_source("communes.csv"))
    indices = read_source("output_indices.csv")
    kept = [r for r in indices if not r["series"].endswith("_nominal")]
    ratios = [r for r in kept if ":" in r["value"]]
    assert len(data.load("output_indices")) == len(kept) + len(ratios)
    for name, file in (
        ("grain_procurement_trade", "grain_procurement_trade.csv"),
        ("output_indices", "output_indices.csv"),
    ):
        df = data.load(name)
        printed = {(r["series"], r["year"], r["value"]) for r in read_source(file)}
        for _, row in df.loc[~df["value_as_printed"].str.contains(":")].iterrows():
            assert (row["series"], row["period"], row["value_as_printed"]) in printed


def test_communes_figures_for_s9_s11_s13():
    df = data.load("communes")
    count = one(df, "communes_number", "1958-09-30", "date_as_printed")
    assert (count["value"], count["date"], count["date_precision"]) == (
        23397.0,
        "1958-09-30",
        "day",
    )
    assert "Xinhua" in count["source"] and "DISAGREES" in count["cross_check"]
    share = one(df, "share_rural_households_in_communes", "1958-09-30", "date_as_printed")
    assert share["value"] == 90.4  # S13: the text's 98 % is not reached by 30 September
    october = one(df, "share_rural_households_in_communes", "1958-10-31", "date_as_printed")
    assert october["value"] == 99.0
    cliff = one(df, "communes_number", "1958-09", "date_as_printed")
    assert (cliff["value"], cliff["date"], cliff["date_precision"]) == (
        26425.0,
        "1958-09-01",
        "month",
    )
    cliff_share = one(df, "share_rural_households_in_communes", "1958-09", "date_as_printed")
    assert cliff_share["value"] == 98.2 and "Gluckstein" in cliff_share["source"]
    year_end = one(df, "share_rural_households_in_communes", "1958-end", "date_as_printed")
    assert (year_end["value"], year_end["qualifier"], year_end["date"]) == (
        99.0,
        "more than",
        "1958-12-31",
    )
    assert year_end["date_precision"] == "end of year"
    halls = one(df, "mess_halls_number", "1958-end", "date_as_printed")
    assert halls["value"] == 3_450_000  # S12: mess halls were not rare
    eating = one(df, "share_rural_population_in_mess_halls", "1958-end", "date_as_printed")
    assert (eating["value"], eating["qualifier"]) == (90.0, "more than")
    merged = one(df, "apcs_merged_into_communes", "1958-08/10", "date_as_printed")
    assert (merged["date"], merged["date_end"], merged["value"]) == (
        "1958-08-01",
        "1958-10-01",
        740000.0,
    )
    later = one(df, "communes_number", "1974", "date_as_printed")  # Crook (1975), not Wikipedia
    assert later["value"] == 50000.0 and "Crook (1975)" in later["source"]
    assert not (df["series"] == "communes_number_range").any()
    undated = one(df, "communes_number_typical", "undated (commune era)", "date_as_printed")
    assert (undated["date"], undated["date_precision"]) == ("", "undated")
    team = one(df, "shanghai_households_per_team", "1961-winter", "date_as_printed")
    assert (team["value"], team["area"]) == (30.0, "Shanghai suburbs")  # S11: about 30
    assert set(df["area"]) == {"China", "Ningxia", "Shanghai suburbs"}
    average = one(df, "households_per_commune_average", "1958-09/10", "date_as_printed")
    households = one(df, "households_in_communes", "1958-09", "date_as_printed")
    assert cliff["value"] * average["value"] / 1e6 == pytest.approx(households["value"], abs=5)
    assert {"S9", "S11", "S12", "S13"} <= set(data.describe("communes")["claims"])


def test_output_indices_figures_for_s17_s23_s24():
    df = data.load("output_indices")
    growth = df.loc[df["series"] == "industrial_output_growth"].set_index("year")["value"]
    assert growth.to_dict() == {1958: 45.0, 1959: 22.0, 1960: 4.0}
    assert not df["series"].str.endswith("_nominal").any(), "value_added holds those"
    shares = df.loc[df["series"].str.endswith("industry_share_of_gvio")]
    assert shares.groupby("year")["value"].sum().to_dict() == {1960: 100.0, 1966: 100.0}
    heavy = one(df, "heavy_industry_share_of_gvio", "1960")
    assert (heavy["value"], heavy["value_as_printed"]) == (66.6, "33.4:66.6")
    accumulation = df.loc[df["series"] == "accumulation_rate"].set_index("year")["value"]
    assert accumulation.to_dict() == {1953: 23.0, 1958: 34.0, 1959: 44.0, 1960: 40.0}  # Shi 2006
    investment = df.loc[df["series"] == "capital_construction_investment"]
    assert investment.set_index("year")["value"].to_dict() == {
        1960: 388.7,
        1961: 127.0,
        1962: 71.26,
    }
    assert one(df, "agriculture_share_of_GVIAO", "1960")["value"] == 21.8
    assert one(df, "gross_value_agricultural_output_change", "1960")["value"] == -12.6
    change = one(df, "gross_value_industrial_output_change", "1957-1960")
    assert (change["year"], change["year_end"], change["value"]) == (1957, 1960, 1.3)
    total = one(df, "gross_value_industrial_agricultural_output", "1965")["value"]
    farming = one(df, "gross_value_agricultural_output", "1965")["value"]
    industry = one(df, "gross_value_industrial_output", "1965")["value"]
    assert total == farming + industry  # 100 million yuan
    notes = " ".join(data.describe("output_indices")["notes"])
    assert "+55 %" in notes and "52.1" in notes and "1.3 times" in notes
    assert {"S17", "S19", "S23", "S24"} <= set(data.describe("output_indices")["claims"])


def test_long_tables_spans_and_ranges_are_ordered():
    for name in ("grain_procurement_trade", "output_indices"):
        df = data.load(name)
        assert (df["year_end"] >= df["year"]).all()
        ranged = df.dropna(subset=["value_high"])
        assert (ranged["value_high"] > ranged["value"]).all()
    df = data.load("communes")
    spans = df.loc[df["date_end"] != ""]
    assert (spans["date_end"] > spans["date"]).all()
    assert (df.loc[df["date"] == "", "date_precision"] == "undated").all()


# --- refusing bad files ------------------------------------------------------------------------


@pytest.fixture
def copy_dir(tmp_path: Path) -> Path:
    """A private copy of data/ to corrupt."""
    target = tmp_path / "data"
    shutil.copytree(DATA, target)
    return target


def resource_for(base: Path, name: str) -> dict:
    pkg = json.loads((base / "datapackage.json").read_text(encoding="utf-8"))
    return next(r for r in pkg["resources"] if r["name"] == name)


def rewrite(base: Path, name: str, edit) -> dict:
    """Edit a table's text and re-hash it, so only the schema checks can catch the edit."""
    res = resource_for(base, name)
    path = base / res["path"]
    path.write_text(edit(path.read_text(encoding="utf-8")), encoding="utf-8")
    res["hash"] = "sha256:" + hashlib.sha256(path.read_bytes()).hexdigest()
    return res


def test_refuses_a_changed_byte(copy_dir, monkeypatch):
    path = copy_dir / "national_series.csv"
    path.write_bytes(path.read_bytes().replace(b"44.6", b"44.7"))
    expected = resource_for(copy_dir, "national_series")["hash"].removeprefix("sha256:")
    actual = hashlib.sha256(path.read_bytes()).hexdigest()
    monkeypatch.setattr(data, "DATA_DIR", copy_dir)  # through the public API
    with pytest.raises(data.DataError) as err:
        data.load("national_series")
    message = str(err.value)
    assert "national_series.csv" in message and "sha256" in message
    assert expected in message and actual in message
    assert "changed since" in message and "datapackage.json" in message


def test_the_repository_copy_names_data_datapackage_json(tmp_path):
    res = data.describe("value_added")
    res["hash"] = "sha256:" + "0" * 64
    with pytest.raises(data.DataError, match=r"changed since data/datapackage\.json"):
        data.load_resource(res, data.DATA_DIR)


def test_load_resource_refuses_what_is_not_a_resource():
    with pytest.raises(TypeError, match="resource must be a dict"):
        data.load_resource("value_added", data.DATA_DIR)
    with pytest.raises(ValueError, match=r"resource must have the keys .* missing \['name'"):
        data.load_resource({}, data.DATA_DIR)
    with pytest.raises(TypeError, match="base must be a folder path"):
        data.load_resource(data.describe("value_added"), 3)


def test_refuses_a_missing_file(copy_dir):
    (copy_dir / "timeline.csv").unlink()
    with pytest.raises(data.DataError, match=r"timeline\.csv: file not found"):
        data.load_resource(resource_for(copy_dir, "timeline"), copy_dir)


def test_refuses_a_missing_column(copy_dir):
    def drop_last(text: str) -> str:
        return "\n".join(line.rsplit(",", 1)[0] for line in text.splitlines()) + "\n"

    res = rewrite(copy_dir, "national_series", drop_last)
    with pytest.raises(data.DataError) as err:
        data.load_resource(res, copy_dir)
    message = str(err.value)
    assert "national_series.csv" in message
    assert "missing column(s) ['steel_output_mt']" in message


def test_refuses_an_extra_column(copy_dir):
    def add(text: str) -> str:
        lines = text.splitlines()
        return "\n".join([lines[0] + ",comment"] + [x + "," for x in lines[1:]]) + "\n"

    res = rewrite(copy_dir, "value_added", add)
    with pytest.raises(
        data.DataError, match=r"value_added\.csv.*unexpected column\(s\) \['comment'\]"
    ):
        data.load_resource(res, copy_dir)


def test_refuses_a_non_numeric_value(copy_dir):
    res = rewrite(copy_dir, "national_series", lambda t: t.replace(",44.6,", ",n/a,"))
    with pytest.raises(data.DataError) as err:
        data.load_resource(res, copy_dir)
    message = str(err.value)
    year_1960_row = 1960 - 1949 + 1
    assert "national_series.csv" in message
    assert f"column 'cdr_banister_per_1000', row {year_1960_row}: 'n/a' is not a number" in message


def test_refuses_a_value_below_the_minimum(copy_dir):
    res = rewrite(
        copy_dir, "national_series", lambda t: t.replace("\n1960,662.07,", "\n1960,-662.07,")
    )
    with pytest.raises(data.DataError) as err:
        data.load_resource(res, copy_dir)
    message = str(err.value)
    assert "national_series.csv" in message
    assert (
        "column 'population_yearend_million', row 12: '-662.07' is below the minimum 0" in message
    )


def test_refuses_a_theme_outside_the_list_and_an_empty_required_value(copy_dir):
    def edit(text: str) -> str:
        text = text.replace(",politics,", ",gossip,", 1)
        return text.replace("1964-06-06", "", 1)

    res = rewrite(copy_dir, "timeline", edit)
    with pytest.raises(data.DataError) as err:
        data.load_resource(res, copy_dir)
    message = str(err.value)
    assert message.startswith(str(copy_dir / "timeline.csv"))
    assert "column 'theme'" in message and "'gossip' is not one of" in message
    rows = (copy_dir / "timeline.csv").read_text(encoding="utf-8").splitlines()[1:]
    blank = next(i for i, line in enumerate(rows, start=1) if ",," in line and "Mao speech" in line)
    assert f"column 'date_start', row {blank}: value is empty but the column is required" in message


def test_refuses_a_year_outside_its_range_and_a_repeated_key(copy_dir):
    res = rewrite(copy_dir, "value_added", lambda t: t.replace("\n1962,", "\n1972,"))
    with pytest.raises(
        data.DataError, match=r"column 'year', row 11: '1972' is above the maximum 1962"
    ):
        data.load_resource(res, copy_dir)
    res = rewrite(copy_dir, "value_added", lambda t: t.replace("\n1972,", "\n1961,"))
    with pytest.raises(data.DataError, match=r"rows 10 and 11 repeat the key \['year'\]"):
        data.load_resource(res, copy_dir)


def test_refuses_a_bad_date(copy_dir):
    res = rewrite(copy_dir, "timeline", lambda t: t.replace("1964-06-06", "1964-06-31"))
    with pytest.raises(data.DataError, match=r"'1964-06-31' is not an ISO date"):
        data.load_resource(res, copy_dir)


# --- speed and imports (the build: tests/core/test_data_build.py) -----------------------------------


def test_import_is_light():
    code = (
        "import sys, helpers.core.data; print(sorted({'altair', 'ipywidgets'} & set(sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_no_nan_where_required():
    for name in data.names():
        df = data.load(name)
        for f in data.describe(name)["schema"]["fields"]:
            if f["constraints"]["required"] and f["type"] in {"number", "integer"}:
                assert not df[f["name"]].isna().any(), f"{name}.{f['name']}"
            if f["type"] == "number":
                assert all(math.isfinite(v) for v in df[f["name"]].dropna())
