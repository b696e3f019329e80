"""Three small models behind lesson 03, "The people's communes".

1. **Commune builder**: merge cooperatives into a commune and read it as the source text's
   three levels [S11]: commune, production brigades (one per former advanced cooperative),
   production teams (about 30 households), then households and people. The result is
   checked against the text's sizes [S9].
2. **Incentives and the accounting unit**: a stylised model in the spirit of Lin (1990),
   "Collectivization and China's Agricultural Crisis in 1959-1961" (Journal of Political
   Economy 98(6)). Members of a unit share its harvest. Work points pay a share
   ``monitoring`` of each member's effort; the rest is shared equally, so a member keeps
   ``1/N + monitoring * (1 - 1/N)`` of what an extra hour of his or her work adds. Members
   notice shirking only in small units (``watch_households / N``, at most 1); a noticed
   shirker is fully disciplined where members may leave the unit (the exit right, removed in
   the autumn of 1958) and only partly where they may not. Effort is in percent of full effort.
3. **Mess halls**: a grain stock drawn down month by month after the harvest, under
   rationing from the start against free meals for some months (Chang and Wen 1997).

All three are teaching devices: their structure is stated here and in the lesson, and every
parameter without a source is labelled illustrative where it is used.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from helpers.core.validate import check_frame, check_number

#: The source text's sizes: cooperatives per commune and members per commune [S9].
S9_COOPERATIVES_PER_COMMUNE = (20, 30)
S9_MEMBERS_AVERAGE = (20_000, 30_000)
S9_MEMBERS_RANGE = (6_000, 44_400)
#: Households in a production team, "about 30" [S11].
S11_HOUSEHOLDS_PER_TEAM = 30

LEVELS = ("commune", "production brigade", "production team", "household", "person")
COMMUNE_COLUMNS = ["level", "units_per_commune", "households_per_unit", "persons_per_unit"]
REGIMES = ("no right to exit", "right to exit")
EFFORT_COLUMNS = [
    "households_sharing",
    "regime",
    "marginal_reward",
    "noticed_probability",
    "effort_pct",
]
MESS_PATHS = ("rationed from the harvest", "free meals first")
MESS_COLUMNS = ["month", "path", "eaten_kg_per_person", "stock_kg_per_person"]


# ---- 1. commune builder ----------------------------------------------------------------


def build_commune(
    n_cooperatives: int,
    households_per_cooperative: float,
    persons_per_household: float,
    households_per_team: float = S11_HOUSEHOLDS_PER_TEAM,
) -> pd.DataFrame:
    """Merge ``n_cooperatives`` equal cooperatives into one commune, level by level.

    Each cooperative becomes one production brigade [S11]; each brigade is split into the
    whole number of teams closest to ``households_per_cooperative / households_per_team``
    (at least one), so a team's actual size can differ a little from the target.

    Parameters
    ----------
    n_cooperatives : int
        Advanced cooperatives merged (1-200).
    households_per_cooperative : float
        Households in each cooperative (1-2,000).
    persons_per_household : float
        People per household (1-12).
    households_per_team : float
        Target households in a production team (1-500; the text's "about 30", [S11]).

    Returns
    -------
    pandas.DataFrame
        One row per level of :data:`LEVELS`: ``units_per_commune`` (how many of that unit
        one commune holds), ``households_per_unit`` and ``persons_per_unit``.

    Examples
    --------
    >>> df = build_commune(28, 160, 5.0)
    >>> df.set_index("level")["units_per_commune"].to_dict()
    {'commune': 1.0, 'production brigade': 28.0, 'production team': 140.0, 'household': 4480.0, 'person': 22400.0}
    """
    n = check_number("n_cooperatives", n_cooperatives, low=1, high=200, integer=True)
    h = check_number("households_per_cooperative", households_per_cooperative, low=1, high=2000)
    p = check_number("persons_per_household", persons_per_household, low=1, high=12)
    t = check_number("households_per_team", households_per_team, low=1, high=500)
    teams_per_brigade = max(1, round(h / t))
    units = [1, n, n * teams_per_brigade, n * h, n * h * p]
    households = [n * h, h, h / teams_per_brigade, 1.0, 1.0 / p]
    return pd.DataFrame(
        {
            "level": list(LEVELS),
            "units_per_commune": np.asarray(units, dtype=float),
            "households_per_unit": np.asarray(households, dtype=float),
            "persons_per_unit": np.asarray(households, dtype=float) * p,
        }
    )


def members_band(members: float) -> str:
    """Where a commune's membership falls against the source text's sizes [S9], in two words.

    One of "below the range", "below the average", "inside the average", "above the
    average", "above the range" (range 6,000-44,400; average 20,000-30,000).

    Examples
    --------
    >>> members_band(22_400), members_band(5_000), members_band(35_000)
    ('inside the average', 'below the range', 'above the average')
    """
    m = check_number("members", members, low=0)
    (lo, hi), (smallest, largest) = S9_MEMBERS_AVERAGE, S9_MEMBERS_RANGE
    if m < smallest:
        return "below the range"
    if m > largest:
        return "above the range"
    if m < lo:
        return "below the average"
    if m > hi:
        return "above the average"
    return "inside the average"


def members_verdict(members: float) -> str:
    """Place a commune's membership against the source text's sizes [S9], in a phrase.

    Examples
    --------
    >>> members_verdict(22_400)
    'inside the text’s average of 20,000–30,000'
    >>> members_verdict(50_000)
    'above the largest commune the text reports (44,400)'
    """
    band = members_band(members)
    (lo, hi), (smallest, largest) = S9_MEMBERS_AVERAGE, S9_MEMBERS_RANGE
    return {
        "below the range": f"below the smallest commune the text reports ({smallest:,})",
        "above the range": f"above the largest commune the text reports ({largest:,})",
        "below the average": f"inside the text’s range of {smallest:,}–{largest:,}, "
        "but below its average",
        "above the average": f"inside the text’s range of {smallest:,}–{largest:,}, "
        "but above its average",
        "inside the average": f"inside the text’s average of {lo:,}–{hi:,}",
    }[band]


def persons_per_household(members: float, households: float) -> float:
    """People per household implied by a commune's members and households.

    Examples
    --------
    >>> round(persons_per_household(20_000, 4_614), 2)
    4.33
    """
    m = check_number("members", members, low=0)
    h = check_number("households", households, low=1)
    return m / h


# ---- 2. incentives and the accounting unit ---------------------------------------------


def _sizes(households: object) -> np.ndarray:
    """Household counts as a float array, each a finite number of at least 1."""
    if isinstance(households, bool | str) or households is None:
        raise TypeError(
            f"households must be a number of at least 1 or an array of them; got {households!r}"
        )
    try:
        sizes = np.asarray(households, dtype=float)
    except (TypeError, ValueError):
        raise TypeError(
            f"households must be a number of at least 1 or an array of them; got {households!r}"
        ) from None
    if sizes.size == 0 or not np.all(np.isfinite(sizes)) or np.any(sizes < 1):
        raise ValueError(
            f"households must be a number of at least 1 or an array of them; got {households!r}"
        )
    return sizes


def marginal_reward(households: object, monitoring: float) -> np.ndarray | float:
    """Share of the output of a member's extra effort that comes back to that member.

    Work points pay ``monitoring`` of it to the worker; the rest goes into the pool shared
    equally by the unit's ``households``, so ``1/N + monitoring * (1 - 1/N)``.

    Examples
    --------
    >>> marginal_reward(30, 0.25)
    0.275
    >>> marginal_reward(1, 0.0)
    1.0
    """
    n = _sizes(households)
    m = check_number("monitoring", monitoring, low=0, high=1)
    r = 1 / n + m * (1 - 1 / n)
    return float(r) if r.ndim == 0 else r


def effort_pct(
    households: object,
    monitoring: float,
    *,
    exit_right: bool,
    watch_households: float = S11_HOUSEHOLDS_PER_TEAM,
    sanction_without_exit: float = 0.5,
) -> np.ndarray | float:
    """Effort (percent of full effort) in a unit of ``households`` that share the harvest.

    ``effort = r + (1 - r) * q * s``: ``r`` is :func:`marginal_reward`, ``q`` the chance that
    members notice a shirker (``min(1, watch_households / N)``) and ``s`` the sanction that
    follows: 1 with the right to exit (the diligent can leave and take the gains of working
    together with them), ``sanction_without_exit`` without it (complaints, docked work points).

    Parameters
    ----------
    households : number or array
        Households sharing the harvest (at least 1).
    monitoring : float
        Share of effort paid through work points (0-1, illustrative).
    exit_right : bool
        Whether members may leave the unit.
    watch_households : float
        Households whose work members can see and judge (1-10,000, illustrative).
    sanction_without_exit : float
        Strength of the sanction on a noticed shirker when nobody may leave (0-1, illustrative).

    Examples
    --------
    >>> round(effort_pct(4614, 0.3, exit_right=False), 1)
    30.2
    >>> effort_pct(30, 0.3, exit_right=True)
    100.0
    """
    if not isinstance(exit_right, bool):
        raise TypeError(f"exit_right must be True or False; got {exit_right!r}")
    n = _sizes(households)
    w = check_number("watch_households", watch_households, low=1, high=10_000)
    s = check_number("sanction_without_exit", sanction_without_exit, low=0, high=1)
    r = np.asarray(marginal_reward(n, monitoring))
    noticed = np.minimum(1.0, w / n)
    effort = 100 * (r + (1 - r) * noticed * (1.0 if exit_right else s))
    return float(effort) if effort.ndim == 0 else effort


def incentive_curves(
    monitoring: float,
    *,
    watch_households: float = S11_HOUSEHOLDS_PER_TEAM,
    sanction_without_exit: float = 0.5,
    max_households: int = 10_000,
    points: int = 61,
) -> pd.DataFrame:
    """Effort against the number of households sharing the harvest, with and without exit.

    Sizes run from 1 to ``max_households`` evenly on a log scale.

    Returns
    -------
    pandas.DataFrame
        ``2 * points`` rows: ``households_sharing``, ``regime`` (one of :data:`REGIMES`),
        ``marginal_reward``, ``noticed_probability``, ``effort_pct``.

    Examples
    --------
    >>> df = incentive_curves(0.3, points=3, max_households=100)
    >>> df[df["regime"] == "no right to exit"]["effort_pct"].round(1).tolist()
    [100.0, 68.5, 41.1]
    """
    check_number("max_households", max_households, low=10, high=100_000, integer=True)
    check_number("points", points, low=2, high=400, integer=True)
    sizes = np.logspace(0, np.log10(max_households), points)
    return unit_efforts(
        sizes,
        monitoring,
        watch_households=watch_households,
        sanction_without_exit=sanction_without_exit,
    )


def unit_efforts(
    households: object,
    monitoring: float,
    *,
    watch_households: float = S11_HOUSEHOLDS_PER_TEAM,
    sanction_without_exit: float = 0.5,
) -> pd.DataFrame:
    """The effort model at the given unit sizes, both regimes, as a tidy frame.

    Examples
    --------
    >>> unit_efforts([30, 4614], 0.3)["effort_pct"].round(1).tolist()
    [66.2, 30.2, 100.0, 30.5]
    """
    n = np.atleast_1d(_sizes(households))
    noticed = np.minimum(1.0, check_number("watch_households", watch_households, low=1) / n)
    frames = []
    for regime in REGIMES:
        frames.append(
            pd.DataFrame(
                {
                    "households_sharing": n,
                    "regime": regime,
                    "marginal_reward": np.atleast_1d(marginal_reward(n, monitoring)),
                    "noticed_probability": noticed,
                    "effort_pct": np.atleast_1d(
                        effort_pct(
                            n,
                            monitoring,
                            exit_right=regime == "right to exit",
                            watch_households=watch_households,
                            sanction_without_exit=sanction_without_exit,
                        )
                    ),
                }
            )
        )
    return pd.concat(frames, ignore_index=True)


# ---- 3. mess halls -----------------------------------------------------------------------


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
