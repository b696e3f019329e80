"""The crisis of 1959-62 in numbers: yearly changes chained into levels.

The source text gives its output figures as yearly percentage changes: industry +55 % in
1958 [S17], farm output -14 %, -13 % and -2 % in 1959-61 [S19], industry -38 % and -16 %
in 1961-62 [S24]. :data:`SOURCE_TEXT_CHANGES` holds them once, each with its claim id.
The text gives no figure for industry in 1959-60, so its industrial figures form two runs
(1958; 1961-62) that cannot be chained into one path; filling the gap with another source's
rates would splice two different series. The official real index of industry's national
income (Chow 1993) covers every year and is the series to chain.
:func:`chain_index` turns any run of yearly changes into an index (a base year = 100), and
:func:`sector_changes` sets the text's figures beside the series in the course data, so
that they can be chained and compared on the same footing (:func:`sector_indices`).

Every comparison series has its own unit and its own problems: value added at current
prices mixes price changes with output changes; grain and steel are single products in
tonnes; the Library of Congress growth rates stop in 1960 and disagree with the official
figures. Labels say which is which.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd

from helpers.core.i18n import N_
from helpers.core.validate import check_choice, check_frame, check_number

#: The source text's yearly changes in percent: (sector, year, change from the year before, claim).
SOURCE_TEXT_CHANGES = (
    ("industry", 1958, 55.0, "S17"),
    ("agriculture", 1959, -14.0, "S19"),
    ("agriculture", 1960, -13.0, "S19"),
    ("agriculture", 1961, -2.0, "S19"),
    ("industry", 1961, -38.0, "S24"),
    ("industry", 1962, -16.0, "S24"),
)
SECTORS = ("industry", "agriculture")
#: Years the lesson compares: levels 1957-62, so yearly changes 1958-62.
FIRST_YEAR, LAST_YEAR = 1957, 1962
#: The series of each sector, in the order charts list them (the text's chain first).
SERIES = {
    "industry": (
        N_("Official index, industry's national income (Chow 1993)"),
        N_("Source text, 1958 [S17]"),
        N_("Source text, 1961-62 [S24]"),
        N_("LoC Country Study, growth 1958-60"),
        N_("Industry value added, current prices (NBS)"),
        N_("Steel output, tonnes (COW)"),
    ),
    "agriculture": (
        N_("Source text [S19]"),
        N_("Primary-sector value added, current prices (NBS)"),
        N_("Grain output, revised official series"),
        N_("Grain output, older official figures"),
    ),
}
#: Where a change comes from, in words (``source``; the rest are references, and the source
#: text's claims are "source text [S19]").
SOURCE_WORDS = (
    N_("official index (Chow 1993)"),
    N_("Library of Congress Country Study"),
    N_("revised official"),
    N_("older official"),
    N_("starting level"),
)
#: The official real index of industry in ``output_indices`` (1952 = 100, comparable prices).
OFFICIAL_INDUSTRY = "industry_national_income_index"
CHANGE_COLUMNS = ["series", "year", "change_percent", "source"]
INDEX_COLUMNS = ["series", "year", "change_percent", "index_base_100", "source"]
LEVEL_COLUMNS = ["series", "year", "change_percent", "level", "source"]


def source_text_changes(sector: str) -> dict[int, float]:
    """The source text's yearly changes (percent) for one sector, keyed by year.

    Examples
    --------
    >>> source_text_changes("agriculture")
    {1959: -14.0, 1960: -13.0, 1961: -2.0}
    """
    check_choice("sector", sector, SECTORS)
    return {year: change for s, year, change, _ in SOURCE_TEXT_CHANGES if s == sector}


def chain_index(changes_percent: Mapping[int, float], *, base_year: int) -> pd.DataFrame:
    """Chain yearly percentage changes into an index with ``base_year`` = 100.

    Each change is from the year before, so changes for 1959-61 give levels for 1958-61:
    ``level[t] = level[t - 1] * (1 + change[t] / 100)``, then all levels are divided by
    the level of ``base_year``.

    Parameters
    ----------
    changes_percent : mapping of int to float
        Year -> change from the previous year, in percent (above -100). Years must be
        consecutive.
    base_year : int
        The year set to 100: any year from the year before the first change to the last.

    Returns
    -------
    pandas.DataFrame
        One row per year: ``year``, ``change_percent`` (NaN in the first year),
        ``index_base_100``.

    Examples
    --------
    >>> df = chain_index({1959: -14, 1960: -13, 1961: -2}, base_year=1958)
    >>> df["index_base_100"].round(2).tolist()
    [100.0, 86.0, 74.82, 73.32]
    """
    if not isinstance(changes_percent, Mapping) or not changes_percent:
        raise ValueError(
            "changes_percent must be a non-empty mapping of year -> change in percent; "
            f"got {changes_percent!r}"
        )
    years = sorted(
        check_number("changes_percent year", y, low=1900, high=2100, integer=True)
        for y in changes_percent
    )
    if years != list(range(years[0], years[-1] + 1)):
        raise ValueError(f"changes_percent must cover consecutive years; got {years}")
    changes = np.array(
        [
            check_number(f"changes_percent[{y}]", changes_percent[y], low=-99.9, high=1000)
            for y in years
        ],
        dtype=float,
    )
    first = years[0] - 1
    base_year = check_number("base_year", base_year, low=first, high=years[-1], integer=True)
    levels = np.cumprod(np.concatenate([[1.0], 1 + changes / 100]))
    return pd.DataFrame(
        {
            "year": np.arange(first, years[-1] + 1),
            "change_percent": np.concatenate([[np.nan], changes]),
            "index_base_100": 100 * levels / levels[base_year - first],
        }
    )


def _changes_from_levels(table: pd.DataFrame, column: str) -> dict[int, float]:
    """Yearly changes (percent) of ``column`` within the lesson's years, where both years exist."""
    levels = table.set_index("year")[column].dropna().loc[FIRST_YEAR:LAST_YEAR]
    return {
        int(y): float(100 * (levels[y] / levels[y - 1] - 1))
        for y in levels.index
        if y - 1 in levels.index
    }


def sector_changes(
    sector: str,
    *,
    value_added: pd.DataFrame,
    national: pd.DataFrame,
    output_indices: pd.DataFrame,
) -> pd.DataFrame:
    """Yearly changes, 1958-62, of the source text's figures and of the series beside them.

    Industry: the official real index of industry's national income (Chow 1993), every year;
    the text's +55 % (1958) and its -38 %, -16 % (1961-62) as two separate runs, because the
    text gives no figure for 1959-60 (it says only that output kept rising until 1960 [S23])
    and no other source's rates may be spliced in; the LoC growth rates 1958-60; NBS industry
    value added at current prices; steel output. Agriculture: the text's -14 %, -13 %, -2 %
    (1959-61); NBS primary-sector value added at current prices; grain output, revised
    and older official figures.

    Parameters
    ----------
    sector : {"industry", "agriculture"}
    value_added, national, output_indices : pandas.DataFrame
        The course tables of those names (``data.load``).

    Returns
    -------
    pandas.DataFrame
        Long form: ``series`` (see :data:`SERIES`), ``year``, ``change_percent`` (from the
        year before), ``source`` (where each change comes from).

    Examples
    --------
    >>> va = pd.DataFrame({"year": [1957, 1958], "industry_va_100m_yuan": [100.0, 150.0],
    ...                    "primary_va_100m_yuan": [1.0, 1.0]})
    >>> ns = pd.DataFrame({"year": [1957, 1958], "grain_output_revised_mt": [1.0, 1.0],
    ...                    "grain_output_old_official_mt": [1.0, 1.0], "steel_output_mt": [1.0, 2.0]})
    >>> oi = pd.DataFrame({"series": ["industrial_output_growth", OFFICIAL_INDUSTRY,
    ...                               OFFICIAL_INDUSTRY], "year": [1958, 1957, 1958],
    ...                    "value": [45.0, 100.0, 150.0]})
    >>> df = sector_changes("industry", value_added=va, national=ns, output_indices=oi)
    >>> df.loc[df["series"].str.startswith("Source"), "change_percent"].tolist()
    [55.0, -38.0, -16.0]
    >>> df.loc[df["series"].str.startswith("Official"), "change_percent"].tolist()
    [50.0]
    """
    check_choice("sector", sector, SECTORS)
    check_frame(
        "value_added", value_added, ["year", "industry_va_100m_yuan", "primary_va_100m_yuan"]
    )
    check_frame(
        "national",
        national,
        ["year", "grain_output_revised_mt", "grain_output_old_official_mt", "steel_output_mt"],
    )
    check_frame("output_indices", output_indices, ["series", "year", "value"])
    loc_rows = output_indices[output_indices["series"] == "industrial_output_growth"]
    loc = {int(y): float(v) for y, v in zip(loc_rows["year"], loc_rows["value"], strict=True)}
    text = source_text_changes(sector)
    claims = {year: claim for s, year, _, claim in SOURCE_TEXT_CHANGES if s == sector}
    text_source = {y: f"source text [{claims[y]}]" for y in text}
    if sector == "industry":
        official = output_indices[output_indices["series"] == OFFICIAL_INDUSTRY]
        if official.empty:
            raise ValueError(f"output_indices must hold {OFFICIAL_INDUSTRY!r} rows (levels)")
        levels = pd.DataFrame(
            {"year": official["year"].astype(int), "level": official["value"].astype(float)}
        )
        runs = [{y: c for y, c in text.items() if y <= 1958}]
        runs.append({y: c for y, c in text.items() if y > 1958})
        parts = [
            (_changes_from_levels(levels, "level"), "official index (Chow 1993)"),
            (runs[0], text_source),
            (runs[1], text_source),
            (loc, "Library of Congress Country Study"),
            (_changes_from_levels(value_added, "industry_va_100m_yuan"), "NBS, CSY 1999"),
            (_changes_from_levels(national, "steel_output_mt"), "COW NMC v6"),
        ]
    else:
        parts = [
            (text, text_source),
            (_changes_from_levels(value_added, "primary_va_100m_yuan"), "NBS, CSY 1999"),
            (_changes_from_levels(national, "grain_output_revised_mt"), "revised official"),
            (_changes_from_levels(national, "grain_output_old_official_mt"), "older official"),
        ]
    rows = []
    for name, (changes, source) in zip(SERIES[sector], parts, strict=True):
        for year in sorted(changes):
            where = source[year] if isinstance(source, dict) else source
            rows.append((name, year, changes[year], where))
    return pd.DataFrame(rows, columns=CHANGE_COLUMNS)


def sector_levels(changes: pd.DataFrame) -> pd.DataFrame:
    """Chain each series of :func:`sector_changes` into levels, its first year = 1.

    What does not depend on the base year, computed once: :func:`on_base` then puts the
    levels on any base year in one division, which is all an app's redraw has to do.

    Returns
    -------
    pandas.DataFrame
        ``series``, ``year``, ``change_percent`` (NaN in a series' first year), ``level``,
        ``source``: one row per year each series covers (the year before its first change
        to its last).

    Examples
    --------
    >>> ch = pd.DataFrame({"series": ["a", "a"], "year": [1959, 1960],
    ...                    "change_percent": [-14.0, -13.0], "source": ["x", "x"]})
    >>> sector_levels(ch)["level"].round(4).tolist()
    [1.0, 0.86, 0.7482]
    """
    check_frame("changes", changes, CHANGE_COLUMNS)
    frames = []
    for name in dict.fromkeys(changes["series"]):
        part = changes[changes["series"] == name]
        mapping = dict(zip(part["year"].astype(int), part["change_percent"], strict=True))
        chained = chain_index(mapping, base_year=min(mapping) - 1)
        sources = dict(zip(part["year"].astype(int), part["source"], strict=True))
        rates = np.nan_to_num(chained["change_percent"].to_numpy(), nan=0.0)
        frames.append(
            pd.DataFrame(
                {
                    "series": name,
                    "year": chained["year"],
                    "change_percent": chained["change_percent"],
                    # As chain_index multiplies them, so on_base divides the same numbers.
                    "level": np.cumprod(1 + rates / 100),
                    "source": [sources.get(y, "starting level") for y in chained["year"]],
                }
            )
        )
    return pd.concat(frames, ignore_index=True).loc[:, LEVEL_COLUMNS]


def on_base(levels: pd.DataFrame, *, base_year: int) -> pd.DataFrame:
    """The levels of :func:`sector_levels` as indices with ``base_year`` = 100.

    A series with no level for ``base_year`` (its figures start later or stop earlier)
    cannot be put on that base: its ``index_base_100`` is NaN, and charts leave it out.

    Examples
    --------
    >>> ch = pd.DataFrame({"series": ["a", "a"], "year": [1959, 1960],
    ...                    "change_percent": [-14.0, -13.0], "source": ["x", "x"]})
    >>> on_base(sector_levels(ch), base_year=1959)["index_base_100"].round(2).tolist()
    [116.28, 100.0, 87.0]
    """
    check_frame("levels", levels, LEVEL_COLUMNS)
    base_year = check_number("base_year", base_year, low=FIRST_YEAR, high=LAST_YEAR, integer=True)
    at_base = levels["year"].to_numpy() == base_year
    base = dict(zip(levels["series"][at_base], levels["level"][at_base], strict=True))
    on = levels["series"].map(base).to_numpy(dtype=float)
    indices = levels.drop(columns="level").assign(
        index_base_100=100 * levels["level"].to_numpy() / on
    )
    return indices.loc[:, INDEX_COLUMNS]


def sector_indices(changes: pd.DataFrame, *, base_year: int) -> pd.DataFrame:
    """Chain each series of :func:`sector_changes` into an index with ``base_year`` = 100.

    A series with no level for ``base_year`` (its figures start later or stop earlier)
    cannot be put on that base: its ``index_base_100`` is NaN, and charts leave it out.
    (:func:`sector_levels`, then :func:`on_base`.)

    Returns
    -------
    pandas.DataFrame
        ``series``, ``year``, ``change_percent``, ``index_base_100``, ``source``.

    Examples
    --------
    >>> ch = pd.DataFrame({"series": ["a", "a"], "year": [1959, 1960],
    ...                    "change_percent": [-14.0, -13.0], "source": ["x", "x"]})
    >>> sector_indices(ch, base_year=1958)["index_base_100"].round(2).tolist()
    [100.0, 86.0, 74.82]
    """
    check_frame("changes", changes, CHANGE_COLUMNS)
    base_year = check_number("base_year", base_year, low=FIRST_YEAR, high=LAST_YEAR, integer=True)
    return on_base(sector_levels(changes), base_year=base_year)
