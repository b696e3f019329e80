"""Lesson 03's sourced figures, and the frames its apps and figures draw from the course data.

Sourced figures come from ``data.load``; every other parameter is illustrative and says so
where it is used.
"""

from __future__ import annotations

from functools import cache

import pandas as pd

from helpers.core import data
from helpers.core.i18n import N_
from helpers.core.validate import check_choice
from helpers.lessons.communes import incentives, structure

#: Illustrative defaults (no source gives them); the lesson labels them as such.
PERSONS_PER_HOUSEHOLD_DEFAULT = 5.0


MONITORING_DEFAULT = 0.3


SANCTION_WITHOUT_EXIT = 0.5


FREE_MONTHS_DEFAULT = 4


OVEREATING_PCT_DEFAULT = 50

#: Date of the commune size the models use: Xinhua's count of 30 September 1958 (4,797 households).
COMMUNE_SIZE_DATE = "1958-09-30"


@cache
def _table(name: str) -> pd.DataFrame:
    return data.load(name)


def commune_figure(series: str, date_as_printed: str | None = None) -> float:
    """One value of the ``communes`` table, by series (and date as printed, if it repeats).

    Examples
    --------
    >>> commune_figure("communes_number", "1958-09-30")
    23397.0
    >>> commune_figure("apcs_merged_into_communes")
    740000.0
    """
    table = _table("communes")
    check_choice("series", series, tuple(dict.fromkeys(table["series"])))
    rows = table[table["series"] == series]
    if date_as_printed is not None:
        check_choice("date_as_printed", date_as_printed, tuple(rows["date_as_printed"]))
        rows = rows[rows["date_as_printed"] == date_as_printed]
    elif len(rows) > 1:
        raise ValueError(
            f"date_as_printed must be given for {series!r}: one of {tuple(rows['date_as_printed'])}"
        )
    return float(rows["value"].iloc[0])


def cooperatives_per_commune() -> float:
    """Cooperatives merged (740,000, August-October 1958) per commune at the end of October.

    The merger was complete only by the end of October (about 26,000 communes, 99 % of rural
    households); Xinhua's 23,397 communes of 30 September held only 90.4 %.

    Examples
    --------
    >>> round(cooperatives_per_commune(), 1)
    28.5
    """
    return commune_figure("apcs_merged_into_communes") / commune_figure(
        "communes_number", "1958-10-31"
    )


def households_per_cooperative() -> float:
    """Households in communes at the end of 1958 (120 million) per cooperative merged.

    Examples
    --------
    >>> round(households_per_cooperative())
    162
    """
    households = commune_figure("households_in_communes", "1958-end") * 1e6
    return households / commune_figure("apcs_merged_into_communes")


def household_size_ceiling() -> float:
    """People per rural household if all of China's people had lived in rural households.

    Year-end 1958 population divided by all rural households (Cliff's 120 million households in
    communes over their share, 98.2 %, of all rural households). Town dwellers are in
    the numerator but their households are not in the denominator, so the true rural
    household was smaller: this is a ceiling.

    Examples
    --------
    >>> round(household_size_ceiling(), 2)
    5.4
    """
    ns = _table("national_series").set_index("year")
    households_million = commune_figure("households_in_communes", "1958-09") / (
        commune_figure("share_rural_households_in_communes", "1958-09") / 100
    )
    return float(ns.loc[1958, "population_yearend_million"] / households_million)


def unit_sizes() -> dict[str, float]:
    """Households in each unit that could share the harvest, from the sources.

    A household; a production team of about 30 households [S11]; a brigade the size of an
    average cooperative merged in 1958 (:func:`households_per_cooperative`); a commune of
    4,797 households (Xinhua, 30 September 1958, the dated official count; an end-October
    report gives about 4,700, Cliff 1960 4,614).

    Examples
    --------
    >>> unit_sizes()
    {'household (1)': 1.0, 'team (30)': 30.0, 'brigade (162)': 162.0, 'commune (4,797)': 4797.0}
    """
    brigade = float(round(households_per_cooperative()))
    commune = commune_figure("households_per_commune_average", COMMUNE_SIZE_DATE)
    team = float(structure.S11_HOUSEHOLDS_PER_TEAM)
    return {
        "household (1)": 1.0,
        f"team ({team:,.0f})": team,
        f"brigade ({brigade:,.0f})": brigade,
        f"commune ({commune:,.0f})": commune,
    }


def need_kg_per_month() -> float:
    """Grain eaten per person in 1957 (203 kg a year, indicative) spread over 12 months.

    Examples
    --------
    >>> round(need_kg_per_month(), 2)
    16.92
    """
    grain = _table("grain_procurement_trade")
    row = grain[(grain["series"] == "grain_consumption_per_capita") & (grain["year"] == 1957)]
    return float(row["value"].iloc[0]) / 12


def incentive_frames(
    monitoring: float, watch_households: float
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The incentive model's curves and its values at :func:`unit_sizes`, both regimes.

    Examples
    --------
    >>> curves, units = incentive_frames(0.3, 30)
    >>> units[units["regime"] == "no right to exit"]["effort_pct"].round(0).tolist()
    [100.0, 66.0, 37.0, 30.0]
    """
    kwargs = {"watch_households": watch_households, "sanction_without_exit": SANCTION_WITHOUT_EXIT}
    curves = incentives.incentive_curves(monitoring, **kwargs)
    sizes = unit_sizes()
    units = incentives.unit_efforts(list(sizes.values()), monitoring, **kwargs)
    units["unit"] = list(sizes) * len(incentives.REGIMES)
    return curves, units


#: Each kind of unit in :func:`unit_sizes`, by itself and as a place ("in a team (30)").
UNIT_NAMES = {
    "household": (N_("household ({households})"), N_("in a household ({households})")),
    "team": (N_("team ({households})"), N_("in a team ({households})")),
    "brigade": (N_("brigade ({households})"), N_("in a brigade ({households})")),
    "commune": (N_("commune ({households})"), N_("in a commune ({households})")),
}


COMMUNISATION_EVENTS = {
    "Chengdu conference": N_("Chengdu conference"),
    "Qiliying": N_("Mao at Qiliying"),
    "Beidaihe resolution": N_("Beidaihe resolution"),
}


#: The shares the chart and the day count use: (date as printed, label).
COMMUNISATION_SHARES = {
    "1958-09-30": N_("90.4 % (Xinhua)"),
    "1958-10-31": N_("99 %"),
    "1958-end": N_("over 99 %"),
}


def communisation_frames() -> tuple[pd.DataFrame, pd.DataFrame]:
    """The sourced shares of rural households in communes in 1958 and the decisions before.

    Xinhua's count of 30 September, the end-October and end-1958 figures; Cliff's (1960)
    undated end-September 98.2 % disagrees with Xinhua and is left to the table.

    Examples
    --------
    >>> shares, events = communisation_frames()
    >>> shares["share_pct"].tolist(), events["date"].tolist()
    ([90.4, 99.0, 99.0], ['1958-03-08', '1958-08-06', '1958-08-29'])
    """
    table = _table("communes")
    rows = table[table["series"] == "share_rural_households_in_communes"].set_index(
        "date_as_printed"
    )
    rows = rows.loc[list(COMMUNISATION_SHARES)]
    shares = pd.DataFrame(
        {
            "date": rows["date"].to_numpy(),
            "share_pct": rows["value"].to_numpy(),
            "label": list(COMMUNISATION_SHARES.values()),
        }
    )
    timeline = _table("timeline")
    events = []
    for key, label in COMMUNISATION_EVENTS.items():
        row = timeline[timeline["event"].str.contains(key, regex=False)].iloc[0]
        events.append({"date": row["date_start"], "event": label})
    return shares, pd.DataFrame(events)


def days_after_beidaihe() -> pd.DataFrame:
    """Each 1958 share of rural households in communes, with the days since Beidaihe.

    Returns
    -------
    pandas.DataFrame
        ``date``, ``share_pct``, ``label``, ``days_after_resolution`` (days after the
        Beidaihe resolution of 29 August 1958).

    Examples
    --------
    >>> days_after_beidaihe()["days_after_resolution"].tolist()
    [32, 63, 124]
    """
    shares, events = communisation_frames()
    resolution = pd.Timestamp(events.set_index("event").loc["Beidaihe resolution", "date"])
    days = (pd.to_datetime(shares["date"]) - resolution).dt.days
    return shares.assign(days_after_resolution=days.to_numpy())
