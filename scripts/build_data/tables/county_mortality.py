"""county_mortality: county death rates 1954-1966 in 13 provinces (lesson 07).

Input: ``provinces/cxz2022_county_mortality_cut.csv``, the fdid package's county panel cut by
``scripts/cut_provinces.py`` to six columns. That this is Cao, Xu & Zhang's (2022) panel is an
**inference** (the package calls it only the "FDID example dataset"; the paper's replication
do-file uses the same variables), not a stated provenance.

Columns: ``provid`` -> ``gb_code`` (today's code; no county here is in Hainan or Chongqing,
checked), ``countyid`` -> ``county_id``, ``mortality`` -> ``cdr_per_1000`` (unit inferred from
magnitude: mean 14.2, max 218.9), ``lnpop`` -> ``log_population`` (kept as printed),
``pczupu`` -> ``clan_genealogies_per_capita`` ("genealogy book density (per capita)" in the
package's documentation, rdrr.io/cran/fdid/man/mortality.html; the population it divides by is
not documented, so the lesson only ranks counties by it).

Checks: 921 counties, each in one province and with one row for every year 1954-1966.
"""

from __future__ import annotations

from collections import defaultdict

from ..common import BuildError, Context, Table, dec, fmt
from ..descriptor import field, label, resource, year_field
from ..provinces import COUNTY, FDID_SOURCE, MERGED_INTO

NAME = "county_mortality"
NEEDS = ("province_codes",)
YEARS = tuple(range(1954, 1967))
COUNTIES = 921


def county_rows(ctx: Context) -> list[dict[str, str]]:
    rows, years, provinces = [], defaultdict(list), defaultdict(set)
    for row in ctx.read(COUNTY):
        where = f"{COUNTY} county {row['countyid']} {row['year']}"
        if row["provid"] in MERGED_INTO:
            raise BuildError(f"{where}: code {row['provid']} was not a unit in the 1960s")
        years[row["countyid"]].append(int(row["year"]))
        provinces[row["countyid"]].add(row["provid"])
        rows.append(
            {
                "gb_code": row["provid"],
                "county_id": row["countyid"],
                "year": row["year"],
                "cdr_per_1000": fmt(dec(row["mortality"], where)),
                "log_population": row["lnpop"],
                "clan_genealogies_per_capita": fmt(dec(row["pczupu"], where)),
            }
        )
    if len(years) != COUNTIES:
        raise BuildError(f"county_mortality: {len(years)} counties, not {COUNTIES}")
    for county, seen in years.items():
        if sorted(seen) != list(YEARS) or len(provinces[county]) != 1:
            raise BuildError(f"county {county}: not one province and every year 1954-1966")
    rows.sort(key=lambda r: (r["gb_code"], int(r["county_id"]), int(r["year"])))
    return rows


def fields() -> list[dict]:
    return [
        label(
            "gb_code", "GB/T 2260 code", "Two-digit code of the county's province.", required=True
        ),
        field(
            "county_id",
            "integer",
            "County id",
            "The panel's county number (not a GB county code).",
            "identifier",
            required=True,
            minimum=1,
        ),
        year_field(YEARS[0], YEARS[-1]),
        field(
            "cdr_per_1000",
            "number",
            "County death rate",
            "The panel's 'mortality': deaths per 1,000 people (unit inferred from magnitude).",
            "per 1,000 persons (inferred)",
            required=True,
            minimum=0,
        ),
        field(
            "log_population",
            "number",
            "Log population",
            "The panel's 'lnpop' (natural log of the county's population; year not documented).",
            "natural log of persons",
            required=True,
        ),
        field(
            "clan_genealogies_per_capita",
            "number",
            "Clan genealogies per head",
            "The panel's 'pczupu', documented by the fdid package as 'genealogy book density "
            "(per capita); 45% of counties have zero': Cao, Xu & Zhang's clan-density measure. "
            "The population it is divided by is not documented.",
            "genealogy books per person (scale not documented)",
            required=True,
            minimum=0,
        ),
    ]


def build(ctx: Context) -> Table:
    return resource(
        NAME,
        "Counties: death rates 1954-1966 and clan density (921 counties, 13 provinces)",
        "County crude death rates from the fdid package's panel, inferred to be Cao, Xu & "
        "Zhang's (2022) data, with population and the clan-genealogy measure. One study's "
        "sample of counties, not provincial totals.",
        fields(),
        county_rows(ctx),
        [FDID_SOURCE],
        {"S20": "the famine worst in the countryside: death rates county by county"},
        ["county_id", "year"],
        notes=[
            "That the fdid data are Cao, Xu & Zhang's (2022) is an inference, not a stated "
            "provenance.",
            "The panel has 13 provinces (Hebei, Shanxi, Liaoning, Jiangsu, Fujian, Jiangxi, "
            "Shandong, Henan, Hubei, Guangxi, Sichuan, Guizhou, Shaanxi), not the 11 the "
            "round-2 README lists.",
        ],
        summary="R package fdid (inferred: Cao, Xu & Zhang 2022)",
    )
