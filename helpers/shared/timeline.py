"""The course timeline: choose events by theme and period (pure functions).

The events come from ``data.load("timeline")`` (a hand-compiled table, every row
with its source and where it was read). :func:`filter_events` keeps the events
of the chosen themes that overlap the chosen years and adds what a chart needs:
parsed dates, a readable date label and the period of the event.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import pandas as pd

from helpers.core import data
from helpers.core.i18n import N_, t
from helpers.core.validate import check_choice, check_year_span

#: The fixed theme list of ``data/timeline.csv``, in the order charts show it (defined by
#: the data build, read from the descriptor).
THEMES = data.vocabulary("timeline", "theme")
FIRST_YEAR, LAST_YEAR = 1949, 1966
#: Periods of the course (labels of ours; the years of the First Plan and of the Leap
#: follow the timeline's events and the source text's own title, "1958-60").
PERIODS = (
    ("before the First Plan", 1949, 1952),
    ("First Five-Year Plan", 1953, 1957),
    ("Great Leap Forward", 1958, 1960),
    ("after the Leap", 1961, 1966),
)
EVENT_COLUMNS = ("event", "date_start", "date_end", "date_precision", "theme", "source")
#: The months in English (the names a learner may type as an answer); each is translated where
#: a date is written (:func:`date_label`).
MONTHS = (
    N_("January"),
    N_("February"),
    N_("March"),
    N_("April"),
    N_("May"),
    N_("June"),
    N_("July"),
    N_("August"),
    N_("September"),
    N_("October"),
    N_("November"),
    N_("December"),
)


def parse_date(text: object, *, name: str = "date") -> dt.date:
    """Return the first day an ISO date string can mean: ``"1958"``, ``"1958-05"``, ``"1958-05-04"``.

    Examples
    --------
    >>> parse_date("1958-05")
    datetime.date(1958, 5, 1)
    """
    if isinstance(text, dt.date):
        return text
    if not isinstance(text, str):
        raise TypeError(f"{name} must be an ISO date string such as '1958-05-04'; got {text!r}")
    parts = text.strip().split("-")
    try:
        year, month, day = (int(p) for p in (parts + ["1", "1"])[:3])
        if len(parts) > 3 or len(parts[0]) != 4:
            raise ValueError
        return dt.date(year, month, day)
    except ValueError:
        raise ValueError(
            f"{name} must be an ISO date string such as '1958', '1958-05' or '1958-05-04'; "
            f"got {text!r}"
        ) from None


def period_of(date: object) -> str:
    """Name the course period a date falls in (see :data:`PERIODS`).

    Parameters
    ----------
    date : str or datetime.date
        An ISO date string (``"1960-07-16"``, ``"1960-07"``, ``"1960"``) or a date,
        between 1949 and 1966.

    Examples
    --------
    >>> period_of("1960-07-16")
    'Great Leap Forward'
    >>> period_of("1961")
    'after the Leap'
    """
    year = parse_date(date).year
    for label, first, last in PERIODS:
        if first <= year <= last:
            return label
    raise ValueError(f"date must fall between {FIRST_YEAR} and {LAST_YEAR}; got {date!r}")


def date_label(date: object, precision: str = "day") -> str:
    """Write a date as precisely as the source gives it: '16 July 1960', 'May 1958', '1961'
    (in the current language: Kazakh writes '1960 жылғы 16 шілде').

    Examples
    --------
    >>> date_label("1958-05", "month")
    'May 1958'
    """
    check_choice("precision", precision, ("day", "month", "year"))
    d = parse_date(date)
    if precision == "year":
        return f"{d.year}"
    month = t(MONTHS[d.month - 1])
    if precision == "month":
        return t("{month} {year}", month=month, year=d.year)
    return t("{day} {month} {year}", day=d.day, month=month, year=d.year)


def filter_events(
    events: pd.DataFrame,
    themes: str | Iterable[str] = "all",
    start_year: int = FIRST_YEAR,
    end_year: int = LAST_YEAR,
) -> pd.DataFrame:
    """Keep the events of ``themes`` that overlap ``start_year``-``end_year``, in date order.

    Parameters
    ----------
    events : pandas.DataFrame
        The timeline table (``data.load("timeline")``), with columns ``event``,
        ``date_start``, ``date_end`` (ISO or ``""``), ``date_precision``, ``theme``, ``source``.
    themes : str or iterable of str
        ``"all"``, one theme, or several, from :data:`THEMES`.
    start_year, end_year : int
        The period, inclusive, within 1949-1966. An event spanning several years is kept
        if any part of it falls in the period.

    Returns
    -------
    pandas.DataFrame
        The kept rows (possibly none) with added columns ``start`` and ``end`` (ISO date
        strings of the first day; ``end`` equals ``start`` for single-day events),
        ``has_span`` (bool), ``when`` (a readable date or span, in the current language) and
        ``period``. The event texts stay in English (code finds events by them): translate
        them where they are shown.

    Examples
    --------
    >>> ev = pd.DataFrame({"event": ["a", "b"], "date_start": ["1958-08-29", "1960-07"],
    ...                    "date_end": ["", ""], "date_precision": ["day", "month"],
    ...                    "theme": ["politics", "foreign relations"], "source": ["x", "y"]})
    >>> filter_events(ev, "foreign relations", 1960, 1960)[["event", "when"]].values.tolist()
    [['b', 'July 1960']]
    """
    if not isinstance(events, pd.DataFrame):
        raise TypeError(f"events must be a pandas DataFrame; got {type(events).__name__}")
    missing = [c for c in EVENT_COLUMNS if c not in events.columns]
    if missing:
        raise ValueError(f"events must have columns {list(EVENT_COLUMNS)}; missing {missing}")
    chosen = _themes(themes)
    start_year, end_year = check_year_span(
        "years", start_year, end_year, low=FIRST_YEAR, high=LAST_YEAR
    )
    starts = [parse_date(s, name="date_start") for s in events["date_start"]]
    ends = [
        parse_date(e, name="date_end") if isinstance(e, str) and e.strip() else s
        for s, e in zip(starts, events["date_end"], strict=True)
    ]
    out = events.assign(
        start=[s.isoformat() for s in starts],
        end=[e.isoformat() for e in ends],
        has_span=[e > s for s, e in zip(starts, ends, strict=True)],
        when=[
            _when(s, e, p)
            for s, e, p in zip(
                events["date_start"], events["date_end"], events["date_precision"], strict=True
            )
        ],
        period=[period_of(s) for s in starts],
    )
    keep = (
        out["theme"].isin(chosen)
        & pd.Series([s.year <= end_year for s in starts], index=out.index)
        & pd.Series([e.year >= start_year for e in ends], index=out.index)
    )
    return out[keep].sort_values(["start", "event"]).reset_index(drop=True)


def _themes(themes: str | Iterable[str]) -> tuple[str, ...]:
    if isinstance(themes, str):
        if themes == "all":
            return THEMES
        return (check_choice("themes", themes, ("all", *THEMES)),)
    try:
        chosen = tuple(themes)
    except TypeError:
        raise TypeError(
            f"themes must be 'all', a theme or a list of themes; got {themes!r}"
        ) from None
    if not chosen:
        raise ValueError(f"themes must name at least one of {list(THEMES)}; got none")
    for theme in chosen:
        check_choice("themes", theme, THEMES)
    return chosen


def _when(start: str, end: object, precision: str) -> str:
    """Write an event's date or span; the end is given as precisely as the start."""
    first = date_label(start, precision)
    if not (isinstance(end, str) and end.strip()):
        return first
    return f"{first} – {date_label(end, precision)}"
