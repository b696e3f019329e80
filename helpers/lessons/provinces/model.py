"""A pure model for lesson 07 (template: replace it, and rename the file after its topic).

Arguments in, a tidy DataFrame out, units in the column names; every argument checked with
:mod:`helpers.core.validate`, so a bad value is refused with its name and allowed range.
"""

from __future__ import annotations

import pandas as pd

from helpers.core.validate import check_number

PATH_COLUMNS = ["year", "output_mt"]


def output_path(start_mt: float, growth_percent: float, years: int, *, first_year: int = 1957):
    """Output growing at a constant yearly rate.

    Parameters
    ----------
    start_mt : float
        Output in ``first_year``, million tonnes (0-1,000).
    growth_percent : float
        Growth a year, percent (-50 to 100).
    years : int
        Years after ``first_year`` (1-30).

    Returns
    -------
    pandas.DataFrame
        ``year``, ``output_mt``: one row per year, ``first_year`` included.

    Examples
    --------
    >>> output_path(10.0, 10.0, 2)["output_mt"].round(2).tolist()
    [10.0, 11.0, 12.1]
    """
    check_number("start_mt", start_mt, low=0, high=1000)
    check_number("growth_percent", growth_percent, low=-50, high=100)
    years = check_number("years", years, low=1, high=30, integer=True)
    first_year = check_number("first_year", first_year, low=1900, high=2100, integer=True)
    factor = 1 + growth_percent / 100
    return pd.DataFrame(
        {
            "year": [first_year + k for k in range(years + 1)],
            "output_mt": [start_mt * factor**k for k in range(years + 1)],
        }
    )
