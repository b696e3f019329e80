"""Lesson 07's sourced figures, read from the course data (template: replace them)."""

from __future__ import annotations

from helpers.core import data


def steel_1957_mt() -> float:
    """Steel output in 1957, million tonnes (``national_series``, COW NMC v6).

    Examples
    --------
    >>> steel_1957_mt()
    5.35
    """
    national = data.load_cached("national_series").set_index("year")
    return float(national.loc[1957, "steel_output_mt"])
