"""province_grain: official grain output by province and year, 1953-1982 (MQY's panel).

Input: ``provinces/mqy2015_rART.csv``, column ``lgrain`` (log of the "official government
issued" grain output). ``grain_output_10k_tonnes`` = exp(lgrain), rounded to 0.1.

**The unit is inferred, not stated**: 10,000 tonnes, because the 23 provinces' sum for 1957
(checked here: 14,735) is 76 % of the national 19,505 (10,000 t), the six missing provinces
plausibly making up the rest. The basis (unhusked or trade grain) is not stated either; the
round-2 README records a 7-17 % disagreement for Shandong 1957-61 with the Grain Ministry digest.
MQY's constructed grain (``lgrain_pred``) is left out: its scale is not documented.
"""

from __future__ import annotations

from decimal import Decimal

from ..common import BuildError, Context, Table, fmt
from ..descriptor import field, label, resource, year_field
from ..provinces import MQY_SOURCE, exp_rounded, mqy_rows

NAME = "province_grain"
NEEDS = ("province_codes",)
SUM_1957 = (Decimal("14730"), Decimal("14740"))


def grain_rows(ctx: Context) -> list[dict[str, str]]:
    rows = []
    for row in mqy_rows(ctx):
        where = f"MQY {row['province']} {row['year']} lgrain"
        rows.append(
            {
                "gb_code": row["gb_code"],
                "year": row["year"],
                "grain_output_10k_tonnes": fmt(exp_rounded(row["lgrain"], 1, where)),
            }
        )
    total = sum(Decimal(r["grain_output_10k_tonnes"]) for r in rows if r["year"] == "1957")
    if not SUM_1957[0] <= total <= SUM_1957[1]:
        raise BuildError(f"province_grain: the 1957 sum {total} is not the 14,735 checked")
    rows.sort(key=lambda r: (r["gb_code"], int(r["year"])))
    return rows


def build(ctx: Context) -> Table:
    return resource(
        NAME,
        "Provinces: official grain output, 1953-1982 (unit inferred)",
        "Official grain output by province and year from Meng, Qian & Yared's panel "
        "(exp of lgrain). The unit, 10,000 tonnes, is inferred from the national total.",
        [
            label(
                "gb_code",
                "GB/T 2260 code",
                "Two-digit province code (province_codes).",
                required=True,
            ),
            year_field(1953, 1982),
            field(
                "grain_output_10k_tonnes",
                "number",
                "Official grain output",
                "exp(lgrain), rounded to 0.1. Unit INFERRED (not stated by the source): the "
                "23 provinces' 1957 sum, 14,735, is 76 % of the national 19,505.",
                "10,000 tonnes (inferred)",
                required=True,
                minimum=0,
            ),
        ],
        grain_rows(ctx),
        [MQY_SOURCE],
        {"S18": "the falls in farm output in 1959-61, province by province"},
        ["gb_code", "year"],
        notes=[
            "Unit inferred, not stated: 10,000 tonnes (1957 sum 14,735 against a national 19,505)."
        ],
        summary="Meng, Qian & Yared (2015) replication panel (rART)",
    )
