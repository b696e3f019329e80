"""Baseline death (or birth) rates: what a rate "would have been" in normal years.

Lesson 06 counts the national famine's excess deaths against a baseline and lesson 07 maps
each province's excess against one; both choose it the same way, defined here once:

* ``"fixed"``: one year's rate (``baseline_years`` is that year twice);
* ``"mean"``: the mean rate of the years ``first..last``;
* ``"line"``: the straight line through the rates of two different years, extended to every
  year (typically one year before the famine and one after).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from helpers.core.i18n import t
from helpers.core.validate import check_choice, check_year_span

METHODS = ("fixed", "mean", "line")


def baseline_label(method: str, baseline_years: tuple[int, int]) -> str:
    """Words for a baseline, e.g. ``"mean of the 1956-1957 rates"``, in the current language.

    The words are already translated (:func:`helpers.core.i18n.t` with the years as
    placeholders): show them as they are and never pass them to ``t`` again. A frame column
    made from them (``excess_by_year``'s ``baseline``) is in the language it was built in.

    Examples
    --------
    >>> baseline_label("line", (1957, 1963))
    'line from the 1957 to the 1963 rate'
    """
    check_choice("method", method, METHODS)
    first, last = check_year_span("baseline_years", *baseline_years, low=1000, high=3000)
    if method == "fixed" or first == last:
        return t("the {first} rate", first=first)
    if method == "mean":
        return t("mean of the {first}-{last} rates", first=first, last=last)
    return t("line from the {first} to the {last} rate", first=first, last=last)


def check_baseline(method: str, baseline_years: object, *, low: int, high: int) -> tuple[int, int]:
    """Return ``baseline_years`` as ``(first, last)`` if they suit ``method`` within low-high.

    Examples
    --------
    >>> check_baseline("line", (1957, 1963), low=1954, high=1966)
    (1957, 1963)
    """
    check_choice("method", method, METHODS)
    if not isinstance(baseline_years, tuple | list) or len(baseline_years) != 2:
        raise TypeError(
            f"baseline_years must be a pair of years (first, last); got {baseline_years!r}"
        )
    first, last = check_year_span("baseline_years", *baseline_years, low=low, high=high)
    if method == "fixed" and first != last:
        raise ValueError(
            f"baseline_years must be one year twice for method 'fixed', e.g. ({first}, {first}); "
            f"got ({first}, {last})"
        )
    if method == "line" and first == last:
        raise ValueError(
            f"baseline_years must be two different years for method 'line'; got ({first}, {last})"
        )
    return first, last


def baseline_rate(
    rate: pd.Series, method: str, first: int, last: int, years: np.ndarray
) -> np.ndarray:
    """The baseline rate in each of ``years``, from ``rate`` (indexed by year).

    ``first`` and ``last`` must be checked already (:func:`check_baseline`) and ``rate`` must
    hold them (for ``"mean"``, every year between counts where it has a value).

    Examples
    --------
    >>> r = pd.Series([10.0, 12.0, 14.0], index=[1956, 1957, 1958])
    >>> baseline_rate(r, "line", 1956, 1957, np.array([1958])).tolist()
    [14.0]
    """
    check_choice("method", method, METHODS)
    if method == "fixed":
        return np.full(len(years), rate[first], dtype=float)
    if method == "mean":
        return np.full(len(years), rate.loc[first:last].mean(), dtype=float)
    slope = (rate[last] - rate[first]) / (last - first)
    return rate[first] + slope * (np.asarray(years) - first)
