"""Decentralised targets and inflated reports: what the state takes and what is left.

After 1957 much economic authority sat with provinces, counties and localities [S2], and
political zeal was the motor of the Leap [S16]. Localities under pressure to show a "leap"
reported more grain than they had grown. This model follows one harvest through that:

* ``localities`` equal localities (same people, same true harvest per person: a uniform
  year, so only the reports differ);
* each reports its harvest inflated by a factor ``1 + inflation``; inflation averages
  ``mean_inflation`` and is spread evenly from ``mean * (1 - spread)`` to
  ``mean * (1 + spread)`` (the most zealous localities inflate most);
* the state procures ``procurement_share`` of **reported** output (its rate on reports),
  but never more than a locality actually has;
* what is left stays in the village for food, seed and fodder, and is set against a
  subsistence line in kg per rural person.

The model's result is the share of the **real** harvest taken (``procured_share_of_true``
in :func:`reports_summary`). That is what the recorded shares measure (Lin and Yang 2000
divide procurement by output as later recorded), so a recorded share belongs beside the
result, never in ``procurement_share``: applied to inflated reports it would count the
inflation twice.

The harvest, the population and the normal rate on reports (1957's recorded share, when
reports were not yet inflated: an assumption) come from the course data (see
:mod:`.evidence`); inflation, its spread, the rural share of the population and the
subsistence line are **illustrative**.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from helpers.core.validate import check_frame, check_number

LOCALITY_COLUMNS = [
    "locality",
    "report_inflation",
    "true_output_mt",
    "reported_output_mt",
    "procured_mt",
    "grain_left_mt",
    "rural_population_million",
    "grain_left_kg_per_person",
    "subsistence_kg_per_person",
    "below_subsistence",
]


def locality_reports(
    harvest_mt: float,
    population_million: float,
    *,
    procurement_share: float,
    mean_inflation: float,
    inflation_spread: float = 0.0,
    rural_share: float = 0.85,
    subsistence_kg: float = 200.0,
    localities: int = 20,
) -> pd.DataFrame:
    """Reported output, procurement and grain left, locality by locality.

    Parameters
    ----------
    harvest_mt : float
        The true national harvest, million tonnes (> 0).
    population_million : float
        Total population, millions (> 0); ``rural_share`` of it lives in the localities.
    procurement_share : float
        Share of *reported* output the state procures, its rate on reports (0-1).
    mean_inflation : float
        Average over-reporting: 0.5 means reports 50 % above the true harvest (0-3).
    inflation_spread : float
        How unequal the over-reporting is, 0 (all alike) to 1 (from none to twice the mean).
    rural_share : float
        Rural share of the population (0-1]; illustrative.
    subsistence_kg : float
        Grain a rural person needs a year, kg, for food, seed and fodder (50-500); illustrative.
    localities : int
        Number of localities (1-200).

    Returns
    -------
    pandas.DataFrame
        One row per locality, ordered from the least to the most inflated report, with
        ``locality`` (1, 2, ...), ``report_inflation``, ``true_output_mt``,
        ``reported_output_mt``, ``procured_mt``, ``grain_left_mt``,
        ``rural_population_million``, ``grain_left_kg_per_person``,
        ``subsistence_kg_per_person`` and ``below_subsistence`` (bool).

    Examples
    --------
    >>> df = locality_reports(200.0, 650.0, procurement_share=0.25, mean_inflation=0.0,
    ...                       localities=2)
    >>> df["procured_mt"].tolist(), df["grain_left_kg_per_person"].round(1).tolist()
    ([25.0, 25.0], [271.5, 271.5])
    """
    harvest = check_number("harvest_mt", harvest_mt, low=1e-6)
    population = check_number("population_million", population_million, low=1e-6)
    share = check_number("procurement_share", procurement_share, low=0, high=1)
    mean = check_number("mean_inflation", mean_inflation, low=0, high=3)
    spread = check_number("inflation_spread", inflation_spread, low=0, high=1)
    rural = check_number("rural_share", rural_share, low=1e-6, high=1)
    line = check_number("subsistence_kg", subsistence_kg, low=50, high=500)
    n = check_number("localities", localities, low=1, high=200, integer=True)
    position = np.linspace(-1.0, 1.0, n) if n > 1 else np.zeros(1)
    inflation = mean * (1 + spread * position)
    true = np.full(n, harvest / n)
    reported = true * (1 + inflation)
    procured = np.minimum(share * reported, true)
    left = true - procured
    people = np.full(n, rural * population / n)
    left_kg = 1000 * left / people
    return pd.DataFrame(
        {
            "locality": np.arange(1, n + 1),
            "report_inflation": inflation,
            "true_output_mt": true,
            "reported_output_mt": reported,
            "procured_mt": procured,
            "grain_left_mt": left,
            "rural_population_million": people,
            "grain_left_kg_per_person": left_kg,
            "subsistence_kg_per_person": np.full(n, float(line)),
            "below_subsistence": left_kg < line,
        }
    )


def reports_summary(reports: pd.DataFrame) -> pd.DataFrame:
    """National totals of :func:`locality_reports`: one row.

    Returns
    -------
    pandas.DataFrame
        ``true_output_mt``, ``reported_output_mt``, ``procured_mt``, ``grain_left_mt``,
        ``procured_share_of_true``, ``grain_left_kg_per_person`` (rural average),
        ``localities``, ``localities_below``, ``rural_people_below_share``, and
        ``worst_left_kg_per_person`` (the most inflated locality).

    Examples
    --------
    >>> df = locality_reports(200.0, 650.0, procurement_share=0.3, mean_inflation=0.5,
    ...                       inflation_spread=1.0, localities=3)
    >>> s = reports_summary(df).iloc[0]
    >>> round(float(s["procured_share_of_true"]), 2), int(s["localities_below"])
    (0.45, 2)
    """
    check_frame("reports", reports, LOCALITY_COLUMNS)
    true = float(reports["true_output_mt"].sum())
    procured = float(reports["procured_mt"].sum())
    left = float(reports["grain_left_mt"].sum())
    people = float(reports["rural_population_million"].sum())
    below = reports["below_subsistence"].to_numpy(dtype=bool)
    return pd.DataFrame(
        {
            "true_output_mt": [true],
            "reported_output_mt": [float(reports["reported_output_mt"].sum())],
            "procured_mt": [procured],
            "grain_left_mt": [left],
            "procured_share_of_true": [procured / true],
            "grain_left_kg_per_person": [1000 * left / people],
            "localities": [len(reports)],
            "localities_below": [int(below.sum())],
            "rural_people_below_share": [
                float(reports.loc[below, "rural_population_million"].sum() / people)
            ],
            "worst_left_kg_per_person": [float(reports["grain_left_kg_per_person"].min())],
        }
    )
