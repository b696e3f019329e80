"""What lesson 04's cells show when they are not charts: labelled tables and sentences.

Each function reads the course data (through :mod:`helpers.lessons.crisis.evidence` and the
models) and returns a :func:`helpers.core.display.table` or a :func:`helpers.core.display.prose`
sentence, so that the figures the lesson's text quotes are the figures a cell shows.
"""

from __future__ import annotations

import pandas as pd

from helpers.core import data, display
from helpers.lessons.crisis import grain_balance, index_chains
from helpers.lessons.crisis.evidence import (
    IMPORTS_FROM,
    changes,
    default_imports_mt,
    default_share_percent,
    grain_path,
    grain_series,
    recorded_history,
)
from helpers.shared import timeline, vital_rates

#: The plan of January 1960: 600 billion jin of grain (timeline), at 0.5 kg to the jin.
PLAN_1960_JIN_BILLION = 600
KG_PER_JIN = 0.5


def _national() -> pd.DataFrame:
    return data.load_cached("national_series").set_index("year")


def _grain() -> pd.Series:
    return _national()["grain_output_revised_mt"]


def _levels(sector: str, base_year: int, years: range) -> pd.DataFrame:
    """One row per series, one column per year: the chained index on ``base_year`` = 100."""
    indices = index_chains.sector_indices(changes(sector), base_year=base_year)
    wide = indices.pivot(index="series", columns="year", values="index_base_100")
    order = [s for s in index_chains.SERIES[sector] if s in wide.index]
    wide = wide.reindex(order).dropna(how="all")
    return wide.reindex(columns=list(years)).reset_index()


def leap_1958() -> display.Table:
    """The change from 1957 to 1958 in each industrial series, with its source."""
    industry = changes("industry")
    rows = industry[industry["year"] == 1958]
    return display.table(
        rows,
        {"series": "Series", "change_percent": "Change 1957-58, %", "source": "Source"},
        decimals=0,
        caption="Industry in 1958: one year, several measures",
    )


def harvest_1958() -> display.Prose:
    """The 1958 harvest against 1957 and the decade before."""
    grain, old = _grain(), _national()["grain_output_old_official_mt"]
    change = 100 * (grain[1958] / grain[1957] - 1)
    best = int(grain.loc[:1958].idxmax())
    return display.prose(
        f"The 1958 harvest was {grain[1958]:.1f} million tonnes on the revised official series "
        f"({old[1958]:.0f} Mt on the older official figure): {change:+.1f} % on 1957, and the "
        f"largest harvest of 1949-58 was that of {best}."
    )


def farm_chain() -> display.Table:
    """The source text's farm changes [S19] chained from 1958 = 100."""
    chained = index_chains.chain_index(
        index_chains.source_text_changes("agriculture"), base_year=1958
    )
    return display.table(
        chained,
        {
            "year": "Year",
            "change_percent": "Change on the year before, %",
            "index_base_100": "Level, 1958 = 100",
        },
        missing="the base year: no change",
        caption="Gross value of farm output, source text [S19], chained",
    )


def farm_levels() -> display.Table:
    """Every farm series on 1958 = 100, 1957-62."""
    return _year_table(
        _levels("agriculture", 1958, range(1957, 1963)),
        "Farm output, 1958 = 100",
        "no figure for that year in the series",
        decimals=1,
    )


def industry_levels() -> display.Table:
    """Every industrial series that covers 1957, on 1957 = 100, 1957-62."""
    return _year_table(
        _levels("industry", 1957, range(1957, 1963)),
        "Industrial output, 1957 = 100",
        "no figure for that year, or the series cannot be chained back to 1957",
        decimals=0,
    )


def _year_table(wide: pd.DataFrame, caption: str, missing: str, decimals: int) -> display.Table:
    years = [c for c in wide.columns if c != "series"]
    return display.table(
        wide,
        {"series": "Series", **{y: str(y) for y in years}},
        decimals=decimals,
        missing=missing,
        caption=caption,
    )


def harvest_1961() -> display.Prose:
    """How low the 1961 harvest was, and how much the revision of the grain series moved it."""
    grain, old = _grain(), _national()["grain_output_old_official_mt"]
    as_small = [int(y) for y in grain.index if y < 1961 and grain[y] <= grain[1961]]
    since = max(as_small) if as_small else None
    revision = (100 * (grain / old - 1)).dropna()
    early = revision.loc[1958:1960].abs().max()
    said = f"The 1961 harvest was {grain[1961]:.1f} Mt on the revised series, " + (
        f"the smallest since {since}. " if since else "the smallest of 1949-61. "
    )
    said += (
        f"The revision moved 1958-60 by at most {early:.1f} %, but changed 1961 by "
        f"{revision[1961]:+.1f} % and 1962 by {revision[1962]:+.1f} % against the older figures."
    )
    return display.prose(said)


def first_plan_projects() -> display.Table:
    """The First Five-Year Plan's projects and the Soviet-aided ones (``first_plan``)."""
    plan = data.load_cached("first_plan").set_index("indicator")
    names = {
        "ffyp_projects_planned_large_medium": "Large and medium projects planned",
        "ffyp_projects_completed": "Of these, completed",
        "soviet_aided_projects_total": "Soviet-aided projects",
    }
    rows = plan.loc[list(names), ["period", "value", "unit", "source"]].reset_index()
    rows["indicator"] = rows["indicator"].map(names)
    return display.table(
        rows,
        {
            "indicator": "What",
            "period": "Period",
            "value": "Number",
            "unit": "Counted as",
            "source": "Source",
        },
        decimals=0,
    )


def soviet_withdrawal() -> display.Table:
    """Foreign-relations events of 1960 in the course timeline, with their cross-checks."""
    events = timeline.filter_events(data.load_cached("timeline"), "foreign relations", 1960, 1960)
    # The timeline's curation notes open with a capitalised tag; say it in words.
    checks = events["cross_check"].str.replace(
        r"^DISAGREEMENTS:\s*", "Sources differ: ", regex=True
    )
    return display.table(
        events.assign(cross_check=checks, unit=events["unit"].replace("", pd.NA)),
        {
            "event": "Event",
            "when": "When",
            "value": "Number",
            "unit": "Counted as",
            "cross_check": "Cross-check",
        },
        decimals=0,
        missing="no number recorded",
    )


def investment() -> display.Table:
    """Capital construction investment 1960-62 (a single source) and its fall."""
    oi = data.load_cached("output_indices")
    rows = oi[oi["series"] == "capital_construction_investment"]
    first, last = rows["value"].iloc[0], rows["value"].iloc[-1]
    fall = 100 * (last / first - 1)
    return display.table(
        rows.assign(value=rows["value"] / 10),
        {"year": "Year", "value": "Capital construction, billion yuan"},
        decimals=1,
        notes=(f"{int(rows['year'].iloc[-1])} against {int(rows['year'].iloc[0])}: {fall:.0f} %.",),
    )


def procurement() -> display.Table:
    """Recorded gross procurement, 1957-62: tonnes, share of the older official harvest, basis."""
    procured = grain_balance.recorded_procurement(
        data.load_cached("grain_procurement_trade"), _national().reset_index()
    )
    return display.table(
        procured,
        {
            "year": "Year",
            "procurement_mt": "Procured, million tonnes",
            "share_of_output_percent": "Share of the older official harvest, %",
            "basis": "Basis",
        },
        decimals=1,
        notes=("1961: no figure in the sources the course holds.",),
    )


def villages_1957_1959() -> display.Table:
    """Harvest, gross procurement and grain left in the villages, 1957 and 1959, in tonnes."""
    grain = _grain()
    rows = []
    for year in (1957, 1959):
        tonnes = grain_series("procurement_gross", year)
        rows.append(
            {
                "year": year,
                "harvest": grain[year],
                "procured": tonnes,
                "share": 100 * tonnes / grain[year],
                "left": grain[year] - tonnes,
            }
        )
    return display.table(
        pd.DataFrame(rows),
        {
            "year": "Year",
            "harvest": "Harvest, Mt (revised)",
            "procured": "Procured, Mt (as printed)",
            "share": "Share procured, %",
            "left": "Left in the villages, Mt",
        },
        decimals={"harvest": 2, "procured": 2, "share": 1, "left": 1},
    )


def plan_1960() -> display.Prose:
    """The grain plan of January 1960 against the 1959 and 1960 harvests."""
    grain = _grain()
    target = PLAN_1960_JIN_BILLION * KG_PER_JIN
    return display.prose(
        f"The 1960 plan of {PLAN_1960_JIN_BILLION} billion jin is {target:.0f} Mt: "
        f"{100 * (target / grain[1959] - 1):.0f} % above the 1959 harvest ({grain[1959]:.1f} Mt). "
        f"The 1960 harvest was {grain[1960]:.1f} Mt, {100 * grain[1960] / target:.0f} % of the plan."
    )


def kg_by_rule() -> display.Table:
    """Grain left per rural person under each rule at the defaults, and the recorded figure."""
    frame = pd.DataFrame(
        {
            rule: grain_path(rule).set_index("year")["grain_per_rural_person_kg"]
            for rule in grain_balance.RULES
        }
    )
    frame["recorded"] = recorded_history().set_index("year")["grain_per_rural_person_kg"]
    return display.table(
        frame.reset_index(),
        {
            "year": "Year",
            "fixed quota": "Fixed quota, kg",
            "share of harvest": "Share of harvest, kg",
            "recorded": "Recorded harvest less recorded procurement, kg",
        },
        decimals=0,
        missing="no procurement figure for 1961",
        caption="Grain left per rural person a year, at the app's defaults",
    )


def imports() -> display.Table:
    """Every grain-import figure in the course data, with its source (full, wrapped)."""
    trade = data.load_cached("grain_procurement_trade")
    rows = trade[trade["series"].str.contains("import")]
    what = {
        "grain_imports": "Grain imports",
        "grain_imports_cumulative": "Grain imports, cumulative",
        "wheat_imports_per_year": "Wheat imports a year",
        "wheat_imports_average": "Wheat imports a year, average",
    }
    rows = rows.assign(
        what=rows["series"].map(what).fillna(rows["series"]),
        amount=[
            f"{v:g}" if pd.isna(h) else f"{v:g}-{h:g}"
            for v, h in zip(rows["value"], rows["value_high"], strict=True)
        ],
    )
    return display.table(
        rows,
        {
            "what": "What",
            "period": "Period",
            "amount": "Amount",
            "unit": "Unit",
            "source": "Source",
        },
    )


def imports_per_person() -> display.Prose:
    """The default imports per rural person in 1961, against the harvest's fall since 1958."""
    path = grain_path().set_index("year")
    rural = path.loc[IMPORTS_FROM, "rural_population_million"]
    mt = default_imports_mt()
    fall = path.loc[1958, "harvest_mt"] - path.loc[IMPORTS_FROM, "harvest_mt"]
    return display.prose(
        f"{mt} Mt of imports is {1000 * mt / rural:.1f} kg per rural person in {IMPORTS_FROM}; "
        f"the harvest fell by {1000 * fall / rural:.0f} kg per rural person from 1958 to {IMPORTS_FROM}."
    )


def rates() -> display.Table:
    """Birth and death rates 1957-63: registered, Banister's (1984) and the text's [S20]."""
    national = _national()
    s20 = vital_rates.s20_death_rates(national.reset_index()).set_index("year")
    frame = national.loc[
        1957:1963, ["cbr_official_per_1000", "cdr_official_per_1000", "cdr_banister_per_1000"]
    ].copy()
    frame["text"] = s20["text_death_rate_per_1000"]
    return display.table(
        frame.reset_index(),
        {
            "year": "Year",
            "cbr_official_per_1000": "Births per 1,000, registered",
            "cdr_official_per_1000": "Deaths per 1,000, registered",
            "cdr_banister_per_1000": "Deaths per 1,000, Banister (1984)",
            "text": "Deaths per 1,000, source text [S20]",
        },
        decimals={
            "cbr_official_per_1000": 2,
            "cdr_official_per_1000": 2,
            "cdr_banister_per_1000": 1,
            "text": 0,
        },
        missing="the text gives rates for 1958-61 only",
    )


def text_rates_check() -> display.Prose:
    """Whether the text's four death rates [S20] are the registered or Banister's, rounded."""
    national = _national()
    s20 = vital_rates.s20_death_rates(national.reset_index()).set_index("year")
    text = s20["text_death_rate_per_1000"].loc[1958:1961]
    years = text.index
    registered = bool((text == national.loc[years, "cdr_official_per_1000"].round(0)).all())
    banister = bool((text == national.loc[years, "cdr_banister_per_1000"].round(0)).all())
    births = national["cbr_official_per_1000"]

    def verb(same: bool) -> str:
        return "match" if same else "do not match"

    return display.prose(
        f"The text's four rates for 1958-61 {verb(registered)} the registered death rates, rounded, "
        f"and {verb(banister)} Banister's. The registered birth rate was lowest, "
        f"{births.min():.1f} per 1,000, in {births.idxmin()}, and highest, {births.max():.1f}, "
        f"in {births.idxmax()}."
    )


def excess_deaths_range() -> display.Prose:
    """How far apart the independent China-wide estimates of excess deaths in the course data
    are: rows that repeat another estimate, rest on the registers alone or lie outside the
    scholarly literature (the ``standing`` column) are left out, as lesson 06's summaries do.

    Examples
    --------
    >>> print(excess_deaths_range())  # doctest: +ELLIPSIS
    The 13 independent national estimates ... from 15 to 55 million, median 30 million...
    """
    estimates = data.load_cached("excess_death_estimates")
    china = estimates[
        (estimates["area"] == "China")
        & (estimates["standing"] == "independent estimate")
        & estimates["excess_deaths_million"].notna()
    ]
    deaths = china["excess_deaths_million"]
    return display.prose(
        f"The {len(china)} independent national estimates of excess deaths in the course data "
        f"run from {deaths.min():g} to {deaths.max():g} million, median {deaths.median():g} "
        "million; lesson 06 explains why they differ and which other rows repeat them."
    )


def industry_changes() -> display.Table:
    """The official index's yearly changes of industry, 1958-62 (exercise 2)."""
    chain = changes("industry")
    chain = chain[chain["series"] == index_chains.SERIES["industry"][0]]
    return display.table(
        chain,
        {"year": "Year", "change_percent": "Change on the year before, %", "source": "Source"},
        caption="Official index of industry's national income: yearly changes",
    )


def fixed_quota_1960() -> display.Table:
    """Exercise 3's inputs: the fixed quota (the 1957 share of the 1958 harvest) and the harvests."""
    grain = _grain()
    quota = default_share_percent() / 100 * grain[1958]
    return display.table(
        pd.DataFrame(
            {
                "what": [
                    "Share procured in 1957, %",
                    "Harvest 1958, Mt",
                    "Harvest 1960, Mt",
                    "Fixed quota, Mt",
                ],
                "value": [default_share_percent(), grain[1958], grain[1960], quota],
            }
        ),
        {"what": "Quantity", "value": "Value"},
        decimals=2,
        notes=(
            "The fixed quota is the 1957 share of the 1958 harvest, taken every year; no imports.",
        ),
    )
