"""Incentives and the accounting unit: a monitoring and team-size model.

The logic is that of team production (Alchian and Demsetz 1972, "Production, Information
Costs, and Economic Organization", American Economic Review 62(5)): shirking pays where
nobody can see it, and a large team is harder to watch. Members of a unit share its harvest.
Work points pay a share ``monitoring`` of each member's effort; the rest is shared equally, so
a member keeps ``1/N + monitoring * (1 - 1/N)`` of what an extra hour of his or her work adds.
Members notice shirking only in small units (``watch_households / N``, at most 1); a noticed
shirker is fully disciplined where members may leave the unit (the exit right, removed in the
autumn of 1958) and only partly where they may not. Effort is in percent of full effort.

This is not Lin's (1990, Journal of Political Economy 98(6)) model. In Lin's repeated game the
threat of exit sustains effort in a collective of any size; here exit matters only where
shirking can be seen, so at commune scale it is worth almost nothing, nearly the opposite of
Lin's claim that withdrawing it in 1958 caused the collapse. A teaching device: its structure
is stated here and in the lesson.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from helpers.core.validate import check_number
from helpers.lessons.communes.structure import S11_HOUSEHOLDS_PER_TEAM

REGIMES = ("no right to exit", "right to exit")


EFFORT_COLUMNS = [
    "households_sharing",
    "regime",
    "marginal_reward",
    "noticed_probability",
    "effort_pct",
]


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
    >>> round(effort_pct(4797, 0.3, exit_right=False), 1)
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
    >>> unit_efforts([30, 4797], 0.3)["effort_pct"].round(1).tolist()
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
