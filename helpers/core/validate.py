"""Argument checks shared by every public helper.

Each check raises ``TypeError`` for a value of the wrong kind and ``ValueError``
for a value of the right kind outside what is allowed. Both messages name the
parameter and say what is allowed, so a learner who mistypes sees what to fix.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from numbers import Real

import pandas as pd


def check_number(
    name: str,
    value: object,
    *,
    low: float | None = None,
    high: float | None = None,
    integer: bool = False,
) -> float:
    """Return ``value`` if it is a finite number within ``[low, high]``.

    Parameters
    ----------
    name : str
        The parameter's name, used in the error message.
    value : object
        The value to check. ``bool`` is refused (``True`` is not a share).
    low, high : float, optional
        Inclusive bounds.
    integer : bool
        Require a whole number.

    Examples
    --------
    >>> check_number("share_capital_goods", 0.3, low=0, high=1)
    0.3
    """
    allowed = _range_text(low, high, integer)
    if isinstance(value, bool) or not isinstance(value, Real):
        raise TypeError(f"{name} must be {allowed}; got {value!r} ({type(value).__name__})")
    if integer and float(value) != int(value):
        raise ValueError(f"{name} must be {allowed}; got {value!r}")
    if math.isnan(value) or math.isinf(value):
        raise ValueError(f"{name} must be {allowed}; got {value!r}")
    if (low is not None and value < low) or (high is not None and value > high):
        raise ValueError(f"{name} must be {allowed}; got {value!r}")
    return int(value) if integer else value


def check_choice(name: str, value: object, allowed: Iterable[object]) -> object:
    """Return ``value`` if it is one of ``allowed``.

    Examples
    --------
    >>> check_choice("series", "official", ("official", "banister"))
    'official'
    """
    options = tuple(allowed)
    if value not in options:
        listed = ", ".join(repr(o) for o in options)
        raise ValueError(f"{name} must be one of {listed}; got {value!r}")
    return value


def check_frame(name: str, frame: object, columns: Sequence[str]) -> pd.DataFrame:
    """Return ``frame`` if it is a non-empty DataFrame holding ``columns``.

    Examples
    --------
    >>> check_frame("df", pd.DataFrame({"year": [1958]}), ["year"]).shape
    (1, 1)
    """
    if not isinstance(frame, pd.DataFrame):
        raise TypeError(
            f"{name} must be a pandas DataFrame with columns {list(columns)}; "
            f"got {type(frame).__name__}"
        )
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise ValueError(f"{name} must have columns {list(columns)}; missing {missing}")
    if frame.empty:
        raise ValueError(f"{name} must have at least one row; got an empty DataFrame")
    return frame


def check_year_span(
    name: str, start: object, end: object, *, low: int, high: int
) -> tuple[int, int]:
    """Return ``(start, end)`` as ints if ``low <= start <= end <= high``.

    Examples
    --------
    >>> check_year_span("period", 1958, 1961, low=1949, high=1966)
    (1958, 1961)
    """
    start = check_number(f"{name} start", start, low=low, high=high, integer=True)
    end = check_number(f"{name} end", end, low=low, high=high, integer=True)
    if start > end:
        raise ValueError(f"{name} start must not be after its end; got {start} > {end}")
    return start, end


def _range_text(low: float | None, high: float | None, integer: bool) -> str:
    kind = "a whole number" if integer else "a number"
    if low is not None and high is not None:
        return f"{kind} from {low} to {high}"
    if low is not None:
        return f"{kind} of at least {low}"
    if high is not None:
        return f"{kind} of at most {high}"
    return kind if integer else "a finite number"
