"""output_indices: gross output, growth, structure, investment (rows not in value_added).

Input: ``output_indices.csv`` (every row whose series value_added does not hold, ``VA_SERIES``),
cross-checked with ``national_series_candidates.csv``. Values and periods are parsed as
described in ``scripts/build_data/common.py`` (``value_as_printed`` keeps the text); a
light:heavy ratio ``33.4:66.6`` becomes two rows (``RATIO_SERIES``).

Checks (the build stops with ``BuildError`` if any fails): a ratio is 'a:b' and adds up to 100
(+-0.11); LoC industrial growth and GVIO equal national_series_candidates.csv where both give a
year (``OUTPUT_CROSS_CHECKS``); GVIAO 1965 = GVAO + GVIO. Documented disagreements are kept as
printed and named in the resource's ``notes``.
"""

from __future__ import annotations

from decimal import Decimal

from ..common import BuildError, Context, Table, agree, dec, with_note, year_row
from ..descriptor import (
    BUILD_NOTE,
    long_value_fields,
    provenance_fields,
    resource,
    series_field,
    year_span_fields,
)
from ..sources import COMPILED, rows_sources, src_file
from .value_added import VA_SERIES

NAME = "output_indices"
NEEDS: tuple[str, ...] = ()
INPUT = "output_indices.csv"

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


def output_rows(ctx: Context, notes: list[str]) -> list[dict[str, str]]:
    """The rows of output_indices.csv that value_added does not hold, tidy."""
    used = ctx.periods_used
    rows = []
    for line, row in enumerate(ctx.read(INPUT), start=2):
        if row["series"] in VA_SERIES:
            continue
        where = f"{INPUT} line {line}"
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

    candidates = ctx.read("national_series_candidates.csv")
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
        "industry_national_income_index (1952 = 100, comparable prices; Chow 1993 via the R "
        "package AER) is an official real series of industry's national income for every year "
        "1957-62. It agrees in direction and size with the course text's +55 %, -38 %, -16 % "
        "[S17, S24], not with LoC's +45 / +22 / +4 % for 1958-60: do not chain the text's figures "
        "with LoC's, they are different series."
    )
    notes.append(
        "Documented disagreements, kept as printed: LoC industrial growth 1958 +45 % against "
        "the course text's +55 % [S17]; heavy_industry_share 1960 52.1 % (base unclear) against "
        "heavy_industry_share_of_gvio 1960 66.6 %; gross_value_industrial_output_change "
        "1957-1960 '1.3 times' (ambiguous) against +84 % from compounding LoC growth."
    )
    return rows


def fields() -> list[dict]:
    return [
        series_field(INPUT),
        *year_span_fields(1952, 1966),
        *long_value_fields(),
        *provenance_fields(BUILD_NOTE),
    ]


def build(ctx: Context) -> Table:
    notes: list[str] = []
    rows = output_rows(ctx, notes)
    return resource(
        NAME,
        "Gross output, growth, structure and investment, 1952-1966",
        "Long table, one sourced figure per row: the rows of output_indices.csv that "
        "value_added does not hold. Library of Congress industrial growth 1958-60, gross "
        "output values and changes, agriculture's share of GVIAO, light and heavy "
        "industry's shares of GVIO, capital construction investment 1960-62, 1958 targets. "
        "Disagreements are kept as printed and named in notes.",
        fields(),
        rows,
        [
            *rows_sources(rows),
            src_file(INPUT, "Output indices and value added", upstream_terms=COMPILED),
        ],
        {
            "S4": "1958 targets announced early in the year (BBC)",
            "S17": "industrial growth in 1958: the official real index +56.9 % (Chow 1993) and "
            "the text's +55 %, against LoC's +45 %",
            "S19": "gross agricultural output -12.6 % in 1960 and -22.7 % over 1957-60",
            "S23": "industry still growing in 1959-60: official real index +30.8 % and +8.0 % "
            "(LoC: +22 %, +4 %); heavy industry two thirds of GVIO in 1960",
            "S24": "capital construction cut from 388.7 to 71.26 (100 million yuan) in "
            "1960-62; the Second Plan's 1.63 % a year",
        },
        ["series", "period"],
        notes,
        "one source per row: Library of Congress Country Study; Chow (1993) via the R package "
        "AER; a Taylor & Francis "
        "chapter abstract; Chinese economic-history texts (doosho.cn, ulib.interlib.cn, "
        "szzy.7lue.cn); a secondary summary (Reportify/Sohu); BBC (2002)",
    )
