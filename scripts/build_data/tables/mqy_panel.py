"""mqy_panel: Meng, Qian & Yared's provincial panel as logs, for the regression (lesson 07).

Input: ``provinces/mqy2015_rART.csv`` (689 rows: 23 provinces, 1953-1982, Beijing from 1954).
Kept as printed (no rounding): ``lgrain`` log official grain output, ``ldeath_b`` log deaths
in the **following** year, ``lurbpop`` / ``ltotpop`` log urban / total population; ``main``
(True/False) becomes ``in_main_sample`` (1/0). ``lgrain_pred`` becomes ``lgrain_constructed``:
MQY's constructed grain, documented by rART (``R/data.R``) as "predicted log grain production
(to correct misreports)"; its scale is not documented (Beijing's early values are negative).
The province name becomes its ``gb_code``.

Checks: every value is a number, no province-year twice, 19 provinces in the main sample.
"""

from __future__ import annotations

from ..common import BuildError, Context, Table, dec
from ..descriptor import field, label, resource, year_field
from ..provinces import MQY_SOURCE, mqy_rows

NAME = "mqy_panel"
NEEDS = ("province_codes",)
LOGS = ("lgrain", "ldeath_b", "lurbpop", "ltotpop")


def panel_rows(ctx: Context) -> list[dict[str, str]]:
    rows = []
    for row in mqy_rows(ctx):
        for name in (*LOGS, "lgrain_pred"):
            dec(row[name], f"MQY {row['province']} {row['year']} {name}")
        rows.append(
            {
                "gb_code": row["gb_code"],
                "year": row["year"],
                "lgrain": row["lgrain"],
                "lgrain_constructed": row["lgrain_pred"],
                **{n: row[n] for n in LOGS[1:]},
                "in_main_sample": {"True": "1", "False": "0"}[row["main"]],
            }
        )
    if len({r["gb_code"] for r in rows if r["in_main_sample"] == "1"}) != 19:
        raise BuildError("mqy_panel: the main sample must have 19 provinces")
    rows.sort(key=lambda r: (r["gb_code"], int(r["year"])))
    return rows


def fields() -> list[dict]:
    log = "natural log"
    return [
        label(
            "gb_code", "GB/T 2260 code", "Two-digit province code (province_codes).", required=True
        ),
        year_field(1953, 1982),
        field(
            "lgrain",
            "number",
            "Log official grain output",
            "ln of the 'official government issued' grain output of the year (10,000 t, inferred).",
            f"{log} of 10,000 tonnes (inferred)",
            required=True,
        ),
        field(
            "lgrain_constructed",
            "number",
            "Log constructed grain output (MQY)",
            "MQY's constructed grain, their 'lgrain_pred': documented by rART (R/data.R) as "
            "'predicted log grain production (to correct misreports)'. How it was predicted is "
            "not documented there.",
            f"{log} of a predicted output; scale not documented (Beijing's early values are "
            "negative)",
            required=True,
        ),
        field(
            "ldeath_b",
            "number",
            "Log deaths in the following year",
            "ln of registered deaths in year t+1 (MQY's 'ldeath_b'; Stata label of a copy: "
            "'log(deaths) in year t+1').",
            f"{log} of 100 persons (see notes)",
            required=True,
        ),
        field(
            "lurbpop",
            "number",
            "Log urban population",
            "ln of the urban population.",
            f"{log} of 10,000 persons",
            required=True,
        ),
        field(
            "ltotpop",
            "number",
            "Log total population",
            "ln of the year-end population.",
            f"{log} of 10,000 persons",
            required=True,
        ),
        field(
            "in_main_sample",
            "integer",
            "In MQY's main sample",
            "1 if the province is in MQY's 19-province main sample (their 'main').",
            "1 = yes, 0 = no",
            required=True,
            minimum=0,
            maximum=1,
        ),
    ]


def build(ctx: Context) -> Table:
    return resource(
        NAME,
        "Meng, Qian & Yared's provincial panel (logs), 1953-1982",
        "The replication panel of Meng, Qian & Yared (2015) as natural logs, keyed on the GB "
        "code, for the lesson's regression of log deaths on log grain output.",
        fields(),
        panel_rows(ctx),
        [MQY_SOURCE],
        {
            "S18": "grain output by province in the famine years",
            "S20": "deaths by province in the famine years",
        },
        ["gb_code", "year"],
        notes=[
            "exp(ldeath_b - ltotpop) x 10 is the registered death rate of t+1 per 1,000, "
            "so exp(ldeath_b) is rate(t+1) per 1,000 times the population of t, in hundreds: "
            "deaths of t+1 as if at t's population, not a count of registered deaths."
        ],
        summary="Meng, Qian & Yared (2015) replication panel (rART)",
    )
