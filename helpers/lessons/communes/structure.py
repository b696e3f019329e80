"""Commune builder: merge cooperatives into a commune and read it as the source text's levels.

The three levels [S11]: commune, production brigades (one per former advanced cooperative),
production teams (about 30 households), then households and people. The result is checked
against the text's sizes [S9]. A teaching device: every parameter without a source is
labelled illustrative where it is used.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from helpers.core.i18n import number, t
from helpers.core.validate import check_number

#: The source text's sizes: cooperatives per commune and members per commune [S9].
S9_COOPERATIVES_PER_COMMUNE = (20, 30)


S9_MEMBERS_AVERAGE = (20_000, 30_000)


S9_MEMBERS_RANGE = (6_000, 44_400)


#: Households in a production team, "about 30" [S11].
S11_HOUSEHOLDS_PER_TEAM = 30


LEVELS = ("commune", "production brigade", "production team", "household", "person")


COMMUNE_COLUMNS = ["level", "units_per_commune", "households_per_unit", "persons_per_unit"]


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
    smallest, largest, lo, hi = (number(n, ",") for n in (smallest, largest, lo, hi))
    if band == "below the range":
        return t("below the smallest commune the text reports ({smallest})", smallest=smallest)
    if band == "above the range":
        return t("above the largest commune the text reports ({largest})", largest=largest)
    if band == "below the average":
        return t(
            "inside the text’s range of {smallest}–{largest}, but below its average",
            smallest=smallest,
            largest=largest,
        )
    if band == "above the average":
        return t(
            "inside the text’s range of {smallest}–{largest}, but above its average",
            smallest=smallest,
            largest=largest,
        )
    return t("inside the text’s average of {lo}–{hi}", lo=lo, hi=hi)


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
