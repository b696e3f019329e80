"""first_plan: First Five-Year Plan figures and Second Plan targets, long form.

Input: ``first_plan.csv``. Built from value_added, which checks the NBS figures it quotes.

Values: a plain number is kept; ``>50`` becomes value 50 with qualifier "more than";
``10.6-12`` becomes value 10.6 and value_high 12 (a range must rise); other text is kept only
when its reading is unambiguous and listed in ``PLAN_VALUE_READINGS``, otherwise the row is
dropped and named in the resource's ``notes``. Each row's ``kind`` (``KINDS``) follows from its
series name (``plan_kind``).

Check (the build stops with ``BuildError`` if it fails): the NBS value added quoted in
``first_plan.csv`` (industry, primary) equals value_added, i.e. ``output_indices.csv``.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..common import QUALIFIERS, BuildError, Context, Table, fmt
from ..descriptor import field, label, provenance_fields, resource
from ..sources import COMPILED, rows_sources, src_file

NAME = "first_plan"
NEEDS = ("value_added",)

#: What a figure is: a First Plan plan or target, an outcome, or a Second Plan target.
KINDS = ("plan", "outcome", "target")

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


def first_plan_rows(ctx: Context, notes: list[str]) -> list[dict[str, str]]:
    """Parse the printed values of first_plan.csv into value / value_high / qualifier."""
    value_added = ctx.rows("value_added")
    va = {(int(r["year"]), c): r[c] for r in value_added for c in r if c != "year"}
    rows = []
    for line, row in enumerate(ctx.read("first_plan.csv"), start=2):
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
        kind = plan_kind(row["series"])
        if kind not in KINDS:
            raise BuildError(f"first_plan.csv line {line}: kind {kind!r} is not in KINDS")
        rows.append(
            {
                "indicator": row["series"],
                "period": row["year"],
                "value": fmt(value),
                "value_high": fmt(high),
                "qualifier": qualifier,
                "unit": unit,
                "kind": kind,
                "source": row["source"],
                "where_found": row["where_found"],
                "cross_check": row["cross_check"],
                "note": note,
            }
        )
    return rows


def fields() -> list[dict]:
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
            enum=QUALIFIERS,
        ),
        label("unit", "Unit", "Unit of value and value_high, as printed.", required=True),
        label(
            "kind",
            "Kind",
            "'plan' for First Plan plans and targets (ffyp_planned_*, "
            "ffyp_target_*), 'target' for Second Plan targets, 'outcome' for results.",
            required=True,
            enum=KINDS,
        ),
        *provenance_fields(),
    ]


def build(ctx: Context) -> Table:
    notes: list[str] = []
    rows = first_plan_rows(ctx, notes)
    return resource(
        NAME,
        "First Five-Year Plan (1953-57): plans, outcomes, Second Plan targets",
        "Long table, one figure per row, with its unit, whether it is a plan, an outcome or "
        "a target, and its source. Values are numbers; '>50' is value 50 with qualifier "
        "'more than'; a range 'a-b' is value a and value_high b.",
        fields(),
        rows,
        [
            *rows_sources(rows),
            src_file("first_plan.csv", "First Plan table", upstream_terms=COMPILED),
        ],
        {
            "S1": "First Plan's heavy-industry priority and its outcomes",
            "S3": "Second Plan targets (abandoned in 1958)",
            "S5": "planned outlay and capital construction",
            "S23": "First Plan projects completed (plants coming into production)",
        },
        ["indicator", "period"],
        notes,
        "one source per row: ChinaKnowledge (citing Guillermaz 1976), China Daily 2006, a "
        "Taylor & Francis chapter abstract, Library of Congress Country Study, NBS CSY 1999, "
        "China.org.cn, People's Daily",
    )
