"""province_codes: the crosswalk every province table joins through (lesson 07).

Input: ``provinces/province_codes.csv``, compiled by the course team: one row per provincial
unit of the early 1960s (29: today's 31 mainland units less Hainan, then part of Guangdong, and
Chongqing, then part of Sichuan; Tianjin, part of Hebei in 1958-67, is kept apart because the
tables report it separately), with its GB/T 2260 two-digit code, pinyin, characters, English
name, status at the time and the names the MQY and CSSI files use for it.

The build adds, from the data themselves (not typed): ``in_mqy`` and ``in_mqy_main`` (in MQY's
panel, in its 19-province main sample), ``in_county_panel`` (has counties in the fdid panel)
and ``in_cssi`` (has prefectures in the CSSI file).

Checks: codes unique two-digit; status one of ``STATUSES``; every MQY and CSSI name and every
county and prefecture code has a unit here; MQY's ``main`` is constant within a province.
"""

from __future__ import annotations

from ..common import BuildError, Context, Table
from ..descriptor import field, label, resource
from ..provinces import CODES_SOURCE, COUNTY, CSSI, code_maps, mqy_rows, unit_1960s

NAME = "province_codes"
NEEDS = ()
STATUSES = ("province", "municipality", "autonomous region", "region", "part of Hebei")
FLAGS = ("in_mqy", "in_mqy_main", "in_county_panel", "in_cssi")


def _membership(ctx: Context, codes: list[str]) -> dict[str, dict[str, str]]:
    main: dict[str, set[str]] = {}
    for row in mqy_rows(ctx):
        main.setdefault(row["gb_code"], set()).add(row["main"])
    for code, values in main.items():
        if len(values) != 1 or values - {"True", "False"}:
            raise BuildError(f"MQY main must be True or False once per province; {code}: {values}")
    county = {unit_1960s(r["provid"]) for r in ctx.read(COUNTY)}
    cssi = {unit_1960s(r["AdministrativeDivisionCode"][:2]) for r in ctx.read(CSSI)}
    unknown = (county | cssi) - set(codes)
    if unknown:
        raise BuildError(f"county or prefecture codes {sorted(unknown)} are not in province_codes")
    return {
        code: {
            "in_mqy": "1" if code in main else "0",
            "in_mqy_main": "1" if main.get(code) == {"True"} else "0",
            "in_county_panel": "1" if code in county else "0",
            "in_cssi": "1" if code in cssi else "0",
        }
        for code in codes
    }


def code_rows(ctx: Context) -> list[dict[str, str]]:
    codes, _, cssi_names = code_maps(ctx)
    flags = _membership(ctx, codes)
    names = {r["Province"] for r in ctx.read(CSSI)}
    if names - set(cssi_names):
        raise BuildError(f"CSSI provinces {sorted(names - set(cssi_names))} have no code")
    rows = []
    for row in ctx.read("provinces/province_codes.csv"):
        if row["status_1960s"] not in STATUSES:
            raise BuildError(f"province_codes {row['gb_code']}: status {row['status_1960s']!r}")
        rows.append(
            {k: row[k] for k in ("gb_code", "name_pinyin", "name_characters", "name_english")}
            | {"status_1960s": row["status_1960s"], **flags[row["gb_code"]], "note": row["note"]}
        )
    if (
        sum(r["in_mqy_main"] == "1" for r in rows) != 19
        or sum(r["in_mqy"] == "1" for r in rows) != 23
    ):
        raise BuildError("MQY must have 23 provinces, 19 of them in its main sample")
    return rows


def flag(name: str, title: str, description: str) -> dict:
    return field(
        name,
        "integer",
        title,
        description + " 1 = yes, 0 = no (computed by the build).",
        "1 = yes, 0 = no",
        required=True,
        minimum=0,
        maximum=1,
    )


def fields() -> list[dict]:
    return [
        label(
            "gb_code",
            "GB/T 2260 code",
            "Two-digit province code (text, e.g. '34' = Anhui); "
            "the key every province table joins on.",
            required=True,
        ),
        label("name_pinyin", "Name (pinyin)", "Pinyin, without tones.", required=True),
        label(
            "name_characters",
            "Name (characters)",
            "Short name in simplified characters.",
            required=True,
        ),
        label("name_english", "Name (English)", "The usual English name.", required=True),
        label(
            "status_1960s",
            "Status in the early 1960s",
            "What the unit was around 1960 "
            "('part of Hebei': Tianjin, 1958-67; 'region': Tibet before 1965).",
            required=True,
            enum=STATUSES,
        ),
        flag("in_mqy", "In MQY's panel", "The unit is in Meng, Qian & Yared's 23-province panel."),
        flag(
            "in_mqy_main", "In MQY's main sample", "The unit is in MQY's 19-province main sample."
        ),
        flag("in_county_panel", "In the county panel", "The unit has counties in the fdid panel."),
        flag("in_cssi", "In the CSSI file", "The unit has prefectures in the CSSI file."),
        label("note", "Note", "What the unit included then, or how a file spells it."),
    ]


def build(ctx: Context) -> Table:
    return resource(
        NAME,
        "Provincial units of the early 1960s: codes, names, status and coverage",
        "The crosswalk for lesson 07: 29 units keyed on the GB/T 2260 two-digit code, with "
        "their names, status around 1960 and which of the course's data sets cover them.",
        fields(),
        code_rows(ctx),
        [CODES_SOURCE],
        {"S20": "where the famine struck: the provinces the death rates are mapped by"},
        ["gb_code"],
        notes=[
            "Hainan (46) is within Guangdong (44) and Chongqing (50) within Sichuan (51), as "
            "in the early 1960s; Tianjin (12) is kept apart because MQY and the CSSI report "
            "it separately, although it was part of Hebei from 1958 to 1967."
        ],
        summary="compiled by the course team (codes: GB/T 2260)",
    )
