"""Lesson 05's charts, built on :mod:`helpers.core.chart_kit`: frame, template, words.

* :func:`policy_chart`: a yearly series 1957-63 with the political events of one kind as
  dashed rules, the famine years shaded;
* :func:`food_chart`: grain exported 1958-60 and imported 1961 as person-years of a ration.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from helpers.core import chart_kit, i18n, theme
from helpers.core.i18n import N_, number, t, translated
from helpers.core.validate import check_choice, check_frame, check_number
from helpers.lessons.lushan.food_years import PERSON_YEAR_COLUMNS

#: What the policy chart can draw: label -> (column of national_series, axis title, one
#: year's figure in the description, the chart's title). The label is the app's choice
#: (a value, kept in English); the words are translated where they are shown.
MEASURES = {
    "registered deaths": (
        "cdr_official_per_1000",
        N_("Deaths per 1,000 (registered)"),
        N_("{value} per 1,000 in {year}"),
        N_("Deaths and the politics, {first}-{last}"),
    ),
    "deaths, Banister (1984)": (
        "cdr_banister_per_1000",
        N_("Deaths per 1,000 (Banister 1984)"),
        N_("{value} per 1,000 in {year}"),
        N_("Deaths and the politics, {first}-{last}"),
    ),
    "grain output": (
        "grain_output_revised_mt",
        N_("Grain output, million tonnes"),
        N_("{value} Mt in {year}"),
        N_("Grain output and the politics, {first}-{last}"),
    ),
}
SERIES_COLUMNS = ["year", "value"]
EVENT_COLUMNS = ["date", "year", "event", "kind"]
_FIRST, _LAST = 1957, 1963
_FAMINE_ROWS = list(chart_kit.famine_band().data["values"])
_FLOWS = [N_("net exports"), N_("imports")]
#: Month names as :func:`.evidence.political_events` writes them (``%b``), for the dates shown.
_MONTHS = (
    N_("Jan"),
    N_("Feb"),
    N_("Mar"),
    N_("Apr"),
    N_("May"),
    N_("Jun"),
    N_("Jul"),
    N_("Aug"),
    N_("Sep"),
    N_("Oct"),
    N_("Nov"),
    N_("Dec"),
)


def _date(text: str) -> str:
    """An event's date ("02 Aug 1959", as :func:`.evidence.political_events` gives it) in
    the current language.

    English keeps the zero-padded day it is given; Kazakh writes the day as a number
    («1959 жылғы 2 тамыз»), so the day is passed without the zero in any other language.

    Examples
    --------
    >>> _date("02 Aug 1959")
    '02 Aug 1959'
    """
    day, month, year = text.split()
    check_choice("month", month, list(_MONTHS))
    shown_day = day if i18n.current_language() == "en" else str(int(day))
    return t("{day} {month} {year}", day=shown_day, month=t(month), year=year)


@chart_kit.template
def _policy_template() -> alt.LayerChart:
    x = chart_kit.year_axis(
        _FIRST, _LAST, pad=0.2, title=t("Year (each year's figure at mid-year)")
    )
    band = (
        alt.Chart(alt.Data(name="famine"))
        .mark_rect(color=theme.FAMINE_SHADE, opacity=0.12)
        .encode(x=alt.X("start:Q").scale(zero=False, nice=False), x2=alt.X2("end:Q"))
    )
    line = (
        alt.Chart(alt.Data(name="series"))
        .mark_line(point=True, color=theme.INK)
        .encode(
            x=x,
            y=alt.Y("value:Q").title("value").scale(zero=True),
            tooltip=[
                alt.Tooltip("label:N").title(t("Year")),
                alt.Tooltip("value:Q").title("Value").format(".1f"),
            ],
        )
    )
    rules = (
        alt.Chart(alt.Data(name="events"))
        .mark_rule(color=theme.FAMINE_SHADE, strokeDash=[4, 3], strokeWidth=1.5)
        .encode(
            x=alt.X("year:Q"),
            tooltip=[
                alt.Tooltip("date:N").title(t("Date")),
                alt.Tooltip("event:N").title(t("Event")),
                alt.Tooltip("kind:N").title(t("Kind (this lesson's reading)")),
            ],
        )
    )
    return alt.layer(band, line, rules).properties(width=theme.WIDTH, height=300)


def policy_chart(series: pd.DataFrame, events: pd.DataFrame, *, measure: str, kind: str):
    """``series`` (``year``, ``value``) of ``measure`` with ``events`` of ``kind`` as rules.

    Examples
    --------
    >>> s = pd.DataFrame({"year": [1959, 1960], "value": [14.59, 25.43]})
    >>> e = pd.DataFrame({"date": ["02 Aug 1959"], "year": [1959.58],
    ...                   "event": ["Lushan plenum"], "kind": ["purge"]})
    >>> policy_chart(s, e, measure="registered deaths", kind="purge").to_dict()["description"]
    'Registered deaths: 14.6 per 1,000 in 1959, 25.4 per 1,000 in 1960; dashed lines: 1 event of the kind purge, the first on 02 Aug 1959.'
    """
    check_frame("series", series, SERIES_COLUMNS)
    check_frame("events", events, EVENT_COLUMNS) if len(events) else None
    check_choice("measure", measure, list(MEASURES))
    check_choice("kind", kind, ["all", "radicalising", "moderating", "purge", "foreign and relief"])
    _, axis_title, figure, title = MEASURES[measure]
    drawn = series.dropna(subset=["value"])
    points = pd.DataFrame(
        {"year": drawn["year"] + 0.5, "value": drawn["value"], "label": drawn["year"].astype(str)}
    )
    if len(events):
        shown = translated(events[EVENT_COLUMNS], "event", "kind")
        shown = shown.assign(date=[_date(d) for d in shown["date"]])
    else:
        shown = pd.DataFrame(columns=EVENT_COLUMNS)
    figures = ", ".join(
        t(figure, value=number(v, ".1f"), year=int(y))
        for y, v in zip(drawn["year"], drawn["value"], strict=True)
    )
    description = chart_kit.sentence(
        t("{measure}: {figures}", measure=t(measure), figures=figures), _marks(shown, kind)
    )
    title = t(title, first=_FIRST, last=_LAST - 1)
    chart = chart_kit.fill(
        _policy_template(),
        {"famine": _FAMINE_ROWS, "series": points, "events": shown},
        title=title,
        description=description,
    )
    return chart_kit.adjust(
        chart,
        {
            ("layer", 1, "encoding", "y", "title"): t(axis_title),
            ("layer", 1, "encoding", "tooltip", 1, "title"): t(axis_title),
        },
    )


def _marks(shown: pd.DataFrame, kind: str) -> str:
    """The description's clause on the events drawn: each clause whole, in each form it
    takes, so that a translation orders its own words."""
    if not len(shown):
        if kind == "all":
            return t("no event of all kinds in these years")
        return t("no event of the kind {kind} in these years", kind=t(kind))
    count, first = len(shown), shown["date"].iloc[0]
    if kind == "all" and count == 1:
        return t(
            "dashed lines: {count} event of all kinds, the first on {date}", count=1, date=first
        )
    if kind == "all":
        return t(
            "dashed lines: {count} events of all kinds, the first on {date}",
            count=count,
            date=first,
        )
    if count == 1:
        return t(
            "dashed lines: {count} event of the kind {kind}, the first on {date}",
            count=1,
            kind=t(kind),
            date=first,
        )
    return t(
        "dashed lines: {count} events of the kind {kind}, the first on {date}",
        count=count,
        kind=t(kind),
        date=first,
    )


@chart_kit.template
def _food_template() -> alt.Chart:
    return (
        alt.Chart(alt.Data(name="flows"))
        .mark_bar(size=38)
        .encode(
            x=chart_kit.year_axis(1958, 1961),
            y=alt.Y("person_years_million:Q")
            .title(t("Million people fed for a year"))
            .scale(domain=[0, 45]),
            color=alt.Color("flow:N")
            .title(t("Grain"))
            .scale(domain=[t(f) for f in _FLOWS], range=[theme.FAMINE_SHADE, theme.INK])
            .legend(orient="bottom"),
            tooltip=[
                alt.Tooltip("year:Q").title(t("Year")).format("d"),
                alt.Tooltip("flow:N").title(t("Flow")),
                alt.Tooltip("grain_mt:Q").title(t("Million tonnes")).format(".1f"),
                alt.Tooltip("person_years_million:Q")
                .title(t("Million person-years"))
                .format(".1f"),
            ],
        )
        .properties(width=theme.WIDTH, height=280)
    )


def food_chart(table: pd.DataFrame, *, ration_kg: float) -> alt.Chart:
    """Bars of :func:`.food_years.person_years_table` at ``ration_kg`` kg a year.

    Examples
    --------
    >>> from helpers.lessons.lushan.food_years import person_years_table
    >>> f = pd.DataFrame({"year": [1959, 1961], "flow": ["net exports", "imports"],
    ...                   "grain_mt": [4.2, 4.5]})
    >>> food_chart(person_years_table(f, 200), ration_kg=200).to_dict()["description"]
    'At 200 kg a person a year: net exports fed 21.0 million people for a year in 1959; imports 22.5 million in 1961.'
    """
    check_frame("table", table, PERSON_YEAR_COLUMNS)
    check_number("ration_kg", ration_kg, low=50, high=500)

    def figures(flow: str, first: str) -> str:
        rows = table[table["flow"] == flow]
        said = []
        for i, (y, v) in enumerate(zip(rows["year"], rows["person_years_million"], strict=True)):
            fields = {"value": number(v, ".1f"), "year": int(y)}
            said.append(t(first, **fields) if i == 0 else t("{value} million in {year}", **fields))
        return ", ".join(said)

    # Each clause whole: a translation puts the verb after the figures.
    exported = figures("net exports", N_("{value} million people for a year in {year}"))
    imported = figures("imports", N_("{value} million in {year}"))
    parts = [
        *([t("net exports fed {figures}", figures=exported)] if exported else []),
        *([t("imports {figures}", figures=imported)] if imported else []),
    ]
    ration = number(ration_kg, "g")
    description = chart_kit.sentence(
        t("at {ration} kg a person a year: {flows}", ration=ration, flows="; ".join(parts))
    )
    return chart_kit.fill(
        _food_template(),
        {"flows": translated(table, "flow")},
        title=t(
            "Grain exported and imported as food for people, at {ration} kg a year", ration=ration
        ),
        description=description,
    )
