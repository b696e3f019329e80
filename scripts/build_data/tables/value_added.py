"""value_added: NBS value added at current prices, 1952-1962, one row per year.

Input: the NBS China Statistical Yearbook 1999 Table 3-1 rows of ``output_indices.csv``
(``VA_SERIES``; output_indices leaves them out). Built from national_series, whose year-end
population checks GDP per capita.

Checks (the build stops with ``BuildError`` if any fails): every series present once a year;
primary + secondary <= GDP, industry <= secondary; and GDP / GDP per capita is within 1 % of the
mean of the two official year-end populations.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from ..common import BuildError, Context, Table, dec, fmt
from ..descriptor import field, resource, year_field
from ..sources import COMPILED, NBS_VA_SOURCE, src_file

NAME = "value_added"
NEEDS = ("national_series",)
VA_YEARS = range(1952, 1963)

#: Series of output_indices.csv -> column of value_added.
VA_SERIES = {
    "gdp_nominal": "gdp_100m_yuan",
    "primary_industry_va_nominal": "primary_va_100m_yuan",
    "secondary_industry_va_nominal": "secondary_va_100m_yuan",
    "industry_va_nominal": "industry_va_100m_yuan",
    "gdp_per_capita_nominal": "gdp_per_capita_yuan",
}


def value_added_rows(ctx: Context) -> list[dict[str, str]]:
    """NBS CSY 1999 Table 3-1, one row per year, with arithmetic checks."""
    table: dict[int, dict[str, str]] = defaultdict(dict)
    for row in ctx.read("output_indices.csv"):
        if row["series"] in VA_SERIES:
            column = VA_SERIES[row["series"]]
            if column in table[int(row["year"])]:
                raise BuildError(f"output_indices.csv: {row['series']} {row['year']} repeated")
            table[int(row["year"])][column] = fmt(dec(row["value"], row["series"]))
    national = ctx.rows("national_series")
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


def fields() -> list[dict]:
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


def build(ctx: Context) -> Table:
    return resource(
        NAME,
        "China: GDP and value added at current prices, 1952-1962",
        "NBS value added by sector at current prices (100 million yuan) and GDP per person "
        "(yuan). Nominal: price changes are mixed in with output changes.",
        fields(),
        value_added_rows(ctx),
        [
            NBS_VA_SOURCE,
            src_file(
                "output_indices.csv", "Output indices and value added", upstream_terms=COMPILED
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
    )
