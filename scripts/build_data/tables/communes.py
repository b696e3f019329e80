"""communes: people's communes: counts, households, sizes, dated, long form, every source row.

Input: ``communes.csv``. Values are parsed as described in ``scripts/build_data/common.py``
(``value_as_printed`` keeps the text). Dates as for the timeline (``YYYY[-MM[-DD]]`` -> the first
day of the period), plus ``YYYY-MM/MM`` (a span of months), ``YYYY-YYYY`` (a span of years) and
``COMMUNE_DATE_READINGS`` (``1958-end`` -> 1958-12-31, precision "end of year"; the undated row,
precision "undated"); ``date_as_printed`` keeps the text. ``area`` is "China" unless the row is
about one area (``COMMUNE_AREAS``). A figure given by several sources stays one row per source,
and the disagreement is named in the resource's ``notes``.

Checks (the build stops with ``BuildError`` if any fails): a span must not end before it starts;
every COMMUNE_DATE_READINGS entry matches a row; a row's PROVINCIAL note and COMMUNE_AREAS
agree; communes x households per commune = households in communes (Cliff's end-September 1958
figures, to the printed precision); the share of households in communes does not fall from
Xinhua's 30 September count to the end of October and the end of 1958, nor from Cliff's
September figure to the end of 1958.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..common import (
    DATE_PRECISIONS,
    BuildError,
    Context,
    Table,
    agree,
    fmt,
    normalise_date,
    note_repeats,
    parse_printed,
    with_note,
)
from ..descriptor import (
    BUILD_NOTE,
    field,
    label,
    long_value_fields,
    provenance_fields,
    resource,
    series_field,
)
from ..sources import COMPILED, rows_sources, src_file

NAME = "communes"
NEEDS: tuple[str, ...] = ()
INPUT = "communes.csv"

#: The date precisions of this table: those of normalise_date, and two of its own.
COMMUNE_PRECISION = (*DATE_PRECISIONS, "end of year", "undated")

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


def commune_rows(ctx: Context, notes: list[str]) -> list[dict[str, str]]:
    """Every row of communes.csv with ISO dates, parsed values and the area it covers."""
    used: set[str] = set()
    rows = []
    for line, row in enumerate(ctx.read(INPUT), start=2):
        where = f"{INPUT} line {line}"
        start, end, precision, reading = commune_date(row["date"], where, used)
        if precision not in COMMUNE_PRECISION:
            raise BuildError(f"{where}: precision {precision!r} is not in COMMUNE_PRECISION")
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
    share = "share_rural_households_in_communes"
    try:
        communes = Decimal(by_key[("communes_number", "1958-09")]["value"])
        households = by_key[("households_in_communes", "1958-09")]["value_as_printed"]
        average = Decimal(by_key[("households_per_commune_average", "1958-09/10")]["value"])
        shares = {
            day: Decimal(by_key[(share, day)]["value"])
            for day in ("1958-09", "1958-09-30", "1958-10-31", "1958-end")
        }
    except KeyError as exc:
        raise BuildError(f"communes.csv: missing the 1958 row {exc}") from None
    implied = communes * average / Decimal(10) ** 6
    if not agree(fmt(implied), households):
        raise BuildError(
            f"communes 1958: {communes} communes x {average} households = {implied} million, "
            f"not {households} million"
        )
    for earlier, later in (
        ("1958-09-30", "1958-10-31"),
        ("1958-10-31", "1958-end"),
        ("1958-09", "1958-end"),
    ):
        if shares[later] < shares[earlier]:
            raise BuildError(f"communes 1958: share of households falls from {earlier} to {later}")
    notes.append(
        f"Checked: {fmt(communes)} communes x {fmt(average)} households per commune = "
        f"{implied:.1f} million households, {households} million as printed (Cliff 1960)."
    )
    notes.append(
        f"Disagreement: at the end of September 1958 Xinhua (30 September) counts "
        f"{fmt(shares['1958-09-30'])} % of rural households in communes, Cliff (1960) "
        f"{fmt(shares['1958-09'])} %; Xinhua's figure rises to {fmt(shares['1958-10-31'])} % "
        f"only by the end of October. Both rows are kept; Cliff's is dated by month."
    )
    notes.append(
        "Dates: 'YYYY-MM' and 'YYYY' become the first day of the period (as in timeline): "
        "Cliff's '1958-09' is 1958-09-01, precision month; '1958-09/10' is 1958-09-01 to 1958-10-01 (precision month); '1958-1983' is 1958-01-01 "
        "to 1983-01-01 (precision year); '1958-end' is 1958-12-31 (precision 'end of year'); "
        "the undated Countries Quest row has no date (precision 'undated'); date_as_printed "
        "keeps the date as the source prints it."
    )
    note_repeats(rows, notes, "date_as_printed")
    return rows


def fields() -> list[dict]:
    return [
        series_field(INPUT),
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


def build(ctx: Context) -> Table:
    notes: list[str] = []
    rows = commune_rows(ctx, notes)
    return resource(
        NAME,
        "People's communes: numbers, households, size and mess halls, 1958-1983",
        "Long table, one sourced figure per row, dated: communes and households in "
        "communes at the end of September (Xinhua; Cliff), October and December 1958, the "
        "cooperatives merged, the mess halls of 1958, later counts and typical sizes, and two "
        "local examples of the 1961 down-sizing (area names them). '26000+' is value 26000 "
        "with qualifier 'more than'; a range 'a-b' is value a and value_high b.",
        fields(),
        rows,
        [
            *rows_sources(rows),
            src_file(INPUT, "Communes table", upstream_terms=COMPILED),
        ],
        {
            "S8": "the leap to people's communes in 1958",
            "S9": "commune size: about 4,600 households, or about 25,000 people, per commune "
            "in 1958",
            "S11": "production teams of about 30 households (Shanghai suburbs; Ningxia 33)",
            "S12": "mess halls: 3.45 million, over 90 % of rural people eating in them, end-1958",
            "S13": "90.4 % of rural households in communes on 30 September 1958 (Xinhua), 99 % "
            "by the end of October; Cliff's 98.2 % at end-September disagrees",
            "S14": "smaller communes and teams after 1961 (Ningxia, Shanghai examples)",
            "S15": "communes lasting to 1983 (50,000-90,000 over 1958-83)",
        },
        ["series", "date_as_printed"],
        notes,
        "one source per row: Xinhua (30 Sept 1958) as reproduced on oson.ca; Cliff (1960), "
        "International Socialism, citing Chinese reports; Celebrities Press (Hong Kong); "
        "People's Daily 'history today'; lishiquanzhi.com; Luo Pinghan (2014), 党史文苑; "
        "BBC (2002); Wikipedia; Countries Quest; Ningxia and Shanghai local gazetteer excerpts",
    )
