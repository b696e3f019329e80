"""Grain as food: a tonnage in person-years of a ration (lesson 05's model).

Pure functions: arguments in, a tidy DataFrame or a number out, units in the names; every
argument checked with :mod:`helpers.core.validate`.
"""

from __future__ import annotations

import pandas as pd

from helpers.core.validate import check_frame, check_number

#: Columns of a grain-flow frame (see :func:`person_years_table`).
FLOW_COLUMNS = ["year", "flow", "grain_mt"]
#: Columns :func:`person_years_table` adds.
PERSON_YEAR_COLUMNS = [*FLOW_COLUMNS, "person_years_million"]


def person_years(grain_mt: float, ration_kg: float) -> float:
    """How many million people ``grain_mt`` million tonnes would feed for a year.

    One million tonnes is 10⁹ kg, so at ``ration_kg`` kg a person a year it feeds
    10⁹ / ration people, that is 1,000 / ration million.

    Parameters
    ----------
    grain_mt : float
        Grain, million tonnes (0-1,000).
    ration_kg : float
        Grain a person eats in a year, kg (50-500).

    Examples
    --------
    >>> person_years(4.2, 200)
    21.0
    """
    check_number("grain_mt", grain_mt, low=0, high=1000)
    check_number("ration_kg", ration_kg, low=50, high=500)
    return float(grain_mt) * 1000.0 / float(ration_kg)


def person_years_table(flows: pd.DataFrame, ration_kg: float) -> pd.DataFrame:
    """Each grain flow (``year``, ``flow``, ``grain_mt``) with its person-years at a ration.

    Examples
    --------
    >>> flows = pd.DataFrame({"year": [1959], "flow": ["net exports"], "grain_mt": [4.2]})
    >>> person_years_table(flows, 210)["person_years_million"].tolist()
    [20.0]
    """
    check_frame("flows", flows, FLOW_COLUMNS)
    check_number("ration_kg", ration_kg, low=50, high=500)
    out = flows[FLOW_COLUMNS].copy()
    out["person_years_million"] = [person_years(g, ration_kg) for g in out["grain_mt"]]
    return out.reset_index(drop=True)
