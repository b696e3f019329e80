"""prefecture_cssi: the cohort-size-shrinkage index of famine severity by prefecture.

Input: ``provinces/prefecture_cssi.csv`` (the CSSI_famine_severity repository's file, its
byte-order mark removed): province and prefecture names, the 6-digit administrative division
code (today's), and the CSSI against the pre-famine cohorts (1950-57) and against the pre and
post cohorts (1950-57 and 1963-70), in percent (how much smaller the 1959-61 birth cohorts are
than the comparison cohorts; the repository does not define the scale further).

``gb_code_today`` is the code's first two digits; ``gb_code`` the unit of the early 1960s
(Hainan's prefectures, 46, in Guangdong, 44; Chongqing, 50, in Sichuan, 51). As printed, some
rows share a division code (three Hubei county-level cities, 429000, with one value;
Shiyan and Shennongjia, 420300; and "Chongqing" filed under Neijiang's 511000 beside
"Chongqing municipality", 500000): ``shares_code`` marks them, and a province's mean should
count each (code, value) once.

Checks: every province name has a code in province_codes, the code's first two digits agree
with the province named (after the 1960s merges).
"""

from __future__ import annotations

from collections import Counter

from ..common import BuildError, Context, Table, dec, fmt
from ..descriptor import field, label, resource
from ..provinces import CSSI, CSSI_SOURCE, code_maps, unit_1960s

NAME = "prefecture_cssi"
NEEDS = ("province_codes",)


def cssi_rows(ctx: Context) -> list[dict[str, str]]:
    _, _, by_name = code_maps(ctx)
    source = ctx.read(CSSI)
    shared = Counter(r["AdministrativeDivisionCode"] for r in source)
    rows = []
    for row in source:
        code = row["AdministrativeDivisionCode"]
        where = f"{CSSI} {row['Prefecture']}"
        if len(code) != 6 or not code.isdigit():
            raise BuildError(f"{where}: division code {code!r} is not six digits")
        unit = unit_1960s(code[:2])
        if by_name.get(row["Province"]) != unit:
            raise BuildError(f"{where}: code {code} is not in {row['Province']}")
        rows.append(
            {
                "gb_code": unit,
                "gb_code_today": code[:2],
                "division_code": code,
                "province_as_printed": row["Province"],
                "prefecture": row["Prefecture"],
                "cssi_pre_percent": fmt(dec(row["X_cssi_Pre"], where)),
                "cssi_pre_post_percent": fmt(dec(row["X_cssi_Pre+post"], where)),
                "shares_code": "1" if shared[code] > 1 else "0",
            }
        )
    rows.sort(key=lambda r: (r["gb_code"], r["division_code"], r["prefecture"]))
    return rows


def fields() -> list[dict]:
    pct = "percent (index)"
    return [
        label(
            "gb_code",
            "GB/T 2260 code (1960s unit)",
            "The provincial unit of the early 1960s (Hainan in Guangdong, Chongqing in Sichuan).",
            required=True,
        ),
        label(
            "gb_code_today",
            "GB/T 2260 code (today)",
            "First two digits of the division code.",
            required=True,
        ),
        label(
            "division_code",
            "Division code",
            "Today's six-digit administrative division code, as printed (text).",
            required=True,
        ),
        label(
            "province_as_printed",
            "Province as printed",
            "The file's province name (e.g. 'Shannxi' for Shaanxi).",
            required=True,
        ),
        label("prefecture", "Prefecture", "The file's prefecture name.", required=True),
        field(
            "cssi_pre_percent",
            "number",
            "CSSI against 1950-57 cohorts",
            "How much smaller the famine-born cohorts are than the 1950-57 cohorts (X_cssi_Pre).",
            pct,
            required=True,
        ),
        field(
            "cssi_pre_post_percent",
            "number",
            "CSSI against 1950-57 and 1963-70 cohorts",
            "As cssi_pre_percent, against the pre- and post-famine cohorts (X_cssi_Pre+post).",
            pct,
            required=True,
        ),
        field(
            "shares_code",
            "integer",
            "Shares its division code",
            "1 if another row has the same division code (count each code and value once).",
            "1 = yes, 0 = no",
            required=True,
            minimum=0,
            maximum=1,
        ),
    ]


def build(ctx: Context) -> Table:
    return resource(
        NAME,
        "Prefectures: cohort-size-shrinkage index of famine severity (348 rows)",
        "The CSSI by prefecture from birth-cohort sizes in a census sample (probably 2000), "
        "with each prefecture's provincial unit of the early 1960s.",
        fields(),
        cssi_rows(ctx),
        [CSSI_SOURCE],
        {"S21": "births lost: famine-born cohorts smaller than those around them"},
        ["division_code", "prefecture"],
        notes=[
            "Survivors counted decades later, not births: the index mixes births lost with "
            "deaths and migration of the famine cohorts."
        ],
        summary="CSSI_famine_severity repository (chunyu-yes)",
    )
