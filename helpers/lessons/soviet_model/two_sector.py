"""Two small growth models behind lesson 01: why heavy industry first, and what it costs.

1. **Two-sector growth** (Feldman 1928, Mahalanobis 1955): the capital-goods sector's
   output is next year's investment; a share ``lam`` of it goes back into the
   capital-goods sector and the rest into the consumer-goods sector. A larger ``lam``
   means less to consume now and faster growth later.
2. **The food constraint** (the source text's "not enough capital to invest heavily in
   industry and agriculture at the same time", [S5]): investment is split between farming
   and non-farm sectors; the non-farm population grows with non-farm capital and eats
   from the grain that leaves the villages. The model finds the year when urban need
   exceeds that marketed surplus.

Both models are deliberately tiny teaching devices. Their default parameters are
illustrative unless the lesson passes in a sourced figure (see :mod:`.evidence`).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from helpers.core.validate import check_frame, check_number

TWO_SECTOR_COLUMNS = [
    "year",
    "path",
    "share_capital_goods",
    "investment_output_index",
    "consumption_output_index",
    "capital_goods_capital_index",
    "consumer_goods_capital_index",
]


def two_sector_path(
    share_capital_goods: float,
    *,
    v_k: float = 2.0,
    v_c: float = 2.0,
    years: int = 30,
    depreciation: float = 0.0,
    investment_0: float = 25.0,
    consumption_0: float = 100.0,
) -> pd.DataFrame:
    """Simulate one Feldman-Mahalanobis path, year 0 to ``years``.

    Output of the capital-goods sector is ``I_t = K_k,t / v_k``; of the consumer-goods
    sector ``C_t = K_c,t / v_c``. Each year ``I_t`` is installed: a share
    ``share_capital_goods`` in the capital-goods sector, the rest in the consumer-goods
    sector; both stocks lose ``depreciation`` a year. With no depreciation,
    ``I_t = I_0 (1 + lam / v_k)**t`` and ``C_t = C_0 + (1 - lam) / v_c * sum_{s<t} I_s``.

    Parameters
    ----------
    share_capital_goods : float
        ``lam``, the share of each year's investment put back into making capital goods (0-1).
    v_k, v_c : float
        Capital-output ratios of the capital-goods and consumer-goods sectors (years).
    years : int
        Horizon in years (1-200).
    depreciation : float
        Share of each capital stock lost per year (0-0.5).
    investment_0, consumption_0 : float
        Year-0 outputs as an index (illustrative defaults: consumption 100, investment 25).

    Returns
    -------
    pandas.DataFrame
        One row per year: ``year`` (from the start), ``path`` ("single"),
        ``share_capital_goods``, ``investment_output_index``, ``consumption_output_index``,
        ``capital_goods_capital_index``, ``consumer_goods_capital_index`` (all indices in
        the units of ``consumption_0``).

    Examples
    --------
    >>> df = two_sector_path(0.5, v_k=2, v_c=2, years=2)
    >>> df["investment_output_index"].round(4).tolist()
    [25.0, 31.25, 39.0625]
    """
    lam = check_number("share_capital_goods", share_capital_goods, low=0, high=1)
    v_k = check_number("v_k", v_k, low=0.1, high=50)
    v_c = check_number("v_c", v_c, low=0.1, high=50)
    years = check_number("years", years, low=1, high=200, integer=True)
    dep = check_number("depreciation", depreciation, low=0, high=0.5)
    check_number("investment_0", investment_0, low=0)
    check_number("consumption_0", consumption_0, low=0)
    k_k = np.empty(years + 1)
    k_c = np.empty(years + 1)
    k_k[0], k_c[0] = v_k * investment_0, v_c * consumption_0
    for t in range(years):
        invest = k_k[t] / v_k
        k_k[t + 1] = (1 - dep) * k_k[t] + lam * invest
        k_c[t + 1] = (1 - dep) * k_c[t] + (1 - lam) * invest
    return pd.DataFrame(
        {
            "year": np.arange(years + 1),
            "path": "single",
            "share_capital_goods": float(lam),
            "investment_output_index": k_k / v_k,
            "consumption_output_index": k_c / v_c,
            "capital_goods_capital_index": k_k,
            "consumer_goods_capital_index": k_c,
        }
    )


def two_sector_paths(high_share: float, comparison_share: float, **kwargs: float) -> pd.DataFrame:
    """Two Feldman-Mahalanobis paths in one long table: ``path`` is "high" or "comparison".

    Keyword arguments (``v_k``, ``v_c``, ``years``, ...) are those of
    :func:`two_sector_path` and apply to both paths.

    Examples
    --------
    >>> df = two_sector_paths(0.5, 0.2, years=10)
    >>> df.groupby("path").size().to_dict()
    {'comparison': 11, 'high': 11}
    """
    high = two_sector_path(high_share, **kwargs).assign(path="high")
    low = two_sector_path(comparison_share, **kwargs).assign(path="comparison")
    return pd.concat([high, low], ignore_index=True)


def overtaking_year(paths: pd.DataFrame) -> int | None:
    """First year in which the high-share path produces more consumer goods than the other.

    Returns ``None`` if it never does within the horizon, or if the "high" share is not
    above the comparison share (then there is nothing to overtake).

    Examples
    --------
    >>> overtaking_year(two_sector_paths(0.5, 0.2, v_k=2, v_c=2, years=20))
    8
    >>> overtaking_year(two_sector_paths(0.3, 0.3)) is None
    True
    """
    check_frame("paths", paths, TWO_SECTOR_COLUMNS)
    is_high = (paths["path"] == "high").to_numpy()
    is_low = (paths["path"] == "comparison").to_numpy()
    if not is_high.any() or is_high.sum() != is_low.sum():
        raise ValueError("paths must hold a 'high' and a 'comparison' path of equal length")
    share = paths["share_capital_goods"].to_numpy()
    if share[is_high][0] <= share[is_low][0]:
        return None
    years = paths["year"].to_numpy()[is_high]
    consumption = paths["consumption_output_index"].to_numpy()
    ahead = consumption[is_high] > consumption[is_low] * (1 + 1e-12)
    return int(years[ahead.argmax()]) if ahead.any() else None


@dataclass(frozen=True)
class FoodEconomy:
    """The base-year economy of the food-constraint model.

    :func:`.evidence.food_economy` fills the first six fields from the course data
    (grain, population, value added); the last four are illustrative.

    Attributes
    ----------
    start_year : int
        Base year.
    grain_mt : float
        Grain output in the base year, million tonnes.
    population_million : float
        Year-end population in the base year, millions.
    population_growth : float
        Population growth per year (a fraction, e.g. 0.02).
    farm_va : float
        Farm (primary-sector) value added in the base year (100 million yuan).
    nonfarm_va : float
        Non-farm value added (GDP minus primary) in the base year (100 million yuan).
    urban_share : float
        Non-farm population as a share of the total in the base year (illustrative).
    marketed_share : float
        Share of the harvest that leaves the villages to feed the towns (illustrative).
    v_agr, v_nonfarm : float
        Capital-output ratios of farming and of the non-farm sectors (illustrative).
    """

    start_year: int
    grain_mt: float
    population_million: float
    population_growth: float
    farm_va: float
    nonfarm_va: float
    urban_share: float = 0.13
    marketed_share: float = 0.20
    v_agr: float = 3.0
    v_nonfarm: float = 3.0


def food_constraint_path(
    economy: FoodEconomy,
    *,
    share_agriculture: float,
    investment_rate: float,
    grain_kg_per_person: float = 200.0,
    years: int = 20,
) -> pd.DataFrame:
    """Urban grain need against the marketed surplus, year by year.

    Each year a fraction ``investment_rate`` of output is invested; ``share_agriculture``
    of it raises farm output by ``investment / v_agr``, the rest raises non-farm output by
    ``investment / v_nonfarm``. Grain output moves with farm output, and the non-farm
    population with non-farm output (fixed people per unit of capital). The towns need
    ``grain_kg_per_person`` for each non-farm person; the villages release
    ``marketed_share`` of the harvest.

    Parameters
    ----------
    economy : FoodEconomy
        Base-year figures.
    share_agriculture : float
        Share of investment that goes to farming (0-1).
    investment_rate : float
        Investment as a share of output (0-0.6).
    grain_kg_per_person : float
        Grain each non-farm person needs per year, kg (50-400; illustrative).
    years : int
        Horizon in years (1-60).

    Returns
    -------
    pandas.DataFrame
        One row per year: ``year``, ``grain_output_mt``, ``marketed_surplus_mt``,
        ``urban_grain_need_mt``, ``urban_population_million``, ``rural_population_million``,
        ``rural_grain_kg_per_person`` (grain left in the villages per rural person),
        ``farm_va_index``, ``nonfarm_va_index`` (base year = 100).

    Examples
    --------
    >>> eco = FoodEconomy(1952, 160.0, 570.0, 0.02, 340.0, 340.0)
    >>> df = food_constraint_path(eco, share_agriculture=0.07, investment_rate=0.15, years=3)
    >>> df["year"].tolist()
    [1952, 1953, 1954, 1955]
    """
    if not isinstance(economy, FoodEconomy):
        raise TypeError(f"economy must be a FoodEconomy; got {type(economy).__name__}")
    a = check_number("share_agriculture", share_agriculture, low=0, high=1)
    s = check_number("investment_rate", investment_rate, low=0, high=0.6)
    kg = check_number("grain_kg_per_person", grain_kg_per_person, low=50, high=400)
    years = check_number("years", years, low=1, high=60, integer=True)
    farm = np.empty(years + 1)
    nonfarm = np.empty(years + 1)
    farm[0], nonfarm[0] = economy.farm_va, economy.nonfarm_va
    for t in range(years):
        invest = s * (farm[t] + nonfarm[t])
        farm[t + 1] = farm[t] + a * invest / economy.v_agr
        nonfarm[t + 1] = nonfarm[t] + (1 - a) * invest / economy.v_nonfarm
    steps = np.arange(years + 1)
    population = economy.population_million * (1 + economy.population_growth) ** steps
    urban = economy.urban_share * economy.population_million * nonfarm / nonfarm[0]
    rural = population - urban
    grain = economy.grain_mt * farm / farm[0]
    left_in_villages = (1 - economy.marketed_share) * grain
    return pd.DataFrame(
        {
            "year": economy.start_year + steps,
            "grain_output_mt": grain,
            "marketed_surplus_mt": economy.marketed_share * grain,
            "urban_grain_need_mt": urban * kg / 1000,
            "urban_population_million": urban,
            "rural_population_million": rural,
            "rural_grain_kg_per_person": np.where(
                rural > 0, left_in_villages * 1000 / rural, np.nan
            ),
            "farm_va_index": 100 * farm / farm[0],
            "nonfarm_va_index": 100 * nonfarm / nonfarm[0],
        }
    )


def binding_year(path: pd.DataFrame) -> int | None:
    """First year in which urban grain need exceeds the marketed surplus (``None``: never).

    Examples
    --------
    >>> df = pd.DataFrame({"year": [1952, 1953], "urban_grain_need_mt": [10.0, 12.0],
    ...                    "marketed_surplus_mt": [11.0, 11.5]})
    >>> binding_year(df)
    1953
    """
    check_frame("path", path, ["year", "urban_grain_need_mt", "marketed_surplus_mt"])
    short = path["urban_grain_need_mt"] > path["marketed_surplus_mt"]
    return int(path.loc[short, "year"].iloc[0]) if short.any() else None
