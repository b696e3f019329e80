"""What lesson 00's cells show that is not a chart: labelled tables and sentences.

Each function returns a :func:`helpers.core.display.table` (human headers with units, long
text wrapped, never cut) or a :func:`helpers.core.display.prose` sentence built from the
data, so that every figure the lesson's prose quotes comes from one call.
"""

from __future__ import annotations

import pandas as pd

from helpers.core import course, data, display, reference
from helpers.core.i18n import N_, number, t, translated
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
    return display.prose(course.index_markdown(in_lesson=True))


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
            "year": t("Year"),
            "population_yearend_million": t("Population at year end (million)"),
            "cdr_official_per_1000": t("Registered deaths per 1,000 people"),
            "steel_output_mt": t("Steel output (million tonnes)"),
        },
        decimals={
            "year": 0,
            "population_yearend_million": 2,
            "cdr_official_per_1000": 1,
            "steel_output_mt": 3,
        },
        caption=t("China's yearly national series (data/national_series.csv)"),
        notes=(
            t(
                "data/datapackage.json names the {sources} sources of this table, with each "
                "figure's unit and licence.",
                sources=number(sources, ","),
            ),
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
    if first == last:
        caption = t("Timeline: {theme}, {year}", theme=t(theme), year=first)
    else:
        caption = t("Timeline: {theme}, {first} to {last}", theme=t(theme), first=first, last=last)
    return display.table(
        translated(events, "event", "source"),
        {"when": t("When"), "event": t("Event"), "source": t("Source")},
        caption=caption,
    )


#: The cross-check of the Soviet note in ``data/timeline.csv``, marked here to be translated: the
#: column is not declared as a whole in ``DATA_TEXT`` (its other rows quote web addresses whose
#: digits the catalogue's figure check cannot read), and this is the only row a lesson quotes.
SOVIET_CROSS_CHECK = N_(
    "DISAGREEMENTS: 343 expert contracts + 257 S&T contracts (People's Daily) vs 345 expert "
    "contracts + 257 S&T contracts (张闻天年谱, yenke.net); dushu.com (陈一然) dates the note "
    "16 June 1960"
)


def soviet_disagreement() -> display.Prose:
    """What the sources that date the Soviet experts' recall disagree about, in their words."""
    events = timeline.filter_events(data.load("timeline"), "foreign relations", 1960, 1960)
    found = events[events["event"].str.contains("Soviet")]
    if len(found) != 1:
        raise ValueError(f"expected one Soviet note in 1960; found {len(found)}")
    row = found.iloc[0]
    return display.prose(
        t(
            "The timeline dates the Soviet note {when}, from {source}. "
            "Its cross-check records: {cross_check}.",
            when=row["when"],
            source=t(row["source"]),
            cross_check=t(row["cross_check"]),
        )
    )


def s20_frame() -> pd.DataFrame:
    """The text's S20 death rates beside the registered and reconstructed ones (tidy)."""
    return vital_rates.s20_death_rates(_national())


_S20_ROWS = {
    "text_death_rate_percent": (N_("The text's death rate (percent) [S20]"), 1),
    "text_death_rate_per_1000": (N_("The same, per 1,000 people"), 0),
    "cdr_official_per_1000": (N_("Registered deaths per 1,000 (official)"), 2),
    "cdr_banister_per_1000": (N_("Reconstructed deaths per 1,000 (Banister 1984)"), 1),
    "population_midyear_million": (N_("Mid-year population (million)"), 1),
    "deaths_at_text_rate_million": (N_("Deaths at the text's rate (million)"), 1),
    "deaths_if_misread_million": (N_("Deaths if misread as per 1,000 (million)"), 2),
}


def s20_table() -> display.Table:
    """The S20 table, one column per year so that it fits the page."""
    frame = s20_frame().set_index("year")
    rows = [
        {
            "measure": t(label),
            **{str(y): number(frame.loc[y, col], f",.{places}f") for y in frame.index},
        }
        for col, (label, places) in _S20_ROWS.items()
    ]
    years = [str(y) for y in frame.index]
    return display.table(
        pd.DataFrame(rows),
        {"measure": t("Measure"), **{y: y for y in years}},
        caption=t(
            "Claim S20's death rates, {first}–{last}, and what they imply",
            first=years[0],
            last=years[-1],
        ),
        notes=(
            t(
                "Deaths are the rate times the mid-year population (the mean of two year-end "
                "populations, data/national_series.csv)."
            ),
        ),
    )


def s20_sentence(year: int = 1960) -> display.Prose:
    """What the S20 table says for one year, in words."""
    check_choice("year", year, list(range(FIRST_S20_YEAR, LAST_S20_YEAR + 1)))
    row = s20_frame().set_index("year").loc[year]
    before = _national().set_index("year").loc[1957, "cdr_official_per_1000"]
    ratio = row.cdr_banister_per_1000 / row.cdr_official_per_1000
    return display.prose(
        t(
            "In {year} the text's {percent} % is {per_1000} per 1,000: about {deaths} million "
            "deaths in a population of {population} million. Misread as {percent} per 1,000 it "
            "would be only {misread} million, a death rate far below the {before} per 1,000 "
            "registered in 1957, before the famine. Banister's reconstruction for {year} is "
            "{banister} per 1,000, {ratio} times the registered {registered}.",
            year=year,
            percent=number(row.text_death_rate_percent),
            per_1000=number(row.text_death_rate_per_1000, ".0f"),
            deaths=number(row.deaths_at_text_rate_million, ".1f"),
            population=number(row.population_midyear_million, ".0f"),
            misread=number(row.deaths_if_misread_million, ".2f"),
            before=number(before),
            banister=number(row.cdr_banister_per_1000),
            ratio=number(ratio, ".2f"),
            registered=number(row.cdr_official_per_1000),
        )
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
        {
            "term": t("Term"),
            "pinyin": t("Pinyin"),
            "hanzi": t("Chinese"),
            "definition": t("Definition"),
        },
        missing=t("a term of economics or demography, with no Chinese name to learn"),
        caption=t(
            "Glossary ({shown} of {total} terms, reference/glossary.csv)",
            shown=number(len(shown), ","),
            total=number(len(reference.glossary()), ","),
        ),
    )
