"""Lesson 07: MQY's regression against an independent computation, the map's data and
boundaries, the excess and county models against hand sums, the charts as specs, the apps."""

from __future__ import annotations

import hashlib
import json
import math

import numpy as np
import pandas as pd
import pytest

from helpers.core import data, paths
from helpers.lessons.provinces import (
    apps,
    charts,
    counties,
    evidence,
    figures,
    geography,
    procurement,
    readouts,
)

# --- MQY's regression, computed a second way -----------------------------------------------


def dummy_ols(
    sample: str, famine_years: tuple[int, int], controls: bool, grain: str = "constructed"
) -> dict:
    """Independent: every province and year dummy in the design, numpy lstsq, and the cluster
    sandwich written out by hand (CR1 with K = all columns of the dummy design); the famine-year
    slope b1 + b2 and its standard error as a contrast c'b, c'Vc."""
    panel = pd.read_csv(paths.DATA_DIR / "mqy_panel.csv", dtype={"gb_code": str})
    if sample == "main":
        panel = panel[panel["in_main_sample"] == 1]
    first, last = famine_years
    grain_years = set(range(first - 1, last))  # a death year t+1 is grain year t
    famine = np.array([1.0 if y in grain_years else 0.0 for y in panel["year"]])
    series = {"constructed": "lgrain_constructed", "official": "lgrain"}[grain]
    columns = [panel[series].to_numpy(), panel[series].to_numpy() * famine]
    if controls:
        columns += [panel["ltotpop"].to_numpy(), panel["lurbpop"].to_numpy()]
    provinces = sorted(panel["gb_code"].unique())
    years = sorted(panel["year"].unique())
    columns += [(panel["gb_code"] == p).to_numpy(dtype=float) for p in provinces]
    columns += [(panel["year"] == y).to_numpy(dtype=float) for y in years[1:]]
    x = np.column_stack(columns)
    y = panel["ldeath_b"].to_numpy()
    beta, *_ = np.linalg.lstsq(x, y, rcond=None)
    u = y - x @ beta
    bread = np.linalg.inv(x.T @ x)
    meat = sum(
        np.outer(
            x[(panel["gb_code"] == p).to_numpy()].T @ u[(panel["gb_code"] == p).to_numpy()],
            x[(panel["gb_code"] == p).to_numpy()].T @ u[(panel["gb_code"] == p).to_numpy()],
        )
        for p in provinces
    )
    n, k, g = len(y), x.shape[1], len(provinces)
    vcov = bread @ meat @ bread * g / (g - 1) * (n - 1) / (n - k)
    contrast = np.zeros(k)
    contrast[:2] = 1.0
    return {
        "beta": beta[:2],
        "se": np.sqrt(np.diag(vcov))[:2],
        "slope": float(contrast @ beta),
        "slope_se": float(np.sqrt(contrast @ vcov @ contrast)),
        "n": n,
        "g": g,
    }


@pytest.mark.parametrize("grain", ["constructed", "official"])
@pytest.mark.parametrize("sample", ["main", "all"])
@pytest.mark.parametrize("controls", [True, False])
@pytest.mark.parametrize("famine_years", [(1959, 1961), (1960, 1960), (1958, 1962)])
def test_the_within_estimator_equals_dummy_ols_with_a_hand_written_sandwich(
    grain, sample, controls, famine_years
):
    table = procurement.mqy_regression(sample, famine_years, controls, grain).set_index("term")
    other = dummy_ols(sample, famine_years, controls, grain)
    terms = [procurement.GRAIN, procurement.INTERACTION]
    assert table.loc[terms, "estimate"].to_numpy() == pytest.approx(other["beta"], abs=1e-9)
    assert table.loc[terms, "se"].to_numpy() == pytest.approx(other["se"], rel=1e-7)
    slope = table.loc[procurement.FAMINE_SLOPE]
    assert slope["estimate"] == pytest.approx(other["slope"], abs=1e-9)
    assert slope["se"] == pytest.approx(other["slope_se"], rel=1e-7)
    assert set(table["n_obs"]) == {other["n"]} and set(table["n_provinces"]) == {other["g"]}


# The figures the lesson's prose and the instructor notes quote (grain, sample):
# normal-year, interaction, famine-year slope, each (estimate, se), controls on, 1959-61.
QUOTED = {
    ("constructed", "main"): ((0.004, 0.034), (0.141, 0.049), (0.145, 0.050)),
    ("constructed", "all"): ((0.034, 0.023), (0.140, 0.044), (0.174, 0.041)),
    ("official", "main"): ((-0.111, 0.077), (0.135, 0.041), (0.024, 0.061)),
    ("official", "all"): ((0.091, 0.092), (0.041, 0.059), (0.132, 0.085)),
}


@pytest.mark.parametrize(("grain", "sample"), sorted(QUOTED))
def test_the_quoted_coefficients_are_the_models(grain, sample):
    table = procurement.mqy_regression(sample, (1959, 1961), True, grain).set_index("term")
    terms = (procurement.GRAIN, procurement.INTERACTION, procurement.FAMINE_SLOPE)
    for term, (estimate, se) in zip(terms, QUOTED[grain, sample], strict=True):
        assert table.loc[term, "estimate"] == pytest.approx(estimate, abs=0.0005)
        assert table.loc[term, "se"] == pytest.approx(se, abs=0.0005)


def test_constructed_grain_gives_a_positive_famine_year_slope_official_does_not():
    for sample in ("main", "all"):
        made = procurement.mqy_regression(sample).set_index("term")
        assert made.loc[procurement.FAMINE_SLOPE, "ci_low"] > 0  # more grain, more deaths
        assert made.loc[procurement.GRAIN, "ci_low"] < 0 < made.loc[procurement.GRAIN, "ci_high"]
        official = procurement.mqy_regression(sample, grain="official").set_index("term")
        row = official.loc[procurement.FAMINE_SLOPE]
        assert row["ci_low"] < 0 < row["ci_high"]  # not clear
    main = procurement.mqy_regression().set_index("term")
    everyone = procurement.mqy_regression("all").set_index("term")
    assert int(main["n_obs"].iloc[0]) == 569 and int(everyone["n_obs"].iloc[0]) == 689


def test_the_interval_uses_students_t_with_one_less_degree_than_provinces():
    assert procurement.t_critical(18) == pytest.approx(2.100922, abs=1e-5)
    assert procurement.t_critical(1) == pytest.approx(12.7062, abs=1e-3)
    row = procurement.mqy_regression().iloc[1]
    assert row["ci_high"] - row["estimate"] == pytest.approx(procurement.t_critical(18) * row["se"])


def test_the_sentence_says_what_the_table_says_and_never_overclaims():
    table = procurement.mqy_regression()
    words = procurement.sentence(table, (1959, 1961), True)
    famine = procurement.percent_change(float(table["estimate"].iloc[2]))
    assert "In normal years there was no clear relation" in words
    assert f"{famine:.1f} % more deaths" in words and "+0.141" in words
    assert str(readouts.regression_sentence()) == words
    official = procurement.sentence(
        procurement.mqy_regression(grain="official"), (1959, 1961), True
    )
    assert "fewer deaths" not in official and "more deaths" not in official
    assert official.count("no clear relation") == 2 and "+0.024" in official
    for grain in procurement.GRAIN_SERIES:
        for sample in procurement.SAMPLES:
            for span in apps.FAMINE_SPANS.values():
                for controls in (True, False):
                    table = procurement.mqy_regression(sample, span, controls, grain)
                    said = procurement.sentence(table, span, controls)
                    rows = table.set_index("term")
                    for term in (procurement.GRAIN, procurement.FAMINE_SLOPE):
                        row = rows.loc[term]
                        if row["ci_low"] < 0 < row["ci_high"]:
                            assert f"{row['estimate']:+.3f}, 95 % interval" in said
                    assert said.count("% more deaths") + said.count("% fewer deaths") == sum(
                        not (rows.loc[t, "ci_low"] < 0 < rows.loc[t, "ci_high"])
                        for t in (procurement.GRAIN, procurement.FAMINE_SLOPE)
                    )


def test_famine_years_must_leave_normal_years():
    with pytest.raises(ValueError, match="famine_years must leave both famine and normal years"):
        procurement.mqy_regression(famine_years=(1954, 1983))


# --- the data the map joins ----------------------------------------------------------------


def test_the_boundaries_file_has_its_hash_29_units_and_every_tables_codes_join():
    descriptor = json.loads((paths.DATA_DIR / "datapackage.json").read_text(encoding="utf-8"))
    (entry,) = descriptor["boundaries"]
    raw = (paths.DATA_DIR / entry["path"]).read_bytes()
    assert entry["hash"] == "sha256:" + hashlib.sha256(raw).hexdigest()
    assert entry["hash"].endswith(
        "11fc24bdb1fe1eb608ece83f0ef750034bbaadc4946d8c641c046aff9196609a"
    )
    assert entry["licenses"][0]["name"] == "MIT" and "china-geojson@1.0.0" in json.dumps(entry)
    assert "Taiwan, Hong Kong" in entry["description"] and "illustrative" in entry["description"]
    geometries = json.loads(raw)["objects"]["provinces"]["geometries"]
    units = {g["properties"]["gb"] for g in geometries}
    assert len(geometries) == len(units) == 29
    assert all(set(g["properties"]) == {"gb"} for g in geometries)
    assert not units & {"46", "50", "71", "81", "82"}
    assert units == set(data.load("province_codes")["gb_code"])
    for table in ("province_vital_rates", "province_grain", "mqy_panel", "county_mortality"):
        assert set(data.load(table)["gb_code"]) <= units, table
    assert set(data.load("prefecture_cssi")["gb_code"]) == units


def test_the_crosswalk_counts_mqys_samples_and_the_statuses_of_the_time():
    codes = data.load("province_codes").set_index("gb_code")
    assert codes["in_mqy"].sum() == 23 and codes["in_mqy_main"].sum() == 19
    assert codes.loc["12", "status_1960s"] == "part of Hebei"
    assert codes.loc[["15", "45", "64", "65"], "status_1960s"].eq("autonomous region").all()
    assert codes.loc["34", "name_characters"] == "安徽"
    assert not codes.loc[["51", "45", "15", "65", "64", "54"], "in_mqy"].any()
    assert codes["in_county_panel"].sum() == 13


def test_mqys_rates_are_the_published_ones_and_the_disagreements_show():
    assert evidence.registered_rate("34", 1960) == 68.58
    assert evidence.registered_rate("34", 1960, "Anhui gazetteer 1996") == 68.58
    assert evidence.registered_rate("35", 1957) == 9.8
    assert (
        evidence.registered_rate("52", 1960),
        evidence.registered_rate("52", 1960, "Sun Jingxian 2012"),
    ) == (52.33, 49.87)
    panel = data.load("mqy_panel")
    row = panel[(panel["gb_code"] == "34") & (panel["year"] == 1959)].iloc[0]
    assert math.exp(row["ldeath_b"] - row["ltotpop"]) * 10 == pytest.approx(68.58, abs=0.002)


def test_grain_is_exp_lgrain_and_sums_to_three_quarters_of_the_nation_in_1957():
    grain = data.load("province_grain")
    assert grain[grain["year"] == 1957]["grain_output_10k_tonnes"].sum() == pytest.approx(
        14735, abs=2
    )
    assert "inferred" in data.describe("province_grain")["schema"]["fields"][2]["unit"]


# --- the map's measures ----------------------------------------------------------------------


def test_excess_is_the_rate_less_the_provinces_own_baseline_and_missing_stays_nan():
    table = geography.excess_by_province(1960, method="mean", baseline_years=(1956, 1957))
    anhui = table.set_index("gb_code").loc["34"]
    by_hand = (
        68.58 - (evidence.registered_rate("34", 1956) + evidence.registered_rate("34", 1957)) / 2
    )
    assert anhui["excess_per_1000"] == pytest.approx(by_hand)
    line = geography.excess_by_province(1960, method="line", baseline_years=(1957, 1963))
    r57, r63 = evidence.registered_rate("41", 1957), evidence.registered_rate("41", 1963)
    henan = line.set_index("gb_code").loc["41"]
    assert henan["cdr_baseline_per_1000"] == pytest.approx(r57 + (r63 - r57) * 3 / 6)
    assert len(table) == 29 and table["excess_per_1000"].isna().sum() == 5
    assert table.set_index("gb_code").loc["51", "source"] == "Tombstone (Yang Jisheng)"
    early = geography.excess_by_province(1960, method="fixed", baseline_years=(1954, 1954))
    assert math.isnan(
        early.set_index("gb_code").loc["51", "excess_per_1000"]
    )  # Tombstone from 1955


def test_the_map_frame_has_every_province_and_nan_never_zero():
    for measure in geography.MEASURES:
        frame = geography.map_frame(1960, measure)
        assert len(frame) == 29 and list(frame.columns) == geography.MAP_COLUMNS
        assert not (frame["value"] == 0).any()
    assert geography.map_frame(1960, "cssi")["value"].notna().all()
    cssi = geography.cssi_by_province().set_index("gb_code")
    hubei = data.load("prefecture_cssi").query("gb_code == '42'")
    distinct = hubei.drop_duplicates(["division_code", "cssi_pre_percent"])["cssi_pre_percent"]
    assert cssi.loc["42", "cssi_mean_percent"] == pytest.approx(distinct.mean())
    assert cssi.loc["42", "n_prefectures"] == len(distinct) < len(hubei)


# --- counties --------------------------------------------------------------------------------


def test_the_county_spread_is_the_quantiles_of_the_provinces_counties():
    rates = data.load("county_mortality").query("year == 1960 and gb_code == '41'")
    spread = counties.county_spread(1960, ("41",)).iloc[0]
    assert spread["n_counties"] == len(rates) == 101
    assert spread["cdr_median_per_1000"] == pytest.approx(rates["cdr_per_1000"].median())
    assert spread["cdr_p90_per_1000"] == pytest.approx(rates["cdr_per_1000"].quantile(0.9))
    assert len(counties.county_spread(1960)) == 13


def test_the_clan_split_halves_each_province_at_its_median():
    split = counties.clan_split(1960).set_index("gb_code")
    assert (split["n_dense"] + split["n_sparse"]).sum() == 921
    henan = data.load("county_mortality").query("year == 1960 and gb_code == '41'")
    dense = henan[
        henan["clan_genealogies_per_capita"] > henan["clan_genealogies_per_capita"].median()
    ]
    assert split.loc["41", "cdr_median_dense_per_1000"] == pytest.approx(
        dense["cdr_per_1000"].median()
    )


# --- charts and apps -------------------------------------------------------------------------


def test_the_map_embeds_its_shapes_inline_and_redraws_only_the_values():
    topology = geography.boundaries()
    one = charts.map_chart(geography.map_frame(1960), topology, when=", 1960").to_dict()
    two = charts.map_chart(geography.map_frame(1961, "excess"), topology, when=", 1961").to_dict()
    text = json.dumps(one)
    assert '"url"' not in text and "http" not in text.replace("https://vega.github.io/schema", "")
    shapes = one["data"]["name"]  # Altair moves inline values into a named dataset
    assert one["datasets"][shapes] == topology and two["datasets"][shapes] == topology
    assert one["data"]["format"] == {"type": "topojson", "feature": "provinces"}
    assert one["layer"][1]["encoding"]["color"]["scale"]["scheme"] == "viridis"
    assert one["layer"][0]["encoding"]["color"]["scale"]["domain"] == ["no data"]
    assert one["projection"]["type"] == "conicEqualArea" and one["width"] == 520
    assert one["data"] == two["data"] and one["datasets"]["values"] != two["datasets"]["values"]
    assert two["layer"][1]["encoding"]["color"]["legend"]["title"] == "Excess deaths per 1,000"
    assert "no data for 5" in one["description"] and "illustrative" in one["description"]
    assert len(one["datasets"]["values"]) == 29
    cssi = charts.map_chart(geography.map_frame(1960, "cssi"), topology).to_dict()
    assert cssi["layer"][0]["encoding"]["color"]["legend"] is None  # nothing missing


def test_the_coefficient_chart_draws_three_intervals_and_zero_on_a_fixed_axis():
    table = procurement.mqy_regression()
    spec = charts.coefficient_chart(table, "Words.", setting="main").to_dict()
    shown = spec["datasets"]["coefficients"]
    assert [r["label"] for r in shown] == [
        procurement.TERM_LABELS[procurement.GRAIN],
        procurement.TERM_LABELS[procurement.INTERACTION],
        procurement.TERM_LABELS[procurement.FAMINE_SLOPE],
    ]
    assert spec["layer"][0]["data"] == {"values": [{"x": 0}]}
    low, high = charts.ELASTICITY_DOMAIN
    for layer in spec["layer"]:
        assert layer["encoding"]["x"]["scale"]["domain"] == [low, high]
    for grain in procurement.GRAIN_SERIES:  # every interval the app can show fits the axis
        for sample in procurement.SAMPLES:
            for span in apps.FAMINE_SPANS.values():
                for controls in (True, False):
                    table = procurement.mqy_regression(sample, span, controls, grain)
                    grain_rows = table[
                        table["term"].isin(
                            [procurement.GRAIN, procurement.INTERACTION, procurement.FAMINE_SLOPE]
                        )
                    ]
                    assert low <= grain_rows["ci_low"].min()
                    assert grain_rows["ci_high"].max() <= high


def test_the_apps_move_and_every_control_redraws():
    for factory, moves in (
        (apps.map_app, {"year": 1959, "measure": "excess", "baseline": "line 1957 to 1963"}),
        (
            apps.regression_app,
            {
                "grain": "official",
                "sample": "all",
                "famine_years": (1960, 1960),
                "controls": False,
            },
        ),
        (apps.county_app, {"year": 1961, "provinces": ("52",)}),
    ):
        app = factory()
        for name, value in moves.items():
            before = app.chart.to_dict()["description"]
            app.controls[name].value = value
            assert app.error is None, app.error
            assert app.chart.to_dict()["description"] != before, (factory.__name__, name)


def test_the_readouts_and_the_figure_draw():
    assert len(readouts.death_rate_table(1960)) == 24
    assert len(readouts.regression_table()) == 5
    spec = figures.small_multiples().to_dict()
    assert "24 provinces" in spec["description"]


def test_the_map_keeps_one_colour_scale_and_says_when_a_control_does_not_apply():
    app = apps.map_app()
    domains = set()
    for year in (1956, 1960):
        app.controls["year"].value = year
        spec = app.chart.to_dict()
        domains.add(tuple(spec["layer"][1]["encoding"]["color"]["scale"]["domain"]))
    assert domains == {apps.colour_domain("death_rate")}
    assert "applies to the excess only" in app.chart.to_dict()["description"]
    app.controls["measure"].value = "cssi"
    assert "does not apply" in app.chart.to_dict()["description"]


def vignette_ols(column: str, sample: str) -> dict:
    """The rART vignette's specification, independently: ldeath_b on grain x famine (grain
    years 1958-60), grain, log urban and total population and a linear year trend, no province
    effects; CR1 by province, intervals from t(G - 1)."""
    panel = pd.read_csv(paths.DATA_DIR / "mqy_panel.csv", dtype={"gb_code": str})
    if sample == "main":
        panel = panel[panel["in_main_sample"] == 1]
    panel = panel.dropna(subset=[column, "ldeath_b", "lurbpop", "ltotpop"])
    famine = panel["year"].between(1958, 1960).to_numpy(float)
    g = panel[column].to_numpy(float)
    x = np.column_stack(
        [np.ones(len(g)), g * famine, g, panel["lurbpop"], panel["ltotpop"], panel["year"]]
    )
    y = panel["ldeath_b"].to_numpy(float)
    bread = np.linalg.inv(x.T @ x)
    b = bread @ x.T @ y
    e = y - x @ b
    clusters = panel["gb_code"].to_numpy()
    meat = sum(
        np.outer(x[clusters == c].T @ e[clusters == c], x[clusters == c].T @ e[clusters == c])
        for c in set(clusters)
    )
    n, k, n_g = len(y), x.shape[1], len(set(clusters))
    v = n_g / (n_g - 1) * (n - 1) / (n - k) * bread @ meat @ bread
    crit = procurement.t_critical(n_g - 1)
    out = {}
    for name, c in (("interaction", [0, 1, 0, 0, 0, 0]), ("slope", [0, 1, 1, 0, 0, 0])):
        c = np.array(c, float)
        est, se = c @ b, math.sqrt(c @ v @ c)
        out[name] = (round(est, 3), round(est - crit * se, 3), round(est + crit * se, 3))
    return out


@pytest.mark.parametrize(
    ("column", "sample", "interaction", "slope"),
    [
        ("lgrain_constructed", "main", (0.063, 0.049, 0.078), (0.052, -0.004, 0.108)),
        ("lgrain_constructed", "all", None, (0.036, -0.003, 0.075)),
        ("lgrain", "main", (0.064, 0.05, 0.079), (0.051, -0.046, 0.148)),
    ],
)
def test_the_vignette_specification_gives_what_the_lesson_says(column, sample, interaction, slope):
    """Cell 17's "More" and the notes' step 5: run the vignette's way, the interaction is
    about +0.06 with either series and the famine-year slope (about +0.05) has an interval that
    just includes zero."""
    got = vignette_ols(column, sample)
    if interaction is not None:
        assert got["interaction"] == pytest.approx(interaction, abs=1e-3)
    assert got["slope"] == pytest.approx(slope, abs=1e-3)
    assert got["slope"][1] < 0 < got["slope"][2]
    nb = json.loads((paths.LESSONS_DIR / "07_provinces.ipynb").read_text(encoding="utf-8"))
    text = "".join("".join(c["source"]) for c in nb["cells"])
    assert "the interaction is about +0.06 with either series" in text
    assert "famine-year slope (about +0.05) has an interval that just includes zero" in text


# --- in Kazakh ---------------------------------------------------------------------------------


@pytest.fixture
def kazakh():
    from helpers.core import i18n

    i18n.use_language("kk")
    yield
    i18n.use_language("en")


def test_in_kazakh_the_map_names_provinces_and_breaks_its_long_title(kazakh):
    frame = geography.map_frame(1960, "excess", method="line", baseline_years=(1957, 1963))
    spec = charts.map_chart(frame, geography.boundaries(), when=", 1960").to_dict()
    names = {r["name_english"] for r in spec["datasets"]["values"]}
    assert {"Аньхой", "Юньнань", "Шаньдун", "Сычуань", "Гуйчжоу"} <= names
    assert spec["layer"][1]["encoding"]["color"]["legend"]["title"] == [
        "Артық өлім",
        "(1\u00a0000 адамға)",
    ]
    assert "\n" not in spec["description"] and "Аньхой (60,1)" in spec["description"]
    sources = {r["source"] for r in spec["datasets"]["values"]} - {""}
    assert sources == {"MQY 2015 панелі", "Tombstone (Yang Jisheng)"}


def test_in_kazakh_the_sentence_and_tables_write_numbers_the_kazakh_way(kazakh):
    words = procurement.sentence(procurement.mqy_regression(), (1959, 1961), True)
    assert words.startswith("Қалыпты жылдары") and "+0,141" in words and "−0,067" in words
    table = readouts.regression_table()
    assert "\n" not in table.caption and "1959–1961" in table.caption
    assert readouts.death_rate_table(1960).rows[0][0] == "Бейжің"


def test_english_titles_stay_one_string():
    spec = charts.map_chart(geography.map_frame(1960), geography.boundaries(), when=", 1960")
    assert isinstance(spec.to_dict()["title"]["text"], str)
    table = procurement.mqy_regression()
    chart = charts.coefficient_chart(
        table, "Words.", setting=procurement.setting_words("main", (1959, 1961), True)
    )
    assert isinstance(chart.to_dict()["title"]["subtitle"], str)
