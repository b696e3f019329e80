"""The published estimates of famine excess deaths, tidied for charts and filters.

Everything here is read from ``data.load("excess_death_estimates")``: author, year of
publication, the figure (a point, a range, or a lower bound), the period as printed, and the
editorial ``method`` and ``data_basis`` columns. Nothing is added from elsewhere; where the
table has no figure, the row says so and is not drawn.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from helpers.core.i18n import N_, number, t
from helpers.core.validate import check_choice, check_frame

TABLE_COLUMNS = [
    "author",
    "year_published",
    "title",
    "venue",
    "excess_deaths_million",
    "excess_deaths_low_million",
    "excess_deaths_high_million",
    "period",
    "lost_births_million",
    "note",
    "method",
    "data_basis",
    "area",
    "standing",
]
ESTIMATE_COLUMNS = [
    "label",
    "author_short",
    "year_published",
    "decade",
    "periods",
    "period_as_printed",
    "method",
    "data_basis",
    "area",
    "standing",
    "kind",
    "figure_text",
    "deaths_million",
    "low_million",
    "high_million",
    "lost_births_million",
    "title",
    "venue",
    "note",
]
#: Periods a row can be filed under: spans printed at the start of its ``period`` text.
PERIODS = ("1958-61", "1959-61", "1958-62", "not given as years")
NO_YEAR = "year not given"
#: The standing of a row that counts in summaries, and the marks of those that do not.
INDEPENDENT = "independent estimate"
NOT_COUNTED = {
    "repeats another estimate": N_("repeats"),
    "outside the scholarly literature": N_("not scholarship"),
    "derived from the registers": N_("registered data"),
}
ALL = "all"
_SPAN = re.compile(r"(\d{4})\s*[-–]\s*(\d{2,4})")
_CUT = re.compile(r"\s\(|;|,|\sas\s|\swith\s|\sreporting\s")


#: Author fields that are descriptions, not names: translated where shown.
NOT_NAMES = (N_("Official statistics"), N_("Conservative estimates"))


def short_author(author: str) -> str:
    """A short name for an author field: the first surname, a second author or "et al.".

    Names stay as written; the words joining them ("and", "via") are in the current language.

    Examples
    --------
    >>> short_author("Ashton, Basil; Hill, Kenneth; Piazza, Alan; Zeitz, Robin")
    'Ashton et al.'
    >>> short_author("Chang, Jung (and Halliday, Jon)")
    'Chang and Halliday'
    """
    if not isinstance(author, str) or not author.strip():
        raise ValueError(f"author must be a non-empty string; got {author!r}")
    text = author.strip().replace('"', "")
    first = _CUT.split(text, maxsplit=1)[0].strip()
    first = t(first) if first in NOT_NAMES else first
    second = re.search(r"\(and ([^,)]+)|\swith\s([^,;(]+)", text)
    via = re.search(r"summarised by (\S+)", text)
    if ";" in text:
        return f"{first} et al."
    if second:
        return t(
            "{first} and {second}", first=first, second=(second.group(1) or second.group(2)).strip()
        )
    return t("{first} (via {via})", first=first, via=via.group(1)) if via else first


def period_spans(period: str) -> tuple[str, ...]:
    """The year spans a ``period`` text starts with, as ``"1958-61"``; () if it starts otherwise.

    Only the opening phrase counts (up to the first ``;``, ``,`` or ``(``): a span quoted later
    in a remark does not make the estimate's period.

    Examples
    --------
    >>> period_spans("1958-61 / 1959-61")
    ('1958-61', '1959-61')
    >>> period_spans("famine years (1958-60 in a glossary)")
    ()
    """
    if not isinstance(period, str):
        raise TypeError(f"period must be a string; got {type(period).__name__}")
    head = re.split(r"[;,(]", period.strip(), maxsplit=1)[0]
    if not head[:1].isdigit():
        return ()
    return tuple(f"{a}-{b[-2:]}" for a, b in _SPAN.findall(head))


def decade_of(year: object) -> str:
    """``"1980s"`` for 1984; ``"year not given"`` for a missing year.

    Examples
    --------
    >>> decade_of(2008), decade_of(pd.NA)
    ('2000s', 'year not given')
    """
    if year is None or year is pd.NA or (isinstance(year, float) and np.isnan(year)):
        return NO_YEAR
    if isinstance(year, bool) or not isinstance(year, int | np.integer | float):
        raise TypeError(f"year must be a whole number or missing; got {year!r}")
    if float(year) != int(year) or not 1000 <= year <= 3000:
        raise ValueError(f"year must be a whole number from 1000 to 3000; got {year!r}")
    return f"{int(year) // 10 * 10}s"


def _figure(value: float, low: float, high: float) -> tuple[str, str]:
    """The kind of figure (an English value) and its text (in the current language)."""
    if not np.isnan(low) and not np.isnan(high):
        return "range", t("{low}-{high}", low=number(low, "g"), high=number(high, "g"))
    if not np.isnan(low):
        return "at least", t("at least {low}", low=number(low, "g"))
    if not np.isnan(value):
        return "point", number(value, "g")
    return "no figure", t("no figure in the table")


def tidy_estimates(table: pd.DataFrame) -> pd.DataFrame:
    """One row per published estimate, with a label, decade, period spans and figure kind.

    Parameters
    ----------
    table : pandas.DataFrame
        ``data.load("excess_death_estimates")``.

    Returns
    -------
    pandas.DataFrame
        ``label`` (short author, year, the area if not all China, and "(repeats)" or
        "(not scholarship)" for a row not counted in summaries; in the current language, as
        ``figure_text`` is), ``author_short``, ``author_short``,
        ``year_published``, ``decade``, ``periods`` (spans joined by " / ", or "not given as
        years"), ``period_as_printed``, ``method``, ``data_basis``, ``area``, ``kind``
        ("point", "range", "at least" or "no figure"), ``figure_text``, ``deaths_million`` (the
        point drawn: the estimate, or the lower bound), ``low_million``, ``high_million``,
        ``lost_births_million``, ``title``, ``venue``, ``note``.

    Examples
    --------
    >>> t = pd.DataFrame({c: [""] for c in TABLE_COLUMNS})
    >>> t = t.assign(author="Chen Yizi", year_published=pd.array([pd.NA], "Int64"),
    ...     excess_deaths_million=np.nan, excess_deaths_low_million=43.0,
    ...     excess_deaths_high_million=46.0, lost_births_million=np.nan,
    ...     period="famine years", area="China", standing=INDEPENDENT)
    >>> tidy_estimates(t)[["label", "kind", "figure_text", "decade"]].values.tolist()
    [['Chen Yizi (no year)', 'range', '43-46', 'year not given']]
    """
    check_frame("table", table, TABLE_COLUMNS)
    rows = []
    for r in table.itertuples(index=False):
        value, low, high = (
            float(r.excess_deaths_million),
            float(r.excess_deaths_low_million),
            float(r.excess_deaths_high_million),
        )
        kind, text = _figure(value, low, high)
        year = None if pd.isna(r.year_published) else int(r.year_published)
        short = short_author(r.author)
        label = f"{short} {year}" if year is not None else t("{author} (no year)", author=short)
        if r.area and r.area != "China":
            label = t("{label} ({area} only)", label=label, area=t(r.area))
        if r.standing != INDEPENDENT:
            label += f" ({t(NOT_COUNTED.get(r.standing, r.standing))})"
        spans = period_spans(r.period)
        rows.append(
            {
                "label": label,
                "author_short": short,
                "year_published": year,
                "decade": decade_of(year),
                "periods": " / ".join(spans) if spans else PERIODS[-1],
                "period_as_printed": r.period,
                "method": r.method,
                "data_basis": r.data_basis,
                "area": r.area,
                "standing": r.standing,
                "kind": kind,
                "figure_text": text,
                "deaths_million": low if kind == "at least" else value,
                "low_million": low,
                "high_million": high,
                "lost_births_million": float(r.lost_births_million),
                "title": r.title,
                "venue": r.venue,
                "note": r.note,
            }
        )
    out = pd.DataFrame(rows, columns=ESTIMATE_COLUMNS)
    out["year_published"] = out["year_published"].astype("Int64")
    return out


def national_range(estimates: pd.DataFrame) -> dict[str, float]:
    """Lowest and highest figure (million) of the independent national estimates.

    Rows for one province, rows without a figure, and rows that repeat another estimate or
    stand outside the scholarly literature are left out (``standing``).

    Examples
    --------
    >>> e = pd.DataFrame({"area": ["China"] * 3, "standing": [INDEPENDENT, INDEPENDENT,
    ...     "repeats another estimate"], "deaths_million": [15.0, np.nan, 99.0],
    ...     "low_million": [np.nan, 43.0, np.nan], "high_million": [np.nan, 46.0, np.nan]})
    >>> national_range(e)
    {'low_million': 15.0, 'high_million': 46.0, 'estimates': 2}
    """
    check_frame(
        "estimates",
        estimates,
        ["area", "standing", "deaths_million", "low_million", "high_million"],
    )
    counted = estimates[(estimates["area"] == "China") & (estimates["standing"] == INDEPENDENT)]
    low = counted["deaths_million"].fillna(counted["low_million"]).dropna()
    high = counted["high_million"].fillna(counted["deaths_million"]).dropna()
    if low.empty:
        raise ValueError("estimates must hold at least one independent national estimate")
    return {
        "low_million": float(low.min()),
        "high_million": float(high.max()),
        "estimates": int(len(low)),
    }


def filter_estimates(
    estimates: pd.DataFrame, *, method: str = ALL, period: str = ALL, decade: str = ALL
) -> pd.DataFrame:
    """The estimates made by ``method``, covering ``period``, published in ``decade``.

    ``"all"`` keeps every row for that filter. A row whose period names two spans
    (``"1958-61 / 1959-61"``) matches either.

    Examples
    --------
    >>> e = pd.DataFrame({"method": ["a", "b"], "periods": ["1958-61", "1958-61 / 1959-61"],
    ...                   "decade": ["1980s", "2000s"]})
    >>> len(filter_estimates(e, period="1959-61")), len(filter_estimates(e, method="a"))
    (1, 1)
    """
    check_frame("estimates", estimates, ["method", "periods", "decade"])
    check_choice("method", method, (ALL, *sorted(set(estimates["method"]))))
    check_choice("period", period, (ALL, *PERIODS))
    check_choice("decade", decade, (ALL, *sorted(set(estimates["decade"]))))
    keep = pd.Series(True, index=estimates.index)
    if method != ALL:
        keep &= estimates["method"] == method
    if period != ALL:
        keep &= estimates["periods"].str.split(" / ").map(lambda spans: period in spans)
    if decade != ALL:
        keep &= estimates["decade"] == decade
    return estimates[keep]
