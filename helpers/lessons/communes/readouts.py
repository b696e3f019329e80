"""What lesson 03's cells show: labelled tables and sentences built from the data and models.

Each function returns a :func:`helpers.core.display.table` or :func:`helpers.core.display.prose`
so that a cell is one call and every figure the prose quotes is computed, not typed.
"""

from __future__ import annotations

import pandas as pd

from helpers.core import display
from helpers.core.data import load
from helpers.core.validate import check_number
from helpers.lessons.communes import incentives, mess_halls, structure
from helpers.lessons.communes.evidence import (
    COMMUNE_SIZE_DATE,
    FREE_MONTHS_DEFAULT,
    MONITORING_DEFAULT,
    OVEREATING_PCT_DEFAULT,
    SANCTION_WITHOUT_EXIT,
    commune_figure,
    cooperatives_per_commune,
    days_after_beidaihe,
    household_size_ceiling,
    households_per_cooperative,
    incentive_frames,
    need_kg_per_month,
    unit_sizes,
)

#: What each series of ``data/communes.csv`` counts, in words.
SERIES_WORDS = {
    "communes_number": "Communes",
    "communes_number_expected": "Communes expected (forecast)",
    "communes_number_typical": "Communes (typical, undated)",
    "households_in_communes": "Households in communes",
    "share_rural_households_in_communes": "Share of rural households in communes",
    "households_per_commune_average": "Households per commune (average)",
    "apcs_merged_into_communes": "Cooperatives merged into communes",
    "cooperatives_before_communisation": "Cooperatives before the communes",
    "provinces_fully_communised": "Provinces fully in communes",
    "mess_halls_number": "Communal mess halls",
    "share_rural_population_in_mess_halls": "Share of rural people eating in mess halls",
    "ningxia_communes": "Communes in Ningxia",
    "shanghai_households_per_team": "Households per production team",
}

#: Months of free meals the notebook's shortfall table runs through.
FREE_MONTHS_SHOWN = (0, 2, 4, 6, 8)


def _figure(value: float, qualifier: object) -> str:
    text = f"{value:,.1f}".removesuffix(".0")
    return f"{qualifier} {text}" if isinstance(qualifier, str) and qualifier.strip() else text


def _counts(rows: pd.DataFrame) -> pd.DataFrame:
    return rows.assign(
        counted=rows["series"].map(SERIES_WORDS).fillna(rows["series"]),
        figure=[_figure(v, q) for v, q in zip(rows["value"], rows["qualifier"], strict=True)],
    )


def counts_1958() -> display.Table:
    """The national counts of 1958 in ``data/communes.csv``, by date, each with its source.

    Examples
    --------
    >>> t = counts_1958()
    >>> "90.4" in t.column("Figure") and "98.2" in t.column("Figure")
    True
    """
    table = load("communes")
    national = (table["area"] == "China") & ~table["series"].str.endswith("_range")
    rows = table[national & table["date_as_printed"].str.startswith("1958")].sort_values("date")
    return display.table(
        _counts(rows),
        {
            "counted": "What was counted",
            "date_as_printed": "Date (as printed)",
            "figure": "Figure",
            "unit": "Unit",
            "source": "Source",
        },
        caption="Rural China in communes, 1958: the counts reported at the time",
    )


def communisation_days() -> display.Table:
    """The dated shares of rural households in communes and the days since Beidaihe.

    Examples
    --------
    >>> communisation_days().column("Days after the Beidaihe resolution (29 August 1958)")
    ['32', '63', '124']
    """
    days = days_after_beidaihe()
    return display.table(
        days,
        {
            "date": "Date",
            "label": "Rural households in communes",
            "days_after_resolution": "Days after the Beidaihe resolution (29 August 1958)",
        },
    )


def commune_size() -> display.Prose:
    """How many cooperatives and households made a commune in 1958, from the records.

    Examples
    --------
    >>> text = str(commune_size())
    >>> "28.5 cooperatives" in text and "about 162 households" in text and "4,797" in text
    True
    """
    merged = commune_figure("apcs_merged_into_communes")
    communes = commune_figure("communes_number", "1958-10-31")
    households = commune_figure("households_per_commune_average", COMMUNE_SIZE_DATE)
    return display.prose(
        f"About {cooperatives_per_commune():.1f} cooperatives were merged per commune "
        f"({merged:,.0f} cooperatives into about {communes:,.0f} communes by the end of October "
        f"1958), each of about {households_per_cooperative():.0f} households. Xinhua's average "
        f"commune of 30 September 1958 held {households:,.0f} households."
    )


def members_per_household() -> display.Table:
    """People each of Xinhua's 4,797 households would need for the text's 20,000-30,000.

    Examples
    --------
    >>> members_per_household().column("People per household needed")
    ['4.17', '5.21', '6.25']
    """
    households = commune_figure("households_per_commune_average", COMMUNE_SIZE_DATE)
    ceiling = household_size_ceiling()
    low, high = structure.S9_MEMBERS_AVERAGE
    members = [low, (low + high) / 2, high]
    needed = [structure.persons_per_household(m, households) for m in members]
    frame = pd.DataFrame(
        {
            "members": members,
            "households": households,
            "needed": needed,
            "fits": [n <= ceiling for n in needed],
        }
    )
    return display.table(
        frame,
        {
            "members": "Members of a commune (source text)",
            "households": "Households per commune (Xinhua)",
            "needed": "People per household needed",
            "fits": "Under the ceiling?",
        },
        decimals={"members": 0, "households": 0, "needed": 2},
        notes=(
            f"Ceiling: {ceiling:.2f} people per rural household (China's whole year-end 1958 "
            "population divided by all rural households; real rural households were smaller).",
        ),
    )


def effort_table() -> display.Table:
    """Effort at the four unit sizes with the app's defaults, and with no sanction (s = 0).

    Examples
    --------
    >>> effort_table().column("No right to exit, % of full effort")
    ['100', '66', '37', '30']
    """
    _, units = incentive_frames(MONITORING_DEFAULT, 30)
    wide = units.pivot(index="unit", columns="regime", values="effort_pct").loc[list(unit_sizes())]
    no_sanction = incentives.effort_pct(
        list(unit_sizes().values()),
        MONITORING_DEFAULT,
        exit_right=False,
        sanction_without_exit=0,
    )
    frame = pd.DataFrame(
        {
            "unit": list(unit_sizes()),
            "no_exit": wide["no right to exit"].to_numpy(),
            "exit": wide["right to exit"].to_numpy(),
            "no_sanction": no_sanction,
        }
    )
    return display.table(
        frame,
        {
            "unit": "Unit sharing the harvest (households)",
            "no_exit": "No right to exit, % of full effort",
            "exit": "Right to exit, % of full effort",
            "no_sanction": "No exit and no sanction (s = 0), % of full effort",
        },
        decimals=0,
        notes=(
            f"Monitoring m = {MONITORING_DEFAULT}, members watch 30 households, sanction without "
            f"exit s = {SANCTION_WITHOUT_EXIT} (all illustrative).",
        ),
    )


def shortfall_months(free_months: tuple[int, ...] = FREE_MONTHS_SHOWN) -> pd.DataFrame:
    """The first month short of the need on the free-meals path, for each length of free meals.

    A year's stock (12 months' need at the 1957 level), free meals at the app's default
    overeating. ``first_short_month`` is missing when the stock lasts.

    Examples
    --------
    >>> shortfall_months()["first_short_month"].tolist()[1:]
    [12, 11, 10, 9]
    """
    if isinstance(free_months, str) or not hasattr(free_months, "__iter__") or not free_months:
        raise TypeError(f"free_months must be a non-empty tuple of months; got {free_months!r}")
    for months_free in free_months:
        check_number("free_months (each)", months_free, low=0, high=12, integer=True)
    need = need_kg_per_month()
    rows = []
    for months_free in free_months:
        path = mess_halls.mess_hall_path(
            12 * need,
            need_kg_per_month=need,
            free_months=months_free,
            overeating_pct=OVEREATING_PCT_DEFAULT,
        )
        short = mess_halls.shortfall_month(path, need, "free meals first")
        rows.append({"free_months": months_free, "first_short_month": short})
    frame = pd.DataFrame(rows)
    return frame.assign(first_short_month=pd.array(frame["first_short_month"], dtype="Int64"))


def shortfall_table() -> display.Table:
    """:func:`shortfall_months` as a labelled table.

    Examples
    --------
    >>> shortfall_table().column("First month with less than the need")
    ['—', '12', '11', '10', '9']
    """
    return display.table(
        shortfall_months(),
        {
            "free_months": "Months of free meals",
            "first_short_month": "First month with less than the need",
        },
        missing="never short: the stock lasts to the next harvest.",
        notes=(
            f"A year's stock; {OVEREATING_PCT_DEFAULT} % above need while meals are free "
            "(illustrative). Months count from the harvest; month 12 is the last before the next.",
        ),
    )


def retreat_decisions() -> display.Table:
    """The central decisions of the retreat, November 1958 to 1962 (``data/timeline.csv``)."""
    decisions = load("timeline")
    rows = decisions[
        decisions["date_start"].between("1958-11-01", "1962-12-31")
        & decisions["theme"].isin(["agriculture and communes", "politics"])
        & decisions["event"].str.contains("Zhengzhou|commune|Sixty|accounting", regex=True)
    ]
    return display.table(
        rows,
        {"date_start": "Date", "event": "Decision", "cross_check": "Cross-check"},
        missing="no cross-check recorded.",
    )


def later_counts() -> display.Table:
    """Later counts of communes and teams (1961, 1974, undated), with the 1974 ratio.

    Examples
    --------
    >>> later_counts().notes[-1]  # doctest: +ELLIPSIS
    'In 1974 there were 1.9 times the communes of October 1958.'
    """
    table = load("communes")
    wanted = ["ningxia_communes", "shanghai_households_per_team", "communes_number_typical"]
    rows = table[table["series"].isin(wanted) | (table["date_as_printed"] == "1974")]
    ratio = commune_figure("communes_number", "1974") / commune_figure(
        "communes_number", "1958-10-31"
    )
    return display.table(
        _counts(rows),
        {
            "counted": "What was counted",
            "area": "Where",
            "date_as_printed": "Date (as printed)",
            "figure": "Figure",
            "source": "Source",
            "note": "Note",
        },
        missing="no note.",
        notes=(f"In 1974 there were {ratio:.1f} times the communes of October 1958.",),
    )


def shortfall_reason(
    free_months: int = FREE_MONTHS_DEFAULT, overeating_pct: float = OVEREATING_PCT_DEFAULT
) -> display.Prose:
    """Why the free-meals path runs short when it does, counted in months of need.

    Examples
    --------
    >>> print(shortfall_reason())  # doctest: +ELLIPSIS
    4 months of free meals at 50 % above need eat 6 months' need ... short from month 11: the last 2 months ...
    """
    free_months = check_number("free_months", free_months, low=0, high=12, integer=True)
    overeating_pct = check_number("overeating_pct", overeating_pct, low=0, high=300)
    need = need_kg_per_month()
    path = mess_halls.mess_hall_path(
        12 * need,
        need_kg_per_month=need,
        free_months=free_months,
        overeating_pct=overeating_pct,
    )
    short = mess_halls.shortfall_month(path, need, "free meals first")
    eaten = free_months * (1 + overeating_pct / 100)
    left = 12 - eaten
    words = f"{free_months} month{'s' if free_months != 1 else ''}"
    if short is None:
        return display.prose(
            f"{words} of free meals at {overeating_pct:g} % above need eat {eaten:g} "
            f"months' need; the {left:g} months' need left lasts to the next harvest."
        )
    hungry = 12 - short + 1
    tail = (
        f"the last {hungry} months before the next harvest"
        if hungry > 1
        else "the last month before the next harvest"
    )
    if left <= 0:
        return display.prose(
            f"{words} of free meals at {overeating_pct:g} % above need eat the whole "
            f"year's stock within the free months, so the grain is short from month {short}: "
            f"{tail}."
        )
    return display.prose(
        f"{words} of free meals at {overeating_pct:g} % above need eat {eaten:g} months' "
        f"need of a year's stock; the {left:g} months' need left feeds everyone in full to "
        f"month {short - 1}, so the grain is short from month {short}: {tail}."
    )
