"""Mess halls: a grain stock drawn down month by month after the harvest (Chang and Wen 1997).

Rationing from the start against free meals for some months. A teaching device: every
parameter without a source is labelled illustrative where it is used.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from helpers.core.validate import check_frame, check_number

MESS_PATHS = ("rationed from the harvest", "free meals first")


MESS_COLUMNS = ["month", "path", "eaten_kg_per_person", "stock_kg_per_person"]


def mess_hall_path(
    stock_kg: float,
    *,
    need_kg_per_month: float,
    free_months: int,
    overeating_pct: float,
    months: int = 12,
) -> pd.DataFrame:
    """A village's grain per person, month by month from one harvest to the next.

    Two paths from the same stock. **Rationed from the harvest**: each month everyone eats
    ``need_kg_per_month`` while the stock lasts. **Free meals first**: for ``free_months``
    the mess hall serves freely and people eat ``overeating_pct`` percent above need; after
    that it rations at the need. On both paths nobody eats what is no longer there.

    Parameters
    ----------
    stock_kg : float
        Grain per person just after the harvest, kg (0-1,000).
    need_kg_per_month : float
        Grain a person needs in a month, kg (1-100).
    free_months : int
        Months of free meals before rationing (0 to ``months``).
    overeating_pct : float
        Eating above need while meals are free, percent (0-300).
    months : int
        Months until the next harvest (1-24).

    Returns
    -------
    pandas.DataFrame
        Rows for months 0 (just after the harvest) to ``months`` on each path of
        :data:`MESS_PATHS`: ``eaten_kg_per_person`` (in that month; 0 in month 0) and
        ``stock_kg_per_person`` (left at the month's end).

    Examples
    --------
    >>> df = mess_hall_path(120, need_kg_per_month=10, free_months=2, overeating_pct=50)
    >>> df[df["path"] == "free meals first"]["stock_kg_per_person"].tolist()[:4]
    [120.0, 105.0, 90.0, 80.0]
    """
    stock = check_number("stock_kg", stock_kg, low=0, high=1000)
    need = check_number("need_kg_per_month", need_kg_per_month, low=1, high=100)
    months = check_number("months", months, low=1, high=24, integer=True)
    free = check_number("free_months", free_months, low=0, high=months, integer=True)
    over = check_number("overeating_pct", overeating_pct, low=0, high=300)
    frames = []
    for path in MESS_PATHS:
        wanted = np.full(months, need)
        if path == "free meals first":
            wanted[:free] = need * (1 + over / 100)
        eaten = np.minimum(
            wanted, np.maximum(0.0, stock - np.concatenate([[0], np.cumsum(wanted)[:-1]]))
        )
        left = stock - np.cumsum(eaten)
        frames.append(
            pd.DataFrame(
                {
                    "month": np.arange(months + 1),
                    "path": path,
                    "eaten_kg_per_person": np.concatenate([[0.0], eaten]),
                    "stock_kg_per_person": np.maximum(0.0, np.concatenate([[stock], left])),
                }
            )
        )
    return pd.concat(frames, ignore_index=True)


def shortfall_month(path: pd.DataFrame, need_kg_per_month: float, which: str) -> int | None:
    """First month in which path ``which`` cannot give everyone the need (``None``: never).

    Examples
    --------
    >>> df = mess_hall_path(100, need_kg_per_month=10, free_months=4, overeating_pct=50)
    >>> shortfall_month(df, 10, "free meals first"), shortfall_month(df, 10, "rationed from the harvest")
    (9, 11)
    """
    check_frame("path", path, MESS_COLUMNS)
    need = check_number("need_kg_per_month", need_kg_per_month, low=1, high=100)
    if which not in MESS_PATHS:
        raise ValueError(f"which must be one of {MESS_PATHS}; got {which!r}")
    rows = path[(path["path"] == which) & (path["month"] > 0)]
    short = rows["eaten_kg_per_person"] < need * (1 - 1e-9)
    return int(rows.loc[short, "month"].iloc[0]) if short.any() else None


def ration_to_last(
    stock_kg: float,
    *,
    need_kg_per_month: float,
    free_months: int,
    overeating_pct: float,
    months: int = 12,
) -> float | None:
    """The monthly ration after the free meals that makes the rest last to the next harvest.

    ``None`` if there are no months left to ration (``free_months == months``).

    Examples
    --------
    >>> ration_to_last(120, need_kg_per_month=10, free_months=2, overeating_pct=50)
    9.0
    """
    path = mess_hall_path(
        stock_kg,
        need_kg_per_month=need_kg_per_month,
        free_months=free_months,
        overeating_pct=overeating_pct,
        months=months,
    )
    if free_months == months:
        return None
    free = path[path["path"] == "free meals first"].set_index("month")
    return float(free.loc[free_months, "stock_kg_per_person"] / (months - free_months))
