"""What lesson 03's cells show: labelled tables and sentences built from the data and models.

Each function returns a :func:`helpers.core.display.table` or :func:`helpers.core.display.prose`
so that a cell is one call and every figure the prose quotes is computed, not typed.
"""

from __future__ import annotations

import pandas as pd

from helpers.core import display
from helpers.core.data import load
from helpers.core.i18n import N_, number, t, translated
from helpers.core.validate import check_number
from helpers.lessons.communes import incentives, mess_halls, structure
from helpers.lessons.communes.charts import unit_name
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
    "communes_number": N_("Communes"),
    "communes_number_expected": N_("Communes expected (forecast)"),
    "communes_number_typical": N_("Communes (typical, undated)"),
    "households_in_communes": N_("Households in communes"),
    "share_rural_households_in_communes": N_("Share of rural households in communes"),
    "households_per_commune_average": N_("Households per commune (average)"),
    "apcs_merged_into_communes": N_("Cooperatives merged into communes"),
    "cooperatives_before_communisation": N_("Cooperatives before the communes"),
    "provinces_fully_communised": N_("Provinces fully in communes"),
    "mess_halls_number": N_("Communal mess halls"),
    "share_rural_population_in_mess_halls": N_("Share of rural people eating in mess halls"),
    "ningxia_communes": N_("Communes in Ningxia"),
    "shanghai_households_per_team": N_("Households per production team"),
}

#: Months of free meals the notebook's shortfall table runs through.
FREE_MONTHS_SHOWN = (0, 2, 4, 6, 8)


#: The qualifiers of ``data/communes.csv`` before a figure.
QUALIFIERS = {"more than": N_("more than {figure}")}

#: The text columns of ``data/communes.csv`` the tables show (translated as data text).
SHOWN_TEXT = ("date_as_printed", "area", "unit", "source", "note")


def _figure(value: float, qualifier: object) -> str:
    whole = f"{value:,.1f}".endswith(".0")
    text = number(value, ",.0f" if whole else ",.1f")
    if not (isinstance(qualifier, str) and qualifier.strip()):
        return text
    if qualifier in QUALIFIERS:
        return t(QUALIFIERS[qualifier], figure=text)
    return f"{qualifier} {text}"


def _data_text(frame: pd.DataFrame, *columns: str) -> pd.DataFrame:
    """``frame`` with the data text in ``columns`` translated; an empty cell stays empty
    (:func:`helpers.core.i18n.translated` would ask the catalogue for "")."""
    return frame.assign(
        **{c: frame[c].map(lambda v: t(v) if isinstance(v, str) and v else v) for c in columns}
    )


def _counts(rows: pd.DataFrame) -> pd.DataFrame:
    words = rows["series"].map(SERIES_WORDS)
    return _data_text(rows, *SHOWN_TEXT).assign(
        counted=[
            t(w) if isinstance(w, str) else s for w, s in zip(words, rows["series"], strict=True)
        ],
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
            "counted": t("What was counted"),
            "date_as_printed": t("Date (as printed)"),
            "figure": t("Figure"),
            "unit": t("Unit"),
            "source": t("Source"),
        },
        caption=t("Rural China in communes, 1958: the counts reported at the time"),
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
        translated(days, "label"),
        {
            "date": t("Date"),
            "label": t("Rural households in communes"),
            "days_after_resolution": t("Days after the Beidaihe resolution (29 August 1958)"),
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
        t(
            "About {per_commune} cooperatives were merged per commune ({merged} cooperatives "
            "into about {communes} communes by the end of October 1958), each of about "
            "{households_each} households. Xinhua's average commune of 30 September 1958 held "
            "{households} households.",
            per_commune=number(cooperatives_per_commune(), ".1f"),
            merged=number(merged, ",.0f"),
            communes=number(communes, ",.0f"),
            households_each=number(households_per_cooperative(), ".0f"),
            households=number(households, ",.0f"),
        )
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
            "members": t("Members of a commune (source text)"),
            "households": t("Households per commune (Xinhua)"),
            "needed": t("People per household needed"),
            "fits": t("Under the ceiling?"),
        },
        decimals={"members": 0, "households": 0, "needed": 2},
        notes=(
            t(
                "Ceiling: {ceiling} people per rural household (China's whole year-end 1958 "
                "population divided by all rural households; real rural households were "
                "smaller).",
                ceiling=number(ceiling, ".2f"),
            ),
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
            "unit": [unit_name(u) for u in unit_sizes()],
            "no_exit": wide["no right to exit"].to_numpy(),
            "exit": wide["right to exit"].to_numpy(),
            "no_sanction": no_sanction,
        }
    )
    return display.table(
        frame,
        {
            "unit": t("Unit sharing the harvest (households)"),
            "no_exit": t("No right to exit, % of full effort"),
            "exit": t("Right to exit, % of full effort"),
            "no_sanction": t("No exit and no sanction (s = 0), % of full effort"),
        },
        decimals=0,
        notes=(
            t(
                "Monitoring m = {monitoring}, members watch 30 households, sanction without "
                "exit s = {sanction} (all illustrative).",
                monitoring=number(MONITORING_DEFAULT),
                sanction=number(SANCTION_WITHOUT_EXIT),
            ),
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
            "free_months": t("Months of free meals"),
            "first_short_month": t("First month with less than the need"),
        },
        missing=t("never short: the stock lasts to the next harvest."),
        notes=(
            t(
                "A year's stock; {overeating} % above need while meals are free "
                "(illustrative). Months count from the harvest; month 12 is the last before "
                "the next.",
                overeating=number(OVEREATING_PCT_DEFAULT),
            ),
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
        _data_text(rows, "event", "cross_check"),
        {"date_start": t("Date"), "event": t("Decision"), "cross_check": t("Cross-check")},
        missing=t("no cross-check recorded."),
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
            "counted": t("What was counted"),
            "area": t("Where"),
            "date_as_printed": t("Date (as printed)"),
            "figure": t("Figure"),
            "source": t("Source"),
            "note": t("Note"),
        },
        missing=t("no note."),
        notes=(
            t(
                "In 1974 there were {ratio} times the communes of October 1958.",
                ratio=number(ratio, ".1f"),
            ),
        ),
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
    words = t(
        N_("{months} month") if free_months == 1 else N_("{months} months"), months=free_months
    )
    figures = {
        "free": words,
        "over": number(overeating_pct, "g"),
        "eaten": number(eaten, "g"),
        "left": number(left, "g"),
        "month": short,
    }
    if short is None:
        return display.prose(
            t(
                "{free} of free meals at {over} % above need eat {eaten} months' need; the "
                "{left} months' need left lasts to the next harvest.",
                **figures,
            )
        )
    hungry = 12 - short + 1
    tail = (
        t("the last {months} months before the next harvest", months=hungry)
        if hungry > 1
        else t("the last month before the next harvest")
    )
    if left <= 0:
        return display.prose(
            t(
                "{free} of free meals at {over} % above need eat the whole year's stock within "
                "the free months, so the grain is short from month {month}: {tail}.",
                tail=tail,
                **figures,
            )
        )
    return display.prose(
        t(
            "{free} of free meals at {over} % above need eat {eaten} months' need of a year's "
            "stock; the {left} months' need left feeds everyone in full to month {before}, so "
            "the grain is short from month {month}: {tail}.",
            before=short - 1,
            tail=tail,
            **figures,
        )
    )
