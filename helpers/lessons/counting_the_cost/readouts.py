"""What lesson 06's cells show: labelled tables and sentences built from the course data.

Each function is one notebook cell. Every figure the lesson's prose quotes comes from one of
these (or from an app's caption), so the prose and the output cannot drift apart.
"""

from __future__ import annotations

import pandas as pd

from helpers.core import data, display
from helpers.core.i18n import N_, number, t, translated
from helpers.lessons.counting_the_cost import excess_deaths, published_estimates
from helpers.lessons.counting_the_cost.evidence import (
    DEFAULT,
    PERIODS,
    S21,
    baseline_grid,
    estimate,
    population_gap,
    s21_search,
    totals,
)

_MATCH = {True: N_("yes"), False: N_("no")}
#: The default baseline (mean of 1956-57) and the line from 1957 to 1962.
DEFAULT_AND_LINE = ((DEFAULT["method"], DEFAULT["baseline_years"]), ("line", (1957, 1962)))


def _national() -> pd.DataFrame:
    return data.load_cached("national_series").set_index("year")


def rates_table() -> display.Table:
    """Section 1: registered and reconstructed rates, 1953-66, with the mid-year population."""
    ns = _national()
    mid = excess_deaths.population(data.load_cached("national_series"))
    years = list(range(1953, 1967))
    frame = ns.loc[
        years,
        [
            "cdr_official_per_1000",
            "cdr_banister_per_1000",
            "cbr_official_per_1000",
            "cbr_banister_per_1000",
        ],
    ].assign(population=mid.loc[years].to_numpy())
    return display.table(
        frame.reset_index(),
        {
            "year": t("Year"),
            "cdr_official_per_1000": t("Deaths per 1,000, registered"),
            "cdr_banister_per_1000": t("Deaths per 1,000, Banister"),
            "cbr_official_per_1000": t("Births per 1,000, registered"),
            "cbr_banister_per_1000": t("Births per 1,000, Banister"),
            "population": t("Mid-year population, million"),
        },
        decimals=2,
        caption=t("China's crude death and birth rates, 1953–66"),
        notes=(
            t("Registered: China Statistical Yearbook 1999. Banister: her 1984 reconstruction."),
            t(
                "Mid-year population: the mean of the two official year-end totals "
                "(our approximation)."
            ),
        ),
    )


def worked_example() -> display.Prose:
    """Section 1: excess deaths in 1960 against the 1957 rate, and all registered deaths 1958-61."""
    ns = _national()
    mid = excess_deaths.population(data.load_cached("national_series"))
    cdr = ns["cdr_official_per_1000"]
    excess = (cdr[1960] - cdr[1957]) / 1000 * mid[1960]
    famine = list(range(S21["period"][0], S21["period"][1] + 1))
    registered = float((cdr[famine] / 1000 * mid[famine]).sum())
    return display.prose(
        t(
            "In 1960 the registered death rate was {rate} per 1,000, {above} above the 1957 "
            "rate of {base}: applied to a mid-year population of {population} million, that is "
            "**{excess} million** deaths above normal in that one year. All registered deaths "
            "of 1958–61 add up to **{registered} million**.",
            rate=number(cdr[1960], ".2f"),
            above=number(cdr[1960] - cdr[1957], ".2f"),
            base=number(cdr[1957], ".2f"),
            population=number(mid[1960], ".2f"),
            excess=number(excess, ".2f"),
            registered=number(registered, ".1f"),
        )
    )


def s21_baselines() -> display.Table:
    """Section 2: the eight simple baselines on the registered rates, 1958-61, against S21."""
    grid = baseline_grid(series=("official",), periods=(S21["period"],))
    # The grid's baseline labels are in the current language already (baseline_label).
    grid = grid.assign(
        deaths_match=grid["s21_deaths_match"].map(_MATCH),
        births_match=grid["s21_births_match"].map(_MATCH),
    )
    return display.table(
        translated(grid, "deaths_match", "births_match"),
        {
            "baseline": t("Baseline (registered rates)"),
            "excess_deaths_million": t("Excess deaths, million"),
            "births_lost_million": t("Births lost, million"),
            "deaths_match": t("“More than 14 million”?"),
            "births_match": t("“About 23 million”?"),
        },
        caption=t("Eight simple baselines, 1958–61, against the text's figures [S21]"),
        notes=(
            t(
                "“More than 14 million” read as 14 to under 15; “about 23 million” as 22.5 to "
                "under 23.5."
            ),
            t(
                "Range of excess deaths: {low} to {high} million.",
                low=number(grid["excess_deaths_million"].min(), ".1f"),
                high=number(grid["excess_deaths_million"].max(), ".1f"),
            ),
        ),
    )


def s21_search_result() -> display.Table:
    """Section 2: the combinations of the wider search that give both of the text's figures."""
    search = s21_search()
    both = search[search["s21_deaths_match"] & search["s21_births_match"]]
    return display.table(
        both,
        {
            "baseline": t("Baseline (registered rates)"),
            "period": t("Years counted"),
            "excess_deaths_million": t("Excess deaths, million"),
            "births_lost_million": t("Births lost, million"),
        },
        decimals=2,
        caption=t(
            "{found} of {searched} simple combinations give both figures",
            found=len(both),
            searched=len(search),
        ),
    )


def gap_table(years: tuple[int, int] = (1958, 1963)) -> display.Table:
    """Section 3: the official population's change against registered births minus deaths."""
    return display.table(
        population_gap(years),
        {
            "year": t("Year"),
            "population_change_million": t("Change in year-end population, million"),
            "natural_increase_million": t("Registered births minus deaths, million"),
            "gap_million": t("Gap, million"),
        },
        decimals=2,
        notes=(
            t(
                "A negative gap: the population fell by more than registered deaths explain "
                "(deaths missed, or names struck off)."
            ),
        ),
    )


def _row(series: str, method: str, years: tuple[int, int], period=S21["period"]) -> dict:
    """A table row; its series and baseline labels in the current language."""
    total = totals(series, method, years, period)
    return {
        "series": excess_deaths.series_label(series),
        "baseline": excess_deaths.baseline_label(method, years),
        "period": f"{period[0]}–{str(period[1])[-2:]}",
        "deaths": total["excess_deaths_million"],
        "births": total["births_lost_million"],
    }


def _rate_against(series: str, rates: pd.Series) -> str:
    """One series' 1960 death rate against its baseline, per 1,000."""
    return t(
        "{series} {rate} against {baseline} per 1,000",
        series=series,
        rate=number(rates["cdr_per_1000"], ".2f"),
        baseline=number(rates["cdr_baseline_per_1000"], ".1f"),
    )


def series_table() -> display.Table:
    """Section 3: registered against reconstructed rates, with the same baselines, 1958-61."""
    ns = _national().loc[1953:1966]
    above = {
        what: bool((ns[f"{c}_banister_per_1000"] > ns[f"{c}_official_per_1000"]).all())
        for what, c in (("death", "cdr"), ("birth", "cbr"))
    }
    rows = [_row(s, m, y) for s in ("official", "banister") for m, y in DEFAULT_AND_LINE]
    e = {s: excess_deaths.series_label(s) for s in ("official", "banister")}
    at_1960 = {
        s: estimate(s).set_index("year").loc[1960, ["cdr_per_1000", "cdr_baseline_per_1000"]]
        for s in e
    }
    return display.table(
        pd.DataFrame(rows),
        {
            "series": t("Rates"),
            "baseline": t("Baseline"),
            "deaths": t("Excess deaths 1958–61, million"),
        },
        caption=t("The same baselines on the registered and the reconstructed rates"),
        notes=(
            t(
                "Banister's death rate is above the registered one in every year 1953–66: "
                "{deaths}; her birth rate too: {births}.",
                deaths=t(_MATCH[above["death"]]),
                births=t(_MATCH[above["birth"]]),
            ),
            t(
                "1960, death rate against the mean of 1956–57: {rates}.",
                rates="; ".join(_rate_against(e[s], v) for s, v in at_1960.items()),
            ),
        ),
    )


def baseline_steps() -> display.Table:
    """Section 4: Banister's rates, 1958-61, as the baseline reaches back or runs on."""
    choices = [("fixed", (1957, 1957))]
    choices += [("mean", (first, 1957)) for first in range(1956, 1952, -1)]
    choices += [("line", (1957, 1962))]
    ns = _national()
    cdr, cbr = ns["cdr_official_per_1000"], ns["cbr_official_per_1000"]
    return display.table(
        pd.DataFrame([_row("banister", m, y) for m, y in choices]),
        {
            "baseline": t("Baseline (Banister's rates)"),
            "deaths": t("Excess deaths 1958–61, million"),
        },
        caption=t("How far back is “normal”?"),
        notes=(
            t(
                "Registered death rate: {first} per 1,000 in 1953, {last} in 1957.",
                first=number(cdr[1953], ".1f"),
                last=number(cdr[1957], ".1f"),
            ),
            t(
                "Registered birth rate: {rate} per 1,000 in 1963; the highest of 1953–57 was "
                "{highest}.",
                rate=number(cbr[1963], ".2f"),
                highest=number(cbr.loc[1953:1957].max(), ".2f"),
            ),
        ),
    )


def period_table() -> display.Table:
    """Section 4: the default baseline over each period, and on the year-end population."""
    rows = [_row("official", DEFAULT["method"], DEFAULT["baseline_years"], p) for p in PERIODS]
    for row in rows:
        row["population"] = t("mid-year")
    yearend = totals(
        "official", DEFAULT["method"], DEFAULT["baseline_years"], population_basis="yearend"
    )
    rows.append(
        {
            **_row("official", DEFAULT["method"], DEFAULT["baseline_years"]),
            "deaths": yearend["excess_deaths_million"],
            "births": yearend["births_lost_million"],
            "population": t("year-end"),
        }
    )
    return display.table(
        pd.DataFrame(rows),
        {
            "period": t("Years counted"),
            "population": t("Population"),
            "deaths": t("Excess deaths, million"),
            "births": t("Births lost, million"),
        },
        decimals=2,
        caption=t("Registered rates, mean of 1956–57: the period and the population"),
    )


def estimates_table() -> display.Table:
    """Section 5: the published estimates by standing, and the independent national range."""
    est = published_estimates.tidy_estimates(data.load_cached("excess_death_estimates"))
    span = published_estimates.national_range(est)
    by = (
        est.groupby("standing", sort=False)["label"]
        .agg(number="size", rows=lambda s: "; ".join(s))
        .reset_index()
    )
    # The labels are in the current language already (tidy_estimates); the standings are
    # the table's English, translated here.
    return display.table(
        translated(by, "standing"),
        {"standing": t("Standing (editorial)"), "number": t("Rows"), "rows": t("Estimates")},
        caption=t("The {n} published estimates in the table", n=len(est)),
        notes=(
            t(
                "The {n} independent national estimates run from {low} to {high} million.",
                n=span["estimates"],
                low=number(span["low_million"], "g"),
                high=number(span["high_million"], "g"),
            ),
        ),
    )
