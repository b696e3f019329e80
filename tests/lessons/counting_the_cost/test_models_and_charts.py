"""Excess deaths and births lost: hand-computed cases, the source's figures, the estimates table.

Claim S21 ("more than 14 million" deaths, "about 23 million" fewer births, 1958-61) is what
the source-figure tests pin down, together with the honest finding that no single simple
baseline over 1958-61 gives both.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from helpers.core import data
from helpers.lessons.counting_the_cost import charts, evidence, figures
from helpers.lessons.counting_the_cost import excess_deaths as demography
from helpers.lessons.counting_the_cost import published_estimates as death_estimates
from tests.support.lessons import non_finite_numbers

YEARS = list(range(1953, 1967))


def synthetic(cdr=10.0, cbr=30.0, pop=600.0, *, cdr_by_year=None, cbr_by_year=None, pops=None):
    """A national_series-shaped frame with flat rates, changed in the years given."""
    cdr_values = [float((cdr_by_year or {}).get(y, cdr)) for y in YEARS]
    cbr_values = [float((cbr_by_year or {}).get(y, cbr)) for y in YEARS]
    return pd.DataFrame(
        {
            "year": YEARS,
            "population_yearend_million": pops if pops is not None else [pop] * len(YEARS),
            "cbr_official_per_1000": cbr_values,
            "cdr_official_per_1000": cdr_values,
            "cbr_banister_per_1000": cbr_values,
            "cdr_banister_per_1000": cdr_values,
        }
    )


ALL_BASELINES = [
    ("fixed", (1956, 1956)),
    ("fixed", (1957, 1957)),
    ("mean", (1953, 1957)),
    ("mean", (1955, 1957)),
    ("line", (1957, 1962)),
    ("line", (1954, 1965)),
]


# ---- population --------------------------------------------------------------------------


def test_midyear_population_is_the_mean_of_adjacent_year_ends():
    ns = data.load("national_series").set_index("year")["population_yearend_million"]
    mid = demography.population(data.load("national_series"))
    assert mid.index.min() == ns.index.min() + 1  # the first year has no year-end before it
    for year in (1958, 1960, 1966):
        assert mid[year] == pytest.approx((ns[year - 1] + ns[year]) / 2)


def test_year_end_basis_and_a_gap_in_years():
    frame = pd.DataFrame(
        {"year": [1956, 1957, 1959], "population_yearend_million": [1.0, 3.0, 9.0]}
    )
    assert demography.population(frame).to_dict() == {1957: 2.0}  # no mid-year after a gap
    assert demography.population(frame, basis="yearend").to_dict() == {
        1956: 1.0,
        1957: 3.0,
        1959: 9.0,
    }


# ---- hand-computed cases -----------------------------------------------------------------


@pytest.mark.parametrize(("method", "years"), ALL_BASELINES)
@pytest.mark.parametrize("period", [(1958, 1961), (1959, 1961), (1954, 1966)])
def test_a_flat_baseline_gives_zero_excess(method, years, period):
    df = demography.excess_by_year(
        synthetic(), series="official", method=method, baseline_years=years, period=period
    )
    assert np.allclose(df["excess_deaths_million"], 0) and np.allclose(df["births_lost_million"], 0)
    assert demography.excess_totals(df) == pytest.approx(
        {"excess_deaths_million": 0.0, "births_lost_million": 0.0}
    )


@pytest.mark.parametrize(("method", "years"), ALL_BASELINES)
@pytest.mark.parametrize("series", ["official", "banister"])
def test_a_one_year_spike_gives_exactly_its_excess_times_population(method, years, series):
    spike, dip, pop = 25.0, 18.0, 660.0
    frame = synthetic(10.0, 30.0, pop, cdr_by_year={1960: spike}, cbr_by_year={1960: dip})
    df = demography.excess_by_year(
        frame, series=series, method=method, baseline_years=years, period=(1958, 1961)
    )
    totals = demography.excess_totals(df)
    assert totals["excess_deaths_million"] == pytest.approx((spike - 10.0) / 1000 * pop)
    assert totals["births_lost_million"] == pytest.approx((30.0 - dip) / 1000 * pop)
    outside = demography.excess_totals(
        demography.excess_by_year(
            frame, series=series, method=method, baseline_years=years, period=(1962, 1966)
        )
    )
    assert outside["excess_deaths_million"] == pytest.approx(0.0)


def test_the_spike_uses_the_mid_year_population_of_its_year():
    pops = [500.0 + 10 * i for i in range(len(YEARS))]
    frame = synthetic(cdr_by_year={1960: 20.0}, pops=pops)
    df = demography.excess_by_year(frame, method="fixed", baseline_years=(1957, 1957))
    p = dict(zip(YEARS, pops, strict=True))
    expected = 10.0 / 1000 * (p[1959] + p[1960]) / 2
    assert demography.excess_totals(df)["excess_deaths_million"] == pytest.approx(expected)
    yearend = demography.excess_by_year(
        frame, method="fixed", baseline_years=(1957, 1957), population_basis="yearend"
    )
    assert demography.excess_totals(yearend)["excess_deaths_million"] == pytest.approx(
        10.0 / 1000 * p[1960]
    )


def test_mean_and_line_baselines_by_hand():
    cdr = {1953: 20.0, 1954: 18.0, 1955: 16.0, 1956: 14.0, 1957: 12.0}
    frame = synthetic(cdr_by_year=cdr)
    mean = demography.excess_by_year(frame, method="mean", baseline_years=(1955, 1957))
    assert np.allclose(mean["cdr_baseline_per_1000"], 14.0)
    line = demography.excess_by_year(frame, method="line", baseline_years=(1953, 1957))
    by_year = line.set_index("year")["cdr_baseline_per_1000"]
    assert by_year.index.min() == 1954  # the first mid-year population
    assert by_year[1954] == pytest.approx(18.0) and by_year[1957] == pytest.approx(12.0)
    assert by_year[1960] == pytest.approx(12.0 - 3 * 2.0)  # the line goes on falling


def test_rates_on_a_straight_line_give_zero_excess_against_that_line():
    frame = synthetic(cdr_by_year={y: 30.0 - y + 1953 for y in YEARS})
    df = demography.excess_by_year(frame, method="line", baseline_years=(1955, 1964))
    assert np.allclose(df["excess_deaths_million"], 0)


def test_years_below_the_baseline_count_negatively():
    frame = synthetic(cdr_by_year={1958: 5.0, 1960: 20.0})
    df = demography.excess_by_year(frame, method="fixed", baseline_years=(1957, 1957))
    mid = demography.population(frame)
    expected = (-5.0 * mid[1958] + 10.0 * mid[1960]) / 1000
    assert demography.excess_totals(df)["excess_deaths_million"] == pytest.approx(expected)


def test_totals_add_only_the_period():
    df = evidence.estimate(period=(1959, 1961))
    counted = df[df["year"].between(1959, 1961)]
    assert df["in_period"].sum() == 3
    assert demography.excess_totals(df)["excess_deaths_million"] == pytest.approx(
        counted["excess_deaths_million"].sum()
    )


def test_output_columns_and_labels():
    df = evidence.estimate("banister", "line", (1957, 1962))
    assert list(df.columns) == demography.EXCESS_COLUMNS
    assert df["year"].min() == 1953  # Banister's rates start in 1953
    assert set(df["series"]) == {"Banister's reconstructed rates"}
    assert set(df["baseline"]) == {"line from the 1957 to the 1962 rate"}


# ---- the source's figures (S21) ---------------------------------------------------------


def test_s21_more_than_14_million_deaths_from_the_official_rates():
    totals = evidence.totals("official", "mean", (1956, 1957), (1958, 1961))
    assert 14 <= totals["excess_deaths_million"] < 15
    assert round(totals["excess_deaths_million"], 1) == 14.5


def test_s21_about_23_million_fewer_births_from_the_official_rates():
    totals = evidence.totals("official", "fixed", (1956, 1956), (1958, 1961))
    assert round(totals["births_lost_million"]) == 23
    assert round(totals["births_lost_million"], 1) == 23.0


def test_s21_no_baseline_in_the_lesson_gives_both_figures_over_1958_61():
    grid = evidence.baseline_grid(("official",), (evidence.S21["period"],))
    assert grid["s21_deaths_match"].any() and grid["s21_births_match"].any()
    assert not (grid["s21_deaths_match"] & grid["s21_births_match"]).any()


def test_s21_search_finds_one_unlikely_combination_only():
    search = evidence.s21_search()
    assert len(search) == (8 + 28 + 40) * 6
    both = search[search["s21_deaths_match"] & search["s21_births_match"]]
    assert [(m, y, p) for m, y, p in both[["method", "baseline_years", "period"]].values] == [
        ("line", (1955, 1966), "1959-62")
    ]
    over_text_period = search[search["period"] == "1958-61"]
    assert not (over_text_period["s21_deaths_match"] & over_text_period["s21_births_match"]).any()


def test_reconstructed_rates_give_more_excess_deaths_for_every_baseline_over_1958_61():
    grid = evidence.baseline_grid(periods=((1958, 1961), (1959, 1961)))
    wide = grid.pivot_table(
        index=["baseline", "period"], columns="series", values="excess_deaths_million"
    )
    more = wide["Banister's reconstructed rates"] - wide["official registered rates"]
    assert (more > 3).all()


def test_registered_data_range_brackets_the_texts_deaths():
    grid = evidence.baseline_grid(("official",), (evidence.S21["period"],))
    low, high = grid["excess_deaths_million"].min(), grid["excess_deaths_million"].max()
    assert low < evidence.S21["deaths_more_than_million"] < high


# ---- the published estimates -----------------------------------------------------------


@pytest.fixture(scope="module")
def estimates():
    return death_estimates.tidy_estimates(data.load("excess_death_estimates"))


def test_tidy_estimates_keep_every_row_and_every_figure(estimates):
    table = data.load("excess_death_estimates")
    assert (
        len(estimates) == len(table) and list(estimates.columns) == death_estimates.ESTIMATE_COLUMNS
    )
    assert estimates["label"].is_unique
    for col_t, col_e in (
        ("excess_deaths_low_million", "low_million"),
        ("excess_deaths_high_million", "high_million"),
        ("lost_births_million", "lost_births_million"),
        ("method", "method"),
        ("data_basis", "data_basis"),
    ):
        pd.testing.assert_series_equal(
            table[col_t].reset_index(drop=True), estimates[col_e], check_names=False
        )
    drawn = estimates["deaths_million"].fillna(estimates["low_million"])
    from_table = table["excess_deaths_million"].fillna(table["excess_deaths_low_million"])
    pd.testing.assert_series_equal(drawn, from_table, check_names=False)


def test_kinds_of_figure(estimates):
    kind = dict(zip(estimates["label"], estimates["kind"], strict=True))
    text = dict(zip(estimates["label"], estimates["figure_text"], strict=True))
    chen = "Chen Yizi (no year) (repeats)"  # known only through Dikötter, who adopts it
    assert kind[chen] == "range" and text[chen] == "43-46"
    assert kind["Dikötter 2010"] == "at least" and text["Dikötter 2010"] == "at least 45"
    assert kind["Sun Jingxian 2013 (not scholarship)"] == "no figure"
    assert kind["Coale 1984"] == "point" and text["Coale 1984"] == "27"
    assert "Cao Shuji 2004 (Sichuan only)" in kind


@pytest.mark.parametrize(
    ("author", "short"),
    [
        ("Ashton, Basil; Hill, Kenneth; Piazza, Alan; Zeitz, Robin", "Ashton et al."),
        ("Coale, Ansley J.", "Coale"),
        ("Jiang Zhenghua (蒋正华) with Li Nan", "Jiang Zhenghua and Li Nan"),
        ("Chen Yizi (陈一谘), reporting an internal investigation team", "Chen Yizi"),
        (
            '"Conservative estimates" as summarised by china-profile.com (x)',
            "Conservative estimates (via china-profile.com)",
        ),
    ],
)
def test_short_author(author, short):
    assert death_estimates.short_author(author) == short


@pytest.mark.parametrize(
    ("period", "spans"),
    [
        ("1958-61; by July-June years: 1958/59 4.484", ("1958-61",)),
        ("1958-61 / 1959-61", ("1958-61", "1959-61")),
        ("1958-62, Sichuan province only", ("1958-62",)),
        ("1959-61 (三年大饥荒)", ("1959-61",)),
        ("Great Leap famine years (1958-60 in the LoC glossary wording)", ()),
        ("famine years", ()),
    ],
)
def test_period_spans(period, spans):
    assert death_estimates.period_spans(period) == spans


def test_decades(estimates):
    assert death_estimates.decade_of(1983) == "1980s" and death_estimates.decade_of(2021) == "2020s"
    assert death_estimates.decade_of(np.nan) == death_estimates.NO_YEAR
    no_year = estimates[estimates["decade"] == death_estimates.NO_YEAR]
    assert no_year["year_published"].isna().all() and len(no_year) == 2  # Chen Yizi, Yu Xiguang


def test_filters(estimates):
    both = death_estimates.filter_estimates(estimates, period="1959-61")
    assert "Official statistics 1983 (registered data)" in set(
        both["label"]
    )  # "1958-61 / 1959-61" matches both
    assert "Official statistics 1983 (registered data)" in set(
        death_estimates.filter_estimates(estimates, period="1958-61")["label"]
    )
    adopted = death_estimates.filter_estimates(estimates, method="adopts another estimate")
    assert set(adopted["label"]) == {
        "Rummel 1991 (repeats)",
        "Becker 1996 (repeats)",
        "Meng et al. 2015 (repeats)",
    }
    eighties = death_estimates.filter_estimates(estimates, decade="1980s")
    assert (eighties["year_published"].between(1980, 1989)).all()
    none = death_estimates.filter_estimates(
        estimates, method="demographic reconstruction", decade="2020s"
    )
    assert none.empty


# ---- charts ---------------------------------------------------------------------------


def test_excess_chart_spec():
    df = evidence.estimate()
    spec = charts.excess_chart(df, note="A note.").to_dict()
    top, bottom = spec["vconcat"]
    assert top["mark"]["type"] == "line" and bottom["mark"]["type"] == "bar"
    assert top["encoding"]["y"]["field"] == "rate_per_1000"
    assert bottom["encoding"]["y"]["field"] == "million"
    totals = demography.excess_totals(df)
    assert f"{totals['excess_deaths_million']:.1f} million excess deaths" in spec["description"]
    assert f"{totals['births_lost_million']:.1f} million fewer births" in spec["description"]
    assert spec["description"].endswith("A note.")
    assert "1958 && datum.value <= 1961" in top["encoding"]["x"]["axis"]["labelFontWeight"]["expr"]
    assert not non_finite_numbers(spec)


def test_excess_chart_words_a_negative_total():
    df = evidence.estimate(period=(1962, 1966))
    description = charts.excess_chart(df).to_dict()["description"]
    assert "fewer deaths than the baseline" in description
    assert "more births than the baseline" in description


def test_sensitivity_chart_marks_the_reference():
    spec = figures.sensitivity_figure().to_dict()
    assert [layer["mark"]["type"] for layer in spec["layer"]] == ["point", "rule", "text"]
    assert "across the 8 baselines shown" in spec["description"]


def test_estimates_chart_sorts_and_draws_ranges(estimates):
    by_year = charts.estimates_chart(estimates, sort="year").to_dict()
    by_size = charts.estimates_chart(estimates, sort="size").to_dict()
    order_year = by_year["layer"][0]["encoding"]["y"]["sort"]
    order_size = by_size["layer"][0]["encoding"]["y"]["sort"]
    assert (
        order_year[0] == "Official statistics 1983 (registered data)"
        and order_size[0] == "Yu Xiguang (no year)"
    )
    assert sorted(order_year) == sorted(order_size) and len(order_year) == 22
    assert by_year["layer"][0]["encoding"]["x2"]["field"] == "x_end_million"
    assert "Sun Jingxian 2013 (not scholarship)" in by_year["description"]
    assert not non_finite_numbers(by_year)


def test_estimates_chart_empty_state(estimates):
    spec = charts.estimates_chart(estimates.iloc[0:0]).to_dict()
    assert spec["title"] == "Published estimates: none match"
    spec = charts.estimates_chart(estimates[estimates["kind"] == "no figure"]).to_dict()
    assert "Sun Jingxian 2013 (not scholarship)" in spec["description"]


def test_summaries_count_only_independent_national_estimates(estimates):
    span = death_estimates.national_range(estimates)
    counted = estimates[
        (estimates["area"] == "China") & (estimates["standing"] == death_estimates.INDEPENDENT)
    ]
    assert span["estimates"] == len(
        counted.dropna(subset=["deaths_million", "low_million"], how="all")
    )
    assert (span["low_million"], span["high_million"]) == (15.0, 55.0)
    left_out = set(estimates["label"]) - set(counted["label"])
    assert {
        "Rummel 1991 (repeats)",
        "Becker 1996 (repeats)",
        "Xia 2021 (not scholarship)",
        "Chen Yizi (no year) (repeats)",  # Dikötter's floor, counted once as his
        "Official statistics 1983 (registered data)",  # derived from the registers
    } <= left_out
    assert span["estimates"] == 13
    with pytest.raises(ValueError, match="at least one independent"):
        death_estimates.national_range(estimates[estimates["area"] != "China"])


def test_every_dated_estimate_is_in_the_bibliography():
    """Each estimate with a year resolves to one bibliography entry (E15), except two rows that
    are not works: the registered statistics and a web page restating the source text."""
    from helpers.core import reference

    not_works = ("Official statistics", '"Conservative estimates"')
    table = data.load("excess_death_estimates")
    missing = [
        f"{r.author} ({r.year_published})"
        for r in table.dropna(subset=["year_published"]).itertuples()
        if not r.author.startswith(not_works)
        and len(reference.resolve(r.author, str(r.year_published))) != 1
    ]
    assert not missing, missing
