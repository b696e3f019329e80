"""grain_procurement_trade: procurement, trade and food supply, long form, every source row.

Input: ``grain_procurement_trade.csv``. Built from national_series (grain output), against
which procurement shares are checked. Values and periods are parsed as described in
``scripts/build_data/common.py`` (``value_as_printed`` keeps the text); a figure given by
several sources stays one row per source, and the disagreement is named in the resource's
``notes``.

Checks (the build stops with ``BuildError`` if any fails):

* procurement shares equal gross procurement / output where ``PROCUREMENT_SHARE_BASIS`` says,
  to the share's printed precision; the documented 1962 mismatch must still mismatch;
* the older official grain output 1958-62 equals national_series.grain_output_old_official_mt;
* the reconstructed 1960 share keeps its flag in its note (``RECONSTRUCTED``).
"""

from __future__ import annotations

from decimal import Decimal

from ..common import BuildError, Context, Table, agree, note_repeats, tolerance, year_row
from ..descriptor import (
    BUILD_NOTE,
    long_value_fields,
    provenance_fields,
    resource,
    series_field,
    year_span_fields,
)
from ..sources import COMPILED, rows_sources, src_file

NAME = "grain_procurement_trade"
NEEDS = ("national_series",)
INPUT = "grain_procurement_trade.csv"

#: Years in which the procurement share printed by a source must equal gross procurement divided
#: by an output series (to the share's printed precision): year -> national_series column. None
#: marks a documented mismatch, which must still mismatch (the build stops if it starts to agree).
PROCUREMENT_SHARE_BASIS = {
    1952: "grain_output_revised_mt",
    1957: "grain_output_revised_mt",
    1959: "grain_output_old_official_mt",
    1962: "grain_output_old_official_mt",
}
PROCUREMENT_1962_NOTE = (
    "procurement_share_of_output 1962: 23.8 % (CSY 1993 via Heilig) is 38.145 Mt divided by the "
    "older official 1962 output of 160 Mt (a weak secondary source), not by the revised 154.41 Mt "
    "(24.7 %). Kept as printed."
)
#: The one value the sources README says was reconstructed from a garbled copy, and the flag
#: its note must carry.
RECONSTRUCTED = ("procurement_share_of_output", "1960", "OCR-RECONSTRUCTED")


def grain_rows(ctx: Context, notes: list[str]) -> list[dict[str, str]]:
    """Every row of grain_procurement_trade.csv, tidy, with cross-checks against national_series.

    ``ctx.periods_used`` collects the PERIOD_READINGS applied (checked once all tables are built).
    """
    rows = []
    for line, row in enumerate(ctx.read(INPUT), start=2):
        rows.append(year_row(row, f"{INPUT} line {line}", ctx.periods_used))

    by_key = {(r["series"], r["period"]): r for r in rows}
    output = {int(r["year"]): r for r in ctx.rows("national_series")}
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
    notes.append(PROCUREMENT_1962_NOTE)
    for year in (1958, 1959, 1960, 1961, 1962):
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
        "rows (1958-62) also feed national_series.grain_output_old_official_mt."
    )
    return rows


def fields() -> list[dict]:
    return [
        series_field(INPUT),
        *year_span_fields(1952, 1969),
        *long_value_fields(),
        *provenance_fields(BUILD_NOTE),
    ]


def build(ctx: Context) -> Table:
    notes: list[str] = []
    rows = grain_rows(ctx, notes)
    return resource(
        NAME,
        "Grain procurement, trade and food supply, 1952-1967",
        "Long table, one sourced figure per row: state procurement (gross) and its share "
        "of output, net exports and imports, the 1961 Canadian contract, older official "
        "output, per-capita supply and consumption. Every row of the source table is "
        "kept; where sources disagree (e.g. 1961 imports: Lin & Yang 4.5 Mt, Price "
        "6.2 Mt) each is a separate row naming its source. A span is year..year_end.",
        fields(),
        rows,
        [
            *rows_sources(rows),
            src_file(INPUT, "Grain procurement and trade table", upstream_terms=COMPILED),
        ],
        {
            "S18": "procurement rising to 37.7 % of output in 1959 while output fell: the "
            "context of the farm crisis",
            "S19": "older official grain output 1958-62 and per-capita supply falls",
            "S22": "grain imports from 1961 (4.5 or 6.2 Mt in 1961, 5.32 Mt in 1962, about "
            "30 Mt over 1961-65; wheat 4-5 Mt a year)",
        },
        ["series", "period", "source"],
        notes,
        "one source per row: China Statistical Yearbook 1993 via G. K. Heilig (IIASA); "
        "Lin & Yang (2000), Economic Journal; Dikötter (2010); Robert Price via a mailing "
        "list; China Quarterly (1971); Library of Congress Country Study; Blacklock's; "
        "Zhou Zhen (2009); Chinese secondary summaries",
    )
