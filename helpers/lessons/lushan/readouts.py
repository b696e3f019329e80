"""What lesson 05's cells show: labelled tables and sentences built from the course data."""

from __future__ import annotations

from helpers.core import data, display
from helpers.lessons.lushan import evidence

_SHORT_SOURCES = (
    ("Lin, Justin Yifu", "Lin and Yang (2000)"),
    ("Robert Price", "Price, quoted by Liu (1999): second-hand"),
    ("Shang, Changfeng", "Shang (2010): 'more than'"),
)


def _short(source: str) -> str:
    return next((short for start, short in _SHORT_SOURCES if source.startswith(start)), source)


def trade_table() -> display.Table:
    """China's net grain exports 1958-60 and imports 1961-62, with who gives each figure."""
    table = data.load_cached("grain_procurement_trade")
    rows = table[table["series"].isin(["net_grain_exports", "grain_imports"])].copy()
    rows = rows.sort_values(["year", "series"], kind="stable")
    rows["flow"] = rows["series"].map(
        {"net_grain_exports": "net exports", "grain_imports": "imports"}
    )
    rows["who"] = rows["source"].map(_short)
    return display.table(
        rows,
        {"year": "Year", "flow": "Grain", "value": "Million tonnes", "who": "Source"},
        decimals=2,
        caption="China's grain trade, 1958-62 (data/grain_procurement_trade.csv)",
        notes=(
            "The two figures for 1961 disagree; Price may count contracted or gross tonnages. "
            "No annual import figure for 1960 is in the course data.",
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
            "year": "Year",
            "cdr_official_per_1000": "Deaths per 1,000, registered",
            "cdr_banister_per_1000": "Deaths per 1,000, Banister (1984)",
            "grain_output_revised_mt": "Grain output, million tonnes (official, revised series)",
            "share": "Share of grain procured, %",
        },
        decimals={
            "cdr_official_per_1000": 1,
            "cdr_banister_per_1000": 1,
            "grain_output_revised_mt": 1,
            "share": 1,
        },
        missing="no figure for 1961 in the course data",
        caption="The famine's years in numbers (data/national_series.csv, data/grain_procurement_trade.csv)",
        notes=(
            "Each share is of the output its source used, not of this table's revised series.",
            "The 1960 share (32.4 %) is read from a damaged online copy of Lin and Yang (2000); "
            "the printed article was not checked.",
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
            "year": "Year",
            "steel_output_mt": "Steel, million tonnes",
            "change": "Change on the year before, %",
        },
        decimals={"steel_output_mt": 2, "change": 0},
        missing="no earlier year in this table",
        caption="Steel, 1959-65 (data/national_series.csv, from the Correlates of War project's data)",
        notes=(
            "The source text gives all industrial output: −38 % in 1961 and −16 % in 1962 [S24].",
        ),
    )


def death_rate_sentence() -> display.Prose:
    """The 1959-61 death rates, registered and reconstructed, in one sentence."""
    rates = evidence.national(1958, 1962).set_index("year")
    reg, ban = rates["cdr_official_per_1000"], rates["cdr_banister_per_1000"]
    return display.prose(
        f"Registered deaths rose from {reg[1958]:.1f} per 1,000 in 1958 to {reg[1959]:.1f} in "
        f"1959 and {reg[1960]:.1f} in 1960, then fell to {reg[1961]:.1f} in 1961 and "
        f"{reg[1962]:.1f} in 1962. Banister's (1984) reconstruction, which adds the deaths "
        f"never registered, gives {ban[1959]:.1f} in 1959 and {ban[1960]:.1f} in 1960: in both "
        f"series 1960 is the worst year, by far."
    )
