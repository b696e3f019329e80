"""Rural labour in the Great Leap: farming, water works and backyard industry, by season.

The source text's answer to the shortage of capital [S5] was to make capital out of labour:
brigades of under-employed farm labour building irrigation and water-control works [S6],
and surplus rural labour running thousands of small "backyard" industrial projects [S7].
This model asks what that costs and what it buys.

* The year has seasons. In each, farm work needs a share of the labour force
  (``farm_need_share``): little in the winter slack season, nearly all at harvest.
* Labour moved to water works or backyard industry leaves the farms. Farm work done in a
  season is ``min(1, farming_share / farm_need_share)``: up to the season's surplus, moving
  labour costs no grain (the under-employment [S6] relies on); beyond it, work is left undone.
* Each season has a share of the harvest at stake (``harvest_at_stake``): the share lost
  if none of that season's farm work were done. This year's grain is the normal harvest times
  the product over seasons of ``1 - harvest_at_stake * (1 - work_done)``. At harvest the
  whole crop is at stake: grain left in the fields is lost.
* Backyard iron and steel is proportional to the labour-months put into it; only a share of
  it is usable. Modern plants add their own output.
* Water works pay off from next year: each labour-month adds grain a year if well built and
  takes grain away (waterlogging, failed dams) if badly built. ``quality`` (0-1) mixes the two.

Every parameter here is **illustrative** (no source gives them) except what
:mod:`.evidence` fills from the course data: the normal harvest and modern steel output.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from helpers.core.i18n import N_
from helpers.core.validate import check_frame, check_number

ALLOCATION_COLUMNS = [
    "season",
    "months",
    "farming_share",
    "water_works_share",
    "backyard_industry_share",
    "farm_need_share",
    "farm_work_done_share",
    "harvest_at_stake",
]


@dataclass(frozen=True)
class Season:
    """A season of the farm year (all figures illustrative).

    Attributes
    ----------
    name : str
        Label shown in charts, in English (charts and tables give it to
        :func:`helpers.core.i18n.t`).
    months : float
        Length in months.
    farm_need_share : float
        Share of the labour force that the season's farm work needs (0-1].
    harvest_at_stake : float
        Share of the harvest lost if none of this season's farm work is done (0-1).
    """

    name: str
    months: float
    farm_need_share: float
    harvest_at_stake: float


#: Three seasons, illustrative: a slack winter, a busy growing season, a harvest needing nearly all.
SEASONS = (
    Season(N_("winter slack"), 4, 0.4, 0.2),
    Season(N_("spring-summer growing"), 5, 0.8, 0.6),
    Season(N_("autumn harvest"), 3, 0.9, 1.0),
)


@dataclass(frozen=True)
class RuralEconomy:
    """The economy of the labour model.

    :func:`.evidence.rural_economy` fills the first two fields from the course data;
    the others are illustrative.

    Attributes
    ----------
    normal_grain_mt : float
        This year's harvest with all labour on the farms, million tonnes.
    modern_steel_mt : float
        Iron and steel from modern plants, million tonnes (all usable).
    seasons : tuple of Season
        The farm year.
    backyard_steel_mt_per_labour_month : float
        Backyard iron and steel from one month of the whole rural labour force, million tonnes.
    backyard_usable_share : float
        Share of backyard iron and steel that is usable.
    works_gain_mt_per_labour_month : float
        Extra grain a year from one labour-month of well-built water works, million tonnes.
    works_loss_mt_per_labour_month : float
        Grain lost a year to one labour-month of badly built works, million tonnes.
    """

    normal_grain_mt: float
    modern_steel_mt: float
    seasons: tuple[Season, ...] = SEASONS
    backyard_steel_mt_per_labour_month: float = 5.0
    backyard_usable_share: float = 0.5
    works_gain_mt_per_labour_month: float = 3.0
    works_loss_mt_per_labour_month: float = 1.5

    def __post_init__(self) -> None:
        check_number("normal_grain_mt", self.normal_grain_mt, low=0)
        check_number("modern_steel_mt", self.modern_steel_mt, low=0)
        check_number(
            "backyard_steel_mt_per_labour_month", self.backyard_steel_mt_per_labour_month, low=0
        )
        check_number("backyard_usable_share", self.backyard_usable_share, low=0, high=1)
        check_number("works_gain_mt_per_labour_month", self.works_gain_mt_per_labour_month, low=0)
        check_number("works_loss_mt_per_labour_month", self.works_loss_mt_per_labour_month, low=0)
        _check_seasons(self.seasons)


def allocate_labour(
    water_works: Sequence[float],
    backyard_industry: Sequence[float],
    *,
    seasons: Sequence[Season] = SEASONS,
) -> pd.DataFrame:
    """Split the labour force, season by season, and say how much farm work gets done.

    Parameters
    ----------
    water_works, backyard_industry : sequence of float
        Share of the labour force (0-1) on water works and in backyard industry, one per
        season; in each season the two together may not exceed 1.
    seasons : sequence of Season
        The farm year (default :data:`SEASONS`).

    Returns
    -------
    pandas.DataFrame
        One row per season: ``season``, ``months``, ``farming_share``, ``water_works_share``,
        ``backyard_industry_share``, ``farm_need_share``, ``farm_work_done_share`` (0-1),
        ``harvest_at_stake``.

    Examples
    --------
    >>> df = allocate_labour([0.5, 0, 0], [0.1, 0, 0.2])
    >>> df["farm_work_done_share"].round(3).tolist()
    [1.0, 1.0, 0.889]
    """
    seasons = _check_seasons(seasons)
    water = _shares("water_works", water_works, len(seasons))
    industry = _shares("backyard_industry", backyard_industry, len(seasons))
    for s, w, b in zip(seasons, water, industry, strict=True):
        if w + b > 1 + 1e-9:
            raise ValueError(
                f"water_works and backyard_industry must add up to at most 1 in each season; "
                f"got {w:g} + {b:g} in {s.name!r}"
            )
    farming = np.clip(1 - water - industry, 0, 1)
    need = np.array([s.farm_need_share for s in seasons], dtype=float)
    return pd.DataFrame(
        {
            "season": [s.name for s in seasons],
            "months": [float(s.months) for s in seasons],
            "farming_share": farming,
            "water_works_share": water,
            "backyard_industry_share": industry,
            "farm_need_share": need,
            "farm_work_done_share": np.minimum(1.0, farming / need),
            "harvest_at_stake": [float(s.harvest_at_stake) for s in seasons],
        }
    )


def mobilisation_outcome(
    allocation: pd.DataFrame, economy: RuralEconomy, *, quality: float
) -> pd.DataFrame:
    """This year's grain and steel, and the water works' later payoff, for one allocation.

    Parameters
    ----------
    allocation : pandas.DataFrame
        Output of :func:`allocate_labour`.
    economy : RuralEconomy
        Normal harvest, modern steel and the illustrative rates.
    quality : float
        Construction quality of the water works, 0 (all badly built) to 1 (all well built).

    Returns
    -------
    pandas.DataFrame
        One row: ``grain_normal_mt``, ``grain_this_year_mt``, ``grain_lost_mt``,
        ``steel_modern_mt``, ``steel_backyard_mt``, ``steel_backyard_usable_mt``,
        ``steel_total_mt``, ``steel_usable_mt``, ``works_labour_months``,
        ``works_payoff_mt_per_year`` (negative if the works do harm), ``grain_later_mt``
        (each later year) and ``payback_years`` (years of payoff to make up this year's
        lost grain: 0 if none was lost, NaN if the works never pay).

    Examples
    --------
    >>> eco = RuralEconomy(normal_grain_mt=200.0, modern_steel_mt=5.0)
    >>> out = mobilisation_outcome(allocate_labour([0.3, 0, 0], [0, 0, 0]), eco, quality=1.0)
    >>> out[["grain_lost_mt", "works_payoff_mt_per_year", "payback_years"]].iloc[0].tolist()
    [0.0, 3.6, 0.0]
    """
    check_frame("allocation", allocation, ALLOCATION_COLUMNS)
    if not isinstance(economy, RuralEconomy):
        raise TypeError(f"economy must be a RuralEconomy; got {type(economy).__name__}")
    q = check_number("quality", quality, low=0, high=1)
    months = allocation["months"].to_numpy()
    done = allocation["farm_work_done_share"].to_numpy()
    at_stake = allocation["harvest_at_stake"].to_numpy()
    factor = float(np.prod(1 - at_stake * (1 - done)))
    grain = economy.normal_grain_mt * factor
    backyard = economy.backyard_steel_mt_per_labour_month * float(
        (allocation["backyard_industry_share"].to_numpy() * months).sum()
    )
    usable = economy.backyard_usable_share * backyard
    works = float((allocation["water_works_share"].to_numpy() * months).sum())
    payoff = works * (
        economy.works_gain_mt_per_labour_month * q
        - economy.works_loss_mt_per_labour_month * (1 - q)
    )
    lost = economy.normal_grain_mt - grain
    if lost <= 1e-12:
        payback = 0.0
    elif payoff > 1e-12:
        payback = lost / payoff
    else:
        payback = math.nan
    return pd.DataFrame(
        {
            "grain_normal_mt": [economy.normal_grain_mt],
            "grain_this_year_mt": [grain],
            "grain_lost_mt": [max(lost, 0.0)],
            "steel_modern_mt": [economy.modern_steel_mt],
            "steel_backyard_mt": [backyard],
            "steel_backyard_usable_mt": [usable],
            "steel_total_mt": [economy.modern_steel_mt + backyard],
            "steel_usable_mt": [economy.modern_steel_mt + usable],
            "works_labour_months": [works],
            "works_payoff_mt_per_year": [payoff],
            "grain_later_mt": [economy.normal_grain_mt + payoff],
            "payback_years": [payback],
        }
    ).round(10)


def break_even_quality(economy: RuralEconomy) -> float:
    """The construction quality below which the water works cost more grain than they add.

    Examples
    --------
    >>> round(break_even_quality(RuralEconomy(200.0, 5.0)), 4)
    0.3333
    """
    if not isinstance(economy, RuralEconomy):
        raise TypeError(f"economy must be a RuralEconomy; got {type(economy).__name__}")
    gain, loss = economy.works_gain_mt_per_labour_month, economy.works_loss_mt_per_labour_month
    return loss / (gain + loss) if gain + loss > 0 else 0.0


def _check_seasons(seasons: object) -> tuple[Season, ...]:
    if isinstance(seasons, str) or not isinstance(seasons, Sequence) or not seasons:
        raise TypeError(f"seasons must be a non-empty sequence of Season; got {seasons!r}")
    for s in seasons:
        if not isinstance(s, Season):
            raise TypeError(f"seasons must hold Season objects; got {s!r}")
        check_number(f"season {s.name!r} months", s.months, low=0, high=12)
        check_number(f"season {s.name!r} farm_need_share", s.farm_need_share, low=0.01, high=1)
        check_number(f"season {s.name!r} harvest_at_stake", s.harvest_at_stake, low=0, high=1)
    return tuple(seasons)


def _shares(name: str, values: Sequence[float], n: int) -> np.ndarray:
    if isinstance(values, str) or not isinstance(values, Sequence | np.ndarray):
        raise TypeError(f"{name} must be a sequence of {n} shares from 0 to 1; got {values!r}")
    if len(values) != n:
        raise ValueError(f"{name} must hold {n} shares, one per season; got {len(values)}")
    return np.array(
        [check_number(f"{name}[{i}]", v, low=0, high=1) for i, v in enumerate(values)],
        dtype=float,
    )
