"""What lesson 05's cells show: labelled tables and sentences built from the course data."""

from __future__ import annotations

from helpers.core import data, display
from helpers.core.i18n import N_, number, t, translated
from helpers.lessons.lushan import evidence

_SHORT_SOURCES = (
    ("Lin, Justin Yifu", N_("Lin and Yang (2000)")),
    ("Robert Price", N_("Price, quoted by Liu (1999): second-hand")),
    ("Shang, Changfeng", N_("Shang (2010): 'more than'")),
)
_FLOW_NAMES = {"net_grain_exports": N_("net exports"), "grain_imports": N_("imports")}


def _short(source: str) -> str:
    return next((short for start, short in _SHORT_SOURCES if source.startswith(start)), source)


def trade_table() -> display.Table:
    """China's net grain exports 1958-60 and imports 1961-62, with who gives each figure."""
    table = data.load_cached("grain_procurement_trade")
    rows = table[table["series"].isin(["net_grain_exports", "grain_imports"])].copy()
    rows = rows.sort_values(["year", "series"], kind="stable")
    rows["flow"] = rows["series"].map(_FLOW_NAMES)
    rows["who"] = rows["source"].map(_short)
    return display.table(
        translated(rows, "flow", "who"),
        {"year": t("Year"), "flow": t("Grain"), "value": t("Million tonnes"), "who": t("Source")},
        decimals=2,
        caption=t("China's grain trade, 1958-62 (data/grain_procurement_trade.csv)"),
        notes=(
            t(
                "The two figures for 1961 disagree; Price may count contracted or gross tonnages. "
                "No annual import figure for 1960 is in the course data."
            ),
        ),
    )


def famine_table() -> display.Table:
    """Death rates, grain output and the share procured, 1957-62."""
    national = evidence.national(1957, 1962)
    shares = []
    for year in national["year"]:
        try:
            shares.append(evidence.procurement_figure("procurement_share_of_output", int(year)))
        except ValueError:
            shares.append(float("nan"))
    national = national.assign(share=shares)
    return display.table(
        national,
        {
            "year": t("Year"),
            "cdr_official_per_1000": t("Deaths per 1,000, registered"),
            "cdr_banister_per_1000": t("Deaths per 1,000, Banister (1984)"),
            "grain_output_revised_mt": t("Grain output, million tonnes (official, revised series)"),
            "share": t("Share of grain procured, %"),
        },
        decimals={
            "cdr_official_per_1000": 1,
            "cdr_banister_per_1000": 1,
            "grain_output_revised_mt": 1,
            "share": 1,
        },
        missing=t("no figure for 1961 in the course data"),
        caption=t(
            "The famine's years in numbers (data/national_series.csv, data/grain_procurement_trade.csv)"
        ),
        notes=(
            t("Each share is of the output its source used, not of this table's revised series."),
            t(
                "The 1960 share (32.4 %) is read from a damaged online copy of Lin and Yang (2000); "
                "the printed article was not checked."
            ),
        ),
    )


def industry_table() -> display.Table:
    """Steel output 1959-65 and its yearly change, beside the source text's fall of industry [S24]."""
    national = evidence.national(1959, 1965)
    steel = national[["year", "steel_output_mt"]].copy()
    steel["change"] = steel["steel_output_mt"].pct_change() * 100
    return display.table(
        steel,
        {
            "year": t("Year"),
            "steel_output_mt": t("Steel, million tonnes"),
            "change": t("Change on the year before, %"),
        },
        decimals={"steel_output_mt": 2, "change": 0},
        missing=t("no earlier year in this table"),
        caption=t(
            "Steel, 1959-65 (data/national_series.csv, from the Correlates of War project's data)"
        ),
        notes=(
            t(
                "The source text gives all industrial output: −38 % in 1961 and −16 % in 1962 [S24]."
            ),
        ),
    )


def death_rate_sentence() -> display.Prose:
    """The 1959-61 death rates, registered and reconstructed, in one sentence."""
    rates = evidence.national(1958, 1962).set_index("year")
    reg, ban = rates["cdr_official_per_1000"], rates["cdr_banister_per_1000"]
    figures = {"reg_" + str(y): number(reg[y], ".1f") for y in range(1958, 1963)}
    figures |= {"ban_" + str(y): number(ban[y], ".1f") for y in (1959, 1960)}
    return display.prose(
        t(
            "Registered deaths rose from {reg_1958} per 1,000 in 1958 to {reg_1959} in 1959 and "
            "{reg_1960} in 1960, then fell to {reg_1961} in 1961 and {reg_1962} in 1962. "
            "Banister's (1984) reconstruction, which adds the deaths never registered, gives "
            "{ban_1959} in 1959 and {ban_1960} in 1960: in both series 1960 is the worst year, "
            "by far.",
            **figures,
        )
    )
