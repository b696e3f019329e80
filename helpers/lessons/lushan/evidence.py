"""Lesson 05's sourced figures, read from the course data (``data/*.csv``).

* :func:`trade_flows`: China's net grain exports 1958-60 and its imports of 1961, with a
  choice of source for the imports (the two disagree);
* :func:`national`: death rates, grain output and steel 1957-65 (``national_series``);
* :func:`political_events`: the timeline's events November 1958-February 1962, each with the
  kind this lesson reads it as (:data:`KINDS`: the lesson's reading, not a source's);
* :func:`trade_figure`, :func:`procurement_figure`: single figures the prose quotes.
"""

from __future__ import annotations

import pandas as pd

from helpers.core import data
from helpers.core.validate import check_choice, check_number

#: Who gives China's 1961 grain imports: Lin and Yang (2000) or Price, as quoted by Liu (1999).
IMPORT_SOURCES = {
    "Lin and Yang (2000)": "Lin, Justin Yifu and Dennis Tao Yang (2000)",
    "Price, quoted by Liu (1999)": "Robert Price",
}
#: The lesson's reading of each timeline event it shows (the key is the start of the event's
#: text in data/timeline.csv). Kinds: what the event did to policy, as most historians read it.
KINDS = {
    "First Zhengzhou conference": "moderating",
    "6th Plenum of the 8th CC (Wuchang)": "moderating",
    "Second Zhengzhou conference": "moderating",
    "Shanghai meeting: Mao urges procurement": "radicalising",
    "Lushan: enlarged Politburo meeting": "moderating",
    "Peng Dehuai's letter to Mao": "moderating",
    "Lushan: 8th Plenum of the 8th CC": "purge",
    "CC directive on opposing rightist thinking": "purge",
    "Shanghai enlarged Politburo meeting sets 1960 plan": "radicalising",
    "Soviet note announcing withdrawal": "foreign and relief",
    "Zhou Enlai, Li Fuchun, Li Xiannian put in charge": "foreign and relief",
    "CC 'urgent directive letter'": "moderating",
    "Central work conference (Mao calls": "moderating",
    "Canadian cabinet approves large grain sale": "foreign and relief",
    "9th Plenum of the 8th CC": "moderating",
    "Guangzhou central work conference": "moderating",
    "Liu Shaoqi begins 44-day rural investigation": "moderating",
    "Beijing work conference: revised Sixty Articles": "moderating",
    "Seven Thousand Cadres Conference": "moderating",
    "CC directive makes the production team": "moderating",
}
EVENT_KINDS = ("radicalising", "moderating", "purge", "foreign and relief")
EVENT_COLUMNS = ["date", "year", "event", "kind", "source"]


def _trade() -> pd.DataFrame:
    return data.load_cached("grain_procurement_trade")


def trade_figure(series: str, year: int, source_starts: str = "") -> float:
    """One figure of ``grain_procurement_trade``: ``series`` in ``year`` (from a source).

    Examples
    --------
    >>> trade_figure("net_grain_exports", 1959)
    4.2
    """
    table = _trade()
    check_choice("series", series, sorted(set(table["series"])))
    year = check_number("year", year, low=1949, high=1970, integer=True)
    rows = table[(table["series"] == series) & (table["year"] == year)]
    rows = rows[rows["source"].str.startswith(source_starts)]
    if len(rows) != 1:
        raise ValueError(
            f"year must have exactly one {series} figure from {source_starts or 'any source'}; "
            f"{year} has {len(rows)}"
        )
    return float(rows["value"].iloc[0])


def trade_flows(imports_from: str = "Lin and Yang (2000)") -> pd.DataFrame:
    """Net grain exports 1958-60 and grain imports 1961, million tonnes (``year``, ``flow``, ``grain_mt``).

    The 1960 export is "more than 2.5" in Shang (2010): 2.5 is a floor.

    Examples
    --------
    >>> trade_flows()["grain_mt"].tolist()
    [2.7, 4.2, 2.5, 4.5]
    >>> trade_flows("Price, quoted by Liu (1999)")["grain_mt"].tolist()[-1]
    6.2
    """
    check_choice("imports_from", imports_from, list(IMPORT_SOURCES))
    exports = [(y, "net exports", trade_figure("net_grain_exports", y)) for y in (1958, 1959, 1960)]
    imports = (1961, "imports", trade_figure("grain_imports", 1961, IMPORT_SOURCES[imports_from]))
    return pd.DataFrame([*exports, imports], columns=["year", "flow", "grain_mt"])


def procurement_figure(series: str, year: int) -> float:
    """A procurement figure (``procurement_gross`` Mt or ``procurement_share_of_output`` %).

    Examples
    --------
    >>> procurement_figure("procurement_share_of_output", 1959)
    37.7
    """
    check_choice("series", series, ["procurement_gross", "procurement_share_of_output"])
    return trade_figure(series, year)


def national(first: int = 1957, last: int = 1965) -> pd.DataFrame:
    """``national_series`` for ``first``-``last``: rates per 1,000, grain and steel in Mt.

    Examples
    --------
    >>> float(national().set_index("year").loc[1960, "cdr_official_per_1000"])
    25.43
    """
    first = check_number("first", first, low=1949, high=1966, integer=True)
    last = check_number("last", last, low=first, high=1966, integer=True)
    table = data.load_cached("national_series")
    return table[(table["year"] >= first) & (table["year"] <= last)].reset_index(drop=True)


def political_events() -> pd.DataFrame:
    """The timeline's events of November 1958-February 1962 that :data:`KINDS` reads.

    ``year`` is the start date as a fractional year (1 July 1959 is about 1959.5).

    Examples
    --------
    >>> events = political_events()
    >>> len(events), events["kind"].iloc[0]
    (20, 'moderating')
    """
    timeline = data.load_cached("timeline")
    rows = []
    for prefix, kind in KINDS.items():
        hit = timeline[timeline["event"].str.startswith(prefix)]
        if len(hit) != 1:
            raise ValueError(f"KINDS: {prefix!r} matches {len(hit)} timeline events, not one")
        row = hit.iloc[0]
        date = pd.Timestamp(row["date_start"])
        fraction = (date.day_of_year - 1) / (366 if date.is_leap_year else 365)
        rows.append(
            (
                date.strftime("%d %b %Y"),
                round(date.year + fraction, 3),
                row["event"],
                kind,
                row["source"],
            )
        )
    return (
        pd.DataFrame(rows, columns=EVENT_COLUMNS)
        .sort_values("year", kind="stable")
        .reset_index(drop=True)
    )
