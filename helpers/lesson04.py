"""Lesson 04, "The crisis, 1959-62": apps, figures and exercise checks.

Apps (in :data:`APPS`):

* :func:`index_app`: the source text's yearly changes chained into an index, beside the
  series in the course data, for industry or agriculture, on a chosen base year;
* :func:`grain_balance_app`: harvest, procurement rule and imports -> grain left per
  rural person, 1958-62, against an illustrative subsistence line;
* :func:`vital_rates_app`: official crude birth and death rates 1949-66, famine years
  shaded, with Banister's (1984) reconstruction as an option.

Sourced figures come from the course data (``data.load``) and the source text's figures
from :data:`helpers.crisis.SOURCE_TEXT_CHANGES`; the rest are illustrative and say so.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from helpers import crisis, crisis_charts, lesson00
from helpers import grain_balance as gb
from helpers.core import data, feedback, progress, ui
from helpers.core.validate import check_choice, check_number

#: The 1957 procurement share of output (CSY 1993 via Heilig), the default for both rules.
DEFAULT_SHARE_YEAR = 1957
#: First year of grain imports: 1961 in Lin & Yang (2000); the text says "from 1960" [S22].
IMPORTS_FROM = 1961
#: Settings of exercise 3 (the notebook prints them).
EX3_SETTINGS = {"rule": "fixed quota", "harvest_fall_percent": 100.0, "imports_mt": 0.0}


def grain_series(series: str, year: int) -> float:
    """One figure of the ``grain_procurement_trade`` table (the first row for that year).

    Examples
    --------
    >>> grain_series("procurement_gross", 1959)
    64.12
    """
    gt = data.load_cached("grain_procurement_trade")
    check_choice("series", series, tuple(dict.fromkeys(gt["series"])))
    rows = gt[(gt["series"] == series) & (gt["year"] == year)]
    if rows.empty:
        years = sorted(gt.loc[gt["series"] == series, "year"].unique().tolist())
        raise ValueError(f"year must be one of {years} for series {series!r}; got {year!r}")
    return float(rows["value"].iloc[0])


def default_share_percent() -> float:
    """The procurement share of grain output in 1957, the last year before the Leap.

    Examples
    --------
    >>> default_share_percent()
    24.6
    """
    return grain_series("procurement_share_of_output", DEFAULT_SHARE_YEAR)


def default_imports_mt() -> float:
    """Grain imports in 1961 according to Lin & Yang (2000), the app's default.

    Examples
    --------
    >>> default_imports_mt()
    4.5
    """
    gt = data.load_cached("grain_procurement_trade")
    rows = gt[(gt["series"] == "grain_imports") & (gt["year"] == IMPORTS_FROM)]
    return float(rows.loc[rows["source"].str.startswith("Lin"), "value"].iloc[0])


def changes(sector: str) -> pd.DataFrame:
    """:func:`helpers.crisis.sector_changes` on the course data.

    Examples
    --------
    >>> changes("agriculture").groupby("series").size().min()
    np.int64(2)
    """
    return crisis.sector_changes(
        sector,
        value_added=data.load_cached("value_added"),
        national=data.load_cached("national_series"),
        output_indices=data.load_cached("output_indices"),
    )


def grain_path(
    rule: str = "fixed quota",
    procurement_share_percent: float | None = None,
    harvest_fall_percent: float = 100.0,
    imports_mt: float | None = None,
    subsistence_kg: float = gb.SUBSISTENCE_KG,
) -> pd.DataFrame:
    """The grain-balance model on the recorded harvests and population, 1958-62.

    ``None`` means the sourced default: the 1957 procurement share (24.6 %) and Lin &
    Yang's 4.5 Mt of imports a year from 1961.

    Examples
    --------
    >>> grain_path()["year"].tolist()
    [1958, 1959, 1960, 1961, 1962]
    """
    if procurement_share_percent is None:
        procurement_share_percent = default_share_percent()
    if imports_mt is None:
        imports_mt = default_imports_mt()
    return gb.grain_balance(
        gb.grain_inputs(data.load_cached("national_series")),
        rule=rule,
        procurement_share_percent=procurement_share_percent,
        harvest_fall_percent=harvest_fall_percent,
        imports_mt=imports_mt,
        imports_from=IMPORTS_FROM,
        subsistence_kg=subsistence_kg,
    )


def recorded_history() -> pd.DataFrame:
    """Recorded harvest less recorded procurement, per rural person, 1958-62 (1961: no figure).

    Uses the same rural population as the model (its illustrative urban share).

    Examples
    --------
    >>> recorded_history()["year"].tolist()
    [1958, 1959, 1960, 1962]
    """
    national = data.load_cached("national_series")
    procured = gb.recorded_procurement(data.load_cached("grain_procurement_trade"), national)
    inputs = gb.grain_inputs(national).merge(procured, on="year")
    rural = (1 - gb.URBAN_SHARE) * inputs["population_million"]
    return pd.DataFrame(
        {
            "year": inputs["year"],
            "harvest_mt": inputs["harvest_mt"],
            "procurement_mt": inputs["procurement_mt"],
            "grain_per_rural_person_kg": 1000
            * (inputs["harvest_mt"] - inputs["procurement_mt"])
            / rural,
            "basis": inputs["basis"],
        }
    )


def trade() -> pd.DataFrame:
    """Grain trade 1958-62 by source (:func:`helpers.grain_balance.trade_by_source`).

    Examples
    --------
    >>> trade()["source_short"].unique().tolist()
    ['Lin & Yang (2000)', 'Price']
    """
    return gb.trade_by_source(data.load_cached("grain_procurement_trade"))


# ---- apps -------------------------------------------------------------------------------


def index_app() -> ui.App:
    """Yearly changes chained into an index, for industry or agriculture, on a base year."""

    def render(sector: str, base_year: int) -> alt.LayerChart:
        indices = crisis.sector_indices(changes(sector), base_year=base_year)
        return crisis_charts.index_chart(indices, sector=sector, base_year=base_year)

    controls = {
        "sector": ui.toggle("Sector", list(crisis.SECTORS), "agriculture"),
        "base_year": ui.slider("Base year (= 100)", 1958, crisis.FIRST_YEAR, crisis.LAST_YEAR, 1),
    }
    return ui.app(render, controls, title="Chaining yearly changes: output, 1957-62")


def grain_balance_app() -> ui.App:
    """Grain left per rural person under a procurement rule, with imports, 1958-62."""
    history = recorded_history()

    def render(rule, procurement_share_percent, harvest_fall_percent, imports_mt, subsistence_kg):
        path = grain_path(
            rule, procurement_share_percent, harvest_fall_percent, imports_mt, subsistence_kg
        )
        return crisis_charts.grain_balance_chart(path, rule=rule, history=history)

    controls = {
        "rule": ui.toggle("Procurement rule", list(gb.RULES), "fixed quota"),
        "procurement_share_percent": ui.slider(
            "Share procured, %",
            default_share_percent(),
            10.0,
            45.0,
            0.1,
        ),
        "harvest_fall_percent": ui.slider("Harvest fall, % of recorded", 100, 0, 150, 10),
        "imports_mt": ui.slider(
            f"Imports from {IMPORTS_FROM}, Mt a year", default_imports_mt(), 0.0, 8.0, 0.1
        ),
        "subsistence_kg": ui.slider(
            "Subsistence, kg a year (illustrative)",
            int(gb.SUBSISTENCE_KG),
            150,
            300,
            5,
        ),
    }
    return ui.app(render, controls, title="Grain in the villages, 1958-62")


def vital_rates_app() -> ui.App:
    """Official crude birth and death rates 1949-66, with Banister's reconstruction optional."""
    national = data.load_cached("national_series")
    s20 = lesson00.s20_death_rates(national)
    reconstructions = {"official only": False, "with Banister (1984)": True}

    def render(rates: str, reconstruction: str) -> alt.LayerChart:
        check_choice("reconstruction", reconstruction, reconstructions)
        frame = crisis.vital_rates(
            national, rates=rates, reconstruction=reconstructions[reconstruction]
        )
        return crisis_charts.vital_rates_chart(frame, s20=s20)

    controls = {
        "rates": ui.toggle("Show", list(crisis.VITAL_RATES), "both"),
        "reconstruction": ui.toggle("Series", list(reconstructions), "official only"),
    }
    return ui.app(render, controls, title="Births and deaths per 1,000, 1949-66")


APPS = (index_app, grain_balance_app, vital_rates_app)


# ---- static figures -----------------------------------------------------------------------


def trade_figure() -> alt.LayerChart:
    """Grain trade 1958-62, source by source."""
    return crisis_charts.trade_chart(trade())


# ---- exercise checks ---------------------------------------------------------------------


def _chain_end(sector: str, start: int, end: int) -> float:
    """Index in ``end`` with ``start`` = 100 on the text's chain (industry gaps from LoC)."""
    indices = crisis.sector_indices(changes(sector), base_year=start)
    text = indices[indices["series"] == crisis.SERIES[sector][0]].set_index("year")
    return float(text.loc[end, "index_base_100"])


@progress.tracked
def ex_1(answer: object) -> feedback.Feedback:
    """Exercise 1: by what percent was farm output in 1961 below 1958, on the text's figures?"""
    changes_1959_61 = crisis.source_text_changes("agriculture")
    expected = 100 - _chain_end("agriculture", 1958, 1961)
    return feedback.check_number(
        answer,
        expected,
        rel=0.01,
        hint="chain the changes: multiply (1 - 0.14) (1 - 0.13) (1 - 0.02), then compare with 1.",
        explain=(
            f"{expected:.1f} % below 1958: each fall applies to an already smaller level, "
            f"so the three falls add up to less than their sum of "
            f"{-sum(changes_1959_61.values()):.0f} %."
        ),
        wrong={
            -sum(changes_1959_61.values()): "that adds the percentages; chain them instead.",
            -expected: "right size, but give the fall as a positive number of percent.",
            100 - expected: "that is the 1961 level (1958 = 100); the question asks for the fall.",
            expected / 100: "right fall, but give it in percent (26.7, not 0.267).",
        },
    )


def loc_growth(year: int) -> float:
    """The Library of Congress growth rate of industrial output in ``year`` (1958-60), percent.

    Examples
    --------
    >>> loc_growth(1958)
    45.0
    """
    check_number("year", year, low=1958, high=1960, integer=True)
    oi = data.load_cached("output_indices")
    rows = oi[(oi["series"] == "industrial_output_growth") & (oi["year"] == year)]
    return float(rows["value"].iloc[0])


def ex_2_expected() -> float:
    """The answer to exercise 2: the 1962 index (1957 = 100) with LoC's 1958 rate."""
    chain = changes("industry")
    chain = chain[chain["series"] == crisis.SERIES["industry"][0]]
    changed = dict(zip(chain["year"].astype(int), chain["change_percent"], strict=True))
    changed[1958] = loc_growth(1958)
    return float(crisis.chain_index(changed, base_year=1957)["index_base_100"].iloc[-1])


@progress.tracked
def ex_2(answer: object) -> feedback.Feedback:
    """Exercise 2: industry in 1962 (1957 = 100) if 1958 had been LoC's +45 %, not the text's."""
    expected = ex_2_expected()
    text_level = _chain_end("industry", 1957, 1962)
    chain = changes("industry")
    chain = chain.loc[chain["series"] == crisis.SERIES["industry"][0], "change_percent"]
    loc_1958, text_1958 = loc_growth(1958), crisis.source_text_changes("industry")[1958]
    summed = chain.sum() - text_1958 + loc_1958
    return feedback.check_number(
        answer,
        expected,
        rel=0.005,
        hint=(
            f"copy the five changes into a dict, replace 1958's +{text_1958:.0f} with "
            f"+{loc_1958:.0f}, and chain them with crisis.chain_index(..., base_year=1957)."
        ),
        explain=(
            f"{expected:.1f}: on LoC's figure for 1958, industry in 1962 was below its 1957 "
            f"level; on the text's it was just above ({text_level:.1f}). The two stay about "
            f"{100 * (text_level / expected - 1):.0f} % apart in every year after 1958."
        ),
        wrong={
            text_level: f"that is the text's chain, with +{text_1958:.0f} % for 1958; use LoC's.",
            100 + summed: f"that adds the percentages ({summed:+.0f}); chain them instead.",
            expected - 100: "that is the change; give the index level (1957 = 100).",
        },
    )


def ex_3_expected() -> float:
    """The answer to exercise 3: the share of the 1960 harvest a fixed quota takes."""
    path = grain_path(**EX3_SETTINGS).set_index("year")
    return float(path.loc[1960, "procurement_share_percent"])


@progress.tracked
def ex_3(answer: object) -> feedback.Feedback:
    """Exercise 3: what share of the 1960 harvest does the 1957-share fixed quota take?"""
    expected = ex_3_expected()
    share = default_share_percent()
    lin_yang_1960 = grain_series("procurement_share_of_output", 1960)
    return feedback.check_number(
        answer,
        expected,
        rel=0.01,
        hint=(
            "run lesson04.grain_path(**lesson04.EX3_SETTINGS) and read "
            "procurement_share_percent in 1960."
        ),
        explain=(
            f"{expected:.1f} %: the same tonnage as in 1958 ({share} % of that harvest) is a much "
            f"larger share of the smaller 1960 harvest, close to the {lin_yang_1960} % that Lin & "
            f"Yang's (reconstructed) figure gives for 1960."
        ),
        wrong={
            share: "that is the share of the 1958 harvest: the quota stays fixed in tonnes.",
            expected / 100: "right share, but give it in percent.",
        },
    )


def natural_increase(year: int) -> float:
    """The official rate of natural increase (births minus deaths per 1,000) in ``year``.

    Examples
    --------
    >>> round(natural_increase(1960), 2)
    -4.57
    """
    check_number("year", year, low=1949, high=1966, integer=True)
    ns = data.load_cached("national_series").set_index("year")
    return float(ns.loc[year, "cbr_official_per_1000"] - ns.loc[year, "cdr_official_per_1000"])


@progress.tracked
def ex_4(answer: object) -> feedback.Feedback:
    """Exercise 4: the official rate of natural increase in 1960, per 1,000."""
    expected = natural_increase(1960)
    pop = data.load_cached("national_series").set_index("year")["population_yearend_million"]
    return feedback.check_number(
        answer,
        expected,
        rel=0.01,
        hint="subtract the official death rate from the official birth rate for 1960.",
        explain=(
            f"{expected:.2f} per 1,000: on the official figures deaths exceeded births, and the "
            f"year-end population fell by {pop[1959] - pop[1960]:.1f} million from 1959 to 1960."
        ),
        wrong={
            -expected: "check the sign: births minus deaths, and there were more deaths.",
            expected / 10: "that is in percent; give it per 1,000.",
        },
    )
