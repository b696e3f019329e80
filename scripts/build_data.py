"""Build the course's tidy tables in ``data/`` from the hand-compiled sources.

Run from the repository root::

    .venv/bin/python scripts/build_data.py --sources ../shared/sources

``--sources`` defaults to ``../shared/sources`` beside the repository and ``--out`` to
``data/``. The script is deterministic: the same sources give byte-identical files (no
timestamps, fixed row and key order, numbers formatted from exact decimals), and
``tests/test_data.py`` rebuilds into a temporary folder and compares.

What it writes
--------------
``national_series.csv``         one row per year 1949-1966: population, birth and death rates
                                (official and Banister's reconstruction), grain, steel
``value_added.csv``             NBS value added at current prices, 1952-1962
``first_plan.csv``              First Five-Year Plan figures and Second Plan targets, long form
``timeline.csv``                dated events 1953-1964, each with one theme
``excess_death_estimates.csv``  published estimates of excess deaths, with editorial method columns
``grain_procurement_trade.csv`` procurement, trade and food supply, long form, every source row
``communes.csv``                people's communes: counts, households, sizes, dated, long form
``output_indices.csv``          gross output, growth, structure, investment (rows not in value_added)
``datapackage.json``            Frictionless-style descriptor: sources, licences, units, sha256
``README.md``                   a human-readable summary, generated from the descriptor

Conversions (all exact, done with ``decimal.Decimal``)
------------------------------------------------------
* population: 10,000 persons -> million persons: value / 100;
* steel: thousand tonnes -> million tonnes: value / 1000 (COW NMC v6 ``irst``, China = ccode 710);
* grain: both official series are already in million tonnes in the sources. The revised series
  covers every year; the older official figures only the years a source prints (1958-60).
  No value is filled in for a year without a source.

Checks (the build stops with ``BuildError`` if any fails)
----------------------------------------------------------
* Where ``national_series_candidates.csv`` holds several sources for one series-year, the values
  must agree to the precision each source prints (half a unit in the last significant digit of
  each, e.g. ``12,200`` thousand tonnes printed as "12.2 million" is +-50). One source per series
  is preferred (``PREFERRED_SOURCE``); the others are cross-checks. The two disagreements the
  sources README documents are listed in ``REJECTED_CANDIDATES`` with the reason; any other
  disagreement, or a listed one that no longer occurs, stops the build.
* COW values in the candidates file equal the raw NMC file, row by row.
* Official CBR - CDR equals the official natural increase rate to the printed precision.
* Value added: primary + secondary <= GDP, industry <= secondary, and GDP / GDP per capita is within
  1 % of the mean of the two official year-end populations.
* NBS value added quoted in ``first_plan.csv`` equals ``output_indices.csv``.

Timeline themes come from ``TIMELINE_THEMES``: an explicit theme for every event, matched by the
start of its text; an event without a theme, or a theme without an event, stops the build.
Partial dates are normalised to the first day of the period: ``1953-01`` -> ``1953-01-01`` with
``date_precision`` "month", ``1961`` -> ``1961-01-01`` with "year" (the coarser precision of
start and end is kept).

First-plan values: a plain number is kept; ``>50`` becomes value 50 with qualifier "more than";
``10.6-12`` becomes value 10.6 and value_high 12; other text is kept only when its reading is
unambiguous and listed in ``PLAN_VALUE_READINGS``, otherwise the row is dropped and named in the
resource's ``notes``.

The three long tables (grain_procurement_trade, communes, output_indices) keep every source row
(output_indices: every row value_added does not hold) and the value text as printed
(``value_as_printed``). Values: ``-17`` is a number, ``26000+`` is value 26000 with qualifier
"more than", ``30-37`` is value 30 and value_high 37; a light:heavy ratio ``33.4:66.6`` becomes
two rows (``RATIO_SERIES``). Years: ``1959`` -> year = year_end = 1959; ``1961-1965`` -> year 1961,
year_end 1965; irregular periods only through ``PERIOD_READINGS`` (e.g. ``1960s`` -> 1960-1969).
Commune dates as for the timeline, plus ``COMMUNE_DATE_READINGS`` (``1958-end`` -> 1958-12-31,
precision "end of year"). A figure given by several sources stays one row per source, and the
disagreement is named in the resource's ``notes``. Checks: procurement shares equal gross
procurement / output where ``PROCUREMENT_SHARE_BASIS`` says (the 1962 mismatch is documented);
the reconstructed 1960 share keeps its flag; communes x households per commune = households;
LoC growth and GVIO equal national_series_candidates.csv; GVIAO 1965 = GVAO + GVIO.

excess_death_estimates: ``year_published`` becomes an integer (a remark such as
``2011 (page update)`` moves to the note) and three editorial columns are added, ``method``
(vocabulary ``ESTIMATE_METHODS``), ``data_basis`` and ``area``, from ``DEATH_CLASSIFICATION``:
one entry per row, each label backed by a phrase that must occur in the row's own text.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SOURCES = REPO.parent / "shared" / "sources"
DEFAULT_OUT = REPO / "data"
SOURCES_LABEL = "shared/sources"  # how paths to the inputs are written in the outputs

YEARS = range(1949, 1967)
VA_YEARS = range(1952, 1963)
THEMES = (
    "planning",
    "agriculture and communes",
    "industry",
    "politics",
    "famine and food",
    "foreign relations",
)

CC_BY = {
    "name": "CC-BY-4.0",
    "title": "Creative Commons Attribution 4.0 International",
    "path": "https://creativecommons.org/licenses/by/4.0/",
}
WEB_TERMS = (
    "licence of the web page not stated; individual published figures are quoted with "
    "attribution to the page and to the publication it cites"
)


class BuildError(RuntimeError):
    """A source is missing, malformed or inconsistent: the build stops."""


# ---------------------------------------------------------------------------------------------
# Reading and formatting
# ---------------------------------------------------------------------------------------------


def read_rows(path: Path) -> list[dict[str, str]]:
    """Read a CSV file into a list of dicts (every value a string)."""
    if not path.is_file():
        raise BuildError(f"missing source file: {path}")
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def dec(text: str, where: str) -> Decimal:
    """Parse a number as printed in a source (thousands separators removed)."""
    cleaned = text.strip().replace(",", "")
    if not re.fullmatch(r"-?\d+(\.\d+)?", cleaned):
        raise BuildError(f"{where}: {text!r} is not a number")
    return Decimal(cleaned)


def fmt(value: Decimal | None) -> str:
    """Write a number without trailing zeros or exponent; None -> empty cell."""
    if value is None:
        return ""
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "") else text


def tolerance(text: str) -> Decimal:
    """Half a unit in the last significant digit of a value as printed.

    Trailing zeros of a whole number are not significant ("12200" is +-50, "158" is +-0.5).
    """
    cleaned = text.strip().replace(",", "")
    if "." in cleaned:
        return Decimal(5) * Decimal(10) ** -(len(cleaned.split(".")[1]) + 1)
    digits = cleaned.lstrip("-")
    zeros = len(digits) - len(digits.rstrip("0")) if digits.rstrip("0") else 0
    return Decimal(5) * Decimal(10) ** (zeros - 1)


def agree(a: str, b: str) -> bool:
    """True if two printed values are equal within their printed precision."""
    return abs(dec(a, "a") - dec(b, "b")) <= tolerance(a) + tolerance(b)


def csv_bytes(columns: list[str], rows: list[dict[str, str]]) -> bytes:
    """Serialise rows to UTF-8 CSV with LF line ends and minimal quoting."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([row[c] for c in columns])
    return buffer.getvalue().encode("utf-8")


def sha256(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


# ---------------------------------------------------------------------------------------------
# national_series: choosing among candidate sources
# ---------------------------------------------------------------------------------------------

CSY1999 = "blog repost of China Statistical Yearbook 1999"
BANISTER = "Banister 1984"
SINA = "Sina blog table"
COW = "jcook125/Slide-Deck-Rmd"
SYB1984 = "China Statistical Yearbook 1984"
ZHOU = "Zhou Zhen"

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
#: shared/sources/README.md. (series, year, substring of source_repo) -> reason.
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


def build_national(src: Path, notes: list[str]) -> tuple[list[dict[str, str]], dict[str, str]]:
    """Return the national_series rows and a description of where each column came from."""
    candidates = read_rows(src / "national_series_candidates.csv")
    chosen = choose(candidates, notes)

    raw_cow = cow_steel(read_rows(src / "cow_nmc" / "NMC-60-abridged.csv"))
    for year in YEARS:
        if raw_cow.get(year) != chosen[("steel_output", year)].value:
            raise BuildError(
                f"steel_output {year}: candidates file {chosen[('steel_output', year)].value} "
                f"!= NMC-60-abridged.csv irst {raw_cow.get(year)}"
            )

    # Older official grain figures: SYB 1984 (national_series_candidates.csv) is preferred,
    # Zhou Zhen (2009, grain_procurement_trade.csv) fills the years SYB 1984 rows lack.
    old: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for row in candidates:
        if row["series"] == "grain_output_SYB1984":
            old[int(row["year"])].append((row["value"], "China Statistical Yearbook 1984"))
    for row in read_rows(src / "grain_procurement_trade.csv"):
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


# ---------------------------------------------------------------------------------------------
# value_added
# ---------------------------------------------------------------------------------------------

VA_SERIES = {
    "gdp_nominal": "gdp_100m_yuan",
    "primary_industry_va_nominal": "primary_va_100m_yuan",
    "secondary_industry_va_nominal": "secondary_va_100m_yuan",
    "industry_va_nominal": "industry_va_100m_yuan",
    "gdp_per_capita_nominal": "gdp_per_capita_yuan",
}


def build_value_added(src: Path, national: list[dict[str, str]]) -> list[dict[str, str]]:
    """NBS CSY 1999 Table 3-1, one row per year, with arithmetic checks."""
    table: dict[int, dict[str, str]] = defaultdict(dict)
    for row in read_rows(src / "output_indices.csv"):
        if row["series"] in VA_SERIES:
            column = VA_SERIES[row["series"]]
            if column in table[int(row["year"])]:
                raise BuildError(f"output_indices.csv: {row['series']} {row['year']} repeated")
            table[int(row["year"])][column] = fmt(dec(row["value"], row["series"]))
    pop = {int(r["year"]): Decimal(r["population_yearend_million"]) for r in national}
    rows = []
    for year in VA_YEARS:
        values = table.get(year, {})
        missing = set(VA_SERIES.values()) - set(values)
        if missing:
            raise BuildError(f"value_added {year}: missing {sorted(missing)}")
        gdp, primary, secondary, industry, per_head = (
            Decimal(values[c]) for c in VA_SERIES.values()
        )
        if primary + secondary > gdp or industry > secondary:
            raise BuildError(f"value_added {year}: sectors do not fit inside GDP")
        implied = gdp * 100 / per_head  # 100 million yuan / yuan -> million persons
        midyear = (pop[year - 1] + pop[year]) / 2
        if abs(implied / midyear - 1) > Decimal("0.01"):
            raise BuildError(f"value_added {year}: GDP/per-capita implies {implied} M people")
        rows.append({"year": str(year), **values})
    return rows


# ---------------------------------------------------------------------------------------------
# first_plan
# ---------------------------------------------------------------------------------------------

#: Non-numeric values whose reading is unambiguous: (series, printed) -> (value, unit, note).
PLAN_VALUE_READINGS = {
    ("second_plan_original_target_gvio", "double"): (
        "2",
        "times the 1957 level",
        "printed as 'double' (GVIO vs 1957); value 2 = twice the 1957 level",
    ),
}


def plan_kind(series: str) -> str:
    """'target' for Second Plan rows, 'plan' for First Plan plans and targets, else 'outcome'."""
    if series.startswith("second_plan_"):
        return "target"
    if series.startswith(("ffyp_planned_", "ffyp_target_")):
        return "plan"
    return "outcome"


def build_first_plan(src: Path, value_added: list[dict[str, str]], notes: list[str]):
    """Parse the printed values of first_plan.csv into value / value_high / qualifier."""
    va = {(int(r["year"]), c): r[c] for r in value_added for c in r if c != "year"}
    rows = []
    for line, row in enumerate(read_rows(src / "first_plan.csv"), start=2):
        printed = row["value"].strip()
        value, high, qualifier, unit, note = None, None, "", row["unit"], row["note"]
        number = r"\d+(?:\.\d+)?"
        if re.fullmatch(number, printed):
            value = Decimal(printed)
        elif m := re.fullmatch(rf">\s*({number})", printed):
            value, qualifier = Decimal(m[1]), "more than"
        elif m := re.fullmatch(rf"({number})\s*-\s*({number})", printed):
            value, high = Decimal(m[1]), Decimal(m[2])
            if high <= value:
                raise BuildError(f"first_plan.csv line {line}: range {printed!r} is not rising")
        elif (row["series"], printed) in PLAN_VALUE_READINGS:
            reading, unit, extra = PLAN_VALUE_READINGS[(row["series"], printed)]
            value = Decimal(reading)
            note = f"{note}; {extra}" if note else extra
        else:
            notes.append(
                f"dropped first_plan.csv line {line}: {row['series']} ({row['year']}) = "
                f"{printed!r} {row['unit']!r}: no single unambiguous number (note on the row: "
                f"{row['note']})"
            )
            continue
        for col, key in (
            ("industry_va_nominal", "industry_va_100m_yuan"),
            ("primary_industry_va_nominal", "primary_va_100m_yuan"),
        ):
            if row["series"] == col and fmt(value) != va[(int(row["year"]), key)]:
                raise BuildError(f"first_plan.csv line {line}: {col} differs from value_added")
        rows.append(
            {
                "indicator": row["series"],
                "period": row["year"],
                "value": fmt(value),
                "value_high": fmt(high),
                "qualifier": qualifier,
                "unit": unit,
                "kind": plan_kind(row["series"]),
                "source": row["source"],
                "where_found": row["where_found"],
                "cross_check": row["cross_check"],
                "note": note,
            }
        )
    return rows


# ---------------------------------------------------------------------------------------------
# timeline
# ---------------------------------------------------------------------------------------------

#: One theme per event, matched on the start of the event text (each must match exactly once).
TIMELINE_THEMES = (
    ("Chen Yun report on grain crisis", "famine and food"),
    ("CCP Central Committee resolution on planned purchase", "famine and food"),
    ("First Five-Year Plan period begins", "planning"),
    ("Li Fuchun report on the First Five-Year Plan", "planning"),
    ("NPC adopts the First Five-Year Plan", "planning"),
    ("8th National Party Congress", "politics"),
    ("Central Economic Work Five-Person Group", "planning"),
    ("NPC Standing Committee approves State Council regulations decentralising", "planning"),
    ("Mao in Moscow: China may catch up with or surpass Britain", "industry"),
    ("Nanning conference", "politics"),
    ("Chengdu conference", "agriculture and communes"),
    ("2nd session of the 8th Party Congress adopts the 'General Line'", "politics"),
    ("Mao at Qiliying", "agriculture and communes"),
    ("Beidaihe enlarged Politburo meeting (steel target", "industry"),
    ("Beidaihe resolution on establishing people's communes", "agriculture and communes"),
    ("First Zhengzhou conference", "politics"),
    ("6th Plenum of the 8th CC (Wuchang)", "politics"),
    ("Second Zhengzhou conference", "politics"),
    ("Shanghai meeting: Mao urges procurement", "famine and food"),
    ("Lushan: enlarged Politburo meeting", "politics"),
    ("Peng Dehuai's letter to Mao", "politics"),
    ("Lushan: 8th Plenum of the 8th CC", "politics"),
    ("CC directive on opposing rightist thinking", "politics"),
    ("Shanghai enlarged Politburo meeting sets 1960 plan", "planning"),
    ("Soviet note announcing withdrawal of all experts", "foreign relations"),
    ("Zhou Enlai, Li Fuchun, Li Xiannian put in charge of foreign trade", "foreign relations"),
    ("CC 'urgent directive letter' on rural commune policy", "agriculture and communes"),
    ("Central work conference (Mao calls for 'investigation and research')", "politics"),
    ("9th Plenum of the 8th CC adopts", "planning"),
    ("Canadian cabinet approves large grain sale to China", "famine and food"),
    ("Guangzhou central work conference drafts the 'Sixty Articles'", "agriculture and communes"),
    ("Liu Shaoqi begins 44-day rural investigation", "politics"),
    ("Beijing work conference: revised Sixty Articles", "agriculture and communes"),
    ("Seven Thousand Cadres Conference", "politics"),
    ("Mao speech at central work conference on planning methods", "planning"),
)

PRECISION_ORDER = ("day", "month", "year")


def normalise_date(text: str, where: str) -> tuple[str, str]:
    """'1953-01' -> ('1953-01-01', 'month'); '1961' -> ('1961-01-01', 'year')."""
    patterns = (
        (r"\d{4}-\d{2}-\d{2}", "day", ""),
        (r"\d{4}-\d{2}", "month", "-01"),
        (r"\d{4}", "year", "-01-01"),
    )
    for pattern, precision, suffix in patterns:
        if re.fullmatch(pattern, text):
            iso = text + suffix
            try:
                date.fromisoformat(iso)
            except ValueError as exc:
                raise BuildError(f"{where}: {text!r} is not a calendar date") from exc
            return iso, precision
    raise BuildError(f"{where}: {text!r} is not YYYY, YYYY-MM or YYYY-MM-DD")


def build_timeline(src: Path) -> list[dict[str, str]]:
    """Normalise dates and assign each event its theme."""
    rows = []
    used = set()
    for line, row in enumerate(read_rows(src / "timeline.csv"), start=2):
        where = f"timeline.csv line {line}"
        matches = [(p, t) for p, t in TIMELINE_THEMES if row["event"].startswith(p)]
        if len(matches) != 1:
            raise BuildError(f"{where}: {len(matches)} themes match {row['event']!r}")
        used.add(matches[0][0])
        start, precision = normalise_date(row["date"].strip(), where)
        end = ""
        if row["date_end"].strip():
            end, end_precision = normalise_date(row["date_end"].strip(), where)
            if end < start:
                raise BuildError(f"{where}: ends before it starts")
            precision = max(precision, end_precision, key=PRECISION_ORDER.index)
        rows.append(
            {
                "event": row["event"],
                "date_start": start,
                "date_end": end,
                "date_precision": precision,
                "theme": matches[0][1],
                "value": fmt(dec(row["value"], where)) if row["value"].strip() else "",
                "unit": row["unit"],
                "source": row["source"],
                "where_found": row["where_found"],
                "cross_check": row["cross_check"],
                "note": row["note"],
            }
        )
    unused = [p for p, _ in TIMELINE_THEMES if p not in used]
    if unused:
        raise BuildError(f"TIMELINE_THEMES entries match no event: {unused}")
    return sorted(rows, key=lambda r: r["date_start"])  # stable: source order within a day


# ---------------------------------------------------------------------------------------------
# Long tables: grain_procurement_trade, communes, output_indices
# ---------------------------------------------------------------------------------------------

NUMBER = r"\d+(?:\.\d+)?"


def parse_printed(text: str, where: str) -> tuple[Decimal, Decimal | None, str]:
    """Read a value as printed: '64.12' / '-17', '26000+' (qualifier 'more than'), '30-37'.

    Returns (value, value_high or None, qualifier). Anything else stops the build.
    """
    printed = text.strip().replace(",", "")
    if re.fullmatch(rf"-?{NUMBER}", printed):
        return Decimal(printed), None, ""
    if m := re.fullmatch(rf"({NUMBER})\+", printed):
        return Decimal(m[1]), None, "more than"
    if m := re.fullmatch(rf"({NUMBER})-({NUMBER})", printed):
        low, high = Decimal(m[1]), Decimal(m[2])
        if high <= low:
            raise BuildError(f"{where}: range {text!r} is not rising")
        return low, high, ""
    raise BuildError(f"{where}: value {text!r} is not a number, 'n+' or a range 'a-b'")


#: Year periods that are not 'YYYY' or 'YYYY-YYYY': printed -> (first year, last year, reading).
PERIOD_READINGS = {
    "1960s": (1960, 1969, "period '1960s' read as 1960-1969"),
    "1961/62 grain year": (1961, 1962, "grain year 1961/62 read as 1961-1962"),
    "1953 (Jul-Sep)": (1953, 1953, "July-September 1953, year 1953"),
}


def parse_period(text: str, where: str, used: set[str]) -> tuple[int, int, str]:
    """'1959' -> (1959, 1959, ''); '1961-1965' -> (1961, 1965, ''); listed readings otherwise."""
    printed = text.strip()
    if re.fullmatch(r"\d{4}", printed):
        return int(printed), int(printed), ""
    if m := re.fullmatch(r"(\d{4})-(\d{4})", printed):
        first, last = int(m[1]), int(m[2])
        if last <= first:
            raise BuildError(f"{where}: period {text!r} is not rising")
        return first, last, ""
    if printed in PERIOD_READINGS:
        used.add(printed)
        return PERIOD_READINGS[printed]
    raise BuildError(f"{where}: period {text!r} is not YYYY, YYYY-YYYY or in PERIOD_READINGS")


def with_note(note: str, extra: str) -> str:
    """Append a build remark to a source note, marked '[build: ...]'."""
    return f"{note} [build: {extra}]" if note else f"[build: {extra}]"


def short_source(source: str) -> str:
    """'Lin, Justin Yifu and Dennis Tao Yang (2000), ...' -> up to the year; else to a comma."""
    m = re.match(r"[^']*?\(\d{4}\)", source)
    return m[0] if m else source.split(",")[0]


def note_repeats(rows: list[dict[str, str]], notes: list[str], when: str = "period") -> None:
    """Record every (series, period) given by more than one source: all rows are kept."""
    groups: dict[tuple[str, str], list[dict[str, str]]] = defaultdict(list)
    for row in rows:
        groups[(row["series"], row[when])].append(row)
    for (series, period), group in groups.items():
        if len(group) > 1:
            values = "; ".join(
                f"{r['value_as_printed']} {r['unit']} ({short_source(r['source'])})" for r in group
            )
            notes.append(
                f"{series} {period}: {len(group)} sources, all kept as separate rows: {values}"
            )


def year_row(row: dict[str, str], where: str, used: set[str]) -> dict[str, str]:
    """The columns shared by the year-based long tables, from one source row."""
    first, last, reading = parse_period(row["year"], where, used)
    value, high, qualifier = parse_printed(row["value"], where)
    return {
        "series": row["series"],
        "year": str(first),
        "year_end": str(last),
        "period": row["year"].strip(),
        "value": fmt(value),
        "value_high": fmt(high),
        "qualifier": qualifier,
        "unit": row["unit"],
        "value_as_printed": row["value"].strip(),
        "source": row["source"],
        "where_found": row["where_found"],
        "cross_check": row["cross_check"],
        "note": with_note(row["note"], reading) if reading else row["note"],
    }


def check_readings_used(used: set[str]) -> None:
    """Stop the build if a PERIOD_READINGS entry matched no row of any table."""
    unused = sorted(set(PERIOD_READINGS) - used)
    if unused:
        raise BuildError(f"PERIOD_READINGS entries match no row: {unused}")


# grain_procurement_trade ---------------------------------------------------------------------

#: Years in which the procurement share printed by a source must equal gross procurement divided
#: by an output series (to the share's printed precision): year -> national_series column. None
#: marks a documented mismatch, which must still mismatch (the build stops if it starts to agree).
PROCUREMENT_SHARE_BASIS = {
    1952: "grain_output_revised_mt",
    1957: "grain_output_revised_mt",
    1959: "grain_output_old_official_mt",
    1962: None,
}
PROCUREMENT_1962_NOTE = (
    "procurement_share_of_output 1962: 23.8 % (CSY 1993 via Heilig) does not equal 38.145 Mt "
    "divided by the revised output 154.41 Mt (24.7 %); it fits the older official 1962 output "
    "of 160 Mt, which no source read prints. Kept as printed."
)
#: The one value the sources README says was reconstructed from a garbled copy, and the flag
#: its note must carry.
RECONSTRUCTED = ("procurement_share_of_output", "1960", "OCR-RECONSTRUCTED")


def build_grain(
    src: Path, national: list[dict[str, str]], notes: list[str], used: set[str]
) -> list[dict[str, str]]:
    """Every row of grain_procurement_trade.csv, tidy, with cross-checks against national_series.

    ``used`` collects the PERIOD_READINGS applied (checked once all tables are built).
    """
    rows = []
    for line, row in enumerate(read_rows(src / "grain_procurement_trade.csv"), start=2):
        rows.append(year_row(row, f"grain_procurement_trade.csv line {line}", used))

    by_key = {(r["series"], r["period"]): r for r in rows}
    output = {int(r["year"]): r for r in national}
    for year, column in PROCUREMENT_SHARE_BASIS.items():
        gross = by_key.get(("procurement_gross", str(year)))
        share = by_key.get(("procurement_share_of_output", str(year)))
        if gross is None or share is None:
            raise BuildError(f"procurement {year}: gross or share row missing")
        base = output[year][column or "grain_output_revised_mt"]
        implied = Decimal(gross["value"]) / Decimal(base) * 100
        same = abs(implied - Decimal(share["value"])) <= tolerance(share["value_as_printed"])
        if column is None:
            if same:
                raise BuildError(f"procurement {year} is listed as a mismatch but now agrees")
            notes.append(PROCUREMENT_1962_NOTE)
        elif not same:
            raise BuildError(
                f"procurement_share_of_output {year}: printed {share['value']} % but "
                f"{gross['value']} Mt / {base} Mt ({column}) = {implied:.2f} %"
            )
    for year in (1958, 1959, 1960):
        kept = output[year]["grain_output_old_official_mt"]
        row = by_key[("grain_output_old_official", str(year))]
        if not agree(row["value"], kept):
            raise BuildError(f"grain_output_old_official {year}: {row['value']} vs {kept}")

    series, period, flag = RECONSTRUCTED
    row = by_key.get((series, period))
    if row is None or flag not in row["note"]:
        raise BuildError(f"{series} {period}: the note must carry the flag {flag!r}")
    notes.append(
        f"{series} {period} = {row['value']} % is reconstructed from a garbled online copy of "
        f"Lin & Yang (2000) (the text reads '92.4%', a table fragment '32.42'); its note starts "
        f"with '{flag}'. Verify against the printed article before teaching it as a fact."
    )
    note_repeats(rows, notes)
    notes.append(
        "Every row of grain_procurement_trade.csv is kept; the older official grain output "
        "rows (1958-60) also feed national_series.grain_output_old_official_mt."
    )
    return rows


# communes ------------------------------------------------------------------------------------

COMMUNE_PRECISION = ("day", "month", "year", "end of year", "undated")

#: Dates that are not YYYY[-MM[-DD]], YYYY-MM/MM or YYYY-YYYY:
#: printed -> (date, date_end, precision, reading).
COMMUNE_DATE_READINGS = {
    "1958-end": ("1958-12-31", "", "end of year", "'1958-end' read as 31 December 1958"),
    "undated (commune era)": ("", "", "undated", "undated: no date given"),
    "1961-winter": ("1961-01-01", "", "year", "'1961-winter': only the year 1961 is kept"),
}

#: Rows about one area rather than all China (the source notes say PROVINCIAL).
COMMUNE_AREAS = {
    "ningxia_communes": "Ningxia",
    "shanghai_households_per_team": "Shanghai suburbs",
}


def commune_date(text: str, where: str, used: set[str]) -> tuple[str, str, str, str]:
    """Return (date, date_end, precision, reading) for a communes.csv date as printed."""
    printed = text.strip()
    if m := re.fullmatch(r"(\d{4})-(\d{2})/(\d{2})", printed):
        start, _ = normalise_date(f"{m[1]}-{m[2]}", where)
        end, _ = normalise_date(f"{m[1]}-{m[3]}", where)
        if end <= start:
            raise BuildError(f"{where}: {text!r} ends before it starts")
        return start, end, "month", ""
    if m := re.fullmatch(r"(\d{4})-(\d{4})", printed):
        if int(m[2]) <= int(m[1]):
            raise BuildError(f"{where}: {text!r} ends before it starts")
        return f"{m[1]}-01-01", f"{m[2]}-01-01", "year", ""
    if printed in COMMUNE_DATE_READINGS:
        used.add(printed)
        return COMMUNE_DATE_READINGS[printed]
    start, precision = normalise_date(printed, where)
    return start, "", precision, ""


def build_communes(src: Path, notes: list[str]) -> list[dict[str, str]]:
    """Every row of communes.csv with ISO dates, parsed values and the area it covers."""
    used: set[str] = set()
    rows = []
    for line, row in enumerate(read_rows(src / "communes.csv"), start=2):
        where = f"communes.csv line {line}"
        start, end, precision, reading = commune_date(row["date"], where, used)
        value, high, qualifier = parse_printed(row["value"], where)
        area = COMMUNE_AREAS.get(row["series"], "China")
        if ("PROVINCIAL" in row["note"]) != (area != "China"):
            raise BuildError(f"{where}: PROVINCIAL note and COMMUNE_AREAS disagree")
        rows.append(
            {
                "series": row["series"],
                "date": start,
                "date_end": end,
                "date_precision": precision,
                "date_as_printed": row["date"].strip(),
                "area": area,
                "value": fmt(value),
                "value_high": fmt(high),
                "qualifier": qualifier,
                "unit": row["unit"],
                "value_as_printed": row["value"].strip(),
                "source": row["source"],
                "where_found": row["where_found"],
                "cross_check": row["cross_check"],
                "note": with_note(row["note"], reading) if reading else row["note"],
            }
        )
    unused = sorted(set(COMMUNE_DATE_READINGS) - used)
    if unused:
        raise BuildError(f"COMMUNE_DATE_READINGS entries match no row: {unused}")

    by_key = {(r["series"], r["date_as_printed"]): r for r in rows}
    try:
        communes = Decimal(by_key[("communes_number", "1958-09-30")]["value"])
        households = by_key[("households_in_communes", "1958-09-30")]["value_as_printed"]
        average = Decimal(by_key[("households_per_commune_average", "1958-09/10")]["value"])
        share_sep = Decimal(by_key[("share_rural_households_in_communes", "1958-09-30")]["value"])
        share_end = Decimal(by_key[("share_rural_households_in_communes", "1958-end")]["value"])
    except KeyError as exc:
        raise BuildError(f"communes.csv: missing the 1958 row {exc}") from None
    implied = communes * average / Decimal(10) ** 6
    if not agree(fmt(implied), households):
        raise BuildError(
            f"communes 1958: {communes} communes x {average} households = {implied} million, "
            f"not {households} million"
        )
    if share_end < share_sep:
        raise BuildError("communes 1958: share of households falls from September to year end")
    notes.append(
        f"Checked: {fmt(communes)} communes x {fmt(average)} households per commune = "
        f"{implied:.1f} million households, {households} million as printed (Cliff 1960)."
    )
    notes.append(
        "Dates: 'YYYY-MM' and 'YYYY' become the first day of the period (as in timeline); "
        "'1958-09/10' is 1958-09-01 to 1958-10-01 (precision month); '1958-1983' is 1958-01-01 "
        "to 1983-01-01 (precision year); '1958-end' is 1958-12-31 (precision 'end of year'); "
        "the undated Countries Quest row has no date (precision 'undated'); date_as_printed "
        "keeps the date as the source prints it."
    )
    note_repeats(rows, notes, "date_as_printed")
    return rows


# output_indices ------------------------------------------------------------------------------

#: 'a:b' ratios printed as one value: series -> (first part's series, second's, unit).
RATIO_SERIES = {
    "light_heavy_industry_ratio": (
        "light_industry_share_of_gvio",
        "heavy_industry_share_of_gvio",
        "percent of gross value of industrial output",
    ),
}

#: Rows of output_indices.csv that repeat a figure in national_series_candidates.csv:
#: series here -> series there (values must be equal, year by year).
OUTPUT_CROSS_CHECKS = {
    "industrial_output_growth": "industrial_output_growth",
    "gross_value_industrial_output": "gross_value_industrial_output",
}


def build_output_indices(src: Path, notes: list[str], used: set[str]) -> list[dict[str, str]]:
    """The rows of output_indices.csv that value_added does not hold, tidy."""
    rows = []
    for line, row in enumerate(read_rows(src / "output_indices.csv"), start=2):
        if row["series"] in VA_SERIES:
            continue
        where = f"output_indices.csv line {line}"
        if row["series"] not in RATIO_SERIES:
            rows.append(year_row(row, where, used))
            continue
        parts = row["value"].strip().split(":")
        if len(parts) != 2:
            raise BuildError(f"{where}: ratio {row['value']!r} is not 'a:b'")
        a, b = (dec(p, where) for p in parts)
        if abs(a + b - 100) > Decimal("0.11"):
            raise BuildError(f"{where}: ratio {row['value']!r} does not add up to 100")
        first, second, unit = RATIO_SERIES[row["series"]]
        remark = f"printed as {row['series']} '{row['value'].strip()}' ({row['unit']})"
        for series, part in ((first, parts[0]), (second, parts[1])):
            split = year_row({**row, "value": part}, where, used)
            rows.append(
                {
                    **split,
                    "series": series,
                    "unit": unit,
                    "value_as_printed": row["value"].strip(),
                    "note": with_note(row["note"], remark),
                }
            )

    candidates = read_rows(src / "national_series_candidates.csv")
    for here, there in OUTPUT_CROSS_CHECKS.items():
        theirs = {r["year"]: r["value"] for r in candidates if r["series"] == there}
        for row in rows:
            if row["series"] == here and row["period"] in theirs:
                if not agree(row["value_as_printed"], theirs[row["period"]]):
                    raise BuildError(
                        f"{here} {row['period']}: {row['value']} here, "
                        f"{theirs[row['period']]} in national_series_candidates.csv"
                    )
    by_key = {(r["series"], r["period"]): Decimal(r["value"]) for r in rows}
    total = by_key[("gross_value_industrial_agricultural_output", "1965")]
    parts_1965 = (
        by_key[("gross_value_agricultural_output", "1965")]
        + by_key[("gross_value_industrial_output", "1965")]
    )
    if total != parts_1965:
        raise BuildError(f"output_indices 1965: GVIAO {total} != GVAO + GVIO {parts_1965}")
    notes.append(
        "Rows of output_indices.csv already in value_added (NBS CSY 1999 Table 3-1) are left "
        "out; every other row is kept. The light:heavy ratios ('33.4:66.6', '49:51') are split "
        "into light_industry_share_of_gvio and heavy_industry_share_of_gvio (value_as_printed "
        "keeps the ratio)."
    )
    notes.append(
        "Checked: LoC industrial growth 1958-60 and GVIO 1952, 1957 equal "
        "national_series_candidates.csv; GVIAO 1965 = GVAO + GVIO (1984 = 590 + 1394)."
    )
    notes.append(
        "Documented disagreements, kept as printed: LoC industrial growth 1958 +45 % against "
        "the course text's +55 % [S17]; heavy_industry_share 1960 52.1 % (base unclear) against "
        "heavy_industry_share_of_gvio 1960 66.6 %; gross_value_industrial_output_change "
        "1957-1960 '1.3 times' (ambiguous) against +84 % from compounding LoC growth."
    )
    return rows


# ---------------------------------------------------------------------------------------------
# excess_death_estimates
# ---------------------------------------------------------------------------------------------

DEATH_NUMBERS = (
    "excess_deaths_million",
    "excess_deaths_low_million",
    "excess_deaths_high_million",
    "lost_births_million",
)

#: How an estimate was made: a short fixed vocabulary (editorial, by the course team).
ESTIMATE_METHODS = {
    "official registration data": "excess deaths implied by the registered (official) deaths, "
    "not adjusted",
    "registration data adjusted for under-reporting": "registered deaths raised to allow for "
    "deaths that were never registered",
    "demographic reconstruction": "a reconstruction of the population whose inputs the row does "
    "not name",
    "provincial/local records": "built up from provincial or local records (e.g. county "
    "gazetteers)",
    "unpublished internal investigation": "an official investigation known only from someone's "
    "account of it",
    "adopts another estimate": "takes over another author's figure; not an independent estimate",
    "not stated": "the row's own text does not say how the figure was made",
}

#: The classification of every row, from the row's own text (author, title, venue, period,
#: note): (author starts with, year_published as printed) -> (method, data_basis, evidence).
#: ``evidence`` must occur in the row's text, so every label can be traced; "not stated" rows
#: need none. A row without an entry, or an entry without a row, stops the build.
DEATH_CLASSIFICATION = {
    ("Ashton, Basil", "1984"): ("not stated", "not stated", ""),
    ("Coale, Ansley", "1984"): (
        "registration data adjusted for under-reporting",
        "registered deaths (16 million excess), adjusted for under-registration",
        "16 million from registered deaths, adjusted to 27 million for under-registration",
    ),
    ("Banister, Judith", "1987"): (
        "registration data adjusted for under-reporting",
        "registered data (15 million excess), adjusted",
        "15 million from registered data, adjusted to 30 million",
    ),
    ("Peng Xizhe", "1987"): (
        "registration data adjusted for under-reporting",
        "reported deaths in 14 provinces (14.2 million), adjusted about 10 % for "
        "under-reporting and extrapolated nationally",
        "14.2 million reported deaths in 14 provinces, adjusted ~10% for under-reporting",
    ),
    ("Jiang Zhenghua", ""): ("not stated", "not stated", ""),
    ("Rummel, R. J.", "1991"): (
        "adopts another estimate",
        "Coale's estimate",
        'Adopts Coale as "a most likely figure"; not an independent estimate',
    ),
    ("Becker, Jasper", "1996"): (
        "adopts another estimate",
        "Banister's estimate",
        'Uses Banister as "the most reliable estimate we have"; not independent',
    ),
    ("Yao Shujie", "1999"): ("not stated", "not stated", ""),
    ("Houser, Daniel", "2009"): ("not stated", "not stated", ""),
    ("Cao Shuji", "2004"): ("not stated", "not stated", ""),
    ("Cao Shuji", "2005"): (
        "provincial/local records",
        "more than 1,000 county gazetteers, aggregated to Qing prefectures",
        "Built from >1,000 county gazetteers aggregated to Qing prefectures",
    ),
    ("Chang, Jung", "2005"): ("not stated", "not stated", ""),
    ("Yang Jisheng", "2008"): ("not stated", "not stated", ""),
    ("Dikötter, Frank", "2010"): ("not stated", "not stated", ""),
    ("Chen Yizi", ""): (
        "unpublished internal investigation",
        "an internal investigation team's unpublished report, as described by Chen Yizi",
        "hearsay of an unpublished report",
    ),
    ("Yu Xiguang", ""): ("not stated", "not stated", ""),
    ("US Bureau of the Census", "1987 (LoC text; year memory-unverified)"): (
        "demographic reconstruction",
        "not stated (a 'computer reconstruction'; its data are not named)",
        "computer reconstruction",
    ),
    ('"Conservative estimates"', "2011 (page update)"): ("not stated", "not stated", ""),
    ("Official statistics", "1983"): (
        "official registration data",
        "registered births and deaths, China Statistical Yearbook",
        "excess deaths implied by the registered (under-reported) vital statistics",
    ),
    ("Xia, Charles", "2021"): (
        "official registration data",
        "registered deaths, China Population Statistical Yearbook 1995, against a 1954-64 baseline",
        "Computed from registered deaths in China Population Statistical Yearbook 1995 against "
        "a 1954-64 baseline",
    ),
    ("Sun Jingxian", "2013"): ("not stated", "not stated", ""),
}

#: Rows about one province rather than all China: (author, year) -> (area, evidence).
DEATH_AREAS = {("Cao Shuji", "2004"): ("Sichuan", "Sichuan province only")}

DEATH_CLASSIFICATION_NOTES = (
    "Columns method, data_basis and area are editorial: assigned by the course team in "
    "scripts/build_data.py (DEATH_CLASSIFICATION, DEATH_AREAS) from the row's own text "
    "(author, title, venue, period, note) and nothing else. Each label other than 'not stated' "
    "names a phrase that must occur in that text, or the build stops.",
    "Where the row's text does not say how the estimate was made, method and data_basis say "
    "'not stated', even where the work is known for a method: add a sourced sentence to the "
    "row's note in shared/sources to change that.",
    "method vocabulary: "
    + "; ".join(f"'{name}' = {meaning}" for name, meaning in ESTIMATE_METHODS.items())
    + ". Considered and not used, because no row's own text supports them: 'reconstructed "
    "from censuses (cohort/back-projection)' and 'archival'.",
    "area is 'China' unless the row names a smaller area.",
)


def death_year(text: str, where: str) -> tuple[str, str]:
    """'1984' -> ('1984', ''); '2011 (page update)' -> ('2011', remark); '' -> ('', '')."""
    printed = text.strip()
    if not printed:
        return "", ""
    m = re.fullmatch(r"(\d{4})(\s*\(.*\))?", printed)
    if not m:
        raise BuildError(f"{where}: year_published {text!r} is not 'YYYY' or 'YYYY (remark)'")
    return m[1], (f"year_published printed as '{printed}'" if m[2] else "")


def build_deaths(src: Path, notes: list[str]) -> tuple[list[str], list[dict[str, str]]]:
    """Copy the estimates table: numbers checked, years as integers, editorial columns added."""
    path = src / "excess_death_estimates.csv"
    rows = read_rows(path)
    columns = list(rows[0])
    out = []
    used = set()
    for line, row in enumerate(rows, start=2):
        where = f"{path.name} line {line}"
        year, remark = death_year(row["year_published"], where)
        for col in DEATH_NUMBERS:
            if row[col].strip():
                row = {**row, col: fmt(dec(row[col], f"{where} {col}"))}
        low, high = row["excess_deaths_low_million"], row["excess_deaths_high_million"]
        if low and high and Decimal(low) > Decimal(high):
            raise BuildError(f"{where}: low above high")
        keys = [
            k
            for k in DEATH_CLASSIFICATION
            if row["author"].startswith(k[0]) and row["year_published"].strip() == k[1]
        ]
        if len(keys) != 1:
            raise BuildError(
                f"{where}: {len(keys)} DEATH_CLASSIFICATION entries match "
                f"{row['author']!r} ({row['year_published']!r})"
            )
        used.add(keys[0])
        method, basis, evidence = DEATH_CLASSIFICATION[keys[0]]
        text = " ".join(row[c] for c in ("author", "title", "venue", "period", "note"))
        if method not in ESTIMATE_METHODS:
            raise BuildError(f"{where}: method {method!r} is not in ESTIMATE_METHODS")
        if method != "not stated" and (not evidence or evidence not in text):
            raise BuildError(f"{where}: the evidence for {method!r} is not in the row's text")
        area, area_evidence = DEATH_AREAS.get(keys[0], ("China", ""))
        if area_evidence and area_evidence not in text:
            raise BuildError(f"{where}: the evidence for area {area!r} is not in the row's text")
        out.append(
            {
                **row,
                "year_published": year,
                "note": with_note(row["note"], remark) if remark else row["note"],
                "method": method,
                "data_basis": basis,
                "area": area,
            }
        )
    unused = sorted(set(DEATH_CLASSIFICATION) - used)
    if unused:
        raise BuildError(f"DEATH_CLASSIFICATION entries match no row: {unused}")
    notes.extend(DEATH_CLASSIFICATION_NOTES)
    return columns, out


# ---------------------------------------------------------------------------------------------
# Metadata
# ---------------------------------------------------------------------------------------------


def field(
    name,
    type_,
    title,
    description,
    unit=None,
    *,
    required=False,
    minimum=None,
    maximum=None,
    enum=None,
):
    """A Table Schema field with the custom ``unit`` property."""
    out = {"name": name, "type": type_, "title": title, "description": description}
    if unit is not None:
        out["unit"] = unit
    constraints = {"required": required}
    if minimum is not None:
        constraints["minimum"] = minimum
    if maximum is not None:
        constraints["maximum"] = maximum
    if enum is not None:
        constraints["enum"] = list(enum)
    out["constraints"] = constraints
    return out


def label(name, title, description, *, required=False, enum=None):
    return field(name, "string", title, description, required=required, enum=enum)


def year_field(low, high):
    return field(
        "year",
        "integer",
        "Year",
        "Calendar year.",
        "calendar year",
        required=True,
        minimum=low,
        maximum=high,
    )


def src_file(name: str, title: str, **extra) -> dict:
    return {"title": title, "path": f"{SOURCES_LABEL}/{name}", **extra}


def rows_sources(rows, title_key="source", path_key="where_found"):
    """Distinct (source, where found) pairs of a row-sourced table, in first-seen order."""
    seen = {}
    for row in rows:
        key = (row[title_key], row[path_key])
        if key not in seen:
            first = row[path_key].split(" ; ")[0].strip()
            seen[key] = {
                "title": row[title_key],
                "path": first,
                "where_found": row[path_key],
                "upstream_terms": WEB_TERMS,
            }
    return list(seen.values())


def death_sources(rows):
    """One source entry per estimate: author (year), title, venue; path = first page read."""
    out = []
    for row in rows:
        parts = [
            f"{row['author']} ({row['year_published'] or 'year not given'})",
            row["title"],
            row["venue"],
        ]
        out.append(
            {
                "title": ", ".join(p for p in parts if p),
                "path": row["how_found"].split(" ; ")[0].strip(),
                "where_found": row["how_found"],
                "upstream_terms": WEB_TERMS,
            }
        )
    return out


COW_SOURCE = {
    "title": "Correlates of War Project, National Material Capabilities (NMC) v6 (version 2021), "
    "variable irst (iron and steel production, thousand tonnes), China ccode 710; "
    "cite Singer (1987), International Interactions 14:115-32",
    "path": f"{SOURCES_LABEL}/cow_nmc/NMC-60-abridged.csv",
    "copied_from": "github.com/jcook125/Slide-Deck-Rmd NMC-60-abridged.csv at commit "
    "6792e68e819306c676ba2707fc80259842d815cd",
    "upstream_terms": "repository MIT (Jack Cook, 2023); the COW project's own terms of use "
    "for NMC were not checked: licence of the data unknown",
}
CSY1999_SOURCE = {
    "title": "National Bureau of Statistics, China Statistical Yearbook 1999: population, "
    "birth, death and natural increase rates (as reposted on a blog)",
    "path": "http://zh.wenxuecity.com/myblog/13522/200707/22496.html",
    "upstream_terms": WEB_TERMS,
}
BANISTER_SOURCE = {
    "title": "Banister, Judith (1984), 'An Analysis of Recent Data on the Population of China', "
    "Population and Development Review 10(2): 247-271, Table 5 p. 254 (registered and "
    "reconstructed rates), as mirrored by chinafamine.net",
    "path": "http://yhcw.net/famine/Research/Banister01.html",
    "upstream_terms": "journal article; licence of the mirror unknown; figures quoted with "
    "attribution",
}
SINA_SOURCE = {
    "title": "Sina blog table '中国历年粮食产量、人口和人均粮食量总览(1949-2014)' (2015; "
    "source not named on the page): revised official grain output",
    "path": "https://blog.sina.cn/dpool/blog/s/blog_bf7e568f0102whwl.html",
    "upstream_terms": WEB_TERMS,
}
SYB1984_SOURCE = {
    "title": "State Statistical Bureau, Statistical Yearbook of China 1984, pp. 83, 141, 190, as "
    "cited by a wiki-style article (older official grain output 1958, 1960; population, CDR)",
    "path": "http://famouschinese.com/virtual/Three_Years_of_Natural_Disasters",
    "upstream_terms": WEB_TERMS,
}
ZHOU_SOURCE = {
    "title": "Zhou Zhen 周震 (2009), 论《农业六十条》 (Xiangtan University), citing official "
    "statistics (older official grain output 1958-1960)",
    "path": "https://m.fx361.cc/news/2009/0405/20500057.html",
    "upstream_terms": WEB_TERMS,
}
NBS_VA_SOURCE = {
    "title": "National Bureau of Statistics, China Statistical Yearbook 1999 (English), Table 3-1 "
    "'Gross Domestic Product' (current prices, 100 million yuan)",
    "path": "http://www.stats.gov.cn/english/statisticaldata/yearlydata/YB1999e/c01e.htm",
    "upstream_terms": "official statistics published by the NBS; licence of the page not stated; "
    "figures quoted with attribution",
}


def national_fields(prov: dict[str, str]) -> list[dict]:
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
            "Iron and steel production",
            "COW NMC v6 irst for China (ccode 710), thousand tonnes / 1000. For 1958 the "
            "Shanghai Daily piece says only eight million tons 'was any use'. Cross-checked "
            f"with: {prov['steel']} (disagreements listed in notes).",
            "million tonnes",
            required=True,
            minimum=0,
        ),
    ]


def value_added_fields() -> list[dict]:
    unit = "100 million yuan (current prices)"
    desc = (
        "NBS, China Statistical Yearbook 1999, Table 3-1. Value added at current prices, "
        "not gross output and not real."
    )
    return [
        year_field(1952, 1962),
        field(
            "gdp_100m_yuan",
            "number",
            "Gross domestic product",
            desc,
            unit,
            required=True,
            minimum=0,
        ),
        field(
            "primary_va_100m_yuan",
            "number",
            "Primary industry value added (farming etc.)",
            desc + " A nominal rise can reflect higher farm prices, not output.",
            unit,
            required=True,
            minimum=0,
        ),
        field(
            "secondary_va_100m_yuan",
            "number",
            "Secondary industry value added",
            desc + " Industry plus construction.",
            unit,
            required=True,
            minimum=0,
        ),
        field(
            "industry_va_100m_yuan",
            "number",
            "Industry value added",
            desc,
            unit,
            required=True,
            minimum=0,
        ),
        field(
            "gdp_per_capita_yuan",
            "number",
            "GDP per person",
            desc,
            "yuan per person (current prices)",
            required=True,
            minimum=0,
        ),
    ]


BUILD_NOTE = (
    "Compiler's note, as in the source table; a remark added by the build (e.g. how a "
    "period or date was read) follows in '[build: ...]'."
)


def provenance_fields(note: str = "Compiler's note, as in the source table.") -> list[dict]:
    return [
        label(
            "source",
            "Source",
            "The printed or online publication the figure comes from.",
            required=True,
        ),
        label("where_found", "Where found", "Web address(es) where the figure was read."),
        label(
            "cross_check",
            "Cross-check",
            "A second source that agrees or disagrees, or 'single source'.",
        ),
        label("note", "Note", note),
    ]


def first_plan_fields() -> list[dict]:
    return [
        label(
            "indicator",
            "Indicator",
            "Short name of the figure, as in first_plan.csv.",
            required=True,
        ),
        label(
            "period",
            "Period",
            "Year or span the figure refers to, as printed "
            "(e.g. '1953-1957', '1956', 'to mid-1960').",
            required=True,
        ),
        field(
            "value",
            "number",
            "Value",
            "The number as printed; for a range its lower end; "
            "for '>50' the bound 50 (see qualifier).",
            "given in the unit column",
            required=True,
        ),
        field(
            "value_high",
            "number",
            "Upper end of a range",
            "Empty unless the source prints a range (e.g. '10.6-12').",
            "given in the unit column",
        ),
        label(
            "qualifier",
            "Qualifier",
            "'' or 'more than' (the source prints '>value').",
            enum=("", "more than"),
        ),
        label("unit", "Unit", "Unit of value and value_high, as printed.", required=True),
        label(
            "kind",
            "Kind",
            "'plan' for First Plan plans and targets (ffyp_planned_*, "
            "ffyp_target_*), 'target' for Second Plan targets, 'outcome' for results.",
            required=True,
            enum=("plan", "outcome", "target"),
        ),
        *provenance_fields(),
    ]


def timeline_fields() -> list[dict]:
    return [
        label("event", "Event", "What happened, in a line.", required=True),
        field(
            "date_start",
            "date",
            "Start date",
            "ISO date; a month or year given alone becomes its first day (see date_precision).",
            required=True,
        ),
        field(
            "date_end",
            "date",
            "End date",
            "ISO date, empty for a one-day event or an unknown end; same normalisation.",
        ),
        label(
            "date_precision",
            "Date precision",
            "How much of the date the sources give: 'day', 'month' or 'year' (the coarser of "
            "start and end).",
            required=True,
            enum=PRECISION_ORDER,
        ),
        label(
            "theme",
            "Theme",
            "One theme per event, assigned in scripts/build_data.py (TIMELINE_THEMES).",
            required=True,
            enum=THEMES,
        ),
        field(
            "value",
            "number",
            "Figure attached to the event",
            "A number the event is known for (a target, a count); empty if none.",
            "given in the unit column",
        ),
        label("unit", "Unit", "Unit of value, as printed."),
        *provenance_fields(),
    ]


def deaths_fields(columns: list[str]) -> list[dict]:
    fields = {
        "author": label(
            "author", "Author(s)", "Author or body making the estimate.", required=True
        ),
        "year_published": field(
            "year_published",
            "integer",
            "Year published",
            "Year of publication; empty where the source table gives none. A remark printed "
            "with the year (e.g. '2011 (page update)') is moved to the end of note.",
            "calendar year",
            minimum=1959,
            maximum=2030,
        ),
        "title": label("title", "Title", "Title of the work."),
        "venue": label("venue", "Venue", "Journal, publisher or page."),
        "excess_deaths_million": field(
            "excess_deaths_million",
            "number",
            "Excess deaths (central estimate)",
            "Deaths above a normal level during the famine; empty if only a range is given.",
            "million persons",
            minimum=0,
        ),
        "excess_deaths_low_million": field(
            "excess_deaths_low_million",
            "number",
            "Excess deaths, low end",
            "Low end of a range or a stated lower bound; empty if none.",
            "million persons",
            minimum=0,
        ),
        "excess_deaths_high_million": field(
            "excess_deaths_high_million",
            "number",
            "Excess deaths, high end",
            "High end of a range; empty if none.",
            "million persons",
            minimum=0,
        ),
        "period": label("period", "Period", "Years the estimate covers, as described."),
        "lost_births_million": field(
            "lost_births_million",
            "number",
            "Lost or postponed births",
            "Births below a normal level; empty where the source gives none.",
            "million births",
            minimum=0,
        ),
        "how_found": label("how_found", "How found", "Page(s) where the estimate was read."),
        "cross_checked_with": label(
            "cross_checked_with",
            "Cross-checked with",
            "A second page giving the same figure, if any.",
        ),
        "note": label(
            "note",
            "Note",
            "Compiler's note; a remark printed with the year follows in '[build: ...]'.",
        ),
    }
    if list(fields) != columns:
        raise BuildError(f"excess_death_estimates.csv columns changed: {columns}")
    editorial = "Editorial (course team), from the row's own text only; see notes."
    return [
        *fields.values(),
        label(
            "method",
            "Method (editorial)",
            f"How the estimate was made, in a fixed vocabulary. {editorial}",
            required=True,
            enum=ESTIMATE_METHODS,
        ),
        label(
            "data_basis",
            "Data basis (editorial)",
            "What the estimate is built from, in a phrase, or 'not stated'. " + editorial,
            required=True,
        ),
        label(
            "area",
            "Area covered (editorial)",
            "'China' unless the row names a smaller area (e.g. 'Sichuan'). " + editorial,
            required=True,
        ),
    ]


def long_value_fields() -> list[dict]:
    """value, value_high, qualifier, unit and value_as_printed, shared by the long tables."""
    return [
        field(
            "value",
            "number",
            "Value",
            "The number as printed (negative for a fall); for a range its lower end; for "
            "'26000+' the bound 26000 (see qualifier).",
            "given in the unit column",
            required=True,
        ),
        field(
            "value_high",
            "number",
            "Upper end of a range",
            "Empty unless the source prints a range (e.g. '30-37').",
            "given in the unit column",
        ),
        label(
            "qualifier",
            "Qualifier",
            "'' or 'more than' (the source prints 'value+').",
            enum=("", "more than"),
        ),
        label("unit", "Unit", "Unit of value and value_high, as printed.", required=True),
        label(
            "value_as_printed",
            "Value as printed",
            "The source's value text, unparsed (e.g. '30-37', '26000+', '33.4:66.6').",
            required=True,
        ),
    ]


def series_field(name: str) -> dict:
    return label(
        "series",
        "Series",
        f"What the figure measures: the series name of {name}, except where notes say.",
        required=True,
    )


def year_span_fields(low: int, high: int) -> list[dict]:
    return [
        field(
            "year",
            "integer",
            "Year (first)",
            "The year the figure refers to; for a span, its first year.",
            "calendar year",
            required=True,
            minimum=low,
            maximum=high,
        ),
        field(
            "year_end",
            "integer",
            "Last year",
            "Last year of the span; equal to year for a single year (a change 'vs 1957' over "
            "1957-1960 has year 1957, year_end 1960).",
            "calendar year",
            required=True,
            minimum=low,
            maximum=high,
        ),
        label(
            "period",
            "Period as printed",
            "The year or span as the source table prints it (e.g. '1959', '1961-1965', "
            "'1960s', '1961/62 grain year'); readings of the irregular ones are in note.",
            required=True,
        ),
    ]


def grain_fields() -> list[dict]:
    return [
        series_field("grain_procurement_trade.csv"),
        *year_span_fields(1952, 1969),
        *long_value_fields(),
        *provenance_fields(BUILD_NOTE),
    ]


def output_fields() -> list[dict]:
    return [
        series_field("output_indices.csv"),
        *year_span_fields(1952, 1966),
        *long_value_fields(),
        *provenance_fields(BUILD_NOTE),
    ]


def commune_fields() -> list[dict]:
    return [
        series_field("communes.csv"),
        field(
            "date",
            "date",
            "Date",
            "ISO date; a month or year given alone becomes its first day, 'end of 1958' "
            "becomes 1958-12-31; empty for the undated row (see date_precision).",
        ),
        field(
            "date_end",
            "date",
            "End date",
            "ISO date for a span (e.g. August-October 1958), same normalisation; else empty.",
        ),
        label(
            "date_precision",
            "Date precision",
            "How much of the date the source gives: 'day', 'month', 'year', 'end of year' or "
            "'undated'.",
            required=True,
            enum=COMMUNE_PRECISION,
        ),
        label(
            "date_as_printed",
            "Date as printed",
            "The date as communes.csv prints it (e.g. '1958-09/10', '1958-end').",
            required=True,
        ),
        label(
            "area",
            "Area",
            "'China' for national figures; the province or district for local examples.",
            required=True,
        ),
        *long_value_fields(),
        *provenance_fields(BUILD_NOTE),
    ]


def resource(
    name, title, description, fields, rows, sources, claims, primary_key, notes=(), summary=""
):
    columns = [f["name"] for f in fields]
    data = csv_bytes(columns, rows)
    keys = [tuple(r[k] for k in primary_key) for r in rows]
    if len(set(keys)) != len(keys):
        raise BuildError(f"{name}: primary key {primary_key} is not unique")
    res = {
        "name": name,
        "path": f"{name}.csv",
        "profile": "tabular-data-resource",
        "title": title,
        "description": description,
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "bytes": len(data),
        "hash": sha256(data),
        "rows": len(rows),
        "licenses": [CC_BY],
        "sources": sources,
        "source_summary": summary,
        "claims": claims,
        "schema": {"fields": fields, "missingValues": [""], "primaryKey": list(primary_key)},
    }
    if notes:
        res["notes"] = list(notes)
    return res, data


def build(src: Path, out: Path) -> dict:
    """Build every table from ``src`` and write them with the descriptor into ``out``."""
    national_notes: list[str] = []
    plan_notes: list[str] = []
    national, prov = build_national(src, national_notes)
    value_added = build_value_added(src, national)
    first_plan = build_first_plan(src, value_added, plan_notes)
    timeline = build_timeline(src)
    grain_notes: list[str] = []
    commune_notes: list[str] = []
    output_notes: list[str] = []
    death_notes: list[str] = []
    periods_used: set[str] = set()
    grain = build_grain(src, national, grain_notes, periods_used)
    communes = build_communes(src, commune_notes)
    outputs = build_output_indices(src, output_notes, periods_used)
    check_readings_used(periods_used)
    death_columns, deaths = build_deaths(src, death_notes)

    compiled = "compiled by the course team; CC BY 4.0 with this package"
    resources = [
        resource(
            "national_series",
            "China: population, vital rates, grain and steel, 1949-1966",
            "One row per year. Official year-end population and registered birth and death "
            "rates; Banister's (1984) reconstructed rates, which correct for under-registration; "
            "grain output in the revised official series and in the older official figures; "
            "iron and steel production (COW NMC v6).",
            national_fields(prov),
            national,
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
                    upstream_terms=compiled,
                ),
                src_file(
                    "grain_procurement_trade.csv",
                    "Grain procurement, trade and output (older official grain rows)",
                    upstream_terms=compiled,
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
            national_notes,
            "China Statistical Yearbook 1999 (population, registered rates); Banister (1984), "
            "PDR 10(2) (reconstructed rates); revised official grain series (Sina table) and "
            "older official figures (SYB 1984; Zhou Zhen 2009); COW NMC v6 (steel)",
        ),
        resource(
            "value_added",
            "China: GDP and value added at current prices, 1952-1962",
            "NBS value added by sector at current prices (100 million yuan) and GDP per person "
            "(yuan). Nominal: price changes are mixed in with output changes.",
            value_added_fields(),
            value_added,
            [
                NBS_VA_SOURCE,
                src_file(
                    "output_indices.csv", "Output indices and value added", upstream_terms=compiled
                ),
            ],
            {
                "S1": "industry vs agriculture growth in the First Plan",
                "S17": "industry value added in 1958 (nominal; compare the text's +55 % gross)",
                "S19": "primary value added 1959-61 (nominal; compare the text's -14/-13/-2 %)",
                "S23": "industry value added rising to 1960",
                "S24": "industry value added falling in 1961-62 (compare the text's -38/-16 %)",
            },
            ["year"],
            summary="NBS, China Statistical Yearbook 1999 (English), Table 3-1",
        ),
        resource(
            "first_plan",
            "First Five-Year Plan (1953-57): plans, outcomes, Second Plan targets",
            "Long table, one figure per row, with its unit, whether it is a plan, an outcome or "
            "a target, and its source. Values are numbers; '>50' is value 50 with qualifier "
            "'more than'; a range 'a-b' is value a and value_high b.",
            first_plan_fields(),
            first_plan,
            [
                *rows_sources(first_plan),
                src_file("first_plan.csv", "First Plan table", upstream_terms=compiled),
            ],
            {
                "S1": "First Plan's heavy-industry priority and its outcomes",
                "S3": "Second Plan targets (abandoned in 1958)",
                "S5": "planned outlay and capital construction",
                "S23": "First Plan projects completed (plants coming into production)",
            },
            ["indicator", "period"],
            plan_notes,
            "one source per row: ChinaKnowledge (citing Guillermaz 1976), China Daily 2006, a "
            "Taylor & Francis chapter abstract, Library of Congress Country Study, NBS CSY 1999, "
            "China.org.cn, People's Daily",
        ),
        resource(
            "timeline",
            "Timeline of events, 1953-1964",
            "Dated events with normalised ISO dates, the precision the sources give, one theme "
            "each, and the source of each date.",
            timeline_fields(),
            timeline,
            [
                *rows_sources(timeline),
                src_file("timeline.csv", "Timeline table", upstream_terms=compiled),
            ],
            {
                "S2": "1957 decentralisation",
                "S3": "Second Plan overtaken in 1958",
                "S4": "General Line and mass mobilisation",
                "S8": "communes (Beidaihe 1958)",
                "S13": "speed of communisation in 1958",
                "S14": "retreat 1959-61",
                "S22": "grain imports from 1961",
                "S24": "Soviet experts recalled in mid-1960",
            },
            ["event", "date_start"],
            summary="one source per row: mainly Chinese official chronologies (Institute of "
            "Contemporary China Studies, CPC News, People's Daily), the Liu Shaoqi and Zhang "
            "Wentian chronologies, the 9th Plenum communique; Dikötter (2010), Yang Jisheng",
        ),
        resource(
            "excess_death_estimates",
            "Published estimates of famine excess deaths",
            "One row per published estimate, with the period it covers, a range where given, "
            "and where it was read. Copied from the source table; numbers normalised, "
            "year_published an integer. Three editorial columns follow: method (a fixed "
            "vocabulary), data_basis and area, assigned from each row's own text ('not "
            "stated' where it does not say).",
            deaths_fields(death_columns),
            deaths,
            [
                *death_sources(deaths),
                src_file("excess_death_estimates.csv", "Estimates table", upstream_terms=compiled),
            ],
            {
                "S21": "'more than 14 million' deaths and ~23 million fewer births, against later "
                "estimates (method and data_basis say how each was made, where the row says)",
                "S20": "why registered death rates understate deaths",
            },
            ["author", "year_published"],
            death_notes,
            "one published estimate per row (author, year, venue); how_found names the "
            "page where it was read; method, data_basis and area are editorial",
        ),
        resource(
            "grain_procurement_trade",
            "Grain procurement, trade and food supply, 1952-1967",
            "Long table, one sourced figure per row: state procurement (gross) and its share "
            "of output, net exports and imports, the 1961 Canadian contract, older official "
            "output, per-capita supply and consumption. Every row of the source table is "
            "kept; where sources disagree (e.g. 1961 imports: Lin & Yang 4.5 Mt, Price "
            "6.2 Mt) each is a separate row naming its source. A span is year..year_end.",
            grain_fields(),
            grain,
            [
                *rows_sources(grain),
                src_file(
                    "grain_procurement_trade.csv",
                    "Grain procurement and trade table",
                    upstream_terms=compiled,
                ),
            ],
            {
                "S18": "procurement rising to 37.7 % of output in 1959 while output fell: the "
                "context of the farm crisis",
                "S19": "older official grain output 1958-60 and per-capita supply falls",
                "S22": "grain imports from 1961 (4.5 or 6.2 Mt in 1961, 5.32 Mt in 1962, about "
                "30 Mt over 1961-65; wheat 4-5 Mt a year)",
            },
            ["series", "period", "source"],
            grain_notes,
            "one source per row: China Statistical Yearbook 1993 via G. K. Heilig (IIASA); "
            "Lin & Yang (2000), Economic Journal; Dikötter (2010); Robert Price via a mailing "
            "list; China Quarterly (1971); Library of Congress Country Study; Blacklock's; "
            "Zhou Zhen (2009); Chinese secondary summaries",
        ),
        resource(
            "communes",
            "People's communes: numbers, households and size, 1958-1983",
            "Long table, one sourced figure per row, dated: communes and households in "
            "communes at the end of September and the end of 1958, the cooperatives merged, "
            "later counts and typical sizes, and two local examples of the 1961 down-sizing "
            "(area names them). '26000+' is value 26000 with qualifier 'more than'; a range "
            "'a-b' is value a and value_high b.",
            commune_fields(),
            communes,
            [
                *rows_sources(communes),
                src_file("communes.csv", "Communes table", upstream_terms=compiled),
            ],
            {
                "S8": "the leap to people's communes in 1958",
                "S9": "commune size: about 4,600 households, or about 25,000 people, per commune "
                "in 1958",
                "S11": "production teams of about 30 households (Shanghai suburbs; Ningxia 33)",
                "S13": "26,425 communes holding 98.2 % of rural households by end-September 1958",
                "S14": "smaller communes and teams after 1961 (Ningxia, Shanghai examples)",
                "S15": "communes lasting to 1983 (50,000-90,000 over 1958-83)",
            },
            ["series", "date_as_printed"],
            commune_notes,
            "one source per row: Cliff (1960), International Socialism, citing Chinese "
            "reports; People's Daily 'history today'; lishiquanzhi.com; BBC (2002); "
            "Wikipedia; Countries Quest; Ningxia and Shanghai local gazetteer excerpts",
        ),
        resource(
            "output_indices",
            "Gross output, growth, structure and investment, 1952-1966",
            "Long table, one sourced figure per row: the rows of output_indices.csv that "
            "value_added does not hold. Library of Congress industrial growth 1958-60, gross "
            "output values and changes, agriculture's share of GVIAO, light and heavy "
            "industry's shares of GVIO, capital construction investment 1960-62, 1958 targets. "
            "Disagreements are kept as printed and named in notes.",
            output_fields(),
            outputs,
            [
                *rows_sources(outputs),
                src_file(
                    "output_indices.csv", "Output indices and value added", upstream_terms=compiled
                ),
            ],
            {
                "S4": "1958 targets announced early in the year (BBC)",
                "S17": "industrial growth in 1958: LoC +45 % against the text's +55 %",
                "S19": "gross agricultural output -12.6 % in 1960 and -22.7 % over 1957-60",
                "S23": "industry still growing in 1959 (+22 %) and 1960 (+4 %); heavy industry "
                "two thirds of GVIO in 1960",
                "S24": "capital construction cut from 388.7 to 71.26 (100 million yuan) in "
                "1960-62; the Second Plan's 1.63 % a year",
            },
            ["series", "period"],
            output_notes,
            "one source per row: Library of Congress Country Study; a Taylor & Francis "
            "chapter abstract; Chinese economic-history texts (doosho.cn, ulib.interlib.cn, "
            "szzy.7lue.cn); a secondary summary (Reportify/Sohu); BBC (2002)",
        ),
    ]

    inputs = sorted(
        p.relative_to(src).as_posix()
        for p in src.rglob("*.csv")
        if p.name
        in {
            "national_series_candidates.csv",
            "grain_procurement_trade.csv",
            "output_indices.csv",
            "communes.csv",
            "first_plan.csv",
            "timeline.csv",
            "excess_death_estimates.csv",
            "NMC-60-abridged.csv",
        }
    )
    descriptor = {
        "profile": "tabular-data-package",
        "name": "great-leap-forward-course-data",
        "title": "Data for the course on China's Great Leap Forward (1958-60) and the famine",
        "description": "Tidy tables built by scripts/build_data.py from hand-compiled sources "
        "(shared/sources). Every figure names its source; units are in column names and in "
        "each field's 'unit'. Load with helpers.data.load(name), which checks hashes, columns, "
        "types and constraints.",
        "licenses": [CC_BY],
        "sources": [
            CSY1999_SOURCE,
            SYB1984_SOURCE,
            BANISTER_SOURCE,
            SINA_SOURCE,
            ZHOU_SOURCE,
            COW_SOURCE,
            NBS_VA_SOURCE,
            {
                "title": "Per-row sources of first_plan, timeline, excess_death_estimates, "
                "grain_procurement_trade, communes and output_indices: see each resource's "
                "sources and the source columns",
                "path": f"{SOURCES_LABEL}/README.md",
                "upstream_terms": compiled,
            },
        ],
        "build": {
            "script": "scripts/build_data.py",
            "command": "python scripts/build_data.py --sources ../shared/sources",
            "inputs": [
                {"path": f"{SOURCES_LABEL}/{name}", "hash": sha256((src / name).read_bytes())}
                for name in inputs
            ],
        },
        "resources": [res for res, _ in resources],
    }

    out.mkdir(parents=True, exist_ok=True)
    for res, data in resources:
        (out / res["path"]).write_bytes(data)
    text = json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n"
    (out / "datapackage.json").write_bytes(text.encode("utf-8"))
    (out / "README.md").write_bytes(readme(descriptor).encode("utf-8"))
    return descriptor


def readme(descriptor: dict) -> str:
    """data/README.md, generated from the descriptor so the two never drift."""
    lines = [
        "# data/",
        "",
        "Tidy tables for the course, built by `scripts/build_data.py` from the hand-compiled",
        "sources in `../shared/sources` (see its README for how each figure was found and",
        "checked). **Do not edit these files by hand**: `helpers.data.load()` refuses a file whose",
        "sha256 differs from `datapackage.json`. This README is generated too.",
        "",
        "| file | rows | what it holds | units | claims | sources | licence |",
        "|---|---|---|---|---|---|---|",
    ]
    for res in descriptor["resources"]:
        units = sorted({f["unit"] for f in res["schema"]["fields"] if f.get("unit")})
        upstream = res["source_summary"]
        lines.append(
            f"| `{res['path']}` | {res['rows']} | {res['title']} | {'; '.join(units)} | "
            f"{', '.join(sorted(res['claims'], key=lambda c: int(c[1:])))} | "
            f"{upstream} | CC BY 4.0 (compilation); upstream terms in `datapackage.json` |"
        )
    lines += [
        "",
        "Licence: our compilation is CC BY 4.0. Upstream terms are noted per source in",
        "`datapackage.json` (`upstream_terms`); where a licence is unknown it says so (for",
        "example the COW project's own terms for NMC were not checked).",
        "",
        "## Columns",
        "",
    ]
    for res in descriptor["resources"]:
        lines += [
            f"### {res['name']}",
            "",
            res["description"],
            "",
            "Supports: "
            + "; ".join(
                f"[{c}] {res['claims'][c]}" for c in sorted(res["claims"], key=lambda c: int(c[1:]))
            )
            + ".",
            "",
            "| column | type | unit | meaning |",
            "|---|---|---|---|",
        ]
        for f in res["schema"]["fields"]:
            meaning = f["description"].replace("|", "\\|")
            lines.append(f"| `{f['name']}` | {f['type']} | {f.get('unit', '')} | {meaning} |")
        lines.append("")
        if res.get("notes"):
            lines += ["Build notes:", ""] + [f"- {n}" for n in res["notes"]] + [""]
    lines += [
        "## Rebuild",
        "",
        "```bash",
        ".venv/bin/python scripts/build_data.py --sources ../shared/sources",
        "```",
        "",
        "The build is deterministic; `tests/test_data.py` rebuilds into a temporary folder and",
        "compares byte for byte. The conversions (10,000 persons -> million, thousand tonnes ->",
        "million tonnes), the choice among sources, the checks that stop the build, the timeline",
        "themes, the parsing of first-plan values and of the long tables' values, periods and",
        "dates, and the editorial classification of the death estimates are documented at the",
        "top of the script. Claim ids (S1-S24) refer to the course's source text",
        "(`source-text/`).",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sources",
        type=Path,
        default=DEFAULT_SOURCES,
        help="folder with the source CSVs (default: ../shared/sources)",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=DEFAULT_OUT,
        help="folder to write the tables into (default: data/)",
    )
    args = parser.parse_args(argv)
    try:
        descriptor = build(args.sources.resolve(), args.out)
    except BuildError as exc:
        print(f"build_data: {exc}", file=sys.stderr)
        return 1
    for res in descriptor["resources"]:
        print(f"{res['path']}: {res['rows']} rows, {res['bytes']} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
