"""What lesson 04's cells show when they are not charts: labelled tables and sentences.

Each function reads the course data (through :mod:`helpers.lessons.crisis.evidence` and the
models) and returns a :func:`helpers.core.display.table` or a :func:`helpers.core.display.prose`
sentence, so that the figures the lesson's text quotes are the figures a cell shows.
"""

from __future__ import annotations

import pandas as pd

from helpers.core import data, display
from helpers.core.i18n import N_, number, t, translated
from helpers.lessons.crisis import charts, grain_balance, index_chains
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
    return translated(wide.reindex(columns=list(years)).reset_index(), "series")


def leap_1958() -> display.Table:
    """The change from 1957 to 1958 in each industrial series, with its source."""
    industry = changes("industry")
    rows = charts.series_words(industry[industry["year"] == 1958])
    return display.table(
        rows,
        {"series": t("Series"), "change_percent": t("Change 1957-58, %"), "source": t("Source")},
        decimals=0,
        caption=t("Industry in 1958: one year, several measures"),
    )


def harvest_1958() -> display.Prose:
    """The 1958 harvest against 1957 and the decade before."""
    grain, old = _grain(), _national()["grain_output_old_official_mt"]
    change = 100 * (grain[1958] / grain[1957] - 1)
    best = int(grain.loc[:1958].idxmax())
    return display.prose(
        t(
            "The 1958 harvest was {mt} million tonnes on the revised official series "
            "({old} Mt on the older official figure): {change} % on 1957, and the "
            "largest harvest of 1949-58 was that of {best}.",
            mt=number(grain[1958], ".1f"),
            old=number(old[1958], ".0f"),
            change=number(change, "+.1f"),
            best=best,
        )
    )


def farm_chain() -> display.Table:
    """The source text's farm changes [S19] chained from 1958 = 100."""
    chained = index_chains.chain_index(
        index_chains.source_text_changes("agriculture"), base_year=1958
    )
    return display.table(
        chained,
        {
            "year": t("Year"),
            "change_percent": t("Change on the year before, %"),
            "index_base_100": t("Level, 1958 = 100"),
        },
        missing=t("the base year: no change"),
        caption=t("Gross value of farm output, source text [S19], chained"),
    )


def farm_levels() -> display.Table:
    """Every farm series on 1958 = 100, 1957-62."""
    return _year_table(
        _levels("agriculture", 1958, range(1957, 1963)),
        t("Farm output, 1958 = 100"),
        t("no figure for that year in the series"),
        decimals=1,
    )


def industry_levels() -> display.Table:
    """Every industrial series that covers 1957, on 1957 = 100, 1957-62."""
    return _year_table(
        _levels("industry", 1957, range(1957, 1963)),
        t("Industrial output, 1957 = 100"),
        t("no figure for that year, or the series cannot be chained back to 1957"),
        decimals=0,
    )


def _year_table(wide: pd.DataFrame, caption: str, missing: str, decimals: int) -> display.Table:
    years = [c for c in wide.columns if c != "series"]
    return display.table(
        wide,
        {"series": t("Series"), **{y: str(y) for y in years}},
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
    mt = number(grain[1961], ".1f")
    if since:
        said = t(
            "The 1961 harvest was {mt} Mt on the revised series, the smallest since {since}.",
            mt=mt,
            since=since,
        )
    else:
        said = t(
            "The 1961 harvest was {mt} Mt on the revised series, the smallest of 1949-61.", mt=mt
        )
    moved = t(
        "The revision moved 1958-60 by at most {early} %, but changed 1961 by "
        "{change_1961} % and 1962 by {change_1962} % against the older figures.",
        early=number(early, ".1f"),
        change_1961=number(revision[1961], "+.1f"),
        change_1962=number(revision[1962], "+.1f"),
    )
    return display.prose(f"{said} {moved}")


def first_plan_projects() -> display.Table:
    """The First Five-Year Plan's projects and the Soviet-aided ones (``first_plan``)."""
    plan = data.load_cached("first_plan").set_index("indicator")
    names = {
        "ffyp_projects_planned_large_medium": N_("Large and medium projects planned"),
        "ffyp_projects_completed": N_("Of these, completed"),
        "soviet_aided_projects_total": N_("Soviet-aided projects"),
    }
    rows = plan.loc[list(names), ["period", "value", "unit", "source"]].reset_index()
    rows["indicator"] = rows["indicator"].map(names)
    return display.table(
        translated(rows, "indicator", "period", "unit", "source"),
        {
            "indicator": t("What"),
            "period": t("Period"),
            "value": t("Number"),
            "unit": t("Counted as"),
            "source": t("Source"),
        },
        decimals=0,
    )


def soviet_withdrawal() -> display.Table:
    """Foreign-relations events of 1960 in the course timeline, with their cross-checks."""
    events = timeline.filter_events(data.load_cached("timeline"), "foreign relations", 1960, 1960)
    events = events.assign(unit=events["unit"].replace("", pd.NA))
    # The timeline's curation notes open with a capitalised tag; say it in words. (A
    # translation in the catalogue says it in words already: the tag is English's.)
    checks = translated(events, "cross_check")["cross_check"].str.replace(
        r"^DISAGREEMENTS:\s*", "Sources differ: ", regex=True
    )
    dates = zip(events["date_start"], events["date_end"], events["date_precision"], strict=True)
    when = [_when(start, end, precision) for start, end, precision in dates]
    return display.table(
        translated(events, "event", "unit").assign(cross_check=checks, when=when),
        {
            "event": t("Event"),
            "when": t("When"),
            "value": t("Number"),
            "unit": t("Counted as"),
            "cross_check": t("Cross-check"),
        },
        decimals=0,
        missing=t("no number recorded"),
    )


def _when(start: str, end: object, precision: str) -> str:
    """An event's date or span in the reader's language, as precise as the timeline records
    it: '16 July 1960', 'August 1960', '1960' (the timeline's own ``when`` is English)."""
    first = timeline.date_label(start, precision)
    if not (isinstance(end, str) and end.strip()):
        return first
    return f"{first} – {timeline.date_label(end, precision)}"


def investment() -> display.Table:
    """Capital construction investment 1960-62 (a single source) and its fall."""
    oi = data.load_cached("output_indices")
    rows = oi[oi["series"] == "capital_construction_investment"]
    first, last = rows["value"].iloc[0], rows["value"].iloc[-1]
    fall = 100 * (last / first - 1)
    return display.table(
        rows.assign(value=rows["value"] / 10),
        {"year": t("Year"), "value": t("Capital construction, billion yuan")},
        decimals=1,
        notes=(
            t(
                "{last} against {first}: {fall} %.",
                last=int(rows["year"].iloc[-1]),
                first=int(rows["year"].iloc[0]),
                fall=number(fall, ".0f"),
            ),
        ),
    )


def procurement() -> display.Table:
    """Recorded gross procurement, 1957-62: tonnes, share of the older official harvest, basis."""
    procured = grain_balance.recorded_procurement(
        data.load_cached("grain_procurement_trade"), _national().reset_index()
    )
    return display.table(
        procured.assign(basis=procured["basis"].map(charts.basis_words)),
        {
            "year": t("Year"),
            "procurement_mt": t("Procured, million tonnes"),
            "share_of_output_percent": t("Share of the older official harvest, %"),
            "basis": t("Basis"),
        },
        decimals=1,
        notes=(t("1961: no figure in the sources the course holds."),),
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
            "year": t("Year"),
            "harvest": t("Harvest, Mt (revised)"),
            "procured": t("Procured, Mt (as printed)"),
            "share": t("Share procured, %"),
            "left": t("Left in the villages, Mt"),
        },
        decimals={"harvest": 2, "procured": 2, "share": 1, "left": 1},
    )


def plan_1960() -> display.Prose:
    """The grain plan of January 1960 against the 1959 and 1960 harvests."""
    grain = _grain()
    target = PLAN_1960_JIN_BILLION * KG_PER_JIN
    return display.prose(
        t(
            "The 1960 plan of {jin} billion jin is {target} Mt: "
            "{above} % above the 1959 harvest ({harvest_1959} Mt). "
            "The 1960 harvest was {harvest_1960} Mt, {of_plan} % of the plan.",
            jin=number(PLAN_1960_JIN_BILLION),
            target=number(target, ".0f"),
            above=number(100 * (target / grain[1959] - 1), ".0f"),
            harvest_1959=number(grain[1959], ".1f"),
            harvest_1960=number(grain[1960], ".1f"),
            of_plan=number(100 * grain[1960] / target, ".0f"),
        )
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
            "year": t("Year"),
            "fixed quota": t("Fixed quota, kg"),
            "share of harvest": t("Share of harvest, kg"),
            "recorded": t("Recorded harvest less recorded procurement, kg"),
        },
        decimals=0,
        missing=t("no procurement figure for 1961"),
        caption=t("Grain left per rural person a year, at the app's defaults"),
    )


def imports() -> display.Table:
    """Every grain-import figure in the course data, with its source (full, wrapped)."""
    trade = data.load_cached("grain_procurement_trade")
    rows = trade[trade["series"].str.contains("import")]
    what = {
        "grain_imports": N_("Grain imports"),
        "grain_imports_cumulative": N_("Grain imports, cumulative"),
        "wheat_imports_per_year": N_("Wheat imports a year"),
        "wheat_imports_average": N_("Wheat imports a year, average"),
    }
    rows = rows.assign(
        what=rows["series"].map(what).fillna(rows["series"]),
        amount=[
            number(v, "g")
            if pd.isna(h)
            else t("{low}-{high}", low=number(v, "g"), high=number(h, "g"))
            for v, h in zip(rows["value"], rows["value_high"], strict=True)
        ],
    )
    return display.table(
        translated(rows, "what", "period", "unit", "source"),
        {
            "what": t("What"),
            "period": t("Period"),
            "amount": t("Amount"),
            "unit": t("Unit"),
            "source": t("Source"),
        },
    )


def imports_per_person() -> display.Prose:
    """The default imports per rural person in 1961, against the harvest's fall since 1958."""
    path = grain_path().set_index("year")
    rural = path.loc[IMPORTS_FROM, "rural_population_million"]
    mt = default_imports_mt()
    fall = path.loc[1958, "harvest_mt"] - path.loc[IMPORTS_FROM, "harvest_mt"]
    return display.prose(
        t(
            "{mt} Mt of imports is {kg} kg per rural person in {year}; "
            "the harvest fell by {fall} kg per rural person from 1958 to {year}.",
            mt=number(mt),
            kg=number(1000 * mt / rural, ".1f"),
            fall=number(1000 * fall / rural, ".0f"),
            year=IMPORTS_FROM,
        )
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
            "year": t("Year"),
            "cbr_official_per_1000": t("Births per 1,000, registered"),
            "cdr_official_per_1000": t("Deaths per 1,000, registered"),
            "cdr_banister_per_1000": t("Deaths per 1,000, Banister (1984)"),
            "text": t("Deaths per 1,000, source text [S20]"),
        },
        decimals={
            "cbr_official_per_1000": 2,
            "cdr_official_per_1000": 2,
            "cdr_banister_per_1000": 1,
            "text": 0,
        },
        missing=t("the text gives rates for 1958-61 only"),
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
    matches = {
        (True, True): N_(
            "The text's four rates for 1958-61 match the registered death rates, rounded, "
            "and match Banister's."
        ),
        (True, False): N_(
            "The text's four rates for 1958-61 match the registered death rates, rounded, "
            "and do not match Banister's."
        ),
        (False, True): N_(
            "The text's four rates for 1958-61 do not match the registered death rates, rounded, "
            "and match Banister's."
        ),
        (False, False): N_(
            "The text's four rates for 1958-61 do not match the registered death rates, rounded, "
            "and do not match Banister's."
        ),
    }
    extremes = t(
        "The registered birth rate was lowest, {low} per 1,000, in {low_year}, and highest, "
        "{high}, in {high_year}.",
        low=number(births.min(), ".1f"),
        low_year=int(births.idxmin()),
        high=number(births.max(), ".1f"),
        high_year=int(births.idxmax()),
    )
    return display.prose(f"{t(matches[registered, banister])} {extremes}")


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
        t(
            "The {count} independent national estimates of excess deaths in the course data "
            "run from {low} to {high} million, median {median} "
            "million; lesson 06 explains why they differ and which other rows repeat them.",
            count=len(china),
            low=number(deaths.min(), "g"),
            high=number(deaths.max(), "g"),
            median=number(deaths.median(), "g"),
        )
    )


def industry_changes() -> display.Table:
    """The official index's yearly changes of industry, 1958-62 (exercise 2)."""
    chain = changes("industry")
    chain = chain[chain["series"] == index_chains.SERIES["industry"][0]]
    return display.table(
        charts.series_words(chain),
        {
            "year": t("Year"),
            "change_percent": t("Change on the year before, %"),
            "source": t("Source"),
        },
        caption=t("Official index of industry's national income: yearly changes"),
    )


def fixed_quota_1960() -> display.Table:
    """Exercise 3's inputs: the fixed quota (the 1957 share of the 1958 harvest) and the harvests."""
    grain = _grain()
    quota = default_share_percent() / 100 * grain[1958]
    return display.table(
        pd.DataFrame(
            {
                "what": [
                    t("Share procured in 1957, %"),
                    t("Harvest 1958, Mt"),
                    t("Harvest 1960, Mt"),
                    t("Fixed quota, Mt"),
                ],
                "value": [default_share_percent(), grain[1958], grain[1960], quota],
            }
        ),
        {"what": t("Quantity"), "value": t("Value")},
        decimals=2,
        notes=(
            t(
                "The fixed quota is the 1957 share of the 1958 harvest, taken every year; "
                "no imports."
            ),
        ),
    )
