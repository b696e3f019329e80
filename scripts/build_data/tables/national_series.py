"""national_series: one row per year 1949-1966, chosen among candidate sources.

Population, birth and death rates (official and Banister's reconstruction), grain, steel.
Inputs: ``national_series_candidates.csv``, ``cow_nmc/NMC-60-abridged-china.csv`` and the older
official grain rows of ``grain_procurement_trade.csv``.

Conversions (all exact, done with ``decimal.Decimal``)
------------------------------------------------------
* population: 10,000 persons -> million persons: value / 100;
* steel: thousand tonnes -> million tonnes: value / 1000 (COW NMC v6 ``irst``, China = ccode 710);
* grain: both official series are already in million tonnes in the sources. The revised series
  covers every year; the older official figures only the years a source prints (1958-62; 1961-62 from weak secondary pages).
  No value is filled in for a year without a source.

Checks (the build stops with ``BuildError`` if any fails)
----------------------------------------------------------
* Where ``national_series_candidates.csv`` holds several sources for one series-year, the values
  must agree to the precision each source prints (half a unit in the last significant digit of
  each, e.g. ``12,200`` thousand tonnes printed as "12.2 million" is +-50). One source per series
  is preferred (``PREFERRED_SOURCE``); the others are cross-checks. The two disagreements
  ``data/raw/README.md`` documents are listed in ``REJECTED_CANDIDATES`` with the reason; any
  other disagreement, or a listed one that no longer occurs, stops the build.
* Every candidate row of a chosen series carries the unit the conversions assume
  (``EXPECTED_UNIT``).
* COW values in the candidates file equal the raw NMC file, row by row.
* The older official grain figures of the two sources agree where both print a year.
* Population, official CDR and steel are present every year.
* Official CBR - CDR equals the official natural increase rate to the printed precision.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from ..common import BuildError, Context, Table, agree, dec, fmt
from ..descriptor import field, resource, year_field
from ..sources import (
    BANISTER_SOURCE,
    COMPILED,
    COW_FILE,
    COW_SOURCE,
    CSY1999_SOURCE,
    SINA_SOURCE,
    SYB1984_SOURCE,
    ZHOU_SOURCE,
    src_file,
)

NAME = "national_series"
NEEDS: tuple[str, ...] = ()
YEARS = range(1949, 1967)

CSY1999 = "blog repost of China Statistical Yearbook 1999"
BANISTER = "Banister 1984"
SINA = "Sina blog table"
COW = "jcook125/Slide-Deck-Rmd"

#: The source used for each series (a substring of ``source_repo``); the others cross-check it.
PREFERRED_SOURCE = {
    "population_yearend": CSY1999,
    "crude_birth_rate": CSY1999,
    "crude_death_rate": CSY1999,
    "natural_increase_rate": CSY1999,
    "crude_birth_rate_estimated_banister": BANISTER,
    "crude_death_rate_estimated_banister": BANISTER,
    "grain_output_revised": SINA,
    "steel_output": COW,
}

#: Candidate values that disagree with the preferred source, as documented in
#: data/raw/README.md. (series, year, substring of source_repo) -> reason.
REJECTED_CANDIDATES = {
    ("steel_output", 1958, "Reuters"): (
        "Reuters (2016 factbox) gives 5.9 Mt for 1958; COW NMC v6 and the Shanghai Daily piece "
        "('only eight million tons ... was any use') give 8.0 Mt. COW kept."
    ),
    ("steel_output", 1957, "Shanghai Daily"): (
        "Shanghai Daily prints 3.35 Mt for 1957, probably a typo: COW NMC v6 and Reuters agree "
        "on 5.35 Mt. COW kept."
    ),
}

#: Rows of another series name that cross-check a series: other name -> series it checks.
CROSS_CHECK_SERIES = {"grain_output": "grain_output_revised"}

#: The unit every candidate row of a series must carry (the conversions depend on it).
EXPECTED_UNIT = {
    "population_yearend": "10k persons",
    "crude_birth_rate": "per mille",
    "crude_death_rate": "per mille",
    "natural_increase_rate": "per mille",
    "crude_birth_rate_estimated_banister": "per mille",
    "crude_death_rate_estimated_banister": "per mille",
    "grain_output_revised": "million tonnes",
    "steel_output": "thousand tonnes",
}


@dataclass
class Choice:
    """The value kept for one series-year and what it was checked against."""

    value: str
    source: str
    checked_with: list[str]


def choose(candidates: list[dict[str, str]], notes: list[str]) -> dict[tuple[str, int], Choice]:
    """Pick the preferred source's value for every series-year and check the others agree."""
    groups: dict[tuple[str, int], list[dict[str, str]]] = defaultdict(list)
    for row in candidates:
        series = CROSS_CHECK_SERIES.get(row["series"], row["series"])
        if series in PREFERRED_SOURCE:
            if row["unit"] != EXPECTED_UNIT[series]:
                raise BuildError(
                    f"{row['series']} {row['year']} ({row['source_repo']}): unit "
                    f"{row['unit']!r}, expected {EXPECTED_UNIT[series]!r}"
                )
            groups[(series, int(row["year"]))].append(row)
    used_rejections = set()
    chosen = {}
    for (series, year), rows in sorted(groups.items()):
        preferred = [r for r in rows if PREFERRED_SOURCE[series] in r["source_repo"]]
        if len(preferred) != 1:
            raise BuildError(
                f"{series} {year}: expected one row from the preferred source "
                f"{PREFERRED_SOURCE[series]!r}, found {len(preferred)}"
            )
        kept = preferred[0]
        checked = []
        for other in rows:
            if other is kept:
                continue
            key = next(
                (
                    k
                    for k in REJECTED_CANDIDATES
                    if k[:2] == (series, year) and k[2] in other["source_repo"]
                ),
                None,
            )
            same = agree(kept["value"], other["value"])
            if key is not None:
                if same:
                    raise BuildError(f"{key} is listed as a disagreement but now agrees; update")
                used_rejections.add(key)
                notes.append(
                    f"{series} {year}: rejected {other['value']} {other['unit']} from "
                    f"{other['source_repo']}: {REJECTED_CANDIDATES[key]}"
                )
                continue
            if not same:
                raise BuildError(
                    f"{series} {year}: sources disagree beyond rounding: {kept['value']} "
                    f"({kept['source_repo']}) vs {other['value']} ({other['source_repo']})"
                )
            checked.append(other["source_repo"])
        chosen[(series, year)] = Choice(kept["value"], kept["source_repo"], checked)
    stale = set(REJECTED_CANDIDATES) - used_rejections
    if stale:
        raise BuildError(f"listed disagreements not found in the sources: {sorted(stale)}")
    return chosen


def cow_steel(nmc_rows: list[dict[str, str]]) -> dict[int, str]:
    """China's iron and steel production (COW ``irst``, thousand tonnes) by year."""
    return {int(r["year"]): r["irst"] for r in nmc_rows if r["ccode"] == "710"}


def national_rows(ctx: Context, notes: list[str]) -> tuple[list[dict[str, str]], dict[str, str]]:
    """Return the national_series rows and a description of where each column came from."""
    candidates = ctx.read("national_series_candidates.csv")
    chosen = choose(candidates, notes)

    raw_cow = cow_steel(ctx.read(COW_FILE))
    for year in YEARS:
        if raw_cow.get(year) != chosen[("steel_output", year)].value:
            raise BuildError(
                f"steel_output {year}: candidates file {chosen[('steel_output', year)].value} "
                f"!= {COW_FILE} irst {raw_cow.get(year)}"
            )

    # Older official grain figures: SYB 1984 (national_series_candidates.csv) is preferred,
    # Zhou Zhen (2009, grain_procurement_trade.csv) fills the years SYB 1984 rows lack.
    old: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for row in candidates:
        if row["series"] == "grain_output_SYB1984":
            old[int(row["year"])].append((row["value"], "China Statistical Yearbook 1984"))
    for row in ctx.read("grain_procurement_trade.csv"):
        if row["series"] == "grain_output_old_official":
            if row["unit"] != "million tonnes":
                raise BuildError(f"grain_output_old_official {row['year']}: unit {row['unit']!r}")
            old[int(row["year"])].append((row["value"], "Zhou Zhen (2009)"))
    old_kept: dict[int, str] = {}
    old_from: dict[str, list[int]] = defaultdict(list)
    for year, values in sorted(old.items()):
        for value, label in values[1:]:
            if not agree(values[0][0], value):
                raise BuildError(f"older official grain {year}: {values[0]} vs {(value, label)}")
        old_kept[year] = values[0][0]
        old_from[values[0][1]].append(year)

    def get(series: str, year: int, scale: int = 1) -> str:
        choice = chosen.get((series, year))
        return "" if choice is None else fmt(dec(choice.value, series) / scale)

    rows = []
    for year in YEARS:
        row = {
            "year": str(year),
            "population_yearend_million": get("population_yearend", year, 100),
            "cbr_official_per_1000": get("crude_birth_rate", year),
            "cdr_official_per_1000": get("crude_death_rate", year),
            "cbr_banister_per_1000": get("crude_birth_rate_estimated_banister", year),
            "cdr_banister_per_1000": get("crude_death_rate_estimated_banister", year),
            "grain_output_revised_mt": get("grain_output_revised", year),
            "grain_output_old_official_mt": fmt(dec(old_kept[year], "grain"))
            if year in old_kept
            else "",
            "steel_output_mt": get("steel_output", year, 1000),
        }
        for required in ("population_yearend_million", "cdr_official_per_1000", "steel_output_mt"):
            if not row[required]:
                raise BuildError(f"national_series {year}: no value for {required}")
        cbr, cdr = chosen[("crude_birth_rate", year)], chosen[("crude_death_rate", year)]
        ngr = chosen[("natural_increase_rate", year)]
        if abs(dec(cbr.value, "cbr") - dec(cdr.value, "cdr") - dec(ngr.value, "ngr")) > Decimal(
            "0.011"
        ):
            raise BuildError(f"{year}: CBR - CDR != natural increase ({cbr}, {cdr}, {ngr})")
        rows.append(row)

    def checks(series: str) -> str:
        others = sorted({s for (n, _), c in chosen.items() if n == series for s in c.checked_with})
        return "; ".join(others) if others else "no second source"

    provenance = {
        "population": checks("population_yearend"),
        "rates": checks("crude_death_rate"),
        "grain": checks("grain_output_revised"),
        "steel": checks("steel_output"),
        "old_grain": "; ".join(
            f"{label}: {', '.join(str(y) for y in years)}" for label, years in old_from.items()
        ),
    }
    return rows, provenance


def fields(prov: dict[str, str]) -> list[dict]:
    rate = "per 1,000 population per year"
    return [
        year_field(1949, 1966),
        field(
            "population_yearend_million",
            "number",
            "Population at year end (official)",
            "Official total population at 31 December, China Statistical Yearbook 1999. "
            "Converted from 10,000 persons (value / 100). Equal, in every year they share, "
            f"to: {prov['population']}.",
            "million persons",
            required=True,
            minimum=0,
        ),
        field(
            "cbr_official_per_1000",
            "number",
            "Crude birth rate, registered (official)",
            "Official (registered) births per 1,000 population, China Statistical Yearbook "
            "1999; agrees after rounding with the registered rates Banister (1984) lists.",
            "births " + rate,
            required=True,
            minimum=0,
            maximum=100,
        ),
        field(
            "cdr_official_per_1000",
            "number",
            "Crude death rate, registered (official)",
            "Official (registered) deaths per 1,000 population, China Statistical Yearbook "
            f"1999. Cross-checked with: {prov['rates']}. Registration missed many famine "
            "deaths: compare cdr_banister_per_1000.",
            "deaths " + rate,
            required=True,
            minimum=0,
            maximum=100,
        ),
        field(
            "cbr_banister_per_1000",
            "number",
            "Crude birth rate, Banister's reconstruction",
            "Banister (1984) Table 5, corrected for under-registration; 1953-1966 only, "
            "empty before. Not an official figure.",
            "births " + rate,
            minimum=0,
            maximum=100,
        ),
        field(
            "cdr_banister_per_1000",
            "number",
            "Crude death rate, Banister's reconstruction",
            "Banister (1984) Table 5, corrected for under-registration; 1953-1966 only, "
            "empty before. Not an official figure.",
            "deaths " + rate,
            minimum=0,
            maximum=100,
        ),
        field(
            "grain_output_revised_mt",
            "number",
            "Grain output, revised official series",
            "Revised official grain output (Sina blog table, source not named; 10,000 t on the "
            f"page). Cross-checked with: {prov['grain']}.",
            "million tonnes",
            required=True,
            minimum=0,
        ),
        field(
            "grain_output_old_official_mt",
            "number",
            "Grain output, older official figures",
            "Older official figures, only where a source prints them "
            f"({prov['old_grain']}); empty in other years. They differ from the revised "
            "series in the famine years.",
            "million tonnes",
            minimum=0,
        ),
        field(
            "steel_output_mt",
            "number",
            "Steel production",
            "COW NMC v6 irst for China (ccode 710), thousand tonnes / 1000; COW's 'iron and "
            "steel' variable is pig iron to 1899 and steel from 1900, so this is steel. For 1958 the "
            "Shanghai Daily piece says only eight million tons 'was any use'. Cross-checked "
            f"with: {prov['steel']} (disagreements listed in notes).",
            "million tonnes",
            required=True,
            minimum=0,
        ),
    ]


def build(ctx: Context) -> Table:
    notes: list[str] = []
    rows, prov = national_rows(ctx, notes)
    return resource(
        NAME,
        "China: population, vital rates, grain and steel, 1949-1966",
        "One row per year. Official year-end population and registered birth and death "
        "rates; Banister's (1984) reconstructed rates, which correct for under-registration; "
        "grain output in the revised official series and in the older official figures; "
        "iron and steel production (COW NMC v6).",
        fields(prov),
        rows,
        [
            CSY1999_SOURCE,
            BANISTER_SOURCE,
            SYB1984_SOURCE,
            SINA_SOURCE,
            ZHOU_SOURCE,
            COW_SOURCE,
            src_file(
                "national_series_candidates.csv",
                "Candidate values, one row per series, year and source",
                upstream_terms=COMPILED,
            ),
            src_file(
                "grain_procurement_trade.csv",
                "Grain procurement, trade and output (older official grain rows)",
                upstream_terms=COMPILED,
            ),
        ],
        {
            "S17": "1958 good harvest and steel 'leap' (grain_output_*, steel_output_mt)",
            "S18": "falls in farm output 1959-61 (grain_output_*)",
            "S19": "agricultural fall 1959-61 (grain as a proxy for farm output)",
            "S20": "registered death rates 1958-61 (cdr_official_per_1000)",
            "S21": "deaths and missing births (official vs Banister's rates, population fall)",
            "S23": "industry rising to 1960 (steel_output_mt)",
            "S24": "industrial fall 1961-62 (steel_output_mt)",
        },
        ["year"],
        notes,
        "China Statistical Yearbook 1999 (population, registered rates); Banister (1984), "
        "PDR 10(2) (reconstructed rates); revised official grain series (Sina table) and "
        "older official figures (SYB 1984; Zhou Zhen 2009); COW NMC v6 (steel)",
    )
