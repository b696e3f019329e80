"""What lesson 00's cells show that is not a chart: labelled tables and sentences.

Each function returns a :func:`helpers.core.display.table` (human headers with units, long
text wrapped, never cut) or a :func:`helpers.core.display.prose` sentence built from the
data, so that every figure the lesson's prose quotes comes from one call.
"""

from __future__ import annotations

import pandas as pd

from helpers.core import course, data, display, reference
from helpers.core.validate import check_choice, check_number
from helpers.shared import timeline, vital_rates

FIRST_S20_YEAR, LAST_S20_YEAR = 1958, 1961


def _national() -> pd.DataFrame:
    return data.load("national_series")


def course_map() -> display.Prose:
    """The course map (read from the lesson notebooks), as Markdown."""
    return display.prose(course.map_markdown())


def course_index() -> display.Prose:
    """The ways to open each lesson (JupyterLab, Binder, app view), as Markdown links."""
    return display.prose(course.index_markdown())


def population_million(year: int) -> float:
    """China's year-end population in ``year``, in millions (``data/national_series.csv``)."""
    national = _national().set_index("year")
    check_number(
        "year", year, low=int(national.index.min()), high=int(national.index.max()), integer=True
    )
    return float(national.loc[year, "population_yearend_million"])


def national_table(first: int = 1949, last: int = 1951) -> display.Table:
    """A few years of the course's yearly national table, with where its figures come from."""
    national = _national()
    low, high = int(national["year"].min()), int(national["year"].max())
    check_number("first", first, low=low, high=high, integer=True)
    check_number("last", last, low=first, high=high, integer=True)
    rows = national[national["year"].between(first, last)]
    sources = len(data.describe("national_series")["sources"])
    return display.table(
        rows,
        {
            "year": "Year",
            "population_yearend_million": "Population at year end (million)",
            "cdr_official_per_1000": "Registered deaths per 1,000 people",
            "steel_output_mt": "Steel output (million tonnes)",
        },
        decimals={
            "year": 0,
            "population_yearend_million": 2,
            "cdr_official_per_1000": 1,
            "steel_output_mt": 3,
        },
        caption="China's yearly national series (data/national_series.csv)",
        notes=(
            f"data/datapackage.json names the {sources} sources of this table, with each "
            "figure's unit and licence.",
        ),
    )


def events_table(theme: str, first: int, last: int, contains: str | None = None) -> display.Table:
    """The timeline's events of one ``theme`` from ``first`` to ``last``, whole, with sources.

    ``contains`` keeps only events whose text contains it (case-insensitive).
    """
    events = timeline.filter_events(data.load("timeline"), theme, first, last)
    if contains is not None:
        if not isinstance(contains, str) or not contains.strip():
            raise TypeError(f"contains must be a non-empty string or None; got {contains!r}")
        events = events[events["event"].str.contains(contains, case=False, regex=False)]
    return display.table(
        events,
        {"when": "When", "event": "Event", "source": "Source"},
        caption=f"Timeline: {theme}, {first}" + ("" if first == last else f" to {last}"),
    )


def soviet_disagreement() -> display.Prose:
    """What the sources that date the Soviet experts' recall disagree about, in their words."""
    events = timeline.filter_events(data.load("timeline"), "foreign relations", 1960, 1960)
    found = events[events["event"].str.contains("Soviet")]
    if len(found) != 1:
        raise ValueError(f"expected one Soviet note in 1960; found {len(found)}")
    row = found.iloc[0]
    return display.prose(
        f"The timeline dates the Soviet note {row['when']}, from {row['source']}. "
        f"Its cross-check records: {row['cross_check']}."
    )


def s20_frame() -> pd.DataFrame:
    """The text's S20 death rates beside the registered and reconstructed ones (tidy)."""
    return vital_rates.s20_death_rates(_national())


_S20_ROWS = {
    "text_death_rate_percent": ("The text's death rate (percent) [S20]", 1),
    "text_death_rate_per_1000": ("The same, per 1,000 people", 0),
    "cdr_official_per_1000": ("Registered deaths per 1,000 (official)", 2),
    "cdr_banister_per_1000": ("Reconstructed deaths per 1,000 (Banister 1984)", 1),
    "population_midyear_million": ("Mid-year population (million)", 1),
    "deaths_at_text_rate_million": ("Deaths at the text's rate (million)", 1),
    "deaths_if_misread_million": ("Deaths if misread as per 1,000 (million)", 2),
}


def s20_table() -> display.Table:
    """The S20 table, one column per year so that it fits the page."""
    frame = s20_frame().set_index("year")
    rows = [
        {"measure": label, **{str(y): f"{frame.loc[y, col]:,.{places}f}" for y in frame.index}}
        for col, (label, places) in _S20_ROWS.items()
    ]
    years = [str(y) for y in frame.index]
    return display.table(
        pd.DataFrame(rows),
        {"measure": "Measure", **{y: y for y in years}},
        caption=f"Claim S20's death rates, {years[0]}–{years[-1]}, and what they imply",
        notes=(
            "Deaths are the rate times the mid-year population (the mean of two year-end "
            "populations, data/national_series.csv).",
        ),
    )


def s20_sentence(year: int = 1960) -> display.Prose:
    """What the S20 table says for one year, in words."""
    check_choice("year", year, list(range(FIRST_S20_YEAR, LAST_S20_YEAR + 1)))
    row = s20_frame().set_index("year").loc[year]
    before = _national().set_index("year").loc[1957, "cdr_official_per_1000"]
    ratio = row.cdr_banister_per_1000 / row.cdr_official_per_1000
    return display.prose(
        f"In {year} the text's {row.text_death_rate_percent} % is "
        f"{row.text_death_rate_per_1000:.0f} per 1,000: about "
        f"{row.deaths_at_text_rate_million:.1f} million deaths in a population of "
        f"{row.population_midyear_million:.0f} million. Misread as "
        f"{row.text_death_rate_percent} per 1,000 it would be only "
        f"{row.deaths_if_misread_million:.2f} million, a death rate far below the {before} "
        f"per 1,000 registered in 1957, before the famine. Banister's reconstruction for "
        f"{year} is {row.cdr_banister_per_1000} per 1,000, {ratio:.2f} times the registered "
        f"{row.cdr_official_per_1000}."
    )


def glossary_table(search: str | None = None) -> display.Table:
    """The course glossary, whole definitions; ``search`` keeps terms or definitions with it."""
    terms = reference.glossary()
    if search is not None:
        if not isinstance(search, str) or not search.strip():
            raise TypeError(f"search must be a non-empty string or None; got {search!r}")
        text = terms["term"] + " " + terms["definition"] + " " + terms["pinyin"]
        terms = terms[text.str.contains(search.strip(), case=False, regex=False)]
        if terms.empty:
            raise ValueError(f"search: no glossary term or definition contains {search!r}")
    shown = terms.assign(
        pinyin=terms["pinyin"].replace("", None), hanzi=terms["hanzi"].replace("", None)
    )
    return display.table(
        shown,
        {"term": "Term", "pinyin": "Pinyin", "hanzi": "Chinese", "definition": "Definition"},
        missing="a term of economics or demography, with no Chinese name to learn",
        caption=f"Glossary ({len(shown)} of {len(reference.glossary())} terms, "
        "reference/glossary.csv)",
    )
