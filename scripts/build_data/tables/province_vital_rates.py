"""province_vital_rates: registered crude death rates and year-end population by province.

Inputs: MQY's replication panel (``provinces/mqy2015_rART.csv``) and the second sources
(``provinces/provincial_demography_cdr_second_sources.csv``: Sun Jingxian's tables, the Anhui
gazetteer as he tabulates it, the Fujian yearbook; ``provinces/provincial_series_candidates_cdr.csv``:
Yang Jisheng's Tombstone table for Sichuan and Henan). One row per province, year and source,
so that disagreements show beside each other.

Derivation of the MQY rows (as in the round-2 README): ``ldeath_b`` in the row of year *t* is
the log of deaths in year *t+1* and ``ltotpop`` the log of the year-end population (10,000
persons) of *t*, so ``exp(ldeath_b - ltotpop) * 10`` is the registered crude death rate per
1,000 of year **t+1**, assigned to t+1 (1954-1983). The recovered rates sit on a two-decimal
grid: the build rounds them to 2 decimals and stops if any was more than ``GRID`` from it.
``population_yearend_10k`` is ``exp(ltotpop)`` of year t, rounded to 0.1 (it is on no grid;
the year-end concept is inferred from exact matches with Tombstone and the Anhui gazetteer).

Checks: every second-source rate is compared with MQY's for the same province and year; a
difference above ``LARGE`` per 1,000 must be one of ``KNOWN_LARGE`` (the disagreements the
round-2 README lists) and every listed one must still disagree, else the build stops.
"""

from __future__ import annotations

from decimal import Decimal

from ..common import BuildError, Context, Table, dec, fmt
from ..descriptor import field, label, resource, year_field
from ..provinces import (
    FUJIAN_SOURCE,
    MQY_SOURCE,
    ROUND1,
    SECOND,
    SUN_SOURCE,
    TOMBSTONE_SOURCE,
    english_codes,
    exp_exact,
    exp_rounded,
    mqy_rows,
)

NAME = "province_vital_rates"
NEEDS = ("province_codes",)
MQY_LABEL = "MQY 2015 panel"
#: The source labels (a vocabulary), each with the prefix of the raw ``source`` text it reads.
SOURCES = {
    MQY_LABEL: "",
    "Sun Jingxian 2012": "Sun Jingxian",
    "Anhui gazetteer 1996": "安徽省志",
    "Fujian yearbook": "Fujian Statistical Yearbook",
    "Tombstone (Yang Jisheng)": "web page (online copy of Yang Jisheng",
}
GRID = Decimal("0.002")
LARGE = Decimal("1.0")
#: (code, year, source): second-source rates more than LARGE per 1,000 from MQY's.
KNOWN_LARGE = {
    ("52", 1955, "Sun Jingxian 2012"),
    ("52", 1960, "Sun Jingxian 2012"),
    ("52", 1961, "Sun Jingxian 2012"),
}


def _mqy(ctx: Context) -> dict[tuple[str, int], dict[str, str]]:
    out: dict[tuple[str, int], dict[str, str]] = {}
    for row in mqy_rows(ctx):
        code, year = row["gb_code"], int(row["year"])
        where = f"MQY {row['province']} {year}"
        exact = exp_exact(row["ldeath_b"]) / exp_exact(row["ltotpop"]) * 10
        cdr = exact.quantize(Decimal("0.01"))
        if abs(exact - cdr) > GRID:
            raise BuildError(f"{where}: recovered death rate {exact:.4f} is off the 0.01 grid")
        out.setdefault((code, year + 1), {})["cdr"] = fmt(cdr)
        out.setdefault((code, year), {})["pop"] = fmt(exp_rounded(row["ltotpop"], 1, where))
    return out


def _label(source: str, where: str) -> str:
    for name, prefix in SOURCES.items():
        if prefix and source.startswith(prefix):
            return name
    raise BuildError(f"{where}: source {source[:40]!r} is not one of {list(SOURCES)}")


def _others(ctx: Context) -> list[tuple[str, int, str, str]]:
    by_name = english_codes(ctx)
    out = []
    for name in (SECOND, ROUND1):
        for row in ctx.read(name):
            where = f"{name} {row['province']} {row['year']}"
            source = row.get("source") or row.get("source_repo", "")
            code = by_name.get(row["province"])
            if code is None or row["series"] != "crude_death_rate":
                raise BuildError(f"{where}: not a crude death rate of a known province")
            out.append(
                (code, int(row["year"]), _label(source, where), fmt(dec(row["value"], where)))
            )
    return out


def rate_rows(ctx: Context) -> list[dict[str, str]]:
    mqy = _mqy(ctx)
    rows = [
        {
            "gb_code": c,
            "year": str(y),
            "source": MQY_LABEL,
            "cdr_per_1000": v.get("cdr", ""),
            "population_yearend_10k": v.get("pop", ""),
        }
        for (c, y), v in mqy.items()
    ]
    large = set()
    for code, year, source, value in _others(ctx):
        theirs = mqy.get((code, year), {}).get("cdr")
        if theirs and abs(Decimal(theirs) - Decimal(value)) > LARGE:
            large.add((code, year, source))
        rows.append(
            {
                "gb_code": code,
                "year": str(year),
                "source": source,
                "cdr_per_1000": value,
                "population_yearend_10k": "",
            }
        )
    if large != KNOWN_LARGE:
        raise BuildError(
            f"province_vital_rates: disagreements beyond {LARGE} per 1,000 are {sorted(large)}, "
            f"not the KNOWN_LARGE {sorted(KNOWN_LARGE)}"
        )
    order = list(SOURCES)
    rows.sort(key=lambda r: (r["gb_code"], int(r["year"]), order.index(r["source"])))
    return rows


def fields() -> list[dict]:
    return [
        label(
            "gb_code", "GB/T 2260 code", "Two-digit province code (province_codes).", required=True
        ),
        year_field(1952, 1983),
        label(
            "source",
            "Source",
            f"Where the row's figures come from; '{MQY_LABEL}' rows are "
            "derived from Meng, Qian & Yared's logs (see the table's notes).",
            required=True,
            enum=tuple(SOURCES),
        ),
        field(
            "cdr_per_1000",
            "number",
            "Registered crude death rate",
            "Deaths registered in the year per 1,000 people. MQY rows: "
            "exp(ldeath_b - ltotpop) x 10 of the year before, rounded to 0.01. Registered "
            "rates are a floor: under-registration varied by province.",
            "per 1,000 persons",
            minimum=0,
            maximum=100,
        ),
        field(
            "population_yearend_10k",
            "number",
            "Population at year end",
            "MQY rows only: exp(ltotpop), rounded to 0.1; year-end concept inferred.",
            "10,000 persons",
            minimum=0,
        ),
    ]


def build(ctx: Context) -> Table:
    return resource(
        NAME,
        "Provinces: registered death rates and population, by source, 1952-1983",
        "Registered crude death rates per 1,000 and year-end population by province and year, "
        "one row per source so that disagreements show (Guizhou 1960: 52.33 in MQY's panel, "
        "49.87 in Sun Jingxian's table).",
        fields(),
        rate_rows(ctx),
        [MQY_SOURCE, SUN_SOURCE, FUJIAN_SOURCE, TOMBSTONE_SOURCE],
        {"S20": "death rates by province, 1959-61 against the years around them"},
        ["gb_code", "year", "source"],
        notes=[
            "MQY's ldeath_b (row t) is log deaths in t+1; the rate exp(ldeath_b - ltotpop) x 10 "
            "is assigned to t+1. Do not read exp(ldeath_b) as a count of deaths.",
            "Six provinces are not in MQY's panel (Sichuan, Guangxi, Inner Mongolia, Xinjiang, "
            "Ningxia, Tibet); Sichuan has Tombstone rows for 1955-1966 only.",
            f"Disagreements beyond {LARGE} per 1,000 with MQY: Guizhou 1955, 1960 and 1961 (Sun).",
        ],
        summary="Meng, Qian & Yared (2015) replication panel (rART); Sun Jingxian; "
        "Fujian yearbook; Yang Jisheng",
    )
