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
``excess_death_estimates.csv``  published estimates of excess deaths
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
# excess_death_estimates
# ---------------------------------------------------------------------------------------------

DEATH_NUMBERS = (
    "excess_deaths_million",
    "excess_deaths_low_million",
    "excess_deaths_high_million",
    "lost_births_million",
)


def build_deaths(src: Path) -> tuple[list[str], list[dict[str, str]]]:
    """Copy the estimates table, checking that the numeric columns are numbers."""
    path = src / "excess_death_estimates.csv"
    rows = read_rows(path)
    columns = list(rows[0])
    out = []
    for line, row in enumerate(rows, start=2):
        for col in DEATH_NUMBERS:
            if row[col].strip():
                row = {**row, col: fmt(dec(row[col], f"{path.name} line {line} {col}"))}
        low, high = row["excess_deaths_low_million"], row["excess_deaths_high_million"]
        if low and high and Decimal(low) > Decimal(high):
            raise BuildError(f"{path.name} line {line}: low above high")
        out.append(row)
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


def provenance_fields() -> list[dict]:
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
        label("note", "Note", "Compiler's note, as in the source table."),
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
        "year_published": label(
            "year_published",
            "Year published",
            "As printed in the source table; text, because some entries "
            "carry a remark or are empty.",
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
        "note": label("note", "Note", "Compiler's note."),
    }
    if list(fields) != columns:
        raise BuildError(f"excess_death_estimates.csv columns changed: {columns}")
    return list(fields.values())


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
    death_columns, deaths = build_deaths(src)

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
            "and where it was read. Copied from the source table; numbers normalised.",
            deaths_fields(death_columns),
            deaths,
            [
                *death_sources(deaths),
                src_file("excess_death_estimates.csv", "Estimates table", upstream_terms=compiled),
            ],
            {
                "S21": "'more than 14 million' deaths and ~23 million fewer births, against later "
                "estimates",
                "S20": "why registered death rates understate deaths",
            },
            ["author", "year_published"],
            summary="one published estimate per row (author, year, venue); how_found names the "
            "page where it was read",
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
                "title": "Per-row sources of first_plan, timeline and "
                "excess_death_estimates: see each resource's sources and the source "
                "columns",
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
        "| file | rows | what it holds | units | sources | licence |",
        "|---|---|---|---|---|---|",
    ]
    for res in descriptor["resources"]:
        units = sorted({f["unit"] for f in res["schema"]["fields"] if f.get("unit")})
        upstream = res["source_summary"]
        lines.append(
            f"| `{res['path']}` | {res['rows']} | {res['title']} | {'; '.join(units)} | "
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
        "themes and the parsing of first-plan values are documented at the top of the script.",
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
